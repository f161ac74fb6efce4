"""The extract stage on short articles in Maltese, Luxembourgish, Malagasy, Sindhi, Odia and Assamese, written
for these tests (none of these sentences is in tests/data/heldout/new_packs2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin the general vocabulary of the six packs written in session 15
(src/milwatch/packs/{mt,lb,mg,sd,or,as}): visits, calls, receptions, signings of memoranda and letters of
intent, pledges, exercises and deliveries in each language, Maltese "żar Malta" (visited Malta) as the visit's
place and "stieden lill-… għal żjara" (invited for a visit) as an intent and no visit, Luxembourgish plural
nouns of weapons (Helikopteren) and air forces as military context, Malagasy "tonga" (arrived) as no Tonga and
a hoped-for visit as no visit, Sindhi "تيار ٿي رهيون" (being built) as no readiness and "مشق ڪئي" as an
exercise held, Odia and Assamese case endings written onto the noun (ଅଭ୍ୟାସରେ, অনুশীলনৰ), and thanks as no
event, the AFM as Malta, place names with a locative ending (কাঠমাণ্ডুত) and "off the coast of" (ଜାପାନ
ଉପକୂଳରେ) as the venue, and a joint exercise announced in the future tense (se jorganizzaw, wäerten …
organiséieren, مشق ڪنديون) as a pledge, while a bare visit noun (fitsidihana, żjara, Visite), which also tells
a warship's port visit, only gives the mode.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- Maltese
    case("mt-visit-zar-malta", "mt", DAY,
         "Il-Ministru tad-Difiża Grieg żar Malta l-bieraħ u ltaqa' mal-Prim Ministru Robert Abela.",
         [ev("meeting", ["GRC", "MLT"], mode="visit", location="MLT", date="2026-03-17",
             persons=["Robert Abela"])]),
    case("mt-memorandum-signed", "mt", DAY,
         "Malta u l-Italja ffirmaw memorandum ta' qbil dwar it-taħriġ tal-Forzi Armati nhar it-Tlieta.",
         [ev("agreement", ["ITA", "MLT"], doc_type="memorandum", date="2026-03-17")]),
    case("mt-phone-call", "mt", DAY,
         "Il-Ministru Camilleri kellu telefonata mal-Ministru tad-Difiża Ċiprijott.",
         [ev("meeting", ["CYP", "MLT"], mode="phone")]),
    case("mt-thanks-no-event", "mt", DAY,
         "Il-Kmandant tal-AFM irringrazzja lill-Ġermanja għall-għajnuna.",
         []),
    case("mt-gave-boats", "mt", DAY,
         "L-Italja tat żewġ patrol boats lill-Forzi Armati ta' Malta nhar il-Ħamis.",
         [ev("aid", ["ITA", "MLT"], date="2026-03-12")]),
    case("mt-invited-for-a-visit-is-intent", "mt", DAY,
         "Il-Ministru tad-Difiża Franċiż stieden lill-Ministru Camilleri għal żjara f'Pariġi.",
         [ev("intent", ["FRA", "MLT"])]),
    case("mt-agreed-to-strengthen", "mt", DAY,
         "Malta u Ċipru qablu li jsaħħu l-kooperazzjoni fil-qasam tad-difiża u tas-sigurtà marittima.",
         [ev("intent", ["CYP", "MLT"])]),
    case("mt-background-exercise", "mt", DAY,
         "Fl-2019, il-Forzi Armati ta' Malta u l-Marina Taljana kienu wettqu eżerċizzju konġunt.",
         [ev("exercise", ["ITA", "MLT"], date="2019", historical=True)]),
    case("mt-afm-is-malta", "mt", DAY,
         "Il-fregata Franċiża u patrol boat tal-AFM wettqu eżerċizzju konġunt nhar l-Erbgħa.",
         [ev("exercise", ["FRA", "MLT"], date="2026-03-18")]),
    case("mt-will-organise-exercise-is-intent", "mt", DAY,
         "L-Italja u Malta se jorganizzaw eżerċizzju konġunt ix-xahar id-dieħel.",
         [ev("intent", ["ITA", "MLT"])]),
    case("mt-delegation-arrived-in-malta", "mt", DAY,
         "Id-Delegazzjoni Libjana waslet Malta għal żjara ta' jumejn u ltaqgħet mal-Kmandant tal-AFM.",
         [ev("meeting", ["LBY", "MLT"], mode="visit", location="MLT")]),
    case("mt-received-helicopters", "mt", DAY,
         "Il-Forzi Armati ta' Malta rċevew żewġ ħelikopters mingħand l-Italja.",
         [ev("aid", ["ITA", "MLT"])]),
    # ---- Luxembourgish
    case("lb-phone-call", "lb", DAY,
         "D'Verteidegungsministesch Yuriko Backes huet e Méindeg mam franséische Verteidegungsminister "
         "telefonéiert.",
         [ev("meeting", ["FRA", "LUX"], mode="phone", date="2026-03-16", persons=["Yuriko Backes"])]),
    case("lb-memorandum-air-forces", "lb", DAY,
         "Lëtzebuerg an Holland hunn e Memorandum iwwer d'Zesummenaarbecht vun hire Loftwaffen "
         "ënnerschriwwen.",
         [ev("agreement", ["LUX", "NLD"], doc_type="memorandum")]),
    case("lb-receives-attache", "lb", DAY,
         "De Generalstabschef huet gëschter de polnesche Militärattaché empfaangen.",
         [ev("meeting", ["LUX", "POL"], date="2026-03-17")]),
    case("lb-helicopters-handed-over", "lb", DAY,
         "Lëtzebuerg huet der Ukrain gëschter zwee Helikopteren iwwerginn.",
         [ev("aid", ["LUX", "UKR"], date="2026-03-17")]),
    case("lb-letter-of-intent", "lb", DAY,
         "Lëtzebuerg an d'Belsch hunn eng Absichtserklärung iwwer eng gemeinsam Drounen-Eenheet "
         "ënnerschriwwen.",
         [ev("agreement", ["BEL", "LUX"], doc_type="letter_of_intent")]),
    case("lb-exercise-at-arlon", "lb", DAY,
         "Lëtzebuerger a belsch Zaldoten hunn e Mëttwoch eng gemeinsam Übung zu Arel ofgeschloss.",
         [ev("exercise", ["BEL", "LUX"], location="BEL")]),
    case("lb-thanks-no-event", "lb", DAY,
         "Den ukrainesche Botschafter huet sech bei der Regierung fir d'militäresch Hëllef bedankt.",
         []),
    case("lb-will-organise-exercise-is-intent", "lb", DAY,
         "Lëtzebuerg an Däitschland wäerten nächst Joer eng gemeinsam Übung organiséieren.",
         [ev("intent", ["DEU", "LUX"])]),
    # ---- Malagasy
    case("mg-met-in-paris", "mg", DAY,
         "Nihaona tamin'ny Minisitry ny Fiarovam-pirenena frantsay ny Minisitry ny Fiarovam-pirenena "
         "malagasy omaly tany Paris.",
         [ev("meeting", ["FRA", "MDG"], location="FRA", date="2026-03-17")]),
    case("mg-signed-agreement", "mg", DAY,
         "Nanao sonia fifanarahana ara-miaramila i Madagasikara sy Maorisy ny alatsinainy teo.",
         [ev("agreement", ["MDG", "MUS"], doc_type="agreement", date="2026-03-16")]),
    case("mg-phone-call", "mg", DAY,
         "Niresaka an-telefaonina tamin'ny Minisitry ny Fiarovana indiana ny Minisitry ny Tafika omaly.",
         [ev("meeting", ["IND", "MDG"], mode="phone", date="2026-03-17")]),
    case("mg-helicopters-handed-over", "mg", DAY,
         "Nanolotra angidimby roa ho an'ny Tafika malagasy i Etazonia omaly.",
         [ev("aid", ["MDG", "USA"], date="2026-03-17")]),
    case("mg-agreed-to-strengthen", "mg", DAY,
         "Nifanaiky ny hanamafy ny fiaraha-miasa ara-miaramila i Madagasikara sy i Frantsa.",
         [ev("intent", ["FRA", "MDG"])]),
    case("mg-joint-exercise-last-week", "mg", DAY,
         "Nanao fanazaran-tena iraisana ny tafika malagasy sy ny tafika afrikana tatsimo tao Toamasina ny "
         "herinandro lasa.",
         [ev("exercise", ["MDG", "ZAF"], location="MDG")]),
    case("mg-supports-sovereignty", "mg", DAY,
         "Nanohana ny fiandrianam-pirenen'i Madagasikara ny Minisitry ny Fiarovana rosiana.",
         [ev("support", ["MDG", "RUS"])]),
    case("mg-hoped-for-visit-no-meeting", "mg", DAY,
         "Tonga tao Toamasina ny sambo mpiady frantsay. Manantena ny hisian'ny fitsidihana hafa ny "
         "tompon'andraikitra malagasy.",
         []),
    case("mg-ship-visit-is-no-meeting", "mg", DAY,
         "Tonga tao Toamasina ny talata ny sambo mpiady frantsay, ho fitsidihana telo andro.",
         []),
    # ---- Sindhi
    case("sd-exercise-done", "sd", DAY,
         "پاڪستان ۽ ترڪي جي بحري فوجن گڏيل مشق ڪئي.",
         [ev("exercise", ["PAK", "TUR"])]),
    case("sd-ambassador-call", "sd", DAY,
         "وزير دفاع خواجه آصف اڄ چين جي سفير سان ملاقات ڪئي.",
         [ev("meeting", ["CHN", "PAK"], date="2026-03-18")]),
    case("sd-memorandum-signed", "sd", DAY,
         "پاڪستان ۽ آذربائيجان دفاعي تعاون جي ايم او يو تي صحيحون ڪيون.",
         [ev("agreement", ["AZE", "PAK"], doc_type="memorandum")]),
    case("sd-phone-call", "sd", DAY,
         "آرمي چيف ڪالهه سعودي عرب جي فوجي سربراهه سان ٽيليفون تي ڳالهه ٻولهه ڪئي.",
         [ev("meeting", ["PAK", "SAU"], mode="phone", date="2026-03-17")]),
    case("sd-agreed-to-expand", "sd", DAY,
         "پاڪستان ۽ چين دفاعي صنعت ۾ تعاون وڌائڻ تي اتفاق ڪيو.",
         [ev("intent", ["CHN", "PAK"])]),
    case("sd-gift-of-ships", "sd", DAY,
         "سعودي عرب پاڪستان کي ٽي جنگي جهاز تحفي طور ڏنا.",
         [ev("aid", ["PAK", "SAU"])]),
    case("sd-being-built-is-no-readiness", "sd", DAY,
         "ياد رهي ته پاڪستان بحريه لاءِ چين ۾ نيون آبدوزون تيار ٿي رهيون آهن.",
         []),
    case("sd-will-hold-exercise-is-intent", "sd", DAY,
         "پاڪستان ۽ ايران جون بحري فوجون ايندڙ مهيني گڏيل مشق ڪنديون.",
         [ev("intent", ["IRN", "PAK"])]),
    case("sd-reception-words-no-name", "sd", DAY,
         "اسلام آباد (ايجنسيون) آذربائيجان جو وزير دفاع سرڪاري دوري تي اسلام آباد پهتو جتي وزير دفاع "
         "خواجه آصف سندس استقبال ڪيو.",
         [ev("meeting", ["AZE", "PAK"], mode="visit", location="PAK", persons=["Khawaja Muhammad Asif"])]),
    case("sd-third-state-venue", "sd", DAY,
         "پاڪستان ۽ ترڪي جا وزير دفاع دوحه ۾ ملاقات ڪئي.",
         [ev("meeting", ["PAK", "TUR"], location="QAT", mode="third-party")]),
    # ---- Odia
    case("or-phone-call", "or", DAY,
         "ପ୍ରତିରକ୍ଷା ମନ୍ତ୍ରୀ ଆଜି ଜାପାନର ପ୍ରତିରକ୍ଷା ମନ୍ତ୍ରୀଙ୍କ ସହ ଫୋନରେ ଆଲୋଚନା କରିଛନ୍ତି।",
         [ev("meeting", ["IND", "JPN"], mode="phone", date="2026-03-18")]),
    case("or-memorandum-signed", "or", DAY,
         "ଭାରତ ଓ ଶ୍ରୀଲଙ୍କା ମଧ୍ୟରେ ପ୍ରତିରକ୍ଷା ସହଯୋଗ ବୁଝାମଣାପତ୍ର ସ୍ୱାକ୍ଷରିତ ହୋଇଛି।",
         [ev("agreement", ["IND", "LKA"], doc_type="memorandum")]),
    case("or-exercise-began", "or", DAY,
         "ଭାରତ ଓ ଫ୍ରାନ୍ସର ସେନା ମଧ୍ୟରେ ମିଳିତ ସାମରିକ ଅଭ୍ୟାସ ସୋମବାର ଆରମ୍ଭ ହୋଇଛି।",
         [ev("exercise", ["FRA", "IND"], date="2026-03")]),
    case("or-warship-handed-over", "or", DAY,
         "ଭାରତ ମାଳଦ୍ୱୀପକୁ ଏକ ଯୁଦ୍ଧଜାହାଜ ହସ୍ତାନ୍ତର କରିଛି।",
         [ev("aid", ["IND", "MDV"])]),
    case("or-off-the-coast-of", "or", DAY,
         "ଭାରତ ଓ ଜାପାନର ନୌସେନା ଗତ ବର୍ଷ ଜାପାନ ଉପକୂଳରେ ମିଳିତ ନୌ ଅଭ୍ୟାସ ଆୟୋଜିତ କରିଥିଲେ।",
         [ev("exercise", ["IND", "JPN"], location="JPN", historical=True)]),
    case("or-background-agreement", "or", DAY,
         "ଭାରତ ଓ ଜାପାନ ଗତ ବର୍ଷ ଏକ ପ୍ରତିରକ୍ଷା ଚୁକ୍ତି ସ୍ୱାକ୍ଷର କରିଥିଲେ।",
         [ev("agreement", ["IND", "JPN"], date="2025", historical=True)]),
    case("or-arms-supply-agreement", "or", DAY,
         "ଭାରତ ଓ ଆର୍ମେନିଆ ମଧ୍ୟରେ ଅସ୍ତ୍ରଶସ୍ତ୍ର ଯୋଗାଣ ପାଇଁ ଚୁକ୍ତି ସ୍ୱାକ୍ଷରିତ ହୋଇଛି।",
         [ev("agreement", ["ARM", "IND"])]),
    case("or-attack-no-event", "or", DAY,
         "ସୀମାରେ ପାକିସ୍ତାନ ସେନାର ଆକ୍ରମଣରେ ଦୁଇ ଜଣ ଯବାନ ଆହତ ହୋଇଛନ୍ତି।",
         []),
    case("or-missiles-supplied-genitive", "or", DAY,
         "ଭାରତ ଫିଲିପାଇନ୍ସକୁ କ୍ଷେପଣାସ୍ତ୍ରର ଦ୍ୱିତୀୟ ବ୍ୟାଚ ଯୋଗାଇ ଦେଇଛି।",
         [ev("aid", ["IND", "PHL"])]),
    # ---- Assamese
    case("as-exercise-began", "as", DAY,
         "ভাৰত আৰু বাংলাদেশৰ সেনাবাহিনীৰ যৌথ সামৰিক অনুশীলন সোমবাৰে আৰম্ভ হয়।",
         [ev("exercise", ["BGD", "IND"], date="2026-03")]),
    case("as-meeting-in-delhi", "as", DAY,
         "প্ৰতিৰক্ষা মন্ত্ৰী আজি নতুন দিল্লীত জাপানৰ প্ৰতিৰক্ষা মন্ত্ৰীৰ সৈতে সাক্ষাৎ কৰে।",
         [ev("meeting", ["IND", "JPN"], date="2026-03-18")]),
    case("as-memorandum-signed", "as", DAY,
         "ভাৰত আৰু ভূটানৰ মাজত প্ৰতিৰক্ষা সহযোগিতাৰ বুজাবুজিৰ চুক্তি স্বাক্ষৰিত হয়।",
         [ev("agreement", ["BTN", "IND"], doc_type="memorandum")]),
    case("as-helicopters-handed-over", "as", DAY,
         "ভাৰতে ম্যানমাৰক দুখন হেলিকপ্টাৰ হস্তান্তৰ কৰে।",
         [ev("aid", ["IND", "MMR"])]),
    case("as-agreed-to-expand-exercises", "as", DAY,
         "ভাৰত আৰু নেপালে যৌথ সামৰিক অনুশীলন আৰু বৃদ্ধি কৰাত সন্মত হয়।",
         [ev("intent", ["IND", "NPL"])]),
    case("as-capital-with-locative", "as", DAY,
         "যোৱা বছৰ ভাৰত আৰু নেপালৰ যৌথ সামৰিক অনুশীলন কাঠমাণ্ডুত অনুষ্ঠিত হৈছিল।",
         [ev("exercise", ["IND", "NPL"], location="NPL", date="2025", historical=True)]),
    case("as-hyphenated-name", "as", DAY,
         "বাংলাদেশৰ সেনাপ্ৰধান জেনেৰেল ৱাকাৰ-উজ-জামানে আজি নতুন দিল্লীত ভাৰতীয় সেনাৰ প্ৰধানৰ সৈতে সাক্ষাৎ কৰে।",
         [ev("meeting", ["BGD", "IND"], location="IND", persons=["ৱাকাৰ-উজ-জামানে"])]),
    case("as-joint-training-camp", "as", DAY,
         "ভাৰতীয় সেনা আৰু ৰয়েল ভূটান আৰ্মীয়ে যৌথভাৱে এক প্ৰশিক্ষণ শিবিৰ আয়োজন কৰে।",
         [ev("exercise", ["BTN", "IND"])]),
    case("as-india-is-no-locative", "as", DAY,
         "ভাৰত আৰু জাপানৰ প্ৰতিৰক্ষা মন্ত্ৰীয়ে ছিংগাপুৰত সাক্ষাৎ কৰে।",
         [ev("meeting", ["IND", "JPN"], location="SGP", mode="third-party")]),
    case("as-background-agreement", "as", DAY,
         "২০২৩ চনত ভাৰত আৰু ম্যানমাৰৰ মাজত এখন প্ৰতিৰক্ষা চুক্তি স্বাক্ষৰিত হৈছিল।",
         [ev("agreement", ["IND", "MMR"], date="2023", historical=True)]),
    case("as-exercise-genitive-ending", "as", DAY,
         "ভাৰত আৰু মংগোলিয়াৰ সেনাবাহিনীৰ যৌথ অনুশীলনৰ দ্বিতীয় পৰ্যায় সোমবাৰে উমৰইত সমাপ্ত হয়।",
         [ev("exercise", ["IND", "MNG"], location="IND")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
