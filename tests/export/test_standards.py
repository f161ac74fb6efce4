"""Exports against the standards their tools follow: PLOVER (the manual's JSON fields, CONSULT actors,
quad codes, CAMEO codes per mode and intent), CSV (codes as text, no formulas), GraphML (the filter as
JSON) and the full-text index as datasette detects it."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from milwatch.cli import main
from milwatch.model import Article, Event, Extraction, Person
from milwatch.store import open_store
from milwatch.store.migrations import MIGRATIONS

# The PLOVER manual (0.7b1), chapter "JSON Data Fields": required fields, and the categories and quad codes
PLOVER_CATEGORIES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
                     "DEMAND", "ACCUSE", "REJECT", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE", "COERCE",
                     "ASSAULT"}
QUADS = {1: {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}, 2: {"COOPERATE", "AID", "RETREAT", "INVESTIGATE"}}
# the manual's own simplest record ("the simplest form of an event record would look like")
MANUAL_EXAMPLE = {"id": "PHOXv1-20160724-0042", "date": "2016-07-24", "source": [{"code": "USA"}],
                  "recipient": [{"code": "CAN"}], "event": ["AGREE", "CONSULT"]}


def check_plover(record: dict[str, Any]) -> None:
    """The checks the manual's field table allows: required id, date, source, event; actors are objects."""
    assert isinstance(record["id"], str) and record["id"]
    assert record["date"] is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", record["date"])
    assert isinstance(record["source"], list) and record["source"]
    for actor in record["source"] + record.get("recipient", []):
        assert isinstance(actor, dict) and "code" in actor
        assert actor["code"] is None or re.fullmatch(r"[A-Z]{3}", actor["code"])
    assert isinstance(record["event"], list) and set(record["event"]) <= PLOVER_CATEGORIES
    if "quad_code" in record:
        assert all(category in QUADS[record["quad_code"]] for category in record["event"])
    for key in ("mode", "context"):
        assert isinstance(record.get(key, []), list)


def _event(kind: str, countries: list[str], **kw: Any) -> Event:
    from milwatch.extract.plover import plover_for

    plover, plover_mode, context, cameo = plover_for(kind, kw.get("mode"))
    return Event(type=kind, countries=countries, plover=plover, plover_mode=plover_mode,
                 plover_context=context, cameo=cameo,
                 evidence=kw.pop("evidence", f"A sentence about a {kind}."), **kw)


