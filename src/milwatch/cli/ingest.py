"""`milwatch ingest PATH...`: read articles, clean them, detect their language, store them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn

from milwatch.cli._common import db_option, json_option, open_db, settings_from, show_path
from milwatch.cli._paths import input_paths, problem_list, strict_option
from milwatch.cli._query import safe_text
from milwatch.errors import StrictError
from milwatch.ingest import Quarantined, Source, read_source, scan_paths
from milwatch.ingest.records import normalize_lang
from milwatch.model import Article
from milwatch.packs.check import checked_registry
from milwatch.parallel import default_workers
from milwatch.pipeline import IngestSummary, Pipeline
from milwatch.store.postgres import shown_location

PROGRESS_EVERY = 25  # records between progress-bar updates
STRICT_KEPT = 1000  # quarantined records remembered for the --strict listing


@dataclass(slots=True)
class _RunState:
    """Where the run is: bytes of the sources done, records seen, the source being read."""

    done: int = 0
    seen: int = 0
    source: Source | None = None
    problems: list[str] = field(default_factory=list)  # 'where: reason' of quarantined records (--strict)
    unlisted: int = 0  # quarantined records beyond those kept in `problems`


def _lang(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    code = normalize_lang(value)
    if code is None:
        raise click.BadParameter(f"{value!r} is not an ISO 639-1 language code (de, vi, en, ...)")
    return code


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, callback=input_paths,
                type=click.Path(allow_dash=True, path_type=Path))
@db_option
@click.option("--lang", callback=_lang, default=None,
              help="Language of every article (ISO 639-1); overrides the input's own `lang` and detection.")
@click.option("--batch-size", type=click.IntRange(min=1), default=None,
              help="Articles per database transaction [default: 500].")
@click.option("--workers", type=click.IntRange(min=0), default=None,
              help="Processes running clean and language detection beside the main one; 0 = none "
                   "[default: automatic, 1 on 2+ cores that are not busy].")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no per-record warnings.")
@strict_option
@json_option
def command(paths: tuple[Path, ...], db: Path | None, lang: str | None, batch_size: int | None,
            workers: int | None, quiet: bool, strict: bool, as_json: bool) -> None:
    """Read articles from PATHs into the database.

    PATHs are files or directories (read recursively): JSONL or JSON in the
    GUIDELINES article format, .txt, .html, RSS/Atom feeds, and .gz of any;
    `-` reads standard input, and FIFOs such as `<(zcat a.jsonl.gz)` work too.
    Directory entries that are not read (unknown extension, dangling or looping
    symbolic link) are listed in one warning; a dangling symbolic link named
    on the command line is reported as quarantined.
    Bad records never stop the run: each is reported as one line naming file
    and line, and kept in the quarantine table with its reason and raw bytes.
    Ingesting the same input again changes nothing.  With --strict the run
    still stores every good record, then exits with code 1 listing what was
    quarantined or skipped.
    """
    settings = settings_from(db=db, batch_size=batch_size, workers=workers)
    pipeline = Pipeline.from_settings(settings, lang=lang, registry=checked_registry())
    err = Console(stderr=True, highlight=False)
    scan = scan_paths(paths)
    sources, problems = scan.sources, scan.problems
    if scan.skipped and not quiet:
        err.print(f"[yellow]skipped[/] {len(scan.skipped)} directory entries that are not read:",
                  soft_wrap=True)
        for path, why in scan.skipped:
            err.print(f"  {escape(show_path(path))}: {escape(why)}", soft_wrap=True, highlight=False)
    total = sum(s.size for s in sources)
    store = open_db(settings, create=True)
    progress = Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
                        TextColumn("{task.fields[articles]} articles"), TimeElapsedColumn(),
                        console=err, disable=quiet or not err.is_terminal, transient=True)
    task = progress.add_task("ingest", total=total or None, articles=0)
    state = _RunState()

    def records() -> Iterator[Article | Quarantined]:
        yield from problems
        for source in sources:
            state.source = source
            progress.update(task, description=escape(show_path(source.origin_path)[-40:]))
            yield from read_source(source, pipeline.options)
            state.done += source.size
        state.source = None
        progress.update(task, completed=total)

    def on_record(record: Article | Quarantined) -> None:
        state.seen += 1
        if isinstance(record, Quarantined):
            where = show_path(record.origin.path) + (f":{record.origin.line}" if record.origin.line else "")
            if not quiet:
                progress.console.print(f"[yellow]quarantined[/] {escape(where)}: {escape(record.reason)}",
                                       soft_wrap=True)
            if strict and len(state.problems) < STRICT_KEPT:
                state.problems.append(safe_text(f"quarantined {where}: {record.reason}"))
            elif strict:
                state.unlisted += 1
        if state.seen % PROGRESS_EVERY == 0:
            source = state.source
            position = source.tell() if source is not None else 0
            progress.update(task, completed=state.done + position, articles=state.seen)

    try:
        with progress:
            summary = pipeline.ingest(records(), store, on_record=on_record,
                                      workers=default_workers() if settings.workers < 0 else settings.workers)
    finally:
        store.close()
    _report(summary, shown_location(settings.db_path), as_json, skipped=len(scan.skipped))
    if strict:
        _check_strict(summary, state, scan.skipped)


def _check_strict(summary: IngestSummary, state: _RunState, skipped: list[tuple[str, str]]) -> None:
    """--strict: raise StrictError listing the quarantined records and skipped entries of the run."""
    clashes = summary.counts.id_clashes
    if not (summary.quarantined or clashes or skipped):
        return
    lines = state.problems + [safe_text(f"skipped {show_path(path)}: {why}") for path, why in skipped]
    if clashes:
        lines.append(f"quarantined {clashes} articles whose id is already stored with a different text")
    parts = [f"{summary.quarantined + clashes} records quarantined"] if summary.quarantined or clashes else []
    parts += [f"{len(skipped)} directory entries skipped"] if skipped else []
    raise StrictError(f"--strict: {' and '.join(parts)}:\n{problem_list(lines, state.unlisted)}")


def _report(summary: IngestSummary, db: str, as_json: bool, skipped: int = 0) -> None:
    c = summary.counts
    figures = {"read": summary.read, "stored": c.stored, "already_stored": c.unchanged,
               "duplicates": c.duplicates, "near_duplicates": c.near_duplicates,
               "quarantined": summary.quarantined + c.id_clashes, "skipped_files": skipped,
               "seconds": round(summary.seconds, 3), "database": db}
    if as_json:
        click.echo(json.dumps(figures))
        return
    rate = summary.read / summary.seconds if summary.seconds > 0 else 0.0
    click.echo(f"read {summary.read} · stored {c.stored} · already stored {c.unchanged}"
               f" · duplicates {c.duplicates}"
               f" · near-duplicates {c.near_duplicates} · quarantined {summary.quarantined + c.id_clashes}"
               f"  ({summary.seconds:.1f} s, {rate:.0f} records/s) → {show_path(db)}")
