"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/south_asia10.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of South Asian defense news in the
languages of the region, the subject of the south_asia10 set:
- gu the initials of a name written as Gujarati letters with a dot ("એમ. એસ. રાવત", "દિનેશ કે. ત્રિપાઠી")
  end no sentence;
- bn the abbreviations "মো." (Mohammad) and "(অব.)" (retired) of Bangladeshi names and ranks end no sentence;
- bn a year with "থেকে" after it ("২০০৯ সাল থেকে … নিয়মিত …") counts a series from then, no exercise of that
  year, also where the sentence names the states and says the series recurs ("প্রতি বছর");
- ml, ne an earlier edition named as such ("കഴിഞ്ഞ പതിപ്പ്", "अघिल्लो संस्करण") is an earlier exercise, and so is
  mr an edition told "before this" ("यापूर्वी सहावी आवृत्ती … पार पडली होती");
- hi the topics of talks told in a relative clause ("जिसमें … संयुक्त अभ्यास … पर चर्चा हुई") are no exercise held;
- ta a navy's ship prefix in Tamil letters ("ஐஎன்எஸ்", "எஸ்எல்என்எஸ்", "யுஎஸ்எஸ்") names its state;
- ta the role of an activity "in strengthening" cooperation ("வலுப்படுத்துவதில் … பங்கு") is no pledge;
- gu an agreement "concluded" in its feminine form ("થયેલી સમજૂતી") is a signing;
- gu ship visits of a port phase ("જહાજોની મુલાકાતો") are no meeting.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- gu: initials in Gujarati letters
    case("gu-initials-end-no-sentence", "gu", DAY,
         "ઇજિપ્તના સંરક્ષણ મંત્રી અહમદ ફતહીએ સોમવારે નવી દિલ્હીમાં ભૂમિસેનાધ્યક્ષ જનરલ એમ. એસ. રાવત સાથે "
         "મુલાકાત કરી હતી.",
         [ev("meeting", ["EGY", "IND"], date="2026-11-30", location="IND")]),
    case("gu-initial-before-surname", "gu", DAY,
         "વિયેતનામના નૌકાદળના વડાએ મંગળવારે નવી દિલ્હીમાં નૌસેનાધ્યક્ષ એડમિરલ આર. કે. શર્મા સાથે બેઠક કરી હતી.",
         [ev("meeting", ["IND", "VNM"], date="2026-12-01", location="IND")]),
    # ---- bn: মো. and (অব.)
    case("bn-md-ends-no-sentence", "bn", DAY,
         "ভারতের নৌবাহিনীর প্রধান গতকাল ঢাকায় বাংলাদেশের নৌবাহিনী প্রধান অ্যাডমিরাল মো. নাজমুল হাসানের সঙ্গে "
         "বৈঠক করেন।",
         [ev("meeting", ["BGD", "IND"], date="2026-12-01")]),
    case("bn-retired-ends-no-sentence", "bn", DAY,
         "মালদ্বীপের প্রতিরক্ষামন্ত্রী গতকাল ঢাকায় বাংলাদেশের প্রতিরক্ষা উপদেষ্টা লেফটেন্যান্ট জেনারেল (অব.) "
         "আবদুর রহিমের সঙ্গে বৈঠক করেন।",
         [ev("meeting", ["BGD", "MDV"], date="2026-12-01")]),
    # ---- bn: a year with থেকে after it counts a series
    case("bn-year-theke-is-since", "bn", DAY,
         "ভারত ও বাংলাদেশের সেনাবাহিনীর যৌথ মহড়া 'সম্প্রীতি' গতকাল সিলেটে শুরু হয়েছে। ২০০৯ সাল থেকে দুই দেশের "
         "সেনাবাহিনী নিয়মিত এই মহড়ায় অংশ নিচ্ছে।",
         [ev("exercise", ["BGD", "IND"], date="2026-12")]),
    case("bn-year-theke-with-recurring-is-since", "bn", DAY,
         "বাংলাদেশ ও ভারতের সেনাবাহিনীর যৌথ প্রশিক্ষণ মহড়া গতকাল রংপুরে শুরু হয়েছে। ২০১৮ সাল থেকে বাংলাদেশ ও "
         "ভারতের সেনাবাহিনী প্রতি বছর এই মহড়া আয়োজন করে আসছে।",
         [ev("exercise", ["BGD", "IND"], date="2026-12")]),
    # ---- ml, ne: the previous edition
    case("ml-kazhinja-pathippu-is-earlier-edition", "ml", DAY,
         "ഇന്ത്യയും ജപ്പാനും തമ്മിലുള്ള സംയുക്ത സൈനികാഭ്യാസം 'ധർമ ഗാർഡിയൻ' രാജസ്ഥാനിൽ ചൊവ്വാഴ്ച ആരംഭിച്ചു. "
         "കഴിഞ്ഞ പതിപ്പ് 2025 മാർച്ചിൽ ജപ്പാനിലാണ് നടന്നത്.",
         [ev("exercise", ["IND", "JPN"], date="2026-12"),
          ev("exercise", ["IND", "JPN"], date="2025-03", historical=True)]),
    case("ne-aghillo-sanskaran-is-earlier-edition", "ne", DAY,
         "नेपाल र भारतका सेनाबीचको संयुक्त सैन्य अभ्यास 'सूर्यकिरण' मंगलबार सालझण्डीमा सुरु भएको छ। "
         "अघिल्लो संस्करण सन् २०२५ मा भारतको पिथौरागढमा सम्पन्न भएको थियो।",
         [ev("exercise", ["IND", "NPL"], date="2026-12"),
          ev("exercise", ["IND", "NPL"], date="2025", historical=True)]),
    case("mr-yapurvi-is-earlier-edition", "mr", DAY,
         "भारत आणि जपान यांच्या लष्करांचा संयुक्त सराव 'धर्म गार्डियन' मंगळवारपासून बेळगाव येथे सुरू झाला. यापूर्वी "
         "सहावी आवृत्ती मार्च २०२५ मध्ये जपानमधील फुजी येथे पार पडली होती.",
         [ev("exercise", ["IND", "JPN"], date="2026-12"),
          ev("exercise", ["IND", "JPN"], date="2025-03", historical=True)]),
    # ---- hi: the topics of talks in a relative clause
    case("hi-jismen-charcha-topics-are-no-exercise", "hi", DAY,
         "रक्षा मंत्री ने मंगलवार को नई दिल्ली में वियतनाम के रक्षा मंत्री से मुलाकात की, जिसमें प्रशिक्षण, संयुक्त "
         "अभ्यास और समुद्री सुरक्षा पर विस्तार से चर्चा हुई।",
         [ev("meeting", ["IND", "VNM"], date="2026-12-01", location="IND")]),
    # ---- ta: the navies' ship prefixes in Tamil letters
    case("ta-slns-names-sri-lanka", "ta", DAY,
         "எஸ்எல்என்எஸ் கஜபாகு கப்பலின் கட்டளை அதிகாரி திங்கள்கிழமை இந்திய கடற்படை அதிகாரியைச் சந்தித்துப் "
         "பேசினார்.",
         [ev("meeting", ["IND", "LKA"], date="2026-11-30")]),
    case("ta-ins-names-india", "ta", DAY,
         "ஐஎன்எஸ் தல்வார் கப்பலின் கட்டளை அதிகாரி திங்கள்கிழமை இலங்கை கடற்படை அதிகாரியைச் சந்தித்துப் பேசினார்.",
         [ev("meeting", ["IND", "LKA"], date="2026-11-30")]),
    # ---- ta: the role "in strengthening"
    case("ta-valupaduthuvathil-is-no-intent", "ta", DAY,
         "இந்திய, மாலத்தீவு கடற்படைகளின் கூட்டுப் பயிற்சி கொச்சியில் திங்கள்கிழமை நிறைவடைந்தது. இரு நாடுகளின் "
         "கடல்சார் ஒத்துழைப்பை வலுப்படுத்துவதில் இப்பயிற்சி முக்கிய பங்கு வகிப்பதாக அதிகாரிகள் தெரிவித்தனர்.",
         [ev("exercise", ["IND", "MDV"], date="2026-11-30")]),
    # ---- gu: the feminine "concluded"
    case("gu-thayeli-samjuti-is-signing", "gu", DAY,
         "ભારત અને ફ્રાન્સ વચ્ચે ૨૦૧૬માં થયેલી સંરક્ષણ સમજૂતી હેઠળ બંને દેશો નિયમિત કવાયતો યોજે છે.",
         [ev("agreement", ["FRA", "IND"], date="2016", historical=True)]),
    # ---- gu: ship visits of a port phase
    case("gu-jahajoni-mulakat-is-no-meeting", "gu", DAY,
         "ભારત અને શ્રીલંકાની નૌસેનાઓની સંયુક્ત કવાયત સોમવારે કોચી ખાતે પૂર્ણ થઈ હતી. બંદર તબક્કામાં બંને "
         "નૌસેનાના અધિકારીઓએ જહાજોની મુલાકાતો અને રમતગમત સ્પર્ધાઓ યોજી હતી.",
         [ev("exercise", ["IND", "LKA"], date="2026-11-30")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
