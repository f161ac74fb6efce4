"""The extract stage on short articles in three languages written for these tests (none of these sentences
is in tests/data/heldout/field13.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general press wording of exercises, ship visits and
training, the field genres of the field13 set: a state that "also" takes part, for the first time too
(ko "영국 해병대도 처음으로 참가했다"), a course the other side's personnel finished or received
(ko "… 교육과정 수료식을 열었다", "… 교육을 받았다") or that the other side's instructors taught
(vi "do giảng viên … giảng dạy"), a training ground that is a place, no drill (ja "訓練場"), a drill
told by the size of the own units that is domestic (ja "旅団規模の部隊が参加する演習"), a ship that
drills "with" the other navy (vi "diễn tập PASSEX với …") and the related headline under a wire story
(ja "【関連記事】…").
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, check_cleaning, ev

DAY = "2026-09-19"  # a Saturday

CASES = [
    # ---- ko: a state that also takes part (for the first time) joins the exercise just told
    case("ko-do-cheoeumeuro-chamga-joins-the-exercise", "ko", DAY,
         "한미 해병대가 연합상륙훈련을 16일 마쳤다고 해병대가 밝혔다. "
         "이번 훈련에는 영국 해병대도 처음으로 참가했다.",
         [ev("exercise", ["GBR", "KOR", "USA"], date="2026-09-16")]),
    # ---- ko: a course for the other side's officers closed with a ceremony is training given
    case("ko-gyoyukgwajeong-suryosik-is-training-given", "ko", DAY,
         "해군 교육사령부는 18일 경남 창원에서 베트남 해군 장교 20명을 대상으로 "
         "이달 초부터 진행한 '함정 정비 교육과정' 수료식을 열었다.",
         [ev("aid", ["KOR", "VNM"], date="2026-09", location="KOR")]),
    # ---- ko: the other side's crew who received training, after a delivery
    case("ko-gyoyukeul-badatda-is-training-given", "ko", DAY,
         "한국은 인도네시아에 경비함 1척을 인도했다고 해군이 3일 밝혔다. "
         "인도네시아 해군 승조원 50여 명은 지난 8월 한 달간 경남 창원 해군 교육사령부에서 "
         "함정 정비 교육을 받았다.",
         [ev("aid", ["IDN", "KOR"], date="2026-09-03"), ev("aid", ["IDN", "KOR"], date="2026-08")]),
    # ---- ja: a course given on a training ground ("訓練場") is training given, no drill
    case("ja-kunrenjo-is-a-place-no-drill", "ja", DAY,
         "【ビエンチャン共同】陸上自衛隊の隊員約8人がラオス軍の工兵部隊に"
         "不発弾処理の技術を約2週間にわたり指導した能力構築支援事業が18日、"
         "ビエンチャン郊外の訓練場で終了した。",
         [ev("aid", ["JPN", "LAO"], location="LAO")]),
    # ---- ja: a drill told by the size of the own units is domestic (a quoted state is no partner)
    case("ja-ryodan-kibo-is-a-domestic-drill", "ja", DAY,
         "陸上自衛隊は17日、大分県の日出生台演習場で、旅団規模の部隊が参加する演習を"
         "報道陣に公開した。防衛省幹部は「中国の海洋進出が続いており、即応態勢が欠かせない」"
         "と話した。",
         []),
    # ---- ja: ... and stays joint with a partner named
    case("ja-ryodan-kibo-joint-stays-joint", "ja", DAY,
         "陸上自衛隊と米海兵隊は17日、大分県の日出生台演習場で、"
         "旅団規模の部隊が参加する共同演習を報道陣に公開した。",
         [ev("exercise", ["JPN", "USA"], date="2026-09-17", location="JPN")]),
    # ---- vi: a course taught by the other side's instructors
    case("vi-do-giang-vien-giang-day-is-training-given", "vi", DAY,
         "Trước đó, trong tháng 8/2026, 25 sĩ quan Hải quân Việt Nam đã hoàn thành khóa huấn luyện "
         "lặn do giảng viên Hoa Kỳ giảng dạy tại Cam Ranh.",
         [ev("aid", ["USA", "VNM"], date="2026-08", location="VNM")]),
    # ---- vi: the ship as the subject and its partner after "với" is an exercise carried out
    case("vi-dien-tap-voi-is-an-exercise", "vi", DAY,
         "Sáng 17/9, tàu hộ vệ Formidable của Hải quân Singapore diễn tập PASSEX với tàu của "
         "Hải quân Việt Nam trên vùng biển Khánh Hòa.",
         [ev("exercise", ["SGP", "VNM"], date="2026-09-17", location="VNM")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_related_headline_in_brackets_is_furniture(registry: PackRegistry) -> None:
    """ja: the related headline under a wire story, its label in brackets, is no news of the page."""
    check_cleaning(registry, "ja",
                   "陸自、ラオス軍に技術指導\n\n"
                   "修了式では、参加者が「学んだ技術を役立てたい」と話した。\n\n"
                   "【関連記事】陸自、カンボジアで能力構築支援\n",
                   kept=["修了式では、参加者が「学んだ技術を役立てたい」と話した。"],
                   dropped=["陸自、カンボジアで能力構築支援"])
