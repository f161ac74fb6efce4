"""The extract stage on short German press articles written for these tests (none of these sentences is in
tests/data/heldout/de_press2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general German press wording: trainers named before the
trainees in a long "bilden … aus" bracket, troops named by their branch (Gebirgsjäger, Panzergrenadiere,
Alpini), states written with an article as the place of an event ("in der Schweiz", "in den
Niederlanden"), Swiss and Austrian training sites and regions, the backing of one side in a war as
support, and what is no event: "sprach sich … dafür aus" (came out in favour), an indirect question ("Ob …
liefert, ist offen").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- training of the other side's soldiers, the trainers named first
    case("de-bilden-long-bracket-soldaten-aus", "de", DAY,
         "Seit Anfang Februar bilden deutsche Ausbilder der Artillerieschule des Heeres auf dem Übungsplatz "
         "bei Idar-Oberstein in Rheinland-Pfalz rund 80 ukrainische Soldaten an der Panzerhaubitze 2000 aus.",
         [ev("aid", ["DEU", "UKR"], date="2026-02")]),
    # ---- a state written with its article is the place
    case("de-in-der-schweiz-is-the-place", "de", DAY,
         "Österreichische und deutsche Gebirgsjäger üben seit Montag gemeinsam in der Schweiz.",
         [ev("exercise", ["AUT", "DEU"], location="CHE")]),
    case("de-in-den-niederlanden-is-the-place", "de", DAY,
         "Belgische und deutsche Panzergrenadiere übten am Dienstag gemeinsam in den Niederlanden.",
         [ev("exercise", ["BEL", "DEU"], location="NLD")]),
    # ---- Swiss and Austrian training sites and regions
    case("de-andermatt-is-swiss", "de", DAY,
         "Italienische Alpini und Schweizer Gebirgsspezialisten trainierten am Dienstag gemeinsam im "
         "Gebirgsdienstzentrum Andermatt.",
         [ev("exercise", ["CHE", "ITA"], location="CHE")]),
    case("de-allentsteig-is-austrian", "de", DAY,
         "Tschechische und österreichische Panzergrenadiere übten am Dienstag gemeinsam auf dem "
         "Truppenübungsplatz Allentsteig.",
         [ev("exercise", ["AUT", "CZE"], location="AUT")]),
    # ---- the backing of one side in a war
    case("de-support-in-the-war", "de", DAY,
         "Der belarussische Verteidigungsminister sicherte Russland am Dienstag die Unterstützung von "
         "Belarus im Krieg gegen die Ukraine zu.",
         [ev("support", ["BLR", "RUS"])]),
    # ---- no event
    case("de-sprach-sich-aus-is-no-talks", "de", DAY,
         "Der Schweizer Ständerat sprach sich am Dienstag mit knapper Mehrheit dafür aus, Deutschland die "
         "Weitergabe von Munition mit strengen Auflagen zu erlauben.",
         []),
    case("de-ob-liefert-is-no-delivery", "de", DAY,
         "Ob Deutschland der Ukraine weitere Marschflugkörper liefert, ist nach Angaben der Bundesregierung "
         "weiter offen.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
