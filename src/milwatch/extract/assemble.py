"""Turn candidate events into complete `Event` records: date, historical flag, location,
mode, actor/recipient, persons, areas; merge repeats of one event within the article."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from milwatch.extract._merge import (
    ANOTHER_PLEDGE,
    compatible,
    inherit_from_main,
    join_exercise_parties,
    merge_or_add,
)
from milwatch.extract.analysis import (
    DATELINE_REACH,
    ArticleAnalysis,
    PersonRef,
    SentenceInfo,
    after_preposition,
    visited_state,
)
from milwatch.extract.candidate import Candidate
from milwatch.extract.countries import CountryMention
from milwatch.extract.dates import filed_shortly_before
from milwatch.extract.parties import opens_on_same_talks
from milwatch.extract.plover import cameo_for, plover_for
from milwatch.extract.sentences import is_closed
from milwatch.model import DATE_FROM_PUBLICATION, Event, Person
from milwatch.packs import Pack

HISTORICAL_DAYS = 20  # a dated event this long before publication is background
PLEDGE_DATE_REACH = 24  # characters between a pledge verb and the past date it was made ("pledged in 2023")
RECENT_PLEDGE_DAYS = 45  # a pledge dated to a day within this many days is the news, dated by that day
NON_MEETING_ROLES = ("ambassador", "attache", "attaché")
ENVOY_ROLES = ("ambassador", "defense attache")  # titles.toml role labels of resident envoys


def _months(value: str) -> int:
    return int(value[:4]) * 12 + int(value[5:7])


def is_before(value: str, published: str) -> bool:
    """Is `value` (any precision) clearly earlier than the publication day?"""
    if len(value) == 4:
        return int(value) < int(published[:4])
    if len(value) == 7:  # a month ends before the publication day by more than the news window
        if _months(value) >= _months(published):
            return False
        # the next month's 1st
        last = date(int(value[:4]) + int(value[5:7]) // 12, int(value[5:7]) % 12 + 1, 1)
        return (date.fromisoformat(published) - last).days >= HISTORICAL_DAYS
    try:
        return (date.fromisoformat(published) - date.fromisoformat(value)).days > HISTORICAL_DAYS
    except ValueError:
        return False


NAMED_YEAR_REACH = 40  # characters after an exercise word within which a year belongs to its name


def _named_exercise_years(analysis: ArticleAnalysis) -> set[str]:
    """Years written right after an exercise word anywhere in the article ("Übung „Feldberg 2022“")."""
    years: set[str] = set()
    for info in analysis.sentences:
        if info.has("marker_historical"):
            continue  # "Бұған дейін мұндай жаттығу 2023 жылы ...": an earlier exercise's year
        for hit in info.hits.get("exercise", []) + info.hits.get("exercise_names", []):
            anchor = info.sentence.start + hit.start()
            years |= {d.value for d in info.dates if d.kind == "year" and d.value and d.start >= anchor
                      and (d.start - anchor <= NAMED_YEAR_REACH or _quoted(info, d.start))}
    return years


QUOTE_OPEN, QUOTE_CLOSE = "«„“「『\"", "»“”」』\""
QUOTED_NAME_REACH = 30  # characters from an opening quote to a year inside the quoted name


def _quoted(info: SentenceInfo, position: int) -> bool:
    """Does `position` (absolute) stand inside a quoted name ("«Арол-2025»", "„Feldberg 2022“")?"""
    at = position - info.sentence.start
    before = info.text[max(0, at - QUOTED_NAME_REACH):at]
    opened = max(before.rfind(q) for q in QUOTE_OPEN)
    return opened >= 0 and not any(q in before[opened + 1:] for q in QUOTE_CLOSE if q not in QUOTE_OPEN)


def _pick_date(info: SentenceInfo, published: str | None, anchor: int,
               named: bool = False) -> tuple[str | None, bool, int]:
    """The event's date from its sentence: the usable date nearest the trigger at `anchor`
    (absolute offset).  Returns (value, first day of a span?, distance to the trigger).
    With `named` (an exercise without another date), a year right after the trigger is the
    exercise's own ("Bright Star 2025", "金龙-2025") even in the year of the news."""
    best: tuple[int, str, bool] | None = None
    for ref in info.dates:
        if ref.value is None:
            continue
        if ref.kind == "year" and published and not is_before(ref.value, published) and not (
                named and 0 <= ref.start - anchor <= NAMED_YEAR_REACH):
            continue  # "plan for 2021": a year of the current news is not the event's day
        if published and len(ref.value) == 10 and ref.value > published and not info.has("marker_future"):
            continue
        distance = min(abs(ref.start - anchor), abs(ref.end - anchor))
        if best is None or distance < best[0]:
            best = (distance, ref.value, ref.kind == "range")
    return (best[1], best[2], best[0]) if best else (None, False, NO_DATE)


