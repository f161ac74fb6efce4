"""Session 11 date fixes: a month in its locative case in a script without capitals is a date."""

from __future__ import annotations

import pytest

from milwatch.extract.dates import find_dates
from milwatch.packs import PackRegistry


@pytest.mark.parametrize(("lang", "text", "value"), [
    # "The defence minister visited Japan in June." (Gujarati): no capital tells the month from a name
    ("gu", "સંરક્ષણ મંત્રીએ જૂનમાં જાપાનની મુલાકાત લીધી હતી.", "2026-06"),
    ("gu", "આ અગાઉ નૌકાદળના વડાએ ઑગસ્ટમાં શ્રીલંકાની મુલાકાત લીધી હતી.", "2026-08"),
])
def test_a_locative_month_of_a_caseless_script_is_a_date(registry: PackRegistry, lang: str, text: str,
                                                         value: str) -> None:
    found = [d.value for d in find_dates(text, registry.get(lang), "2026-11-18")]
    assert found == [value]


def test_a_capitalised_locative_month_may_still_be_a_name(registry: PackRegistry) -> None:
    # Latvian: "jūnijā" is a month; the rule for cased scripts (lower case only) is unchanged
    assert [d.value for d in find_dates("Ministrs jūnijā apmeklēja Japānu.", registry.get("lv"),
                                        "2026-11-18")] == ["2026-06"]
