#!/usr/bin/env python3
"""Peak memory and time of `milwatch predict` as the corpus grows, in one run (issue 11: <= 400 MB at
100k; 10k -> 100k within 1.15x of linear).

    .venv/bin/python benchmarks/memory.py [--sizes 10000,100000] [--workers auto] [--stream] [--all-packs]

Each size is a fresh corpus of speed.py's (a) defense news (every text of ../shared/corpus, 34 languages,
repeated with distinct ids and a unique last line), each round of the 248 texts moved back in time by
as many years (mod 200; a text without a publication day gets 2025-06-15 first), so that, as in a real
stream, a story or a real event does not grow with the corpus (`--copies`: speed.py's plain copies, where
the 400 copies of a text at 100k are one story; `--stream`: speed.py's (b), one relevant article in
twenty), written to disk line by line, and `milwatch predict --workers W` runs on it as a subprocess into
a fresh temporary SQLite store, the way a user runs it, with a warm compiled-pack cache (a start-up run on
one article per language fills it first, so the sizes compare the work per article, not the cold start).
`--all-packs`: every language pack in the mix (issue 11: "works with all language packs loaded"): each
round of the gold texts gets one short article per pack language they lack (startup.py's, written from the
pack's own vocabulary: a title, a meeting word, a month, two countries), so every process that extracts
holds all 66 packs, not the gold texts' 34.

While it runs, every process of its tree is sampled from /proc every 0.2 s: the kernel's own peak
(`VmHWM`) of the main process and of each worker (exact, whatever the sampling rate), their PSS and USS
(sampled), and the sum of RSS and of PSS over the tree (forked workers share pages with the main process:
the RSS sum counts them in each process, PSS divides them).  Every process of the tree is listed with its
depth (1: a child of the main process, 2: a child of a child, as the extract workers of a zygote), when
it was first and last seen, and its peaks.  The main process's RSS at each tenth of the run shows where
it grows.

Printed per size: wall and CPU seconds (user + system of the tree, from getrusage RUSAGE_CHILDREN), peak
RSS of the main process and of the largest other process (a worker or the zygote), peak tree RSS and PSS,
each process's peaks; then the ratios of each size to the first: (t_N / t_first) / (N / first), 1.0 =
linear, in wall and in CPU seconds.
"""

from __future__ import annotations

import argparse
import calendar
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import (  # noqa: E402  (one corpus generator for the speed benchmarks)
    SHARED_CORPUS,
    build_stream,
    cpu_of,
    gold_rows,
    input_row,
    one_per_language,
    process_tree,
)
from startup import short_articles  # noqa: E402  (one article per pack, in the pack's own words)

SAMPLE_SECONDS = 0.2
REPORT_SECONDS = 120.0


YEAR = re.compile(r"(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])")
SPREAD_YEARS = 200  # round k of the gold texts is moved k % 200 years back (the extractor reads 1800-2099)
DEFAULT_DAY = "2025-06-15"  # publication day given to a gold text that has none


def _years_back(text: str, years: int) -> str:
    return YEAR.sub(lambda m: str(int(m.group(1)) - years), text) if years else text


def spread_row(row: dict[str, Any], n: int, rounds: int) -> dict[str, Any]:
    """speed.py's `input_row`, with round `rounds` of the gold texts moved that many years (mod 200) back:
    every year of the text, title and publication day (a day when the text has none), so copies of one
    text report events of different years and a story or a real event does not grow with the corpus."""
    out = input_row(row, n)
    back = rounds % SPREAD_YEARS
    day = str(out.get("published") or DEFAULT_DAY)
    year = int(day[:4]) - back
    month_day = day[4:10] if not (day[5:10] == "02-29" and not calendar.isleap(year)) else "-02-28"
    out["published"] = f"{year:04d}{month_day}{day[10:]}"
    out["text"] = _years_back(out["text"], back)
    if out.get("title"):
        out["title"] = _years_back(str(out["title"]), back)
    return out