NO_DATE = 1 << 30  # distance of an event without a date of its own


def _anchor(candidate: Candidate) -> int:
    """Where the candidate's own trigger stands (absolute offset): dates nearest to it win."""
    hits = candidate.info.hits.get(candidate.type) or candidate.info.hits.get("meeting_weak") or []
    return candidate.info.sentence.start + (hits[0].start() if hits else 0)


NEWS_DAY_KINDS = ("today", "weekday")  # "este viernes", "hôm nay": the day of the news, never background


def _historical(candidate: Candidate, when: str | None, published: str | None) -> bool:
    if when and published:
        return is_before(when, published)
    if when and not published:  # no day to compare with: "had visited earlier, in July 2018"
        return candidate.info.has("marker_historical") and len(when) < 10
    if candidate.type == "meeting":  # "the last call dated back to 13 May" (no year to place it): background
        return candidate.info.has("marker_historical") and any(
            d.value is None and d.kind not in NEWS_DAY_KINDS for d in candidate.info.dates)
    return candidate.info.has("marker_historical")


DATELINE_MARK = re.compile(r"\s*(?:\([^)]{0,24}\)\s*)?[-–—,:/]")  # "Wien (OTS) -", "HANOI, ", "Bergen/"
DATELINE_SENTENCES = 3  # a headline and a subtitle may stand before the dateline's sentence


def _is_dateline(info: SentenceInfo, place: CountryMention, pack: Pack) -> bool:
    """Is `place` the dateline of a lead sentence ("Wien (OTS) - ...", "新华社北京3月19日电")?"""
    offset = place.start - info.sentence.start
    if info.sentence.index > DATELINE_SENTENCES or offset >= DATELINE_REACH:
        return False
    after = place.end - info.sentence.start
    if DATELINE_MARK.match(info.text, after):
        return True
    day = next((d for d in info.dates if d.start - info.sentence.start in (after, after + 1)), None)
    if day is None:
        return False
    # a place, its date, then a mark: "Praha 4. března (ČTK) -", "北京3月19日电"
    rest = day.end - info.sentence.start
    return bool(DATELINE_MARK.match(info.text, rest)) or info.text.startswith(
        tuple(pack.phrases("dates", "dateline_marks")), rest)


def _location(info: SentenceInfo, pack: Pack, countries: list[str]) -> str | None:
    places = info.places()
    if len(places) > 1 and _is_dateline(info, places[0], pack):
        # "Wien (OTS) - ... besucht ihre Amtskollegin in Bern": the release's desk is no venue
        places = places[1:]
    if places:
        return places[0].code
    forum = info.has("mode_multilateral")  # a forum's host need not be a party ("talks in Singapore")
    at_state = [m for m in info.countries if m.is_state and after_preposition(pack, info, m)]
    for mention in at_state:
        if mention.code in countries or forum:
            return mention.code
    third = {m.code for m in at_state} - set(countries)
    if len(countries) >= 2 and len(third) == 1 and len(set(info.states()) - set(countries)) == 1:
        # "在马来西亚与美国防长会谈", "シンガポールで…と会談": the one other state is the venue
        return third.pop()
    return None


HOME_VENUE_REACH = 60  # characters after "at the ministry's headquarters" where its state may be named


def _home_venue(info: SentenceInfo, countries: list[str]) -> str | None:
    """"At the Ministry of Defense (of X)": X, else the state of the official who speaks first."""
    venues = info.hits.get("marker_home_venue")
    if not venues:
        return None
    end = info.sentence.start + venues[0].end()
    for mention in info.countries:
        if mention.is_state and 0 <= mention.start - end <= HOME_VENUE_REACH and mention.code in countries:
            return mention.code
    return _subject_state(info, countries)


def _subject_state(info: SentenceInfo, countries: list[str]) -> str | None:
    """The state of the first official named in the sentence (the grammatical subject, mostly)."""
    first = next((p for p in info.persons if p.role or p.rank), None)
    return first.country if first is not None and first.country in countries else None


