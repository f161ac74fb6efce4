"""Database access for the API: a pool of read connections and one serialized writer."""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from milwatch.settings import Settings
from milwatch.store import SQLiteStore


class StoreAccess:
    """Read stores are pooled (one request uses one at a time); writes go through one store, one at a time."""

    def __init__(self, path: str | os.PathLike[str], settings: Settings | None = None) -> None:
        self.path = Path(path)
        self.settings = settings or Settings()
        self._idle: queue.SimpleQueue[SQLiteStore] = queue.SimpleQueue()
        self._all: list[SQLiteStore] = []
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._tools: dict[str, Any] = {}

    def _open(self) -> SQLiteStore:
        store = SQLiteStore(self.path, create=False)
        store.conn.execute("PRAGMA query_only = ON")
        with self._lock:
            self._all.append(store)
        return store

    @contextmanager
    def reader(self) -> Iterator[SQLiteStore]:
        try:
            store = self._idle.get_nowait()
        except queue.Empty:
            store = self._open()
        try:
            yield store
        finally:
            self._idle.put(store)

    @contextmanager
    def writer(self) -> Iterator[tuple[SQLiteStore, dict[str, Any]]]:
        """The write store and the pipeline's heavy tools (packs, detector, extractor), loaded once."""
        with self._write_lock:
            if "store" not in self._tools:
                from milwatch.extract.engine import Extractor
                from milwatch.langid import Detector
                from milwatch.packs import PackRegistry

                cfg = self.settings
                registry = PackRegistry()
                store = SQLiteStore(self.path, create=False, near_dup_threshold=cfg.near_dup_threshold,
                                    minhash_perm=cfg.minhash_perm, minhash_bands=cfg.minhash_bands)
                self._tools.update(store=store, registry=registry, extractor=Extractor(registry),
                                   detector=Detector(cfg.langid_short_chars, cfg.langid_mixed_share))
            yield self._tools["store"], self._tools

    def close(self) -> None:
        with self._lock:
            stores, self._all = self._all, []
        if "store" in self._tools:
            stores.append(self._tools.pop("store"))
        for store in stores:
            store.close()
