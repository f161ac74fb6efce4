"""The extract stage on short analysis-page sentences written for these tests (none of these sentences is in
tests/data/heldout/analysis3.jsonl or in any shared set), in the languages of that set (en, it, pt, pl, tr,
uk, ko, hi).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of background paragraphs: Ukrainian
hardware fronted before the receiver and its verb ("Перші гелікоптери від Норвегії Україна отримала …"),
Portuguese "enviou … obuses / tanques" (sent hardware; not a message), the Hindi nukta spelling of signed
("दस्तख़त किए"), and Hindi hardware that arrived ("पहली खेप भारत पहुंची", "लड़ाकू विमान … पहुंचे थे") as a
delivery.

Second round: what an analysis page says that is no event: officials "eager to publicize" a drill (no pledge),
"such visits" in general (no visit), an interview "Розмова з експертом" (no talks), the defence export
business as a topic ("방산 수출과 …"), a warning sent ("경고를 보내야 한다"); and the Italian visit told with
"era volato a … per incontrare" (flew to meet).

Third round: a Polish army exercising on its own ("przeprowadziła samodzielnie ćwiczenia") is a domestic
drill, no joint exercise with the state the article is about; a Korean policy debate that began in some
year ("… 논의는 2010년 … 시작됐지만") is no meeting.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-05-20"  # a Wednesday

CASES = [
    # ---- uk: the hardware fronted before the receiver and its verb
    case("uk-fronted-helicopters-received", "uk", DAY,
         "Перші гелікоптери від Норвегії Україна отримала восени 2023 року.",
         [ev("aid", ["NOR", "UKR"], date="2023", historical=True)]),
    case("uk-fronted-air-defence-received", "uk", DAY,
         "Сучасні зенітні комплекси від Іспанії Україна отримала ще у 2024 році.",
         [ev("aid", ["ESP", "UKR"], date="2024", historical=True)]),
    # ---- pt: sent hardware, not a message
    case("pt-enviou-obuses", "pt", DAY,
         "Em 2024, a Espanha enviou seis obuses para a Ucrânia.",
         [ev("aid", ["ESP", "UKR"], date="2024", historical=True)]),
    case("pt-enviou-mensagem-is-no-aid", "pt", DAY,
         "O ministro da Defesa enviou uma mensagem de apoio ao povo da Ucrânia.",
         []),
    # ---- hi: the nukta spelling of "signed"; hardware that arrived
    case("hi-dastakhat-nukta-signed", "hi", DAY,
         "पिछले साल मार्च में दिल्ली में भारत और जापान के रक्षा मंत्रियों ने रक्षा सहयोग समझौते पर दस्तख़त किए थे।",
         [ev("agreement", ["IND", "JPN"], date="2025-03", doc_type="agreement", historical=True)]),
    case("hi-fighters-arrived-is-a-delivery", "hi", DAY,
         "रूस के साथ हुए सौदे के तहत पहले पांच लड़ाकू विमान जुलाई 2020 में भारत पहुंचे थे।",
         [ev("aid", ["IND", "RUS"], date="2020-07", historical=True)]),
    case("hi-first-consignment-arrived", "hi", DAY,
         "अमेरिका से अपाचे हेलीकॉप्टरों की पहली खेप पिछले महीने भारत पहुंची।",
         [ev("aid", ["IND", "USA"], date="2026-04")]),
    # ---- second round: analysis wording that is no event, and an Italian flight to meet
    case("en-eager-to-publicize-is-no-pledge", "en", DAY,
         "Last week, some 200 Australian soldiers and Fijian troops held their first joint live-fire drills "
         "near Nadi, a milestone that Fiji's officials were eager to publicize.",
         [ev("exercise", ["AUS", "FJI"], date="2026-05")]),
    case("en-such-visits-is-no-visit", "en", DAY,
         "The defence pact that the ministers of Australia and Fiji signed in 2023 was supposed to make such "
         "visits routine.",
         [ev("agreement", ["AUS", "FJI"], date="2023", historical=True)]),
    case("it-era-volato-per-incontrare", "it", DAY,
         "Nel marzo 2024 il ministro della Difesa Guido Crosetto era volato ad Atene per incontrare il "
         "collega greco Nikos Dendias.",
         [ev("meeting", ["GRC", "ITA"], date="2024-03", location="GRC", mode="visit", historical=True)]),
    case("uk-interview-with-an-analyst-is-no-talks", "uk", DAY,
         "Розмова з аналітиком про польсько-українську оборонну співпрацю. Польща і Україна мають спільні "
         "інтереси у сфері оборони.",
         []),
    case("ko-defence-exports-as-a-topic", "ko", DAY,
         "전문가들은 한국의 방산 수출과 폴란드 시장의 전망을 두고 엇갈린 평가를 내놓았다.",
         []),
    case("ko-warning-sent-is-no-aid", "ko", DAY,
         "정부는 러시아에 분명한 경고를 보내야 한다고 국방부가 밝혔다. 한국과 러시아의 국방 관계는 냉각됐다.",
         []),
    # ---- third round: a domestic drill told with "samodzielnie"
    case("pl-samodzielnie-cwiczenia-is-domestic", "pl", DAY,
         "Polska i Norwegia rozwijają współpracę obronną na morzu. W kwietniu polska Marynarka Wojenna "
         "przeprowadziła samodzielnie ćwiczenia obrony wybrzeża na Helu.",
         []),
    case("pl-wspolnie-cwiczyli-stays-joint", "pl", DAY,
         "W kwietniu polscy i norwescy marynarze ćwiczyli wspólnie obronę wybrzeża na Helu.",
         [ev("exercise", ["NOR", "POL"], date="2026-04")]),
    case("ko-debate-began-is-no-meeting", "ko", DAY,
         "한미 연합사 해체 논의는 2010년 이명박 정부 때 처음 시작됐지만 흐지부지됐다.",
         []),
    case("ko-talks-held-stay-a-meeting", "ko", DAY,
         "신원식 국방부 장관은 20일 서울에서 폴란드 국방장관과 회담을 갖고 방산 협력 방안을 논의했다.",
         [ev("meeting", ["KOR", "POL"], date="2026-05-20", location="KOR")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
