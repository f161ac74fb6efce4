"""The extract stage on short articles in thinly covered Asian and African languages (az, kk, uz, mn, ka,
hy, bn, km, lo, my, sw), written for these tests with invented or unnamed officials (session 8, thin-Asia
helper, after the first measurement of tests/data/heldout/thin_asia.jsonl; none of these sentences is in
that set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py.  They pin general wording of each language: Swahili passive "opened"
(limefunguliwa) and "walifanya zoezi" as an exercise held, "itaendelea kuisaidia" (will continue to help)
as a pledge, Kenyan training areas as places; Mongolian "хээрийн сургалт" (field training) as an exercise,
"гардуулан өглөө" (handed over), "-хаа мэдэгдлээ" (announced it will), "сургасан" (trained), a state
in the locative before "айлчилж" as the place visited, and day ranges "10-12-ны өдрүүдэд"; Azerbaijani
pluperfect "təşkil olunmuşdu"; Kazakh "өткізген болатын", possessive months ("қазанында"), "екенін
жеткізді" (said that) which is no delivery, sappers as military, "issues of expanding cooperation" discussed
which is no pledge; Uzbek bare "Koreya", "rejalashtirmoqda" (plans),
sappers as military, Uzbek Cyrillic joint training held ("қўшма машғулоти ... ташкил этилган эди");
Georgian "2015 წელს" (in 2015) which is no "this year", "გეგმავს" (plans), "გააგრძელებს" (will continue),
sappers as military, "ცერემონიის შემდეგ" (after the ceremony); Armenian locatives (Գերմանիայում) and a
working visit whose place stands before "այցով"; Bengali "দেওয়া হবে" (will be given), year-first dates
("২০২২ সালের মার্চে"), an exchange of notes (doc_type other), "দিয়েছিল" (had given); Khmer "នឹងបន្តគាំទ្រ"
(will continue to support); Lao border committees as defense context, "ຄັ້ງທີ 12" (the 12th) which is no
day, "ໄດ້ຈັດ" (organized) for an exercise held; Burmese capitals as places and topics "ဆိုင်ရာ" (related to
joint training) that are no exercise.  Names in scripts without capitals end before a verb or a noun that
follows them (ka "დაესწრნენ", bn plurals in "-গুলো", lo titles after the name "ແມ່ທັບ"), a headline verb
("ទទួលជួប...", "ຕ້ອນຮັບ...") is no name, which left a second copy of the meeting; Kazakh "Сұлтан" before a
surname is a first name, the title is "сұлтаны".  Turkic locatives (Özbəkistanda, Түркияда, Tojikistonda) are
places; Uzbek Cyrillic "топширди", "етказиб беради", "ўқитди"; Azerbaijani "telefonla danışıblar"; Armenian
future pledges "կհատկացնի" (will allocate).
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # ---- Swahili
    case("sw-exercise-opened-passive", "sw", "2025-08-12",
         "Zoezi la pamoja la kijeshi kati ya majeshi ya Kenya na Uganda limefunguliwa rasmi jana mjini "
         "Nanyuki.",
         [ev("exercise", ["KEN", "UGA"], date="2025-08", location="KEN")]),
    case("sw-walifanya-zoezi", "sw", "2025-08-12",
         "Mwaka 2023 majeshi ya Rwanda na Burundi yalifanya zoezi la pamoja la kijeshi mjini Kigali.",
         [ev("exercise", ["BDI", "RWA"], date="2023", historical=True)]),
    case("sw-will-continue-to-help", "sw", "2025-08-12",
         "Waziri wa Ulinzi wa Uganda alisema Uganda itaendelea kuisaidia Somalia katika mafunzo ya kijeshi.",
         [ev("intent", ["SOM", "UGA"])]),
    # ---- Mongolian
    case("mn-field-training", "mn", "2025-08-12",
         "Монгол, Казахстаны Зэвсэгт хүчний хамтарсан хээрийн сургалт өчигдөр эхэлсэн.",
         [ev("exercise", ["KAZ", "MNG"], date="2025-08")]),
    case("mn-handed-over", "mn", "2025-08-12",
         "Туркийн Зэвсэгт хүчин Монголын армид инженерийн техник өнөөдөр гардуулан өглөө.",
         [ev("aid", ["MNG", "TUR"], date="2025-08-12")]),
    case("mn-announced-will-train", "mn", "2025-08-12",
         "Энэтхэгийн тал Монголын цэргийн 20 офицерыг сургахаа мэдэгдлээ.",
         [ev("intent", ["IND", "MNG"])]),
    case("mn-trained-before", "mn", "2025-08-12",
         "Япон Улс 2018 онд Монголын цэргийн инженерүүдийг сургасан.",
         [ev("aid", ["JPN", "MNG"], date="2018", historical=True)]),
    case("mn-visit-locative", "mn", "2025-05-08",
         "Монгол Улсын Батлан хамгаалахын сайд 5 дугаар сарын 5-нд Бүгд Найрамдах Солонгос Улсад албан ёсны "
         "айлчлал хийлээ.",
         [ev("meeting", ["KOR", "MNG"], location="KOR", date="2025-05-05")]),
    case("mn-day-range", "mn", "2025-06-14",
         "Монгол Улсын Зэвсэгт хүчний Жанжин штабын дарга 6 дугаар сарын 10-12-ны өдрүүдэд Япон Улсад "
         "айлчлал хийлээ.",
         [ev("meeting", ["JPN", "MNG"], date="2025-06", location="JPN")]),
    # ---- Azerbaijani
    case("az-pluperfect-organised", "az", "2025-08-12",
         "Azərbaycan və Pakistan hərbçilərinin birgə təlimi 2023-cü ilin oktyabrında təşkil olunmuşdu.",
         [ev("exercise", ["AZE", "PAK"], date="2023-10", historical=True)]),
    # ---- Kazakh
    case("kk-held-pluperfect-possessive-month", "kk", "2025-08-12",
         "2022 жылдың қазанында Қазақстан мен Қырғызстан әскерилері бірлескен жаттығу өткізген болатын.",
         [ev("exercise", ["KAZ", "KGZ"], date="2022-10", historical=True)]),
    case("kk-said-ready-no-delivery", "kk", "2025-08-12",
         "Түркия тарапы қазақстандық сапер мамандарды даярлауға көмектесуге дайын екенін жеткізді.",
         [ev("intent", ["KAZ", "TUR"])]),
    case("kk-discussed-expanding-no-pledge", "kk", "2025-08-12",
         "Қазақстан мен Қытай қорғаныс министрлері бүгін Астанада кездесіп, әскери ынтымақтастықты кеңейту "
         "мәселелерін талқылады.",
         [ev("meeting", ["CHN", "KAZ"], date="2025-08-12")]),
    # ---- Uzbek
    case("uz-koreya-plans", "uz", "2025-08-12",
         "Koreya O‘zbekiston harbiylari uchun qo‘shimcha o‘quv kurslarini tashkil etishni rejalashtirmoqda.",
         [ev("intent", ["KOR", "UZB"])]),
    case("uz-sappers-plans", "uz", "2025-08-12",
         "Turkiya o‘zbekistonlik saperlar uchun o‘quv kurslarini tashkil etishni rejalashtirmoqda.",
         [ev("intent", ["TUR", "UZB"])]),
    case("uz-cyrillic-joint-training-held", "uz", "2025-08-12",
         "Эслатиб ўтамиз, Ўзбекистон ва Қирғизистон ҳарбийларининг қўшма машғулоти 2022 йил май ойида Бишкек "
         "шаҳрида ташкил этилган эди.",
         [ev("exercise", ["KGZ", "UZB"], date="2022-05", location="KGZ", historical=True)]),
    # ---- Georgian
    case("ka-year-welsa-not-this-year", "ka", "2025-08-12",
         "საქართველოსა და პოლონეთის თავდაცვის სამინისტროებს შორის თანამშრომლობის შეთანხმება 2015 წელს "
         "გაფორმდა.",
         [ev("agreement", ["GEO", "POL"], date="2015", doc_type="agreement", historical=True)]),
    case("ka-plans-sappers", "ka", "2025-08-12",
         "ესტონეთის მხარე ქართველი მესანგრეებისთვის სასწავლო კურსის ჩატარებას გეგმავს.",
         [ev("intent", ["EST", "GEO"])]),
    case("ka-will-continue", "ka", "2025-08-12",
         "ლატვია ქართველი ოფიცრების სწავლებას სამხედრო აკადემიაში გააგრძელებს.",
         [ev("intent", ["GEO", "LVA"])]),
    case("ka-after-the-ceremony", "ka", "2025-08-12",
         "იაპონიამ საქართველოს თავდაცვის ძალებს სამედიცინო აღჭურვილობა გუშინ გადასცა.\nცერემონიის შემდეგ "
         "თავდაცვის ძალების მეთაური იაპონიის ელჩს შეხვდა.",
         [ev("aid", ["GEO", "JPN"], date="2025-08-11"), ev("meeting", ["GEO", "JPN"], date="2025-08-11")]),
    # ---- Armenian
    case("hy-working-visit-place-before", "hy", "2025-08-12",
         "Գերմանիայում աշխատանքային այցով գտնվող ՀՀ պաշտպանության նախարարը Բեռլինում հանդիպել է Գերմանիայի "
         "պաշտպանության նախարարի հետ։",
         [ev("meeting", ["ARM", "DEU"], location="DEU")]),
    case("hy-locative-exercise", "hy", "2025-08-12",
         "Հայաստանում այսօր մեկնարկել են հայ-հունական համատեղ զորավարժությունները։",
         [ev("exercise", ["ARM", "GRC"], location="ARM", date="2025-08")]),
    # ---- Bengali
    case("bn-will-be-given", "bn", "2025-08-12",
         "ভারতের সেনাপ্রধান বলেন, আগামী বছর বাংলাদেশ সেনাবাহিনীকে আরও প্রশিক্ষণ সরঞ্জাম দেওয়া হবে।",
         [ev("intent", ["BGD", "IND"])]),
    case("bn-year-first-notes", "bn", "2025-08-12",
         "এর আগে ২০২২ সালের মার্চে বাংলাদেশ ও ভারতের প্রতিরক্ষা মন্ত্রণালয়ের মধ্যে নোট বিনিময় স্বাক্ষরিত হয়।",
         [ev("agreement", ["BGD", "IND"], date="2022-03", doc_type="other", historical=True)]),
    case("bn-had-given", "bn", "2025-08-12",
         "২০২১ সালে চীন বাংলাদেশ নৌবাহিনীকে দুটি যুদ্ধজাহাজ দিয়েছিল।",
         [ev("aid", ["BGD", "CHN"], date="2021", historical=True)]),
    # ---- Khmer
    case("km-will-continue-to-support", "km", "2025-08-12",
         "រដ្ឋមន្ត្រីក្រសួងការពារជាតិ បានទទួលជួបឯកអគ្គរដ្ឋទូតជប៉ុន នៅព្រឹកថ្ងៃនេះ។ "
         "ឯកអគ្គរដ្ឋទូតបានបញ្ជាក់ថា ជប៉ុននឹងបន្តគាំទ្រកងយោធពលខេមរភូមិន្ទ។",
         [ev("meeting", ["JPN", "KHM"], date="2025-08-12"), ev("intent", ["JPN", "KHM"])]),
    # ---- Lao
    case("lo-border-committee-nth", "lo", "2025-03-15",
         "ກອງປະຊຸມຄະນະກຳມະການຊາຍແດນ ລາວ-ຫວຽດນາມ ຄັ້ງທີ 12 ໄດ້ຈັດຂຶ້ນໃນວັນທີ 14 ມີນາ 2025 ທີ່ແຂວງຫົວພັນ.",
         [ev("meeting", ["LAO", "VNM"], date="2025-03-14")]),
    case("lo-organised-exercise", "lo", "2025-08-12",
         "ໃນປີ 2022, ກອງທັບລາວ ແລະ ກອງທັບຫວຽດນາມ ໄດ້ຈັດການຝຶກຊ້ອມຮ່ວມ ຢູ່ແຂວງຫົວພັນ.",
         [ev("exercise", ["LAO", "VNM"], date="2022", historical=True)]),
    # ---- Burmese
    case("my-capital-place", "my", "2025-08-12",
         "ကွာလာလမ်ပူ၌ ကျင်းပသော အစည်းအဝေး၏ ဘေးထွက်အနေဖြင့် မြန်မာနိုင်ငံ ကာကွယ်ရေးဝန်ကြီးသည် အိန္ဒိယ "
         "ကာကွယ်ရေးဝန်ကြီးနှင့် တွေ့ဆုံခဲ့သည်။",
         [ev("meeting", ["IND", "MMR"], location="MYS", mode="multilateral")]),
    case("my-topic-no-exercise", "my", "2025-08-12",
         "တပ်မတော်ကာကွယ်ရေးဦးစီးချုပ်သည် ယနေ့ နေပြည်တော်၌ ဗီယက်နမ် ကာကွယ်ရေးဝန်ကြီးကို လက်ခံတွေ့ဆုံသည်။ "
         "တွေ့ဆုံစဉ် နှစ်နိုင်ငံ တပ်မတော်များအကြား ပူးတွဲလေ့ကျင့်ရေးဆိုင်ရာ ပူးပေါင်းဆောင်ရွက်မှုများကို ဆွေးနွေးကြသည်။",
         [ev("meeting", ["MMR", "VNM"], date="2025-08-12", location="MMR")]),
    # ---- names in scripts without capitals (name_regex) and a first name that is no title
    case("ka-name-before-plural-verb", "ka", "2025-08-12",
         "გერმანიამ საქართველოს თავდაცვის ძალებს სამედიცინო აღჭურვილობა დღეს გადასცა.\n"
         "ცერემონიას თავდაცვის მინისტრის მოადგილე და საქართველოში გერმანიის ელჩი პეტერ ფიშერი დაესწრნენ.",
         [ev("aid", ["DEU", "GEO"], date="2025-08-12", persons=["პეტერ ფიშერი"])]),
    case("bn-name-before-plural-noun", "bn", "2025-08-12",
         "ঢাকা, ১২ আগস্ট ২০২৫: আজ বাংলাদেশে নিযুক্ত জাপানের রাষ্ট্রদূত কেনজি তানাকা দুটি টহল নৌকা বাংলাদেশ "
         "নৌবাহিনীর কাছে হস্তান্তর করেন। অনুষ্ঠানে রাষ্ট্রদূত কেনজি তানাকা জাহাজগুলো পরিদর্শন করেন।",
         [ev("aid", ["BGD", "JPN"], date="2025-08-12", persons=["কেনজি তানাকা"])]),
    case("lo-name-before-title", "lo", "2025-03-15",
         "ກອງປະຊຸມຄະນະກຳມະການຊາຍແດນ ລາວ-ໄທ ໄດ້ຈັດຂຶ້ນໃນວັນທີ 14 ມີນາ 2025 ທີ່ແຂວງຈຳປາສັກ.\n"
         "ຄະນະຜູ້ແທນຝ່າຍໄທ ນຳໂດຍ ພົນໂທ ປະເສີດ ສຸກໃສ ແມ່ທັບພາກທີ 2 ກອງທັບບົກໄທ.",
         [ev("meeting", ["LAO", "THA"], date="2025-03-14", persons=["ປະເສີດ ສຸກໃສ"])]),
    case("km-headline-receive-one-meeting", "km", "2025-08-12",
         "ទីភ្នាក់ងារសារព័ត៌មានកម្ពុជា (អ.ស.ក.)\nទំព័រដើម » នយោបាយ\n"
         "រដ្ឋមន្ត្រីក្រសួងការពារជាតិ ទទួលជួបឯកអគ្គរដ្ឋទូតឥណ្ឌា\n"
         "ភ្នំពេញ ១២ សីហា ២០២៥ (អ.ស.ក.) — រដ្ឋមន្ត្រីក្រសួងការពារជាតិ ឧត្តមសេនីយ៍ឯក សុខ វិចិត្រ "
         "បានទទួលជួបសម្តែងការគួរសមពីឯកឧត្តម រ៉ាជ គូម៉ា ឯកអគ្គរដ្ឋទូតឥណ្ឌាប្រចាំកម្ពុជា នៅព្រឹកថ្ងៃនេះ "
         "នៅទីស្តីការក្រសួងការពារជាតិ។",
         [ev("meeting", ["IND", "KHM"], date="2025-08-12", persons=["សុខ វិចិត្រ"])]),
    case("lo-headline-receive-one-meeting", "lo", "2025-08-12",
         "ສຳນັກຂ່າວສານປະເທດລາວ (ຂປລ)\nໜ້າຫຼັກ > ການເມືອງ\n"
         "ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ ຕ້ອນຮັບຫົວໜ້າເສນາທິການໃຫຍ່ກອງທັບກຳປູເຈຍ\n"
         "ໃນວັນທີ 11 ສິງຫາ 2025 ທີ່ກະຊວງປ້ອງກັນປະເທດ, ພົນເອກ ສົມພອນ ແກ້ວວົງ ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ "
         "ໄດ້ໃຫ້ການຕ້ອນຮັບ ພົນເອກ ສຸກ ວິຈິດ ຫົວໜ້າເສນາທິການໃຫຍ່ກອງທັບກຳປູເຈຍ ພ້ອມດ້ວຍຄະນະ "
         "ທີ່ເດີນທາງມາຢ້ຽມຢາມ ສປປ ລາວ ຢ່າງເປັນທາງການ.",
         [ev("meeting", ["KHM", "LAO"], date="2025-08-11", persons=["ສຸກ ວິຈິດ"])]),
    case("kk-first-name-sultan", "kk", "2025-08-12",
         "Қазақстан Қорғаныс министрінің орынбасары генерал-майор Сұлтан Ермеков бүгін Астанада Түркия "
         "елшісімен кездесті.",
         [ev("meeting", ["KAZ", "TUR"], date="2025-08-12", persons=["Сұлтан Ермеков"])]),
    # ---- Turkic locatives: a state in the locative is the place; az "birgə təlim keçiriblər" is held
    case("az-locative-joint-training-held", "az", "2025-08-12",
         "Azərbaycan və Özbəkistan hərbçiləri bu gün Özbəkistanda birgə taktiki təlim keçiriblər.",
         [ev("exercise", ["AZE", "UZB"], location="UZB", date="2025-08-12")]),
    case("kk-locative", "kk", "2025-08-12",
         "Қазақстан мен Түркия әскерилері бүгін Түркияда бірлескен тактикалық жаттығу өткізді.",
         [ev("exercise", ["KAZ", "TUR"], location="TUR", date="2025-08-12")]),
    case("uz-locative", "uz", "2025-08-12",
         "O‘zbekiston va Tojikiston harbiylari bugun Tojikistonda qo‘shma taktik mashq o‘tkazdi.",
         [ev("exercise", ["TJK", "UZB"], location="TJK", date="2025-08-12")]),
    # ---- provinces and towns as places
    case("lo-province-then-state", "lo", "2025-08-12",
         "ໃນປີ 2024, ກອງທັບລາວ ແລະ ກອງທັບຈີນ ໄດ້ຈັດການຝຶກຊ້ອມຮ່ວມ ຢູ່ແຂວງກວາງຊີ ສປ ຈີນ.",
         [ev("exercise", ["CHN", "LAO"], location="CHN", date="2024", historical=True)]),
    case("bn-town-place", "bn", "2025-11-12",
         "গত বছরের মার্চে খুলনায় বাংলাদেশ ও ভারতের নৌবাহিনীর যৌথ মহড়া অনুষ্ঠিত হয়েছিল।",
         [ev("exercise", ["BGD", "IND"], location="BGD", date="2024-03", historical=True)]),
    # ---- Uzbek Cyrillic aid and pledges, Azerbaijani plural phone verbs, Armenian future "կ-" pledges
    case("uz-cyrillic-handed-over", "uz", "2025-08-12",
         "Ҳиндистон бугун Ўзбекистон Қуролли Кучларига тиббий ускуналар топширди.",
         [ev("aid", ["IND", "UZB"], date="2025-08-12")]),
    case("uz-cyrillic-will-deliver", "uz", "2025-08-12",
         "Туркия келгуси йили Ўзбекистон Қуролли Кучларига иккита вертолёт етказиб беради.",
         [ev("intent", ["TUR", "UZB"])]),
    case("uz-cyrillic-trained", "uz", "2025-08-12",
         "Германия Ўзбекистон ҳарбий шифокорларини ўқитди.",
         [ev("aid", ["DEU", "UZB"])]),
    case("az-phone-plural", "az", "2025-08-12",
         "Azərbaycan və Gürcüstan müdafiə nazirləri bu gün telefonla danışıblar.",
         [ev("meeting", ["AZE", "GEO"], mode="phone", date="2025-08-12")]),
    case("hy-will-allocate", "hy", "2025-08-12",
         "Հնդկաստանը Հայաստանին կհատկացնի հրետանային համակարգեր։",
         [ev("intent", ["ARM", "IND"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str, title: Any, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
