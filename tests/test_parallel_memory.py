"""Memory of the worker processes (issue 11): the objects a parent built before the fork stay shared
(the workers' garbage collections do not walk, and so do not copy, what they inherit), the extract
workers use the parent's extractor with the stored languages' packs loaded, and the predictions are
the same with and without that preload."""

from __future__ import annotations

import functools
import gc
import json
import os
from pathlib import Path

import pytest

from milwatch.extract.engine import Extractor
from milwatch.ingest import ReadOptions, read_paths
from milwatch.langid import Detector
from milwatch.packs import PackRegistry
from milwatch.parallel import ordered_map
from milwatch.pipeline import extract_stored, ingest, languages_to_extract, shared_extractor
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


def _pack_ids(extractor: Extractor, chunk: list[str]) -> list[tuple[int, int]]:
    return [(id(extractor.resources(code).pack), os.getpid()) for code in chunk]


def test_workers_use_the_packs_loaded_before_the_fork() -> None:
    extractor = shared_extractor(PackRegistry().root, (), ["de", "en"])
    loaded = {code: id(extractor.resources(code).pack) for code in ("de", "en")}
    results = [r for _, r in ordered_map(functools.partial(_pack_ids, extractor), ["de", "en", "fr"] * 4,
                                         workers=2, chunk_size=1)]
    assert os.getpid() not in {pid for _, pid in results}
    by_code = dict(zip(["de", "en", "fr"] * 4, [ident for ident, _ in results], strict=True))
    # the same objects (a forked copy keeps its address); a language not preloaded is built there
    assert by_code["de"] == loaded["de"] and by_code["en"] == loaded["en"]
    assert by_code["fr"] not in loaded.values()


TEXTS = {
    "en": "The defence minister of France visited India on {d} March 2024 and signed an agreement on "
          "military training with his counterpart (item {i}).",
    "de": "Der Verteidigungsminister Frankreichs besuchte am {d}. März 2024 Indien und unterzeichnete "
          "ein Abkommen über militärische Ausbildung (Nummer {i}).",
    "fr": "Le ministre des Armées de la France s'est rendu en Inde le {d} mars 2024 et a signé un accord "
          "sur la formation militaire (numéro {i}).",
}


def test_extractions_are_the_same_with_the_preloaded_extractor(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    codes = list(TEXTS)
    rows = [{"id": f"r{i}", "lang": codes[i % 3], "text": TEXTS[codes[i % 3]].format(d=1 + i % 27, i=i)}
            for i in range(90)]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    saved = {}
    for name, workers, preload in (("single", 0, True), ("own", 2, False), ("shared", 2, True)):
        with SQLiteStore(tmp_path / f"{name}.db") as store:
            ingest(read_paths([corpus], ReadOptions()), store, PackRegistry(), Detector())
            if name == "shared":
                assert sorted(c or "" for c in languages_to_extract(store)) == ["de", "en", "fr"]
            summary = extract_stored(store, Extractor(PackRegistry()), workers=workers, chunk_size=8,
                                     preload=preload)
            assert (summary.articles, summary.failed) == (90, 0)
            assert languages_to_extract(store) == []  # every article extracted: nothing to preload
            saved[name] = [(x.article_id, [e.to_dict() for e in x.events]) for x in store.iter_extractions()]
    assert saved["single"] == saved["own"] == saved["shared"]
    assert sum(1 for _, events in saved["single"] if events) >= 60
