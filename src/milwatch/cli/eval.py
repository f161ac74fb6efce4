"""`milwatch eval GOLD`: predict on a gold set and score it exactly as ../shared/eval/score.py does."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import click

from milwatch.cli._common import settings_from, workers_from, workers_option
from milwatch.cli._run import run_pipeline
from milwatch.errors import InputError
from milwatch.evaluate.scoring import report, score
from milwatch.export._streams import dump_json_lines

GOLD_ONLY = ("relevant", "story", "events")


def read_gold(paths: tuple[Path, ...]) -> list[dict[str, Any]]:
    """Gold rows of every file; a line that is not a JSON object with an `id` names its file and line."""
    rows: list[dict[str, Any]] = []
    for path in paths:
        with path.open(encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{number}", f"not valid JSON ({exc.msg})") from exc
                if not isinstance(row, dict) or "id" not in row:
                    raise InputError(f"{path}:{number}", "a gold row must be a JSON object with an `id`")
                rows.append(row)
    return rows


@click.command("eval")
@click.argument("gold_paths", metavar="GOLD...", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the predictions here (JSONL).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@workers_option
def command(gold_paths: tuple[Path, ...], as_json: bool, output: Path | None, quiet: bool,
            workers: str | None) -> None:
    """Run the whole pipeline on GOLD files (GUIDELINES gold format) and score it.

    The gold fields (relevant, story, events) are removed before predicting, so
    the system sees what `score.py input` would give it.  The report is the one
    score.py prints (same figures), with event precision/recall per language and
    per type:

        milwatch eval ../shared/corpus/dev/*.jsonl
    """
    gold = read_gold(gold_paths)
    with tempfile.TemporaryDirectory(prefix="milwatch-eval-") as tmp:
        input_path = Path(tmp) / "input.jsonl"
        dump_json_lines(({k: v for k, v in row.items() if k not in GOLD_ONLY} for row in gold), input_path)
        settings = settings_from(db=Path(tmp) / "eval.db")
        preds = run_pipeline([input_path], settings, [str(r["id"]) for r in gold], quiet=quiet,
                             workers=workers_from(workers, settings))
    if output is not None:
        dump_json_lines(preds, output)
    metrics = score(gold, preds)
    click.echo(json.dumps(metrics, indent=2) if as_json else report(metrics))
