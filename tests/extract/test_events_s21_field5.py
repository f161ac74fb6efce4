"""The extract stage on short field-genre articles (exercises and aid) written for these tests (none of these
sentences is in tests/data/heldout/field5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of exercises and training given in German,
Dutch, Spanish and Ukrainian press: forces named by where they come from ("Kräfte aus", "eenheden uit");
Dutch taking part ("doen … mee"), a partner between the auxiliary and the participle ("heeft … samen met …
geoefend"), training given ("gaven een training aan"), the Dutch navy's ship prefix (Zr.Ms.) and gulfs
named after a state; Spanish "toma(n) parte", an exercise that "reunió a" the forces of its parties, the
perfect "ha formado … a" of training given (and "ha formado parte" as no training); Ukrainian units as
troops ("бригада", "батальйон") and "пройшов підготовку".

Second round: Dutch arrivals in the perfect with the place between ("zijn vorige week in Roemenië
aangekomen") and jets by type, tank crews as troops; Turkish
training named with its kind ("komando eğitimi verdi") and the active present "icra ediyor"; Ukrainian
instructors who "навчають" the other side's troops.

Third round: Spain's autonomous cities, islands and training areas as Spanish places ("en Ceuta",
"en Almería").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- de: forces named by where they come from
    case("de-kraefte-aus-are-troops", "de", DAY,
         "An der Übung nehmen Kräfte aus Polen, Tschechien und Litauen teil.",
         [ev("exercise", ["CZE", "LTU", "POL"])]),
    # ---- nl: taking part, the partner inside the perfect, training given, ship prefix, a gulf
    case("nl-doen-eenheden-uit-mee", "nl", DAY,
         "Aan de oefening doen eenheden uit Noorwegen, Denemarken en Estland mee.",
         [ev("exercise", ["DNK", "EST", "NOR"])]),
    case("nl-heeft-samen-met-geoefend", "nl", DAY,
         "De Belgische marine heeft gisteren samen met de marine van Senegal geoefend.",
         [ev("exercise", ["BEL", "SEN"])]),
    case("nl-gaven-een-training-aan", "nl", DAY,
         "Belgische instructeurs gaven vorige week een training aan 25 Keniaanse militairen.",
         [ev("aid", ["BEL", "KEN"])]),
    case("nl-zr-ms-is-a-dutch-ship", "nl", DAY,
         "Het fregat Zr.Ms. Tromp oefende vorige week met de Ghanese marine.",
         [ev("exercise", ["GHA", "NLD"])]),
    case("nl-golf-van-guinee-is-no-state", "nl", DAY,
         "De Belgische en de Nigeriaanse marine oefenden vorige week samen in de Golf van Guinee.",
         [ev("exercise", ["BEL", "NGA"])]),
    # ---- es: taking part in the present, an exercise that gathered its parties, training given (perfect)
    case("es-toman-parte-en-el-ejercicio", "es", DAY,
         "Militares de Estados Unidos y Colombia toman parte en el ejercicio.",
         [ev("exercise", ["COL", "USA"])]),
    case("es-el-ejercicio-reunio-a", "es", DAY,
         "En 2024, el ejercicio reunió a unos 2.000 militares de Chile y Perú en Arica.",
         [ev("exercise", ["CHL", "PER"], date="2024", historical=True)]),
    case("es-han-formado-durante-a", "es", DAY,
         "Instructores colombianos han formado durante dos meses en Tegucigalpa a 40 militares hondureños.",
         [ev("aid", ["COL", "HND"])]),
    case("es-ha-formado-parte-is-no-training", "es", DAY,
         "Un batallón argentino ha formado parte de la misión de la ONU en Chipre junto a tropas de Uruguay.",
         []),
    # ---- uk: a unit as the trainees
    case("uk-bryhada-proishla-pidhotovku", "uk", DAY,
         "Українська механізована бригада пройшла підготовку в Польщі.",
         [ev("aid", ["POL", "UKR"])]),
    case("uk-batalion-proishov-pidhotovku", "uk", DAY,
         "Український батальйон пройшов підготовку в Німеччині.",
         [ev("aid", ["DEU", "UKR"])]),
    # ==== second round
    # ---- nl: hardware that arrived (the perfect with the place between), tank crews
    case("nl-zijn-in-x-aangekomen", "nl", DAY,
         "De eerste gevechtsvliegtuigen uit Noorwegen zijn vorige week in Roemenië aangekomen.",
         [ev("aid", ["NOR", "ROU"])]),
    case("nl-tankbemanningen-are-troops", "nl", DAY,
         "Belgische en Duitse tankbemanningen hebben vorige week samen geoefend.",
         [ev("exercise", ["BEL", "DEU"])]),
    # (not "trainen ~ militairen": "Nederlandse militairen trainen deze week samen met Duitse soldaten" is an
    # exercise, tests/extract/test_events_s20_nordic2.py)
    # ---- tr: training named with its kind; the active present of an exercise under way
    case("tr-komando-egitimi-verdi", "tr", DAY,
         "Türk eğitim timi, Somali ordusuna mensup 150 askere komando eğitimi verdi.",
         [ev("aid", ["SOM", "TUR"])]),
    case("tr-ortak-egitim-icra-ediyor", "tr", DAY,
         "Türk ve Mısır donanmalarına ait gemiler Akdeniz'de ortak eğitim icra ediyor.",
         [ev("exercise", ["EGY", "TUR"])]),
    # ---- uk: instructors training the other side's troops, in the present
    case("uk-instruktory-navchaiut", "uk", DAY,
         "Канадські інструктори навчають українських саперів у Латвії.",
         [ev("aid", ["CAN", "UKR"])]),
    # ==== third round
    # ---- es: Spain's autonomous cities, islands and training areas are Spanish places
    case("es-ceuta-is-spain", "es", DAY,
         "Soldados de España y Marruecos realizaron maniobras conjuntas en Ceuta la semana pasada.",
         [ev("exercise", ["ESP", "MAR"], location="ESP")]),
    case("es-almeria-is-spain", "es", DAY,
         "Paracaidistas de Italia y Portugal saltaron junto a tropas españolas en el ejercicio celebrado en "
         "Almería.",
         [ev("exercise", ["ESP", "ITA", "PRT"], location="ESP")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
