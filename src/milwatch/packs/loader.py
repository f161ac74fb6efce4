"""Load, validate and compile language packs.

    registry = PackRegistry()          # cheap: reads nothing yet
    pack = registry.get("de")          # loads packs/de/*.toml once, validated
    pack.matcher("triggers", "meeting").finditer(text)

A language without a folder gets the fallback pack: `_base` data plus CLDR
country names for that language (babel), so country-level facts can still be
found in languages no pack covers yet.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from milwatch.errors import PackError
from milwatch.packs.automaton import PhraseList, PhraseScanner
from milwatch.packs.cache import PackCache
from milwatch.packs.concepts import CONCEPTS_STEM, INVENTORY_STEM, Concept, apply_concepts, read_inventory
from milwatch.packs.phrases import WORD, bounded_body, compile_phrases
from milwatch.packs.schema import SCHEMA, check_values

PACKS_DIR = Path(__file__).resolve().parent
BASE = "_base"


# Scripts that write combining marks inside words: their `*` must run over marks too.
_MARKED_SCRIPTS = ("arabic", "hebrew", "devanagari", "bengali", "gurmukhi", "gujarati", "oriya",
                   "tamil", "telugu",
                   "kannada", "malayalam", "sinhala", "thai", "lao", "tibetan", "myanmar", "khmer")



def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^[ \t]*(\[{re.escape(key)}\]|\"?{re.escape(key)}\"?\s*=)", re.MULTILINE)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _check_shape(path: str, text: str, key: str, shape: str, value: Any) -> None:
    def fail(msg: str) -> None:
        raise PackError(path, msg, key=key, line=_line_of(text, key.split(".")[-1]))

    if shape == "str":
        if not isinstance(value, str):
            fail(f"expected a string, got {type(value).__name__}")
    elif shape == "bool":
        if not isinstance(value, bool):
            fail(f"expected true or false, got {type(value).__name__}")
    elif shape == "list":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            fail("expected a list of strings")
    elif shape == "map":
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            fail("expected a table of string values")
    elif shape == "map_list":
        if not isinstance(value, dict):
            fail("expected a table of lists of strings")
        for sub, items in value.items():
            if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
                raise PackError(path, "expected a list of strings", key=f"{key}.{sub}",
                                line=_line_of(text, sub))


def validate_file(path: Path, data: dict[str, Any], text: str) -> None:
    """Raise PackError unless `data` (parsed from `path`) fits the schema."""
    if path.stem == INVENTORY_STEM:
        if path.parent.name != BASE:
            raise PackError(str(path), "the concept inventory belongs in packs/_base/")
        read_inventory(data, str(path))
        return
    if path.stem == CONCEPTS_STEM:
        for key, value in data.items():
            _check_shape(str(path), text, key, "list", value)
        return
    allowed = SCHEMA.get(path.name)
    if allowed is None:
        raise PackError(str(path), f"unknown pack file; expected one of {sorted(SCHEMA)}")
    for key, value in data.items():
        if key not in allowed:
            raise PackError(str(path), f"unknown key; allowed: {sorted(allowed)}", key=key,
                            line=_line_of(text, key))
        _check_shape(str(path), text, key, allowed[key], value)
        if isinstance(value, list):
            for item in value:
                if allowed[key] == "list" and path.name == "boilerplate.toml":
                    try:
                        re.compile(item)
                    except re.error as exc:
                        raise PackError(str(path), f"bad regex {item!r}: {exc}", key=key,
                                        line=_line_of(text, key)) from exc


def _toml_error_line(exc: tomllib.TOMLDecodeError, text: str) -> int | None:
    """The line a TOML error is on: its `lineno` (Python 3.14), else the "(at line N" of its message;
    the last line for "(at end of document)"."""
    line = getattr(exc, "lineno", None)
    if isinstance(line, int):
        return line
    found = re.search(r"\(at line (\d+)", str(exc))
    if found:
        return int(found.group(1))
    return max(1, len(text.splitlines())) if "end of document" in str(exc) else None


def read_pack_dir(folder: Path) -> dict[str, dict[str, Any]]:
    """Parse and validate every TOML file of one pack folder: {file stem: data}."""
    files: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise PackError(str(path), f"not valid TOML: {exc}", line=_toml_error_line(exc, text)) from exc
        validate_file(path, data, text)
        check_values(str(path), path.stem, data, partial(_line_of, text))
        files[path.stem] = data
    for name in folder.iterdir():
        if name.is_file() and name.suffix not in (".toml", ".md") and not name.name.startswith("."):
            raise PackError(str(name), "unexpected file in pack folder (packs hold .toml data files)")
    return files


REMOVE = "-"  # a list entry "-word" removes "word" inherited from _base


def _extend(base: list[Any], own: list[Any]) -> list[Any]:
    """The base list less the entries `own` removes ("-di"), plus `own`'s other entries.

    "-x" removes only what the base has: otherwise it is an entry of its own (a suffix "-ci")."""
    present = {v for v in base if isinstance(v, str)}
    removed = {v[len(REMOVE):] for v in own
               if isinstance(v, str) and v.startswith(REMOVE) and len(v) > 1 and v[len(REMOVE):] in present}
    return [v for v in base if v not in removed] + [v for v in own if not (isinstance(v, str) and
                                                                          v[len(REMOVE):] in removed
                                                                          and v.startswith(REMOVE))]


def _merge(base: dict[str, dict[str, Any]], own: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """A language states only how it differs: lists extend, tables update, strings override.
    A list entry "-word" removes "word" from the base list (ms: "di" is "at", not a name particle)."""
    merged: dict[str, dict[str, Any]] = {k: dict(v) for k, v in base.items()}
    for stem, data in own.items():
        target = merged.setdefault(stem, {})
        for key, value in data.items():
            old = target.get(key)
            if isinstance(value, list) and isinstance(old, list):
                target[key] = _extend(old, value)
            elif isinstance(value, dict) and isinstance(old, dict):
                new = dict(old)
                for sub, sv in value.items():
                    if isinstance(sv, list) and isinstance(new.get(sub), list):
                        new[sub] = _extend(new[sub], sv)
                    else:
                        new[sub] = sv
                target[key] = new
            else:
                target[key] = value
    return merged


@dataclass
class Pack:
    """The merged, validated data of one language plus compiled matchers (built lazily)."""

    code: str
    data: dict[str, dict[str, Any]]
    has_own_folder: bool
    fast_matching: bool = True  # False: every list by its own regex pass (the reference the automaton equals)
    _compiled: dict[tuple[str, ...], re.Pattern[str]] = field(default_factory=dict, repr=False)
    _scanners: dict[tuple[tuple[str, str], ...], PhraseScanner] = field(default_factory=dict, repr=False)
    _derived: dict[str, Any] = field(default_factory=dict, repr=False)

    def derived(self, name: str, build: Callable[[Pack], Any]) -> Any:
        """`build(self)`, built once and kept with the pack's compiled matchers (and cached with them)."""
        if name not in self._derived:
            self._derived[name] = build(self)
        return self._derived[name]

    def get(self, stem: str, key: str, default: Any = None) -> Any:
        return self.data.get(stem, {}).get(key, default)

    @property
    def date_order(self) -> str:
        return str(self.get("pack", "date_order", "DMY"))

    @property
    def word_boundary(self) -> str:
        return str(self.get("pack", "word_boundary", "word") or "word")

    @property
    def word_rest(self) -> str:
        """What `*` matches: word characters, with in-word marks for scripts that write them."""
        script = str(self.get("pack", "script", "") or "").lower()
        return WORD + "*" if any(name in script for name in _MARKED_SCRIPTS) else r"\w*"

    @property
    def abbreviations(self) -> frozenset[str]:
        """Words with a dot that do not end a sentence (pack.toml `abbreviations`), lower case."""
        return frozenset(a.strip().lower() for a in self.get("pack", "abbreviations", []) or [] if a.strip())

    @property
    def clitics(self) -> tuple[str, ...]:
        return tuple(self.get("pack", "clitics", []) or [])

    def bounded(self, body: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        """A regex body wrapped in this language's word boundaries."""
        word = WORD if self.word_rest.startswith(WORD) else r"\w"
        return re.compile(bounded_body(body, self.word_boundary, self.clitics, word), flags)

    def phrases(self, stem: str, key: str, sub: str | None = None) -> list[str]:
        value = self.get(stem, key, [] if sub is None else {})
        if sub is not None:
            value = value.get(sub, [])
        return list(value)

    def matcher(self, stem: str, key: str, sub: str | None = None) -> re.Pattern[str]:
        """Compiled word-bounded regex over the phrases at stem/key(/sub)."""
        cache_key = (stem, key, sub or "")
        if cache_key not in self._compiled:
            self._compiled[cache_key] = compile_phrases(self.phrases(stem, key, sub),
                                                        self.word_boundary, self.clitics, self.word_rest)
        return self._compiled[cache_key]

    def _scanner(self, lists: tuple[tuple[str, str], ...]) -> PhraseScanner:
        if lists not in self._scanners:
            self._scanners[lists] = PhraseScanner(
                [PhraseList(self.matcher(stem, key), tuple(self.phrases(stem, key))) for stem, key in lists],
                self.word_boundary, self.clitics, WORD if self.word_rest.startswith(WORD) else r"\w")
        return self._scanners[lists]

    def scan(self, lists: tuple[tuple[str, str], ...], text: str) -> list[list[re.Match[str]]]:
        """For each (stem, key) list, what `self.matcher(stem, key).finditer(text)` yields, found
        with one automaton pass over the text for all the lists (packs/automaton.py)."""
        if not self.fast_matching:
            return [list(self.matcher(stem, key).finditer(text)) for stem, key in lists]
        return self._scanner(lists).scan(text)

    def matches_any(self, lists: tuple[tuple[str, str], ...], text: str) -> bool:
        """Does a phrase of any of the (stem, key) lists occur in `text`?"""
        if not self.fast_matching:
            return any(self.matcher(stem, key).search(text) is not None for stem, key in lists)
        return self._scanner(lists).any_match(text)

    def labelled(self, stem: str, key: str) -> dict[str, re.Pattern[str]]:
        """For map_list tables (doc types, areas, roles, ranks): label -> compiled matcher."""
        table = self.get(stem, key, {}) or {}
        return {label: self.matcher(stem, key, label) for label in table}


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.is_file()] if folder.is_dir() else []


