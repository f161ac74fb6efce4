"""The extract stage on short reports written for these tests (session 14, lead): what talks discussed.

States named as what the ministers discussed ("support for Ukraine") are no party of the talks, and they
do not move the discourse's focus: a later "the two ministers also agreed ..." or "They agreed ..." is
still the pledge of the pair that met.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("en-pledge-after-the-subjects-of-talks", "en", "2026-05-20",
         "Defence Secretary John Healey met Norwegian Defence Minister Tore Sandvik in Oslo on Tuesday. The "
         "ministers discussed NATO's northern flank, allied forces in Norway and support for Ukraine.\n"
         "The two ministers also agreed to hold a joint naval exercise in 2027.",
         [ev("meeting", ["GBR", "NOR"], date="2026-05-19"),
          ev("intent", ["GBR", "NOR"])]),
    case("sv-pledge-after-the-subjects-of-talks", "sv", "2026-05-20",
         "Försvarsminister Pål Jonson träffade i dag Finlands försvarsminister Antti Häkkänen i Helsingfors. "
         "Ministrarna diskuterade säkerhetsläget i Östersjön, Natos styrkor i Finland och stödet till "
         "Ukraina.\n"
         "Ministrarna enades även om att genomföra en gemensam marin övning under 2027.",
         [ev("meeting", ["FIN", "SWE"], date="2026-05-20"),
          ev("intent", ["FIN", "SWE"])]),
    case("de-they-agreed-after-the-subjects-of-talks", "de", "2026-06-10",
         "Bundesverteidigungsminister Boris Pistorius hat am Montag in Berlin seinen polnischen Amtskollegen "
         "empfangen. Die Minister erörterten die Unterstützung der Ukraine. Sie vereinbarten, im nächsten "
         "Jahr eine gemeinsame Übung abzuhalten.",
         [ev("meeting", ["DEU", "POL"], date="2026-06-08"),
          ev("intent", ["DEU", "POL"])]),
    case("nl-they-agreed-after-the-subjects-of-talks", "nl", "2026-06-10",
         "De Nederlandse minister van Defensie Ruben Brekelmans ontving maandag in Den Haag zijn Poolse "
         "collega. De ministers bespraken de steun aan Oekraïne. Zij spraken af om volgend jaar een "
         "gezamenlijke oefening te houden.",
         [ev("meeting", ["NLD", "POL"], date="2026-06-08"),
          ev("intent", ["NLD", "POL"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
