"""The extract stage on short articles in Danish, Norwegian, Croatian, Serbian, Dutch and Italian written
for these tests (none of these sentences is in tests/data/heldout/field7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the exercise and aid genres: a state that
"also" takes part in the sentence after a multinational exercise, bound to the taking-part verb (da
"Desuden deltager …", no "I tillegg deltar …", hr "U vježbi je sudjelovala i …", sr "У вежби учествује и …",
"U vežbi učestvuje i …"); da "Øvelsen samler soldater fra …" (the exercise gathers the troops of the states
listed); training given told with the trainers as subject (da "danske instruktører har uddannet …", no
"har lært opp … soldater"); weapon systems named by their designations as military words (no "NASAMS-",
"IRIS-T", it "Samp/T"); a Serbian delivery told by the arrival of hardware ("Prvih šest helikoptera …
stiglo je u …"); a Dutch pledge whose object runs longer than ten words before its particle ("zegt … euro
aan militaire steun toe"); and no event: an Italian national exercise ("esercitazione nazionale") beside a
foreign ship's port call.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- a state that "also" takes part, in the sentence after the exercise
    case("da-desuden-deltager-joins-the-exercise", "da", DAY,
         "Danske og tyske soldater indledte mandag øvelsen Jydsk Bjørn 26 ved Oksbøl. Desuden deltager en "
         "ingeniørdeling fra Holland.",
         [ev("exercise", ["DEU", "DNK", "NLD"], date="2026-10")]),
    case("no-i-tillegg-deltar-joins-the-exercise", "no", DAY,
         "Britiske og norske minerydderfartøyer startet mandag øvelsen Blue Fjord 26 utenfor Bergen. "
         "I tillegg deltar et belgisk fartøy.",
         [ev("exercise", ["BEL", "GBR", "NOR"], date="2026-10")]),
    case("hr-sudjelovala-i-joins-the-exercise", "hr", DAY,
         "Na poligonu kod Knina u utorak je završena vježba Velebit 26. U vježbi su sudjelovali pripadnici "
         "Hrvatske vojske te oružanih snaga Slovenije, Austrije i Italije.\n\nU vježbi je "
         "sudjelovala i Mađarska s vodom pješaštva.",
         [ev("exercise", ["AUT", "HRV", "HUN", "ITA", "SVN"])]),
    case("sr-cyr-ucestvuje-i-joins-the-exercise", "sr", DAY,
         "На полигону код Никинаца у понедељак је почела заједничка вежба војника Србије и Грчке. У вежби "
         "учествује и Кипар са водом пешадије.",
         [ev("exercise", ["CYP", "GRC", "SRB"])]),
    case("sr-lat-ucestvuje-i-joins-the-exercise", "sr", DAY,
         "Na poligonu kod Nikinaca u ponedeljak je počela zajednička vežba vojnika Srbije i Grčke. U vežbi "
         "učestvuje i Bugarska sa vodom pešadije.",
         [ev("exercise", ["BGR", "GRC", "SRB"])]),
    # ---- the exercise gathers the troops of the states listed
    case("da-oevelsen-samler-soldater-fra", "da", DAY,
         "Danske og tyske soldater indledte mandag øvelsen Jydsk Bjørn 26 ved Oksbøl. Øvelsen samler i år "
         "soldater fra Danmark, Tyskland, Polen og Litauen.",
         [ev("exercise", ["DEU", "DNK", "LTU", "POL"], date="2026-10")]),
    # ---- training given, the trainers as subject
    case("da-instruktoerer-har-uddannet", "da", DAY,
         "Danske instruktører har i september uddannet ukrainske besætninger på Flyvestation Skrydstrup.",
         [ev("aid", ["DNK", "UKR"], date="2026-09")]),
    case("no-har-laert-opp-soldater", "no", DAY,
         "Svenske instruktører har i september lært opp 40 estiske soldater i bruk av Archer-haubitsen.",
         [ev("aid", ["EST", "SWE"], date="2026-09")]),
    # ---- weapon systems named by their designations are military words
    case("no-iris-t-is-military", "no", DAY,
         "Regjeringen opplyste tirsdag at Norge skal finansiere fire IRIS-T-systemer til Ukraina.",
         [ev("intent", ["NOR", "UKR"])]),
    case("it-samp-t-is-military", "it", DAY,
         "L'Italia ha consegnato martedì alla Slovacchia una batteria Samp/T, ha reso noto Palazzo Chigi.",
         [ev("aid", ["ITA", "SVK"], date="2026-10-13")]),
    # ---- a delivery told by the arrival of hardware
    case("sr-helikoptera-stiglo-je-u", "sr", DAY,
         "Prvih šest helikoptera iz Francuske stiglo je u utorak u Srbiju.",
         [ev("aid", ["FRA", "SRB"], date="2026-10-13")]),
    # ---- a Dutch pledge with a long object before its particle
    case("nl-zegt-long-object-steun-toe", "nl", DAY,
         "Duitsland zegt Oekraïne voor de komende drie jaar nog eens elf miljard euro aan militaire "
         "steun toe.",
         [ev("intent", ["DEU", "UKR"])]),
    # ---- no event: a national exercise beside a foreign ship's port call
    case("it-esercitazione-nazionale-is-domestic", "it", DAY,
         "La fregata turca TCG Kemalreis ha fatto scalo a Taranto per il rifornimento. Nello "
         "stesso periodo si è svolta in Puglia l'esercitazione nazionale Grifone 26 dell'Esercito.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
