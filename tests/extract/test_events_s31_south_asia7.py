"""The extract stage on short articles in South Asian languages written for these tests (none of these
sentences is in tests/data/heldout/south_asia7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the South Asian and Indian Ocean
press, the subject of the south_asia7 set:
- ta the compound "sea exercise" (கூட்டுக் கடற்பயிற்சி, a joint sea exercise) is a joint exercise;
- gu a "Defence Force" written in Gujarati letters (ડિફેન્સ ફોર્સ) is an armed force, and patrol vessels and
  interceptor boats (પેટ્રોલિંગ જહાજ, ઇન્ટરસેપ્ટર) are military material: handing them over is aid;
- ur an exercise done "also" with its name between noun and verb ("مشترکہ مشق '…' بھی کی تھی") was held;
- pa strengthening cooperation as the topic of the talks ("… ਮਜ਼ਬੂਤ ਕਰਨ ਬਾਰੇ ਚਰਚਾ ਕੀਤੀ") is no pledge;
- ml a joint surveillance or patrol (സംയുക്ത നിരീക്ഷണം, സംയുക്ത പട്രോളിംഗ്) is joint activity held;
- ne an "official visit" of a state (भारतको औपचारिक भ्रमण) places the visit in that state, and a number
  word after a name (… द्विवेदी चार दिने भ्रमण) is no part of the name.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- ta: a joint sea exercise written as one compound
    case("ta-kootu-kadarpayirchi-is-an-exercise", "ta", DAY,
         "பாகிஸ்தான் மற்றும் சீன கடற்படைகளின் கூட்டுக் கடற்பயிற்சி கராச்சியில் நேற்று ஆரம்பமானது.",
         [ev("exercise", ["CHN", "PAK"], date="2026-12", location="PAK")]),
    # ---- gu: a Defence Force in Gujarati letters is an armed force; patrol vessels are military material
    case("gu-defence-force-ne-sompi-is-aid", "gu", DAY,
         "ભારતે મંગળવારે શ્રીલંકા ડિફેન્સ ફોર્સને તબીબી સાધનો સોંપ્યા.",
         [ev("aid", ["IND", "LKA"], date="2026-12-01")]),
    case("gu-petroling-jahaj-sompya-is-aid", "gu", DAY,
         "ભારતે મંગળવારે મોરેશિયસને બે પેટ્રોલિંગ જહાજ સોંપ્યા.",
         [ev("aid", ["IND", "MUS"], date="2026-12-01")]),
    # ---- ur: an exercise done "also", its name between the noun and the verb
    case("ur-mashq-name-bhi-ki-thi-is-an-exercise", "ur", DAY,
         "پاکستان اور ترکی کی افواج نے 2019 میں مشترکہ مشق 'اتاترک' بھی کی تھی۔",
         [ev("exercise", ["PAK", "TUR"], date="2019", historical=True)]),
    # ---- pa: strengthening cooperation as the topic of talks is no pledge
    case("pa-majboot-karan-baare-charcha-is-no-intent", "pa", DAY,
         "ਨੇਪਾਲ ਦੇ ਫ਼ੌਜ ਮੁਖੀ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਨਵੀਂ ਦਿੱਲੀ ਵਿੱਚ ਭਾਰਤ ਦੇ ਰੱਖਿਆ ਮੰਤਰੀ ਨਾਲ ਮੁਲਾਕਾਤ ਕੀਤੀ। "
         "ਦੋਵਾਂ ਨੇ ਰੱਖਿਆ ਸਹਿਯੋਗ ਨੂੰ ਹੋਰ ਮਜ਼ਬੂਤ ਕਰਨ ਬਾਰੇ ਚਰਚਾ ਕੀਤੀ।",
         [ev("meeting", ["IND", "NPL"], date="2026-12-01", location="IND", mode="visit")]),
    # ---- ml: joint surveillance and joint patrolling held
    case("ml-samyuktha-nireekshanam-is-an-exercise", "ml", DAY,
         "തിങ്കളാഴ്ച ഇന്ത്യൻ നാവികസേനയും മൗറീഷ്യസ് തീരസംരക്ഷണ സേനയും സംയുക്ത നിരീക്ഷണം നടത്തി.",
         [ev("exercise", ["IND", "MUS"], date="2026-11-30")]),
    case("ml-samyuktha-patrolling-is-an-exercise", "ml", DAY,
         "തിങ്കളാഴ്ച ഇന്ത്യൻ നാവികസേനയും ശ്രീലങ്കൻ നാവികസേനയും സംയുക്ത പട്രോളിംഗ് നടത്തി.",
         [ev("exercise", ["IND", "LKA"], date="2026-11-30")]),
    # ---- ne: an official visit of a state places the visit there
    case("ne-bharatko-aupacharik-bhraman-is-in-india", "ne", DAY,
         "श्रीलंकाका सेना प्रमुखले सन् २०२३ मार्चमा भारतको औपचारिक भ्रमण गरेका थिए।",
         [ev("meeting", ["IND", "LKA"], date="2023-03", location="IND", mode="visit", historical=True)]),
    # ---- ne: a number word after a name ends the name
    case("ne-number-word-after-name-is-no-name", "ne", DAY,
         "भारतीय नौसेना प्रमुख एडमिरल राजेश कुमार तीन दिने औपचारिक भ्रमणका लागि मंगलबार काठमाडौं आइपुगेका छन्। "
         "उनले मंगलबार नै प्रधानसेनापतिसँग भेटवार्ता गरे।",
         [ev("meeting", ["IND", "NPL"], date="2026-12-01", location="NPL", mode="visit",
             persons=["राजेश कुमार"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
