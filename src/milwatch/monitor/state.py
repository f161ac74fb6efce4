"""What `watch` remembers between runs, in the store's own database (tables of migration 8).

Each write is one transaction, so a run killed at any moment (kill -9 included)
leaves whole rows behind:

* a poll's new items are written as `pending`, with everything needed to make
  their articles, in the same transaction as the source's new validators (ETag,
  Last-Modified): items a feed stops listing are never lost to a 304;
* an item whose page must be fetched first gets its page text written back
  before its article is stored, so a re-run stores exactly that text again;
* the article is stored (its own transaction, idempotent: the same text from the
  same place again changes nothing), then the item is marked done.
"""

from __future__ import annotations

import random

from milwatch.store.watch_tables import DONE_STATES, PendingItem, now_text
from milwatch.store.watch_tables import WatchTables as WatchState

MIN_BACKOFF = 1.0

__all__ = ["DONE_STATES", "MIN_BACKOFF", "PendingItem", "WatchState", "backoff", "now_text"]


def backoff(interval: float, failures: int, cap: float, retry_after: float | None = None,
            rng: random.Random | None = None) -> float:
    """Seconds to wait after the `failures`-th error in a row: doubling from the interval, capped,
    jittered."""
    base = max(interval, MIN_BACKOFF) * (2 ** min(max(failures - 1, 0), 20))
    delay = min(cap, base) * (0.9 + 0.2 * (rng or random).random())
    return max(delay, retry_after or 0.0)
