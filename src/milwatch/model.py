"""Typed records that flow through the pipeline: the data contract of milwatch.

Every stage takes and returns these records; none of them knows about the
store, the web layer or the CLI.  Field names follow ../shared/eval/GUIDELINES.md.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EventType = Literal["meeting", "agreement", "intent", "exercise", "aid", "support"]
EVENT_TYPES: tuple[str, ...] = ("meeting", "agreement", "intent", "exercise", "aid", "support")
MEETING_MODES: tuple[str, ...] = ("visit", "phone", "multilateral", "third-party")
DOC_TYPES: tuple[str, ...] = (
    "agreement", "memorandum", "protocol", "letter_of_intent", "plan", "declaration", "contract", "other",
)
AREAS: tuple[str, ...] = (
    "training", "education", "defense_industry", "military_trade", "logistics", "technology", "demining",
    "exercises", "peacekeeping", "maritime", "cyber", "intelligence", "medicine", "counterterrorism",
    "border", "other",
)
RANKS: tuple[str, ...] = (
    "general", "colonel_general", "lieutenant_general", "major_general", "brigadier_general",
    "admiral", "vice_admiral", "rear_admiral", "colonel",
)
UNKNOWN_LANG = "und"


@dataclass(slots=True)
class Origin:
    """Where a record came from: file path and 1-based line (or byte offset for binary formats)."""

    path: str
    line: int | None = None
    offset: int | None = None

    def describe(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
        elif self.offset is not None:
            where += f"@{self.offset}"
        return where


@dataclass(slots=True)
class Article:
    """One news article as ingested; `clean_text`/`lang` are filled by the clean and detect stages."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD or None
    source_url: str | None = None
    lang_hint: str | None = None  # language given by the input (metadata or --lang)
    extra: dict[str, Any] = field(default_factory=dict)
    origin: Origin | None = None
    clean_text: str | None = None
    # clean_map[i] = index in `text` of clean_text[i] (same length as clean_text)
    clean_map: list[int] | None = None
    lang: str | None = None
    lang_confidence: float | None = None
    paragraph_langs: list[tuple[int, int, str]] | None = None  # (start, end, lang) over clean_text

    @property
    def body(self) -> str:
        """The text stages should read: cleaned when available."""
        return self.clean_text if self.clean_text is not None else self.text

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `body` back to offsets into the raw `text`."""
        if self.clean_map is None or self.clean_text is None:
            return start, end
        if not self.clean_map:
            return 0, 0
        last = len(self.clean_map) - 1
        raw_start = self.clean_map[min(start, last)]
        raw_end = self.clean_map[min(max(end - 1, 0), last)] + 1
        return raw_start, raw_end


@dataclass(slots=True)
class Person:
    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    role: str | None = None
    rank: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Event:
    """One defense-diplomacy event as stated by one article (a *mention*)."""

    type: str
    countries: list[str]
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    mode: str | None = None
    date: str | None = None
    location: str | None = None
    doc_type: str | None = None
    areas: list[str] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    historical: bool = False
    evidence: str = ""
    evidence_start: int | None = None  # offsets into the raw article text
    evidence_end: int | None = None
    plover: str | None = None
    plover_mode: str | None = None
    plover_context: str | None = None
    cameo: str | None = None
    rules: list[str] = field(default_factory=list)
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_prediction(self) -> dict[str, Any]:
        """The GUIDELINES prediction-format view of this event."""
        return {
            "type": self.type,
            "countries": sorted(self.countries),
            "actor": sorted(self.actor),
            "recipient": sorted(self.recipient),
            "mode": self.mode,
            "date": self.date,
            "location": self.location,
            "doc_type": self.doc_type,
            "areas": list(self.areas),
            "persons": [
                {"name": p.name, "aliases": list(p.aliases), "country": p.country, "role": p.role, "rank": p.rank}
                for p in self.persons
            ],
            "historical": self.historical,
            "evidence": self.evidence,
        }


@dataclass(slots=True)
class Extraction:
    """The result of the extract stage for one article."""

    article_id: str
    events: list[Event] = field(default_factory=list)
    story: str | None = None

    @property
    def relevant(self) -> bool:
        return bool(self.events)

    def to_prediction(self) -> dict[str, Any]:
        return {
            "id": self.article_id,
            "relevant": self.relevant,
            "story": self.story or self.article_id,
            "events": [e.to_prediction() for e in self.events],
        }