def _host(info: SentenceInfo, countries: list[str]) -> str | None:
    """With a hosting verb (received, empfing, tiếp), the first state named before it is the host."""
    if not info.has("host"):
        return None
    verb = info.hits["host"][0].start() + info.sentence.start
    before = [m.code for m in info.countries if m.is_state and m.start < verb and m.code in countries]
    before += [p.country for p in info.persons if p.country and p.start < verb and p.country in countries]
    return before[0] if before else None


LEADER_ROLES = ("head of state", "prime minister", "general secretary", "minister of foreign affairs")


def _defense_visit(pack: Pack, info: SentenceInfo, defense_article: bool) -> bool:
    """Is a background meeting one of defense officials: one is named, or the sentence speaks of
    defense ("a Japanese defense minister last visited...") or of "both ministers" of an article
    about defense officials, and names no state or party leader?"""
    if info.defense_person():
        return True
    both = info.has("marker_both_sides") and defense_article  # "Obaja ministri sa naposledy stretli"
    if info.persons or not (info.has("defense_context") or both):
        return False
    roles = pack.labelled("titles", "roles")
    return not any(roles[r].search(info.text) for r in LEADER_ROLES if r in roles)


def _envoy_named(pack: Pack, info: SentenceInfo) -> bool:
    """Does the sentence name a resident envoy (ambassador, defense attaché), named or not?"""
    roles = pack.labelled("titles", "roles")
    return any(roles[r].search(info.text) for r in ENVOY_ROLES if r in roles)


def _mode(candidate: Candidate, analysis: ArticleAnalysis, persons: list[PersonRef], is_main: bool,
          location: str | None, pack: Pack) -> str | None:
    info = candidate.info
    if info.has("mode_phone") or (is_main and analysis.phone_context and not info.has("mode_visit")):
        return "phone"
    if info.has("mode_multilateral") or len(candidate.countries) >= 3 or analysis.multilateral_context:
        return "multilateral"
    if any(p.role and any(r in p.role for r in NON_MEETING_ROLES)
           for p in persons if p.start >= info.sentence.start
           and p.end <= info.sentence.end) or _envoy_named(pack, info):
        return None  # a courtesy call by a resident ambassador or attaché (GUIDELINES: mode null)
    if location and location not in candidate.countries:
        return "third-party"
    return "visit"


TitledByCountry = dict[str | None, list[PersonRef]]


def titled_by_country(analysis: ArticleAnalysis) -> TitledByCountry:
    """The article's officials named with a role or rank, by country (None: not known), in text order."""
    grouped: TitledByCountry = {}
    for info in analysis.sentences:
        for ref in info.persons:
            if ref.role or ref.rank:
                grouped.setdefault(ref.country, []).append(ref)
    return grouped


def _persons(candidate: Candidate, titled: TitledByCountry, countries: list[str],
             known: dict[tuple[str, ...], list[Person]]) -> list[Person]:
    """The event's people: officials of its states named anywhere with a title, and whoever its sentence
    names.  `known` caches the titled officials of each set of states (long articles repeat them)."""
    key = tuple(countries)
    if key not in known:
        known[key] = list(_gather(sorted((p for k in (None, *countries) for p in titled.get(k, [])),
                                         key=lambda p: p.start), {}).values())
    chosen = {p.name: replace(p, aliases=list(p.aliases)) for p in known[key]}
    return list(_gather([p for p in candidate.info.persons if not p.country or p.country in countries],
                        chosen).values())


def _gather(refs: list[PersonRef], chosen: dict[str, Person]) -> dict[str, Person]:
    """Fold mentions into one Person per name (aliases, and the first role, rank and country given)."""
    for ref in refs:
        person = chosen.get(ref.name)
        if person is None:
            person = chosen[ref.name] = Person(name=ref.name, country=ref.country,
                                               role=ref.role, rank=ref.rank)
        if ref.surface != ref.name and ref.surface not in person.aliases:
            person.aliases.append(ref.surface)
        person.role = person.role or ref.role
        person.rank = person.rank or ref.rank
        person.country = person.country or ref.country
    return chosen


def _areas(pack: Pack, text: str) -> list[str]:
    return [label for label, matcher in pack.labelled("areas", "areas").items() if matcher.search(text)]


