"""Names written without short vowels matched to Latin spellings: one short part may agree by
a single consonant when the other parts agree by four or more."""

from __future__ import annotations

from milwatch.matching.events import event_anchor
from milwatch.matching.names import name_tokens, skeleton_match
from milwatch.model import Event


def same(a: str, b: str) -> bool:
    return skeleton_match(name_tokens(a), name_tokens(b))


def test_a_short_surname_agrees_by_one_consonant_beside_a_long_given_name() -> None:
    assert same("Armend Mehaj", "أرمند محاج")
    assert not same("Armend Kamal", "أرمند محاج")
    assert not same("Ali Hassan", "علی حسین")  # a one-consonant part needs four agreeing consonants beside it


def test_a_date_taken_from_the_publication_day_is_a_window_not_a_day() -> None:
    guessed = Event(type="meeting", countries=["TUR", "XKX"], date="2021-09-17", rules=["date:published"])
    written = Event(type="meeting", countries=["TUR", "XKX"], date="2021-09-17")
    assert event_anchor(guessed, "2021-09-17") != event_anchor(written, "2021-09-17")
    assert event_anchor(guessed, "2021-09-17").precision == "published"
