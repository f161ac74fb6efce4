"""Memory of the worker processes (issue 11): the objects a parent built before the fork stay shared
(the workers' garbage collections do not walk, and so do not copy, what they inherit); the extract
workers use the extractor their zygote built with the stored languages' packs loaded, and the process
that reads and writes the store never loads those packs; the predictions are the same with and without
that preload, with a zygote forked early or when the extraction starts."""

from __future__ import annotations

import functools
import gc
import json
import os
import shutil
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from milwatch.errors import PackError
from milwatch.extract.engine import Extractor
from milwatch.extract_pool import languages_to_extract, preload
from milwatch.ingest import ReadOptions, read_paths
from milwatch.langid import Detector
from milwatch.packs import PackRegistry
from milwatch.packs.cache import PackCache
from milwatch.packs.loader import BASE, PACKS_DIR
from milwatch.parallel import Zygote, ordered_map
from milwatch.pipeline import extract_stored, ingest, worker_extractor
from milwatch.store import SQLiteStore

ROLLUP = Path("/proc/self/smaps_rollup")


def _private_dirty_kb() -> int:
    for line in ROLLUP.read_text().splitlines():
        if line.startswith("Private_Dirty:"):
            return int(line.split()[1])
    raise AssertionError("no Private_Dirty in smaps_rollup")


def _collect_and_measure(chunk: list[int]) -> list[int]:
    before = _private_dirty_kb()
    gc.collect()
    return [_private_dirty_kb() - before for _ in chunk]


@pytest.mark.skipif(not ROLLUP.exists(), reason="needs Linux /proc/self/smaps_rollup")
def test_a_collection_in_a_worker_does_not_copy_what_it_inherited() -> None:
    inherited = [[i, str(i)] for i in range(400_000)]  # ~50 MB of tracked containers
    results = [r for _, r in ordered_map(_collect_and_measure, [0, 1], workers=2, chunk_size=1)]
    # without gc.freeze before the fork a full collection writes the header of every inherited object
    # (measured: ~40 MB copied); frozen, the workers never touch them
    assert max(results) < 8_000, results
    assert len(inherited) == 400_000 and gc.get_freeze_count() == 0  # unfrozen in the parent again


def _pack_ids(extractor: Extractor, loaded: dict[str, int], built_in: int,
              chunk: list[str]) -> list[tuple[int, int | None, int, int]]:
    """(the pack a worker uses, the one its zygote loaded, the zygote's pid, the worker's parent)."""
    return [(id(extractor.resources(code).pack), loaded.get(code), built_in, os.getppid()) for code in chunk]


def preload_and_report(languages: list[str]) -> Callable[[list[str]], list[tuple[int, int | None, int, int]]]:
    """A zygote's `build`: the extract pool's preload, and what it loaded (ids of the pack objects)."""
    extractor = preload(worker_extractor(PACKS_DIR), languages)
    loaded = {code: id(extractor.resources(code).pack) for code in languages}
    return functools.partial(_pack_ids, extractor, loaded, os.getpid())


def test_workers_use_the_packs_their_zygote_loaded() -> None:
    codes = ["de", "en", "fr"] * 4
    with Zygote(2) as zygote:
        results = [r for _, r in zygote.map(functools.partial(preload_and_report, ["de", "en"]), codes,
                                            chunk_size=1)]
    assert {(built_in, parent) for _, _, built_in, parent in results} == {(zygote_pid, zygote_pid)
                                                                          for _, _, zygote_pid, _ in results}
    assert os.getpid() not in {built_in for _, _, built_in, _ in results}
    # the same objects (a forked copy keeps its address); a language not preloaded is built in the worker
    for code, (used, loaded, _, _) in zip(codes, results, strict=True):
        assert (used == loaded) if code != "fr" else loaded is None


TEXTS = {
    "en": "The defence minister of France visited India on {d} March 2024 and signed an agreement on "
          "military training with his counterpart (item {i}).",
    "de": "Der Verteidigungsminister Frankreichs besuchte am {d}. März 2024 Indien und unterzeichnete "
          "ein Abkommen über militärische Ausbildung (Nummer {i}).",
    "fr": "Le ministre des Armées de la France s'est rendu en Inde le {d} mars 2024 et a signé un accord "
          "sur la formation militaire (numéro {i}).",
}


