"""The one place that knows the order of the stages, and the one way to build them.

    pipeline = Pipeline.from_settings(settings)           # packs, detector, read options, extractor
    summary = pipeline.ingest(records, store)             # read → prepare → store, in batches
    summary = pipeline.extract(store)                     # extract → stories → world model
    prepared = prepare(article, registry, detector)      # language, then clean text
    summary = ingest(records, store, registry, detector)  # read → prepare → store, in batches
    summary = extract_stored(store, Extractor(registry))  # extract → stories, over stored articles
    stories = update_stories(store)                       # file the new extractions into the story index

Stages are pure functions over records; this module wires them and hands
batches to a store it is given (any `Store`), so the same code runs in the CLI,
the API and Spark partitions.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from milwatch.clean import clean_article, compress_map, expand_map
from milwatch.cluster.stories import StoryIndex, assign_stories
from milwatch.errors import PackError
from milwatch.extract._registry import OfficialsIndex
from milwatch.extract.engine import Extractor
from milwatch.extract_pool import (
    extract_chunk,
    languages_to_extract,
    own_work,
    shared_work,
    with_pack_failure,
)
from milwatch.ingest.records import Quarantined
from milwatch.ingest.sources import ReadOptions
from milwatch.langid import Detector
from milwatch.model import Article, Event, Extraction, Origin
from milwatch.packs import PackRegistry
from milwatch.packs.cache import PackCache
from milwatch.packs.check import PackFailure
from milwatch.parallel import Zygote, ordered_map
from milwatch.settings import Settings
from milwatch.store.base import AddCounts, Store
from milwatch.world import build_world

Record = Article | Quarantined
StoryItem = tuple[str, str | None, Sequence[Event]]  # article id, publication day, events


@runtime_checkable
class StoryIndexStore(Protocol):
    """A store that keeps the story index, so new articles are filed without a rebuild
    (`SQLiteStore`, see store/story_index.py); any other store gets every story rebuilt."""

    def story_index_ready(self) -> bool: ...

    def unfiled_story_articles(self) -> list[str]: ...

    def filed_story_articles(self, ids: Iterable[str]) -> set[str]: ...

    def file_stories(self, items: Iterable[StoryItem]) -> dict[str, str]: ...

    def replace_story_index(self, index: StoryIndex) -> dict[str, str]: ...

    def count_stories(self) -> int: ...


def prepare(article: Article, registry: PackRegistry, detector: Detector) -> Article:
    """Language (a trusted `lang_hint` wins), then clean text with that language's pack.

    Detection runs on the raw text (boilerplate rarely changes an article's
    language, and the pack to clean with depends on it); paragraph languages are
    computed over the clean text, only for texts CLD2 found mixed.
    """
    guess = detector.detect(article.text, hint=article.lang_hint)
    cleaned = clean_article(article, registry.get(guess.lang))  # a new record, ours to fill in
    body = cleaned.clean_text or ""
    cleaned.lang, cleaned.lang_confidence = guess.lang, guess.confidence
    cleaned.paragraph_langs = detector.paragraphs(body, guess.lang, mixed=guess.mixed) if body else []
    return cleaned


def prepare_safely(article: Article, registry: PackRegistry, detector: Detector) -> Record:
    """`prepare`, with an unexpected failure turned into a quarantined record instead of a crash.

    A PackError (a language pack that does not load, even one first read or broken in the middle of a
    run) is raised, not quarantined: a broken installation is not the article's fault."""
    try:
        return prepare(article, registry, detector)
    except PackError:
        raise
    except Exception as exc:  # noqa: BLE001 - a bug on one article must not stop an ingest
        origin = article.origin or Origin("")
        return Quarantined(origin, f"internal error while preparing {article.id!r}: "
                                   f"{type(exc).__name__}: {exc}",
                           article.text.encode("utf-8", "replace")[: 1 << 20])


@dataclass(slots=True)
class IngestSummary:
    read: int = 0  # records read (articles and bad records)
    quarantined: int = 0  # bad records met in this run
    counts: AddCounts = field(default_factory=AddCounts)  # what the store did
    seconds: float = 0.0


