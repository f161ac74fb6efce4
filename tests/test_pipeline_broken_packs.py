"""A language pack that breaks in the middle of a run (or is first read then) stops the run with its
PackError: the stages do not take a broken installation for bad input (before, `prepare_safely`
quarantined the article and `_extract_chunk` counted it as a failed extraction, and the run went on).

The packs root is a copy of the shipped `_base`, `de` and `en` in tmp_path; it passes the up-front check
(packs/check.py), then the German pack is broken before the German article is prepared or extracted.
The pipeline functions are called directly on a real SQLite store, in this process and in a worker.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from milwatch.errors import PackError
from milwatch.extract.engine import Extractor
from milwatch.langid import Detector
from milwatch.model import Article, Origin
from milwatch.packs.cache import PackCache
from milwatch.packs.check import PackFailure, check_packs
from milwatch.packs.loader import BASE, PACKS_DIR, PackRegistry
from milwatch.pipeline import extract_stored, ingest, prepare_safely
from milwatch.store import open_store

# invented articles in general vocabulary: English first, then German (the pack that breaks)
ARTICLES = [
    ("mr-en-1", "en", "The defence minister of Alphaland met his counterpart in the capital on Friday and "
                      "signed an agreement on military training."),
    ("mr-de-1", "de", "Der Verteidigungsminister von Alphaland besuchte am Dienstag Betaland. Die beiden "
                      "Minister erörterten die Zusammenarbeit bei der Ausbildung von Offizieren."),
]


def articles() -> list[Article]:
    return [Article(id=i, text=text, lang_hint=lang, origin=Origin("test", n))
            for n, (i, lang, text) in enumerate(ARTICLES, 1)]


def packs(tmp_path: Path) -> tuple[PackRegistry, Path]:
    """A registry on a valid copy of the packs (checked), and the German file to break."""
    root = tmp_path / "packs"
    for name in (BASE, "de", "en"):
        shutil.copytree(PACKS_DIR / name, root / name)
    registry = PackRegistry(root, cache=PackCache(None))
    check_packs(registry)  # valid at the up-front check
    return PackRegistry(root, cache=PackCache(None)), root / "de" / "triggers.toml"


def break_file(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(1, 'meetings = ["treffen"]\n')  # a key the schema does not allow, on line 2
    path.write_text("".join(lines), encoding="utf-8")


def assert_names_file(exc: PackError, path: Path) -> None:
    assert exc.path == str(path) and exc.line == 2 and exc.key == "meetings", str(exc)


def quarantined(db: Path) -> int:
    store = open_store(db)
    try:
        return int(store.stats().get("quarantined") or 0)
    finally:
        store.close()


def test_prepare_safely_raises_a_pack_error(tmp_path: Path) -> None:
    registry, path = packs(tmp_path)
    english, german = articles()
    assert isinstance(prepare_safely(english, registry, Detector()), Article)
    break_file(path)  # broken after the check, before the German pack is first read
    with pytest.raises(PackError) as caught:
        prepare_safely(german, registry, Detector())
    assert_names_file(caught.value, path)


@pytest.mark.parametrize("workers", [0, 1])
def test_ingest_stops_and_quarantines_nothing(tmp_path: Path, workers: int) -> None:
    registry, path = packs(tmp_path)
    break_file(path)
    store = open_store(tmp_path / "m.db")
    try:
        with pytest.raises(PackError) as caught:
            ingest(articles(), store, registry, Detector(), batch_size=1, workers=workers, chunk_size=2)
    finally:
        store.close()
    assert_names_file(caught.value, path)
    assert quarantined(tmp_path / "m.db") == 0


@pytest.mark.parametrize("workers", [0, 1])
def test_extract_stops_and_counts_no_failure(tmp_path: Path, workers: int) -> None:
    registry, path = packs(tmp_path)
    store = open_store(tmp_path / "m.db")
    try:
        summary = ingest(articles(), store, registry, Detector())
        assert summary.counts.stored == 2 and summary.quarantined == 0
        break_file(path)  # after ingest read the German pack: the extractor reads it afresh
        extractor = Extractor(PackRegistry(path.parent.parent, cache=PackCache(None)))
        with pytest.raises(PackError) as caught:
            extract_stored(store, extractor, workers=workers, chunk_size=2, preload=False)
        assert_names_file(caught.value, path)
        assert store.get_extraction("mr-de-1") is None
    finally:
        store.close()
    assert quarantined(tmp_path / "m.db") == 0


def test_a_pack_failure_carries_the_error_across_processes() -> None:
    import pickle

    failure = PackFailure.of(PackError("de/triggers.toml", "unknown key", key="meetings", line=2))
    error = pickle.loads(pickle.dumps(failure)).error()
    assert str(error) == "de/triggers.toml:2 [meetings]: unknown key"
