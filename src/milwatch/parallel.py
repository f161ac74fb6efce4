"""Run a function over chunks of a stream in worker processes, results in input order, memory bounded.

    for item, result in ordered_map(work, items, workers=1):
        ...   # result = work([... item ...])[i], computed in another process

Workers are forked, so `work` and whatever it closes over (language packs, a
detector) are inherited, never pickled; only the items and the results cross
process boundaries.  With `setup`, each worker process calls it once when it starts
(an initializer) and maps its chunks with the function it returns, so per-process
state such as an extractor with its compiled patterns is built there, once:

    ordered_map(extract_chunk, items, workers=4, setup=lambda: make_extract_chunk())

At most `in_flight` chunks are pending at a time, so a stream of any length runs in constant
memory.  Where fork is unavailable, or `workers` is 0, everything runs in this process.

Forked workers share this process's pages copy-on-write until one of them writes to a page.  Before
forking, `ordered_map` collects garbage, hands the C heap's free pages back to the system (fewer pages
to inherit) and freezes every object into the garbage collector's permanent generation (`gc.freeze`),
so that no collection in a worker walks (and so writes, and copies) the objects it inherited: what
this process built for the workers (say, packs loaded from the compiled-pack cache, closed over by
`work`) stays shared by them.  Once they are forked this process unfreezes its objects (the workers
keep theirs frozen) and drops its own reference to `work` and `setup`: what only they closed over is
freed here, while the workers go on sharing the pages among themselves.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

from milwatch.errors import MilwatchError

T = TypeVar("T")
R = TypeVar("R")
POLL_SECONDS = 1.0
ORPHAN_POLL_SECONDS = 0.2


def resolve_workers(value: int | str | None) -> int:
    """Worker processes for a `--workers N|auto` value: `auto` (or None, or -1) is one per core,
    0 and 1 mean none (the work runs in this process), N >= 2 is N."""
    if value is None or str(value).strip().lower() in ("auto", "-1"):
        count = os.cpu_count() or 1
    else:
        count = int(value)
        if count < 0:
            raise ValueError(f"workers must be 'auto' or a number >= 0, got {value!r}")
    return count if count >= 2 else 0


def default_workers() -> int:
    """Worker processes for the stages: one beside the main process (which reads and writes) where
    there are two cores or more and they are not busy already, else none."""
    cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        load = 0.0
    return max(0, min(cores - 1, 1)) if load <= cores - 1 else 0


def _orphan_watch(parent: int) -> None:
    """Exit this worker as soon as its parent is gone (kill -9 included), whatever it is doing: loading its
    tools, mapping a chunk, working off queued chunks or flushing results into a pipe nobody reads."""
    while os.getppid() == parent:
        time.sleep(ORPHAN_POLL_SECONDS)
    os._exit(1)


def _loop(work: Callable[[list[Any]], list[Any]],
          setup: Callable[[], Callable[[list[Any]], list[Any]]] | None,
          inbox: Any, outbox: Any, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    threading.Thread(target=_orphan_watch, args=(parent,), daemon=True, name="orphan-watch").start()
    if setup is not None:
        work = setup()
    while True:
        try:
            task = inbox.get(timeout=POLL_SECONDS)
        except queue.Empty:
            if os.getppid() != parent:  # the parent was killed: nobody will read our results
                return
            continue
        if task is None:
            return
        seq, chunk = task
        outbox.put((seq, work(chunk)))


def ordered_map(work: Callable[[list[T]], list[R]], items: Iterable[T], *, workers: int, chunk_size: int = 64,
                in_flight: int | None = None,
                setup: Callable[[], Callable[[list[T]], list[R]]] | None = None) -> Iterator[tuple[T, R]]:
    """(item, result) for every item, in order; `work` maps a chunk of items to as many results.

    `setup`, if given, is called once in each worker process and its result replaces `work`
    there; `work` itself then only runs when everything runs in this process."""
    iterator = iter(items)
    if workers <= 0 or "fork" not in multiprocessing.get_all_start_methods():
        while chunk := list(islice(iterator, chunk_size)):
            yield from zip(chunk, work(chunk), strict=True)
        return
    ctx = multiprocessing.get_context("fork")
    in_flight = in_flight or 2 * workers
    inbox, outbox = ctx.Queue(), ctx.Queue()
    procs = [ctx.Process(target=_loop, args=(work, setup, inbox, outbox, os.getpid()),
                         daemon=True) for _ in range(workers)]
    frozen = _freeze()
    try:
        for proc in procs:
            proc.start()  # (which drops the process object's own reference to its arguments)
    finally:
        _unfreeze(frozen)
    del work, setup  # the workers have theirs: what only they use is freed in this process
    _release(frozen)
    chunks: dict[int, list[T]] = {}
    results: dict[int, list[R]] = {}
    sent = done = 0
    exhausted = False
    try:
        while True:
            while not exhausted and sent - done < in_flight:
                chunk = list(islice(iterator, chunk_size))
                if not chunk:
                    exhausted = True
                    break
                chunks[sent] = chunk
                inbox.put((sent, chunk))
                sent += 1
            if exhausted and done == sent:
                return
            while done not in results:
                try:
                    seq, result = outbox.get(timeout=POLL_SECONDS)
                except queue.Empty:
                    if not all(p.is_alive() for p in procs):
                        raise MilwatchError("a worker process died; run again with --workers 0") from None
                    continue
                results[seq] = result
            yield from zip(chunks.pop(done), results.pop(done), strict=True)
            done += 1
    finally:
        for _ in procs:
            inbox.put(None)
        for proc in procs:
            proc.join(timeout=5)
            if proc.is_alive():
                proc.terminate()
                proc.join(timeout=5)
        for q in (inbox, outbox):
            q.cancel_join_thread()
            q.close()


def _freeze() -> bool:
    """Collect garbage, hand free memory back, then move every tracked object to the permanent
    generation, so that the workers about to be forked never collect (and so never copy) what they
    inherit.  False when the objects were frozen already (a map inside a map, or the caller's own
    freeze): whoever froze them unfreezes."""
    if gc.get_freeze_count():
        return False
    gc.collect()
    _trim()
    gc.freeze()
    return True


def _unfreeze(frozen: bool) -> None:
    if frozen:
        gc.unfreeze()


def _release(frozen: bool) -> None:
    """After the fork: collect what this process no longer references (objects built for the
    workers hold cycles) and hand the freed memory back to the system."""
    if frozen:
        gc.collect()
        _trim()


def _trim() -> None:
    """Return the free pages of the C heap to the system (glibc's `malloc_trim`: Python frees its
    large objects there, and without a trim those pages stay resident); elsewhere nothing."""
    try:
        import ctypes

        trim = ctypes.CDLL(None).malloc_trim
    except (ImportError, OSError, AttributeError):
        return
    trim(0)
