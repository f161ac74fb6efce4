"""The query commands on a knowledge base built by `milwatch ingest` + `milwatch extract` from invented
articles (tests/api/kb.py): events, stories, person, search as tables, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import click
import pytest

from milwatch.cli import main
from support.cli import invoke as run


@pytest.fixture(scope="module")
def db(kb: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    rows = kb.articles() + [kb.xss_article()]
    return kb.build_db(tmp_path_factory.mktemp("query-cli"), rows)


pytestmark = pytest.mark.usefixtures("no_user_settings")  # tests/conftest.py


def run_json(db: Path, *args: str) -> Any:
    code, out, err = run(db, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_events_filters_json_csv_and_table(db: Path) -> None:
    everything = run_json(db, "events", "--reports")
    assert len(everything) > 20 and len({e["id"] for e in everything}) == len(everything)
    japan = run_json(db, "events", "--reports", "--country", "JPN", "--type", "meeting")
    assert japan and [e["id"] for e in japan] == [e["id"] for e in everything
                                                  if "JPN" in e["countries"] and e["type"] == "meeting"]
    pair = run_json(db, "events", "--reports", "--pair", "EST", "LVA", "--lang", "de", "--current-only")
    assert pair and all({"EST", "LVA"} <= set(e["countries"]) and e["lang"] == "de" for e in pair)
    dated = run_json(db, "events", "--reports", "--since", "2024-03", "--until", "2024-04")
    assert dated and all("2024-03" <= (e["date"] or e["published"])[:7] <= "2024-04" for e in dated)
    person = run_json(db, "events", "--reports", "--person", "Morita")
    assert {e["countries"][0] + e["countries"][1] for e in person} == {"INDJPN", "JPNPHL"}
    newest = run_json(db, "events", "--reports", "--desc", "--limit", "3")
    assert [e["id"] for e in newest] == [e["id"] for e in reversed(everything)][:3]
    story = everything[0]["story"]
    assert {e["story"] for e in run_json(db, "events", "--reports", "--story", story)} == {story}

    code, out, _ = run(db, "events", "--reports", "--country", "JPN", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [r["id"] for r in rows] == [e["id"] for e in everything if "JPN" in e["countries"]]

    code, out, _ = run(db, "events", "--country", "FIN")
    assert code == 0 and "Mikko Laine" in out and "FIN–SWE" in out and "of " in out.splitlines()[-1]
    code, out, _ = run(db, "events", "--country", "CAN")  # a real country without events
    assert code == 0 and "no events match" in out
    code, out, err = run(db, "events", "--country", "XXX")  # no country at all: an error, not an empty list
    assert code == 2 and "unknown country" in err
    code, _, err = run(db, "events", "--since", "soon")
    assert code == 2 and "since" in err


def test_stories(db: Path) -> None:
    stories = run_json(db, "stories")
    assert stories and all(s["articles"] >= 1 and s["events"] >= 1 for s in stories)
    assert sum(1 for s in stories if s["langs"] == ["de", "en"]) >= 6
    finnish = run_json(db, "stories", "--country", "FIN")
    assert len(finnish) == 1 and finnish[0]["countries"] == ["FIN", "SWE"]
    code, out, _ = run(db, "stories", "--type", "meeting")
    assert code == 0 and "stories" in out.splitlines()[-1]
    code, out, _ = run(db, "stories", "--csv", "--limit", "2")
    assert len(list(csv.DictReader(io.StringIO(out)))) == 2


def test_person(db: Path) -> None:
    morita = run_json(db, "person", "Kenji Morita")
    assert morita["name"] == "Kenji Morita" and morita["country"] == "JPN"
    assert [r["value"] for r in morita["roles"]] == ["minister of defense"] and len(morita["events"]) >= 4
    assert run_json(db, "person", "Morita")["name"] == "Kenji Morita"  # a part of one name is enough
    code, out, _ = run(db, "person", "Morita")
    assert code == 0 and "roles" in out and "minister of defense" in out and "events" in out
    several = run_json(db, "person", "an")  # fits several officials: they are listed
    assert isinstance(several, list) and len(several) > 1
    code, _, err = run(db, "person", "Nobody Known")
    assert code == 4 and "no official" in err


def test_search(db: Path) -> None:
    hits = run_json(db, "search", "Tallinn")
    assert {h["id"] for h in hits} == {"kb-en-0", "kb-de-0"}
    assert all("[Tallinn]" in h["snippet"] for h in hits)
    assert {h["id"] for h in run_json(db, "search", "Tallinn", "--lang", "de")} == {"kb-de-0"}
    code, out, _ = run(db, "search", "Verteidigungsminister")
    assert code == 0 and "of 7 articles" in out
    code, out, _ = run(db, "search", "zzzzqqq")
    assert code == 0 and "nothing found" in out
    code, out, _ = run(db, "search", '"unbalanced')
    assert code == 0


def test_tables_print_article_text_literally(db: Path) -> None:
    """Rich markup in article text (brackets, tags) is printed as it is, never interpreted."""
    code, out, _ = run(db, "search", "alert")
    assert code == 0 and "<script>alert(1)</script>" in out
    code, out, _ = run(db, "events", "--lang", "en", "--country", "LVA", "--since", "2024-08")
    assert code == 0 and "xss-1#0" in out


def test_serve_binds_localhost_by_default() -> None:
    command = main.get_command(click.Context(main), "serve")
    assert command is not None
    options = {p.name: p for p in command.params}
    assert options["host"].default == "127.0.0.1" and options["port"].default == 8000


def test_show_event_story_and_conflicts(db: Path) -> None:
    event = run_json(db, "events", "--reports", "--pair", "FIN", "SWE", "--type", "meeting")[0]
    shown = run_json(db, "show", event["id"])
    assert shown["id"] == event["id"] and shown["evidence"] == event["evidence"] and "conflicts" in shown
    code, out, _ = run(db, "show", event["id"])
    assert code == 0 and "meeting FIN–SWE" in out and event["evidence"][:30] in out
    story = run_json(db, "show", f"story:{event['story']}")
    assert story["id"] == event["story"] and {a["lang"] for a in story["articles"]} == {"de", "en"}
    assert story["canonical"] and all("conflicts" in e for a in story["articles"] for e in a["events"])
    code, out, _ = run(db, "show", f"story:{event['story']}")
    assert code == 0 and "events across reports" in out and "reports" in out
    article = run_json(db, "show", event["article_id"])
    assert article["id"] == event["article_id"] and isinstance(article["conflicts"], list)
    assert all(any(a["article_id"] == article["id"] for atts in c["values"].values() for a in atts)
               for c in article["conflicts"])
    code, _, err = run(db, "show", "nothing#3")
    assert code == 4 and "no article with id 'nothing#3'" in err and "nor an event or a story" in err
