"""One Aho-Corasick pass over a text for many phrase lists of a language.

    scanner = PhraseScanner(lists, boundary="word", clitics=("و", "ب"))
    found = scanner.scan(text)     # found[i]: what lists[i].pattern.finditer(text) yields

Each list keeps its compiled regex (packs/phrases.py `compile_phrases`): it is the one
definition of what a phrase matches (case, word boundaries, clitics, `*`, `~`, `~~`).
The automaton only says where a match can start: every phrase of a list begins with a
literal (its first word up to a `*`), so a match starts at an occurrence of one of those
literals, or a clitic or two before it.  The regex is then tried at those positions only,
in order and without overlap, exactly as `finditer` walks the text — the same matches,
without stepping the regex through every character of the text.  A list with a phrase
that starts with `*` or a gap has no such literal and is matched by `finditer` as before.

Case: Python's regex compares characters case-insensitively by their simple lower case
plus a few equivalences (ı/i, ſ/s, ς/σ, µ/μ, Cyrillic ᲀ/в ...: `re._casefix`); `fold`
maps a text to one character per character so that two characters the regex takes as
equal fold to the same one, and the automaton is built and run over folded text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

import ahocorasick

GAP_TOKENS = ("~", "~~")  # packs/phrases.py GAP, CLAUSE_GAP: the literal start of a phrase ends there
DOTTED_CAPITAL_I = "\u0130"  # "İ": the one character whose str.lower() is two characters long
IRREGULAR_SPACE = re.compile(r"\s{2,}|[^\S ]")  # what is not one plain space between two words


@cache
def _fold_fixes() -> tuple[re.Pattern[str], dict[int, int]]:
    """The characters the regex engine's ignore-case equivalences join (ı/i, ſ/s, ς/σ ...),
    each to one representative; and a pattern finding any of them."""
    from re import _casefix  # type: ignore[attr-defined]  # CPython's table of the extra case equivalences of `re`

    table: dict[int, int] = {}
    for lower, others in _casefix._EXTRA_CASES.items():
        representative = min((lower, *others))
        for code in (lower, *others):
            if code != representative:
                table[code] = representative
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]"), table


def fold(text: str) -> str:
    """`text` with every character folded as the regex engine compares it ignoring case;
    the result has the same length (offsets into it are offsets into `text`)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # İ lowers to two characters; the regex engine lowers it to "i"
        lowered = text.replace(DOTTED_CAPITAL_I, "i").lower()
    finder, table = _fold_fixes()
    return lowered.translate(table) if finder.search(lowered) else lowered


def squeeze(folded: str) -> tuple[str, list[int], list[int]]:
    """`folded` with every run of white space written as one plain space (as `\\s+` between
    the words of a phrase matches any run), plus what maps its offsets back: a position q
    of the result is q + shifts[i] in `folded`, i = bisect_right(marks, q) - 1."""
    marks, shifts = [0], [0]
    pieces: list[str] = []
    last = removed = 0
    for run in IRREGULAR_SPACE.finditer(folded):
        begin, end = run.span()
        pieces.append(folded[last:begin])
        pieces.append(" ")
        marks.append(begin - removed + 1)  # the first position after the run's one space
        removed += end - begin - 1
        shifts.append(removed)
        last = end
    if last == 0:
        return folded, marks, shifts
    pieces.append(folded[last:])
    return "".join(pieces), marks, shifts


def literal_start(phrase: str) -> tuple[str, bool] | None:
    """The literal text every match of `phrase` starts with, words joined by one space, up to
    its first `*` or gap (lower-cased as `compile_phrases` lowers it), and whether a word rest
    (`*`) stands before it ("*übung"); None when there is no such text ("*", "~ word")."""
    words = phrase.strip().lower().strip().lower().split()
    leading = bool(words) and words[0].startswith("*")
    if leading:
        words[0] = words[0].lstrip("*")
    if not words or not words[0] or words[0] in GAP_TOKENS:
        return None
    parts: list[str] = []
    for word in words:
        head, star, _ = word.partition("*")
        if word in GAP_TOKENS or not head:
            break
        parts.append(head)
        if star:
            break
    return " ".join(parts), leading


