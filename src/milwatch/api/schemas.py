"""Response shapes of the API (they document the OpenAPI schema; extra fields pass through)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class PersonRef(_Open):
    name: str
    aliases: list[str] = []
    country: str | None = None
    role: str | None = None
    rank: str | None = None
    person_id: str | None = None


class Event(_Open):
    id: str
    article_id: str
    idx: int
    type: str
    countries: list[str]
    actor: list[str]
    recipient: list[str]
    mode: str | None
    date: str | None
    location: str | None
    doc_type: str | None
    areas: list[str]
    historical: bool
    persons: list[PersonRef]
    evidence: str
    evidence_start: int | None
    evidence_end: int | None
    plover: str | None
    plover_mode: str | None
    plover_context: str | None
    cameo: str | None
    confidence: float
    lang: str | None
    published: str | None
    title: str | None
    source_url: str | None
    source: str | None
    story: str | None


class ArticleSummary(_Open):
    id: str
    title: str | None
    lang: str | None
    published: str | None
    source: str | None
    source_url: str | None
    story: str | None
    extracted: bool
    relevant: bool
    events: int


class StorySummary(_Open):
    id: str
    articles: int
    langs: list[str]
    first_published: str | None
    last_published: str | None
    title: str | None
    events: int
    type: str | None
    countries: list[str]
    date: str | None


class PersonSummary(_Open):
    id: str
    name: str
    country: str | None
    aliases: list[str]
    first_seen: str | None
    last_seen: str | None
    mentions: int


class SearchHit(_Open):
    id: str
    title: str | None
    lang: str | None
    published: str | None
    story: str | None
    snippet: str
    snippet_parts: list[tuple[str, bool]]


class Country(_Open):
    code: str
    name: str
    events: int
    by_type: dict[str, int]


class Pair(_Open):
    a: str
    b: str
    events: int
    by_type: dict[str, int]


class _Page(_Open):
    next: str | None = None
    total: int | None = None


class EventPage(_Page):
    items: list[Event]


class ArticlePage(_Page):
    items: list[ArticleSummary]


class StoryPage(_Page):
    items: list[StorySummary]


class PersonPage(_Page):
    items: list[PersonSummary]


class SearchPage(_Page):
    items: list[SearchHit]


class IngestResult(_Open):
    read: int
    stored: int
    already_stored: int
    duplicates: int
    near_duplicates: int
    quarantined: int
    problems: list[dict[str, Any]]
    ids: list[str]
    extracted: int
    events: int
    stories: int
