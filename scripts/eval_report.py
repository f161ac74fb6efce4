#!/usr/bin/env python3
"""Developer tool: the accuracy report of every evaluation set, overall and per language.

    .venv/bin/python scripts/eval_report.py [--shared ../shared] [--json]

Runs the whole pipeline (as `milwatch eval` does) on each set of ../shared/corpus —
dev, more-languages, and each file of wide — and prints one table per set (relevance,
events, current events, date, location, persons, story links) and one row per language
(gold events, events P/R/F1).  Record the figures of a set before you tune on it.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

from milwatch.cli._common import settings_from
from milwatch.cli._run import run_pipeline
from milwatch.evaluate.scoring import score

GOLD_ONLY = ("relevant", "story", "events")
ROOT = Path(__file__).resolve().parents[1]


def sets(shared: Path) -> dict[str, list[Path]]:
    corpus = shared / "corpus"
    found = {"dev": sorted((corpus / "dev").glob("*.jsonl")),
             "more-languages": sorted((corpus / "more-languages").glob("*.jsonl"))}
    for path in sorted((corpus / "wide").glob("*.jsonl")):
        found[f"wide/{path.stem}"] = [path]
    found["wide (all)"] = sorted((corpus / "wide").glob("*.jsonl"))
    return {name: files for name, files in found.items() if files}


def evaluate(files: list[Path]) -> dict[str, Any]:
    gold = [json.loads(line) for f in files
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory(prefix="milwatch-report-") as tmp:
        path = Path(tmp) / "input.jsonl"
        path.write_text("".join(json.dumps({k: v for k, v in r.items() if k not in GOLD_ONLY},
                                           ensure_ascii=False)
                                + "\n" for r in gold), encoding="utf-8")
        preds = run_pipeline([path], settings_from(db=Path(tmp) / "report.db"), [str(r["id"]) for r in gold],
                             quiet=True)
    metrics = score(gold, preds)
    metrics["gold_events_by_lang"] = {}
    for row in gold:
        lang = row.get("lang", "?")
        metrics["gold_events_by_lang"][lang] = (metrics["gold_events_by_lang"].get(lang, 0)
                                                + len(row.get("events") or []))
    return metrics


def _f(metrics: dict[str, Any], *path: str) -> str:
    value: Any = metrics
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return "–" if value is None else f"{value:.2f}"


def table(results: dict[str, dict[str, Any]]) -> str:
    lines = ["| set | relevance F1 | events F1 (P/R) | current F1 | date | location | "
             "persons | story links F1 |",
             "|---|---|---|---|---|---|---|---|"]
    for name, m in results.items():
        lines.append(f"| {name} | {_f(m, 'relevance', 'f1')} | {_f(m, 'events', 'f1')} "
                     f"({_f(m, 'events', 'precision')}/{_f(m, 'events', 'recall')}) | "
                     f"{_f(m, 'events_current', 'f1')} | "
                     f"{_f(m, 'fields', 'date', 'accuracy')} | {_f(m, 'fields', 'location', 'accuracy')} | "
                     f"{_f(m, 'fields', 'persons', 'accuracy')} | {_f(m, 'story_links', 'f1')} |")
    lines += ["", "| set | language | gold events | events F1 (P/R) |", "|---|---|---|---|"]
    for name, m in results.items():
        if name == "wide (all)":
            continue
        for lang, row in sorted(m.get("by_lang", {}).items()):
            lines.append(f"| {name} | {lang} | {m['gold_events_by_lang'].get(lang, 0)} | {row['f1']:.2f} "
                         f"({row['precision']:.2f}/{row['recall']:.2f}) |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    args = parser.parse_args()
    results = {name: evaluate(files) for name, files in sets(args.shared).items()}
    print(json.dumps(results, indent=2) if args.json else table(results))


if __name__ == "__main__":
    main()
