"""Date finding, session 8: weeks across two months, years inside names, month case forms without a
preposition, suffix-marked day ranges, joined Khmer month words and place-and-day date lines.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from milwatch.extract.dates import find_dateline, find_dates
from milwatch.packs import PackRegistry


def found(registry: PackRegistry, lang: str, text: str,
          published: str | None) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, registry.get(lang), published)]


# --- a week across two months is dated by the month most of its (told) days fall in ------------------

@pytest.mark.parametrize(("lang", "text", "published", "expected"), [
    # a Monday, 26 October: "this week" so far is that Monday
    ("en", "This week, soldiers of both armies train together.", "2026-10-26", ("This week", "2026-10")),
    # a Thursday, 29 May: Monday 26 to Thursday 29 May
    ("sl", "Na vadišču je ta teden potekala skupna vaja.", "2025-05-29", ("ta teden", "2025-05")),
    # "last week" seen from Monday 6 October: 29 September to 5 October, five days of them in October
    ("en", "The ministers met last week in Rome.", "2025-10-06", ("last week", "2025-10")),
    # a week in one month stays that month
    ("en", "The ministers met last week in Rome.", "2025-09-18", ("last week", "2025-09")),
])
def test_week_across_two_months_gives_a_month(registry: PackRegistry, lang: str, text: str, published: str,
                                              expected: tuple[str, str]) -> None:
    assert found(registry, lang, text, published) == [expected]


# --- a year written before a capitalised noun is part of a name ----------------------------------------

def test_year_before_a_capitalised_noun_is_a_name(registry: PackRegistry) -> None:
    text = "Canberra backs the 2016 Arbitral Award and honours the 2015 Paris Agreement."
    assert found(registry, "en", text, "2026-02-19") == []
    tl = "Muling ipinahayag ng ministro ang suporta sa 2016 Arbitral Award."
    assert found(registry, "tl", tl, "2026-02-19") == []


def test_year_opening_a_sentence_or_closing_a_name_stays(registry: PackRegistry) -> None:
    day = "2026-02-19"
    assert found(registry, "en", "In 2016 Russia and Laos signed a treaty.", day) == [("2016", "2016")]
    assert found(registry, "en", "Exercise Cobra Gold 2025 Opens in Sattahip.", day) == [("2025", "2025")]
    assert found(registry, "en", "The treaty of 2016 was renewed.", day) == [("2016", "2016")]


# --- month case forms that say "in <month>" need no preposition -----------------------------------------

@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("fi", "Harjoitus pidettiin maaliskuussa Rovajärvellä.", "maaliskuussa"),
    ("et", "Õppus toimus märtsis Tapa lähistel.", "märtsis"),
    ("lv", "Mācības notika martā Ādažos.", "martā"),
    ("lt", "Pratybos vyko kovą Pabradėje.", "kovą"),
    ("sl", "Vaja je potekala marca na Počku.", "marca"),
])
def test_case_marked_month_without_preposition(registry: PackRegistry, lang: str, text: str,
                                               surface: str) -> None:
    assert found(registry, lang, text, "2025-06-10") == [(surface, "2025-03")]


def test_capitalised_case_form_is_a_name_not_a_month(registry: PackRegistry) -> None:
    assert found(registry, "sl", "Maja Kovač je obiskala vojašnico.", "2025-06-10") == []


# --- a range whose days carry "from" and "to" endings ---------------------------------------------------

def test_azerbaijani_suffixed_day_range_is_a_range(registry: PackRegistry) -> None:
    text = "Hərbçilərin iyunun 3-dən 14-dək keçirilən birgə təlimləri başa çatıb."
    [mention] = find_dates(text, registry.get("az"), "2025-06-20")
    assert (mention.text, mention.value, mention.kind, mention.until) == (
        "iyunun 3-dən 14-dək", "2025-06", "range", "2025-06-14")


# --- Khmer: the year written onto ឆ្នាំ after a month written onto ខែ -------------------------------------

def test_khmer_joined_month_and_year(registry: PackRegistry) -> None:
    text = "កាលពីខែមីនា ឆ្នាំ២០២៤ ក្រុមការងារបានមកដល់។"
    assert found(registry, "km", text, "2025-09-30") == [("ខែមីនា ឆ្នាំ២០២៤", "2024-03")]


# --- a line of a place and a day alone is a dateline ----------------------------------------------------

def test_burmese_place_and_day_line_is_a_dateline(registry: PackRegistry) -> None:
    text = "ခေါင်းစဉ်\nရန်ကုန် ဧပြီ ၃\nဝန်ကြီးသည် ယနေ့ တွေ့ဆုံသည်။"
    assert find_dateline(text, registry.get("my"), "2025-04-05") == "2025-04-03"


def test_headline_with_a_day_inside_is_no_dateline(registry: PackRegistry) -> None:
    text = "Minister trifft am 4. September Amtskollegen\nText folgt."
    assert find_dateline(text, registry.get("de"), "2025-09-10") is None


# --- a future verb before a year-less date in its sentence reads it forward ------------------------------

@pytest.mark.parametrize(("lang", "text", "expected"), [
    # said in June: the coming September, not the last one
    ("fr", "Les deux marines organiseront en septembre un exercice commun.", ("septembre", "2026-09")),
    ("fr", "Une équipe française dispensera en octobre une formation.", ("octobre", "2026-10")),
    ("es", "Las dos armadas celebrarán en noviembre unas maniobras.", ("noviembre", "2026-11")),
    ("pt", "Os dois exércitos realizarão em setembro um exercício.", ("setembro", "2026-09")),
    ("it", "Le due marine svolgeranno in ottobre un'esercitazione.", ("ottobre", "2026-10")),
    ("en", "The minister will visit Jakarta on 3 September.", ("3 September", "2026-09-03")),
])
def test_future_verb_reads_the_date_forward(registry: PackRegistry, lang: str, text: str,
                                            expected: tuple[str, str]) -> None:
    assert found(registry, lang, text, "2026-06-10") == [expected]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # told in the past, or the future verb only after the date: the last such month
    ("fr", "Les deux marines ont organisé en septembre un exercice commun.", ("septembre", "2025-09")),
    ("en", "The treaty signed in September will allow joint patrols.", ("September", "2025-09")),
    ("en", "The minister will travel on. He was in Jakarta on 3 September.", ("3 September", "2025-09-03")),
])
def test_past_or_later_future_verb_keeps_the_past_reading(registry: PackRegistry, lang: str, text: str,
                                                          expected: tuple[str, str]) -> None:
    assert found(registry, lang, text, "2026-06-10") == [expected]



def test_year_after_a_year_prefix_stays_before_a_capitalised_word(registry: PackRegistry) -> None:
    # fi "vuonna" (in the year) before the year: a date, though a place in the genitive follows
    text = "Harjoitus järjestettiin viimeksi vuonna 2023 Ruotsin Lapissa."
    assert found(registry, "fi", text, "2025-03-14") == [("2023", "2023")]
    held = "The drills were held in 2019 Down Under."
    assert found(registry, "en", held, "2025-03-14") == [("2019", "2019")]
