"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/africa14.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of African defense news, the subject of
the africa14 set:
- am a month named with the word "month" before the year ("በሰኔ ወር 2016 ዓ.ም", "በጥቅምት ወር 2019 ዓ.ም": in
  the month of Sene 2016 E.C.) is the date "በሰኔ 2016 ዓ.ም" is;
- am an exercise told with the verbal noun of holding, completing or taking part ("ልምምድ ማካሄዳቸው ይታወሳል": it is
  recalled that they held an exercise; "ማጠናቀቃቸው", "ማድረጋቸው", "መሳተፋቸው") is held, as "አካሂደዋል" is;
- zu a sentence after an exercise that says who takes part in the present ("Kubamba iqhaza amasosha ase-…",
  "… nawo ayazibandakanya": taking part are, they too take part) lists its parties.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-24"  # a Tuesday

CASES = [
    # ---- am: "<era month> ወር <year> ዓ.ም" (the month of ...)
    case("am-era-month-wer-year", "am", DAY,
         "የኢትዮጵያ እና የኬንያ መከላከያ ሚኒስትሮች በሰኔ ወር 2016 ዓ.ም በናይሮቢ የወታደራዊ ትብብር ስምምነት መፈራረማቸው ይታወሳል።",
         [ev("agreement", ["ETH", "KEN"], date="2024", historical=True, doc_type="agreement")]),
    case("am-era-month-wer-year-memorandum", "am", DAY,
         "የኢትዮጵያ እና የሶማሊያ የመከላከያ ሚኒስትሮች በሚያዝያ ወር 2017 ዓ.ም በሞቃዲሾ የመግባቢያ ሰነድ መፈራረማቸው ይታወሳል።",
         [ev("agreement", ["ETH", "SOM"], date="2025", location="SOM", doc_type="memorandum",
             historical=True)]),
    # ---- am: the verbal noun of holding an exercise ("… ማካሄዳቸው ይታወሳል")
    case("am-makahedachew-is-held", "am", DAY,
         "የኢትዮጵያ እና የጅቡቲ ጦር ኃይሎች በ2025 በድሬዳዋ የጋራ ወታደራዊ ልምምድ ማካሄዳቸው ይታወሳል።",
         [ev("exercise", ["DJI", "ETH"], date="2025", location="ETH", historical=True)]),
    case("am-maTenaqeqachew-is-held", "am", DAY,
         "የሩዋንዳ እና የኢትዮጵያ ሠራዊቶች በ2024 በኪጋሊ የጋራ ወታደራዊ ልምምድ ማጠናቀቃቸው ይታወሳል።",
         [ev("exercise", ["ETH", "RWA"], date="2024", location="RWA", historical=True)]),
    # ---- zu: the present of taking part lists an exercise's parties
    case("zu-kubamba-iqhaza-lists-parties", "zu", DAY,
         "Amasosha aseNingizimu Afrika aqale ukuzivocavoca okuhlanganyelwe eLohatla ngoMsombuluko. Kubamba "
         "iqhaza amasosha aseNamibia, aseZambia naseMalawi.",
         [ev("exercise", ["MWI", "NAM", "ZAF", "ZMB"], date="2026-11", location="ZAF")]),
    case("zu-zibandakanya-lists-parties", "zu", DAY,
         "Amasosha aseBotswana naseNamibia aqale ukuzivocavoca kwezempi okuhlanganyelwe eGaborone "
         "ngoMsombuluko. Amasosha aseLesotho, aseZimbabwe naseMozambique nawo ayazibandakanya.",
         [ev("exercise", ["BWA", "LSO", "MOZ", "NAM", "ZWE"], date="2026-11", location="BWA")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