def _prepare_chunk(registry: PackRegistry, detector: Detector, chunk: list[Record]) -> list[Any]:
    """Worker side of a parallel ingest: what `prepare` adds to each article, compactly (or a Quarantined;
    a PackFailure, then None for the rest of the chunk, where a pack did not load)."""
    out: list[Any] = []
    for record in chunk:
        try:
            prepared = prepare_safely(record, registry, detector) if isinstance(record, Article) else None
        except PackError as exc:
            return with_pack_failure(out, exc, len(chunk))
        if isinstance(prepared, Article):
            out.append((prepared.clean_text, compress_map(prepared.clean_map or []), prepared.lang,
                        prepared.lang_confidence, prepared.paragraph_langs))
        else:
            out.append(prepared)
    return out


def _prepare_setup(packs_root: Path, detector: Detector) -> Callable[[list[Record]], list[Any]]:
    """Initializer of an ingest worker process: its own packs and language detector, built once."""
    fresh = Detector(detector.short_chars, detector.mixed_share, detector.min_paragraph_letters,
                     detector.min_confidence)
    # cleaning needs a pack's data and boilerplate only: the compiled-pack cache (every pattern the
    # extract stage compiled) would fill this process's memory for nothing
    return functools.partial(_prepare_chunk, PackRegistry(packs_root, cache=PackCache(None)), fresh)


def _merge_prepared(record: Record, result: Any) -> Record:
    """Main side of a parallel ingest: put a worker's result on the article read here (raise its
    PackError where a pack did not load)."""
    if isinstance(result, PackFailure):
        raise result.error()
    if result is None or isinstance(result, Quarantined):
        return result or record
    assert isinstance(record, Article)
    record.clean_text, segments, record.lang, record.lang_confidence, record.paragraph_langs = result
    record.clean_map = expand_map(segments)
    return record


def ingest(records: Iterable[Record], store: Store, registry: PackRegistry, detector: Detector,
           batch_size: int = 500, on_record: Callable[[Record], None] | None = None,
           workers: int = 0, chunk_size: int = 64) -> IngestSummary:
    """Prepare every article and store them in batches of `batch_size` (one transaction each).

    With `workers` > 0 the stages run in that many forked processes while this one
    reads and writes; records keep their input order either way.
    """
    summary = IngestSummary()
    started = time.perf_counter()
    batch: list[Record] = []
    if workers > 0:
        work = functools.partial(_prepare_chunk, registry, detector)
        setup = functools.partial(_prepare_setup, registry.root, detector)
        stream: Iterable[Record] = (_merge_prepared(record, result) for record, result
                                    in ordered_map(work, records, workers=workers, chunk_size=chunk_size,
                                                   setup=setup))
    else:
        stream = (prepare_safely(r, registry, detector) if isinstance(r, Article) else r for r in records)
    for record in stream:
        summary.read += 1
        if isinstance(record, Quarantined):
            summary.quarantined += 1
        if on_record is not None:
            on_record(record)
        batch.append(record)
        if len(batch) >= batch_size:
            summary.counts += store.add_articles(batch)
            batch = []
    if batch:
        summary.counts += store.add_articles(batch)
    summary.seconds = time.perf_counter() - started
    return summary


@dataclass(slots=True)
class ExtractSummary:
    articles: int = 0  # articles extracted in this run
    skipped: int = 0  # already extracted (and not forced)
    relevant: int = 0
    events: int = 0
    failed: int = 0
    stories: int = 0
    officials: int = 0  # canonical officials in the registry
    canonical_events: int = 0  # real-world events the mentions were merged into
    conflicts: int = 0  # fields on which the sources of one event disagree
    seconds: float = 0.0


STORY_CHUNK = 2_000  # articles filed into the stored story index per transaction (`update_stories`)
EXTRACT_CHUNK = 256  # articles per task of a parallel extract: large, so queues cost little per article


def make_extractor(registry: PackRegistry | None = None, officials: Iterable[str | Path] = ()) -> Extractor:
    """The extractor every command, the API and the workers use: the packs of `registry` and the
    seed registry of known officials extended by the user's `officials` files (TOML or CSV, see
    data/officials.example.toml; `Settings.officials_paths()`).  Pass the same files to
    `extract_stored(known_officials=...)` so that the officials registry reads them too."""
    return Extractor(registry or PackRegistry(), OfficialsIndex.seed([Path(p) for p in officials]))


