"""Officials registry: one canonical person per real official, with every alias seen.

    reg = OfficialsRegistry()
    reg.load_known("officials.toml")                       # optional user data
    pid = reg.observe(person, article_id="a1", date="2025-09-04", lang="vi")
    reg.merge(a, b); reg.split(pid, "Wiktar Chrenin")     # `milwatch person merge/split`
    state = reg.to_dict(); reg2 = OfficialsRegistry.from_dict(state)

A mention is attached to an existing person when the countries are compatible (both known ->
equal) and the name keys match with every given-name token accounted for (see `names`), so
two officials who share a family name stay apart.  A one-word name ("Shoigu") attaches only to
the single person of its country whose first or last name it is.  Ids are slugs of the first
name seen ("aze-zakir-hasanov"); a merged-away id keeps resolving through a redirect.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from milwatch.errors import MilwatchError, UnknownPersonError
from milwatch.extract._registry import OfficialsIndex
from milwatch.known_officials import load_officials
from milwatch.matching.names import (
    MATCH_THRESHOLD,
    countries_compatible,
    name_tokens,
    short_form_matches,
    token_similarity,
)
from milwatch.matching.persons import country_code
from milwatch.model import CanonicalPerson, Event, Person
from milwatch.resolve._parts import attribute, block_keys, merge_attributions, slug
from milwatch.resolve.countries import countries_by_sides
from milwatch.resolve.official_facts import registry_roles, within, within_tenure
from milwatch.resolve.prepare import Preparer

STATE_VERSION = 1
_BIG_POSTING = 500  # a token shared by more persons than this ("nguyen", "kim") does not block alone


class OfficialsRegistry:
    """Canonical officials, their aliases, countries, roles and ranks over time."""

    def __init__(self, threshold: float = MATCH_THRESHOLD, seed: OfficialsIndex | None = None) -> None:
        self.threshold = threshold
        self._prep = Preparer(seed)  # nominative names; the known officials (seed registry) when given
        self._seeded: dict[str, str] = {}  # registry (seed) id -> person id
        self._english: dict[str, set[str]] = {}  # id -> names seen in English text or given by a registry
        self._tenures: dict[str, CanonicalPerson] = {}  # id -> its registry entry (roles with tenures)
        self._persons: dict[str, CanonicalPerson] = {}
        self._redirects: dict[str, str] = {}
        self._pinned: dict[str, str] = {}  # sorted name key -> id (set by split)
        self._name_counts: dict[str, dict[str, int]] = {}
        self._exact: dict[str, set[str]] = {}
        self._blocks: dict[str, set[str]] = {}
        self._tokens: dict[str, set[tuple[str, ...]]] = {}
        self._memo: dict[str, tuple[str, ...]] = {}  # name -> folded tokens (a cache, not state)

    # ---- look-ups -------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._persons)

    def __contains__(self, pid: object) -> bool:
        return isinstance(pid, str) and (pid in self._persons or pid in self._redirects)

    def canonical_id(self, pid: str) -> str:
        """The live id for `pid`, following merges."""
        seen = 0
        while pid in self._redirects and seen < 1000:
            pid, seen = self._redirects[pid], seen + 1
        if pid not in self._persons:
            raise UnknownPersonError(f"no official with id {pid!r}")
        return pid

    def get(self, pid: str) -> CanonicalPerson:
        return self._persons[self.canonical_id(pid)]

    def persons(self) -> list[CanonicalPerson]:
        return [self._persons[k] for k in sorted(self._persons)]

    def find(self, name: str, country: str | None = None) -> list[tuple[str, float]]:
        """Candidate persons for a name with their similarity, best first (country-gated)."""
        tokens = self._toks(name)
        country = country_code(country) if country else None
        postings = [self._blocks.get(k, set()) for k in block_keys(tokens)]
        small = [p for p in postings if len(p) <= _BIG_POSTING] or postings
        cands = set().union(*small) if small else set()
        scored = []
        for pid in cands:
            person = self._persons[pid]
            if not countries_compatible(country, person.country):
                continue
            score = max((token_similarity(tokens, t) for t in self._tokens[pid]), default=0.0)
            if score >= self.threshold:
                scored.append((pid, score))
        return sorted(scored, key=lambda x: (-x[1], x[0]))

    def resolve(self, person: Person) -> str | None:
        """The id this mention belongs to, or None; never changes the registry."""
        pinned = self._pinned_id(person)
        if pinned is not None:
            return pinned
        country = country_code(person.country) if person.country else None
        names = [n for n in [person.name, *person.aliases] if self._toks(n)]
        for n in names:
            exact = [p for p in self._exact.get(self._skey(n), ()) if
                     countries_compatible(country, self._persons[p].country)]
            if exact:
                return min(exact, key=lambda p: (self._persons[p].country != country, p))
        best: tuple[float, str] | None = None
        for n in names:
            if len([t for t in self._toks(n) if len(t) > 1]) < 2:
                continue
            for pid, score in self.find(n, country)[:1]:
                if best is None or (-score, pid) < (-best[0], best[1]):
                    best = (score, pid)
        if best is not None:
            return best[1]
        return self._short_form(names, country)

    def _short_form(self, names: list[str], country: str | None) -> str | None:
        if not country:
            return None
        for n in names:
            words = [t for t in self._toks(n) if len(t) > 1]
            if len(words) != 1:
                continue
            block = set().union(*(self._blocks.get(k, set()) for k in block_keys((words[0],))))
            cands = {pid for pid in block if self._persons[pid].country == country
                     and any(short_form_matches(n, full) for full in self._full_names(pid))}
            if len(cands) == 1:
                return cands.pop()
        return None

    # ---- updates --------------------------------------------------------------------------
    def observe(self, person: Person, *, article_id: str | None = None, date: str | None = None,
                lang: str | None = None, current: bool = True) -> str:
        """Attach a mention to its canonical person (created when new); returns the id.

        `date` is the event's date or the article's publication day: for a `current` event it
        extends the first/last-seen span of the person and of the role and rank the mention
        states; a historical (background) event only counts them, so it never extends a tenure.
        A role of a known official is checked against the registry's tenure: inside it, it counts
        for the registry's role; outside it, it is counted without a date.  `article_id` is
        accepted for symmetry with the store, which keeps the mention -> person links itself.
        """
        prepared, known = self._prep.person(person, lang, date)
        return self._observe(prepared, known, date=date if current else None, lang=lang)

    def _observe(self, person: Person, known: CanonicalPerson | None, *, date: str | None,
                 lang: str | None) -> str:
        pid = self._locate(person, known)
        if pid is None:
            pid = self._create(person.name, person.country)
        p = self._persons[pid]
        if p.country is None and person.country:
            p.country = country_code(person.country)
        counts = self._name_counts.setdefault(pid, {})
        counts[person.name] = counts.get(person.name, 0) + 1
        if lang == "en" or known is not None:
            self._english.setdefault(pid, set()).add(person.name)
        self._add_aliases(pid, [person.name, *person.aliases])
        role = person.role
        entry = self._tenures.get(pid)
        if role and entry is not None and date:
            inside = within_tenure(date, role, entry)
            if inside is not None:  # counted for the registry's role (its tenure unchanged), or undated
                role = next((r.value for r in registry_roles(entry, role) if within(date, r)), role)
                attribute(p.roles, role, None)
                role = None
        attribute(p.roles, role, date)
        attribute(p.ranks, person.rank, date)
        p.mentions += 1
        if date:
            p.first_seen = min(p.first_seen or date, date)
            p.last_seen = max(p.last_seen or date, date)
        if lang and lang not in p.langs:
            p.langs.append(lang)
            p.langs.sort()
        self._choose_name(pid)
        return pid

    def _locate(self, person: Person, known: CanonicalPerson | None) -> str | None:
        """The person a prepared mention belongs to: a user's split first, then the registry
        entry it matched (added on first sight), then the name matching of `resolve`."""
        pinned = self._pinned_id(person)
        if pinned is not None:
            return pinned
        if known is not None:
            pid = self._seeded.get(known.id)
            if pid is not None:
                return self.canonical_id(pid)
            pid = self.add_known(known)
            self._seeded[known.id] = pid
            self._tenures.setdefault(pid, known)
            return pid
        return self.resolve(person)

    def _pinned_id(self, person: Person) -> str | None:
        country = country_code(person.country) if person.country else None
        for n in [person.name, *person.aliases]:
            pid = self._pinned.get(self._skey(n)) if self._toks(n) else None
            if pid is not None and countries_compatible(country, self._persons[pid].country):
                return pid
        return None

    def observe_event(self, event: Event, *, article_id: str | None = None, published: str | None = None,
                      lang: str | None = None) -> list[str]:
        """Observe every official of an event (dated by the event, else by publication); a historical
        event's officials are counted but extend no span."""
        when = None if event.historical else (event.date or published)
        return [self._observe(p, known, date=when, lang=lang)
                for p, known in self._prep.event(event, lang, published)]

    def resolve_event(self, event: Event, *, published: str | None = None, lang: str | None = None
                      ) -> list[str | None]:
        """The id of each official of an event as `observe_event` saw it (after any later edits)."""
        return [pid for _, pid in self.observed_event(event, published=published, lang=lang)]

    def observed_event(self, event: Event, *, published: str | None = None, lang: str | None = None
                       ) -> list[tuple[Person, str | None]]:
        """Each official of an event as prepared (nominative name, registry identity, country) with its id."""
        out: list[tuple[Person, str | None]] = []
        for person, known in self._prep.event(event, lang, published):
            pid = self._pinned_id(person)
            if pid is None and known is not None and known.id in self._seeded:
                pid = self.canonical_id(self._seeded[known.id])
            out.append((person, pid if pid is not None else self.resolve(person)))
        return out

    def fill_countries(self, observed: Iterable[tuple[Event, Sequence[tuple[Person, str | None]]]]) -> int:
        """Give officials still without a country the one their events' sides give them (see
        `countries`), once every event is observed; returns how many got one."""
        found = countries_by_sides(observed, lambda pid: self.get(pid).country)
        for pid, country in found.items():
            self.get(pid).country = country
        return len(found)

    def add_known(self, person: CanonicalPerson) -> str:
        """Add a user-provided official; merges into an existing person of the same name."""
        probe = Person(name=person.name, aliases=list(person.aliases), country=person.country)
        pid = person.id if person.id in self._persons else self.resolve(probe)
        if pid is None:
            pid = self._create(person.name, person.country, wanted_id=person.id or None)
        p = self._persons[pid]
        if p.name != person.name:
            p.aliases = [n for n in p.aliases if n != person.name] + [p.name]
            self._index(pid, [person.name])
        p.known, p.name = True, person.name
        if person.country:
            p.country = country_code(person.country)
        self._add_aliases(pid, [person.name, *person.aliases])
        merge_attributions(p.roles, person.roles)
        merge_attributions(p.ranks, person.ranks)
        return pid

    def load_known(self, path: str | Path) -> list[str]:
        """Load known officials from a TOML or CSV file (see data/officials.example.toml)."""
        ids = []
        for person in load_officials(path):
            pid = self.add_known(person)
            self._tenures[pid] = person
            ids.append(pid)
        return ids

    def merge(self, a: str, b: str) -> str:
        """Merge person `b` into `a`; returns the surviving id (`a`'s). `b` keeps resolving to it."""
        a, b = self.canonical_id(a), self.canonical_id(b)
        if a == b:
            return a
        pa, pb = self._persons[a], self._persons.pop(b)
        self._unindex(b)
        if pb.known and not pa.known:
            pa.name, pa.known = pb.name, True
        pa.country = pa.country or pb.country
        merge_attributions(pa.roles, pb.roles)
        merge_attributions(pa.ranks, pb.ranks)
        pa.mentions += pb.mentions
        pa.langs = sorted(set(pa.langs) | set(pb.langs))
        firsts = [d for d in (pa.first_seen, pb.first_seen) if d]
        lasts = [d for d in (pa.last_seen, pb.last_seen) if d]
        pa.first_seen, pa.last_seen = min(firsts, default=None), max(lasts, default=None)
        self._english.setdefault(a, set()).update(self._english.pop(b, set()))
        if b in self._tenures:
            self._tenures.setdefault(a, self._tenures.pop(b))
        counts = self._name_counts.setdefault(a, {})
        for name, n in self._name_counts.pop(b, {}).items():
            counts[name] = counts.get(name, 0) + n
        self._add_aliases(a, [pb.name, *pb.aliases])
        self._redirects[b] = a
        self._pinned = {k: (a if v == b else v) for k, v in self._pinned.items()}
        self._choose_name(a)
        return a

    def split(self, pid: str, alias: str) -> str:
        """Move `alias` (and its same-key spellings) out of `pid` into a new person; returns its id."""
        pid = self.canonical_id(pid)
        p = self._persons[pid]
        key = self._skey(alias)
        moved = [n for n in [p.name, *p.aliases] if self._skey(n) == key]
        rest = [n for n in [p.name, *p.aliases] if self._skey(n) != key]
        if not moved:
            raise UnknownPersonError(f"{pid!r} has no alias {alias!r}")
        if not rest:
            raise MilwatchError(f"{alias!r} is the only name of {pid!r}: nothing to split")
        new = self._create(alias, p.country)
        self._unindex(pid)
        p.aliases = [n for n in p.aliases if self._skey(n) != key]
        counts = self._name_counts.setdefault(pid, {})
        new_counts = self._name_counts.setdefault(new, {})
        for n in moved:
            new_counts[n] = counts.pop(n, 0)
        if self._skey(p.name) == key:
            p.name, p.aliases = rest[0], rest[1:]
        self._index(pid, [p.name, *p.aliases])
        self._add_aliases(new, moved)
        self._pinned = {k: v for k, v in self._pinned.items() if k != key}
        self._pinned[key] = new
        self._choose_name(pid)
        return new

    # ---- persistence ----------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "threshold": self.threshold,
            "persons": [p.to_dict() for p in self.persons()],
            "redirects": dict(sorted(self._redirects.items())),
            "pinned": dict(sorted(self._pinned.items())),
            "name_counts": {k: dict(sorted(v.items())) for k, v in sorted(self._name_counts.items())},
            "seeded": dict(sorted(self._seeded.items())),
            "english": {k: sorted(v) for k, v in sorted(self._english.items())},
        }

    @classmethod
    def from_dict(cls, state: dict[str, Any]) -> OfficialsRegistry:
        if state.get("version", STATE_VERSION) != STATE_VERSION:
            raise MilwatchError(f"officials registry state version {state.get('version')} is not supported")
        reg = cls(threshold=float(state.get("threshold", MATCH_THRESHOLD)))
        for d in state.get("persons") or []:
            p = CanonicalPerson.from_dict(d)
            reg._persons[p.id] = p
            reg._index(p.id, [p.name, *p.aliases])
        reg._redirects = dict(state.get("redirects") or {})
        reg._pinned = dict(state.get("pinned") or {})
        reg._name_counts = {k: dict(v) for k, v in (state.get("name_counts") or {}).items()}
        reg._seeded = dict(state.get("seeded") or {})
        reg._english = {k: set(v) for k, v in (state.get("english") or {}).items()}
        return reg

    # ---- internals ------------------------------------------------------------------------
    def _toks(self, name: str) -> tuple[str, ...]:
        got = self._memo.get(name)
        if got is None:
            if len(self._memo) >= 200_000:
                self._memo.clear()
            got = self._memo[name] = name_tokens(name)
        return got

    def _skey(self, name: str) -> str:
        return " ".join(sorted(self._toks(name)))

    def _create(self, name: str, country: str | None, wanted_id: str | None = None) -> str:
        country = country_code(country) if country else None
        base = wanted_id or "-".join(x for x in ((country or "").lower(), slug(name)) if x)
        pid, n = base, 1
        while pid in self._persons or pid in self._redirects:
            n += 1
            pid = f"{base}-{n}"
        self._persons[pid] = CanonicalPerson(id=pid, name=name, country=country)
        self._index(pid, [name])
        return pid

    def _add_aliases(self, pid: str, names: Iterable[str]) -> None:
        p = self._persons[pid]
        fresh = [n for n in dict.fromkeys(names) if n and n != p.name and n not in p.aliases]
        p.aliases.extend(fresh)
        self._index(pid, fresh)

    def _index(self, pid: str, names: Iterable[str]) -> None:
        for n in names:
            tokens = self._toks(n)
            if not tokens:
                continue
            self._exact.setdefault(self._skey(n), set()).add(pid)
            self._tokens.setdefault(pid, set()).add(tokens)
            for k in block_keys(tokens):
                self._blocks.setdefault(k, set()).add(pid)

    def _unindex(self, pid: str) -> None:
        for table in (self._exact, self._blocks):
            for k in [k for k, ids in table.items() if pid in ids]:
                table[k].discard(pid)
                if not table[k]:
                    del table[k]
        self._tokens.pop(pid, None)

    def _full_names(self, pid: str) -> list[str]:
        p = self._persons[pid]
        return [n for n in [p.name, *p.aliases] if len(self._toks(n)) >= 2]

    def _choose_name(self, pid: str) -> None:
        p = self._persons[pid]
        counts = self._name_counts.get(pid) or {}
        if p.known or not counts:
            return
        english = self._english.get(pid, set())
        best = min(counts, key=lambda n: (n not in english, -counts[n], not n.isascii(), n))
        if best != p.name:
            p.aliases = [n for n in p.aliases if n != best] + [p.name]
            p.name = best
