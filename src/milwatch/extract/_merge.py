"""Merge the reports of one event within an article: repeats, headlines, the days of a visit."""

from __future__ import annotations

from datetime import date

from milwatch.extract.tours import TOUR_STOPS
from milwatch.model import Event


def compatible(a: str | None, b: str | None, slack_day: bool = False) -> bool:
    """Dates that may name the same day: one missing, one a prefix of the other (or a day apart)."""
    if not a or not b:
        return True
    if slack_day and len(a) == 10 and len(b) == 10:
        try:
            return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 1
        except ValueError:
            return False
    n = min(len(a), len(b))
    return a[:n] == b[:n]


LISTED_DOCUMENT = "agreement:listed-document"  # a line of a list of signed documents (signing_lists.py)
ANOTHER_PLEDGE = "intent:also"  # a pledge told with "also" in a sentence of its own: one more pledge
ANOTHER_AID = "aid:also"  # aid told with "also" ("a training team also trained 35 sailors"): one more
AID_TRAINING = "aid:training"  # aid told by training words only: not the delivery told of the same pair
AID_MATERIEL = "aid:materiel"  # aid of a sentence naming materiel, not by training words only
ANOTHER_ONE = {"intent": ANOTHER_PLEDGE, "aid": ANOTHER_AID}  # event types an "also" sentence adds one of
GENERIC_DOCUMENTS = (None, "agreement", "other")  # words a report may use for any document


def _same_document(a: str | None, b: str | None) -> bool:
    """Two named documents of different kinds (a letter of intent, a contract) are two signings;
    "the agreement" may be any of them."""
    return a == b or a in GENERIC_DOCUMENTS or b in GENERIC_DOCUMENTS


def more_precise(kept: str | None, other: str | None) -> str | None:
    """The kept date, or the other when the kept one is only its year ("Super Garuda Shield 2025"
    in a headline, the body's month)."""
    if kept is None or (other and len(kept) == 4 and len(other) > 4 and other.startswith(kept)):
        return other
    return kept


def _span_covers(a: Event, b: Event) -> bool:
    """A date that opens a span ("June 18-19") may be the same event as a day in that month."""
    if not a.date or not b.date or ("date:span" not in a.rules and "date:span" not in b.rules):
        return False
    return a.date[:7] == b.date[:7]


IMPLICIT_PARTIES = "countries:implicit"  # the parties came from the article, not from the sentence


def _names_no_state(event: Event) -> bool:
    return IMPLICIT_PARTIES in event.rules and not any(rule.startswith("countries:sentence")
                                                       for rule in event.rules)


def _one_exercise_running(a: Event, b: Event) -> bool:
    """A current exercise told again in a sentence naming no state ("De oefening duurt tot half december",
    "訓練は13日まで", "the drills run until Friday") is the exercise of the same states the article told,
    whatever day it names: its end or one of its days, not a second exercise."""
    return (a.type == b.type == "exercise" and not a.historical and not b.historical
            and (_names_no_state(a) or _names_no_state(b)))


VISIT_WORD_ONLY = "meeting:visit-word-only"  # told only by a visit word ("arrived", "ends its visit")
# days between a visit's talks and its arrival, tours or departure, which are parts of them: a visit lasts a
# few days, and a weekday told ahead in the present ("Jeudi, le ministre se rendra au camp", "visita na
# quinta-feira a Escola") may be read as the one of the week before
VISIT_DAYS = 7


def _parts_of_one_visit(a: Event, b: Event) -> bool:
    """Is one of two current meetings of the same states told only by a visit word, within the days a
    visit lasts ("arrived in Germany on Monday on a three-day visit", then the talks on Tuesday; "the
    frigate leaves Cam Ranh on the 26th, ending its visit")?  Arrival, tours and departure are its parts."""
    if a.historical or b.historical or (VISIT_WORD_ONLY not in a.rules and VISIT_WORD_ONLY not in b.rules):
        return False
    if not a.date or not b.date or len(a.date) != 10 or len(b.date) != 10:
        return True
    try:
        return abs((date.fromisoformat(a.date) - date.fromisoformat(b.date)).days) <= VISIT_DAYS
    except ValueError:
        return False


REPORT_DAY_ONLY = "date:report-day-only"  # a meeting dated only by the day of its report ("said on Tuesday")
REPORT_LAG_DAYS = 3  # days a report may come after the talks it retells


def _only_report_dated(report: Event, talks: Event) -> bool:
    """Is `report` dated only by the day of its report, and `talks` by a day of its own?"""
    return REPORT_DAY_ONLY in report.rules and REPORT_DAY_ONLY not in talks.rules


def _retold_in_a_report(a: Event, b: Event) -> bool:
    """Is one of two current meetings of the same states dated only by the day a statement reported it, a few
    days after the other's day ("… met … on Monday." then "In a statement on Tuesday, the AFP said Brawner
    and Yoshida discussed …")?  The report retells the talks."""
    if a.historical or b.historical:
        return False
    for report, talks in ((a, b), (b, a)):
        if _only_report_dated(report, talks) and report.date and talks.date:
            try:
                lag = (date.fromisoformat(report.date) - date.fromisoformat(talks.date)).days
            except ValueError:
                continue
            if 0 <= lag <= REPORT_LAG_DAYS:
                return True
    return False


