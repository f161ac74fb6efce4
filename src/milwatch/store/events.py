"""Tables of the later stages: extractions and events, stories, the persons registry, conflicts.

A mixin of `SQLiteStore` (it uses the store's connection and transactions).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from milwatch.model import CanonicalPerson, Conflict, Extraction, Person
from milwatch.store.real_events import RealEventTables
from milwatch.store.rows import (
    EVENT_COLUMNS,
    PERSON_COLUMNS,
    dumps,
    event_from_row,
    event_rows,
    person_from_row,
)
from milwatch.store.sql import Connection

_PAGE = 500
_INSERT_EVENT = (f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) "
                 f"VALUES ({', '.join('?' * len(EVENT_COLUMNS))})")
_INSERT_PERSON = (f"INSERT INTO event_persons ({', '.join(PERSON_COLUMNS)}) "
                  f"VALUES ({', '.join('?' * len(PERSON_COLUMNS))})")


class ExtractionTables(RealEventTables):
    """Extraction results and everything built on them."""

    conn: Connection

    def transaction(self) -> AbstractContextManager[Connection]:  # provided by the store
        raise NotImplementedError

    # extractions ----------------------------------------------------------
    def save_extraction(self, article_id: str, extraction: Extraction) -> None:
        """Replace the events of one article (and its story when the extraction has one), and bring the
        real events of its reports up to date (store/real_events.py), in one transaction."""
        rows, persons = event_rows(article_id, extraction.events)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.transaction() as conn:
            conn.execute("DELETE FROM event_persons WHERE article_id = ?", (article_id,))
            conn.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
            conn.executemany(_INSERT_EVENT, rows)
            conn.executemany(_INSERT_PERSON, persons)
            conn.execute("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, ?)",
                         (article_id, int(extraction.relevant), len(rows), now))
            if extraction.story:
                conn.execute("INSERT OR REPLACE INTO stories VALUES (?, ?)", (article_id, extraction.story))
            self._update_real_events(conn, article_id)  # deferred inside `bulk_real_events`

    def _extractions_for(self, ids: list[str]) -> list[Extraction]:
        marks = ", ".join("?" * len(ids))
        persons: dict[tuple[str, int], list[Person]] = {}
        for row in self.conn.execute(f"SELECT * FROM event_persons WHERE article_id IN ({marks}) "  # noqa: S608
                                     "ORDER BY article_id, idx, pidx", ids):
            persons.setdefault((row["article_id"], row["idx"]), []).append(person_from_row(row))
        stories = dict(self.conn.execute(f"SELECT article_id, story_id FROM stories "  # noqa: S608
                                         f"WHERE article_id IN ({marks})", ids).fetchall())
        out = {i: Extraction(article_id=i, story=stories.get(i)) for i in ids}
        for row in self.conn.execute(f"SELECT * FROM events WHERE article_id IN ({marks}) "  # noqa: S608
                                     "ORDER BY article_id, idx", ids):
            key = (row["article_id"], row["idx"])
            out[row["article_id"]].events.append(event_from_row(row, persons.get(key, [])))
        return [out[i] for i in ids]

    def get_extraction(self, article_id: str) -> Extraction | None:
        found = self.conn.execute("SELECT 1 FROM extractions WHERE article_id = ?", (article_id,)).fetchone()
        if found is None:
            return None
        return self._extractions_for([article_id])[0]

    def iter_extractions(self, ids: Iterable[str] | None = None) -> Iterator[Extraction]:
        """Saved extractions (with their story), in the order they were saved, page by page."""
        if ids is not None:  # in the order given, a page of ids per query (ids never extracted are left out)
            wanted = iter(ids)
            while page := list(itertools.islice(wanted, _PAGE)):
                marks = ", ".join("?" * len(page))
                found = {r[0] for r in self.conn.execute(
                    f"SELECT article_id FROM extractions WHERE article_id IN ({marks})", page)}  # noqa: S608
                unique = list(dict.fromkeys(i for i in page if i in found))
                by_id = {x.article_id: x for x in self._extractions_for(unique)} if unique else {}
                yield from (by_id[i] for i in page if i in by_id)
            return
        last = 0
        while True:
            rows = self.conn.execute("SELECT rowid, article_id FROM extractions WHERE rowid > ? "
                                     "ORDER BY rowid LIMIT ?", (last, _PAGE)).fetchall()
            if not rows:
                return
            yield from self._extractions_for([r[1] for r in rows])
            last = rows[-1][0]

    # stories ----------------------------------------------------------------
    def set_stories(self, mapping: Mapping[str, str], replace: bool = False) -> None:
        with self.transaction() as conn:
            if replace:
                conn.execute("DELETE FROM stories")
            conn.executemany("INSERT OR REPLACE INTO stories VALUES (?, ?)", list(mapping.items()))

    def get_stories(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT article_id, story_id FROM stories").fetchall())

    # persons registry -------------------------------------------------------
    def save_persons(self, persons: Iterable[CanonicalPerson], replace: bool = False) -> None:
        rows = [(p.id, p.name, p.country, dumps(p.aliases), dumps([asdict(r) for r in p.roles]), p.first_seen,
                 p.last_seen, dumps(p.to_dict())) for p in persons]
        with self.transaction() as conn:
            if replace:
                conn.execute("DELETE FROM persons")
            conn.executemany("INSERT OR REPLACE INTO persons VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def get_state(self, key: str) -> Any:
        """A JSON value the later stages keep between runs (None when never saved)."""
        row = self.conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def set_state(self, key: str, value: Any) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO state VALUES (?, ?, ?)", (key, dumps(value), now))

    def iter_persons(self) -> Iterator[CanonicalPerson]:
        for row in self.conn.execute("SELECT data FROM persons ORDER BY person_id"):
            yield CanonicalPerson.from_dict(json.loads(row[0]))

    def link_persons(self, links: Mapping[tuple[str, int, int], str]) -> None:
        """(article id, event idx, person idx) -> registry person_id."""
        with self.transaction() as conn:
            conn.executemany("UPDATE event_persons SET person_id = ? "
                             "WHERE article_id = ? AND idx = ? AND pidx = ?",
                             [(pid, a, i, p) for (a, i, p), pid in links.items()])

    # conflicts --------------------------------------------------------------
    def save_conflicts(self, conflicts: Iterable[tuple[str, Conflict]], replace: bool = False) -> None:
        """(canonical event id, conflict) pairs."""
        rows: list[tuple[Any, ...]] = [(key, c.field, c.person or "", dumps(c.to_dict()["values"]))
                                       for key, c in conflicts]
        with self.transaction() as conn:
            if replace:
                conn.execute("DELETE FROM conflicts")
            conn.executemany('INSERT OR REPLACE INTO conflicts (event_key, field, person, "values") '
                             "VALUES (?, ?, ?, ?)", rows)

    def iter_conflicts(self) -> Iterator[tuple[str, Conflict]]:
        for row in self.conn.execute('SELECT event_key, field, person, "values" FROM conflicts '
                                     "ORDER BY event_key, field, person"):
            data = {"field": row[1], "person": row[2] or None, "values": json.loads(row[3])}
            yield row[0], Conflict.from_dict(data)
