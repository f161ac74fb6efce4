"""What a sentence counts from: the dates written after a "since" word ("the first visit since 2019",
"seit 2016", "2015年以来"), which tell a state of things or a series, no event of that date."""

from __future__ import annotations

import re

from milwatch.extract.analysis import DateRef, SentenceInfo
from milwatch.extract.sentences import CLAUSE_BREAK

SINCE_REACH = 30  # characters from a "since" word to the date of what it counts from ("since the 2023 coup")
SINCE_WORDS = 2  # words between them: what happened then is named ("since he took office in October 2024")
# in a sentence of talks, a visit or aid, a bare year right after the word counts from it too ("the first
# visit since 2019", "Since 2022 Lithuania has provided ... worth 700 million"): unlike a day ("the first call
# since 18 February"), it names no earlier event, unless a clause after a colon tells what happened then
# ("arbeiten seit 2016 zusammen: Damals hatten ... ein Abkommen").  So in a sentence of an exercise that
# names no state: the series ("The exercise has been held annually since 1990"), no edition of it.
YEAR_ONLY = 4
SINCE_AFTER_GAP = 3  # characters from a year to a since word written after it ("2016'dan beri", "2015年以来")
THEN_CLAUSE = re.compile(r"[;:；：]")
SINCE_EVENT_WORDS = ("meeting", "agreement", "exercise", "aid", "mode_visit")  # an earlier event named there


def _day_of_its_own(info: SentenceInfo) -> bool:
    """Does the sentence date what it tells by a day or weekday ("began their first joint exercise since
    2019 on Monday")?  Then a bare year after a since word is what it counts from."""
    return any(ref.value and ref.kind in ("day", "weekday") for ref in info.dates)


def since_dates(info: SentenceInfo) -> list[DateRef]:
    """The dates of what the sentence counts from, other than an event of its own kind: written after a
    "since" word of the pack (markers.since) and the words naming what happened then, in the same clause
    ("the first visit since the coup of July 2023", "sedan han tillträdde i oktober 2024"), and in a sentence
    of talks, a visit or aid a bare year right after the word ("the first visit since 2019"), so too in one
    of an exercise that names no state or tells a series (`markers.recurring`: "have held X every year since
    2001").  A day or month right after the word ("the first call since 18 February") or a date after an
    event word ("since the visit in March 2023") may be an earlier event; a range is not one."""
    since, since_after = info.hits.get("marker_since", []), info.hits.get("marker_since_after", [])
    if not since and not since_after:
        return []  # (most sentences: the dates are not read at all)
    found: list[DateRef] = []
    offset = info.sentence.start
    told_or_given = any(info.hits.get(key) for key in ("meeting", "meeting_weak", "mode_visit", "aid")) or (
        (info.has("exercise") or info.has("exercise_names"))  # "have held X since", "… every year since"
        and (not info.states() or info.has("marker_recurring") or _day_of_its_own(info)))
    if told_or_given:  # "İki ülke 2016'dan beri … düzenliyor": the year right before a since word after it
        found += [ref for ref in info.dates if ref.kind == "year" and ref.value and info.counted_from(
            ref.start - offset, ref.end - offset, before=None, after=SINCE_AFTER_GAP)]
    for ref in info.dates:
        if ref.kind == "range" or any(ref is other for other in found):
            continue
        for hit in since:
            gap = info.text[hit.end():ref.start - offset]
            told = any(hit.end() <= event.start() < ref.start - offset  # "kể từ chuyến thăm vào tháng 3/2023"
                       for key in SINCE_EVENT_WORDS for event in info.hits.get(key, []))
            year = (told_or_given and ref.value is not None and len(ref.value) == YEAR_ONLY
                    and not gap.strip() and not THEN_CLAUSE.search(info.text, ref.end - offset))
            if (0 <= ref.start - offset - hit.end() <= SINCE_REACH
                    and (len(gap.split()) >= SINCE_WORDS or year)
                    and not told and not CLAUSE_BREAK.search(gap)):
                found.append(ref)
                break
    return found
