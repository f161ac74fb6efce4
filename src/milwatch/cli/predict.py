"""`milwatch predict INPUT -o PRED`: the whole pipeline on articles, written in the prediction format."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path

import click

from milwatch.cli._common import open_db, settings_from, show_path, workers_from, workers_option
from milwatch.cli._paths import input_paths, problem_list, strict_option
from milwatch.cli._query import safe_text
from milwatch.cli._run import run_pipeline_into
from milwatch.errors import InputError, StoreError, StrictError
from milwatch.export._streams import dump_json_lines
from milwatch.ingest import Quarantined
from milwatch.settings import Settings

SHOWN_PROBLEMS = 5  # quarantine reasons repeated when nothing could be read


@click.command("predict")
@click.argument("input_path", metavar="INPUT", callback=input_paths,
                type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Where to write the predictions (JSONL, one object per input article).")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Keep the working database here [default: a temporary file, deleted afterwards].")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@workers_option
@strict_option
def command(input_path: Path, output: Path, db: Path | None, quiet: bool, workers: str | None,
            strict: bool) -> None:
    """Extract events from INPUT and write them in the GUIDELINES prediction format.

    INPUT holds articles in the GUIDELINES input format (JSONL: id, text, and
    optionally lang, published, title, source_url), e.g. what
    `score.py input GOLD.jsonl` writes.  Every article runs through the full
    pipeline (clean, language, extract, stories) on a temporary SQLite store,
    and OUTPUT gets one line per input article, in input order (the same lines for
    any --workers).  INPUT may be `-` (standard input) or a FIFO such as
    `<(zcat input.jsonl.gz)`.  When no article can be read from INPUT, nothing
    is written and the exit code is 2; with --strict, nothing is written and the
    exit code is 1 when any record could not be read (they are listed):

        milwatch predict dev-input.jsonl -o pred.jsonl
        python3 score.py score dev-gold.jsonl pred.jsonl
    """
    with tempfile.TemporaryDirectory(prefix="milwatch-predict-") as tmp:
        # streamed from the store; moved to OUTPUT once all is checked
        partial = Path(tmp) / "predictions.jsonl"
        settings = settings_from(db=db or Path(tmp) / "predict.db")
        before = _quarantined(settings)
        bad: list[Quarantined] = []
        written = run_pipeline_into(lambda rows: dump_json_lines(rows, partial), [input_path], settings,
                                    quiet=quiet, workers=workers_from(workers, settings), bad=bad)
        count, problems = _new_problems(settings, before)
        name = "standard input" if str(input_path) == "-" else show_path(str(input_path))
        if not written:
            shown = "; ".join(problems) or "no records"
            raise InputError(name, f"no article could be read, nothing written ({shown})")
        if strict and (bad or count):
            listed = [safe_text(f"quarantined {show_path(q.origin.path)}"
                                f"{f':{q.origin.line}' if q.origin.line else ''}: {q.reason}") for q in bad]
            raise StrictError(f"--strict: {max(count, len(bad))} records of {name} "
                              f"could not be read, nothing "
                              f"written:\n{problem_list(listed, max(0, count - len(bad)))}")
        _deliver(partial, output)
    if count:
        click.echo(f"warning: {count} records of {name} could not be read (quarantined), e.g. "
                   f"{problems[0]}", err=True)
    click.echo(f"wrote {written} predictions → {show_path(str(output))}", err=True)


def _deliver(partial: Path, output: Path) -> None:
    """Move the finished predictions to OUTPUT; a FIFO or device (/dev/stdout) gets a copy."""
    if output.exists() and not output.is_file():
        with partial.open("rb") as source, output.open("wb") as target:
            shutil.copyfileobj(source, target)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(partial, output)  # a rename on one file system, else a copy


def _quarantined(settings: Settings) -> int:
    try:
        store = open_db(settings)  # a file or a postgresql:// database; none yet: nothing quarantined before
    except StoreError:
        return 0
    try:
        return int(store.stats()["quarantined"])
    finally:
        store.close()


def _new_problems(settings: Settings, before: int) -> tuple[int, list[str]]:
    """How many records this run quarantined (the rows after the first `before`) and 'where: reason'
    of the first few."""
    store = open_db(settings)
    try:
        count = int(store.stats()["quarantined"]) - before
        new = itertools.islice(store.iter_quarantine(), before, before + SHOWN_PROBLEMS)
        return count, [record.describe() for record, _at in new]
    finally:
        store.close()

