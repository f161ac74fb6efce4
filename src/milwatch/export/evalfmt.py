"""The GUIDELINES prediction format (../shared/eval/GUIDELINES.md, section 3), one article per line.

Without event criteria every article is written (relevant or not, optionally of one
language), with all its events; with event criteria (country, pair, type, dates, person,
current-only), the articles holding a matching event, with only those events.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any, BinaryIO

from milwatch.export._streams import write_json_lines
from milwatch.export.predictions import prediction_rows
from milwatch.store.queries import EventFilter, article_ids, iter_events_by_article


def eval_rows(store: Any, flt: EventFilter) -> Iterator[dict[str, Any]]:
    if not flt.event_level:
        yield from prediction_rows(store, article_ids(store, flt))
        return
    kept: deque[set[int]] = deque()

    def ids() -> Iterator[str]:
        for article_id, events in iter_events_by_article(store, flt):
            kept.append({e["idx"] for e in events})
            yield article_id

    for row in prediction_rows(store, ids()):
        keep = kept.popleft()
        row["events"] = [e for i, e in enumerate(row["events"]) if i in keep]
        yield row


def write_eval(store: Any, flt: EventFilter, out: BinaryIO) -> int:
    return write_json_lines(eval_rows(store, flt), out)
