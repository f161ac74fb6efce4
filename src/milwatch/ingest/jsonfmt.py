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

from milwatch.ingest.records import Quarantined, article_from_mapping
from milwatch.ingest.sources import ReadOptions, Record
from milwatch.model import Origin

CHUNK = 64 * 1024
_DECODER = json.JSONDecoder()
_WS = re.compile(r"[ \t\r\n]*")
_NEXT_OBJECT = re.compile(r"\n[ \t\r]*,?[ \t\r]*\{")


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
            yield Quarantined(origin, f"invalid UTF-8 at byte {exc.start} of the line", data[: options.raw_max])
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Quarantined(origin, _json_error(exc, text), data[: options.raw_max])
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

    def fill(self) -> None:
        """Drop what was consumed and read more; chunks grow with the pending text (linear time)."""
        pending = self.buf[self.pos:]
        chunk = self.stream.read(max(CHUNK, len(pending)))
        self.eof = not chunk
        self.buf = pending + self.decoder.decode(chunk, final=self.eof)
        self.pos = 0

    def advance(self, new_pos: int) -> None:
        self.line += self.buf.count("\n", self.pos, new_pos)
        self.pos = new_pos

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
        except json.JSONDecodeError as exc:
            need_more = exc.pos >= len(tb.buf) - 1 or exc.msg.startswith("Unterminated string")
            if need_more and not tb.eof and tb.pending() <= options.max_record_bytes:
                tb.fill()
                continue
            if need_more and not tb.eof:
                reason = f"record too large (more than {options.max_record_bytes} bytes)"
            elif need_more:
                reason = "truncated JSON (the file ends inside a value)"
            else:
                reason = f"invalid JSON: {exc.msg}"
            bad = _raw(tb.buf[tb.pos:], options)
            yield Quarantined(origin, reason, bad)
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
