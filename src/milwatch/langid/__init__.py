"""Language identification: CLD2 first (fast), lingua only where CLD2 is unsure.

    detector = Detector()                     # cheap; lingua (when installed) loads on first need
    guess = detector.detect(text)             # LangGuess(lang="de", confidence=0.98, method="cld2")
    spans = detector.paragraphs(text)         # [(start, end, lang), ...] for mixed texts

CLD2 (pycld2) answers in ≈ 0.07 ms per article and flags its own doubt
(`is_reliable`); lingua (low-accuracy mode, all languages) is ~80x slower, so
it only sees short texts and texts CLD2 is unsure about.  A text without
letters, or one neither library can place, is `und` (unknown), never a guess.  Before lingua, a text
with letters only one language writes takes that language (`_hints`: Sorani ڕ ڵ ێ, Kurmanji ê î û with
its function words), which lingua reads as Arabic or French.

lingua is an optional extra (`pip install 'milwatch[lingua]'`, about 100 MB): without it those
texts take CLD2's own best guess (method "cld2", confidence halved when CLD2 calls it unreliable),
which on the evaluation sets' articles, whole and cut to 60-200 characters, and their titles is
right as often (1,075 against lingua's 1,076 of 1,129 texts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pycld2

from milwatch.errors import MissingExtraError
from milwatch.langid._hints import letter_hint, sibling_hint
from milwatch.model import UNKNOWN_LANG

__all__ = ["Detector", "LangGuess", "UNKNOWN_LANG"]

# CLD2 speaks some old or regional codes; map them to ISO 639-1.
_CLD2_CODES = {"iw": "he", "jw": "jv", "in": "id", "mo": "ro", "zh-hant": "zh", "sh": "sr"}
# Written standards that share one pack: Norwegian Bokmål and Nynorsk read with `no`.
_SAME_PACK = {"nb": "no", "nn": "no"}
_LETTER = re.compile(r"[^\W\d_]")
_LINGUA_CHARS = 2000  # lingua reads at most this much of a text


@dataclass(frozen=True, slots=True)
class LangGuess:
    lang: str
    confidence: float
    method: str  # "cld2", "lingua", "hint", "letters" (letters only one language writes: `_hints`) or "none"
    mixed: bool = False  # CLD2 saw a second language with at least `mixed_share` percent


_THREE_LETTERS = re.compile(r"[^\W\d_](?:.*?[^\W\d_]){2}", re.DOTALL)


def _has_letters(text: str) -> bool:
    """At least three letters (stops at the third)."""
    return _THREE_LETTERS.search(text) is not None


class Detector:
    """Language detector; one per process (or Spark worker), passed to the stages that need it."""

    def __init__(self, short_chars: int = 200, mixed_share: int = 10, min_paragraph_letters: int = 40,
                 min_confidence: float = 0.5, use_lingua: bool | None = None) -> None:
        """`use_lingua`: None asks lingua when it is installed, False never, True requires it
        (a MissingExtraError naming the extra when it is not installed)."""
        self.short_chars = short_chars
        self.mixed_share = mixed_share
        self.min_paragraph_letters = min_paragraph_letters
        self.min_confidence = min_confidence
        self.use_lingua = use_lingua
        self._lingua: Any = None  # the lingua detector once built; False when lingua is not used
        self._lingua_codes: frozenset[str] | None = None  # the languages lingua knows, once asked

    def _lingua_detector(self) -> Any:
        """lingua's detector, built on first need, or None when it is not used or not installed."""
        if self._lingua is None:
            self._lingua = False
            if self.use_lingua is not False:
                try:
                    from lingua import LanguageDetectorBuilder
                except ImportError:
                    if self.use_lingua:
                        raise MissingExtraError("short-text language identification", "lingua",
                                                "lingua") from None
                else:
                    self._lingua = (LanguageDetectorBuilder.from_all_languages()
                                    .with_low_accuracy_mode().build())
        return self._lingua or None

    def _lingua_knows(self, code: str) -> bool:
        """Can lingua name this language at all (it has no ky, tg, ne, si ...)?  True without lingua."""
        detector = self._lingua_detector()
        if detector is None:
            return True
        if self._lingua_codes is None:
            from lingua import Language
            self._lingua_codes = frozenset(lang.iso_code_639_1.name.lower() for lang in Language.all())
        return code in self._lingua_codes

    def _cld2(self, text: str) -> tuple[bool, list[tuple[str, int]]]:
        """(reliable, [(code, percent), ...]) or (False, []) when CLD2 cannot read the text."""
        try:
            reliable, _bytes, details = pycld2.detect(text)
        except pycld2.error:
            try:
                reliable, _bytes, details = pycld2.detect(text.encode("utf-8", "replace").decode("utf-8"))
            except pycld2.error:
                return False, []
        langs = []
        for _name, code, percent, _score in details:
            code = _CLD2_CODES.get(code.lower(), code.lower())
            code = _SAME_PACK.get(code, code)
            if code not in ("un", "xxx") and percent > 0:
                langs.append((code.split("-")[0], int(percent)))
        return bool(reliable), langs

    def _ask_lingua(self, text: str, reliable: bool, langs: list[tuple[str, int]]) -> LangGuess:
        detector = self._lingua_detector()
        if detector is None:  # CLD2's best guess, if it has one
            if not langs or len(langs[0][0]) not in (2, 3):
                return LangGuess(UNKNOWN_LANG, 0.0, "none")
            return LangGuess(langs[0][0], round(langs[0][1] / (100 if reliable else 200), 3), "cld2")
        sample = text[:_LINGUA_CHARS]
        values = detector.compute_language_confidence_values(sample)
        if not values or values[0].value < self.min_confidence:
            return LangGuess(UNKNOWN_LANG, 0.0, "none")
        best = values[0]
        code = best.language.iso_code_639_1.name.lower()
        return LangGuess(_SAME_PACK.get(code, code), round(float(best.value), 3), "lingua")

    def detect(self, text: str, hint: str | None = None) -> LangGuess:
        """The main language of `text`; a given `hint` is trusted as is."""
        if hint:
            return LangGuess(hint, 1.0, "hint")
        if not _has_letters(text):
            return LangGuess(UNKNOWN_LANG, 0.0, "none")
        reliable, langs = self._cld2(text)
        mixed = len(langs) > 1 and langs[1][1] >= self.mixed_share
        if reliable and langs and len(langs[0][0]) in (2, 3) and (
                len(text) >= self.short_chars or not self._lingua_knows(langs[0][0])):
            # (lingua has no Kyrgyz, Nepali ...); Kirundi is read as Kinyarwanda: its sibling hint
            code = sibling_hint(langs[0][0], text)
            return LangGuess(code, langs[0][1] / 100, "cld2" if code == langs[0][0] else "letters", mixed)
        hinted = letter_hint(text)  # a short Sorani or Kurmanji line: lingua would say ar, fr
        if hinted is not None:
            return LangGuess(hinted, 0.9, "letters", mixed)
        guess = self._ask_lingua(text, reliable, langs)
        return LangGuess(guess.lang, guess.confidence, guess.method, mixed)

    def is_mixed(self, text: str) -> bool:
        """True when CLD2 sees a second language with at least `mixed_share` percent of the text."""
        _reliable, langs = self._cld2(text)
        return len(langs) > 1 and langs[1][1] >= self.mixed_share

    def paragraphs(self, text: str, main: str | None = None,
                   mixed: bool | None = None) -> list[tuple[int, int, str]]:
        """(start, end, lang) spans covering `text`: one span unless the text mixes languages.

        `mixed` passes on what `detect` already found (LangGuess.mixed) to save a CLD2 run.

        Each line is a paragraph; lines too short to judge take the main language,
        and adjacent lines of the same language are merged into one span.
        """
        if not text:
            return []
        main = main or self.detect(text).lang
        if not (self.is_mixed(text) if mixed is None else mixed):
            return [(0, len(text), main)]
        spans: list[tuple[int, int, str]] = []
        start = 0
        for line in text.splitlines(keepends=True):
            end = start + len(line)
            lang = main
            if len(_LETTER.findall(line)) >= self.min_paragraph_letters:
                lang = self.detect(line).lang
                lang = main if lang == UNKNOWN_LANG else lang
            if spans and (spans[-1][2] == lang or not line.strip()):
                spans[-1] = (spans[-1][0], end, spans[-1][2])
            else:
                spans.append((start, end, lang))
            start = end
        return spans
