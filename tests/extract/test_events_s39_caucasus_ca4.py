"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/caucasus_ca4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Caucasian, Central Asian and Mongolian
defense news, the subject of the caucasus_ca4 set:
- mn a year written before "since" ("2006 оноос хойш", "2012 оноос эхлэн") counts a series, no edition
  of that year: the edition told in the same sentence ("өнгөрсөн жил", last year) keeps its own date;
- ka a meeting of two told after a trilateral ("ორმხრივი შეხვედრა", "ცალკე შეხვდა", "ორმხრივ ფორმატში") is a
  meeting of the two, not the trilateral retold;
- hy kk ky uz tk mn the same bilateral words ("երկկողմ հանդիպում", "екіжақты кездесу", "эки тараптуу
  жолугушуу", "ikki tomonlama uchrashuv", "ikitaraplaýyn duşuşyk", "хоёр талт уулзалт");
- az congratulations on the restoration of territorial integrity or sovereignty ("ərazi bütövlüyünün bərpası
  münasibətilə təbrik edib") are greetings, no support; support said in words stays support;
- az an army's own training or drill plan approved ("hazırlıq planı təsdiqlənib", "təlim planı təsdiq edilib")
  is a domestic order, no agreement; a cooperation plan between two ministries approved stays one;
- uz kk ky tk az tg a signed document named as the frame of what is done now ("imzolangan hamkorlik rejasi
  doirasida", "жоспары аясында", "планынын алкагында", "meýilnamasynyň çäklerinde", "planı çərçivəsində",
  "дар доираи нақшаи") is no signing now;
- hy az kk uz tg a command-staff exercise of one state's forces ("հրամանատարաշտաբային զորավարժություններ",
  "komanda-qərargah təlimləri", "командалық-штабтық оқу-жаттығу", "qo‘mondonlik-shtab mashg‘uloti", "машқҳои
  фармондеҳию штабӣ") is a domestic drill: no partner from the article (ru "командно-штабное учение" was
  listed);
  a joint one ("համատեղ", "birgə") stays joint.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- mn: "оноос хойш" / "оноос эхлэн" after a year is "since"
    case("mn-onoos-khoish-is-since", "mn", DAY,
         "Монгол, Казахстаны цэргийн алба хаагчдын хамтарсан “Талын эрэлч” сургуулилалт өнөөдөр Улаанбаатарт "
         "эхэллээ. Энэ сургуулилалтыг 2006 оноос хойш жил бүр зохион байгуулж ирсэн бөгөөд өнгөрсөн жил "
         "Казахстаны Алматы хотод зохион байгуулсан.",
         [ev("exercise", ["KAZ", "MNG"], date="2026-10", location="MNG"),
          ev("exercise", ["KAZ", "MNG"], date="2025", historical=True)]),
    case("mn-onoos-ekhlen-is-since", "mn", DAY,
         "Монгол, Солонгосын тэнгисийн цэргийн хамтарсан сургуулилалт өчигдөр Улаанбаатарт өндөрлөлөө. Хоёр "
         "орны хамтарсан сургуулилалтыг 2012 оноос эхлэн тогтмол зохион байгуулж ирсэн бөгөөд өнгөрсөн онд "
         "Сөүл хотод болсон.",
         [ev("exercise", ["KOR", "MNG"], date="2026-10-13", location="MNG"),
          ev("exercise", ["KOR", "MNG"], date="2025", historical=True)]),
    # ---- ka: a bilateral meeting told after the trilateral
    case("ka-tsalke-shekhvda-is-bilateral", "ka", DAY,
         "ერევანში სომხეთის, საქართველოსა და საბერძნეთის თავდაცვის მინისტრების სამმხრივი შეხვედრა შედგა.\n\n"
         "სამმხრივი ფორმატის ფარგლებში სომხეთის თავდაცვის მინისტრი ცალკე შეხვდა საბერძნეთის "
         "თავდაცვის მინისტრს.",
         [ev("meeting", ["ARM", "GEO", "GRC"], date="2026-10-14", location="ARM", mode="multilateral"),
          ev("meeting", ["ARM", "GRC"], date="2026-10-14", location="ARM", mode="multilateral")]),
    case("ka-orkhmkhrivi-shekhvedra-is-bilateral", "ka", DAY,
         "ბაქოში აზერბაიჯანის, საქართველოსა და თურქეთის თავდაცვის მინისტრების სამმხრივი შეხვედრა "
         "გაიმართა.\n\n"
         "ამავე დღეს საქართველოს თავდაცვის მინისტრსა და თურქეთის თავდაცვის მინისტრს შორის ორმხრივი "
         "შეხვედრა შედგა.",
         [ev("meeting", ["AZE", "GEO", "TUR"], date="2026-10-14", location="AZE", mode="multilateral"),
          ev("meeting", ["GEO", "TUR"], date="2026-10-14", location="AZE", mode="multilateral")]),
    # ---- hy kk ky uz tk mn: the bilateral meeting told after the trilateral
    case("hy-erkkoghm-handipum-is-bilateral", "hy", DAY,
         "Երևանում տեղի է ունեցել Հայաստանի, Հունաստանի և Կիպրոսի պաշտպանության նախարարների եռակողմ "
         "հանդիպումը։\n\n"
         "Նույն օրը Հայաստանի և Հունաստանի պաշտպանության նախարարների միջև կայացել է երկկողմ հանդիպում։",
         [ev("meeting", ["ARM", "CYP", "GRC"], date="2026-10-14", location="ARM", mode="multilateral"),
          ev("meeting", ["ARM", "GRC"], date="2026-10-14", location="ARM", mode="multilateral")]),
    case("kk-ekizhakty-kezdesu-is-bilateral", "kk", DAY,
         "Астанада Қазақстан, Қырғызстан және Өзбекстан қорғаныс министрлерінің үшжақты кездесуі өтті.\n\n"
         "Сол күні Қазақстан мен Өзбекстан қорғаныс министрлерінің екіжақты кездесуі болды.",
         [ev("meeting", ["KAZ", "KGZ", "UZB"], date="2026-10-14", location="KAZ", mode="multilateral"),
          ev("meeting", ["KAZ", "UZB"], date="2026-10-14", location="KAZ", mode="multilateral")]),
    case("ky-eki-taraptuu-zholugushuu-is-bilateral", "ky", DAY,
         "Бишкекте Кыргызстан, Казакстан жана Тажикстандын коргоо министрлеринин үч тараптуу "
         "жолугушуусу өттү.\n\n"
         "Ошол эле күнү Кыргызстан менен Тажикстандын коргоо министрлеринин эки тараптуу жолугушуусу болду.",
         [ev("meeting", ["KAZ", "KGZ", "TJK"], date="2026-10-14", location="KGZ", mode="multilateral"),
          ev("meeting", ["KGZ", "TJK"], date="2026-10-14", location="KGZ", mode="multilateral")]),
    case("uz-ikki-tomonlama-uchrashuv-is-bilateral", "uz", DAY,
         "Toshkentda O‘zbekiston, Qozog‘iston va Turkmaniston mudofaa vazirlarining uch tomonlama "
         "uchrashuvi bo‘lib o‘tdi.\n\n"
         "Shu kuni O‘zbekiston va Turkmaniston mudofaa vazirlari o‘rtasida ikki tomonlama uchrashuv bo‘ldi.",
         [ev("meeting", ["KAZ", "TKM", "UZB"], date="2026-10-14", location="UZB", mode="multilateral"),
          ev("meeting", ["TKM", "UZB"], date="2026-10-14", location="UZB", mode="multilateral")]),
    case("tk-ikitaraplayyn-dushushyk-is-bilateral", "tk", DAY,
         "Aşgabatda Türkmenistanyň, Gazagystanyň we Özbegistanyň goranmak ministrleriniň "
         "üçtaraplaýyn duşuşygy geçirildi.\n\n"
         "Şol gün Türkmenistanyň we Özbegistanyň goranmak ministrleriniň arasynda ikitaraplaýyn "
         "duşuşyk boldy.",
         [ev("meeting", ["KAZ", "TKM", "UZB"], date="2026-10-14", location="TKM", mode="multilateral"),
          ev("meeting", ["TKM", "UZB"], date="2026-10-14", location="TKM", mode="multilateral")]),
    case("mn-khoyor-talt-uulzalt-is-bilateral", "mn", DAY,
         "Улаанбаатарт Монгол, Япон, Солонгосын батлан хамгаалахын сайд нарын гурван талт уулзалт боллоо.\n\n"
         "Мөн өдөр Монгол, Японы батлан хамгаалахын сайд нарын хоёр талт уулзалт боллоо.",
         [ev("meeting", ["JPN", "KOR", "MNG"], date="2026-10-14", location="MNG", mode="multilateral"),
          ev("meeting", ["JPN", "MNG"], date="2026-10-14", location="MNG", mode="multilateral")]),
    # ---- az: congratulations are no support
    case("az-tebrik-with-meeting-is-no-support", "az", DAY,
         "Azərbaycanın müdafiə naziri dünən Bakıda Qazaxıstanın müdafiə naziri ilə görüşüb. Qonaq "
         "Azərbaycanın "
         "ərazi bütövlüyünün bərpası münasibətilə təbriklərini çatdırıb.",
         [ev("meeting", ["AZE", "KAZ"], date="2026-10-13", location="AZE", mode="visit")]),
    case("az-tebrik-alone-is-no-event", "az", DAY,
         "Gürcüstanın müdafiə naziri Azərbaycanın müdafiə nazirini ərazi bütövlüyünün və suverenliyinin "
         "bərpasının ildönümü münasibətilə təbrik edib.",
         []),
    case("az-desteklediyini-is-support", "az", DAY,
         "Azərbaycanın müdafiə naziri dünən Bakıda Qazaxıstanın müdafiə naziri ilə görüşüb. Qonaq "
         "Qazaxıstanın "
         "Azərbaycanın ərazi bütövlüyünü dəstəklədiyini bildirib.",
         [ev("meeting", ["AZE", "KAZ"], date="2026-10-13", location="AZE", mode="visit"),
          ev("support", ["AZE", "KAZ"])]),
    # ---- az: an army's own training plan approved is no agreement
    case("az-hazirliq-plani-tesdiqlenib-is-no-agreement", "az", DAY,
         "Azərbaycan və Türkiyə hərbçiləri birgə təlim keçirib. Xatırladaq ki, bu il ordunun hərbi "
         "hissələrində "
         "yeni tədris ilinin hazırlıq planı təsdiqlənib.",
         [ev("exercise", ["AZE", "TUR"], date="2026-10")]),
    case("az-telim-plani-tesdiq-edilib-is-no-agreement", "az", DAY,
         "Azərbaycan və Gürcüstan ordularının birgə təlimi başa çatıb. Müdafiə nazirinin əmri ilə qoşunların "
         "2027-ci il üçün təlim planı təsdiq edilib.",
         [ev("exercise", ["AZE", "GEO"], date="2026-10")]),
    case("az-emekdasliq-plani-tesdiqlenib-is-agreement", "az", DAY,
         "Azərbaycan ilə Qazaxıstan müdafiə nazirlikləri arasında 2027-ci il üçün hərbi əməkdaşlıq planı "
         "təsdiqlənib.",
         [ev("agreement", ["AZE", "KAZ"], doc_type="plan")]),
    # ---- uz kk ky tk az tg: the signed plan as the frame of an exercise is no signing
    case("uz-rejasi-doirasida-is-no-signing", "uz", DAY,
         "O‘zbekiston va Qozog‘iston harbiylari kecha Termizda qo‘shma mashg‘ulot o‘tkazdi. "
         "Mashg‘ulot ikki davlat mudofaa vazirliklari o‘rtasida imzolangan hamkorlik rejasi "
         "doirasida tashkil etildi.",
         [ev("exercise", ["KAZ", "UZB"], date="2026-10-13")]),
    case("kk-zhospary-ayasynda-is-no-signing", "kk", DAY,
         "Қазақстан мен Қырғызстан әскерилері кеше Отар полигонында бірлескен оқу-жаттығу өткізді. "
         "Оқу-жаттығу екі ел қорғаныс министрліктері арасында қол қойылған ынтымақтастық жоспары "
         "аясында ұйымдастырылды.",
         [ev("exercise", ["KAZ", "KGZ"], date="2026-10-13")]),
    case("ky-planynyn-alkagynda-is-no-signing", "ky", DAY,
         "Кыргызстан менен Өзбекстандын аскерлери кечээ Ош облусунда биргелешкен машыгуу өткөрүштү. "
         "Машыгуу эки өлкөнүн коргоо министрликтеринин ортосунда кол коюлган кызматташтык планынын "
         "алкагында уюштурулду.",
         [ev("exercise", ["KGZ", "UZB"], date="2026-10-13")]),
    case("tk-meyilnamasynyn-caklerinde-is-no-signing", "tk", DAY,
         "Türkmenistanyň we Gazagystanyň harby gullukçylary düýn Balkan welaýatynda bilelikdäki "
         "türgenleşik geçirdiler. "
         "Türgenleşik iki ýurduň goranmak ministrlikleriniň arasynda gol çekilen hyzmatdaşlyk "
         "meýilnamasynyň çäklerinde guraldy.",
         [ev("exercise", ["KAZ", "TKM"], date="2026-10-13")]),
    case("az-plani-cercivesinde-is-no-signing", "az", DAY,
         "Azərbaycan və Gürcüstan hərbçiləri dünən Qarayazıda birgə təlim keçiriblər. "
         "Təlim iki ölkənin müdafiə nazirlikləri arasında imzalanmış əməkdaşlıq planı çərçivəsində "
         "təşkil edilib.",
         [ev("exercise", ["AZE", "GEO"], date="2026-10-13")]),
    case("tg-dar-doirai-naqsha-is-no-signing", "tg", DAY,
         "Хизматчиёни ҳарбии Тоҷикистон ва Ӯзбекистон дирӯз дар вилояти Суғд машқҳои муштарак гузарониданд. "
         "Машқҳо дар доираи нақшаи ҳамкорие, ки байни вазоратҳои мудофиаи ду кишвар имзо шудааст, "
         "ташкил карда шуданд.",
         [ev("exercise", ["TJK", "UZB"], date="2026-10-13")]),
    # ---- hy az kk uz tg: a command-staff exercise of one state is domestic
    case("hy-hramanatarashtabayin-is-domestic", "hy", DAY,
         "Հայաստանի պաշտպանության նախարարը երեկ Երևանում ընդունել է Ֆրանսիայի զինված ուժերի պատվիրակությանը։ "
         "Նույն օրը Հայաստանում՝ 2-րդ բանակային կորպուսում, անցկացվել են հրամանատարաշտաբային "
         "զորավարժություններ։",
         [ev("meeting", ["ARM", "FRA"], date="2026-10-13", location="ARM", mode="visit")]),
    case("az-komanda-qerargah-is-domestic", "az", DAY,
         "Azərbaycanın müdafiə naziri dünən Bakıda Fransa hərbi nümayəndə heyətini qəbul edib. "
         "Həmin gün Azərbaycan Ordusunda komanda-qərargah təlimləri keçirilib.",
         [ev("meeting", ["AZE", "FRA"], date="2026-10-13", location="AZE", mode="visit")]),
    case("kk-komandalyq-shtabtyq-is-domestic", "kk", DAY,
         "Қазақстан Қорғаныс министрі кеше Астанада Франция әскери делегациясын қабылдады. "
         "Сол күні Қазақстанның Шығыс өңірлік қолбасшылығында командалық-штабтық оқу-жаттығу өтті.",
         [ev("meeting", ["FRA", "KAZ"], date="2026-10-13", location="KAZ", mode="visit")]),
    case("uz-qomondonlik-shtab-is-domestic", "uz", DAY,
         "O‘zbekiston Mudofaa vaziri kecha Toshkentda Fransiya harbiy delegatsiyasini qabul qildi. "
         "Shu kuni O‘zbekiston Qurolli Kuchlarining Janubi-g‘arbiy harbiy okrugida "
         "qo‘mondonlik-shtab mashg‘uloti o‘tkazildi.",
         [ev("meeting", ["FRA", "UZB"], date="2026-10-13", location="UZB", mode="visit")]),
    case("tg-farmondehiyu-shtabi-is-domestic", "tg", DAY,
         "Вазири мудофиаи Тоҷикистон дирӯз дар Душанбе ҳайати ҳарбии Фаронсаро ба ҳузур пазируфт. "
         "Ҳамон рӯз дар Тоҷикистон машқҳои фармондеҳию штабӣ гузаронида шуданд.",
         [ev("meeting", ["FRA", "TJK"], date="2026-10-13", location="TJK", mode="visit")]),
    case("az-birge-komanda-qerargah-is-joint", "az", DAY,
         "Azərbaycan və Türkiyə hərbçiləri dünən birgə komanda-qərargah təlimi keçiriblər.",
         [ev("exercise", ["AZE", "TUR"], date="2026-10-13")]),
    case("hy-hamategh-hramanatarashtabayin-is-joint", "hy", DAY,
         "Հայաստանի պաշտպանության նախարարը երեկ Երևանում ընդունել է Ֆրանսիայի զինված ուժերի պատվիրակությանը։ "
         "Ֆրանսիացի սպաները երեկ Հայաստանում մասնակցել են համատեղ հրամանատարաշտաբային զորավարժությանը։",
         [ev("meeting", ["ARM", "FRA"], date="2026-10-13", location="ARM", mode="visit"),
          ev("exercise", ["ARM", "FRA"], date="2026-10-13")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
