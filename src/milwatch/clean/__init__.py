"""Clean stage: drop web boilerplate from article text, keeping a map back to the raw text.

    cleaned = clean_article(article, registry.get("de"))
    cleaned.clean_text, cleaned.clean_map   # clean_map[i] = raw index of clean_text[i]

Rules are data (packs/<lang>/boilerplate.toml, merged over packs/_base); the
language-independent core lives in `milwatch.clean.core`.
"""

from __future__ import annotations

import dataclasses
import re

from milwatch.clean.charmap import compress_map, expand_map
from milwatch.clean.core import Rules, apply_core_rules, apply_pack_rules, assemble, split_lines
from milwatch.clean.unwrap import protect_run_ons, run_on_lines
from milwatch.model import Article
from milwatch.packs import Pack

__all__ = ["Rules", "clean_article", "clean_text", "compress_map", "expand_map", "rules_for"]

STEM = "boilerplate"
KINDS = ("drop_line", "cut_from", "drop_block", "trim_end")


def _compiled(pack: Pack, kind: str) -> re.Pattern[str] | None:
    patterns = pack.phrases(STEM, kind)
    if not patterns:
        return None
    # Packs cache compiled matchers by (stem, key, sub); "\0regex" marks ours as raw regexes.
    key = (STEM, kind, "\0regex")
    cache = pack._compiled
    if key not in cache:
        body = "|".join(f"(?:{p})" for p in patterns)
        cache[key] = re.compile(rf"(?:{body})\s*$" if kind == "trim_end" else body, re.IGNORECASE)
    return cache[key]


def _combined(pack: Pack) -> re.Pattern[str] | None:
    key = (STEM, "\0line", "\0regex")
    cache = pack._compiled
    if key not in cache:
        parts = [f"(?P<{group}>{'|'.join(f'(?:{p})' for p in pack.phrases(STEM, kind))})"
                 for group, kind in (("cut", "cut_from"), ("block", "drop_block"), ("drop", "drop_line"))
                 if pack.phrases(STEM, kind)]
        if not parts:
            return None
        cache[key] = re.compile("|".join(parts), re.IGNORECASE)
    return cache[key]


def rules_for(pack: Pack) -> Rules:
    """The compiled boilerplate rules of a pack (compiled once per pack)."""
    return Rules(**{kind: _compiled(pack, kind) for kind in KINDS}, line=_combined(pack))


def clean_text(raw: str, rules: Rules, title: str | None = None) -> tuple[str, list[int]]:
    """(clean text, map into raw) for one text."""
    lines = split_lines(raw)
    apply_pack_rules(lines, rules)
    protect_run_ons(lines)  # (the last short line of a wrapped paragraph is no tail or menu line)
    apply_core_rules(lines, title)
    text, cmap = assemble(raw, lines, run_on_lines(lines))  # (hard-wrapped lines joined back)
    if not text.strip():  # everything looked like boilerplate: better keep the text as it is
        lines = split_lines(raw)
        text, cmap = assemble(raw, lines)
    return text, cmap


def clean_article(article: Article, pack: Pack) -> Article:
    """A copy of `article` with `clean_text` and `clean_map` filled from `article.text`."""
    text, cmap = clean_text(article.text, rules_for(pack), article.title)
    return dataclasses.replace(article, clean_text=text, clean_map=cmap)
