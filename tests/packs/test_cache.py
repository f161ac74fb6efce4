"""Compiled packs cached on disk (packs/cache.py): a pack loaded from the cache extracts
exactly what a freshly built one does, a changed pack file is never served from an old
entry, and a cache that cannot be written or read only costs the cache."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from milwatch.extract.engine import Extractor
from milwatch.model import Article
from milwatch.packs import PackRegistry
from milwatch.packs.cache import CACHE_ENV, PackCache, default_dir, dumps, loads
from milwatch.packs.loader import BASE, PACKS_DIR

TEXTS = {
    "en": ("Defence Minister John Carter of Australia met his Japanese counterpart Kenji Sato in Tokyo on "
           "4 May 2025.\n\nThe two ministers signed an agreement on joint exercises, Carter said on "
           "Tuesday."),
    "de": ("Verteidigungsminister Peter Lang traf am 4. Mai 2025 in Berlin den französischen "
           "Verteidigungsminister Paul Martin.\n\nBeide unterzeichneten ein Abkommen über gemeinsame "
           "Übungen."),
}


def _articles() -> list[Article]:
    return [Article(id=f"cache-{code}", text=text, lang=code, lang_hint=code, published="2025-05-06")
            for code, text in TEXTS.items()]


def _extract(registry: PackRegistry) -> list[object]:
    extractor = Extractor(registry)
    return [extractor.extract(article) for article in _articles()]


def _pack_root(tmp_path: Path) -> Path:
    root = tmp_path / "packs"
    for name in (BASE, "en", "de"):
        shutil.copytree(PACKS_DIR / name, root / name)
    return root


def test_a_cached_pack_extracts_what_a_built_one_does(tmp_path: Path) -> None:
    plain = _extract(PackRegistry(cache=PackCache(None)))
    assert any(extraction.events for extraction in plain)  # type: ignore[attr-defined]
    folder = tmp_path / "cache"
    first = _extract(PackRegistry(cache=PackCache(folder)))
    saved = sorted(p.name.split("-")[0] + p.suffix for p in folder.iterdir())
    assert saved == ["de.pickle", "de.programs", "en.pickle", "en.programs"]
    registry = PackRegistry(cache=PackCache(folder))
    pack = registry.get("en")
    assert pack._compiled and "countries" in pack._derived  # compiled on load, nothing built
    assert _extract(registry) == first == plain


def test_a_changed_pack_file_is_built_again_and_replaces_the_old_entry(tmp_path: Path) -> None:
    root, folder = _pack_root(tmp_path), tmp_path / "cache"
    _extract(PackRegistry(root, cache=PackCache(folder)))
    before = {p.name for p in folder.glob("en-*.pickle")}
    triggers = root / "en" / "triggers.toml"
    triggers.write_text(triggers.read_text(encoding="utf-8") + "\n# a comment changes the content hash\n",
                        encoding="utf-8")
    registry = PackRegistry(root, cache=PackCache(folder))
    assert not registry.get("en")._compiled  # not served from the old entry
    _extract(registry)
    after = {p.name for p in folder.glob("en-*.pickle")}
    assert len(after) == 1 and after != before  # the old entry of the language is gone


def test_an_unwritable_or_damaged_cache_only_costs_the_cache(tmp_path: Path) -> None:
    plain = _extract(PackRegistry(cache=PackCache(None)))
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    assert _extract(PackRegistry(cache=PackCache(blocker / "cache"))) == plain
    folder = tmp_path / "cache"
    _extract(PackRegistry(cache=PackCache(folder)))
    for path in folder.glob("en-*.pickle"):
        path.write_bytes(path.read_bytes()[:1000])  # cut short, as by a full disk
    for path in folder.glob("de-*.programs"):
        path.write_bytes(path.read_bytes()[:-10])  # its last program cut short
    registry = PackRegistry(cache=PackCache(folder))
    assert not registry.get("en")._compiled and not registry.get("de")._compiled
    assert _extract(registry) == plain


def test_the_cache_directory_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "mine"))
    assert default_dir() == tmp_path / "mine"
    assert PackCache.default().directory == tmp_path / "mine" / "packs"
    monkeypatch.setenv(CACHE_ENV, "off")
    assert default_dir() is None and not PackCache.default().enabled
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_dir() == tmp_path / "xdg" / "milwatch"


def test_a_pickled_regex_is_the_same_program() -> None:
    pattern = re.compile(r"(?P<a>[a-zäö]+)\s+(?:und|and)\s+(?P<b>\w+)(?!\w)", re.IGNORECASE)
    loaded, again = loads(dumps([pattern, pattern]))
    assert loaded is again  # one regex, one program
    assert loaded.pattern == pattern.pattern and loaded.flags == pattern.flags
    assert loaded.groupindex == pattern.groupindex
    for text in ("Äpfel UND Birnen", "x and y", "nothing"):
        found, expected = loaded.search(text), pattern.search(text)
        assert (found and found.groupdict()) == (expected and expected.groupdict())


def test_a_stray_file_fails_validation_even_with_the_pack_cached(tmp_path: Path) -> None:
    from milwatch.errors import PackError

    root, folder = _pack_root(tmp_path), tmp_path / "cache"
    _extract(PackRegistry(root, cache=PackCache(folder)))
    assert list(folder.glob("en-*.pickle"))
    (root / "en" / "notes.txt").write_text("scratch", encoding="utf-8")
    with pytest.raises(PackError, match="unexpected file"):
        PackRegistry(root, cache=PackCache(folder)).get("en")
