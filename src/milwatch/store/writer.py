"""The write path of the SQLite store: one batch, one transaction, a handful of set-wise statements.

For a batch of records, in input order:

* quarantined records become `quarantine` rows (keyed by origin, reason and raw
  bytes, so reading the same bad input again adds nothing);
* an article whose id is stored with the same text is "unchanged" when it comes
  from the same place and an exact duplicate (a `duplicates` row) when it comes
  from elsewhere; with another text it is quarantined (an id clash);
* an article whose text (content hash) is stored under another id is an exact
  duplicate of the first;
* every other article is inserted, then compared with the near-duplicate index:
  linked in `near_duplicates` to the most similar indexed article sharing an
  LSH bucket, or else indexed itself (so copies of a story are compared with its
  first version only).

Lookups are one query per kind for the whole batch and signatures are computed
for the whole batch at once, so per-article SQL is just the insert.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from milwatch.model import Article, Origin, Quarantined, content_hash, valid_text
from milwatch.store.base import AddCounts
from milwatch.store.neardup import MinHasher
from milwatch.store.rows import ARTICLE_COLUMNS, article_row
from milwatch.store.sql import Connection

MAX_CANDIDATES = 20  # near-duplicate candidates compared per article (most shared LSH buckets first)
MAX_VARIABLES = 900  # bound parameters per statement (SQLite's old limit is 999)
CLASH_RAW_MAX = 1 << 20

_INSERT_ARTICLE = (f"INSERT INTO articles (pk, {', '.join(ARTICLE_COLUMNS)}) "
                   f"VALUES (?, {', '.join('?' * len(ARTICLE_COLUMNS))})")
_INSERT_QUARANTINE = ("INSERT OR IGNORE INTO quarantine (key, origin_path, origin_line, "
                      "origin_offset, reason, raw,"
                      " raw_size, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
_INSERT_DUPLICATE = ("INSERT OR IGNORE INTO duplicates (key, article_id, duplicate_of, "
                     "content_hash, origin_path,"
                     " origin_line, origin_offset, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")

Where = tuple[str | None, int | None, int | None]


def row_key(*parts: Any) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else str(part).encode("utf-8", "surrogatepass"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def where(origin: Origin | None) -> Where:
    if origin is None:
        return None, None, None
    return origin.path or None, origin.line, origin.offset


def _chunks(values: Sequence[Any], size: int = MAX_VARIABLES) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _select_in(conn: Connection, sql: str, values: Sequence[Any]) -> Iterator[Any]:
    """Rows of `sql` (with one `{marks}` placeholder list) for every value, in bounded statements."""
    for part in _chunks(values):
        yield from conn.execute(sql.format(marks=", ".join("?" * len(part))), list(part))


def _quarantine_row(record: Quarantined, now: str) -> tuple[Any, ...]:
    """The row of a quarantined record; its texts made valid Unicode (a file name that is not UTF-8 in a
    path or an error message must not stop the batch), its raw bytes kept as they are."""
    path, line, offset = where(record.origin)
    path = valid_text(path) if path is not None else None
    reason = valid_text(record.reason)
    raw = bytes(record.raw)
    return (row_key(path, line, offset, reason, raw), path, line, offset, reason, raw,
            record.raw_size or len(raw), now)


class BatchWriter:
    """Writes one batch inside an open transaction (see the module docstring)."""

    def __init__(self, conn: Connection, hasher: MinHasher, threshold: float, now: str) -> None:
        self.conn, self.hasher, self.threshold, self.now = conn, hasher, threshold, now
        self.counts = AddCounts()

    def write(self, batch: Sequence[Article | Quarantined]) -> AddCounts:
        articles = [r for r in batch if isinstance(r, Article)]
        digests = {id(a): content_hash(a.text) for a in articles}
        by_id: dict[str, tuple[str, Where]] = {
            r[0]: (r[1], (r[2], r[3], r[4])) for r in _select_in(
                self.conn, "SELECT id, content_hash, origin_path, origin_line, origin_offset FROM articles "
                           "WHERE id IN ({marks})", list({a.id for a in articles}))}
        by_hash: dict[str, str] = {}
        for article_id, digest in _select_in(self.conn,
                                             "SELECT id, content_hash FROM articles WHERE content_hash "
                                                        "IN ({marks}) ORDER BY pk DESC",
                                             list(set(digests.values()))):
            by_hash[digest] = article_id  # descending pk: the first stored wins
        next_pk = int(self.conn.execute("SELECT COALESCE(MAX(pk), 0) FROM articles").fetchone()[0]) + 1
        quarantine: list[tuple[Any, ...]] = []
        duplicates: list[tuple[Any, ...]] = []
        fresh: list[tuple[int, Article]] = []
        rows: list[tuple[Any, ...]] = []
        clashes = 0
        for record in batch:
            if isinstance(record, Quarantined):
                quarantine.append(_quarantine_row(record, self.now))
                continue
            digest, here = digests[id(record)], where(record.origin)
            if record.id in by_id:
                stored_hash, stored_where = by_id[record.id]
                if stored_hash != digest:
                    first = Origin(stored_where[0] or "?", stored_where[1], stored_where[2])
                    clash = Quarantined(record.origin or Origin(""),
                                        f"id {record.id!r} is already stored with a different text "
                                        f"(first from {first.describe()})",
                                        record.text.encode("utf-8")[:CLASH_RAW_MAX])
                    quarantine.append(_quarantine_row(clash, self.now))
                    clashes += 1
                elif here == stored_where:
                    self.counts.unchanged += 1
                else:
                    duplicates.append(self._duplicate_row(record, record.id, digest, here))
                continue
            if digest in by_hash:
                duplicates.append(self._duplicate_row(record, by_hash[digest], digest, here))
                continue
            rows.append((next_pk, *article_row(record, digest, self.now)))
            fresh.append((next_pk, record))
            by_id[record.id] = (digest, here)
            by_hash[digest] = record.id
            next_pk += 1
        self.conn.executemany(_INSERT_ARTICLE, rows)
        self.counts.stored = len(rows)
        self.counts.id_clashes = clashes
        if quarantine:
            self.counts.quarantined = self.conn.executemany(_INSERT_QUARANTINE, quarantine).rowcount
        if duplicates:
            added = self.conn.executemany(_INSERT_DUPLICATE, duplicates).rowcount
            self.counts.duplicates = added
            self.counts.unchanged += len(duplicates) - added
        self.counts.near_duplicates = self._near_duplicates(fresh)
        return self.counts

    def _duplicate_row(self, article: Article, first: str, digest: str, here: Where) -> tuple[Any, ...]:
        path, line, offset = here
        return (row_key(path, line, offset, article.id), article.id, first, digest, path, line,
                offset, self.now)

    def _near_duplicates(self, fresh: list[tuple[int, Article]]) -> int:
        if not fresh:
            return 0
        signatures = self.hasher.signatures([a.body for _pk, a in fresh])
        with_sig = [(pk, a, sig) for (pk, a), sig in zip(fresh, signatures, strict=True) if sig is not None]
        if not with_sig:
            return 0
        keys = self.hasher.band_keys_many(np.stack([sig for _pk, _a, sig in with_sig]))
        indexed: dict[int, list[int]] = {}
        for bucket, pk in _select_in(self.conn,
                                     "SELECT bucket, article_pk FROM lsh_buckets WHERE bucket IN ({marks})",
                                     list({k for row in keys for k in row})):
            indexed.setdefault(bucket, []).append(pk)
        known: dict[int, tuple[str, np.ndarray]] = {
            pk: (article_id, self.hasher.from_blob(blob)) for pk, blob, article_id in _select_in(
                self.conn, "SELECT m.article_pk, m.signature, a.id FROM minhashes m JOIN articles a "
                           "ON a.pk = m.article_pk WHERE m.article_pk IN ({marks})",
                list({pk for pks in indexed.values() for pk in pks}))}
        links: list[tuple[str, str, float]] = []
        new_index: list[tuple[int, int]] = []
        signature_rows: list[tuple[int, bytes]] = []
        for (pk, article, sig), row_keys in zip(with_sig, keys, strict=True):
            found = [other for key in row_keys if key in indexed for other in indexed[key]]
            best: tuple[float, str] | None = None
            for other, _n in Counter(found).most_common(MAX_CANDIDATES) if found else ():
                other_id, other_sig = known[other]
                similarity = self.hasher.similarity(sig, other_sig)
                if similarity >= self.threshold and (best is None or similarity > best[0]):
                    best = (similarity, other_id)
            if best is not None:
                links.append((article.id, best[1], round(best[0], 3)))
                continue
            known[pk] = (article.id, sig)
            signature_rows.append((pk, self.hasher.to_blob(sig)))
            for key in row_keys:
                indexed.setdefault(key, []).append(pk)
            new_index.extend((key, pk) for key in row_keys)
        self.conn.executemany("INSERT INTO minhashes VALUES (?, ?)", signature_rows)
        self.conn.executemany("INSERT OR IGNORE INTO lsh_buckets VALUES (?, ?)", new_index)
        if not links:
            return 0
        return self.conn.executemany("INSERT OR IGNORE INTO near_duplicates VALUES (?, ?, ?)", links).rowcount

