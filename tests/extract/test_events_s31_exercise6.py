"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/exercise6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of exercises held, the subject of the
exercise6 set:
- tr an earlier edition ("bir önceki …") told in the passive pluperfect ("yapılmıştı", "düzenlenmişti") is an
  exercise held (background);
- he "השלימו" (completed) an exercise is no signing (the "ברית" of "ארצות הברית" gave it a document),
  and "נועד ל…" (was meant to …) is no meeting
  ("נועד" is also "met"); "סיימו" (finished) an exercise is one held;
  a "קראו עוד:" / "קראו גם:" line is another story's headline;
- zh the one-character names of Kyrgyzstan and Tajikistan in a run ("中、俄、哈、吉、塔", "中塔两军") name
  those states, and the agency 俄塔社 (ITAR-TASS) names none (a guard: it fails with 塔 and no mask).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- tr: an earlier edition told in the passive pluperfect is an exercise held (background)
    case("tr-onceki-tatbikat-yapilmisti-is-a-historical-exercise", "tr", DAY,
         "Türk Kara Kuvvetleri ile Pakistan Kara Kuvvetleri arasında ortak tatbikat pazartesi "
         "Konya'da başladı. "
         "Tatbikatın bir önceki edisyonu Mart 2024'te Pakistan'da yapılmıştı.",
         [ev("exercise", ["PAK", "TUR"], date="2026-09", location="TUR"),
          ev("exercise", ["PAK", "TUR"], date="2024-03", location="PAK", historical=True)]),
    case("tr-duzenlenmisti-is-a-historical-exercise", "tr", DAY,
         "Türk Deniz Kuvvetleri ile Cezayir Deniz Kuvvetleri arasında ortak tatbikat pazartesi başladı. "
         "İki donanma arasındaki bir önceki tatbikat Mayıs 2023'te Cezayir açıklarında düzenlenmişti.",
         [ev("exercise", ["DZA", "TUR"], date="2026-09"),
          ev("exercise", ["DZA", "TUR"], date="2023-05", historical=True)]),
    # ---- he: "completed" an exercise is no signing; "was meant to strengthen" is no meeting
    case("he-hishlimu-targil-is-no-agreement", "he", DAY,
         "צבא יוון וצבא ארצות הברית השלימו אתמול תרגיל אווירי משותף מעל הים האגאי.",
         [ev("exercise", ["GRC", "USA"], date="2026-09-15")]),
    case("he-noad-lehazek-is-no-meeting", "he", DAY,
         "חיל הים היווני וחיל הים הקפריסאי ערכו אתמול תרגיל משותף. "
         "לדברי הצבא, התרגיל נועד לחזק את שיתוף הפעולה עם הצי הקפריסאי.",
         [ev("exercise", ["CYP", "GRC"], date="2026-09-15")]),
    case("he-siyemu-targil-is-an-exercise", "he", DAY,
         "צבא יוון וצבא קפריסין סיימו אתמול תרגיל ימי משותף.",
         [ev("exercise", ["CYP", "GRC"], date="2026-09-15")]),
    # ---- zh: 吉 and 塔 in a run of one-character names; 俄塔社 is a news agency
    case("zh-ji-ta-in-a-run-of-abbreviations", "zh", DAY,
         "上合组织成员国联合反恐演习15日在哈萨克斯坦开幕，中、俄、哈、吉、塔五国军队参加。",
         [ev("exercise", ["CHN", "KAZ", "KGZ", "RUS", "TJK", "sco"], date="2026-09", location="KAZ")]),
    case("zh-zhong-ta-liangjun-is-chn-tjk", "zh", DAY,
         "中塔两军15日在杜尚别举行联合反恐演习。",
         [ev("exercise", ["CHN", "TJK"], date="2026-09-15")]),
    case("zh-e-ta-she-is-no-party", "zh", DAY,
         "据俄塔社报道，俄罗斯和蒙古两军15日举行联合演习。",
         [ev("exercise", ["MNG", "RUS"], date="2026-09-15")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


# (id, lang, raw page, body lines that must stay, furniture that must go)
PAGES = [
    ("he-kiru-od-and-kiru-gam-lines", "he",
     "צבא יוון וצבא קפריסין ערכו אתמול תרגיל ימי משותף.\n\n"
     "קראו עוד: שר הביטחון נפגש עם שגריר צרפת בתל אביב\n\n"
     "השר הביע תמיכה בשיתוף הפעולה.\n\n"
     "קראו גם | הרמטכ\"ל ביקר בבסיס חיל הים בחיפה\n",
     ["ערכו אתמול תרגיל", "הביע תמיכה"], ["שגריר צרפת", "בסיס חיל הים"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)
