"""Issue 13 item 2: kill -9 at random points of ingest, extract and watch; the API under load while writing.

    .venv/bin/python benchmarks/crash_load.py crash [--runs 20] [--articles 600] [--seed 13]
    .venv/bin/python benchmarks/crash_load.py load [--articles 100000] [--clients 200] [--seconds 60]

`crash`: a clean run of each command gives the reference database; then each kill run starts the
command again on a fresh copy of its input database, sends kill -9 after a random part of the clean
run's time (uniform 5-95 %), checks that every process of the killed run's tree is gone, runs the command
again to completion and compares the result with the reference: every table's row count, the article
ids and content hashes, the events per article, the stories (as sets of articles), real events, watch
items; duplicates (an id, a content hash or a watch item twice); `PRAGMA integrity_check`.  The runs
are dealt in turn to `milwatch ingest` (a JSONL corpus with a few broken lines, `--batch-size 25`),
`milwatch extract` (on the ingested corpus) and `milwatch watch --once --all` (static feeds with
summary-only items whose pages are fetched, served by the local news site of
tests/monitor/feedserver.py on 127.0.0.1).  Prints one line per run and the totals: kills, lost and
duplicated rows, failed checks, leftover processes.

`load`: `milwatch serve` under concurrent clients while `ingest` and `extract` write (benchmarks/_load.py).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from speed import process_tree  # noqa: E402  (one process-tree walk for every benchmark)
from watch import feedserver, write_sources  # noqa: E402  (the local news site, its sources file)

CLI = [sys.executable, "-c", "from milwatch.cli import main; main()"]
BROKEN_EVERY = 97  # every 97th corpus line is cut (quarantined)
COUNTED = ("articles", "quarantine", "duplicates", "near_duplicates", "extractions", "events",
           "event_persons",
           "stories", "real_events", "real_event_mentions", "persons", "story_entries", "watch_items")


def write_corpus(path: Path, n: int, seed: int = 0) -> Path:
    """n JSONL articles (invented defence-news texts of the local news site), every 97th line cut."""
    fs = feedserver()
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            if i % BROKEN_EVERY == BROKEN_EVERY - 1:
                f.write('{"id": "cut", "text": "a line cut in the middle\n')
                continue
            f.write(json.dumps({"id": f"c{seed}-{i}", "lang": "en",
                                "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                                "source_url": f"https://source{i % 7}.example/{i}", "title": f"Report {i}",
                                "text": fs.item_text(f"crash{seed}", i)}) + "\n")
    return path


def _rows(conn: sqlite3.Connection, sql: str) -> list[tuple[Any, ...]]:
    try:
        return [tuple(r) for r in conn.execute(sql)]
    except sqlite3.OperationalError:  # the table does not exist (yet)
        return []


def snapshot(db: Path) -> dict[str, Any]:
    """What a run left in `db`: row counts, contents that must not depend on a crash, duplicates,
    integrity."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=60)
    try:
        counts = {t: (_rows(conn, f"SELECT COUNT(*) FROM {t}") or [(0,)])[0][0] for t in COUNTED}  # noqa: S608
        stories: dict[str, set[str]] = {}
        for article, story in _rows(conn, "SELECT article_id, story_id FROM stories"):
            stories.setdefault(story, set()).add(article)
        return {
            "counts": counts,
            "articles": sorted(_rows(conn, "SELECT id, content_hash FROM articles")),
            "events": sorted(_rows(conn, "SELECT article_id, idx, type, countries, date FROM events")),
            "stories": sorted(sorted(s) for s in stories.values()),
            "real_events": sorted(_rows(conn, "SELECT kind, date, articles FROM real_events")),
            "watch_items": sorted(_rows(conn, "SELECT source, key, state FROM watch_items")),
            "twice": sum(n - 1 for (n,) in _rows(conn, "SELECT COUNT(*) FROM articles GROUP BY content_hash "
                                                      "HAVING COUNT(*) > 1"))
            + sum(n - 1 for (n,) in _rows(conn, "SELECT COUNT(*) FROM watch_items WHERE "
                                                "article_id IS NOT NULL "
                                                "GROUP BY article_id HAVING COUNT(*) > 1")),
            "integrity": integrity(conn),
        }
    finally:
        conn.close()


