"""Where a date stands in its sentence: read forward after a future verb, or part of a name
(used by `dates.find_dates`)."""

from __future__ import annotations

import re

from milwatch.extract._dates_raw import Raw
from milwatch.extract.sentences import CLAUSE_BREAK
from milwatch.packs import FULL_STOPS, Pack

# "the 2015 Paris Agreement", "sa 2016 Arbitral Award": a year written before a capitalised Latin
# noun is part of a name; "In 2016 Russia ..." opening a sentence is still a date
_NAME_AFTER_YEAR = re.compile(r" [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]")
_SENTENCE_HEAD = re.compile(r"(?:^|[.!?\n]\s*)\S*\s*$|[A-ZÀ-ÖØ-Þ][\w-]*[ -]$")  # or "Balikatan 2025 Opens"
_SENTENCE_END = re.compile(rf"[.!?](?=\s|$)|[{re.escape(FULL_STOPS.lstrip('.!?'))}\n]")  # not a decimal point
FUTURE_KINDS = ("day", "month", "weekday")


def told_ahead(raws: list[Raw], text: str, pack: Pack) -> set[int]:
    """Which year-less days, months and weekdays a future verb before them in their sentence reads
    forward ("dispenseront en septembre", "will visit on 3 September"), or after them in their clause
    in a language whose verbs end it (pack.verb_final): markers.future and the future-tense forms of
    dates.future_forms ("*eront", "*rán")."""
    loose = [i for i, r in enumerate(raws) if r.kind in FUTURE_KINDS and r.year is None
             and r.year_offset is None and not (r.kind in ("weekday", "month") and r.direction)
             and not (r.kind == "day" and r.month == 0 and r.direction)]  # ("오는 9일": told already)
    if not loose:
        return set()
    said = [(m.start(), m.end()) for key in (("markers", "future"), ("dates", "future_forms"))
            if pack.phrases(*key) for m in pack.matcher(*key).finditer(text)]
    if not said:
        return set()
    ahead: set[int] = set()
    verb_after = bool(pack.get("pack", "verb_final", False))
    for index in loose:
        start, end = raws[index].start, raws[index].end
        opening = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - SENTENCE_REACH), start)),
                      default=max(0, start - SENTENCE_REACH))
        if any(opening <= word_end <= start for _, word_end in said) or verb_after and any(
                0 <= word_start - end <= FUTURE_AFTER_REACH
                and not CLAUSE_BREAK.search(text, _past_own_comma(text, end), word_start)
                for word_start, _ in said):
            ahead.add(index)  # (or after it in its clause, where verbs end it: "金曜日に…会談する予定だ")
    return ahead


FUTURE_AFTER_REACH = 40  # characters from a date to a future verb after it in its clause
_OWN_COMMAS = "、,，"


def _past_own_comma(text: str, end: int) -> int:
    """After the comma that sets off a date opening its clause ("防衛相は8日、…と会談する"): that comma ends
    no clause."""
    return end + 1 if text[end:end + 1] and text[end] in _OWN_COMMAS else end


SENTENCE_REACH = 300  # how far back a future verb of the date's sentence may stand


def year_in_name(raw: Raw, text: str, year_prefix: re.Pattern[str]) -> bool:
    """Is this bare year part of a name ("the 2016 Arbitral Award"), not a date?  A year after a
    year prefix (`year_prefix`: "in", fi "vuonna 2023 Ruotsin ...") is a date."""
    if raw.kind != "year" or _NAME_AFTER_YEAR.match(text, raw.end) is None:
        return False
    start = max(0, raw.start - NAME_LOOKBACK)
    return _SENTENCE_HEAD.search(text, start, raw.start) is None and \
        year_prefix.search(text[start:raw.start].lower()) is None


NAME_LOOKBACK = 40