class PackRegistry:
    """Finds and loads packs on first use; one instance per process (or per Spark worker)."""

    def __init__(self, root: Path | None = None, fast_matching: bool = True,
                 cache: PackCache | None = None) -> None:
        self.root = root or PACKS_DIR
        # Pack.scan through one automaton per language (False: a regex per list)
        self.fast_matching = fast_matching
        # compiled packs on disk (packs/cache.py)
        self.cache = cache if cache is not None else PackCache.default()
        self._packs: dict[str, Pack] = {}
        self._base: dict[str, dict[str, Any]] | None = None
        self._inventory: dict[str, Concept] | None = None

    def available(self) -> list[str]:
        """Codes of languages that have their own pack folder."""
        return sorted(p.name for p in self.root.iterdir() if p.is_dir() and (p / "pack.toml").exists()
                      and not p.name.startswith("_"))

    def base(self) -> dict[str, dict[str, Any]]:
        if self._base is None:
            folder = self.root / BASE
            self._base = read_pack_dir(folder) if folder.is_dir() else {}
        return self._base

    def inventory(self) -> dict[str, Concept]:
        """The concept inventory of `_base/inventory.toml` (empty when there is none)."""
        if self._inventory is None:
            base_dir = self.root / BASE
            self._inventory = read_inventory(self.base().get(INVENTORY_STEM, {}),
                                             str(base_dir / "inventory.toml"))
        return self._inventory

    def get(self, code: str | None) -> Pack:
        """The pack for `code`; the fallback pack when the language has no folder."""
        code = (code or "und").lower()
        if code not in self._packs:
            folder = self.root / code
            if self.cache.enabled:
                # every file of the folders (not only the TOML): a stray file must fail validation again
                own_files = _files(folder) if not code.startswith("_") else []
                cached = self.cache.load_pack(code, own_files + _files(self.root / BASE))
                if isinstance(cached, Pack) and cached.code == code:
                    cached.fast_matching = self.fast_matching
                    self._packs[code] = cached
                    return cached
            own = read_pack_dir(folder) if folder.is_dir() and not code.startswith("_") else {}
            if own and own.get("pack", {}).get("code", code) != code:
                raise PackError(str(folder / "pack.toml"),
                                f"code must equal the folder name {code!r}", key="code")
            apply_concepts(own, self.inventory(), folder)
            base = {k: v for k, v in self.base().items() if k != INVENTORY_STEM}
            self._packs[code] = Pack(code=code, data=_merge(base, own), has_own_folder=bool(own),
                                     fast_matching=self.fast_matching)
        return self._packs[code]

    def used(self, code: str | None) -> None:
        """An article of language `code` went through: lets the cache save what its pack compiled."""
        code = (code or "und").lower()
        if code in self._packs:
            self.cache.used(code, self._packs[code])
