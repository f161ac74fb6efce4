"""The world model over everything stored: one canonical official per real person.  The real
events (one per real-world event, every report kept) and the conflicts between their sources are
kept by the store as each extraction is saved (store/real_events.py).

    summary = build_world(store)                 # after extract + stories (pipeline.extract_stored)
    edit_officials(store, "merge", "p:a", "p:b")  # user decisions, replayed on every rebuild

The registry is rebuilt from the stored extractions on every run (in article-id order, so
ids and names do not depend on ingest order); the user's merges and splits are kept as an
edit log in the store's state and replayed after the mentions are observed.  Known
officials come from an optional TOML/CSV file (see data/officials.example.toml).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from milwatch.errors import MilwatchError
from milwatch.extract._registry import OfficialsIndex
from milwatch.model import Event, Person
from milwatch.resolve import OfficialsRegistry, UnknownPersonError
from milwatch.store import Store

EDITS_KEY = "officials_edits"
FILES_KEY = "officials_files"
EDIT_KINDS = ("merge", "split")


@dataclass(slots=True)
class WorldSummary:
    persons: int = 0
    canonical_events: int = 0
    mentions: int = 0
    conflicts: int = 0
    edits_applied: int = 0


def _source(url: str | None) -> str | None:
    host = urlparse(url).netloc if url else ""
    return host.removeprefix("www.") or None


def officials_files(store: Store, known: Path | Sequence[Path] | None = None) -> list[Path]:
    """The user's officials files: those given now (remembered in the store for the next rebuild,
    e.g. after `milwatch person merge`), else those the last extract was given."""
    if known is None:
        return [Path(p) for p in store.get_state(FILES_KEY) or []]
    files = [Path(known)] if isinstance(known, (str, Path)) else [Path(p) for p in known]
    if [str(p) for p in files] != (store.get_state(FILES_KEY) or []):
        store.set_state(FILES_KEY, [str(p) for p in files])
    return files


Meta = dict[str, tuple[Any, Any, Any]]  # article id -> (lang, published, source)
LINK_BATCH = 20_000  # person links written per store call while the mentions stream by


def event_mentions(store: Store, meta: Meta) -> Iterator[tuple[Any, ...]]:
    """(article id, lang, published, event, source) of every stored event, in article-id order,
    read page by page (nothing of it is kept)."""
    for extraction in store.iter_extractions(ids=sorted(meta)):
        lang, published, source = meta.get(extraction.article_id, (None, None, None))
        for event in extraction.events:
            yield extraction.article_id, lang, published, event, source


def observe_registry(store: Store,
                     known: Path | Sequence[Path] | None = None) -> tuple[OfficialsRegistry, Meta]:
    """The officials registry of every stored event (edits replayed), and the articles' metadata;
    the events stream through once and are not kept (memory does not grow with the events)."""
    files = officials_files(store, known)
    registry = OfficialsRegistry(seed=OfficialsIndex.seed(files))
    for path in files:
        registry.load_known(path)
    meta: Meta = {a.id: (a.lang, a.published, _source(a.source_url)) for a in store.iter_articles()}
    for article_id, lang, published, event, _host in event_mentions(store, meta):
        registry.observe_event(event, article_id=article_id, published=published, lang=lang)
    for edit in store.get_state(EDITS_KEY) or []:
        try:
            _apply(registry, edit)
        except (UnknownPersonError, MilwatchError):
            continue  # the officials an old edit named are gone from the store
    return registry, meta


def build_registry(store: Store, known: Path | Sequence[Path] | None = None
                   ) -> tuple[OfficialsRegistry, list[tuple[Any, ...]]]:
    """The officials registry of every stored event (edits replayed) and the event mentions.

    Known officials are the shipped seed registry plus the user's files (`officials_files`):
    a mention that matches one takes its English name, country and tenures; the user's own
    entries are kept even when no article names them."""
    registry, meta = observe_registry(store, known)
    return registry, list(event_mentions(store, meta))


def build_world(store: Store, known: Path | Sequence[Path] | None = None) -> WorldSummary:
    """Rebuild the officials from the stored extractions and link their mentions; the real events and
    their conflicts are the store's, kept up to date as each extraction is saved (store/real_events.py).
    The stored events are read twice (observe, then link and fill countries), page by page, not held."""
    registry, meta = observe_registry(store, known)
    links: dict[tuple[str, int, int], str] = {}
    mentions = 0

    def observed() -> Iterator[tuple[Event, list[tuple[Person, str | None]]]]:
        nonlocal links, mentions
        current, idx = None, 0
        for article_id, lang, published, event, _host in event_mentions(store, meta):
            mentions += 1
            idx = idx + 1 if article_id == current else 0
            current = article_id
            seen = registry.observed_event(event, published=published, lang=lang)
            for pidx, (_person, pid) in enumerate(seen):
                if pid is not None:
                    links[(article_id, idx, pidx)] = pid
            if len(links) >= LINK_BATCH:
                store.link_persons(links)
                links = {}
            yield event, seen

    registry.fill_countries(observed())  # the event's sides, once every official has its canonical country
    store.save_persons(registry.persons(), replace=True)
    store.link_persons(links)
    return WorldSummary(persons=len(registry), canonical_events=store.count_real_events(), mentions=mentions,
                        conflicts=sum(1 for _ in store.iter_conflicts()),
                        edits_applied=len(store.get_state(EDITS_KEY) or []))


def _person_id(registry: OfficialsRegistry, ref: str) -> str:
    """A registry id from an id or a name the user typed."""
    if ref in registry:
        return registry.canonical_id(ref)
    found = registry.find(ref)
    if not found:
        raise UnknownPersonError(f"no official {ref!r} (give an id from `milwatch person NAME`, or a name)")
    return found[0][0]


def _apply(registry: OfficialsRegistry, edit: dict[str, str]) -> str:
    if edit["kind"] == "merge":
        return registry.merge(_person_id(registry, edit["a"]), _person_id(registry, edit["b"]))
    return registry.split(_person_id(registry, edit["a"]), edit["b"])


def edit_officials(store: Store, kind: str, a: str, b: str) -> str:
    """Merge official `b` into `a`, or split alias `b` off official `a`; recorded and applied now.

    Returns the id of the surviving (merge) or new (split) official.
    """
    if kind not in EDIT_KINDS:
        raise MilwatchError(f"unknown edit {kind!r}; expected one of {EDIT_KINDS}")
    registry, _meta = observe_registry(store)
    edit = {"kind": kind, "a": a, "b": b}
    result = _apply(registry, edit)
    edit["a"] = registry.get(registry.canonical_id(_person_id(registry, a) if kind == "split"
                                                   else result)).name
    store.set_state(EDITS_KEY, [*(store.get_state(EDITS_KEY) or []), edit])
    build_world(store)
    return result
