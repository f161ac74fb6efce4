"""The extract stage on short articles in South Asian languages written for these tests (none of these
sentences is in tests/data/heldout/south_asia4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of the south_asia4 genres (chiefs' visits,
defence dialogues, ship visits, equipment gifts): a gift "presented" with the object-agreeing verb (hi "को
… भेंट किए / किया / कीं", which the meeting noun "भेंट" must not take as talks).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- hi: equipment "presented" (भेंट किए, the verb agreeing with the things given) is a gift, no meeting
    case("hi-ko-bhent-kie-is-a-gift", "hi", DAY,
         "भारतीय नौसेना ने मंगलवार को मालदीव के तटरक्षक बल को तीन गश्ती नौकाएं और दो रडार भेंट किए।",
         [ev("aid", ["IND", "MDV"], date="2026-09-15")]),
    case("hi-ko-bhent-kin-is-a-gift", "hi", DAY,
         "भारत ने सोमवार को नेपाली सेना को दस एंबुलेंस भेंट कीं।",
         [ev("aid", ["IND", "NPL"], date="2026-09-14")]),
    # ---- ta: "defence talks" held between two states, with no minister named, are a meeting
    case("ta-paadhukaappu-pechuvaarthai-is-a-meeting", "ta", DAY,
         "இந்தியாவுக்கும் மாலைதீவுக்கும் இடையிலான பாதுகாப்பு பேச்சுவார்த்தை மாலேயில் செவ்வாய்க்கிழமை "
         "நடைபெற்றது.",
         [ev("meeting", ["IND", "MDV"], date="2026-09-15")]),
    # ---- ta: the Indian short form of "secretary" (செயலர்) in the defence secretary's title
    case("ta-paadhukaappuch-cheyalar-is-the-defence-secretary", "ta", DAY,
         "வங்கதேச பாதுகாப்புச் செயலர் அப்துல் ரஹீம் இந்திய பாதுகாப்புத் துறைச் செயலர் அருண் குமாரை "
         "புதுதில்லியில் திங்கள்கிழமை சந்தித்தார்.",
         [ev("meeting", ["BGD", "IND"], date="2026-09-14", persons=["அப்துல் ரஹீம்"])]),
    # ---- bn, ta: a ship's captain or commander by his naval rank before the name, no part of the name
    case("bn-captain-before-the-name", "bn", DAY,
         "ভারতীয় নৌবাহিনীর জাহাজের অধিনায়ক ক্যাপ্টেন রাহুল মেহতা মঙ্গলবার চট্টগ্রামে বাংলাদেশ নৌবাহিনীর "
         "একজন কমোডরের সঙ্গে সাক্ষাৎ করেন।",
         [ev("meeting", ["BGD", "IND"], date="2026-09-15", persons=["রাহুল মেহতা"])]),
    case("ta-commander-before-the-name", "ta", DAY,
         "பங்களாதேஷ் கடற்படைக் கப்பலின் கட்டளை அதிகாரி கமாண்டர் ரஷீத் கான் இலங்கை கடற்படையின் கிழக்கு "
         "கட்டளைத் தளபதியை திருகோணமலையில் செவ்வாய்க்கிழமை சந்தித்தார்.",
         [ev("meeting", ["BGD", "LKA"], date="2026-09-15", persons=["ரஷீத் கான்"])]),
    # ---- ta: a compass word after a name starts the next title ("… கான் கிழக்கு கடற்படை கட்டளைத் தளபதியை")
    case("ta-compass-word-ends-the-name", "ta", DAY,
         "பங்களாதேஷ் கடற்படைக் கப்பலின் கட்டளை அதிகாரி கமாண்டர் ரஷீத் கான் கிழக்கு கடற்படை கட்டளைத் தளபதியை "
         "திருகோணமலையில் செவ்வாய்க்கிழமை சந்தித்தார். இலங்கை கடற்படை இதனை அறிவித்தது.",
         [ev("meeting", ["BGD", "LKA"], date="2026-09-15", persons=["ரஷீத் கான்"])]),
    # ---- ne: a year in the genitive before its month ("सन् २०२४ को मार्चमा") is that month
    case("ne-san-year-ko-month-is-the-month", "ne", DAY,
         "नेपाल र बंगलादेशका सेनाबीच हुने संयुक्त सैन्य अभ्यास सन् २०२४ को मार्चमा बंगलादेशमा सम्पन्न भएको थियो।",
         [ev("exercise", ["BGD", "NPL"], date="2024-03", historical=True)]),
    # ---- ne: the Chinese military's vice chair by his title before the name
    case("ne-sainya-aayogka-upaadhyaksha-is-a-title", "ne", DAY,
         "नेपाली सेनाका प्रधानसेनापतिले बिहीबार बेइजिङमा चीनको केन्द्रीय सैन्य आयोगका उपाध्यक्ष हे वेइदोङसँग "
         "भेटवार्ता गरे।",
         [ev("meeting", ["CHN", "NPL"], date="2026-09-10", persons=["हे वेइदोङ"])]),
    # ---- en: what an exercise covers ("will train participants in …") is no pledge
    case("en-will-train-participants-is-no-pledge", "en", DAY,
         "Khaan Quest 2026, a multinational peacekeeping exercise co-hosted by the Mongolian Armed Forces "
         "and the US Indo-Pacific Command, opened at the Five Hills Training Area on Monday. Troops from 20 "
         "countries, including Japan, India and Fiji, are taking part. The two-week exercise will train "
         "participants in convoy escort and checkpoint operations.",
         [ev("exercise", ["FJI", "IND", "JPN", "MNG", "USA"], date="2026-09")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