def _corpus(tmp_path: Path, count: int = 90) -> Path:
    corpus = tmp_path / "c.jsonl"
    codes = list(TEXTS)
    rows = [{"id": f"r{i}", "lang": codes[i % 3], "text": TEXTS[codes[i % 3]].format(d=1 + i % 27, i=i)}
            for i in range(count)]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return corpus


def test_extractions_are_the_same_with_the_preloaded_extractor(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    saved = {}
    for name, workers, shared in (("single", 0, True), ("own", 2, False), ("zygote now", 2, True),
                                  ("zygote early", 2, True)):
        early_workers = workers if "early" in name else 0
        with SQLiteStore(tmp_path / f"{name}.db") as store, Zygote(early_workers) as early:
            ingest(read_paths([corpus], ReadOptions()), store, PackRegistry(), Detector(), workers=workers)
            if shared:
                assert sorted(c or "" for c in languages_to_extract(store)) == ["de", "en", "fr"]
            summary = extract_stored(store, Extractor(PackRegistry()), workers=workers, chunk_size=8,
                                     preload=shared, zygote=early if "early" in name else None)
            assert (summary.articles, summary.failed) == (90, 0)
            assert languages_to_extract(store) == []  # every article extracted: nothing to preload
            assert not ("early" in name and early.fresh)  # the early zygote did the map
            saved[name] = [(x.article_id, [e.to_dict() for e in x.events]) for x in store.iter_extractions()]
    assert saved["single"] == saved["own"] == saved["zygote now"] == saved["zygote early"]
    assert sum(1 for _, events in saved["single"] if events) >= 60


def test_the_process_that_stores_never_loads_the_packs(tmp_path: Path) -> None:
    """With workers, this process's traced peak up to the last extraction saved is what it reads and
    writes, not the three packs (built in the zygote); before the zygote it loaded them to share them."""
    cache = PackCache(tmp_path / "cache")
    with SQLiteStore(tmp_path / "m.db") as store:
        ingest(read_paths([_corpus(tmp_path)], ReadOptions()), store, PackRegistry(), Detector())
        in_process = Extractor(PackRegistry(cache=cache))
        tracemalloc.start()
        try:
            preload(in_process, ["de", "en", "fr"])  # what holding the three packs costs here
            _, packs_peak = tracemalloc.get_traced_memory()
            del in_process
            gc.collect()
            before, _ = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
            peaks: list[int] = []
            summary = extract_stored(store, Extractor(PackRegistry(cache=cache)), workers=2, chunk_size=8,
                                     on_article=lambda _a: peaks.append(tracemalloc.get_traced_memory()[1]))
        finally:
            tracemalloc.stop()
    assert summary.articles == len(peaks) == 90
    assert peaks[-1] - before < packs_peak / 5, (peaks[-1] - before, packs_peak)


def test_a_pack_broken_after_the_ingest_stops_the_run_through_the_zygote(tmp_path: Path) -> None:
    """The zygote leaves a pack that does not load to the article that needs it: the run stops with its
    PackError there, the articles before it saved (as with `preload=False`)."""
    root = tmp_path / "packs"
    for name in (BASE, "de", "en"):
        shutil.copytree(PACKS_DIR / name, root / name)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"r{i}", "lang": code, "text": TEXTS[code].format(d=3, i=i)})
                              + "\n" for i, code in enumerate(["en", "en", "de", "en"])), encoding="utf-8")
    with SQLiteStore(tmp_path / "m.db") as store:
        registry = PackRegistry(root, cache=PackCache(None))
        ingest(read_paths([corpus], ReadOptions()), store, registry, Detector())
        path = root / "de" / "triggers.toml"
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join([lines[0], 'meetings = ["treffen"]\n', *lines[1:]]), encoding="utf-8")
        with pytest.raises(PackError) as caught:
            extract_stored(store, Extractor(PackRegistry(root, cache=PackCache(None))), workers=1,
                           chunk_size=1)
        assert caught.value.path == str(path) and caught.value.key == "meetings"
        assert [x.article_id for x in store.iter_extractions()] == ["r0", "r1"]
