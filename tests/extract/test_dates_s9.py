"""Dates written in the decimal digits of every script the packs cover read as their ASCII form
(_dates_scan._DIGIT_ZEROS): Gujarati, Gurmukhi, Telugu, Kannada and Malayalam digits were read as no
number at all ("નવેમ્બર ૨૦૨૫માં" gave the year only, from a weaker cue, or nothing)."""

from __future__ import annotations

import pytest

from milwatch.extract.dates import find_dates
from milwatch.packs.loader import PackRegistry

# (language, the zero of its digits, a month name of its pack, a case ending or postposition after the year)
SCRIPTS = [("gu", 0xAE6, "નવેમ્બર", "માં"), ("pa", 0xA66, "ਸਤੰਬਰ", " ਵਿੱਚ"), ("te", 0xC66, "నవంబర్", "లో"),
           ("kn", 0xCE6, "ನವೆಂಬರ್", "ರಲ್ಲಿ"), ("ml", 0xD66, "നവംബർ", "ൽ"), ("hi", 0x966, "नवंबर", " में")]


def native(text: str, zero: int) -> str:
    return "".join(chr(zero + int(ch)) if ch.isascii() and ch.isdigit() else ch for ch in text)


@pytest.mark.parametrize(("lang", "zero", "month", "ending"), SCRIPTS)
def test_native_digits_read_like_ascii(registry: PackRegistry, lang: str, zero: int, month: str,
                                       ending: str) -> None:
    pack = registry.get(lang)
    ascii_text = f"{month} 2025{ending} ... 12 {month} 2025"
    want = [(d.start, d.end, d.value) for d in find_dates(ascii_text, pack, "2026-03-01")]
    got = [(d.start, d.end, d.value) for d in find_dates(native(ascii_text, zero), pack, "2026-03-01")]
    assert want and any(v and v.startswith("2025-") for _, _, v in want), want
    assert got == want
