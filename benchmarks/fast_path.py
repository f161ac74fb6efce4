#!/usr/bin/env python3
"""The extract stage with and without the fast path (issue 11, items 1-2), as ratios in one run.

    .venv/bin/python benchmarks/fast_path.py [--rounds 3] [--stream 1000]

Configurations, all in this process on the same articles (language from the gold):

  plain      a regex pass per trigger/marker list, every stage on every article
  automaton  one Aho-Corasick pass per language finds where phrases can start (Pack.scan)
  gate       plain matching, but a text with no trigger of any event rule stops there
  both       automaton + gate (the default Extractor)

Corpora: (a) every article of ../shared/corpus/*/*.jsonl (defense news and hard
negatives); (b) speed.py's stream, one relevant gold text in twenty.  Every extractor is
warmed on every article first (patterns compiled), then the configurations take turns for
--rounds rounds; the best CPU time of each is kept (the machine is shared).  Printed:
articles per CPU second and the ratio to `plain`; the trigger/marker matching alone; and
whether every configuration predicted the same as `plain` (it must).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from speed import SHARED_CORPUS, build_stream, gold_rows  # noqa: E402

from milwatch.extract.analysis import HIT_LISTS  # noqa: E402
from milwatch.extract.engine import Extractor  # noqa: E402
from milwatch.model import Article  # noqa: E402
from milwatch.packs import PackRegistry  # noqa: E402


def articles_of(rows: list[dict[str, Any]]) -> list[Article]:
    return [Article(id=r["id"], text=r["text"], title=r.get("title"), published=r.get("published"),
                    source_url=r.get("source_url"), lang=r.get("lang")) for r in rows]


def cpu_seconds(extractor: Extractor, articles: list[Article]) -> tuple[float, list[dict[str, Any]]]:
    started = time.process_time()
    out = [extractor.extract(a).to_prediction() for a in articles]
    return time.process_time() - started, out


def matching_seconds(registry: PackRegistry, articles: list[Article]) -> float:
    started = time.process_time()
    for article in articles:
        registry.get(article.lang).scan(HIT_LISTS, article.body)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--stream", type=int, default=1000, help="articles in corpus (b)")
    args = parser.parse_args()
    rows = gold_rows(SHARED_CORPUS)
    corpora = {"(a) defense news": articles_of(rows),
               "(b) 1 in 20 relevant": articles_of(build_stream(rows, args.stream))}
    plain_registry, fast_registry = PackRegistry(fast_matching=False), PackRegistry()
    configs = {
        "plain": Extractor(plain_registry, gate=False),
        "automaton": Extractor(fast_registry, gate=False),
        "gate": Extractor(plain_registry, gate=True),
        "both": Extractor(fast_registry, gate=True),
    }
    print(f"warming {len(configs)} extractors on {sum(len(a) for a in corpora.values())} articles ...",
          flush=True)
    for extractor in configs.values():
        for articles in corpora.values():
            cpu_seconds(extractor, articles)
    best: dict[tuple[str, str], float] = {}
    same: dict[tuple[str, str], bool] = {}
    match_best: dict[str, float] = {}
    for _ in range(args.rounds):
        for corpus, articles in corpora.items():
            reference: list[dict[str, Any]] | None = None
            for name, extractor in configs.items():
                seconds, predictions = cpu_seconds(extractor, articles)
                best[corpus, name] = min(seconds, best.get((corpus, name), seconds))
                reference = predictions if name == "plain" else reference
                same[corpus, name] = same.get((corpus, name), True) and predictions == reference
        for name, registry in (("plain", plain_registry), ("automaton", fast_registry)):
            seconds = matching_seconds(registry, corpora["(a) defense news"])
            match_best[name] = min(seconds, match_best.get(name, seconds))
    print(f"\nbest of {args.rounds} rounds, CPU seconds; articles per CPU second (ratio to plain)")
    for corpus, articles in corpora.items():
        print(f"\n{corpus}: {len(articles)} articles")
        base = best[corpus, "plain"]
        for name in configs:
            seconds = best[corpus, name]
            print(f"  {name:<10} {len(articles) / seconds:8.1f} /s   {base / seconds:5.2f}x"
                  f"   same predictions as plain: {'yes' if same[corpus, name] else 'NO'}")
    n = len(corpora["(a) defense news"])
    print(f"\ntrigger/marker matching alone on (a) ({len(HIT_LISTS)} lists per language):")
    for name, seconds in match_best.items():
        print(f"  {name:<10} {1000 * seconds / n:6.3f} ms/article   {match_best['plain'] / seconds:5.2f}x")
    if not all(same.values()):
        raise SystemExit("a fast configuration predicted something else than plain")


if __name__ == "__main__":
    main()
