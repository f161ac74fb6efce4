"""The extract stage's worker side (pipeline.extract_stored runs it): what a worker maps a chunk of
articles with, and the one extractor the workers share.

    build = functools.partial(shared_work, make, languages_to_extract(store))   # make(): an Extractor
    for article, extraction in Zygote(2).map(build, articles, chunk_size=256):  # parallel.Zygote
        ...

`shared_work` runs in the zygote (a small process forked early, parallel.py): the extractor is built
there with the packs of the stored articles' languages loaded (from the compiled-pack cache when it is
warm) and the known officials parsed, and the workers forked from the zygote share it; the process that
reads and writes the store never holds the packs.  `own_work` is a worker building its own extractor.
The extractor is always made by `make` (pipeline.make_extractor: the one way to build one).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

from milwatch.errors import PackError
from milwatch.extract.engine import Extractor
from milwatch.model import Article, Extraction
from milwatch.packs.check import PackFailure
from milwatch.store.base import Store

ChunkResults = list[Extraction | PackFailure | None]


def with_pack_failure(done: list[Any], exc: PackError, size: int) -> list[Any]:
    """A chunk's results where a pack did not load: those done, the PackFailure, None for the rest."""
    return [*done, PackFailure.of(exc), *[None] * (size - len(done) - 1)]


def extract_chunk(extractor: Extractor, chunk: list[Article]) -> ChunkResults:
    """Extractions of a chunk; None where an article's extraction failed.  Where a language pack does not
    load (a broken installation, not a failed extraction) a PackFailure, then None for the rest of the
    chunk: `extract_stored` raises its PackError, in this process or a worker's."""
    out: ChunkResults = []
    for article in chunk:
        try:
            out.append(extractor.extract(article))
        except PackError as exc:
            return with_pack_failure(out, exc, len(chunk))
        except Exception:  # noqa: BLE001 - one article must not stop a corpus run
            out.append(None)
    return out


def own_work(make: Callable[[], Extractor]) -> Callable[[list[Article]], ChunkResults]:
    """Initializer of an extract worker process: its own extractor, built once, compiled lazily there."""
    return functools.partial(extract_chunk, make())


def preload(extractor: Extractor, languages: Iterable[str | None]) -> Extractor:
    """`extractor` with the packs of `languages` loaded and the known officials parsed, so that the
    processes forked afterwards share them.  A pack that does not load is left for the article that
    needs it (its worker answers a PackFailure there, and the articles before it are saved)."""
    for code in languages:
        try:
            extractor.resources(code)
        except PackError:
            continue
    len(extractor.officials.people)  # parsed on first use: now, once
    return extractor


def shared_work(make: Callable[[], Extractor],
                languages: Iterable[str | None]) -> Callable[[list[Article]], ChunkResults]:
    """Run in the zygote before it forks the workers: one extractor (`make()`) with the packs of
    `languages` loaded; a language not loaded here is loaded by a worker when it meets it, as with
    `own_work`; the extractions are the same either way."""
    return functools.partial(extract_chunk, preload(make(), languages))


def languages_to_extract(store: Store, force: bool = False) -> list[str | None]:
    """The languages of the stored articles (None: no language), most articles first, as the store's
    `stats` tells them (`by_lang`); none when every article is extracted already (and not `force`) or
    the store does not tell."""
    try:
        stats = store.stats()
    except (AttributeError, NotImplementedError):
        return []
    if not force and int(stats.get("extracted") or 0) >= int(stats.get("articles") or 0):
        return []
    return [None if code == "unknown" else str(code) for code in stats.get("by_lang") or {}]
