#!/usr/bin/env python3
"""Throughput of `milwatch predict` (the whole pipeline) against the I/O floor, in one process.

    .venv/bin/python benchmarks/extract.py [--articles 5000] [--corpus ../shared/corpus/dev]

The corpus is the dev set repeated (each copy given its own id and a unique last
line, so nothing is an exact duplicate) up to --articles.  Two runs on the same
input, in the same process, so machine noise hits both:

  floor    json parse + SQLite insert of the same rows (what any ingest must pay)
  predict  ingest (clean, language id, store) + extract + stories + prediction rows

Printed: articles/s of each, the ratio predict/floor, and articles/s per core of
predict (one process = one core).  The goal of the extraction issue is >= 100
articles/s per core.  Timings are ratios against a baseline measured in the same run,
never absolute pass/fail thresholds.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from milwatch.cli._run import run_pipeline  # noqa: E402
from milwatch.settings import load_settings  # noqa: E402

GOLD_ONLY = ("relevant", "story", "events")


def build_corpus(source: Path, count: int, target: Path) -> list[str]:
    rows = [json.loads(line) for f in sorted(source.glob("*.jsonl")) for line in f.open(encoding="utf-8")
            if line.strip()]
    ids: list[str] = []
    with target.open("w", encoding="utf-8") as out:
        for n in range(count):
            row = {k: v for k, v in rows[n % len(rows)].items() if k not in GOLD_ONLY}
            row["id"] = f"{row['id']}-{n}"
            row["text"] = row["text"] + f"\n\n(copy {n})"
            ids.append(row["id"])
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return ids


def floor(path: Path, db: Path) -> float:
    """Seconds to parse every row and insert it into SQLite, one transaction per 500 rows."""
    started = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE articles (id TEXT PRIMARY KEY, lang TEXT, published TEXT, "
                 "title TEXT, text TEXT)")
    batch = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            batch.append((row["id"], row.get("lang"), row.get("published"), row.get("title"), row["text"]))
            if len(batch) >= 500:
                with conn:
                    conn.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?)", batch)
                batch = []
    with conn:
        conn.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?)", batch)
    conn.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="milwatch-bench-") as tmp:
        tmp_path = Path(tmp)
        corpus = tmp_path / "input.jsonl"
        ids = build_corpus(args.corpus, args.articles, corpus)
        floor_s = floor(corpus, tmp_path / "floor.db")
        settings = load_settings(overrides={"db_path": tmp_path / "predict.db"})
        started = time.perf_counter()
        rows = run_pipeline([corpus], settings, ids, quiet=True)
        predict_s = time.perf_counter() - started
    n = len(ids)
    relevant = sum(1 for r in rows if r["relevant"])
    print(f"articles               {n} ({relevant} relevant)")
    print(f"I/O floor              {n / floor_s:10.0f} articles/s  ({floor_s:.2f} s)")
    print(f"milwatch predict       {n / predict_s:10.0f} articles/s  ({predict_s:.2f} s, "
          f"one process = one core)")
    print(f"ratio predict / floor  {floor_s / predict_s:10.4f}")
    print(f"ms per article         {predict_s / n * 1000:10.2f}  (goal: <= 10 ms, i.e. >= "
          f"100 articles/s per core)")


if __name__ == "__main__":
    main()
