"""The batch run shared by `predict` and `eval`: ingest files into a store, extract, cluster."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any, TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from milwatch.cli._common import open_db
from milwatch.export.predictions import prediction_rows
from milwatch.ingest import Quarantined, find_sources, read_source
from milwatch.model import Article
from milwatch.packs.check import checked_registry
from milwatch.parallel import Zygote
from milwatch.pipeline import Pipeline
from milwatch.settings import Settings
from milwatch.store import Store
from milwatch.store.real_events import RealEventTables

CHUNK = 256  # articles per task sent to a worker process
T = TypeVar("T")


def run_pipeline(paths: list[Path], settings: Settings, ids: list[str] | None = None,
                 quiet: bool = False, workers: int = 0,
                 bad: list[Quarantined] | None = None) -> list[dict[str, Any]]:
    """Ingest `paths` into the store of `settings`, extract and cluster; predictions for `ids`
    (default: every article read, in input order, with the ids the store gave them), as a list."""
    return run_pipeline_into(list, paths, settings, ids, quiet, workers, bad)


def run_pipeline_into(sink: Callable[[Iterator[dict[str, Any]]], T], paths: list[Path], settings: Settings,
                      ids: list[str] | None = None, quiet: bool = False, workers: int = 0,
                      bad: list[Quarantined] | None = None) -> T:
    """`run_pipeline`, handing the predictions to `sink` as a stream read from the store (e.g. a
    writer of JSON lines: memory does not grow with the corpus); returns what `sink` returns.

    With `workers` > 0, cleaning, language detection and extraction run in that many
    processes in large chunks; this process reads the input and alone writes the store, so
    the predictions are the same for any number of workers.  Each record this run found
    unreadable is appended to `bad` when given (without its raw bytes)."""
    err = Console(stderr=True, highlight=False)
    pipeline = Pipeline.from_settings(settings, registry=checked_registry())
    sources, problems = find_sources(paths)
    store = open_db(settings, create=True)
    zygote = Zygote(workers).start()  # the extract workers' parent, forked while this process is small
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err, disable=quiet or not err.is_terminal,
                        transient=True)
    try:
        with progress:
            task = progress.add_task("ingest", total=len(ids) if ids else None)
            seen: list[str] = []

            def on_record(record: Any) -> None:
                if isinstance(record, Article):
                    seen.append(record.id)
                elif bad is not None and isinstance(record, Quarantined):
                    bad.append(Quarantined(record.origin, record.reason))
                progress.advance(task)

            def records() -> Iterator[Article | Quarantined]:
                yield from problems
                for source in sources:
                    yield from read_source(source, pipeline.options)

            pipeline.ingest(records(), store, on_record=on_record, workers=workers, chunk_size=CHUNK)
            progress.update(task, description="extract", completed=0, total=store.count_articles())
            with _bulk(store):  # a fresh store: real events resolved once after the run, not on every save
                pipeline.extract(store, on_article=lambda _a: progress.advance(task), workers=workers,
                                 chunk_size=CHUNK, zygote=zygote)
        return sink(prediction_rows(store, ids if ids is not None else list(dict.fromkeys(seen))))
    finally:
        zygote.close()
        store.close()


def _bulk(store: Store) -> AbstractContextManager[bool]:
    """The store's bulk mode for real events (store/real_events.py): the same tables, resolved once."""
    return store.bulk_real_events() if isinstance(store, RealEventTables) else nullcontext(False)
