"""The extract stage on short articles in six languages written for these tests (none of these sentences is in
tests/data/heldout/sea4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of South and Southeast Asia, the genres of
the sea4 set: humanitarian assistance named as what a naval exercise practises (th
"การช่วยเหลือด้านมนุษยธรรม"), thanks for the other army's help written in one run (lo
"ຂອບໃຈຕໍ່ການຊ່ວຍເຫຼືອ"), hardware "received from" the giver (tl "natanggap … mula sa"), "has provided"
vehicles (km "បានផ្តល់"), a "unilateral" drill of one side's own forces (en), a visit "to the country" with
March or May written before the locative (my "… ခုနှစ် မေလတွင် … ရုရှားနိုင်ငံသို့"), the first edition of
an exercise just told (en "The first edition of …", my "ပထမအကြိမ်"), a joint maritime patrol (my
"ပူးတွဲရေကြောင်းကင်းလှည့်"), the own navy's rescue drill written with a space (my "ကယ်ဆယ်ရေး လေ့ကျင့်ခန်း"),
a minister named after his one-word honorific title (km "សម្តេចពិជ័យសេនា"), the era before a year that ends
no sentence (th "พ.ศ."), and the Philippine Air Force by its initials (tl "PAF").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- th: humanitarian assistance as what the exercise practises is no aid
    case("th-chuailuea-dan-manusayatham-is-no-aid", "th", DAY,
         "กองทัพเรือไทยและกองทัพเรืออินเดียเริ่มการฝึกผสมทางทะเลเมื่อวันที่ 14 กันยายน 2569 ที่จังหวัดภูเก็ต "
         "โดยการฝึกมุ่งเน้นการค้นหาและกู้ภัยในทะเลและการช่วยเหลือด้านมนุษยธรรม",
         [ev("exercise", ["IND", "THA"])]),
    # ---- lo: thanks for the other army's help, written in one run, is no aid
    case("lo-khopchai-to-kan-suay-luea-is-no-aid", "lo", DAY,
         "ວັນທີ 15 ກັນຍາ 2026, ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດລາວ ໄດ້ໃຫ້ການຕ້ອນຮັບ ຄະນະຜູ້ແທນກອງທັບຈີນ ທີ່ມາຢ້ຽມຢາມ ສປປ ລາວ. "
         "ທ່ານໄດ້ສະແດງຄວາມຂອບໃຈຕໍ່ການຊ່ວຍເຫຼືອຂອງກອງທັບປົດປ່ອຍປະຊາຊົນຈີນ.",
         [ev("meeting", ["CHN", "LAO"], date="2026-09-15")]),
    # ---- tl: hardware received from the giver
    case("tl-natanggap-mula-sa-is-a-delivery", "tl", DAY,
         "Noong Lunes, natanggap ng Philippine Navy ang tatlong patrol boat mula sa Japan, ayon sa "
         "tagapagsalita ng hukbong-dagat.",
         [ev("aid", ["JPN", "PHL"], date="2026-09-14")]),
    # ---- km: "has provided" vehicles to the other army
    case("km-ban-phdal-is-a-delivery", "km", DAY,
         "កាលពីថ្ងៃទី១៥ ខែកញ្ញា ឆ្នាំ២០២៦ ប្រទេសឥណ្ឌាបានផ្តល់រថយន្តយោធាចំនួន ២០គ្រឿង ដល់កងយោធពលខេមរភូមិន្ទ។",
         [ev("aid", ["IND", "KHM"], date="2026-09-15")]),
    # ---- en: a unilateral drill of one side's own forces is no exercise with the other
    case("en-unilateral-exercise-is-own-forces", "en", "2026-09-18",
         "The Philippine Navy and the Japan Maritime Self-Defense Force held a joint sail in the South China "
         "Sea on Monday. On Wednesday, the Philippine Navy conducted a unilateral exercise off Palawan.",
         [ev("exercise", ["JPN", "PHL"], date="2026-09-14")]),
    # ---- my: a month before the locative ("မေလတွင်") and a visit "to the country" (နိုင်ငံသို့)
    case("my-melatwin-naingansothoe-is-an-earlier-visit", "my", DAY,
         "တပ်မတော်ကာကွယ်ရေးဦးစီးချုပ်သည် ယနေ့ နေပြည်တော်တွင် ရုရှား ရေတပ်ဦးစီးချုပ် ဦးဆောင်သော "
         "ကိုယ်စားလှယ်အဖွဲ့အား လက်ခံတွေ့ဆုံသည်။ ရေတပ်ဦးစီးချုပ်သည် ၂၀၂၄ ခုနှစ် မေလတွင်လည်း "
         "ရုရှားနိုင်ငံသို့ သွားရောက်ပြီး ရုရှားရေတပ်ဦးစီးချုပ်နှင့် တွေ့ဆုံခဲ့သည်။",
         [ev("meeting", ["MMR", "RUS"], date="2026-09-16", location="MMR"),
          ev("meeting", ["MMR", "RUS"], date="2024-05", location="RUS", historical=True)]),
    # ---- en: the first edition of the exercise just told is an earlier edition of it
    case("en-first-edition-was-held-is-an-earlier-edition", "en", DAY,
         "The navies of Indonesia and Australia held a joint patrol in the Arafura Sea on Monday. The first "
         "edition of the patrol was held in March 2019.",
         [ev("exercise", ["AUS", "IDN"], date="2026-09-14"),
          ev("exercise", ["AUS", "IDN"], date="2019-03", historical=True)]),
    # ---- my: a joint maritime patrol, its first edition, and a rescue drill of the own navy written spaced
    case("my-pudwe-kinhlaet-pahtama-akyein-kaysaeyay-drill", "my", DAY,
         "မြန်မာ့တပ်မတော်(ရေ)နှင့် ထိုင်းရေတပ်တို့သည် စက်တင်ဘာ ၁၄ ရက်တွင် ပူးတွဲရေကြောင်းကင်းလှည့်မှုကို "
         "ဆောင်ရွက်ခဲ့ကြသည်။ ပထမအကြိမ် ကင်းလှည့်မှုကို ၂၀၁၈ ခုနှစ် ဇွန်လတွင် ကျင်းပခဲ့သည်။ တစ်ချိန်တည်းမှာပင် "
         "တပ်မတော်(ရေ)သည် ရခိုင်ကမ်းရိုးတန်းတွင် ကယ်ဆယ်ရေး လေ့ကျင့်ခန်းတစ်ရပ်ကို ကျင်းပခဲ့သည်။",
         [ev("exercise", ["MMR", "THA"], date="2026-09-14"),
          ev("exercise", ["MMR", "THA"], date="2018-06", historical=True)]),
    # ---- km: a minister named after his one-word honorific title ("សម្តេចពិជ័យសេនា")
    case("km-samdech-pichey-sena-is-an-honorific", "km", DAY,
         "នៅថ្ងៃទី១៥ ខែកញ្ញា ឆ្នាំ២០២៦ សម្តេចពិជ័យសេនា ទៀ សីហា រដ្ឋមន្ត្រីក្រសួងការពារជាតិ "
         "បានទទួលជួបគណៈប្រតិភូក្រសួងការពារជាតិឡាវ នៅទីស្តីការក្រសួង។",
         [ev("meeting", ["KHM", "LAO"], date="2026-09-15", persons=["Tea Seiha"])]),
    # ---- th: the era before a year ("พ.ศ. 2562") ends no sentence: the year stays with its signing
    case("th-por-sor-is-no-sentence-end", "th", DAY,
         "เมื่อวันที่ 15 กันยายน 2569 รัฐมนตรีว่าการกระทรวงกลาโหมให้การต้อนรับรัฐมนตรีว่าการกระทรวงกลาโหมลาว "
         "ณ กระทรวงกลาโหม กรุงเทพฯ ทั้งสองฝ่ายเคยลงนามบันทึกความเข้าใจด้านการศึกษาทางทหารเมื่อปี พ.ศ. 2562 "
         "ที่กรุงเวียงจันทน์",
         [ev("meeting", ["LAO", "THA"], date="2026-09-15"),
          ev("agreement", ["LAO", "THA"], date="2019", historical=True)]),
    # ---- tl: the Philippine Air Force by its initials receives the hardware
    case("tl-paf-is-the-philippine-air-force", "tl", DAY,
         "Noong Martes, dalawang bagong helicopter ang natanggap ng PAF mula sa Poland, ayon sa "
         "tagapagsalita ng hukbong panghimpapawid.",
         [ev("aid", ["PHL", "POL"], date="2026-09-15")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
