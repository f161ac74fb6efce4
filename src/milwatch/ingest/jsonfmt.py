"""Readers for JSONL and JSON (an array of articles, or a sequence of objects), streaming.

Each record is parsed on its own, so one broken line or object is quarantined
with its line number and raw bytes while the rest of the file is read.  No
record larger than `ReadOptions.max_record_bytes` is ever held in memory.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import BinaryIO

from milwatch.ingest.records import DEEP_REASON, Quarantined, article_from_mapping
from milwatch.ingest.sources import ReadOptions, Record
from milwatch.model import Origin

CHUNK = 64 * 1024
_DECODER = json.JSONDecoder()
_WS = re.compile(r"[ \t\r\n]*")
_NEXT_OBJECT = re.compile(r"\n[ \t\r]*,?[ \t\r]*\{")
# the tokens that delimit an element of an array: whole strings (or a lone quote: a string not yet complete),
# brackets and commas
_BOUNDARY = re.compile(r"\}[ \t\r\n]*,?[ \t\r\n]*(?=\{)")
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|["\[\]{},]')


def _too_large(origin: Origin, head: bytes, size: int, options: ReadOptions) -> Quarantined:
    return Quarantined(origin, f"record too large ({size} bytes > limit {options.max_record_bytes})",
                       head[: options.raw_max], raw_size=size)


def _bounded_lines(stream: BinaryIO, options: ReadOptions) -> Iterator[tuple[int, bytes, int | None]]:
    """(line number, bytes, None) per line; (line number, head, full size) for an oversized line."""
    limit = options.max_record_bytes
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while True:  # skip the rest of the line without keeping it
                chunk = stream.readline(CHUNK)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield number, line[: options.raw_max], size
        else:
            yield number, line, None


def _json_error(exc: json.JSONDecodeError, text: str) -> str:
    if exc.pos >= len(text.rstrip()):
        return "truncated JSON (the record ends inside a value)"
    return f"invalid JSON: {exc.msg} (column {exc.colno})"


def read_jsonl(stream: BinaryIO, path: str, options: ReadOptions) -> Iterator[Record]:
    """One article per line; blank lines are skipped."""
    for number, data, oversized in _bounded_lines(stream, options):
        origin = Origin(path, line=number)
        if oversized is not None:
            yield _too_large(origin, data, oversized, options)
            continue
        if number == 1 and data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8):]
        if not data.strip():
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Quarantined(origin, f"invalid UTF-8 at byte {exc.start} of the line",
                              data[: options.raw_max])
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Quarantined(origin, _json_error(exc, text), data[: options.raw_max])
            continue
        except RecursionError:
            yield Quarantined(origin, DEEP_REASON, data[: options.raw_max], raw_size=len(data))
            continue
        result = article_from_mapping(obj, origin, options.lang)
        if isinstance(result, str):
            yield Quarantined(origin, result, data[: options.raw_max])
        else:
            yield result


class _TextBuffer:
    """Incrementally decoded text of a binary stream, with line counting and bounded growth."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
        self.buf = ""
        self.pos = 0
        self.line = 1
        self.eof = False
        self.base = 0  # characters dropped before buf[0]
        self.line_start = 0  # where the current line starts, in characters from the start of the input

    def fill(self) -> None:
        """Drop what was consumed and read more; chunks grow with the pending text (linear time)."""
        pending = self.buf[self.pos:]
        chunk = self.stream.read(max(CHUNK, len(pending)))
        self.eof = not chunk
        self.base += self.pos
        self.buf = pending + self.decoder.decode(chunk, final=self.eof)
        self.pos = 0

    def advance(self, new_pos: int) -> None:
        newlines = self.buf.count("\n", self.pos, new_pos)
        if newlines:
            self.line += newlines
            self.line_start = self.base + self.buf.rfind("\n", self.pos, new_pos) + 1
        self.pos = new_pos

    def column(self, index: int) -> int:
        """1-based column of buf[index] (which is at or after the current position)."""
        newline = self.buf.rfind("\n", self.pos, index)
        start = self.base + newline + 1 if newline >= 0 else self.line_start
        return self.base + index - start + 1

    def skip_ws(self) -> bool:
        """Skip whitespace; False at the end of the input."""
        while True:
            self.advance(_WS.match(self.buf, self.pos).end())  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                if self.buf.startswith("\ufeff", self.pos):
                    self.pos += 1
                    continue
                return True
            if self.eof:
                return False
            self.fill()

    def pending(self) -> int:
        return len(self.buf) - self.pos


