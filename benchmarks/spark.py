#!/usr/bin/env python3
"""`milwatch spark --master local[2]` against the embedded pipeline (`milwatch predict`) on one corpus.

    .venv/bin/python benchmarks/spark.py [--articles 20000] [--master local[2]] [--workers auto]

The corpus has --articles articles (the issue's size is --articles 100000): one in
--relevant-every (default 20) is a dev-set article (each copy with its own id and a unique last
line, as benchmarks/extract.py makes them), the others invented news from benchmarks/ingest.py
(three languages, boilerplate, no language given).  The dev set alone repeated would report each
real event hundreds of times, and stories of hundreds of copies cost both runs quadratic time.  Both
runs are the real console script in subprocesses on the same file, one after the other:

  embedded  milwatch predict CORPUS -o A --db E --workers auto   (SQLite, worker processes)
  spark     milwatch spark CORPUS --out DIR --master local[2] --predictions B

Printed: both wall times and peak memory (the whole process tree's RSS, sampled every 100 ms:
the JVM and the Python workers for Spark, the main and worker processes for predict), the
ratios spark/embedded, and whether the predictions and the real events (the embedded database's
`real_events` rows against the Spark run's Parquet table, resolved there by blocking keys) are
identical (they must be).  Needs the `spark` extra and Java 17+.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from speed import process_tree  # noqa: E402  (benchmarks/speed.py: a process and its descendants)

from extract import GOLD_ONLY  # noqa: E402  (benchmarks/extract.py: the dev set repeated)
from ingest import _article  # noqa: E402  (benchmarks/ingest.py: invented news)

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _tree_rss(root: int) -> int:
    """Bytes resident in `root` and all its descendants."""
    total = 0
    for pid in process_tree(root):
        with contextlib.suppress(OSError, IndexError, ValueError):  # a process that just ended
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    return total


def timed(args: list[str], cwd: Path) -> dict[str, Any]:
    """Run a command; its wall time, exit code, stderr tail and peak RSS of its process tree."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MILWATCH_")}
    env["MILWATCH_CONFIG"] = str(cwd / "no-config.toml")
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _out, err = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    return {"seconds": seconds, "rc": proc.returncode, "peak_mb": peak[0] / 2**20, "stderr": err[-3000:]}


def build_corpus(dev: Path, count: int, every: int, target: Path) -> None:
    """`count` articles: every `every`-th a dev article (own id, unique last line), the rest invented."""
    rows = [json.loads(line) for f in sorted(dev.glob("*.jsonl")) for line in f.open(encoding="utf-8")
            if line.strip()]
    rng = random.Random(7)
    with target.open("w", encoding="utf-8") as out:
        for n in range(count):
            if n % every == 0:
                row = {k: v for k, v in rows[(n // every) % len(rows)].items() if k not in GOLD_ONLY}
                row["id"] = f"{row['id']}-{n}"
                row["text"] = row["text"] + f"\n\n(copy {n})"
            else:
                row = _article(rng, n)
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def same_real_events(db: Path, out: Path) -> tuple[bool, int]:
    """Whether the Spark run's real events equal the embedded database's, row for row; and how many."""
    import pyarrow.parquet as pq

    from milwatch.spark._tables import REAL_EVENT_COLUMNS

    conn = sqlite3.connect(db)
    try:
        theirs = conn.execute(f"SELECT {', '.join(REAL_EVENT_COLUMNS)} FROM real_events "
                              "ORDER BY event_id").fetchall()
    finally:
        conn.close()
    mine = sorted(tuple(r[c] for c in REAL_EVENT_COLUMNS)
                  for r in pq.read_table(out / "real_events").to_pylist())
    return mine == theirs, len(theirs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000,
                        help="corpus size (the issue asks for 100000)")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--workers", default="auto", help="--workers of the embedded run")
    parser.add_argument("--relevant-every", type=int, default=20, help="one dev article in this many")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    args = parser.parse_args(argv)
    milwatch = str(Path(sys.executable).parent / "milwatch")
    with tempfile.TemporaryDirectory(prefix="milwatch-bench-spark-") as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "corpus.jsonl"
        build_corpus(args.corpus, args.articles, args.relevant_every, corpus)
        embedded = timed([milwatch, "predict", str(corpus), "-o", "embedded.jsonl", "--db",
                          "embedded.db", "-q", "--workers", args.workers], tmp)
        spark = timed([milwatch, "spark", str(corpus), "--out", "out", "--master", args.master,
                       "--predictions", "spark.jsonl"], tmp)
        for name, run in (("embedded", embedded), ("spark", spark)):
            if run["rc"] != 0:
                print(f"{name} run failed (exit {run['rc']}):\n{run['stderr']}", file=sys.stderr)
                return 1
        same = _lines(tmp / "spark.jsonl") == _lines(tmp / "embedded.jsonl")
        same_real, real_events = same_real_events(tmp / "embedded.db", tmp / "out")
    n = args.articles
    print(f"{n} articles (1 in {args.relevant_every} from the dev set), embedded --workers {args.workers} vs "
          f"spark --master {args.master}")
    print(f"{'':10} {'wall s':>9} {'articles/s':>11} {'peak MB':>9}")
    for name, run in (("embedded", embedded), ("spark", spark)):
        print(f"{name:10} {run['seconds']:9.1f} {n / run['seconds']:11.1f} {run['peak_mb']:9.0f}")
    print(f"ratio spark/embedded: wall time {spark['seconds'] / embedded['seconds']:.2f}, "
          f"peak memory {spark['peak_mb'] / embedded['peak_mb']:.2f}")
    print(f"same predictions: {'yes' if same else 'NO'}; same real events ({real_events}): "
          f"{'yes' if same_real else 'NO'}")
    return 0 if same and same_real else 1


if __name__ == "__main__":
    sys.exit(main())
