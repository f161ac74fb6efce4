"""Officials and real-event checks of issue 14 on gold sets, after ingest + extract.

    python scripts/officials_report.py                       # dev, more-languages and wide of ../shared,
                                                             # each on its own
    python scripts/officials_report.py --db var/x.db GOLD.jsonl ...   # an already extracted store

Prints, per set (and the officials figures over all sets):
  inflected   officials whose canonical name is a case form of the gold's name (target 0)
  junk        officials whose canonical name is not a personal name: a word in upper case run into
              lower case ("ABDli"), or lower-case words other than name particles (target 0)
  no_country  share of officials without a country (target <= 5 %); wrong_country: officials whose
              country is not the gold's for the same person in the same article (for information)
  real_events real (canonical, non-historical) events vs distinct gold events (target within 10 %)
  split       distinct gold events of a story reported by several articles whose reports did not end in
              one real event (target 0; the reports are the predicted events of those articles with the
              gold event's type and states, and its date when an article has several)
  overmerged  real events holding reports of two distinct gold events: other stories or kinds, or dates
              that exclude each other (for information: a merge's price)
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
from milwatch.matching.names import MATCH_THRESHOLD, _aligned, _base_score, name_tokens, token_similarity
from milwatch.model import Article
from milwatch.packs import PackRegistry
from milwatch.pipeline import extract_stored, ingest, make_extractor
from milwatch.resolve.official_facts import tenure_contradictions
from milwatch.store import open_store

SETS = ("dev", "more-languages", "wide")
PARTICLES = frozenset({"al", "el", "bin", "binti", "ibn", "de", "da", "do", "dos", "das", "del",
                       "di", "du", "van",
                       "von", "der", "den", "le", "la", "y", "e", "ter", "bte", "ul", "ud"})
_CAPS_RUN = re.compile(r"[A-Z]{2,}[a-z]")


def gold_rows(paths: list[Path]) -> list[dict[str, Any]]:
    return [json.loads(line) for p in paths
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def shared_gold(root: Path, sets: tuple[str, ...] = SETS) -> list[Path]:
    return sorted(p for s in sets for p in (root / "corpus" / s).glob("*.jsonl"))


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
    wrong_country = _wrong_countries(store, persons, gold_people)
    split = _split_gold_events(store, rows)
    overmerged = _overmerged(store, rows)
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
        "split": len(split), "overmerged": len(overmerged), "wrong_country": len(wrong_country),
        "contradict": len(contradicted),
        "names": {"inflected": inflected, "junk": junk_names, "no_country": no_country,
                  "wrong_country": wrong_country, "split": split, "overmerged": overmerged,
                  "contradict": contradicted},
    }


def _wrong_countries(store: Any, persons: list[Any],
                     gold_people: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Officials whose country differs from the gold's for the person of the same name in an article
    that names them (the gold person found by name similarity, any spelling)."""
    by_id = {p.id: p for p in persons}
    out = []
    for article_id, pid in store.conn.execute("SELECT DISTINCT article_id, person_id FROM event_persons "
                                              "WHERE person_id IS NOT NULL ORDER BY 1, 2"):
        p = by_id.get(pid)
        if p is None or not p.country:
            continue
        for g in gold_people.get(article_id, []):
            gold = g.get("country")
            if not gold or gold.upper() == p.country.upper():
                continue
            if any(token_similarity(name_tokens(n), name_tokens(s)) >= MATCH_THRESHOLD
                   for n in [p.name, *p.aliases] for s in [g["name"], *(g.get("aliases") or [])]):
                out.append(f"{p.name} {p.country} (gold {gold}, {article_id})")
                break
    return sorted(set(out))


