"""The extract stage on short articles in South Asian languages written for these tests (none of these
sentences is in tests/data/heldout/south_asia3.jsonl or in any shared set). Each case is one article and the
events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of tests/extract/test_events.py.
They pin general press wording met in the south_asia3 set: a weekday written with "from" as one word
("मंगलबारदेखि", ne) and a war school ("युद्ध विद्यालय") that is no combat (ne); the decoration "सुप्रबल
जनसेवाश्री" before the army chief's name (ne); a parade rehearsal ("কুচকাওয়াজের মহড়া") that is the home
forces' own drill (bn); "discussed strengthening …" as a topic, no pledge (ta); the future in -ും of "will
expand" as a pledge, no exercise held (ml); "did the exercise" and "these two countries" (gu); an earlier
edition (gu "ગત આવૃત્તિ", kn "ಹಿಂದಿನ ಆವೃತ್ತಿ", "… ಆವೃತ್ತಿ ನಡೆದಿತ್ತು"); what an exercise "will help to
strengthen" as its purpose, no pledge (kn).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday
FIRST = "2026-10-01"  # a Thursday: the Tuesday before is 29 September

CASES = [
    # ---- ne: "from Tuesday" written as one word dates the start of the exercise
    case("ne-weekday-dekhi-dates-the-start", "ne", FIRST,
         "नेपाली सेना र अमेरिकी सेनाबीचको संयुक्त अभ्यास 'शान्ति प्रयास' मंगलबारदेखि पोखरामा सुरु भएको छ।",
         [ev("exercise", ["NPL", "USA"], date="2026-09")]),
    # ---- ne: a school named for war is no combat
    case("ne-yuddha-vidyalaya-is-no-combat", "ne", DAY,
         "नेपाली सेना र चिनियाँ सेनाबीचको संयुक्त सैन्य अभ्यास 'सगरमाथा मैत्री' मंगलबार नुवाकोटस्थित युद्ध "
         "विद्यालयमा सम्पन्न भयो।",
         [ev("exercise", ["CHN", "NPL"])]),
    # ---- ne: the decoration before the army chief's name is no part of it
    case("ne-suprabal-janasewashree-is-no-name", "ne", DAY,
         "भारतीय राजदूतले मंगलबार जङ्गी अड्डामा प्रधानसेनापति सुप्रबल जनसेवाश्री रमेश बहादुर थापासँग शिष्टाचार "
         "भेट गर्नुभयो।",
         [ev("meeting", ["IND", "NPL"], persons=["रमेश बहादुर थापा"])]),
    # ---- bn: a parade rehearsal is the home forces' own drill
    case("bn-parade-rehearsal-is-no-exercise", "bn", DAY,
         "ভারতের সেনাপ্রধান মঙ্গলবার ঢাকা সেনানিবাসে বাংলাদেশের সেনাপ্রধানের সঙ্গে সাক্ষাৎ করেন। এদিকে জাতীয় "
         "প্যারেড ময়দানে বিজয় দিবসের কুচকাওয়াজের মহড়া শুরু হয়েছে।",
         [ev("meeting", ["BGD", "IND"])]),
    # ---- ta: "discussed expanding …" names a topic of the talks, no pledge
    case("ta-viripaduthuvathu-kurithu-is-a-topic", "ta", DAY,
         "இந்திய ராணுவத் தளபதி செவ்வாய்க்கிழமை கொழும்பில் இலங்கை ராணுவத் தளபதியைச் சந்தித்தார். இரு "
         "ராணுவங்களுக்கும் இடையிலான பயிற்சி ஒத்துழைப்பை விரிவுபடுத்துவது குறித்து இருவரும் விவாதித்தனர்.",
         [ev("meeting", ["IND", "LKA"])]),
    # ---- ml: "will expand the joint exercise" is a pledge, no exercise held
    case("ml-vipulamakkum-is-a-pledge", "ml", DAY,
         "ഇന്ത്യൻ പ്രതിരോധ മന്ത്രി ജപ്പാൻ പ്രതിരോധ മന്ത്രിയുമായി ചൊവ്വാഴ്ച ഫോണിൽ സംസാരിച്ചു. ഇരുരാജ്യങ്ങളും "
         "സംയുക്ത നാവിക അഭ്യാസം വിപുലമാക്കും.",
         [ev("meeting", ["IND", "JPN"], mode="phone"), ev("intent", ["IND", "JPN"])]),
    # ---- gu: "these two countries … did the exercise": an earlier exercise of the pair
    case("gu-kavayat-kari-hati-these-two-countries", "gu", DAY,
         "ભારત અને ઓમાનની નૌસેનાઓની સંયુક્ત કવાયત સોમવારે ગોવામાં શરૂ થઈ. ઉલ્લેખનીય છે કે ૨૦૨૩માં આ બંને "
         "દેશોની નૌસેનાઓએ અરબી સમુદ્રમાં કવાયત કરી હતી.",
         [ev("exercise", ["IND", "OMN"], date="2026-09"),
          ev("exercise", ["IND", "OMN"], date="2023", historical=True)]),
    # ---- gu: "the previous edition" held in a year is the earlier exercise
    case("gu-gat-avrutti-is-the-previous-edition", "gu", DAY,
         "ભારત અને ઇજિપ્તની સેનાઓની સંયુક્ત કવાયત સોમવારે રાજસ્થાનમાં શરૂ થઈ. ગત આવૃત્તિ જાન્યુઆરી ૨૦૨૫માં "
         "કૈરોમાં યોજાઈ હતી.",
         [ev("exercise", ["EGY", "IND"], date="2026-09"),
          ev("exercise", ["EGY", "IND"], date="2025-01", historical=True)]),
    # ---- kn: what the exercise "will help to strengthen" is its purpose, no pledge
    case("kn-balapadisalu-sahakari-is-no-pledge", "kn", DAY,
         "ಭಾರತ ಮತ್ತು ಫ್ರಾನ್ಸ್ ಸೇನೆಗಳ ಜಂಟಿ ಸಮರಾಭ್ಯಾಸ ಮಂಗಳವಾರ ಆರಂಭವಾಯಿತು. ಉಭಯ ಸೇನೆಗಳ ನಡುವಿನ ಸಮನ್ವಯ "
         "ಬಲಪಡಿಸಲು ಈ ಅಭ್ಯಾಸ ಸಹಕಾರಿಯಾಗಲಿದೆ ಎಂದು ಅಧಿಕಾರಿಗಳು ತಿಳಿಸಿದರು.",
         [ev("exercise", ["FRA", "IND"])]),
    # ---- kn: an edition that "had been held" is an earlier one
    case("kn-avrutti-nadedittu-is-an-earlier-edition", "kn", DAY,
         "ಭಾರತ ಮತ್ತು ಮಂಗೋಲಿಯಾ ಸೇನೆಗಳ ಜಂಟಿ ಸಮರಾಭ್ಯಾಸ ಸೋಮವಾರ ಮೇಘಾಲಯದಲ್ಲಿ ಆರಂಭವಾಯಿತು. 2024ರ ಜುಲೈನಲ್ಲಿ "
         "ಉಲಾನ್‌ಬಾತರ್‌ನಲ್ಲಿ ಹದಿನಾರನೇ ಆವೃತ್ತಿ ನಡೆದಿತ್ತು.",
         [ev("exercise", ["IND", "MNG"], date="2026-09"),
          ev("exercise", ["IND", "MNG"], date="2024-07", historical=True)]),
    # ---- kn: "the previous edition"
    case("kn-hindina-avrutti-is-the-previous-edition", "kn", DAY,
         "ಭಾರತ ಮತ್ತು ಥಾಯ್ಲೆಂಡ್ ಸೇನೆಗಳ ಜಂಟಿ ಸಮರಾಭ್ಯಾಸ ಸೋಮವಾರ ಬೆಳಗಾವಿಯಲ್ಲಿ ಆರಂಭವಾಯಿತು. ಹಿಂದಿನ ಆವೃತ್ತಿ 2025ರ "
         "ಮೇನಲ್ಲಿ ಥಾಯ್ಲೆಂಡ್‌ನಲ್ಲಿ ನಡೆಯಿತು.",
         [ev("exercise", ["IND", "THA"], date="2026-09"),
          ev("exercise", ["IND", "THA"], date="2025-05", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
