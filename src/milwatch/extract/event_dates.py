"""An event's date and whether it is background: the date of its sentence nearest its trigger, checked
against the day the article speaks from; then the days of events their sentence leaves undated."""

from __future__ import annotations

import re
from datetime import date

from milwatch.extract._date_kinds import report_day, wire_dateline, written_day
from milwatch.extract._merge import compatible
from milwatch.extract.analysis import ArticleAnalysis, DateRef, SentenceInfo
from milwatch.extract.candidate import Candidate
from milwatch.extract.dates import filed_shortly_before
from milwatch.extract.exercise_names import NAMED_YEAR_REACH
from milwatch.extract.parties import opens_on_same_talks
from milwatch.extract.sentences import CLAUSE_BREAK, is_closed
from milwatch.extract.since_dates import since_dates
from milwatch.model import Event

HISTORICAL_DAYS = 20  # a dated event this long before publication is background
PLEDGE_DATE_REACH = 24  # characters between a pledge verb and the past date it was made ("pledged in 2023")
RECENT_PLEDGE_DAYS = 45  # a pledge dated to a day within this many days is the news, dated by that day


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


def current_year(ref: DateRef, published: str | None) -> bool:
    """Is the date a bare year of the news or after it ("plan for 2021", "the 2026 programme")?  Such a
    year names a document or a period, not the day of an event."""
    return ref.kind == "year" and published is not None and ref.value is not None \
        and not is_before(ref.value, published)


SIGNED_BEFORE_REACH = 40  # characters from a date to the signing verb after it (verb-final languages)


def _pick_date(info: SentenceInfo, published: str | None, anchor: int,
               named: bool = False, before: bool = False, deed: bool = False,
               ahead: bool = False) -> tuple[str | None, bool, int]:
    """The event's date from its sentence: the usable date nearest the trigger at `anchor`
    (absolute offset).  Returns (value, first day of a span?, distance to the trigger).
    With `named` (an exercise without another date), a year right after the trigger is the
    exercise's own ("Bright Star 2025", "金龙-2025") even in the year of the news.
    With `before` (a signing verb of a verb-final language), the dates before the verb are its own
    ("2024年7月に署名し、協定は2025年9月に発効した": signed in July 2024); one after it only when none is.
    With `deed` (a meeting, signing, exercise or delivery: not a statement), the day of the report is not
    its day when the sentence names another ("했다고 18일 밝혔다", "the ministry said on Tuesday").
    With `ahead` (a meeting or signing), a day written out after the news is its day even in the present tense
    ("ontmoet op maandag 14 december", "receives her counterparts on 19 August": GUIDELINES)."""
    counted_from = [ref for ref in since_dates(info)  # (a month also within the news window: "his first
                    if ref.value and published  # trip since taking office in October", told in November;
                    and (is_before(ref.value, published)  # a day there may be "desde ... el lunes", from)
                         or (len(ref.value) < len(published) and ref.value <= published[:len(ref.value)]))]
    counted_from += [ref for ref in info.dates if _stay_began(info, ref)]
    # "since 2016": no day of an event
    dates = [ref for ref in info.dates if not any(ref is c for c in counted_from)]
    told = [ref for ref in dates if deed and (report_day(info, ref) or wire_dateline(info, ref))]
    if told and len(told) < len([ref for ref in dates if ref.value]):
        dates = [ref for ref in dates if not any(ref is t for t in told)]
    if before:
        signed = [ref for ref in dates if 0 <= anchor - ref.end <= SIGNED_BEFORE_REACH]
        found = _nearest(signed, info, published, anchor, named, ahead)
        if found[0] is not None:
            return found
    return _nearest(dates, info, published, anchor, named, ahead)


STAY_GAP = 1  # words between a since word and the weekday a stay began ("desde a quarta-feira")


def _stay_began(info: SentenceInfo, ref: DateRef) -> bool:
    """Is the date the weekday a stay under way began ("who has been on a visit since Wednesday, met this
    morning …", "que se encontra desde quarta-feira em visita …, reuniu-se esta manhã"): right after a since
    word, in a sentence dating its deed by another day?  Not in an exercise's ("under way since Monday" is
    its start)."""
    if ref.kind != "weekday" or info.has("exercise") or not any(
            other is not ref and other.value for other in info.dates):
        return False
    start = ref.start - info.sentence.start
    return any(start >= hit.end() and len(info.text[hit.end():start].split()) <= STAY_GAP
               and not CLAUSE_BREAK.search(info.text, hit.end(), start)
               for hit in info.hits.get("marker_since", []))


DEEDS = ("meeting", "agreement", "exercise", "aid")  # events done, not said: a report's day is not theirs


