"""When the compiled-pack cache saves what a language compiled (packs/cache.py SAVE_AT): after its
1st, 2nd, 4th, 8th ... use, when it compiled more since the last save, so that a language met in a
few articles per run keeps what those articles compiled for the next run."""

from __future__ import annotations

from pathlib import Path

from milwatch.packs import PackRegistry
from milwatch.packs.cache import PackCache


def _saved_keys(folder: Path) -> set[tuple[str, ...]]:
    """The matcher keys of the English pack as a fresh registry loads it from the cache."""
    return set(PackRegistry(cache=PackCache(folder)).get("en")._compiled)


def test_what_a_language_compiled_is_saved_after_each_power_of_two_use(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    registry = PackRegistry(cache=PackCache(folder))
    pack = registry.get("en")
    registry.used("en")  # 1st use: saved
    assert ("triggers", "meeting", "") not in _saved_keys(folder)
    pack.matcher("triggers", "meeting")
    registry.used("en")  # 2nd use: it compiled more, saved
    assert ("triggers", "meeting", "") in _saved_keys(folder)
    pack.matcher("triggers", "agreement")
    registry.used("en")  # 3rd use: not a save point
    assert ("triggers", "agreement", "") not in _saved_keys(folder)
    registry.used("en")  # 4th use: saved
    assert ("triggers", "agreement", "") in _saved_keys(folder)


def test_a_use_that_compiled_nothing_new_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    registry = PackRegistry(cache=PackCache(folder))
    registry.get("en").matcher("triggers", "meeting")
    registry.used("en")
    (pickle,) = folder.glob("en-*.pickle")
    before = pickle.stat().st_mtime_ns
    pickle.touch()
    touched = pickle.stat().st_mtime_ns
    registry.used("en")  # 2nd use, nothing compiled since the 1st: no save
    assert pickle.stat().st_mtime_ns == touched >= before
