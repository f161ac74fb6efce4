"""Text on top of a binary stream without closing the stream underneath."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO


@contextmanager
def text_stream(out: BinaryIO, newline: str | None = None) -> Iterator[io.TextIOWrapper]:
    """A UTF-8 text view of `out`, flushed and detached (not closed) at the end."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline=newline, write_through=False)  # type: ignore[arg-type]
    try:
        yield text
    finally:
        text.flush()
        text.detach()
