"""The extract stage on short analysis paragraphs in seven languages written for these tests (none of these
sentences is in tests/data/heldout/analysis8.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of commentary, the genre of the analysis8 set: the
resolve to defend one's own national sovereignty, which backs no other state (zh "维护国家主权…的决心"),
what an analyst "does not rule out" (zh "不排除"), what an export "would become" (ja "輸出となる"), the
first batch or units that arrived (ko "첫 물량", id "unit … pertama"), a boundary delimitation agreement,
which is no defense document (vi "Hiệp định phân định"), "senior officials of", which holds no shooting
word (he "בכירי", ב+כ+ירי), and a running yearly grant of military aid, which is no delivery
(he "בשנה בסיוע צבאי").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- zh: the resolve to defend one's own national sovereignty backs no other state
    case("zh-weihu-guojia-zhuquan-juexin-is-no-support", "zh", DAY,
         "中国海军和泰国海军10日在泰国湾举行了联合演习。评论文章称，解放军维护国家主权和领土完整的决心不容低估。",
         [ev("exercise", ["CHN", "THA"], date="2026-10-10")]),
    # ---- zh: what an analyst does not rule out is no exercise held
    case("zh-bu-paichu-is-no-exercise", "zh", DAY,
         "中俄两国国防部长12日在莫斯科举行会谈。有专家认为，两军未来不排除在北极方向开展更多海上联合行动。",
         [ev("meeting", ["CHN", "RUS"], date="2026-10-12")]),
    # ---- ja: what an export would be if it came true is no delivery
    case("ja-yushutsu-to-naru-is-no-export", "ja", DAY,
         "日本とインドは12日、東京で防衛相会談を行った。護衛艦の共同開発が実現すれば、日本にとって初の大型装備品の"
         "輸出となる。",
         [ev("meeting", ["IND", "JPN"], date="2026-10-12")]),
    # ---- ko: the first batch that arrived is a delivery
    case("ko-cheot-mullyang-dochak-is-a-delivery", "ko", DAY,
         "한화에어로스페이스는 2024년 3월 노르웨이 국방물자청과 공급 계약을 맺었다. "
         "첫 물량은 같은 해 11월 노르웨이에 도착했다.",
         [ev("agreement", ["KOR", "NOR"], historical=True), ev("aid", ["KOR", "NOR"], historical=True)]),
    # ---- id: the first units of an order that arrived are a delivery
    case("id-unit-pertama-tiba-is-a-delivery", "id", DAY,
         "Kemhan meneken kontrak 12 pesawat Anka dengan Turki pada 2023. Tiga unit Anka pertama tiba di "
         "Lanud Iswahjudi, Magetan, pekan lalu.",
         [ev("agreement", ["IDN", "TUR"], historical=True), ev("aid", ["IDN", "TUR"])]),
    # ---- vi: a boundary delimitation agreement is no defense document
    case("vi-hiep-dinh-phan-dinh-is-no-defense-agreement", "vi", DAY,
         "Hải quân Việt Nam và Hải quân Campuchia đã tổ chức tuần tra chung lần đầu tiên vào năm 2008, "
         "sau khi hai nước ký Hiệp định phân định vùng nước lịch sử.",
         [ev("exercise", ["KHM", "VNM"], historical=True)]),
    # ---- he: "senior officials of" (בכירי) is no shooting (ירי) after the clitics
    case("he-bekhirei-is-no-shooting", "he", DAY,
         "שר הביטחון נפגש ביום רביעי בעמאן עם בכירי צבא ירדן.",
         [ev("meeting", ["ISR", "JOR"], date="2026-10-14", location="JOR")]),
    # ---- he: a running yearly grant of military aid is no delivery
    case("he-beshana-besiyua-is-a-running-grant", "he", DAY,
         "שר הביטחון נפגש ביום שני בירושלים עם שר ההגנה של יוון. "
         "ארצות הברית מעניקה לירדן כ-400 מיליון דולר בשנה בסיוע צבאי.",
         [ev("meeting", ["GRC", "ISR"], date="2026-10-12")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
