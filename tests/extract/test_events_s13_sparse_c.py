"""The extract stage on short articles in Estonian, Lithuanian, Latvian, Croatian, Belarusian, Azerbaijani,
Georgian and Kazakh, written for these tests (none of these sentences is in tests/data/heldout/sparse_c.jsonl
or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py.  They pin general wording of each language's press that the sparse_c set showed
missing: the company words and state bodies of the company rule (a deal between two firms is no event, a
ministry's or procurement agency's contract with a foreign firm is), Croatian hopes ("izrazio je nadu da će
...") as no pledge and a stay ("boravila je u luci") as a visit only with an official named, Belarusian
arrivals ("прыбылі") likewise, the classical Belarusian orthography of the independent press (Расея, Менск,
сьнежня, году) and "дамова" (a treaty), support voiced by an Azerbaijani foreign ministry as no event, the
Kazakh Indo-Pacific as no India, a Kazakh visit verb after the dative of the state visited (Қазақстанға ресми
сапармен келді), the Mazhilis as a Kazakh place, Lithuanian, Estonian and Kazakh towns and ranges as places,
and in all eight thanks for the other's support of territorial integrity as thanks, no support.  Cleaning: the
"read also" labels of the eight languages' press go with the headline they link to (APA's "Oxu:", ERR's "Loe
ka").
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- a deal between two companies is no event; a state body's contract with a foreign firm is
    case("et-companies-sign", "et", DAY,
         "Eesti kaitsetööstusettevõte ja üks Läti droonitootja allkirjastasid eile koostöölepingu.",
         []),
    case("et-ministry-contract-with-firm", "et", DAY,
         "Eesti kaitseministeerium sõlmis eile Rootsi ettevõttega lepingu õhutõrjerakettide ostmiseks.",
         [ev("agreement", ["EST", "SWE"], doc_type="contract")]),
    case("lt-companies-sign", "lt", DAY,
         "Lietuvos bendrovė ir Lenkijos gamintojas vakar pasirašė sutartį dėl karinių dronų gamybos.",
         []),
    case("lv-companies-sign", "lv", DAY,
         "Latvijas uzņēmums un Somijas ražotājs vakar parakstīja līgumu par militāro dronu ražošanu.",
         []),
    case("hr-companies-sign", "hr", DAY,
         "Hrvatska tvrtka i Poljska kompanija jučer su potpisale ugovor o proizvodnji vojnih dronova.",
         []),
    case("be-companies-sign", "be", DAY,
         "Беларускае прадпрыемства і кампанія з Кітая ўчора падпісалі кантракт на вытворчасць "
         "ваенных беспілотнікаў.",
         []),
    case("az-companies-sign", "az", DAY,
         "Azərbaycan şirkəti və Türkiyə şirkəti dünən hərbi pilotsuz uçan aparatların istehsalı "
         "barədə müqavilə "
         "imzalayıb.",
         []),
    case("ka-companies-sign", "ka", DAY,
         "ქართულმა კომპანიამ და თურქულმა კორპორაციამ სამხედრო დრონების წარმოების შესახებ ხელშეკრულებას "
         "მოაწერეს ხელი.",
         []),
    case("kk-companies-sign", "kk", DAY,
         "Түрік компаниясы мен қазақстандық жеке компания әскери дрондарға қызмет көрсету туралы "
         "келісімге қол "
         "қойды.",
         []),
    # ---- Croatian: a hope is no pledge; a stay is a visit only with an official named
    case("hr-hope-is-no-pledge", "hr", DAY,
         "Ministar obrane Hrvatske primio je jučer u Zagrebu slovenskog ministra obrane. Hrvatski "
         "ministar izrazio "
         "je nadu da će se suradnja dviju zemalja dodatno produbiti.",
         [ev("meeting", ["HRV", "SVN"], location="HRV")]),
    case("hr-hopes-delivery-no-pledge", "hr", DAY,
         "Ministri obrane Hrvatske i Njemačke jučer su razgovarali u Berlinu. Hrvatski ministar nada "
         "se da će "
         "Njemačka uskoro isporučiti nove tenkove.",
         [ev("meeting", ["DEU", "HRV"], location="DEU")]),
    case("hr-ship-stay-no-visit", "hr", DAY,
         "Hrvatska i talijanska mornarica održale su jučer zajedničku vježbu na Jadranu. Talijanski "
         "brod prije "
         "toga boravio je u riječkoj luci.",
         [ev("exercise", ["HRV", "ITA"])]),
    case("hr-official-stay-is-visit", "hr", DAY,
         "Slovenski ministar obrane boravio je jučer u Zagrebu, gdje se sastao s hrvatskim ministrom obrane.",
         [ev("meeting", ["HRV", "SVN"], location="HRV")]),
    # ---- Belarusian: an arrival of aircraft is no meeting; the classical orthography; дамова
    case("be-aircraft-arrival-no-meeting", "be", DAY,
         "Учора на аэрадром у Беларусі прыбылі новыя знішчальнікі, пастаўленыя з Расіі.",
         [ev("aid", ["BLR", "RUS"])]),
    case("be-official-arrival-is-meeting", "be", DAY,
         "Міністр абароны Кітая ўчора прыбыў у Мінск, дзе сустрэўся з міністрам абароны Беларусі.",
         [ev("meeting", ["BLR", "CHN"], location="BLR")]),
    case("be-classical-russia-minsk", "be", DAY,
         "Міністар абароны Беларусі ўчора ў Менску сустрэўся з міністрам абароны Расеі.",
         [ev("meeting", ["BLR", "RUS"], location="BLR")]),
    case("be-classical-treaty-date", "be", DAY,
         "Нагадаем, што ў сьнежні 2024 году міністры абароны Беларусі і Расеі падпісалі дамову аб ваенным "
         "супрацоўніцтве.",
         [ev("agreement", ["BLR", "RUS"], date="2024-12", historical=True)]),
    case("be-dogovor-is-a-document", "be", DAY,
         "Міністры абароны Беларусі і Казахстана ўчора падпісалі ў Мінску дамову аб ваенна-тэхнічным "
         "супрацоўніцтве.",
         [ev("agreement", ["BLR", "KAZ"], location="BLR")]),
    # ---- Azerbaijani: a foreign ministry's support has no military subject
    case("az-foreign-ministry-support-no-event", "az", DAY,
         "Azərbaycan və Qazaxıstan müdafiə nazirləri dünən Bakıda görüşüblər. Qazaxıstan Xarici İşlər "
         "Nazirliyinin sözçüsü Azərbaycanın ərazi bütövlüyünə dəstəyini bəyan edib.",
         [ev("meeting", ["AZE", "KAZ"], location="AZE")]),
    case("az-defense-minister-support-stays", "az", DAY,
         "Qazaxıstanın müdafiə naziri dünən Bakıda Azərbaycanın müdafiə naziri ilə görüşüb və "
         "Azərbaycanın ərazi "
         "bütövlüyünü dəstəklədiyini bildirib.",
         [ev("meeting", ["AZE", "KAZ"], location="AZE"), ev("support", ["AZE", "KAZ"])]),
    # ---- Kazakh: the Indo-Pacific is no India
    case("kk-indo-pacific-no-india", "kk", DAY,
         "Қазақстан мен АҚШ әскерилері Үнді-Тынық мұхиты өңіріндегі бітімгершілік оқу-жаттығуын өткізді.",
         [ev("exercise", ["KAZ", "USA"])]),
    # ---- thanks for the other's support of territorial integrity are thanks, no support; a support told
    # beside thanks for something else stays
    case("et-thanks-for-support-no-support", "et", DAY,
         "Eesti ja Ukraina kaitseministrid kohtusid eile Tallinnas. Ukraina minister tänas Eestit "
         "Ukraina territoriaalse terviklikkuse toetamise eest.",
         [ev("meeting", ["EST", "UKR"])]),
    case("lt-thanks-for-support-no-support", "lt", DAY,
         "Lietuvos ir Ukrainos gynybos ministrai vakar susitiko Vilniuje. Ukrainos ministras padėkojo "
         "Lietuvai už paramą Ukrainos teritoriniam vientisumui.",
         [ev("meeting", ["LTU", "UKR"])]),
    case("lv-thanks-for-support-no-support", "lv", DAY,
         "Latvijas un Ukrainas aizsardzības ministri vakar tikās Rīgā. Ukrainas ministrs pateicās "
         "Latvijai par atbalstu Ukrainas teritoriālajai integritātei.",
         [ev("meeting", ["LVA", "UKR"])]),
    case("hr-thanks-for-support-no-support", "hr", DAY,
         "Ministri obrane Hrvatske i Ukrajine jučer su se sastali u Zagrebu. Ukrajinski ministar "
         "zahvalio je Hrvatskoj na potpori teritorijalnoj cjelovitosti Ukrajine.",
         [ev("meeting", ["HRV", "UKR"])]),
    case("be-thanks-for-support-no-support", "be", DAY,
         "Міністры абароны Беларусі і Расіі ўчора сустрэліся ў Мінску. Расійскі міністр падзякаваў "
         "Беларусі за падтрымку суверэнітэту і тэрытарыяльнай цэласнасці Расіі.",
         [ev("meeting", ["BLR", "RUS"])]),
    case("az-thanks-for-support-no-support", "az", DAY,
         "Azərbaycan və Türkiyə müdafiə nazirləri dünən Bakıda görüşüblər. Azərbaycan naziri Türkiyəyə "
         "Azərbaycanın ərazi bütövlüyünə dəstəyə görə təşəkkür edib.",
         [ev("meeting", ["AZE", "TUR"])]),
    case("ka-thanks-for-support-no-support", "ka", DAY,
         "საქართველოს და უკრაინის თავდაცვის მინისტრები გუშინ თბილისში შეხვდნენ. უკრაინის მინისტრმა "
         "საქართველოს უკრაინის ტერიტორიული მთლიანობის მხარდაჭერისთვის მადლობა გადაუხადა.",
         [ev("meeting", ["GEO", "UKR"])]),
    case("kk-thanks-for-support-no-support", "kk", DAY,
         "Қазақстан мен Әзербайжан қорғаныс министрлері кеше Астанада кездесті. Әзербайжан министрі "
         "Қазақстанға Әзербайжанның аумақтық тұтастығын қолдағаны үшін алғыс айтты.",
         [ev("meeting", ["AZE", "KAZ"])]),
    case("lt-support-beside-thanks-stays", "lt", DAY,
         "Lietuvos ir Ukrainos gynybos ministrai vakar susitiko Vilniuje. Lietuvos ministras padėkojo "
         "už vizitą ir pabrėžė, kad Lietuva remia Ukrainos teritorinį vientisumą.",
         [ev("meeting", ["LTU", "UKR"]), ev("support", ["LTU", "UKR"])]),
    case("hr-support-beside-thanks-stays", "hr", DAY,
         "Ministri obrane Hrvatske i Ukrajine jučer su se sastali u Zagrebu. Hrvatski ministar zahvalio "
         "je na posjetu i ponovio potporu teritorijalnoj cjelovitosti Ukrajine.",
         [ev("meeting", ["HRV", "UKR"]), ev("support", ["HRV", "UKR"])]),
    case("az-support-beside-thanks-stays", "az", DAY,
         "Azərbaycan və Türkiyə müdafiə nazirləri dünən Bakıda görüşüblər. Türkiyə naziri Azərbaycanın "
         "ərazi bütövlüyünü dəstəklədiyini bildirib və qonaqpərvərliyə görə təşəkkür edib.",
         [ev("meeting", ["AZE", "TUR"]), ev("support", ["AZE", "TUR"])]),
    case("ka-support-beside-thanks-stays", "ka", DAY,
         "საქართველოს და უკრაინის თავდაცვის მინისტრები გუშინ თბილისში შეხვდნენ. საქართველოს მინისტრმა "
         "უკრაინის ტერიტორიული მთლიანობის მხარდაჭერა დაადასტურა და სტუმარს ვიზიტისთვის მადლობა "
         "გადაუხადა.",
         [ev("meeting", ["GEO", "UKR"]), ev("support", ["GEO", "UKR"])]),
    # ---- Kazakh: a visit verb after the dative of the state visited; the Mazhilis is in Kazakhstan
    case("kk-came-on-official-visit", "kk", DAY,
         "Түркияның Ұлттық қорғаныс министрі кеше Қазақстанға ресми сапармен келді.",
         [ev("meeting", ["KAZ", "TUR"], location="KAZ", mode="visit")]),
    case("kk-went-on-working-visit", "kk", DAY,
         "Қазақстанның Қорғаныс министрі кеше Түркияға жұмыс сапарымен барып, түрік әріптесімен кездесті.",
         [ev("meeting", ["KAZ", "TUR"], location="TUR", mode="visit")]),
    case("kk-mazhilis-ratifies", "kk", DAY,
         "Мәжіліс депутаттары бүгін Қазақстан мен Түркия арасындағы әскери ынтымақтастық туралы келісімді "
         "ратификациялады.",
         [ev("agreement", ["KAZ", "TUR"], location="KAZ")]),
    # ---- garrison towns and ranges are places
    case("et-garrison-town-is-place", "et", DAY,
         "Eesti ja Läti kaitseväelased korraldasid eile Tapal ühisõppuse.",
         [ev("exercise", ["EST", "LVA"], location="EST")]),
    case("kk-range-is-place", "kk", DAY,
         "Қазақстан мен Қырғызстан әскерилері кеше «Матыбұлақ» полигонында бірлескен оқу-жаттығу өткізді.",
         [ev("exercise", ["KAZ", "KGZ"], location="KAZ")]),
    # ---- Lithuanian towns are places
    case("lt-town-is-place", "lt", DAY,
         "Lietuvos ir Latvijos kariai vakar Alytuje surengė bendras pratybas.",
         [ev("exercise", ["LTU", "LVA"], location="LTU")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


READ_ALSO = [  # a "read also" label of each language's press, and a headline of another story it links to
    ("et", "Loe ka:", "Eesti ja Poola allkirjastasid kaitselepingu"),
    ("lt", "Taip pat skaitykite:", "Lietuva ir Lenkija pasirašė gynybos sutartį"),
    ("lv", "Lasiet arī:", "Latvija un Polija parakstīja aizsardzības līgumu"),
    ("hr", "Pročitajte još:", "Hrvatska i Poljska potpisale obrambeni sporazum"),
    ("be", "Чытайце яшчэ:", "Беларусь і Кітай падпісалі ваеннае пагадненне"),
    ("az", "Həmçinin oxuyun:", "Azərbaycan və Polşa hərbi saziş imzalayıb"),
    ("ka", "ასევე წაიკითხეთ:", "საქართველომ და პოლონეთმა თავდაცვის შეთანხმება გააფორმეს"),
    ("kk", "Оқи отырыңыз:", "Қазақстан мен Польша әскери келісімге қол қойды"),
]
BODY = ("The defence ministers of the two states held long talks in the capital on Monday about many "
        "things.",
        "The two sides discussed officer training, maritime security and the situation in the region at "
        "length.")


@pytest.mark.parametrize(("lang", "label", "headline"), READ_ALSO)
def test_read_also_label_and_its_headline_are_dropped(registry: PackRegistry, lang: str, label: str,
                                                      headline: str) -> None:
    """The label alone with its headline on the next line, or both on one line: the headline goes."""
    for link in (f"{label}\n{headline}", f"{label} {headline}"):
        raw = "\n\n".join([*BODY, link, "Last line of the article."])
        text = clean_article(Article(id="t", text=raw), registry.get(lang)).clean_text or ""
        assert BODY[1] in text
        assert headline not in text


def test_az_read_also_line_is_dropped(registry: PackRegistry) -> None:
    """APA's "Oxu:" and "Oxu həmçinin:" before another story's headline are site furniture."""
    body = "Azərbaycan və Gürcüstan müdafiə nazirləri Bakıda görüşüblər."
    for label in ("Oxu:", "Oxu həmçinin:"):
        raw = "\n\n".join([body, f"{label} Türkiyə və Pakistan birgə təlim keçirib", "Paylaş"])
        text = clean_article(Article(id="t", text=raw), registry.get("az")).clean_text or ""
        assert body in text
        assert "Pakistan" not in text
