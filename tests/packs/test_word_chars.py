"""Word characters of the pack matcher: in-word marks are letters, sentence marks are not."""

from __future__ import annotations

import pytest

from milwatch.packs import PackRegistry
from milwatch.packs.phrases import compile_phrases, is_word_char


@pytest.mark.parametrize("char", ["क", "ि", "्", "ๆ", "ក", "ا", "ً"])
def test_letters_and_in_word_marks_are_word_characters(char: str) -> None:
    assert is_word_char(char)


@pytest.mark.parametrize("char", ["।", "॥", "๚", "။", "၊", "។", "៕", "།"])
def test_sentence_marks_of_indic_and_southeast_asian_scripts_end_words(char: str) -> None:
    assert not is_word_char(char)


def test_a_verb_closing_a_hindi_sentence_matches_before_the_danda() -> None:
    pattern = compile_phrases(["अभ्यास किया"])
    assert pattern.search("दोनों सेनाओं ने संयुक्त अभ्यास किया। अगला वाक्य")
    assert not pattern.search("अभ्यास कियाजा")


def test_pack_matchers_use_the_same_word_characters() -> None:
    hindi = PackRegistry().get("hi")
    assert hindi.matcher("triggers", "exercise").search("संयुक्त सैन्य अभ्यास।")


def test_clause_gap_spans_a_long_clause_but_no_sentence_mark() -> None:
    short, long = compile_phrases(["wollen ~ liefern"]), compile_phrases(["wollen ~~ liefern"])
    text = ("Beide Staaten wollen der Ukraine in den kommenden Monaten zusätzliche Panzer, "
            "Munition, Ersatzteile "
            "und Ausrüstung für den Winter liefern.")
    assert short.search(text) is None and long.search(text) is not None
    assert long.search("Sie wollen mehr. Andere liefern schon.") is None
    assert long.search("Sie wollen mehr; andere liefern schon.") is None
