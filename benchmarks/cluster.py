"""Scaling of the world-model stages on generated mentions: 10k vs 100k articles.

    .venv/bin/python benchmarks/cluster.py [--sizes 10000 100000] [--seed 5] [--repeat 3] [--no-memory]

The generated world has a constant density of news in time (a monitor running longer sees more
articles), so 10x the articles is 10x the span: 4 articles a day over 100 country pairs (about
5 real events a year per pair), officials changing every 3 years.  Each real event (a meeting,
often with a signing) is reported by 1-5 articles in spelling variants (German/French
transliteration, diacritics, word order); 30% of articles have no publication day, 30% of
events no date, 10% of signings are called a protocol, 20% of articles carry a background
(historical) mention.  The work per article is bounded by what one pair of officials does in
their time in office (an undated report can be any of their meetings), so both sizes span
several terms (7 and 70 years): the steady state of a long-running monitor.  Articles arrive in
order of publication, as a monitor receives them (the tests check that any order gives the
same stories).

Timed: `StoryIndex.add` for every article (then `stories()`), `merge_events` over every
mention, `OfficialsRegistry.observe_event` for every event.  Sub-quadratic: the 100k run takes
at most 12x the 10k run.  Times are CPU seconds, each size in a fresh process, best of
`--repeat` rounds that interleave the sizes (the machine is shared; wall time is printed too).
Also printed: peak memory of each stage (tracemalloc, first round), the candidates blocking
hands each mention (flat = linear work), and the ratio of a plainly linear Python loop of the
same sizes on this machine at this moment (the floor: caches and the garbage collector alone
make 10x the data cost more than 10x the time).
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from itertools import product
from typing import Any

from milwatch.cluster import StoryIndex
from milwatch.matching.events import ViewIndex, make_view
from milwatch.matching.persons import PersonMatcher
from milwatch.model import Event, Mention, Person, event_from_dict
from milwatch.resolve import OfficialsRegistry, merge_events

ARTICLES_PER_DAY = 4
COUNTRY_PAIRS = 100
TERM_DAYS = 3 * 365  # officials change every few years
MAX_RATIO = 12.0
STAGES: tuple[str, ...] = ("stories", "events", "officials")
_SYLLABLES = ("va", "ko", "ri", "sha", "mi", "lo", "den", "tor", "zha", "nov", "ka", "li",
              "vik", "ser", "gei", "ta", "ru", "mar", "chen", "bek", "ol", "ga", "ish", "pe", "tra")


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
        """The articles in the order a monitor receives them: by day of publication."""
        rng, n = self.rng, 0
        out: list[tuple[int, int, str | None, str, list[Event]]] = []
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
                out.append((published, n, pub, rng.choice(("de", "en", "fr", "vi")), events))
        out.sort(key=lambda x: (x[0], x[1]))
        # rebuilt in arrival order, as records read from a store are: memory follows the stream
        return [(f"g{i:07d}", pub, lang, [event_from_dict(e.to_dict()) for e in events])
                for i, (_, _, pub, lang, events) in enumerate(out, 1)]

    def _event(self, kind: str, a: str, b: str, day: int, location: str, persons: list[tuple[str, str]],
               doc_type: str | None = None) -> Event:
        rng = self.rng
        when = None if rng.random() < 0.3 else date.fromordinal(day).isoformat()
        return Event(type=kind, countries=sorted((a, b)), date=when, doc_type=doc_type,
                     location=None if rng.random() < 0.2 else location,
                     mode="visit" if kind == "meeting" else None,
                     persons=[Person(_variant(rng, name), country=c)
                              for name, c in persons if rng.random() < 0.9],
                     evidence=f"{kind} of {a} and {b}")


Articles = list[tuple[str, str | None, str, list[Event]]]


def _mentions(articles: Articles) -> list[Mention]:
    return [Mention(aid, e, lang, pub, index=i) for aid, pub, lang, evs in articles
            for i, e in enumerate(evs)]


def _stages(articles: Articles, mentions: list[Mention]) -> dict[str, Callable[[], Any]]:
    """The timed stages; their input (articles and mentions, as the store hands them) is built before."""

    def stories() -> int:
        index = StoryIndex()
        for aid, pub, _, events in articles:
            index.add(aid, events, pub)
        return len(index.stories())

    def events() -> int:
        return len(merge_events(mentions))

    def officials() -> int:
        reg = OfficialsRegistry()
        for aid, pub, lang, evs in articles:
            for e in evs:
                reg.observe_event(e, article_id=aid, published=pub, lang=lang)
        return len(reg)

    return {"stories": stories, "events": events, "officials": officials}


def _timed(stage: Callable[[], Any]) -> dict[str, Any]:
    """CPU and wall seconds of one run, and the seconds the garbage collector took of it."""
    in_gc = [0.0, 0.0]

    def watch(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            in_gc[1] = time.process_time()
        else:
            in_gc[0] += time.process_time() - in_gc[1]

    gc.callbacks.append(watch)
    try:
        t0, w0 = time.process_time(), time.perf_counter()
        count = stage()
        took = {"seconds": time.process_time() - t0, "wall": time.perf_counter() - w0, "count": count}
    finally:
        gc.callbacks.remove(watch)
    return {**took, "gc": in_gc[0]}


def _peak_mb(stage: Callable[[], Any]) -> float:
    tracemalloc.start()
    stage()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return peak


def _candidates_per_mention(mentions: list[Mention]) -> float:
    """How many candidates blocking hands each mention (the work per mention; flat = linear)."""
    matcher, index, total = PersonMatcher(), ViewIndex(), 0
    for i, m in enumerate(mentions):
        view = make_view(i, m.article_id, m.event, m.published, matcher)
        total += len(index.candidates(view))
        index.add(i, view)
    return total / max(1, len(mentions))


def _floor(n: int) -> float:
    """CPU seconds of a plainly linear Python loop of the same size (dict inserts, recent look-ups):
    what the machine and the interpreter make of 10x more data, with no algorithm in the way."""
    rng, table = random.Random(1), {}
    t0 = time.process_time()
    for i in range(n * 2):
        key = f"g{i:07d}"
        table[key] = [key, (i, i + 1), {"n": i}]
        for _ in range(20):
            table.get(f"g{rng.randrange(max(0, i - 3000), i + 1):07d}")
    return time.process_time() - t0


def measure(n: int, seed: int, memory: bool) -> dict[str, Any]:
    """One size, in a process of its own: only this size's data is alive while it is timed."""
    articles = World(n, seed).articles()
    mentions = _mentions(articles)
    gc.collect()
    gc.freeze()  # the generated input is not the stages' garbage: keep the collector off it
    result: dict[str, Any] = {"articles": len(articles), "mentions": len(mentions), "floor": _floor(n)}
    for name, stage in _stages(articles, mentions).items():
        result[name] = _timed(stage)
        gc.collect()
        if memory:
            result[name]["peak_mb"] = _peak_mb(stage)
            gc.collect()
    result["candidates"] = _candidates_per_mention(mentions)
    return result


