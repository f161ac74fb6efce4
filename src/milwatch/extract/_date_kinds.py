"""What kind of day a date of a sentence is: the day of a report ("said on Tuesday"), of a wire dateline
("KYIV, Nov 20 (AFP) -"), or a day written out with its number ("am Montag, 14. Dezember")."""

from __future__ import annotations

import re

from milwatch.extract.analysis import DateRef, SentenceInfo

REPORT_GAP = 6  # characters from a reporting verb to its day after it ("said on Tuesday")
REPORT_GAP_BEFORE = 2  # characters from a day to the reporting verb right after it ("18일 밝혔다")


def report_day(info: SentenceInfo, ref: DateRef) -> bool:
    """Is the date the day of the report: right after a reporting verb ("said on Tuesday") or right before
    one ("18일 밝혔다", "17日発表した")?"""
    start, end = ref.start - info.sentence.start, ref.end - info.sentence.start
    return any(0 <= start - hit.end() <= REPORT_GAP or 0 <= hit.start() - end <= REPORT_GAP_BEFORE
               for hit in info.hits.get("marker_reported", []))


def dated_by_report_only(info: SentenceInfo) -> bool:
    """Are the sentence's only dates days of a report ("In a statement on Tuesday, the AFP said Brawner and
    Yoshida discussed …")?  A meeting told there may be the talks told before, retold the day after."""
    dated = [ref for ref in info.dates if ref.value]
    return bool(dated) and all(report_day(info, ref) for ref in dated)


DAY_CHARS = len("YYYY-MM-DD")  # a date value of a day
WIRE_DATELINE_REACH = 40  # characters from a sentence's start to its wire dateline's day ("KYIV, Nov 20")
DATELINE_PLACE_WORDS = 3  # words of the place before it ("KUALA LUMPUR,", "أبوظبي في")
# what follows a wire dateline's day: the agency in brackets or slashes, or a dash ("(AFP) -", "/ وام /")
_AFTER_DATELINE = re.compile(r"[\s,]*(?:\(|/|[-–—]{1,2}\s)")


def wire_dateline(info: SentenceInfo, ref: DateRef) -> bool:
    """Is the date the day of a wire dateline opening a sentence that names a weekday, a relative day or
    another day too ("KYIV, Nov 20, 2026 (AFP) - … met … on Thursday", "SEOUL, Nov. 21 (Yonhap) -- … met …
    on the 20th")?  It is the day the report was filed, which those
    count from (GUIDELINES), no deed's."""
    start, end = ref.start - info.sentence.start, ref.end - info.sentence.start
    counted = any(other.value and (other.kind in ("weekday", "relative") or (
        other.kind in ("absolute", "yearless") and len(other.value) == DAY_CHARS
        and not report_day(info, other)))  # (not "today", nor "27일 밝혔다": the filing day's, as the
                  for other in info.dates if other is not ref)  # dateline's)
    place = len(info.text[:start].split()) <= DATELINE_PLACE_WORDS
    return (counted and place and start <= WIRE_DATELINE_REACH
            and _AFTER_DATELINE.match(info.text, end) is not None)


def written_day(info: SentenceInfo, ref: DateRef) -> bool:
    """Is the date a day written out with its number ("am Montag, 14. Dezember"), not one counted from
    another ("dans l'après-midi", "the next day")?"""
    offset = info.sentence.start
    return ref.kind in ("absolute", "yearless") and any(
        ch.isdigit() for ch in info.text[ref.start - offset:ref.end - offset])
