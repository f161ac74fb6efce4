"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/indic5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of South Asian defense diplomacy news,
the subject of the indic5 set:
- bn a navy's ship prefix in Bengali letters ("বানৌজা", the Bangladesh Navy's own prefix, "আইএনএস",
  "পিএনএস", "এসএলএনএস", "ইউএসএস") names the ship's state, as the Devanagari and Tamil prefixes do;
- ml training the sailors or soldiers of both sides held together ("… ചേർന്ന് … പരിശീലനം നടത്തി", "സംയുക്തമായി
  … പരിശീലനം") is joint training (exercise), as "സംയുക്ത പരിശീലനം" was;
- ml, mr a company, shipyard or "Ltd" handing its product to its own state's forces ("… ഷിപ്പ്‌യാർഡ് നിർമിച്ച
  … ഇന്ത്യൻ നാവികസേനയ്ക്ക് കൈമാറി", "… कंपनीने भारतीय हवाई दलाला … सुपूर्द केले") is bought at home, no aid
  with the article's other state (the company words hi, ta, te already have);
- ur the noun عزم ("resolve") alone is no pledge: it names operations and exercises ('فولادی عزم',
  "عزم استحکام");
  the pledge is its verb phrase ("عزم کا اعادہ کیا", "کا عزم کیا", "عزم کا اظہار", "عزم ظاہر", "عزم دہرایا");
- ne an exercise with a case ending as the subject of talks ("संयुक्त सैन्य अभ्यासलाई … बनाउने विषयमा छलफल",
  "अभ्यासका सम्बन्धमा") is no exercise held, as the bare "अभ्यास … विषयमा" was not;
- te Myanmar's cities in Telugu letters ("యాంగాన్", "యాంగూన్", "రంగూన్", "నేపిడా") are Myanmar, as the other
  capitals of the list are;
- te the Malaysian and Bruneian styles before a name ("దాతో సెరి మొహమద్ ఖాలెద్ నోర్దిన్", "దాతుక్", "టాన్ శ్రీ") are
  honorifics, not the name, as they are in de, es, fr, it, pt;
- ur the Pakistani garrisons and training sites where joint exercises and foreign cadets' courses are held
  ("تربیلا", "پبی", "کھاریاں", "جہلم", "چراٹ", "کاکول", "ایبٹ آباد", "اورماڑہ") are Pakistan;
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- bn: ship prefixes in Bengali letters
    case("bn-banouja-prefix-is-bgd", "bn", DAY,
         "বানৌজা বিজয় গতকাল মালদ্বীপ কোস্ট গার্ডের একটি জাহাজের সঙ্গে যৌথ মহড়া করেছে।",
         [ev("exercise", ["BGD", "MDV"], date="2026-12-01")]),
    case("bn-ins-prefix-is-ind", "bn", DAY,
         "আইএনএস সুমিত্রা গতকাল মোংলা বন্দরে বাংলাদেশ নৌবাহিনীর সঙ্গে যৌথ মহড়া করেছে।",
         [ev("exercise", ["BGD", "IND"], date="2026-12-01")]),
    # ---- ml: training held together
    case("ml-cherunnu-training-is-exercise", "ml", DAY,
         "ജപ്പാൻ തീരസംരക്ഷണ സേനയുടെ കപ്പൽ ചെന്നൈയിലെത്തി. ഇന്നലെ ഇരു സേനകളിലെയും ഉദ്യോഗസ്ഥർ ചേർന്ന് "
         "മലിനീകരണ നിയന്ത്രണ പരിശീലനം നടത്തി.",
         [ev("exercise", ["IND", "JPN"], date="2026-12-01")]),
    case("ml-samyukthamayi-training-is-exercise", "ml", DAY,
         "ഇന്ത്യൻ കരസേനയും നേപ്പാൾ സൈന്യവും പിത്തോറഗഢിൽ സംയുക്തമായി പർവത യുദ്ധ പരിശീലനം നടത്തി.",
         [ev("exercise", ["IND", "NPL"])]),
    # ---- ml, mr: a company's delivery to its own forces
    case("ml-shipyard-to-own-navy-is-no-aid", "ml", DAY,
         "ജപ്പാൻ അംബാസഡർ ഇന്നലെ ഇന്ത്യൻ നാവികസേനാ മേധാവിയുമായി കൂടിക്കാഴ്ച നടത്തി. അതേസമയം, ഗോവ ഷിപ്പ്‌യാർഡ് "
         "നിർമിച്ച പുതിയ നിരീക്ഷണ കപ്പൽ ഇന്നലെ ഇന്ത്യൻ തീരസംരക്ഷണ സേനയ്ക്ക് കൈമാറി.",
         [ev("meeting", ["IND", "JPN"])]),
    case("ml-company-ltd-to-own-army-is-no-aid", "ml", DAY,
         "ജപ്പാൻ അംബാസഡർ ഇന്നലെ ഇന്ത്യൻ നാവികസേനാ മേധാവിയുമായി കൂടിക്കാഴ്ച നടത്തി. ഭാരത് ഡൈനാമിക്സ് ലിമിറ്റഡ് "
         "200 മിസൈലുകൾ ഇന്നലെ ഇന്ത്യൻ കരസേനയ്ക്ക് കൈമാറി.",
         [ev("meeting", ["IND", "JPN"])]),
    case("mr-company-to-own-air-force-is-no-aid", "mr", DAY,
         "पाकिस्तानला पुन्हा धडा शिकवू, असे मंत्र्यांनी सभेत सांगितले. पुण्यातील एका खासगी कंपनीने भारतीय "
         "हवाई दलाला ३० ड्रोन मंगळवारी सुपूर्द केले.",
         []),
    case("mr-limited-to-own-navy-is-no-aid", "mr", DAY,
         "चीनच्या नौदलाच्या हालचालींवर लक्ष असल्याचे अधिकाऱ्यांनी सांगितले. माझगाव डॉक शिपबिल्डर्स लिमिटेडने नवी "
         "पाणबुडी मंगळवारी भारतीय नौदलाला सुपूर्द केली.",
         []),
    # ---- ur: عزم in a name is no pledge; its verb phrases are
    case("ur-azm-in-exercise-name-is-no-pledge", "ur", DAY,
         "پاکستان اور سعودی عرب کی بری افواج کے درمیان مشترکہ مشق 'فولادی عزم' منگل کو جہلم میں "
         "اختتام پذیر ہو گئی۔",
         [ev("exercise", ["PAK", "SAU"], date="2026-12-01")]),
    case("ur-azm-ka-iada-is-intent", "ur", DAY,
         "پاکستان اور بحرین نے دفاعی تعاون کو مزید وسعت دینے کے عزم کا اعادہ کیا۔",
         [ev("intent", ["BHR", "PAK"])]),
    case("ur-azm-kiya-is-intent", "ur", DAY,
         "پاکستان اور اردن نے دفاعی پیداوار میں تعاون بڑھانے کا عزم کیا۔",
         [ev("intent", ["JOR", "PAK"])]),
    case("ur-ka-azm-headline-is-intent", "ur", DAY,
         "پاکستان اور قازقستان کا دفاعی تربیت میں تعاون بڑھانے کا عزم",
         [ev("intent", ["KAZ", "PAK"])]),
    # ---- ne: an inflected exercise word as a topic of the talks
    case("ne-abhyaslai-vishayama-is-topic", "ne", DAY,
         "प्रधानसेनापति अशोकराज सिग्देलले मंगलबार काठमाडौंमा चीनका राजदूतसँग भेटवार्ता गरेका छन्। "
         "भेटमा संयुक्त सैन्य अभ्यासलाई नियमित "
         "बनाउने विषयमा छलफल भएको थियो।",
         [ev("meeting", ["CHN", "NPL"], date="2026-12-01")]),
    case("ne-abhyaska-sambandhama-is-topic", "ne", DAY,
         "प्रधानसेनापति अशोकराज सिग्देलले मंगलबार काठमाडौंमा अमेरिकाका राजदूतसँग भेटवार्ता गरेका छन्। "
         "भेटमा संयुक्त अभ्यासका सम्बन्धमा "
         "पनि कुराकानी भएको थियो।",
         [ev("meeting", ["NPL", "USA"], date="2026-12-01")]),
    # ---- te: Myanmar's cities
    case("te-yangon-is-mmr", "te", DAY,
         "భారత నౌకాదళ నౌక తీసుకెళ్లిన 15 టన్నుల ఔషధాలను మంగళవారం యాంగూన్‌లో మయన్మార్ సైన్యానికి అందజేశారు.",
         [ev("aid", ["IND", "MMR"], date="2026-12-01", location="MMR")]),
    # ---- te: Malaysian styles before a name
    case("te-dato-seri-is-honorific", "te", DAY,
         "రక్షణ మంత్రి రాజ్‌నాథ్ సింగ్ మంగళవారం న్యూఢిల్లీలో మలేసియా రక్షణ మంత్రి దాతో సెరి మొహమద్ ఖాలెద్ నోర్దిన్‌తో "
         "చర్చలు జరిపారు.",
         [ev("meeting", ["IND", "MYS"], date="2026-12-01",
             persons=["మొహమద్ ఖాలెద్ నోర్దిన్‌తో"])]),
    # ---- ur: Pakistani garrisons
    case("ur-pabbi-is-pak", "ur", DAY,
         "پاکستان اور سری لنکا کی افواج کے درمیان انسدادِ دہشت گردی کی مشترکہ مشق منگل کو پبی میں "
         "اختتام پذیر ہو گئی۔",
         [ev("exercise", ["LKA", "PAK"], date="2026-12-01", location="PAK")]),
    case("ur-kharian-is-pak", "ur", DAY,
         "پاکستان اور قطر کی بری افواج کی مشترکہ مشق منگل کو کھاریاں میں اختتام پذیر ہو گئی۔",
         [ev("exercise", ["PAK", "QAT"], date="2026-12-01", location="PAK")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
