"""The scoring port (milwatch.evaluate.scoring) on tiny gold/prediction rows written here, and
metric for metric against ../shared/eval/score.py (read at test time) on random rows."""

from __future__ import annotations

import random
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from milwatch.evaluate.scoring import (
    bcubed,
    country_code,
    date_ok,
    dates_compatible,
    fold_name,
    match_events,
    report,
    score,
    story_links,
)
from support.modules import load_file

SCORE_PY = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"


def gold(id_: str, events: list[dict[str, Any]], story: str | None = None,
         lang: str = "en") -> dict[str, Any]:
    return {"id": id_, "lang": lang, "relevant": bool(events), "story": story or id_, "events": events}


def pred(id_: str, events: list[dict[str, Any]], story: str | None = None) -> dict[str, Any]:
    return {"id": id_, "relevant": bool(events), "story": story or id_, "events": events}


def meeting(countries: list[str], date: str | None = None, **fields: Any) -> dict[str, Any]:
    return {"type": "meeting", "countries": countries, "date": date, **fields}


# --- matching rules ------------------------------------------------------------------------


@pytest.mark.parametrize(("g", "p", "ok"), [
    ("2024-05-01", "2024-05-01", True),
    ("2024-05-01", "2024-05-02", True),  # within one day
    ("2024-05-01", "2024-04-30", True),
    ("2024-05-01", "2024-05-03", False),
    ("2024-05", "2024-05-17", True),  # coarser gold, finer prediction
    ("2024-05-17", "2024-05", True),
    ("2024", "2023-12-31", False),
    (None, "2024-05-01", True),  # a missing date never blocks a match
    ("2024-05-01", None, True),
    ("2024-02-30", "2024-02-29", False),  # not a day
])
def test_dates_compatible(g: str | None, p: str | None, ok: bool) -> None:
    assert dates_compatible(g, p) is ok


@pytest.mark.parametrize(("g", "p", "ok"), [
    ("2024-05", "2024-05-17", True),
    ("2024-05-17", "2024-05", False),  # the prediction must state gold's precision
    ("2024-05-01", "2024-05-02", False),  # matched, but the date field is wrong
    ("2024", "2024", True),
    (None, "2024", False),
    ("2024", None, False),
])
def test_date_accuracy(g: str | None, p: str | None, ok: bool) -> None:
    assert date_ok(g, p) is ok


def test_match_needs_type_and_country_set() -> None:
    g = [meeting(["AZE", "VNM"], "2025-09-04")]
    assert match_events(g, [meeting(["VNM", "AZE"], "2025-09-04")])  # order does not matter
    assert not match_events(g, [meeting(["AZE", "VNM", "LAO"], "2025-09-04")])
    assert not match_events(g, [{"type": "intent", "countries": ["AZE", "VNM"], "date": "2025-09-04"}])
    assert not match_events(g, [meeting(["AZE", "VNM"], "2025-09-07")])


def test_match_is_greedy_one_to_one_and_prefers_the_right_date() -> None:
    g = [meeting(["EST", "LVA"], "2024-06-11")]
    near, exact = meeting(["EST", "LVA"], "2024-06-12"), meeting(["EST", "LVA"], "2024-06-11")
    assert match_events(g, [near, exact]) == [(g[0], exact)]
    two = [meeting(["EST", "LVA"]), meeting(["EST", "LVA"])]
    assert len(match_events(two, [near])) == 1


@pytest.mark.parametrize(("value", "code"),
                         [("VNM", "VNM"), ("NATO", "nato"), ("nato", "nato"), ("Asean", "asean"),
                                             (" AZE ", "AZE"), ("vnm", "vnm")])
def test_country_codes(value: str, code: str) -> None:
    assert country_code(value) == code


def test_organisation_codes_match_in_any_case() -> None:
    g = [meeting(["nato", "UKR"])]
    assert match_events(g, [meeting(["NATO", "UKR"])])


@pytest.mark.parametrize(("name", "folded"), [
    ("Phan Văn Giang", "phan van giang"),
    ("Đỗ Đức", "do duc"),
    ("Kim Min-su", "kim min su"),
    ("  Jaan   Tamm ", "jaan tamm"),
    ("Łukasz Øster", "lukasz oster"),
    ("Straße", "strasse"),
    (None, ""),
])
def test_fold_name(name: str | None, folded: str) -> None:
    assert fold_name(name) == folded


