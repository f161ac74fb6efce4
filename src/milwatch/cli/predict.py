"""`milwatch predict INPUT -o PRED`: the whole pipeline on articles, written in the prediction format."""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

from milwatch.cli._common import settings_from, show_path, workers_from, workers_option
from milwatch.cli._run import run_pipeline
from milwatch.export._streams import dump_json_lines


@click.command("predict")
@click.argument("input_path", metavar="INPUT", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Where to write the predictions (JSONL, one object per input article).")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Keep the working database here [default: a temporary file, deleted afterwards].")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@workers_option
def command(input_path: Path, output: Path, db: Path | None, quiet: bool, workers: str | None) -> None:
    """Extract events from INPUT and write them in the GUIDELINES prediction format.

    INPUT holds articles in the GUIDELINES input format (JSONL: id, text, and
    optionally lang, published, title, source_url), e.g. what
    `score.py input GOLD.jsonl` writes.  Every article runs through the full
    pipeline (clean, language, extract, stories) on a temporary SQLite store,
    and OUTPUT gets one line per input article, in input order (the same lines for
    any --workers):

        milwatch predict dev-input.jsonl -o pred.jsonl
        python3 score.py score dev-gold.jsonl pred.jsonl
    """
    with tempfile.TemporaryDirectory(prefix="milwatch-predict-") as tmp:
        settings = settings_from(db=db or Path(tmp) / "predict.db")
        rows = run_pipeline([input_path], settings, quiet=quiet, workers=workers_from(workers, settings))
        dump_json_lines(rows, output)
    click.echo(f"wrote {len(rows)} predictions → {show_path(str(output))}", err=True)

