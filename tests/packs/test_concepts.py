"""The concept inventory and every pack's coverage of it.

`_base/inventory.toml` lists the concepts the rules read; each pack's `concepts.toml`
gives the words of its language per concept.  The coverage table is printed (run with
`-s` to see it); every language pack must cover 95 % of the core concepts in its
`concepts.toml` (a pack without one covers none).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from milwatch.errors import PackError
from milwatch.packs import PackRegistry
from milwatch.packs.concepts import coverage
from milwatch.packs.loader import PACKS_DIR

MIN_CORE_COVERAGE = 0.95
LANGUAGES = sorted(p.name for p in PACKS_DIR.iterdir() if (p / "pack.toml").exists()
                   and not p.name.startswith("_"))


def _concepts(lang: str) -> dict[str, list[str]]:
    path = PACKS_DIR / lang / "concepts.toml"
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def test_inventory_is_complete_and_feeds_real_lists() -> None:
    inventory = PackRegistry().inventory()
    assert len(inventory) >= 60
    core = [c for c in inventory.values() if c.core]
    assert len(core) >= 50
    for concept in inventory.values():
        assert concept.gloss.strip(), concept.name
        for target in concept.feeds:
            stem = target.split(".")[0]
            assert stem in ("triggers", "markers", "titles", "doc_types"), target


def test_coverage_table() -> None:
    """Print the table and fail for any pack under the floor."""
    inventory = PackRegistry().inventory()
    rows, low = [], []
    for lang in LANGUAGES:
        covered, missing = coverage(_concepts(lang), inventory)
        share = len(covered) / (len(covered) + len(missing))
        rows.append(f"{lang:4} {len(covered):3}/{len(covered) + len(missing):3} {share:6.1%}  "
                    f"missing: {', '.join(missing)}")
        if share < MIN_CORE_COVERAGE:
            low.append(lang)
    print("\ncore concept coverage\n" + "\n".join(rows))
    assert LANGUAGES, "no pack has a concepts.toml"
    assert not low, f"packs under {MIN_CORE_COVERAGE:.0%} of the core concepts: {low}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_concept_words_reach_the_lists_they_feed(lang: str) -> None:
    pack = PackRegistry().get(lang)
    inventory = PackRegistry().inventory()
    for name, phrases in _concepts(lang).items():
        for target in inventory[name].feeds:
            stem, key, *label = target.split(".", 2)
            listed = pack.get(stem, key, {} if label else [])
            if label:
                listed = listed.get(label[0], [])
            assert set(phrases) <= set(listed), (lang, name, target)


def test_unknown_concept_is_an_error(tmp_path: Path) -> None:
    root = tmp_path / "packs"
    (root / "_base").mkdir(parents=True)
    (root / "_base" / "pack.toml").write_text('code = "_base"\nname = "base"\nscript = "Latin"\n',
                                              encoding="utf-8")
    (root / "_base" / "inventory.toml").write_text(
        '[meet]\ngloss = "to meet"\nfeeds = ["triggers.meeting"]\ncore = true\n', encoding="utf-8")
    (root / "xx").mkdir()
    (root / "xx" / "pack.toml").write_text('code = "xx"\nname = "X"\nscript = "Latin"\n', encoding="utf-8")
    (root / "xx" / "concepts.toml").write_text('meet = ["meets"]\ngreet = ["greets"]\n', encoding="utf-8")
    with pytest.raises(PackError, match="greet"):
        PackRegistry(root).get("xx")
    (root / "xx" / "concepts.toml").write_text('meet = ["meets", "met"]\n', encoding="utf-8")
    assert PackRegistry(root).get("xx").phrases("triggers", "meeting") == ["meets", "met"]


@pytest.mark.parametrize(("file", "body", "message"), [
    ("pack.toml", 'code = "xx"\nname = "X"\nscript = "Latin"\ndate_order = "YDM"\n', "date_order"),
    ("pack.toml", 'code = "xx"\nname = "X"\nscript = "Latin"\nword_boundary = "some"\n', "word_boundary"),
    ("dates.toml", '[relative_days]\n"yesterday" = "one"\n', "relative_days"),
    ("dates.toml", '[months]\n"13" = ["smarch"]\n', "months"),
    ("titles.toml", 'name_regex = "[a-"\n', "name_regex"),
    ("triggers.toml", 'meeting = ["~ met"]\n', "meeting"),
])
def test_values_are_checked_not_only_shapes(tmp_path: Path, file: str, body: str, message: str) -> None:
    root = tmp_path / "packs"
    (root / "_base").mkdir(parents=True)
    (root / "_base" / "pack.toml").write_text('code = "_base"\nname = "base"\nscript = "Latin"\n',
                                              encoding="utf-8")
    (root / "xx").mkdir()
    (root / "xx" / "pack.toml").write_text('code = "xx"\nname = "X"\nscript = "Latin"\n', encoding="utf-8")
    (root / "xx" / file).write_text(body, encoding="utf-8")
    with pytest.raises(PackError, match=message):
        PackRegistry(root).get("xx")
