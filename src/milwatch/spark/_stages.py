"""What Spark tasks run: the embedded pipeline's own stage functions over one partition.

Every function here is plain Python (no pyspark import), so it runs unchanged inside
`mapPartitions` on any executor.  Heavy objects (packs, the language detector, the
extractor with the user's officials files) are built once per partition by
`Pipeline.from_settings` (the settings are shipped, never the objects), lazily compiled there.

Rows keep a `seq`: (source number << 32) | record number, the order a sequential run
reads them in, so everything downstream can restore input order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from milwatch.errors import PackError
from milwatch.extract.engine import Extractor
from milwatch.ingest import ReadOptions, Source, read_source
from milwatch.ingest.records import Quarantined, content_hash
from milwatch.model import Article, Extraction
from milwatch.packs.loader import PackRegistry
from milwatch.pipeline import Pipeline
from milwatch.settings import Settings
from milwatch.store.rows import ARTICLE_COLUMNS, article_from_row, article_row, event_rows
from milwatch.store.writer import where

SOURCE_SHIFT = 32  # seq = (source number << 32) | record number within the source


def seq_of(source_number: int, record_number: int) -> int:
    return (source_number << SOURCE_SHIFT) | record_number


def read_partition(sources: Iterable[tuple[int, Source]], options: ReadOptions) -> Iterator[tuple[int, Any]]:
    """(seq, Article | Quarantined) of every record of the sources of one partition, in order."""
    for number, source in sources:
        for i, record in enumerate(read_source(source, options)):
            yield seq_of(number, i), record


def quarantine_row(seq: int, record: Quarantined) -> tuple[Any, ...]:
    path, line, offset = where(record.origin)
    raw = bytes(record.raw)
    return (seq, path, line, offset, record.reason, raw, record.raw_size or len(raw))


def _stored_form(article: Article, digest: str, now: str) -> tuple[tuple[Any, ...], Article]:
    """The article's store row and the article as the store gives it back (what the embedded extract
    reads)."""
    row = article_row(article, digest, now)
    return row, article_from_row(dict(zip(ARTICLE_COLUMNS, row, strict=True)))


def _extract(extractor: Extractor, article: Article) -> Extraction | None:
    """The article's extraction, or None where the extractor failed on it.  A pack that does not load
    (PackError) is a broken installation, not this article's fault: it fails the task, so the job."""
    try:
        return extractor.extract(article)
    except PackError:
        raise
    except Exception:  # noqa: BLE001 - one article must not stop a corpus run (as in pipeline._extract_chunk)
        return None


def process_partition(rows: Iterable[tuple[int, Any]], settings: Settings, now: str,
                      packs_root: Path | None = None) -> Iterator[tuple[Any, ...]]:
    """Language → clean → extract for one partition, with the packs of `packs_root` (None: the
    shipped packs), the root the driver checked.

    Yields ("q", quarantine row) for bad records and ("a", seq, article row, extraction or None,
    published) for articles; the extraction is computed on the article as the store would return it.
    """
    pipeline = Pipeline.from_settings(settings, registry=PackRegistry(packs_root))
    for seq, record in rows:
        prepared = pipeline.prepare(record) if isinstance(record, Article) else record
        if isinstance(prepared, Quarantined):
            yield ("q", quarantine_row(seq, prepared))
            continue
        row, stored = _stored_form(prepared, content_hash(prepared.text), now)
        yield ("a", seq, row, _extract(pipeline.extractor, stored), stored.published)


def extraction_rows(seq: int, article_id: str, extraction: Extraction) -> tuple[list[tuple[Any, ...]],
                                                                              list[tuple[Any, ...]]]:
    """(event rows, person rows) of one extraction: the store's columns with `seq` first."""
    events, persons = event_rows(article_id, extraction.events)
    return [(seq, *r) for r in events], [(seq, *p) for p in persons]


def now_text() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