def only_counted_from(info: SentenceInfo, published: str | None) -> bool:
    """Are all the sentence's dates past ones it counts from ("has been held every year since 2016", "the
    first visit since the 2023 coup", "Nuo 2022 m. Lietuva suteikė ...")?  It tells a state of things or the
    news again, no event of that date."""
    counted = since_dates(info)
    return bool(counted) and published is not None and all(
        ref.value and is_before(ref.value, published) for ref in counted) and all(
        any(ref is other for other in counted) for ref in info.dates if ref.value)


def _nearest(dates: list[DateRef], info: SentenceInfo, published: str | None, anchor: int,
             named: bool, ahead: bool = False) -> tuple[str | None, bool, int]:
    """The usable date of `dates` nearest `anchor`, made finer by a month of the sentence in its year.  A day
    after the news counts only in a sentence telling the future, or with `ahead` when it is written out and
    ends no span the sentence tells ("… visite officielle du 21 au 24 avril": the visit's last day)."""
    best: tuple[int, str, bool] | None = None
    for ref in dates:
        if ref.value is None:
            continue
        if current_year(ref, published) and not (named and 0 <= ref.start - anchor <= NAMED_YEAR_REACH):
            continue  # "plan for 2021": a year of the current news is not the event's day
        if (published and len(ref.value) == 10 and ref.value > published and not info.has("marker_future")
                and not (ahead and written_day(info, ref) and not info.has("span_start"))):
            continue
        distance = min(abs(ref.start - anchor), abs(ref.end - anchor))
        if best is None or distance < best[0]:
            best = (distance, ref.value, ref.kind == "range")
    if best and len(best[1]) == 4:  # "In August 2024, ... held the 'Peace Unity-2024' exercise": its month
        finer = [ref for ref in info.dates if ref.value and len(ref.value) > 4 and ref.kind != "range"
                 and ref.value.startswith(best[1])
                 and not (published and len(ref.value) == 10 and ref.value > published)]
        if finer:
            ref = min(finer, key=lambda r: min(abs(r.start - anchor), abs(r.end - anchor)))
            best = (min(abs(ref.start - anchor), abs(ref.end - anchor)), ref.value or best[1], False)
    return (best[1], best[2], best[0]) if best else (None, False, NO_DATE)


NO_DATE = 1 << 30  # distance of an event without a date of its own


def _anchor(candidate: Candidate, info: SentenceInfo | None = None) -> int:
    """Where the candidate's own trigger stands in its sentence (or `info`), as an absolute offset: dates
    nearest to it win."""
    info = info or candidate.info
    hits = info.hits.get(candidate.type) or info.hits.get("meeting_weak") or []
    return info.sentence.start + (hits[0].start() if hits else 0)


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


def reference_day(analysis: ArticleAnalysis, published: str | None) -> str | None:
    """The day the article speaks from: its publication day, else the latest full date it names."""
    if published:
        return published
    days = [d.value for info in analysis.sentences for d in info.dates if d.value and len(d.value) == 10]
    return max(days) if days else None


def _year_before_when_past(info: SentenceInfo, when: str | None, reference: str | None) -> str | None:
    """A month or day written without its year that the finder put in the months ahead ("im Januar", told
    in December) is of the year before in a sentence telling the past ("erinnerte an seinen Besuch in Kiew
    im Januar, bei dem er … gesprochen hatte")."""
    if not (when and reference and len(when) >= 7 and when[:7] > reference[:7] and when[5:] != "02-29"
            and info.has("marker_historical") and not info.has("marker_future")):
        return when
    ref = next((d for d in info.dates if d.value == when), None)
    offset = info.sentence.start
    if ref is None or re.search(r"\d{4}", info.text[ref.start - offset:ref.end - offset]):
        return when  # (its year is written)
    return f"{int(when[:4]) - 1}{when[4:]}"


