"""The extract stage on short articles in four languages written for these tests (none of these sentences is
in tests/data/heldout/pledges3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of aid and pledges, the genres of the
pledges3 set: a minister visiting trainees who meets no officials (en "Visiting the trainees"), pledges made
at a session of a contact group that is no talks (en "at a meeting of the … Contact Group") and the state a
side braces for that is no party (en "braces for … Russian strikes"), training to go on next year that is a
plan (pl "będzie kontynuować szkolenia", nl "gaat … door met het opleiden"), a course given by the other
side's instructors (nl "die werd gegeven door … instructeurs", uk "який проводили … інструктори"), trainees
who finished a course on a weapon type and held no exercise (uk "завершили навчання на"), and a running
total counted from a year that is no aid of that year (uk "Загалом від 2023 року").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- en: a minister visiting trainees meets no officials of their state
    case("en-visiting-the-trainees-is-no-meeting", "en", DAY,
         "Visiting the trainees at Catterick on Tuesday, the Defence Secretary said Britain would send 40 "
         "more instructors to Estonia next year.",
         [ev("intent", ["EST", "GBR"], date="2026-09-15")]),
    # ---- en: pledges at a session of a contact group are no talks; the striker a side braces for is no party
    case("en-pledged-at-a-meeting-of-the-contact-group-is-no-talks", "en", DAY,
         "Sweden pledged more artillery shells to Ukraine on Tuesday at a meeting of the Ukraine Defence "
         "Contact Group in Brussels, as Kyiv braces for more Russian strikes on its power plants.",
         [ev("intent", ["SWE", "UKR"], date="2026-09-15")]),
    # ---- pl: training to go on next year is a plan
    case("pl-bedzie-kontynuowac-szkolenia-is-a-plan", "pl", DAY,
         "Szef MON zapowiedział we wtorek, że Polska będzie kontynuować szkolenia gruzińskich oficerów w "
         "przyszłym roku.",
         [ev("intent", ["GEO", "POL"], date="2026-09-15")]),
    # ---- nl: the same with "gaat … door met het opleiden"
    case("nl-gaat-door-met-het-opleiden-is-a-plan", "nl", DAY,
         "Nederland gaat volgend jaar door met het opleiden van Litouwse militairen, meldt Defensie.",
         [ev("intent", ["LTU", "NLD"])]),
    # ---- nl: a course the other side's instructors gave
    case("nl-gegeven-door-instructeurs-is-training-given", "nl", DAY,
         "Veertig Georgische officieren hebben dinsdag in Ede een cursus afgerond die werd gegeven door "
         "Nederlandse instructeurs.",
         [ev("aid", ["GEO", "NLD"], date="2026-09-15")]),
    # ---- uk: a course the other side's instructors ran, the instructors after the verb
    case("uk-yakyi-provodyly-instruktory-is-training-given", "uk", DAY,
         "Група українських військових завершила в Естонії курс керування дронами, який проводили естонські "
         "інструктори.",
         [ev("aid", ["EST", "UKR"], location="EST")]),
    # ---- uk: trainees who finished a course on a weapon type held no exercise
    case("uk-zavershyly-navchannia-na-is-no-exercise", "uk", DAY,
         "Група українських військових пілотів завершила у Швеції курс, який проводили шведські "
         "інструктори.",
         [ev("aid", ["SWE", "UKR"])],
         title="Українські пілоти завершили навчання на Gripen у Швеції"),
    # ---- uk: a total counted from a year is no aid of that year
    case("uk-zagalom-vid-roku-is-a-running-total", "uk", DAY,
         "У вівторок Швеція передала Україні нову партію бронемашин. Загалом від 2023 року Швеція передала "
         "Україні військової допомоги на 5 млрд доларів.",
         [ev("aid", ["SWE", "UKR"], date="2026-09-15")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
