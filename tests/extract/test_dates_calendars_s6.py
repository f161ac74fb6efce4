"""Dates of other calendars and glued shapes: Ethiopian (am), Solar Hijri year first (ps), Kurdish solar (ku),
day case endings (so), prepositions written onto numbers (am).  Sentences written for these tests."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from milwatch.errors import PackError
from milwatch.extract._dates_eras import CALENDARS, ethiopian_to_gregorian
from milwatch.extract.dates import find_dates
from milwatch.packs import PackRegistry
from milwatch.packs.loader import PACKS_DIR


def found(registry: PackRegistry, lang: str, text: str,
          published: str | None) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, registry.get(lang), published)]


def _pack(tmp_path: Path, dates: str, script: str = "Latin") -> Any:
    root = tmp_path / "packs"
    shutil.copytree(PACKS_DIR / "_base", root / "_base")
    (root / "xx").mkdir()
    (root / "xx" / "pack.toml").write_text(f'code = "xx"\nname = "X"\nscript = "{script}"\n',
                                           encoding="utf-8")
    (root / "xx" / "dates.toml").write_text(dates, encoding="utf-8")
    return PackRegistry(root).get("xx")


# --- Ethiopian calendar -----------------------------------------------------------------------

@pytest.mark.parametrize(("ethiopian", "gregorian"), [
    ((2017, 1, 1), (2024, 9, 11)),  # Meskerem 1 after a common year
    ((2016, 1, 1), (2023, 9, 12)),  # after the leap year 2015 (Pagume had 6 days)
    ((2015, 13, 6), (2023, 9, 11)),
    ((2017, 7, 4), (2025, 3, 13)),
    ((2012, 5, 1), (2020, 1, 10)),  # Tir 1 in a Gregorian leap year
])
def test_ethiopian_to_gregorian(ethiopian: tuple[int, int, int], gregorian: tuple[int, int, int]) -> None:
    assert ethiopian_to_gregorian(*ethiopian) == gregorian


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("ስምምነቱ መጋቢት 4 ቀን 2017 ዓ.ም ተፈርሟል።", "መጋቢት 4 ቀን 2017", "2025-03-13"),
    ("ሚኒስትሩ በመጋቢት 4 ቀን 2017 ዓ.ም አዲስ አበባ ገቡ።", "መጋቢት 4 ቀን 2017", "2025-03-13"),  # glued በ
    ("ውይይቱ ጥር 10 ቀን 2017 ዓ.ም ተካሄደ።", "ጥር 10 ቀን 2017", "2025-01-18"),
    ("ልዑኩ ታህሳስ 1 ቀን 2017 ዓ.ም ደረሰ።", "ታህሳስ 1 ቀን 2017", "2024-12-10"),  # second spelling
    ("በጳጉሜን 6 ቀን 2015 ዓ.ም", "ጳጉሜን 6 ቀን 2015", "2023-09-11"),  # the 13th month, leap year
])
def test_ethiopian_dates_convert_exactly(registry: PackRegistry, text: str, surface: str, value: str) -> None:
    assert found(registry, "am", text, None) == [(surface, value)]


def test_ethiopian_day_past_its_month_is_no_date(registry: PackRegistry) -> None:
    assert found(registry, "am", "ጳጉሜ 6 ቀን 2016 ዓ.ም", None) == []  # 2016 is no leap year: Pagume has 5 days
    assert found(registry, "am", "መጋቢት 4 ቀን 2017 ዓ.ም", None) == [("መጋቢት 4 ቀን 2017", "2025-03-13")]


def test_ethiopian_year_with_its_mark_is_not_gregorian(registry: PackRegistry) -> None:
    """"በ2017 ዓ.ም" runs from September 2024 to September 2025: no Gregorian year; "በ2019" is 2019."""
    assert found(registry, "am", "በጀቱ በ2017 ዓ.ም ጸድቋል።", None) == []
    assert found(registry, "am", "ስምምነቱ በ2019 ተፈርሟል።", None) == [("2019", "2019")]


def test_ethiopian_month_and_year_give_the_year_when_one_western_year(registry: PackRegistry) -> None:
    assert found(registry, "am", "በሰኔ 2017 ዓ.ም", None) == [("ሰኔ 2017", "2025")]


def test_era_calendar_is_pack_data(tmp_path: Path) -> None:
    """Any pack naming an era and its months reads them; the 13th month is allowed, a 14th is not."""
    pack = _pack(tmp_path, 'era = "ethiopian"\ndigit_prefixes = ["b"]\n[era_months]\n"7" = ["megabit"]\n'
                           '"13" = ["pagume"]\n')
    assert [m.value for m in find_dates("signed bmegabit 4 2017 here", pack, None)] == ["2025-03-13"]
    assert [m.value for m in find_dates("on 5 pagume 2016", pack, None)] == ["2024-09-10"]
    with pytest.raises(PackError, match="era_months"):
        _pack(tmp_path / "bad", 'era = "ethiopian"\n[era_months]\n"14" = ["nowhere"]\n')


# --- Solar Hijri and Gregorian in Pashto ------------------------------------------------------

@pytest.mark.parametrize(("text", "published", "surface", "value"), [
    ("د ۱۴۰۳ کال د حوت په ۲۲مه وزیر کابل ته ورسید.", None, "۱۴۰۳ کال د حوت په ۲۲مه", "2025-03-12"),
    ("د ۱۴۰۴ کال د حمل په ۱مه غونډه وشوه.", None, "۱۴۰۴ کال د حمل په ۱مه", "2025-03-21"),
    ("وزیر د مارچ په ۱۳مه له خپل سیال سره ولیدل.", "2025-03-20", "مارچ په ۱۳مه", "2025-03-13"),
    ("د ۲۰۲۵ کال د مارچ په ۱۳مه هوکړه لاسلیک شوه.", None, "۲۰۲۵ کال د مارچ په ۱۳مه", "2025-03-13"),
])
def test_pashto_month_then_day(registry: PackRegistry, text: str, published: str | None, surface: str,
                               value: str) -> None:
    assert found(registry, "ps", text, published) == [(surface, value)]


# --- Kurdish solar calendar -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "value"), [
    ("وەزیر لە ١٢ی خاکەلێوەی ٢٧٢٥ گەیشتە هەولێر.", "١٢ی خاکەلێوەی ٢٧٢٥", "2025-04-01"),
    ("کۆبوونەوەکە ٢٢ی ڕەشەمەی ٢٧٢٣ بوو.", "٢٢ی ڕەشەمەی ٢٧٢٣", "2024-03-12"),
    ("لە ڕەشەمەی ٢٧٢٣ ڕێککەوتن.", "ڕەشەمەی ٢٧٢٣", "2024"),  # Esfand 1402 lies in 2024
])
def test_kurdish_solar_dates(registry: PackRegistry, text: str, surface: str, value: str) -> None:
    assert found(registry, "ku", text, None) == [(surface, value)]


def test_kurdish_era_is_solar_hijri_plus_1321() -> None:
    assert CALENDARS["kurdish"].to_gregorian(2725, 1, 1) == CALENDARS["persian"].to_gregorian(1404, 1, 1)


# --- case endings and glued prepositions -------------------------------------------------------

def test_somali_day_with_case_ending_and_year_after_ee(registry: PackRegistry) -> None:
    assert found(registry, "so", "Shirka waxaa la qabtay 13-ka Maarso ee 2025.", None) == [
        ("13-ka Maarso ee 2025", "2025-03-13")]
    assert found(registry, "so", "Wasiirku wuxuu yimid 13-ka Maarso.", "2025-03-20") == [
        ("13-ka Maarso", "2025-03-13")]


def test_year_glued_to_a_prefix_is_read_only_with_that_prefix(tmp_path: Path, registry: PackRegistry) -> None:
    assert found(registry, "am", "ከ2020 ጀምሮ በ2023 ተጠናቀቀ።", None) == [("2020", "2020"), ("2023", "2023")]
    glued = _pack(tmp_path, 'digit_prefixes = ["b"]\n')
    assert [m.value for m in find_dates("signed b2019 and x2020", glued, None)] == ["2019"]  # x is no prefix
    plain = _pack(tmp_path / "plain", 'day_suffixes = ["-ka"]\n')
    assert find_dates("signed b2019", plain, None) == []  # F16, A400M: a letter before a number is no prefix


# --- year-less era days: the year comes from the article's day --------------------------------

@pytest.mark.parametrize(("lang", "text", "published", "surface", "value"), [
    ("fa", "وزیر روز ۱۲ آبان به مسکو رفت.", "2024-11-05", "۱۲ آبان", "2024-11-02"),
    ("fa", "دیدار ۲۹ اسفند برگزار شد.", "2025-04-02", "۲۹ اسفند", "2025-03-19"),
    ("ps", "وزیر د حوت په ۲۲مه کابل ته ورسید.", "2025-03-20", "حوت په ۲۲مه", "2025-03-12"),
    ("am", "ስምምነቱ ሰኞ መጋቢት 1 ቀን ተፈርሟል።", "2025-03-20", "ሰኞ መጋቢት 1 ቀን", "2025-03-10"),
    ("ku", "وەزیر لە ١٢ی ڕەشەمە گەیشت.", "2025-03-20", "١٢ی ڕەشەمە", "2025-03-02"),
])
def test_yearless_era_days_take_the_year_of_the_article(registry: PackRegistry, lang: str, text: str,
                                                        published: str, surface: str, value: str) -> None:
    assert found(registry, lang, text, published) == [(surface, value)]
    assert found(registry, lang, text, None) == [(surface, None)]  # no day to see it from


def test_month_name_before_a_bare_number_is_no_era_day(registry: PackRegistry) -> None:
    """"میزان" is also "level": a month name before a number needs the day's ending (۱۲مه, 4 ቀን)."""
    assert found(registry, "ps", "د تورم کچه په میزان ۱۲ سلنه لوړه شوه.", "2025-03-20") == []
    assert found(registry, "ps", "د حمل په ۱۲مه", "2025-03-20") == [("حمل په ۱۲مه", "2025-04-01")]


