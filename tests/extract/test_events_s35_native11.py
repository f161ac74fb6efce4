"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/native11.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of native German, Vietnamese and English
defence press, the subject of the native11 set:
- de a navy or air force that sends its ships or aircraft ("Die dänische Marine schickte eine Korvette",
  "die Luftwaffe entsandte vier Eurofighter") deploys its own forces, as to an exercise: no delivery (aid);
  a state that sends material to another ("Deutschland schickte der Ukraine …") still delivers;
- de the naval ranks of the colonel grades ("Kapitän zur See", "Fregattenkapitän", as "Oberstleutnant" is) introduce
  an officer's name, and a unit noun after his post ("der Kommandeur des deutschen Verbandes") is no name.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- de: a navy or air force sending its own ships or aircraft is no delivery
    case("de-marine-schickte-is-no-aid", "de", DAY,
         "Dänische und deutsche Soldaten übten am Dienstag gemeinsam vor Fehmarn die Abwehr von Seeminen. "
         "Die dänische Marine schickte eine Korvette und zwei Minenjagdboote.",
         [ev("exercise", ["DEU", "DNK"], date="2026-12-01")]),
    case("de-luftwaffe-entsandte-is-no-aid", "de", DAY,
         "Deutsche und rumänische Kampfpiloten übten am Montag gemeinsam über dem Schwarzen Meer. Die "
         "rumänische Luftwaffe entsandte dazu sechs F-16.",
         [ev("exercise", ["DEU", "ROU"], date="2026-11-30")]),
    case("de-staat-schickte-is-still-aid", "de", DAY,
         "Deutschland schickte der Ukraine am Montag vier weitere Panzerhaubitzen aus Beständen der Bundeswehr.",
         [ev("aid", ["DEU", "UKR"], date="2026-11-30")]),
    # ---- de: naval ranks of the colonel grades
    case("de-fregattenkapitaen-is-an-officer", "de", DAY,
         "Deutsche und niederländische Fregatten übten am Montag gemeinsam in der Nordsee. Geführt wurde der "
         "Verband von Fregattenkapitän Jonas Keller, dem Kommandeur des deutschen Geschwaders.",
         [ev("exercise", ["DEU", "NLD"], date="2026-11-30", persons=["Jonas Keller"])]),
    case("de-kapitaen-zur-see-is-an-officer", "de", DAY,
         "Deutsche und niederländische Fregatten übten am Montag gemeinsam in der Nordsee, sagte Kapitän zur See "
         "Anna Vogt, die Kommandeurin des Verbandes.",
         [ev("exercise", ["DEU", "NLD"], date="2026-11-30", persons=["Anna Vogt"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
