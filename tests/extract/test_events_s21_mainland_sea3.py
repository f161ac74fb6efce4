"""The extract stage on short Khmer, Lao, Burmese, Thai, Sinhala and Sindhi press articles written for these
tests (none of these sentences is in tests/data/heldout/mainland_sea3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of that press: Lao UXO clearance
(ການເກັບກູ້ລະເບີດບໍ່ທັນແຕກ) and "women" (ແມ່ຍິງ) hold no combat word, and a military command named
after its city (ກອງບັນຊາການທະຫານນະຄອນຫຼວງ…) and a delegation of the ministry (ຄະນະຜູ້ແທນກະຊວງປ້ອງກັນປະເທດ ລາວ) no
place; a Burmese year written before its
month ("၂၀၂၂ ခုနှစ် ဇူလိုင်လတွင်") is one date; the exile press's "military council" (စစ်ကောင်စီ) is Myanmar;
Burmese towns and bases (မကွေး, သီလဝါ …) are places; Khmer upkeep of military equipment (ថែទាំសម្ភារៈយោធា)
is a field of cooperation, thanks for help given (ថ្លែងអំណរគុណ … ផ្តល់ …) no new aid and "this
exercise" (សមយុទ្ធនេះ) the exercise already told, "the training" (ការបណ្តុះបណ្តាល) a topic of talks, the
honorific អញ្ជើញ before a verb (អញ្ជើញជួប, "goes to meet") no invitation; a Thai cabinet
resolution or budget approval (ครม.มีมติ, อนุมัติงบประมาณ) no pledge or ratification, and a service attaché
written with ฝ่าย (ผู้ช่วยทูตฝ่ายทหารบก…) one title; a Sinhala course
run by the other side's trainers (පුහුණුකරුවන් … විසින්) is training given; a Sindhi company named with its
home in the genitive (ترڪي جي هڪ … ڪمپني) signs for no state, "announced to give" (ڏيڻ جو اعلان) is
a pledge and capitals of the region (ڪولمبو, ڍاڪا …) are places.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-05-20"  # a Wednesday

CASES = [
    # ---- lo: UXO clearance and "women" hold the combat words ລະເບີດ (bomb) and ຍິງ (shoot)
    case("lo-uxo-clearance-is-no-combat", "lo", DAY,
         "ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ ລາວ ແລະ ເອກອັກຄະລັດຖະທູດ ເກົາຫຼີ ໄດ້ຕົກລົງກັນ ທີ່ຈະຮ່ວມມືໃນການເກັບກູ້ລະເບີດບໍ່ທັນແຕກ "
         "ຢູ່ແຂວງສະຫວັນນະເຂດ.",
         [ev("intent", ["KOR", "LAO"])]),
    case("lo-women-is-no-shooting", "lo", DAY,
         "ຄະນະຜູ້ແທນສະຫະພັນແມ່ຍິງກອງທັບປະຊາຊົນລາວ ໄດ້ເດີນທາງໄປຢ້ຽມຢາມ ຫວຽດນາມ ແລະ ພົບປະກັບ ຮອງລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ "
         "ຫວຽດນາມ ໃນວັນທີ 18 ພຶດສະພາ 2026.",
         [ev("meeting", ["LAO", "VNM"], date="2026-05-18")]),
    # ---- lo: a military command named after its city is a unit, not the place of the handover
    case("lo-command-named-after-a-city-is-no-place", "lo", DAY,
         "ໃນວັນທີ 18 ພຶດສະພາ 2026, ກອງບັນຊາການທະຫານນະຄອນຫຼວງປັກກິ່ງ ສປ ຈີນ ໄດ້ມອບລົດບັນທຸກທະຫານ 10 ຄັນ "
         "ໃຫ້ແກ່ກອງທັບປະຊາຊົນລາວ.",
         [ev("aid", ["CHN", "LAO"], date="2026-05-18", location=None)]),
    # ---- lo: a delegation OF the Lao ministry travels: the ministry is no place of the talks abroad
    case("lo-delegation-of-the-ministry-travels", "lo", DAY,
         "ຄະນະຜູ້ແທນກະຊວງປ້ອງກັນປະເທດ ລາວ ໄດ້ເດີນທາງໄປຢ້ຽມຢາມ ແລະ ເຮັດວຽກຢູ່ ສສ ຫວຽດນາມ ແຕ່ວັນທີ 18-21 ພຶດສະພາ 2026.",
         [ev("meeting", ["LAO", "VNM"], date="2026-05", location="VNM", mode="visit")]),
    # ---- my: a year written before its month is one date, no second event at the bare month
    case("my-year-before-month-is-one-date", "my", DAY,
         "မြန်မာနှင့် အိန္ဒိယ ရေတပ်များသည် ၂၀၂၂ ခုနှစ် ဇူလိုင်လတွင် ဘင်္ဂလားပင်လယ်အော်၌ ပူးတွဲရေတပ်လေ့ကျင့်ခန်းကို ပြုလုပ်ခဲ့ကြသည်။",
         [ev("exercise", ["IND", "MMR"], date="2022-07", historical=True)]),
    # ---- my: the exile press's "military council" is the state; a base town is a place
    case("my-military-council-is-myanmar", "my", DAY,
         "ရုရှားနိုင်ငံက Mi-17 ရဟတ်ယာဉ် ၂ စင်းကို စစ်ကောင်စီ လေတပ်ထံ မေလ ၁၈ ရက်က မိတ္ထီလာလေတပ်စခန်း၌ လွှဲပြောင်းပေးအပ်ခဲ့သည်။",
         [ev("aid", ["MMR", "RUS"], date="2026-05-18", location="MMR")]),
    # ---- km: upkeep of military equipment is a topic of talks; thanks tell no new aid
    case("km-upkeep-of-materiel-is-a-topic", "km", DAY,
         "រដ្ឋមន្ត្រីក្រសួងការពារជាតិកម្ពុជា បានទទួលជួបឯកអគ្គរដ្ឋទូតឥណ្ឌា នៅថ្ងៃទី១៩ ខែឧសភា ឆ្នាំ២០២៦។ "
         "ភាគីទាំងពីរបានពិភាក្សាអំពីការជួសជុល និងការថែទាំសម្ភារៈយោធា។",
         [ev("meeting", ["IND", "KHM"], date="2026-05-19")]),
    case("km-thanks-for-aid-given-is-no-aid", "km", DAY,
         "រដ្ឋមន្ត្រីក្រសួងការពារជាតិកម្ពុជា បានទទួលជួបឯកអគ្គរដ្ឋទូតអូស្ត្រាលី នៅថ្ងៃទី១៩ ខែឧសភា ឆ្នាំ២០២៦។ "
         "លោករដ្ឋមន្ត្រីបានថ្លែងអំណរគុណចំពោះអូស្ត្រាលី ដែលបានផ្តល់ជំនួយដល់កងទ័ពជើងទឹកកម្ពុជា។",
         [ev("meeting", ["AUS", "KHM"], date="2026-05-19")]),
    # ---- km: "this exercise" refers back to the exercise told: no second, background one
    case("km-this-exercise-is-the-one-told", "km", DAY,
         "កងទ័ពកម្ពុជា និងកងទ័ពឡាវ បានបើកសមយុទ្ធរួមគ្នា នៅថ្ងៃទី១៨ ខែឧសភា ឆ្នាំ២០២៦ នៅខេត្តស្ទឹងត្រែង។ "
         "សមយុទ្ធនេះធ្លាប់ត្រូវបានធ្វើឡើងជាច្រើនដងកន្លងមក។",
         [ev("exercise", ["KHM", "LAO"], date="2026-05-18", location="KHM")]),
    # ---- km: "the training" as a topic of talks is no training given; training completed still is
    case("km-the-training-as-a-topic-is-no-aid", "km", DAY,
         "រដ្ឋមន្ត្រីការពារជាតិកម្ពុជា បានទទួលជួបឯកអគ្គរដ្ឋទូតជប៉ុន នៅថ្ងៃទី១៩ ខែឧសភា ឆ្នាំ២០២៦។ ក្នុងជំនួបនោះ "
         "ភាគីទាំងពីរបានពិភាក្សាអំពីកិច្ចសហប្រតិបត្តិការយោធា ការបណ្តុះបណ្តាល និងសន្តិសុខសមុទ្រ។",
         [ev("meeting", ["JPN", "KHM"], date="2026-05-19")]),
    case("km-completed-the-training-is-aid", "km", DAY,
         "កាលពីថ្ងៃទី១៨ ខែឧសភា ឆ្នាំ២០២៦ នាយទាហានកម្ពុជា ៣០នាក់ បានបញ្ចប់ការបណ្តុះបណ្តាលផ្នែកវិស្វកម្ម "
         "ដែលរៀបចំដោយកងទ័ពអូស្ត្រាលី។",
         [ev("aid", ["AUS", "KHM"], date="2026-05-18")]),
    # ---- km: the honorific អញ្ជើញ ("goes to", of officials) before a verb is no invitation
    case("km-honorific-anjeunh-is-no-invitation", "km", DAY,
         "រដ្ឋមន្ត្រីការពារជាតិកម្ពុជា បានអញ្ជើញជួបពិភាក្សាជាមួយរដ្ឋមន្ត្រីការពារជាតិឥណ្ឌា តាមប្រព័ន្ធវីដេអូ "
         "កាលពីថ្ងៃទី១៨ ខែឧសភា ឆ្នាំ២០២៦។",
         [ev("meeting", ["IND", "KHM"], date="2026-05-18", mode="phone")]),
    case("km-invited-to-visit-stays-an-intent", "km", DAY,
         "រដ្ឋមន្ត្រីការពារជាតិកម្ពុជា បានអញ្ជើញរដ្ឋមន្ត្រីការពារជាតិឥណ្ឌា មកបំពេញទស្សនកិច្ចនៅកម្ពុជា។",
         [ev("meeting", ["IND", "KHM"]), ev("intent", ["IND", "KHM"])]),
    # ---- th: a cabinet resolution or budget approval is the government's own decision
    case("th-cabinet-resolution-is-no-pledge", "th", DAY,
         "เมื่อวันที่ 19 พ.ค. รัฐมนตรีว่าการกระทรวงกลาโหม ให้การต้อนรับ เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย ที่กระทรวงกลาโหม "
         "ขณะที่ ครม.มีมติอนุมัติงบประมาณจัดซื้อรถถังของกองทัพบก ตามที่กระทรวงกลาโหมเสนอ",
         [ev("meeting", ["JPN", "THA"], date="2026-05-19")]),
    # ---- th: a service attaché written with ฝ่าย ("ผู้ช่วยทูตฝ่ายทหารเรือ…") keeps the state after the title
    case("th-service-attache-with-fai", "th", DAY,
         "ผู้บัญชาการทหารเรือ ให้การต้อนรับ ผู้ช่วยทูตฝ่ายทหารเรือออสเตรเลีย ในโอกาสเข้าเยี่ยมคำนับ เมื่อวันที่ 19 พ.ค.",
         [ev("meeting", ["AUS", "THA"], date="2026-05-19")]),
    # ---- si: a course run by the other side's trainers is training given
    case("si-course-by-foreign-trainers-is-aid", "si", DAY,
         "ජපාන ගොඩබිම් ආත්මාරක්ෂක බලකායේ පුහුණුකරුවන් විසින් ශ්‍රී ලංකා යුද්ධ හමුදාවේ ඉංජිනේරු භටයින් 40 දෙනෙකු සඳහා "
         "පැවැත්වූ පුහුණු පාඨමාලාව ඊයේ නිමාවිය.",
         [ev("aid", ["JPN", "LKA"], date="2026-05-19")]),
    # ---- sd: "announced to give" is a pledge, no delivery; Colombo is a place
    case("sd-announced-to-give-is-a-pledge", "sd", DAY,
         "آمريڪا پاڪستان کي دهشتگردي خلاف ويڙهه لاءِ نوان هٿيار ڏيڻ جو اعلان ڪيو.",
         [ev("intent", ["PAK", "USA"])]),
    case("sd-colombo-is-the-place", "sd", DAY,
         "پاڪستان جي بحريه جي سربراهه ڪالهه سريلنڪا جي سرڪاري دوري دوران ڪولمبو ۾ "
         "سريلنڪا جي بحريه جي ڪمانڊر سان ملاقات ڪئي.",
         [ev("meeting", ["LKA", "PAK"], date="2026-05-19", location="LKA", mode="visit")]),
    # ---- sd: a company named with its home in the genitive signs for no state
    case("sd-genitive-company-is-no-state", "sd", DAY,
         "چين جي بحري سربراهه اسلام آباد ۾ پاڪ بحريه جي سربراهه سان ملاقات ڪئي. "
         "ٻئي طرف هڪ پاڪستاني خانگي ڪمپني چين جي هڪ جهاز ٺاهيندڙ ڪمپني سان پرزن جو معاهدو ڪيو.",
         [ev("meeting", ["CHN", "PAK"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
