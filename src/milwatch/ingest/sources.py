"""Finding input files, opening them (.gz included), sniffing their format, and reading them safely.

    sources, problems = find_sources(["corpus/", "feed.xml.gz"])
    for source in sources:
        for record in read_source(source, ReadOptions()):
            ...   # Article or Quarantined

`read_source` never raises for bad input: whatever goes wrong inside a file
becomes a `Quarantined` record naming the file and line, and reading goes on
with the next file.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from milwatch.ingest.records import Quarantined
from milwatch.model import Article, Origin

Record = Article | Quarantined

# extension (after any .gz) -> format
EXTENSIONS: dict[str, str] = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl",
    ".json": "json",
    ".txt": "txt", ".text": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed", ".rdf": "feed",
}
FORMATS = ("jsonl", "json", "txt", "html", "feed")
SNIFF_BYTES = 4096
_TEXT_CONTROLS = {7, 8, 9, 10, 11, 12, 13, 27}


@dataclass(slots=True)
class ReadOptions:
    """What readers need to know: the --lang override and the size limits."""

    lang: str | None = None
    max_record_bytes: int = 10 * 1024 * 1024
    raw_max: int = 1024 * 1024  # raw bytes kept per quarantined record


@dataclass(slots=True)
class Source:
    """One input file; `fmt` None means "sniff the content"."""

    path: Path
    size: int
    fmt: str | None = None
    gz: bool = False
    _raw: BinaryIO | None = field(default=None, repr=False)

    @property
    def origin_path(self) -> str:
        return os.path.abspath(self.path)

    def tell(self) -> int:
        """Bytes of the (compressed) file consumed so far; for progress bars."""
        try:
            return self._raw.tell() if self._raw is not None and not self._raw.closed else 0
        except (OSError, ValueError):
            return 0


def format_of(path: Path) -> tuple[str | None, bool]:
    """(format by extension or None, gzipped?)."""
    name = path.name.lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    return EXTENSIONS.get(os.path.splitext(name)[1]), gz


def find_sources(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Source], list[Quarantined]]:
    """Expand files and directories (recursively, sorted, hidden entries skipped) into sources.

    Inside directories only files with a known extension are taken; a file named
    explicitly is always read (its format sniffed when the extension says nothing).
    """
    sources: list[Source] = []
    problems: list[Quarantined] = []
    for given in paths:
        path = Path(given)
        try:
            if path.is_dir():
                for root, dirs, files in os.walk(path, onerror=None):
                    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                    for name in sorted(files):
                        child = Path(root, name)
                        fmt, gz = format_of(child)
                        if fmt and not name.startswith(".") and child.is_file():
                            sources.append(Source(child, child.stat().st_size, fmt, gz))
            elif path.is_file():
                fmt, gz = format_of(path)
                sources.append(Source(path, path.stat().st_size, fmt, gz))
            else:
                problems.append(Quarantined(Origin(os.path.abspath(path)), "no such file or directory"))
        except OSError as exc:
            problems.append(Quarantined(Origin(os.path.abspath(path)), f"cannot read: {exc.strerror or exc}"))
    return sources, problems


def looks_binary(head: bytes) -> bool:
    """NUL bytes or many control characters in the first bytes: not a text format we read."""
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return controls / len(head) > 0.1


def sniff(head: bytes) -> str:
    """Guess the format from the first bytes of a (decompressed) file."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"{"):
        return "jsonl"
    if text.startswith(b"["):
        return "json"
    if text.startswith(b"<"):
        if b"<rss" in text or b"<feed" in text or b"<rdf:rdf" in text:
            return "feed"
        return "html"
    return "txt"


def _readers() -> dict[str, Callable[[BinaryIO, str, ReadOptions], Iterator[Record]]]:
    from milwatch.ingest import feeds, jsonfmt, textfmt

    return {
        "jsonl": jsonfmt.read_jsonl,
        "json": jsonfmt.read_json,
        "txt": textfmt.read_txt,
        "html": textfmt.read_html,
        "feed": feeds.read_feed,
    }


def read_source(source: Source, options: ReadOptions) -> Iterator[Record]:
    """Every record of one file, in order; errors become Quarantined records, never exceptions."""
    where = source.origin_path
    last_line = 0
    try:
        with open(source.path, "rb") as raw:
            source._raw = raw
            gz = source.gz or raw.peek(2)[:2] == b"\x1f\x8b"
            stream: BinaryIO = gzip.GzipFile(fileobj=raw, mode="rb") if gz else raw  # type: ignore[assignment]
            head = stream.read(SNIFF_BYTES)
            stream.seek(0)
            if not head.strip():
                yield Quarantined(Origin(where, line=1 if head else None), "empty file", head)
                return
            if looks_binary(head):
                yield Quarantined(Origin(where), "binary file (not UTF-8 text, JSON, HTML or a feed)",
                                  head, raw_size=source.size)
                return
            fmt = source.fmt or sniff(head)
            reader = _readers()[fmt]
            for record in reader(stream, where, options):
                if record.origin is not None and record.origin.line:
                    last_line = record.origin.line
                yield record
    except (OSError, EOFError, ValueError, UnicodeError) as exc:
        line = last_line + 1 if last_line else None
        yield Quarantined(Origin(where, line=line), f"unreadable input: {type(exc).__name__}: {exc}")
    except Exception as exc:  # a reader bug must not stop the other files  # noqa: BLE001
        line = last_line + 1 if last_line else None
        yield Quarantined(Origin(where, line=line), f"internal error while reading: {type(exc).__name__}: {exc}")
    finally:
        source._raw = None


def read_paths(paths: Iterable[str | os.PathLike[str]], options: ReadOptions | None = None) -> Iterator[Record]:
    """Convenience: every record of every file under `paths`."""
    options = options or ReadOptions()
    sources, problems = find_sources(paths)
    yield from problems
    for source in sources:
        yield from read_source(source, options)
