"""Find states and organisations in text: CLDR names (babel) in the pack's language and
English, plus the pack's extra names, demonyms/adjectives and places.

    finder = CountryFinder.for_pack(pack)      # build once per language, reuse
    finder.find(text) -> list[CountryMention]

One Aho-Corasick pass over the lowercased text finds every candidate; word
boundaries, capitalisation of names and the pack's inflection endings decide.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import ahocorasick
from babel import Locale, UnknownLocaleError
from babel.core import get_global

from milwatch.packs import Pack, is_word_char

# Retired ISO codes CLDR still lists as aliases; the current code wins.
_RETIRED_ALPHA3 = frozenset({"BUR", "ZAR", "DDR", "FXX", "TMP", "YMD", "ROM", "TPE"})
_EXTRA_ALPHA3 = {"XK": "XKX"}
# CLDR regions that are not states (EU, UN, world regions, "Unknown Region").
_NOT_STATES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})

KIND_NAME, KIND_ADJECTIVE, KIND_PLACE = "name", "adjective", "place"
KIND_NAME_OR_ADJECTIVE = "name|adjective"  # an entry only: which one a mention is its capital says
# entries only: a state's combining form ("franco-", "sino-", "ελληνο"), a state only when joined to another
# state word by a dash ("franco-allemand", "Việt - Lào"), or, written without the dash, also directly
# ("ελληνοαιγυπτιακή"); a mention it makes is an adjective
KIND_COMBINING, KIND_COMBINING_DIRECT = "combining", "combining+"
# what joins a combining form to the state word beside it: a hyphen or dash, spaced only as a spaced dash
_JOINER_AFTER = re.compile(r"[-\u2010\u2011]|[^\S\n]?[\u2013\u2014][^\S\n]?| [-\u2013\u2014] ")
_JOINER_BEFORE = re.compile(f"(?:{_JOINER_AFTER.pattern})$")
# a pack entry mapped to "-" masks a phrase that contains a country name but is not one ("South China Sea")
NOT_A_COUNTRY = "-"
CJK_NUMERALS = frozenset("〇一二三四五六七八九十百")  # before 日 they make a day ("十四日"), no abbreviation
# a flag emoji: two regional indicator letters, its ISO alpha-2 code ("🇺🇦" = U, A), as posts write states
_FLAG = re.compile("[\U0001F1E6-\U0001F1FF]{2}")
_INDICATOR_A = 0x1F1E6


@dataclass(slots=True, frozen=True)
class CountryMention:
    start: int
    end: int
    code: str  # ISO3 or lowercase organisation code
    kind: str  # name | adjective | place

    @property
    def is_state(self) -> bool:
        return self.code.isupper()


def alpha2_to_alpha3() -> dict[str, str]:
    """ISO alpha-2 -> alpha-3 from CLDR's territory aliases."""
    mapping: dict[str, str] = dict(_EXTRA_ALPHA3)
    for alias, targets in get_global("territory_aliases").items():
        if len(alias) == 3 and alias.isalpha() and len(targets) == 1 and alias not in _RETIRED_ALPHA3:
            mapping.setdefault(targets[0], alias)
    return mapping


def cldr_names(locale_code: str) -> dict[str, str]:
    """Country name -> ISO3 in one CLDR locale (empty when babel does not know it)."""
    try:
        territories = Locale.parse(locale_code).territories
    except (UnknownLocaleError, ValueError):
        return {}
    to3 = alpha2_to_alpha3()
    names: dict[str, str] = {}
    for code2, name in territories.items():
        if len(code2) == 2 and code2.isalpha() and code2 not in _NOT_STATES and code2 in to3:
            names[name] = to3[code2]
    return names


def strip_accents(text: str) -> str:
    if text.isascii():  # nothing to fold (ASCII is its own NFKD form); most names of Latin-script packs
        return text
    folded = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in folded if not unicodedata.combining(c))


