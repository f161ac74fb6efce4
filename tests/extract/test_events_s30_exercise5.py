"""The extract stage on short articles in eight languages written for these tests (none of these sentences is
in tests/data/heldout/exercise5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of military exercises: troops "from" several states as
the subject of "üben" (de "Soldaten aus Deutschland, Tschechien und Polen üben …"), allies' jets on an air
policing mission (en "air policing mission", sv "luftövervakning") and the Swedish active "inlett" (has
begun), an offer (sv "erbjudit sig att"), an earlier edition told in the Italian pluperfect ("avevano preso
parte"), troops that come back to take part in an exercise as a plan (no "kommer tilbake … for å delta i
øvelsen"), the sea "off" a state and its territorial waters as the place, not a party (no "utenfor Island", ro
"în apele teritoriale ale Turciei"), and the troops an ally contributes to an exercise as no aid (nl "De
Fransen leveren ongeveer 150 militairen").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- de: troops "aus" several states as the subject of "üben"
    case("de-soldaten-aus-x-und-y-ueben-is-an-exercise", "de", DAY,
         "Soldaten aus Deutschland, Tschechien und Polen üben vom 30. November bis 11. Dezember auf dem "
         "Truppenübungsplatz Grafenwöhr.",
         [ev("exercise", ["CZE", "DEU", "POL"], date="2026-11", location="DEU")]),
    # ---- en: an air policing mission begun
    case("en-air-policing-mission-is-an-exercise", "en", DAY,
         "Italian Air Force jets began an air policing mission in Lithuania on Thursday.",
         [ev("exercise", ["ITA", "LTU"], location="LTU")]),
    # ---- sv: "har inlett" (has begun) a joint exercise
    case("sv-har-inlett-en-gemensam-ovning-is-an-exercise", "sv", DAY,
         "Svenska flygvapnet har på måndagen inlett en gemensam övning med det finska flygvapnet i Lappland.",
         [ev("exercise", ["FIN", "SWE"], date="2026-11")]),
    # ---- sv: NATO's air policing ("Natos luftövervakning") begun from an ally's base
    case("sv-natos-luftovervakning-is-an-exercise-of-nato", "sv", DAY,
         "Fyra svenska JAS 39 Gripen har på måndagen inlett ett uppdrag inom Natos luftövervakning från "
         "flygbasen Łask i Polen.",
         [ev("exercise", ["POL", "SWE", "nato"], date="2026-11")]),
    # ---- sv: an offer is an intent
    case("sv-erbjudit-sig-att-is-an-intent", "sv", DAY,
         "Sveriges försvarsminister har erbjudit sig att skicka instruktörer till Lettland.",
         [ev("intent", ["LVA", "SWE"])]),
    # ---- it: the earlier edition in the pluperfect
    case("it-avevano-preso-parte-is-a-background-exercise", "it", DAY,
         "Si è conclusa ieri l'esercitazione navale italiana con la partecipazione di unità della Francia. "
         "All'edizione precedente, nel marzo 2026, avevano preso parte unità navali italiane ed egiziane.",
         [ev("exercise", ["FRA", "ITA"], date="2026-12-01"),
          ev("exercise", ["EGY", "ITA"], date="2026-03", historical=True)]),
    # ---- no: troops that come back to take part in an exercise: a plan
    case("no-kommer-tilbake-for-aa-delta-i-ovelsen-is-an-intent", "no", DAY,
         "Britiske soldater trener sammen med Hæren i Setermoen denne uken. De britiske soldatene kommer "
         "tilbake til Norge i februar for å delta i øvelsen Cold Response.",
         [ev("exercise", ["GBR", "NOR"], location="NOR"),
          ev("intent", ["GBR", "NOR"])]),
    # ---- no: "utenfor" (off) a state: the place of the exercise, not a party
    case("no-utenfor-is-the-place-not-a-party", "no", DAY,
         "Norske og danske fregatter øvde sammen tirsdag utenfor Island.",
         [ev("exercise", ["DNK", "NOR"], date="2026-12-01", location="ISL")]),
    # ---- ro: "în apele teritoriale ale" a state: the place of the earlier edition, not a party
    case("ro-in-apele-teritoriale-ale-is-the-place", "ro", DAY,
         "Nave românești și bulgărești au participat săptămâna trecută la un exercițiu comun. "
         "Ediția anterioară a exercițiului a avut loc în martie 2025, în apele teritoriale ale Turciei.",
         [ev("exercise", ["BGR", "ROU"], date="2026-11"),
          ev("exercise", ["BGR", "ROU"], date="2025-03", location="TUR", historical=True)]),
    # ---- nl: the troops an ally contributes to an exercise are no aid
    case("nl-leveren-militairen-is-no-aid", "nl", DAY,
         "Nederlandse militairen oefenen samen met Franse militairen in Oirschot. "
         "De Fransen leveren ongeveer 150 militairen.",
         [ev("exercise", ["FRA", "NLD"], location="NLD")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
