"""Letter hints: languages a short text gives away by letters only they write.

lingua (and CLD2 on a short line) takes a few-word Sorani line for Arabic and a Kurmanji one for French or
Portuguese.  A text the detector would send to lingua is first checked against these hints:

* Sorani writes ڕ ڵ ێ ۆ ە, which Arabic and Persian never do: three of them (a Sorani place name such as
  هەولێر in a Persian line has two); Uyghur writes ۆ ە too, with ې ۇ ۈ, and Pashto ې: those rule it out;
* Kurmanji writes ê î û ş ç and its function words (û, ji, bi, di, li, yê, ya, ên, re): two distinct ones
  and one such letter, but no letter Kurmanji never writes (Turkish ı ğ ö ü, Turkmen ä ň ý ž, Azerbaijani ə,
  Albanian ë, Romanian ă â ţ, French é è à ô).

A sibling hint corrects a reliable answer between two close languages: CLD2 takes Kirundi for Kinyarwanda
(0.99); Kirundi writes "vy" where Kinyarwanda writes "by" (ivyo / ibyo) and never Kinyarwanda's "cy" (ico /
icyo): two distinct words with "vy" and none with "cy" make a "rw" text Kirundi.

Each hint reads at most `HINT_CHARS` characters: a few substring scans and one word regex, only for the
texts lingua would read, and cheap next to it (~50 µs on 2,000 characters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HINT_CHARS = 2000


@dataclass(frozen=True, slots=True)
class LetterHint:
    lang: str
    letters: str  # these must appear ...
    min_letters: int = 1  # ... this many times (a Sorani place name in a Persian line is one or two)
    not_letters: str = ""  # none of these may appear
    words: frozenset[str] = frozenset()  # when given: function words of the language ...
    min_words: int = 0  # ... of which this many distinct ones must appear

    def matches(self, text: str) -> bool:
        sample = text[:HINT_CHARS].lower()
        if self.min_letters == 1 and not any(c in sample for c in self.letters):
            return False
        if self.min_letters > 1 and sum(sample.count(c) for c in self.letters) < self.min_letters:
            return False
        if any(c in sample for c in self.not_letters):
            return False
        if not self.words:
            return True
        return len(self.words.intersection(_WORD.findall(sample))) >= self.min_words


_WORD = re.compile(r"[^\W\d_]+")

HINTS = (
    LetterHint("ku", letters="\u0695\u06b5\u06ce\u06c6\u06d5", min_letters=3,  # ڕ ڵ ێ ۆ ە
               not_letters="\u06d0\u06c7\u06c8"),
    LetterHint("ku", letters="êîûşç", not_letters="ığöüäňýžəëăâţțșéèàôœ",
               words=frozenset({"û", "ji", "bi", "di", "li", "yê", "ya", "ên", "re"}), min_words=2),
)


def letter_hint(text: str) -> str | None:
    """The language a letter hint names for `text`, or None."""
    for hint in HINTS:
        if hint.matches(text):
            return hint.lang
    return None


@dataclass(frozen=True, slots=True)
class SiblingHint:
    """A text of `lang` the detector gave to its close sibling: words with `marks`, none with `not_marks`."""

    lang: str
    marks: tuple[str, ...]
    not_marks: tuple[str, ...]
    min_words: int = 2

    def matches(self, text: str) -> bool:
        words = set(_WORD.findall(text[:HINT_CHARS].lower()))
        if any(m in w for w in words for m in self.not_marks):
            return False
        return sum(any(m in w for m in self.marks) for w in words) >= self.min_words


# (the language the detector said, the sibling it may be): a tuple, like HINTS, no mutable module state
SIBLINGS = (("rw", SiblingHint("rn", marks=("vy",), not_marks=("cy",))),)


def sibling_hint(lang: str, text: str) -> str:
    """`lang`, or its sibling when the text writes what only the sibling writes."""
    hint = next((h for said, h in SIBLINGS if said == lang), None)
    return hint.lang if hint is not None and hint.matches(text) else lang