def _raw(text: str, options: ReadOptions) -> bytes:
    return text[: options.raw_max].encode("utf-8", "surrogateescape")[: options.raw_max]


def _element_end(tb: _TextBuffer, limit: int) -> int | None:
    """Index in tb.buf just past the array element starting at tb.pos (found by matching brackets outside
    strings, so broken or deeply nested elements are skipped whole); None when it cannot be found."""
    while True:
        open_: list[str] = []  # the closing bracket each open one expects
        for match in _TOKEN.finditer(tb.buf, tb.pos):
            token = match.group()
            if token == '"':
                break  # a string that is not complete yet
            if token in "[{":
                open_.append("]" if token == "[" else "}")
            elif token in "]}":
                if not open_:
                    return match.start()  # the end of the enclosing array
                if open_.pop() != token:
                    return None  # brackets that do not pair: unbalanced
                if not open_:
                    return match.end()
            elif token == "," and not open_:
                return match.start()
        if tb.eof or tb.pending() > limit:
            return None
        tb.fill()


def _decodes_at(tb: _TextBuffer, index: int, any_value: bool = False) -> bool:
    """An object (with `any_value`, any JSON value; or something too deep or too long to tell) starts
    at tb.buf[index]."""
    try:
        value = _DECODER.raw_decode(tb.buf, index)[0]
        return any_value or isinstance(value, dict)
    except RecursionError:
        return True
    except json.JSONDecodeError as exc:
        return exc.pos >= len(tb.buf) - 1 and not tb.eof


def _ahead(tb: _TextBuffer, index: int, chars: int = CHUNK) -> int:
    """Make sure `chars` characters after tb.buf[index] are loaded (when the input has them); the index
    of the same character afterwards (filling moves the buffer)."""
    while len(tb.buf) - index < chars and not tb.eof:
        offset = index - tb.pos
        tb.fill()
        index = tb.pos + offset
    return index


def _next_ok(tb: _TextBuffer, end: int) -> bool:
    """What follows a skipped element at `end` is the end of the array or a comma and a whole value (an
    object, or a null or a string that is quarantined next: "{X}, null, {...}")."""
    end = _ahead(tb, end)
    nxt = _WS.match(tb.buf, end).end()  # type: ignore[union-attr]
    if nxt >= len(tb.buf) or tb.buf[nxt] == "]":
        return True
    if tb.buf[nxt] != ",":
        return False
    start = _WS.match(tb.buf, nxt + 1).end()  # type: ignore[union-attr]
    return start >= len(tb.buf) or _decodes_at(tb, start, any_value=True)


def _boundary(tb: _TextBuffer, limit: int, tries: int = 1000) -> int | None:
    """Just past the '}' of the first `}, {` after tb.pos where a whole object follows: the end of a broken
    element whose quotes or brackets are unbalanced."""
    start = tb.pos + 1
    while tries > 0:
        match = _BOUNDARY.search(tb.buf, start)
        if match is None:
            if tb.eof or tb.pending() > limit:
                return None
            start -= tb.pos
            tb.fill()
            continue
        tries -= 1
        end_rel, next_rel = match.start() + 1 - tb.pos, match.end() - tb.pos
        nxt = _ahead(tb, tb.pos + next_rel)
        if _decodes_at(tb, nxt):
            return tb.pos + end_rel
        start = nxt
    return None


def _bad_element_end(tb: _TextBuffer, limit: int) -> int | None:
    """The end of the broken element at tb.pos: by matching brackets when what follows reads well, else
    at the next `}, {` followed by a whole object; None when neither is found."""
    end = _element_end(tb, limit)
    if end is not None:
        offset = end - tb.pos
        if _next_ok(tb, end):
            return tb.pos + offset
    found = _boundary(tb, limit)
    if end is None:
        return found
    end = tb.pos + offset
    if found is not None and not (found > end and _comma_object(tb, end)):
        return found
    return end  # brackets balance and another object starts: the next element is broken too


_LINE_THEN_OBJECT = re.compile(r"\n[ \t\r]*,?[ \t\r]*(?=\{)")


