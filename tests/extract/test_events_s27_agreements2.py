"""The extract stage on short articles in six languages written for these tests (none of these sentences is
in tests/data/heldout/agreements2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general press wording of signings and the talks around
them, the genres of the agreements2 set: the previous session of a joint commission told with "convened"
(ar "وكانت الدورة الماضية … قد انعقدت …"), as "last held" (id "… terakhir diadakan di …") or with the
meeting word (es "La reunión anterior … se celebró en …"), a pledge in the perfect of the Spanish
ministry notes, in a paragraph of its own (es "Además, han acordado …") and a signed text called
"agreement" that is no pledge to agree (ko "… 합의서에 서명했다"), talks on the margins of a joint commission
(fr "en marge de la … commission mixte"), a foreign name of three words before its title (ko "도니 에르마완
타우판토 … 차관") and a Gulf minister named after the title "Şeyh" (tr).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- ar: the previous session of the joint commission "convened" at a venue, the pair of the talks
    case("ar-al-dawra-al-madiya-inaqadat-is-an-earlier-meeting", "ar", DAY,
         "التقى وزير الدفاع المصري في القاهرة اليوم رئيس هيئة الأركان المشتركة الأردني، "
         "وبحث الجانبان التعاون العسكري بين البلدين.\n\n"
         "وكانت الدورة الماضية لهذه اللجنة قد انعقدت بعمّان في أبريل 2025.",
         [ev("meeting", ["EGY", "JOR"], date="2026-09-16", location="EGY"),
          ev("meeting", ["EGY", "JOR"], date="2025-04", location="JOR", historical=True)]),
    # ---- id: the session "last held" at a venue
    case("id-terakhir-diadakan-is-an-earlier-meeting", "id", DAY,
         "Menteri Pertahanan Indonesia menerima kunjungan Menteri Pertahanan Nasional Filipina di Jakarta, "
         "Rabu.\n\nSidang komite bersama kedua negara terakhir diadakan di Manila pada Maret 2025.",
         [ev("meeting", ["IDN", "PHL"], date="2026-09-16", location="IDN"),
          ev("meeting", ["IDN", "PHL"], date="2025-03", location="PHL", historical=True)]),
    # ---- es: the previous session named by the meeting word, held at a venue
    case("es-anterior-reunion-is-an-earlier-meeting", "es", DAY,
         "El ministro de Defensa de Chile recibió este miércoles en Santiago al ministro de Defensa de "
         "Perú.\n\n"
         "La reunión anterior del comité bilateral se celebró en Lima en mayo de 2025.",
         [ev("meeting", ["CHL", "PER"], date="2026-09-16", location="CHL"),
          ev("meeting", ["CHL", "PER"], date="2025-05", location="PER", historical=True)]),
    # ---- es: a pledge in the perfect, its subject left out, in a paragraph of its own
    case("es-han-acordado-is-the-pair-just-told", "es", DAY,
         "La ministra de Defensa de España recibió este miércoles en Madrid a su homólogo de Portugal.\n\n"
         "Tras el encuentro, ambos firmaron un memorando de entendimiento sobre sanidad militar.\n\n"
         "Además, han acordado reforzar la cooperación en formación de pilotos.",
         [ev("meeting", ["ESP", "PRT"], date="2026-09-16", location="ESP"),
          ev("agreement", ["ESP", "PRT"], date="2026-09-16", doc_type="memorandum"),
          ev("intent", ["ESP", "PRT"])]),
    # ---- ko: a signed text called "agreement" ("합의서") is a signing, not a pledge to agree
    case("ko-hapuiseo-is-a-document", "ko", DAY,
         "한국 국방부와 호주 국방부는 15일 캔버라에서 국방과학기술 협력 합의서에 서명했다고 "
         "국방부가 16일 밝혔다.",
         [ev("agreement", ["AUS", "KOR"], date="2026-09-15", location="AUS")]),
    # ---- fr: talks on the margins of a joint commission of two states are no multilateral meeting
    case("fr-en-marge-de-la-commission-mixte-is-bilateral", "fr", DAY,
         "Le ministre ivoirien de la Défense a reçu mercredi à Abidjan son homologue ghanéen, en marge de la "
         "deuxième session de la commission mixte de défense entre les deux pays.",
         [ev("meeting", ["CIV", "GHA"], date="2026-09-16", location="CIV", mode="visit")]),
    # ---- ko: a foreign name of three words before the title ("조제 마리아 코스타 포르투갈 국방부 차관")
    case("ko-three-word-name-before-the-title", "ko", DAY,
         "국방부는 15일 서울에서 방한 중인 조제 마리아 코스타 포르투갈 국방부 차관과 국방협력 회의를 "
         "열었다고 밝혔다.",
         [ev("meeting", ["KOR", "PRT"], date="2026-09-15", location="KOR", persons=["조제 마리아 코스타"])]),
    # ---- tr: a Gulf minister named after "Şeyh", the title before his name
    case("tr-seyh-before-the-name", "tr", DAY,
         "Millî Savunma Bakanı Yaşar Güler, bugün Ankara'da Bahreyn Savunma İşlerinden Sorumlu Devlet Bakanı "
         "Şeyh Nasır bin Ali Al Halife ile görüştü.",
         [ev("meeting", ["BHR", "TUR"], date="2026-09-16", location="TUR",
             persons=["Yasar Guler", "Nasir bin Ali Al Halife"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
