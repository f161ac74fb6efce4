"""The extract stage on short articles in six languages written for these tests (none of these sentences is
in tests/data/heldout/sidelines4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the forum-sidelines reports of the sidelines4
set: the three of a trilateral as the subject of its pledge (id "ketiga menteri sepakat"), a coordinated
patrol of two navies and a patrol launched (id "patroli terkoordinasi", "diluncurkan"), a minister's
bilaterals "one after the other" in the other Korean spelling (ko "잇달아 양자 회담"), a joint vision
statement adopted (ko "공동비전성명을 채택"), North Korea's launches condemned at a trilateral, which
are neither a party nor combat of the talks (ja "北朝鮮による…ミサイル発射を強く非難"), the Munich
Security Conference by its German name, a place in Germany (de "am Rande der Münchner
Sicherheitskonferenz"), a meeting "of three", which is a trilateral (fr "réunion à trois"), a delivery
talked about at a meeting, which is no delivery (fr "a évoqué la livraison"), and a forum named a
"dialogue" attended, which is no talks with its host (en "attended the … Dialogue").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- id: the three ministers of a trilateral as the subject of its pledge
    case("id-ketiga-menteri-sepakat-is-the-three", "id", DAY,
         "Menteri Pertahanan Malaysia mengadakan pertemuan trilateral dengan Menteri Pertahanan "
         "Indonesia dan Menteri Pertahanan Brunei di Bandar Seri Begawan, Selasa (15/9/2026). "
         "Ketiga menteri sepakat untuk memperluas latihan bersama di perbatasan.",
         [ev("meeting", ["BRN", "IDN", "MYS"], date="2026-09-15", mode="multilateral"),
          ev("intent", ["BRN", "IDN", "MYS"], date="2026-09-15")]),
    # ---- ko: bilaterals one after the other, spelled "잇달아", with "양자"
    case("ko-italla-yangja-hoedam-is-a-series", "ko", DAY,
         "김철호 국방부 장관은 15일 쿠알라룸푸르에서 열린 아세안 국방장관회의를 계기로 "
         "태국, 인도네시아, 싱가포르 국방장관과 잇달아 양자 회담을 했다.",
         [ev("meeting", ["KOR", "THA"], date="2026-09-15", mode="multilateral"),
          ev("meeting", ["IDN", "KOR"], date="2026-09-15", mode="multilateral"),
          ev("meeting", ["KOR", "SGP"], date="2026-09-15", mode="multilateral")]),
    # ---- ko: a joint vision statement adopted is a declaration
    case("ko-gongdong-bijeon-seongmyeong-is-a-declaration", "ko", DAY,
         "한국과 필리핀 국방부는 2024년 10월 마닐라에서 국방협력 공동비전성명을 채택한 바 있다.",
         [ev("agreement", ["KOR", "PHL"], date="2024-10", doc_type="declaration", historical=True)]),
    # ---- ja: North Korea named with "による" as the threat of a trilateral's pledge is no party
    case("ja-kitachosen-ni-yoru-is-no-party", "ja", DAY,
         "防衛大臣は15日、東京においてオーストラリア国防相及びフィリピン国防相と3カ国防衛相会談を行った。"
         "三者は、北朝鮮による核開発を含む地域情勢を踏まえ、3カ国の共同訓練を拡充していくことで一致した。",
         [ev("meeting", ["AUS", "JPN", "PHL"], date="2026-09-15", mode="multilateral"),
          ev("intent", ["AUS", "JPN", "PHL"], date="2026-09-15")]),
    # ---- ja: missile launches condemned at the talks are no combat that cancels the pledge
    case("ja-missile-hassha-wo-hinan-is-no-combat", "ja", DAY,
         "防衛大臣は15日、東京においてオーストラリア国防相及びフィリピン国防相と3カ国防衛相会談を行った。"
         "三者は、相次ぐ弾道ミサイル発射を強く非難するとともに、3カ国の共同訓練を拡充していくことで一致した。",
         [ev("meeting", ["AUS", "JPN", "PHL"], date="2026-09-15", mode="multilateral"),
          ev("intent", ["AUS", "JPN", "PHL"], date="2026-09-15")]),
    # ---- id: a coordinated patrol of two navies is naval work
    case("id-patroli-terkoordinasi-is-defense", "id", DAY,
         "Patroli terkoordinasi Indonesia dan Malaysia digelar di Selat Malaka, Selasa (15/9/2026).",
         [ev("exercise", ["IDN", "MYS"], date="2026-09-15")]),
    # ---- id: a patrol launched is a patrol held
    case("id-patroli-diluncurkan-is-held", "id", DAY,
         "Patroli terkoordinasi angkatan laut Indonesia dan Singapura diluncurkan pada Mei 1992 di "
         "Selat Singapura.",
         [ev("exercise", ["IDN", "SGP"], date="1992-05", historical=True)]),
    # ---- de: the Munich Security Conference by its German name is a place in Germany
    case("de-muenchner-sicherheitskonferenz-is-in-germany", "de", DAY,
         "Am Rande der Münchner Sicherheitskonferenz traf der Verteidigungsminister am Dienstag "
         "seinen estnischen Amtskollegen.",
         [ev("meeting", ["DEU", "EST"], date="2026-09-15", location="DEU", mode="multilateral")]),
    # ---- fr: a meeting "of three" is a trilateral
    case("fr-reunion-a-trois-is-trilateral", "fr", DAY,
         "Le ministre roumain de la Défense a rencontré mardi le ministre moldave de la Défense "
         "et le ministre ukrainien lors d'une réunion à trois consacrée à la sécurité de la mer Noire.",
         [ev("meeting", ["MDA", "ROU", "UKR"], date="2026-09-15", mode="multilateral")]),
    # ---- fr: a delivery talked about at a meeting is no delivery
    case("fr-a-evoque-la-livraison-is-no-aid", "fr", DAY,
         "Le ministre grec de la Défense s'est entretenu mardi avec son homologue français, avec "
         "qui il a évoqué la livraison des frégates de défense et d'intervention.",
         [ev("meeting", ["FRA", "GRC"], date="2026-09-15")]),
    # ---- en: attending a forum named a "dialogue" is no talks with its host
    case("en-attended-the-dialogue-is-no-meeting", "en", DAY,
         "The New Zealand Defence Minister attended the Raisina Dialogue in India on Tuesday and addressed a "
         "panel on maritime security.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
