"""The extract stage on short articles in the native-language press of South and Southeast Asia (Malay,
Filipino, Thai, Bengali, Urdu, Tamil, Telugu, Marathi), written for these tests (none of these sentences is in
tests/data/heldout/s_se_asia.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of that press: an earlier edition of an exercise told
in a sentence of its own ("Edisi lalu diadakan di …", "Ang nakaraang edisyon ay ginanap …", "ครั้งก่อนจัดขึ้น
ที่…", "এর আগের আসরটি … অনুষ্ঠিত হয়", "گزشتہ ایڈیشن … منعقد ہوا تھا", "முந்தைய பதிப்பு … நடைபெற்றது", "గత విడత
… జరిగింది", "मागील आवृत्ती … पार पडली"); a Bengali exercise or its edition that "took place" ("এই মহড়ার
পঞ্চম পর্ব হয়েছিল"); a Thai warfare field trained or studied ("สงครามไซเบอร์", "สงครามอิเล็กทรอนิกส์") as no
fighting.

Second round: a day written alone with its ordinal ending and "திகதி" / "தேதி" ("கடந்த 14ஆம் திகதி"); Trinidad
as a Filipino surname, no state; a parade's reviewing officer taking the cadets' salute ("క్యాడెట్ల నుంచి గౌరవ
వందనం స్వీకరించారు") as no reception; an exercise its parties concluded ("menamatkan", "melabuhkan tirai").

Third round: an exercise that ended (bn "শেষ হলো", mr "सराव संपला"); the Sri Lankan defence secretary and
deputy defence minister in their case forms ("பாதுகாப்புச் செயலாளரை", "பாதுகாப்பு பிரதி அமைச்சருடன்"); a farewell call
(tl "farewell call kay"); th military attachés of friendly countries watching a drill as observers; mr the
frontier named after a neighbour ("पाकिस्तान सीमेवरील", "चीन सीमेवरील") as no party; ur a warning sent to an
adversary ("بھارت کو واضح پیغام") as a threat.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- a warfare field as the subject of training is no combat (th)
    case("th-warfare-field-is-no-combat", "th", DAY,
         "ผู้บัญชาการทหารสูงสุดของไทยเดินทางเยือนญี่ปุ่นอย่างเป็นทางการเมื่อวันที่ 16 มี.ค. 2569\n\n"
         "ทั้งสองฝ่ายเห็นพ้องที่จะร่วมกันฝึกด้านสงครามอิเล็กทรอนิกส์และสงครามไซเบอร์ในปีหน้า",
         [ev("meeting", ["JPN", "THA"], date="2026-03-16", mode="visit"), ev("intent", ["JPN", "THA"])]),
    # ---- an earlier edition of the exercise, told in a sentence of its own
    case("ms-edisi-lalu-diadakan", "ms", DAY,
         "Latihan bersama Kris Strike antara Tentera Darat Malaysia dan Tentera Darat Amerika Syarikat "
         "bermula di Pahang semalam. Edisi lalu diadakan di Sabah pada Ogos tahun lalu.",
         [ev("exercise", ["MYS", "USA"], date="2026-03"),
          ev("exercise", ["MYS", "USA"], date="2025-08", historical=True)]),
    case("tl-nakaraang-edisyon-ginanap", "tl", DAY,
         "Sinimulan noong Lunes ang Exercise Kasangga ng Philippine Army at Malaysian Army sa Tarlac. Ang "
         "nakaraang edisyon ay ginanap sa Sabah noong Hunyo 2025.",
         [ev("exercise", ["MYS", "PHL"], date="2026-03"),
          ev("exercise", ["MYS", "PHL"], date="2025-06", historical=True)]),
    case("th-khrang-kon-jat-khuen", "th", DAY,
         "กองทัพเรือไทยและกองทัพเรือสิงคโปร์เริ่มการฝึกผสม Singsiam เมื่อวันที่ 16 มี.ค. 2569 ที่อ่าวไทย\n\n"
         "ครั้งก่อนจัดขึ้นที่สิงคโปร์ เมื่อเดือนสิงหาคม 2567",
         [ev("exercise", ["SGP", "THA"], date="2026-03"),
          ev("exercise", ["SGP", "THA"], date="2024-08", location="SGP", historical=True)]),
    case("bn-ager-asor-onushthito", "bn", DAY,
         "বাংলাদেশ ও ভারতের নৌবাহিনীর যৌথ মহড়া ‘বঙ্গোসাগর’ মঙ্গলবার বঙ্গোপসাগরে শুরু হয়েছে। এর আগের আসরটি "
         "২০২৩ সালের মে মাসে বিশাখাপত্তনমে অনুষ্ঠিত হয়।",
         [ev("exercise", ["BGD", "IND"], date="2026-03"),
          ev("exercise", ["BGD", "IND"], date="2023-05", historical=True)]),
    case("bn-mohra-porbo-hoyechhilo", "bn", DAY,
         "বাংলাদেশ ও ভারতের নৌবাহিনীর যৌথ মহড়া ‘বঙ্গোসাগর’ মঙ্গলবার বঙ্গোপসাগরে শুরু হয়েছে। ২০২৩ সালের মে "
         "মাসে বিশাখাপত্তনমে এই মহড়ার পঞ্চম পর্ব হয়েছিল।",
         [ev("exercise", ["BGD", "IND"], date="2026-03"),
          ev("exercise", ["BGD", "IND"], date="2023-05", historical=True)]),
    case("ur-guzishta-edition-munaqid", "ur", DAY,
         "پاکستان اور ترکیہ کی بحری افواج کی مشترکہ مشق پیر کو کراچی میں شروع ہوگئی۔ گزشتہ ایڈیشن اگست 2024 "
         "میں استنبول میں منعقد ہوا تھا۔",
         [ev("exercise", ["PAK", "TUR"], date="2026-03"),
          ev("exercise", ["PAK", "TUR"], date="2024-08", location="TUR", historical=True)]),
    case("ta-munthaiya-pathippu-nadaiperrathu", "ta", DAY,
         "இந்திய, இலங்கை ராணுவங்களின் கூட்டுப் பயிற்சி 'மித்ர சக்தி' திங்கள்கிழமை புணேயில் தொடங்கியது. முந்தைய "
         "பதிப்பு 2024 ஆகஸ்டில் இலங்கையில் நடைபெற்றது.",
         [ev("exercise", ["IND", "LKA"], date="2026-03"),
          ev("exercise", ["IND", "LKA"], date="2024-08", historical=True)]),
    case("te-gata-vidata-jarigindi", "te", DAY,
         "భారత్‌-ఫ్రాన్స్‌ సైన్యాల సంయుక్త విన్యాసాలు 'శక్తి' సోమవారం మేఘాలయలో ప్రారంభమయ్యాయి. గత విడత 2024 "
         "మేలో ఫ్రాన్స్‌లో జరిగింది.",
         [ev("exercise", ["FRA", "IND"], date="2026-03"),
          ev("exercise", ["FRA", "IND"], date="2024-05", location="FRA", historical=True)]),
    case("mr-magil-avrutti-par-padli", "mr", DAY,
         "भारत आणि फ्रान्सच्या लष्करांचा 'शक्ती' हा संयुक्त सराव सोमवारी मेघालयात सुरू झाला. मागील आवृत्ती मे "
         "२०२४ मध्ये फ्रान्समध्ये पार पडली होती.",
         [ev("exercise", ["FRA", "IND"], date="2026-03"),
          ev("exercise", ["FRA", "IND"], date="2024", location="FRA", historical=True)]),
    # ---- round 2: a day written alone with "ஆம் திகதி" (Sri Lankan Tamil) is a day of the base month
    case("ta-am-thikathi-day-alone", "ta", DAY,
         "இந்திய கடற்படைக் கப்பல் கடந்த 14ஆம் திகதி கொழும்பை வந்தடைந்ததுடன், அதன் கட்டளை அதிகாரி இலங்கை "
         "கடற்படைத் தளபதியை சந்தித்து கலந்துரையாடினார்.",
         [ev("meeting", ["IND", "LKA"], date="2026-03-14")]),
    # ---- Trinidad is a Filipino surname (and a town in Bohol), no Trinidad and Tobago
    case("tl-trinidad-is-a-surname", "tl", DAY,
         "Nagsagawa noong Lunes ng joint sail ang Philippine Navy at Royal Australian Navy sa West "
         "Philippine Sea, ayon kay Col. Mario Trinidad ng AFP Western Command.",
         [ev("exercise", ["AUS", "PHL"])]),
    # ---- a parade's reviewing officer taking the cadets' salute receives no guest (te)
    case("te-cadets-salute-is-no-reception", "te", DAY,
         "కేరళలోని నౌకాదళ అకాడమీలో శనివారం పాసింగ్‌ అవుట్‌ పరేడ్‌ జరిగింది. నౌకాదళ ఉప ప్రధానాధికారి వైస్‌ అడ్మిరల్‌ "
         "రవి కుమార్‌ ముఖ్య అతిథిగా హాజరై క్యాడెట్ల నుంచి గౌరవ వందనం స్వీకరించారు. శ్రీలంక నౌకాదళానికి చెందిన "
         "ముగ్గురు అధికారులు కూడా అకాడమీలో శిక్షణ పూర్తి చేసుకున్నారు.",
         [ev("aid", ["IND", "LKA"])]),
    # ---- an exercise its parties concluded ("menamatkan", "melabuhkan tirai") was held (ms)
    case("ms-menamatkan-latihan-bersama", "ms", DAY,
         "Tentera Udara Diraja Malaysia dan Tentera Udara Singapura menamatkan latihan bersama di Kuantan "
         "semalam.",
         [ev("exercise", ["MYS", "SGP"], date="2026-03-17", location="MYS")]),
    case("ms-latihan-melabuhkan-tirai", "ms", DAY,
         "Latihan bersama Tentera Laut Diraja Malaysia dan Tentera Laut Indonesia melabuhkan tirai di Lumut "
         "semalam.",
         [ev("exercise", ["IDN", "MYS"], date="2026-03-17")]),
    # "menamatkan" alone also ends a conflict: no exercise held (guards the narrow "menamatkan latihan")
    case("ms-menamatkan-konflik-is-no-exercise", "ms", DAY,
         "Menteri Pertahanan Malaysia bertemu rakan sejawatnya dari Filipina di Manila semalam. Mereka "
         "membincangkan latihan bersama dan usaha menamatkan konflik di Myanmar.",
         [ev("meeting", ["MYS", "PHL"], location="PHL")]),
    # ---- round 3: an exercise that ended ("শেষ হয়েছে", "संपला") was held
    case("bn-mohra-shesh-hoyechhe", "bn", DAY,
         "বাংলাদেশ ও শ্রীলঙ্কার নৌবাহিনীর যৌথ মহড়া বৃহস্পতিবার চট্টগ্রামে শেষ হলো।",
         [ev("exercise", ["BGD", "LKA"], date="2026-03-12")]),
    case("mr-sarav-sampla", "mr", DAY,
         "भारत आणि अमेरिकेच्या लष्करांचा ‘युद्ध अभ्यास’ हा संयुक्त सराव संपला.",
         [ev("exercise", ["IND", "USA"])]),
    # ---- Sri Lankan Tamil: the defence secretary and the deputy defence minister in their case forms
    case("ta-defence-secretary-accusative", "ta", DAY,
         "இந்திய உயர்ஸ்தானிகர் இலங்கை பாதுகாப்புச் செயலாளரை நேற்று சந்தித்தார்.",
         [ev("meeting", ["IND", "LKA"], date="2026-03-17")]),
    case("ta-deputy-defence-minister-comitative", "ta", DAY,
         "பாகிஸ்தான் உயர்ஸ்தானிகர் இலங்கை பாதுகாப்பு பிரதி அமைச்சருடன் நேற்று கலந்துரையாடினார்.",
         [ev("meeting", ["LKA", "PAK"], date="2026-03-17")]),
    # ---- tl: a farewell call of a departing envoy or attaché is a call on the host
    case("tl-farewell-call", "tl", DAY,
         "Nagsagawa ng farewell call kay AFP chief Gen. Ramon Cruz ang papaalis na US defense attaché noong "
         "Lunes.",
         [ev("meeting", ["PHL", "USA"], date="2026-03-16")]),
    # ---- th: military attachés of friendly countries watching a drill are observers, no parties
    case("th-attaches-watching-home-drill", "th", DAY,
         "กองทัพบกจัดการฝึกภาคสนามประจำปีที่ จ.ลพบุรี โดยมีผู้ช่วยทูตทหารจากมิตรประเทศ เช่น สหรัฐฯ และญี่ปุ่น "
         "เข้าร่วมสังเกตการณ์",
         []),
    case("th-attaches-watching-joint-drill", "th", DAY,
         "การฝึกผสมคอบร้าโกลด์ระหว่างกองทัพไทยและกองทัพสหรัฐฯ เริ่มขึ้นที่ จ.ชลบุรี โดยมีผู้ช่วยทูตทหารจากมิตรประเทศ "
         "เช่น ญี่ปุ่น และอินเดีย เข้าร่วมสังเกตการณ์",
         [ev("exercise", ["THA", "USA"], location="THA")]),
    # ---- mr: the frontier named after a neighbour ("पाकिस्तान सीमेवरील चौक्या") names no party
    case("mr-pakistan-border-posts-no-party", "mr", DAY,
         "लष्करप्रमुखांनी सोमवारी पाकिस्तान सीमेवरील चौक्यांना भेट देऊन सुरक्षेचा आढावा घेतला.",
         []),
    case("mr-china-border-drill-no-party", "mr", DAY,
         "पुण्यातील दक्षिण मुख्यालयात लष्कराच्या जवानांनी सराव केला; या वेळी चीन सीमेवरील परिस्थितीचा आढावा घेण्यात "
         "आला.",
         []),
    case("mr-china-border-talks-still-china", "mr", DAY,
         "चीन सीमेवरील तणावाच्या पार्श्वभूमीवर भारत आणि चीनच्या संरक्षणमंत्र्यांची सोमवारी मॉस्कोमध्ये बैठक झाली.",
         [ev("meeting", ["CHN", "IND"], date="2026-03-16", location="RUS")]),
    # ---- ur: a warning sent to an adversary with a home drill is a threat, no party of the drill
    case("ur-drill-message-to-india-no-party", "ur", DAY,
         "پاک فوج کی سالانہ جنگی مشقیں چولستان میں اختتام پذیر ہو گئیں، بھارت کو واضح پیغام دیا گیا۔",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