def merge_or_add(events: list[Event], event: Event, headline: bool, people: dict[int, set[str]],
                  closeness: dict[int, int]) -> None:
    """Merge `event` into an earlier report of the same event, or add it.

    A headline states the news in the present tense without its own day; it merges
    with the body's report of that event whatever the dates.
    """
    for other in events:
        if _told_apart(other, event, headline, people):
            continue
        if (other.type == event.type and other.countries == event.countries
                and other.historical == event.historical and not headline and "headline" not in other.rules
                and not compatible(other.date, event.date, slack_day=True)
                and _one_exercise_running(other, event)):
            other.location = other.location or event.location  # its days told again: the first report's date
            _absorb(other, event, people)
            return
        if (other.type == event.type and other.countries == event.countries
                and other.historical == event.historical
                and (compatible(other.date, event.date, slack_day=event.type != "meeting")
                     or "headline" in other.rules or headline or _span_covers(other, event)
                     or (event.type == "meeting" and (_parts_of_one_visit(other, event)
                                                      or _retold_in_a_report(other, event))))
                and _same_document(other.doc_type, event.doc_type)):
            if (VISIT_WORD_ONLY in event.rules and VISIT_WORD_ONLY not in other.rules
                    and "headline" not in other.rules):
                other.rules = sorted(set(other.rules) | set(event.rules) - {VISIT_WORD_ONLY})
                return  # a part of the visit told after its talks: the talks keep their day and place
            if "headline" in other.rules and not headline:
                other.date, other.evidence = event.date or other.date, event.evidence
                other.location = event.location or other.location
                if other.mode in (None, "third-party"):  # "on the sidelines of …" beats "met in Brussels"
                    other.mode = event.mode or other.mode
                if event.mode == "phone":  # the body's call beats what the headline's words guessed
                    other.mode, other.location = "phone", event.location
                other.evidence_start, other.evidence_end = event.evidence_start, event.evidence_end
                other.rules.remove("headline")
            if VISIT_WORD_ONLY in other.rules and VISIT_WORD_ONLY not in event.rules:
                # the talks' day, not the arrival's; and the talks at a stop tell it, not the tour's lead
                if (event.date and other.date != event.date) or TOUR_STOPS in other.rules:
                    other.date = event.date or other.date
                    other.evidence, other.evidence_start, other.evidence_end = (
                        event.evidence, event.evidence_start, event.evidence_end)
                other.rules.remove(VISIT_WORD_ONLY)  # (its talks are told now: a later tour is a part)
            if "date:span" in other.rules and event.date and "date:span" not in event.rules:
                other.date = event.date  # the day itself beats the first day of the visit
                other.rules.remove("date:span")
            if _only_report_dated(other, event) and event.date:
                other.date = event.date  # the talks' day, not the day a statement retold them
                other.rules.remove(REPORT_DAY_ONLY)
            if (event.date and other.date != event.date and len(event.date) == 10
                    and REPORT_DAY_ONLY not in event.rules
                    and closeness[id(event)] < closeness[id(other)]):
                other.date = event.date  # "signed on Aug. 20" beats "told the agency on Aug. 21"
                closeness[id(other)] = closeness[id(event)]
            other.date = more_precise(other.date, event.date)
            if other.doc_type in GENERIC_DOCUMENTS and event.doc_type not in GENERIC_DOCUMENTS:
                other.doc_type = event.doc_type
            if other.mode != "phone":  # a call takes place nowhere, whatever a later sentence names
                other.location = other.location or event.location
            if (other.mode == "third-party" and event.location in other.countries
                    # "nach Australien und Singapur", then "in Singapur"
                    and other.location not in other.countries):
                other.location, other.mode = event.location, event.mode
            _absorb(other, event, people)
            return
    events.append(event)


def _told_apart(other: Event, event: Event, headline: bool, people: dict[int, set[str]]) -> bool:
    """Are two reports known to be two events, whatever their states and dates?
    A headline's report is never told apart from the body's by the marks of one type."""
    body_only = not headline and "headline" not in other.rules
    same_type = other.type == event.type
    if (same_type and event.type == "meeting" and "host" in event.rules and body_only
            and _different_people(people[id(other)], people[id(event)])):
        return True  # the minister's talks, then the president's reception
    if (same_type and event.type == "support" and other.actor and event.actor and body_only
            and set(other.actor) != set(event.actor)):
        return True  # "Russia supports Burkina Faso's efforts", "Burkina Faso backs Russia's position": two
    if same_type and event.type == "aid" and body_only and (
            _training_beside_materiel(other, event) or _training_beside_materiel(event, other)):
        return True  # "… delivered 12 howitzers. Their crews are trained in France": training is another aid
    if other.historical and event.historical and (other.date is None) != (event.date is None):
        return True  # two background events, one dated and one not: two earlier visits, not one
    if LISTED_DOCUMENT in event.rules and LISTED_DOCUMENT in other.rules:
        return True  # two lines of one list of signed documents: two documents, whatever their kind
    # "They also agreed to ...": another pledge (or aid) than the one told before
    return (any(tag in event.rules for tag in ANOTHER_ONE.values())
            and other.evidence_start != event.evidence_start and body_only)


