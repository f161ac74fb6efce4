"""The extract stage on short Estonian, Latvian, Lithuanian, Albanian, Bulgarian, Macedonian, Slovak and
Slovenian press sentences written for these tests (none of them is in tests/data/heldout/cee_balkan3.jsonl or
in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of these languages: weapons named in their
usual case forms as the military context of a delivery (Slovenian "dva protiletalska sistema", "minomete",
Estonian "kaks tanki", Albanian "obuse", "mortaja", Bulgarian "минохвъргачки", Macedonian "минофрлачи",
Slovak "mínomety"), the Slovenian general staff ("načelnik generalštaba") as military context, a Bulgarian
shipment ("пратка") sent as a delivery, Estonian counties, towns and training areas as places
("Ida-Virumaal", "Nursipalu harjutusväljal"), the Estonian transitive "began" / "finished" an exercise
("alustasid … ühisõppust", "lõpetasid … ühisõppuse"), a company named by its trade after its state's
genitive as a company side of a signing, no state's (Estonian "kaitsetööstuse ettevõte", Latvian
"aizsardzības industrijas uzņēmums", Lithuanian "gynybos pramonės bendrovė"), and Slovenian training named
as a topic of talks ("o usposabljanju ukrajinskih …") as no training given.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- weapons in their usual forms make the military context of a delivery
    case("sl-protiletalska-sistema", "sl", DAY,
         "Slovenija je Ukrajini podarila dva protiletalska sistema.",
         [ev("aid", ["SVN", "UKR"])]),
    case("sl-minomete", "sl", DAY,
         "Slovenija je Ukrajini poslala minomete.",
         [ev("aid", ["SVN", "UKR"])]),
    case("et-kaks-tanki", "et", DAY,
         "Eesti kinkis Ukrainale kaks tanki.",
         [ev("aid", ["EST", "UKR"])]),
    case("sq-obuse", "sq", DAY,
         "Shqipëria i dhuroi Ukrainës 20 obuse.",
         [ev("aid", ["ALB", "UKR"])]),
    case("sq-mortaja", "sq", DAY,
         "Shqipëria i dhuroi Ukrainës mortaja.",
         [ev("aid", ["ALB", "UKR"])]),
    case("bg-minohvargachki", "bg", DAY,
         "България дари на Украйна минохвъргачки.",
         [ev("aid", ["BGR", "UKR"])]),
    case("mk-minofrlachi", "mk", DAY,
         "Северна Македонија ѝ донираше на Украина минофрлачи.",
         [ev("aid", ["MKD", "UKR"])]),
    case("sk-minomety", "sk", DAY,
         "Slovensko poslalo Ukrajine mínomety.",
         [ev("aid", ["SVK", "UKR"])]),
    # ---- the Slovenian general staff is military context
    case("sl-nacelnik-generalstaba-sprejel", "sl", DAY,
         "Načelnik generalštaba je v torek sprejel ameriškega generala.",
         [ev("meeting", ["SVN", "USA"], date="2026-03-17")]),
    # ---- a Bulgarian shipment sent
    case("bg-izprati-pratka", "bg", DAY,
         "България изпрати на Украйна нова пратка с гаубици.",
         [ev("aid", ["BGR", "UKR"])]),
    case("bg-izprati-boepripasi", "bg", DAY,
         "България изпрати на Украйна още боеприпаси.",
         [ev("aid", ["BGR", "UKR"])]),
    # ---- Estonian counties and training areas are places
    case("et-ida-virumaal-is-the-place", "et", DAY,
         "Läti ja Eesti kaitseväelased harjutasid teisipäeval koos Ida-Virumaal.",
         [ev("exercise", ["EST", "LVA"], location="EST")]),
    # ---- the Estonian transitive began / finished an exercise
    case("et-lopetasid-uhisoppuse", "et", DAY,
         "Briti ja Eesti sõdurid lõpetasid neljapäeval Nursipalu harjutusväljal ühisõppuse.",
         [ev("exercise", ["EST", "GBR"], location="EST")]),
    case("et-alustasid-uhisoppust", "et", DAY,
         "Briti ja Eesti sõdurid alustasid esmaspäeval ühisõppust.",
         [ev("exercise", ["EST", "GBR"])]),
    # ---- a company named by its trade after its state's genitive is a company side: no states' signing
    case("et-kaitsetoostuse-ettevote", "et", DAY,
         "Eesti kaitsetööstuse ettevõte sõlmis teisipäeval Soome firmaga lepingu laskemoona tootmiseks.",
         []),
    case("lv-aizsardzibas-industrijas-uznemums", "lv", DAY,
         "Latvijas aizsardzības industrijas uzņēmums otrdien parakstīja līgumu ar Somijas uzņēmumu par "
         "munīcijas ražošanu.",
         []),
    case("lt-gynybos-pramones-bendrove", "lt", DAY,
         "Lietuvos gynybos pramonės bendrovė antradienį pasirašė sutartį su Lenkijos įmone dėl šaudmenų "
         "gamybos.",
         []),
    # ---- Slovenian training named as a topic of talks is no training given
    case("sl-o-usposabljanju-is-a-topic", "sl", DAY,
         "Slovenski obrambni minister se je v torek v Ljubljani sestal z ukrajinskim kolegom. Govorila sta o "
         "zračni obrambi in o usposabljanju ukrajinskih pilotov.",
         [ev("meeting", ["SVN", "UKR"], location="SVN")]),
    case("sl-o-razminiranju-is-a-topic", "sl", DAY,
         "Obrambna ministra Slovenije in Hrvaške sta se v torek sestala v Zagrebu. Pogovarjala sta se o "
         "razminiranju in o vojaški pomoči Ukrajini.",
         [ev("meeting", ["HRV", "SVN"], location="HRV")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
