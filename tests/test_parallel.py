"""ordered_map: the same results in the same order with worker processes as without, bounded, an
initializer run once per worker; an ingest or an extract with workers stores exactly what a
single-process run stores."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from milwatch.extract.engine import Extractor
from milwatch.ingest import ReadOptions, read_paths
from milwatch.langid import Detector
from milwatch.packs import PackRegistry
from milwatch.parallel import ordered_map, resolve_workers
from milwatch.pipeline import extract_stored, ingest
from milwatch.store import SQLiteStore


def square_all(chunk: list[int]) -> list[tuple[int, int]]:
    return [(x * x, os.getpid()) for x in chunk]


def test_results_in_order_with_and_without_workers() -> None:
    items = list(range(1000))
    single = [(item, result[0]) for item, result in ordered_map(square_all, items, workers=0, chunk_size=7)]
    pids: set[int] = set()
    multi = []
    for item, (value, pid) in ordered_map(square_all, iter(items), workers=2, chunk_size=7, in_flight=3):
        multi.append((item, value))
        pids.add(pid)
    assert single == multi == [(x, x * x) for x in items]
    assert os.getpid() not in pids and len(pids) >= 1


def test_stopping_early_shuts_the_workers_down() -> None:
    results = ordered_map(square_all, range(10_000), workers=2, chunk_size=10)
    first = [next(results) for _ in range(5)]
    results.close()
    assert [item for item, _ in first] == [0, 1, 2, 3, 4]


def die(chunk: list[int]) -> list[int]:
    os._exit(3)


def test_a_dead_worker_is_an_error_not_a_hang() -> None:
    from milwatch.errors import MilwatchError

    with pytest.raises(MilwatchError, match="worker process died"):
        list(ordered_map(die, range(10), workers=2, chunk_size=2))


def test_ingest_with_workers_stores_the_same(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    texts = [f"Report {i}. The defense ministers of Alphaland and Betaland met in the capital on day {i} and "
             f"agreed on training item {i * 7}.\n\nBy Jane Roe\n\n12 comments" for i in range(300)]
    lines = [json.dumps({"id": f"r{i}", "text": t}) for i, t in enumerate(texts)] + ['{"id": "bad", "text"']
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stored = {}
    for workers in (0, 1, 2):
        with SQLiteStore(tmp_path / f"w{workers}.db") as store:
            summary = ingest(read_paths([corpus], ReadOptions()), store, PackRegistry(), Detector(),
                             batch_size=64, workers=workers)
            assert (summary.read, summary.quarantined, summary.counts.stored) == (301, 1, 300)
            stored[workers] = [(a.id, a.clean_text, a.clean_map, a.lang) for a in store.iter_articles()]
    assert stored[0] == stored[1] == stored[2]
    assert "comments" not in (stored[1][0][1] or "")


def make_tagger() -> Callable[[list[int]], list[tuple[int, int]]]:
    """An initializer: state made once per worker process (its pid and a per-process token)."""
    token = os.getpid()

    def tag(chunk: list[int]) -> list[tuple[int, int]]:
        return [(x + 1, token) for x in chunk]
    return tag


def test_setup_runs_once_per_worker_and_replaces_work_there() -> None:
    items = list(range(500))
    in_process = [r for _, r in ordered_map(make_tagger(), items, workers=0, chunk_size=50,
                                            setup=make_tagger)]
    assert {token for _, token in in_process} == {os.getpid()}  # workers 0: `work`, never `setup`
    results = [r for _, r in ordered_map(make_tagger(), items, workers=2, chunk_size=50, setup=make_tagger)]
    assert [value for value, _ in results] == [x + 1 for x in items]
    assert os.getpid() not in {token for _, token in results}


def test_resolve_workers() -> None:
    cores = os.cpu_count() or 1
    assert (resolve_workers("auto") == resolve_workers(None) == resolve_workers(-1)
            == (cores if cores >= 2 else 0))
    assert (resolve_workers(0), resolve_workers("1"), resolve_workers(3)) == (0, 0, 3)
    with pytest.raises(ValueError):
        resolve_workers(-2)


def test_extract_stored_with_workers_saves_the_same(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    texts = [f"The defence minister of France visited India on {1 + i % 27} March 2024 "
             f"and signed an agreement "
             f"on military training with his counterpart (item {i})." if i % 3 else f"A park opened ({i})."
             for i in range(120)]
    corpus.write_text("".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
                      encoding="utf-8")
    saved = {}
    for workers in (0, 2):
        with SQLiteStore(tmp_path / f"x{workers}.db") as store:
            ingest(read_paths([corpus], ReadOptions()), store, PackRegistry(), Detector())
            seen: list[str] = []
            summary = extract_stored(store, Extractor(PackRegistry()), workers=workers, chunk_size=16,
                                     on_article=lambda a, seen=seen: seen.append(a.id))
            assert (summary.articles, summary.failed) == (120, 0) and len(seen) == 120
            again = extract_stored(store, Extractor(PackRegistry()), workers=workers, chunk_size=16)
            assert (again.articles, again.skipped) == (0, 120)
            saved[workers] = [(x.article_id, [e.to_dict() for e in x.events])
                              for x in store.iter_extractions()]
    assert saved[0] == saved[2] and any(events for _, events in saved[0])


def test_workers_exit_when_their_parent_is_killed(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "parent.py"
    script.write_text(
        "import time\n"
        "from milwatch.parallel import ordered_map\n"
        "def slow(chunk):\n"
        "    time.sleep(0.05)\n"
        "    return chunk\n"
        "results = ordered_map(slow, range(10**9), workers=2, chunk_size=1)\n"
        "next(results)\n"
        "print('running', flush=True)\n"
        "time.sleep(60)\n", encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    parent.stdout.readline()
    children = [int(pid)
                for pid in Path(f"/proc/{parent.pid}/task/{parent.pid}/children").read_text().split()]
    assert len(children) >= 2
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in children):
        time.sleep(0.2)
    alive = [pid for pid in children if Path(f"/proc/{pid}").exists()
             and "Z" not in Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]]
    assert not alive
