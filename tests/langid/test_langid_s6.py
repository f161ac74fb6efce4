"""Letter hints: short Sorani and Kurmanji lines are Kurdish (lingua says Arabic, French, Portuguese).

Sentences written for these tests."""

from __future__ import annotations

import pytest

from milwatch.langid import Detector
from milwatch.langid._hints import letter_hint


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


SORANI = [
    "وەزیری بەرگری گەیشتە هەولێر",
    "سەرۆکی هەرێم لەگەڵ باڵیۆز کۆبووەوە",
    "ڕێککەوتنێکی سەربازی واژۆ کرا",
]
KURMANJI = [
    "Serok û wezîr li Enqereyê hev dîtin",
    "Wezîrê parastinê yê Tirkiyê îro li Hewlêrê ye",
    "Hevdîtin di navbera herdu welatan de bi serkeftî bû",
]
# Look-alikes that must keep their own language: Arabic and Persian script without Sorani letters,
# Latin scripts with ç, ş, î or û (and, for some, a Kurmanji-looking word).
OTHERS = [
    ("وزير الدفاع وصل إلى أربيل", "ar"),
    ("وزیر دفاع امروز به تهران رسید", "fa"),
    ("Le ministre français a reçu son homologue à Paris", "fr"),
    ("Bakan bugün Ankara'da görüştü ve anlaşma imzalandı", "tr"),
    ("Ministri i ri di se çfarë po ndodh me ushtrinë e re", "sq"),
]


@pytest.mark.parametrize("text", SORANI)
def test_short_sorani_lines_are_kurdish(detector: Detector, text: str) -> None:
    assert detector.detect(text).lang == "ku"
    assert all(detector.detect(other).lang == lang for other, lang in OTHERS[:2])


@pytest.mark.parametrize("text", KURMANJI)
def test_short_kurmanji_lines_are_kurdish(detector: Detector, text: str) -> None:
    assert detector.detect(text).lang == "ku"
    assert all(detector.detect(other).lang == lang for other, lang in OTHERS[2:])


def test_kurmanji_needs_its_letters_and_two_function_words() -> None:
    assert letter_hint("Serok û wezîr li Enqereyê") == "ku"
    assert letter_hint("Serok u wezir li Enqereye hev ditin") is None  # no Kurmanji letter
    assert letter_hint("Wezîrê parastinê li Hewlêrê") is None  # one function word only
    assert letter_hint("Bakan û li Ankara'da görüştü") is None  # ö, ü: Turkish writes them, Kurmanji never
    assert letter_hint("Ilçi ýa-da ministr bi di Aşgabatda") is None  # ý, ş: Turkmen, whatever the words
    assert letter_hint("ئۇيغۇر تىلى ۋە ئەدەبىياتى") is None
    # a Sorani place name in a Persian line # Uyghur writes ە and ۇ ې: no Sorani
    assert letter_hint("سفر وزیر دفاع به هەولێر") is None


def test_hint_comes_before_lingua_only_for_texts_lingua_would_read(detector: Detector) -> None:
    """A long text CLD2 reads reliably keeps CLD2's answer; the short one is told by its letters."""
    guess = detector.detect(SORANI[0])
    assert (guess.lang, guess.method) == ("ku", "letters")
    long_arabic = "وزير الدفاع وصل إلى أربيل اليوم لإجراء محادثات مع المسؤولين حول التعاون العسكري " * 4
    assert detector.detect(long_arabic).method == "cld2"
