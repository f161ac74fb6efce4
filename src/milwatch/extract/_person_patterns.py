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
# between a phrase's words: one line break at most (never a blank line)
INNER_SPACE = r"(?:[^\S\n]+\n?|\n)[^\S\n]*"


def _units(phrase: str) -> list[str]:
    """A pack phrase as a list of regex units (one per character, `\\s+`, `\\w*`)."""
    units: list[str] = []
    for i, word in enumerate(phrase.strip().lower().split()):
        if i:
            units.append(INNER_SPACE)
        units.extend(WORD + "*" if ch == "*" else re.escape(ch) for ch in word)
    return units


def _trie(entries: list[tuple[str, str | None]]) -> dict[str, Any]:
    """Phrases as a trie of regex units; a tag sits under the key "" at the end of its phrase."""
    root: dict[str, Any] = {}
    for phrase, tag in entries:
        units = _units(phrase)
        if not units:
            continue
        node = root
        for unit in units:
            node = node.setdefault(unit, {})
        node.setdefault("", tag)  # first tag wins for duplicate phrases
    return root


def _emit(node: dict[str, Any]) -> str:
    alts = [unit + _emit(child) for unit, child in sorted((k, v) for k, v in node.items() if k)]
    if "" in node:
        alts.append(f"(?P<{node['']}>)" if node[""] else "")
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"


def trie_regex(entries: list[tuple[str, str | None]]) -> str:
    """One regex body matching every phrase, shaped as a trie (longest continuation first).

    `entries` are (phrase, tag); a tag becomes an empty named group at the end of its
    phrase, so `match.lastgroup` tells which phrase matched.  Tags must be unique.
    """
    root = _trie(entries)
    return _emit(root) if root else _NEVER


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


def _country_trie(pack: Pack) -> dict[str, Any]:
    """Country names as a trie (case endings: see `_country_ending`)."""
    names = _country_names(pack)
    if not _has_titles(pack):  # unknown case endings: match a non-Latin name's stem (России, Францией)
        names = [n[:-1] if len(n) > 4 and n[-1].lower() in "аеиоуыэюяі" else n for n in names]
    return _trie([(n, None) for n in names])


def _country_ending(pack: Pack) -> str:
    # case endings: the pack's own (pack.toml name_suffixes), else up to two letters
    # for a language without titles of its own (Казахстана, Azerbaycan'ın is not)
    suffixes = [re.escape(x) for x in pack.get("pack", "name_suffixes", []) or []] + ["['’`]?s"]
    return rf"(?:{'|'.join(suffixes)})?" if _has_titles(pack) else r"\w{0,2}"


TRIE = "{trie}"  # where a FirstUnitMatcher's template takes its trie
# Patterns of branch subsets a FirstUnitMatcher keeps; past them it matches with the whole trie (the same
# match, compiled once): a script with many clitics (Arabic) met ~115 subsets, 33 MB of compiled patterns
MAX_PARTIAL_PATTERNS = 24


class FirstUnitMatcher:
    """`.match(text, pos)` of a bounded, case-insensitive regex around a large trie (the
    country names: compiling all of it took 0.1-0.3 s per language, and it was compiled twice).

    Only the trie branches whose first unit can match where the trie may begin (at pos, or
    after up to two clitics) are compiled, in their order, into a smaller pattern cached per
    such set of branches; every other branch fails on its first unit there, so the smaller
    pattern finds the same match as the whole one.  Past MAX_PARTIAL_PATTERNS sets, the whole
    trie (all branches, compiled once) serves the sets not met before.  `template` is the regex body, with
    TRIE where the trie goes.
    """

    __slots__ = ("_pack", "_branches", "_template", "_reach", "_by_char", "_compiled")

    def __init__(self, pack: Pack, root: dict[str, Any], template: str) -> None:
        self._pack = pack
        self._template = template
        # each first unit (in trie order) with its own regex and its branch of the trie as regex text;
        # a first unit is one character, `\w*`-like (may match nothing) or blanks: whether it can
        # match at a position depends on the character there only
        self._branches = [(re.compile(unit, re.IGNORECASE), unit + _emit(child))
                          for unit, child in sorted((k, v) for k, v in root.items() if k)]
        clitics = pack.clitics if pack.word_boundary != "none" else ()
        self._reach = 2 * max((len(c) for c in clitics), default=0)  # how far after pos the trie may begin
        # a character ("" = end of text) -> bits of the first units it fits
        self._by_char: dict[str, int] = {}
        self._compiled: dict[int, re.Pattern[str]] = {}

    def _bits(self, char: str) -> int:
        bits = self._by_char.get(char)
        if bits is None:
            bits = 0
            for i, (unit, _) in enumerate(self._branches):
                if unit.match(char):
                    bits |= 1 << i
            self._by_char[char] = bits
        return bits

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        bits = 0
        for at in range(pos, min(pos + self._reach, len(text)) + 1):
            bits |= self._bits(text[at:at + 1])
        pattern = self._compiled.get(bits)
        if pattern is None:
            if len(self._compiled) >= MAX_PARTIAL_PATTERNS:  # memory: the whole trie serves every other set
                bits = (1 << len(self._branches)) - 1
                pattern = self._compiled.get(bits)
            if pattern is None:
                alts = [branch for i, (_, branch) in enumerate(self._branches) if bits >> i & 1]
                # as _emit
                trie = (alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")") if alts else _NEVER
                pattern = self._compiled[bits] = _bounded(self._pack, self._template.replace(TRIE, trie))
        return pattern.match(text, pos)


