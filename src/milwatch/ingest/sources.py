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

import errno
import gzip
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from milwatch.ingest.records import Quarantined
from milwatch.ingest.streams import Prefixed, Recorder, buffered, display_path, valid_text
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
STDIN_ARG = "-"
STDIN_NAME = "<stdin>"
_TEXT_CONTROLS = {7, 8, 9, 10, 11, 12, 13, 27}


@dataclass(slots=True)
class ReadOptions:
    """What readers need to know: the --lang override and the size limits."""

    lang: str | None = None
    max_record_bytes: int = 10 * 1024 * 1024
    max_feed_bytes: int = 256 * 1024 * 1024  # a whole RSS/Atom file (each item has the record limit)
    raw_max: int = 1024 * 1024  # raw bytes kept per quarantined record


@dataclass(slots=True)
class Source:
    """One input: a file, a FIFO or standard input (path `-`); `fmt` None means "sniff the content"."""

    path: Path
    size: int
    fmt: str | None = None
    gz: bool = False
    stdin: bool = False
    _raw: Recorder | None = field(default=None, repr=False)

    @property
    def origin_path(self) -> str:
        """The path as stored with every record: absolute, valid Unicode, `<stdin>` for standard input."""
        return STDIN_NAME if self.stdin else display_path(os.path.abspath(self.path))

    def tell(self) -> int:
        """Bytes of the (compressed) input consumed so far; for progress bars."""
        return self._raw.count if self._raw is not None else 0


@dataclass(slots=True)
class SourceScan:
    """What the paths given hold: inputs to read, problems (quarantined: a path that does not exist or
    cannot be read) and entries of directories that are not read, each with why (reported as warnings)."""

    sources: list[Source] = field(default_factory=list)
    problems: list[Quarantined] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def format_of(path: Path) -> tuple[str | None, bool]:
    """(format by extension or None, gzipped?)."""
    name = path.name.lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    return EXTENSIONS.get(os.path.splitext(name)[1]), gz


def _link_problem(path: Path) -> str:
    """Why a path that is no file, directory or pipe cannot be read."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        if path.is_symlink():
            return f"dangling symbolic link (to {display_path(os.readlink(path))})"
        if exc.errno == errno.ENOENT:
            return "no such file or directory"
        return f"cannot read: {exc.strerror or exc}"
    if _is_stream(path):
        return "a pipe or device inside a directory (name it explicitly to read it)"
    return "not a regular file, directory or pipe"


def _is_stream(path: Path) -> bool:
    """A FIFO (`<(...)`, mkfifo) or a character device (/dev/stdin on a terminal)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def _walk(root: Path, scan: SourceScan) -> None:
    """Files of a directory tree, following symbolic links to directories once each (loops are reported)."""
    seen: set[tuple[int, int]] = set()

    def on_error(exc: OSError) -> None:
        where = display_path(os.path.abspath(exc.filename or root))
        scan.problems.append(Quarantined(Origin(where), f"cannot read directory: {exc.strerror or exc}"))

    for here, dirs, files in os.walk(root, onerror=on_error, followlinks=True):
        info = os.stat(here)
        seen.add((info.st_dev, info.st_ino))
        kept = []
        for name in sorted(d for d in dirs if not d.startswith(".")):
            child = Path(here, name)
            try:
                info = os.stat(child)
            except OSError:
                scan.skipped.append((display_path(child), _link_problem(child)))
                continue
            if (info.st_dev, info.st_ino) in seen:
                scan.skipped.append((display_path(child), "symbolic link loop (a directory already read)"))
                continue
            kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            if name.startswith("."):
                continue
            child = Path(here, name)
            fmt, gz = format_of(child)
            if not child.is_file():
                scan.skipped.append((display_path(child), _link_problem(child)))
            elif fmt is None:
                scan.skipped.append((display_path(child), "unknown extension"))
            else:
                scan.sources.append(Source(child, child.stat().st_size, fmt, gz))


