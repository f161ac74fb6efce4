"""The story view: reports side by side, events grouped across languages, conflicts found or read from the
store, each event tagged with what its report says differently.  On a real SQLite store."""

from __future__ import annotations

from pathlib import Path

import pytest

from milwatch.export.views import story_view
from milwatch.model import Article, Attestation, Conflict, Event, Extraction, Person
from milwatch.store import SQLiteStore, open_store

EN = "Estonian Defence Minister Jaan Tamm received Andris Ozols in Tallinn. They signed a memorandum."
DE = "Der estnische Verteidigungsminister Jaan Tamm empfing Andris Ozols. Sie unterzeichneten ein Protokoll."


def meeting(text: str, date: str) -> Event:
    sentence = text.split(". ")[0] + "."
    return Event(type="meeting", countries=["EST", "LVA"], mode="visit", date=date, location="EST",
                 evidence=sentence, evidence_start=0, evidence_end=len(sentence),
                 persons=[Person(name="Jaan Tamm", country="EST"),
                          Person(name="Andris Ozols", country="LVA")])


def signing(text: str, doc_type: str) -> Event:
    start = text.index(". ") + 2
    return Event(type="agreement", countries=["EST", "LVA"], doc_type=doc_type,
                 date="2024-02-06", location="EST",
                 evidence=text[start:], evidence_start=start, evidence_end=len(text),
                 persons=[Person(name="Jaan Tamm", country="EST"),
                          Person(name="Andris Ozols", country="LVA")])


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    s = open_store(tmp_path / "v.db")
    s.add_articles([Article(id="en", text=EN, lang="en", published="2024-02-06", title="Ministers meet"),
                    Article(id="de", text=DE, lang="de", published="2024-02-07",
                            title="Minister treffen sich")])
    s.save_extraction("en", Extraction("en", [meeting(EN, "2024-02-06"),
                                              signing(EN, "memorandum")], story="s1"))
    s.save_extraction("de", Extraction("de", [meeting(DE, "2024-02-06"),
                                              signing(DE, "protocol")], story="s1"))
    yield s
    s.close()


def test_reports_side_by_side_with_grouped_events_and_conflicts(store: SQLiteStore) -> None:
    view = story_view(store, "s1")
    assert view is not None and [a["id"] for a in view["articles"]] == ["en", "de"]  # by publication date
    assert {a["lang"] for a in view["articles"]} == {"en", "de"}
    assert sorted((c["type"], c["langs"], len(c["mentions"])) for c in view["canonical"]) == [
        ("agreement", ["de", "en"], 2), ("meeting", ["de", "en"], 2)]
    assert [(c["field"], sorted(c["values"])) for c in view["conflicts"]] == [("doc_type", ["memorandum",
                                                                                            "protocol"])]
    events = {e["id"]: e for a in view["articles"] for e in a["events"]}
    assert events["en#1"]["conflicts"] == [{"field": "doc_type", "value": "memorandum", "person": None}]
    assert events["de#1"]["conflicts"] == [{"field": "doc_type", "value": "protocol", "person": None}]
    assert events["en#0"]["conflicts"] == [] and events["en#0"]["canonical"] == events["de#0"]["canonical"]
    for article in view["articles"]:
        for e in article["events"]:
            assert article["text"][e["evidence_start"]:e["evidence_end"]] == e["evidence"]


def test_stored_conflicts_win_over_recomputed_ones(store: SQLiteStore) -> None:
    computed = story_view(store, "s1")
    assert computed is not None
    key = next(e["canonical"] for a in computed["articles"] for e in a["events"] if e["id"] == "en#0")
    store.save_conflicts([(key, Conflict(field="date", values={
        "2024-02-06": [Attestation(article_id="en", lang="en")], "2024-02-05": [Attestation(article_id="de",
                                                                                             lang="de")]}))],
                          replace=True)  # the conflicts the store found when the reports were saved: replaced
    view = story_view(store, "s1")
    assert view is not None and [c["field"] for c in view["conflicts"]] == ["date"]
    events = {e["id"]: e for a in view["articles"] for e in a["events"]}
    assert events["de#0"]["conflicts"] == [{"field": "date", "value": "2024-02-05", "person": None}]
    assert events["en#1"]["conflicts"] == []


def test_unknown_story(store: SQLiteStore) -> None:
    assert story_view(store, "nope") is None
