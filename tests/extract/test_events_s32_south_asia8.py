"""The extract stage on short articles in South Asian languages written for these tests (none of these
sentences is in tests/data/heldout/south_asia8.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the South Asian press, the subject of
the south_asia8 set:
- pa Kazakhstan written after Hindi "कज़ाकिस्तान" ("ਕਜ਼ਾਕਿਸਤਾਨ"), the Punjabi press's usual spelling;
- te a place in the locative after the ZWNJ that Eenadu writes after a word-final virama ("జపాన్‌లో",
  "జపాన్‌లోని"): the state so written is where the event happens;
- ml "<state> തീരത്ത്" (off the coast of a state) places the exercise in that state (as ja "沖");
- ur an official visit to a state ("چین کا سرکاری دورہ کیا") places the visit there;
- ur an agreement to build ships for the buyer ("… کی تیاری کا معاہدہ") and kn the agreement "concerning the
  purchase" ("ಖರೀದಿಗೆ ಸಂಬಂಧಿಸಿದ ಒಪ್ಪಂದ") are contracts;
- gu "both navies" ("બંને નૌકાદળોએ") names the two states of the sentence before as the parties;
- hi exercises as a topic of the talks ("संयुक्त सैन्य अभ्यासों से जुड़े मुद्दों पर चर्चा हुई") are no exercise held.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-18"  # a Wednesday

CASES = [
    # ---- pa: Kazakhstan as the Punjabi press spells it
    case("pa-kazakistan-is-a-state", "pa", DAY,
         "ਕਜ਼ਾਕਿਸਤਾਨ ਦੇ ਰੱਖਿਆ ਮੰਤਰੀ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਨਵੀਂ ਦਿੱਲੀ ਵਿੱਚ ਭਾਰਤ ਦੇ ਰੱਖਿਆ ਮੰਤਰੀ ਨਾਲ ਮੁਲਾਕਾਤ ਕੀਤੀ।",
         [ev("meeting", ["IND", "KAZ"], date="2026-11-17", location="IND")]),
    # ---- te: a state in the locative after a ZWNJ is the place
    case("te-zwnj-locative-is-the-place", "te", DAY,
         "భారత్‌-జపాన్‌ సైన్యాల సంయుక్త విన్యాసాలు మంగళవారం జపాన్‌లో ప్రారంభమయ్యాయి.",
         [ev("exercise", ["IND", "JPN"], location="JPN")]),
    # ---- ml: off the coast of a state
    case("ml-theerathu-is-the-place", "ml", DAY,
         "ഇന്ത്യൻ നാവികസേനയും ബംഗ്ലാദേശ് നാവികസേനയും ചൊവ്വാഴ്ച ബംഗ്ലാദേശ് തീരത്ത് സംയുക്ത അഭ്യാസം നടത്തി.",
         [ev("exercise", ["BGD", "IND"], date="2026-11-17", location="BGD")]),
    # ---- ur: an official visit to a state
    case("ur-ka-sarkari-daura-is-the-place", "ur", DAY,
         "یاد رہے کہ بنگلہ دیش کے آرمی چیف نے 2024 میں چین کا سرکاری دورہ کیا تھا۔",
         [ev("meeting", ["BGD", "CHN"], date="2024", location="CHN", mode="visit", historical=True)]),
    # ---- ur, kn: agreements to build or to buy are contracts
    case("ur-tayari-ka-muahida-is-a-contract", "ur", DAY,
         "واضح رہے کہ پاکستان اور چین نے 2017 میں پاک بحریہ کے لیے چار جنگی جہازوں کی تیاری کا معاہدہ کیا "
         "تھا۔",
         [ev("agreement", ["CHN", "PAK"], date="2017", doc_type="contract", historical=True)]),
    case("kn-kharidige-sambandhisida-oppanda-is-a-contract", "kn", DAY,
         "ಭಾರತ ಮತ್ತು ಫಿಲಿಪ್ಪೀನ್ಸ್ 2022ರಲ್ಲಿ ಕ್ಷಿಪಣಿಗಳ ಖರೀದಿಗೆ ಸಂಬಂಧಿಸಿದ ಒಪ್ಪಂದಕ್ಕೆ ಸಹಿ ಹಾಕಿದ್ದವು.",
         [ev("agreement", ["IND", "PHL"], date="2022", doc_type="contract", historical=True)]),
    # ---- gu: "both navies" are the two states named before
    case("gu-bane-naukadalo-are-the-parties", "gu", DAY,
         "ઓમાનના નૌકાદળના વડાએ સોમવારે નવી દિલ્હીમાં ભારતીય નૌકાદળના વડા સાથે મુલાકાત કરી હતી. મંગળવારે બંને "
         "નૌકાદળોએ ગોવા નજીક સંયુક્ત દરિયાઈ કવાયત કરી હતી.",
         [ev("meeting", ["IND", "OMN"], date="2026-11-16", location="IND", mode="visit"),
          ev("exercise", ["IND", "OMN"], date="2026-11-17", location="IND")]),
    # ---- hi: exercises as a topic of the talks
    case("hi-abhyason-se-jude-is-a-topic", "hi", DAY,
         "रक्षा मंत्री राजनाथ सिंह ने मंगलवार को नई दिल्ली में जापान के रक्षा मंत्री के साथ द्विपक्षीय वार्ता की। "
         "वार्ता में संयुक्त सैन्य अभ्यासों से जुड़े मुद्दों पर भी चर्चा हुई।",
         [ev("meeting", ["IND", "JPN"], date="2026-11-17", location="IND", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
