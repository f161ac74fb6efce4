#!/usr/bin/env python3
"""Developer tool: drop from a pack's other files the phrases its concepts.toml already gives.

    .venv/bin/python scripts/dedupe_concepts.py LANG [--dry-run]

After a pack's words move into `concepts.toml`, the same phrase in `triggers.toml`,
`titles.toml`, `doc_types.toml` or `markers.toml` says the same thing twice.  For every
list a concept feeds, this removes the phrases of that concept from the list as written
in the file (comments and layout stay); a list left empty is removed.  The merged pack is
unchanged, which the tool checks before it writes.
"""

from __future__ import annotations

import argparse
import re
import tomllib

from milwatch.packs import PackRegistry
from milwatch.packs.loader import PACKS_DIR


def _list_span(text: str, key: str, section: str | None) -> tuple[int, int] | None:
    start = 0
    if section:
        head = re.search(rf"^\[{re.escape(section)}\]\s*$", text, re.MULTILINE)
        if not head:
            return None
        start = head.end()
        nxt = re.search(r"^\[", text[start:], re.MULTILINE)
        stop = start + nxt.start() if nxt else len(text)
    else:
        first = re.search(r"^\[", text, re.MULTILINE)
        stop = first.start() if first else len(text)
    m = re.compile(rf'^[ \t]*"?{re.escape(key)}"?[ \t]*=[ \t]*\[', re.MULTILINE).search(text, start, stop)
    if not m:
        return None
    close = text.index("]", m.end())
    return m.start(), close + 1


def dedupe(lang: str, dry_run: bool = False) -> int:
    folder = PACKS_DIR / lang
    registry = PackRegistry()
    before = registry.get(lang).data
    concepts = tomllib.loads((folder / "concepts.toml").read_text(encoding="utf-8"))
    inventory = registry.inventory()
    texts: dict[str, str] = {}
    removed = 0
    for name, phrases in concepts.items():
        for target in inventory[name].feeds:
            stem, key, *label = target.split(".", 2)
            path = folder / f"{stem}.toml"
            if not path.exists():
                continue
            text = texts.setdefault(stem, path.read_text(encoding="utf-8"))
            span = _list_span(text, label[0], key) if label else _list_span(text, key, None)
            if not span:
                continue
            block = text[span[0]:span[1]]
            head, items = block[:block.index("[") + 1], block[block.index("[") + 1:]
            for phrase in phrases:
                items, n = re.subn(rf'"{re.escape(phrase)}"[ \t]*,?[ \t]*', "", items)
                removed += n
            new = "" if re.fullmatch(r"[\s,]*\]", items) else head + items
            texts[stem] = text[:span[0]] + new + text[span[1]:]
    if dry_run:
        return removed
    originals = {stem: (folder / f"{stem}.toml").read_text(encoding="utf-8") for stem in texts}
    for stem, text in texts.items():
        (folder / f"{stem}.toml").write_text(_tidy(text), encoding="utf-8")
    after = PackRegistry().get(lang).data
    if _normal(before) != _normal(after):
        for stem, text in originals.items():
            (folder / f"{stem}.toml").write_text(text, encoding="utf-8")
        raise SystemExit(f"{lang}: the merged pack would change; nothing written")
    return removed


def _tidy(text: str) -> str:
    """Drop the blank lines and trailing spaces the removals leave inside lists."""
    text = re.sub(r"\n[ \t]+(?=\n)", "", text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\[\n(\s*\n)+", "[\n", text)
    return re.sub(r"\n{3,}", "\n\n", text)


def _normal(data: object) -> object:
    if isinstance(data, dict):
        return {k: _normal(v) for k, v in data.items()}
    if isinstance(data, list):
        return sorted(set(data))
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lang")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    print(f"{args.lang}: {dedupe(args.lang, args.dry_run)} duplicate phrases removed")


if __name__ == "__main__":
    main()
