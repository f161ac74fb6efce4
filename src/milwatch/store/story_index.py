"""The story index kept in the store, so new articles are filed without rebuilding every story.

Each filed article has a row in `story_entries` (its entry: the comparable views of its main and
key events, and the smallest article id of its strong component), its filing keys in `story_keys`
(`cluster._links.StoryBlocks.story_keys`) and its weak links in `story_weak`; `stories` holds the
story id of every article, and the `state` row `story_index` the version of the index.

Filing new articles (`file_stories`, after `milwatch extract`, ingest + extract, `POST
/api/articles` and `milwatch watch` saved their extractions) loads only their neighbourhood: the
articles under their look-up keys with their whole components, and, from those components and from
every floating component reached so, their weak links and the components at the other end
(`cluster.stories.StoryRows`).  The new articles are filed into that part of the index in memory
and the rows that changed are written back, in one transaction (so two writers never file against
a stale neighbourhood, and a crash leaves the index as it was: the articles are filed by the next
run).  The stories are those a rebuild over every article gives: the partition and the ids depend
only on the set of articles (`cluster/stories.py`), and the neighbourhood holds everything filing
them reads.  A missing or outdated index is rebuilt whole (`replace_story_index`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

from milwatch.cluster.stories import STATE_VERSION, STRONG_LINK_SCORE, StoryIndex, StoryRows
from milwatch.model import Event
from milwatch.store.rows import dumps
from milwatch.store.sql import Connection

STORY_INDEX_KEY = "story_index"  # the `state` row with the version of the stored index
MAX_VARIABLES = 900
Item = tuple[str, str | None, Sequence[Event]]  # article id, publication day, events


def _chunks(values: Iterable[Any], size: int = MAX_VARIABLES) -> Iterator[list[Any]]:
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _select_in(conn: Connection, sql: str, values: Iterable[Any]) -> Iterator[Any]:
    """Rows of `sql` whose single `{}` is an IN list of `values` (chunked)."""
    for chunk in _chunks(sorted(set(values))):
        yield from conn.execute(sql.format(_marks(chunk)), chunk)


def index_meta(strong_link: float = STRONG_LINK_SCORE) -> dict[str, Any]:
    """What the stored index must match to be filed into (else it is rebuilt)."""
    return {"version": STATE_VERSION, "strong_link": strong_link}


def neighbourhood(conn: Connection, keys: Iterable[str]) -> dict[str, Any]:
    """The part of the stored index that articles with these look-up keys can reach (see the module)."""
    seeds = {r[0] for r in _select_in(conn, "SELECT DISTINCT article_id FROM story_keys WHERE key IN ({})",
                                      keys)}
    rows: dict[str, tuple[str, int, str]] = {}  # article -> component, dated, entry
    members: dict[str, list[str]] = {}

    def components_of(articles: Iterable[str]) -> set[str]:
        return {r[0] for r in _select_in(conn, "SELECT DISTINCT component FROM story_entries "
                                               "WHERE article_id IN ({})", articles)}

    def load(components: Iterable[str]) -> None:
        for aid, component, dated, entry in _select_in(
                conn, "SELECT article_id, component, dated, entry FROM story_entries WHERE component IN ({})",
                components):
            rows[aid] = (component, dated, entry)
            members.setdefault(component, []).append(aid)

    expand = components_of(seeds)
    load(expand)
    expanded: set[str] = set()
    weak: dict[tuple[str, str], int] = {}
    while expand:
        expanded |= expand
        links = list(_select_in(conn, "SELECT a, b, weight FROM story_weak WHERE a IN ({})",
                                (m for c in expand for m in members[c])))
        load(components_of({b for _a, b, _w in links if b not in rows}) - members.keys())
        expand = set()
        for a, b, w in links:
            weak[(min(a, b), max(a, b))] = int(w)
            component = rows[b][0]
            if component not in expanded and not any(rows[m][1] for m in members[component]):
                expand.add(component)  # a floating component: its weak links can move it
    return index_meta() | {
        "articles": [json.loads(rows[aid][2]) for aid in sorted(rows)],
        "components": [sorted(m) for m in members.values() if len(m) > 1],
        "weak": [[a, b, w] for (a, b), w in sorted(weak.items())],
    }


def write_rows(conn: Connection, rows: StoryRows, meta: dict[str, Any], replace: bool = False) -> None:
    """Write what an index filed (`StoryIndex.pop_rows`); `replace` forgets the stored index first."""
    if replace:
        for table in ("story_entries", "story_keys", "story_weak", "stories"):
            conn.execute(f"DELETE FROM {table}")  # noqa: S608
    new = {aid for aid, *_ in rows.articles}
    conn.executemany("INSERT OR REPLACE INTO story_entries VALUES (?, ?, ?, ?)",
                     [(aid, rows.components.get(aid, aid), int(dated), dumps(entry))
                      for aid, dated, entry, _keys in rows.articles])
    conn.executemany("INSERT OR IGNORE INTO story_keys VALUES (?, ?)",
                     [(key, aid) for aid, _dated, _entry, keys in rows.articles for key in keys])
    conn.executemany("UPDATE story_entries SET component = ? WHERE article_id = ? AND component != ?",
                     [(c, aid, c) for aid, c in rows.components.items() if aid not in new])
    conn.executemany("INSERT OR REPLACE INTO story_weak VALUES (?, ?, ?)",
                     [link for a, b, w in rows.weak for link in ((a, b, w), (b, a, w))])
    conn.executemany("INSERT OR REPLACE INTO stories VALUES (?, ?)", list(rows.stories.items()))
    conn.execute("INSERT OR REPLACE INTO state VALUES (?, ?, ?)",
                 (STORY_INDEX_KEY, dumps(meta), datetime.now(UTC).isoformat(timespec="seconds")))


class StoryIndexTables:
    """The store's story index (a mixin of `SQLiteStore`: its connection and transactions)."""

    conn: Connection

    def transaction(self) -> AbstractContextManager[Connection]:  # provided by the store
        raise NotImplementedError

    def story_index_ready(self) -> bool:
        """Whether a story index of this version is stored (else `replace_story_index` first)."""
        row = self.conn.execute("SELECT value FROM state WHERE key = ?", (STORY_INDEX_KEY,)).fetchone()
        return row is not None and json.loads(row[0]) == index_meta()

    def unfiled_story_articles(self) -> list[str]:
        """Extracted articles not yet in the story index, in the order they were extracted."""
        return [r[0] for r in self.conn.execute(
            "SELECT x.article_id FROM extractions x LEFT JOIN story_entries s ON s.article_id = x.article_id "
            "WHERE s.article_id IS NULL ORDER BY x.rowid")]

    def filed_story_articles(self, ids: Iterable[str]) -> set[str]:
        """Those of `ids` already in the story index."""
        return {r[0] for r in _select_in(self.conn,
                                         "SELECT article_id FROM story_entries WHERE article_id IN ({})",
                                         ids)}

    def file_stories(self, items: Iterable[Item]) -> dict[str, str]:
        """File new articles into the stored index (one transaction); returns {article: story id} of
        every article filed or moved.  Articles already filed are left as they are."""
        with self.transaction() as conn:
            index = StoryIndex()
            entries = [index.entry(aid, events, published) for aid, published, events in items]
            filed = {r[0] for r in _select_in(conn, "SELECT article_id FROM story_entries "
                                                    "WHERE article_id IN ({})",
                                              (e.article_id for e in entries))}
            entries = [e for e in entries if e.article_id not in filed]
            if not entries:
                return {}
            index.load(neighbourhood(conn, {k for e in entries for k in index.lookup_keys(e)}))
            for entry in entries:
                index.add_entry(entry)
            rows = index.pop_rows()
            write_rows(conn, rows, index_meta(index.strong_link))
        return rows.stories

    def replace_story_index(self, index: StoryIndex) -> dict[str, str]:
        """Store a whole index (built over every extracted article) in place of the stored one and
        of every stored story; returns {article: story id}."""
        rows = index.pop_rows()
        rows.stories = index.assignments()
        with self.transaction() as conn:
            write_rows(conn, rows, index_meta(index.strong_link), replace=True)
        return rows.stories

    def count_stories(self) -> int:
        return int(self.conn.execute("SELECT COUNT(DISTINCT story_id) FROM stories").fetchone()[0])
