"""Session 14 date fixes, on sentences written for these tests (lead)."""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.dates import find_dates
from milwatch.extract.engine import Extractor
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

PUBLISHED = "2026-05-21"


def _values(registry: PackRegistry, lang: str, text: str) -> list[str]:
    return [d.value for d in find_dates(text, registry.get(lang), PUBLISHED)]


@pytest.mark.parametrize(("lang", "text", "value"), [
    # "The navy held / is holding the drill from the 20th to the 22nd": two days of one month, which the
    # publication day (the 21st, inside the range) gives; not the 22nd of the month before
    ("ko", "해군은 20일부터 22일까지 부산 해상에서 훈련을 실시했다.", "2026-05"),
    ("ja", "海上自衛隊は20日から22日まで訓練を実施している。", "2026-05"),
    ("zh", "演习于20日至22日在湛江举行。", "2026-05"),
    # two days: the first day; a range before the publication day in this month
    ("zh", "双方于11日至12日举行会谈。", "2026-05-11"),
    ("ko", "장관은 10일부터 12일까지 일본을 방문했다.", "2026-05"),
])
def test_a_range_of_two_bare_days_is_one_month(registry: PackRegistry, lang: str, text: str,
                                               value: str) -> None:
    assert _values(registry, lang, text) == [value]


@pytest.mark.parametrize(("lang", "text", "value"), [
    # in a language whose verbs end the clause, a future verb after the weekday reads it forward
    # ("金曜日に…会談する予定だ"); published on a Wednesday
    ("ko", "장관은 금요일 서울에서 호주 국방장관과 회담할 예정이다.", "2026-05-08"),
    ("ja", "防衛相は金曜日に東京でオーストラリアの国防相と会談する予定だ。", "2026-05-08"),
    # a clause break between them keeps the weekday past; so does a verb after it where verbs come first
    ("en", "The ministers met on Friday, and they will meet again in June.", "2026-05-01"),
    ("en", "The memorandum signed on Friday will allow joint patrols.", "2026-05-01"),
])
def test_a_future_verb_after_the_weekday(registry: PackRegistry, lang: str, text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, registry.get(lang), "2026-05-06")][:1] == [value]


@pytest.mark.parametrize(("lang", "text", "value"), [
    # a day number alone after the word for "day" (dates.day_nouns) is a day of the base month
    ("es", "Los ministros se reunieron el pasado día 27 en Madrid.", "2026-05-27"),
    ("pt", "O navio chegou no dia 3 ao porto de Lisboa.", "2026-05-03"),
    ("it", "Il giorno 12 i ministri hanno firmato l'accordo.", "2026-05-12"),
    # with its month after it, the full date reads as before
    ("es", "El día 27 de abril firmaron el acuerdo.", "2026-04-27"),
])
def test_a_day_alone_after_the_word_for_day(registry: PackRegistry, lang: str, text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, registry.get(lang), "2026-05-30")] == [value]


CASES = [
    case("ko-drill-going-on-over-publication-day", "ko", PUBLISHED,
         "해군은 20일부터 22일까지 부산 작전기지와 남해 해상에서 다국적 해양차단훈련을 실시한다. 이번 "
         "훈련에는 한국과 미국, 일본, 호주 해군이 참가했다.",
         [ev("exercise", ["AUS", "JPN", "KOR", "USA"], date="2026-05")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
