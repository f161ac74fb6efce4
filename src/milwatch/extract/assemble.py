"""Turn candidate events into complete `Event` records: date and historical flag (event_dates.py),
location and mode, actor/recipient (event_places.py), persons, areas; merge repeats of one event
within the article (_merge.py)."""

from __future__ import annotations

from dataclasses import replace

from milwatch.extract._date_kinds import dated_by_report_only
from milwatch.extract._merge import (
    ANOTHER_ONE,
    REPORT_DAY_ONLY,
    VISIT_WORD_ONLY,
    date_from_talks_before,
    inherit_from_main,
    join_exercise_parties,
    merge_or_add,
)
from milwatch.extract.analysis import ArticleAnalysis, DateRef, PersonRef, SentenceInfo
from milwatch.extract.candidate import Candidate
from milwatch.extract.event_dates import (
    clause_past_dates,
    current_year,
    date_from_next_sentence,
    event_date,
    lead_day,
    listed_past_dates,
    only_counted_from,
    reference_day,
)
from milwatch.extract.event_places import event_location, place_meeting, support_giver
from milwatch.extract.exercise_names import named_exercise_years
from milwatch.extract.parties import opens_on_same_talks
from milwatch.extract.plover import cameo_for, plover_for
from milwatch.extract.roundups import across_items
from milwatch.extract.rules_aid import (
    BACKGROUND_DELIVERY,
    EARLIER_DELIVERY,
    MATERIEL_ARRIVED,
    document_words,
    signing_referred_dates,
)
from milwatch.extract.sentences import SENTENCE_ENDS
from milwatch.extract.span_end import date_from_span_end
from milwatch.extract.tours import visit_word_only
from milwatch.model import DATE_FROM_PUBLICATION, Event, Person
from milwatch.packs import Pack

LEADER_ROLES = ("head of state", "prime minister", "general secretary", "minister of foreign affairs")
LISTED_TYPES = ("meeting", "exercise", "agreement", "aid")  # background events told once per past date listed


def _talks_of_two_officials(candidate: Candidate) -> bool:
    """Talks of two officials named in their sentence ("X hosted Y for talks, his first trip since taking
    office in October"): the meeting itself, whatever the sentence counts from."""
    return candidate.type == "meeting" and sum(1 for p in candidate.info.persons if p.role or p.rank) >= 2


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


def _also_met(candidate: Candidate, pack: Pack) -> bool:
    """Is the candidate a meeting told with "also" ("Earlier on Tuesday, X also met Z")?  With other
    officials than a meeting of the same states told before, it is another meeting; a partner of a
    series of bilateral talks the lead announced ("also met the Tajik minister") completes that series,
    and "also met his counterpart" is the ministers' part of the talks already told."""
    return (candidate.type == "meeting" and candidate.info.has("marker_also")
            and "countries:series-partner" not in candidate.rules
            and pack.matcher("titles", "counterpart").search(candidate.info.text) is None)


def _areas(pack: Pack, text: str) -> list[str]:
    return [label for label, matcher in pack.labelled("areas", "areas").items() if matcher.search(text)]


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


SUBHEADING_CHARS = 90  # a heading line over an item of a round-up or a release


def _subheading(info: SentenceInfo, text: str) -> bool:
    """Is the sentence a heading on a line of its own, without a full stop, over a paragraph that follows
    ("● دیدار وزرای دفاع ایران و بلاروس", "Pistorius in Vilnius")?  Like a headline, its event is the one the
    paragraph below reports, with that paragraph's day and place."""
    start, end = info.sentence.start, info.sentence.end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    alone = not (text[line_start:start].strip() or text[end:line_end].strip()) if line_end >= 0 else False
    if info.sentence.index == 0 or not alone:
        return False
    heading = info.text.strip().rstrip("\"'”’»」』)）]")
    return (len(heading) <= SUBHEADING_CHARS and not heading.endswith(HEADING_ENDS)
            and bool(text[line_end:].strip()))


# what ends a sentence or a lead-in in any script: a line ending so is no heading
HEADING_ENDS = tuple(SENTENCE_ENDS + ":：;,፦")
YEAR = 4  # characters of a year-only date


def _promised(candidate: Candidate, ref: DateRef, reference: str | None) -> bool:
    """Is the date a later year a pledge promises ("will send instructors next year", "by 2028")?  It is
    not the pledge's date: the pledge is the news of its day.  (A month may be one read forward in a
    sentence about the future, "in June" of a visit that was: it keeps dating the sentence.)"""
    return (candidate.type == "intent" and reference is not None and ref.value is not None
            and len(ref.value) == YEAR and ref.value > reference[:YEAR])


DELIVERY_TO_COME = "intent:delivery-to-come"  # a delivery dated after the news: planned, not made
SAID_IN_A_CALL = "location:said-in-a-call"  # backing or a pledge voiced in a call: no place


