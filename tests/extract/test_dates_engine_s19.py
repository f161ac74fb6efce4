"""Session-19 date engine fixes, on sentences written for these tests."""

from __future__ import annotations

import pytest

from milwatch.extract.dates import find_dates
from milwatch.packs import PackRegistry

# published in January: a bare February is read as the coming one (up to two months ahead), so "last
# February" must be told apart by its word for "last" (the words dates.weekday_before/after list)
JANUARY = "2026-01-15"


def _values(registry: PackRegistry, lang: str, text: str, published: str = JANUARY) -> list[str | None]:
    return [d.value for d in find_dates(text, registry.get(lang), published)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The two ministers last met in Oslo last February."),
    ("de", "Die beiden Minister hatten sich im vergangenen Februar in Oslo getroffen."),
    ("es", "Los dos ministros se reunieron el pasado febrero en Oslo."),
    ("es", "Los dos ministros se reunieron en febrero pasado en Oslo."),
    ("it", "I due ministri si erano incontrati lo scorso febbraio a Oslo."),
    ("it", "I due ministri si erano incontrati a febbraio scorso a Oslo."),
    ("fr", "Les deux ministres s'étaient rencontrés en février dernier à Oslo."),
    ("pt", "Os dois ministros reuniram-se em fevereiro passado em Oslo."),
])
def test_a_month_said_with_last_is_before_the_publication(registry: PackRegistry, lang: str,
                                                         text: str) -> None:
    assert _values(registry, lang, text) == ["2025-02"]


def test_last_month_of_the_same_name_is_a_year_back(registry: PackRegistry) -> None:
    # "last January" said in January is the January of the year before
    assert _values(registry, "en", "They met in Rome last January.") == ["2025-01"]
    # said in May, last February is this year's
    assert _values(registry, "en", "They met in Rome last February.", "2026-05-20") == ["2026-02"]


def test_a_month_said_with_next_is_after_the_publication(registry: PackRegistry) -> None:
    assert _values(registry, "en", "They will meet again next January.") == ["2027-01"]
    assert _values(registry, "it", "Si incontreranno di nuovo il prossimo marzo.") == ["2026-03"]


def test_a_bare_month_keeps_the_two_months_ahead_reading(registry: PackRegistry) -> None:
    # without "last" nothing changes: in January a bare February still reads as the coming one
    assert _values(registry, "en", "The ministers met in Oslo in February.") == ["2026-02"]
