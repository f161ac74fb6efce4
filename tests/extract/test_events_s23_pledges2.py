"""The extract stage on short press articles of eight languages written for these tests (none of these
sentences is in tests/data/heldout/pledges2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of pledges, deliveries and support:
solidarity assured or stated to a state (de "die volle Solidarität … zugesichert", "versicherte … die
uneingeschränkte Solidarität") as support, no pledge; standing firmly behind a state or its bid (en); full
backing of the other side's effort or membership (pl "w pełni popiera", "poparł … członkostwo"); backing on
the path to membership (uk "підтримуватиме … на шляху до членства").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- support: solidarity assured (de)
    case("de-solidaritaet-zugesichert-is-support", "de", DAY,
         "Der lettische Verteidigungsminister hat Polen am Montag die uneingeschränkte Solidarität seines "
         "Landes zugesichert.",
         [ev("support", ["LVA", "POL"], date="2026-03-16")]),
    case("de-versicherte-volle-solidaritaet-is-support", "de", DAY,
         "Die Ministerin versicherte Litauen am Montag die volle Solidarität der Bundeswehr.",
         [ev("support", ["DEU", "LTU"], date="2026-03-16")]),
    case("de-sicherte-solidaritaet-zu-is-support-only", "de", DAY,
         "Verteidigungsminister Boris Pistorius sicherte Moldau am Dienstag die volle Solidarität "
         "Deutschlands zu.",
         [ev("support", ["DEU", "MDA"], date="2026-03-17")],
         xfail="engine: the pledge verb bracket 'sicherte … zu' around a support word also gives an intent"),
    # ---- support: standing firmly behind (en)
    case("en-stands-firmly-behind-bid", "en", DAY,
         "Dutch Defence Minister Ruben Brekelmans said on Tuesday the Netherlands stands firmly behind "
         "Moldova's bid to join the European Union.",
         [ev("support", ["MDA", "NLD"], date="2026-03-17")]),
    # ---- support: full backing, backing of membership (pl)
    case("pl-w-pelni-popiera-is-support", "pl", DAY,
         "Minister obrony Litwy zapewnił we wtorek, że jego kraj w pełni popiera starania Polski o budowę "
         "zapór na granicy.",
         [ev("support", ["LTU", "POL"], date="2026-03-17")]),
    case("pl-poparl-czlonkostwo-is-support", "pl", DAY,
         "Szef MON poparł we wtorek członkostwo Mołdawii w Unii Europejskiej.",
         [ev("support", ["MDA", "POL"], date="2026-03-17")]),
    # ---- support: on the path to membership (uk)
    case("uk-na-shlyahu-do-chlenstva-is-support", "uk", DAY,
         "Міністр оборони Литви у вівторок запевнив, що його країна підтримуватиме Молдову на шляху до "
         "членства в ЄС.",
         [ev("support", ["LTU", "MDA"], date="2026-03-17")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
