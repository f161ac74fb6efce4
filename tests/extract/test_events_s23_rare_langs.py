"""The extract stage on short articles in languages whose packs are thin, written for these tests (none of
these sentences is in tests/data/heldout/rare_langs.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the press in thin packs:
- si: the spelling බංගලාදේශ (Bangladesh) beside බංග්ලාදේශ; the deputy (state) minister of defence named by
  the title alone;
- mn: the joint exercise with its name between "хамтарсан" and "сургууль";
- sw: the Kenyan press's honorifics "Bw" and "Bi" written without a dot, no part of a name;
- km: "ក៏បាន … / … ផងដែរ" (also), a second pledge of the pair told in a sentence of its own;
- ne: the perfect and progressive of "to give training" (तालिम दिएका / दिइरहेका छन्); a patrol of the police
  forces as no military activity;
- a course held by the other side's instructors as training given: so "koorso tababar ah u furay", uz
  "o‘quv kursi o‘tkazdi", kk "оқу курсын өткізді" (with бітімгер, peacekeeper, as a military word), mn
  "сургалт зохион байгууллаа";
- lo, km, mn, si, ne, sw, my: a drill of one state's own forces (tactical, staff or rescue drill, readiness
  check; the concept domestic_exercise of extract/domestic.py) as no exercise with the article's other state;
- kk: thanks for training or help given ("… оқытуға көмектескені үшін алғыс айтты") as no aid;
- ha: the purchase of arms as a topic ("wajen sayen makamai") as no sale.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-05-20"  # a Wednesday

CASES = [
    # ---- Sinhala: Bangladesh written බංගලාදේශ (without the virama) as well as බංග්ලාදේශ
    case("si-bangaladesha-spelling", "si", DAY,
         "බංගලාදේශ යුද හමුදාපතිවරයා ඊයේ කොළඹදී ශ්‍රී ලංකා යුද හමුදාපතිවරයා හමු විය.",
         [ev("meeting", ["BGD", "LKA"], location="LKA")]),
    # ---- Sinhala: the deputy (state) minister of defence, named by the title alone, acts for defence
    case("si-deputy-defence-minister-without-name", "si", DAY,
         "ආරක්ෂක නියෝජ්‍ය අමාත්‍යවරයා ඊයේ ජපාන තානාපතිවරයා හමු විය.",
         [ev("meeting", ["JPN", "LKA"], date="2026-05-19")]),
    case("si-state-minister-of-defence-without-name", "si", DAY,
         "ආරක්ෂක රාජ්‍ය අමාත්‍යවරයා ඊයේ බංග්ලාදේශ මහ කොමසාරිස්වරයා හමු විය.",
         [ev("meeting", ["BGD", "LKA"], date="2026-05-19")]),
    # ---- Mongolian: the exercise's name between "joint" and the noun
    case("mn-joint-named-exercise-closes", "mn", DAY,
         "Монгол Улс, Казахстаны Зэвсэгт хүчний хамтарсан “Тал нутгийн бүргэд-2026” сургууль өчигдөр хаалтаа "
         "хийлээ.",
         [ev("exercise", ["KAZ", "MNG"])]),
    case("mn-joint-named-exercise-opens", "mn", DAY,
         "Монгол, Японы цэргийн хамтарсан “Хангай” сургууль өнөөдөр Улаанбаатарт нээлтээ хийлээ.",
         [ev("exercise", ["JPN", "MNG"], date="2026-05")]),
    # ---- Swahili (Kenyan press): "Bw" and "Bi" without a dot are honorifics, no part of the name
    case("sw-bw-bi-without-dot", "sw", DAY,
         "Waziri wa Ulinzi wa Uganda Bw Juma Kasule alikutana jana jijini Nairobi na mwenzake wa Kenya Bi "
         "Amina Wanjiru.",
         [ev("meeting", ["KEN", "UGA"], persons=["Juma Kasule", "Amina Wanjiru"])]),
    # ---- Khmer: a second pledge of the pair told with "also" in a sentence of its own
    case("km-also-second-pledge", "km", DAY,
         "រដ្ឋមន្ត្រីការពារជាតិកម្ពុជា បានជួបពិភាក្សាជាមួយរដ្ឋមន្ត្រីការពារជាតិឡាវ នៅថ្ងៃទី១៨ ខែឧសភា ឆ្នាំ២០២៦ "
         "នៅទីក្រុងវៀងចន្ទន៍។ ភាគីឡាវ បានសន្យាថានឹងផ្តល់អាហារូបករណ៍ដល់នាយទាហានកម្ពុជា។ "
         "ភាគីទាំងពីរក៏បានឯកភាពគ្នាថា នឹងរៀបចំការល្បាតរួមតាមព្រំដែននៅឆ្នាំក្រោយ។",
         [ev("meeting", ["KHM", "LAO"]), ev("intent", ["KHM", "LAO"]), ev("intent", ["KHM", "LAO"])]),
    # ---- Nepali: training given, in the perfect and the progressive
    case("ne-talim-dieka-chhan", "ne", DAY,
         "अमेरिकी सेनाका प्रशिक्षकहरूले नेपाली सेनाका ३० जना अधिकृतलाई शान्ति स्थापनासम्बन्धी तालिम दिइरहेका छन् ।",
         [ev("aid", ["NPL", "USA"])]),
    case("ne-prashikshan-dieko-chha", "ne", DAY,
         "चिनियाँ सैनिक चिकित्सकहरूले नेपाली सेनाका स्वास्थ्यकर्मीलाई आपत्कालीन उपचारको प्रशिक्षण दिएका छन् ।",
         [ev("aid", ["CHN", "NPL"])]),
    # ---- Kazakh: thanks for training or help given are thanks, no aid
    case("kk-thanks-for-training-is-no-aid", "kk", DAY,
         "Қорғаныс министрі Қытай тарапына қазақстандық әскерилерді даярлауға көмегі үшін ризашылығын "
         "білдірді.",
         []),
    case("kk-thanks-for-teaching-officers-is-no-aid", "kk", DAY,
         "Министр Түркия тарапына қазақстандық курсанттарды оқытуға көмектескені үшін алғыс айтты.",
         []),
    # ---- Hausa: the purchase of arms as a topic of analysis ("wajen sayen makamai") is no sale
    case("ha-wajen-sayen-makamai-is-a-topic", "ha", DAY,
         "Masana na ganin Ghana na kara dogaro ga kasashe irin su Faransa wajen sayen makamai.",
         []),
    # ---- a course held by the other side's instructors for one's troops is training given
    case("so-koorso-tababar-u-furay", "so", DAY,
         "Ciidamada Talyaaniga ayaa shalay koorso tababar ah u furay askar ka tirsan ciidanka xoogga dalka "
         "Soomaaliyeed.",
         [ev("aid", ["ITA", "SOM"])]),
    case("uz-oquv-kursi-otkazdi", "uz", DAY,
         "Turkiya harbiy mutaxassislari o‘zbekistonlik zobitlar uchun aloqa bo‘yicha o‘quv kursi o‘tkazdi.",
         [ev("aid", ["TUR", "UZB"])]),
    case("kk-oqu-kursyn-otkizdi", "kk", DAY,
         "Британиялық әскери нұсқаушылар қазақстандық бітімгерлерге ағылшын тілі бойынша оқу курсын өткізді.",
         [ev("aid", ["GBR", "KAZ"])]),
    case("mn-surgalt-zokhion-baiguullaa", "mn", DAY,
         "Францын цэргийн багш нар Монголын энхийг дэмжих ажиллагааны цэргүүдэд сургалт зохион байгууллаа.",
         [ev("aid", ["FRA", "MNG"])]),
    # ---- a drill of one state's own forces (domestic_exercise) is no exercise with the article's other state
    case("lo-tactical-drill-is-domestic", "lo", DAY,
         "ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດລາວ ໄດ້ຕ້ອນຮັບ ເອກອັກຄະລັດຖະທູດຍີ່ປຸ່ນ ໃນວັນທີ 18 ພຶດສະພາ 2026. "
         "ໃນວັນດຽວກັນ, ກອງພົນທີ 2 ໄດ້ຈັດການຝຶກຊ້ອມຍຸດທະວິທີ ຢູ່ແຂວງຫຼວງພະບາງ.",
         [ev("meeting", ["JPN", "LAO"])]),
    case("km-tactical-drill-is-domestic", "km", DAY,
         "រដ្ឋមន្ត្រីការពារជាតិកម្ពុជា បានទទួលជួបឯកអគ្គរដ្ឋទូតជប៉ុន នៅថ្ងៃទី១៨ ខែឧសភា ឆ្នាំ២០២៦។ "
         "នៅថ្ងៃដដែល កងពលតូចលេខ៣ បានធ្វើសមយុទ្ធយុទ្ធសាស្ត្រ នៅខេត្តកំពង់ស្ពឺ។",
         [ev("meeting", ["JPN", "KHM"])]),
    case("mn-tactical-drill-is-domestic", "mn", DAY,
         "Батлан хамгаалахын сайд өчигдөр Японы Элчин сайдыг хүлээн авч уулзлаа. Мөн өдөр Зэвсэгт хүчний "
         "084-р анги тактикийн сургуулилалт зохион байгууллаа.",
         [ev("meeting", ["JPN", "MNG"])]),
    case("si-tactical-drill-is-domestic", "si", DAY,
         "ආරක්ෂක ලේකම්වරයා ඊයේ ජපාන තානාපතිවරයා හමු විය. ඊයේම යුද හමුදාවේ 11 වැනි සේනාංකය මින්නේරියේදී "
         "උපක්‍රමික අභ්‍යාසයක් පැවැත්වීය.",
         [ev("meeting", ["JPN", "LKA"])]),
    case("ne-tactical-drill-is-domestic", "ne", DAY,
         "रक्षामन्त्रीले मंगलबार जापानी राजदूतसँग भेटवार्ता गरेका छन् । सोही दिन नेपाली सेनाको एक गणले "
         "चितवनमा कार्यनीतिक अभ्यास सञ्चालन गरेको थियो ।",
         [ev("meeting", ["JPN", "NPL"])]),
    case("sw-readiness-drill-is-domestic", "sw", DAY,
         "Waziri wa Ulinzi wa Tanzania jana alikutana na Balozi wa Japan jijini Dodoma. Siku hiyo hiyo, "
         "kikosi cha JWTZ kilifanya zoezi la utayari mkoani Morogoro.",
         [ev("meeting", ["JPN", "TZA"])]),
    case("my-tactical-drill-is-domestic", "my", DAY,
         "တပ်မတော်ကာကွယ်ရေးဦးစီးချုပ်သည် ဂျပန်သံအမတ်ကြီးအား မေ ၁၈ ရက်တွင် နေပြည်တော်၌ လက်ခံတွေ့ဆုံသည်။ "
         "ထိုနေ့တွင်ပင် တပ်မတော်(ကြည်း) တပ်ရင်းတစ်ရင်းသည် မန္တလေးတိုင်းတွင် နည်းဗျူဟာလေ့ကျင့်ခန်း ပြုလုပ်ခဲ့သည်။",
         [ev("meeting", ["JPN", "MMR"])]),
    # ---- Nepali: a patrol of the police forces along a neighbour's border is no military activity
    case("ne-police-joint-patrol-is-no-exercise", "ne", DAY,
         "नेपाल प्रहरी र सशस्त्र प्रहरी बलले चीनसँग जोडिएको सीमा क्षेत्रमा संयुक्त गस्ती सुरु गरेका छन् ।",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
