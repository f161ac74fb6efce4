"""The concept inventory (`_base/inventory.toml`) and a pack's `concepts.toml`.

A concept is one idea the extraction rules read ("meet", "sign", "doc_memorandum",
"minister_of_defense"), with a gloss and the pack lists it feeds.  A pack writes the
words of its language per concept; `apply_concepts` adds them to those lists before
the pack is merged with `_base`, so the rules never see concepts at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from milwatch.errors import PackError

INVENTORY_STEM = "inventory"
CONCEPTS_STEM = "concepts"


@dataclass(frozen=True, slots=True)
class Concept:
    name: str
    gloss: str
    feeds: tuple[str, ...]  # "stem.key" or "stem.key.label"
    core: bool


def read_inventory(data: dict[str, Any], path: str) -> dict[str, Concept]:
    """The concepts of `_base/inventory.toml`, each checked for gloss, feeds and core."""
    inventory: dict[str, Concept] = {}
    for name, entry in data.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("gloss"), str) \
                or not isinstance(entry.get("feeds"), list) or not isinstance(entry.get("core"), bool):
            raise PackError(path, "each concept needs gloss (string), feeds (list) and core (bool)", key=name)
        for target in entry["feeds"]:
            if not isinstance(target, str) or target.count(".") not in (1, 2):
                raise PackError(path, f"feed {target!r} must be 'stem.key' or 'stem.key.label'", key=name)
        inventory[name] = Concept(name, entry["gloss"], tuple(entry["feeds"]), entry["core"])
    return inventory


def apply_concepts(own: dict[str, dict[str, Any]], inventory: dict[str, Concept], folder: Path) -> None:
    """Move the phrases of `own["concepts"]` into the lists their concepts feed (in place)."""
    concepts = own.pop(CONCEPTS_STEM, None)
    if not concepts:
        return
    path = str(folder / f"{CONCEPTS_STEM}.toml")
    for name, phrases in concepts.items():
        concept = inventory.get(name)
        if concept is None:
            raise PackError(path, "unknown concept; see packs/_base/inventory.toml", key=name)
        for target in concept.feeds:
            stem, key, *label = target.split(".", 2)
            table = own.setdefault(stem, {})
            if label:
                table = table.setdefault(key, {})
                key = label[0]
            table[key] = list(table.get(key, [])) + [p for p in phrases if p not in table.get(key, [])]


def coverage(concepts: dict[str, list[str]], inventory: dict[str, Concept]) -> tuple[list[str], list[str]]:
    """(core concepts covered, core concepts missing) by one pack's concepts table."""
    core = [c.name for c in inventory.values() if c.core]
    covered = [c for c in core if any(p.strip() for p in concepts.get(c, []))]
    return covered, [c for c in core if c not in covered]
