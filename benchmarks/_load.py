"""The load half of benchmarks/crash_load.py: `milwatch serve` under concurrent clients while writing.

    .venv/bin/python benchmarks/crash_load.py load [--articles 100000] [--clients 200] [--seconds 60]
                                                  [--think 1.0] [--writers 2000] [--keep DIR]

1. A store of `--articles` generated articles with their extractions (the world of
   benchmarks/real_events.py, filled by incremental_extract.fill: bulk-loaded, then stories, real events
   and the officials registry built once; not timed).  `--keep DIR` keeps it there for the next run.
2. `milwatch serve --db` started as a user starts it (tests/api/kb.py `serve`).
3. Meanwhile `milwatch ingest` and `milwatch extract` add `--writers` new articles to the same database,
   a batch of 100 at a time, until the load ends.
4. `--clients` clients on 127.0.0.1, each on its own keep-alive connection, ask in turn for the main
   endpoints (events list, stats, pairs, a person, a story, search, timeline; parameters drawn at random)
   and wait `--think` s (x0.5-1.5) between answers; `--think 0`: back to back.  `--mix random` draws
   filters from about 250 (none, any country, year or pair), `--mix dashboard` from seven (half none).
Printed: per endpoint the requests, p50/p99/max latency and errors (any answer but 200, or a timeout);
answers or server log lines that say "database is locked"; what the writers added.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))  # support.server; tests/api/kb.py imports it too

from crash_load import CLI, write_corpus  # noqa: E402
from incremental_extract import fill  # noqa: E402  (generated articles and extractions, brought up to date)

ENDPOINTS = ("events", "stats", "pairs", "person", "story", "search", "timeline")
WORDS = ("defence", "cooperation", "report", "minister", "talks", "memorandum", "training", "border")


def kb() -> ModuleType:
    """tests/api/kb.py: `serve` starts `milwatch serve` as a user does."""
    name = "milwatch_tests_kb"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "api" / "kb.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


BASE = 2000  # a bigger store is this many generated articles, copied (see `replicate`)
# (table, column) -> how a copy changes it: "id" gets the copy's suffix, "date" moves by the copy's span,
# "ids" is a JSON list of ids that each get the suffix, "entry" a story-index entry whose id gets it
COPY_RULES = {
    "articles": {"id": "id", "content_hash": "id", "published": "date"},
    "events": {"article_id": "id", "date": "date"},
    "event_persons": {"article_id": "id", "person_id": "id"},
    "extractions": {"article_id": "id"},
    "stories": {"article_id": "id", "story_id": "id"},
    # a real event's reports before it: its insert trigger reads them (migration 11, the kept counts)
    "real_event_mentions": {"article_id": "id", "event_id": "id"},
    "real_events": {"event_id": "id", "date": "date", "first_report": "date", "last_report": "date",
                    "articles": "ids"},
    "report_keys": {"key": "id", "article_id": "id"},
    "persons": {"person_id": "id"},
    "conflicts": {"event_key": "id"},
    "story_entries": {"article_id": "id", "component": "id", "entry": "entry"},
    "story_keys": {"key": "id", "article_id": "id"},
    "story_weak": {"a": "id", "b": "id"},
}


def build_store(path: Path, articles: int, seed: int = 7, base: int = BASE) -> Path:
    """`articles` generated articles with extractions, stories, real events and officials (kept if present):
    up to `base` filled by incremental_extract.fill, more as copies of those (`replicate`)."""
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    if articles <= base:
        fill(partial, articles, seed, 0)
        conn = sqlite3.connect(partial)  # generated articles have no clean text; search shows a snippet of it
        with conn:
            conn.execute("UPDATE articles SET clean_text = text WHERE clean_text IS NULL")
        conn.close()
    else:
        copy_db(build_store(path.with_name(f"base-{base}-{seed}.db"), base, seed, base), partial)
        replicate(partial, -(-articles // base), span_days=base // 4)
    partial.rename(path)
    return path


def replicate(db: Path, copies: int, span_days: int = BASE // 4) -> None:
    """Make `db` hold `copies` copies of its articles, extractions, stories, real events and officials, copy k
    with ids ending in `~k` and dates moved k * span_days later (the world goes on: as many articles a day).
    The story index is copied too (its filing keys with the suffix: a new article is filed against the first
    copy only); the near-duplicate tables are not."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = OFF")
        with conn:
            for table, rules in COPY_RULES.items():
                columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                           if not (r[5] and r[2] == "INTEGER" and table == "articles")]
                for k in range(1, copies):
                    exprs = [_copied(c, rules.get(c), k * span_days, k) for c in columns]
                    names = ", ".join(f'"{c}"' for c in columns)
                    conn.execute(f"INSERT INTO {table} ({names}) SELECT {', '.join(exprs)} FROM {table} "  # noqa: S608
                                 f"WHERE {_original(table, rules)}")
    finally:
        conn.close()


