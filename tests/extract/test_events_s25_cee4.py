"""The extract stage on short articles in six languages written for these tests (none of these sentences is in
tests/data/heldout/cee4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general press wording of the cee4 set's genres: a drill of a state's
own volunteer defence force or army told beside the talks of the day (et "Kaitseliidu … õppus", lv
"Zemessardzes … mācības", lt "šaulių sąjunga surengė pratybas", hu "a Magyar Honvédség … gyakorlata"), the
Defence League and the National Guard as names of their state (et, lv), "alates" (since) before a year (et),
"kitąmet" as next year (lt), "uvježbavati" (to drill) as an exercise word and military pilots as armed forces
(hr), the Suwałki corridor as no Polish venue (lt) and "pristatė … planus", a minister presenting plans, which
delivers nothing (lt).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- et: the Defence League's own drill beside a visit is no exercise with the guest's state
    case("et-kaitseliidu-oppus-is-domestic", "et", DAY,
         "Soome kaitseminister Antti Häkkänen kohtus neljapäeval Tartus Eesti kaitseministri Hanno "
         "Pevkuriga. Samal päeval algas Lõuna-Eestis Kaitseliidu Tartu maleva kahepäevane õppus.",
         [ev("meeting", ["EST", "FIN"])]),
    # ---- et: "alates" (since) a year counts a lasting practice from it, no delivery of that year
    case("et-alates-year-is-no-background-delivery", "et", DAY,
         "Leedu andis sel nädalal Ukrainale üle 20 soomukit. Leedu on alates 2023. aastast andnud Ukrainale "
         "sõjalist abi üle 700 miljoni euro eest.",
         [ev("aid", ["LTU", "UKR"], date="2026-10")]),
    # ---- lv: the National Guard's own drill
    case("lv-zemessardzes-macibas-is-domestic", "lv", DAY,
         "Latvijas aizsardzības ministrs otrdien Rīgā tikās ar Igaunijas aizsardzības ministru. Trešdien "
         "Kurzemē sākās Zemessardzes 4. Kurzemes brigādes mācības, kurās piedalās 1500 zemessargu.",
         [ev("meeting", ["EST", "LVA"])]),
    # ---- et, lv: the Defence League and the National Guard name their state; a foreign unit joining their
    # drill makes it an exercise of two states
    case("et-kaitseliit-names-estonia", "et", DAY,
         "Kaitseliidu Pärnumaa maleva õppusel osalesid sel nädalal ka Läti zemessargid.",
         [ev("exercise", ["EST", "LVA"])]),
    case("lv-zemessardze-names-latvia", "lv", DAY,
         "Zemessardzes mācībās Kurzemē šonedēļ piedalās arī Polijas karavīri.",
         [ev("exercise", ["LVA", "POL"])]),
    # ---- lt: the Riflemen's Union's own drill
    case("lt-sauliu-sajunga-pratybos-is-domestic", "lt", DAY,
         "Lietuvos kariuomenės vadas pirmadienį Vilniuje susitiko su Estijos kariuomenės vadu. Tą pačią "
         "savaitę Lietuvos šaulių sąjunga surengė pratybas Utenos apskrityje.",
         [ev("meeting", ["EST", "LTU"])]),
    # ---- hu: the Hungarian Defence Forces' own exercise
    case("hu-honvedseg-gyakorlata-is-domestic", "hu", DAY,
         "Szalay-Bobrovniczky Kristóf honvédelmi miniszter kedden Budapesten fogadta cseh kollégáját. "
         "Szerdán megkezdődött a Magyar Honvédség téli gyakorlata a Bakonyban.",
         [ev("meeting", ["CZE", "HUN"])]),
    # ---- lt: "kitąmet" (next year) after an exercise held: a pledge of its own
    case("lt-kitamet-is-next-year", "lt", DAY,
         "Lietuvos ir Lenkijos kariai dvi savaites kartu treniravosi Pabradės poligone. Ministrai sutarė, "
         "kad kitąmet Lietuva ir Lenkija surengs bendras pratybas Lenkijoje.",
         [ev("exercise", ["LTU", "POL"]), ev("intent", ["LTU", "POL"])]),
    # ---- hr: military pilots training with their colleagues of another state
    case("hr-piloti-are-armed-forces", "hr", DAY,
         "Hrvatski piloti ovog su tjedna zajedno s mađarskim kolegama vježbali presretanje zrakoplova iznad "
         "Slavonije.",
         [ev("exercise", ["HRV", "HUN"])]),
    # ---- hr: "uvježbavati" (to drill) is an exercise word: a joint drill announced, and one held
    case("hr-uvjezbavati-future-is-intent", "hr", DAY,
         "Načelnik Glavnog stožera najavio je da će hrvatski i talijanski piloti sljedeće godine zajedno "
         "uvježbavati zračnu potporu kopnenim snagama.",
         [ev("intent", ["HRV", "ITA"])]),
    case("hr-uvjezbavali-is-held", "hr", DAY,
         "Hrvatski i talijanski vojnici prošlog su tjedna kod Knina zajedno uvježbavali zračnu potporu "
         "kopnenim snagama.",
         [ev("exercise", ["HRV", "ITA"])]),
    # ---- lt: the Suwałki corridor straddles the border, no Polish venue ("Lietuvoje, netoli Suvalkų …")
    case("lt-suvalku-koridorius-is-no-venue", "lt", DAY,
         "Šią savaitę Lietuvos ir Lenkijos kariai kartu treniravosi Lietuvoje, netoli Suvalkų koridoriaus.",
         [ev("exercise", ["LTU", "POL"], location="LTU")]),
    # ---- lt: a minister presenting the army's plans to his guest delivers nothing
    case("lt-pristate-planus-is-no-delivery", "lt", DAY,
         "Lietuvos krašto apsaugos ministras antradienį Vilniuje priėmė Latvijos gynybos ministrą. Ministras "
         "taip pat pristatė Lietuvos kariuomenės plėtros planus.",
         [ev("meeting", ["LTU", "LVA"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