def _delivery_to_come(candidate: Candidate, reference: str | None) -> bool:
    """Is an arrival of hardware, or a delivery of the pair just told naming no state ("the deliveries are
    to continue throughout 2027"), dated in a month or year after the news?  Only with no date before it."""
    if (reference is None or candidate.type != "aid"
            or not (MATERIEL_ARRIVED in candidate.rules or EARLIER_DELIVERY in candidate.rules)):
        return False
    told = [d.value for d in candidate.info.dates if d.value]
    return bool(told) and all(value > reference[:len(value)] for value in told)


def _earlier_talks(made: list[Event], countries: list[str], analysis: ArticleAnalysis,
                   info: SentenceInfo) -> Event | None:
    """The background talks of these states told in the sentence just before this one ("They met in Brasília
    in October 2025. At that meeting ..."), if any."""
    if info.sentence.index == 0:
        return None
    before = analysis.sentences[info.sentence.index - 1].sentence.start
    return next((e for e in reversed(made) if e.type == "meeting" and set(e.countries) == set(countries)
                 and e.historical and e.date and e.evidence_start == before), None)


def _headline(info: SentenceInfo, analysis: ArticleAnalysis) -> bool:
    return (info.sentence.index == 0 and analysis.first_is_headline
            or info.sentence.index == analysis.title_sentence)


def _document_at(pack: Pack, info: SentenceInfo, value: str) -> str | None:
    """The type of the document named nearest to the sentence's date `value` ("… a partnership signed in
    September 2021 and the contract for three frigates concluded in March 2022": contract)."""
    dates = [d.start - info.sentence.start for d in info.dates if d.value == value]
    words = document_words(pack, info)
    if not dates or not words:
        return None
    return min(words, key=lambda item: abs(item[1].start() - dates[0]))[0]


