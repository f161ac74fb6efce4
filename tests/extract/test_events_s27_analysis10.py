"""The extract stage on short articles in five languages written for these tests (none of these sentences is
in tests/data/heldout/analysis10.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of analysis pieces and op-eds, the genre of the
analysis10 set: an analyst's guess that two states "may sign" or "may invite" (zh "可能签署",
fa "احتمال امضای"), the occasion of a visit to China ("访华之际") that is no forum's sidelines,
a plan "to hold with X next year" (zh "计划明年与…举行"), a contract that "was concluded" in the
passive (ja "契約が結ばれた"), a contract "to sell / to buy" that is no pledge (ja "売却する契約",
"購入する契約"), equipment exports as a policy (ja "装備輸出は") and an air-defence set supplied
(ru "комплект поставила").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- zh: an analyst's guess that the two may sign is no signing
    case("zh-keneng-qianshu-is-a-guess", "zh", DAY,
         "9月14日，国防部长在北京会见来访的埃及武装部队总参谋长。\n有专家认为，两国未来可能签署新的防务合作协议。",
         [ev("meeting", ["CHN", "EGY"], date="2026-09-14", location="CHN", mode="visit")]),
    # ---- zh: "on the occasion of the visit to China" is the visit reported, no sidelines of a forum
    case("zh-fanghua-zhiji-is-no-sidelines", "zh", DAY,
         "埃及武装部队总参谋长访华之际，中埃两军关系再受关注。9月14日，国防部长在北京会见了来访的埃及武装部队总参谋长。",
         [ev("meeting", ["CHN", "EGY"], date="2026-09-14", location="CHN", mode="visit")]),
    # ---- zh: a plan to hold a patrol with the other side next year is a pledge
    case("zh-jihua-mingnian-juxing-is-intent", "zh", DAY,
         "9月15日，俄罗斯海军总司令表示，俄方计划明年与中方在日本海举行联合海上巡逻。",
         [ev("intent", ["CHN", "RUS"])]),
    # ---- fa: an analyst's "possibility of signing" is no signing
    case("fa-ehtemal-emza-is-a-guess", "fa", DAY,
         "وزیر دفاع ایران روز دوشنبه در مسکو با وزیر دفاع روسیه دیدار کرد.\n"
         "کارشناسان از احتمال امضای یادداشت تفاهم دفاعی میان دو کشور در سال آینده سخن می‌گویند.",
         [ev("meeting", ["IRN", "RUS"], location="RUS", mode="visit")]),
    # ---- ja: a contract "was concluded" (passive 結ばれた) is a signing
    case("ja-keiyaku-ga-musubareta-is-a-signing", "ja", DAY,
         "インドネシアとの防衛協力は進んでいる。2021年3月には、日本の護衛艦をインドネシア海軍に売却する契約が結ばれた。",
         [ev("agreement", ["IDN", "JPN"], date="2021-03", doc_type="contract", historical=True)]),
    # ---- ru: an air-defence set supplied is a delivery
    case("ru-komplekt-postavila-is-aid", "ru", DAY,
         "Военно-техническое сотрудничество двух стран развивается. "
         "В марте 2024 года Россия поставила Вьетнаму второй полковой комплект С-300.",
         [ev("aid", ["RUS", "VNM"], date="2024-03", historical=True)]),
    # ---- ja: a contract "to buy" is a signing, no pledge to buy; equipment exports as a policy: no delivery
    case("ja-kounyu-suru-keiyaku-is-no-pledge", "ja", DAY,
         "9月14日、インドネシア政府は日本製の護衛艦を購入する契約に署名した。",
         [ev("agreement", ["IDN", "JPN"], date="2026-09-14", doc_type="contract")],
         title="インドネシアと契約　日本の装備輸出は転換点に"),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
