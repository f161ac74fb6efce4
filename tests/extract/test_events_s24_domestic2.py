"""The extract stage on short domestic defense-news articles written for these tests (none of these
sentences is in tests/data/heldout/domestic2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of the home-defense press of Spanish, Italian,
Portuguese, Ukrainian, Chinese and Indonesian pages, where one real international event stands beside the
own army's news: a minister who visits the own training ground, unit or exercise, or materiel the own unit
has received, meets no guest; the cabinet authorising a procurement contract signs nothing ("El Consejo de
Ministros aprobó … un contrato"); upcoming joint activities only discussed at talks ("ha discusso delle
prossime attività addestrative congiunte") and a unit's readiness ("pronto a intervenire", "kesiapan
prajurit", "siap dikerahkan") are no pledge; what the state budget provides ("o Orçamento … prevê") is no
pledge; contracts of the own ministry with home producers ("уклало … контракти з українськими виробниками на
постачання") are neither a document of two states nor a delivery; "Востаннє … приїжджав до України" (the
last time … came to) is a background visit; the army papers' own drills ("实兵对抗演练", "跨区机动", units
left unnamed, "陆军某旅") are no exercise with the guest of the day.

Second and third rounds: the own services' joint exercise ("ejercicio conjunto del Mando de Operaciones",
"Latihan Gabungan TNI 2026"), command-staff exercises ("командно-штабні навчання", "diễn tập chỉ huy - cơ
quan" of a Quân khu), training and live-fire drills of the own units ("ejercicio de adiestramiento",
"esercitazione a fuoco", "exercício de fogos reais", "latihan menembak" of a Yonif, 漢光) are domestic;
each with a guard case that the same drill of two named armies stays an exercise.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

UK_VISIT = ("Міністр оборони Естонії Ханно Певкур у понеділок прибув до Києва, де провів переговори "
            "з міністром оборони України.")
ZH_VISIT = "国防部长董军18日在北京会见了来访的老挝副总理兼国防部长占沙蒙。"
ES_VISIT = "La ministra de Defensa recibió el lunes en Madrid a su homólogo portugués."
PT_VISIT = ("O ministro da Defesa Nacional, Nuno Melo, recebeu na terça-feira em Lisboa o ministro da "
            "Defesa de Angola, de visita oficial a Portugal.")

CASES = [
    # ---- es: materiel the own army received is no guest received; the cabinet's approval of a contract
    case("es-materiel-que-el-ejercito-ha-recibido", "es", DAY,
         ES_VISIT + " Más tarde, el ministro portugués presenció en El Goloso una exhibición con los "
         "blindados que el Ejército ha recibido este año.",
         [ev("meeting", ["ESP", "PRT"], mode="visit", location="ESP")]),
    case("es-consejo-de-ministros-aprobo-contratos", "es", DAY,
         ES_VISIT + " El Consejo de Ministros aprobó el martes dos contratos para el mantenimiento de los "
         "helicópteros del Ejército.",
         [ev("meeting", ["ESP", "PRT"], mode="visit")]),
    # ---- it: upcoming joint activities discussed are no pledge; a unit ready to intervene is no pledge
    case("it-discusso-delle-prossime-attivita-congiunte", "it", DAY,
         "Il Capo di Stato Maggiore della Marina, ammiraglio Enrico Credendino, ha ricevuto lunedì a "
         "Taranto il comandante della Marina greca, con il quale ha discusso delle prossime attività "
         "addestrative congiunte.",
         [ev("meeting", ["GRC", "ITA"], mode="visit", location="ITA")]),
    case("it-reparto-pronto-a-intervenire", "it", DAY,
         "Martedì il ministro della Difesa ha incontrato a Roma il collega croato. Il ministro ha poi "
         "visitato il reggimento e ha sottolineato come il reparto sia pronto a intervenire in ogni "
         "contesto.",
         [ev("meeting", ["HRV", "ITA"], mode="visit")]),
    # ---- pt: what the state budget provides is no pledge
    case("pt-orcamento-do-estado-preve", "pt", DAY,
         PT_VISIT + " Melo lembrou que o Orçamento do Estado para 2026 prevê um reforço das verbas para a "
         "Marinha.",
         [ev("meeting", ["AGO", "PRT"], mode="visit", location="PRT")]),
    # ---- uk: "the last time … came to" is a background visit; contracts with home producers are no event
    case("uk-vostannie-pryizhdzhav-do-is-background", "uk", DAY,
         UK_VISIT + " Востаннє Певкур приїжджав до України в лютому 2024 року.",
         [ev("meeting", ["EST", "UKR"], mode="visit", location="UKR"),
          ev("meeting", ["EST", "UKR"], date="2024-02", historical=True)]),
    case("uk-contracts-with-home-enterprises", "uk", DAY,
         UK_VISIT + " Того ж дня Міноборони уклало з вітчизняними підприємствами контракти на постачання "
         "бронемашин.",
         [ev("meeting", ["EST", "UKR"], mode="visit")]),
    case("uk-contracts-with-ukrainian-producers-for-supply", "uk", DAY,
         UK_VISIT + " Міністерство оборони також уклало нові контракти з українськими виробниками на "
         "постачання дронів.",
         [ev("meeting", ["EST", "UKR"], mode="visit")]),
    # ---- zh: the army paper's own drills beside a guest's visit
    case("zh-moulv-shibing-duikang-yanlian", "zh", DAY,
         ZH_VISIT + "初冬时节，北部战区陆军某旅千余名官兵从驻地出发，向陌生地域机动，开展实兵对抗演练。",
         [ev("meeting", ["CHN", "LAO"], mode="visit", location="CHN")]),
    case("zh-kuaqu-jidong-yanlian", "zh", DAY,
         ZH_VISIT + "北部战区某合成旅日前开展跨区机动演练，检验部队快速反应能力。",
         [ev("meeting", ["CHN", "LAO"], mode="visit")]),
    case("zh-shibing-shidan-yanxi", "zh", DAY,
         ZH_VISIT + "连日来，陆军某旅组织实兵实弹演习，锤炼部队打赢本领。",
         [ev("meeting", ["CHN", "LAO"], mode="visit")]),
    case("zh-joint-exercise-next-month-stays-intent", "zh", DAY,
         ZH_VISIT + "中老两军将于下月在云南举行联合演习。",
         [ev("meeting", ["CHN", "LAO"], mode="visit"), ev("intent", ["CHN", "LAO"])]),
    # ---- id: the readiness of the own troops is no readiness to cooperate
    case("id-kesiapan-pasukan-siap-dikerahkan", "id", DAY,
         "Menteri Pertahanan menerima kunjungan kehormatan Duta Besar Jepang untuk Indonesia di kantor "
         "Kementerian Pertahanan, Jakarta, Selasa (17/3/2026). Sebelumnya, Menhan meninjau kesiapan pasukan "
         "dan alutsista di Markas Kostrad dan memastikan prajurit siap dikerahkan kapan saja.",
         [ev("meeting", ["IDN", "JPN"], location="IDN")]),
    # ---- second round: the own services' joint or command-staff exercise beside a guest's visit, and the
    # joint exercise with another state that stays one
    case("es-ejercicio-conjunto-del-mando-de-operaciones", "es", DAY,
         ES_VISIT + " Más de 4.000 militares de los tres ejércitos participan desde el martes en Canarias "
         "en un ejercicio conjunto del Mando de Operaciones.",
         [ev("meeting", ["ESP", "PRT"], mode="visit")]),
    case("es-ejercicio-conjunto-of-two-armies-stays", "es", DAY,
         "Militares españoles y portugueses realizaron el martes un ejercicio conjunto en Badajoz.",
         [ev("exercise", ["ESP", "PRT"], date="2026-03-17")]),
    case("id-latihan-gabungan-tni-is-domestic", "id", DAY,
         "Menteri Pertahanan menerima kunjungan kehormatan Duta Besar Jepang untuk Indonesia di Jakarta, "
         "Selasa (17/3/2026). Sementara itu, Latihan Gabungan TNI 2026 yang melibatkan 10.000 prajurit dari "
         "tiga matra digelar di Situbondo, Jawa Timur, Senin (16/3/2026).",
         [ev("meeting", ["IDN", "JPN"], location="IDN")]),
    case("id-latihan-gabungan-with-australia-stays", "id", DAY,
         "Prajurit TNI AD dan Angkatan Darat Australia menggelar latihan gabungan di Jawa Timur, Senin "
         "(16/3/2026).",
         [ev("exercise", ["AUS", "IDN"], date="2026-03-16", location="IDN")]),
    case("uk-komandno-shtabni-navchannia-are-domestic", "uk", DAY,
         UK_VISIT + " У вівторок на Житомирщині розпочалися командно-штабні навчання з підрозділами Сил "
         "територіальної оборони.",
         [ev("meeting", ["EST", "UKR"], mode="visit")]),
    case("uk-joint-command-staff-exercise-stays", "uk", DAY,
         "Українські та польські військові у вівторок провели спільні командно-штабні навчання.",
         [ev("exercise", ["POL", "UKR"], date="2026-03-17")]),
    case("vi-quan-khu-dien-tap-chi-huy-co-quan", "vi", DAY,
         "Chiều 17/3, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng tiếp Đại sứ Nhật Bản tại Việt Nam. "
         "Sáng 18/3, Quân khu 7 tổ chức diễn tập chỉ huy - cơ quan một bên hai cấp trên bản đồ tại Đồng Nai.",
         [ev("meeting", ["JPN", "VNM"], date="2026-03-17", location="VNM")]),
    case("vi-quan-khu-with-cambodia-stays", "vi", DAY,
         "Ngày 17/3, lực lượng Quân khu 9 và Quân đội Hoàng gia Campuchia tổ chức diễn tập chung tìm kiếm "
         "cứu nạn tại An Giang.",
         [ev("exercise", ["KHM", "VNM"], date="2026-03-17", location="VNM")]),
    # ---- third round: the own units' training and live-fire drills beside a guest's visit; the same drill of
    # two named armies stays an exercise
    case("es-ejercicio-de-adiestramiento-is-domestic", "es", DAY,
         "El ministro de Defensa recibió el lunes en Santiago a su par argentino. En tanto, más de 1.500 "
         "efectivos "
         "del Ejército de Chile participan desde el martes en un ejercicio de adiestramiento en la Región de "
         "Magallanes.",
         [ev("meeting", ["ARG", "CHL"], mode="visit", location="CHL")]),
    case("es-fuego-real-of-two-armies-stays", "es", DAY,
         "Militares chilenos y argentinos realizaron el martes un ejercicio de fuego real en Magallanes.",
         [ev("exercise", ["ARG", "CHL"], date="2026-03-17")]),
    case("it-esercitazione-a-fuoco-is-domestic", "it", DAY,
         "Martedì il ministro della Difesa ha incontrato a Roma il collega croato. Nel frattempo, i "
         "bersaglieri "
         "della Brigata Garibaldi hanno svolto mercoledì un'esercitazione a fuoco nel poligono di Monte "
         "Romano.",
         [ev("meeting", ["HRV", "ITA"], mode="visit")]),
    case("it-esercitazione-a-fuoco-congiunta-stays", "it", DAY,
         "Alpini italiani e militari sloveni hanno svolto martedì un'esercitazione a fuoco congiunta nel "
         "poligono di Monte Romano.",
         [ev("exercise", ["ITA", "SVN"], date="2026-03-17")]),
    case("pt-exercicio-de-fogos-reais-is-domestic", "pt", DAY,
         PT_VISIT + " Na quarta-feira, o Exército realizou em Santa Margarida um exercício de fogos reais "
         "com "
         "carros de combate.",
         [ev("meeting", ["AGO", "PRT"], mode="visit")]),
    case("pt-br-exercicio-de-adestramento-is-domestic", "pt", DAY,
         "O ministro da Defesa, José Múcio, recebeu na terça-feira em Brasília o ministro da Defesa da "
         "Argentina. Desde segunda-feira, cerca de 3 mil militares do Exército Brasileiro participam de um "
         "exercício de adestramento na Amazônia.",
         [ev("meeting", ["ARG", "BRA"], mode="visit", location="BRA")]),
    case("pt-tiro-real-of-two-armies-stays", "pt", DAY,
         "Militares brasileiros e paraguaios realizaram na terça-feira um exercício de tiro real na "
         "fronteira.",
         [ev("exercise", ["BRA", "PRY"], date="2026-03-17")]),
    case("id-yonif-latihan-menembak-is-domestic", "id", DAY,
         "Menteri Pertahanan menerima kunjungan kehormatan Duta Besar Jepang untuk Indonesia di Jakarta, "
         "Selasa (17/3/2026). Sementara itu, Yonif 401 Raider menggelar latihan menembak senjata ringan di "
         "Semarang, Senin (16/3/2026).",
         [ev("meeting", ["IDN", "JPN"], location="IDN")]),
    case("id-latihan-menembak-bersama-stays", "id", DAY,
         "Prajurit Yonif 641 dan tentara Malaysia menggelar latihan menembak bersama di Kalimantan Barat, "
         "Senin "
         "(16/3/2026).",
         [ev("exercise", ["IDN", "MYS"], date="2026-03-16")]),
    case("zh-hant-han-kuang-is-domestic", "zh", DAY,
         "國防部長顧立雄17日在國防部接見來訪的日本前防衛大臣一行。國軍漢光42號演習18日起在全台各地展開實兵演練，"
         "為期10天。",
         [ev("meeting", ["JPN", "TWN"], mode="visit")]),
    case("zh-hant-guojun-joint-exercise-stays", "zh", DAY,
         "國軍與美軍陸戰隊16日在屏東舉行聯合演習。",
         [ev("exercise", ["TWN", "USA"], date="2026-03-16")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
