"""Text on top of a binary stream without closing the stream underneath."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from milwatch.export._cells import json_text


@contextmanager
def text_stream(out: BinaryIO, newline: str | None = None) -> Iterator[io.TextIOWrapper]:
    """A UTF-8 text view of `out`, flushed and detached (not closed) at the end."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline=newline, write_through=False)
    try:
        yield text
    finally:
        text.flush()
        text.detach()


def write_json_lines(rows: Iterable[Any], out: BinaryIO) -> int:
    """One JSON object per line (UTF-8, not ASCII-escaped) into `out`; returns the row count."""
    n = 0
    with text_stream(out, newline="\n") as text:
        for row in rows:
            text.write(json_text(row) + "\n")
            n += 1
    return n


def write_json_array(rows: Iterable[Any], out: BinaryIO) -> int:
    """One JSON array, an element per line, written as the rows come (nothing held in memory)."""
    n = 0
    with text_stream(out, newline="\n") as text:
        text.write("[")
        for row in rows:
            text.write(("," if n else "") + "\n" + json_text(row))
            n += 1
        text.write("\n]\n")
    return n


def dump_json_lines(rows: Iterable[Any], path: Path) -> int:
    """`write_json_lines` into a file (parent folders created)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        return write_json_lines(rows, out)