def _needs_capital(char: str) -> bool:
    """Is `char` a lower-case letter of a script that capitalises names?  Georgian Mkhedruli
    has had Mtavruli capitals in Unicode since 2018, but names are not written with them."""
    return (char.isalpha() and char.lower() != char.upper() and not char.isupper()
            and not "\u10d0" <= char <= "\u10ff")


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class CountryFinder:
    """Compiled country vocabulary of one language."""

    def __init__(self, entries: dict[str, tuple[str, str, bool]], suffixes: tuple[str, ...],
                 stem_strip: str, adjectives_capitalised: bool = False, boundary: str = "word",
                 clitics: tuple[str, ...] = (), abbreviations: dict[str, str] | None = None,
                 capital_forms: frozenset[str] = frozenset(), flags: dict[str, str] | None = None) -> None:
        # entries: lowercase surface -> (code, kind, is_prefix)
        self._automaton = ahocorasick.Automaton()
        for surface, (code, kind, is_prefix) in entries.items():
            self._automaton.add_word(surface, (len(surface), code, kind, is_prefix))
        if entries:
            self._automaton.make_automaton()
        self._empty = not entries
        self._suffixes = tuple(sorted(suffixes, key=len, reverse=True))
        self._stem_strip = stem_strip
        self._capital_kinds = (KIND_NAME, KIND_PLACE, KIND_ADJECTIVE) if adjectives_capitalised else (
            KIND_NAME, KIND_PLACE)
        self._boundary = boundary  # word | start | none (pack.toml word_boundary)
        self._clitics = tuple(sorted(clitics, key=len, reverse=True))
        self._abbreviations = {k.lower(): v for k, v in (abbreviations or {}).items()}
        self._capital_forms = capital_forms  # combining forms the pack writes capitalised ("Việt-")
        self._flags = flags or {}  # ISO alpha-2 -> alpha-3, for flag emojis

    @classmethod
    def for_pack(cls, pack: Pack) -> CountryFinder:
        locale = str(pack.get("pack", "cldr_locale", "") or pack.code)
        stem_strip = str(pack.get("pack", "name_stem_strip", "") or "")
        suffixes = tuple(pack.get("pack", "name_suffixes", []) or [])
        entries: dict[str, tuple[str, str, bool]] = {}
        full_names: set[str] = set()  # surfaces of whole names (not a name's stem: "slovensk" of Slovensko)

        def add(surface: str, code: str, kind: str) -> None:
            surface = surface.strip()
            is_prefix = surface.endswith("*")
            surface = _lower_same_length(surface.rstrip("*"))
            if len(surface) < 2:
                return
            known = entries.get(surface)
            if known == (code, KIND_NAME, False) and kind == KIND_ADJECTIVE and not is_prefix:
                # an adjective the pack writes as the name in lower case (es "una delegación militar china"):
                # the name where capitalised, the adjective where not
                entries[surface] = (code, KIND_NAME_OR_ADJECTIVE, False)
            elif known is None or (is_prefix and not known[2] and known[0] == code):
                # a prefix entry finds more ("russe*"); an adjective written as a whole name is the name
                # where it is capitalised ("Magyarország", "magyarországi": magyarország*), not a name's stem
                # ("slovensk" of Slovensko)
                either = kind == KIND_ADJECTIVE and surface in full_names
                entries[surface] = (code, KIND_NAME_OR_ADJECTIVE if either else kind, is_prefix)
            if kind == KIND_NAME:
                full_names.add(surface)
            if stem_strip and kind == KIND_NAME and surface[-1] in stem_strip and len(surface) > 4:
                entries.setdefault(surface[:-1], (code, kind, False))
            folded = strip_accents(surface)
            if folded != surface and len(folded) > 4:
                entries.setdefault(folded, (code, kind, is_prefix))

        for name, code in pack.get("countries", "names", {}).items():
            add(name, code, KIND_NAME)
        for locale_code in (locale, "en"):
            for name, code in cldr_names(locale_code).items():
                add(name, code, KIND_NAME)
        for phrase, code in pack.get("countries", "adjectives", {}).items():
            add(phrase, code, KIND_ADJECTIVE)
        for place, code in pack.get("countries", "places", {}).items():
            add(place, code, KIND_PLACE)
        capital_forms = set()
        for form, code in pack.get("countries", "combining_forms", {}).items():
            direct = not form.endswith("-")  # "ελληνο" joins directly too; "franco-" only by a dash
            add(form.rstrip("-"), code, KIND_COMBINING_DIRECT if direct else KIND_COMBINING)
            if form[:1].isupper():
                capital_forms.add(_lower_same_length(form.rstrip("-").strip()))
        return cls(entries, suffixes, stem_strip, bool(pack.get("pack", "adjectives_capitalised", False)),
                   pack.word_boundary, pack.clitics, pack.get("countries", "abbreviations", {}) or {},
                   frozenset(capital_forms), alpha2_to_alpha3())

    def find(self, text: str) -> list[CountryMention]:
        """Non-overlapping mentions, longest first, in text order."""
        if self._empty or not text:
            return []
        lowered = _lower_same_length(text)
        candidates: list[tuple[int, int, str, str]] = []
        combining: list[tuple[int, int, str, str]] = []
        joined_at: set[int] = set()  # where a state word may start inside a word: after "ελληνο"
        n = len(text)
        for end_index, (length, code, kind, is_prefix) in self._automaton.iter(lowered):
            start, end = end_index - length + 1, end_index + 1
            if not self._starts_word(lowered, start) and start not in joined_at:
                continue
            if kind in (KIND_COMBINING, KIND_COMBINING_DIRECT):
                if lowered[start:end] in self._capital_forms and _needs_capital(text[start]):
                    continue  # "Việt-" is the state, "việt" a word
                combining.append((start, end, code, kind))
                if kind == KIND_COMBINING_DIRECT:
                    joined_at.add(end)
                continue
            if kind in self._capital_kinds and code != NOT_A_COUNTRY:
                first = text[start]
                if _needs_capital(first):
                    continue  # names are capitalised: "china" the porcelain, "turkey" the bird
            if kind == KIND_NAME_OR_ADJECTIVE and not is_prefix:  # (a name takes its case endings)
                kind = KIND_ADJECTIVE if _needs_capital(text[start]) else KIND_NAME
            if is_prefix:
                while end < n and is_word_char(text[end]):
                    end += 1
            elif end < n and is_word_char(text[end]) and self._boundary == "word":
                end = self._suffix_end(lowered, end, kind)
                if end < 0:
                    continue
            if kind == KIND_NAME_OR_ADJECTIVE:
                kind = KIND_ADJECTIVE if _needs_capital(text[start]) else KIND_NAME
            candidates.append((start, end, code, kind))
        if self._abbreviations:
            candidates.extend(self._abbreviation_runs(lowered))
        if self._flags:
            candidates.extend(self._flag_mentions(text))
        if combining:
            candidates = _with_combining_forms(lowered, candidates, combining)
        # longest first; of one span a name before an adjective ("Csehország" by the name, not by "cseh*")
        candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[3] != KIND_NAME))
        mentions: list[CountryMention] = []
        last_end = -1
        for start, end, code, kind in candidates:
            if start >= last_end:
                if code != NOT_A_COUNTRY:
                    mentions.append(CountryMention(start, end, code, kind))
                last_end = end
        return mentions

    def _flag_mentions(self, text: str) -> list[tuple[int, int, str, str]]:
        """Flag emojis of states ("🇬🇧🤝🇳🇴", "📍Kyiv 🇺🇦"): a name each."""
        found = []
        for match in _FLAG.finditer(text):
            alpha2 = "".join(chr(ord(c) - _INDICATOR_A + ord("A")) for c in match[0])
            if alpha2 in self._flags and alpha2 not in _NOT_STATES:
                found.append((match.start(), match.end(), self._flags[alpha2], KIND_NAME))
        return found

    def _starts_word(self, lowered: str, start: int, clitics_left: int = 2) -> bool:
        """Does a name start a word here (after up to two of the script's clitics: والصين, לישראל)?"""
        if self._boundary == "none" or start == 0:
            return True
        if not is_word_char(lowered[start - 1]):
            return True
        if clitics_left:
            for clitic in self._clitics:
                begin = start - len(clitic)
                if (begin >= 0 and lowered.startswith(clitic, begin)
                    and self._starts_word(lowered, begin, clitics_left - 1)):
                    return True
        return False

    def _abbreviation_runs(self, lowered: str) -> list[tuple[int, int, str, str]]:
        """Runs of two or more one-character state abbreviations (中俄, 日米韓, 한·미·일): one name each; not
        after a number, where 日 is the day ("１４日、中距離ミサイル")."""
        found: list[tuple[int, int, str, str]] = []
        i, n = 0, len(lowered)
        while i < n:
            run: list[tuple[int, str]] = []
            j = i
            while j < n and lowered[j] in self._abbreviations:
                run.append((j, self._abbreviations[lowered[j]]))
                j += 1
                if j + 1 < n and lowered[j] in "・·-、" and lowered[j + 1] in self._abbreviations:
                    j += 1
            codes = {code for _, code in run}
            after_number = i > 0 and (lowered[i - 1].isdigit() or lowered[i - 1] in CJK_NUMERALS)
            if (len(run) >= 2 and len(codes) == len(run) and self._starts_word(lowered, i, 0)
                    and not after_number):
                found.extend((at, at + 1, code, KIND_NAME) for at, code in run)
            i = max(j, i + 1)
        return found

    def _suffix_end(self, lowered: str, end: int, kind: str) -> int:
        """End of name + allowed inflection ending, or -1 when the word goes on otherwise."""
        if kind != KIND_NAME:
            return -1
        n = len(lowered)
        for suffix in self._suffixes:
            stop = end + len(suffix)
            if lowered.startswith(suffix, end) and (stop >= n or not is_word_char(lowered[stop])):
                return stop
        return -1


