"""Session 11b date engine fixes, on sentences written for these tests."""

from __future__ import annotations

import pytest

from milwatch.extract.dates import find_dates
from milwatch.extract.engine import Extractor
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import case, check_case, ev

PUBLISHED = "2026-05-20"


def _values(registry: PackRegistry, lang: str, text: str) -> list[str]:
    return [d.value for d in find_dates(text, registry.get(lang), PUBLISHED)]


@pytest.mark.parametrize(("lang", "text"), [
    # "The minister visits Brazil from the 18th to the 21st of May": the end day keeps the month
    ("zh", "国防部长于5月18日至21日访问巴西。"),
    ("ja", "防衛相は５月１８日から２１日までブラジルを訪れる。"),
    ("ko", "국방장관은 5월 18일부터 21일까지 브라질을 방문한다."),
])
def test_a_cjk_day_range_ends_in_the_month_of_its_first_day(registry: PackRegistry, lang: str,
                                                           text: str) -> None:
    assert _values(registry, lang, text) == ["2026-05"]


def test_a_two_day_cjk_range_is_its_first_day(registry: PackRegistry) -> None:
    assert _values(registry, "zh", "双方于5月11日至12日举行会谈。") == ["2026-05-11"]


@pytest.mark.parametrize(("text", "value"), [
    # "The minister will visit Japan on the coming 25th / 3rd": forward from the 20th
    ("장관은 오는 25일 일본을 방문한다.", "2026-05-25"),
    ("장관은 오는 3일 일본을 방문한다.", "2026-06-03"),
    # without "오는" a past day of this month or the last stays as before
    ("장관은 25일 일본을 방문했다.", "2026-04-25"),
    ("장관은 지난 3일 일본을 방문했다.", "2026-05-03"),
])
def test_a_korean_coming_day_is_read_forward(registry: PackRegistry, text: str, value: str) -> None:
    assert _values(registry, "ko", text) == [value]


@pytest.mark.parametrize(("lang", "published", "title", "text", "expected"), [
    case("zh-visit-over-days", "zh", PUBLISHED,
         "中国国防部长于5月18日至21日对巴西进行正式访问。",
         [ev("meeting", ["BRA", "CHN"], date="2026-05", historical=False)]),
    case("ko-visit-on-the-coming-day", "ko", PUBLISHED,
         "한국 국방부 장관은 오는 25일 필리핀을 방문할 예정이다.",
         [ev("meeting", ["KOR", "PHL"], date="2026-05-25", historical=False)]),
])
def test_event_case(extractor: Extractor, lang: str, published: str, title: str | None, text: str,
                    expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


@pytest.mark.parametrize(("text", "value"), [
    # "The exercise is held between 2 and 6 March": five days, dated by the month (GUIDELINES)
    ("A gyakorlatot március 2. és 6. között tartják.", "2026-03"),
    ("Március 9. és 10. között a miniszter Varsóba látogat.", "2026-03-09"),
    # a day and a count of soldiers is no range
    ("Március 2. és 6 katona érkezett.", "2026-03-02"),
])
def test_a_hungarian_range_with_dotted_days(registry: PackRegistry, text: str, value: str) -> None:
    assert _values(registry, "hu", text) == [value]


@pytest.mark.parametrize(("lang", "text", "value"), [
    # "The minister will visit on the 3rd of next month" / "visited on the 28th of last month"
    ("ko", "장관은 다음 달 3일 일본을 방문한다.", "2026-06-03"),
    ("ko", "장관은 지난달 28일 일본을 방문했다.", "2026-04-28"),
    ("ja", "防衛相は来月3日に訪米する。", "2026-06-03"),
    ("zh", "部长将于下月3日访问日本。", "2026-06-03"),
])
def test_a_day_of_next_or_last_month(registry: PackRegistry, lang: str, text: str, value: str) -> None:
    assert _values(registry, lang, text) == [value]


@pytest.mark.parametrize("text", [
    # "X met the defence minister of Korea, NAME (reading)": the reading in brackets stands between the
    # name and its title
    "防衛相は19日、韓国の安圭伯（アンギュベク）国防相と会談した。",
    "防衛相は19日、韓国の安圭伯(あん・ぎゅべく)国防相と会談した。",
])
def test_a_japanese_reading_between_name_and_title(extractor: Extractor, text: str) -> None:
    article = Article(id="case", text=text, title=None, published=PUBLISHED, lang="ja", lang_hint="ja")
    persons = [p for event in extractor.extract(article).events for p in event.persons]
    assert [(p.country, p.role) for p in persons if "安圭伯" in [p.name, *p.aliases]] == \
        [("KOR", "minister of defense")]


def test_an_acronym_in_brackets_is_no_reading(extractor: Extractor) -> None:
    text = "防衛省（MOD）報道官は19日、韓国の国防相と会談したと発表した。"
    article = Article(id="case", text=text, title=None, published=PUBLISHED, lang="ja", lang_hint="ja")
    assert not [p for event in extractor.extract(article).events for p in event.persons]
