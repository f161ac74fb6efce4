"""The person mentions the person finder gives for a text, the way the engine calls it (the pack's
state mentions, places left out, passed as spans)."""

from __future__ import annotations

from milwatch.extract._person_merge import PersonMention
from milwatch.extract.countries import CountryFinder
from milwatch.extract.persons import find_persons
from milwatch.packs import PackRegistry


def person_mentions(registry: PackRegistry, lang: str, text: str) -> list[PersonMention]:
    pack = registry.get(lang)
    finder = pack.derived("countries", CountryFinder.for_pack)
    spans = [(c.start, c.end, c.code) for c in finder.find(text) if c.is_state and c.kind != "place"]
    return find_persons(text, pack, spans)
