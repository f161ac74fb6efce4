"""The whole pipeline run in-process over a gold file, as `milwatch eval` runs it, scored with the
score.py port: what the accuracy floor tests of the shared and self-written sets measure."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from milwatch.cli._common import settings_from
from milwatch.cli._run import run_pipeline
from milwatch.evaluate.scoring import score

GOLD_ONLY = ("relevant", "story", "events")  # what the system must not see
HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"


def read_gold(*paths: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def predict(gold: list[dict[str, Any]], tmp: Path) -> list[dict[str, Any]]:
    """Predictions for the gold articles, their gold fields removed, through a store in `tmp`."""
    path = tmp / "input.jsonl"
    path.write_text("".join(json.dumps({k: v for k, v in row.items() if k not in GOLD_ONLY},
                                       ensure_ascii=False) + "\n" for row in gold), encoding="utf-8")
    return run_pipeline([path], settings_from(db=tmp / "eval.db"), [str(row["id"]) for row in gold],
                        quiet=True)


def evaluate(gold: list[dict[str, Any]], tmp: Path) -> dict[str, Any]:
    """The score.py figures of the pipeline on the gold articles."""
    return score(gold, predict(gold, tmp))


def figure(metrics: dict[str, Any], path: tuple[str, ...]) -> float:
    """One figure of a score, 0.0 when it is missing ("by_lang", "de", "f1")."""
    value: Any = metrics
    for key in path:
        value = value.get(key, {}) if isinstance(value, dict) else {}
    return float(value or 0.0)
