"""The extract stage on short field reports of exercises and aid in eight languages, written for these tests
(none of these sentences is in tests/data/heldout/field4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of the press:
- ar the present of taking part ("ويشارك في التمرين …", "تشارك فيه قوات من …") as the verb that says an
  exercise is held, so the participants sentence of a multinational exercise gives it its states;
- pl the modal passive "ma zostać przekazany" (is to be handed over) as a pledge, no delivery; the people as
  troops ("ćwiczyli z Amerykanami i Kanadyjczykami") as states; an arms group ("Polska Grupa Zbrojeniowa",
  "grupa zbrojeniowa") as a company, whose deal with a foreign firm is no agreement of states;
- it the trainees as subject of the passive ("sono stati addestrati", "erano stati addestrati") and a course
  given "a favore di" the other side's forces as training given.

Second round: fr troops or units "réuni(s)" by an exercise (not soldiers at a forum), instructors
who "forment … des soldats", the feminine "se sont entraînées ensemble", an exercise "conclu"; pl
air-defence sets and gun-howitzers as materiel that arrives; it "si sono esercitati insieme"; ru
"присоединились" to a drill and classes held "для" the other side's servicemen; ar the training verb
as the press writes it, without its shadda ("دربت").

Third round: pl the perfective future "przeprowadzą / zorganizują (wspólne ćwiczenia)" as a plan; ko training
still to be given ("교육을 실시할 예정이다", "교육을 제공할 계획이다") as a pledge, no training given.

Fourth round: ru hardware named after the arrival verb ("прибыли российские истребители"); it Greece as
"ellenic*"; pt a "operação combinada" of two armies as a joint activity; ar an exercise that ended ("أنهت").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-04-14"  # a Tuesday

CASES = [
    # ---- ar: the participants of an exercise told with the present of taking part
    case("ar-yusharik-fi-al-tamrin", "ar", DAY,
         "انطلقت اليوم فعاليات التمرين العسكري البحري المشترك في ميناء العقبة. ويشارك في التمرين إلى جانب "
         "القوات البحرية الأردنية، قطع بحرية من فرنسا وإيطاليا واليونان.",
         [ev("exercise", ["FRA", "GRC", "ITA", "JOR"])]),
    case("ar-tusharik-fihi-quwwat", "ar", DAY,
         "تشارك في المناورات العسكرية الجوية قوات من باكستان والمملكة العربية السعودية ومصر.",
         [ev("exercise", ["EGY", "PAK", "SAU"])]),
    # ---- pl: the modal passive of a delivery still to come is a pledge
    case("pl-ma-zostac-przekazany-is-intent", "pl", DAY,
         "Sprzęt saperski ma zostać przekazany łotewskiej armii do końca roku – poinformowało polskie "
         "Ministerstwo Obrony Narodowej.",
         [ev("intent", ["LVA", "POL"])]),
    case("pl-maja-zostac-dostarczone-is-intent", "pl", DAY,
         "Polskie drony rozpoznawcze mają zostać dostarczone estońskiej armii jesienią.",
         [ev("intent", ["EST", "POL"])]),
    # ---- pl: the people as troops
    case("pl-z-amerykanami-i-kanadyjczykami", "pl", DAY,
         "Polscy saperzy ćwiczyli w zeszłym tygodniu na poligonie w Orzyszu z Amerykanami i Kanadyjczykami.",
         [ev("exercise", ["CAN", "POL", "USA"])]),
    case("pl-z-litwinami-i-lotyszami", "pl", DAY,
         "Polscy żołnierze ćwiczyli w marcu w Orzyszu z Litwinami i Łotyszami.",
         [ev("exercise", ["LTU", "LVA", "POL"])]),
    # ---- pl: an arms group is a company; its deal with a foreign firm is no agreement of states
    case("pl-grupa-zbrojeniowa-is-a-company", "pl", DAY,
         "Polska Grupa Zbrojeniowa podpisała w poniedziałek z rumuńską firmą umowę o produkcji amunicji.",
         []),
    # ---- it: the trainees as subject of the passive
    case("it-erano-stati-addestrati", "it", DAY,
         "A marzo 30 piloti albanesi erano stati addestrati dall'Aeronautica Militare italiana presso la "
         "base di Lecce.",
         [ev("aid", ["ALB", "ITA"])]),
    case("it-sono-stati-addestrati", "it", DAY,
         "Nei mesi scorsi 25 sommozzatori della Marina montenegrina sono stati addestrati dagli istruttori "
         "italiani a La Spezia.",
         [ev("aid", ["ITA", "MNE"])]),
    # ---- it: a course given for the other side's forces
    case("it-corso-a-favore-di", "it", DAY,
         "Si è concluso ieri a Tirana il corso di addestramento di tre settimane condotto da istruttori "
         "dell'Esercito italiano a favore di 30 militari delle Forze Armate albanesi.",
         [ev("aid", ["ALB", "ITA"], date="2026-04-13")]),
    case("it-attivita-addestrative-a-favore", "it", DAY,
         "I carabinieri italiani hanno svolto attività addestrative a favore della polizia militare somala a "
         "Mogadiscio.",
         [ev("aid", ["ITA", "SOM"])]),
    # ---- guards: the reflexive "si sono addestrati" stays an exercise
    case("it-si-sono-addestrati-stays-exercise", "it", DAY,
         "I militari italiani e albanesi si sono addestrati insieme a Valona.",
         [ev("exercise", ["ALB", "ITA"])]),

    # ==== second round
    # ---- fr: troops brought together by an earlier edition; training given in the present; feminine forces
    # that trained together; an exercise "conclu"
    case("fr-avait-reuni-des-troupes-background", "fr", DAY,
         "L'édition précédente, en mai 2024, avait réuni des troupes françaises et ivoiriennes près de "
         "Bouaké.",
         [ev("exercise", ["CIV", "FRA"], date="2024-05", historical=True)]),
    case("fr-forment-des-soldats", "fr", DAY,
         "Des instructeurs français forment cette semaine des soldats ivoiriens au déminage à Abidjan.",
         [ev("aid", ["CIV", "FRA"])]),
    case("fr-se-sont-entrainees-ensemble", "fr", DAY,
         "Les forces spéciales françaises et tchadiennes se sont entraînées ensemble pendant dix jours.",
         [ev("exercise", ["FRA", "TCD"])]),
    case("fr-ont-conclu-l-exercice", "fr", DAY,
         "Les marines française et indienne ont conclu vendredi l'exercice Varuna au large de Goa.",
         [ev("exercise", ["FRA", "IND"], date="2026-04-10")]),
    # guards: a forum or a ceremony that brought soldiers together is no exercise; "forment une alliance"
    case("fr-forum-a-reuni-des-militaires-is-no-exercise", "fr", DAY,
         "Le forum de Dakar a réuni des militaires de plusieurs pays africains, dont le Sénégal et le Mali.",
         []),
    case("fr-forment-une-alliance-is-no-training", "fr", DAY,
         "Les deux pays forment depuis 1949 une alliance militaire avec les États-Unis et le Canada.",
         []),
    # ---- pl: air-defence sets that arrived
    case("pl-dotarly-zestawy-przeciwlotnicze", "pl", DAY,
         "Do Estonii dotarły polskie zestawy przeciwlotnicze Piorun.",
         [ev("aid", ["EST", "POL"])]),
    # ---- it: forces that exercised together
    case("it-si-sono-esercitati-insieme", "it", DAY,
         "Militari italiani e sloveni si sono esercitati insieme sul Carso.",
         [ev("exercise", ["ITA", "SVN"])]),
    case("it-si-sono-esercitate-insieme", "it", DAY,
         "Le fanterie di marina italiana e spagnola si sono esercitate insieme in Sardegna.",
         [ev("exercise", ["ESP", "ITA"])]),
    # ---- ru: units that joined a drill; classes held for the other side's servicemen
    case("ru-k-ucheniyu-prisoedinilis", "ru", DAY,
         "К учению присоединились подразделения вооруженных сил Казахстана и Киргизии.",
         [ev("exercise", ["KAZ", "KGZ"])]),
    case("ru-proveli-dlya-zanyatiya", "ru", DAY,
         "Российские военные специалисты провели для военнослужащих армии Лаоса занятия по разминированию.",
         [ev("aid", ["LAO", "RUS"])]),
    # ---- ar: the training verb without its shadda
    case("ar-darrabat-without-shadda", "ar", DAY,
         "دربت فرق عسكرية تركية عناصر من الجيش الصومالي على تفكيك العبوات الناسفة.",
         [ev("aid", ["SOM", "TUR"])]),

    # ==== third round
    # ---- pl: the perfective future of holding an exercise is a plan (intent), the past is the exercise
    case("pl-przeprowadza-wspolne-cwiczenia-is-intent", "pl", DAY,
         "Polscy i litewscy żołnierze przeprowadzą wspólne ćwiczenia na poligonie jesienią.",
         [ev("intent", ["LTU", "POL"])]),
    case("pl-przeprowadzili-stays-exercise", "pl", DAY,
         "Polscy i litewscy żołnierze przeprowadzili wspólne ćwiczenia na poligonie w Orzyszu.",
         [ev("exercise", ["LTU", "POL"])]),
    # ---- ko: training still to be given to the other side's personnel is a plan (intent)
    case("ko-gyoyuk-silsihal-yejeong-is-intent", "ko", DAY,
         "한국 육군은 내년에 폴란드군 장교 30명을 대상으로 K2 전차 운용 교육을 실시할 예정이다.",
         [ev("intent", ["KOR", "POL"])]),
    case("ko-gyoyuk-jegonghal-gyehoek-is-intent", "ko", DAY,
         "한국 해군은 다음 달 필리핀 해군 장병을 대상으로 함정 정비 교육을 제공할 계획이다.",
         [ev("intent", ["KOR", "PHL"])]),
    case("ko-gyoyuk-silsihaetda-stays-aid", "ko", DAY,
         "한국은 폴란드군 장교 30명을 대상으로 K2 전차 운용 교육을 실시했다.",
         [ev("aid", ["KOR", "POL"])]),

    # ==== fourth round
    # ---- ru: hardware named after the arrival verb; arriving by plane is no delivery
    case("ru-pribyli-istrebiteli", "ru", DAY,
         "В Белоруссию прибыли российские истребители Су-30.",
         [ev("aid", ["BLR", "RUS"])]),
    case("ru-pribyli-vertolety", "ru", DAY,
         "В Египет прибыли первые российские вертолеты Ка-52.",
         [ev("aid", ["EGY", "RUS"])]),
    case("ru-pribyl-samoletom-is-no-delivery", "ru", DAY,
         "Министр обороны Белоруссии прибыл в Москву самолетом.",
         []),
    # ---- it: Greece by its learned name
    case("it-marina-ellenica", "it", DAY,
         "Si è svolta nel Mar Ionio un'esercitazione navale tra la Marina italiana e la Marina ellenica.",
         [ev("exercise", ["GRC", "ITA"])]),
    # ---- pt: a combined operation of two armies
    case("pt-operacao-combinada", "pt", DAY,
         "O Exército Brasileiro e o Exército Paraguaio encerraram a operação combinada na fronteira.",
         [ev("exercise", ["BRA", "PRY"])]),
    # ---- ar: an exercise ended ("أنهت")
    case("ar-anhat-al-tadrib-al-mushtarak", "ar", DAY,
         "أنهت وحدات من الجيش المصري والسوداني التدريب المشترك \"حماة النيل\".",
         [ev("exercise", ["EGY", "SDN"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
