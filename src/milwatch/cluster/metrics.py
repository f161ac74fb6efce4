"""Story clustering metrics, as ../shared/eval/score.py computes them (B-cubed and pair links)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping


def _members(of: Mapping[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for item, cluster in of.items():
        out[cluster].add(item)
    return out


def bcubed(gold_of: Mapping[str, str], pred_of: Mapping[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of `pred_of` against `gold_of` (item -> cluster id)."""
    gold, pred = _members(gold_of), _members(pred_of)
    ps, rs = [], []
    for item in gold_of:
        gold_set, pred_set = gold[gold_of[item]], pred[pred_of[item]]
        ps.append(len(gold_set & pred_set) / len(pred_set))
        rs.append(len(gold_set & pred_set) / len(gold_set))
    if not ps:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    p, r = sum(ps) / len(ps), sum(rs) / len(rs)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def story_links(gold_of: Mapping[str, str], pred_of: Mapping[str, str]) -> dict[str, float]:
    """Precision, recall and F1 of the item pairs put in one cluster."""
    def links(of: Mapping[str, str]) -> set[tuple[str, str]]:
        return {(a, b) for m in _members(of).values() for a in m for b in m if a < b}

    g, p = links(gold_of), links(pred_of)
    tp = len(g & p)
    prec = tp / len(p) if p else 0.0
    rec = tp / len(g) if g else 0.0
    return {"precision": prec, "recall": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
            "tp": tp, "fp": len(p - g), "fn": len(g - p)}