def event_date(candidate: Candidate, reference: str | None, main: Event | None,
               verb_final: bool = False) -> tuple[str | None, bool, bool, int]:
    """(date, historical?, first day of a span?, distance of the date from the trigger)."""
    info = candidate.info
    when, span, distance = _pick_date(info, reference, _anchor(candidate),
                                      before=verb_final and candidate.type == "agreement",
                                      deed=candidate.type in DEEDS,
                                      ahead=candidate.type in ("meeting", "agreement"))
    if when is None and candidate.type == "exercise":  # no other date: the year in its name
        when, span, distance = _pick_date(info, reference, _anchor(candidate), named=True)
    told = candidate.dated_by
    if when is None and told is not None:  # a listed document: the day of the signing told
        when, span, distance = _pick_date(told, reference, _anchor(candidate, told), before=verb_final)
    if candidate.date:  # its own date, written beside its party
        when, span, distance = candidate.date, False, 0
    # "Sáng 23/9 ... hội đàm ... thăm từ ngày 22 đến 24/9"
    if span and candidate.type in ("meeting", "agreement"):
        day = next((d for d in info.dates if d.value and len(d.value) == 10 and d.kind != "range"
                    and (reference is None or d.value <= reference)), None)
        if day is not None:  # talks or a signing on one day of a visit: that day, not the visit's first
            when, span, distance = day.value, False, abs(day.start - _anchor(candidate))
    if candidate.type == "exercise" and when and len(when) == 10:
        # "concluded yesterday …, held from 18 November to 2 December": a day in its span is the span's month
        within = [d.value for d in info.dates if d.kind == "range" and d.value and len(d.value) == 7
                  and d.value <= when <= (d.until or "")]
        if within:
            when, span = within[0], True
        elif not span and info.has("span_start"):
            when = when[:7]  # an exercise that starts on a day and goes on: month precision (GUIDELINES)
            # (a range was dated by its length already: "19-20/11" by its first day, a week by its month)
    when = _year_before_when_past(info, when, reference)
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


LIST_JOIN = 8  # characters between two dates written as one list: " and ", ", ", " و "


def listed_past_dates(info: SentenceInfo, when: str | None, reference: str | None) -> list[str]:
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


# the trigger lists that tell one more background event of a type in a clause of its own
# (not exercises and meetings: an exercise word and a date of another event's clause share too many sentences)
CLAUSE_TRIGGERS = {"agreement": ("agreement",), "aid": ("aid",)}


def clause_past_dates(info: SentenceInfo, kind: str, when: str | None, reference: str | None) -> list[str]:
    """The other past dates of the sentence each told with a signing or delivery verb of its own ("signed a
    defence agreement in 2016 and signed a logistics agreement in 2020", "首批…於2024年12月抵台，第二批…在去年
    7月運抵"): each another background signing or delivery (for an agreement a signing verb:
    "entered into force in 2025" is no signing).  The sentence needs two triggers of the type, one of them
    between the two dates.  Days, ranges and the dates a "since" counts from are none."""
    if not when or len(when) == 10:
        return []
    counted = {(d.start, d.end) for d in since_dates(info)}
    dates = [d for d in info.dates if d.value and len(d.value) < 10 and d.kind != "range"
             and (d.start, d.end) not in counted]
    own = next((d for d in dates if d.value == when), None)
    offset = info.sentence.start
    hits = [offset + h.start() for key in CLAUSE_TRIGGERS.get(kind, ()) for h in info.hits.get(key, [])]
    if own is None or len(hits) < 2:
        return []
    found: list[str] = []
    for other in dates:
        value = other.value
        if other is own or not value or compatible(value, when):
            continue
        if reference and not is_before(value, reference):
            continue
        first, last = sorted((own, other), key=lambda d: d.start)
        if any(first.end <= at < last.start for at in hits):
            found.append(value)
    return list(dict.fromkeys(found))


NEXT_SENTENCE_DAYS = 7  # a day named by the sentence after an undated report is its day when this recent


def date_from_next_sentence(events: list[Event], analysis: ArticleAnalysis, event_sentences: set[int],
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


LEAD_DAY_REACH = 400  # characters into the lead sentence where the day of its news may stand
LEAD_SEARCH = 8  # sentences at the top of a page where its lead is looked for


def lead_day(analysis: ArticleAnalysis, published: str | None) -> str | None:
    """The one day the lead sentence names ("TTO - Ngày 1/11, tại Kuala Lumpur, ...", "took part on Tuesday
    in London in the meeting of ..."), when it is shortly before publication: the day of the news its undated
    sentences tell.  Not the day an activity under way began ("exercising since Monday")."""
    if not published or not analysis.sentences:
        return None
    first = 1 if analysis.first_is_headline and len(analysis.sentences) > 1 else 0
    # menus, section names, headlines and the page's own date line stand above a web page's lead: the
    # lead is the first sentence of running text (closed by a full stop) among the first few
    lead = next((info for info in analysis.sentences[first:first + LEAD_SEARCH] if is_closed(info.sentence)),
                analysis.sentences[first])
    # (not the day an activity under way began: "fan des de dilluns un exercici", "üben seit Montag")
    offset = lead.sentence.start
    days = [d for d in lead.dates if d.value and len(d.value) == 10 and d.kind != "range"
            and d.start - offset <= LEAD_DAY_REACH
            and not lead.counted_from(d.start - offset, d.end - offset, after=None)]
    if len(days) != 1:
        return None
    day = days[0].value
    return day if day and filed_shortly_before(published, day) else None