def _copied(column: str, rule: str | None, days: int, k: int) -> str:
    quoted = f'"{column}"'
    if rule == "id":
        return f"CASE WHEN {quoted} IS NULL THEN NULL ELSE {quoted} || '~{k}' END"
    if rule == "date":
        return (f"CASE WHEN length({quoted}) = 10 THEN date({quoted}, '+{days} days') "
                f"ELSE {quoted} END")
    if rule == "entry":
        return f"json_set({quoted}, '$.id', json_extract({quoted}, '$.id') || '~{k}')"
    if rule == "ids":
        return f"(SELECT json_group_array(value || '~{k}') FROM json_each({quoted}))"
    return quoted


def _original(table: str, rules: dict[str, str]) -> str:
    """Rows of the base, not of an earlier copy."""
    key = next(c for c, r in rules.items() if r == "id")
    return f"instr(\"{key}\", '~') = 0"


def samples(db: Path, rng: random.Random, n: int = 500) -> dict[str, list[str]]:
    """Person ids, story ids, countries and pairs of the store to ask about."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        def pick(sql: str) -> list[str]:
            return [str(r[0]) for r in conn.execute(sql)]

        # the copies' officials (ids ending in ~k) are folded into the real ones when a writer rebuilds the
        # officials registry; the originals keep their ids, as a user's bookmarked person pages do
        return {"person": pick(f"SELECT person_id FROM persons WHERE instr(person_id, '~') = 0 "
                               f"ORDER BY random() LIMIT {n}"),
                "story": pick(f"SELECT story_id FROM stories ORDER BY random() LIMIT {n}"),
                "country": pick("SELECT DISTINCT value FROM real_events, json_each(real_events.countries)"),
                "year": [str(y) for y in range(2015, 2027)]}
    finally:
        conn.close()


def request(endpoint: str, got: dict[str, list[str]], rng: random.Random,
            mix: str = "random") -> tuple[str, dict[str, Any]]:
    """The path and query of one request to `endpoint`, parameters drawn at random: `random` filters (none,
    any country, any year, any pair: about 250 different ones), or a `dashboard`'s (half none, else one of
    three countries or one year)."""
    countries = got["country"] or ["AZE", "VNM"]
    if mix == "dashboard":
        flt = rng.choice([{}, {}, {}, {"country": countries[0]}, {"country": countries[1 % len(countries)]},
                          {"country": countries[2 % len(countries)]}, {"since": got["year"][-1]}])
    else:
        country = rng.choice(countries)
        flt = rng.choice([{}, {"country": country}, {"since": rng.choice(got["year"])},
                          {"pair": f"{country},{rng.choice(countries)}"}])
    if endpoint == "events":
        return "/api/events", {**flt, "limit": 50, "order": rng.choice(["asc", "desc"])}
    if endpoint in ("stats", "pairs", "timeline"):
        return f"/api/{endpoint}", flt
    if endpoint == "person":
        return f"/api/persons/{rng.choice(got['person'] or ['none'])}", {}
    if endpoint == "story":
        return f"/api/stories/{rng.choice(got['story'] or ['none'])}", {}
    return "/api/search", {"q": rng.choice(WORDS), "limit": 20}


class Tally:
    def __init__(self) -> None:
        self.latency: dict[str, list[float]] = {e: [] for e in ENDPOINTS}
        self.errors: dict[str, dict[str, int]] = {e: {} for e in ENDPOINTS}
        self.locked = 0

    def add(self, endpoint: str, seconds: float, error: str | None) -> None:
        self.latency[endpoint].append(seconds)
        if error:
            self.errors[endpoint][error] = self.errors[endpoint].get(error, 0) + 1
            self.locked += "locked" in error


class Connection:
    """One keep-alive HTTP/1.1 connection of a client, on asyncio streams.  (An httpx client spent about
    20 ms of CPU per request here: 200 of them in one process on a two-core machine measured mostly
    themselves.)"""

    def __init__(self, base: str) -> None:
        split = urllib.parse.urlsplit(base)
        self.host, self.port = split.hostname or "127.0.0.1", split.port or 80
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def get(self, path: str, params: dict[str, Any]) -> tuple[int, bytes]:
        if self.streams is None:
            self.streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self.streams
        target = urllib.parse.quote(path, safe="/:~@!$&'()*+,;=-._") + (
            "?" + urllib.parse.urlencode(params) if params else "")
        writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        await writer.drain()
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(head[0].split(" ", 2)[1])
        headers = {k.strip().lower(): v.strip()
                   for k, _, v in (line.partition(":") for line in head[1:] if line)}
        if "content-length" in headers:
            body = await reader.readexactly(int(headers["content-length"]))
        else:  # chunked
            parts = []
            while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
                parts.append(await reader.readexactly(size))
                await reader.readexactly(2)
            await reader.readuntil(b"\r\n")
            body = b"".join(parts)
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status, body

    def close(self) -> None:
        if self.streams is not None:
            self.streams[1].close()
            self.streams = None


async def client(base: str, got: dict[str, list[str]], seed: int, think: float, ends: float, tally: Tally,
                 mix: str = "random", timeout: float = 60.0) -> None:
    rng = random.Random(seed)
    order = list(ENDPOINTS)
    rng.shuffle(order)
    turn = 0
    http = Connection(base)
    await asyncio.sleep(rng.uniform(0, max(think, 0.5)))  # clients do not all start at once
    try:
        while time.monotonic() < ends:
            endpoint = order[turn % len(order)]
            turn += 1
            path, params = request(endpoint, got, rng, mix)
            started = time.monotonic()
            error = None
            try:
                status, body = await asyncio.wait_for(http.get(path, params), timeout)
                if status != 200:
                    error = f"{status} {body[:200].decode(errors='replace')}"
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError,
                    TimeoutError) as exc:
                error = f"{type(exc).__name__} {exc}"
                http.close()  # a fresh connection for the next request
            tally.add(endpoint, time.monotonic() - started, error)
            if think:
                await asyncio.sleep(think * rng.uniform(0.5, 1.5))
    finally:
        http.close()


def writers(db: Path, folder: Path, articles: int, stop: threading.Event,
            log: Callable[[str], None]) -> dict[str, Any]:
    """`milwatch ingest` + `milwatch extract` of `articles` new articles, 100 at a time, until all or `stop`
    (a command still running then is stopped with SIGTERM: the crash half shows that loses nothing)."""
    corpus = write_corpus(folder / "new.jsonl", articles, seed=99)
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    done: dict[str, Any] = {"batches": 0, "ingest_s": 0.0, "extract_s": 0.0, "failures": [], "stopped": 0}
    for start in range(0, len(lines), 100):
        if stop.is_set():
            break
        part = folder / f"new-{start}.jsonl"
        part.write_text("".join(lines[start:start + 100]), encoding="utf-8")
        for what, args in (("ingest", ["ingest", str(part)]), ("extract", ["extract"])):
            if stop.is_set():
                break
            started = time.monotonic()
            proc = subprocess.Popen([*CLI, *args, "--db", str(db), "-q"], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, text=True)
            while proc.poll() is None and not stop.wait(0.2):
                pass
            if proc.poll() is None:
                proc.terminate()
                done["stopped"] += 1
            _, err = proc.communicate()
            done[f"{what}_s"] += time.monotonic() - started
            if proc.returncode not in (0, -signal.SIGTERM):
                done["failures"].append(f"{what}: {err[-500:]}")
                log(f"writer {what} failed: {err[-500:]}")
        done["batches"] += 1
    return done


@contextmanager
def serve(db: Path, log: Path) -> Iterator[str]:
    """`milwatch serve --db DB` as a user starts it (tests/support/server.py `serve`, waiting 300 s instead of
    60 for a first answer: at 100k articles on a busy machine it can take longer); yields its base URL."""
    from support.server import serve as serve_db

    with serve_db(db, log=log, env=dict(os.environ), ready="/api/articles?limit=1", wait=300) as base:
        yield base


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def load(db: Path, clients: int, seconds: float, think: float, new_articles: int, seed: int,
         log: Callable[[str], None] = print, mix: str = "random") -> dict[str, Any]:
    """Serve `db`, write to it, run the clients; the figures."""
    rng = random.Random(seed)
    got = samples(db, rng)
    before = _count(db)
    with (tempfile.TemporaryDirectory(prefix="milwatch-load-") as tmp,
          serve(db, Path(tmp) / "serve.log") as base):
        stop = threading.Event()
        written: dict[str, Any] = {}
        thread = threading.Thread(
            target=lambda: written.update(writers(db, Path(tmp), new_articles, stop, log)))
        thread.start()
        tally = Tally()
        ends = time.monotonic() + seconds

        async def everyone() -> None:
            await asyncio.gather(*(client(base, got, seed * 1000 + i, think, ends,
                                          tally, mix) for i in range(clients)))

        try:
            asyncio.run(everyone())
        finally:
            stop.set()
            thread.join()
        server_log = (Path(tmp) / "serve.log").read_text(errors="replace")
    endpoints = {e: {"requests": len(v), "p50_ms": round(percentile(v, 0.5) * 1000),
                     "p99_ms": round(percentile(v, 0.99) * 1000), "max_ms": round(max(v, default=0) * 1000),
                     "errors": sum(tally.errors[e].values()), "error_kinds": tally.errors[e]}
                 for e, v in tally.latency.items()}
    every = [x for v in tally.latency.values() for x in v]
    return {"clients": clients, "seconds": seconds, "think_s": think, "mix": mix, "endpoints": endpoints,
            "all": {"requests": len(every), "per_s": round(len(every) / seconds, 1),
                    "p50_ms": round(percentile(every, 0.5) * 1000),
                    "p99_ms": round(percentile(every, 0.99) * 1000),
                    "errors": sum(e["errors"] for e in endpoints.values())},
            "locked": tally.locked + server_log.count("database is locked"),
            "server_log_errors": [line for line in server_log.splitlines() if "Error" in line
                                  or "Traceback" in line][:20],
            "articles_before": before, "articles_after": _count(db), "writers": written}


def _count(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=60)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


def main(args: argparse.Namespace) -> int:
    folder = args.keep or Path(tempfile.mkdtemp(prefix="milwatch-load-store-"))
    folder.mkdir(parents=True, exist_ok=True)
    base = folder / f"store-{args.articles}.db"
    started = time.monotonic()
    build_store(base, args.articles, args.seed)
    print(f"store of {args.articles} articles: {base} ({time.monotonic() - started:.0f} s, not timed)",
          flush=True)
    db = folder / "load.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    copy_db(base, db)
    figures = load(db, args.clients, args.seconds, args.think, args.writers, args.seed, mix=args.mix)
    print(json.dumps(figures, indent=2))
    print(f"{args.clients} clients ({args.mix} filters), {args.seconds:g} s, think {args.think:g} s, "
          f"while ingest+extract wrote "
          f"{figures['articles_after'] - figures['articles_before']} articles:")
    for name, e in figures["endpoints"].items():
        print(f"  {name:<9} {e['requests']:>6} requests  p50 {e['p50_ms']:>6} ms  p99 {e['p99_ms']:>6} ms  "
              f"max {e['max_ms']:>6} ms  errors {e['errors']}")
    a = figures["all"]
    print(f"  {'all':<9} {a['requests']:>6} requests  p50 {a['p50_ms']:>6} ms  p99 {a['p99_ms']:>6} ms  "
          f"errors {a['errors']}  ({a['per_s']} /s); 'database is locked': {figures['locked']}")
    return 0 if a["errors"] == 0 and figures["locked"] == 0 else 1


def copy_db(source: Path, target: Path) -> None:
    """A consistent copy of a database (the WAL folded in)."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
