"""A deed told "at the end of the exercise" is dated by the last day of the span told just before it.

    "Entre el martes 24 y el jueves 26 de noviembre, … realizaron el ejercicio … Al término de la
    actividad, ambos mandos acordaron …"                                 the pledge: 26 November
"""

from __future__ import annotations

from milwatch.extract._date_kinds import DAY_CHARS
from milwatch.extract.analysis import ArticleAnalysis, SentenceInfo
from milwatch.model import Event

SPAN_LOOKBACK = 8  # sentences back to the span "at the end of the exercise" refers to


def date_from_span_end(events: list[Event], analysis: ArticleAnalysis, self_dated: set[int],
                       published: str | None) -> None:
    """An undated current deed told "at the end of the exercise" ("Al término de la actividad, ambos mandos
    acordaron …", "Na závěr cvičení … se setkal …") takes the last day of the span told in the sentences
    just before ("Entre el martes 24 y el jueves 26 de noviembre"), when that day is past."""
    by_start = {info.sentence.start: info for info in analysis.sentences}
    for event in events:
        info = by_start.get(event.evidence_start if event.evidence_start is not None else -1)
        if (info is None or event.date or event.historical or id(event) in self_dated
                or not info.has("marker_event_end")):
            continue
        index = info.sentence.index
        for before in analysis.sentences[max(0, index - SPAN_LOOKBACK):index + 1][::-1]:
            last = _last_day(before)
            if last is not None:
                if published is None or last <= published:
                    event.date = last
                    event.rules.append("date:end-of-span")
                break


def _last_day(info: SentenceInfo) -> str | None:
    """The last day of the span the sentence tells: its range's, or the later of two days of an exercise
    sentence ("Entre el martes 24 y el jueves 26 de noviembre … realizaron el ejercicio")."""
    last = next((d.until for d in info.dates
                 if d.kind == "range" and d.until and len(d.until) == DAY_CHARS), None)
    if last is not None:
        return last
    days = sorted({d.value for d in info.dates
                   if d.value and len(d.value) == DAY_CHARS and d.kind != "range"})
    return days[-1] if len(days) >= 2 and info.has("exercise") else None
