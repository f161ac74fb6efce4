"""The extract stage on short articles in Portuguese, Italian, Persian, Indonesian, Hindi and Korean, written
for these tests (none of these sentences is in tests/data/heldout/forms_mid.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the press forms the forms_mid set
brought up: a minister speaking in the first person in an interview or a post on X (pt "reuni-me com",
"assinámos" / "assinamos", "acordámos", "Recebi hoje o ministro", "Estive ~ com o meu homólogo"; it "Ho
ricevuto oggi a Roma il ministro"; fa "توافق کردیم", "امضا کردیم"; hi "से मिलकर खुशी हुई"); a procurement
plan among an interview's topics (id "bicara soal ..., dan rencana pengadaan"); Indian releases where
documents "are exchanged" (hi "समझौता ज्ञापनों का आदान-प्रदान किया गया": a signing, and an exchange of
views no aid "provided"), the press spelling ग्रीस for Greece; Korean renewals (갱신했다), a shared view
that something IS something ("…이라는 데 공감했다": no pledge, while "확대해 나가는 데 공감했다" stays
one), the short form 인니 for Indonesia, the high seas off Jeju as no Korean ground, and hyphenated
foreign names before a title ("장-이브 르드리앙 프랑스 국방장관").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- Portuguese: the minister in the first person (interviews, posts on X)
    case("pt-reuni-me", "pt", DAY,
         "O ministro português da Defesa contou: \"Reuni-me ontem com o ministro da Defesa de Cabo Verde "
         "para falar de cooperação militar.\"",
         [ev("meeting", ["CPV", "PRT"], date="2026-03-17")]),
    case("pt-assinamos", "pt", DAY,
         "O ministro da Defesa do Brasil afirmou: \"Assinamos com a Argentina um acordo de cooperação em "
         "defesa.\"",
         [ev("agreement", ["ARG", "BRA"], doc_type="agreement")]),
    case("pt-assinamos-european", "pt", DAY,
         "\"Portugal e Cabo Verde assinámos um memorando de entendimento sobre formação militar\", disse o "
         "ministro.",
         [ev("agreement", ["CPV", "PRT"], doc_type="memorandum")]),
    case("pt-acordamos", "pt", DAY,
         "\"Acordámos com Angola que Portugal vai formar mais oficiais angolanos\", disse o ministro da "
         "Defesa.",
         [ev("intent", ["AGO", "PRT"])]),
    case("pt-recebi", "pt", DAY,
         "\"Recebi hoje o ministro da Defesa de Moçambique em Brasília\", escreveu o ministro brasileiro da "
         "Defesa nas redes sociais.",
         [ev("meeting", ["BRA", "MOZ"], location="BRA")]),
    case("pt-estive-com-o-meu-homologo", "pt", DAY,
         "\"Estive ontem com o meu homólogo cabo-verdiano na Praia\", disse o ministro português da Defesa.",
         [ev("meeting", ["CPV", "PRT"], date="2026-03-17")]),
    case("pt-convidamos", "pt", DAY,
         "\"Convidámos Angola a participar no exercício Felino do próximo ano\", disse o ministro "
         "português da Defesa.",
         [ev("intent", ["AGO", "PRT"])]),
    case("it-ho-parlato", "it", DAY,
         "Il ministro della Difesa italiano ha detto: \"Ho parlato al telefono con il collega polacco.\"",
         [ev("meeting", ["ITA", "POL"], mode="phone")]),
    # ---- Italian: a reception with a time or place between the verb and the guest (posts on X too)
    case("it-ricevuto-with-place-between", "it", DAY,
         "\"Ho ricevuto oggi a Roma il ministro della Difesa greco\", ha scritto su X il ministro italiano.",
         [ev("meeting", ["GRC", "ITA"], location="ITA")]),
    # ---- Persian: the minister in the first person
    case("fa-we-agreed", "fa", DAY,
         "وزیر دفاع ایران گفت: «با همتای عراقی خود توافق کردیم همکاری‌های دفاعی را گسترش دهیم.»",
         [ev("intent", ["IRN", "IRQ"])]),
    case("fa-we-signed", "fa", DAY,
         "وزیر دفاع ایران نوشت: «امروز با وزیر دفاع عراق یک یادداشت تفاهم دفاعی امضا کردیم.»",
         [ev("agreement", ["IRN", "IRQ"], doc_type="memorandum")]),
    # ---- Turkish: the colonel general of post-Soviet armies, Damascus as Şam
    case("tr-generalpolkovnik", "tr", DAY,
         "Milli Savunma Bakanı Yaşar Güler, Ankara'da Azerbaycan Savunma Bakanı Generalpolkovnik "
         "Zakir Hasanov ile bir araya geldi.",
         [ev("meeting", ["AZE", "TUR"], location="TUR", persons=["Zakir Hasanov"])]),
    case("tr-sam-is-damascus", "tr", DAY,
         "MSB heyeti 17 Mart'ta Şam'da Suriye Savunma Bakanı ile görüştü.",
         [ev("meeting", ["SYR", "TUR"], location="SYR", date="2026-03-17")]),
    # ---- Indonesian: a procurement plan named among an interview's topics is no plan with the states listed
    case("id-topics-of-an-interview", "id", DAY,
         "Ia bicara soal latihan dengan Jepang, kerja sama dengan Australia, dan rencana pengadaan "
         "jet tempur.",
         []),
    case("id-sabang-waters", "id", DAY,
         "TNI AL dan Angkatan Laut India menggelar latihan bersama di perairan Sabang pada 16-18 Maret.",
         [ev("exercise", ["IDN", "IND"], location="IDN")]),
    # ---- Hindi: documents exchanged are signed; an exchange of views is no aid; ग्रीस
    case("hi-mous-exchanged", "hi", DAY,
         "भारत और वियतनाम के बीच रक्षा सहयोग पर दो समझौता ज्ञापनों का आदान-प्रदान किया गया।",
         [ev("agreement", ["IND", "VNM"], doc_type="memorandum")]),
    case("hi-exchange-of-views-no-aid", "hi", DAY,
         "भारत और फ्रांस के रक्षा मंत्रियों ने नई दिल्ली में क्षेत्रीय सुरक्षा पर "
         "विचारों का आदान-प्रदान किया।",
         [ev("meeting", ["FRA", "IND"])]),
    case("hi-greece", "hi", DAY,
         "रक्षा मंत्री राजनाथ सिंह ने मंगलवार को नई दिल्ली में ग्रीस के रक्षा मंत्री के साथ वार्ता की।",
         [ev("meeting", ["GRC", "IND"], date="2026-03-17", location="IND")]),
    case("hi-glad-to-meet", "hi", DAY,
         "रक्षा मंत्री राजनाथ सिंह ने एक्स पर लिखा, \"नई दिल्ली में जापान के रक्षा मंत्री से मिलकर खुशी हुई।\"",
         [ev("meeting", ["IND", "JPN"], location="IND")]),
    # ---- Korean
    case("ko-renewed", "ko", DAY,
         "한국과 폴란드 국방부는 17일 방산협력 양해각서를 갱신했다.",
         [ev("agreement", ["KOR", "POL"], doc_type="memorandum", date="2026-03-17")]),
    case("ko-delivery-started-headline", "ko", DAY,
         "한화에어로스페이스, 루마니아에 K9 자주포 인도 시작",
         [ev("aid", ["KOR", "ROU"])]),
    case("ko-delivery-completed", "ko", DAY,
         "현대로템은 폴란드 육군에 K2 전차 인도를 완료했다고 밝혔다.",
         [ev("aid", ["KOR", "POL"])]),
    case("ko-india-still-india", "ko", DAY,
         "인도 국방장관은 16일 서울에서 안규백 국방부 장관과 회담했다.",
         [ev("meeting", ["IND", "KOR"])]),
    case("ko-documents-signed", "ko", DAY,
         "한국과 베트남 국방장관은 17일 하노이에서 국방협력 문서 2건에 서명했다.",
         [ev("agreement", ["KOR", "VNM"], doc_type="other", date="2026-03-17")]),
    case("ko-shared-view-no-pledge", "ko", DAY,
         "한국과 호주 국방장관은 양국 관계가 핵심 동반자 관계라는 데 공감했다.",
         []),
    case("ko-agreed-to-expand-stays-a-pledge", "ko", DAY,
         "한국과 호주 국방장관은 방산협력을 확대해 나가는 데 공감했다.",
         [ev("intent", ["AUS", "KOR"])]),
    case("ko-short-form-indonesia", "ko", DAY,
         "한-인니 국방장관은 16일 자카르타에서 회담했다.",
         [ev("meeting", ["IDN", "KOR"], date="2026-03-16")]),
    case("ko-high-seas-off-jeju", "ko", DAY,
         "한국과 미국, 일본은 16일 제주 동남방 공해상에서 해상훈련을 실시했다.",
         [ev("exercise", ["JPN", "KOR", "USA"], location=None)]),
    case("ko-hyphenated-name", "ko", DAY,
         "장-이브 르드리앙 프랑스 국방장관은 16일 서울에서 한국 국방부 장관과 회담했다.",
         [ev("meeting", ["FRA", "KOR"], persons=["장-이브 르드리앙"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
