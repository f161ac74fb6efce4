"""What both stores share: articles in batches, and the reads over them (SQL common to both dialects).

A mixin of `SQLiteStore` and `PostgresStore`, which provide the connection, `transaction()`,
`schema_version()`, `location` and the near-duplicate settings.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

from milwatch.model import Article, Origin, Quarantined
from milwatch.store.base import AddCounts
from milwatch.store.events import ExtractionTables
from milwatch.store.neardup import MinHasher
from milwatch.store.rows import ARTICLE_COLUMNS, article_from_row
from milwatch.store.sql import Connection
from milwatch.store.story_index import StoryIndexTables
from milwatch.store.writer import BatchWriter

PAGE = 500
_SELECT_ARTICLE = "SELECT " + ", ".join(ARTICLE_COLUMNS) + " FROM articles"
_SELECT_ARTICLE_PK = "SELECT pk, " + ", ".join(ARTICLE_COLUMNS) + " FROM articles"


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ArticleTables(ExtractionTables, StoryIndexTables):
    location: str
    near_dup_threshold: float
    _minhash: tuple[int, int]
    _hasher_: MinHasher | None

    def transaction(self) -> AbstractContextManager[Connection]:  # provided by the store
        raise NotImplementedError

    def schema_version(self) -> int:  # provided by the store
        raise NotImplementedError

    @property
    def _hasher(self) -> MinHasher:
        if self._hasher_ is None:
            self._hasher_ = MinHasher(*self._minhash)
        return self._hasher_

    # writing -----------------------------------------------------------------
    def add_articles(self, batch: Sequence[Article | Quarantined]) -> AddCounts:
        """Store a batch in one transaction (see milwatch/store/writer.py for what happens to each record)."""
        with self.transaction() as conn:
            return BatchWriter(conn, self._hasher, self.near_dup_threshold, now_text()).write(batch)

    # reading -----------------------------------------------------------------
    def get_article(self, article_id: str) -> Article | None:
        row = self.conn.execute(_SELECT_ARTICLE + " WHERE id = ?", (article_id,)).fetchone()
        return article_from_row(row) if row is not None else None

    def count_articles(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def iter_articles(self, lang: str | None = None, ids: Iterable[str] | None = None,
                      limit: int | None = None) -> Iterator[Article]:
        """Articles in ingest order, read page by page (safe to write to the store meanwhile)."""
        if ids is not None:
            for article_id in ids:
                article = self.get_article(article_id)
                if article is not None:
                    yield article
            return
        last, given = 0, 0
        where = " AND lang = ?" if lang else ""
        while True:
            params: list[Any] = [last] + ([lang] if lang else [])
            rows = self.conn.execute(f"{_SELECT_ARTICLE_PK} WHERE pk > ?{where} ORDER BY pk LIMIT {PAGE}",
                                     params).fetchall()
            if not rows:
                return
            for row in rows:
                yield article_from_row(row)
                given += 1
                if limit is not None and given >= limit:
                    return
            last = rows[-1]["pk"]

    def iter_quarantine(self) -> Iterator[tuple[Quarantined, str]]:
        for row in self.conn.execute("SELECT origin_path, origin_line, origin_offset, reason, raw, raw_size, "
                                     "recorded_at FROM quarantine ORDER BY pk"):
            origin = Origin(row[0] or "", row[1], row[2])
            yield Quarantined(origin, row[3], bytes(row[4] or b""), row[5]), row[6]

    def duplicates_of(self, article_id: str) -> list[dict[str, Any]]:
        out = [{"kind": "exact", "article_id": r[0], "duplicate_of": r[1],
                "origin": Origin(r[2] or "", r[3], r[4]).describe()}
               for r in self.conn.execute(
                   "SELECT article_id, duplicate_of, origin_path, origin_line, origin_offset FROM duplicates "
                   "WHERE duplicate_of = ? OR article_id = ? ORDER BY pk", (article_id, article_id))]
        out += [{"kind": "near", "article_id": r[0], "similar_to": r[1], "similarity": r[2]}
                for r in self.conn.execute("SELECT article_id, similar_to, similarity FROM near_duplicates "
                                           "WHERE article_id = ? OR similar_to = ?",
                                           (article_id, article_id))]
        return out

    def stats(self) -> dict[str, Any]:
        def count(sql: str) -> int:
            return int(self.conn.execute(sql).fetchone()[0])

        def groups(sql: str) -> dict[str, int]:
            return {str(k if k is not None else "unknown"): int(n) for k, n in self.conn.execute(sql)}

        return {
            "database": self.location,
            "schema_version": self.schema_version(),
            "articles": count("SELECT COUNT(*) FROM articles"),
            "quarantined": count("SELECT COUNT(*) FROM quarantine"),
            "duplicates": count("SELECT COUNT(*) FROM duplicates"),
            "near_duplicates": count("SELECT COUNT(*) FROM near_duplicates"),
            "extracted": count("SELECT COUNT(*) FROM extractions"),
            "events": count("SELECT COUNT(*) FROM real_events"),  # real events; their reports:
            "reports": count("SELECT COUNT(*) FROM events"),
            "stories": count("SELECT COUNT(DISTINCT story_id) FROM stories"),
            "by_lang": groups("SELECT lang, COUNT(*) n FROM articles GROUP BY lang ORDER BY n DESC, lang"),
            "by_source": groups("SELECT source, COUNT(*) n FROM articles GROUP BY source "
                                "ORDER BY n DESC, source"),
            "by_month": groups("SELECT substr(published, 1, 7) AS m, COUNT(*) FROM articles "
                               "GROUP BY substr(published, 1, 7) ORDER BY substr(published, 1, 7) IS NULL, "
                               "substr(published, 1, 7)"),
        }


