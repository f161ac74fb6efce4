"""Every official a country or shown as unknown (issue 14 item 3), through the world build over a real
store: a premier beside the other side's premier gets the remaining side, a spokesman nobody can
place stays without one, and both are in the officials list and in the export of the real event."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from milwatch.cli import main
from milwatch.model import Article, Event, Extraction, Person
from milwatch.store import open_store
from milwatch.world import build_world


def test_officials_get_a_country_from_the_sides_or_stay_unknown(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    store = open_store(db)
    try:
        store.add_articles([Article(id="a1", text="The premiers met.", title="Talks", published="2024-03-02",
                                    lang="en")])
        event = Event(type="meeting", countries=["KHM", "THA"], date="2024-03-01", location="KHM",
                      evidence="The premiers met.", persons=[
                          Person("Sokha Testhun", role="prime minister"),
                          Person("Anan Testchai", country="THA", role="prime minister"),
                          Person("Pat Testspokes", role="spokesperson")])
        store.save_extraction("a1", Extraction(article_id="a1", events=[event]))
        summary = build_world(store)
        countries = {p.name: p.country for p in store.iter_persons()}
    finally:
        store.close()
    assert summary.persons == 3
    assert countries == {"Sokha Testhun": "KHM", "Anan Testchai": "THA", "Pat Testspokes": None}
    out = tmp_path / "real.jsonl"
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "jsonl", "-o", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (real,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {p["name"] for p in real["persons"]} == set(countries)  # the unknown one is not dropped
    assert next(p for p in real["persons"] if p["name"] == "Pat Testspokes")["country"] is None
