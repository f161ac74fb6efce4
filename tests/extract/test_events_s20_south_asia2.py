"""The extract stage on short South Asian press articles written for these tests (none of these sentences
is in tests/data/heldout/south_asia2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the Tamil, Sinhala, Hindi, Urdu,
Bengali and Nepali press (packs hi, ur, bn, ne, si, ta):

- Tamil: "இரு மந்திரிகளும்" (both ministers, the மந்திரி register of Dinathanthi and Maalaimalar) as the
  two sides of the talks; support for another state's fight or war ("… போராட்டத்துக்கு … முழு ஆதரவு").
- Sinhala: "අද" (today) only as a word of its own: a bare "අද" is the start of අද්මිරාල් (admiral),
  අදාළ, අදහස්, so an admiral's meeting lost its written day; naval officers and sailors (නාවික
  නිලධාරීන්, නාවිකයන්) as military words; a "හවුල් අභ්‍යාසයක" (joint exercise) "නිරත විය" (engaged in)
  as an exercise held; a ship that "completed its visit" (සංචාරය නිමකර) reports no meeting; a
  "මෙයත් කියවන්න:" (read also) label alone on its line with the linked headline after it.
- Hindi: New Delhi's government buildings (साउथ ब्लॉक, हैदराबाद हाउस) as places in India, whoever is named
  after them; "नौवहन की स्वतंत्रता" (freedom of navigation) is no support; procurement proposals approved
  at home (खरीद प्रस्ताव, "प्रस्तावों को … मंजूरी") are no proposal; "कर चुकी हैं" (have already held) an
  exercise.
- Urdu: "دونوں سربراہان" (both chiefs) as the two sides; the Turkish adjective "ترک" with its noun (ترک
  وزیر, ترک بحریہ: alone it is also "giving up"); "وزیر قومی دفاع" (minister of national defense) as a
  title; "فیصلہ سازی" (decision-making) is no decision.
- Bengali: companies as signatories (কোম্পানি, বেসরকারি প্রতিষ্ঠান): a contract between two companies is no
  event.
- Nepali: committed to a policy ("एक चीन नीतिप्रति प्रतिबद्ध") is support, no pledge; an internal-security
  drill (आन्तरिक सुरक्षा अभ्यास) is the army's own.
- Tamil: Visakhapatnam before a case ending (விசாகப்பட்டினத்தில்) is a place.

Third round: training grounds, ports and cities of joint exercises as places (hi सालझंडी, सैलिसबरी प्लेन,
पिथौरागढ़, शंघाई; ur شنگھائی, ووہان; ne पाँचखाल, काभ्रे, चेङ्दु); ur the perfect of an exercise done ("مشترکہ
مشق کی تھی / کی ہے": "کی" alone is also "of").
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, check_cleaning, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- ta: "both ministers" in the Dinathanthi register, a discussion sentence between
    case("ta-iru-manthirigalum-both-sides", "ta", DAY,
         "புதுடெல்லி, மார்ச் 18-\n\nஇந்திய ராணுவ மந்திரி நேற்று ஜப்பான் ராணுவ மந்திரியுடன் தொலைபேசியில் "
         "பேசினார். அப்போது இருவரும் கடல்சார் பாதுகாப்பு குறித்து ஆலோசித்தனர்.\n\nபாதுகாப்புத் தொழில் "
         "ஒத்துழைப்பை விரிவுபடுத்த இரு மந்திரிகளும் ஒப்புக்கொண்டனர்.",
         [ev("meeting", ["IND", "JPN"], mode="phone", date="2026-03-17"), ev("intent", ["IND", "JPN"])]),
    # ---- ta: support for another state's fight
    case("ta-support-for-the-fight", "ta", DAY,
         "பிரான்ஸ் ராணுவ அமைச்சர் நேற்று புதுடெல்லியில் இந்திய பாதுகாப்பு அமைச்சரைச் சந்தித்தார். "
         "பயங்கரவாதத்துக்கு எதிரான இந்தியாவின் போராட்டத்துக்கு பிரான்ஸ் தொடர்ந்து ஆதரவு வழங்கும் என்று "
         "அவர் கூறினார்.",
         [ev("meeting", ["FRA", "IND"], date="2026-03-17"), ev("support", ["FRA", "IND"])]),
    # ---- si: an admiral's title is no "today"
    case("si-admiral-is-no-today", "si", DAY,
         "මාර්තු 10 වැනිදා කොළඹදී ශ්‍රී ලංකා නාවික හමුදාපති හමුවූ ඉන්දීය නාවික හමුදාපති අද්මිරාල් "
         "දිනේෂ් ත්‍රිපාඨි දෙරට අතර නාවික සහයෝගිතාව පිළිබඳව සාකච්ඡා කළේය.",
         [ev("meeting", ["IND", "LKA"], date="2026-03-10", location="LKA")]),
    # ---- si: naval officers are military; a pledge to train them
    case("si-naval-officers-trained-pledge", "si", DAY,
         "මාලදිවයින් නාවික නිලධාරීන් 30 දෙනෙකුට පුහුණුව ලබාදීමට ශ්‍රී ලංකාව එකඟ විය.",
         [ev("intent", ["LKA", "MDV"])]),
    # ---- si: a joint exercise "engaged in"
    case("si-joint-exercise-nirata-viya", "si", DAY,
         "ඉන්දීය සහ ශ්‍රී ලංකා නාවික නෞකා ඊයේ ත්‍රිකුණාමලය අක්වෙරළ මුහුදේදී හවුල් අභ්‍යාසයක නිරත විය.",
         [ev("exercise", ["IND", "LKA"], date="2026-03-17")]),
    # ---- si: a ship that completed its visit reports no meeting
    case("si-ship-completed-visit-is-no-meeting", "si", DAY,
         "බංග්ලාදේශ නාවික හමුදාවේ නෞකාවක් දින හතරක නිල සංචාරයක් නිමකර ඊයේ කොළඹ වරායෙන් පිටත්ව ගියේය.",
         []),
    # ---- second round (hi, ur, bn, ne, ta)
    # hi: South Block is in New Delhi, whoever is named after it
    case("hi-south-block-is-the-place", "hi", DAY,
         "रक्षा मंत्री ने बुधवार को साउथ ब्लॉक में फ्रांस की सशस्त्र सेना मंत्री के साथ द्विपक्षीय बातचीत की।",
         [ev("meeting", ["FRA", "IND"], location="IND", date="2026-03-18")]),
    # hi: freedom of navigation is no support; a procurement proposal approved at home is no proposal
    case("hi-freedom-of-navigation-is-no-support", "hi", DAY,
         "भारत और फिलीपींस के रक्षा मंत्रियों ने मंगलवार को मनीला में बातचीत की। दोनों मंत्रियों ने "
         "दक्षिण चीन सागर में नौवहन की स्वतंत्रता पर जोर दिया।",
         [ev("meeting", ["IND", "PHL"], location="PHL")]),
    case("hi-procurement-proposal-approved-is-no-event", "hi", DAY,
         "रक्षा मंत्री सुरेश वर्मा की अध्यक्षता में रक्षा अधिग्रहण परिषद ने मंगलवार को करीब 20,000 करोड़ रुपये के खरीद "
         "प्रस्तावों को शुरुआती मंजूरी दी। इनमें अमेरिकी कंपनी से खरीदे जाने वाले इंजन भी शामिल हैं।",
         []),
    # hi: "कर चुकी हैं" (have already held) an exercise
    case("hi-kar-chuki-hain-exercise-held", "hi", DAY,
         "भारत और मिस्र की सेनाएं वर्ष 2023 में राजस्थान के रेगिस्तान में संयुक्त अभ्यास 'साइक्लोन' कर चुकी हैं।",
         [ev("exercise", ["EGY", "IND"], date="2023", historical=True)]),
    # ur: "both chiefs" are the two sides; decision-making is no decision; the minister of national defense
    case("ur-donon-sarbarahan-both-sides", "ur", DAY,
         "ترک بحریہ کے سربراہ نے منگل کو اسلام آباد میں پاک بحریہ کے سربراہ سے ملاقات کی۔ ملاقات میں علاقائی "
         "سمندری سلامتی پر بات ہوئی۔ دونوں سربراہان نے بحری جہاز سازی میں تعاون بڑھانے پر اتفاق کیا۔",
         [ev("meeting", ["PAK", "TUR"], date="2026-03-17"), ev("intent", ["PAK", "TUR"])]),
    case("ur-faisla-sazi-is-no-decision", "ur", DAY,
         "پاکستان کے وزیر دفاع نے کہا کہ امریکہ کی فوج کی طرح نئے عہدے سے فیصلہ سازی میں تیزی آئے گی۔",
         []),
    case("ur-wazir-e-qaumi-difa-is-a-minister", "ur", DAY,
         "ترکیہ کے وزیر قومی دفاع یاشار گولر نے بدھ کو اسلام آباد میں پاکستانی وزیر دفاع سے ملاقات کی۔",
         [ev("meeting", ["PAK", "TUR"], persons=["Yasar Guler"])]),
    # bn: a contract between two companies is no event
    case("bn-company-contract-is-no-event", "bn", DAY,
         "ঢাকায় গতকাল একটি তুর্কি কোম্পানি ও একটি বাংলাদেশি কোম্পানির মধ্যে সামরিক ড্রোনের যন্ত্রাংশ তৈরির "
         "চুক্তি সই হয়েছে।",
         []),
    # ne: committed to the one-China policy is support, no pledge; an internal-security drill is no exercise
    case("ne-one-china-commitment-is-support", "ne", DAY,
         "चिनियाँ रक्षामन्त्रीसँगको भेटमा नेपालका प्रधानसेनापतिले नेपाल एक चीन नीतिप्रति प्रतिबद्ध रहेको बताए ।",
         [ev("meeting", ["CHN", "NPL"]), ev("support", ["CHN", "NPL"])]),
    case("ne-internal-security-drill-is-no-exercise", "ne", DAY,
         "भारतीय राजदूतले सोमबार प्रधानसेनापतिसँग शिष्टाचार भेट गरे । नेपाली सेनाले निर्वाचनका लागि देशभर आन्तरिक "
         "सुरक्षा अभ्यास सुरु गरिसकेको छ ।",
         [ev("meeting", ["IND", "NPL"], date="2026-03-16")]),
    # ta: Visakhapatnam with a case ending is a place
    case("ta-visakhapatnam-oblique-is-a-place", "ta", DAY,
         "இந்திய - இலங்கை கடற்படைகளின் கூட்டுப் பயிற்சி விசாகப்பட்டினத்தில் நேற்று தொடங்கியது.",
         [ev("exercise", ["IND", "LKA"], location="IND")]),
    # ---- third round: training grounds, ports and cities as places; the perfect of an exercise done (ur)
    case("hi-saljhandi-is-in-nepal", "hi", DAY,
         "भारत और नेपाल की सेनाओं ने दिसंबर 2024 में सालझंडी में संयुक्त सैन्य अभ्यास किया था।",
         [ev("exercise", ["IND", "NPL"], date="2024-12", location="NPL", historical=True)]),
    case("hi-salisbury-plain-is-in-britain", "hi", DAY,
         "भारत और ब्रिटेन की सेनाओं ने 2023 में सैलिसबरी प्लेन में संयुक्त अभ्यास किया था।",
         [ev("exercise", ["GBR", "IND"], date="2023", location="GBR", historical=True)]),
    case("ur-mashq-ki-thi-in-shanghai", "ur", DAY,
         "پاکستان اور چین کی بحریہ نے 2023 میں شنگھائی میں مشترکہ مشق کی تھی۔",
         [ev("exercise", ["CHN", "PAK"], date="2023", location="CHN", historical=True)]),
    case("ur-mashq-ki-hai", "ur", DAY,
         "پاکستان اور ترکیہ کی بحریہ نے گزشتہ ہفتے بحیرہ عرب میں مشترکہ مشق کی ہے۔",
         [ev("exercise", ["PAK", "TUR"])]),
    case("ne-panchkhal-is-in-nepal", "ne", DAY,
         "नेपाली र अमेरिकी सेनाको संयुक्त अभ्यास आज पाँचखालमा सुरु भयो ।",
         [ev("exercise", ["NPL", "USA"], location="NPL")]),
    case("ne-chengdu-spelling-is-in-china", "ne", DAY,
         "नेपाल र चीनका सेनाबीच संयुक्त सैन्य अभ्यास सन् २०१९ मा चेङ्दुमा भएको थियो ।",
         [ev("exercise", ["CHN", "NPL"], date="2019", location="CHN", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_si_read_also_label_drops_the_headline(registry: PackRegistry) -> None:
    """Lankadeepa's "මෙයත් කියවන්න:" (read this too) alone on its line inside the article: the label and
    the linked headline after it go, the body on both sides stays."""
    body = ("ශ්‍රී ලංකා යුද හමුදාපති ඊයේ කොළඹදී මාලදිවයින් ආරක්ෂක හමුදා ප්‍රධානියා හමුවිය. දෙරට අතර "
            "පුහුණු සහයෝගිතාව පිළිබඳව එහිදී සාකච්ඡා කෙරිණි.")
    headline = "ඉන්දීය යුද නෞකාවක් ත්‍රිකුණාමලය වරායට"
    body2 = ("මෙම හමුවට ආරක්ෂක අමාත්‍යාංශයේ ඉහළ නිලධාරීන් රැසක් ද සහභාගි වූ අතර දෙරටේ හමුදා අතර සබඳතා "
             "තවදුරටත් වර්ධනය කිරීම පිළිබඳව සාකච්ඡා විය.")
    check_cleaning(registry, "si", f"{body}\n\nමෙයත් කියවන්න:\n{headline}\n\n{body2}",
                   kept=[body, body2], dropped=["මෙයත් කියවන්න", headline])
