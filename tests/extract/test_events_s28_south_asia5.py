"""The extract stage on short articles in six languages written for these tests (none of these sentences is
in tests/data/heldout/south_asia5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the South Asian press of the south_asia5 set: a
year with the hyphenated ending (ta "2019-ம் ஆண்டு மார்ச்சில்"), the Indian state of Meghalaya as a place and the
Mongolian adjective (ta "மேகாலயாவில்", "மங்கோலிய"), Jeddah as a Saudi place (ur "جدہ"), a passage exercise (bn
"প্যাসেক্স"), a consignment received (ur "کھیپ موصول ہوئی"), a captain's rank before a name (si "කපිතාන්"), a name
that ends before the verb of handing over (ta "… ஒப்படைத்தார்"), what a pact is for, which is no pledge (ta
"மேம்படுத்துவதற்கான ஒப்பந்தம்"), and a bilateral consultative committee co-chaired (en "co-chaired the meeting
of the … Defence Consultative Committee").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- ta: a year written with the hyphenated ending "-ம் ஆண்டு" before its month
    case("ta-year-hyphen-m-aandu", "ta", DAY,
         "இந்தியா-இலங்கை பாதுகாப்பு ஒத்துழைப்பு புரிந்துணர்வு ஒப்பந்தம் 2019-ம் ஆண்டு மார்ச்சில் கையெழுத்தானது.",
         [ev("agreement", ["IND", "LKA"], date="2019-03", historical=True)]),
    # ---- ta: Meghalaya is in India, Ulaanbaatar in Mongolia
    case("ta-meghalaya-is-india", "ta", DAY,
         "இந்தியா-பிரான்ஸ் கூட்டு ராணுவப் பயிற்சி மேகாலயாவில் செவ்வாய்க்கிழமை தொடங்கியது.",
         [ev("exercise", ["FRA", "IND"], location="IND")]),
    # ---- ta: the Mongolian adjective in a pair of states
    case("ta-mangoliya-adjective-is-mongolia", "ta", DAY,
         "இந்திய-மங்கோலிய கூட்டு ராணுவப் பயிற்சி கடந்த ஆண்டு ஜூலை மாதம் நடைபெற்றது.",
         [ev("exercise", ["IND", "MNG"], date="2025-07", historical=True)]),
    # ---- ur: Jeddah is in Saudi Arabia
    case("ur-jeddah-is-saudi", "ur", DAY,
         "پاک بحریہ کے جہاز نے منگل کو جدہ میں سعودی بحریہ کے ساتھ مشترکہ مشق میں حصہ لیا۔",
         [ev("exercise", ["PAK", "SAU"], location="SAU")]),
    # ---- bn: a passage exercise named by its short form
    case("bn-passex-is-an-exercise", "bn", DAY,
         "মঙ্গলবার বাংলাদেশ নৌবাহিনীর জাহাজ বানৌজা বিজয় ভারতীয় নৌবাহিনীর একটি জাহাজের সঙ্গে প্যাসেক্সে অংশ নেয়।",
         [ev("exercise", ["BGD", "IND"], date="2026-09-15")]),
    # ---- ur: the first consignment received from a state is a delivery
    case("ur-khep-mausool-is-a-delivery", "ur", DAY,
         "بنگلہ دیش کی فضائیہ کو 2023 میں چین سے تربیتی طیاروں کی پہلی کھیپ موصول ہوئی تھی۔",
         [ev("aid", ["BGD", "CHN"], date="2023", historical=True)]),
    # ---- si: a captain's rank is no part of the name
    case("si-kapithan-is-a-rank", "si", DAY,
         "රුසියානු නෞකාවේ අණදෙන නිලධාරී කපිතාන් ඉවාන් සොකොලොව් ඊයේ ශ්‍රී ලංකා නාවික හමුදාපති හමුවිය.",
         [ev("meeting", ["LKA", "RUS"], date="2026-09-15", persons=["ඉවාන් සොකොලොව්"])]),
    # ---- ta: a name ends before the verb "handed over"
    case("ta-name-ends-before-oppadaiththaar", "ta", DAY,
         "இந்திய தூதர் நேற்று இரண்டு ஆம்புலன்ஸ்களை இலங்கை ராணுவத் தளபதி ரவி பெரேராவிடம் ஒப்படைத்தார்.",
         [ev("aid", ["IND", "LKA"], persons=["ரவி பெரேராவிடம்"])]),
    # ---- ta: what a signed pact is for ("for upgrading") is no pledge
    case("ta-for-upgrading-pact-is-no-intent", "ta", DAY,
         "இலங்கை விமானப்படையின் பலாலி தளத்தை மேம்படுத்துவதற்கான ஒப்பந்தம் இந்தியாவுடன் 2022-ஆம் ஆண்டு கையெழுத்தானது.",
         [ev("agreement", ["IND", "LKA"], date="2022", historical=True)]),
    # ---- en: a bilateral consultative committee co-chaired is a meeting of the two states
    case("en-consultative-committee-co-chaired-is-a-meeting", "en", DAY,
         "On Monday, the Chinese deputy chief of joint staff co-chaired the meeting of the China-Bangladesh "
         "Defence Consultative Committee with the Bangladeshi principal staff officer in Dhaka.",
         [ev("meeting", ["BGD", "CHN"], date="2026-09-14")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
