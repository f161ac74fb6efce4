"""The extract stage on short articles in ar, he, tr and ku written for these tests (none of these sentences
is in tests/data/heldout/gulf_me8.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the Middle Eastern defence press, the
subject of the gulf_me8 set:
- he "ייפגש" / "תיפגש" (will meet) and "יחתום" / "תחתום" (will sign) are future words: a meeting announced for
  "מחר" (tomorrow) is that day's meeting, no second date of the day's talks;
- he the skies, airspace or waters of a state ("בשמי יוון", "במרחב האווירי של", "במימי") are its territory:
  the place of an exercise;
- ar "في جمهورية كوريا": the Republic of Korea after "في" is the minister's state (as "في جمهورية كرواتيا"),
  no venue that hides the talks of the day;
- tr the trainees' training completed in the passive ("… subayların eğitimi Türkiye'de tamamlandı") is
  training given;
- ku (Sorani) "will continue supporting / helping" ("بەردەوام دەبێت لە پشتگیریکردنی / هاوکاریکردنی") is a
  pledge;
- ku (Kurmanji) "li ser … hate axaftin" (was talked about) is a subject of the talks, no training given;
  "Serokê Erkanên" (chief of staff) is a title and "Fîrîq" a rank (lieutenant general).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- he: "will meet" tomorrow is the meeting of that day
    case("he-yipagesh-machar-is-tomorrows-meeting", "he", DAY,
         "שר ההגנה של קפריסין נפגש היום בירושלים עם שר הביטחון. מחר ייפגש השר הקפריסאי עם הרמטכ\"ל בקריה "
         "בתל אביב.",
         [ev("meeting", ["CYP", "ISR"], date="2026-09-16"),
          ev("meeting", ["CYP", "ISR"], date="2026-09-17")]),
    # ---- he: in the skies of a state is its territory
    case("he-bishmei-is-the-place", "he", DAY,
         "מטוסי קרב של חיל האוויר הישראלי התאמנו אתמול בתרגיל משותף עם מטוסים קפריסאיים בשמי קפריסין.",
         [ev("exercise", ["CYP", "ISR"], location="CYP")]),
    # ---- ar: "في جمهورية كوريا" is the minister's state
    case("ar-fi-jumhuriyat-kuriya-is-no-venue", "ar", DAY,
         "عمّان في 16 سبتمبر /بترا/ استقبل رئيس هيئة الأركان المشتركة اليوم في القيادة العامة نائب "
         "وزير الدفاع الوطني في جمهورية كوريا والوفد المرافق له.",
         [ev("meeting", ["JOR", "KOR"], date="2026-09-16", location="JOR")]),
    # ---- tr: the trainees' training completed, in the passive
    case("tr-egitimi-tamamlandi-is-aid", "tr", DAY,
         "Azerbaycanlı 40 subayın Türkiye'deki eğitimi dün Ankara'da tamamlandı.",
         [ev("aid", ["AZE", "TUR"], date="2026-09-15")]),
    # ---- ku (Sorani): will continue supporting
    case("ku-berdewam-debet-le-pishtgiri-is-intent", "ku", DAY,
         "ئەڵمانیا بەردەوام دەبێت لە پشتگیریکردنی هێزەکانی پێشمەرگە.",
         [ev("intent", ["DEU", "IRQ"])]),
    # ---- ku (Kurmanji): training talked about is no training given
    case("ku-li-ser-hate-axaftin-is-a-topic", "ku", DAY,
         "Wezîrê Parastinê yê Holendayê duh li Hewlêrê bi Wezîrê Pêşmerge re civiya. Li ser "
         "perwerdekirina hêzên Pêşmerge hate axaftin.",
         [ev("meeting", ["IRQ", "NLD"], date="2026-09-15", location="IRQ")]),
    # ---- ku (Kurmanji): the chief of staff by title and rank
    case("ku-seroke-erkanen-firiq-is-a-person", "ku", DAY,
         "Holendayê îro li Hewlêrê çek û teqemenî radestî Wezareta Pêşmerge kirin. Serokê Erkanên Wezareta "
         "Pêşmerge Fîrîq Cemal Mihemed beşdarî merasîmê bû.",
         [ev("aid", ["IRQ", "NLD"], date="2026-09-16", persons=["Cemal Mihemed"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
