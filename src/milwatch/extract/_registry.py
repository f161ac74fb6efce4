"""Known officials in extraction: found names mapped to the registry's English-press name.

    index = OfficialsIndex.seed()                     # data/officials.toml, parsed on first use
    index = OfficialsIndex.from_files([user_file])    # the seed plus a user file (TOML or CSV)
    hit = index.match("Dimitrioy Choypi", "Δημήτριου Χούπη", None, "2025-03-04")
    hit.name, hit.country, hit.role                   # "Dimitrios Choupis", "GRC", "chief of ..."
    mentions = apply_registry(mentions, index, "2025-03-04")

Keys are folded forms (anyascii, lower case, no diacritics or punctuation, spaces dropped),
also with the name's words sorted ("Austin Lloyd").  A match is accepted when it is safe:
  - full name: every word of the found name equals a registry spelling, in any script;
  - stem: every word agrees with a registry spelling up to an inflected ending
    ("Δημήτριου Χούπη", "Ллойдом Остином", "Jamesem Mattisem"), only when the found
    country agrees or the stem points to one person;
  - surname alone: the found country is the official's and the date falls in a tenure.
The matching is pure: the index is read-only once built.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

from milwatch.extract._names import romanize, shared_prefix
from milwatch.known_officials import load_officials
from milwatch.model import Attribution, CanonicalPerson

SEED_PATH = Path(__file__).resolve().parent.parent / "data" / "officials.toml"
STEM = 3  # letters of each word in the stem key; candidates are then checked word by word
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# marks written inside a word, never between words: Hebrew gershayim and geresh (כ"ץ, ג'ון), the
# aleph and ayin anyascii writes as an apostrophe (ישראל -> ysr'l), O'Brien
_INNER_MARKS = re.compile(r"(?<=[0-9a-z])['\"`]+(?=[0-9a-z])")
_CAPITALISED = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")  # a word of a cased script; checked for a capital
SCAN_WORDS = 4  # longest registry spelling looked for in running text, in words


def words(text: str) -> list[str]:
    """Folded words of a name in any script: "Phan Văn Giang" -> ["phan", "van", "giang"]."""
    text = text or ""
    folded = _INNER_MARKS.sub("", (text if text.isascii() else anyascii(text)).lower())
    return [w for w in _NON_ALNUM.split(folded) if w]


@lru_cache(maxsize=1 << 16)
def _word_tokens(word: str) -> tuple[str, ...]:
    """`words` of one capitalised word of running text, memoised (names recur from article to article)."""
    return tuple(words(word))


def _keys(tokens: Sequence[str]) -> set[str]:
    return {"".join(tokens), "".join(sorted(tokens))} if tokens else set()


def _stem_keys(tokens: Sequence[str]) -> set[str]:
    return {" ".join(t[:STEM] for t in tokens), " ".join(sorted(t[:STEM] for t in tokens))}


def inflected_same(found: str, known: str) -> bool:
    """Same word up to a case ending: ostinom/ostin, dimitrioy/dimitrios, pavla/pavel.  The known
    (nominative) form may lose at most two final letters and the found one add at most three;
    words under four letters must be equal."""
    if found == known:
        return True
    if len(known) < 4 or len(found) < 4:
        return False
    common = shared_prefix(found, known)
    return common >= 3 and len(known) - common <= 2 and len(found) - common <= 3


def _words_agree(found: Sequence[str], known: Sequence[str]) -> bool:
    if len(found) != len(known):
        return False
    return (all(inflected_same(a, b) for a, b in zip(found, known, strict=True))
            or all(inflected_same(a, b) for a, b in zip(sorted(found), sorted(known), strict=True)))


# "son of", "daughter of" in Arabic names as folded: bin, ibn, bint; بن, ابن, بنت through anyascii
LINEAGE = frozenset({"bin", "ibn", "bint", "ben", "bn", "bnt", "abn"})
MAX_LINKS = 4


def lineage_shortenings(tokens: Sequence[str]) -> list[list[str]]:
    """A long Arabic name chain cut after one of its later links: "Khalid bin Salman bin Abdulaziz Al
    Saud" -> "Khalid bin Salman", "Khalid bin Salman Al Saud" (the family name after the last link
    kept), "Khalid bin Salman bin Abdulaziz", ...  A middle link is never left out: "Khalid bin
    Abdulaziz" would name the grandfather's line, another person."""
    links = [i for i in range(1, len(tokens) - 1) if tokens[i] in LINEAGE][:MAX_LINKS]
    if len(links) < 2:
        return []
    tail = list(tokens[links[-1] + 2:])  # "Al Saud", "Al-Ruwaili" after the last "bin X"
    found: list[list[str]] = []
    for i in links[1:]:
        found.append(list(tokens[:i]))
        if tail:
            found.append(list(tokens[:i]) + tail)
    return found


