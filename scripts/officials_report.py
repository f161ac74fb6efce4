"""Officials and real-event checks of issue 14 on gold sets, after ingest + extract.

    python scripts/officials_report.py                       # dev + more-languages + wide of ../shared
    python scripts/officials_report.py --db var/x.db GOLD.jsonl ...   # an already extracted store

Prints, per run:
  inflected   officials whose canonical name is a case form of the gold's name (target 0)
  junk        officials whose canonical name is not a personal name: a word in upper case run into
              lower case ("ABDli"), or lower-case words other than name particles (target 0)
  no_country  share of officials without a country (target <= 5 %)
  real_events real (canonical, non-historical) events vs distinct gold events (target within 10 %)
  contradict  officials with a role span outside the seed registry's tenure for it (target 0)
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from milwatch.extract._registry import OfficialsIndex
from milwatch.langid import Detector
from milwatch.model import Article
from milwatch.packs import PackRegistry
from milwatch.pipeline import extract_stored, ingest, make_extractor
from milwatch.resolve.names import MATCH_THRESHOLD, _aligned, _base_score, name_tokens, token_similarity
from milwatch.resolve.official_facts import tenure_contradictions
from milwatch.store import open_store

SETS = ("dev", "more-languages", "wide")
PARTICLES = frozenset({"al", "el", "bin", "binti", "ibn", "de", "da", "do", "dos", "das", "del", "di", "du", "van",
                       "von", "der", "den", "le", "la", "y", "e", "ter", "bte", "ul", "ud"})
_CAPS_RUN = re.compile(r"[A-Z]{2,}[a-z]")


def gold_rows(paths: list[Path]) -> list[dict[str, Any]]:
    return [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def shared_gold(root: Path) -> list[Path]:
    return sorted(p for s in SETS for p in (root / "corpus" / s).glob("*.jsonl"))


def build(rows: list[dict[str, Any]], db: Path) -> Any:
    store = open_store(db)
    articles = [Article(id=r["id"], text=r["text"], title=r.get("title"), published=r.get("published"),
                        source_url=r.get("source_url"), lang_hint=r.get("lang")) for r in rows]
    registry = PackRegistry()
    ingest(articles, store, registry, Detector())
    extract_stored(store, make_extractor(registry), known_officials=[])
    return store


def _strict(a: str, b: str) -> float:
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return 0.0
    if sorted(ta) == sorted(tb):
        return 100.0
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return max(_aligned(short, long_, _base_score), 0.0) if len(short) >= 2 else 0.0


def junk(name: str) -> bool:
    words = name.split()
    if any(_CAPS_RUN.search(w) for w in words):
        return True
    latin = [w for w in words if w.isascii() and w.replace("-", "").isalpha()]
    return any(w.islower() and w not in PARTICLES for w in latin) or (bool(latin) and words[-1].islower())


def figures(store: Any, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The five figures (and the names behind them) for a store extracted from `rows`."""
    gold_people: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        gold_people[r["id"]] = [p for e in r.get("events") or [] for p in e.get("persons") or []]
    linked: dict[str, set[str]] = {}
    for article_id, pid in store.conn.execute("SELECT article_id, person_id FROM event_persons "
                                              "WHERE person_id IS NOT NULL"):
        linked.setdefault(pid, set()).add(article_id)
    persons = list(store.iter_persons())
    inflected, junk_names = [], []
    for p in persons:
        if junk(p.name):
            junk_names.append(p.name)
            continue
        golds = [g for a in linked.get(p.id, ()) for g in gold_people.get(a, [])]
        for g in golds:
            spellings = [g["name"], *(g.get("aliases") or [])]
            if any(token_similarity(name_tokens(n), name_tokens(s)) >= MATCH_THRESHOLD
                   for n in [p.name, *p.aliases] for s in spellings):
                # the same person: a canonical name that matches the gold only through a case ending
                if token_similarity(name_tokens(p.name), name_tokens(g["name"])) >= MATCH_THRESHOLD and \
                        max(_strict(p.name, s) for s in spellings) < MATCH_THRESHOLD:
                    inflected.append(f"{p.name} (gold {g['name']})")
                break
    no_country = [p.name for p in persons if not p.country]
    gold_events = {(r.get("story"), e["type"], tuple(sorted(e.get("countries") or [])), e.get("date"))
                   for r in rows for e in r.get("events") or [] if not e.get("historical")}
    real = store.conn.execute("SELECT COUNT(*) FROM real_events WHERE historical = 0").fetchone()[0]
    seed = OfficialsIndex.seed()
    by_id = {k.id: k for k in seed.people}
    contradicted = []
    for p in persons:
        known = by_id.get(p.id)
        if known is None:
            hit = seed.match(p.name, p.name, p.country)
            known = by_id.get(hit.id) if hit and hit.how == "full" else None
        if known is not None and tenure_contradictions(p, known):
            contradicted.append(f"{p.name}: {tenure_contradictions(p, known)}")
    return {
        "officials": len(persons), "inflected": len(inflected), "junk": len(junk_names),
        "no_country": len(no_country), "no_country_share": round(len(no_country) / max(len(persons), 1), 3),
        "real_events": real, "gold_events": len(gold_events),
        "real_vs_gold": round(real / max(len(gold_events), 1) - 1, 3),
        "contradict": len(contradicted),
        "names": {"inflected": inflected, "junk": junk_names, "no_country": no_country,
                  "contradict": contradicted},
    }


def main(argv: list[str]) -> int:
    db = None
    if argv[:1] == ["--db"]:
        db, argv = Path(argv[1]), argv[2:]
    paths = [Path(a) for a in argv] or shared_gold(Path(__file__).resolve().parents[2] / "shared")
    rows = gold_rows(paths)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(db) if db else build(rows, Path(tmp) / "officials.db")
        try:
            out = figures(store, rows)
        finally:
            store.close()
    names = out.pop("names")
    print(json.dumps(out))
    for key, values in names.items():
        for v in values:
            print(f"  {key}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
