"""Short texts in languages lingua cannot name (ky, tg, ne) keep CLD2's reliable answer."""

from __future__ import annotations

import pytest

from milwatch.langid import Detector

SHORT = [
    ("ky", "Кыргызстандын Коргоо министри Бакыт Асанов Казакстандын коргоо министри менен жолукту."),
    ("tg", "Вазири мудофиаи Тоҷикистон бо ҳамтои чинии худ мулоқот кард."),
    ("ne", "नेपालका रक्षा मन्त्रीले भारतका रक्षा मन्त्रीसँग भेट गरे।"),
]


@pytest.mark.parametrize(("lang", "text"), SHORT)
def test_short_text_in_a_language_lingua_lacks(lang: str, text: str) -> None:
    assert len(text) < Detector().short_chars
    assert Detector().detect(text).lang == lang


def test_short_text_in_a_language_lingua_knows_still_asks_lingua() -> None:
    pytest.importorskip("lingua")
    guess = Detector().detect("Министр обороны России встретился с коллегой.")
    assert (guess.lang, guess.method) == ("ru", "lingua")
