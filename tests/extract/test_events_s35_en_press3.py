"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/en_press3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the English-language press worldwide
(wires, regional papers, trade press, government releases), the subject of the en_press3 set:
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- en: a ballistic missile launch with words between the verb and "missiles", and a weapons test,
    # are combat
    # (missiles fired together in an exercise stay the exercise)
    case("en-fired-n-short-range-ballistic-missiles-is-combat", "en", DAY,
         "North Korea fired two short-range ballistic missiles off its east coast on Monday, a day after "
         "rejecting calls from Seoul to return to military talks, South Korea's Joint Chiefs of Staff said.",
         []),
    case("en-weapons-test-is-combat", "en", DAY,
         "Pyongyang conducted another weapons test on Saturday, days after rejecting an offer of talks from "
         "Seoul, South Korea's Joint Chiefs of Staff said.",
         []),
    case("en-fired-missiles-together-stays-exercise", "en", DAY,
         "Japanese and US troops fired anti-ship missiles during a joint exercise held in Hokkaido "
         "last week.",
         [ev("exercise", ["JPN", "USA"], date="2026-10")]),
    # ---- en: a unilateral exercise with its kind between ("unilateral overseas exercise", "unilateral
    # airborne
    # drill") is one state's own training abroad, no exercise with the host
    case("en-unilateral-overseas-exercise-is-domestic", "en", DAY,
         "Some 3,000 Singaporean soldiers took part in Exercise Lion Heart, the army's largest unilateral "
         "overseas exercise, in Queensland last month.",
         []),
    case("en-unilateral-airborne-drill-is-domestic", "en", DAY,
         "Japanese paratroopers held a unilateral airborne drill at a training range in Alaska last "
         "week, the "
         "Japanese defense ministry said.",
         []),
    # ---- en: an official who "welcomed the jets" at their arrival hosts the aircraft, no guest (as
    # "received ~ jets")
    case("en-welcomed-the-jets-is-no-meeting", "en", DAY,
         "Egypt received the first four Rafale jets from France on Tuesday. Defence Minister Ali Khan, who "
         "welcomed the jets alongside the air force chief and French Ambassador Marie Dupont, said "
         "the aircraft "
         "would strengthen the country's air defence.",
         [ev("aid", ["EGY", "FRA"], date="2026-10-13")]),
    case("en-welcomed-the-first-n-helicopters-is-no-meeting", "en", DAY,
         "Kenya took delivery of two Bell helicopters from the United States on Monday. Defence "
         "Cabinet Secretary "
         "Jane Wanjiru welcomed the first two helicopters at Laikipia Air Base together with US "
         "Ambassador John "
         "Carter.",
         [ev("aid", ["KEN", "USA"], date="2026-10-12")]),
    # ---- en: a side that "remains committed to" a partnership restates its stance: no new pledge
    case("en-remained-committed-to-is-no-intent", "en", DAY,
         "Zambian and British soldiers began a three-week joint exercise in Kabwe on Monday. British Defence "
         "Attache Colonel Mark Hill said the UK remained committed to a long-standing partnership with the "
         "Zambia Army.",
         [ev("exercise", ["GBR", "ZMB"], date="2026-10")]),
    case("en-remains-committed-to-is-no-intent", "en", DAY,
         "Ghana's defence minister held talks with the visiting French army chief in Accra on "
         "Tuesday. France "
         "remains committed to supporting the Ghana Armed Forces, the French general told reporters.",
         [ev("meeting", ["FRA", "GHA"], date="2026-10-13", location="GHA")]),
    # ---- en: "delivers" of results, benefits or a partner's reliability is no delivery of hardware
    case("en-partner-that-delivers-is-no-aid", "en", DAY,
         "Romania signed a contract on Tuesday to buy 54 more K9 howitzers from South Korea. \"Korea "
         "is a partner "
         "that delivers,\" Romanian Defence Minister Ion Popescu said.",
         [ev("agreement", ["KOR", "ROU"], date="2026-10-13", doc_type="contract")]),
    case("en-delivers-real-benefits-is-no-aid", "en", DAY,
         "Ghanaian and Canadian troops began a joint peacekeeping exercise in Bundase on Monday. "
         "Canadian High "
         "Commissioner Anne Leroux said the programme delivered tangible benefits for both armed forces.",
         [ev("exercise", ["CAN", "GHA"], date="2026-10")]),
    # ---- en: the state of a background clause of time ("weeks after Russia began …") is no party of the
    # event
    case("en-weeks-after-state-is-no-party", "en", DAY,
         "Norway handed over two NASAMS launchers to Ukraine's air force on Monday, the Norwegian defence "
         "ministry said. Norway first supplied the air defence system to Ukraine in November 2022, "
         "weeks after "
         "Russia began its winter campaign against the power grid.",
         [ev("aid", ["NOR", "UKR"], date="2026-10-12"),
          ev("aid", ["NOR", "UKR"], date="2022-11", historical=True)]),
    case("en-days-after-state-is-no-party", "en", DAY,
         "Japan handed over three coastal radars to the Philippine Navy on Tuesday, days after China "
         "deployed "
         "coast guard ships near Scarborough Shoal, the Philippine defence department said.",
         [ev("aid", ["JPN", "PHL"], date="2026-10-13")]),
    # ---- en: the plans a signed document "sets out" are its content, no pledge of their own
    case("en-statement-sets-out-plans-is-the-signing", "en", DAY,
         "Denmark and Estonia signed a defence cooperation agreement in Tallinn on Tuesday. The "
         "agreement sets "
         "out plans to expand joint training of their special forces.",
         [ev("agreement", ["DNK", "EST"], date="2026-10-13", doc_type="agreement")]),
    case("en-the-statement-sets-out-plans-is-the-signing", "en", DAY,
         "Denmark and Estonia signed a statement of intent on defence cooperation in Tallinn on Tuesday. The "
         "statement sets out plans to increase the number of Danish personnel training in Estonia "
         "each winter.",
         [ev("agreement", ["DNK", "EST"], date="2026-10-13", doc_type="letter_of_intent")]),
    case("en-memorandum-outlines-plans-is-the-signing", "en", DAY,
         "The defence ministers of Finland and Sweden signed a memorandum of understanding in "
         "Helsinki on Monday, "
         "which outlines plans to set up a joint logistics hub.",
         [ev("agreement", ["FIN", "SWE"], date="2026-10-12", doc_type="memorandum")]),
    # ---- en: forces that "have trained in" a country for years train there themselves: no training given
    case("en-have-trained-in-country-is-no-aid", "en", DAY,
         "Dutch marines began a cold-weather exercise with Norwegian troops near Bardufoss on Monday. Dutch "
         "marines have trained in northern Norway every winter for decades.",
         [ev("exercise", ["NLD", "NOR"], date="2026-10")]),
    case("en-has-trained-their-soldiers-stays-aid", "en", DAY,
         "The Rwandan army has trained 300 soldiers of the Central African Republic in Bangui, the "
         "Rwanda Defence Force said on Monday.",
         [ev("aid", ["CAF", "RWA"])]),
    # ---- en: a state's "allies meet" is the group's forum, no talks between two of them
    case("en-as-allies-met-is-no-meeting", "en", DAY,
         "Norway has delivered two more NASAMS launchers to Ukraine, Defence Minister Tore Sandvik said on "
         "Tuesday as Ukraine's allies met in Brussels.",
         [ev("aid", ["NOR", "UKR"], date="2026-10-13")]),
    case("en-headline-allies-meet-is-no-meeting", "en", DAY,
         "Sweden has delivered 20 more CV90 vehicles to Ukraine, Swedish Defence Minister Pal Jonson said on "
         "Tuesday at a meeting of the Ukraine Defense Contact Group.",
         [ev("aid", ["SWE", "UKR"], date="2026-10-13")],
         title="Sweden delivers more CV90s to Ukraine as allies meet in Brussels"),
    # ---- en (an engine case of README_en_press3.md, mended in session 35): a month written before "of that
    # year" / "of the same year" takes the year last written (_dates_scan._merge)
    case("en-month-of-the-same-year", "en", DAY,
         "Estonia signed a contract with South Korea for K9 howitzers in March 2019, and the first guns were "
         "delivered to Estonia in October of the same year.",
         [ev("agreement", ["EST", "KOR"], date="2019-03", historical=True),
          ev("aid", ["EST", "KOR"], date="2019-10", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
