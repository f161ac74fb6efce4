"""ordered_map: the same results in the same order with worker processes as without, bounded, and an
ingest with workers stores exactly what a single-process ingest stores."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from milwatch.ingest import ReadOptions, read_paths
from milwatch.langid import Detector
from milwatch.packs import PackRegistry
from milwatch.parallel import ordered_map
from milwatch.pipeline import ingest
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