# --- metrics -------------------------------------------------------------------------------


def test_person_recall_uses_folded_names_and_aliases() -> None:
    g = [gold("a", [meeting(["AZE", "VNM"], "2025-09-04", persons=[
        {"name": "Phan Van Giang", "aliases": ["Phan Văn Giang"]},
        {"name": "Zakir Hasanov", "aliases": ["Sakir Hasanow"]},
        {"name": "Kim Min-su", "aliases": []},
        {"name": "Nobody Found", "aliases": []},
    ])])]
    p = [pred("a", [meeting(["AZE", "VNM"], "2025-09-04", persons=[
        {"name": "Phan Văn Giang"}, {"name": "SAKIR HASANOW"}, {"name": "Kim Min Su"},
        {"name": "Someone Else"}])])]
    assert score(g, p)["fields"]["persons"] == {"accuracy": 0.75, "n": 4}


def test_fields_are_scored_on_matched_events_only() -> None:
    g = [gold("a", [
        meeting(["EST", "LVA"], "2024-06-11", location="EST", mode="visit"),
        meeting(["EST", "FIN"], "2024-06-11", location="FIN", mode=None),
        {"type": "agreement", "countries": ["EST", "LVA"], "date": "2024-06", "doc_type": "memorandum",
         "location": None},
        {"type": "exercise", "countries": ["EST", "POL"], "date": None, "location": "POL"},  # not predicted
    ])]
    p = [pred("a", [
        meeting(["EST", "LVA"], "2024-06-12", location="EST", mode="phone"),
        meeting(["EST", "FIN"], "2024-06-11", location="EST", mode=None),
        {"type": "agreement", "countries": ["EST", "LVA"], "date": "2024-06-11", "doc_type": "memorandum"},
    ])]
    fields = score(g, p)["fields"]
    # 06-12 is a day off; 2024-06-11 states 2024-06
    assert fields["date"] == {"accuracy": round(2 / 3, 4), "n": 3}
    assert fields["location"] == {"accuracy": 0.5, "n": 2}
    assert fields["mode"] == {"accuracy": 0.5, "n": 2}  # meetings only; a null mode equal to null counts
    assert fields["doc_type"] == {"accuracy": 1.0, "n": 1}


def test_event_counts_relevance_and_current_scope() -> None:
    g = [gold("a", [meeting(["EST", "LVA"], "2024-06-11"),
                    {"type": "agreement", "countries": ["EST", "LVA"], "date": "2015", "historical": True}]),
         gold("b", []),
         gold("c", [meeting(["JPN", "PHL"], "2024-11-14")])]
    p = [pred("a", [meeting(["EST", "LVA"], "2024-06-11"), meeting(["EST", "FIN"], "2024-06-11")]),
         # c not predicted at all
         pred("b", [{"type": "aid", "countries": ["JPN", "PHL"], "historical": True}])]
    m = score(g, p)
    assert (m["articles"], m["predicted"]) == (3, 2)
    assert {k: m["relevance"][k] for k in ("tp", "fp", "fn")} == {"tp": 1, "fp": 1, "fn": 1}
    assert {k: m["events"][k] for k in ("tp", "fp", "fn")} == {"tp": 1, "fp": 2, "fn": 2}
    assert {k: m["events_current"][k] for k in ("tp", "fp", "fn")} == {"tp": 1, "fp": 1, "fn": 1}
    assert m["events"]["precision"] == round(1 / 3, 4) and m["events"]["recall"] == round(1 / 3, 4)
    assert m["by_type"]["meeting"]["tp"] == 1 and m["by_type"]["meeting"]["fp"] == 1
    assert m["by_type"]["aid"]["fp"] == 1 and m["by_type"]["agreement"]["fn"] == 1
    assert m["by_lang"]["en"]["tp"] == 1


