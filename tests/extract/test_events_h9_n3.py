"""The extract stage on short articles in German, Vietnamese, Chinese, Japanese, Korean
and Russian, written for these tests with invented or unnamed officials (session 9,
native3 helper).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports;
the helpers are those of tests/support/cases.py. They pin general wording found
through the native3 held-out set, each with a sentence of its own: German PASSEX and
"übten mit" as joint training, German training areas and federal states as places;
Vietnamese transport provided by another army as aid and the pledge that no force may
use one's territory against the other as support; Chinese "昨（26）日" dates (Taiwan
press), "应…邀请" (AT an invitation: the activity happens), the one-China policy and
opposing "Taiwan independence" as support, demining as a military subject, 元帅 as a
rank and 副首相 as a title; Japanese dates followed by a bracketed weekday ("９月１０日（木）"),
"継続する方針" as a pledge, a visiting-forces agreement that names visits, a memorandum
"移転に係る" that is no delivery, a deputy prime minister who is defense minister; Korean
provinces and capitals abroad as places, the high seas off Jeju as no place, the
defense acquisition chief's title, a contract "to supply" that is no delivery; Russian
places of Belarus and Indonesia in their case forms.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # ---- German
    case("de-passex", "de", "2026-03-05",
         "Die deutsche Fregatte „Sachsen“ übte am Montag mit der indonesischen Marine ein PASSEX.",
         [ev("exercise", ["DEU", "IDN"], date="2026-03-02")]),
    case("de-uebten-mit", "de", "2026-03-05",
         "Deutsche Gebirgsjäger übten mit italienischen Soldaten in den Dolomiten.",
         [ev("exercise", ["DEU", "ITA"])]),
    case("de-training-area-place", "de", "2026-03-05",
         "Seit Montag üben niederländische und deutsche Panzergrenadiere gemeinsam auf dem "
         "Truppenübungsplatz Munster.",
         [ev("exercise", ["DEU", "NLD"], location="DEU", date="2026-03")]),
    case("de-federal-state-place", "de", "2026-03-05",
         "Rund 300 dänische Soldaten trainieren seit Dienstag gemeinsam mit der Bundeswehr in Thüringen.",
         [ev("exercise", ["DEU", "DNK"], location="DEU")]),
    case("de-three-day-span", "de", "2026-03-05",
         "Österreichische und slowenische Soldaten beendeten gestern eine dreitägige gemeinsame Übung.",
         [ev("exercise", ["AUT", "SVN"], date="2026-03")]),
    case("de-future-exercise-intent", "de", "2026-03-05",
         "Die Bundeswehr und die tschechische Armee werden im Herbst eine gemeinsame Übung durchführen.",
         [ev("intent", ["CZE", "DEU"])]),
    # ---- Vietnamese
    case("vi-transport-aid", "vi", "2026-03-05",
         "Năm 2019, Không quân Nhật Bản đã hỗ trợ vận chuyển trang thiết bị quân y của Việt Nam.",
         [ev("aid", ["JPN", "VNM"], date="2019", historical=True)]),
    case("vi-territory-support", "vi", "2026-03-05",
         "Sáng 4/3, Bộ trưởng Quốc phòng Lào hội đàm với Bộ trưởng Quốc phòng Việt Nam tại Hà Nội. Bộ trưởng "
         "Quốc phòng Lào khẳng định Lào không để bất kỳ thế lực nào sử dụng lãnh thổ Lào chống phá Việt Nam.",
         [ev("meeting", ["LAO", "VNM"], date="2026-03-04", location="VNM"),
          ev("support", ["LAO", "VNM"], date="2026-03-04")]),
    case("vi-field-grade-rank-before-name", "vi", "2026-03-05",
         "Ngày 4/3, Bộ đội Biên phòng Việt Nam và Lào tổ chức tuần tra song phương do Trung tá "
         "Trần Văn Nam chỉ huy.",
         [ev("exercise", ["LAO", "VNM"], date="2026-03-04", persons=["Tran Van Nam"])]),
    case("vi-helped-train-aid", "vi", "2026-03-05",
         "Năm 2020, Lực lượng Phòng vệ Nhật Bản đã giúp đỡ Quân đội Việt Nam đào tạo kỹ thuật viên rà phá "
         "bom mìn.",
         [ev("aid", ["JPN", "VNM"], date="2020", historical=True)]),
    # ---- Chinese
    case("zh-yesterday-bracketed-day", "zh", "2026-03-05",
         "〔記者王大明／台北報導〕國防部長昨（4）日在台北接見來訪的瓜地馬拉國防部長。",
         [ev("meeting", ["GTM", "TWN"], date="2026-03-04", location="TWN")]),
    case("zh-at-invitation-exercise", "zh", "2026-03-05",
         "应老挝人民军邀请，中国人民解放军部队于3月初赴老挝，与老方举行“友谊盾牌-2026”联合训练。",
         [ev("exercise", ["CHN", "LAO"], date="2026-03")]),
    case("zh-one-china-policy", "zh", "2026-03-05",
         "4日，国防部长在北京会见来访的泰国国防部长。泰方表示，泰国坚持一个中国政策，反对任何形式的“台独”。",
         [ev("meeting", ["CHN", "THA"], date="2026-03-04", location="CHN"),
          ev("support", ["CHN", "THA"])]),
    case("zh-demining-aid", "zh", "2026-03-05",
         "2024年，中国曾向老挝援助一批扫雷器材。",
         [ev("aid", ["CHN", "LAO"], date="2024", historical=True)]),
    case("zh-marshal-rank", "zh", "2026-03-05",
         "3月4日，中央军委副主席在北京会见来访的埃及武装部队总司令穆罕默德·扎基元帅。",
         [ev("meeting", ["CHN", "EGY"], date="2026-03-04", persons=["穆罕默德·扎基"])]),
    case("zh-joint-exercise-is-military", "zh", "2026-03-05",
         "中老“友谊盾牌-2026”联合演习3月4日在老挝闭幕。",
         [ev("exercise", ["CHN", "LAO"], date="2026-03-04", location="LAO")]),
    # ---- Japanese
    case("ja-date-bracketed-weekday", "ja", "2026-03-20",
         "防衛大臣は３月１０日（火）、来日したフィンランド国防大臣と防衛省で会談しました。",
         [ev("meeting", ["FIN", "JPN"], date="2026-03-10", location="JPN")]),
    case("ja-continue-policy", "ja", "2026-03-05",
         "日本政府は来年度以降もフィリピン海軍への支援を継続する方針だ。",
         [ev("intent", ["JPN", "PHL"])]),
    case("ja-visiting-forces-agreement", "ja", "2026-03-05",
         "日英両政府は２０２３年１月、自衛隊と英軍の部隊の相互訪問を円滑にする協定にロンドンで署名した。",
         [ev("agreement", ["GBR", "JPN"], date="2023-01", historical=True)]),
    case("ja-transfer-memorandum", "ja", "2026-03-05",
         "日本とニュージーランドの国防相は４日、護衛艦のニュージーランドへの移転に係る覚書に署名した。",
         [ev("agreement", ["JPN", "NZL"], doc_type="memorandum", date="2026-03-04")]),
    case("ja-deputy-pm-defense-minister", "ja", "2026-03-05",
         "日豪防衛相会談で、防衛大臣は４日、来日中のコンロイ豪副首相兼国防大臣と会談しました。",
         [ev("meeting", ["AUS", "JPN"], date="2026-03-04", persons=["コンロイ"])]),
    # ---- Korean
    case("ko-province-place", "ko", "2026-03-05",
         "육군 기계화사단은 지난 4일 강원도 철원 일대에서 미군과 함께 한미 연합 사격훈련을 실시했다.",
         [ev("exercise", ["KOR", "USA"], date="2026-03-04", location="KOR")]),
    case("ko-capital-abroad-place", "ko", "2026-03-05",
         "방위사업청은 4일(현지시간) 헬싱키에서 핀란드 국방부와 K9 자주포 추가 구매 계약을 체결했다.",
         [ev("agreement", ["FIN", "KOR"], date="2026-03-04", location="FIN", doc_type="contract")]),
    case("ko-high-seas-jeju", "ko", "2026-03-05",
         "한미 해군은 2일부터 4일까지 제주 남방 공해상에서 연합 해상훈련을 실시했다.",
         [ev("exercise", ["KOR", "USA"], location=None)]),
    case("ko-acquisition-chief", "ko", "2026-03-05",
         "김철민 방위사업청장은 4일 방한한 노르웨이 국방장관을 면담했다.",
         [ev("meeting", ["KOR", "NOR"], date="2026-03-04", persons=["김철민"])]),
    case("ko-supply-contract-no-aid", "ko", "2026-03-05",
         "한국의 현대로템은 4일 페루 육군과 K2 전차 30대를 공급하는 계약을 체결했다.",
         [ev("agreement", ["KOR", "PER"], doc_type="contract", date="2026-03-04")]),
    case("ko-japanese-defense-minister-title", "ko", "2026-03-05",
         "고이즈미 방위상은 4일 서울에서 안규백 국방부 장관과 회담했다.",
         [ev("meeting", ["JPN", "KOR"], date="2026-03-04", location="KOR")]),
    # ---- Russian
    case("ru-minsk-place", "ru", "2026-03-05",
         "Вчера в Минске министры обороны России и Беларуси подписали план военного сотрудничества.",
         [ev("agreement", ["BLR", "RUS"], location="BLR", doc_type="plan", date="2026-03-04")]),
    case("ru-brest-place", "ru", "2026-03-05",
         "Совместное белорусско-сербское военное учение стартовало вчера под Брестом.",
         [ev("exercise", ["BLR", "SRB"], location="BLR")]),
    case("ru-java-sea-place", "ru", "2026-03-05",
         "Корабли ВМФ России и ВМС Индонезии провели вчера совместное учение в Яванском море.",
         [ev("exercise", ["IDN", "RUS"], location="IDN", date="2026-03-04")]),
    case("ru-began-exercise-capital", "ru", "2026-03-05",
         "Военнослужащие России и Сербии приступили к совместному учению под Белградом.",
         [ev("exercise", ["RUS", "SRB"], location="SRB")]),
    case("ru-one-china-support", "ru", "2026-03-05",
         "Министр обороны Беларуси заявил, что его страна поддерживает принцип «одного Китая».",
         [ev("support", ["BLR", "CHN"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_zh_deputy_prime_minister_is_a_title_not_a_name(extractor: Extractor) -> None:
    """"泰国副首相兼国防大臣苏廷": the title chain holds 副首相 (deputy prime minister),
    so no "泰国副" is a name."""
    from milwatch.model import Article

    text = "3月4日，中国驻泰国大使与泰国副首相兼国防大臣苏廷出席中国援助泰国陆军装备交接仪式。"
    article = Article(id="case", text=text, title=None, published="2026-03-05", lang="zh", lang_hint="zh")
    extraction = extractor.extract(article)
    names = {p.name for e in extraction.events for p in e.persons}
    assert "苏廷" in names and not any(n.endswith("副") for n in names), names


def test_ru_length_of_an_exercise_gives_month_precision(extractor: Extractor) -> None:
    """"пятидневное учение" ended yesterday: an activity of more than two days is dated to its month."""
    from milwatch.model import Article

    text = "Военные России и Лаоса завершили вчера пятидневное совместное учение."
    article = Article(id="case", text=text, title=None, published="2026-03-05", lang="ru", lang_hint="ru")
    events = [e for e in extractor.extract(article).events if e.type == "exercise"]
    assert [e.date for e in events] == ["2026-03"], [e.date for e in events]