def _with_combining_forms(lowered: str, candidates: list[tuple[int, int, str, str]],
                          combining: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The candidates plus each combining form joined to a state word or to another combining form
    ("franco-allemand", "sino-russes", "Lào-Việt", "ελληνοαιγυπτιακή"), as adjectives.  A form joined to
    nothing ("Indo-Pacific", "Franco" the surname) is no mention; a word that holds the form gives way to
    it only when it runs on over the joint ("ελλην*" over "ελληνοαιγυπτιακή", not "Trung Quốc" after
    "Việt Nam - ")."""
    words = [c for c in candidates if c[2] != NOT_A_COUNTRY] + combining
    starts = {c[0] for c in words}
    ends = {c[1] for c in words}
    kept: list[tuple[int, int, str, str]] = []
    overrun: set[tuple[int, int, str, str]] = set()
    for start, end, code, kind in combining:
        joiner = _JOINER_AFTER.match(lowered, end)
        partner = (joiner.end() if joiner is not None and joiner.end() in starts
                   else end if kind == KIND_COMBINING_DIRECT and end in starts else None)
        joiner_before = _JOINER_BEFORE.search(lowered, max(0, start - 3), start)
        if partner is None and (joiner_before is None or joiner_before.start() not in ends):
            continue
        holding = [c for c in candidates if c[0] < end and start < c[1] and (c[0], c[1]) != (start, end)]
        if any(partner is None or c[1] <= partner for c in holding):
            continue  # a word of its own holds the form
        overrun.update(holding)
        kept.append((start, end, code, KIND_ADJECTIVE))
    if not kept:
        return candidates
    return [c for c in candidates if c not in overrun] + kept
