"""`milwatch export`: every format read back with a standard reader, event counts round-tripped,
filters honoured, and no cap (more events than one query page)."""

from __future__ import annotations

import csv
import json
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from milwatch.cli import main
from milwatch.export.tabular import CSV_COLUMNS
from milwatch.store import open_store
from milwatch.store.queries import MAX_PAGE, EventFilter, count_events, iter_events

FILTERS: list[tuple[list[str], EventFilter]] = [
    ([], EventFilter()),
    (["--country", "JPN"], EventFilter(countries=("JPN",))),
    (["--type", "meeting", "--lang", "de"], EventFilter(types=("meeting",), lang="de")),
    (["--pair", "EST", "LVA", "--since", "2024-01", "--until", "2024-12-31"],
     EventFilter(pair=("EST", "LVA"), since="2024-01", until="2024-12-31")),
]


pytestmark = pytest.mark.usefixtures("no_user_settings")  # tests/conftest.py


def export(db: Path, fmt: str, out: Path, *args: str) -> str:
    """Export every report (`--level report`; graphml, eval and plover have no level)."""
    result = CliRunner().invoke(main, ["export", "--format", fmt, "--level", "report", "--db", str(db), "-o",
                                       str(out), *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert out.exists()
    return result.stderr


def expected(db: Path, flt: EventFilter) -> list[dict[str, Any]]:
    store = open_store(db, create=False)
    try:
        events = list(iter_events(store, flt))
        assert len(events) == count_events(store, flt)
        return events
    finally:
        store.close()


@pytest.mark.parametrize(("args", "flt"), FILTERS, ids=[" ".join(a) or "all" for a, _ in FILTERS])
def test_jsonl_csv_parquet_plover_round_trip(kb_db: Path, tmp_path: Path, args: list[str],
                                             flt: EventFilter) -> None:
    events = expected(kb_db, flt)
    assert events, "the fixture should have events for every filter"
    ids = [e["id"] for e in events]

    message = export(kb_db, "jsonl", tmp_path / "e.jsonl", *args)
    rows = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ids and rows == json.loads(json.dumps(events))
    assert f"exported {len(ids)} reports as jsonl" in message

    export(kb_db, "csv", tmp_path / "e.csv", *args)
    with (tmp_path / "e.csv").open(newline="", encoding="utf-8") as f:
        table = list(csv.DictReader(f))
    assert [r["id"] for r in table] == ids and tuple(table[0]) == (*CSV_COLUMNS, "event_id")
    assert [r["countries"].split(";") for r in table] == [e["countries"] for e in events]
    assert [r["evidence"] for r in table] == [e["evidence"] for e in events]

    export(kb_db, "parquet", tmp_path / "e.parquet", *args)
    frame = pq.read_table(tmp_path / "e.parquet")
    assert frame.num_rows == len(ids) and frame.column("id").to_pylist() == ids
    assert frame.column("countries").to_pylist() == [e["countries"] for e in events]
    assert [[p["name"] for p in ps] for ps in frame.column("persons").to_pylist()] == [
        [p["name"] for p in e["persons"]] for e in events]

    export(kb_db, "plover", tmp_path / "e.plover.jsonl", *args)
    records = [json.loads(line)
               for line in (tmp_path / "e.plover.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ids
    for record, event in zip(records, events, strict=True):  # layout: tests/export/test_standards.py
        assert record["event"] == [event["plover"]]
        assert record["context"][0] == event["plover_context"]
        states = {a["code"] for a in record["source"] + record["recipient"] if "office" not in a}
        assert states == {c if c.isupper() else "IGO" for c in event["countries"]}
        assert record["date"] == (event["date"] or event["published"])
        assert (record["event_loc"] or {}).get("cc3") == event["location"]
        assert record["cite_info"]["citation"] == event["article_id"]
        assert record["text"] == event["evidence"]


@pytest.mark.parametrize(("args", "flt"), FILTERS, ids=[" ".join(a) or "all" for a, _ in FILTERS])
def test_graphml_is_the_country_pair_network(kb_db: Path, tmp_path: Path, args: list[str],
                                             flt: EventFilter) -> None:
    events = expected(kb_db, flt)
    export(kb_db, "graphml", tmp_path / "g.graphml", *args)
    graph = nx.read_graphml(tmp_path / "g.graphml")
    assert graph.graph["events"] == len(events)
    real = list({e["event_id"]: e for e in events}.values())  # nodes and edges count real events, not reports
    assert {n: d["events"] for n, d in graph.nodes(data=True)} == dict(Counter(c for e in real
                                                                               for c in e["countries"]))
    pairs = Counter(p for e in real for p in combinations(sorted(e["countries"]), 2))
    assert {tuple(sorted((a, b))): d["weight"] for a, b, d in graph.edges(data=True)} == dict(pairs)
    by_type = Counter((p, e["type"]) for e in real for p in combinations(sorted(e["countries"]), 2))
    for a, b, d in graph.edges(data=True):
        for kind in ("meeting", "agreement", "intent", "exercise", "aid", "support"):
            assert d[kind] == by_type[(tuple(sorted((a, b))), kind)]
    if "JPN" in graph:
        assert graph.nodes["JPN"]["label"] == "Japan"


def test_eval_is_the_prediction_format(kb: Any, kb_db: Path, tmp_path: Path) -> None:
    export(kb_db, "eval", tmp_path / "p.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [a["id"] for a in kb.articles()]  # every article, relevant or not
    assert sum(len(r["events"]) for r in rows) == len(expected(kb_db, EventFilter()))
    weather = next(r for r in rows if r["id"] == "kb-en-weather")
    assert weather == {"id": "kb-en-weather", "relevant": False, "story": weather["story"], "events": []}
    for r in rows:
        assert set(r) == {"id", "relevant", "story", "events"} and r["relevant"] == bool(r["events"])
        for e in r["events"]:
            assert {"type", "countries", "date", "location", "mode", "doc_type", "persons",
                    "historical"} <= set(e)
    stories = Counter(r["story"] for r in rows if r["relevant"])
    assert set(stories.values()) == {2}  # each English report shares its story with the German one

    export(kb_db, "eval", tmp_path / "jpn.jsonl", "--country", "JPN", "--type", "meeting")
    rows = [json.loads(line) for line in (tmp_path / "jpn.jsonl").read_text(encoding="utf-8").splitlines()]
    flt = EventFilter(countries=("JPN",), types=("meeting",))
    assert sum(len(r["events"]) for r in rows) == len(expected(kb_db, flt)) > 0
    assert all("JPN" in e["countries"] and e["type"] == "meeting" for r in rows for e in r["events"])


def test_no_row_cap_and_streamed_pages(big_db: Path, tmp_path: Path) -> None:
    total = len(expected(big_db, EventFilter()))
    assert total > 2 * MAX_PAGE
    export(big_db, "jsonl", tmp_path / "all.jsonl")
    ids = [json.loads(line)["id"]
           for line in (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids)) == total
    export(big_db, "parquet", tmp_path / "all.parquet")
    parquet = pq.ParquetFile(tmp_path / "all.parquet")
    assert parquet.metadata.num_rows == total and parquet.num_row_groups >= 3
    export(big_db, "eval", tmp_path / "eval.jsonl", "--current-only")
    rows = [json.loads(line) for line in (tmp_path / "eval.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(len(r["events"]) for r in rows) == len(expected(big_db, EventFilter(current_only=True)))
    assert all(not e["historical"] for r in rows for e in r["events"])
    export(big_db, "graphml", tmp_path / "big.graphml")
    graph = nx.read_graphml(tmp_path / "big.graphml")
    assert graph.graph["events"] == total and "nato" in graph and graph.nodes["nato"]["label"] == "NATO"


def test_standard_output_when_no_file(kb_db: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--format", "jsonl", "--db", str(kb_db),
                                       "--type", "agreement"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines and all(json.loads(line)["type"] == "agreement" for line in lines)
    assert "exported" in result.stderr and "standard output" in result.stderr


def test_bad_filter_is_a_usage_error(kb_db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--format", "csv", "--db", str(kb_db),
                                       "--since", "last week", "-o", str(tmp_path / "x.csv")])
    assert result.exit_code == 2 and "since" in result.stderr