def scan_paths(paths: Iterable[str | os.PathLike[str]]) -> SourceScan:
    """Expand files, directories (recursively, sorted, hidden entries skipped), FIFOs and `-` (standard
    input) into sources.

    Inside directories only files with a known extension are taken, the others are listed in `skipped`
    with why (unknown extension, dangling link, link loop); a file named explicitly is always read (its
    format sniffed when the extension says nothing).
    """
    scan = SourceScan()
    for given in paths:
        path = Path(given)
        try:
            if os.fspath(given) == STDIN_ARG:
                scan.sources.append(Source(path, 0, stdin=True))
            elif path.is_dir():
                _walk(path, scan)
            elif path.is_file():
                fmt, gz = format_of(path)
                scan.sources.append(Source(path, path.stat().st_size, fmt, gz))
            elif _is_stream(path):
                fmt, gz = format_of(path)
                scan.sources.append(Source(path, 0, fmt, gz))
            else:
                where = Origin(display_path(os.path.abspath(path)))
                scan.problems.append(Quarantined(where, _link_problem(path)))
        except OSError as exc:
            scan.problems.append(Quarantined(Origin(display_path(os.path.abspath(path))),
                                             valid_text(f"cannot read: {exc.strerror or exc}")))
    return scan


def find_sources(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Source], list[Quarantined]]:
    """(sources, problems) of `scan_paths`, without the list of skipped directory entries."""
    scan = scan_paths(paths)
    return scan.sources, scan.problems


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


def _looks_json(head: bytes) -> bool:
    """JSON, or JSON Lines with most lines objects (a first line that is not does not decide)."""
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"[")):
        return True
    lines = [line.strip() for line in head.split(b"\n")[:-1] if line.strip()]
    return bool(lines) and 2 * sum(line.startswith(b"{") for line in lines) > len(lines)


def read_source(source: Source, options: ReadOptions) -> Iterator[Record]:
    """Every record of one input, in order; errors become Quarantined records, never exceptions.

    The input is read forward only (pipes and standard input work like files)."""
    where = source.origin_path
    last_line = 0
    gz = source.gz
    recorder: Recorder | None = None
    with ExitStack() as stack:
        try:
            inner: BinaryIO = (sys.stdin.buffer if source.stdin
                               else stack.enter_context(open(source.path, "rb")))
            recorder = source._raw = Recorder(inner, options.raw_max)
            raw = buffered(recorder)
            gz = gz or raw.peek(2)[:2] == b"\x1f\x8b"  # type: ignore[attr-defined]
            stream: BinaryIO = gzip.GzipFile(fileobj=raw, mode="rb") if gz else raw  # type: ignore[assignment]
            head = stream.read(SNIFF_BYTES)
            if not head.strip():
                yield Quarantined(Origin(where, line=1 if head else None), "empty file", head)
                return
            fmt = source.fmt or sniff(head)
            if not (fmt in ("jsonl", "json") and _looks_json(head)) and looks_binary(head):
                # JSON is judged record by record: one NUL byte in a line does not make the file binary
                yield Quarantined(Origin(where), "binary file (not UTF-8 text, JSON, HTML or a feed)",
                                  head, raw_size=source.size or None)
                return
            reader = _readers()[fmt]
            for record in reader(buffered(Prefixed(head, stream)), where, options):
                if record.origin is not None and record.origin.line:
                    last_line = record.origin.line
                yield record
        except (OSError, EOFError, ValueError, UnicodeError, zlib.error) as exc:
            line = last_line + 1 if last_line else None
            # a broken compressed file keeps its (compressed) bytes, bounded
            kept = recorder.fill_head() if gz and recorder is not None else b""
            size = (source.size or recorder.count) if kept and recorder is not None else None
            reason = valid_text(f"unreadable input: {type(exc).__name__}: {exc}")
            yield Quarantined(Origin(where, line=line), reason, kept, raw_size=size)
        except Exception as exc:  # a reader bug must not stop the other files  # noqa: BLE001
            line = last_line + 1 if last_line else None
            yield Quarantined(Origin(where, line=line),
                              valid_text(f"internal error while reading: {type(exc).__name__}: {exc}"))
        finally:
            source._raw = None


def read_paths(paths: Iterable[str | os.PathLike[str]],
               options: ReadOptions | None = None) -> Iterator[Record]:
    """Convenience: every record of every file under `paths`."""
    options = options or ReadOptions()
    sources, problems = find_sources(paths)
    yield from problems
    for source in sources:
        yield from read_source(source, options)
