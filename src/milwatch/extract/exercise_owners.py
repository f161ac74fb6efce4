"""The organisation whose exercise is told is a party of it (GUIDELINES: an international organisation that
takes part is a party, by its lowercase code).

    "NATO's multinational exercise Iron Wolf Shield began with German, Dutch and Norwegian troops."
        exercise DEU NLD NOR nato
    "Совместные учения Коллективных сил ОДКБ «Взаимодействие-2026» начались …"     … csto
    "The previous edition was held in Ādaži with German, Latvian and Polish units."  DEU LVA POL nato

An organisation named right beside an exercise word or the exercise's name, in one clause and a few words
off, owns the exercise; an earlier edition of an owned exercise that names one of its states is the
organisation's too.  Not an organisation beside a word for its formation or members (pack list
`markers.organisation_units`: "NATO battlegroup", "grupy bojowej NATO", "các nước ASEAN": national units
exercising, not the organisation), nor one of a headline or of a sentence whose parties were guessed from the
article.  The organisation is added once every candidate is read, so the talks and exercises told after it
still see the states alone.
"""

from __future__ import annotations

import re

from milwatch.extract.analysis import ArticleAnalysis, Hit, SentenceInfo
from milwatch.extract.candidate import Candidate
from milwatch.extract.participants import PARTICIPANTS_AFTER
from milwatch.extract.sentences import CLAUSE_BREAK

# characters and words between an organisation's name and the exercise word or name it owns ("NATO's
# multinational exercise", "ejercicio Brilliant Mariner 26 de la OTAN", "учения … ОДКБ «Рубеж-2026»")
ORGANISATION_EXERCISE_REACH = 45
ORGANISATION_EXERCISE_WORDS = 4
_WORD = re.compile(r"\w+")
UNITS_REACH = 30  # between an organisation's name and its formation's ("NATO multinational brigade")


def exercise_organisations(info: SentenceInfo) -> list[str]:
    """The international organisations named right beside an exercise word or name of the sentence."""
    words = info.hits.get("exercise", []) + info.hits.get("exercise_names", [])
    units = info.hits.get("marker_organisation_units", [])
    owners: set[str] = set()
    offset = info.sentence.start  # (mentions count from the article's start, hits from the sentence's)
    for mention in info.countries:
        named = (mention.start - offset, mention.end - offset)
        if mention.is_state or any(_in_clause(info, named, unit, UNITS_REACH) for unit in units):
            continue  # "NATO battlegroup", "grupy bojowej NATO": its units' exercise, not the organisation's
        if any(_in_clause(info, named, word, ORGANISATION_EXERCISE_REACH, ORGANISATION_EXERCISE_WORDS)
               for word in words):
            owners.add(mention.code)
    return sorted(owners)


def with_exercise_organisations(candidates: list[Candidate], analysis: ArticleAnalysis) -> None:
    """Add to each exercise the organisations that own it, and to an earlier edition of an owned exercise
    (a sentence with `markers.previous_edition` naming one of its states) the same organisations.  (Not to
    the headline's: "ASEAN-India Maritime Exercise concludes" is India and ASEAN alone, a pair that would
    take in every exercise of India the body tells.)"""
    owned: tuple[set[str], list[str]] = (set(), [])  # the last owned exercise's states and organisations
    for candidate in candidates:
        if candidate.type != "exercise" or (analysis.first_is_headline and not candidate.info.sentence.index):
            continue
        if "countries:implicit" in candidate.rules and PARTICIPANTS_AFTER not in candidate.rules:
            continue  # parties guessed from the article ("Defender 24 souvisí s cvičením NATO Endurance …"),
            # not listed by the sentence after it ("Taking part are troops of A, B and C.")
        owners = [o for o in exercise_organisations(candidate.info) if o not in candidate.countries]
        edition = candidate.info.has("marker_previous_edition") and set(candidate.countries) & owned[0]
        if not owners and edition:
            owners = [o for o in owned[1] if o not in candidate.countries]
        if owners:
            candidate.countries = sorted({*candidate.countries, *owners})
            candidate.rules.append("countries:organisation-of-the-exercise")
            if not edition:
                owned = ({c for c in candidate.countries if c.isupper()}, owners)


def _in_clause(info: SentenceInfo, span: tuple[int, int], hit: Hit, reach: int, most_words: int = 99) -> bool:
    """Does the hit stand within `reach` characters and `most_words` words of the span, in its clause?"""
    start, end = (span[1], hit.start()) if span[1] <= hit.start() else (hit.end(), span[0])
    return (0 <= end - start <= reach and len(_WORD.findall(info.text, start, end)) <= most_words
            and not CLAUSE_BREAK.search(info.text, start, end))
