"""Database access for the API: a pool of read connections and one serialized writer."""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from milwatch.settings import Settings, load_settings
from milwatch.store import Store, open_store

if TYPE_CHECKING:
    from milwatch.packs import PackRegistry
    from milwatch.pipeline import Pipeline

READ_SECONDS = 30.0  # a read request's queries stop (503) after this long, answered or abandoned


class StoreAccess:
    """Read stores are pooled (one request uses one at a time); writes go through one store, one at a time.

    A read has a time budget (`read_seconds`): SQLite interrupts its queries when it is spent, so no
    request, even one whose client went away, keeps a core busy for longer."""

    def __init__(self, path: str | os.PathLike[str], settings: Settings | None = None,
                 read_seconds: float = READ_SECONDS, registry: PackRegistry | None = None) -> None:
        self.registry = registry  # the packs writes are cleaned and extracted with (None: the shipped ones)
        self.path = path if "://" in str(path) else Path(path)  # a file, or a postgresql:// URL
        self.read_seconds = read_seconds
        self.settings = settings or load_settings()  # the user's file and MILWATCH_* as for the CLI
        self._idle: queue.SimpleQueue[Store] = queue.SimpleQueue()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._writer: tuple[Store, Pipeline] | None = None

    def _open(self) -> Store:
        store = open_store(self.path, create=False)
        store.read_only()
        with self._lock:
            self._all.append(store)
        return store

    @contextmanager
    def reader(self) -> Iterator[Store]:
        try:
            store = self._idle.get_nowait()
        except queue.Empty:
            store = self._open()
        try:
            with store.time_limit(self.read_seconds):
                yield store
        finally:
            self._idle.put(store)

    @contextmanager
    def writer(self) -> Iterator[tuple[Store, Pipeline]]:
        """The write store and the pipeline (`Pipeline.from_settings`: packs, detector, extractor), loaded
        once."""
        with self._write_lock:
            if self._writer is None:
                from milwatch.pipeline import Pipeline

                cfg = self.settings
                store = open_store(self.path, create=False, near_dup_threshold=cfg.near_dup_threshold,
                                   minhash_perm=cfg.minhash_perm, minhash_bands=cfg.minhash_bands)
                self._writer = (store, Pipeline.from_settings(cfg, registry=self.registry))
            yield self._writer

    def close(self) -> None:
        with self._lock:
            stores, self._all = self._all, []
        if self._writer is not None:
            stores.append(self._writer[0])
            self._writer = None
        for store in stores:
            store.close()
