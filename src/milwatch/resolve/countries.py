"""A country for every official the text left without one: the event's sides, counterparts, the host.

    fill_sides(persons, ["KHM", "CHN"], location="CHN")   # persons, those without a country given one
    side_country(2, persons, ["AZE", "TUR"], "AZE")        # the country of persons[2], or None
    SeedBySides(seed).match(person, ["IND", "USA"], "2023-11-10")   # a seed entry of one of the sides
    countries_by_sides(observed, country_of)               # canonical id -> country, over all events

Rules, tried in order for a person of an event between states S (ISO3 codes, at least two) who has
no country, the others' countries as known (the registry's when `OfficialsRegistry.fill_countries`
runs after every event is observed):

1. sides — the person is the only one without a country and exactly one state of S has nobody;
2. counterpart — S has two states and the others of the person's office (role family: defense
   minister, chief of defense, head of state, head of government...) stand for exactly one of them:
   the person is the other side's ("Hun Sen, prime minister" beside the other side's premier);
3. command — a service commander ("commander of the naval forces") when exactly one side brought
   its chief of defense: the commanders come with their chief;
4. host — a head of state or government at an event held in one of S when no other head of state
   or government is named: the host receives a delegation that brought no leader of its own.

Only rule 1 runs on each report as it is prepared (`fill_sides(..., sides_only=True)`): the others
need the officials' canonical countries, so they run once every event is observed, and only fill
a country (a person is never split by them).

Nothing is guessed otherwise; the person stays without a country (shown as unknown, never dropped).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from milwatch.extract._registry import OfficialsIndex
from milwatch.matching.names import MATCH_THRESHOLD, name_tokens, skeleton_match, token_similarity
from milwatch.model import CanonicalPerson, Event, Person
from milwatch.resolve.official_facts import role_family, within

HEAD_OF_STATE = "head of state"
HEAD_OF_GOVERNMENT = "head of government"
_LEADER_OFFICES = frozenset({HEAD_OF_STATE, HEAD_OF_GOVERNMENT})
_HEADS_OF_STATE = re.compile(r"^(?:head of state|president|general secretary|king|queen|emir|sultan|monarch|"
                             r"supreme leader)$")  # a party's general secretary leads the one-party states
_HEADS_OF_GOVERNMENT = re.compile(r"^(?:head of government|prime minister|premier|chancellor)$")
_HOSTS = re.compile(r"^(?:head of (?:state|government)|president|prime "
                    r"minister|premier|chancellor|king|emir|sultan)$")
_COMMANDERS = re.compile(r"^commander of (?:the )?(?:land|ground|naval|air|army|navy|marine|special)\b")
_CHIEF_OF_DEFENSE = "chief of defense"


def _clean(role: str | None) -> str:
    return " ".join((role or "").lower().split())


def office(role: str | None) -> str | None:
    """The role family of `role`, heads of state and heads of government each as one office."""
    value = _clean(role)
    if _HEADS_OF_STATE.match(value):
        return HEAD_OF_STATE
    if _HEADS_OF_GOVERNMENT.match(value):
        return HEAD_OF_GOVERNMENT
    return role_family(role)


def _states(countries: Sequence[str]) -> list[str]:
    return [c for c in dict.fromkeys(countries) if len(c) == 3 and c.isupper()]


def free_side(i: int, persons: Sequence[Person], countries: Sequence[str]) -> str | None:
    """Rule 1 alone: `persons[i]` is the only one without a country and one state has nobody."""
    states = _states(countries)
    if persons[i].country or len(states) < 2:
        return None
    others = [p for j, p in enumerate(persons) if j != i]
    if any(not p.country for p in others):
        return None
    free = [c for c in states if c not in {p.country for p in others}]
    return free[0] if len(free) == 1 else None


def side_country(i: int, persons: Sequence[Person], countries: Sequence[str],
                 location: str | None = None) -> str | None:
    """The country of `persons[i]` (who has none) by the rules of this module; None when not certain."""
    states = _states(countries)
    person = persons[i]
    if person.country or len(states) < 2:
        return None
    found = free_side(i, persons, countries)
    if found:
        return found
    others = [p for j, p in enumerate(persons) if j != i]
    mine = office(person.role)
    if mine and len(states) == 2:
        sides = {p.country for p in others if p.country in states and office(p.role) == mine}
        if len(sides) == 1:
            return next(c for c in states if c not in sides)
    if _COMMANDERS.match(_clean(person.role)):
        chiefs = {p.country for p in others if p.country in states
                  and role_family(p.role) == _CHIEF_OF_DEFENSE}
        if len(chiefs) == 1:
            return chiefs.pop()
    if location in states and _HOSTS.match(_clean(person.role)) and \
            not any(office(p.role) in _LEADER_OFFICES for p in others):
        return location  # a leader receiving a delegation that brought no leader of its own
    return None


def fill_sides(persons: Sequence[Person], countries: Sequence[str], location: str | None = None, *,
               sides_only: bool = False) -> list[Person]:
    """`persons` with a country for each one `side_country` (`free_side` when `sides_only`) can tell,
    all decided on the given countries, so the result does not depend on the order of the persons."""
    found = [free_side(i, persons, countries) if sides_only else side_country(i, persons, countries, location)
             for i in range(len(persons))]
    return [Person(name=p.name, aliases=list(p.aliases), country=c, role=p.role, rank=p.rank) if c else p
            for p, c in zip(persons, found, strict=True)]


class SeedBySides:
    """The seed registry's officials of the event's states, matched loosely (a name written in a
    script without short vowels, "لائیڈ آسٹن" for Lloyd Austin): with the candidates cut down to
    the two or three states of the event, a consonant skeleton match is safe."""

    def __init__(self, seed: OfficialsIndex) -> None:
        self.seed = seed
        self._by_country: dict[str, list[tuple[CanonicalPerson, list[tuple[str, ...]]]]] | None = None
        self._hits: dict[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], list[CanonicalPerson]] = {}

    def _index(self) -> dict[str, list[tuple[CanonicalPerson, list[tuple[str, ...]]]]]:
        if self._by_country is None:
            self._by_country = {}
            for p in self.seed.people:
                if p.country and p.id:
                    spellings = [t for t in (name_tokens(n) for n in [p.name, *p.aliases]) if len(t) >= 2]
                    self._by_country.setdefault(p.country, []).append((p, spellings))
        return self._by_country

    def match(self, person: Person, countries: Sequence[str], date: str | None) -> CanonicalPerson | None:
        """The one seed entry of a state of the event (the person's own country when given) whose
        spelling matches a name of `person`; in office on `date` when several match."""
        states = [person.country] if person.country else _states(countries)
        names = [t for t in (name_tokens(n) for n in [person.name, *person.aliases]) if len(t) >= 2]
        if not names:
            return None
        key = (tuple(states), tuple(names))  # the same official in many events is matched once
        hits = self._hits.get(key)
        if hits is None:
            index = self._index()
            hits = self._hits[key] = [p for c in states for p, spellings in index.get(c, ())
                                      if any(skeleton_match(a, b) or token_similarity(a, b) >= MATCH_THRESHOLD
                                             for a in names for b in spellings)]
        if len(hits) > 1 and date:
            hits = [p for p in hits if any(within(date, r) for r in p.roles)] or hits
        return hits[0] if len(hits) == 1 else None


def countries_by_sides(observed: Iterable[tuple[Event, Sequence[tuple[Person, str | None]]]],
                       country_of: Callable[[str], str | None]) -> dict[str, str]:
    """Canonical officials without a country -> the one country the rules give them over all their
    events, where the others' countries are their canonical ones (`country_of(id)`) when known.
    `observed` holds each event with its officials as prepared and their canonical ids."""
    votes: dict[str, set[str]] = {}
    for event, seen in observed:
        persons = [Person(name=p.name, country=(country_of(pid) if pid else None) or p.country, role=p.role)
                   for p, pid in seen]
        for i, (_, pid) in enumerate(seen):
            if pid is None or persons[i].country:
                continue
            found = side_country(i, persons, event.countries, event.location)
            if found:
                votes.setdefault(pid, set()).add(found)
    return {pid: next(iter(found)) for pid, found in votes.items() if len(found) == 1}
