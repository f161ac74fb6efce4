"""Scaling of the world-model stages on generated mentions: 10k vs 100k articles.

    .venv/bin/python benchmarks/cluster.py [--sizes 10000 100000] [--seed 5] [--no-memory]

A generated world has a constant density of news in time (a monitor running longer sees more
articles), so 10x the articles is 10x the span: about 14 articles a day over 60 country pairs.
Each real event (meeting, often with a signing) is reported by 1-5 articles in spelling
variants (German/French transliteration, diacritics, word order); 30% of articles have no
publication day, 30% of events no date, some carry a background (historical) mention.
Officials change every few years, as ministers do.

Timed: `StoryIndex.add` for every article, `merge_events` over every mention, and
`OfficialsRegistry.observe` for every official named.  Sub-quadratic means the 100k run takes
at most 12x the 10k run.  Times are CPU seconds of this process, best of `--repeat` rounds
that interleave the sizes (the machine is shared; wall time is printed too).  Peak memory
(tracemalloc, allocations of the stage itself) comes from one more pass.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from itertools import product
from typing import Any

from milwatch.cluster import StoryIndex
from milwatch.model import Event, Mention, Person
from milwatch.resolve import OfficialsRegistry, merge_events

ARTICLES_PER_DAY = 4
COUNTRY_PAIRS = 100
TERM_DAYS = 3 * 365  # officials change every three years
MAX_RATIO = 12.0
STAGES: tuple[str, ...] = ("stories", "events", "officials")
_SYLLABLES = ("va", "ko", "ri", "sha", "mi", "lo", "den", "tor", "zha", "nov", "ka", "li", "vik", "ser", "gei",
              "ta", "ru", "mar", "chen", "bek", "ol", "ga", "ish", "pe", "tra")


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _variant(rng: random.Random, name: str) -> str:
    """Another spelling of `name`, as another press convention would write it."""
    pick = rng.random()
    if pick < 0.25:  # German scheme
        return name.replace("v", "w").replace("sh", "sch").replace("zh", "sch").replace("ch", "tsch")
    if pick < 0.4:  # French scheme
        return name.replace("u", "ou").replace("sh", "ch")
    if pick < 0.5:
        first, _, last = name.partition(" ")
        return f"{last} {first}"
    if pick < 0.6:
        return name.replace("a", "á", 1).replace("e", "ê", 1)
    return name


class World:
    """Countries, their officials over time, and real events with the articles that report them."""

    def __init__(self, n_articles: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.days = max(30, n_articles // ARTICLES_PER_DAY)
        self.start = date(2000, 1, 1).toordinal()
        letters = "ABCDEFGHJKLMNPRSTUVWXZ"
        self.countries = ["".join(t) for t in product(letters[:5], letters[5:9], letters[9:12])][:40]
        pairs = [(a, b) for i, a in enumerate(self.countries) for b in self.countries[i + 1:]]
        self.pairs = self.rng.sample(pairs, COUNTRY_PAIRS)
        self.officials: dict[tuple[str, int], list[str]] = {}
        self.n_articles = n_articles

    def minister(self, country: str, day: int, seat: int) -> str:
        term = (day + (seat * 7 + sum(map(ord, country))) * 97) // TERM_DAYS
        key = (country, term * 10 + seat)
        if key not in self.officials:
            r = random.Random(f"{country}-{term}-{seat}")
            self.officials[key] = [f"{_word(r, 2)} {_word(r, 3)}"]
        return self.officials[key][0]

    def articles(self) -> list[tuple[str, str | None, str, list[Event]]]:
        rng, out, n = self.rng, [], 0
        while n < self.n_articles:
            a, b = rng.choice(self.pairs)
            day = self.start + rng.randrange(self.days)
            persons = [(self.minister(a, day, 0), a), (self.minister(b, day, 0), b)]
            if rng.random() < 0.3:
                persons.append((self.minister(b, day, 1), b))
            location, signed = rng.choice((a, b)), rng.random() < 0.4
            doc = rng.choice(("agreement", "memorandum", "protocol", "letter_of_intent"))
            for _ in range(min(rng.randint(1, 5), self.n_articles - n)):
                n += 1
                published = day + rng.randint(0, 2)
                events = [self._event("meeting", a, b, day, location, persons)]
                if signed:
                    wrong = rng.random() < 0.1
                    events.append(self._event("agreement", a, b, day, location, persons,
                                              doc_type="protocol" if wrong else doc))
                if rng.random() < 0.2:
                    past = day - rng.randint(200, 2000)
                    events.append(Event(type="meeting", countries=sorted((a, b)), historical=True,
                                        date=date.fromordinal(past).isoformat()[:7]))
                pub = None if rng.random() < 0.3 else date.fromordinal(published).isoformat()
                out.append((f"g{n:07d}", pub, rng.choice(("de", "en", "fr", "vi")), events))
        return out

    def _event(self, kind: str, a: str, b: str, day: int, location: str, persons: list[tuple[str, str]],
               doc_type: str | None = None) -> Event:
        rng = self.rng
        when = None if rng.random() < 0.3 else date.fromordinal(day).isoformat()
        return Event(type=kind, countries=sorted((a, b)), date=when, doc_type=doc_type,
                     location=None if rng.random() < 0.2 else location, mode="visit" if kind == "meeting" else None,
                     persons=[Person(_variant(rng, name), country=c) for name, c in persons if rng.random() < 0.9],
                     evidence=f"{kind} of {a} and {b}")


def _stages(articles: list[tuple[str, str | None, str, list[Event]]]) -> dict[str, Callable[[], Any]]:
    def stories() -> int:
        index = StoryIndex()
        for aid, pub, _, events in articles:
            index.add(aid, events, pub)
        return len(index.stories())

    def events() -> int:
        mentions = [Mention(aid, e, lang, pub, index=i) for aid, pub, lang, evs in articles for i, e in enumerate(evs)]
        return len(merge_events(mentions))

    def officials() -> int:
        reg = OfficialsRegistry()
        for aid, pub, lang, evs in articles:
            for e in evs:
                reg.observe_event(e, article_id=aid, published=pub, lang=lang)
        return len(reg)

    return {"stories": stories, "events": events, "officials": officials}


def _timed(stage: Callable[[], Any]) -> dict[str, Any]:
    t0, w0 = time.process_time(), time.perf_counter()
    count = stage()
    return {"seconds": time.process_time() - t0, "wall": time.perf_counter() - w0, "count": count}


def _peak_mb(stage: Callable[[], Any]) -> float:
    tracemalloc.start()
    stage()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return peak


def run(sizes: list[int], seed: int, memory: bool, repeat: int) -> list[dict[str, Any]]:
    """Time every stage on every size, `repeat` rounds interleaved; the best round counts."""
    worlds = [World(n, seed).articles() for n in sizes]
    gc.collect()
    gc.freeze()  # the generated input is not the stages' garbage: keep the collector off it
    results: list[dict[str, Any]] = [
        {"articles": len(a), "mentions": sum(len(x[3]) for x in a)} for a in worlds]
    for _ in range(repeat):  # interleaved rounds: a busy spell of the shared machine hits both sizes
        for result, articles in zip(results, worlds, strict=True):
            for name, stage in _stages(articles).items():
                took = _timed(stage)
                gc.collect()
                if name not in result or took["seconds"] < result[name]["seconds"]:
                    result[name] = took
    if memory:
        for result, articles in zip(results, worlds, strict=True):
            for name, stage in _stages(articles).items():
                result[name]["peak_mb"] = _peak_mb(stage)
                gc.collect()
    gc.unfreeze()
    for result in results:
        result["seconds"] = sum(result[s]["seconds"] for s in STAGES)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs=2, default=[10_000, 100_000])
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=3, help="timed rounds, the best one counts")
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    args = ap.parse_args(argv)
    results = run(args.sizes, args.seed, not args.no_memory, max(1, args.repeat))
    for r in results:
        print(f"{r['articles']:>7} articles, {r['mentions']:>7} mentions: total {r['seconds']:7.2f} s")
        for s in STAGES:
            x = r[s]
            mem = f"  peak {x['peak_mb']:7.1f} MB" if "peak_mb" in x else ""
            print(f"    {s:<10} {x['seconds']:7.2f} s cpu {x['wall']:7.2f} s wall  {x['count']:>7} out{mem}")
    small, big = results
    scale = big["articles"] / small["articles"]
    worst = 0.0
    for s in (*STAGES, None):
        ratio = (big[s]["seconds"] / small[s]["seconds"]) if s else big["seconds"] / small["seconds"]
        worst = max(worst, ratio)
        print(f"ratio {s or 'total':<10} {ratio:5.2f}x for {scale:.0f}x the articles")
    ok = worst <= MAX_RATIO
    print(f"{'OK' if ok else 'FAIL'}: worst ratio {worst:.2f}x (limit {MAX_RATIO:.0f}x)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
