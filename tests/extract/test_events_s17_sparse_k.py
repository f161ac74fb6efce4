"""The extract stage on short articles in Luxembourgish, Maltese, Malagasy, Sindhi, Odia, Assamese, Irish and
Welsh, written for these tests (none of these sentences is in tests/data/heldout/sparse_k.jsonl or in any
shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of each language's press that the sparse_k set showed
the packs missed or misread, and that probe sentences of the writer's own found next: Luxembourgish defence in
its official spelling (Verdeedegung, beside the Germanised Verteidegung), Dronen, "hu sech drop verstännegt"
(agreed), and a pledge in the pluperfect ("déi … zougesot hat") as the earlier promise a delivery keeps;
Maltese "ipparteċipat" (took part), "ftiehmu li" (agreed to), "mill-Istati Uniti" (from the United States),
"qabel ma" (before + verb) as no background and a ministry's portfolio words (l-Impjiegi) as no part of a
name; Malagasy "niara-niofana" (trained together) as no training given and "nomen'i" (given by) as a delivery;
Sindhi "معاهدو ڪيو" (made an agreement), the memorandum spelled ياداشت, the naval chief as "بحري فوج جو
سربراهه" with admiral spelled ائڊمرل, "ملي وئي" (was received) as no meeting, "ملاقات دوران" (during the
talks) as no forum's sidelines, Chinese cities as places, "سامان ڏنو" (gave equipment) as a delivery but not
bare ڏنا (gave statements); in Odia, Assamese and Sindhi the state visited stands before the visit word (ଭାରତ
ଗସ୍ତରେ ଆସିଥିବା ଫିଲିପାଇନ୍ସର ମନ୍ତ୍ରୀ, the Philippine minister visiting India), so a state after it is no venue;
Odia and Assamese territorial integrity and sovereignty with their case endings (ଅଖଣ୍ଡତାକୁ, অখণ্ডতাক); Odia
training given and received (ତାଲିମ ଦେଇଛି, ତାଲିମ ନେଇଥିଲେ), a course held for another army's officers, "ଅଭ୍ୟାସ
କରିଥିଲେ" (held an exercise) and "ଗତ ବର୍ଷରେ" (last year); Assamese protocols with a case ending (প্ৰট'কলত),
"অনুশীলন কৰিছিল", "যোৱা বছৰৰ" (of last year) with a month and present-perfect deliveries; Irish "Tá súil ag …
cuairt" (a hope) as no pledge, "chun … a thabhairt do" (is to give) as one, "i gcrích" (completed) and the
lenited "chosaint" (defence), months in the genitive with the article (i mí na Samhna); Welsh "ers" (since)
before a year as a running total, "y flwyddyn ddiwethaf" (last year), the preterites "cynhaliodd" (held) and
"cwblhaodd … gwrs hyfforddi" (completed a training course), "ar y ffôn" (on the phone), weapon nouns (tanciau,
taflegrau) and a hope of a visit (yn gobeithio … ymweld) as no visit, and capitals after a mutating
preposition (ym Mharis, ym Mrwsel).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- Luxembourgish: a pledge in the pluperfect is the earlier promise a delivery keeps
    case("lb-pluperfect-pledge-kept-by-delivery", "lb", DAY,
         "D'Militärcamionen, déi Lëtzebuerg der Litauen zougesot hat, goufen e Méindeg un d'litauesch Arméi "
         "iwwerginn.",
         [ev("aid", ["LTU", "LUX"])]),
    # ---- Luxembourgish: defence in its official spelling (Verdeedegung) as in the Germanised one
    case("lb-verdeedegung-agreement", "lb", DAY,
         "Lëtzebuerg an Holland hunn en Accord iwwer d'Verdeedegung ënnerschriwwen.",
         [ev("agreement", ["LUX", "NLD"], doc_type="agreement")]),
    case("lb-verdeedegung-ministers-met", "lb", DAY,
         "De belsche Verdeedegungsminister huet d'Lëtzebuerger Verdeedegungsministesch zu Bréissel getraff.",
         [ev("meeting", ["BEL", "LUX"])]),
    case("lb-drones-will-deliver", "lb", DAY,
         "Lëtzebuerg wëll der Ukrain d'nächst Joer weider Dronen liwweren.",
         [ev("intent", ["LUX", "UKR"])]),
    case("lb-agreed-verstannegt", "lb", DAY,
         "Lëtzebuerg an d'Belsch hu sech drop verstännegt, hir Zesummenaarbecht an der Verdeedegung ze "
         "verstäerken.",
         [ev("intent", ["BEL", "LUX"])]),
    # ---- Maltese
    case("mt-qabel-ma-no-background", "mt", DAY,
         "Qabel ma telqet mill-Port il-Kbir, il-fregata Franċiża wettqet eżerċizzju flimkien ma' patrol "
         "boat tal-Forzi Armati ta' Malta.",
         [ev("exercise", ["FRA", "MLT"], historical=False)]),
    case("mt-ftiehmu-agreed", "mt", DAY,
         "Malta u Ċipru ftiehmu li jsaħħu l-kooperazzjoni militari.",
         [ev("intent", ["CYP", "MLT"])]),
    case("mt-portfolio-words-no-name", "mt", DAY,
         "Il-Ministru għall-Intern, is-Sigurtà u l-Impjiegi Byron Camilleri ltaqa' mal-Ministru tad-Difiża "
         "tal-Greċja f'Ateni. Il-Ministru Camilleri qal li l-laqgħa kienet utli.",
         [ev("meeting", ["GRC", "MLT"], persons=["Byron Camilleri"])]),
    case("mt-participated-in-an-exercise", "mt", DAY,
         "L-AFM ipparteċipat f'eżerċizzju ta' tfittxija u salvataġġ mal-Marina Griega.",
         [ev("exercise", ["GRC", "MLT"])]),
    case("mt-received-from-the-united-states", "mt", DAY,
         "Il-Forzi Armati ta' Malta rċevew żewġ ħelikopters ġodda mill-Istati Uniti.",
         [ev("aid", ["MLT", "USA"])]),
    # ---- Malagasy: trained together is no training given; given by (nomen'i)
    case("mg-given-by", "mg", DAY,
         "Nomen'i Japana fiara miaramila telo ny tafika malagasy.",
         [ev("aid", ["JPN", "MDG"])]),
    case("mg-trained-together-no-aid", "mg", DAY,
         "Nanao fanazaran-tena iombonana tany Toamasina omaly ny tafika malagasy sy indianina, ary "
         "niara-niofana tamin'ny famonjena olona an-dranomasina izy ireo.",
         [ev("exercise", ["IND", "MDG"])]),
    # ---- Sindhi
    case("sd-made-an-agreement", "sd", DAY,
         "پاڪستان ۽ ترڪي 2018 ۾ چار جنگي جهاز خريد ڪرڻ جو معاهدو ڪيو هو.",
         [ev("agreement", ["PAK", "TUR"], date="2018", doc_type="contract", historical=True)]),
    case("sd-memorandum-other-spelling", "sd", DAY,
         "پاڪستان ۽ ازبڪستان جي وزيرن دفاعي تعاون بابت مفاهمت جي ياداشت تي صحيحون ڪيون.",
         [ev("agreement", ["PAK", "UZB"], doc_type="memorandum")]),
    case("sd-naval-chief-and-admiral-spelling", "sd", DAY,
         "سريلنڪا جي بحري فوج جي سربراهه ائڊمرل ڪاسن پيريرا اڱاري ڏينهن ڪراچي ۾ پاڪ بحريه جي سربراهه سان "
         "ملاقات ڪئي.",
         [ev("meeting", ["LKA", "PAK"], persons=["ڪاسن پيريرا"])]),
    case("sd-was-received-no-meeting", "sd", DAY,
         "پاڪستان کي چين مان ٻه نوان جنگي جهاز ملي ويا، جيڪي چين اڱاري ڏينهن پاڪ بحريه جي حوالي ڪيا.",
         [ev("aid", ["CHN", "PAK"])]),
    case("sd-during-the-talks-no-sidelines", "sd", DAY,
         "ازبڪستان جي وزير دفاع پاڪستان جو سرڪاري دورو ڪيو ۽ اسلام آباد ۾ وزير دفاع سان ملاقات ڪئي. "
         "ملاقات دوران ٻنهي ملڪن دفاعي تعاون بابت مفاهمت جي يادداشت تي صحيحون ڪيون.",
         [ev("meeting", ["PAK", "UZB"], mode="visit"),
          ev("agreement", ["PAK", "UZB"], doc_type="memorandum")]),
    case("sd-gave-equipment", "sd", DAY,
         "چين پاڪستان کي فوجي سامان ڏنو.",
         [ev("aid", ["CHN", "PAK"])]),
    case("sd-gave-statements-no-aid", "sd", DAY,
         "پاڪستان ۽ چين جي وزيرن دفاع بابت بيان ڏنا.",
         []),
    case("sd-chinese-city-is-the-place", "sd", DAY,
         "چين پاڪستان کي ٻيو جنگي جهاز ووهان ۾ حوالي ڪيو.",
         [ev("aid", ["CHN", "PAK"], location="CHN")]),
    # ---- Odia
    case("or-training-given", "or", DAY,
         "ଭାରତୀୟ ସେନା ମାଳଦ୍ୱୀପର ଅଧିକାରୀଙ୍କୁ ତାଲିମ ଦେଇଛି।",
         [ev("aid", ["IND", "MDV"])]),
    case("or-course-for-officers", "or", DAY,
         "ଭାରତୀୟ ନୌସେନା ପକ୍ଷରୁ ମାଳଦ୍ୱୀପର ଅଧିକାରୀଙ୍କ ପାଇଁ ଆୟୋଜିତ ପାଠ୍ୟକ୍ରମ ସମାପ୍ତ ହୋଇଛି।",
         [ev("aid", ["IND", "MDV"])]),
    case("or-exercise-held-last-year", "or", DAY,
         "ଗତ ବର୍ଷରେ ଭାରତ ଓ ଥାଇଲ୍ୟାଣ୍ଡର ସେନା ମିଳିତ ଅଭ୍ୟାସ କରିଥିଲେ।",
         [ev("exercise", ["IND", "THA"], date="2025", historical=True)]),
    case("or-support-with-case-ending", "or", DAY,
         "ଭାରତର ପ୍ରତିରକ୍ଷା ମନ୍ତ୍ରୀ ଶ୍ରୀଲଙ୍କାର ଆଞ୍ଚଳିକ ଅଖଣ୍ଡତାକୁ ସମର୍ଥନ କରିଛନ୍ତି।",
         [ev("support", ["IND", "LKA"])]),
    case("or-visitor-named-after-the-visit", "or", DAY,
         "ଭାରତ ଗସ୍ତରେ ଆସିଥିବା ଫିଲିପାଇନ୍ସର ପ୍ରତିରକ୍ଷା ମନ୍ତ୍ରୀ ରାଜନାଥ ସିଂହଙ୍କ ସହ ଦ୍ୱିପାକ୍ଷିକ ବୈଠକ କରିଛନ୍ତି।",
         [ev("meeting", ["IND", "PHL"], mode="visit", location="IND")]),
    # ---- Assamese
    case("as-support-with-case-ending", "as", DAY,
         "ভাৰতৰ প্ৰতিৰক্ষা মন্ত্ৰীয়ে ভুটানৰ আঞ্চলিক অখণ্ডতাক সমৰ্থন জনায়।",
         [ev("support", ["BTN", "IND"])]),
    case("as-visitor-named-after-the-visit", "as", DAY,
         "ভাৰত ভ্ৰমণত অহা ফিলিপাইনছৰ প্ৰতিৰক্ষা মন্ত্ৰীয়ে ৰাজনাথ সিঙৰ সৈতে দ্বিপাক্ষিক বৈঠকত মিলিত হয়।",
         [ev("meeting", ["IND", "PHL"], mode="visit", location="IND")]),
    case("as-delivered-present-perfect", "as", DAY,
         "ভাৰতে ম্যানমাৰক সামৰিক সামগ্ৰী প্ৰদান কৰিছে।",
         [ev("aid", ["IND", "MMR"])]),
    case("as-protocol-with-case-ending", "as", DAY,
         "ভাৰত আৰু ৰাছিয়াৰ প্ৰতিৰক্ষা মন্ত্ৰীয়ে এখন প্ৰট'কলত স্বাক্ষৰ কৰে।",
         [ev("agreement", ["IND", "RUS"], doc_type="protocol")]),
    case("as-month-of-last-year", "as", DAY,
         "যোৱা বছৰৰ নৱেম্বৰত ভাৰত আৰু থাইলেণ্ডৰ সেনাই যৌথ অনুশীলন কৰিছিল।",
         [ev("exercise", ["IND", "THA"], date="2025-11", historical=True)]),
    # ---- Irish
    case("ga-hope-of-a-visit-no-pledge", "ga", DAY,
         "Tá súil ag an Aire go dtabharfaidh Aire Cosanta na Fraince cuairt ar Éirinn.",
         []),
    case("ga-exercise-completed", "ga", DAY,
         "Chuir Óglaigh na hÉireann agus Arm na Fraince cleachtadh míleata i gcrích sa Fhrainc.",
         [ev("exercise", ["FRA", "IRL"])]),
    case("ga-lenited-defence", "ga", DAY,
         "Shínigh Éire agus an Ríocht Aontaithe meabhrán tuisceana faoi chosaint.",
         [ev("agreement", ["GBR", "IRL"], doc_type="memorandum")]),
    case("ga-is-to-give", "ga", DAY,
         "Tá Éire chun cúig mhilliún euro a thabhairt don Úcráin le haghaidh trealaimh mhíleata.",
         [ev("intent", ["IRL", "UKR"])]),
    case("ga-month-genitive-with-article", "ga", DAY,
         "Bhuail Aire Cosanta na hÉireann le hAire Cosanta na Fraince i bPáras i mí na Samhna.",
         [ev("meeting", ["FRA", "IRL"], date="2025-11", historical=True)]),
    # ---- Welsh
    case("cy-since-a-year-running-total", "cy", DAY,
         "Cwblhaodd milwyr o Wcráin gwrs hyfforddi gyda'r fyddin Brydeinig yng Nghymru ddydd Llun. Ers "
         "2023, mae miloedd o filwyr o Wcráin wedi cael eu hyfforddi yn y Deyrnas Unedig.",
         [ev("aid", ["GBR", "UKR"], historical=False)]),
    case("cy-last-year", "cy", DAY,
         "Y flwyddyn ddiwethaf, cynhaliodd milwyr o Ffrainc ymarfer milwrol gyda'r fyddin Brydeinig yng "
         "Nghymru.",
         [ev("exercise", ["FRA", "GBR"], date="2025", historical=True)]),
    case("cy-on-the-phone", "cy", DAY,
         "Siaradodd Ysgrifennydd Amddiffyn y Deyrnas Unedig ar y ffôn â Gweinidog Amddiffyn Gwlad Pwyl.",
         [ev("meeting", ["GBR", "POL"], mode="phone")]),
    case("cy-tanks-sent", "cy", DAY,
         "Mae'r Deyrnas Unedig wedi anfon tanciau i Wcráin.",
         [ev("aid", ["GBR", "UKR"])]),
    case("cy-hope-of-a-visit-no-visit", "cy", DAY,
         "Mae'r Gweinidog yn gobeithio y bydd Gweinidog Amddiffyn Ffrainc yn ymweld â Chymru.",
         []),
    case("cy-exercise-completed", "cy", DAY,
         "Mae milwyr o Ffrainc a'r Deyrnas Unedig wedi cwblhau ymarfer milwrol ar y cyd yn Estonia.",
         [ev("exercise", ["FRA", "GBR"])]),
    case("cy-mutated-capital", "cy", DAY,
         "Cyfarfu Ysgrifennydd Amddiffyn y Deyrnas Unedig â Gweinidog Amddiffyn Ffrainc ym Mharis ddydd "
         "Gwener.",
         [ev("meeting", ["FRA", "GBR"], date="2026-03-13", location="FRA")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