def integrity(conn: sqlite3.Connection) -> str:
    """`PRAGMA integrity_check`, less its false "NULL value in T.C" lines when T.C holds no NULL (SQLite 3.40
    reports one for every row of a WITHOUT ROWID table with a NOT NULL column outside its key, e.g.
    report_keys)."""
    lines = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    real = []
    for line in lines:
        found = re.fullmatch(r"NULL value in (\w+)\.(\w+)", line)
        null_sql = f"SELECT 1 FROM {found[1]} WHERE {found[2]} IS NULL LIMIT 1" if found else ""  # noqa: S608
        if found and not conn.execute(null_sql).fetchone():
            continue
        real.append(line)
    return "; ".join(real) or "ok"


def compare(got: dict[str, Any], reference: dict[str, Any]) -> tuple[int, int, list[str]]:
    """(rows lost, rows duplicated, problems) of a snapshot against the clean run's."""
    lost = sum(max(0, reference["counts"][t] - got["counts"][t]) for t in COUNTED)
    extra = sum(max(0, got["counts"][t] - reference["counts"][t]) for t in COUNTED) + got["twice"]
    problems = [f"{t}: {got['counts'][t]} rows, clean run {reference['counts'][t]}" for t in COUNTED
                if got["counts"][t] != reference["counts"][t]]
    problems += [f"{key} differ from the clean run"
                 for key in ("articles", "events", "stories", "real_events",
                                                                "watch_items") if got[key] != reference[key]]
    if got["twice"]:
        problems.append(f"{got['twice']} rows stored twice")
    if got["integrity"] != "ok":
        problems.append(f"integrity_check: {got['integrity']}")
    return lost, extra, problems


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def kill_after(args: list[str], delay: float, env: dict[str, str] | None = None) -> tuple[bool, list[int]]:
    """Run `args`, kill -9 it after `delay` s: (killed before it ended, processes of its tree still alive 10 s
    later: those are killed too, and reported)."""
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    tree: list[int] = []
    ends = time.monotonic() + delay
    while time.monotonic() < ends and proc.poll() is None:
        tree = process_tree(proc.pid)
        time.sleep(min(0.05, max(0.0, ends - time.monotonic())))
    if proc.poll() is not None:
        return False, []
    tree = process_tree(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    waited = time.monotonic() + 10
    left = [p for p in tree[1:] if _alive(p)]
    while left and time.monotonic() < waited:
        time.sleep(0.1)
        left = [p for p in left if _alive(p)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    return True, left


def run(args: list[str], env: dict[str, str] | None = None) -> float:
    """Run `args` to completion; its wall seconds (a failure raises, naming its error output)."""
    started = time.monotonic()
    done = subprocess.run(args, capture_output=True, text=True, env=env, timeout=3600)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[3:])} failed ({done.returncode}): {done.stderr[-2000:]}")
    return time.monotonic() - started


def fresh(db: Path, base: Path | None) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    if base is not None:
        shutil.copy(base, db)
    return db


@dataclass
class Command:
    """One command under test: how to run it on a database, and the database it starts from."""

    name: str
    args: Callable[[Path], list[str]]
    base: Path | None = None
    reference: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0


@dataclass
class Outcome:
    command: str
    delay: float
    killed: bool
    lost: int
    duplicated: int
    problems: list[str]
    leftover: list[int]


def commands(root: Path, articles: int, feeds: int, server: Any) -> list[Command]:
    """ingest, extract (on the ingested corpus) and watch (on `feeds` feeds of `server`), with their
    references."""
    corpus = write_corpus(root / "corpus.jsonl", articles)
    sources = root / "sources.toml"
    write_sources(sources, server, [f"f{i}" for i in range(feeds)], interval=3600)
    ingest = Command("ingest", lambda db: [*CLI, "ingest", str(corpus), "--db", str(db),
                                           "--batch-size", "25", "-q"])
    extract = Command("extract", lambda db: [*CLI, "extract", "--db", str(db), "-q"])
    watch = Command("watch", lambda db: [*CLI, "watch", str(sources), "--db", str(db),
                                         "--once", "--all", "-q"])
    ingest.seconds = run(ingest.args(fresh(root / "ingested.db", None)))
    extract.base = root / "ingested.db"
    for command in (ingest, extract, watch):
        reference = fresh(root / f"clean-{command.name}.db", command.base)
        command.seconds = run(command.args(reference))
        command.reference = snapshot(reference)
    return [ingest, extract, watch]


