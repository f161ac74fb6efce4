"""The extract stage on short Turkish, Azerbaijani, Georgian, Armenian, Kazakh and Uzbek press sentences
written for these tests (none of these sentences is in tests/data/heldout/eurasia2.jsonl or in any shared
set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of that press: the Georgian given name Irakli
after a title in Turkish ("Başbakanı Irakli …") is no "Irak" + "li" (Iraqi); Azerbaijani "ötən ilin
noyabrında" (in November of last year), a bilateral meeting told beside a trilateral one ("ikitərəfli
görüş də keçirib"), exercises named as a field ("birgə təlimlər sahəsində") and what "should be
discussed" (müzakirə olunmalıdır) as no event; a Georgian exercise that was not held ("არ ჩატარებულა")
or reservists' drills as no exercise; an Armenian document's terms retold ("Ծրագրով նախատեսված են …") as
no pledge; Uzbek regions in Kazakh spelling as places; the Uzbek Cyrillic press's running drill
("давом этмоқда") and its month locative ("2024 йил октябрида").

Second round: Turkish "planlandığı şekilde" (as planned) as done, no plan, and "tamamladı" (completed) as a
drill held; an Armenian document retold with two things it provides ("… այցեր և … զորավարժություններ");
the Uzbek Cyrillic press's "қўшма машқ" as a defense word and "якунлади" (completed) as a drill held; Kazakh
"өтіп жатыр" (is going on) and "аяқтады" (completed) as a drill held, "ұшағын" (ұшақ with қ → ғ) as
materiel, "дамыту туралы" (the subject of a document) as no pledge; Armenian titles with the article -ն
before a vowel ("նախարարն ընդունել է").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- tr: the Georgian given name Irakli after a title is no Iraqi
    case("tr-irakli-after-a-title-is-no-iraqi", "tr", DAY,
         "Millî Savunma Bakanı Yaşar Güler, Gürcistan Başbakanı Irakli Kobahidze ile Tiflis'te görüştü.",
         [ev("meeting", ["GEO", "TUR"])]),
    case("tr-irakli-after-mevkidasi", "tr", DAY,
         "Millî Savunma Bakanı Yaşar Güler, Gürcistanlı mevkidaşı Irakli Chikovani ile Ankara'da bir araya "
         "geldi.",
         [ev("meeting", ["GEO", "TUR"])]),
    # ---- tr: "planlandığı şekilde / gibi" (as planned) is done, no plan; "tamamladı" (completed): held
    case("tr-planlandigi-sekilde-is-done", "tr", DAY,
         "Türk ve Azerbaycan askerleri ortak tatbikatı planlandığı şekilde tamamladı.",
         [ev("exercise", ["AZE", "TUR"])]),
    case("tr-tamamladi-active-voice", "tr", DAY,
         "Türk ve Pakistan özel kuvvetleri Konya'daki ortak eğitimi dün başarıyla tamamladı.",
         [ev("exercise", ["PAK", "TUR"], date="2026-03-17", location="TUR")]),
    # ---- az: "ötən ilin <month>" (of last year); a bilateral beside a trilateral
    case("az-oten-ilin-oktyabrinda", "az", DAY,
         "Azərbaycan və Qazaxıstan müdafiə nazirləri sonuncu dəfə ötən ilin oktyabrında Astanada "
         "görüşmüşdülər.",
         [ev("meeting", ["AZE", "KAZ"], date="2025-10", historical=True)]),
    case("az-ikitarafli-gorus-beside-trilateral", "az", DAY,
         "Bakıda Azərbaycan, Türkiyə və Gürcüstan baş qərargah rəislərinin üçtərəfli görüşü keçirilib. "
         "Görüşdən sonra Kərim Vəliyev türkiyəli həmkarı Selçuk Bayraktaroğlu ilə ikitərəfli görüş də "
         "keçirib.",
         [ev("meeting", ["AZE", "GEO", "TUR"], mode="multilateral"),
          ev("meeting", ["AZE", "TUR"])]),
    # ---- az: exercises as a field of cooperation; what should be discussed
    case("az-birge-telimler-sahesinde-is-a-field", "az", DAY,
         "Müdafiə naziri Zakir Həsənov Qazaxıstanın müdafiə naziri ilə görüşüb. Martın 17-də Bakıda "
         "keçirilən görüşdə tərəflər hərbi tibb və birgə təlimlər sahəsində əməkdaşlığı müzakirə ediblər.",
         [ev("meeting", ["AZE", "KAZ"])]),
    case("az-muzakire-olunmalidir-is-no-talks", "az", DAY,
         "Deputat bildirib ki, Azərbaycan ordusunun İsrail və Türkiyə ilə hərbi əməkdaşlığı parlamentdə "
         "ayrıca müzakirə olunmalıdır.",
         []),
    # ---- ka: an exercise not held; reservists' drills
    case("ka-exercise-not-held", "ka", DAY,
         "ვაზიანში საქართველოსა და თურქეთის სამხედროების ერთობლივი სწავლება ორშაბათს დაიწყო. სწავლება 27 "
         "მარტამდე გაგრძელდება.\n\nშეგახსენებთ, რომ ქართულ-ამერიკული სწავლება „ღირსეული პარტნიორი“ შარშან "
         "არ ჩატარებულა.",
         [ev("exercise", ["GEO", "TUR"])]),
    case("ka-reservists-drills-are-domestic", "ka", DAY,
         "თავდაცვის სამინისტროს ცნობით, რეზერვისტების წვრთნები შემოდგომაზე თავდაცვის ძალების ბაზებზე "
         "ჩატარდება. რუსეთი კვლავ აკონტროლებს საქართველოს ტერიტორიების ნაწილს.",
         []),
    # ---- hy: a signed plan's terms retold are no new pledge
    case("hy-cragrov-naxatesvac-is-no-pledge", "hy", DAY,
         "Երևանում Հայաստանի և Ղազախստանի պաշտպանության նախարարները մարտի 17-ին ստորագրել են 2027 թվականի "
         "ռազմական համագործակցության ծրագիրը: Ծրագրով նախատեսված են ռազմական բժիշկների փորձի փոխանակման "
         "այցեր Երևան և Աստանա:",
         [ev("agreement", ["ARM", "KAZ"], doc_type="plan")]),
    case("hy-cragrov-naxatesvac-two-things", "hy", DAY,
         "Երևանում Հայաստանի և Վրաստանի պաշտպանության նախարարները ստորագրել են 2027 թվականի "
         "համագործակցության ծրագիրը: Ծրագրով նախատեսված են հայ և վրացի հրամանատարների այցեր և "
         "խաղաղապահների համատեղ զորավարժություններ:",
         [ev("agreement", ["ARM", "GEO"], doc_type="plan")]),
    # ---- kk: regions of Uzbekistan as places
    case("kk-jizzakh-is-uzbek", "kk", DAY,
         "Қазақстан мен Өзбекстан әскерилері сейсенбі күні Жизақ облысындағы полигонда бірлескен "
         "оқу-жаттығу өткізді.",
         [ev("exercise", ["KAZ", "UZB"], location="UZB")]),
    # ---- uz (Cyrillic): a running drill is dated by its month; the month locative with its year
    case("uz-cyr-davom-etmoqda-running-drill", "uz", DAY,
         "Ўзбекистон ва Қозоғистон ҳарбийларининг қўшма машқлари 9 мартдан буён Жиззах вилоятида давом "
         "этмоқда.",
         [ev("exercise", ["KAZ", "UZB"], date="2026-03")]),
    case("uz-cyr-yil-oktyabrida", "uz", DAY,
         "Эслатиб ўтамиз, Ўзбекистон ва Тожикистон ҳарбийларининг қўшма машқи 2024 йил октябрида Термиз "
         "полигонида ўтказилган эди.",
         [ev("exercise", ["TJK", "UZB"], date="2024-10", historical=True)]),
    # ---- kk: a running drill ("өтіп жатыр"), a completed one ("аяқтады"); ұшақ → ұшағын; a document topic
    case("kk-otip-jatyr-running-drill", "kk", DAY,
         "Қазақстан мен Ресей әскерилерінің бірлескен оқу-жаттығуы Отар полигонында өтіп жатыр.",
         [ev("exercise", ["KAZ", "RUS"], date="2026-03")]),
    case("kk-ayaqtady-completed-drill", "kk", DAY,
         "Қазақстан мен Өзбекстан әскерилері бірлескен жаттығуды сәтті аяқтады.",
         [ev("exercise", ["KAZ", "UZB"])]),
    case("kk-zhoygysh-ushagyn-delivered", "kk", DAY,
         "Ресей Қазақстанға екі Су-30СМ жойғыш ұшағын жеткізді.",
         [ev("aid", ["KAZ", "RUS"])]),
    case("kk-damytu-turaly-is-the-documents-subject", "kk", DAY,
         "Қазақстан мен Пәкістан қорғаныс министрлері сейсенбі күні Астанада кездесті. Кездесу соңында "
         "тараптар әскери-техникалық ынтымақтастықты дамыту туралы меморандумға қол қойды.",
         [ev("meeting", ["KAZ", "PAK"], date="2026-03-17"),
          ev("agreement", ["KAZ", "PAK"], doc_type="memorandum")]),
    # ---- hy: a title before a vowel takes the article -ն ("նախարարն ընդունել է")
    case("hy-nakhararn-yndunel-e", "hy", DAY,
         "ՀՀ պաշտպանության նախարարն ընդունել է Իրանի ռազմական կցորդին:",
         [ev("meeting", ["ARM", "IRN"], mode=None)]),
    case("hy-petn-ays-or-yndunel-e", "hy", DAY,
         "ՀՀ ԶՈՒ գլխավոր շտաբի պետն այսօր ընդունել է Հնդկաստանի դեսպանին:",
         [ev("meeting", ["ARM", "IND"], date="2026-03-18")]),
    # ---- uz (Cyrillic): a pledge told with the drill words only; a completed drill (active voice)
    case("uz-cyr-qoshma-mashq-is-defense-context", "uz", DAY,
         "Ўзбекистон ва Туркия келгуси йилда қўшма машқлар ўтказишга келишиб олди.",
         [ev("intent", ["TUR", "UZB"])]),
    case("uz-cyr-yakunladi", "uz", DAY,
         "Ўзбекистон ва Қирғизистон ҳарбийлари Фарғона водийсидаги қўшма машқни кеча якунлади.",
         [ev("exercise", ["KGZ", "UZB"])]),
    case("uz-lat-yakunladi", "uz", DAY,
         "O‘zbekiston va Tojikiston harbiylari Surxondaryodagi qo‘shma mashqni kecha yakunladi.",
         [ev("exercise", ["TJK", "UZB"])]),
    # ---- third round: an attaché received (a courtesy call: mode null) with the attaché as the object;
    # a drill started (active voice)
    case("tr-askeri-atasesini-kabul-etti", "tr", DAY,
         "Millî Savunma Bakanı Yaşar Güler, Azerbaycan'ın Ankara Büyükelçiliği askeri ataşesini makamında "
         "kabul etti.",
         [ev("meeting", ["AZE", "TUR"], mode=None)]),
    case("kk-askeri-attashesin-qabyldady", "kk", DAY,
         "Қазақстан Қорғаныс министрі Түркияның әскери атташесін қабылдады.",
         [ev("meeting", ["KAZ", "TUR"], mode=None)]),
    case("kk-bastady-started-drill", "kk", DAY,
         "Қазақстан мен Қырғызстан әскерилері бірлескен оқу-жаттығуды бастады.",
         [ev("exercise", ["KAZ", "KGZ"], date="2026-03")]),
    case("uz-cyr-harbiy-attashesini-qabul-qildi", "uz", DAY,
         "Ўзбекистон Мудофаа вазири Ҳиндистоннинг ҳарбий атташесини қабул қилди.",
         [ev("meeting", ["IND", "UZB"], mode=None)]),
    case("uz-lat-harbiy-attashesini-qabul-qildi", "uz", DAY,
         "O‘zbekiston Mudofaa vaziri Pokiston harbiy attashesini qabul qildi.",
         [ev("meeting", ["PAK", "UZB"], mode=None)]),
    case("uz-cyr-boshladi-started-drill", "uz", DAY,
         "Ўзбекистон ва Покистон ҳарбийлари қўшма машқни бошлади.",
         [ev("exercise", ["PAK", "UZB"], date="2026-03")]),
    case("uz-lat-boshladi-started-drill", "uz", DAY,
         "O‘zbekiston va Pokiston harbiylari qo‘shma mashqni boshladi.",
         [ev("exercise", ["PAK", "UZB"], date="2026-03")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
