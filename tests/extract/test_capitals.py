"""Capitals and places read in context after the country scan (extract/capitals.py), on phrases written
for these tests: capitals standing for their states, a capital as a sentence's subject, a state written as
a place's country, the place preposition before a place."""

from __future__ import annotations

from functools import cache

import pytest

from milwatch.extract.capitals import (
    capital_as_subject,
    capitals_joined_as_states,
    ends_on_place_preposition,
    states_after_their_places,
)
from milwatch.extract.countries import CountryFinder
from milwatch.extract.parties import conjunctions
from milwatch.packs import PackRegistry


@cache
def finder(lang: str) -> CountryFinder:
    return CountryFinder.for_pack(PackRegistry().get(lang))


# --- capitals that stand for their governments -----------------------------------------------


def _capitals(lang: str, text: str) -> list[tuple[str, str]]:
    pack = PackRegistry().get(lang)
    mentions = capitals_joined_as_states(finder(lang).find(text), text, pack, conjunctions(pack))
    return [(m.code, m.kind) for m in mentions]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Ankara e Islamabad hanno concordato di avviare la progettazione di fregate."),
    ("en", "Defence ties between Tehran and Minsk have grown."),
    ("vi", "Seoul và Hà Nội nhất trí đẩy nhanh hợp tác quốc phòng."),
], ids=["it-subject", "en-between", "vi-subject"])
def test_two_capitals_joined_stand_for_their_states(lang: str, text: str) -> None:
    assert [kind for _, kind in _capitals(lang, text)] == ["name", "name"]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Gespräche finden in Wien und Bern statt."),
    ("ru", "Заседания проходят поочередно в Москве и Минске."),
    ("en", "The minister flew to Manila on Monday."),
], ids=["de-in", "ru-v", "en-one-capital"])
def test_capitals_after_a_place_preposition_stay_places(lang: str, text: str) -> None:
    assert {kind for _, kind in _capitals(lang, text)} == {"place"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Manila signed a similar agreement with Japan.", [("PHL", "name"), ("JPN", "name")]),
    ("fr", "Par ailleurs, Paris livrera deux radars.", [("FRA", "name")]),
    ("en", "Canberra hosted talks between the two navies.", [("AUS", "place")]),
    ("en", "In Canberra, the ministers met.", [("AUS", "place")]),
], ids=["en-subject", "fr-after-adverbial", "en-host-stays-place", "en-after-preposition"])
def test_capital_opening_a_sentence_is_its_state(lang: str, text: str,
                                                 expected: list[tuple[str, str]]) -> None:
    pack = PackRegistry().get(lang)
    mentions = capital_as_subject(finder(lang).find(text), text, pack)
    assert [(m.code, m.kind) for m in mentions] == expected


@pytest.mark.parametrize(("lang", "text", "kinds"), [
    ("en", "The talks were held in Manila, Philippines, on Monday.", ["place", "place"]),
    ("fr", "Les ministres se sont réunis à Dakar (Sénégal) lundi.", ["place", "place"]),
    ("en", "Officials in Manila, Philippines, said the Philippines would sign.", ["place", "name", "name"]),
], ids=["en-comma", "fr-bracket", "en-state-named-again"])
def test_state_after_its_place_is_a_place(lang: str, text: str, kinds: list[str]) -> None:
    mentions = states_after_their_places(finder(lang).find(text), text, [(0, len(text))])
    assert [m.kind for m in mentions] == kinds


@pytest.mark.parametrize(("text", "start_word", "expected"), [
    ("The exercise is held in northern Estonia.", "Estonia", True),
    ("The exercise is held in Western Australia.", "Australia", False),
    ("Troops from Estonia took part.", "Estonia", False),
], ids=["compass-word", "part-of-a-name", "no-preposition"])
def test_place_preposition_before_a_place(text: str, start_word: str, expected: bool) -> None:
    pack = PackRegistry().get("en")
    assert ends_on_place_preposition(pack, text, text.index(start_word)) is expected
