"""The extract stage on short articles in seven languages written for these tests (none of these sentences is

in tests/data/heldout/field10.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general press wording of field reports, the genre of the field10 set:
the delivery after which training was given ("인도 직후", ko: no India), a business call of warships ("деловой
заход", ru: a stop for water and food, no port-call exercise), a two-sided tactical exercise ("двустороннее
тактическое учение", ru: opposing forces of one army, not bilateral), attacks as the subject drilled ("учение
по обороне от атак", ru: no combat), a range "в Краснодарском крае" (ru: in Russia), the Cap-Vert peninsula of
Dakar (fr: no Cabo Verde), a course given in the perfect ("ha impartido … un curso de", es), exercises of the
territorial defence (uk: the home army's own), the course named before the verb ("Черговий курс підготовки
завершили …", uk), a ministry's contract with a firm (uk: no state event), a ship lying in port "zu einem
Hafenbesuch" (de: no talks) and "den Ernstfall proben" (de: an exercise word, not a joint one), a warship's
"友好访问" (zh: a port call, no talks), "操作要領を教育した" (ja: training given).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- ko: "인도 직후" is "right after the delivery", not India
    case("ko-indo-jikhu-is-after-the-delivery", "ko", DAY,
         "한국 해군은 인도 직후 베트남 해군 장병 60여 명에게 한 달간 함정 정비 교육을 실시했다.",
         [ev("aid", ["KOR", "VNM"])]),
    case("ko-indo-e-apseo-is-before-the-delivery", "ko", DAY,
         "한국 해군은 인도에 앞서 필리핀 해군 장병들에게 함정 정비 교육을 지원하기로 했다.",
         [ev("intent", ["KOR", "PHL"])]),
    case("ko-indo-ihu-is-after-the-delivery", "ko", DAY,
         "한국 해군은 인도 이후에도 필리핀 해군 승조원들에게 정비 교육을 지원하기로 했다.",
         [ev("intent", ["KOR", "PHL"])]),
    # ---- ru: a business call of warships is a stop for supplies, no port-call exercise
    case("ru-delovoy-zakhod-is-no-exercise", "ru", DAY,
         "Отряд кораблей Балтийского флота завершил деловой заход в порт Алжир. Моряки пополнили запасы воды "
         "и продовольствия.",
         []),
    # ---- ru: a two-sided tactical exercise is one army's own drill (opposing forces), not a bilateral one
    case("ru-dvustoronnee-takticheskoe-is-domestic", "ru", DAY,
         "Министр обороны России Андрей Белоусов во вторник провел в Москве переговоры с министром обороны "
         "Таджикистана Эмомали Собирзода. Тем временем мотострелки Центрального военного округа провели "
         "двустороннее тактическое учение на полигоне Чебаркуль.",
         [ev("meeting", ["RUS", "TJK"], date="2026-09-15")]),
    # ---- ru: attacks as the subject drilled are no combat
    case("ru-po-oborone-ot-atak-is-a-training-topic", "ru", DAY,
         "Корабли ВМФ России и ВМС Индии во вторник провели в Бенгальском заливе совместное учение по "
         "обороне от атак безэкипажных катеров.",
         [ev("exercise", ["IND", "RUS"], date="2026-09-15")]),
    # ---- ru: a range in the Krasnodar region is in Russia
    case("ru-krasnodarskij-kraj-is-russia", "ru", DAY,
         "На полигоне в Краснодарском крае во вторник началось совместное российско-сербское учение "
         "разведчиков.",
         [ev("exercise", ["RUS", "SRB"], location="RUS")]),
    # ---- fr: the Cap-Vert peninsula is Dakar's, no Cabo Verde
    case("fr-presqu-ile-du-cap-vert-is-senegal", "fr", DAY,
         "Le patrouilleur français a mené lundi un exercice de sauvetage avec la marine sénégalaise au "
         "large de la presqu'île du Cap-Vert.",
         [ev("exercise", ["FRA", "SEN"], date="2026-09-14")]),
    # ---- es: a course given, in the perfect, with the time between
    case("es-ha-impartido-un-curso-is-training-given", "es", DAY,
         "Un equipo de instructores italianos ha impartido durante dos semanas un curso de desactivación de "
         "explosivos a 30 militares senegaleses.",
         [ev("aid", ["ITA", "SEN"])]),
    # ---- uk: exercises of the territorial defence are the home army's own
    case("uk-navchannia-teroboronu-is-domestic", "uk", DAY,
         "Міністр оборони України Денис Шмигаль у вівторок провів телефонну розмову з міністром оборони "
         "Литви. У Львові цього тижня відбулися навчання підрозділів територіальної оборони.",
         [ev("meeting", ["LTU", "UKR"], mode="phone")]),
    # ---- uk: the course named first, the trainees after the verb
    case("uk-kurs-pidhotovky-zavershyly-is-training-given", "uk", DAY,
         "Черговий курс підготовки завершили в Естонії сто українських військовослужбовців.",
         [ev("aid", ["EST", "UKR"])]),
    # ---- uk: a ministry's contract with a firm is no agreement between states
    case("uk-uklalo-z-kompaniieiu-is-no-agreement", "uk", DAY,
         "Естонські інструктори підготували ще 60 українських саперів. Окремо Міністерство оборони "
         "Естонії уклало з компанією Milrem контракт на постачання роботизованих платформ для "
         "естонського війська.",
         [ev("aid", ["EST", "UKR"])]),
    # ---- de: a ship in port "zu einem Hafenbesuch" meets no one
    case("de-zu-einem-hafenbesuch-is-no-meeting", "de", DAY,
         "Am Wochenende lag die niederländische Fregatte „Tromp“ zu einem Hafenbesuch in Rostock. Besucher "
         "konnten das Schiff am Sonntag besichtigen.",
         []),
    # ---- de: "den Ernstfall proben" is an exercise word, not a joint one
    case("de-ernstfall-proben-is-no-joint-word", "de", DAY,
         "Verteidigungsminister Boris Pistorius hat am Dienstag in Berlin seinen litauischen Amtskollegen "
         "empfangen. In Wilhelmshaven endete am Dienstag eine nationale Übung der Marine. Gleichzeitig "
         "probten dort rund 150 Soldaten und Feuerwehrleute den Ernstfall.",
         [ev("meeting", ["DEU", "LTU"], date="2026-09-15")]),
    # ---- zh: a warship's friendly visit to a port is a port call, no talks; a minister's visit stays one
    case("zh-jian-youhao-fangwen-is-a-port-call", "zh", DAY,
         "中国人民解放军海军“郑和”舰15日结束对越南金兰湾的友好访问，启程回国。",
         []),
    case("zh-minister-youhao-fangwen-is-a-visit", "zh", DAY,
         "国防部长董军15日结束对越南的友好访问。",
         [ev("meeting", ["CHN", "VNM"], date="2026-09-15")]),
    # ---- ja: taught the other side's crews how to operate it
    case("ja-wo-kyouiku-shita-is-training-given", "ja", DAY,
         "陸上自衛隊の隊員がベトナム軍の工兵に重機の操作要領を教育した。",
         [ev("aid", ["JPN", "VNM"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
