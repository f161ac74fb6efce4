"""The extract stage on short articles in six South Asian languages written for these tests (none of these
sentences is in tests/data/heldout/indic4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording met in the indic4 set: May written alone
before a year (mr "मे २०२५ मध्ये"), a short month with the locative after a year (as "২০২৫ চনৰ জুনত"),
rockets and launchers as military hardware (or "ରକେଟ ଲଞ୍ଚର"), an agreement for a purchase as a contract
(or "କ୍ରୟ ପାଇଁ ଚୁକ୍ତି"), trainees described as having received
training (te "శిక్షణ పొందిన"), initials written together (kn "ಆರ್.ಕೆ."), "the ambassador assured" read
as no name (ps "سفیر ډاډ ورکړ"), an exercise "that lasted N days" (ml "… ദിവസം നീണ്ട") and a ship's visit to a
port, which is no meeting (kn "… ಬಂದರಿಗೆ ಭೇಟಿ ನೀಡಿತು").
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- mr: May written alone before a year (CLDR's मे is too short for the shared month names)
    case("mr-me-year-is-may", "mr", DAY,
         "भारत आणि ओमानच्या लष्करांचा संयुक्त सराव सोमवारी जोधपूर येथे सुरू झाला. या सरावाची मागील आवृत्ती "
         "मे २०२५ मध्ये ओमानमध्ये पार पडली होती.",
         [ev("exercise", ["IND", "OMN"], date="2026-09"),
          ev("exercise", ["IND", "OMN"], date="2025-05", historical=True)]),
    # ---- as: a short month with the locative -ত after the year and চনৰ
    case("as-year-chonor-junot-is-june", "as", DAY,
         "ভাৰত আৰু নেপালৰ সেনাৰ যৌথ সামৰিক অনুশীলন আজি আৰম্ভ হয়। ২০২৫ চনৰ জুনত নেপালত এই অনুশীলনৰ "
         "পূৰ্বৱৰ্তী সংস্কৰণ অনুষ্ঠিত হৈছিল।",
         [ev("exercise", ["IND", "NPL"], date="2026-09"),
          ev("exercise", ["IND", "NPL"], date="2025-06", historical=True)]),
    # ---- or: rocket launchers sent are military hardware
    case("or-rocket-launcher-is-military", "or", DAY,
         "ଭାରତ ସୋମବାର ଭିଏତନାମକୁ ରକେଟ ଲଞ୍ଚର ପଠାଇଛି।",
         [ev("aid", ["IND", "VNM"], date="2026-09-14")]),
    # ---- or: an agreement "for the purchase" of arms is a contract
    case("or-kraya-paain-chukti-is-a-contract", "or", DAY,
         "ଭାରତ ଓ ଭିଏତନାମ ମଧ୍ୟରେ ସୋମବାର କ୍ଷେପଣାସ୍ତ୍ର କ୍ରୟ ପାଇଁ ଚୁକ୍ତି ସ୍ୱାକ୍ଷରିତ ହୋଇଛି।",
         [ev("agreement", ["IND", "VNM"], date="2026-09-14", doc_type="contract")]),
    # ---- te: cadets of another state who received training at an academy
    case("te-sikshana-pondina-is-training-given", "te", DAY,
         "భారత సైనిక అకాడమీలో శిక్షణ పొందిన నేపాల్‌ సైన్యానికి చెందిన ఐదుగురు క్యాడెట్లు శనివారం "
         "పట్టభద్రులయ్యారు.",
         [ev("aid", ["IND", "NPL"], date="2026-09-12")]),
    # ---- kn: initials written together before a name ("ಆರ್.ಕೆ. ಮೆಹ್ತಾ") are part of it
    case("kn-joined-initials-are-the-name", "kn", DAY,
         "ನವದೆಹಲಿಯಲ್ಲಿ ಮಂಗಳವಾರ ಭಾರತದ ರಕ್ಷಣಾ ಸಚಿವ ಆರ್.ಕೆ. ಮೆಹ್ತಾ ಅವರು ಇಂಡೋನೇಷ್ಯಾದ ರಕ್ಷಣಾ ಸಚಿವರೊಂದಿಗೆ "
         "ಮಾತುಕತೆ ನಡೆಸಿದರು.",
         [ev("meeting", ["IDN", "IND"], date="2026-09-15", persons=["ಆರ್.ಕೆ. ಮೆಹ್ತಾ"])]),
    # ---- kn: a warship's visit to a port is a port call, not a meeting
    case("kn-bandarige-bheti-is-a-port-call", "kn", DAY,
         "ಜಪಾನ್ ನೌಕಾಪಡೆಯ ಯುದ್ಧನೌಕೆ ಸೋಮವಾರ ಕೊಚ್ಚಿ ಬಂದರಿಗೆ ಭೇಟಿ ನೀಡಿತು. ಬಳಿಕ ಭಾರತ ಮತ್ತು ಜಪಾನ್ ನೌಕಾಪಡೆಗಳ "
         "ಜಂಟಿ ಸಮರಾಭ್ಯಾಸ ಅರಬ್ಬಿ ಸಮುದ್ರದಲ್ಲಿ ಮಂಗಳವಾರ ನಡೆಯಿತು.",
         [ev("exercise", ["IND", "JPN"], date="2026-09-15")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_ps_dad_warkar_is_no_name(extractor: Any) -> None:
    """ps: "the ambassador assured" (سفیر ډاډ ورکړ) is no ambassador named ډاډ ورکړ."""
    text = ("د دفاع وزیر نن په کابل کې د قزاقستان له سفیر سره وکتل. د قزاقستان سفیر ډاډ ورکړ چې هېواد یې له "
            "افغانستان سره د دفاعي همکاریو پراختیا ته چمتو دی.")
    article = Article(id="case", text=text, title=None, published=DAY, lang="ps", lang_hint="ps")
    events = extractor.extract(article).events
    assert {e.type for e in events} == {"meeting", "intent"}, events
    names = {n for e in events for p in e.persons for n in [p.name, *p.aliases]}
    assert not any("ډاډ" in n for n in names), names


def test_ml_divasam_neenda_spans_days(extractor: Any) -> None:
    """ml: an exercise "that lasted five days" and ended on a weekday is dated by its month, not that day."""
    text = ("ഇന്ത്യൻ വ്യോമസേനയും ഫ്രഞ്ച് വ്യോമസേനയും ചേർന്നുള്ള അഞ്ചു ദിവസം നീണ്ട സംയുക്ത വ്യോമാഭ്യാസം "
            "ജോധ്പൂരിൽ തിങ്കളാഴ്ച സമാപിച്ചു.")
    article = Article(id="case", text=text, title=None, published=DAY, lang="ml", lang_hint="ml")
    events = [(e.type, sorted(e.countries), e.date) for e in extractor.extract(article).events]
    assert events == [("exercise", ["FRA", "IND"], "2026-09")], events