def worker_extractor(packs_root: Path, officials: tuple[Path, ...] = ()) -> Extractor:
    """`make_extractor` in a worker process or a zygote: the packs under `packs_root` (picklable)."""
    return make_extractor(PackRegistry(packs_root), officials)


def extract_stored(store: Store, extractor: Extractor, *, force: bool = False,
                   ids: Iterable[str] | None = None, known_officials: Path | Sequence[Path] | None = None,
                   on_article: Callable[[Article], None] | None = None, workers: int = 0,
                   chunk_size: int = EXTRACT_CHUNK, rebuild_stories: bool = False,
                   preload: bool = True, zygote: Zygote | None = None) -> ExtractSummary:
    """Run the extract stage over stored articles, file the new ones into their stories
    (`update_stories`: only they are filed into the stored story index; `rebuild_stories`, or a
    `force` run that re-extracted filed articles, rebuilds every story), then bring the world
    model up to date (officials registry, canonical events, conflicts).

    Idempotent: articles already extracted are skipped unless `force` (re-extract after a
    pack change).  An article whose extraction fails is counted and left unextracted; the
    run goes on.  With `workers` > 0 extraction runs in that many forked processes while this
    one reads and writes the store; results are saved in store order either way, so the store
    ends up the same.  The workers share one extractor, built with the packs of the stored articles'
    languages loaded in a zygote (parallel.py: `zygote`, forked by the caller while it was small, else
    forked now) that forks them (extract_pool.py `shared_work`): this process never holds the packs; with
    `preload` False, or `ids`, each worker forked from here builds its own and loads packs as it meets them.
    """
    summary = ExtractSummary()
    started = time.perf_counter()

    def todo() -> Iterator[Article]:
        for article in store.iter_articles(ids=ids):
            if not force and store.get_extraction(article.id) is not None:
                summary.skipped += 1
                if on_article is not None:
                    on_article(article)
                continue
            yield article

    user_files = tuple([Path(known_officials)] if isinstance(known_officials, (str, Path))
                       else [Path(p) for p in known_officials or ()])
    make = functools.partial(worker_extractor, extractor.registry.root, user_files)
    results: Iterator[tuple[Article, Extraction | PackFailure | None]]
    if workers > 0 and preload and ids is None:  # the workers share one extractor, built in the zygote
        pool = zygote if zygote is not None and zygote.fresh else Zygote(workers)
        build = functools.partial(shared_work, make, languages_to_extract(store, force))
        results = pool.map(build, todo(), chunk_size=chunk_size)
    else:
        results = ordered_map(functools.partial(extract_chunk, extractor), todo(), workers=workers,
                              chunk_size=chunk_size, setup=functools.partial(own_work, make))
    saved: list[str] = []
    for article, extraction in results:
        if isinstance(extraction, PackFailure):
            raise extraction.error()  # nothing of this article saved; the ones before it are
        if on_article is not None:
            on_article(article)
        if extraction is None:
            summary.failed += 1
            continue
        store.save_extraction(article.id, extraction)
        saved.append(article.id)
        summary.articles += 1
        summary.relevant += extraction.relevant
        summary.events += len(extraction.events)
    refiled = force and isinstance(store, StoryIndexStore) and bool(store.filed_story_articles(saved))
    summary.stories = update_stories(store, rebuild=rebuild_stories or refiled)
    world = build_world(store, known_officials)
    summary.officials, summary.canonical_events, summary.conflicts = (
        world.persons, world.canonical_events, world.conflicts)
    summary.seconds = time.perf_counter() - started
    return summary


def update_stories(store: Store, *, rebuild: bool = False, chunk: int = STORY_CHUNK) -> int:
    """File every extracted article not yet in the stored story index into it (the cost follows
    their neighbourhood, not the store: store/story_index.py); rebuild the whole index when asked,
    when it is missing or of another version, or when the store keeps none.  Returns the number of
    stories.  Either way the stories are those of a rebuild: they depend only on the articles."""
    if not isinstance(store, StoryIndexStore):
        return len(set(build_stories(store).values()))
    if rebuild or not store.story_index_ready():
        store.replace_story_index(StoryIndex())  # every story and the stored index forgotten: all refiled
    _file_unfiled(store, chunk)
    return store.count_stories()


