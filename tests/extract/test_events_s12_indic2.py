"""The extract stage on short articles in Nepali, Sinhala, Tamil, Telugu, Malayalam, Kannada, Marathi and
Gujarati, written for these tests (none of these sentences is in tests/data/heldout/indic2.jsonl or in any
shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py.  They pin general wording of each language's ministries and press: a news
agency named with its state is no party (gu "બ્રિટિશ સમાચાર એજન્સી"), joint surveillance as a joint patrol
and a gift "ભેટમાં આપ્યું" (gu), "పూర్తి మద్దతు ఉంటుందని" as support (te), training "also" given
(ml "പരിശീലനവും ... നൽകി"), thanks for the support given and the terms of an agreement as no event (si), a
suspended exercise as none held (ne "स्थगित"), India's state-owned defense makers as India (kn ಎಚ್‌ಎಎಲ್),
and "X-मधील" as the place of an exercise (mr); Telugu "ఈ సందర్భంగా" (on this occasion) referring back to the
talks (no forum, no background: a plain past "జరిగాయి" is no background word), co-production of equipment as
no aid, "సంభాషణ" (a conversation) as talks; capitals of partners as places (gu માપુટો); a visit told after the
state visited (mr "भारताला भेट दिली"); names that end before "bilateral" and similar words (ml, te); a deal
told with its value in dollars, crores or rupees as a contract (ta, ml, kn, te, mr, gu); Sri Lankan Tamil
"உத்தியோகபூர்வ விஜயம்" after the state visited; Nepali "भेटकै क्रममा" and a past perfect that tells
the news; Gujarati "થયેલા ... કરાર" (the agreement made); a news agency named with its state and thanks for
what the other side gave in every one of these languages; an invitation "to visit" as no visit (kn, gu).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    case("gu-news-agency-no-party", "gu", DAY,
         "બ્રિટિશ સમાચાર એજન્સી રોઇટર્સના અહેવાલ મુજબ ભારત અને ફ્રાન્સના સંરક્ષણ પ્રધાનોએ પેરિસમાં મુલાકાત કરી "
         "હતી.",
         [ev("meeting", ["FRA", "IND"], location="FRA")]),
    case("gu-joint-surveillance", "gu", DAY,
         "ભારતીય નૌકાદળ અને શ્રીલંકા નૌકાદળે સંયુક્ત દેખરેખ કરી હતી.",
         [ev("exercise", ["IND", "LKA"])]),
    case("gu-gift", "gu", DAY,
         "ભારતે માલદીવના સંરક્ષણ દળને એક પેટ્રોલિંગ જહાજ ભેટમાં આપ્યું.",
         [ev("aid", ["IND", "MDV"])]),
    case("te-full-support", "te", DAY,
         "ఉగ్రవాదంపై భారత్ పోరాటానికి ఆస్ట్రేలియా పూర్తి మద్దతు ఉంటుందని ఆ దేశ రక్షణ మంత్రి తెలిపారు.",
         [ev("support", ["AUS", "IND"])]),
    case("ml-training-also-given", "ml", DAY,
         "ഇന്ത്യൻ നാവികസേന ശ്രീലങ്കൻ നാവികർക്ക് മുങ്ങൽ പരിശീലനവും നൽകി.",
         [ev("aid", ["IND", "LKA"])]),
    case("ml-training-given-subject-between", "ml", DAY,
         "ശ്രീലങ്കൻ സൈനികർക്ക് പരിശീലനം ഇന്ത്യൻ കരസേനയുടെ സംഘം നൽകി.",
         [ev("aid", ["IND", "LKA"])]),
    case("si-thanks-for-support-given-no-aid", "si", DAY,
         "ශ්‍රී ලංකා ආරක්ෂක ලේකම්වරයා ඉන්දීය මහ කොමසාරිස්වරයා හමු විය. ශ්‍රී ලංකා යුද්ධ හමුදාවට ඉන්දියාව ලබා "
         "දුන් සහාය වෙනුවෙන් ලේකම්වරයා ස්තූතිය පළ කළේය.",
         [ev("meeting", ["IND", "LKA"])]),
    case("si-terms-of-an-agreement-no-pledge", "si", DAY,
         "2024 දී අත්සන් කළ ගිවිසුම යටතේ ඒකාබද්ධ හමුදා අභ්‍යාස සහ පුහුණු වැඩසටහන් නිතිපතා පැවැත්වීමට ශ්‍රී ලංකාව "
         "සහ ජපානය එකඟ වී ඇත.",
         []),
    case("ne-suspended-exercise", "ne", DAY,
         "नेपाल र चीनबीचको संयुक्त सैन्य अभ्यास स्थगित भएको छ।",
         []),
    case("kn-hal-is-india", "kn", DAY,
         "ಎಚ್‌ಎಎಲ್ ಶ್ರೀಲಂಕಾ ವಾಯುಪಡೆಗೆ ಎರಡು ಹೆಲಿಕಾಪ್ಟರ್‌ಗಳನ್ನು ಪೂರೈಸಿತು.",
         [ev("aid", ["IND", "LKA"])]),
    case("mr-place-madhil", "mr", DAY,
         "भारत आणि फ्रान्सच्या लष्करांचा संयुक्त सराव गेल्या वर्षी फ्रान्समधील लार्झाक येथे झाला होता.",
         [ev("exercise", ["FRA", "IND"], location="FRA", date="2025", historical=True)]),
    # ---- Telugu: "on this occasion" refers back to the talks (no forum, no background), co-production no aid
    case("te-on-this-occasion-signing", "te", DAY,
         "రక్షణ మంత్రి రాజ్‌నాథ్‌ సింగ్‌ మంగళవారం న్యూఢిల్లీలో ఫ్రాన్స్ రక్షణ మంత్రి కేథరిన్ వోట్రిన్‌తో ద్వైపాక్షిక చర్చలు "
         "జరిపారు. ఈ సందర్భంగా రక్షణ పరికరాలు, విడిభాగాల సహ-ఉత్పత్తిపై ఇరు దేశాల మధ్య అవగాహన ఒప్పందంపై సంతకాలు "
         "జరిగాయి.",
         [ev("meeting", ["FRA", "IND"], date="2026-03-17", mode="visit", persons=["కేథరిన్ వోట్రిన్\u200cతో"]),
          ev("agreement", ["FRA", "IND"], date="2026-03-17", doc_type="memorandum")]),
    case("te-phone-conversation", "te", DAY,
         "భారత్, ఆస్ట్రేలియా రక్షణ మంత్రులు బుధవారం ఫోన్‌లో సంభాషణ జరిపారు.",
         [ev("meeting", ["AUS", "IND"], mode="phone")]),
    # ---- capitals of partners as places, a visit told after the state visited
    case("gu-maputo", "gu", DAY,
         "ભારતીય નૌકાદળના વડાએ માપુટોમાં મોઝામ્બિકના સંરક્ષણ પ્રધાન સાથે મુલાકાત કરી હતી.",
         [ev("meeting", ["IND", "MOZ"], location="MOZ")]),
    case("mr-visited-india", "mr", DAY,
         "जपानचे संरक्षणमंत्री यांनी मंगळवारी भारताला भेट दिली आणि संरक्षणमंत्र्यांशी चर्चा केली.",
         [ev("meeting", ["IND", "JPN"], location="IND", date="2026-03-17")]),
    # ---- a name ends before "bilateral"
    case("ml-name-before-bilateral", "ml", DAY,
         "പ്രതിരോധ മന്ത്രി രാജ്നാഥ് സിങ് ബുധനാഴ്ച ഫിലിപ്പീൻസ് പ്രതിരോധ സെക്രട്ടറി ഗിൽബർട്ടോ തിയോഡോറോയുമായി ഉഭയകക്ഷി ചർച്ച "
         "നടത്തി.",
         [ev("meeting", ["IND", "PHL"], persons=["ഗിൽബർട്ടോ തിയോഡോറോയുമായി"])]),
    # ---- a deal told with its value is a contract (the native word means both agreement and contract)
    case("ta-dollar-contract", "ta", DAY,
         "இந்திய பாதுகாப்பு அமைச்சகம் பிரான்ஸுடன் 2 பில்லியன் டாலர் ஒப்பந்தத்தில் செவ்வாய்க்கிழமை கையெழுத்திட்டது.",
         [ev("agreement", ["FRA", "IND"], doc_type="contract")]),
    case("ml-dollar-contract", "ml", DAY,
         "ഇന്ത്യൻ പ്രതിരോധ മന്ത്രാലയം ഫ്രാൻസുമായി 300 കോടി ഡോളറിന്റെ കരാർ ചൊവ്വാഴ്ച ഒപ്പുവച്ചു.",
         [ev("agreement", ["FRA", "IND"], doc_type="contract")]),
    case("kn-crore-contract", "kn", DAY,
         "ಭಾರತ ರಕ್ಷಣಾ ಸಚಿವಾಲಯ ಮಂಗಳವಾರ ಫ್ರಾನ್ಸ್ ಜೊತೆ 300 ಕೋಟಿ ಮೊತ್ತದ ಒಪ್ಪಂದಕ್ಕೆ ಸಹಿ ಹಾಕಿತು.",
         [ev("agreement", ["FRA", "IND"], doc_type="contract")]),
    case("te-dollar-contract", "te", DAY,
         "భారత రక్షణ శాఖ ఫ్రాన్స్‌తో 300 కోట్ల డాలర్ల ఒప్పందంపై మంగళవారం సంతకం చేసింది.",
         [ev("agreement", ["FRA", "IND"], doc_type="contract")]),
    case("mr-rupee-contract", "mr", DAY,
         "भारतीय संरक्षण मंत्रालयाने मंगळवारी फ्रान्ससोबत ३०० कोटी रुपयांच्या करारावर स्वाक्षरी केली.",
         [ev("agreement", ["FRA", "IND"], doc_type="contract")]),
    case("gu-crore-contract", "gu", DAY,
         "ભારતના સંરક્ષણ મંત્રાલયે ફ્રાન્સ સાથે ૩૦૦ કરોડના કરાર પર મંગળવારે હસ્તાક્ષર કર્યા.",
         [ev("agreement", ["FRA", "IND"], doc_type="contract")]),
    # ---- an official visit after the state visited (ta); a past perfect of the talks is no background (ne)
    case("ta-official-visit-to", "ta", DAY,
         "இலங்கைக்கு உத்தியோகபூர்வ விஜயம் மேற்கொண்டுள்ள இந்திய இராணுவத் தளபதி இலங்கை இராணுவத் தளபதியை நேற்று "
         "சந்தித்தார்.",
         [ev("meeting", ["IND", "LKA"], location="LKA", mode="visit", date="2026-03-17")]),
    case("ne-handover-during-the-meeting", "ne", DAY,
         "भारतीय राजदूतले मंगलबार नेपाली सेनाका प्रधानसेनापतिसँग भेट गरे। भेटकै क्रममा भारतीय सेनाले नेपाली सेनालाई "
         "दुईवटा हेलिकप्टर हस्तान्तरण गरिएको थियो।",
         [ev("meeting", ["IND", "NPL"], date="2026-03-17"), ev("aid", ["IND", "NPL"], date="2026-03-17")]),
    # ---- Gujarati "the agreement made in <year>" is a past signing
    case("gu-agreement-made-in-a-year", "gu", DAY,
         "ભારતીય નૌકાદળ. ભારત અને ઇજિપ્ત વચ્ચે ૨૦૨૨માં થયેલા સંરક્ષણ સહયોગ કરાર હેઠળ બંને દેશોની સેનાઓ સંયુક્ત તાલીમ "
         "લે છે.",
         [ev("agreement", ["EGY", "IND"], date="2022", historical=True, doc_type="agreement")]),
    # ---- a news agency named with its state is no party; thanks for what was given are no aid
    case("ta-news-agency-no-party", "ta", DAY,
         "பிரிட்டிஷ் செய்தி நிறுவனமான ராய்ட்டர்ஸ் தகவலின்படி, இந்தியா மற்றும் பிரான்ஸ் பாதுகாப்பு அமைச்சர்கள் பாரிஸில் சந்தித்தனர்.",
         [ev("meeting", ["FRA", "IND"])]),
    case("ml-news-agency-no-party", "ml", DAY,
         "ബ്രിട്ടിഷ് വാർത്താ ഏജൻസിയായ റോയിട്ടേഴ്സിന്റെ റിപ്പോർട്ട് പ്രകാരം "
         "ഇന്ത്യയുടെയും ഫ്രാൻസിന്റെയും പ്രതിരോധ മന്ത്രിമാർ പാരിസിൽ കൂടിക്കാഴ്ച നടത്തി.",
         [ev("meeting", ["FRA", "IND"])]),
    case("kn-news-agency-no-party", "kn", DAY,
         "ಬ್ರಿಟನ್‌ನ ರಾಯಿಟರ್ಸ್ ಸುದ್ದಿ ಸಂಸ್ಥೆಯ ವರದಿ ಪ್ರಕಾರ ಭಾರತ ಮತ್ತು ಫ್ರಾನ್ಸ್ ರಕ್ಷಣಾ ಸಚಿವರು ಪ್ಯಾರಿಸ್‌ನಲ್ಲಿ ಮಾತುಕತೆ ನಡೆಸಿದರು.",
         [ev("meeting", ["FRA", "IND"])]),
    case("te-news-agency-no-party", "te", DAY,
         "బ్రిటిష్ వార్తా సంస్థ రాయిటర్స్ కథనం ప్రకారం భారత్, ఫ్రాన్స్ రక్షణ మంత్రులు పారిస్‌లో సమావేశమయ్యారు.",
         [ev("meeting", ["FRA", "IND"])]),
    case("mr-news-agency-no-party", "mr", DAY,
         "ब्रिटिश वृत्तसंस्था रॉयटर्सच्या वृत्तानुसार भारत आणि फ्रान्सच्या संरक्षणमंत्र्यांची पॅरिसमध्ये भेट झाली.",
         [ev("meeting", ["FRA", "IND"])]),
    case("ne-news-agency-no-party", "ne", DAY,
         "बेलायती समाचार संस्था रोयटर्सका अनुसार भारत र फ्रान्सका रक्षामन्त्रीबीच पेरिसमा भेटवार्ता भयो।",
         [ev("meeting", ["FRA", "IND"])]),
    case("si-news-agency-no-party", "si", DAY,
         "බ්‍රිතාන්‍ය ප්‍රවෘත්ති සේවය රොයිටර් වාර්තා කරන පරිදි ඉන්දියාවේ සහ ප්‍රංශයේ ආරක්ෂක ඇමතිවරු පැරිසියේදී හමු වූහ.",
         [ev("meeting", ["FRA", "IND"])]),
    case("ta-thanks-no-aid", "ta", DAY,
         "இந்தியா வழங்கிய உதவிக்கு இலங்கை இராணுவத் தளபதி நன்றி தெரிவித்தார்.",
         []),
    case("ml-thanks-no-aid", "ml", DAY,
         "ഇന്ത്യ നൽകിയ സൈനിക സഹായത്തിന് ശ്രീലങ്കൻ കരസേനാ മേധാവി നന്ദി അറിയിച്ചു.",
         []),
    case("mr-thanks-no-aid", "mr", DAY,
         "भारताने दिलेल्या लष्करी मदतीबद्दल श्रीलंकेच्या लष्करप्रमुखांनी आभार मानले.",
         []),
    case("gu-thanks-no-aid", "gu", DAY,
         "ભારતે આપેલી લશ્કરી સહાય બદલ શ્રીલંકાના સેનાધ્યક્ષે આભાર માન્યો.",
         []),
    case("ne-thanks-no-aid", "ne", DAY,
         "भारतले उपलब्ध गराएको सैन्य सहयोगप्रति श्रीलंकाका सेनाप्रमुखले आभार व्यक्त गरे।",
         []),
    # ---- an invitation "to visit" is a pledge, no visit
    case("kn-invited-to-visit", "kn", DAY,
         "ಜಪಾನ್‌ಗೆ ಭೇಟಿ ನೀಡುವಂತೆ ಭಾರತದ ರಕ್ಷಣಾ ಸಚಿವರನ್ನು ಜಪಾನ್ ರಕ್ಷಣಾ ಸಚಿವರು ಆಹ್ವಾನಿಸಿದರು.",
         [ev("intent", ["IND", "JPN"])]),
    case("gu-invited-to-come-on-a-visit", "gu", DAY,
         "જાપાનના સંરક્ષણ પ્રધાને ભારતના સંરક્ષણ પ્રધાનને જાપાનની મુલાકાતે આવવા આમંત્રણ આપ્યું.",
         [ev("intent", ["IND", "JPN"])]),
    case("gu-came-on-a-visit", "gu", DAY,
         "જાપાનના સંરક્ષણ પ્રધાન મંગળવારે ભારતની મુલાકાતે આવ્યા અને ભારતના સંરક્ષણ પ્રધાન સાથે મંત્રણા કરી.",
         [ev("meeting", ["IND", "JPN"], mode="visit", location="IND", date="2026-03-17")]),
    case("kn-bengaluru-locative", "kn", DAY,
         "ಎಚ್‌ಎಎಲ್ ನಿರ್ಮಿಸಿದ ಎರಡು ಹೆಲಿಕಾಪ್ಟರ್‌ಗಳನ್ನು ಬುಧವಾರ ಬೆಂಗಳೂರಿನಲ್ಲಿ ಶ್ರೀಲಂಕಾ ವಾಯುಪಡೆಗೆ ಹಸ್ತಾಂತರಿಸಲಾಯಿತು.",
         [ev("aid", ["IND", "LKA"], location="IND")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
