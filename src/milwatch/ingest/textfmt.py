"""Readers for one-article files: plain text and HTML pages.

Plain text keeps the file content exactly as `text` (so offsets point into what
the user gave); its first line is the title when it looks like one.  HTML goes
through trafilatura for the main text, title and URL, and htmldate (through
trafilatura's metadata) for the publication date.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import BinaryIO

from milwatch.ingest.records import Quarantined, content_hash, content_id, normalize_date, split_title
from milwatch.ingest.sources import ReadOptions, Record
from milwatch.model import Article, Origin

LEGACY_MAX_CHAOS = 5.0  # charset-normalizer "mess" (%) above which a guessed legacy encoding is not trusted
LEGACY_MIN_COHERENCE = 30.0  # and the share (%) of the text that must look like a known language
_BLOCK_TAGS = re.compile(r"(?i)<\s*(br|/p|/div|/li|/h[1-6]|/tr|/blockquote)\b[^>]*>")


def read_whole(stream: BinaryIO, path: str, options: ReadOptions,
               limit: int | None = None) -> bytes | Quarantined:
    """The whole file, or a Quarantined record when it exceeds `limit` (default: the record size limit)."""
    limit = options.max_record_bytes if limit is None else limit
    data = stream.read(limit + 1)
    if len(data) <= limit:
        return data
    size = len(data)
    while chunk := stream.read(1024 * 1024):
        size += len(chunk)
    return Quarantined(Origin(path), f"record too large ({size} bytes > limit {limit})",
                       data[: options.raw_max], raw_size=size)


def decode_utf8(data: bytes, path: str, options: ReadOptions) -> str | Quarantined:
    """Strict UTF-8 (a BOM is dropped); broken bytes quarantine the record, naming the line."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return Quarantined(Origin(path, line=line), f"invalid UTF-8 at byte {exc.start}",
                           data[: options.raw_max], raw_size=len(data))


def legacy_decode(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) of bytes that are not UTF-8, when charset-normalizer is confident: little mess,
    text that looks like a language, and no other encoding as likely that gives another text."""
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None or best.percent_chaos > LEGACY_MAX_CHAOS or best.percent_coherence < LEGACY_MIN_COHERENCE:
        return None
    text = str(best)
    for other in results:
        if other is not best and other.percent_chaos <= best.percent_chaos + 0.5 \
                and other.percent_coherence >= best.percent_coherence - 1.0 and str(other) != text:
            return None  # a tie between encodings that read the bytes differently: not confident
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return None


def read_txt(stream: BinaryIO, path: str, options: ReadOptions) -> Iterator[Record]:
    """One article per file; the id is the content hash."""
    data = read_whole(stream, path, options)
    if isinstance(data, Quarantined):
        yield data
        return
    text = decode_utf8(data, path, options)
    extra: dict[str, str] = {}
    if isinstance(text, Quarantined):
        legacy = legacy_decode(data)
        if legacy is None:
            yield text
            return
        text, extra["encoding"] = legacy
    if not text.strip():
        yield Quarantined(Origin(path, line=1), "empty file", data[: options.raw_max])
        return
    yield Article(id=content_id(content_hash(text)), text=text, title=split_title(text),
                  lang_hint=options.lang, extra=extra, origin=Origin(path, line=1))


def html_to_text(fragment: str) -> str:
    """Text of a small HTML fragment (feed item content): block ends become line breaks."""
    import lxml.html

    marked = _BLOCK_TAGS.sub(lambda m: m.group(0) + "\n", fragment)
    try:
        text = lxml.html.fromstring(marked).text_content()
    except Exception:  # lxml raises several types on junk  # noqa: BLE001
        text = re.sub(r"<[^>]+>", " ", marked)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def read_html(stream: BinaryIO, path: str, options: ReadOptions) -> Iterator[Record]:
    """One article per page: trafilatura main text, title, URL and date."""
    data = read_whole(stream, path, options)
    if isinstance(data, Quarantined):
        yield data
        return
    import trafilatura

    doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        yield Quarantined(Origin(path), "no article text found in the HTML page", data[: options.raw_max],
                          raw_size=len(data))
        return
    published, _error = normalize_date(getattr(doc, "date", None))  # a bad page date is just unknown
    extra = {k: v for k in ("author", "sitename", "description")
             if (v := getattr(doc, k, None))}
    yield Article(id=content_id(content_hash(text)), text=text, title=getattr(doc, "title", None) or None,
                  published=published, source_url=getattr(doc, "url", None) or None,
                  lang_hint=options.lang, extra=extra, origin=Origin(path))
