"""Who acts when a sentence does not name its subject's state: the article's lead official, meant by a bare
title ("the Defence Secretary", "la ministre", "глава военного ведомства") or by a meeting verb opening the
sentence ("كما التقى سموه …"), and an international organisation named as the giver of a delivery.

`country_sets` (parties.py) and the aid rule (rules_aid.py) ask these when a sentence names one state only.
"""

from __future__ import annotations

from milwatch.extract.analysis import ArticleAnalysis, SentenceInfo
from milwatch.packs import Pack

MEETING_OPENING = 10  # characters before a meeting verb that opens its sentence ("كما التقى", "He also met")


def met_by_lead_official(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack,
                          other: str) -> str | None:
    """The state of the article's lead official when a bare title ("the Defence Secretary", "глава военного
    ведомства") or no subject at all ("كما التقى سموه …", "He also met …") meets, in this sentence, a titled
    official of `other` and no one else."""
    if not (info.has("meeting") and info.persons
            and all(p.country == other and (p.role or p.rank) for p in info.persons)) or any(
            not m.is_state and m.kind != "place" for m in info.countries):
        return None  # (an organisation's official met: "NATO Müttefik Kuvvetler Yüksek Komutanı … ile")
    first = _first_party(info)
    titles = pack.labelled("titles", "roles")
    # the subject: a title standing apart from the title, name or state that follows ("the Defence
    # Secretary spoke by phone with Ukrainian …", not "he will meet Defense Minister Koizumi"), or the meeting
    # verb opening the sentence ("كما التقى سموه …": also met His Highness …)
    spans = [title.span() for matcher in titles.values() for title in matcher.finditer(info.text, 0, first)]
    attached = min((start for start, end in spans if not info.text[end:first].strip(" ,")), default=first)
    subject = any(end <= attached and info.text[end:attached].strip(" ,") for _, end in spans)
    if not (subject or info.hits["meeting"][0].start() < MEETING_OPENING) or any(
            "foreign" in role and matcher.search(info.text, 0, first) for role, matcher in titles.items()):
        return None  # (the foreign minister's talks are no defense talks)
    lead = lead_official_state(analysis)
    return lead if lead != other else None


SUBJECT_REACH = 30  # characters into a sentence where its subject may begin ("Крім того, у вівторок ЄС")


def organisation_giver(info: SentenceInfo, kind: str) -> list[str] | None:
    """An international organisation giving to one state: the organisation named as the subject, before the
    sentence's first `kind` hit and before the state ("The European Union delivered military equipment to
    Moldova", "Die EU hat der Moldau … übergeben"): [state, organisation] (GUIDELINES: the organisation's
    code in lowercase)."""
    states = [m for m in info.countries if m.is_state and m.kind != "place"]
    bodies = {m.code for m in info.countries if not m.is_state and m.kind != "place"}
    if len({m.code for m in states}) != 1 or len(bodies) != 1 or not info.hits.get(kind):
        return None
    trigger = info.sentence.start + info.hits[kind][0].start()
    giver = next(m for m in info.countries if m.code in bodies)
    if (giver.start - info.sentence.start <= SUBJECT_REACH and giver.end <= trigger
            and giver.end <= states[0].start):
        return [states[0].code, giver.code]
    return None  # (not "Teil der Mission der Europäischen Union zur militärischen Unterstützung der Ukraine")


def lead_official_state(analysis: ArticleAnalysis) -> str | None:
    """The state of the first titled official the article names: whom its untitled "the minister" means."""
    return next((p.country for info in analysis.sentences for p in info.persons
                 if p.country and (p.role or p.rank)), None)


def bare_title_subject(info: SentenceInfo, pack: Pack) -> bool:
    """Does a title with no name nor state stand before every state and person the sentence names ("Luego,
    el ministro mantuvo una videoconferencia con su par de Paraguay")?"""
    first = _first_party(info)
    return any(matcher.search(info.text, 0, first) for matcher in pack.labelled("titles", "roles").values())


def _first_party(info: SentenceInfo) -> int:
    """Where the sentence's first state or person begins (in the sentence; its length when it names none)."""
    offset = info.sentence.start
    return min([m.start - offset for m in info.countries] + [p.start - offset for p in info.persons],
               default=len(info.text))
