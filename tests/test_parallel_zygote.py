"""parallel.Zygote: a process forked early that runs `build` once and forks the workers from itself.
The same results in the same order as `ordered_map`; the workers are the zygote's children and do not
inherit what this process allocated after the zygote was forked; a dead worker is an error, not a
hang; closing, Ctrl-C and a kill -9 of the parent leave no process behind."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from milwatch.errors import MilwatchError
from milwatch.parallel import Zygote, can_fork, ordered_map

pytestmark = pytest.mark.skipif(not can_fork() or not Path("/proc/self/status").exists(),
                                reason="needs fork and Linux /proc")


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def _tag(built_in: int, offset: int, chunk: list[int]) -> list[tuple[int, int, int, int]]:
    """(value, pid where `build` ran, this worker's pid, its parent's pid) for each item."""
    return [(x + offset, built_in, os.getpid(), os.getppid()) for x in chunk]


def make_tagger(offset: int) -> Callable[[list[int]], list[tuple[int, int, int, int]]]:
    """A `build`: runs once where the state is built (the zygote), returns what the workers map with."""
    return functools.partial(_tag, os.getpid(), offset)


def _worker_rss(chunk: list[int]) -> list[int]:
    return [_rss_kb() for _ in chunk]


def measure_rss() -> Callable[[list[int]], list[int]]:
    return _worker_rss


def _die(chunk: list[int]) -> list[int]:
    os._exit(3)


def die() -> Callable[[list[int]], list[int]]:
    return _die


def _quit_quietly(chunk: list[int]) -> list[int]:
    if 7 in chunk:
        sys.exit(0)  # ends the worker with exit code 0, its chunk unanswered
    return chunk


def quit_quietly() -> Callable[[list[int]], list[int]]:
    return _quit_quietly


def _alive(pid: int) -> bool:
    """Is `pid` a live process (not gone, not a zombie)?"""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_gone(pids: list[int], seconds: float = 10.0) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if _alive(p)]


def test_results_in_order_built_once_in_the_zygote_and_workers_forked_from_it() -> None:
    items = list(range(700))
    expected = [(x, x + 5) for x in items]
    with Zygote(2) as zygote:
        pid = zygote.pid
        assert pid is not None and pid != os.getpid() and zygote.fresh
        results = list(zygote.map(functools.partial(make_tagger, 5), iter(items), chunk_size=9, in_flight=3))
        assert not zygote.fresh
    assert [(item, value) for item, (value, _, _, _) in results] == expected
    assert {built for _, (_, built, _, _) in results} == {pid}  # build ran in the zygote, once
    workers = {worker for _, (_, _, worker, _) in results}
    assert {parent for _, (_, _, _, parent) in results} == {pid}  # the workers are the zygote's children
    assert os.getpid() not in workers and pid not in workers and 1 <= len(workers) <= 2
    assert _wait_gone([pid, *workers]) == []
    assert [(i, r[0]) for i, r in ordered_map(make_tagger(5), items, workers=0, chunk_size=9)] == expected


def test_workers_do_not_inherit_what_this_process_allocated_after_the_zygote() -> None:
    with Zygote(1) as zygote:
        grown = bytearray(64 << 20)  # 64 MB touched here after the zygote was forked
        grown[::4096] = b"x" * len(grown[::4096])
        worker = max(r for _, r in zygote.map(measure_rss, [0, 1]))
        here = _rss_kb()
    # a worker forked from here now would start at this process's RSS, 64 MB included
    assert worker < here - 40_000, (worker, here)
    assert len(grown) == 64 << 20


def test_without_workers_the_map_runs_here() -> None:
    zygote = Zygote(0)
    assert zygote.start().pid is None
    results = [r for _, r in zygote.map(functools.partial(make_tagger, 1), range(20), chunk_size=4)]
    assert {(built, worker) for _, built, worker, _ in results} == {(os.getpid(), os.getpid())}
    assert [value for value, _, _, _ in results] == list(range(1, 21))


def test_one_map_per_zygote() -> None:
    with Zygote(1) as zygote:
        assert len(list(zygote.map(functools.partial(make_tagger, 0), range(3)))) == 3
        with pytest.raises(RuntimeError, match="one map"):
            list(zygote.map(functools.partial(make_tagger, 0), range(3)))


def test_a_dead_worker_is_an_error_and_nothing_is_left_running() -> None:
    zygote = Zygote(2).start()
    pid = zygote.pid
    assert pid is not None
    with pytest.raises(MilwatchError, match="worker process died"):
        list(zygote.map(die, range(10), chunk_size=2))
    assert zygote.pid is None and _wait_gone([pid]) == []


def test_a_worker_that_exits_quietly_mid_map_is_an_error_not_a_hang() -> None:
    with Zygote(2) as zygote, pytest.raises(MilwatchError, match="worker process died"):
        list(zygote.map(quit_quietly, range(40), chunk_size=2))


def test_closed_before_any_map_the_zygote_exits() -> None:
    zygote = Zygote(2).start()
    pid = zygote.pid
    assert pid is not None and _alive(pid)
    started = time.monotonic()
    zygote.close()
    assert _wait_gone([pid]) == [] and time.monotonic() - started < 5
    zygote.close()  # twice: nothing


def test_stopping_early_ends_the_workers() -> None:
    with Zygote(2) as zygote:
        pid = zygote.pid
        results = zygote.map(functools.partial(make_tagger, 0), range(100_000), chunk_size=10)
        first = [next(results) for _ in range(5)]
        workers = {worker for _, (_, _, worker, _) in first}
        results.close()
    assert [item for item, _ in first] == [0, 1, 2, 3, 4]
    assert _wait_gone([p for p in (pid, *workers) if p is not None]) == []


SCRIPT = """
import faulthandler, functools, os, signal, sys, time
from milwatch.parallel import Zygote
faulthandler.register(signal.SIGUSR1, all_threads=True)  # the test asks for the stacks of a parent that hangs
# Ctrl-C handled as in a terminal: a process inherits an ignored SIGINT, and a test earlier in the suite
# can leave pytest's ignored (the full suite then hung here in _exchange: SIGINT never raised)
signal.signal(signal.SIGINT, signal.default_int_handler)

