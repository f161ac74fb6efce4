#!/usr/bin/env python3
"""Developer tool: score the extract stage alone (no cleaning, no store) on gold JSONL files.

    .venv/bin/python scripts/eval_extract.py [GOLD.jsonl ...] [--diff LANG|ID]

Defaults to every file of ../shared/corpus/dev.  `--diff` prints missed and extra events.
Use `milwatch eval` for the full pipeline; this one is for fast pack and rule tuning.
"""

from __future__ import annotations

import argparse
import glob
import json
from pathlib import Path

from milwatch.cluster.stories import assign_stories
from milwatch.evaluate.scoring import match_events, report, score
from milwatch.extract.engine import Extractor
from milwatch.langid import Detector
from milwatch.model import Article
from milwatch.pipeline import prepare

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="*")
    parser.add_argument("--diff", help="show misses/extras for a language code or article id ('all')")
    parser.add_argument("--fields", action="store_true",
                        help="with --diff: also show matched events whose date, location or persons differ")
    parser.add_argument("--raw", action="store_true", help="skip boilerplate cleaning")
    parser.add_argument("--detect", action="store_true",
                        help="detect languages instead of trusting gold `lang`")
    args = parser.parse_args()
    files = args.gold or sorted(glob.glob(str(DEV / "*.jsonl")))
    gold = [json.loads(line) for f in files for line in Path(f).read_text(encoding="utf-8").splitlines()
            if line.strip()]
    extractor = Extractor()
    detector = Detector()
    preds = []
    items = []
    for row in gold:
        hint = None if args.detect else row.get("lang")
        article = Article(id=row["id"], text=row["text"], title=row.get("title"),
                          published=row.get("published"), source_url=row.get("source_url"),
                          lang_hint=hint, lang=hint)
        if not args.raw:
            article = prepare(article, extractor.registry, detector)
        extraction = extractor.extract(article)
        items.append((row["id"], row.get("published"), extraction.events))
        preds.append(extraction.to_prediction())
    stories = assign_stories(items)
    for pred in preds:
        pred["story"] = stories[pred["id"]]
    with open("/tmp/eval_extract_preds.json", "w", encoding="utf-8") as out:
        json.dump(preds, out, ensure_ascii=False)
    print(report(score(gold, preds)))
    if args.diff:
        for row, pred in zip(gold, preds, strict=True):
            if args.diff not in ("all", row["id"], row.get("lang")):
                continue
            pairs = match_events(row["events"], pred["events"])
            matched_gold = {id(a) for a, _ in pairs}
            matched_pred = {id(b) for _, b in pairs}
            misses = [e for e in row["events"] if id(e) not in matched_gold]
            extras = [e for e in pred["events"] if id(e) not in matched_pred]
            wrong = [(a, b) for a, b in pairs if args.fields and _field_errors(a, b)]
            if not misses and not extras and not wrong:
                continue
            print(f"## {row['id']} {row.get('lang')} published={row.get('published')} "
                  f"title={row.get('title')}")
            for e in misses:
                print(f"   MISS {e['type']} {e['countries']} {e['date']} h={e['historical']} | "
                      f"{e['evidence'][:150]}")
            for e in extras:
                print(f"   XTRA {e['type']} {e['countries']} {e['date']} h={e['historical']} | "
                      f"{e['evidence'][:150]}")
            for a, b in wrong:
                print(f"   FIELD {a['type']} {a['countries']} {'; '.join(_field_errors(a, b))} | "
                      f"{a['evidence'][:150]}")


def _field_errors(gold: dict, pred: dict) -> list[str]:
    """What differs between a gold event and the predicted event matched to it."""
    errors = [f"{key} gold={gold.get(key)} pred={pred.get(key)}" for key in ("date", "location")
              if gold.get(key) != pred.get(key)]
    found = {name.lower() for person in pred.get("persons") or []
             for name in [person.get("name") or "", *(person.get("aliases") or [])]}
    missed = [p["name"] for p in gold.get("persons") or []
              if not ({p["name"].lower(), *(a.lower() for a in p.get("aliases") or [])} & found)]
    if missed:
        errors.append(f"persons missed={missed} pred={[p.get('name') for p in pred.get('persons') or []]}")
    return errors


if __name__ == "__main__":
    main()
