"""The extract stage on short Central and Eastern European press articles written for these tests (none of
these sentences is in tests/data/heldout/cee_press2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the Polish, Czech, Slovak, Hungarian,
Romanian, Estonian, Latvian and Lithuanian press: "of last year" in the genitive before or after a month
("pagājušā gada oktobrī", "eelmise aasta oktoobris", "praėjusių metų spalį", "v říjnu loňského roku") and
"the year before last" ("predvlani", "tavalyelőtt"); weekdays in the genitive after "od" (since: "od
pondelka", "od úterka", "od poniedziałku"); a wish ("chcú", "chtějí", "szeretnének") as no drill held; the
topics of talks ("Discuțiile au vizat … pregătirea …") as no training given; Estonian "käis Kiievis" (was in
Kyiv) as a visit when an official is named; contracts told in the plural as already signed ("wcześniej
zawarte kontrakty") as no signing; a bare Czech "Související:" label with a related headline as furniture.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, check_cleaning, ev

DAY = "2026-11-18"  # a Wednesday

CASES = [
    # ---- "of last year" in the genitive, "the year before last"
    case("lv-pagajusa-gada-month", "lv", DAY,
         "Latvijas aizsardzības ministrs otrdien Rīgā tikās ar Igaunijas aizsardzības ministru. Iepriekšējo "
         "reizi ministri tikās pagājušā gada oktobrī Tallinā.",
         [ev("meeting", ["EST", "LVA"], date="2026-11-17"),
          ev("meeting", ["EST", "LVA"], date="2025-10", historical=True)]),
    case("et-eelmise-aasta-month", "et", DAY,
         "Eesti kaitseminister kohtus teisipäeval Riias Läti kaitseministriga. Eelmisel korral kohtusid "
         "ministrid eelmise aasta oktoobris Tallinnas.",
         [ev("meeting", ["EST", "LVA"], date="2026-11-17"),
          ev("meeting", ["EST", "LVA"], date="2025-10", historical=True)]),
    case("lt-praejusiu-metu-month", "lt", DAY,
         "Lietuvos krašto apsaugos ministras antradienį Vilniuje susitiko su Estijos gynybos ministru. "
         "Ankstesnį kartą ministrai susitiko praėjusių metų spalį Taline.",
         [ev("meeting", ["EST", "LTU"], date="2026-11-17"),
          ev("meeting", ["EST", "LTU"], date="2025-10", historical=True)]),
    case("cs-lonskeho-roku-month", "cs", DAY,
         "Český ministr obrany v úterý přijal v Praze polského ministra obrany. Naposledy se ministři "
         "setkali v říjnu loňského roku ve Varšavě.",
         [ev("meeting", ["CZE", "POL"], date="2026-11-17"),
          ev("meeting", ["CZE", "POL"], date="2025-10", historical=True)]),
    case("sk-predvlani-month", "sk", DAY,
         "Slovenský minister obrany v utorok prijal v Bratislave rakúsku ministerku obrany. Naposledy sa "
         "ministri stretli predvlani v októbri vo Viedni.",
         [ev("meeting", ["AUT", "SVK"], date="2026-11-17"),
          ev("meeting", ["AUT", "SVK"], date="2024-10", historical=True)]),
    case("hu-tavalyelott-month", "hu", DAY,
         "A magyar honvédelmi miniszter kedden Budapesten fogadta osztrák kollégáját. A két miniszter "
         "legutóbb tavalyelőtt októberben találkozott Bécsben.",
         [ev("meeting", ["AUT", "HUN"], date="2026-11-17"),
          ev("meeting", ["AUT", "HUN"], date="2024-10", historical=True)]),
    # ---- a weekday in the genitive after "od" (since)
    case("sk-od-pondelka-cvicia", "sk", DAY,
         "Slovenskí a maďarskí vojaci od pondelka spoločne cvičia na Záhorí.",
         [ev("exercise", ["HUN", "SVK"], date="2026-11-16")]),
    case("cs-od-uterka-cvici", "cs", DAY,
         "Čeští a rakouští vojáci od úterka společně cvičí v Boleticích.",
         [ev("exercise", ["AUT", "CZE"], date="2026-11-17")]),
    case("pl-od-poniedzialku-cwicza", "pl", DAY,
         "Od poniedziałku na poligonie w Drawsku trwają wspólne ćwiczenia polskich i czeskich żołnierzy.",
         [ev("exercise", ["CZE", "POL"], date="2026-11-16")]),
    # ---- a wish to exercise together is no drill held
    case("sk-chcu-spolocne-cvicit", "sk", DAY,
         "Slovenskí a rakúski vojaci chcú v lete spoločne cvičiť v Alpách.",
         [ev("intent", ["AUT", "SVK"])]),
    case("cs-chteji-spolecne-cvicit", "cs", DAY,
         "Čeští a rakouští vojáci chtějí v létě společně cvičit v Alpách.",
         [ev("intent", ["AUT", "CZE"])]),
    case("hu-szeretnenek-gyakorlatozni", "hu", DAY,
         "Magyar és szlovák katonák nyáron közösen szeretnének gyakorlatozni a Tátrában.",
         [ev("intent", ["HUN", "SVK"])]),
    # ---- the topics of talks are no training given
    case("ro-intrevederea-a-vizat-pregatirea", "ro", DAY,
         "Ministrul apărării l-a primit marți pe omologul său croat. Întrevederea a vizat, printre altele, "
         "pregătirea piloților croați la baza aeriană de la Câmpia Turzii.",
         [ev("meeting", ["HRV", "ROU"], date="2026-11-17")]),
    # ---- "käis Kiievis" (was in Kyiv) with an official named is a visit; "käib edasi" (goes on) is none
    case("et-kais-kiievis-is-a-visit", "et", DAY,
         "Eesti kaitseminister Mart Kask käis esmaspäeval Kiievis.",
         [ev("meeting", ["EST", "UKR"], date="2026-11-16", location="UKR", mode="visit")]),
    case("et-kaib-edasi-is-no-visit", "et", DAY,
         "Kaitseminister Mart Kask ütles teisipäeval, et töö Ukrainaga käib edasi ja Eesti toetab Ukrainat.",
         []),
    # ---- contracts told in the plural as already signed
    case("pl-wczesniej-zawarte-kontrakty", "pl", DAY,
         "Sejm przyjął w środę budżet MON. Według analityków większość pieniędzy pochłoną wcześniej zawarte "
         "kontrakty z Koreą Południową i Stanami Zjednoczonymi.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_cs_bare_souvisejici_label_is_furniture(registry: PackRegistry) -> None:
    """A bare "Související:" label with a related headline on its line ends the body."""
    raw = ("Čeští a polští vojáci v pondělí zahájili společné cvičení v Libavé.\n\n"
           "Sdílet na Facebooku\n"
           "Související: Slovenští piloti se v Česku cvičí na nových strojích")
    check_cleaning(registry, "cs", raw, kept=["zahájili společné cvičení"],
                   dropped=["Slovenští piloti se v Česku cvičí"])
