"""The extract stage on short articles in five languages written for these tests (none of these sentences is
in tests/data/heldout/south_asia6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the South Asian press of the south_asia6 set: a
vision statement in Hindi words (hi "संयुक्त विज़न वक्तव्य"), a delivery in the perfect (si "ලබා දී තිබිණි"), the
noun "preparation" of something that is no "ready to" (ne "शान्ति सेनाको तयारीमा"), a purchase agreement told
with the verb (ur "خریدنے کا معاہدہ") and an object pronoun after an official's name (ta "… இவற்றை").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- hi: a vision statement in Hindi words is a declaration
    case("hi-vision-vaktavya-is-a-declaration", "hi", DAY,
         "भारत और ऑस्ट्रेलिया ने मंगलवार को कैनबरा में रक्षा सहयोग पर एक संयुक्त विज़न वक्तव्य पर हस्ताक्षर किए।",
         [ev("agreement", ["AUS", "IND"], date="2026-09-15", doc_type="declaration")]),
    # ---- si: a delivery told in the perfect ("had given")
    case("si-laba-di-tibini-is-a-delivery", "si", DAY,
         "ජපානය විසින් 2019 දී ශ්‍රී ලංකා ගුවන් හමුදාවට ගුවන් යානා දෙකක් ලබා දී තිබිණි.",
         [ev("aid", ["JPN", "LKA"], date="2019", historical=True)]),
    # ---- ne: help "in the preparation of" peacekeepers (… को तयारीमा) is no "ready to" pledge
    case("ne-ko-tayarima-is-no-pledge", "ne", DAY,
         "भारतीय सेनाका प्रमुखले मंगलबार काठमाडौँमा नेपाली सेनाका प्रधानसेनापतिसँग भेट गरे। "
         "भेटमा उनले शान्ति सेनाको तयारीमा भारतले नेपाली सेनालाई दिँदै आएको सहयोगको चर्चा गरे।",
         [ev("meeting", ["IND", "NPL"], date="2026-09-15", location="NPL")]),
    # ---- ur: an agreement "to buy" is a contract
    case("ur-kharidne-ka-muahida-is-a-contract", "ur", DAY,
         "بنگلہ دیش نے 2013 میں چین سے دو آبدوزیں خریدنے کا معاہدہ کیا تھا۔",
         [ev("agreement", ["BGD", "CHN"], date="2013", doc_type="contract", historical=True)]),
    # ---- ta: the object pronoun after the name ("… இவற்றை … கையளித்தார்") is not part of it
    case("ta-ivarrai-ends-the-name", "ta", DAY,
         "ஜப்பான் அரசாங்கம் இலங்கை கடற்படைக்கு நன்கொடையாக வழங்கிய ரோந்துப் படகுகள் நேற்று கையளிக்கப்பட்டன. "
         "இலங்கைக்கான ஜப்பானியத் தூதுவர் ஹிரோஷி தனகா இவற்றை கடற்படைத் தளபதியிடம் கையளித்தார்.",
         [ev("aid", ["JPN", "LKA"], date="2026-09-15", persons=["ஹிரோஷி தனகா"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
