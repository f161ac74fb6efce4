"""Background events an article tells beside its news (GUIDELINES: `historical`)."""

from __future__ import annotations

from milwatch.extract.engine import Extractor
from milwatch.model import Article


def test_an_undated_background_visit_is_not_merged_into_a_dated_one(extractor: Extractor) -> None:
    text = ("General Karim Shah, the Pakistani army chief, is visiting Iran this week. "
            "The Pakistani army chief had visited Tehran in 2018 for talks with the Iranian armed forces chief. "
            "Late in July last year, the Pakistani army chief also paid an official visit to Tehran and met "
            "the Iranian armed forces chief.")
    events = extractor.extract(Article(id="b1", lang="en", text=text)).events
    background = sorted((e.date or "") for e in events if e.historical and e.type == "meeting")
    assert background == ["", "2018"]
