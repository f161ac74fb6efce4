"""The extract stage on short articles in Western and Northern European languages written for these
tests (none of these sentences is in tests/data/heldout/exercise7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of military exercises, the subject of the
exercise7 set:
- nl "het Korps Mariniers" is the Dutch marine corps (NLD), as "Koninklijke Marine" is its navy;
- no "KNM" before a ship's name is a ship of the Norwegian navy (NOR), as "HNLMS" or "Zr.Ms." is of the
  Dutch;
- el an air-naval or air exercise ("την αεροναυτική άσκηση", "κοινή αεροπορική άσκηση") is military
  context of itself, as "ναυτική άσκηση" is;
- el an earlier edition told in the pluperfect passive ("Η πρώτη άσκηση είχε πραγματοποιηθεί τον Μάιο
  του 2024") is that exercise held, as background;
- es taking part in the present subjunctive after an expectation ("Está previsto que … participe en
  marzo en unas maniobras …") is not yet held: a plan (an intent);
- es jets that land or arrive to begin a rotation of air policing ("llegaron … para iniciar una nueva
  rotación de la misión de policía aérea") are the own air force deployed: no delivery (and, by the
  exercise7 spec, no exercise unless one is named);
- it "la prossima edizione", pt "a próxima edição", es "la próxima edición" with no exercise word, after
  an exercise: the next edition of that exercise, a plan of its states;
- en a navigation row opened by "About Us" ("About Us | Media Centre | Operations | Contact") is
  furniture: its "Us" is no United States.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-11-18"  # a Wednesday

CASES = [
    # ---- nl: the Dutch marine corps by its name
    case("nl-korps-mariniers-is-nld", "nl", DAY,
         "Mariniers van het Korps Mariniers oefenden vorige week in Schotland samen met Britse Royal "
         "Marines.",
         [ev("exercise", ["GBR", "NLD"], location="GBR")]),
    # ---- no: a Norwegian navy ship by its prefix
    case("no-knm-ship-is-nor", "no", DAY,
         "Fregatten KNM Otto Sverdrup øvde tirsdag sammen med den franske marinen i Nordsjøen.",
         [ev("exercise", ["FRA", "NOR"], date="2026-11-17")]),
    # ---- el: an earlier edition in the pluperfect passive
    case("el-eixe-pragmatopoiithei-is-an-earlier-edition", "el", DAY,
         "Η Ελλάδα και η Γαλλία ολοκλήρωσαν χθες την κοινή ναυτική άσκηση «Αργώ» στο Αιγαίο. Η πρώτη άσκηση "
         "είχε πραγματοποιηθεί τον Μάιο του 2024 στην Τουλόν.",
         [ev("exercise", ["FRA", "GRC"], date="2026-11-17"),
          ev("exercise", ["FRA", "GRC"], date="2024-05", historical=True)]),
    # ---- el: an air-naval or air exercise is military context ("ναυτικ*" is not found inside "αεροναυτική")
    case("el-aeronaftiki-askisi-is-an-exercise", "el", DAY,
         "Η Ελλάδα και η Ιταλία ολοκλήρωσαν χθες την αεροναυτική άσκηση «Ιόνιο» νότια της Κέρκυρας.",
         [ev("exercise", ["GRC", "ITA"], date="2026-11-17")]),
    case("el-aeroporiki-askisi-is-an-exercise", "el", DAY,
         "Η Κύπρος και η Γαλλία πραγματοποίησαν τη Δευτέρα κοινή αεροπορική άσκηση πάνω από τη Λευκωσία.",
         [ev("exercise", ["CYP", "FRA"], date="2026-11-16")]),
    # ---- es: taking part, in the subjunctive after an expectation, is a plan
    case("es-previsto-que-participe-is-an-intent", "es", DAY,
         "Está previsto que una compañía española participe en marzo en unas maniobras con tropas de "
         "Letonia.",
         [ev("intent", ["ESP", "LVA"])]),
    # ---- es: jets arrived for an air-policing rotation: no delivery
    case("es-llegaron-para-rotacion-is-no-delivery", "es", DAY,
         "Cuatro cazas F-18 españoles llegaron el martes a la base de Šiauliai, en Lituania, para iniciar "
         "una nueva rotación de la misión de policía aérea de la OTAN.",
         []),
    # ---- the next edition with no exercise word: a plan of the states of the exercise told
    case("it-la-prossima-edizione-is-an-intent", "it", DAY,
         "Si è conclusa ieri in Sardegna l'esercitazione congiunta tra l'Esercito italiano e l'Esercito "
         "francese. La prossima edizione si svolgerà in Francia nel 2028.",
         [ev("exercise", ["FRA", "ITA"]), ev("intent", ["FRA", "ITA"])]),
    case("pt-a-proxima-edicao-is-an-intent", "pt", DAY,
         "Militares portugueses e espanhóis concluíram ontem um exercício conjunto em Santa Margarida. A "
         "próxima edição decorrerá em Espanha em 2028.",
         [ev("exercise", ["ESP", "PRT"]), ev("intent", ["ESP", "PRT"])]),
    case("es-la-proxima-edicion-is-an-intent", "es", DAY,
         "Las infanterías de marina de España y Portugal concluyeron ayer un ejercicio conjunto en la "
         "Sierra del Retín. La próxima edición se celebrará en Portugal en 2028.",
         [ev("exercise", ["ESP", "PRT"]), ev("intent", ["ESP", "PRT"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


PAGES = [
    ("en-about-us-menu-row", "en",
     "Allied Land Command\nAbout Us | News | Exercises | Contact\n\n"
     "British and Estonian troops completed a joint exercise near Tapa on Tuesday.\n",
     ["British and Estonian troops completed"], ["About Us | News"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)
