"""States, capitals and places read in context after the country scan: a state written as a place's
country ("in Manila, Philippines"), capitals standing for their states ("Seoul and Canberra signed"), a
capital as the subject of a sentence ("Canberra pledged"), and the preposition before a place.
"""

from __future__ import annotations

import re

from milwatch.extract.countries import CountryMention
from milwatch.extract.sentences import SENTENCE_ENDS
from milwatch.packs import Pack

_PLACE_THEN_STATE = {  # between a place and its state: a comma, or an opening bracket closed after it
    "comma": (re.compile(r"[^\S\n]*[,،，][^\S\n]*"), re.compile(r"[^\S\n]*(?:[,،，.;:)）]|$)")),
    "bracket": (re.compile(r"[^\S\n]*[(（][^\S\n]*"), re.compile(r"[^\S\n]*[)）]")),
}


def states_after_their_places(countries: list[CountryMention], text: str,
                              sentences: list[tuple[int, int]]) -> list[CountryMention]:
    """A state written right after a place of its own as that place's country ("in Manila,
    Philippines,", "tại thủ đô Manila (Philippines)", "à Dakar (Sénégal)", "в Ташкенте (Узбекистан)")
    says where, not who: it is a place too, unless the sentence also names that state elsewhere."""
    kept = list(countries)
    for index in range(1, len(kept)):
        mention, before = kept[index], kept[index - 1]
        if not (mention.is_state and mention.kind != "place" and before.kind == "place"
                and before.code == mention.code):
            continue
        end = next((e for s, e in sentences if s <= mention.start < e), len(text))
        for opener, closer in _PLACE_THEN_STATE.values():
            if opener.fullmatch(text, before.end, mention.start) and closer.match(text[:end], mention.end):
                break
        else:
            continue
        start = next((s for s, e in sentences if s <= mention.start < e), 0)
        if any(other is not mention and other.code == mention.code and other.kind != "place"
               and start <= other.start < end for other in kept):
            continue  # "the Philippine minister ... in Manila, Philippines": the state is a party
        kept[index] = CountryMention(mention.start, mention.end, mention.code, "place")
    return kept


def capitals_joined_as_states(countries: list[CountryMention], text: str, pack: Pack,
                              conjunctions: frozenset[str]) -> list[CountryMention]:
    """Two capitals of different states joined by a conjunction and not after a place preposition stand
    for their governments ("Ankara e Islamabad hanno concordato", "Seoul và Hà Nội nhất trí", "between
    Tehran and Minsk"), not for where something happens ("в Москве и Минске", "in Wien und Bern")."""
    kept = list(countries)
    for index in range(len(kept) - 1):
        first, second = kept[index], kept[index + 1]
        if not (first.kind == second.kind == "place" and first.is_state and second.is_state
                and first.code != second.code
                and text[first.end:second.start].strip().casefold() in conjunctions):
            continue
        if ends_on_place_preposition(pack, text, first.start):
            continue
        kept[index] = CountryMention(first.start, first.end, first.code, "name")
        kept[index + 1] = CountryMention(second.start, second.end, second.code, "name")
    return kept


_SENTENCE_OPENING = re.compile(rf"(?:\A|[{re.escape(SENTENCE_ENDS)}]\s+|\n)[\"'«“„‘(]?$")
_SENTENCE_END = re.compile(rf"[{re.escape(SENTENCE_ENDS)}\n]")  # (the full stops of every script)
# a sentence opened by an adverbial of two or three words and a comma ("Par ailleurs, ", "In addition, ")
_ADVERBIAL_OPENING = re.compile(
    rf"(?:\A|[{re.escape(SENTENCE_ENDS)}]\s+|\n)[\"'«“„‘(]?(?:[^\W\d_][\w'’-]*\s+){{1,2}}[^\W\d_][\w'’-]*,\s+$")
ADVERBIAL_REACH = 40  # characters of such an opening
_LOWER_WORD_AFTER = re.compile(r"\s+(?:[^\W\d_]'|s'|l')?[^\W\d_]")


def _adverbial_opening(text: str, start: int) -> bool:
    """Does an adverbial of two or three words, one of them in lower case, and its comma open the sentence
    right before `start` ("Par ailleurs, ", "In addition, ")?  Not one capitalised word: a name
    ("Bayraktaroğlu, Brüksel temasları kapsamında …")."""
    opening = _ADVERBIAL_OPENING.search(text, max(0, start - ADVERBIAL_REACH), start)
    words = opening.group().strip("\n\"'«“„‘( ,").split()[1:] if opening else []
    return any(word[0].islower() for word in words)


def capital_as_subject(countries: list[CountryMention], text: str, pack: Pack) -> list[CountryMention]:
    """A state's capital opening a sentence (or after an opening adverbial: "Par ailleurs, Paris livrera"),
    followed by a word in lower case, stands for its government ("Manila signed a similar agreement with
    Japan", "Moscou a promis de livrer", "Beijing has also pledged"):
    not where something happens, which a preposition or a dateline's punctuation would say, nor the city
    hosting talks of others ("Canberra hosted talks between ...")."""
    kept = list(countries)
    host = pack.matcher("triggers", "host")
    for index, mention in enumerate(kept):
        if mention.kind != "place" or not mention.is_state:
            continue
        if not (_SENTENCE_OPENING.search(text, max(0, mention.start - 3), mention.start)
                or _adverbial_opening(text, mention.start)):
            continue
        after = _LOWER_WORD_AFTER.match(text, mention.end)
        if after is None or not text[after.end() - 1].islower() or host.match(text, after.end() - 1):
            continue
        end = _SENTENCE_END.search(text, mention.end)
        if any(other.code == mention.code and other.kind != "place" and mention.end <= other.start
               < (end.start() if end else len(text)) for other in kept):
            continue  # "Мәжіліс депутаттары ... Қазақстан мен Түркия": the state is named, this is where
        kept[index] = CountryMention(mention.start, mention.end, mention.code, "name")
    return kept


PREPOSITION_REACH = 30  # characters before a place where its preposition ends ("in ", "tại ", "in northern ")


def ends_on_place_preposition(pack: Pack, text: str, start: int, reach: int = PREPOSITION_REACH) -> bool:
    """Does a place preposition of the pack ("in", "tại", "в", "in northern") end right before `start`?"""
    before = text[max(0, start - reach):start].rstrip()
    found = list(pack.matcher("markers", "at_place").finditer(before))
    if not found or found[-1].end() != len(before):
        return False
    words = found[-1].group().split()
    # a capital on the word before the state makes it part of the name ("in Western Australia", "in
    # Northern Ireland"), not a compass word after the preposition ("in northern Estonia"), unless every
    # noun has one (de)
    return len(words) < 2 or not words[-1][:1].isupper() or bool(pack.get("pack", "nouns_capitalised"))
