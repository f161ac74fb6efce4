"""Real events: the reports of one real-world event as one record, kept up to date as extractions are saved.

A report is one `events` row (an article's statement of an event).  Every report is filed in
`report_keys` under the blocking keys of the event merge (`matching.events.ViewIndex.text_keys`:
kind x week of its date window, kind x place x officials), and belongs to exactly one row of
`real_events` through `real_event_mentions`.

When an article's events are saved (`save_extraction`, the writer path of `milwatch extract`,
`milwatch ingest` + extract and `POST /api/articles`), its real events are re-derived locally, in
the same transaction: the real events its previous reports belonged to and the ones its new
reports are blocked with are merged again with `resolve.merge_events` (the matching the stories
use), together with the new reports, and replaced by the result.  A new report thus joins an
existing real event or starts one, and a report that links two real events joins them; the cost
follows the size of those few real events, never the size of the store.

A real event's id is `ev:` + its smallest report key (`article#idx`), as `merge_events` names
canonical events: it depends only on the reports, not on the order they arrived in.

Bulk mode (`RealEventTables.bulk_real_events`, used by `milwatch predict` / `eval`): a run into a
store that holds no reports yet defers all of this and resolves once at the end, a batch of kinds
at a time (`resolve_all`: kinds never merge, so the tables are those of the saves one by one, with
bounded memory).  A marker in `state` is kept while reports wait, so a run that stops midway is
resolved by the next save or bulk run on that store (`resolve_pending`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from milwatch.matching.events import ViewIndex, anchored, make_view
from milwatch.matching.persons import PersonMatcher, country_code
from milwatch.model import CanonicalEvent, Mention, Person
from milwatch.resolve import merge_events
from milwatch.store.rollups import BULK_KEY, fill_counts
from milwatch.store.rows import dumps, event_from_row, person_from_row
from milwatch.store.sql import Connection

REAL_EVENTS_VERSION = 6  # the schema migration that adds the tables
MAX_VARIABLES = 900  # bound parameters per statement
BULK_REPORTS = 20_000  # reports merged at once when resolving a bulk run (whole kinds, so at least one kind)
PENDING_KEY = "real_events_pending"  # state key: reports saved in bulk mode wait for their real events
_MENTION_SELECT = ("SELECT e.*, a.lang AS a_lang, a.published AS a_published, a.source AS a_source "
                   "FROM events e JOIN articles a ON a.id = e.article_id")
_INSERT_REAL = ("INSERT INTO real_events (event_id, kind, type, countries, date, location, mode, doc_type, "
                "historical, persons, first_report, last_report, n_reports, n_articles, n_sources, articles, "
                "sources, languages, conflicts, confidence) VALUES (" + ", ".join("?" * 20) + ")")


def _chunks(values: Sequence[Any], size: int = MAX_VARIABLES) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _mentions(conn: Connection, where: str, params: Sequence[Any]) -> list[Mention]:
    """Reports (with their officials and their article's language, date and source) as merge mentions."""
    rows = conn.execute(f"{_MENTION_SELECT} WHERE {where}", params).fetchall()  # noqa: S608
    if not rows:
        return []
    keys = {(r["article_id"], r["idx"]) for r in rows}
    persons: dict[tuple[str, int], list[Person]] = {}
    for chunk in _chunks(sorted({k[0] for k in keys})):
        for row in conn.execute(f"SELECT * FROM event_persons WHERE article_id IN ({_marks(chunk)}) "  # noqa: S608
                                "ORDER BY article_id, idx, pidx", list(chunk)):
            key = (row["article_id"], row["idx"])
            if key in keys:
                persons.setdefault(key, []).append(person_from_row(row))
    return [Mention(article_id=r["article_id"],
                    event=event_from_row(r, persons.get((r["article_id"], r["idx"]), [])),
                    lang=r["a_lang"], published=r["a_published"], source=r["a_source"], index=r["idx"])
            for r in rows]


def _mentions_of_events(conn: Connection, event_ids: Sequence[str]) -> list[Mention]:
    out: list[Mention] = []
    for chunk in _chunks(list(event_ids)):
        out += _mentions(conn, "(e.article_id, e.idx) IN (SELECT article_id, idx FROM real_event_mentions "
                               f"WHERE event_id IN ({_marks(chunk)}))", list(chunk))
    return out


def _key_rows(mentions: Iterable[Mention]) -> tuple[list[tuple[str, int, str, int]], list[str], list[str]]:
    """Blocking-key rows of reports, and the keys they look up: every row / only undated rows."""
    index, matcher = ViewIndex(), PersonMatcher()
    rows: list[tuple[str, int, str, int]] = []
    any_rows: set[str] = set()
    undated_rows: set[str] = set()
    for m in mentions:
        view = make_view(m.key, m.article_id, m.event, m.published, matcher)
        times, officials = index.text_keys(view)
        undated = not anchored(view)
        rows += [(k, 0, m.article_id, m.index) for k in times]
        rows += [(k, int(undated), m.article_id, m.index) for k in officials]
        any_rows.update(times)
        (any_rows if undated else undated_rows).update(officials)
    return rows, sorted(any_rows), sorted(undated_rows - any_rows)


def _blocked_with(conn: Connection, any_keys: Sequence[str], undated_keys: Sequence[str]) -> set[str]:
    """Real events with a report filed under one of the keys (official keys: undated reports only)."""
    out: set[str] = set()
    for keys, extra in ((any_keys, ""), (undated_keys, " AND k.undated = 1")):
        for chunk in _chunks(list(keys)):
            out.update(r[0] for r in conn.execute(
                "SELECT DISTINCT rm.event_id FROM report_keys k JOIN real_event_mentions rm "
                f"ON rm.article_id = k.article_id AND rm.idx = k.idx WHERE k.key IN ({_marks(chunk)}){extra}",
                list(chunk)))
    return out


def real_event_row(c: CanonicalEvent) -> tuple[Any, ...]:
    """The `real_events` row of a canonical event."""
    published = sorted(m.published for m in c.mentions if m.published)
    return (
        c.id, "|".join([c.type, *c.countries]), c.type, dumps(c.countries), c.date, c.location, c.mode,
        c.doc_type, int(c.historical), dumps([asdict(p) for p in c.persons]),
        published[0] if published else None, published[-1] if published else None, len(c.mentions),
        len(c.article_ids), c.sources, dumps(c.article_ids),
        dumps(sorted({m.source for m in c.mentions if m.source})),
        dumps(sorted({m.lang or "und" for m in c.mentions})), dumps([x.to_dict() for x in c.conflicts]),
        c.confidence,
    )


def _insert(conn: Connection, canonical: Sequence[CanonicalEvent]) -> None:
    # reports first: a real event's insert trigger reads them (the latest dates of its reports, for the kept
    # counts)
    conn.executemany("INSERT INTO real_event_mentions VALUES (?, ?, ?)",
                     [(m.article_id, m.index, c.id) for c in canonical for m in c.mentions])
    conn.executemany(_INSERT_REAL, [real_event_row(c) for c in canonical])
    conn.executemany('INSERT OR REPLACE INTO conflicts (event_key, field, person, "values") '
                     'VALUES (?, ?, ?, ?)',
                     [(c.id, x.field, x.person or "", dumps(x.to_dict()["values"]))
                      for c in canonical for x in c.conflicts])


def _delete(conn: Connection, event_ids: Sequence[str]) -> None:
    for chunk in _chunks(list(event_ids)):
        marks = _marks(chunk)
        conn.execute(f"DELETE FROM real_event_mentions WHERE event_id IN ({marks})", list(chunk))  # noqa: S608
        conn.execute(f"DELETE FROM real_events WHERE event_id IN ({marks})", list(chunk))  # noqa: S608
        conn.execute(f"DELETE FROM conflicts WHERE event_key IN ({marks})", list(chunk))  # noqa: S608


def _kind_batches(conn: Connection, size: int) -> Iterator[list[tuple[str, int]]]:
    """Report keys (article id, idx) of every report, whole `merge_events` kinds together, ~`size` per
    batch."""
    by_kind: dict[tuple[str, tuple[str, ...]], list[tuple[str, int]]] = {}
    for r in conn.execute("SELECT article_id, idx, type, countries FROM events ORDER BY article_id, idx"):
        kind = (r["type"], tuple(sorted({country_code(c) for c in json.loads(r["countries"])})))
        by_kind.setdefault(kind, []).append((r["article_id"], r["idx"]))
    batch: list[tuple[str, int]] = []
    for kind in sorted(by_kind):
        batch += by_kind.pop(kind)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _mentions_of_keys(conn: Connection, keys: Sequence[tuple[str, int]]) -> list[Mention]:
    """The reports of `keys`, looked up by their own keys (a kind's reports are spread over many articles:
    reading every report of those articles made each batch read most of the store, so resolving a store
    cost batches x store)."""
    out: list[Mention] = []
    for chunk in _chunks(sorted(set(keys)), MAX_VARIABLES // 3):
        articles = sorted({article for article, _idx in chunk})
        values = ", ".join("(?, ?)" for _ in chunk)
        # the article ids let SQLite search the events' primary key (a row-value IN alone scans the table)
        where = f"e.article_id IN ({_marks(articles)}) AND (e.article_id, e.idx) IN (VALUES {values})"
        out += _mentions(conn, where, [*articles, *(value for key in chunk for value in key)])
    return out


@contextmanager
def _counted_at_the_end(conn: Connection) -> Iterator[None]:
    """Real events inserted inside are added to the kept counts at the end, set-based (`rollups.fill_counts`)
    instead of one by one by the insert trigger, when `real_events` is empty at the start (a fresh or fully
    re-resolved store: every row there at the end is one to count); else the trigger counts them."""
    if conn.execute("SELECT 1 FROM real_events LIMIT 1").fetchone() is not None:
        yield
        return
    conn.execute("INSERT OR REPLACE INTO state VALUES (?, ?, ?)",
                 (BULK_KEY, "true", datetime.now(UTC).isoformat(timespec="seconds")))
    yield
    fill_counts(conn)
    conn.execute("DELETE FROM state WHERE key = ?", (BULK_KEY,))


def resolve_all(conn: Connection, batch: int = BULK_REPORTS) -> int:
    """Every real event derived from every stored report, into empty real-event tables, whole kinds of
    reports at a time (memory follows the batch, not the store); inside the caller's transaction.
    The rows are those `update_real_events` leaves after the same reports were saved one by one (the kept
    counts filled set-based at the end)."""
    written = 0
    with _counted_at_the_end(conn):
        for keys in _kind_batches(conn, batch):
            mentions = _mentions_of_keys(conn, keys)
            canonical = merge_events(mentions) if mentions else []
            _insert(conn, canonical)
            conn.executemany("INSERT OR IGNORE INTO report_keys VALUES (?, ?, ?, ?)", _key_rows(mentions)[0])
            written += len(canonical)
    conn.execute("DELETE FROM state WHERE key = ?", (PENDING_KEY,))
    return written


def _clear(conn: Connection) -> None:
    for table in ("real_event_mentions", "real_events", "report_keys", "conflicts"):
        conn.execute(f"DELETE FROM {table}")  # noqa: S608


def resolve_pending(conn: Connection) -> bool:
    """Resolve the real events of a bulk run that stopped before its end (all of them again); whether
    there was one.  Inside the caller's transaction."""
    if conn.execute("SELECT 1 FROM state WHERE key = ?", (PENDING_KEY,)).fetchone() is None:
        return False
    _clear(conn)
    resolve_all(conn)
    return True


def update_real_events(conn: Connection, article_id: str) -> int:
    """Re-derive the real events of one article's (just saved) reports; inside the caller's transaction.

    Returns the number of real events written (the article's and the ones merged again with them).
    """
    old = [r[0] for r in conn.execute(
        "SELECT DISTINCT event_id FROM real_event_mentions WHERE article_id = ?", (article_id,))]
    conn.execute("DELETE FROM real_event_mentions WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM report_keys WHERE article_id = ?", (article_id,))
    new = _mentions(conn, "e.article_id = ?", (article_id,))
    key_rows, any_keys, undated_keys = _key_rows(new)
    affected = sorted(set(old) | _blocked_with(conn, any_keys, undated_keys))
    mentions = _mentions_of_events(conn, affected) + new
    _delete(conn, affected)
    canonical = merge_events(mentions) if mentions else []
    _insert(conn, canonical)
    conn.executemany("INSERT OR IGNORE INTO report_keys VALUES (?, ?, ?, ?)", key_rows)
    return len(canonical)


class RealEventTables:
    """The store's real events (a mixin of `SQLiteStore`: its connection and transactions)."""

    conn: Connection
    _real_events_deferred: bool = False  # set on the instance by `bulk_real_events`
    _real_events_checked: bool = False   # a stopped bulk run looked for (once per store object)

    def transaction(self) -> AbstractContextManager[Connection]:  # provided by the store
        raise NotImplementedError

    def _update_real_events(self, conn: Connection, article_id: str) -> None:
        """What a save does for real events: nothing while deferred, else the incremental update."""
        if self._real_events_deferred:
            return
        if not self._real_events_checked:
            resolve_pending(conn)
            self._real_events_checked = True
        update_real_events(conn, article_id)

    @contextmanager
    def bulk_real_events(self) -> Iterator[bool]:
        """Defer the real events of the saves inside to one resolution at the end, when the store
        holds no report yet (a fresh store, `milwatch predict`'s); otherwise saves stay incremental.
        Yields whether the saves are deferred.  The result is the same tables either way."""
        with self.transaction() as conn:
            resolve_pending(conn)
            self._real_events_checked = True
            fresh = (conn.execute("SELECT 1 FROM events LIMIT 1").fetchone() is None
                     and conn.execute("SELECT 1 FROM real_event_mentions LIMIT 1").fetchone() is None)
            if fresh:
                conn.execute("INSERT OR REPLACE INTO state VALUES (?, ?, ?)",
                             (PENDING_KEY, "true", datetime.now(UTC).isoformat(timespec="seconds")))
        if not fresh:
            yield False
            return
        self._real_events_deferred = True
        try:
            yield True
        finally:
            self._real_events_deferred = False
            with self.transaction() as conn:
                _clear(conn)  # empty unless something wrote real events meanwhile (rebuilt from the reports)
                resolve_all(conn)

    def rebuild_real_events(self) -> int:
        """Every real event derived again from every stored report (one transaction); returns their number.

        Needed only for a database extracted before real events were stored: `save_extraction` keeps
        them up to date from then on.
        """
        with self.transaction() as conn:
            _clear(conn)
            mentions = _mentions(conn, "1 = 1", ())
            canonical = merge_events(mentions) if mentions else []
            with _counted_at_the_end(conn):
                _insert(conn, canonical)
            conn.executemany("INSERT OR IGNORE INTO report_keys VALUES (?, ?, ?, ?)", _key_rows(mentions)[0])
            conn.execute("DELETE FROM state WHERE key = ?", (PENDING_KEY,))
        return len(canonical)

    def count_real_events(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM real_events").fetchone()[0])

    def real_event_of(self, article_id: str, idx: int) -> str | None:
        """The id of the real event a report (article id, event index) belongs to."""
        row = self.conn.execute("SELECT event_id FROM real_event_mentions WHERE article_id = ? AND idx = ?",
                                (article_id, idx)).fetchone()
        return row[0] if row else None

    def real_event_reports(self, event_id: str) -> list[str]:
        """The report ids (`article#idx`) of a real event, in article order."""
        return [f"{a}#{i}" for a, i in self.conn.execute(
            "SELECT article_id, idx FROM real_event_mentions WHERE event_id = ? ORDER BY article_id, idx",
            (event_id,))]