def _in_span(date: str | None, attr: Attribution) -> bool:
    if not date:
        return True
    day = date[:10]
    start, end = attr.first_seen, attr.last_seen
    if start and day < start[: len(day)]:
        return False
    return not (end and day[: len(end)] > end)


@dataclass(frozen=True, slots=True)
class RegistryMatch:
    """What the registry says about a found person."""

    id: str
    name: str
    country: str | None
    role: str | None
    how: str  # "full", "lineage" (a shorter chain of an Arabic name), "stem" or "surname"


class OfficialsIndex:
    """Folded-name index over known officials; built once (lazily) per Extractor."""

    def __init__(self, officials: Iterable[CanonicalPerson] | None = None, *,
                 paths: Sequence[str | Path] = ()) -> None:
        self._given = list(officials) if officials is not None else None
        self._paths = [Path(p) for p in paths]
        self._people: list[CanonicalPerson] | None = None
        self._full: dict[str, set[int]] = defaultdict(set)
        self._stem: dict[str, set[int]] = defaultdict(set)
        self._surname: dict[str, set[int]] = defaultdict(set)
        # first 3 letters -> surnames (a look-up)
        self._surname_keys: dict[str, list[str]] = defaultdict(list)
        self._spellings: dict[int, list[list[str]]] = defaultdict(list)
        self._written: dict[str, set[tuple[str, int]]] = defaultdict(set)  # uncased spellings by first char
        self._tokens: set[str] = set()  # every folded word of every spelling

    @classmethod
    def seed(cls, extra: Sequence[str | Path] = ()) -> OfficialsIndex:
        """The shipped seed registry plus user files (TOML or CSV, see data/officials.example.toml)."""
        return cls(paths=[SEED_PATH, *extra])

    @classmethod
    def from_files(cls, paths: Sequence[str | Path]) -> OfficialsIndex:
        return cls(paths=paths)

    @property
    def people(self) -> list[CanonicalPerson]:
        if self._people is None:
            self._build()
        assert self._people is not None
        return self._people

    def _build(self) -> None:
        people = list(self._given or [])
        for path in self._paths:
            people += load_officials(path)
        # a user's entry for the same id or the same English name replaces the seed's
        merged: dict[str, CanonicalPerson] = {}
        for person in people:
            merged[person.id or f"{person.country or ''}:{' '.join(words(person.name))}"] = person
        self._people = list(merged.values())
        for i, person in enumerate(self._people):
            for spelling in {person.name, *person.aliases}:
                tokens = words(spelling)
                if not tokens:
                    continue
                self._spellings[i].append(tokens)
                if _uncased(spelling):
                    self._written[spelling[0]].add((spelling, i))
                self._tokens.update(tokens)
                for key in _keys(tokens):
                    self._full[key].add(i)
                if len(tokens) >= 2:
                    for key in _stem_keys(tokens):
                        self._stem[key].add(i)
                    if spelling.isascii() or not _uncased(spelling):
                        self._surname[tokens[-1]].add(i)
        for key in self._surname:  # inflected_same needs 3 shared first letters (or equal words)
            self._surname_keys[key[:3]].append(key)

    def completion(self, surface: str, following: str) -> tuple[str, RegistryMatch] | None:
        """A name in a script without spaces cut short by the finder ("魏凤" before "和"): the
        registry spelling that the text itself completes, when exactly one person's does."""
        if not surface or not _uncased(surface):
            return None
        self.people  # noqa: B018 - builds the index
        found = {(spelling, i) for spelling, i in self._written.get(surface[0], ())
                 if len(spelling) > len(surface) and spelling.startswith(surface)
                 and following.startswith(spelling[len(surface):])}
        if len({i for _, i in found}) != 1:
            return None
        spelling, i = max(found, key=lambda f: len(f[0]))
        return spelling, self._result(i, None, "full")

    def __len__(self) -> int:
        return len(self.people)

    def written_in(self, text: str) -> list[tuple[int, int, str]]:
        """Registry spellings of cased scripts written in `text` as capitalised words
        ("Kajsa Ollongren"): (start, end, surface) of each, longest first where they overlap.
        Two words at least, so a surname alone never counts here."""
        self.people  # noqa: B018 - builds the index
        tokens = [(m.start(), m.end(), _word_tokens(m.group(0))) for m in _CAPITALISED.finditer(text)
                  if m.group(0)[0].isupper()]
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(tokens):
            hit = None
            if not tokens[i][2] or tokens[i][2][0] not in self._tokens:
                i += 1
                continue  # no registry spelling has this word: no window starts here
            for size in range(min(SCAN_WORDS, len(tokens) - i), 1, -1):
                window = tokens[i:i + size]
                if any(not text[a[1]:b[0]].isspace() for a, b in zip(window, window[1:], strict=False)):
                    continue
                if "".join(w for t in window for w in t[2]) in self._full:
                    hit = size
                    break
            if hit:
                start, end = tokens[i][0], tokens[i + hit - 1][1]
                found.append((start, end, text[start:end]))
                i += hit
            else:
                i += 1
        return found

    def match(self, name: str, surface: str, country: str | None,
              date: str | None = None) -> RegistryMatch | None:
        """The registry's entry for a found person, when the match is safe (see module doc)."""
        people = self.people
        variants = [words(s) for s in {name, surface, romanize(surface)} if s]
        variants = [v for v in variants if v]
        if not variants:
            return None
        full = set().union(*(self._full.get(k, set()) for v in variants for k in _keys(v)))
        chosen = self._choose(full, country, date, need_country=False)
        if chosen is not None:
            return self._result(chosen, date, "full")
        shorter = {"".join(s) for v in variants for s in lineage_shortenings(v)}
        chain = set().union(*(self._full.get(k, set()) for k in shorter))
        chosen = self._choose(chain, country, date, need_country=False)
        if chosen is not None:
            return self._result(chosen, date, "lineage")
        if max(len(v) for v in variants) >= 2:
            stems: set[int] = set()
            for v in variants:
                if len(v) < 2:
                    continue
                for key in _stem_keys(v):
                    for i in self._stem.get(key, ()):
                        if any(_words_agree(v, known) for known in self._spellings[i]):
                            stems.add(i)
            # (a spelling near a known one is that person only if the found country does not contradict it:
            # a French envoy "Jules Martin" is not Argentina's minister "Julio Martínez")
            chosen = self._choose(stems, country, date, need_country=True)
            if chosen is not None:
                return self._result(chosen, date, "stem")
            return None
        if not country:
            return None
        surnames: set[int] = set()
        if len(variants[0][0]) >= 4:
            surnames = {i for v in variants
                        for k in self._surname_keys.get(v[0][:3], ()) if inflected_same(v[0], k)
                        for i in self._surname[k] if people[i].country == country}
        surnames = {i for i in surnames if any(_in_span(date, r) for r in people[i].roles)}
        chosen = self._choose(surnames, country, date, need_country=True)
        return self._result(chosen, date, "surname") if chosen is not None else None

    def _choose(self, ids: set[int], country: str | None, date: str | None, *,
                need_country: bool) -> int | None:
        """One person: the only candidate (whose country does not contradict the found one),
        else the only one of the found country, else the only one in office on the date."""
        people = self.people
        if not ids:
            return None
        if country:
            agreeing = {i for i in ids if people[i].country in (None, country)}
            if agreeing:
                ids = agreeing
            elif need_country or len(ids) > 1:
                return None
        if len(ids) > 1 and date:
            ids = {i for i in ids if any(_in_span(date, r) for r in people[i].roles)} or ids
        return next(iter(ids)) if len(ids) == 1 else None

    def _result(self, i: int, date: str | None, how: str) -> RegistryMatch:
        person = self.people[i]
        roles = [r for r in person.roles if _in_span(date, r)] if date else []
        if not date and len(person.roles) == 1:
            roles = list(person.roles)
        role = roles[-1].value if roles else None
        return RegistryMatch(person.id, person.name, person.country, role, how)