def _country_pattern(pack: Pack, root: dict[str, Any]) -> FirstUnitMatcher:
    """Country names with their case endings."""
    return FirstUnitMatcher(pack, root, f"(?:{TRIE}){_country_ending(pack)}")


def _filler_pattern(pack: Pack, root: dict[str, Any]) -> FirstUnitMatcher:
    """What may stand between two titles or a title and a name: a country, a connector, a conjunction."""
    parts = {
        "country": f"(?:{TRIE}){_country_ending(pack)}",
        "connector": trie_regex([(w, None) for w in pack.phrases("titles", "connectors")]),
        "conjunction": trie_regex([(w, None) for w in pack.phrases("titles", "conjunctions")]),
    }
    body = "|".join(f"(?P<{k}>{v})" for k, v in parts.items())
    return FirstUnitMatcher(pack, root, body)


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


def _case_sensitive_words(pack: Pack, key: str) -> list[str]:
    """A titles list of lowercase words kept as written (`particles`, `name_prefixes`), longest first."""
    return sorted({p.strip() for p in pack.phrases("titles", key) if p.strip()}, key=len, reverse=True)


def _name_pattern(pack: Pack) -> re.Pattern[str]:
    upper = uppercase_class()
    token = rf"{upper}(?:{_LETTER}|['’](?={_LETTER}))*(?:-{_LETTER}+)*"
    initial = rf"{upper}\."
    part = "|".join(re.escape(p) for p in _case_sensitive_words(pack, "particles")) or _NEVER
    glued = rf"(?:{upper}\.){{1,2}}{token}"  # "Ж.Батболд", "С.Шойгу": initials written onto the name
    prefixes = "|".join(re.escape(p) for p in _case_sensitive_words(pack, "name_prefixes")) or _NEVER
    prefixed = rf"(?:{prefixes})-{token}"  # "al-Abbasi", "el-Sisi"
    unit = rf"(?:(?:Jr|Sr)\.|{glued}|{initial}|{token}|{prefixed})"
    return re.compile(rf"{unit}(?:{SPACE}(?:(?:{part}){SPACE})*{unit}|,{SPACE}(?:Jr|Sr)\.){{0,7}}")


_BUILDERS = {
    "title": _title_pattern,
    "conjunction": lambda pack: _bounded(
        pack, trie_regex([(w, None) for w in pack.phrases("titles", "conjunctions")])),
    "not_name": lambda pack: _word_list_pattern(_not_names(pack)),
    "name": _name_pattern,
}


@dataclass(frozen=True, slots=True)
class PersonPatterns:
    title: re.Pattern[str]  # every role, rank, honorific and counterpart phrase; lastgroup = tag
    country: FirstUnitMatcher  # country names (CLDR + pack): never a name, a filler in title chains
    # lastgroup country | connector | conjunction: what may stand inside a title chain
    filler: FirstUnitMatcher
    conjunction: re.Pattern[str]  # and, und, và
    not_name: re.Pattern[str]  # fullmatch: a capitalised word that is never part of a name
    name: re.Pattern[str]  # a run of capitalised name words (particles, initials, Jr.)
    minor_roles: frozenset[str]
    particles: frozenset[str]  # bin, van, de (lowercase, case-sensitive)
    name_prefixes: frozenset[str]  # al, el, ash: hyphened to the name word after them (case-sensitive)
    has_titles: bool  # the language has title phrases of its own (else: untitled-name fallback)
    bare_surnames: bool  # a lone surname counts as a mention of a name found elsewhere
    name_regex: str  # scripts without capitals: a regex for one name next to a title ("" = capitalised names)
    name_side: str  # after | before | both: where that name stands relative to its title
    name_stops: tuple[str, ...]  # characters or words a name never ends with
    spaceless: bool  # the script writes no spaces between words (stops are characters, not words)
    clitics: tuple[str, ...]  # prefixes written onto a word (ה, ال): a state may carry one
    romanization: dict[str, str]  # pack.toml romanization: letters -> Latin, before the general romaniser
    # locative endings of three letters or more (hy "ում", hu "ban"): a capitalised word carrying one is a
    # place, never the next word of a name ("Սուրեն Պապիկյանը Փարիզում")
    locatives: tuple[str, ...] = ()
    bare_countries: frozenset[str] = frozenset()  # country names as written uninflected (lowercase, one word)
    bare_places: frozenset[str] = frozenset()  # countries.places uninflected ("Kaunas" is a surname too)
    place_endings: tuple[str, ...] = ()  # every locative ending of the pack
    name_endings: frozenset[str] = frozenset()  # pack.toml name_suffixes: case endings ("-г" after a hyphen)
    elisions: tuple[str, ...] = ()  # connectors written onto the next word ("d'", "dell'"), longest first
    # titles.not_names alone (without month and weekday names: "جون" is June and a given name), lowercase
    not_name_words: frozenset[str] = frozenset()
    full_names_before: bool = False  # titles.full_names_before: a name before its title has 2+ words


