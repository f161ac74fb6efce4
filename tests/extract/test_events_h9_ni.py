"""The extract stage on short articles in six Indian languages that had no pack before session 9: Marathi,
Telugu, Malayalam, Gujarati, Punjabi (Gurmukhi) and Kannada, written for these tests with invented or
unnamed officials (session 9, new-India helper, after the first measurement of
tests/data/heldout/new_india.jsonl; none of these sentences is in that set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py.  They pin the general wording of each new pack: a meeting (Marathi "भेट
घेतली", "चर्चा केली"; Telugu "సమావేశమయ్యారు", "చర్చలు జరిపారు"; Malayalam "കൂടിക്കാഴ്ച നടത്തി"; Gujarati
"મુલાકાત કરી", "વાટાઘાટો"; Punjabi "ਮੁਲਾਕਾਤ ਕੀਤੀ", "ਗੱਲਬਾਤ"; Kannada "ಮಾತುಕತೆ ನಡೆಸಿದರು"), a signing (सामंजस्य
करारावर स्वाक्षरी, అవగాహన ఒప్పందంపై సంతకాలు, ധാരണാപത്രത്തിൽ ഒപ്പുവച്ചു, સમજૂતી કરાર પર હસ્તાક્ષર, ਸਮਝੌਤਾ ਪੱਤਰ ’ਤੇ
ਦਸਤਖ਼ਤ, ಒಡಂಬಡಿಕೆಗೆ ಸಹಿ) and an exercise held (सराव, విన్యాసాలు, സംയുക്ത അഭ്യാസം, સંયુક્ત કવાયત, ਸਾਂਝਾ ਅਭਿਆਸ,
ಜಂಟಿ ಸಮರಾಭ್ಯಾಸ), with case endings glued onto names and verbs (pack.toml word_boundary = "start"), the ZWNJ
that the Telugu and Kannada press write after a final virama (వైస్‌ అడ్మిరల్‌, ಸಮರಾಭ್ಯಾಸ‌), Gurmukhi letters
written with or without their nukta (ਫ਼ੌਜ, ਫੌਜ), and relative days (Marathi "बुधवारी", Telugu "మంగళవారం",
Malayalam "ഇന്നലെ", Gujarati "ગઈકાલે", Punjabi "ਵੀਰਵਾਰ ਨੂੰ", Kannada "ಸೋಮವಾರ").
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # ---- Marathi
    case("mr-meeting-visit", "mr", "2025-11-20",
         "नवी दिल्ली : व्हिएतनामच्या संरक्षणमंत्र्यांनी बुधवारी नवी दिल्लीत भारताच्या संरक्षणमंत्र्यांची भेट घेतली.",
         [ev("meeting", ["IND", "VNM"], date="2025-11-19", location="IND")]),
    case("mr-memorandum-signed", "mr", "2025-11-20",
         "भारत आणि इंडोनेशिया यांच्यात संरक्षण उद्योग सहकार्याबाबत सामंजस्य करारावर गुरुवारी स्वाक्षऱ्या करण्यात आल्या.",
         [ev("agreement", ["IDN", "IND"], date="2025-11-20", doc_type="memorandum")]),
    case("mr-exercise-began", "mr", "2025-11-20",
         "भारत आणि मालदीवच्या लष्करांचा संयुक्त सराव सोमवारपासून बेळगाव येथे सुरू झाला आहे.",
         [ev("exercise", ["IND", "MDV"], date="2025-11")]),
    # ---- Telugu
    case("te-meeting-talks", "te", "2025-11-20",
         "ఇండోనేసియా రక్షణ మంత్రి మంగళవారం న్యూఢిల్లీలో భారత రక్షణ మంత్రితో సమావేశమయ్యారు.",
         [ev("meeting", ["IDN", "IND"], date="2025-11-18", location="IND")]),
    case("te-memorandum-signed", "te", "2025-11-20",
         "భారత్‌, వియత్నాం దేశాల మధ్య జలాంతర్గామి శోధన సహకారంపై అవగాహన ఒప్పందంపై బుధవారం సంతకాలు జరిగాయి.",
         [ev("agreement", ["IND", "VNM"], date="2025-11-19", doc_type="memorandum")]),
    case("te-exercise-began", "te", "2025-11-20",
         "భారత్‌, శ్రీలంక నౌకాదళాల సంయుక్త విన్యాసాలు సోమవారం ట్రింకోమలీ వద్ద ప్రారంభమయ్యాయి.",
         [ev("exercise", ["IND", "LKA"], date="2025-11", location="LKA")]),
    case("te-vice-admiral-zwnj", "te", "2025-11-20",
         "బంగ్లాదేశ్‌ నౌకాదళ అధిపతి వైస్‌ అడ్మిరల్‌ హసన్‌ రెహమాన్‌ నవంబర్‌ 17న విశాఖపట్నంలో భారత నౌకాదళ అధిపతితో చర్చలు జరిపారు.",
         [ev("meeting", ["BGD", "IND"], date="2025-11-17", location="IND")]),
    case("te-phone-call", "te", "2025-11-20",
         "భారత రక్షణ మంత్రి బుధవారం ఫ్రాన్స్‌ రక్షణ మంత్రితో ఫోన్‌లో మాట్లాడారు.",
         [ev("meeting", ["FRA", "IND"], mode="phone", date="2025-11-19")]),
    # ---- Malayalam
    case("ml-meeting", "ml", "2025-11-20",
         "ഫ്രാൻസിന്റെ പ്രതിരോധമന്ത്രി ഇന്നലെ ന്യൂഡൽഹിയിൽ ഇന്ത്യൻ പ്രതിരോധമന്ത്രിയുമായി കൂടിക്കാഴ്ച നടത്തി.",
         [ev("meeting", ["FRA", "IND"], date="2025-11-19", location="IND")]),
    case("ml-memorandum-signed", "ml", "2025-11-20",
         "ഇന്ത്യയും സിംഗപ്പൂരും തമ്മിൽ നാവിക സഹകരണത്തിനുള്ള ധാരണാപത്രത്തിൽ ബുധനാഴ്ച ഒപ്പുവച്ചു.",
         [ev("agreement", ["IND", "SGP"], date="2025-11-19", doc_type="memorandum")]),
    case("ml-exercise-held", "ml", "2025-11-20",
         "ഇന്ത്യൻ നാവികസേനയും ഫ്രഞ്ച് നാവികസേനയും ചേർന്ന് അറബിക്കടലിൽ സംയുക്ത അഭ്യാസം നടത്തി.",
         [ev("exercise", ["FRA", "IND"])]),
    case("ml-aid-handed-over", "ml", "2025-11-20",
         "ഇന്ത്യ ശ്രീലങ്കയ്ക്ക് ഒരു ഡോർണിയർ നിരീക്ഷണ വിമാനം കൈമാറി.",
         [ev("aid", ["IND", "LKA"])]),
    # ---- Gujarati
    case("gu-meeting", "gu", "2025-11-20",
         "ઓમાનના સંરક્ષણ મંત્રીએ ગઈકાલે નવી દિલ્હીમાં ભારતના રક્ષા મંત્રી સાથે મુલાકાત કરી હતી.",
         [ev("meeting", ["IND", "OMN"], date="2025-11-19", location="IND")]),
    case("gu-memorandum-signed", "gu", "2025-11-20",
         "ભારત અને જાપાન વચ્ચે સંરક્ષણ ટેકનોલોજી અંગેના સમજૂતી કરાર પર બુધવારે હસ્તાક્ષર કરવામાં આવ્યા હતા.",
         [ev("agreement", ["IND", "JPN"], date="2025-11-19", doc_type="memorandum")]),
    case("gu-exercise-held", "gu", "2025-11-20",
         "ભારત અને ઓમાનની નૌસેનાઓએ મંગળવારે અરબી સમુદ્રમાં સંયુક્ત કવાયત યોજી હતી.",
         [ev("exercise", ["IND", "OMN"], date="2025-11-18")]),
    # ---- Punjabi
    case("pa-meeting", "pa", "2025-11-20",
         "ਆਸਟ੍ਰੇਲੀਆ ਦੇ ਰੱਖਿਆ ਮੰਤਰੀ ਨੇ ਬੁੱਧਵਾਰ ਨੂੰ ਨਵੀਂ ਦਿੱਲੀ ਵਿੱਚ ਭਾਰਤ ਦੇ ਰੱਖਿਆ ਮੰਤਰੀ ਨਾਲ ਮੁਲਾਕਾਤ ਕੀਤੀ।",
         [ev("meeting", ["AUS", "IND"], date="2025-11-19", location="IND")]),
    case("pa-memorandum-signed", "pa", "2025-11-20",
         "ਭਾਰਤ ਅਤੇ ਫਰਾਂਸ ਵਿਚਾਲੇ ਰੱਖਿਆ ਖੋਜ ਬਾਰੇ ਇੱਕ ਸਮਝੌਤਾ ਪੱਤਰ ’ਤੇ ਵੀਰਵਾਰ ਨੂੰ ਦਸਤਖ਼ਤ ਕੀਤੇ ਗਏ।",
         [ev("agreement", ["FRA", "IND"], date="2025-11-20", doc_type="memorandum")]),
    case("pa-exercise-without-nukta", "pa", "2025-11-20",
         "ਭਾਰਤ ਅਤੇ ਉਜ਼ਬੇਕਿਸਤਾਨ ਦੀਆਂ ਫੌਜਾਂ ਦਾ ਸਾਂਝਾ ਫੌਜੀ ਅਭਿਆਸ ਸੋਮਵਾਰ ਨੂੰ ਸ਼ੁਰੂ ਹੋਇਆ।",
         [ev("exercise", ["IND", "UZB"], date="2025-11")]),
    # ---- Kannada
    case("kn-meeting", "kn", "2025-11-20",
         "ಜಪಾನ್‌ ರಕ್ಷಣಾ ಸಚಿವರು ಸೋಮವಾರ ನವದೆಹಲಿಯಲ್ಲಿ ಭಾರತದ ರಕ್ಷಣಾ ಸಚಿವರೊಂದಿಗೆ ಮಾತುಕತೆ ನಡೆಸಿದರು.",
         [ev("meeting", ["IND", "JPN"], date="2025-11-17", location="IND")]),
    case("kn-memorandum-signed", "kn", "2025-11-20",
         "ಭಾರತ ಮತ್ತು ಈಜಿಪ್ಟ್‌ ನಡುವೆ ರಕ್ಷಣಾ ತರಬೇತಿ ಕುರಿತ ಒಡಂಬಡಿಕೆಗೆ ಬುಧವಾರ ಸಹಿ ಹಾಕಲಾಯಿತು.",
         [ev("agreement", ["EGY", "IND"], date="2025-11-19", doc_type="memorandum")]),
    case("kn-exercise-began-zwnj", "kn", "2025-11-20",
         "ಭಾರತ ಮತ್ತು ಶ್ರೀಲಂಕಾ ಸೇನೆಗಳ ಜಂಟಿ ಸಮರಾಭ್ಯಾಸ‌ ಸೋಮವಾರ ಆರಂಭವಾಯಿತು.",
         [ev("exercise", ["IND", "LKA"], date="2025-11")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
