"""lingua is an optional extra: without it, short or unsure texts take CLD2's own best guess."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from milwatch.errors import MissingExtraError
from milwatch.langid import UNKNOWN_LANG, Detector


def test_without_lingua_short_texts_take_cld2s_guess() -> None:
    detector = Detector(use_lingua=False)
    for text, lang in (("Die Minister unterzeichneten ein Abkommen.", "de"),
                       ("Hai Bộ trưởng đã ký kết Ý định thư.", "vi"),
                       ("Forsvarsministeren møtte i går sin svenske kollega i Oslo.", "no"),
                       ("東京で国防相が会談した", "ja")):
        guess = detector.detect(text)
        assert (guess.lang, guess.method) == (lang, "cld2"), text
        assert 0 < guess.confidence <= 1
    assert detector._lingua is False  # never built


def test_without_lingua_what_cld2_cannot_place_is_unknown() -> None:
    detector = Detector(use_lingua=False)
    for text in ("Hello", "zzzz qqqq xxxx", "12 34 56 abc"):
        assert detector.detect(text).lang == UNKNOWN_LANG, text


@pytest.mark.skipif(importlib.util.find_spec("lingua") is None,
                    reason="lingua is installed by the test extra")
def test_with_lingua_installed_it_answers_short_texts() -> None:
    assert Detector().detect("Привет, министры подписали соглашение").method in ("cld2", "lingua")
    assert Detector(use_lingua=True).detect("Hello there, ministers").method in ("lingua", "none")


def test_requiring_lingua_without_it_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A `lingua` module that fails to import stands for a missing install (sys.path, no mock of milwatch)."""
    (tmp_path / "lingua").mkdir()
    (tmp_path / "lingua" / "__init__.py").write_text("raise ImportError('not installed')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(__import__("sys").modules, "lingua", raising=False)
    with pytest.raises(MissingExtraError, match=r"milwatch\[lingua\]"):
        Detector(use_lingua=True).detect("Hello there, ministers")
    assert Detector().detect("Hello there, ministers").method in ("cld2", "none")  # None: CLD2 instead
