"""Person matching: can two mentions name the same official?  Shared by stories and real events.

    ref = person_ref("Sergei Shoigu", "RUS")        # folded name tokens, sorted key, country code
    same_person(ref, person_ref("Shoigu", "RUS"))   # True: a short form of the same official
    matcher = PersonMatcher()                         # memoised; also skeleton matches across scripts

Two mentions can name the same official when their countries are compatible (both known ->
equal) and their names match: equal keys, a short form of a full name of the same known country,
or a token similarity at or above `names.MATCH_THRESHOLD` (see `names`).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from milwatch.matching.names import (
    MATCH_THRESHOLD,
    countries_compatible,
    name_tokens,
    short_form_tokens,
    skeleton_match,
    token_similarity,
)


class PersonRef(NamedTuple):
    """An official as the matcher compares them."""

    tokens: tuple[str, ...]
    key: str  # sorted folded tokens
    country: str | None
    # written in Japanese script: "kana" (a foreign name as it sounds in Japanese: ギルバート・テオドロ,
    # "girubato teodoro"), "kanji" (a Japanese name in Han characters: its tokens are Chinese readings)
    japanese: str = ""


KANJI_READ_AS_CHINESE = frozenset({"JPN"})  # officials whose names in Han characters no romanization reaches
SHARED_PART = 4  # letters of a name part that a kana spelling shares with another: possibly one person


def _japanese_script(name: str, country: str | None) -> str:
    if any("\u3040" <= ch <= "\u30ff" for ch in name):
        return "kana"
    if country not in KANJI_READ_AS_CHINESE or any(ch.isascii() and ch.isalpha() for ch in name):
        return ""
    return "kanji" if any("\u4e00" <= ch <= "\u9fff" for ch in name) else ""


def country_code(c: str) -> str:
    """ISO3 upper-case, organisation codes lower-case (as the scorer folds them)."""
    c = str(c).strip()
    return c.upper() if len(c) == 3 and c.isalpha() and c.upper() == c else c.lower()


def person_ref(name: str, country: str | None) -> PersonRef:
    tokens = name_tokens(name)
    code = country_code(country) if country else None
    return PersonRef(tokens, " ".join(sorted(tokens)), code, _japanese_script(name, code))


def may_be_one(a: list[PersonRef], b: list[PersonRef]) -> bool:
    """Could the officials of one state on two sides include one person though no name matches?  Yes when
    one side writes them all in Japanese script and the other in none, and a Japanese name in kanji stands
    on that side (小泉 reads "xiao quan" through the Chinese reading: no match proves it is not Koizumi), or
    two share a name part of four letters or more (ギルバート・テオドロ, "girubato teodoro", and Gilberto
    Teodoro)."""
    scripts_a, scripts_b = {p.japanese for p in a}, {q.japanese for q in b}
    one_side = ("" not in scripts_a and scripts_b == {""}) or ("" not in scripts_b and scripts_a == {""})
    if not (a and b and one_side):
        return False  # (officials on both sides, one side all in Japanese script, the other in none)
    if "kanji" in scripts_a | scripts_b:
        return True
    return any(t in q.tokens for p in a for t in p.tokens if len(t) >= SHARED_PART for q in b)


def same_person(a: PersonRef, b: PersonRef) -> bool:
    """Can these two mentions name the same official (country gate, key match or short form)?"""
    if not countries_compatible(a.country, b.country):
        return False
    if a.key == b.key:
        return True
    short_a, short_b = _is_short(a.tokens), _is_short(b.tokens)
    if short_a or short_b:
        if not (a.country and b.country) or (short_a and short_b):
            return False
        return short_form_tokens(a.tokens, b.tokens) if short_a else short_form_tokens(b.tokens, a.tokens)
    return token_similarity(a.tokens, b.tokens) >= MATCH_THRESHOLD


def _is_short(tokens: tuple[str, ...]) -> bool:
    return sum(1 for t in tokens if len(t) > 1) < 2


class PersonMatcher:
    """Memoised `person_ref` and `same_person` for one batch or one index (bounded; no globals).

    It also shares equal kinds, anchors and officials tuples between the views it makes.
    """

    def __init__(self, max_entries: int = 200_000, across_scripts: bool = True) -> None:
        self.max_entries = max_entries
        # also `skeleton_match` (names from scripts without vowels): by default, so that stories, real events,
        # their Spark runs and alerts all match persons alike
        self.across_scripts = across_scripts
        self._refs: dict[tuple[str, str | None], PersonRef] = {}
        self._same: dict[tuple[object, ...], bool] = {}
        self._shared: dict[object, object] = {}

    def share(self, value: Any) -> Any:
        """One object per equal value (kinds, anchors, officials tuples): fewer objects to keep."""
        if len(self._shared) >= self.max_entries:
            self._shared.clear()
        return self._shared.setdefault(value, value)

    def ref(self, name: str, country: str | None) -> PersonRef:
        key = (name, country)
        got = self._refs.get(key)
        if got is None:
            if len(self._refs) >= self.max_entries:
                self._refs.clear()
            got = self._refs[key] = person_ref(name, country)
        return got

    def same(self, a: PersonRef, b: PersonRef) -> bool:
        if a is b or a == b:
            return True
        if not countries_compatible(a.country, b.country):
            return False
        key = (a.tokens, a.country, b.tokens, b.country)  # plain data: the collector skips it
        got = self._same.get(key)
        if got is None:
            if len(self._same) >= self.max_entries:
                self._same.clear()
            got = self._same[key] = same_person(a, b) or (
                self.across_scripts and skeleton_match(a.tokens, b.tokens))
        return got
