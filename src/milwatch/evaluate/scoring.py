"""Scoring of predictions against gold, metric for metric the same as ../shared/eval/score.py,
plus per-language and per-type tables for `milwatch eval`."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

Row = dict[str, Any]
_FOLD = str.maketrans({"đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
                       "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i"})


def fold_name(name: str | None) -> str:
    text = unicodedata.normalize("NFKD", (name or "").translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().replace("-", " ").split())


def country_code(value: Any) -> str:
    text = str(value).strip()
    return text.upper() if len(text) == 3 and text.isalpha() and text.upper() == text else text.lower()


def _countries(event: Row) -> frozenset[str]:
    return frozenset(country_code(c) for c in event.get("countries") or [])


def date_ok(gold: str | None, pred: str | None) -> bool:
    return bool(gold) and bool(pred) and str(pred)[: len(gold or "")] == gold


def dates_compatible(gold: str | None, pred: str | None) -> bool:
    if not gold or not pred:
        return True
    if len(gold) == 10 and len(pred) == 10:
        try:
            return abs((date.fromisoformat(gold) - date.fromisoformat(pred)).days) <= 1
        except ValueError:
            return False
    n = min(len(gold), len(pred))
    return gold[:n] == pred[:n]


def match_events(gold_events: list[Row], pred_events: list[Row]) -> list[tuple[Row, Row]]:
    """Greedy one-to-one matching on type + country set + compatible dates."""
    used: set[int] = set()
    pairs: list[tuple[Row, Row]] = []
    for gold in gold_events:
        best: int | None = None
        for j, pred in enumerate(pred_events):
            if j in used or pred.get("type") != gold.get("type") or _countries(pred) != _countries(gold):
                continue
            if not dates_compatible(gold.get("date"), pred.get("date")):
                continue
            if best is None or (date_ok(gold.get("date"), pred.get("date"))
                                and not date_ok(gold.get("date"), pred_events[best].get("date"))):
                best = j
        if best is not None:
            used.add(best)
            pairs.append((gold, pred_events[best]))
    return pairs


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def bcubed(gold_of: dict[str, str], pred_of: dict[str, str]) -> dict[str, float]:
    gold_members: dict[str, set[str]] = defaultdict(set)
    pred_members: dict[str, set[str]] = defaultdict(set)
    for item, cluster in gold_of.items():
        gold_members[cluster].add(item)
    for item, cluster in pred_of.items():
        pred_members[cluster].add(item)
    ps, rs = [], []
    for item in gold_of:
        gold_set, pred_set = gold_members[gold_of[item]], pred_members[pred_of[item]]
        ps.append(len(gold_set & pred_set) / len(pred_set))
        rs.append(len(gold_set & pred_set) / len(gold_set))
    p, r = (sum(ps) / len(ps), sum(rs) / len(rs)) if ps else (0.0, 0.0)
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def story_links(gold_of: dict[str, str], pred_of: dict[str, str]) -> dict[str, float | int]:
    def links(of: dict[str, str]) -> set[tuple[str, str]]:
        members: dict[str, list[str]] = defaultdict(list)
        for item, cluster in of.items():
            members[cluster].append(item)
        return {(a, b) for m in members.values() for a in m for b in m if a < b}
    g, p = links(gold_of), links(pred_of)
    return prf(len(g & p), len(p - g), len(g - p))


def _field_scores(pairs: list[tuple[Row, Row]], fields: dict[str, list[int]]) -> None:
    for gold, pred in pairs:
        if gold.get("date"):
            fields["date"][0] += date_ok(gold["date"], pred.get("date"))
            fields["date"][1] += 1
        if gold.get("location"):
            fields["location"][0] += (country_code(pred.get("location") or "")
                                      == country_code(gold["location"]))
            fields["location"][1] += 1
        if gold.get("type") == "meeting":
            fields["mode"][0] += (pred.get("mode") or None) == (gold.get("mode") or None)
            fields["mode"][1] += 1
        if gold.get("type") == "agreement" and gold.get("doc_type"):
            fields["doc_type"][0] += pred.get("doc_type") == gold["doc_type"]
            fields["doc_type"][1] += 1
        names = {fold_name(x.get("name")) for x in pred.get("persons") or []}
        for person in gold.get("persons") or []:
            wanted = {fold_name(person["name"])} | {fold_name(a) for a in person.get("aliases") or []}
            fields["persons"][0] += bool(names & wanted)
            fields["persons"][1] += 1


def score(gold_rows: Iterable[Row], pred_rows: Iterable[Row]) -> dict[str, Any]:
    """All metrics of score.py for these gold and prediction rows."""
    gold_rows = list(gold_rows)
    preds = {r["id"]: r for r in pred_rows}
    rel = [0, 0, 0]
    counts = {"all": [0, 0, 0], "current": [0, 0, 0]}
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    gold_story, pred_story = {}, {}
    for g in gold_rows:
        p = preds.get(g["id"], {})
        gr, pr = bool(g.get("relevant")), bool(p.get("relevant"))
        rel[0] += gr and pr
        rel[1] += pr and not gr
        rel[2] += gr and not pr
        gold_story[g["id"]] = g.get("story") or g["id"]
        pred_story[g["id"]] = "p:" + str(p.get("story") or g["id"])
        gev, pev = g.get("events") or [], p.get("events") or []
        for scope, gs, ps in (("all", gev, pev),
                              ("current", [e for e in gev if not e.get("historical")],
                               [e for e in pev if not e.get("historical")])):
            pairs = match_events(gs, ps)
            c = counts[scope]
            c[0] += len(pairs)
            c[1] += len(ps) - len(pairs)
            c[2] += len(gs) - len(pairs)
            if scope != "all":
                continue
            for t in {e.get("type") for e in gs} | {e.get("type") for e in ps}:
                tp = len([1 for a, _ in pairs if a.get("type") == t])
                bt = by_type[str(t)]
                bt[0] += tp
                bt[1] += len([e for e in ps if e.get("type") == t]) - tp
                bt[2] += len([e for e in gs if e.get("type") == t]) - tp
            bl = by_lang[g.get("lang", "?")]
            bl[0] += len(pairs)
            bl[1] += len(ps) - len(pairs)
            bl[2] += len(gs) - len(pairs)
            _field_scores(pairs, fields)
    return {
        "articles": len(gold_rows),
        "predicted": len([g for g in gold_rows if g["id"] in preds]),
        "relevance": prf(*rel),
        "events": prf(*counts["all"]),
        "events_current": prf(*counts["current"]),
        "by_type": {t: prf(*v) for t, v in sorted(by_type.items(), key=lambda kv: str(kv[0]))},
        "by_lang": {lang: prf(*v) for lang, v in sorted(by_lang.items())},
        "fields": {k: {"accuracy": round(v[0] / v[1], 4) if v[1] else None, "n": v[1]}
                   for k, v in sorted(fields.items())},
        "stories": bcubed(gold_story, pred_story),
        "story_links": story_links(gold_story, pred_story),
    }


def report(metrics: dict[str, Any]) -> str:
    """The plain-text report, line for line as score.py prints it."""
    def line(name: str, s: dict[str, Any]) -> str:
        text = f"{name:<18} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
        return text + (f"   (tp {s['tp']} fp {s['fp']} fn {s['fn']})" if "tp" in s else "")
    out = [f"articles {metrics['articles']} (predicted {metrics['predicted']})"]
    out.append(line("relevance", metrics["relevance"]))
    out.append(line("events", metrics["events"]))
    out.append(line("events current", metrics["events_current"]))
    out.append(line("stories B3", metrics["stories"]))
    out.append(line("story links", metrics["story_links"]))
    out.append("by type:")
    out += ["  " + line(t, s) for t, s in metrics["by_type"].items()]
    out.append("by language:")
    out += ["  " + line(lang, s) for lang, s in metrics["by_lang"].items()]
    out.append("fields on matched events:")
    out += [f"  {k:<10} {v['accuracy'] if v['accuracy'] is not None else '-'}  (n {v['n']})"
            for k, v in metrics["fields"].items()]
    return "\n".join(out)
