"""What a poll finds: the items of a feed or the article links of a page, and the articles they make.

An item travels as a plain JSON-able dict (kept in the store while it waits), so a
run killed between finding an item and storing its article picks it up again:

    {"key": guid | link | hash, "url": link, "title", "published", "text": feed text,
     "extra": {...}, "follow": bool, "quarantine": reason | None, "raw": text kept for quarantine}
"""

from __future__ import annotations

import hashlib
import io
import re
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from milwatch.ingest import Quarantined, ReadOptions, content_hash, content_id, normalize_date
from milwatch.ingest.feeds import read_feed
from milwatch.model import Article, Origin
from milwatch.monitor.config import SourceConfig

Item = dict[str, Any]
NO_CONTENT = "feed item without content"
_MAX_KEY = 2000  # characters of an item key (a guid can be anything)


def _key(entry: Any, text: str) -> str:
    for name in ("id", "link"):
        value = (entry.get(name) or "").strip()
        if value:
            return value[:_MAX_KEY]
    return "sha256:" + hashlib.sha256(((entry.get("title") or "") + "\x1f" + text).encode("utf-8",
                                                                                       "surrogatepass")).hexdigest()


def _wants_follow(source: SourceConfig, entry: Any, text: str, link: str | None) -> bool:
    if not link or source.follow == "never" or urlsplit(link).scheme not in ("http", "https"):
        return False
    if source.follow == "always":
        return True
    has_content = any((part.get("value") or "").strip() for part in entry.get("content") or [])
    return not has_content and len(text) < source.follow_below


def feed_items(body: bytes, source: SourceConfig, url: str,
               options: ReadOptions) -> tuple[list[Item], Quarantined | None]:
    """The items of a feed body (read by the ingest reader), or the quarantined feed when it has none."""
    import feedparser

    records = list(read_feed(io.BytesIO(body), url, options))
    entries = feedparser.parse(body).entries
    if not entries or len(records) != len(entries):
        whole = next((r for r in records if isinstance(r, Quarantined)), None)
        return [], whole or Quarantined(Origin(url), "feed could not be read item by item",
                                        body[: options.raw_max], raw_size=len(body))
    items: list[Item] = []
    for entry, record in zip(entries, records, strict=True):
        link = (entry.get("link") or "").strip() or None
        if link:
            link = urljoin(url, link)
        item: Item = {"url": link, "title": (entry.get("title") or "").strip() or None, "published": None,
                      "text": "", "extra": {}, "follow": False, "quarantine": None, "raw": None}
        if isinstance(record, Article):
            item.update(text=record.text, title=record.title, published=record.published, extra=record.extra)
        elif record.reason != NO_CONTENT:  # too large, unreadable: kept as the reader judged it
            item.update(quarantine=record.reason, raw=record.raw.decode("utf-8", "replace"))
        item["key"] = _key(entry, item["text"])
        item["extra"] = {k: v for k, v in item["extra"].items() if isinstance(v, str | int | float | bool)}
        if item["quarantine"] is None:
            item["follow"] = _wants_follow(source, entry, item["text"], link)
            if not item["follow"] and not item["text"].strip():
                item.update(quarantine=NO_CONTENT + (" and no link to follow" if not link else ""),
                            raw=record.raw.decode("utf-8", "replace")
                            if isinstance(record, Quarantined) else "")
        items.append(item)
    return items, None


def page_items(body: bytes, source: SourceConfig, url: str) -> tuple[list[Item], Quarantined | None]:
    """The article links of a web page (`links` pattern), each to be followed."""
    import lxml.html

    try:
        doc = lxml.html.fromstring(body)
    except (ValueError, lxml.etree.ParserError) as exc:
        return [], Quarantined(Origin(url), f"not a readable web page: {exc}", body[:1 << 20],
                               raw_size=len(body))
    pattern = re.compile(source.links or ".")
    items: list[Item] = []
    seen: set[str] = set()
    for anchor in doc.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href:
            continue
        link = urldefrag(urljoin(url, href))[0]
        if urlsplit(link).scheme not in ("http", "https") or link in seen or not pattern.search(link):
            continue
        seen.add(link)
        title = " ".join(anchor.text_content().split()) or None
        items.append({"key": link[:_MAX_KEY], "url": link, "title": title, "published": None, "text": "",
                      "extra": {}, "follow": True, "quarantine": None, "raw": None})
    return items, None


def page_text(html: bytes, url: str) -> tuple[str, str | None, str | None]:
    """(article text, title, YYYY-MM-DD) of a web page by trafilatura; text '' when none was found."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if doc is None:
        return "", None, None
    text = (getattr(doc, "text", None) or "").strip()
    published, _error = normalize_date(getattr(doc, "date", None))
    return text, getattr(doc, "title", None), published


def origin_of(source: SourceConfig, item: Item) -> Origin:
    """Where an item's article came from: its page, or the feed and the item's key (stable across polls)."""
    return Origin(item.get("url") or f"{source.url}#{item['key']}")


def item_record(source: SourceConfig, item: Item, max_record_bytes: int,
                raw_max: int) -> Article | Quarantined:
    """The article an item makes, or its quarantine record."""
    origin = origin_of(source, item)
    if item.get("quarantine"):
        raw = (item.get("raw") or "").encode("utf-8", "replace")
        return Quarantined(origin, item["quarantine"], raw[:raw_max], raw_size=len(raw))
    text = item["text"]
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_record_bytes:
        return Quarantined(origin, f"record too large ({size} bytes > limit {max_record_bytes})",
                           text.encode("utf-8", "surrogatepass")[:raw_max], raw_size=size)
    extra = dict(item.get("extra") or {})
    extra["watch_source"] = source.name
    if item.get("followed"):
        extra["followed"] = True
    return Article(id=content_id(content_hash(text)), text=text, title=item.get("title"),
                   published=item.get("published"), source_url=item.get("url"), lang_hint=source.lang,
                   extra=extra, origin=origin)
