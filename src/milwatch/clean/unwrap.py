"""Hard-wrapped text: lines cut in mid-sentence at a fixed width, words hyphenated at the line ends.

PDF and OCR output, plain-text mail and wire copy are written that way ("Today the Secretary of State
welcomed the Deputy Prime Minister of the Re-" / "public of Poland to London ...").  Read line by line, each
piece is a sentence of its own and the event is lost between them.  `run_on_lines` tells, for each kept
line, whether it runs on into the next kept line, and how `assemble` joins the two:

  " "   a space: the sentence runs on ("the security of the" / "Baltic Sea region")
  ""    nothing: a word hyphenated across the break, hyphen dropped ("Re-" / "public" -> "Republic")
  "-"   nothing, hyphen kept: a compound broken at its own hyphen ("UK-" / "Poland", "Verteidigungs-" / "Und")

A text counts as hard-wrapped only with evidence of its own: enough prose lines, most of them no
longer than a page is wide, and at least WRAP_EVIDENCE breaks where a line ending in mid-sentence is
followed by one starting with a small letter.  A web page (a paragraph per line) or a list of headlines
(lines ending without a full stop, each starting with a capital) never qualifies, so its lines stay apart.
Within a hard-wrapped text a line runs on when it ends in mid-sentence, fills most of the wrap width (a
short line ends its paragraph or is a heading) and the next line does not open a list item ("2.", "(b)",
"- ", "§ 3").
"""

from __future__ import annotations

import re

from milwatch.clean.core import KEEP, SENTENCE_END, Line

PROSE_MIN_WORDS = 4  # a line with this many words is prose for the wrap statistics
WRAP_MIN_LINES = 4  # a text needs this many prose lines to tell whether it is hard-wrapped
WRAP_EVIDENCE = 2  # ... and this many breaks in mid-sentence before a small letter
WRAP_MAX_WIDTH = 130  # characters: a wider line is a paragraph, not a line of a page
WIDTH_QUANTILE = 0.9  # the wrap width: this quantile of the prose lines' lengths
FULL_LINE = 0.6  # a line filling this share of the wrap width was cut by the wrap, not by its writer

_CLOSED = (*SENTENCE_END, ":", ";")  # what ends a sentence or a heading line: no run-on after these
_LIST_ITEM = re.compile(r"(?:\d{1,3}[.)]|\(?[a-z]{1,4}\)|\(\d{1,3}\)|[-•–—*▪●■]|§)\s", re.IGNORECASE)


def _open_end(text: str) -> bool:
    """Does the line end in mid-sentence (a letter, a digit, a comma, a hyphen)?"""
    return not text.endswith(_CLOSED)


def _small_start(text: str) -> bool:
    return text[:1].islower()


def run_on_lines(lines: list[Line]) -> dict[int, str]:
    """{index of a kept line: how it joins the next kept line} for every line of a hard-wrapped text that
    runs on into the line after it (see the module docstring); empty for any other text."""
    kept = [i for i, line in enumerate(lines) if line.state == KEEP]
    pairs = [(i, j) for i, j in zip(kept, kept[1:], strict=False) if j == i + 1]  # adjacent, no blank between
    prose = sorted(len(lines[i].text) for i in kept if lines[i].words >= PROSE_MIN_WORDS)
    if len(prose) < WRAP_MIN_LINES:
        return {}
    width = prose[int(WIDTH_QUANTILE * (len(prose) - 1))]
    if width > WRAP_MAX_WIDTH:
        return {}
    evidence = sum(1 for i, j in pairs if _open_end(lines[i].text) and _small_start(lines[j].text)
                   and len(lines[i].text) >= FULL_LINE * width)
    if evidence < WRAP_EVIDENCE:
        return {}
    joins: dict[int, str] = {}
    for i, j in pairs:
        first, second = lines[i].text, lines[j].text
        if not _open_end(first) or len(first) < FULL_LINE * width or _LIST_ITEM.match(second):
            continue
        if first.endswith("-") and first[-2:-1].isalpha():
            joins[i] = "" if _small_start(second) and not first[-2:-1].isupper() else "-"
        else:
            joins[i] = " "
    return joins


def protect_run_ons(lines: list[Line]) -> None:
    """The lines of a sentence running over several lines of a hard-wrapped text are protected from the
    density rules (clean.core): its last line may be short ("mitteilten.")."""
    for i in run_on_lines(lines):
        lines[i].protected = lines[i + 1].protected = True
