"""Byte streams for the readers: any input (file, FIFO, pipe, stdin) read forward only, never seeked.

`Recorder` counts what was read (progress) and keeps the first bytes (what a
quarantine row keeps when a compressed file turns out broken); `Prefixed` puts
back the bytes read to sniff the format, so pipes are read exactly like files.
"""

from __future__ import annotations

import io
import os
from typing import BinaryIO

from milwatch.model import valid_text  # the stored form of a file name or reason lives in model

BUFFER = 64 * 1024


class Recorder(io.RawIOBase):
    """Reads `inner` forward, counting bytes and keeping the first `keep` of them."""

    def __init__(self, inner: BinaryIO, keep: int) -> None:
        super().__init__()
        self.inner, self.keep = inner, keep
        self.head = bytearray()
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.inner.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.count += n
        if len(self.head) < self.keep:
            self.head += data[: self.keep - len(self.head)]
        return n

    def tell(self) -> int:
        return self.count

    def fill_head(self) -> bytes:
        """Read on (up to the `keep` limit) so `head` holds as much of the input as kept; returns it."""
        try:
            while len(self.head) < self.keep:
                data = self.inner.read(min(BUFFER, self.keep - len(self.head)))
                if not data:
                    break
                self.count += len(data)
                self.head += data
        except (OSError, ValueError):
            pass
        return bytes(self.head)


class Prefixed(io.RawIOBase):
    """`prefix`, then the rest of `inner`."""

    def __init__(self, prefix: bytes, inner: BinaryIO) -> None:
        super().__init__()
        self.prefix, self.inner = memoryview(prefix), inner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self.prefix:
            n = min(len(buffer), len(self.prefix))
            buffer[:n] = self.prefix[:n]
            self.prefix = self.prefix[n:]
            return n
        data = self.inner.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def buffered(raw: io.RawIOBase) -> BinaryIO:
    return io.BufferedReader(raw, BUFFER)


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as valid Unicode text: bytes of a file name that are not UTF-8 become `\\xe9` escapes."""
    return valid_text(os.fspath(path))