def _place_words(pack: Pack, compiled: dict[Any, Any]) -> dict[str, Any]:
    """The pack's long locative endings and its uninflected country and place words (cached with the pack)."""
    key = ("titles", "persons", "place_words", "")
    found = compiled.get(key)
    if found is None:
        endings = {x.lstrip("-") for x in pack.get("pack", "locative_suffixes", []) or []}
        found = compiled[key] = {
            "locatives": tuple(sorted((x for x in endings if len(x) >= 3), key=len, reverse=True)),
            "place_endings": tuple(sorted(endings, key=len, reverse=True)),
            "bare_countries": frozenset(n.lower() for n in _country_names(pack) if " " not in n),
            "bare_places": frozenset(p.rstrip("*").lower()
                                     for p in pack.get("countries", "places", {}) or {}),
            "name_endings": frozenset(pack.get("pack", "name_suffixes", []) or []),
        }
    return dict(found)


def _elisions(pack: Pack) -> tuple[str, ...]:
    """Connectors whose vowel is elided onto the next word ("d'", "dell'"), lowercase, longest first."""
    connectors = (c.strip().lower() for c in pack.phrases("titles", "connectors"))
    found = {c for c in connectors if c.endswith(("'", "’"))}
    return tuple(sorted(found, key=len, reverse=True))


def person_patterns(pack: Pack) -> PersonPatterns:
    """The compiled patterns of `pack`, built on first use and kept in the pack's matcher cache."""
    compiled = pack._compiled  # the pack's own cache of compiled matchers, keyed by tuples
    found: dict[str, Any] = {}
    for name, build in _BUILDERS.items():
        key = ("titles", "persons", name, "")
        pattern = compiled.get(key)
        if pattern is None:
            pattern = compiled[key] = build(pack)
        found[name] = pattern
    country_key, filler_key = ("titles", "persons", "country", ""), ("titles", "persons", "filler", "")
    if country_key not in compiled:
        root = _country_trie(pack)  # one trie for both; only its branches are kept, as regex text
        compiled[country_key] = _country_pattern(pack, root)  # type: ignore[assignment]
        compiled[filler_key] = _filler_pattern(pack, root)  # type: ignore[assignment]
    found["country"], found["filler"] = compiled[country_key], compiled[filler_key]
    return PersonPatterns(**found, minor_roles=frozenset(pack.phrases("titles", "minor_roles")),
                          particles=frozenset(_case_sensitive_words(pack, "particles")),
                          name_prefixes=frozenset(_case_sensitive_words(pack, "name_prefixes")),
                          has_titles=_has_titles(pack),
                          bare_surnames=bool(pack.get("titles", "bare_surnames", True)),
                          name_regex=str(pack.get("titles", "name_regex", "") or ""),
                          name_side=str(pack.get("titles", "name_side", "after") or "after"),
                          name_stops=tuple(sorted(pack.phrases("titles", "name_stops"),
                                                  key=len, reverse=True)),
                          spaceless=pack.word_boundary == "none", clitics=pack.clitics,
                          romanization={k.lower(): v
                                        for k, v in (pack.get("pack", "romanization", {}) or {}).items()},
                          elisions=_elisions(pack),
                          not_name_words=frozenset(w.strip().lower()
                                                   for w in pack.phrases("titles", "not_names")),
                          full_names_before=bool(pack.get("titles", "full_names_before", False)),
                          **_place_words(pack, compiled))