def clitic_offsets(boundary: str, clitics: Sequence[str]) -> tuple[int, ...]:
    """How many characters before its first word a match may start: one or two clitics
    (`bounded_body` allows up to two before a phrase; none where words are not bounded)."""
    if boundary == "none" or not clitics:
        return (0,)
    lengths = {len(c) for c in set(clitics)}
    return tuple(sorted({0} | lengths | {a + b for a in lengths for b in lengths}))


@dataclass(frozen=True, slots=True)
class PhraseList:
    """One list to scan: its compiled regex and the phrases it was compiled from."""

    pattern: re.Pattern[str]
    phrases: tuple[str, ...]


class PhraseScanner:
    """The lists of one language, found with one automaton pass plus the lists' regexes at
    the positions the automaton names (see the module docstring).

    boundary, clitics: the pack's `word_boundary` and `clitics`; word: the character class
    its regexes take as a word character (the class `*` stands for)."""

    def __init__(self, lists: Sequence[PhraseList], boundary: str = "word", clitics: Sequence[str] = (),
                 word: str = r"\w") -> None:
        self.patterns = [item.pattern for item in lists]
        self.offsets = clitic_offsets(boundary, clitics)
        self._word = re.compile(word, re.IGNORECASE)
        # "*übung" starts where the word holding "übung" starts: only where words have bounds
        # and every clitic (written onto the word before the phrase) is made of word characters
        rest_ok = boundary != "none" and all(self._word.match(ch) for c in clitics for ch in c)
        self.unanchored: list[bool] = []
        owners: dict[str, tuple[set[int], set[int]]] = {}
        for index, item in enumerate(lists):
            starts = [literal_start(p) for p in item.phrases if p.strip()]
            self.unanchored.append(any(s is None or (s[1] and not rest_ok) for s in starts))
            for start in starts:
                if start is not None:
                    owners.setdefault(fold(start[0]), (set(), set()))[start[1]].add(index)
        self._automaton: ahocorasick.Automaton | None = None
        if owners:
            automaton = ahocorasick.Automaton()
            for key, (plain, after_rest) in owners.items():
                automaton.add_word(key, (len(key), tuple(sorted(plain)), tuple(sorted(after_rest))))
            automaton.make_automaton()
            self._automaton = automaton

    def _word_start(self, text: str, position: int) -> int:
        """Where the run of word characters ending at `position` starts."""
        while position > 0 and self._word.match(text, position - 1):
            position -= 1
        return position

    def _candidates(self, text: str) -> list[set[int]]:
        """Per list, the positions where one of its matches may start."""
        found: list[set[int]] = [set() for _ in self.patterns]
        if self._automaton is None or not text:
            return found
        offsets = self.offsets
        squeezed, marks, shifts = squeeze(fold(text))
        regular = len(marks) == 1
        for end, (length, plain, after_rest) in self._automaton.iter(squeezed):
            start = end - length + 1
            if not regular:
                start += shifts[bisect_right(marks, start) - 1]
            for index in plain:
                found[index].update(start - k for k in offsets if start >= k)
            if after_rest:
                word_start = self._word_start(text, start)
                for index in after_rest:
                    found[index].add(word_start)
        return found

    def _walk(self, pattern: re.Pattern[str], text: str, starts: set[int]) -> Iterator[re.Match[str]]:
        """What pattern.finditer(text) yields, trying only the positions in `starts`."""
        after = 0
        for position in sorted(starts):
            if position < after:
                continue
            match = pattern.match(text, position)
            if match is not None:
                yield match
                after = match.end()

    def scan(self, text: str) -> list[list[re.Match[str]]]:
        """For each list, every match of its regex over `text`, as `finditer` gives them."""
        candidates = self._candidates(text)
        return [list(pattern.finditer(text)) if loose else list(self._walk(pattern, text, starts))
                for pattern, loose, starts in zip(self.patterns, self.unanchored, candidates, strict=True)]

    def any_match(self, text: str) -> bool:
        """Does any list match anywhere in `text` (stops at the first match)?"""
        candidates = self._candidates(text)
        for pattern, loose, starts in zip(self.patterns, self.unanchored, candidates, strict=True):
            if loose and pattern.search(text) is not None:
                return True
            if not loose and any(pattern.match(text, p) is not None for p in starts):
                return True
        return False
