"""Tours: a minister's visit to several states, told as one trip.

A visit to two or more states listed after the visit word is a tour whose stops are each met by the visitor
(`tour_stops`); an official at the next stop of a tour meets its host (`visitor_at_next_stop`); a sentence
whose meeting words are all visit words ("arrived", "visited") tells a part of a visit (`visit_word_only`).
"""

from __future__ import annotations

from milwatch.extract.analysis import LIST_MARKS, ArticleAnalysis, SentenceInfo, conjunctions
from milwatch.extract.countries import CountryMention
from milwatch.extract.discourse import Discourse
from milwatch.packs import Pack


def visit_word_only(info: SentenceInfo) -> bool:
    """Are all meeting words of the sentence visit words ("arrived", "visited", "kết thúc chuyến thăm")?
    A host's reception ("received", "empfing") is the talks, not a part of the visit."""
    if info.has("host"):
        return False
    return bool(info.hits.get("meeting") or info.hits.get("meeting_weak")) and not _talk_words(info)


def _talk_words(info: SentenceInfo) -> list[int]:
    """Where the sentence's meeting words other than visit and arrival words start (in the sentence): an
    arrival ("aliwasili nchini", "arrived in") is a part of the visit, as a visit word is."""
    visits = {(m.start(), m.end()) for m in info.hits.get("mode_visit", [])}
    return [m.start() for m in info.hits.get("meeting", []) if (m.start(), m.end()) not in visits]


def visit_at_home(info: SentenceInfo, analysis: ArticleAnalysis, rules: list[str]) -> bool:
    """A current visit told only by a visit word, whose one official is of the article's own state (else
    its home state) and whose sentence names no other state and no place of one ("Obrambni minister … je
    obiskal vojašnico v Vipavi", "bei einem Besuch in Melk", "odwiedził żołnierzy 18. Dywizji"): the
    official among his own troops at home, not a visit to the article's other state (which `country_sets`
    would take: countries:sentence+main)."""
    # one official: "来日中の…国防相と…外相が東京都内で署名した" has two, a guest given the pack's state
    if ("countries:sentence+main" not in rules or not visit_word_only(info) or len(info.persons) != 1
            or info.has("marker_historical")):
        return False
    visitor = info.persons[0].country
    named = set(info.states()) | {m.code for m in info.places()}
    return named == {visitor} and visitor == analysis.own_or_home_state


TOUR_STOPS = "countries:tour-stops"  # the rule of a meeting at one stop of a tour, told by its lead
STOPS_GAP = 8  # characters between two stops of a tour written as a list ("Estonia and Finland", " et en ")


def tour_stops(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack) -> list[list[str]] | None:
    """The meetings of a visit to two or more states listed after the visit word ("Defence Secretary visits
    Estonia and Finland", "Robles visita Letonia y Eslovaquia", "посетил Лаос и Камбоджу"): the stops of a
    tour, each met by the visitor, never parties of one meeting among themselves.  The visitor is the state
    of an official or a state named before the visit word, else the article's own state, else its most
    salient state when that is no stop; with none, no meeting (the body tells each stop).  Talks after the
    list with "his counterparts" ("visitó Letonia y Eslovaquia, donde se reunió con sus homólogos") are
    the stops' talks too.  None when the sentence is no such visit."""
    visits = info.hits.get("mode_visit", [])
    only_visit = visit_word_only(info)
    if not visits or not (only_visit or (info.has("counterpart_group") and not info.has("host"))):
        return None
    at = info.sentence.start + visits[0].start()
    named = [m for m in info.countries if m.is_state and m.kind != "place"]
    after = [m for m in named if m.start >= at]
    joins = conjunctions(pack)
    listed = after[:1]  # the stops: the states listed right after the visit word
    for mention in after[1:]:
        gap = analysis.text[listed[-1].end:mention.start]
        if mention.start - listed[-1].end > STOPS_GAP or not _joined(gap, joins):
            break
        listed.append(mention)
    if len({m.code for m in listed}) < 2 or (only_visit and len(listed) < len(after)):
        return None  # ("visit of the minister of Serbia to Belarus": the visitor's state, then the host)
    if not only_visit and not _talks_after_stops(info, listed):
        return None
    stops = list(dict.fromkeys(m.code for m in listed))
    before = [p.country for p in info.persons if p.country and p.start < at] + [
        m.code for m in named if m.start < at]
    home = analysis.home_state if analysis.home_state not in stops else None
    visitor = before[0] if before else (analysis.own_state or home)
    if visitor in stops:
        return None
    return [[visitor, stop] for stop in stops] if visitor else []


def _talks_after_stops(info: SentenceInfo, stops: list[CountryMention]) -> bool:
    """Are the sentence's talks those of the stops: its meeting words other than visit words all stand
    after the last stop, with "his counterparts" ("viajó a Letonia y Eslovaquia, donde se reunió con sus
    homólogos")?"""
    last = stops[-1].end - info.sentence.start if stops else len(info.text)
    return all(start >= last for start in _talk_words(info))


def _joined(gap: str, joins: frozenset[str]) -> bool:
    """Does the text between two states join them as one list (", ", " and ", " et en ")?"""
    return any(mark in gap for mark in LIST_MARKS) or any(w.casefold() in joins for w in gap.split())


def visitor_at_next_stop(info: SentenceInfo, analysis: ArticleAnalysis, discourse: Discourse,
                         state: str) -> str | None:
    """The official on a tour, at the next stop: the state of the official who opened the talks just told,
    else the state of that pair that did not host them, when this sentence is set in the one state it
    names ("Le 21 septembre à New Delhi, elle s'est entretenue avec ... Le 23 septembre à Jakarta, elle a
    rencontré le ministre indonésien")."""
    if (discourse.focus_sentence < 0 or len(discourse.focus) != 2 or state in discourse.focus
            or not (info.has("meeting") or info.has("meeting_weak"))):
        return None
    if state not in {m.code for m in info.places()}:
        return None
    told = analysis.sentences[discourse.focus_sentence]
    hits = told.hits.get("meeting") or told.hits.get("meeting_weak") or []
    verb = told.sentence.start + (hits[0].start() if hits else len(told.text))
    subject = next((p.country for p in told.persons if p.country and p.start < verb), None)
    if subject in discourse.focus:  # "Estonian Defence Minister Pevkur met his Finnish counterpart in ..."
        return subject
    hosts = {m.code for m in told.places()} & set(discourse.focus)
    return next((c for c in discourse.focus if c not in hosts), None) if len(hosts) == 1 else None
