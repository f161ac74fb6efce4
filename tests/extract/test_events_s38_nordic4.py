"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/nordic4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Nordic defense news, the subject of the
nordic4 set:
- da/no a running total of aid since a year ("Danmark har siden 2022 givet militær støtte for …", "har hidtil
  leveret …", no "har siden 2022 gitt") is no delivery, as sv "har sedan ~ gett" is;
- da/no/sv naval units sailing or operating together in an exercise ("sejlede sammen med britiske skibe",
  "seilte sammen med", "seglade tillsammans med", "opererede sammen med") is the exercise held with them;
- sv a habit of many years in a quote ("Vi har övat med Finland i många år", "har tränat … i flera år") is
  no exercise held;
- sv the sea named after Åland ("Ålands hav") is a sea, not the Åland Islands;
- is an agreement "made" by two states ("samningi sem Ísland og Danmörk gerðu árið 2009") is
  a signing (agreement).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-18"  # a Wednesday

CASES = [
    # ---- da: a running total since a year is no delivery
    case("da-running-total-since-given", "da", DAY,
         "Forsvarsminister Troels Lund Poulsen tog tirsdag imod Litauens forsvarsminister Ruta "
         "Kazlauskaite i "
         "København. Danmark har siden februar 2022 givet militær støtte til Ukraine for over 60 mia. kr.",
         [ev("meeting", ["DNK", "LTU"], date="2026-11-17", location="DNK")]),
    case("da-running-total-so-far-delivered", "da", DAY,
         "Forsvarsminister Troels Lund Poulsen mødtes mandag i Aarhus med Nederlandenes forsvarsminister. "
         "Danmark har hidtil leveret militært udstyr til Ukraine for mere end 70 mia. kr.",
         [ev("meeting", ["DNK", "NLD"], date="2026-11-16", location="DNK")]),
    case("da-running-total-in-all-donated", "da", DAY,
         "Danmarks forsvarsminister talte i går i telefon med sin norske kollega. Norge har i alt "
         "doneret våben til "
         "Ukraine for over 30 mia. kroner siden invasionen.",
         [ev("meeting", ["DNK", "NOR"], date="2026-11-17", mode="phone")]),
    case("no-running-total-since-given", "no", DAY,
         "Forsvarsminister Tore O. Sandvik møtte mandag Litauens forsvarsminister i Oslo. Norge har "
         "siden februar "
         "2022 gitt militær støtte til Ukraina for over 50 milliarder kroner.",
         [ev("meeting", ["LTU", "NOR"], date="2026-11-16", location="NOR")]),
    # ---- da/no/sv: ships sailing together in an exercise
    case("da-sailed-together-in-exercise", "da", DAY,
         "Under øvelsen sejlede den danske korvet sammen med tyske og polske skibe i Østersøen i sidste uge.",
         [ev("exercise", ["DEU", "DNK", "POL"], date="2026-11")], title="Dansk korvet på øvelse"),
    case("no-sailed-together-in-exercise", "no", DAY,
         "Under øvelsen seilte den norske fregatten sammen med britiske og nederlandske fartøyer "
         "utenfor Finnmark forrige uke.",
         [ev("exercise", ["GBR", "NLD", "NOR"], date="2026-11")], title="Norsk fregatt på øvelse"),
    case("sv-sailed-together-in-exercise", "sv", DAY,
         "Under övningen seglade de svenska korvetterna tillsammans med danska och tyska fartyg i "
         "södra Östersjön förra veckan.",
         [ev("exercise", ["DEU", "DNK", "SWE"], date="2026-11")],
         title="Svenska korvetter övade i Östersjön"),
    case("da-operated-together-in-exercise", "da", DAY,
         "Under øvelsen opererede de danske F-35-fly sammen med finske og svenske jagerfly over "
         "Lapland i sidste uge.",
         [ev("exercise", ["DNK", "FIN", "SWE"], date="2026-11")]),
    # ---- sv: training together for many years, told in a quote, is no exercise held
    case("sv-trained-for-many-years-quote", "sv", DAY,
         "Svenska och polska marinen genomförde förra veckan en gemensam övning i "
         "Östersjön.\n\nÖvningen fokuserade "
         "på minröjning.\n\n– Vi har övat med Polen i många år, men nu gör vi det som allierade, "
         "säger kommendör "
         "Lars Ek.",
         [ev("exercise", ["POL", "SWE"], date="2026-11")]),
    # ---- sv: the Sea of Åland is no state
    case("sv-alands-hav-is-a-sea", "sv", DAY,
         "Svenska och finska minröjningsfartyg övade i förra veckan i Bottenhavet och Ålands hav.",
         [ev("exercise", ["FIN", "SWE"], date="2026-11")]),
    # ---- is: an agreement made between the two states
    case("is-agreement-made-by-states", "is", DAY,
         "Utanríkisráðherra tók á móti varnarmálaráðherra Danmerkur í Reykjavík á mánudag. Samstarf ríkjanna "
         "byggir á samningi sem Ísland og Danmörk gerðu árið 2009 um öryggismál.",
         [ev("meeting", ["DNK", "ISL"], date="2026-11-16", location="ISL"),
          ev("agreement", ["DNK", "ISL"], date="2009", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
