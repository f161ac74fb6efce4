"""The extract stage on short articles in English, French, German and Arabic written for these tests (none
of these sentences is in tests/data/heldout/wires4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording met in the wire digests of the wires4 set:
a minister of the Armed Forces named with his state's adjective ("la ministre sénégalaise des Forces
armées", fr) who receives an ambassador, a neighbour named by the border the parties drill near ("près de
la frontière russe", "à la frontière avec le Bélarus", fr), the passive "wurden … getroffen" (were hit, de)
that is no meeting, one army's own drill told with "ihre Übung" (de) that takes no partner from the rest of
a digest, the drills just told, described in the next sentence ("The ten-day drills focus on …", en), and a
signing told with its signatories and month inside a look-back ("بعد أكثر من عامين على توقيع البلدين في
مارس 2024 مذكرة", ar).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- fr: a minister of the Armed Forces with his state's adjective is a defence official
    case("fr-ministre-senegalaise-des-forces-armees-receives", "fr", DAY,
         "Mardi, la ministre sénégalaise des Forces armées a reçu en audience l'ambassadrice du Canada.",
         [ev("meeting", ["CAN", "SEN"], date="2026-09-15", mode=None)]),
    # ---- fr: a neighbour named by the border takes no part in the drill
    case("fr-pres-de-la-frontiere-russe-is-no-party", "fr", DAY,
         "Des soldats lettons et canadiens ont mené mardi un exercice de tir conjoint près de la frontière "
         "russe, a indiqué l'armée lettone.",
         [ev("exercise", ["CAN", "LVA"], date="2026-09-15")]),
    case("fr-frontiere-avec-is-no-party", "fr", DAY,
         "Des soldats polonais et allemands ont mené mardi un exercice conjoint à la frontière avec le "
         "Bélarus.",
         [ev("exercise", ["DEU", "POL"], date="2026-09-15")]),
    # ---- en: the drills just told, described with the credit of one side, are no second exercise
    case("en-the-ten-day-drills-focus-on-is-the-same-drill", "en", DAY,
         "WARSAW (AP) — Polish Defense Minister Jan Nowak spoke by phone Tuesday with his U.S. counterpart.\n"
         "MANILA (AP) — Philippine and Australian marines began joint amphibious drills in Palawan on "
         "Monday. The ten-day drills focus on coastal defense, the Philippine navy said.",
         [ev("meeting", ["POL", "USA"], date="2026-09-15", mode="phone"),
          ev("exercise", ["AUS", "PHL"], date="2026-09", location="PHL")]),
    # ---- ar: "more than two years since the two countries signed in March 2024 a memorandum" tells
    # that signing
    case("ar-akthar-min-amayn-ala-tawqi-al-baladayn-tells-the-signing", "ar", DAY,
         "استقبل رئيس هيئة الأركان المشتركة الأردني اليوم في عمّان رئيس أركان الجيش العراقي والوفد "
         "المرافق له. وتأتي الزيارة بعد أكثر من عامين على توقيع البلدين في مارس 2024 مذكرة تفاهم للتعاون "
         "العسكري.",
         [ev("meeting", ["IRQ", "JOR"], date="2026-09-16", mode="visit"),
          ev("agreement", ["IRQ", "JOR"], date="2024-03", doc_type="memorandum", historical=True)]),
    # ---- de: "wurden … getroffen" (were hit) is no meeting
    case("de-wurden-getroffen-is-no-meeting", "de", DAY,
         "Die Bundeswehr verlegt weitere Soldaten nach Litauen. Nach Angaben der polnischen Armee wurden in "
         "Rzeszów in der Nacht zwei Lagerhallen getroffen.",
         []),
    # ---- de: one army's own drill ("ihre Übung") takes no partner from the next item
    case("de-ihre-uebung-is-a-domestic-drill", "de", DAY,
         "Die Bundeswehr hat am Dienstag ihre Übung „Nordwind“ in Schleswig-Holstein begonnen. Polen "
         "kündigte neue Panzerkäufe an.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
