"""The extract stage on short articles in Hebrew and Persian written for these tests (none of these sentences
is in tests/data/heldout/gulf_me7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the Gulf and Middle East press, the
subject of the gulf_me7 set:
- he "השלימו" (completed) is no signing by itself: "…וצבא ארצות הברית השלימו … תרגיל" is an exercise
  finished (the "ברית" of "ארצות הברית" was read as its treaty);
- he "התרגיל נועד ל…" (the exercise is meant to …) is no meeting ("נועד עם" is);
- fa the Arab ranks the Persian press writes before an Arab officer's name ("فریق اول رکن", "فریق رکن")
  are ranks, not part of the name;
- tr "… arasında planlanan tatbikat … icra edildi" (the planned exercise, held) is an exercise held:
  "planlanan" is still to come only as "yapılması planlanan" or before a future verb.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- he: "השלימו" beside "ארצות הברית" is an exercise finished, no treaty concluded
    case("he-hishlimu-targil-is-no-agreement", "he", DAY,
         "צבא ירדן וצבא ארצות הברית השלימו ביום שני תרגיל לוחמה בשטח בנוי.",
         [ev("exercise", ["JOR", "USA"], date="2026-09-14")]),
    # ---- he: "נועד ל…" (meant to) is no meeting
    case("he-noad-le-is-no-meeting", "he", DAY,
         "צבא ירדן וצבא ארצות הברית ערכו ביום שני תרגיל משותף בירדן.\n\n"
         "התרגיל נועד לחזק את שיתוף הפעולה בין שני הצבאות.",
         [ev("exercise", ["JOR", "USA"], date="2026-09-14", location="JOR")]),
    # ---- fa: Arab ranks before the name of an Arab officer
    case("fa-fariq-awwal-rukn-is-a-rank", "fa", DAY,
         "سرلشکر باقری رئیس ستاد کل نیروهای مسلح روز دوشنبه با فریق اول رکن قاسم المحمدی رئیس ستاد ارتش "
         "کویت دیدار کرد.",
         [ev("meeting", ["IRN", "KWT"], date="2026-09-14", persons=["قاسم المحمدی"])]),
    case("fa-fariq-rukn-is-a-rank", "fa", DAY,
         "امیر سرتیپ عزیز نصیرزاده روز دوشنبه با فریق رکن احمد الخالدی فرمانده نیروی زمینی اردن دیدار کرد.",
         [ev("meeting", ["IRN", "JOR"], date="2026-09-14", persons=["احمد الخالدی"])]),
    # ---- tr: the planned exercise, told as held
    case("tr-planlanan-tatbikat-icra-edildi-is-an-exercise", "tr", DAY,
         "Türk Deniz Kuvvetleri ile Pakistan Deniz Kuvvetleri arasında planlanan ortak tatbikat 7-10 Eylül "
         "tarihlerinde Karaçi açıklarında icra edildi.",
         [ev("exercise", ["PAK", "TUR"], date="2026-09")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