EVENTS: dict[str, Event] = {
    "multilateral": _event("meeting", ["EST", "LVA", "LTU", "nato"], mode="multilateral", date="2024-05-02",
                           persons=[Person(name="Jaan Tamm", country="EST", role="minister of defense"),
                                    Person(name="Unnamed Envoy", country=None, role="envoy")]),
    "equals": _event("meeting", ["FIN", "SWE"], persons=[Person(name="Mikko Laine", country=None,
                                                                  role="minister of defense")]),
    "visit": _event("meeting", ["JPN", "PHL"], mode="visit", actor=["JPN"], recipient=["PHL"],
                    date="2024-03-14",
                    persons=[Person(name="Kenji Morita", country="JPN", role="minister of defense"),
                             Person(name="Ramon Cruz", country="PHL", role="secretary of defense"),
                             Person(name="Someone Else", country=None)]),
    "intent-training": _event("intent", ["POL", "LTU"], areas=["training"]),
    "intent-intelligence": _event("intent", ["POL", "LTU"], areas=["intelligence", "training"]),
    "intent-peacekeeping": _event("intent", ["KEN", "TZA"], areas=["peacekeeping"]),
    "exercise": _event("exercise", ["EST", "LVA"], date="2024-06", historical=True),
    "aid": _event("aid", ["POL", "UKR"], actor=["POL"], recipient=["UKR"], date="2024-07-01"),
}
TITLES = {"multilateral": "=HYPERLINK(\"http://evil.example\",\"click\")", "equals": "+1 for defence",
          "visit": "@SUM(A1:A2)", "intent-training": "-5 reasons"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("standards") / "s.db"
    store = open_store(path)
    try:
        store.add_articles([Article(id=key, text=f"Report {key}.", clean_text=f"Report {key}.",
                                    title=TITLES.get(key, f"Report {key}"), published=f"2024-08-0{i + 1}",
                                    lang="en", source_url=f"https://news.example.com/{key}")
                            for i, key in enumerate(EVENTS)])
        for key, event in EVENTS.items():
            store.save_extraction(key, Extraction(article_id=key, events=[event], story=key))
    finally:
        store.close()
    return path


pytestmark = pytest.mark.usefixtures("no_user_settings")  # tests/conftest.py


def export(db: Path, out: Path, *args: str) -> Path:
    result = CliRunner().invoke(main, ["export", "--db", str(db), "-o", str(out), *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


def plover(db: Path, tmp_path: Path) -> dict[str, dict[str, Any]]:
    out = export(db, tmp_path / "p.jsonl", "--format", "plover")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {r["cite_info"]["citation"]: r for r in records}


def codes(actors: list[dict[str, Any]]) -> list[str | None]:
    return [a["code"] for a in actors]


def test_plover_records_follow_the_manual(db: Path, tmp_path: Path) -> None:
    check_plover(MANUAL_EXAMPLE)  # the checks accept the manual's own example
    records = plover(db, tmp_path)
    assert set(records) == set(EVENTS)
    for record in records.values():
        check_plover(record)
        for actor in record["source"] + record["recipient"]:  # actors, not article data
            assert not {"article_id", "url", "headline", "publisher"} & set(actor)
        assert record["cite_info"]["url"].startswith("https://news.example.com/")


def test_plover_consult_actors_cameo_and_quad(db: Path, tmp_path: Path) -> None:
    records = plover(db, tmp_path)
    multi = records["multilateral"]
    assert multi["cameo"] == "040" and multi["mode"] == ["multilateral"] and multi["event"] == ["CONSULT"]
    assert multi["directed"] is False and multi["recipient"] == []  # a meeting of equals: all are source
    assert codes(multi["source"])[:4] == ["EST", "LVA", "LTU", "IGO"]
    assert multi["source"][3]["identifier_text"] == "nato"
    names = {a.get("actor_text"): a for a in multi["source"]}
    assert names["Jaan Tamm"]["code"] == "EST" and names["Jaan Tamm"]["office"] == "minister of defense"
    assert names["Unnamed Envoy"]["code"] is None  # no country: kept, not dropped
    assert multi["quad_code"] == 1

    equals = records["equals"]
    assert equals["cameo"] == "040" and equals["directed"] is False and equals["recipient"] == []
    assert [a["actor_text"] for a in equals["source"] if a["code"] is None] == ["Mikko Laine"]

    visit = records["visit"]
    assert visit["cameo"] == "042" and visit["directed"] is True
    assert codes(visit["source"]) == ["JPN", "JPN"] and codes(visit["recipient"]) == ["PHL", "PHL"]
    assert [a["actor_text"] for a in visit["other_actors"]] == ["Someone Else"]  # side unknown: kept apart
    assert visit["other_actors"][0]["code"] is None

    aid = records["aid"]
    assert (aid["event"], aid["mode"], aid["cameo"], aid["quad_code"]) == (["AID"], ["military"], "072", 2)
    assert codes(aid["source"]) == ["POL"] and codes(aid["recipient"]) == ["UKR"]


def test_plover_intents_coded_by_what_is_intended(db: Path, tmp_path: Path) -> None:
    records = plover(db, tmp_path)
    assert records["intent-training"]["cameo"] == "0312"  # express intent to cooperate militarily
    assert records["intent-intelligence"]["cameo"] == "0314"  # ... on intelligence
    assert records["intent-peacekeeping"]["cameo"] == "0334"  # ... to provide peacekeeping
    assert all(r["event"] == ["AGREE"] and r["quad_code"] == 1 for k, r in records.items() if "intent" in k)


def test_plover_contexts_and_dates(db: Path, tmp_path: Path) -> None:
    records = plover(db, tmp_path)
    exercise = records["exercise"]
    assert exercise["context"] == ["military", "historical"] and exercise["quad_code"] == 2
    assert exercise["date"] == "2024-06" and exercise["date_source"] == "event"
    undated = records["equals"]
    assert undated["date"] == undated["cite_info"]["date"] and undated["date_source"] == "publication"
    assert "publication date" in undated["comment"]
    assert "comment" not in records["visit"]


def test_csv_codes_are_text_and_formulas_neutralised(db: Path, tmp_path: Path) -> None:
    out = export(db, tmp_path / "e.csv", "--level", "report")  # reports carry the codes and titles
    with out.open(newline="", encoding="utf-8") as f:
        rows = {r["article_id"]: r for r in csv.DictReader(f)}
    assert rows["visit"]["cameo"] == "042" and rows["intent-training"]["cameo"] == "0312"
    with out.open(newline="", encoding="utf-8") as f:  # quoted = text: a reader told so keeps the zero
        typed = list(csv.reader(f, quoting=csv.QUOTE_NONNUMERIC))
    cameo = typed[0].index("cameo")
    assert {row[cameo] for row in typed[1:]} >= {"042", "0312", "040", "062"}
    for key, title in TITLES.items():
        assert rows[key]["title"] == "'" + title  # OWASP: a cell starting with = + - @ is not a formula
    assert all(not r[c].startswith(("=", "+", "-", "@")) for r in rows.values() for c in r)


def test_csv_with_pandas_keeps_codes_as_documented(db: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    out = export(db, tmp_path / "e.csv", "--level", "report")
    frame = pd.read_csv(out, dtype={"cameo": str})  # the reading docs/cli.md gives
    assert set(frame["cameo"]) >= {"042", "0312"}


def test_events_csv_neutralises_formulas(db: Path) -> None:
    result = CliRunner().invoke(main, ["events", "--reports", "--csv", "--db", str(db)],
                                catch_exceptions=False)
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert rows and all(not v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())
    assert {r["cameo"] for r in rows} >= {"042", "0312"}


def test_graphml_filter_is_json(db: Path, tmp_path: Path) -> None:
    nx = pytest.importorskip("networkx")
    out = export(db, tmp_path / "g.graphml", "--country", "Estonia", "--since", "2024")
    graph = nx.read_graphml(out)
    assert json.loads(graph.graph["filter"]) == {"countries": ["EST"], "since": "2024"}


def _old_database(path: Path) -> None:
    """A database as milwatch made it before migration 5 (content='articles' in single quotes)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                 "applied_at TEXT NOT NULL)")
    for version, name, sql in MIGRATIONS:
        if version < 5:
            conn.executescript(sql)
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?, '2024-01-01')", (version, name))
    conn.execute("INSERT INTO articles (id, content_hash, title, text, clean_text, ingested_at) "
                 "VALUES ('old', 'h', 'Old report', 'Ministers met in Hanoi.', 'Ministers met in Hanoi.', "
                 "'x')")
    conn.commit()
    conn.close()


# datasette's detect_fts (datasette/utils/__init__.py): how it finds the FTS table of `articles`
DATASETTE_DETECT_FTS = """select name from sqlite_master where rootpage = 0 and (
    sql like '%VIRTUAL TABLE%USING FTS%content="articles"%'
    or sql like '%VIRTUAL TABLE%USING FTS%content=[articles]%'
    or (tbl_name = "articles" and sql like '%VIRTUAL TABLE%USING FTS%'))"""


@pytest.mark.sqlite_only("an old SQLite schema written with sqlite3, read back from "
                         "sqlite_master as datasette does")
def test_fts_table_found_by_datasette_after_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_database(path)
    conn = sqlite3.connect(path)
    assert conn.execute(DATASETTE_DETECT_FTS).fetchall() == []  # what the issue saw
    conn.close()
    store = open_store(path, create=False)  # migrates
    try:
        store.add_articles([Article(id="new", text="Exercise held near Riga.",
                                    clean_text="Exercise held near Riga.", title="New report")])
    finally:
        store.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute(DATASETTE_DETECT_FTS).fetchall() == [("articles_fts",)]
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]
        assert 'content="articles"' in sql and "remove_diacritics 2" in sql
        assert conn.execute("SELECT a.id FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid "
                            "WHERE articles_fts MATCH 'hanoi'").fetchall() == [("old",)]  # rebuilt
        assert conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'riga'").fetchall()
        assert conn.execute("SELECT title FROM articles_fts WHERE rowid = (SELECT pk FROM articles "
                            "WHERE id = 'old')").fetchone() == ("Old report",)
    finally:
        conn.close()