def _file_unfiled(store: Store, chunk: int = STORY_CHUNK) -> None:
    """File the extracted articles missing from the stored story index, `chunk` at a time (each
    chunk in the neighbourhood it reaches: memory follows the chunk and the stories it touches,
    never the store, and the stories are those of one index over every article)."""
    if not isinstance(store, StoryIndexStore):
        raise TypeError(f"{type(store).__name__} keeps no story index")
    todo = store.unfiled_story_articles()
    for start in range(0, len(todo), chunk):
        ids = todo[start:start + chunk]
        published = {a.id: a.published for a in store.iter_articles(ids=ids)}
        store.file_stories([(x.article_id, published.get(x.article_id), x.events)
                            for x in store.iter_extractions(ids=ids)])


def build_stories(store: Store, chunk: int = STORY_CHUNK) -> dict[str, str]:
    """Cluster every extracted article into stories (order-independent) and store the result (with
    the story index, when the store keeps one: filed `chunk` articles at a time, see `update_stories`)."""
    if isinstance(store, StoryIndexStore):
        store.replace_story_index(StoryIndex())
        _file_unfiled(store, chunk)
        return store.get_stories()
    published = {a.id: a.published for a in store.iter_articles()}
    items = ((x.article_id, published.get(x.article_id), x.events) for x in store.iter_extractions())
    mapping = assign_stories(items)
    store.set_stories(mapping, replace=True)
    return mapping


@dataclass(frozen=True, slots=True)
class Pipeline:
    """The stages' heavy parts, built once from the settings and passed around: the CLI commands,
    the API's writer, `watch` and every Spark partition build it with `Pipeline.from_settings`, so
    they read, clean, detect and extract with the same configuration (officials files included)."""

    registry: PackRegistry
    detector: Detector
    options: ReadOptions
    extractor: Extractor
    officials: tuple[Path, ...] = ()  # the user's known-officials files (extractor and officials registry)
    batch_size: int = 500

    @classmethod
    def from_settings(cls, settings: Settings, *, lang: str | None = None,
                      registry: PackRegistry | None = None) -> Pipeline:
        """The pipeline of `settings`; `lang` forces every article's language (`ingest --lang`)."""
        registry = registry or PackRegistry()
        officials = tuple(settings.officials_paths())
        return cls(registry=registry,
                   detector=Detector(settings.langid_short_chars, settings.langid_mixed_share),
                   options=ReadOptions(lang=lang, max_record_bytes=settings.max_record_bytes,
                                       raw_max=settings.quarantine_raw_max),
                   extractor=make_extractor(registry, officials), officials=officials,
                   batch_size=settings.batch_size)

    def with_lang(self, lang: str | None) -> Pipeline:
        return replace(self, options=replace(self.options, lang=lang))

    def prepare(self, article: Article) -> Record:
        """`prepare_safely` with this pipeline's packs and detector."""
        return prepare_safely(article, self.registry, self.detector)

    def ingest(self, records: Iterable[Record], store: Store, *, batch_size: int | None = None,
               on_record: Callable[[Record], None] | None = None, workers: int = 0,
               chunk_size: int = 64) -> IngestSummary:
        """`ingest` with this pipeline's packs and detector (batches of `batch_size`, default the
        settings')."""
        return ingest(records, store, self.registry, self.detector, batch_size=batch_size or self.batch_size,
                      on_record=on_record, workers=workers, chunk_size=chunk_size)

    def extract(self, store: Store, *, force: bool = False, ids: Iterable[str] | None = None,
                on_article: Callable[[Article], None] | None = None, workers: int = 0,
                chunk_size: int = EXTRACT_CHUNK, rebuild_stories: bool = False,
                zygote: Zygote | None = None) -> ExtractSummary:
        """`extract_stored` with this pipeline's extractor; the officials registry reads the same files."""
        return extract_stored(store, self.extractor, force=force, ids=ids,
                              known_officials=list(self.officials),
                              on_article=on_article, workers=workers, chunk_size=chunk_size,
                              rebuild_stories=rebuild_stories, zygote=zygote)