def defense_rows(rows: list[dict[str, Any]], count: int, spread: bool = True) -> Iterator[dict[str, Any]]:
    """speed.py's (a), one row at a time (the benchmark itself stays small at any size); `spread`: each
    round of the gold texts in other years (`spread_row`), else plain copies."""
    for n in range(count):
        row = rows[n % len(rows)]
        yield spread_row(row, n, n // len(rows)) if spread else input_row(row, n)


def pack_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One short article (startup.py's, in the pack's own vocabulary) per language pack `rows` lack."""
    from milwatch.packs import PackRegistry
    from milwatch.packs.cache import PackCache

    have = {row.get("lang") for row in rows}
    return [{"id": article.id, "text": article.text, "lang": article.lang, "published": article.published}
            for article in short_articles(PackRegistry(cache=PackCache(None))) if article.lang not in have]


def write_rows(rows: Iterator[dict[str, Any]] | list[dict[str, Any]], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def _status_kb(pid: int) -> dict[str, int]:
    out: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                out[key] = int(value.split()[0])
    except OSError:
        pass
    return out


def _rollup_kb(pid: int) -> tuple[int, int]:
    """(PSS, USS) of a process in kB: its proportional share of every page it maps, and the pages only it
    maps (Private_Clean + Private_Dirty: what ending it would free)."""
    pss = uss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            key, _, value = line.partition(":")
            if key == "Pss":
                pss = int(value.split()[0])
            elif key in ("Private_Clean", "Private_Dirty"):
                uss += int(value.split()[0])
    except OSError:
        pass
    return pss, uss


@dataclass
class Run:
    articles: int
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    main_hwm_kb: int = 0
    worker_hwm_kb: dict[int, int] = field(default_factory=dict)
    main_pss_kb: int = 0  # peaks of the main process's PSS and USS (sampled)
    main_uss_kb: int = 0
    worker_pss_kb: dict[int, int] = field(default_factory=dict)  # peaks per worker (sampled)
    worker_uss_kb: dict[int, int] = field(default_factory=dict)
    depth: dict[int, int] = field(default_factory=dict)  # worker pid -> 1 (a child of main), 2 (a grandchild)
    seen: dict[int, tuple[float, float]] = field(default_factory=dict)  # worker pid -> first, last seen (s)
    tree_rss_kb: int = 0
    tree_pss_kb: int = 0
    main_curve: list[tuple[float, int]] = field(default_factory=list)  # (seconds, RSS kB of the main process)

    def mb(self, kb: int) -> str:
        return f"{kb / 1024:.0f} MB"


def predict(path: Path, out: Path, workers: str, articles: int, env: dict[str, str]) -> Run:
    script = Path(sys.executable).parent / "milwatch"
    command = ([str(script)] if script.is_file()
               else [sys.executable, "-c", "from milwatch.cli import main; main()"])
    run = Run(articles)
    cpu_before = cpu_of(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen([*command, "predict", str(path), "-o", str(out), "-q", "--workers", workers],
                            cwd=path.parent, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    stop = threading.Event()

    next_report = REPORT_SECONDS

    def sample() -> None:
        nonlocal next_report
        while not stop.wait(SAMPLE_SECONDS):
            if time.perf_counter() - started >= next_report:  # a long run shows how it goes
                next_report += REPORT_SECONDS
                print(f"  … {time.perf_counter() - started:.0f} s: main process RSS "
                      f"{run.main_curve[-1][1] // 1024 if run.main_curve else 0} MB "
                      f"(peak {run.main_hwm_kb // 1024}), "
                      f"largest other process peak {max(run.worker_hwm_kb.values(), default=0) // 1024} MB, "
                      f"tree RSS peak {run.tree_rss_kb // 1024} MB", flush=True)
            tree = process_tree(proc.pid)
            now = time.perf_counter() - started
            rss = pss = 0
            for pid in tree:
                status = _status_kb(pid)
                if not status:
                    continue
                rss += status.get("VmRSS", 0)
                one_pss, one_uss = _rollup_kb(pid)
                pss += one_pss
                if pid == proc.pid:
                    run.main_hwm_kb = max(run.main_hwm_kb, status.get("VmHWM", 0))
                    run.main_pss_kb = max(run.main_pss_kb, one_pss)
                    run.main_uss_kb = max(run.main_uss_kb, one_uss)
                    run.main_curve.append((time.perf_counter() - started, status.get("VmRSS", 0)))
                else:
                    run.worker_hwm_kb[pid] = max(run.worker_hwm_kb.get(pid, 0), status.get("VmHWM", 0))
                    run.worker_pss_kb[pid] = max(run.worker_pss_kb.get(pid, 0), one_pss)
                    run.worker_uss_kb[pid] = max(run.worker_uss_kb.get(pid, 0), one_uss)
                    run.depth.setdefault(pid, _depth(pid, proc.pid))
                    run.seen[pid] = (run.seen.get(pid, (now, now))[0], now)
            run.tree_rss_kb = max(run.tree_rss_kb, rss)
            run.tree_pss_kb = max(run.tree_pss_kb, pss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    run.seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    run.cpu_seconds = cpu_of(resource.RUSAGE_CHILDREN) - cpu_before
    if proc.returncode != 0:
        raise SystemExit(f"milwatch predict failed ({proc.returncode}):\n{stderr}")
    return run


def _depth(pid: int, root: int) -> int:
    """How many parents up `root` is from `pid` (0 when it is not an ancestor)."""
    depth = 0
    while pid not in (root, 0, 1):
        try:
            pid = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            return 0
        depth += 1
    return depth if pid == root else 0


def processes(run: Run) -> list[str]:
    """One line per process of the tree but the main one, in the order they were first seen."""
    lines = []
    for pid in sorted(run.seen, key=lambda p: run.seen[p]):
        first, last = run.seen[pid]
        lines.append(f"    pid {pid} depth {run.depth.get(pid, 0)}, seen {first:.0f}-{last:.0f} s: peak RSS "
                     f"{run.mb(run.worker_hwm_kb.get(pid, 0))}, PSS {run.mb(run.worker_pss_kb.get(pid, 0))}, "
                     f"USS {run.mb(run.worker_uss_kb.get(pid, 0))}")
    return lines


def curve(run: Run) -> str:
    """The main process's RSS at each tenth of the run."""
    if not run.main_curve:
        return "-"
    points = []
    for tenth in range(1, 11):
        at = run.seconds * tenth / 10
        before = [kb for t, kb in run.main_curve if t <= at]
        points.append(f"{(before[-1] if before else run.main_curve[0][1]) / 1024:.0f}")
    return " ".join(points)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated corpus sizes [10000,100000]")
    parser.add_argument("--workers", default="auto", help="--workers of milwatch predict [auto]")
    parser.add_argument("--stream", action="store_true",
                        help="speed.py's (b): one relevant article in twenty")
    parser.add_argument("--copies", action="store_true",
                        help="(a) as speed.py builds it: every round of the gold texts in the same years, "
                             "so each story and real event grows with the corpus [default: rounds moved in "
                             "time]")
    parser.add_argument("--all-packs", action="store_true",
                        help="every language pack in the mix: one short article per pack language the gold "
                             "texts lack, in each round")
    parser.add_argument("--corpus", type=Path, default=SHARED_CORPUS)
    parser.add_argument("--cache-dir", type=Path, default=None,
                        help="compiled-pack cache [a temporary one, filled by the start-up run]")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = gold_rows(args.corpus)
    if not rows:
        raise SystemExit(f"no gold articles under {args.corpus}/*/*.jsonl")
    extra = pack_rows(rows) if args.all_packs else []
    rows += extra
    print(f"cores {os.cpu_count()} · load {os.getloadavg()[0]:.1f} · --workers {args.workers} · "
          f"corpus {'(b) stream' if args.stream else '(a) defense news'} from {len(rows)} texts "
          f"({len(rows) - len(extra)} gold, {len(extra)} for the other packs), "
          f"{len({row.get('lang') for row in rows})} languages")
    with tempfile.TemporaryDirectory(prefix="milwatch-memory-") as tmp:
        tmp_path = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith("MILWATCH_")}
        env["MILWATCH_CONFIG"] = str(tmp_path / "no-config.toml")
        env["MILWATCH_CACHE_DIR"] = str(args.cache_dir or tmp_path / "pack-cache")
        warm = tmp_path / "warm.jsonl"
        write_rows(one_per_language(rows), warm)
        start = predict(warm, tmp_path / "warm.out", args.workers, 0, env)
        print(f"start-up (one article per language, fills the pack cache): {start.seconds:.1f} s, "
              f"{start.cpu_seconds:.1f} CPU s")
        # The person and dateline finders compile parts of a pack on demand (one regex per set of first
        # letters met) and save them at the 1st, 2nd, 4th ... use: a short warm-up on two rounds of the
        # texts leaves in the cache what the sizes below would otherwise compile in their first minutes.
        write_rows(defense_rows(rows, 2 * len(rows), True), warm)
        start = predict(warm, tmp_path / "warm.out", args.workers, 0, env)
        print(f"warm-up (two rounds of the texts): {start.seconds:.1f} s, {start.cpu_seconds:.1f} CPU s")
        runs: list[Run] = []
        for size in sizes:
            path = tmp_path / f"in-{size}.jsonl"
            corpus = build_stream(rows, size) if args.stream else defense_rows(rows, size, not args.copies)
            write_rows(corpus, path)
            run = predict(path, tmp_path / f"out-{size}.jsonl", args.workers, size, env)
            path.unlink()
            runs.append(run)
            workers = sorted(run.worker_hwm_kb.values(), reverse=True)
            print(f"\n{size} articles: {run.seconds:.1f} s wall ({size / run.seconds:.1f} articles/s), "
                  f"{run.cpu_seconds:.1f} CPU s ({size / run.cpu_seconds:.1f} articles per CPU s); load "
                  f"{os.getloadavg()[0]:.1f}")
            print(f"  peak RSS: main process {run.mb(run.main_hwm_kb)}, largest other process "
                  f"{run.mb(workers[0]) if workers else '-'} ({len(workers)} other processes); tree RSS "
                  f"{run.mb(run.tree_rss_kb)}, tree PSS {run.mb(run.tree_pss_kb)}")
            print(f"  peak PSS / USS: main process {run.mb(run.main_pss_kb)} / {run.mb(run.main_uss_kb)}, "
                  f"largest other process {run.mb(max(run.worker_pss_kb.values(), default=0))} / "
                  f"{run.mb(max(run.worker_uss_kb.values(), default=0))}")
            print(f"  main process RSS (MB) at each tenth of the run: {curve(run)}")
            print("  other processes of the tree:", *processes(run), sep="\n")
        first = runs[0]
        for run in runs[1:]:
            scale = run.articles / first.articles
            print(f"\n{run.articles} vs {first.articles}: (t / t_first) / {scale:g} = "
                  f"{(run.seconds / first.seconds) / scale:.3f} wall, "
                  f"{(run.cpu_seconds / first.cpu_seconds) / scale:.3f} CPU (1.0 = linear); peak RSS of the "
                  f"main process {run.main_hwm_kb / max(1, first.main_hwm_kb):.2f}× the first size's")


if __name__ == "__main__":
    main()
