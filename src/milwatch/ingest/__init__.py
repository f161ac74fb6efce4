"""Ingest: read articles from files (JSONL, JSON, text, HTML, RSS/Atom, directories, .gz).

Readers are generators yielding `Article` or `Quarantined` records; they never
raise for bad input.

    from milwatch.ingest import ReadOptions, read_paths
    for record in read_paths(["corpus/"], ReadOptions(lang=None)):
        ...
"""

from milwatch.ingest.records import (
    Quarantined,
    article_from_mapping,
    content_hash,
    content_id,
    normalize_date,
)
from milwatch.ingest.sources import (
    ReadOptions,
    Record,
    Source,
    SourceScan,
    find_sources,
    read_paths,
    read_source,
    scan_paths,
)

__all__ = [
    "Quarantined",
    "ReadOptions",
    "Record",
    "Source",
    "SourceScan",
    "article_from_mapping",
    "content_hash",
    "content_id",
    "find_sources",
    "normalize_date",
    "read_paths",
    "read_source",
    "scan_paths",
]
