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

A forked worker maps every page its parent has at the fork (its RSS starts at the parent's), so a parent
that has grown (read and stored a corpus) or held the shared state itself (the load's garbage, its
fragmented heap) makes every worker that much larger.  A `Zygote` is forked early, while this process is
small; `Zygote.map` sends it a `build` function, which it runs (say, loading the language packs once the
languages are known), and the workers are forked from it: they inherit the zygote's small heap and what
`build` made, this process never holds it, and the chunks and results go straight between this process
and the workers as with `ordered_map`:

    with Zygote(workers=2) as zygote:   # forked now
        ...                             # this process grows (reads and stores the input)
        for item, result in zygote.map(build, items):   # build() runs in the zygote, once
            ...
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
from multiprocessing.connection import wait
from types import TracebackType
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


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def ordered_map(work: Callable[[list[T]], list[R]], items: Iterable[T], *, workers: int, chunk_size: int = 64,
                in_flight: int | None = None,
                setup: Callable[[], Callable[[list[T]], list[R]]] | None = None) -> Iterator[tuple[T, R]]:
    """(item, result) for every item, in order; `work` maps a chunk of items to as many results.

    `setup`, if given, is called once in each worker process and its result replaces `work`
    there; `work` itself then only runs when everything runs in this process."""
    iterator = iter(items)
    if workers <= 0 or not can_fork():
        while chunk := list(islice(iterator, chunk_size)):
            yield from zip(chunk, work(chunk), strict=True)
        return
    ctx = multiprocessing.get_context("fork")
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
    try:
        yield from _exchange(iterator, inbox, outbox, lambda: all(p.is_alive() for p in procs), chunk_size,
                             in_flight or 2 * workers)
    finally:
        for _ in procs:
            inbox.put(None)
        for proc in procs:
            _stop(proc)
        _close_queues(inbox, outbox)


def _exchange(iterator: Iterator[T], inbox: Any, outbox: Any, alive: Callable[[], bool], chunk_size: int,
              in_flight: int) -> Iterator[tuple[T, R]]:
    """This process's side of a map over worker processes: chunks of `iterator` into `inbox` (at most
    `in_flight` pending), (seq, results) out of `outbox`, every (item, result) yielded in input order;
    an error when `alive()` says a worker died."""
    chunks: dict[int, list[T]] = {}
    results: dict[int, list[R]] = {}
    sent = done = 0
    exhausted = False
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
                if not alive():
                    raise MilwatchError("a worker process died; run again with --workers 0") from None
                continue
            results[seq] = result
        yield from zip(chunks.pop(done), results.pop(done), strict=True)
        done += 1


def _stop(proc: Any, seconds: float = 5.0) -> None:
    """Wait for a process to end (a busy worker finishes its chunk), then stop it."""
    proc.join(timeout=seconds)
    if proc.is_alive():
        proc.terminate()
        proc.join(timeout=seconds)


def _close_queues(*queues: Any) -> None:
    for q in queues:
        q.cancel_join_thread()
        q.close()


class Zygote:
    """A small process forked early; `map` has it build the workers' state once and fork the workers
    from itself (see the module's doc).  One map per zygote; without workers (0) or fork, `map` builds
    and maps in this process.  A context manager: leaving it (or `close`) ends the zygote and its workers.

    The zygote ignores Ctrl-C (this process handles it and ends them), exits when this process is gone
    (kill -9 included) and when one of its workers dies (this process's map then raises, as
    `ordered_map` does); its workers exit when it is gone."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._proc: Any = None
        self._commands: Any = None  # this process's end of the pipe that sends `build`
        self._inbox: Any = None
        self._outbox: Any = None
        self._mapped = False

    @property
    def fresh(self) -> bool:
        """No map asked of it yet."""
        return not self._mapped

    @property
    def pid(self) -> int | None:
        """The zygote process's id while it runs (None before `start`, after `close`, without workers)."""
        return self._proc.pid if self._proc is not None else None

    def start(self) -> Zygote:
        """Fork the zygote now (nothing without workers or fork, or when it runs already)."""
        if self._proc is not None or self.workers <= 0 or not can_fork():
            return self
        ctx = multiprocessing.get_context("fork")
        self._inbox, self._outbox = ctx.Queue(), ctx.Queue()
        receive, self._commands = ctx.Pipe(duplex=False)
        # daemonic: this process ends it when it exits; the zygote clears the flag in itself to fork workers
        proc = ctx.Process(target=_zygote, args=(receive, self._commands, self._inbox, self._outbox,
                                                 self.workers, os.getpid()), daemon=True, name="zygote")
        frozen = _freeze()  # its collections then never copy what it inherits
        try:
            proc.start()
        finally:
            _unfreeze(frozen)
        receive.close()
        self._proc = proc
        return self

    def map(self, build: Callable[[], Callable[[list[T]], list[R]]], items: Iterable[T], *,
            chunk_size: int = 64, in_flight: int | None = None) -> Iterator[tuple[T, R]]:
        """(item, result) for every item, in order, as `ordered_map`: `build()` runs once in the zygote
        (it is pickled there: a module-level function or a partial of one) and the function it returns
        maps the chunks in the workers forked from the zygote afterwards.  The zygote is started now if
        it was not."""
        if self._mapped:
            raise RuntimeError("a zygote serves one map")
        self._mapped = True
        self.start()
        if self._proc is None:  # no workers, or no fork: everything here
            yield from ordered_map(build(), items, workers=0, chunk_size=chunk_size)
            return
        try:
            try:
                self._commands.send(build)
            except OSError:  # the zygote is gone already
                raise MilwatchError("a worker process died; run again with --workers 0") from None
            yield from _exchange(iter(items), self._inbox, self._outbox, self._proc.is_alive, chunk_size,
                                 in_flight or 2 * self.workers)
        finally:
            self.close()

    def close(self) -> None:
        """End the zygote: its workers stop at the end of their chunk (5 s at most, then they are
        stopped), a zygote still waiting for its `build` at once."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if self._mapped:
            for _ in range(self.workers):
                self._inbox.put(None)
        self._commands.close()  # the zygote waiting for `build` reads the end of the pipe
        _stop(proc)
        _close_queues(self._inbox, self._outbox)

    def __enter__(self) -> Zygote:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


def _zygote(receive: Any, commands: Any, inbox: Any, outbox: Any, workers: int, parent: int) -> None:
    """The zygote process: wait for `build`, run it, fork the workers, then exit when one of them ends:
    after its None the map is over (the others read theirs), else it died (exit 1: the parent's map
    raises).  The workers left are ended on the way out (they are daemonic)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    multiprocessing.current_process().daemon = False  # it forks the workers (its parent still ends it)
    commands.close()  # the parent's end: closed here, so that closing it there is the end of the pipe
    threading.Thread(target=_orphan_watch, args=(parent,), daemon=True, name="orphan-watch").start()
    try:
        build = receive.recv()
    except EOFError:  # closed before any map
        return
    receive.close()
    work = build()
    del build
    _collect_and_freeze()  # what the build left behind, then everything frozen: the workers share it
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_loop, args=(work, None, inbox, outbox, os.getpid()), daemon=True)
             for _ in range(workers)]
    for proc in procs:
        proc.start()
    wait([proc.sentinel for proc in procs])
    if not any(proc.exitcode for proc in procs):  # a None read: the others have theirs, a moment to end
        deadline = time.monotonic() + 1.0
        for proc in procs:
            proc.join(timeout=max(0.0, deadline - time.monotonic()))
    raise SystemExit(1 if any(proc.exitcode for proc in procs) else 0)


def _freeze() -> bool:
    """Collect garbage, hand free memory back, then move every tracked object to the permanent
    generation, so that the workers about to be forked never collect (and so never copy) what they
    inherit.  False when the objects were frozen already (a map inside a map, or the caller's own
    freeze): whoever froze them unfreezes."""
    if gc.get_freeze_count():
        return False
    _collect_and_freeze()
    return True


def _collect_and_freeze() -> None:
    """Collect garbage, hand the freed memory back, freeze every tracked object (adding to what is
    frozen already: the zygote inherits its parent's frozen objects and freezes what `build` made)."""
    gc.collect()
    _trim()
    gc.freeze()


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
