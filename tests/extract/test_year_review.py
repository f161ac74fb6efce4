"""A year in review (extract/year_review.py): the months of the year its title names are that year's,
and what they report is the news, not background. Phrases written for these tests."""

from __future__ import annotations

from milwatch.extract.analysis import DateRef
from milwatch.extract.year_review import review_year, within_the_year

TEXT = "A gennaio la visita. A marzo la firma. A giugno l'esercitazione. Nel 2024 il contratto."


def _dates() -> list[DateRef]:
    # as the date finder reads them on 29 December 2026: January and March ahead, June behind
    return [DateRef(TEXT.index("gennaio"), TEXT.index("gennaio") + 7, "2027-01", "month"),
            DateRef(TEXT.index("marzo"), TEXT.index("marzo") + 5, "2026-03", "month"),
            DateRef(TEXT.index("giugno"), TEXT.index("giugno") + 6, "2026-06", "month"),
            DateRef(TEXT.index("2024"), TEXT.index("2024") + 4, "2024", "year")]


def test_a_title_naming_the_year_and_three_months_is_a_review() -> None:
    assert review_year("Un anno di Difesa: il 2026, mese per mese", TEXT, _dates(), "2026-12-29") == "2026"


def test_no_review_without_the_year_in_the_title_or_with_fewer_months() -> None:
    assert review_year("Un anno di Difesa, mese per mese", TEXT, _dates(), "2026-12-29") is None
    assert review_year("Il 2026 della Difesa", TEXT, _dates()[:2], "2026-12-29") is None
    assert review_year("Il 20261 della Difesa", TEXT, _dates(), "2026-12-29") is None
    assert review_year("Il 2026 della Difesa", TEXT, _dates(), None) is None


def test_months_read_ahead_stay_in_the_year_reviewed() -> None:
    values = [ref.value for ref in within_the_year(_dates(), TEXT, "2026")]
    assert values == ["2026-01", "2026-03", "2026-06", "2024"]
    unchanged = [ref.value for ref in within_the_year(_dates(), TEXT, None)]
    assert unchanged == ["2027-01", "2026-03", "2026-06", "2024"]