def reference_day(analysis: ArticleAnalysis, published: str | None) -> str | None:
    """The day the article speaks from: its publication day, else the latest full date it names."""
    if published:
        return published
    days = [d.value for info in analysis.sentences for d in info.dates if d.value and len(d.value) == 10]
    return max(days) if days else None


def _when(candidate: Candidate, reference: str | None,
          main: Event | None) -> tuple[str | None, bool, bool, int]:
    """(date, historical?, first day of a span?, distance of the date from the trigger)."""
    info = candidate.info
    when, span, distance = _pick_date(info, reference, _anchor(candidate))
    if when is None and candidate.type == "exercise":  # no other date: the year in its name
        when, span, distance = _pick_date(info, reference, _anchor(candidate), named=True)
    if candidate.date:  # its own date, written beside its party
        when, span, distance = candidate.date, False, 0
    # "Sáng 23/9 ... hội đàm ... thăm từ ngày 22 đến 24/9"
    if span and candidate.type in ("meeting", "agreement"):
        day = next((d for d in info.dates if d.value and len(d.value) == 10 and d.kind != "range"
                    and (reference is None or d.value <= reference)), None)
        if day is not None:  # talks or a signing on one day of a visit: that day, not the visit's first
            when, span, distance = day.value, False, abs(day.start - _anchor(candidate))
    if candidate.type == "exercise" and when and len(when) == 10 and not span and info.has("span_start"):
        when = when[:7]  # an exercise that starts on a day and goes on: month precision (GUIDELINES)
        # (a range was dated by its length already: "19-20/11" by its first day, a week by its month)
    historical = _historical(candidate, when, reference)
    if (candidate.type == "meeting" and main is not None and set(candidate.countries) == set(main.countries)
            and (opens_on_same_talks(info) or (when and len(when) < 10 and not historical))):
        # "At the talks, ... (May 2025)": the sentence is about the talks reported; its dates are not
        when, historical = None, False
    if candidate.type == "intent" and historical and when and reference and len(when) == 10 and (
            date.fromisoformat(reference) - date.fromisoformat(when)).days <= RECENT_PLEDGE_DAYS:
        historical = False  # "at a meeting on 4 June, the minister announced that ...": the day it was made
    pledged_then = historical and distance <= PLEDGE_DATE_REACH and not info.has("agreement_basis")
    if candidate.type == "intent" and not pledged_then and (
            historical or (when and reference and when[:len(reference)] > reference)):
        # a pledge is dated when it is made: not by the background it cites ("on the basis of the
        # 2025 MoU") nor by the future it promises ("joint exercises next year")
        when, historical = None, False
    if when and len(when) == 4 and not historical and candidate.type != "exercise" and (
            candidate.type == "intent" or (reference and when >= reference[:4])):
        when = None  # "79 joint programmes in 2025": a year of today's news is its horizon, not its day
    return when, historical, span, distance if when else NO_DATE


def _format_of(candidate: Candidate, events: list[Event], historical: bool) -> list[str]:
    """The candidate's states; an exercise naming part of an earlier multinational exercise
    ("the Chinese destroyer takes part in this exercise") is that exercise's.  An earlier edition
    naming its own parties ("first held in 2019 by A and B") keeps them."""
    countries = sorted(set(candidate.countries))
    if candidate.type == "exercise" and not (historical and len(candidate.info.states()) >= 2):
        wider = next((e.countries for e in events if e.type == "exercise" and len(e.countries) >= 3
                      and set(countries) < set(e.countries)), None)
        return wider or countries
    return countries


LIST_JOIN = 8  # characters between two dates written as one list: " and ", ", ", " و "
LISTED_TYPES = ("meeting", "exercise", "agreement", "aid")


def _listed_past_dates(info: SentenceInfo, when: str | None, reference: str | None) -> list[str]:
    """The other past dates listed with the event's own ("in 2019 and 2022", "July 2018 and
    October 2019"): each is an earlier occurrence of the same background event."""
    if not when or len(when) == 10:
        return []
    dates = [d for d in info.dates if d.value and d.kind != "range"]
    at = next((i for i, d in enumerate(dates) if d.value == when), None)
    if at is None:
        return []
    offset = info.sentence.start
    joined = [len(gap.strip()) <= LIST_JOIN and not any(c.isdigit() for c in gap)
              for gap in (info.text[a.end - offset:b.start - offset]
                          for a, b in zip(dates, dates[1:], strict=False))]
    last = at  # the run of dates joined to the event's own, both ways
    while last < len(joined) and joined[last]:
        last += 1
    first = at
    while first > 0 and joined[first - 1]:
        first -= 1
    listed = [d.value for d in dates[at + 1:last + 1]] + [d.value for d in reversed(dates[first:at])]
    return [v for v in dict.fromkeys(listed)  # "September of last year" is one date, not two
            if v and len(v) < 10 and not compatible(v, when)
            and (reference is None or is_before(v, reference))]


