"""`milwatch extract`: find the events of stored articles and file them into stories."""

from __future__ import annotations

import os
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from milwatch.cli._common import (
    db_option,
    echo_summary,
    json_option,
    open_db,
    settings_from,
    show_path,
    workers_from,
    workers_option,
)
from milwatch.packs.check import checked_registry
from milwatch.pipeline import Pipeline


@click.command("extract")
@db_option
@click.option("--force", is_flag=True,
              help="Re-extract articles already extracted (after a language-pack change).")
@click.option("--rebuild-stories", is_flag=True,
              help="Rebuild every story from all extracted articles instead of filing only the new ones.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--officials", "officials", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="A file of known officials (TOML or CSV, see data/officials.example.toml) extending the "
                   "shipped registry; repeatable. Default: the `officials_files` setting.")
@workers_option
@json_option
def command(db: Path | None, force: bool, rebuild_stories: bool, quiet: bool, officials: tuple[Path, ...],
            workers: str | None, as_json: bool) -> None:
    """Extract defense-diplomacy events from every stored article, cluster stories, and rebuild
    the world model: one official per real person, one real event per set of reports, and the
    conflicts where reports of one event disagree (document type, date, place, role, rank).

    Articles already extracted are skipped, so running it again after an
    ingest only works on the new articles; `--force` redoes all of them.
    Only the new articles are filed into the story index kept in the database
    (the stories are those a rebuild gives: they do not depend on the order
    articles came in); `--rebuild-stories` rebuilds every story (done anyway
    when the index is missing or from another version).  Extraction runs in --workers processes
    (default: one per core) while this one alone writes the database.
    """
    settings = settings_from(db=db, officials_files=os.pathsep.join(map(str, officials)) or None)
    pipeline = Pipeline.from_settings(settings, registry=checked_registry())
    store = open_db(settings)
    err = Console(stderr=True, highlight=False)
    progress = Progress(TextColumn("extract"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err, disable=quiet or not err.is_terminal, transient=True)
    try:
        with progress:
            task = progress.add_task("extract", total=store.count_articles())
            summary = pipeline.extract(store, force=force, rebuild_stories=rebuild_stories,
                                       on_article=lambda _a: progress.advance(task),
                                       workers=workers_from(workers, settings))
        from milwatch.alerts import after_extraction

        alerts = after_extraction(store)  # watchlists: only the events just written, webhooks delivered
    finally:
        store.close()
    echo_summary(summary, settings, as_json,
                 f"extracted {summary.articles} · skipped {summary.skipped} (already extracted) · relevant "
                 f"{summary.relevant} · events {summary.events} · failed {summary.failed} · "
                 f"stories {summary.stories}"
                 f" · officials {summary.officials} · real events {summary.canonical_events}"
                 f" · conflicts {summary.conflicts}"
                 f"  ({summary.seconds:.1f} s) → {show_path(str(settings.db_path))}", alerts=len(alerts))
    if alerts and not as_json:
        click.echo(f"alerts {len(alerts)} (new or updated; `milwatch alerts` lists them)")
