"""The store interface: what the rest of milwatch may ask of a database.

Stages never see a store; the pipeline, the CLI, the exporters and the web layer
talk to one through this Protocol and open one with `open_store(path or URL)`:
`SQLiteStore` (a file) or `PostgresStore` (a postgresql:// URL).  Only the modules of
`milwatch.store` write SQL or use `conn` (tests/store/test_honest.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from milwatch.model import Article, CanonicalPerson, Conflict, Extraction, Quarantined
from milwatch.store.sql import Connection


@dataclass(slots=True)
class AddCounts:
    """What one `add_articles` call did."""

    stored: int = 0  # new articles
    unchanged: int = 0  # already stored from the same place (re-ingest)
    duplicates: int = 0  # exact duplicates of a stored article, recorded as such
    near_duplicates: int = 0  # new articles linked to a similar stored one
    quarantined: int = 0  # new quarantine rows (bad records, id clashes)
    id_clashes: int = 0  # articles whose id is already stored with another text (quarantined)

    def __iadd__(self, other: AddCounts) -> AddCounts:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self


@runtime_checkable
class Store(Protocol):
    """A milwatch database.  Every write method is one transaction."""

    location: str
    dialect: str  # "sqlite" or "postgresql"

    @property
    def conn(self) -> Connection:
        """For the SQL modules of milwatch.store only (tests/store/test_honest.py)."""
        ...

    def close(self) -> None: ...

    def transaction(self) -> AbstractContextManager[Connection]:
        """One transaction (for the SQL modules of milwatch.store): committed at the end, rolled back on
        error."""
        ...

    def read_only(self) -> None:
        """Refuse every write from now on (the API's read connections)."""
        ...

    def time_limit(self, seconds: float) -> AbstractContextManager[None]:
        """Stop the queries run inside after `seconds` with a StoreError (a request's time budget)."""
        ...

    # articles -------------------------------------------------------------
    def add_articles(self, batch: Sequence[Article | Quarantined]) -> AddCounts:
        """Store a batch in one transaction: new articles, duplicates, near-duplicates, quarantine."""
        ...

    def get_article(self, article_id: str) -> Article | None: ...

    def iter_articles(self, lang: str | None = None, ids: Iterable[str] | None = None,
                      limit: int | None = None) -> Iterator[Article]: ...

    def count_articles(self) -> int: ...

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        """Full-text search over title and clean text: [(article id, snippet)]."""
        ...

    def stats(self) -> dict[str, Any]: ...

    def iter_quarantine(self) -> Iterator[tuple[Quarantined, str]]:
        """Quarantined records with their recording time."""
        ...

    def duplicates_of(self, article_id: str) -> list[dict[str, Any]]:
        """Exact and near duplicates recorded for an article (either side)."""
        ...

    # extraction, stories, registry -----------------------------------------
    def save_extraction(self, article_id: str, extraction: Extraction) -> None:
        """Replace the events of one article (idempotent)."""
        ...

    def get_extraction(self, article_id: str) -> Extraction | None: ...

    def iter_extractions(self, ids: Iterable[str] | None = None) -> Iterator[Extraction]: ...

    def set_stories(self, mapping: Mapping[str, str], replace: bool = False) -> None:
        """article id -> story id; `replace` forgets every story not in `mapping` first."""
        ...

    def get_stories(self) -> dict[str, str]:
        """article id -> story id."""
        ...

    def save_persons(self, persons: Iterable[CanonicalPerson], replace: bool = False) -> None: ...

    def iter_persons(self) -> Iterator[CanonicalPerson]: ...

    def get_state(self, key: str) -> Any:
        """A JSON value the later stages keep between runs (None when never saved)."""
        ...

    def set_state(self, key: str, value: Any) -> None: ...

    def link_persons(self, links: Mapping[tuple[str, int, int], str]) -> None:
        """(article id, event idx, person idx) -> registry person id, on stored event persons."""
        ...

    def save_conflicts(self, conflicts: Iterable[tuple[str, Conflict]], replace: bool = False) -> None:
        """(canonical event id, conflict) pairs."""
        ...

    def iter_conflicts(self) -> Iterator[tuple[str, Conflict]]: ...

    # real events (kept up to date by save_extraction) -------------------------
    def count_real_events(self) -> int: ...

    def rebuild_real_events(self) -> int:
        """Every real event derived again from every stored report; returns their number."""
        ...

    def real_event_of(self, article_id: str, idx: int) -> str | None:
        """The id of the real event a report belongs to."""
        ...

    def real_event_reports(self, event_id: str) -> list[str]:
        """The report ids (`article#idx`) of a real event."""
        ...


def store_url(location: str | Any) -> str | None:
    """The PostgreSQL URL `location` names, else None (a file).  A URL that went through `pathlib.Path`
    (`postgresql:/user@host/db`: a CLI path option folds `//`) is read as the URL it was."""
    text = str(location)
    match = re.match(r"^(postgres(?:ql)?):/*", text)
    if match is None:
        return None
    return f"postgresql://{text[match.end():]}"


def open_store(location: str | Any, create: bool = True, near_dup_threshold: float = 0.8,
               minhash_perm: int = 128, minhash_bands: int = 16) -> Store:
    """Open the store at `location`: a file path, `sqlite:///path`, or `postgresql://user@host/db`
    (psycopg)."""
    url = store_url(location)
    if url is not None:
        from milwatch.store.postgres import PostgresStore

        return PostgresStore(url, create=create, near_dup_threshold=near_dup_threshold,
                             minhash_perm=minhash_perm, minhash_bands=minhash_bands)
    from milwatch.store.sqlite import SQLiteStore

    text = str(location)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///"):]
    elif "://" in text:
        from milwatch.errors import StoreError

        raise StoreError(f"unsupported store location {text!r}; use a file path, sqlite:///path "
                         "or postgresql://user@host/database")
    return SQLiteStore(text, create=create, near_dup_threshold=near_dup_threshold,
                       minhash_perm=minhash_perm, minhash_bands=minhash_bands)
