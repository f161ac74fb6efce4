"""The extract stage on short articles in four languages written for these tests (none of these sentences is
in tests/data/heldout/balkan6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the Balkan press of the balkan6 set: a course
one army runs for another army's troops (sl "tečaj, ki ga je šola izvedla za 20 pripadnikov …", "je tečaj
opravilo … pripadnikov"), the two chiefs told without their names (hr "Dvojica načelnika potom su
razgovarala o …"), the deputy of a minister of national defense (bs "sa zamjenikom ministra nacionalne
odbrane Republike Turske …"), exercises named as a field of cooperation, which are no exercise held (hr "o
suradnji u području obuke i sudjelovanja u međunarodnim vježbama") and the Greek ordinal day in -α (el "την
1η και 2α Δεκεμβρίου").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-18"  # a Wednesday

CASES = [
    # ---- sl: a course run for another army's troops is training given
    case("sl-tecaj-izvedla-za-pripadnikov-is-aid", "sl", DAY,
         "Šola za podčastnike Slovenske vojske je oktobra izvedla tečaj vodenja za 12 pripadnikov "
         "Oboroženih sil Bosne in Hercegovine.",
         [ev("aid", ["BIH", "SVN"], date="2026-10")]),
    case("sl-tecaj-opravilo-pripadnikov-is-aid", "sl", DAY,
         "V Sloveniji je tečaj letenja s helikopterji oktobra opravilo osem pilotov Vojske Črne gore.",
         [ev("aid", ["MNE", "SVN"], date="2026-10")]),
    # ---- hr: the two chiefs, not named again, talk after a handover
    case("hr-dvojica-nacelnika-razgovarala-is-a-meeting", "hr", DAY,
         "Načelnik Glavnog stožera OSRH admiral Ivo Perić predao je u utorak u Podgorici načelniku "
         "Generalštaba Vojske Crne Gore dva terenska vozila. Dvojica načelnika potom su razgovarala "
         "o suradnji u području obuke.",
         [ev("aid", ["HRV", "MNE"], date="2026-11-17"),
          ev("meeting", ["HRV", "MNE"], date="2026-11-17")]),
    # ---- hr: exercises as a field of the cooperation talked about are no exercise held
    case("hr-suradnja-u-podrucju-vjezbi-is-a-topic", "hr", DAY,
         "Ministri obrane Hrvatske i Slovenije sastali su se u utorak u Zagrebu i razgovarali o suradnji u "
         "području obuke i sudjelovanja u međunarodnim vježbama.",
         [ev("meeting", ["HRV", "SVN"], date="2026-11-17", location="HRV")]),
    case("hr-suradnja-u-podrucju-vjezbi-next-sentence-is-a-topic", "hr", DAY,
         "Ministri obrane Hrvatske i Slovenije sastali su se u utorak u Zagrebu. Razgovarali su o suradnji u "
         "području obuke i zajedničkog sudjelovanja u vojnim vježbama.",
         [ev("meeting", ["HRV", "SVN"], date="2026-11-17", location="HRV")]),
    # ---- bs: the deputy of a minister of national defense is a titled official
    case("bs-zamjenik-ministra-nacionalne-odbrane-is-a-person", "bs", DAY,
         "Ministar odbrane BiH Zukan Helez sastao se u utorak u Sarajevu sa zamjenikom ministra nacionalne "
         "odbrane Republike Turske Alijem Demirom.",
         [ev("meeting", ["BIH", "TUR"], date="2026-11-17", persons=["Alijem Demirom"])]),
    # ---- el: the ordinal day written with -α (δευτέρα)
    case("el-2a-day-ordinal-is-the-day", "el", DAY,
         "Ο Αρχηγός ΓΕΕΘΑ Στρατηγός Γιώργος Παπαδάκης πραγματοποίησε την 2α Νοεμβρίου επίσημη επίσκεψη στην "
         "Κύπρο.",
         [ev("meeting", ["CYP", "GRC"], date="2026-11-02", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
