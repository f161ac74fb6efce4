"""Reader for RSS and Atom feeds (feedparser): one article per item that carries content."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from datetime import date
from email.utils import parsedate_tz
from typing import Any, BinaryIO

from milwatch.ingest.records import Quarantined, content_hash, content_id
from milwatch.ingest.sources import ReadOptions, Record
from milwatch.ingest.textfmt import html_to_text, read_whole
from milwatch.model import Article, Origin

_ISO_START = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_ITEM_TAG = re.compile(rb"<(?:[\w-]+:)?(?:item|entry)[\s>/]", re.IGNORECASE)


def _item_lines(data: bytes) -> list[int]:
    """1-based line of every <item>/<entry> start tag, in document order."""
    lines, last, line = [], 0, 1
    for match in _ITEM_TAG.finditer(data):
        line += data.count(b"\n", last, match.start())
        last = match.start()
        lines.append(line)
    return lines


def _content(entry: Any) -> str:
    """The item's full content, else its summary, as plain text."""
    for part in entry.get("content") or []:
        value = part.get("value") or ""
        if value.strip():
            return html_to_text(value) if "html" in (part.get("type") or "html") else value.strip()
    summary = entry.get("summary") or ""
    if summary.strip():
        detail = entry.get("summary_detail") or {}
        return html_to_text(summary) if "html" in (detail.get("type") or "html") else summary.strip()
    return ""


def _no_such_day(raw: str) -> bool:
    """True when the date as written names a day that does not exist (2024-13-99, 30 Feb): feedparser
    would roll it over into another day."""
    match = _ISO_START.match(raw)
    parts = (int(match[1]), int(match[2]), int(match[3])) if match else None
    if parts is None:
        parsed = parsedate_tz(raw)
        parts = (parsed[0], parsed[1], parsed[2]) if parsed else None
    if parts is None:
        return False
    try:
        date(*parts)
    except ValueError:
        return True
    return False


def _day(entry: Any) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD or None, a note when the item has a date that cannot be used)."""
    for key in ("published", "updated"):
        raw, parsed = entry.get(key), entry.get(key + "_parsed")
        if not raw and not parsed:
            continue
        if isinstance(raw, str) and raw.strip() and (not parsed or _no_such_day(raw)):
            return None, f"the feed date {raw.strip()[:100]!r} is not a valid date: article kept undated"
        try:
            return time.strftime("%Y-%m-%d", parsed), None
        except (TypeError, ValueError):
            return None, None
    return None, None


def read_feed(stream: BinaryIO, path: str, options: ReadOptions) -> Iterator[Record]:
    """Items with content become articles (id = content hash, guid kept in extra)."""
    data = read_whole(stream, path, options, limit=options.max_feed_bytes)
    if isinstance(data, Quarantined):
        yield data
        return
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        problem = feed.get("bozo_exception")
        reason = f"not a readable RSS/Atom feed: {problem}" if problem else "feed has no items"
        yield Quarantined(Origin(path), reason, data[: options.raw_max], raw_size=len(data))
        return
    lines = _item_lines(data)
    lines = lines if len(lines) == len(feed.entries) else []
    for index, entry in enumerate(feed.entries):
        origin = Origin(path, line=lines[index] if lines else None)
        text = _content(entry)
        if not text.strip():
            raw = json.dumps({k: entry.get(k) for k in ("id", "title", "link")}, ensure_ascii=False)
            yield Quarantined(origin, "feed item without content", raw.encode("utf-8"))
            continue
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > options.max_record_bytes:  # the record limit applies to each item, not to the whole feed
            yield Quarantined(origin, f"record too large ({size} bytes > limit {options.max_record_bytes})",
                              text.encode("utf-8", "surrogatepass")[: options.raw_max], raw_size=size)
            continue
        extra = {"guid": entry["id"]} if entry.get("id") else {}
        if feed.feed.get("title"):
            extra["feed"] = feed.feed["title"]
        if feed.feed.get("language"):  # CMS defaults make this unreliable: kept, not trusted
            extra["feed_language"] = feed.feed["language"]
        published, note = _day(entry)
        if note:
            extra["date_note"] = note
        yield Article(id=content_id(content_hash(text)), text=text,
                      title=(entry.get("title") or "").strip() or None, published=published,
                      source_url=entry.get("link") or None, lang_hint=options.lang,
                      extra=extra, origin=origin)
