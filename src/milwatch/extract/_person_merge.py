"""Person mentions and how mentions of one individual are grouped into a model.Person.

Mentions belong together when their name words (folded, initials dropped) are equal in
any order ("Kamikawa Yoko" / "Yoko Kamikawa"), one is a subset of the other ("Lloyd J.
Austin III" / "Lloyd Austin"), or a lone word of a full name ("Hasanov"): then the
nearest full mention before it (else after it) that contains the word wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from milwatch.extract._names import canonical_name, core_tokens, fold, shared_prefix
from milwatch.model import Person

# Roles that lose to any other when mentions of one person disagree.
_GENERIC_ROLES = frozenset({"minister", "deputy minister", "politburo member",
                            "member of the central committee"})


@dataclass(slots=True)
class PersonMention:
    """One mention of an official; `name` is the canonical name of the individual it refers to."""

    start: int
    end: int  # span of the name in the text
    surface: str  # the name exactly as in the text
    name: str  # canonical: no diacritics, initials and Jr. dropped, order as written
    role: str | None = None  # plain English, from this mention's own title phrase
    rank: str | None = None  # one of model.RANKS
    country: str | None = None  # ISO3 when the title phrase names the country


def name_words(surface: str) -> list[str]:
    """The folded words of a name: "Gilberto C. Teodoro Jr." -> ["gilberto", "teodoro"]."""
    return fold(" ".join(core_tokens(surface))).split()


class NameMemo:
    """Words and canonical spelling per surface, computed once (one memo per article)."""

    __slots__ = ("_canonical", "_table", "_words")

    def __init__(self, romanization: dict[str, str] | None = None) -> None:
        self._words: dict[str, list[str]] = {}
        self._canonical: dict[str, str] = {}
        self._table = romanization or {}

    def words(self, surface: str) -> list[str]:
        found = self._words.get(surface)
        if found is None:
            found = self._words[surface] = name_words(surface)
        return found

    def canonical(self, surface: str) -> str:
        found = self._canonical.get(surface)
        if found is None:
            found = self._canonical[surface] = canonical_name(surface, table=self._table)
        return found


def _is_latin(surface: str) -> bool:
    return any("a" <= c <= "z" for c in fold(surface))


def _same_word(a: str, b: str) -> bool:
    """Equal, or (outside the Latin script, where fold() cannot compare) one case form of the
    other: a common stem of 4+ letters and endings of at most 3 (Сергеем / Сергей)."""
    if a == b:
        return True
    if a.isascii() or b.isascii():
        return False
    n = shared_prefix(a, b)
    return n >= 4 and len(a) - n <= 3 and len(b) - n <= 3


def _covers(big: AbstractSet[str], small: AbstractSet[str]) -> bool:
    """Every word of `small` is (a case form of) a word of `big`."""
    if small <= big:
        return True
    if all(w.isascii() for w in small):
        return False  # Latin-script words compare exactly
    return all(any(_same_word(w, v) for v in big) for w in small)


def group_mentions(mentions: Sequence[PersonMention],
                   memo: NameMemo | None = None) -> list[list[PersonMention]]:
    """Mentions of one individual together, each group in text order, groups by first mention."""
    memo = memo or NameMemo()
    ordered = sorted(mentions, key=lambda m: m.start)
    words = [frozenset(memo.words(m.surface)) for m in ordered]
    groups: list[list[int]] = []
    keys: list[set[str]] = []
    index: dict[str, set[int]] = {}  # word -> groups holding it (exact words)
    fuzzy: list[int] = []  # groups with non-Latin words (case forms compare inexactly)

    def candidates(w: frozenset[str]) -> list[int]:
        found = set().union(*(index.get(x, ()) for x in w))
        if not all(x.isascii() for x in w):
            found.update(fuzzy)
        return sorted(found)

    def add(k: int, w: frozenset[str]) -> None:
        keys[k] |= w
        for x in w:
            index.setdefault(x, set()).add(k)
        if not all(x.isascii() for x in w) and k not in fuzzy:
            fuzzy.append(k)

    singles: list[int] = []
    for i, w in enumerate(words):
        if len(w) < 2:
            singles.append(i)
            continue
        for k in candidates(w):
            if _covers(keys[k], w) or _covers(w, keys[k]):
                groups[k].append(i)
                add(k, w)
                break
        else:
            groups.append([i])
            keys.append(set())
            add(len(keys) - 1, w)
    starts = [m.start for m in ordered]
    for i in singles:
        owners = [k for k in candidates(words[i]) if words[i] and _covers(keys[k], words[i])]
        if not owners:
            groups.append([i])
            keys.append(set())
            add(len(keys) - 1, words[i])
            continue
        at = starts[i]

        def distance(k: int, at: int = at) -> tuple[int, int]:
            # the nearest mention before, else after
            before = [starts[j] for j in groups[k] if starts[j] <= at]
            return (0, at - max(before)) if before else (1, min(starts[j] for j in groups[k]) - at)

        groups[min(owners, key=distance)].append(i)
    out = [[ordered[i] for i in sorted(group)] for group in groups]
    out.sort(key=lambda g: g[0].start)
    return out


def group_name(group: Sequence[PersonMention], original_script: bool = False,
               memo: NameMemo | None = None) -> str:
    """The canonical name of a group: its fullest spelling, the shortest of those (nominative
    rather than inflected forms).  With `original_script`, a name written in a non-Latin script
    keeps that script (score.py compares predicted names with in-text aliases)."""
    memo = memo or NameMemo()
    best: tuple[int, int, int] | None = None
    chosen = group[0]
    for k, m in enumerate(group):
        key = (-len(memo.words(m.surface)), len(memo.canonical(m.surface)), k)
        if best is None or key < best:
            best, chosen = key, m
    if original_script and not _is_latin(chosen.surface):
        return " ".join(chosen.surface.split())
    return memo.canonical(chosen.surface)


def group_person_mentions(mentions: Sequence[PersonMention]) -> list[tuple[Person, list[PersonMention]]]:
    """One (model.Person, its mentions) per individual, in order of first mention."""
    out: list[tuple[Person, list[PersonMention]]] = []
    memo = NameMemo()
    for group in group_mentions(mentions, memo):
        names = {m.name for m in group}
        full = [m for m in group if len(memo.words(m.surface)) >= 2]
        name = names.pop() if len(names) == 1 and full else group_name(group, memo=memo)
        aliases: list[str] = []
        for m in group:
            if m.surface != name and m.surface not in aliases:
                aliases.append(m.surface)
        person = Person(name=name, aliases=aliases, country=_most_common(m.country for m in group),
                        role=_top_role(group), rank=_most_common(m.rank for m in group))
        out.append((person, group))
    return out


def merge_person_mentions(mentions: Sequence[PersonMention]) -> list[Person]:
    """One model.Person per individual within an article.

    Surname-only mentions ("Hasanov", "Minister Hasanov", "Giang") join the full name;
    `aliases` are every other spelling exactly as in the text (inflected forms included);
    `name` is the canonical name; role, rank and country are the most telling of the
    mentions' (a defense role first; the most frequent rank and country).
    """
    return [person for person, _ in group_person_mentions(mentions)]


def _most_common(values: Iterable[str | None]) -> str | None:
    counts: dict[str, int] = {}
    for value in values:
        if value:
            counts[value] = counts.get(value, 0) + 1
    return max(counts, key=lambda v: counts[v]) if counts else None


def _top_role(group: Sequence[PersonMention]) -> str | None:
    roles = [m.role for m in group if m.role]
    if not roles:
        return None
    return max(roles, key=lambda r: (3 if "defen" in r else 1 if r in _GENERIC_ROLES else 2, roles.count(r)))
