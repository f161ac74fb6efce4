"""Typed records that flow through the pipeline: the data contract of milwatch.

Every stage takes and returns these records; none of them knows about the
store, the web layer or the CLI.  Field names follow ../shared/eval/GUIDELINES.md.
"""

from __future__ import annotations

import dataclasses
import hashlib
import unicodedata
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


DATE_FROM_PUBLICATION = "date:published"  # the rule tag of an event dated by its article's publication day


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

    @property
    def dated_by_publication(self) -> bool:
        """Was `date` taken from the article's publication day (no date in its sentence)?"""
        return DATE_FROM_PUBLICATION in self.rules

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
                {"name": p.name, "aliases": list(p.aliases), "country": p.country,
                 "role": p.role, "rank": p.rank}
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


# --- World model: officials, canonical events, conflicts, stories (resolve/ and cluster/ stages) ---


def _person_from_dict(d: dict[str, Any]) -> Person:
    return Person(
        name=d["name"], aliases=list(d.get("aliases") or []), country=d.get("country"),
        role=d.get("role"), rank=d.get("rank"),
    )


def event_from_dict(d: dict[str, Any]) -> Event:
    """Rebuild an Event from `Event.to_dict()` (or a gold/prediction event dict)."""
    known = set(Event.__dataclass_fields__)
    kwargs = {k: v for k, v in d.items() if k in known and k != "persons"}
    kwargs.setdefault("countries", [])
    return Event(**kwargs, persons=[_person_from_dict(p) for p in d.get("persons") or []])


@dataclass(slots=True)
class Attribution:
    """A value sources used for a person (a role, a rank) and the span of dates in which they used it."""

    value: str
    first_seen: str | None = None
    last_seen: str | None = None
    count: int = 0


@dataclass(slots=True)
class CanonicalPerson:
    """One real-world official with every spelling seen for them."""

    id: str
    name: str
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[Attribution] = field(default_factory=list)
    ranks: list[Attribution] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None
    mentions: int = 0
    langs: list[str] = field(default_factory=list)
    known: bool = False  # loaded from the user's officials file: its name and country are not overridden

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CanonicalPerson:
        fields_ = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        for key in ("roles", "ranks"):
            fields_[key] = [Attribution(**a) for a in d.get(key) or []]
        return cls(**fields_)


@dataclass(slots=True)
class Mention:
    """One article's statement of an event: the unit the event merge works on."""

    article_id: str
    event: Event
    lang: str | None = None
    published: str | None = None
    source: str | None = None  # source domain; mentions from one source are not independent evidence
    index: int = 0  # position of the event in its article's event list

    @property
    def key(self) -> str:
        return f"{self.article_id}#{self.index}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        return cls(
            article_id=d["article_id"], event=event_from_dict(d["event"]), lang=d.get("lang"),
            published=d.get("published"), source=d.get("source"), index=int(d.get("index") or 0),
        )


@dataclass(slots=True)
class Attestation:
    """Who said a value: an article, its language and the sentence."""

    article_id: str
    lang: str | None = None
    evidence: str = ""
    evidence_start: int | None = None
    evidence_end: int | None = None


@dataclass(slots=True)
class Conflict:
    """Mentions of one canonical event disagree on `field`; `values` maps each value to who said it.

    `field` is one of doc_type, date, location, mode, role, rank; for role and rank `person`
    names the official (canonical id when a registry was given, else the name).
    """

    field: str
    values: dict[str, list[Attestation]] = dataclasses.field(default_factory=dict)  # `field` is shadowed
    person: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Conflict:
        values = {v: [Attestation(**a) for a in atts] for v, atts in (d.get("values") or {}).items()}
        return cls(field=d["field"], values=values, person=d.get("person"))


@dataclass(slots=True)
class CanonicalEvent:
    """One real-world event with every mention of it; field values are the sources' consensus."""

    id: str
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
    person_ids: list[str] = field(default_factory=list)  # filled when a registry is given
    historical: bool = False  # only background mentions, no article reports it as news
    mentions: list[Mention] = field(default_factory=list)
    sources: int = 0  # independent sources (distinct source domains, else distinct articles)
    confidence: float = 0.0
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def article_ids(self) -> list[str]:
        return sorted({m.article_id for m in self.mentions})

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CanonicalEvent:
        fields_ = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        fields_["persons"] = [_person_from_dict(p) for p in d.get("persons") or []]
        fields_["mentions"] = [Mention.from_dict(m) for m in d.get("mentions") or []]
        fields_["conflicts"] = [Conflict.from_dict(c) for c in d.get("conflicts") or []]
        return cls(**fields_)


@dataclass(slots=True)
class Story:
    """Articles, in any language, that mainly report the same real-world event."""

    id: str
    articles: list[str] = field(default_factory=list)
    type: str | None = None  # of the main event of the story's first article (by id)
    countries: list[str] = field(default_factory=list)
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# Stored forms: what the store keeps of a record (it imports these from here, never from a stage). --------
Segment = tuple[int, int, int]  # (clean_start, raw_start, length): a run of Article.clean_map


@dataclass(slots=True)
class Quarantined:
    """A record that could not be read: where it was, why, and its raw bytes (possibly truncated)."""

    origin: Origin
    reason: str
    raw: bytes = b""
    raw_size: int | None = None  # size of the whole record when `raw` holds only its head

    def describe(self) -> str:
        return f"{self.origin.describe()}: {self.reason}"


def content_hash(text: str) -> str:
    """sha256 of the text with Unicode NFC and whitespace runs collapsed (exact-duplicate key)."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8", "surrogatepass")).hexdigest()


def valid_text(text: str) -> str:
    """`text` as valid Unicode: bytes of a file name that are not UTF-8 (surrogate escapes) become `\\xe9`,
    any other lone surrogate `\\ud800`."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def compress_map(clean_map: list[int]) -> list[Segment]:
    """Runs of a strictly increasing map (Article.clean_map); binary search per run, so ~O(runs · log n)."""
    segments: list[Segment] = []
    n = len(clean_map)
    i = 0
    while i < n:
        base = clean_map[i] - i
        lo, hi = i, n - 1  # last k with clean_map[k] - k == base (non-decreasing for increasing maps)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if clean_map[mid] - mid == base:
                lo = mid
            else:
                hi = mid - 1
        segments.append((i, clean_map[i], lo - i + 1))
        i = lo + 1
    return segments


def expand_map(segments: list[Segment] | list[list[int]]) -> list[int]:
    """The full map from its segments."""
    out: list[int] = []
    for _clean_start, raw_start, length in segments:
        out.extend(range(raw_start, raw_start + length))
    return out
