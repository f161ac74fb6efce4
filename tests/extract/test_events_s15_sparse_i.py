"""The extract stage on short articles in Nepali, Burmese, Lao, Pashto, Slovak and Slovenian, written for
these tests (none of these sentences is in tests/data/heldout/sparse_i.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py.  They pin general wording of each language's ministries and press: Nepali
initials in foreign names (जेम्स डी. वाकर), the bare foreign rank जनरल, "X र Yबीच" (between X and Y), the
pluperfect "भएको थियो" of an exercise held, the Nepal Army's recurring exercises named without अभ्यास,
"सुरु गर्ने" (to start) as a topic, "सहित" (with) after a state; Burmese foreign ranks in Myanmar letters
(ကာနယ်ဂျင်နရယ်), ဦးဆောင် (to lead) as no honorific, the agreement document သဘောတူစာချုပ် as no pledge; a Lao
surname in -ມອບ as no handover; a denied Pashto signing; Slovak "zhodli sa, že … je" as no pledge; Slovenian
weekday adjectives ("na četrtkovi seji").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-05-16"  # a Saturday

CASES = [
    # ---- Nepali
    case("ne-initial-and-bare-general", "ne", DAY,
         "नेपाली सेनाका प्रधानसेनापति र अमेरिकी सेनाका कमाण्डर जनरल जेम्स डी. वाकरबीच जंगी अड्डामा भेटवार्ता "
         "भयो ।",
         [ev("meeting", ["NPL", "USA"], persons=["जेम्स डी. वाकर"])]),
    case("ne-named-recurring-exercise", "ne", DAY,
         "यसअघि नेपाल र भारतबीच 'सूर्यकिरण-१६' सन् २०२२ डिसेम्बरमा सम्पन्न भएको थियो ।",
         [ev("exercise", ["IND", "NPL"], date="2022-12", historical=True)]),
    case("ne-pluperfect-exercise-held", "ne", DAY,
         "नेपाल र चीनबीच पहिलो संयुक्त सैन्य अभ्यास सन् २०१८ मा चीनमा भएको थियो ।",
         [ev("exercise", ["CHN", "NPL"], date="2018", historical=True)]),
    case("ne-to-start-is-a-topic", "ne", DAY,
         "नेपाली सेनाका प्रधानसेनापतिले बेइजिङमा चीनका रक्षामन्त्रीसँग भेटवार्ता गरे । भेटमा दुई सेनाबीच संयुक्त "
         "अभ्यास पुनः सुरु गर्ने विषयमा छलफल भयो ।",
         [ev("meeting", ["CHN", "NPL"])]),
    case("ne-state-with-sahit", "ne", DAY,
         "नेपाल र भारतसहित श्रीलंकाका सेनाले संयुक्त सैन्य अभ्यास सम्पन्न गरे ।",
         [ev("exercise", ["IND", "LKA", "NPL"])]),
    # ---- Burmese
    case("my-foreign-rank-in-myanmar-letters", "my", DAY,
         "တပ်မတော်ကာကွယ်ရေးဦးစီးချုပ်သည် ရုရှားဖက်ဒရေးရှင်း ကာကွယ်ရေးဒုတိယဝန်ကြီး ကာနယ်ဂျင်နရယ် ပီတာ ဆီမီနော့ "
         "ဦးဆောင်သော ကိုယ်စားလှယ်အဖွဲ့အား နေပြည်တော်တွင် လက်ခံတွေ့ဆုံသည်။",
         [ev("meeting", ["MMR", "RUS"], persons=["ပီတာ ဆီမီနော့"])]),
    case("my-agreement-document-no-pledge", "my", DAY,
         "မြန်မာ-တရုတ် ကာကွယ်ရေးပူးပေါင်းဆောင်ရွက်မှုဆိုင်ရာ သဘောတူစာချုပ်ကို ၂၀၁၉ ခုနှစ်တွင် နှစ်နိုင်ငံ "
         "ကာကွယ်ရေးဝန်ကြီးဌာနများက လက်မှတ်ရေးထိုးခဲ့ကြသည်။",
         [ev("agreement", ["CHN", "MMR"], date="2019", historical=True)]),
    # ---- Lao: ມອບ (give) ends Russian surnames in -imov
    case("lo-surname-in-mov-no-handover", "lo", DAY,
         "ຫົວໜ້າເສນາທິການໃຫຍ່ກອງທັບປະຊາຊົນລາວ ໄດ້ພົບປະກັບ ພົນເອກ ອີວານ ກາຣີມອບ ຫົວໜ້າເສນາທິການໃຫຍ່ກອງທັບຣັດເຊຍ "
         "ທີ່ນະຄອນຫຼວງມົສກູ.",
         [ev("meeting", ["LAO", "RUS"])]),
    case("lo-gave-equipment", "lo", DAY,
         "ກອງທັບປົດປ່ອຍປະຊາຊົນຈີນ ໄດ້ມອບອຸປະກອນການແພດ ໃຫ້ແກ່ກອງທັບປະຊາຊົນລາວ.",
         [ev("aid", ["CHN", "LAO"])]),
    # ---- Pashto: a signing denied
    case("ps-no-treaty-signed", "ps", DAY,
         "شنونکي وايي چې د افغانستان او ازبکستان د دفاع وزارتونو ترمنځ تر اوسه کوم پوځي تړون "
         "نه دی لاسلیک شوی.",
         []),
    # ---- Slovak: agreed that something is so
    case("sk-agreed-that-is-no-pledge", "sk", DAY,
         "Náčelník Generálneho štábu OS SR v utorok v Bratislave rokoval s náčelníkom poľského "
         "generálneho štábu. "
         "Obaja sa zhodli, že spoločné cvičenia sú pre slovenskú aj poľskú armádu prínosom.",
         [ev("meeting", ["POL", "SVK"])]),
    # ---- Slovenian: the weekday adjective of "at Thursday's session"
    case("sl-thursdays-session", "sl", DAY,
         "Vlada je na četrtkovi seji sklenila, da bo Slovenska vojska Ukrajini do konca leta predala dodatno "
         "vojaško opremo.",
         [ev("intent", ["SVN", "UKR"], date="2026-05-14")]),
    # ---- round 2: Khmer, Lao, Burmese, Slovenian, Albanian
    case("km-discussed-organising-no-exercise", "km", DAY,
         "រដ្ឋមន្ត្រីក្រសួងការពារជាតិកម្ពុជា បានទទួលជួបឯកអគ្គរដ្ឋទូតវៀតណាម "
         "និងពិភាក្សាពីការរៀបចំសមយុទ្ធរួមគ្នា។",
         [ev("meeting", ["KHM", "VNM"])]),
    case("km-province-is-a-place", "km", DAY,
         "សមយុទ្ធរួមគ្នារវាងកងទ័ពកម្ពុជា និងកងទ័ពចិន ត្រូវបានធ្វើឡើងនៅខេត្តកំពត។",
         [ev("exercise", ["CHN", "KHM"], location="KHM")]),
    case("lo-training-as-a-field-no-aid", "lo", DAY,
         "ຫົວໜ້າເສນາທິການໃຫຍ່ກອງທັບປະຊາຊົນລາວ ທີ່ກຳລັງຢ້ຽມຢາມສະຫະພັນຣັດເຊຍ ໄດ້ພົບປະກັບ "
         "ຫົວໜ້າເສນາທິການໃຫຍ່ກອງທັບຣັດເຊຍ. ໃນການພົບປະ, ສອງຝ່າຍໄດ້ແລກປ່ຽນຄວາມຄິດເຫັນກ່ຽວກັບການຮ່ວມມືດ້ານການທະຫານ, "
         "ການບຳລຸງສ້າງພະນັກງານ ແລະ ວິຊາການທະຫານ.",
         [ev("meeting", ["LAO", "RUS"])]),
    case("lo-gave-training", "lo", DAY,
         "ກອງທັບປະຊາຊົນຫວຽດນາມ ໄດ້ໃຫ້ການບຳລຸງສ້າງນາຍທະຫານລາວ 200 ຄົນ.",
         [ev("aid", ["LAO", "VNM"])]),
    case("my-three-word-foreign-name", "my", DAY,
         "တပ်မတော်(ရေ) ကာကွယ်ရေးဦးစီးချုပ်သည် အိန္ဒိယရေတပ်ဦးစီးချုပ် အက်ဒမီရယ် ရာဂျ် ကူမာ ရှားမား နှင့် "
         "နယူးဒေလီမြို့၌ တွေ့ဆုံသည်။",
         [ev("meeting", ["IND", "MMR"], persons=["ရာဂျ် ကူမာ ရှားမား"])]),
    case("sl-held-in-a-relative-clause", "sl", DAY,
         "Mednarodna vaja Alpski ščit 2026, ki od 11. do 14. maja na osrednjem vadišču Slovenske vojske "
         "poteka, združuje vojake Slovenije, Avstrije in Hrvaške.",
         [ev("exercise", ["AUT", "HRV", "SVN"])]),
    case("sq-training-area-is-a-place", "sq", DAY,
         "Në poligonin e Bizës përfundoi stërvitja e përbashkët e Forcave të Armatosura të Shqipërisë "
         "dhe Italisë.",
         [ev("exercise", ["ALB", "ITA"], location="ALB")]),
    # ---- round 3: pledges to go on and meetings announced without their day (Lao, Burmese)
    case("lo-will-continue-to-help", "lo", DAY,
         "ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດລາວ ໄດ້ພົບປະກັບ ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດຫວຽດນາມ. ຝ່າຍຫວຽດນາມ "
         "ຈະສືບຕໍ່ໃຫ້ການຊ່ວຍເຫຼືອກອງທັບປະຊາຊົນລາວ ໃນການບຳລຸງສ້າງພະນັກງານ.",
         [ev("meeting", ["LAO", "VNM"]), ev("intent", ["LAO", "VNM"])]),
    case("my-next-meeting-will-be-held", "my", DAY,
         "မြန်မာနိုင်ငံ ကာကွယ်ရေးဝန်ကြီးသည် ထိုင်းနိုင်ငံ ကာကွယ်ရေးဝန်ကြီးနှင့် နေပြည်တော်တွင် တွေ့ဆုံသည်။ "
         "နောက်တစ်ကြိမ် အစည်းအဝေးကို ၂၀၂၇ ခုနှစ်တွင် ထိုင်းနိုင်ငံ၌ ကျင်းပသွားမည်ဖြစ်သည်။",
         [ev("meeting", ["MMR", "THA"]), ev("intent", ["MMR", "THA"])]),
    # ---- round 4: Khmer and Lao state names and places, Khmer "in the country of", respectful អញ្ជើញ
    case("km-in-the-country-of-is-the-venue", "km", DAY,
         "លោកឧត្តមសេនីយ៍ឯក រដ្ឋមន្ត្រីការពារជាតិកម្ពុជា បានជួបពិភាក្សាជាមួយរដ្ឋមន្ត្រីការពារជាតិឥណ្ឌូនេស៊ី "
         "នៅប្រទេសសិង្ហបុរី។",
         [ev("meeting", ["IDN", "KHM"], location="SGP")]),
    case("km-respectful-go-is-no-invitation", "km", DAY,
         "រដ្ឋមន្ត្រីក្រសួងការពារជាតិកម្ពុជា បានអញ្ជើញទៅប្រទេសជប៉ុន ដើម្បីជួបពិភាក្សាជាមួយរដ្ឋមន្ត្រីការពារជាតិជប៉ុន។",
         [ev("meeting", ["JPN", "KHM"], location="JPN")]),
    case("lo-jakarta-is-no-qatar", "lo", DAY,
         "ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດລາວ ໄດ້ພົບປະກັບ ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດຟີລິບປິນ ທີ່ນະຄອນຫຼວງຈາກາຕາ.",
         [ev("meeting", ["LAO", "PHL"], location="IDN")]),
    # ---- round 5: Nepali press spellings of states, Slovenian and Slovak training grounds as places
    case("ne-mongolia-press-spelling", "ne", DAY,
         "नेपाली सेना र मंगोलियाको सेनाबीच संयुक्त सैन्य अभ्यास सम्पन्न भयो ।",
         [ev("exercise", ["MNG", "NPL"])]),
    case("sl-cerklje-is-a-place", "sl", DAY,
         "Slovenski in hrvaški vojaki so v Cerkljah izvedli skupno vajo zračne obrambe.",
         [ev("exercise", ["HRV", "SVN"], location="SVN")]),
    case("sk-zahorie-is-a-place", "sk", DAY,
         "Slovenskí a českí vojaci na Záhorí ukončili spoločné cvičenie jednotiek protivzdušnej obrany.",
         [ev("exercise", ["CZE", "SVK"], location="SVK")]),
    case("sq-partner-national-guard-is-us", "sq", DAY,
         "Forcat e Sigurisë së Kosovës dhe Garda Kombëtare e Iowas zhvilluan një stërvitje të përbashkët në "
         "Prizren.",
         [ev("exercise", ["USA", "XKX"], location="XKX")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
