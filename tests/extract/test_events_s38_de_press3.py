"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/de_press3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of German-language defense news (German,
Austrian and Swiss press), the subject of the de_press3 set:
- de a visit or trip that was "not announced" ("war vorab nicht angekündigt worden") is no announcement of
  anything: no intent;
- de officers of the other side who "are to take part" in courses or training of one's forces ("sollen im
  kommenden Jahr an Lehrgängen der Bundeswehr teilnehmen") is a training pledge: an intent;
- de a warship or other vessel "zu Gast" in a port ("Italienisches Schulschiff zu Gast in Hamburg") is a port
  call, no visit of officials (no meeting); a minister "zu Gast" still is one;
- de "dabei", "bei dieser Gelegenheit", "während des Besuchs" date a deed told with them on the day of the
  occasion just told ("Die Übergabe fand am Montag statt. Tanner traf dabei auch …");
- de a patrol boat, ship, aircraft or vehicle ("Patrouillenboote übergeben") is an item delivered, no patrol:
  only patrols and patrol flights or trips are joint patrols.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday
FRIDAY = "2026-10-16"

CASES = [
    # ---- de: "nicht angekündigt" announces nothing
    case("de-nicht-angekuendigt-is-no-intent", "de", DAY,
         "Verteidigungsminister Boris Pistorius ist am Montag überraschend in Vilnius eingetroffen. Der "
         "Besuch war aus Sicherheitsgründen nicht angekündigt worden. Am Nachmittag traf Pistorius den "
         "litauischen Verteidigungsminister Robertas Kaunas.",
         [ev("meeting", ["DEU", "LTU"], date="2026-10-12")]),
    case("de-nicht-vorab-angekuendigt-is-no-intent", "de", DAY,
         "Die estnische Verteidigungsministerin ist am Dienstag zu Gesprächen mit Boris Pistorius in Berlin "
         "eingetroffen. Die Reise war nicht vorab angekündigt worden.",
         [ev("meeting", ["DEU", "EST"], date="2026-10-13")]),
    # ---- de: the other side's officers to take part in one's courses
    case("de-sollen-an-lehrgaengen-teilnehmen-is-intent", "de", DAY,
         "Zudem sollen ghanaische Offiziere im kommenden Jahr an Lehrgängen der Bundeswehr teilnehmen, "
         "teilte das Ministerium mit.",
         [ev("intent", ["DEU", "GHA"])]),
    case("de-werden-an-ausbildungskursen-teilnehmen-is-intent", "de", DAY,
         "Ab dem Frühjahr werden kenianische Unteroffiziere an Ausbildungskursen des österreichischen "
         "Bundesheeres teilnehmen.",
         [ev("intent", ["AUT", "KEN"])]),
    # ---- de: a vessel "zu Gast" is a port call, a minister "zu Gast" a visit
    case("de-schiff-zu-gast-is-no-meeting", "de", DAY,
         "Das italienische Segelschulschiff „Amerigo Vespucci“ hat am Montag in Hamburg festgemacht. Bis "
         "Freitag kann das Schiff besichtigt werden.",
         [], title="Italienisches Schulschiff zu Gast in Hamburg"),
    case("de-fregatte-zu-gast-is-no-meeting", "de", DAY,
         "Die niederländische Fregatte „Tromp“ war am Wochenende zu Gast in Wilhelmshaven. Die Besatzung "
         "nutzte den Aufenthalt für einen Landgang.",
         []),
    case("de-minister-zu-gast-is-meeting", "de", DAY,
         "Der polnische Verteidigungsminister war am Montag zu Gast in Berlin und sprach mit Boris Pistorius "
         "über die Sicherung der Ostflanke.",
         [ev("meeting", ["DEU", "POL"], date="2026-10-12")]),
    # ---- de: "dabei", "bei dieser Gelegenheit": on the occasion just told, its day
    case("de-dabei-is-day-of-previous", "de", FRIDAY,
         "Die Übergabe der Fahrzeuge an die moldauischen Streitkräfte fand am Montag in Chisinau statt. "
         "Verteidigungsministerin Klaudia Tanner traf dabei auch ihren moldauischen Amtskollegen.",
         [ev("aid", ["AUT", "MDA"], date="2026-10-12"), ev("meeting", ["AUT", "MDA"], date="2026-10-12")]),
    case("de-bei-dieser-gelegenheit-is-day-of-previous", "de", FRIDAY,
         "Die österreichische Verteidigungsministerin Klaudia Tanner besuchte am Montag die Truppen der "
         "EU-Mission im Kosovo. Bei dieser Gelegenheit sprach sie auch mit dem kosovarischen "
         "Verteidigungsminister.",
         [ev("meeting", ["AUT", "XKX"], date="2026-10-12")]),
    # ---- de: a patrol boat, ship or aircraft delivered is an item, no patrol held
    case("de-patrouillenboote-is-no-patrol", "de", DAY,
         "Deutschland hat der senegalesischen Marine am Montag in Dakar zwei Patrouillenboote übergeben. Die "
         "Übergabe der Patrouillenboote fand im Beisein des deutschen Botschafters statt.",
         [ev("aid", ["DEU", "SEN"], date="2026-10-12")]),
    case("de-grenzpatrouille-is-exercise", "de", DAY,
         "Litauische und polnische Soldaten haben am Montag eine gemeinsame Grenzpatrouille durchgeführt.",
         [ev("exercise", ["LTU", "POL"], date="2026-10-12")]),
    case("de-patrouillenfluege-is-exercise", "de", DAY,
         "Deutsche und niederländische Kampfjets haben am Dienstag gemeinsame Patrouillenflüge über der "
         "Ostsee absolviert.",
         [ev("exercise", ["DEU", "NLD"], date="2026-10-13")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
