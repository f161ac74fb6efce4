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

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from milwatch.errors import MilwatchError
from milwatch.extract._registry import OfficialsIndex
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


def build_registry(store: Store, known: Path | Sequence[Path] | None = None
                   ) -> tuple[OfficialsRegistry, list[tuple[Any, ...]]]:
    """The officials registry of every stored event (edits replayed) and the event mentions.

    Known officials are the shipped seed registry plus the user's files (`officials_files`):
    a mention that matches one takes its English name, country and tenures; the user's own
    entries are kept even when no article names them."""
    files = officials_files(store, known)
    registry = OfficialsRegistry(seed=OfficialsIndex.seed(files))
    for path in files:
        registry.load_known(path)
    meta = {a.id: (a.lang, a.published, _source(a.source_url)) for a in store.iter_articles()}
    mentions: list[tuple[Any, ...]] = []
    for extraction in sorted(store.iter_extractions(), key=lambda x: x.article_id):
        lang, published, source = meta.get(extraction.article_id, (None, None, None))
        for event in extraction.events:
            registry.observe_event(event, article_id=extraction.article_id, published=published, lang=lang)
            mentions.append((extraction.article_id, lang, published, event, source))
    for edit in store.get_state(EDITS_KEY) or []:
        try:
            _apply(registry, edit)
        except (UnknownPersonError, MilwatchError):
            continue  # the officials an old edit named are gone from the store
    return registry, mentions


def build_world(store: Store, known: Path | Sequence[Path] | None = None) -> WorldSummary:
    """Rebuild the officials from the stored extractions and link their mentions; the real events and
    their conflicts are the store's, kept up to date as each extraction is saved (store/real_events.py)."""
    registry, mentions = build_registry(store, known)
    links: dict[tuple[str, int, int], str] = {}
    index: dict[str, int] = {}
    observed = []
    for article_id, lang, published, event, _source in mentions:
        idx = index.get(article_id, 0)
        index[article_id] = idx + 1
        seen = registry.observed_event(event, published=published, lang=lang)
        observed.append((event, seen))
        for pidx, (_person, pid) in enumerate(seen):
            if pid is not None:
                links[(article_id, idx, pidx)] = pid
    registry.fill_countries(observed)  # the event's sides, once every official has its canonical country
    store.save_persons(registry.persons(), replace=True)
    store.link_persons(links)
    return WorldSummary(persons=len(registry), canonical_events=store.count_real_events(), mentions=len(mentions),
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
    registry, _mentions = build_registry(store)
    edit = {"kind": kind, "a": a, "b": b}
    result = _apply(registry, edit)
    edit["a"] = registry.get(registry.canonical_id(_person_id(registry, a) if kind == "split" else result)).name
    store.set_state(EDITS_KEY, [*(store.get_state(EDITS_KEY) or []), edit])
    build_world(store)
    return result
