"""The GUIDELINES prediction format (../shared/eval/GUIDELINES.md, section 3) from a store."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from milwatch.store import Store


def prediction_rows(store: Store, ids: Iterable[str]) -> Iterator[dict[str, Any]]:
    """One prediction per id, in the order given.

    An id the store recorded as an exact duplicate of an earlier article gets that
    article's events and story; an id never extracted gets an empty, irrelevant row.
    """
    stories = store.get_stories()
    for article_id in ids:
        extraction = store.get_extraction(article_id)
        if extraction is None:
            original = _original_of(store, article_id)
            extraction = store.get_extraction(original) if original else None
        if extraction is None:
            yield {"id": article_id, "relevant": False, "story": article_id, "events": []}
            continue
        row = extraction.to_prediction()
        row["id"] = article_id
        row["story"] = stories.get(extraction.article_id, extraction.story or extraction.article_id)
        yield row


def _original_of(store: Store, article_id: str) -> str | None:
    for link in store.duplicates_of(article_id):
        if link.get("kind") == "exact" and link.get("article_id") == article_id:
            return str(link["duplicate_of"])
    return None