def test_stories_bcubed_and_links() -> None:
    gold_of = {"a": "s1", "b": "s1", "c": "s2", "d": "s3"}
    assert bcubed(gold_of, {k: k for k in gold_of}) == {"precision": 1.0, "recall": 0.75,
                                                        "f1": round(1.5 / 1.75, 4)}
    assert story_links(gold_of, {k: k for k in gold_of})["f1"] == 0.0
    perfect = {"a": "x", "b": "x", "c": "y", "d": "z"}
    assert bcubed(gold_of, perfect)["f1"] == 1.0
    assert story_links(gold_of, perfect) == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1,
                                             "fp": 0, "fn": 0}
    lumped = {k: "all" for k in gold_of}
    assert story_links(gold_of, lumped)["fp"] == 5


def test_prediction_story_ids_do_not_collide_with_gold_ids() -> None:
    """score.py prefixes predicted cluster ids, so a predicted id equal to some gold story id means
    nothing."""
    g = [gold("a", [], story="s1"), gold("b", [], story="s1")]
    p = [pred("a", [], story="b"), pred("b", [], story="b")]
    assert score(g, p)["stories"]["f1"] == 1.0


def test_report_lines() -> None:
    text = report(score([gold("a", [meeting(["EST", "LVA"])])], [pred("a", [meeting(["EST", "LVA"])])]))
    lines = text.splitlines()
    assert lines[0] == "articles 1 (predicted 1)"
    assert lines[2].startswith("events             P 1.000  R 1.000  F1 1.000   (tp 1 fp 0 fn 0)")
    assert "by type:" in lines and "by language:" in lines and "fields on matched events:" in lines


# --- the port equals score.py ------------------------------------------------------------------


@pytest.fixture(scope="module")
def score_py() -> ModuleType:
    if not SCORE_PY.is_file():
        pytest.skip(f"{SCORE_PY} not available (../shared is not checked out next to the repo)")
    return load_file("shared_score", SCORE_PY)


STATES = ["AZE", "VNM", "DEU", "LAO", "nato"]
TYPES = ["meeting", "agreement", "intent", "exercise"]
DATES = [None, "2024", "2024-05", "2024-05-01", "2024-05-02", "2024-05-03", "2024-06-01"]


def _random_event(rng: random.Random) -> dict[str, Any]:
    names = ["Phan Văn Giang", "Phan Van Giang", "Jaan Tamm", "Kim Min-su", "Kim Min Su", "Anna Nowak"]
    event: dict[str, Any] = {
        "type": rng.choice(TYPES), "countries": rng.sample(STATES, rng.choice([2, 2, 3])),
        "date": rng.choice(DATES), "historical": rng.random() < 0.2,
        "location": rng.choice([None, "AZE", "VNM"]), "mode": rng.choice([None, "visit", "phone"]),
        "doc_type": rng.choice([None, "memorandum", "agreement"]),
        "persons": [{"name": rng.choice(names), "aliases": rng.sample(names, rng.randint(0, 2))}
                    for _ in range(rng.randint(0, 2))],
    }
    return event


def _perturb(event: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A prediction of a gold event with some fields changed."""
    other = _random_event(rng)
    return {k: other[k] if k not in ("type", "countries") and rng.random() < 0.4 else v
            for k, v in event.items()}


def _random_rows(seed: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(seed)
    golds, preds = [], []
    for i in range(12):
        g_events = [_random_event(rng) for _ in range(rng.randint(0, 3))]
        golds.append({"id": f"x{i}", "lang": rng.choice(["de", "en", "vi"]), "relevant": bool(g_events),
                      "story": f"s{rng.randint(0, 5)}", "events": g_events})
        if rng.random() < 0.9:  # some articles get no prediction row
            p_events = [_perturb(e, rng) for e in g_events if rng.random() < 0.6] + [
                _random_event(rng) for _ in range(rng.randint(0, 2))]
            preds.append({"id": f"x{i}", "relevant": bool(p_events), "story": f"p{rng.randint(0, 5)}",
                          "events": p_events})
    return golds, preds


@pytest.mark.parametrize("seed", range(25))
def test_port_equals_score_py(score_py: ModuleType, seed: int) -> None:
    golds, preds = _random_rows(seed)
    expected = score_py.score(golds, preds)
    assert score(golds, preds) == expected
    assert report(expected) == score_py.report(expected)