def run(sizes: list[int], seed: int, memory: bool, repeat: int) -> list[dict[str, Any]]:
    """Every size `repeat` times, interleaved, each in a fresh process; the best round counts."""
    best: list[dict[str, Any]] = [{} for _ in sizes]
    ctx = multiprocessing.get_context("fork")
    for round_ in range(repeat):  # a busy spell of the shared machine hits both sizes alike
        for i, n in enumerate(sizes):
            with ctx.Pool(1) as pool:
                got = pool.apply(measure, (n, seed, memory and round_ == 0))
            for key, value in got.items():
                if key not in best[i]:
                    best[i][key] = value
                elif key in STAGES and value["seconds"] < best[i][key]["seconds"]:
                    best[i][key] = {**value, "peak_mb": best[i][key].get("peak_mb")}
                elif key == "floor":
                    best[i][key] = min(best[i][key], value)
    for result in best:
        result["seconds"] = sum(result[s]["seconds"] for s in STAGES)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs=2, default=[10_000, 100_000])
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=3, help="timed rounds, the best one counts")
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    args = ap.parse_args(argv)
    results = run(args.sizes, args.seed, not args.no_memory, max(1, args.repeat))
    for r in results:
        print(f"{r['articles']:>7} articles, {r['mentions']:>7} mentions: total {r['seconds']:7.2f} s cpu,"
              f" {r['candidates']:.2f} candidates per mention")
        for s in STAGES:
            x = r[s]
            mem = f"  peak {x['peak_mb']:7.1f} MB" if x.get("peak_mb") is not None else ""
            print(f"    {s:<10} {x['seconds']:7.2f} s cpu (collector {x['gc']:5.2f}) {x['wall']:7.2f} s wall"
                  f"  {x['count']:>7} out{mem}")
    small, big = results
    scale = big["articles"] / small["articles"]
    floor = big["floor"] / small["floor"]
    worst = 0.0
    for s in (*STAGES, None):
        ratio = (big[s]["seconds"] / small[s]["seconds"]) if s else big["seconds"] / small["seconds"]
        worst = max(worst, ratio)
        print(f"ratio {s or 'total':<10} {ratio:5.2f}x for {scale:.0f}x the articles")
    print(f"ratio {'floor':<10} {floor:5.2f}x  (a plainly linear loop on this machine now)")
    no_gc = sum(big[s]["seconds"] - big[s]["gc"] for s in STAGES) / sum(
        small[s]["seconds"] - small[s]["gc"] for s in STAGES)
    print(f"ratio {'total - gc':<10} {no_gc:5.2f}x  (CPU outside the garbage collector)")
    print(f"candidates per mention {small['candidates']:.2f} -> {big['candidates']:.2f}")
    ok = worst <= MAX_RATIO
    print(f"{'OK' if ok else 'FAIL'}: worst ratio {worst:.2f}x (limit {MAX_RATIO:.0f}x); "
          f"{worst * scale / floor:.2f}x against the machine floor")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