def _training_beside_materiel(training: Event, materiel: Event) -> bool:
    """Is one aid training only and the other a delivery of materiel (two aids of one pair)?"""
    return (AID_TRAINING in training.rules and AID_MATERIEL not in training.rules
            and AID_MATERIEL in materiel.rules and AID_TRAINING not in materiel.rules)


def _absorb(other: Event, event: Event, people: dict[int, set[str]]) -> None:
    """What a second report of an event adds to the first: its rules, areas and officials."""
    retold = {REPORT_DAY_ONLY} if _only_report_dated(event, other) else set()
    other.rules = sorted(set(other.rules) | set(event.rules) - retold)
    other.confidence = min(1.0, other.confidence + 0.1)
    other.areas = sorted(set(other.areas) | set(event.areas))
    people[id(other)] |= people[id(event)]
    known = {p.name for p in other.persons}
    other.persons += [p for p in event.persons if p.name not in known]


def _different_people(people_a: set[str], people_b: set[str]) -> bool:
    """Two meetings of the same states with different officials named in their sentences
    (the minister's talks, then the president's reception) are different meetings."""
    return bool(people_a and people_b and not (people_a <= people_b or people_b <= people_a))


def inherit_from_main(events: list[Event], main: Event | None) -> None:
    """Events of the same visit without their own date or place take the main meeting's."""
    if main is None:
        return
    if main.date is None:  # "signed an agreement on Saturday" dates the talks it crowned
        dated = [e for e in events if e is not main and not e.historical and e.date and len(e.date) == 10
                 and e.type in ("agreement", "meeting") and set(e.countries) == set(main.countries)]
        if dated:
            main.date = dated[0].date
    for event in events:
        if event is main or event.historical:
            continue
        same_trip = (event.type == "meeting" and main.mode in ("multilateral", "third-party")
                     and main.location not in event.countries
                     and bool(set(event.countries) & set(main.countries)))
        # "before that, he also met his Korean counterpart": same forum
        if same_trip and event.location is None:
            event.date, event.location, event.mode = event.date or main.date, main.location, main.mode
        if set(event.countries) <= set(main.countries) or set(main.countries) <= set(event.countries):
            if event.date is None:
                event.date = main.date
            if event.location is None and event.mode != "phone":
                event.location = main.location
        if event.type == "meeting" and event.mode == "visit" and main.mode == "multilateral":
            event.mode = "multilateral"


EPISODE_ANCHORS = ("meeting", "agreement")  # the talks or signing of one stop of a tour


def date_from_talks_before(events: list[Event], self_dated: set[int]) -> None:
    """An undated current event takes the day of the talks (or signing) between the same states told
    just before it, when no dated event of other states stands between them: one stop of a tour or one
    bilateral of a forum ("On 10 March in New Delhi the two co-chaired the dialogue ... After the dialogue,
    the two sides signed a memorandum"), not the day the article was published."""
    last: Event | None = None  # the latest dated current event, when it opens an episode
    for event in sorted(events, key=lambda e: e.evidence_start or 0):
        if event.historical:
            continue  # background told in between does not end the stop ("They last met in 2024")
        same = last is not None and set(event.countries) == set(last.countries)
        if event.date:
            if event.type in EPISODE_ANCHORS and len(event.date) == 10:
                last = event
            elif not same:
                last = None
            continue
        if same and last is not None and event.type != "exercise" and id(event) not in self_dated:
            event.date = last.date
            event.rules.append("date:talks-before")
            if event.location is None and event.mode != "phone":
                event.location = last.location


def join_exercise_parties(events: list[Event]) -> list[Event]:
    """A multinational exercise whose parties are told over several sentences ("the exercise
    takes place near Alexandria ... France, Cyprus and Saudi Arabia take part") is one exercise
    of all of them: current exercises of compatible dates merge when one names three or more states,
    also one naming only some of them before ("X and Y soldiers train at Z" in the headline or lead)."""
    current = [e for e in events if e.type == "exercise" and not e.historical]
    wide = next((e for e in current if len(e.countries) >= 3), None)
    if wide is None:
        return events
    joined = [e for e in current if e is not wide and compatible(e.date, wide.date)]
    for event in joined:
        wide.countries = sorted(set(wide.countries) | set(event.countries))
        wide.date = more_precise(wide.date, event.date)
        wide.location = wide.location or event.location
        wide.persons += [p for p in event.persons if p.name not in {q.name for q in wide.persons}]
    return [e for e in events if not any(e is j for j in joined)]
