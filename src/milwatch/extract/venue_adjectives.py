"""A state's adjective on a training ground, range, base, camp or port names where, not who.

    countries = venue_adjectives_as_places(countries, text, pack)

"Auf dem litauischen Truppenübungsplatz Pabradė hat die Übung begonnen", "at a Polish training area", "на
белорусском полигоне", "au camp militaire lituanien": the host of the ground is the venue of what is held
there; the states taking part are named by their troops (pack `markers.venue_nouns`).
"""

from __future__ import annotations

import re

from milwatch.extract.countries import CountryMention
from milwatch.packs import Pack

NOUN_REACH = 40  # characters of a venue noun phrase written before its adjective ("camp d'entraînement")


def venue_adjectives_as_places(countries: list[CountryMention], text: str,
                               pack: Pack) -> list[CountryMention]:
    """The mentions, with a state's adjective on a venue noun made a place."""
    if not pack.phrases("markers", "venue_nouns"):
        return countries
    nouns = pack.matcher("markers", "venue_nouns")
    return [CountryMention(m.start, m.end, m.code, "place") if m.is_state and m.kind == "adjective"
            and _on_venue(m, text, nouns) else m for m in countries]


def _on_venue(mention: CountryMention, text: str, nouns: re.Pattern[str]) -> bool:
    """Is a venue noun written right after the adjective ("litauischen Truppenübungsplatz") or right before
    it ("camp militaire lituanien")?"""
    gap = len(text) - len(text[mention.end:].lstrip(" \u00a0"))
    if 0 < gap - mention.end <= 1 and nouns.match(text, gap):
        return True
    before = text[max(0, mention.start - NOUN_REACH):mention.start]
    if not before.endswith((" ", "\u00a0")):
        return False
    before = before.rstrip(" \u00a0")
    found = list(nouns.finditer(before))
    return bool(found) and found[-1].end() == len(before)
