"""Line-level boilerplate removal: pack rules plus a language-independent core.

The text is cut into lines; every line is kept or dropped whole, so a body
sentence is never cut in half.  Pack rules (packs/<lang>/boilerplate.toml) are
regular expressions matched case-insensitively against the *whole* stripped
line:

  drop_line   the line is dropped
  cut_from    the line and everything after it are dropped (related-news blocks, tag lists)
  drop_block  the line and the following lines up to the next blank line are dropped (after a bare label
              alone on its line, up to the first line that ends a sentence: prose, not a headline)
  trim_end    a match running to the end of the line is cut off (photo credits after
              a caption); a line that is nothing but such a match is dropped

The core needs no language: lines without letters, link-only lines, repeated
lines (a headline printed twice), clusters of short lines (menus, widgets,
captions of a gallery), and short lines before the first / after the last
body-like line (section names, bylines, signatures).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from milwatch.packs import CLOSING_QUOTES, FULL_STOPS

# Named thresholds of the core (see the module docstring).
BODY_MIN_WORDS = 8  # a line with this many words is body-like
BODY_MIN_WORDS_SENTENCE = 4  # ... or with this many and a sentence ending
HEAD_MAX_WORDS = 2  # before the first body-like line, lines this short are dropped
TAIL_MAX_WORDS = 5  # after the last body-like line, lines this short are dropped
SHORT_MAX_WORDS = 4  # a "short" line for the density rule
SHORT_RUN = 3  # this many short lines in a row are boilerplate
LINK_SHARE = 0.5  # a line whose characters are mostly URLs is link-like
TRIM_SPAN = 120  # trim_end matches are looked for in the last this many characters of a line
HEADLINE_MAX_WORDS = 25  # ... and the linked headline on the next line at most this many
PROSE_END = (".", "!", "?", "。", "！", "？", "؟")  # how a sentence of the body ends (a headline seldom does)
LABEL_MAX_WORDS = 4  # a bare "read also" label ("Читайте также:", "Leia também") has at most this many words

_VALUE_AFTER_LABEL = re.compile(r"[:|>–]\s*\S")
_LETTER = re.compile(r"[^\W\d_]")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.IGNORECASE)
_DOMAIN_ONLY = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?", re.IGNORECASE)
SENTENCE_END = (*FULL_STOPS, *CLOSING_QUOTES, "“")
# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Burmese, Khmer):
# there, two characters count as one word.
_SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
SPACELESS_CHARS_PER_WORD = 2
SYLLABLE_MARK = "\u0f0b"  # Tibetan and Dzongkha write the tsheg between syllables, seldom a space


def count_words(text: str) -> int:
    """Words of a line: space-separated tokens (syllables in Tibetan script), or characters / 2 in a
    script without spaces."""
    spaced = len(text.replace(SYLLABLE_MARK, " ").split())
    spaceless = len(_SPACELESS.findall(text))
    return max(spaced, spaceless // SPACELESS_CHARS_PER_WORD) if spaceless else spaced

KEEP, DROP, BLANK = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Rules:
    """Compiled pack rules of one language (None when the pack has none of that kind)."""

    drop_line: re.Pattern[str] | None = None
    cut_from: re.Pattern[str] | None = None
    drop_block: re.Pattern[str] | None = None
    trim_end: re.Pattern[str] | None = None  # compiled with a trailing `\s*$`, used with .search
    # cut_from | drop_block | drop_line as one pattern with the groups "cut", "block", "drop", in that order:
    # one fullmatch per line instead of three
    line: re.Pattern[str] | None = None


@dataclass(slots=True)
class Line:
    start: int  # raw offsets of the stripped line content
    end: int
    newline: int  # raw index of the "\n" after the line (-1 at the end of the text)
    text: str
    words: int
    state: int = KEEP
    protected: bool = False  # the headline: never dropped by the density rules


def split_lines(raw: str) -> list[Line]:
    """Lines with the raw offsets of their stripped content."""
    lines: list[Line] = []
    pos = 0
    chunks = raw.split("\n")
    last = len(chunks) - 1
    for i, chunk in enumerate(chunks):
        newline = pos + len(chunk) if i < last else -1
        stripped = chunk.strip()
        if stripped:
            start = pos + chunk.find(stripped[0])
            lines.append(Line(start, start + len(stripped), newline, stripped, count_words(stripped)))
        else:
            lines.append(Line(pos, pos, newline, "", 0, BLANK))
        pos += len(chunk) + 1
    return lines


def _body_like(line: Line) -> bool:
    return line.words >= BODY_MIN_WORDS or (
        line.words >= BODY_MIN_WORDS_SENTENCE and line.text.endswith(SENTENCE_END))


def _short(line: Line) -> bool:
    return line.words <= SHORT_MAX_WORDS and not line.text.endswith(SENTENCE_END)


def _link_like(text: str) -> bool:
    if "/" not in text and "www." not in text and "WWW." not in text:
        return False
    if " " not in text and ("://" in text or _DOMAIN_ONLY.fullmatch(text)):
        return True
    urls = sum(len(m.group(0)) for m in _URL.finditer(text))
    return urls > 0 and urls / len(text) >= LINK_SHARE


def _alone(line: Line) -> bool:
    """A short line with nothing written after its colon or bar: a label standing alone ("Читайте также:";
    "News code: 8587", "Photo: Jane Roe" carry their value)."""
    return line.words <= LABEL_MAX_WORDS and not _VALUE_AFTER_LABEL.search(line.text)


def _bare_label(line: Line, drop_line: re.Pattern[str] | None) -> bool:
    """A label alone that a drop_line rule would drop with its value: a "read also" label, whose
    linked headline stands on the next line."""
    if drop_line is None or not _alone(line):
        return False
    head = line.text.rstrip(" :|>–-")
    return bool(head) and drop_line.fullmatch(f"{head}: x") is not None


def apply_pack_rules(lines: list[Line], rules: Rules) -> None:
    """cut_from, drop_block and drop_line, in that order of precedence."""
    seen_body = False
    in_block = False
    after_label = False  # the previous non-blank line was a bare "read also" label
    label_block = False  # the block was opened by such a label: its headlines end at a sentence
    for i, line in enumerate(lines):
        if line.state == BLANK:
            in_block = label_block = False
            continue
        if in_block and not (label_block and line.text.endswith(PROSE_END)):
            line.state = DROP
            after_label = False  # the block took the headline
            continue
        in_block = label_block = False  # (a sentence after a bare label's headlines: the body goes on)
        text = line.text
        if after_label:
            after_label = False
            if (not text.endswith(SENTENCE_END) and line.words <= HEADLINE_MAX_WORDS
                    and not any(ch.isdigit() for ch in text)):
                line.state = DROP
                continue
        match = rules.line.fullmatch(text) if rules.line is not None else None
        kind = match.lastgroup if match is not None else None
        if kind == "cut" and not seen_body:  # a closing marker before any prose: try the other rules
            kind = ("block" if rules.drop_block is not None and rules.drop_block.fullmatch(text) else
                    "drop" if rules.drop_line is not None and rules.drop_line.fullmatch(text) else None)
        if kind == "cut":
            for rest in lines[i:]:
                if rest.state != BLANK:
                    rest.state = DROP
            return
        if kind in (None, "drop") and _bare_label(line, rules.drop_line):
            line.state = DROP
            after_label = True
            continue
        if kind is not None:
            line.state = DROP
            in_block = kind == "block"
            after_label = label_block = in_block and _alone(line)  # a bare label opening a block
            continue
        if (rules.trim_end is not None
            and (match := rules.trim_end.search(text, max(0, len(text) - TRIM_SPAN)))):
            keep = text[: match.start()].rstrip()
            if not keep:
                line.state = DROP
                continue
            line.text, line.end, line.words = keep, line.start + len(keep), count_words(keep)
        seen_body = seen_body or _body_like(line)


def apply_core_rules(lines: list[Line], title: str | None = None) -> None:
    """The language-independent rules (see the module docstring)."""
    seen: set[str] = set()
    title_key = " ".join((title or "").split()).casefold()
    for line in lines:
        if line.state != KEEP:
            continue
        if not (line.text[0].isalpha() or _LETTER.search(line.text)) or _link_like(line.text):
            line.state = DROP
            continue
        text = line.text
        key = (" ".join(text.split()) if "  " in text or "\t" in text or "\xa0" in text else text).casefold()
        if key in seen:
            line.state = DROP
        elif key == title_key:
            line.protected = True
        seen.add(key)
    kept = [line for line in lines if line.state == KEEP]
    body = [i for i, line in enumerate(kept) if _body_like(line)]
    if not body:  # nothing looks like prose: leave the short text alone
        return
    for line in kept[: body[0]]:
        if line.words <= HEAD_MAX_WORDS and not line.protected:
            line.state = DROP
    for line in kept[body[-1] + 1:]:
        if line.words <= TAIL_MAX_WORDS and not line.protected:
            line.state = DROP
    _drop_short_runs(lines)


def _drop_short_runs(lines: list[Line]) -> None:
    """Runs of SHORT_RUN or more non-blank lines, each short or already dropped: drop them all."""
    run: list[Line] = []
    for line in [*lines, Line(0, 0, -1, "x " * BODY_MIN_WORDS, BODY_MIN_WORDS)]:
        if line.state == BLANK:
            continue
        if line.state == DROP or (_short(line) and not line.protected):
            run.append(line)
            continue
        if len(run) >= SHORT_RUN:
            for short in run:
                short.state = DROP
        run = []


def assemble(raw: str, lines: list[Line], joins: Mapping[int, str] | None = None) -> tuple[str, list[int]]:
    """Clean text from the kept lines and its strictly increasing map into `raw`.

    Adjacent kept lines are joined by one line break, lines with something dropped
    or blank between them by two (a paragraph break); each break character maps to
    a distinct raw newline, so the map stays strictly increasing.  `joins` (of
    hard-wrapped text: clean/unwrap.py `run_on_lines`) joins a line running on into the
    next by a space, or directly when a word was hyphenated across the break (the
    hyphen dropped, so the map skips it).
    """
    parts: list[str] = []
    cmap: list[int] = []
    joins = joins or {}
    prev: int | None = None  # index in `lines` of the previous kept line
    for i, line in enumerate(lines):
        if line.state != KEEP:
            continue
        if prev is not None:
            first_nl = lines[prev].newline
            join = joins.get(prev, "\n") if i == prev + 1 else "\n\n"
            if join in (" ", "\n"):
                parts.append(join)
                cmap.append(first_nl)
            elif join == "\n\n":
                parts.append("\n\n")
                cmap.append(first_nl)
                cmap.append(lines[i - 1].newline)
        end = line.end - 1 if joins.get(i) == "" else line.end  # ("Re-" / "public": the hyphen dropped)
        parts.append(line.text[:end - line.start])
        cmap.extend(range(line.start, end))
        prev = i
    return "".join(parts), cmap
