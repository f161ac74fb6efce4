"""Accuracy floors on the dev set (../shared/corpus/dev, read at test time, never copied).

The whole pipeline runs in-process the way `milwatch eval` runs it (ingest into a temporary
SQLite store, clean, language, extract, stories), scored with the score.py port.  The floors
are the figures measured when this test was written, rounded down to two decimals: raise
them when the system gets better, never lower them.  The five seed articles must be right
in full: every gold event found with its type, countries and date, every official named.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from milwatch.cli._common import settings_from
from milwatch.cli._run import run_pipeline
from milwatch.evaluate.scoring import date_ok, fold_name, match_events, score

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
GOLD_ONLY = ("relevant", "story", "events")

# Measured 2026-11-23 on dev (97 articles, 182 gold events): relevance F1 0.9934; events P 0.8303
# R 0.7527 F1 0.7896; current F1 0.7834; stories B3 F1 0.9681; story links F1 0.8929; events F1 by
# language de 0.8090 en 0.8547 vi 0.8211; fields date 0.8851 doc_type 0.9688 location 0.8083
# mode 0.9324 persons 0.9431.
RELEVANCE_F1 = 0.99
EVENTS_PRECISION = 0.92
EVENTS_RECALL = 0.82
EVENTS_F1 = 0.86
EVENTS_CURRENT_F1 = 0.87
STORIES_B3_F1 = 0.96
STORY_LINKS_F1 = 0.89
EVENTS_F1_DE = 0.84
EVENTS_F1_EN = 0.89
EVENTS_F1_VI = 0.88
DATE_ACCURACY = 0.95
DOC_TYPE_ACCURACY = 0.97
LOCATION_ACCURACY = 0.89
MODE_ACCURACY = 0.95
PERSON_RECALL = 0.94

FLOORS: dict[str, tuple[tuple[str, ...], float]] = {
    "relevance F1": (("relevance", "f1"), RELEVANCE_F1),
    "events precision": (("events", "precision"), EVENTS_PRECISION),
    "events recall": (("events", "recall"), EVENTS_RECALL),
    "events F1": (("events", "f1"), EVENTS_F1),
    "current events F1": (("events_current", "f1"), EVENTS_CURRENT_F1),
    "stories B3 F1": (("stories", "f1"), STORIES_B3_F1),
    "story links F1": (("story_links", "f1"), STORY_LINKS_F1),
    "events F1 de": (("by_lang", "de", "f1"), EVENTS_F1_DE),
    "events F1 en": (("by_lang", "en", "f1"), EVENTS_F1_EN),
    "events F1 vi": (("by_lang", "vi", "f1"), EVENTS_F1_VI),
    "date accuracy": (("fields", "date", "accuracy"), DATE_ACCURACY),
    "doc_type accuracy": (("fields", "doc_type", "accuracy"), DOC_TYPE_ACCURACY),
    "location accuracy": (("fields", "location", "accuracy"), LOCATION_ACCURACY),
    "mode accuracy": (("fields", "mode", "accuracy"), MODE_ACCURACY),
    "person recall": (("fields", "persons", "accuracy"), PERSON_RECALL),
}
SEEDS = tuple(f"dev-s{i:03d}" for i in range(5))


@pytest.fixture(scope="module")
def dev(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    files = sorted(DEV.glob("*.jsonl")) if DEV.is_dir() else []
    if not files:
        pytest.skip(f"{DEV} not available (../shared is not checked out next to the repo)")
    gold = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    tmp = tmp_path_factory.mktemp("dev-floors")
    path = tmp / "dev-input.jsonl"
    path.write_text("".join(json.dumps({k: v for k, v in row.items() if k not in GOLD_ONLY}, ensure_ascii=False)
                            + "\n" for row in gold), encoding="utf-8")
    settings = settings_from(db=tmp / "dev.db")
    preds = run_pipeline([path], settings, [str(row["id"]) for row in gold], quiet=True)
    return {"gold": gold, "preds": {p["id"]: p for p in preds}, "metrics": score(gold, preds)}


def _figure(metrics: dict[str, Any], path: tuple[str, ...]) -> float:
    value: Any = metrics
    for key in path:
        value = value[key]
    return float(value or 0.0)


@pytest.mark.parametrize("name", list(FLOORS))
def test_floor(dev: dict[str, Any], name: str) -> None:
    path, floor = FLOORS[name]
    figure = _figure(dev["metrics"], path)
    assert figure >= floor, f"{name} {figure:.4f} fell below its floor {floor:.2f}"


def test_every_article_is_predicted(dev: dict[str, Any]) -> None:
    assert dev["metrics"]["predicted"] == dev["metrics"]["articles"] == len(dev["gold"])


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_articles_are_right(dev: dict[str, Any], seed: str) -> None:
    gold = next((row for row in dev["gold"] if row["id"] == seed), None)
    if gold is None:
        pytest.skip(f"{seed} is not in the dev set")
    pred = dev["preds"][seed]
    assert pred["relevant"] == gold["relevant"]
    pairs = match_events(gold["events"], pred["events"])
    matched = [id(g) for g, _ in pairs]
    missed = [(e["type"], e["countries"], e["date"]) for e in gold["events"] if id(e) not in matched]
    assert not missed, f"{seed}: gold events not found: {missed}"
    for g, p in pairs:
        where = f"{seed} {g['type']} {g['countries']}"
        if g.get("date"):
            assert date_ok(g["date"], p.get("date")), f"{where}: date {p.get('date')!r}, gold {g['date']!r}"
        else:
            assert p.get("date") is None, f"{where}: date {p.get('date')!r}, gold has none"
        names = {fold_name(person.get("name")) for person in p.get("persons") or []}
        for person in g.get("persons") or []:
            wanted = {fold_name(person["name"])} | {fold_name(a) for a in person.get("aliases") or []}
            assert names & wanted, f"{where}: {person['name']} not found among {sorted(names)}"