def assemble(candidates: list[Candidate], analysis: ArticleAnalysis, pack: Pack,
             published: str | None) -> list[Event]:
    """Complete and merge candidates into the article's events, in order of first mention."""
    events: list[Event] = []
    people: dict[int, set[str]] = {}  # officials named in each event's sentences
    closeness: dict[int, int] = {}  # how far each event's date stands from its trigger
    self_dated: set[int] = set()  # events whose sentence names a date (kept even when not the event's)
    # every event made here stays referenced until the end: an event merged into another one and freed
    # would hand its id() to the next one, which then took its entries in the id-keyed tables above
    # (a later pledge counted as self-dated, so left undated: results changed with memory layout)
    made: list[Event] = []
    main: Event | None = None
    reference = reference_day(analysis, published)
    titled = titled_by_country(analysis)
    known_people: dict[tuple[str, ...], list[Person]] = {}
    for candidate in candidates:
        info = candidate.info
        if only_counted_from(info, reference) and not _talks_of_two_officials(candidate):
            continue  # "held every year since 2016": a state of things, no event of 2016
        when, historical, span, distance = event_date(candidate, reference, main,
                                                       bool(pack.get("pack", "verb_final", False)))
        told = None
        if (when is None and opens_on_same_talks(info)
                and (main is None or set(main.countries) != set(candidate.countries))):
            # "En esa reunión ambos ministros acordaron": of the background talks just told, when the article
            # tells no current talks of those states (their day and place)
            told = _earlier_talks(made, candidate.countries, analysis, info)
            if told is not None:
                when, historical = told.date, True
        if (candidate.type == "meeting" and historical and main is not None
                and set(main.countries) == set(candidate.countries) and _dated_by_signing(pack, info, when)):
            when, historical = None, False  # "also discussed the accord signed in May 2025": the talks told
        if historical and when and when[:4] == analysis.review_year:
            historical = False  # a month of the year in review is the news it retells
        if (historical and candidate.type == "meeting" and "countries:earlier-edition" not in candidate.rules
            and not _defense_visit(pack, info, analysis.defense_context)):
            continue  # background visits of heads of state and party leaders are not defense diplomacy
        if _delivery_to_come(candidate, reference):
            # "Les livraisons doivent se poursuivre tout au long de l'année 2027", "The first aircraft should
            # arrive in 2027": not delivered yet, a delivery the pair plans (an intent of the news' day)
            candidate = replace(candidate, type="intent", rules=[
                *(rule for rule in candidate.rules if rule not in (BACKGROUND_DELIVERY, EARLIER_DELIVERY)),
                DELIVERY_TO_COME])
            when, historical, span, distance = None, False, False, 0
        if (BACKGROUND_DELIVERY in candidate.rules or EARLIER_DELIVERY in candidate.rules) and not historical:
            continue  # a delivery without a defense word (or told without its pair) that is today's news may
            # be any delivery; an earlier one of the pair is background (“the first boat came in 2019”)
        if _headline(info, analysis) and across_items(candidate):
            continue  # "Pistorius in Vilnius, Tankflugzeuge mit den Niederlanden, ...": items of a round-up
        countries = _format_of(candidate, events, historical)
        # pledged at the talks
        where = None if candidate.type == "intent" else event_location(info, pack, countries,
                                                                        giving=candidate.type == "aid")
        where = where or (told.location if told is not None else None)
        said_in_a_call = candidate.type in ("support", "intent") and info.has("mode_phone")
        if said_in_a_call:
            where = None  # backing or a pledge voiced in a call is, as the call, nowhere
        event = Event(type=candidate.type, countries=countries, date=when, historical=historical,
                      location=where, doc_type=candidate.doc_type, evidence=info.text,
                      evidence_start=info.sentence.start, evidence_end=info.sentence.end,
                      rules=list(candidate.rules), confidence=candidate.confidence)
        if said_in_a_call:
            event.rules.append(SAID_IN_A_CALL)
        made.append(event)
        if candidate.type == "support":
            event.actor = support_giver(info, countries)  # (two sides each backing the other: two supports)
            event.recipient = [c for c in countries if event.actor and c not in event.actor]
        if candidate.type == "meeting" and visit_word_only(info):
            event.rules.append(VISIT_WORD_ONLY)
        if candidate.type == "meeting" and not historical and dated_by_report_only(info):
            event.rules.append(REPORT_DAY_ONLY)
        if candidate.type == "meeting":
            place_meeting(event, candidate, analysis, pack, is_main=main is None and not historical)
            if main is None and not historical:
                main = event
        if span:
            event.rules.append("date:span")
        headline = _headline(info, analysis)
        if headline or _subheading(info, analysis.text):
            event.rules.append("headline")  # (a subheading merges with the report below it, not above)
        if (info.has("host") or _also_met(candidate, pack)) and not opens_on_same_talks(info):
            event.rules.append("host")  # "X also received Y", "also met Z": with other officials, another one
        if candidate.type in ANOTHER_ONE and info.has("marker_also"):
            event.rules.append(ANOTHER_ONE[candidate.type])  # "They also agreed to ...": one more pledge
        event.persons = _persons(candidate, titled, countries, known_people)
        event.areas = _areas(pack, info.text)
        people[id(event)] = {p.name for p in info.persons}
        closeness[id(event)] = distance
        if any(d.value and not current_year(d, reference) and not _promised(candidate, d, reference)
               for d in info.dates):
            self_dated.add(id(event))  # ("a plan for 2027": a document's year dates nothing)
        merge_or_add(events, event, headline, people, closeness)
        listed = historical and event.type in LISTED_TYPES
        earlier_dates = listed_past_dates(info, when, reference) if listed else []
        clauses = [d for d in clause_past_dates(info, event.type, when, reference)
                   if d not in earlier_dates] if listed else []
        for earlier in earlier_dates + clauses:
            # "visited Pakistan in July 2018 and October 2019": one background event per date
            doc_type = _document_at(pack, info, earlier) if earlier in clauses else None
            again = replace(event, date=earlier, rules=[*event.rules, "date:listed"],
                            doc_type=doc_type or event.doc_type, persons=list(event.persons),
                            areas=list(event.areas), actor=list(event.actor), recipient=list(event.recipient))
            made.append(again)
            people[id(again)], closeness[id(again)] = set(people[id(event)]), 0
            merge_or_add(events, again, False, people, closeness)
    if len(analysis.sentences) > 1:  # a headline intent the body does not report; a brief is all headline
        # (a title below a menu line merges with the body's report but stands for a pledge of its own)
        events = [e for e in events if not (e.type == "intent" and "headline" in e.rules
                                            and e.evidence_start == analysis.sentences[0].sentence.start)]
    events = join_exercise_parties(events)
    inherit_from_main(events, main)
    date_from_talks_before(events, self_dated)
    named_years = named_exercise_years(analysis)
    for event in events:  # "Übung „Feldberg 2022“" names the year of the exercise told elsewhere
        if event.type == "exercise" and event.date is None and not event.historical and len(named_years) == 1:
            event.date = next(iter(named_years))
            if published and published.startswith(event.date):  # the news of this year's exercise: its day
                event.date = published
                event.rules.append(DATE_FROM_PUBLICATION)
    for event in events:  # what happens in the lead story's place, unless a call or background
        if (event.location is None and not event.historical and event.mode != "phone"
                and SAID_IN_A_CALL not in event.rules
                and (analysis.venue in event.countries
                     or (event.type == "meeting" and event.mode == "multilateral"))):
            event.location = analysis.venue  # a forum's bilateral talks take place where the forum meets
    for event in events:  # "Iron Wolf 2026" told in the news of 2026 (no other date): this year's edition,
        if event.type == "exercise" and not event.historical and published and event.date == published[:4]:
            event.date = published[:7]  # held in the news' month (an exercise runs for days: GUIDELINES)
    date_from_span_end(events, analysis, self_dated, published)
    date_from_next_sentence(events, analysis, {c.info.sentence.index for c in candidates},
                             self_dated, published)
    lead = lead_day(analysis, published)
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


def _dated_by_signing(pack: Pack, info: SentenceInfo, when: str | None) -> bool:
    """Is `when` only the date of a signing that the talks words before it refer back to ("discussed the
    accord signed in May 2025"; not "the accord signed in 2010 during the visit of ...")?"""
    talks = [hit.end() for key in ("meeting", "meeting_weak") for hit in info.hits.get(key, [])]
    referred = {start for document, start in signing_referred_dates(pack, info)
                if talks and max(talks) <= document}
    dated = [d.start - info.sentence.start for d in info.dates if d.value == when]
    return bool(when) and bool(referred) and all(start in referred for start in dated)
