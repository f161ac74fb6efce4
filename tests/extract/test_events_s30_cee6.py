"""The extract stage on short articles in the eleven languages of the cee6 set, written for these tests (none
of these sentences is in tests/data/heldout/cee6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the Central and Eastern European national press
of the cee6 set: the Ohio National Guard, Serbia's partner in the US State Partnership Program, as the United
States (sr "Nacionalne garde Ohaja", "Националне гарде Охаја"), the Romanian verbal noun of a donation
("a aprobat donarea către …") as aid, and the Hungarian counterpart named after a comma
("osztrák kollégájával, Klaudia Tannerrel") as a person of the meeting, the Croatian parliament as a place
("Hrvatski sabor … potvrdio je Sporazum"), and "the next day" in all eleven languages ("A doua zi",
"Následující den", "Na druhý deň", "Sljedećeg dana", "Sutradan", "Следећег дана", "На следващия ден",
"Másnap",
"Naslednji dan", "Kitą dieną", "Nākamajā dienā", "Järgmisel päeval") as the day after the day told before.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- sr: the Ohio National Guard, Serbia's partner in the State Partnership Program, is the USA
    case("sr-nacionalna-garda-ohaja-is-usa", "sr", DAY,
         "Pripadnici Vojske Srbije i Nacionalne garde Ohaja izveli su u utorak zajedničku vežbu na aerodromu "
         "kod Niša.",
         [ev("exercise", ["SRB", "USA"])]),
    case("sr-cyrillic-nacionalna-garda-ohaja-is-usa", "sr", DAY,
         "Начелник Генералштаба генерал Петар Николић састао се у уторак у Београду са командантом "
         "Националне гарде Охаја.",
         [ev("meeting", ["SRB", "USA"], date="2026-09-15", location="SRB")]),
    # ---- ro: "donarea" (the donating) is a donation
    case("ro-donarea-is-aid", "ro", DAY,
         "Guvernul României a aprobat marți donarea către Republica Moldova a unor vehicule militare de "
         "transport.",
         [ev("aid", ["MDA", "ROU"], date="2026-09-15")]),
    # ---- hu: the counterpart named after a comma ("osztrák kollégájával, Klaudia Tannerrel")
    case("hu-counterpart-named-after-comma-is-a-person", "hu", DAY,
         "Kovács Péter honvédelmi miniszter kedden Budapesten tárgyalt osztrák kollégájával, Klaudia "
         "Tannerrel.",
         [ev("meeting", ["AUT", "HUN"], date="2026-09-15", location="HUN", persons=["Klaudia Tanner"])]),
    # ---- hr: the Croatian parliament ratifying or approving sits in Croatia
    case("hr-hrvatski-sabor-is-a-place", "hr", DAY,
         "Hrvatski sabor u petak je potvrdio Sporazum između Hrvatske i Italije o suradnji u području "
         "obrane.",
         [ev("agreement", ["HRV", "ITA"], date="2026-09-11", location="HRV", doc_type="agreement")]),
    # ---- every language: 'the next day' after a day told (the signing of a trip told day by day)
    case("ro-a-doua-zi-is-the-next-day", "ro", DAY,
         "Ministrul Apărării Naționale a sosit luni la Varșovia, unde s-a întâlnit cu omologul său polonez. "
         "A doua zi, cei doi miniștri au semnat un memorandum privind instruirea comună a militarilor.",
         [ev("meeting", ["POL", "ROU"], date="2026-09-14", location="POL", mode="visit"),
          ev("agreement", ["POL", "ROU"], date="2026-09-15", doc_type="memorandum")]),
    case("cs-nasledujici-den-is-the-next-day", "cs", DAY,
         "Ministr obrany přijel v pondělí do Varšavy, kde jednal se svým polským protějškem. "
         "Následující den oba ministři podepsali memorandum o společném výcviku vojáků.",
         [ev("meeting", ["CZE", "POL"], date="2026-09-14", location="POL", mode="visit"),
          ev("agreement", ["CZE", "POL"], date="2026-09-15", doc_type="memorandum")]),
    case("sk-na-druhy-den-is-the-next-day", "sk", DAY,
         "Minister obrany pricestoval v pondelok do Viedne, kde rokoval so svojou rakúskou rezortnou "
         "kolegyňou. "
         "Na druhý deň obaja ministri podpísali memorandum o spoločnom výcviku vojakov.",
         [ev("meeting", ["AUT", "SVK"], date="2026-09-14", location="AUT", mode="visit"),
          ev("agreement", ["AUT", "SVK"], date="2026-09-15", doc_type="memorandum")]),
    case("hr-sljedeceg-dana-is-the-next-day", "hr", DAY,
         "Ministar obrane doputovao je u ponedjeljak u Rim, gdje se sastao sa svojim talijanskim kolegom. "
         "Sljedećeg dana dvojica ministara potpisala su memorandum o suradnji u obuci vojnika.",
         [ev("meeting", ["HRV", "ITA"], date="2026-09-14", location="ITA", mode="visit"),
          ev("agreement", ["HRV", "ITA"], date="2026-09-15", doc_type="memorandum")]),
    case("sr-sutradan-is-the-next-day", "sr", DAY,
         "Ministar odbrane doputovao je u ponedeljak u Atinu, gde se sastao sa grčkim kolegom. "
         "Sutradan su dvojica ministara potpisala memorandum o saradnji u obuci vojnika.",
         [ev("meeting", ["GRC", "SRB"], date="2026-09-14", location="GRC", mode="visit"),
          ev("agreement", ["GRC", "SRB"], date="2026-09-15", doc_type="memorandum")]),
    case("sr-cyrillic-sledeceg-dana-is-the-next-day", "sr", DAY,
         "Министар одбране допутовао је у понедељак у Атину, где се састао са грчким колегом. "
         "Следећег дана двојица министара потписала су меморандум о сарадњи у обуци војника.",
         [ev("meeting", ["GRC", "SRB"], date="2026-09-14", location="GRC", mode="visit"),
          ev("agreement", ["GRC", "SRB"], date="2026-09-15", doc_type="memorandum")]),
    case("bg-na-sledvashtiya-den-is-the-next-day", "bg", DAY,
         "Министърът на отбраната пристигна в понеделник в Букурещ, където разговаря с румънския си колега. "
         "На следващия ден двамата министри подписаха меморандум за съвместна подготовка на военнослужещи.",
         [ev("meeting", ["BGR", "ROU"], date="2026-09-14", location="ROU", mode="visit"),
          ev("agreement", ["BGR", "ROU"], date="2026-09-15", doc_type="memorandum")]),
    case("hu-masnap-is-the-next-day", "hu", DAY,
         "A honvédelmi miniszter hétfőn Varsóba utazott, ahol lengyel kollégájával tárgyalt. "
         "Másnap a két miniszter egyetértési memorandumot írt alá a katonák közös kiképzéséről.",
         [ev("meeting", ["HUN", "POL"], date="2026-09-14", location="POL", mode="visit"),
          ev("agreement", ["HUN", "POL"], date="2026-09-15", doc_type="memorandum")]),
    case("sl-naslednji-dan-is-the-next-day", "sl", DAY,
         "Obrambni minister je v ponedeljek odpotoval v Budimpešto, kjer se je sestal z madžarskim kolegom. "
         "Naslednji dan sta ministra podpisala memorandum o skupnem usposabljanju vojakov.",
         [ev("meeting", ["HUN", "SVN"], date="2026-09-14", location="HUN", mode="visit"),
          ev("agreement", ["HUN", "SVN"], date="2026-09-15", doc_type="memorandum")]),
    case("lt-kita-diena-is-the-next-day", "lt", DAY,
         "Krašto apsaugos ministras pirmadienį nuvyko į Varšuvą, kur susitiko su Lenkijos gynybos ministru. "
         "Kitą dieną abu ministrai pasirašė memorandumą dėl bendro karių rengimo.",
         [ev("meeting", ["LTU", "POL"], date="2026-09-14", location="POL", mode="visit"),
          ev("agreement", ["LTU", "POL"], date="2026-09-15", doc_type="memorandum")]),
    case("lv-nakamaja-diena-is-the-next-day", "lv", DAY,
         "Aizsardzības ministrs pirmdien ieradās Varšavā, kur tikās ar Polijas aizsardzības ministru. "
         "Nākamajā dienā abi ministri parakstīja saprašanās memorandu par karavīru kopīgu apmācību.",
         [ev("meeting", ["LVA", "POL"], date="2026-09-14", location="POL", mode="visit"),
          ev("agreement", ["LVA", "POL"], date="2026-09-15", doc_type="memorandum")]),
    case("et-jargmisel-paeval-is-the-next-day", "et", DAY,
         "Kaitseminister saabus esmaspäeval Varssavisse, kus kohtus Poola kaitseministriga. "
         "Järgmisel päeval allkirjastasid ministrid vastastikuse mõistmise memorandumi sõdurite ühise "
         "väljaõppe kohta.",
         [ev("meeting", ["EST", "POL"], date="2026-09-14", location="POL", mode="visit"),
          ev("agreement", ["EST", "POL"], date="2026-09-15", doc_type="memorandum")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
