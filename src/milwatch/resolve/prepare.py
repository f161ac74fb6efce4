"""A found person made ready for the registry: nominative name, registry (seed) identity, country.

    prep = Preparer(OfficialsIndex.seed())          # or Preparer(None): names only
    person, known = prep.person(Person("Jamesem Mattisem"), lang="pl", date="2017-10-02")
    person.name, known.id                             # "Jim Mattis", "usa-jim-mattis"
    people = prep.event(event, lang="ru", published="2025-09-04")   # every person, countries filled

The inflected spelling stays an alias, so the store keeps what the text wrote; the name the
registry counts is the nominative one (see `nominative`), and the registry's English name when
the person is a known official.
"""

from __future__ import annotations

from dataclasses import replace

from milwatch.extract._registry import OfficialsIndex
from milwatch.matching.persons import country_code
from milwatch.model import CanonicalPerson, Event, Person
from milwatch.resolve.countries import SeedBySides, fill_sides
from milwatch.resolve.nominative import Nominative

PREPARED_MAX = 100_000  # prepared mentions remembered (a few hundred bytes each)


class Preparer:
    """Nominative forms (cached) and the known-officials index (built lazily), for one registry."""

    def __init__(self, seed: OfficialsIndex | None = None) -> None:
        self.seed = seed
        self.nominal = Nominative()
        self._by_id: dict[str, CanonicalPerson] | None = None
        self._sides = SeedBySides(seed) if seed is not None else None
        # person() by its inputs: a build reads every event twice (observe, then link), and an official
        # is named again and again; bounded, so a long-lived registry does not grow with the corpus
        self._prepared: dict[tuple[object, ...], tuple[Person, CanonicalPerson | None]] = {}

    def known(self, seed_id: str) -> CanonicalPerson | None:
        """The seed entry with this id."""
        if self.seed is None:
            return None
        if self._by_id is None:
            self._by_id = {p.id: p for p in self.seed.people if p.id}
        return self._by_id.get(seed_id)

    def person(self, person: Person, lang: str | None,
               date: str | None) -> tuple[Person, CanonicalPerson | None]:
        """`person` with a nominative name (the inflected one kept as an alias) and, when the
        registry knows it, the registry's English name and country; plus the registry entry."""
        key = (person.name, tuple(person.aliases), person.country, person.role, person.rank, lang, date)
        found = self._prepared.get(key)
        if found is None:
            if len(self._prepared) >= PREPARED_MAX:
                self._prepared.clear()
            found = self._prepared[key] = self._prepare(person, lang, date)
        prepared, known = found
        return replace(prepared, aliases=list(prepared.aliases)), known  # callers own what they get

    def _prepare(self, person: Person, lang: str | None,
                 date: str | None) -> tuple[Person, CanonicalPerson | None]:
        names = [person.name, *person.aliases]
        nominative = None
        for spelling in sorted(names, key=lambda n: n.isascii()):  # the text's own script first
            nominative = self.nominal.name(spelling, lang)
            if nominative:
                break
        name = nominative or person.name
        country = country_code(person.country) if person.country else None
        known = None
        if self.seed is not None:
            surface = next((n for n in names if not n.isascii()), person.name)
            hit = self.seed.match(name, surface, country, date)
            if hit is not None and (hit.how == "full" or not country or not hit.country
                                    or hit.country == country):
                known = self.known(hit.id)
                name = hit.name
                country = hit.country or country
        aliases = [n for n in dict.fromkeys([person.name, *person.aliases]) if n != name]
        return Person(name=name, aliases=aliases, country=country, role=person.role, rank=person.rank), known

    def event(self, event: Event, lang: str | None, published: str | None
              ) -> list[tuple[Person, CanonicalPerson | None]]:
        """Every person of `event` prepared; the one without a country given the side nobody speaks for."""
        when = event.date or published
        prepared = [self._by_sides(self.person(p, lang, when), event, when) for p in event.persons]
        filled = fill_sides([p for p, _ in prepared], event.countries, sides_only=True)
        return [(p, known) for p, (_, known) in zip(filled, prepared, strict=True)]

    def _by_sides(self, prepared: tuple[Person, CanonicalPerson | None], event: Event, when: str | None
                  ) -> tuple[Person, CanonicalPerson | None]:
        """A person the registry did not know by name: the seed entry of one of the event's states
        whose spelling it matches loosely (see `countries.SeedBySides`), with its English name."""
        person, known = prepared
        if known is not None or self._sides is None:
            return prepared
        hit = self._sides.match(person, event.countries, when)
        if hit is None:
            return prepared
        aliases = [n for n in dict.fromkeys([person.name, *person.aliases]) if n != hit.name]
        return Person(name=hit.name, aliases=aliases, country=hit.country, role=person.role,
                      rank=person.rank), hit