def _split_gold_events(store: Any, rows: list[dict[str, Any]]) -> list[str]:
    """Distinct gold events of a story, reported by two articles or more, whose reports are in
    more than one real event."""
    reports: dict[tuple[Any, ...], list[str]] = {}
    for r in rows:
        for e in r.get("events") or []:
            if r.get("story") and not e.get("historical"):
                key = (r["story"], e["type"], tuple(sorted(e.get("countries") or [])), e.get("date"))
                reports.setdefault(key, []).append(r["id"])
    predicted: dict[tuple[str, str, tuple[str, ...]], list[tuple[str | None, str]]] = {}
    for article_id, type_, countries, date, event_id in store.conn.execute(
            "SELECT e.article_id, e.type, e.countries, e.date, m.event_id FROM events e JOIN "
            "real_event_mentions m "
            "ON m.article_id = e.article_id AND m.idx = e.idx"):
        key = (article_id, type_, tuple(sorted(json.loads(countries))))
        predicted.setdefault(key, []).append((date, event_id))
    out = []
    for (story, type_, countries, date), articles in sorted(reports.items(), key=str):
        if len(set(articles)) < 2:
            continue
        found = set()
        for article_id in sorted(set(articles)):
            cands = predicted.get((article_id, type_, countries), [])
            if len({e for _, e in cands}) > 1:
                cands = [c for c in cands if date and c[0] and c[0][:len(date)] == date] or []
            if len({e for _, e in cands}) == 1:
                found.add(cands[0][1])
        if len(found) > 1:
            out.append(f"{story} {type_} {'/'.join(countries)} {date}: {len(found)} real events")
    return out


def _overmerged(store: Any, rows: list[dict[str, Any]]) -> list[str]:
    """Real events whose reports are of two distinct gold events or more (a report is matched to the gold
    event of its article with its type and states, and its date when the article has several)."""
    gold: dict[tuple[str, str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
    for r in rows:
        for e in r.get("events") or []:
            countries = tuple(sorted(e.get("countries") or []))
            gold.setdefault((r["id"], e["type"], countries), []).append(
                (r.get("story") or r["id"], e["type"], countries, e.get("date"), bool(e.get("historical"))))
    found: dict[str, set[tuple[Any, ...]]] = {}
    for article_id, type_, countries, date, event_id in store.conn.execute(
            "SELECT e.article_id, e.type, e.countries, e.date, m.event_id FROM events e JOIN "
            "real_event_mentions m "
            "ON m.article_id = e.article_id AND m.idx = e.idx"):
        cands = gold.get((article_id, type_, tuple(sorted(json.loads(countries)))), [])
        if len(set(cands)) > 1:
            cands = [g for g in cands if date and g[3] and date[:len(g[3])] == g[3]]
        if len(set(cands)) == 1:
            found.setdefault(event_id, set()).add(cands[0])
    def distinct(keys: set[tuple[Any, ...]]) -> bool:
        """Two gold events for sure: news of other stories or kinds, or dates that exclude each other (a
        gold event without a date is any of the story's dated ones; a background mention may sit in any
        story, as the report of the event it recalls)."""
        if len({k[:3] for k in keys if not k[4]}) > 1:
            return True
        dates = sorted({k[3] for k in keys if k[3]})
        return any(not b.startswith(a) for a, b in zip(dates, dates[1:], strict=False))

    return sorted(f"{event_id}: {len(keys)} gold events"
                  for event_id, keys in found.items() if distinct(keys))


def main(argv: list[str]) -> int:
    db = None
    if argv[:1] == ["--db"]:
        db, argv = Path(argv[1]), argv[2:]
    shared = Path(__file__).resolve().parents[2] / "shared"
    runs = {"given": [Path(a) for a in argv]} if argv else {s: shared_gold(shared, (s,)) for s in SETS}
    totals = {"officials": 0, "no_country": 0}
    for name, paths in runs.items():
        rows = gold_rows(paths)
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(db) if db else build(rows, Path(tmp) / "officials.db")
            try:
                out = figures(store, rows)
            finally:
                store.close()
        names = out.pop("names")
        print(name, json.dumps(out))
        for key, values in names.items():
            for v in values:
                print(f"  {key}: {v}")
        totals = {k: totals[k] + out[k] for k in totals}
    if len(runs) > 1:
        print("all sets",
              json.dumps({**totals,
                          "no_country_share": round(totals["no_country"] / max(totals["officials"], 1), 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
