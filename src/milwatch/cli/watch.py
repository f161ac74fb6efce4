"""`milwatch watch SOURCES.toml`: poll feeds and web pages on a schedule, store and extract what is new."""

from __future__ import annotations

import signal
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape

from milwatch.cli._common import db_option, echo_summary, json_option, open_db, settings_from, show_path
from milwatch.monitor import Watcher, load_sources
from milwatch.packs.check import checked_registry
from milwatch.pipeline import Pipeline


@click.command("watch")
@click.argument("sources_file", metavar="SOURCES.toml", type=click.Path(dir_okay=False, path_type=Path))
@db_option
@click.option("--once", is_flag=True,
              help="Poll every due source once, store and extract its new items, exit "
                                            "(for cron and tests).")
@click.option("--all", "all_sources", is_flag=True, help="With --once: poll every source, due or not.")
@click.option("--for", "duration", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="Stop after this many seconds (default: run until Ctrl-C or SIGTERM).")
@click.option("--no-extract", is_flag=True, help="Store new articles only; `milwatch extract` later.")
@click.option("--extract-every", type=click.FloatRange(min=0), default=60.0, show_default=True,
              metavar="SECONDS", help="How often a long run extracts the articles it stored.")
@click.option("-q", "--quiet", is_flag=True, help="No log lines, only the summary.")
@json_option
def command(sources_file: Path, db: Path | None, once: bool, all_sources: bool, duration: float | None,
            no_extract: bool, extract_every: float, quiet: bool, as_json: bool) -> None:
    """Poll the RSS/Atom feeds and web pages listed in SOURCES.toml and store what is new.

    Conditional requests (ETag, Last-Modified), an interval per source, back-off
    after errors, a pace per host and robots.txt; items whose feed gives only a
    summary are followed to their pages.  New articles are cleaned, stored and
    extracted as `ingest` and `extract` would.  State is kept in the database, so
    a stopped or killed run goes on where it was; a failing source is retried and
    reported (`milwatch sources`), never stopping the others.
    """
    if all_sources and not once:
        raise click.UsageError("--all goes with --once (a long run polls each source when it is due)")
    config = load_sources(sources_file)
    settings = settings_from(db=db)
    registry = checked_registry()  # a broken pack stops the run before anything is stored
    store = open_db(settings, create=True)
    err = Console(stderr=True, highlight=False)

    def log(line: str) -> None:
        if not quiet:
            err.print(f"[dim]{datetime.now().strftime('%H:%M:%S')}[/] {escape(line)}", soft_wrap=True)

    stop = threading.Event()
    previous: dict[signal.Signals, Any] = {}

    def on_signal(signum: int, _frame: Any) -> None:
        stop.set()

    watcher = Watcher(config, store, Pipeline.from_settings(settings, registry=registry),
                      extract=not no_extract, log=log, stop=stop, extract_every=extract_every)
    for sig in (signal.SIGINT, signal.SIGTERM):
        previous[sig] = signal.signal(sig, on_signal)
    try:
        if not once:
            log(f"watching {len(config.sources)} sources from {show_path(str(sources_file))} "
                f"→ {show_path(str(settings.db_path))} (Ctrl-C stops)")
        summary = watcher.run(once=once, all_sources=all_sources, duration=duration)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        store.close()
    echo_summary(summary, settings, as_json,
                 f"polls {summary.polls} (not modified {summary.not_modified + summary.unchanged}, errors "
                 f"{summary.errors}) · new items {summary.new_items} · stored {summary.stored} · duplicates "
                 f"{summary.duplicates} · quarantined {summary.quarantined} · page "
                 f"errors {summary.page_errors}"
                 f" · extracted {summary.extracted} (events {summary.events})  ({summary.seconds:.1f} s)"
                 f" → {show_path(str(settings.db_path))}")