def test_numeric_dates_with_the_era_mark_are_era_dates(registry: PackRegistry) -> None:
    """"04/07/2017 ዓ.ም" is Megabit 4 of the Ethiopian year 2017, not 4 July 2017; without the mark it is."""
    assert found(registry, "am", "ስብሰባው 04/07/2017 ዓ.ም ተካሄደ።", None) == [("04/07/2017", "2025-03-13")]
    assert found(registry, "am", "ስብሰባው 04/07/2017 ተካሄደ።", None) == [("04/07/2017", "2017-07-04")]
    assert found(registry, "am", "ስብሰባው 4-6/7/2017 ዓ.ም ተካሄደ።", None) == [("4-6/7/2017", "2025-03")]


@pytest.mark.parametrize(("lang", "text", "published", "surface", "value", "until"), [
    ("am", "ጉባኤው ከመጋቢት 4 እስከ 6 ቀን 2017 ዓ.ም ይካሄዳል።", None, "መጋቢት 4 እስከ 6 ቀን 2017", "2025-03", "2025-03-15"),
    ("am", "ጉባኤው ከመጋቢት 4-5 ቀን 2017 ዓ.ም ተካሄደ።", None, "መጋቢት 4-5 ቀን 2017", "2025-03-13", "2025-03-14"),
    ("fa", "رزمایش از ۲۴ تا ۲۸ اسفند برگزار شد.", "2025-03-20", "۲۴ تا ۲۸ اسفند", "2025-03", "2025-03-18"),
    ("ps", "تمرین د حوت له ۲۲ تر ۲۳مه وشو.", "2025-03-20", "حوت له ۲۲ تر ۲۳مه", "2025-03-12", "2025-03-13"),
])
def test_era_ranges_within_one_month(registry: PackRegistry, lang: str, text: str, published: str | None,
                                     surface: str, value: str, until: str) -> None:
    mentions = find_dates(text, registry.get(lang), published)
    assert [(m.text, m.value, m.kind, m.until) for m in mentions] == [(surface, value, "range", until)]
