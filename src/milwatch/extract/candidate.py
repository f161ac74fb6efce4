"""What an event rule hands on: a candidate event of one sentence, with the rules that fired."""

from __future__ import annotations

from dataclasses import dataclass, field

from milwatch.extract.analysis import SentenceInfo


@dataclass(slots=True)
class Candidate:
    """An event one rule found in one sentence: its type, parties and the rules that fired."""

    type: str
    info: SentenceInfo
    countries: list[str]
    rules: list[str] = field(default_factory=list)
    doc_type: str | None = None
    confidence: float = 0.5
    date: str | None = None  # the candidate's own date, when the sentence gives each party one
    dated_by: SentenceInfo | None = None  # whose date it takes when its own has none (a listed document)