def _uncased(text: str) -> bool:
    """A spelling in a script without spaces between given name and surname (Han, kana, hangul)."""
    return any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in text)


def apply_registry(mentions: list, index: OfficialsIndex | None, date: str | None, text: str = "", *,
                   facts: bool = False) -> list:
    """Give each individual found in one article (mentions sharing `name`) the registry's
    English name; with `facts`, also its country and role where the mention has none.
    Mentions keep their `surface`, so the text's spelling stays an alias; a Han or kana name
    the finder cut short is completed when `text` goes on with the rest of a registry spelling.

    The extract stage uses names only: a country filled in here changes which states a
    sentence names, and the event rules then pick other pairs (measured: +1 correct event on
    one evaluation set, -1 on another), so countries are left to the finder and the resolve stage.
    """
    if index is None or not mentions:
        return mentions
    if text:
        for m in mentions:
            done = index.completion(m.surface, text[m.end:m.end + 8])
            if done and m.name == m.surface:
                spelling, _ = done
                m.end, m.surface, m.name = m.start + len(spelling), spelling, spelling
    groups: dict[str, list] = defaultdict(list)
    for m in mentions:
        groups[m.name].append(m)
    for name, group in groups.items():
        country = next((m.country for m in group if m.country), None)
        longest = max(group, key=lambda m: len(words(m.surface)))
        hit = index.match(name, longest.surface, country, date)
        if hit is None:
            continue
        for m in group:
            m.name = hit.name
            if facts:
                m.country = m.country or hit.country
                m.role = m.role or hit.role
    return mentions