def _cut_at_newline(tb: _TextBuffer, exc: Exception) -> int | None:
    """A string cut short by the end of its line ("trunc⏎ {…}"): JSON strings hold no raw line break,
    so the broken element ends there when the next line starts a whole object."""
    if not (isinstance(exc, json.JSONDecodeError) and exc.msg.startswith("Invalid control character")
            and tb.buf.startswith("\n", exc.pos)):
        return None
    match = _LINE_THEN_OBJECT.match(tb.buf, exc.pos)
    if match is None:
        return None
    offset = exc.pos - tb.pos
    nxt = _ahead(tb, match.end())
    return tb.pos + offset if _decodes_at(tb, nxt) else None


def _comma_object(tb: _TextBuffer, end: int) -> bool:
    nxt = _WS.match(tb.buf, end).end()  # type: ignore[union-attr]
    if not tb.buf.startswith(",", nxt):
        return False
    return tb.buf.startswith("{", _WS.match(tb.buf, nxt + 1).end())  # type: ignore[union-attr]


def _resync(tb: _TextBuffer) -> bool:
    """Skip to the next object that starts a line; False when there is none."""
    while True:
        nxt = _NEXT_OBJECT.search(tb.buf, tb.pos + 1)
        if nxt:
            tb.advance(nxt.end() - 1)
            return True
        if tb.eof:
            return False
        tb.advance(max(tb.pos, len(tb.buf) - 1))
        tb.fill()


def read_json(stream: BinaryIO, path: str, options: ReadOptions) -> Iterator[Record]:
    """A JSON array of articles, or objects one after another; each element is parsed alone."""
    tb = _TextBuffer(stream)
    if not tb.skip_ws():
        return
    in_array = tb.buf[tb.pos] == "["
    if in_array:
        tb.advance(tb.pos + 1)
    while True:
        if not tb.skip_ws():
            if in_array:
                yield Quarantined(Origin(path, line=tb.line), "truncated JSON array (no closing ']')")
            return
        if in_array and tb.buf[tb.pos] == "]":
            return
        if in_array and tb.buf[tb.pos] == ",":
            tb.advance(tb.pos + 1)
            continue
        origin = Origin(path, line=tb.line)
        try:
            obj, end = _DECODER.raw_decode(tb.buf, tb.pos)
        except (json.JSONDecodeError, RecursionError) as exc:
            need_more = isinstance(exc, json.JSONDecodeError) and (
                exc.pos >= len(tb.buf) - 1 or exc.msg.startswith("Unterminated string"))
            if need_more and not tb.eof and tb.pending() <= options.max_record_bytes:
                tb.fill()
                continue
            if need_more and not tb.eof:
                reason = f"record too large (more than {options.max_record_bytes} bytes)"
            elif need_more:
                reason = "truncated JSON (the file ends inside a value)"
            else:
                reason = DEEP_REASON if isinstance(exc, RecursionError) else (
                    f"invalid JSON: {exc.msg} (column {tb.column(exc.pos)}; "
                    f"the element starts at column {tb.column(tb.pos)})")
            recoverable = not need_more or tb.eof  # (not a record too large)
            element_end = _cut_at_newline(tb, exc) if recoverable else None
            if element_end is None and recoverable:
                element_end = _bad_element_end(tb, options.max_record_bytes)
            if element_end is not None:
                element_end = max(element_end, tb.pos + 1)  # a stray '}' or ',' is skipped alone
                piece = tb.buf[tb.pos:element_end]
                yield Quarantined(origin, reason, _raw(piece, options),
                                  raw_size=len(piece.encode("utf-8", "surrogateescape")))
                tb.advance(element_end)
                continue
            yield Quarantined(origin, reason, _raw(tb.buf[tb.pos:], options))
            if not _resync(tb):
                return
            continue
        piece = tb.buf[tb.pos:end]
        tb.advance(end)
        try:
            piece.encode("utf-8")
        except UnicodeEncodeError:
            raw = _raw(piece, options)
            yield Quarantined(origin, "invalid UTF-8 in this record", raw)
            continue
        result = article_from_mapping(obj, origin, options.lang)
        if isinstance(result, str):
            yield Quarantined(origin, result, _raw(piece, options))
        else:
            yield result