def _place_meeting(event: Event, candidate: Candidate, analysis: ArticleAnalysis, pack: Pack,
                   is_main: bool) -> None:
    """Location, mode, visitor and host of a meeting."""
    info, countries = candidate.info, event.countries
    visited = visited_state(info)
    host = ((visited if visited in countries else None)
            or (_subject_state(info, countries) if info.has("host") else None)
            or (event.location if event.location in countries else None)
            or _host(info, countries) or _home_venue(info, countries))
    if event.location is None:
        event.location = host or (analysis.venue if is_main else None)
    event.mode = _mode(candidate, analysis, info.persons, is_main, event.location, pack)
    if event.mode == "phone":
        event.location = None
    # a resident envoy calls on an official: at the official's
    if event.mode is None and event.location is None:
        residents = {p.country for p in info.persons if p.country in countries
                     and not (p.role and any(r in p.role for r in NON_MEETING_ROLES))}
        event.location = residents.pop() if len(residents) == 1 else None
    host = host or (event.location if event.location in countries else None)
    if host and event.mode == "visit":
        event.recipient = [host]
        event.actor = [c for c in countries if c != host]


NEXT_SENTENCE_DAYS = 7  # a day named by the sentence after an undated report is its day when this recent


def _date_from_next_sentence(events: list[Event], analysis: ArticleAnalysis, event_sentences: set[int],
                             self_dated: set[int], published: str | None) -> None:
    """An undated current report takes the one recent day of the sentence right after it when that
    sentence reports nothing of its own: "X handed over 20 vehicles to Y. The ceremony on Monday
    at the training centre was attended by ..." (and its place, when the report has none)."""
    following = {a.sentence.start: b for a, b in zip(analysis.sentences,
                                                     analysis.sentences[1:], strict=False)}
    for event in events:
        after = following.get(event.evidence_start or -1)
        if event.date or event.historical or id(event) in self_dated or after is None or not published:
            continue
        if (after.sentence.index in event_sentences or after.has("marker_historical")
            or after.has("marker_future")):
            continue
        days = [d.value for d in after.dates]
        if len(days) != 1 or days[0] is None or len(days[0]) != 10 or days[0] > published:
            continue
        if (date.fromisoformat(published) - date.fromisoformat(days[0])).days > NEXT_SENTENCE_DAYS:
            continue
        event.date = days[0]
        event.rules.append("date:next-sentence")
        places = after.places()
        if event.location is None and places and places[0].code in event.countries:
            event.location = places[0].code


LEAD_DAY_REACH = 30  # characters into the lead sentence where the day it opens on stands
LEAD_SEARCH = 8  # sentences at the top of a page where its lead is looked for


def _lead_day(analysis: ArticleAnalysis, published: str | None) -> str | None:
    """The day the lead sentence opens on ("TTO - Ngày 1/11, tại Kuala Lumpur, ...", "Sáng 23/9, ..."),
    when it is shortly before publication: the day of the news its undated sentences tell."""
    if not published or not analysis.sentences:
        return None
    first = 1 if analysis.first_is_headline and len(analysis.sentences) > 1 else 0
    # menus, section names, headlines and the page's own date line stand above a web page's lead: the
    # lead is the first sentence of running text (closed by a full stop) among the first few
    lead = next((info for info in analysis.sentences[first:first + LEAD_SEARCH] if is_closed(info.sentence)),
                analysis.sentences[first])
    days = [d for d in lead.dates if d.value and len(d.value) == 10 and d.kind != "range"
            and d.start - lead.sentence.start <= LEAD_DAY_REACH]
    if len(days) != 1:
        return None
    day = days[0].value
    return day if day and filed_shortly_before(published, day) else None


