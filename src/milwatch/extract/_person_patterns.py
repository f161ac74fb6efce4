"""Compiled, per-pack patterns of the person finder (built once per pack, on first use).

Everything here is derived from the pack's `titles.toml` (roles, ranks, honorifics,
counterpart, connectors, particles, not_names, minor_roles), its month and weekday
names, its `countries.toml` names and the CLDR country names of the pack's locale and
English.  Phrases are compiled into one trie-shaped regex per kind so that a whole
article is scanned in one pass; the label of each phrase rides along as the name of an
empty group at the phrase's end (`m.lastgroup`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from milwatch.extract._names import uppercase_class
from milwatch.packs import WORD, Pack

KINDS = {"o": "role", "a": "rank", "h": "honorific", "c": "counterpart"}
_KIND_KEYS = {"role": "roles", "rank": "ranks"}
_NEVER = r"(?!x)x"
SPACE = r"[ \t\u00a0]+"
_LETTER = r"[^\W\d_]"
INNER_SPACE = r"(?:[^\S\n]+\n?|\n)[^\S\n]*"  # between a phrase's words: one line break at most (never a blank line)


def _units(phrase: str) -> list[str]:
    """A pack phrase as a list of regex units (one per character, `\\s+`, `\\w*`)."""
    units: list[str] = []
    for i, word in enumerate(phrase.strip().lower().split()):
        if i:
            units.append(INNER_SPACE)
        units.extend(WORD + "*" if ch == "*" else re.escape(ch) for ch in word)
    return units


def trie_regex(entries: list[tuple[str, str | None]]) -> str:
    """One regex body matching every phrase, shaped as a trie (longest continuation first).

    `entries` are (phrase, tag); a tag becomes an empty named group at the end of its
    phrase, so `match.lastgroup` tells which phrase matched.  Tags must be unique.
    """
    root: dict[str, Any] = {}
    for phrase, tag in entries:
        units = _units(phrase)
        if not units:
            continue
        node = root
        for unit in units:
            node = node.setdefault(unit, {})
        node.setdefault("", tag)  # first tag wins for duplicate phrases

    def emit(node: dict[str, Any]) -> str:
        alts = [unit + emit(child) for unit, child in sorted((k, v) for k, v in node.items() if k)]
        if "" in node:
            alts.append(f"(?P<{node['']}>)" if node[""] else "")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return emit(root) if root else _NEVER


def _tag(kind: str, label: str, n: int) -> str:
    return f"{kind}{n}_{label.encode().hex()}"


def decode_tag(tag: str) -> tuple[str, str]:
    """(kind, label) of a title group name made by `_tag`."""
    head, _, hexed = tag.partition("_")
    return KINDS[head[0]], bytes.fromhex(hexed).decode()


def _bounded(pack: Pack, body: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    # phrases are lowercase: with flags=0 the pattern is meant for lowercased text (faster);
    # the pack says where words begin and end (pack.toml word_boundary, clitics)
    return pack.bounded(body, flags)


def _title_pattern(pack: Pack) -> re.Pattern[str]:
    entries: list[tuple[str, str | None]] = []
    for code, kind in KINDS.items():
        if kind in _KIND_KEYS:
            table = pack.get("titles", _KIND_KEYS[kind], {}) or {}
            items = [(label, p) for label, phrases in table.items() for p in phrases]
        else:
            items = [("", p) for p in pack.phrases("titles", "honorifics" if kind == "honorific" else kind)]
        for label, phrase in items:
            entries.append((phrase, _tag(code, label, len(entries))))
    return _bounded(pack, trie_regex(entries), flags=0)  # run over lower_same_length(text)


def _country_names(pack: Pack) -> list[str]:
    names: set[str] = set(pack.get("countries", "names", {}) or {})
    locales = {str(pack.get("pack", "cldr_locale", "") or pack.code), "en"}
    try:
        from babel import Locale, UnknownLocaleError

        for code in locales:
            try:
                names.update(Locale.parse(code).territories.values())
            except (UnknownLocaleError, ValueError):
                continue
    except ImportError:  # pragma: no cover - babel is a declared dependency
        pass
    return [n for n in names if n and not n.isdigit()]


def _country_body(pack: Pack) -> str:
    """Country names with their case endings (regex body, case-insensitive)."""
    names = _country_names(pack)
    if not _has_titles(pack):  # unknown case endings: match a non-Latin name's stem (России, Францией)
        names = [n[:-1] if len(n) > 4 and n[-1].lower() in "аеиоуыэюяі" else n for n in names]
    body = trie_regex([(n, None) for n in names])
    # case endings: the pack's own (pack.toml name_suffixes), else up to two letters
    # for a language without titles of its own (Казахстана, Azerbaycan'ın is not)
    suffixes = [re.escape(x) for x in pack.get("pack", "name_suffixes", []) or []] + ["['’`]?s"]
    ending = rf"(?:{'|'.join(suffixes)})?" if _has_titles(pack) else r"\w{0,2}"
    return rf"(?:{body}){ending}"


def _country_pattern(pack: Pack) -> re.Pattern[str]:
    return _bounded(pack, _country_body(pack))


def _filler_pattern(pack: Pack) -> re.Pattern[str]:
    """What may stand between two titles or a title and a name: a country, a connector, a conjunction."""
    parts = {
        "country": _country_body(pack),
        "connector": trie_regex([(w, None) for w in pack.phrases("titles", "connectors")]),
        "conjunction": trie_regex([(w, None) for w in pack.phrases("titles", "conjunctions")]),
    }
    body = "|".join(f"(?P<{k}>{v})" for k, v in parts.items())
    return _bounded(pack, body)


def _has_titles(pack: Pack) -> bool:
    return bool(pack.get("titles", "roles", {}))


def _word_list_pattern(words: list[str]) -> re.Pattern[str]:
    body = trie_regex([(w, None) for w in words if w.strip()])
    return re.compile(rf"(?:{body})", re.IGNORECASE)


def _not_names(pack: Pack) -> list[str]:
    words = list(pack.phrases("titles", "not_names"))
    for stem, key in (("dates", "months"), ("dates", "weekdays")):
        for names in (pack.get(stem, key, {}) or {}).values():
            words.extend(n for n in names if " " not in n.strip())
    return words


def _name_pattern(pack: Pack) -> re.Pattern[str]:
    upper = uppercase_class()
    token = rf"{upper}(?:{_LETTER}|['’](?={_LETTER}))*(?:-{_LETTER}+)*"
    initial = rf"{upper}\."
    particles = sorted({p.strip() for p in pack.phrases("titles", "particles") if p.strip()}, key=len, reverse=True)
    part = "|".join(re.escape(p) for p in particles) or _NEVER
    unit = rf"(?:(?:Jr|Sr)\.|{initial}|{token})"
    return re.compile(rf"{unit}(?:{SPACE}(?:(?:{part}){SPACE})*{unit}|,{SPACE}(?:Jr|Sr)\.){{0,7}}")


_BUILDERS = {
    "title": _title_pattern,
    "country": _country_pattern,
    "filler": _filler_pattern,
    "conjunction": lambda pack: _bounded(pack, trie_regex([(w, None) for w in pack.phrases("titles", "conjunctions")])),
    "not_name": lambda pack: _word_list_pattern(_not_names(pack)),
    "name": _name_pattern,
}


@dataclass(frozen=True, slots=True)
class PersonPatterns:
    title: re.Pattern[str]  # every role, rank, honorific and counterpart phrase; lastgroup = tag
    country: re.Pattern[str]  # country names (CLDR + pack): never a name, a filler in title chains
    filler: re.Pattern[str]  # lastgroup country | connector | conjunction: what may stand inside a title chain
    conjunction: re.Pattern[str]  # and, und, và
    not_name: re.Pattern[str]  # fullmatch: a capitalised word that is never part of a name
    name: re.Pattern[str]  # a run of capitalised name words (particles, initials, Jr.)
    minor_roles: frozenset[str]
    particles: frozenset[str]  # bin, van, de (lowercase, case-sensitive)
    has_titles: bool  # the language has title phrases of its own (else: untitled-name fallback)
    bare_surnames: bool  # a lone surname counts as a mention of a name found elsewhere
    name_regex: str  # scripts without capitals: a regex for one name next to a title ("" = capitalised names)
    name_side: str  # after | before | both: where that name stands relative to its title
    name_stops: tuple[str, ...]  # characters or words a name never ends with
    spaceless: bool  # the script writes no spaces between words (stops are characters, not words)
    clitics: tuple[str, ...]  # prefixes written onto a word (ה, ال): a state may carry one
    romanization: dict[str, str]  # pack.toml romanization: letters -> Latin, before the general romaniser


def person_patterns(pack: Pack) -> PersonPatterns:
    """The compiled patterns of `pack`, built on first use and kept in the pack's matcher cache."""
    compiled = pack._compiled  # the pack's own cache of compiled matchers, keyed by tuples
    found = {}
    for name, build in _BUILDERS.items():
        key = ("titles", "persons", name, "")
        pattern = compiled.get(key)
        if pattern is None:
            pattern = compiled[key] = build(pack)
        found[name] = pattern
    return PersonPatterns(**found, minor_roles=frozenset(pack.phrases("titles", "minor_roles")),
                          particles=frozenset(p.strip() for p in pack.phrases("titles", "particles")),
                          has_titles=_has_titles(pack),
                          bare_surnames=bool(pack.get("titles", "bare_surnames", True)),
                          name_regex=str(pack.get("titles", "name_regex", "") or ""),
                          name_side=str(pack.get("titles", "name_side", "after") or "after"),
                          name_stops=tuple(sorted(pack.phrases("titles", "name_stops"), key=len, reverse=True)),
                          spaceless=pack.word_boundary == "none", clitics=pack.clitics,
                          romanization={k.lower(): v for k, v in (pack.get("pack", "romanization", {}) or {}).items()})
