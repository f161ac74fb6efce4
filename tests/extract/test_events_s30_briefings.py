"""The extract stage on short articles in five languages written for these tests (none of these sentences is
in tests/data/heldout/briefings.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of spokespeople's briefings and press-conference
transcripts (the briefings set): a visitor announced with the ru future of arrival before a fronted day
("9 декабря в Москву прибудет министр"), a visit announced in the French future passive ("sera reçu à Paris le
8 décembre par la ministre"), a host still to come in English ("will host his Cypriot counterpart"), the "2+2
Ministerial Dialogue" of foreign and defence ministers, the Japanese spokesman's "we will go on doing"
("…に活用してまいります") that holds no exercise, and the Chinese "将访问" with no day set, a plan
(intent), not a meeting on the day of the briefing.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-05"  # a Saturday

CASES = [
    # ---- ru: the future of arrival makes the fronted day one still to come
    case("ru-pribudet-reads-the-day-ahead", "ru", DAY,
         "10 декабря в Минск с официальным визитом прибудет министр обороны Казахстана.",
         [ev("meeting", ["BLR", "KAZ"], date="2026-12-10", location="BLR", mode="visit")]),
    # ---- fr: a visit announced in the future passive
    case("fr-sera-recu-par-la-ministre-is-a-meeting", "fr", DAY,
         "Le ministre lituanien de la Défense sera reçu à Paris le 15 décembre par la ministre des Armées.",
         [ev("meeting", ["FRA", "LTU"], date="2026-12-15", location="FRA", mode="visit")]),
    # ---- en: a host still to come, with a day
    case("en-will-host-his-counterpart-is-a-meeting", "en", DAY,
         "The Greek defence minister will host his Cypriot counterpart in Athens on December 11.",
         [ev("meeting", ["CYP", "GRC"], date="2026-12-11", location="GRC", mode="visit")]),
    case("en-will-welcome-his-counterpart-is-a-meeting", "en", DAY,
         "The Estonian defence minister will welcome his Finnish counterpart to Tallinn on December 9.",
         [ev("meeting", ["EST", "FIN"], date="2026-12-09", location="EST", mode="visit")]),
    # ---- en: the foreign and defence ministers' "2+2" talks are defence diplomacy by themselves
    case("en-2-plus-2-ministerial-dialogue-is-defence", "en", DAY,
         "Australia and Japan will hold their next 2+2 Ministerial Dialogue in Tokyo next year.",
         [ev("intent", ["AUS", "JPN"])]),
    # ---- ja: "we will go on using it for joint training" holds no exercise
    case("ja-temairimasu-holds-no-exercise", "ja", DAY,
         "日豪物品役務相互提供協定は２０１７年１月に署名されました。引き続き、共同訓練の円滑な実施に活用してまいります。",
         [ev("agreement", ["AUS", "JPN"], date="2017-01", historical=True)]),
    # ---- zh: "将访问" with no day set is a plan
    case("zh-jiang-fangwen-without-a-day-is-an-intent", "zh", DAY,
         "据报道，蒙古国国防部长将访问中国。",
         [ev("intent", ["CHN", "MNG"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