def assemble(candidates: list[Candidate], analysis: ArticleAnalysis, pack: Pack,
             published: str | None) -> list[Event]:
    """Complete and merge candidates into the article's events, in order of first mention."""
    events: list[Event] = []
    people: dict[int, set[str]] = {}  # officials named in each event's sentences
    closeness: dict[int, int] = {}  # how far each event's date stands from its trigger
    self_dated: set[int] = set()  # events whose sentence names a date (kept even when not the event's)
    main: Event | None = None
    reference = reference_day(analysis, published)
    titled = titled_by_country(analysis)
    known_people: dict[tuple[str, ...], list[Person]] = {}
    for candidate in candidates:
        info = candidate.info
        when, historical, span, distance = _when(candidate, reference, main)
        if (historical and candidate.type == "meeting"
            and not _defense_visit(pack, info, analysis.defense_context)):
            continue  # background visits of heads of state and party leaders are not defense diplomacy
        countries = _format_of(candidate, events, historical)
        # pledged at the talks
        where = None if candidate.type == "intent" else _location(info, pack, countries)
        event = Event(type=candidate.type, countries=countries, date=when, historical=historical,
                      location=where, doc_type=candidate.doc_type, evidence=info.text,
                      evidence_start=info.sentence.start, evidence_end=info.sentence.end,
                      rules=list(candidate.rules), confidence=candidate.confidence)
        if candidate.type == "meeting":
            _place_meeting(event, candidate, analysis, pack, is_main=main is None and not historical)
            if main is None and not historical:
                main = event
        if span:
            event.rules.append("date:span")
        headline = info.sentence.index == 0 and analysis.first_is_headline
        if headline:
            event.rules.append("headline")
        if info.has("host") and not opens_on_same_talks(info):
            event.rules.append("host")  # "X also received Y": with other officials, another meeting
        if candidate.type == "intent" and info.has("marker_also"):
            event.rules.append(ANOTHER_PLEDGE)  # "They also agreed to ...": one more pledge
        event.persons = _persons(candidate, titled, countries, known_people)
        event.areas = _areas(pack, info.text)
        people[id(event)] = {p.name for p in info.persons}
        closeness[id(event)] = distance
        if any(d.value for d in info.dates):
            self_dated.add(id(event))
        merge_or_add(events, event, headline, people, closeness)
        listed = historical and event.type in LISTED_TYPES
        for earlier in _listed_past_dates(info, when, reference) if listed else []:
            # "visited Pakistan in July 2018 and October 2019": one background event per date
            again = replace(event, date=earlier, rules=[*event.rules, "date:listed"],
                            persons=list(event.persons),
                            areas=list(event.areas), actor=list(event.actor), recipient=list(event.recipient))
            people[id(again)], closeness[id(again)] = set(people[id(event)]), 0
            merge_or_add(events, again, False, people, closeness)
    if len(analysis.sentences) > 1:  # a headline intent the body does not report; a brief is all headline
        events = [e for e in events if not (e.type == "intent" and "headline" in e.rules)]
    events = join_exercise_parties(events)
    inherit_from_main(events, main)
    named_years = _named_exercise_years(analysis)
    for event in events:  # "Übung „Feldberg 2022“" names the year of the exercise told elsewhere
        if event.type == "exercise" and event.date is None and not event.historical and len(named_years) == 1:
            event.date = next(iter(named_years))
            if published and published.startswith(event.date):  # the news of this year's exercise: its day
                event.date = published
                event.rules.append(DATE_FROM_PUBLICATION)
    for event in events:  # what happens in the lead story's place, unless a call or background
        if (event.location is None and not event.historical and event.mode != "phone"
                and (analysis.venue in event.countries
                     or (event.type == "meeting" and event.mode == "multilateral"))):
            event.location = analysis.venue  # a forum's bilateral talks take place where the forum meets
    _date_from_next_sentence(events, analysis, {c.info.sentence.index for c in candidates},
                             self_dated, published)
    lead = _lead_day(analysis, published)
    for event in events:  # news told without any date is the news of the day it was published
        if event.date is None and not event.historical and published and id(event) not in self_dated:
            event.date = lead or published  # (or of the day its lead opens on: "Ngày 1/11, tại ...")
            event.rules.append(DATE_FROM_PUBLICATION if lead is None else "date:lead-day")
            if event.type == "exercise" and lead is None:
                event.date = event.date[:7]  # an exercise told without its day runs for days: its month
    for event in events:
        event.plover, event.plover_mode, event.plover_context, _ = plover_for(event.type, event.mode)
        event.cameo = cameo_for(event.type, event.mode, event.areas)  # an intent's code follows its areas
    return events
