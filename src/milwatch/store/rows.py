"""Conversions between records (model.py) and database rows.  No SQL here, only shapes."""

from __future__ import annotations

import json
import re
from typing import Any

from milwatch.model import Article, Event, Origin, Person, compress_map, expand_map

ARTICLE_COLUMNS = (
    "id", "content_hash", "title", "published", "source_url", "source", "lang_hint", "lang",
    "lang_confidence", "paragraph_langs", "text", "clean_text", "clean_map", "extra",
    "origin_path", "origin_line", "origin_offset", "ingested_at",
)
EVENT_COLUMNS = (
    "article_id", "idx", "type", "countries", "actor", "recipient", "mode", "date", "location", "doc_type",
    "areas", "historical", "evidence", "evidence_start", "evidence_end", "plover", "plover_mode",
    "plover_context", "cameo", "rules", "confidence",
)
PERSON_COLUMNS = ("article_id", "idx", "pidx", "name", "aliases", "country", "role", "rank")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


_HOST = re.compile(r"(?:[a-zA-Z][\w+.-]*:)?//(?:[^/?#@]*@)?(\[[^\]]*\]|[^/?#:]+)")


def source_of(url: str | None) -> str | None:
    """The host of a URL, lower-cased, without a leading www. (the 'source' statistics group by)."""
    if not url:
        return None
    match = _HOST.match(url.strip() if "//" in url else "//" + url.strip())
    host = match.group(1).lower() if match else ""
    return host.removeprefix("www.") or None


def article_row(article: Article, digest: str, now: str) -> tuple[Any, ...]:
    origin = article.origin or Origin("")
    cmap = _dumps(compress_map(article.clean_map)) if article.clean_map is not None else None
    langs = _dumps(article.paragraph_langs) if article.paragraph_langs is not None else None
    return (
        article.id, digest, article.title, article.published, article.source_url,
        source_of(article.source_url),
        article.lang_hint, article.lang, article.lang_confidence, langs, article.text, article.clean_text,
        cmap, _dumps(article.extra), origin.path or None, origin.line, origin.offset, now,
    )


def article_from_row(row: Any) -> Article:
    """`row` is a sqlite3.Row (or mapping) with the ARTICLE_COLUMNS."""
    cmap = expand_map(json.loads(row["clean_map"])) if row["clean_map"] is not None else None
    langs = [tuple(x) for x in json.loads(row["paragraph_langs"])] if row["paragraph_langs"] else None
    origin = (Origin(row["origin_path"], row["origin_line"], row["origin_offset"])
              if row["origin_path"] else None)
    return Article(
        id=row["id"], text=row["text"], title=row["title"], published=row["published"],
        source_url=row["source_url"], lang_hint=row["lang_hint"], extra=json.loads(row["extra"] or "{}"),
        origin=origin, clean_text=row["clean_text"], clean_map=cmap, lang=row["lang"],
        lang_confidence=row["lang_confidence"], paragraph_langs=langs,
    )


def event_rows(article_id: str, events: list[Event]) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """(event rows, person rows) of one article's events."""
    rows, persons = [], []
    for idx, e in enumerate(events):
        rows.append((
            article_id, idx, e.type, _dumps(e.countries), _dumps(e.actor),
            _dumps(e.recipient), e.mode, e.date,
            e.location, e.doc_type, _dumps(e.areas), int(e.historical), e.evidence, e.evidence_start,
            e.evidence_end, e.plover, e.plover_mode, e.plover_context, e.cameo, _dumps(e.rules), e.confidence,
        ))
        for pidx, p in enumerate(e.persons):
            persons.append((article_id, idx, pidx, p.name, _dumps(p.aliases), p.country, p.role, p.rank))
    return rows, persons


def event_from_row(row: Any, persons: list[Person]) -> Event:
    return Event(
        type=row["type"], countries=json.loads(row["countries"]), actor=json.loads(row["actor"]),
        recipient=json.loads(row["recipient"]), mode=row["mode"], date=row["date"], location=row["location"],
        doc_type=row["doc_type"], areas=json.loads(row["areas"]), persons=persons,
        historical=bool(row["historical"]), evidence=row["evidence"], evidence_start=row["evidence_start"],
        evidence_end=row["evidence_end"], plover=row["plover"], plover_mode=row["plover_mode"],
        plover_context=row["plover_context"], cameo=row["cameo"], rules=json.loads(row["rules"]),
        confidence=row["confidence"],
    )


def person_from_row(row: Any) -> Person:
    return Person(name=row["name"], aliases=json.loads(row["aliases"]), country=row["country"],
                  role=row["role"], rank=row["rank"])


def dumps(value: Any) -> str:
    return _dumps(value)
