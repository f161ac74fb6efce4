"""The extract stage on short articles in Spanish, Portuguese and English written for these tests (none of
these sentences is in tests/data/heldout/latam7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/support/cases.py. They pin general wording of the Latin American and Caribbean press, the subject
of the latam7 set:
- es a site's section menu on one line ("Política | Economía | Mundo | Deportes | Opinión") is furniture:
  counted as prose, it let a menu entry "Últimas noticias" under it (a `cut_from` of the pack) cut the
  whole report;
- es donated material still to arrive ("en los próximos meses llegarán dos aviones donados por …") is a
  pledge;
- es the other side's crew instructed by a force ("recibió instrucción a cargo de la Armada de …") is
  training given (aid);
- pt a further batch still to come ("A segunda remessa de blindados … está prevista para março") is a
  pledge;
- en officers who "will attend" the other side's course next year: a pledge of training;
- en a joint training with its kind or kinds between ("three weeks of joint jungle and survival training")
  is an exercise, as "joint training".
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- es: donated material still to arrive is a pledge
    case("es-llegaran-donados-is-an-intent", "es", DAY,
         "El Ministerio de Defensa de Honduras informó que el próximo año llegarán tres helicópteros "
         "donados por Taiwán para la Fuerza Aérea Hondureña.",
         [ev("intent", ["HND", "TWN"])]),
    # ---- es: instruction given by the other side's force is training given
    case("es-instruccion-a-cargo-de-is-aid", "es", DAY,
         "Cuarenta infantes de marina de Panamá recibieron en agosto instrucción a cargo de la Armada de "
         "Colombia en Coveñas.",
         [ev("aid", ["COL", "PAN"], date="2026-08")]),
    # ---- pt: a further batch still to come is a pledge
    case("pt-remessa-esta-prevista-is-an-intent", "pt", DAY,
         "A segunda remessa de blindados doados pelo Brasil ao Exército da Bolívia está prevista para março.",
         [ev("intent", ["BOL", "BRA"])]),
    # ---- en: officers who will attend the other side's course: a pledge of training
    case("en-will-attend-course-is-an-intent", "en", DAY,
         "Six Belizean officers will attend the jungle operations course of the British Army in Brunei next "
         "year.",
         [ev("intent", ["BLZ", "GBR"])]),
    # ---- en: a joint training with its kind or kinds between is training carried out together
    case("en-joint-kind-and-kind-training-is-an-exercise", "en", DAY,
         "Soldiers of the Belize Defence Force and the British Army on Monday began three weeks of joint "
         "jungle and survival training near Salamanca Camp.",
         [ev("exercise", ["BLZ", "GBR"], date="2026-09")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


PAGES = [
    # es: a one-line section menu is no prose, so the "Últimas noticias" entry under it cuts nothing
    ("es-menu-line-above-ultimas-noticias", "es",
     "Diario del Sur\nNacional | Regiones | Economía | Mundo | Deportes\nÚltimas noticias\n\n"
     "Ejército de Chile y Ejército de Argentina cierran ejercicio en la Patagonia\n\n"
     "Tropas de montaña de Chile y de Argentina concluyeron el viernes un ejercicio combinado en el paso "
     "Pino Hachado, informó el Ejército.\n",
     ["Tropas de montaña de Chile y de Argentina concluyeron el viernes un ejercicio combinado"],
     ["Nacional | Regiones | Economía | Mundo | Deportes"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)
