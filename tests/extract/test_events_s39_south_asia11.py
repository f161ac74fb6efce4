"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/south_asia11.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of South Asian defense-diplomacy news,
the subject of the south_asia11 set:
- bn the past perfect of "to buy" ("… থেকে … কিনেছিল", "ক্রয় করেছিল") is a purchase (aid), as the
  present perfect "কিনেছে" / "ক্রয় করেছে" was (a purchase of a past year, told in the past perfect, is
  background);
- si the welcome or guard of honour given to visitors ("උණුසුම් පිළිගැනීමක් ලබා දුන්නේය", "ගෞරව
  ආචාරයක් ලබා දුන්නේය") is ceremony, no aid;
- ta the name of a training command ("இராணுவப் பயிற்சி மற்றும் கோட்பாட்டுக் கட்டளை", "இராணுவப் பயிற்சிக்
  கட்டளை") with a visit "carried out" (விஜயம் மேற்கொண்ட) is no exercise held;
- ta "training opportunities" (பயிற்சி வாய்ப்புகள்) discussed at talks that "took place" (இடம்பெற்ற) are a
  topic, no exercise held;
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- bn: the past perfect of "to buy" is a purchase
    case("bn-kinechhilo-is-aid", "bn", DAY,
         "মিয়ানমার নৌবাহিনী ২০১৯ সালে ভারত থেকে একটি সাবমেরিন কিনেছিল।",
         [ev("aid", ["IND", "MMR"], date="2019", historical=True)]),
    case("bn-kroy-korechhilo-is-aid", "bn", DAY,
         "শ্রীলঙ্কা বিমানবাহিনী গত বছর চীন থেকে ছয়টি প্রশিক্ষণ বিমান ক্রয় করেছিল।",
         [ev("aid", ["CHN", "LKA"], date="2025", historical=True)]),
    # ---- si: a welcome or a guard of honour "given" is no aid
    case("si-piliganimak-laba-dunne-is-no-aid", "si", DAY,
         "පාකිස්තාන නාවික හමුදා නෞකාවක් ඊයේ ත්‍රිකුණාමලය වරායට පැමිණියේය. ශ්‍රී ලංකා නාවික හමුදාව නෞකාවට "
         "උණුසුම් පිළිගැනීමක් ලබා දුන්නේය. නෞකාවේ අණදෙන නිලධාරී නැගෙනහිර නාවික ප්‍රදේශයේ අණදෙන නිලධාරී "
         "රියර් අද්මිරාල් සුනිල් ජයවීර මහතා ඊයේ හමුවිය.",
         [ev("meeting", ["LKA", "PAK"], date="2026-12-01", location="LKA")]),
    case("si-gaurava-acharayak-laba-dunne-is-no-aid", "si", DAY,
         "නේපාල හමුදාපති ජෙනරාල් රාම් බහදූර් ථාපා මහතා ඊයේ කොළඹ දී ශ්‍රී ලංකා හමුදාපති ලුතිනන් ජෙනරාල් "
         "ලසන්ත රොද්‍රිගෝ මහතා හමුවිය. ශ්‍රී ලංකා හමුදාව ඔහුට ගෞරව ආචාරයක් ලබා දුන්නේය.",
         [ev("meeting", ["LKA", "NPL"], date="2026-12-01", location="LKA")]),
    # ---- ta: a training command's name is no exercise
    case("ta-training-and-doctrine-command-is-no-exercise", "ta", DAY,
         "நேபாளத்திற்கு உத்தியோகபூர்வ விஜயம் மேற்கொண்டுள்ள இலங்கை இராணுவப் பயிற்சி மற்றும் கோட்பாட்டுக் "
         "கட்டளையின் தளபதி மேஜர் ஜெனரல் சமன் பெரேரா, நேபாள இராணுவத் தளபதியை காத்மாண்டுவில் நேற்று "
         "சந்தித்தார்.",
         [ev("meeting", ["LKA", "NPL"], date="2026-12-01", location="NPL", mode="visit")]),
    case("ta-training-command-is-no-exercise", "ta", DAY,
         "இலங்கைக்கு விஜயம் மேற்கொண்ட இந்திய இராணுவப் பயிற்சிக் கட்டளையின் தளபதி லெப்டினன்ட் ஜெனரல் "
         "அஜய் குமார், "
         "இலங்கை இராணுவத் தளபதியை கொழும்பில் நேற்று சந்தித்தார்.",
         [ev("meeting", ["IND", "LKA"], date="2026-12-01", location="LKA", mode="visit")]),
    # ---- ta: training opportunities discussed are a topic
    case("ta-payirchi-vaaippugal-is-no-exercise", "ta", DAY,
         "மாலைதீவு பாதுகாப்புப் படைத் தளபதி, இலங்கை கடற்படைத் தளபதியை கொழும்பில் நேற்று சந்தித்தார். பின்னர் "
         "இடம்பெற்ற கலந்துரையாடலில் இரு தரப்பு ஒத்துழைப்பு மற்றும் பயிற்சி வாய்ப்புகள் குறித்து "
         "ஆராயப்பட்டது.",
         [ev("meeting", ["LKA", "MDV"], date="2026-12-01", location="LKA", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