def slow(chunk):
    time.sleep(0.05)
    return [os.getpid() for _ in chunk]

def build():
    return slow

zygote = Zygote(2).start()
results = zygote.map(build, range(10**9), chunk_size=1)
next(results)
next(results)
print(zygote.pid, flush=True)
for _ in results:  # Ctrl-C comes here, or kill -9
    pass
"""


def _start(tmp_path: Path) -> tuple[subprocess.Popen[str], int, list[int]]:
    """A parent process mapping on a zygote's workers: (the parent, the zygote's pid, the workers' pids)."""
    script = tmp_path / "parent.py"
    script.write_text(SCRIPT, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, start_new_session=True)
    assert parent.stdout is not None
    zygote = int(parent.stdout.readline())
    deadline = time.monotonic() + 30
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2:
        workers = [int(p) for p in Path(f"/proc/{zygote}/task/{zygote}/children").read_text().split()]
        time.sleep(0.05)
    assert len(workers) == 2
    return parent, zygote, workers


def test_the_zygote_and_its_workers_exit_when_the_parent_is_killed(tmp_path: Path) -> None:
    parent, zygote, workers = _start(tmp_path)
    parent.send_signal(signal.SIGKILL)
    parent.communicate()
    assert _wait_gone([zygote, *workers]) == []


def test_ctrl_c_stops_the_parent_and_leaves_no_process(tmp_path: Path) -> None:
    parent, zygote, workers = _start(tmp_path)
    os.killpg(parent.pid, signal.SIGINT)  # as a terminal does: the whole process group
    try:
        _, err = parent.communicate(timeout=30)
    except subprocess.TimeoutExpired:  # say what hangs: which processes live, and the parent's stacks
        named = [("parent", parent.pid), ("zygote", zygote), *(("worker", pid) for pid in workers)]
        alive = [f"{name} {pid}" for name, pid in named if Path(f"/proc/{pid}").exists()]
        if Path(f"/proc/{parent.pid}").exists():
            os.kill(parent.pid, signal.SIGUSR1)
            time.sleep(1)
        os.killpg(parent.pid, signal.SIGKILL)
        _, err = parent.communicate(timeout=30)
        pytest.fail(f"no exit 30 s after Ctrl-C; alive: {alive}; the parent's stderr:\n{err}")
    assert parent.returncode != 0 and "KeyboardInterrupt" in err
    assert err.count("Traceback") == 1, err  # the parent's only: the zygote and workers ignore Ctrl-C
    assert _wait_gone([zygote, *workers]) == []