def kill_run(command: Command, root: Path, rng: random.Random, number: int) -> Outcome:
    """kill -9 `command` at a random point, run it again to the end, compare with its clean run."""
    db = fresh(root / f"kill-{number}.db", command.base)
    for _ in range(5):  # a run that ended before the kill is no kill run: draw again, earlier
        delay = rng.uniform(0.05, 0.95) * command.seconds
        killed, leftover = kill_after(command.args(db), delay)
        if killed:
            break
        fresh(db, command.base)
        command.seconds *= 0.8
    run(command.args(db))
    lost, duplicated, problems = compare(snapshot(db), command.reference)
    if leftover:
        problems.append(f"processes left running after kill -9: {leftover}")
    fresh(db, None)
    return Outcome(command.name, delay, killed, lost, duplicated, problems, leftover)


def crash(runs: int, articles: int, feeds: int, seed: int, folder: Path | None = None,
          report: Callable[[str], None] = print) -> list[Outcome]:
    """`runs` kill runs dealt in turn to ingest, extract and watch; one Outcome each."""
    fs = feedserver()
    server = fs.FeedServer({f"f{i}": fs.FeedSpec(items=articles // (3 * feeds) + 1, summary=i % 2 == 0)
                            for i in range(feeds)}).start()
    rng = random.Random(seed)
    try:
        with tempfile.TemporaryDirectory(prefix="milwatch-crash-", dir=folder) as tmp:
            root = Path(tmp)
            cmds = commands(root, articles, feeds, server)
            for c in cmds:
                report(f"clean {c.name}: {c.seconds:.1f} s, rows {json.dumps(c.reference['counts'])}")
            outcomes = []
            for number in range(runs):
                outcome = kill_run(cmds[number % len(cmds)], root, rng, number)
                outcomes.append(outcome)
                report(f"run {number + 1:>2} {outcome.command:<8} kill -9 after {outcome.delay:5.2f} s"
                       f"{'' if outcome.killed else ' (ended first)'}: lost {outcome.lost}, duplicated "
                       f"{outcome.duplicated}" + (f"; {'; '.join(outcome.problems)}"
                                                  if outcome.problems else "; ok"))
            return outcomes
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    c = sub.add_parser("crash", help="kill -9 at random points, re-run, compare with a clean run")
    c.add_argument("--runs", type=int, default=20)
    c.add_argument("--articles", type=int, default=600, help="corpus size (and about as many feed items)")
    c.add_argument("--feeds", type=int, default=20)
    c.add_argument("--seed", type=int, default=13)
    load = sub.add_parser("load", help="the API under concurrent clients while ingest and extract write")
    load.add_argument("--articles", type=int, default=100_000)
    load.add_argument("--clients", type=int, default=200)
    load.add_argument("--seconds", type=float, default=60.0)
    load.add_argument("--writers", type=int, default=2000,
                      help="articles the concurrent ingest + extract add")
    load.add_argument("--think", type=float, default=1.0,
                      help="seconds a client waits between answers (x0.5-1.5)")
    load.add_argument("--mix", choices=("random", "dashboard"), default="random",
                      help="filters of the requests: about 250 different ones, or a dashboard's seven")
    load.add_argument("--keep", type=Path, default=None,
                      help="keep the generated store in this folder (reused)")
    load.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.what == "crash":
        outcomes = crash(args.runs, args.articles, args.feeds, args.seed)
        kills = sum(o.killed for o in outcomes)
        bad = [o for o in outcomes if o.problems]
        print(f"{kills} kill -9 runs of {len(outcomes)} "
              f"({', '.join(sorted({o.command for o in outcomes}))}): "
              f"lost rows {sum(o.lost for o in outcomes)}, duplicated rows "
              f"{sum(o.duplicated for o in outcomes)}, "
              f"runs with problems {len(bad)}, leftover processes {sum(len(o.leftover) for o in outcomes)}")
        sys.exit(1 if bad else 0)
    from _load import main as load_main

    sys.exit(load_main(args))


if __name__ == "__main__":
    main()
