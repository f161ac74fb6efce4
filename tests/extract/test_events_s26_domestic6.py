"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/domestic6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of domestic defense news, the genre of the
domestic6 set: deals of the own ministry with home producers told in the passive ("укладено угоди з
вітчизняними підприємствами", uk), a contribution to a NATO mission in a third state beside a joint exercise
(tr "NATO'nun Kosova'daki KFOR misyonuna"), a parliament that ratifies an agreement at home (uk "Верховна
Рада ратифікувала", de "Der Bundestag ratifizierte"), training camps of the own army and a gulf of the host
state as places (fr "au camp de Suippes", "dans le golfe de Tadjourah"), and a minister who visits the own
troops abroad with the day between verb and troops (de, fr, ru, pl, tr, uk; ja "自衛隊の拠点を訪れ"),
who meets no host, and a mission named with its state (de "NATO-Mission KFOR im Kosovo").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- uk: home contracts told in the passive are domestic procurement, no document of two states
    case("uk-ukladeno-ugody-z-vitchyznyanymy-is-procurement-at-home", "uk", DAY,
         "Від початку осені укладено угоди з вітчизняними підприємствами на 7 млрд гривень. У понеділок "
         "Норвегія передала Україні нову партію бронемашин.",
         [ev("aid", ["NOR", "UKR"], date="2026-10-12")]),
    # ---- tr: the mission in a third state the forces contribute to takes no part in the exercise
    case("tr-nato-kosovadaki-kfor-is-no-party", "tr", DAY,
         "Bakanlık, Türk ve Arnavut askerlerinin katıldığı ortak tatbikatın Cuma günü Arnavutluk'ta "
         "tamamlandığını belirterek TSK'nın NATO'nun Kosova'daki KFOR misyonuna katkısının sürdüğünü "
         "hatırlattı.",
         [ev("exercise", ["ALB", "TUR"], date="2026-10-09")]),
    # ---- uk: the parliament ratifies at home
    case("uk-verkhovna-rada-ratyfikuvala-is-at-home", "uk", DAY,
         "Верховна Рада України у вівторок ратифікувала угоду між Урядом України та Урядом Королівства "
         "Норвегія про співробітництво в оборонній сфері.",
         [ev("agreement", ["NOR", "UKR"], date="2026-10-13", location="UKR")]),
    # ---- de: the Bundestag ratifies at home, whatever state the agreement is about
    case("de-bundestag-ratifizierte-is-at-home", "de", DAY,
         "Der Bundestag ratifizierte am Dienstag das Abkommen zwischen Deutschland und Estland über den "
         "Status der in Estland eingesetzten deutschen Soldaten.",
         [ev("agreement", ["DEU", "EST"], date="2026-10-13", location="DEU")]),
    # ---- fr: the army's training camps in Champagne are in France
    case("fr-camps-de-champagne-is-france", "fr", DAY,
         "Depuis le 5 octobre, une compagnie italienne mène un exercice avec des chasseurs alpins français "
         "au camp de Suippes, dans la Marne.",
         [ev("exercise", ["FRA", "ITA"], date="2026-10", location="FRA")]),
    # ---- fr: the gulf of Tadjourah is Djibouti's
    case("fr-golfe-de-tadjourah-is-djibouti", "fr", DAY,
         "Les forces françaises et djiboutiennes ont mené lundi un exercice conjoint de sauvetage dans le "
         "golfe de Tadjourah.",
         [ev("exercise", ["DJI", "FRA"], date="2026-10-12", location="DJI")]),
    # ---- a minister who visits the own troops abroad meets no host (the day between verb and troops)
    case("de-besuchte-am-montag-die-deutschen-soldaten-is-no-meeting", "de", DAY,
         "Pistorius besuchte am Montag die deutschen Soldaten in Litauen.", []),
    case("fr-rendra-visite-lundi-aux-militaires-is-no-meeting", "fr", DAY,
         "La ministre des Armées rendra visite lundi aux militaires français déployés en Estonie.", []),
    case("ru-posetil-v-ponedelnik-rossiyskikh-voennykh-is-no-meeting", "ru", DAY,
         "Министр обороны посетил в понедельник российских военных в Таджикистане.", []),
    case("pl-odwiedzil-w-poniedzialek-polskich-zolnierzy-is-no-meeting", "pl", DAY,
         "Szef MON odwiedził w poniedziałek polskich żołnierzy stacjonujących na Łotwie.", []),
    case("tr-turk-askerlerini-ziyaret-is-no-meeting", "tr", DAY,
         "Bakan Güler, Pazartesi günü Kosova'daki Türk askerlerini ziyaret etti.", []),
    case("uk-vidvidav-ukrainskykh-viyskovykh-is-no-meeting", "uk", DAY,
         "Міністр оборони в понеділок відвідав українських військових у Великій Британії.", []),
    case("ja-jieitai-kyoten-wo-otozure-is-no-meeting", "ja", DAY,
         "防衛相は12日、ジブチにある自衛隊の拠点を訪れ、派遣中の隊員を激励した。", []),
    # ---- de: the mission in a third state the forces serve in is no party of a mandate's extension
    case("de-nato-mission-kfor-im-kosovo-is-no-party", "de", DAY,
         "Die Bundeswehr bleibt ein weiteres Jahr an der NATO-Mission KFOR im Kosovo beteiligt, beschloss "
         "der Bundestag am Donnerstag.", []),
    case("fr-rendue-aupres-des-soldats-francais-is-no-meeting", "fr", DAY,
         "La ministre s'est rendue lundi auprès des soldats français déployés en Roumanie.", []),
    case("fr-visite-le-contingent-francais-is-no-meeting", "fr", DAY,
         "Le chef d'état-major des armées a visité mardi le contingent français au Liban.", []),
    case("ru-posetil-v-sredu-rossiyskuyu-voennuyu-bazu-is-no-meeting", "ru", DAY,
         "Министр обороны посетил в среду 201-ю российскую военную базу в Таджикистане.", []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
