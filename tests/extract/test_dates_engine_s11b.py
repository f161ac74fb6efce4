"""Session 11b date engine fixes, on sentences written for these tests."""

from __future__ import annotations

import pytest

from milwatch.extract.dates import find_dates
from milwatch.packs import PackRegistry

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
