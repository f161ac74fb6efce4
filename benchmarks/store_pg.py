"""Issue 15: the PostgreSQL store against the SQLite store, ingest and the API's event queries, in one run.

    .venv/bin/python benchmarks/store_pg.py [--articles 5000] [--repeat 5] [--url postgresql://…]

1. Generates `--articles` articles with their extractions (the world of benchmarks/real_events.py:
   meetings and agreements of 15 countries over the years, several reports per real event), each
   article given ~1,000 characters of varied text so near-duplicate detection and the full-text
   index work as on real input.
2. Ingest: `store.add_articles` in batches of 500 (what `milwatch ingest` does after the stages),
   into a fresh SQLite file and a fresh PostgreSQL database (scripts/postgres.sh starts one unless
   `--url` names a server): articles/s of each and the ratio.
3. The extractions are then loaded the same way into both (not timed), real events built.
4. The API's event queries (the functions behind /api/events, /api/countries, /api/pairs,
   /api/timeline, /api/stats, /api/events?level=real and /api/search), each run `--repeat` times
   on both stores: median milliseconds and the ratio PostgreSQL / SQLite.

Figures depend on the machine; the ratios, measured in one process one after the other, much less.
The PostgreSQL server of scripts/postgres.sh runs with fsync off (a test server).

Measured (PostgreSQL 15, server and client on one 2-core machine under a load of ~14), --articles 20000:
ingest SQLite 446/s, PostgreSQL 127/s (time ratio 3.52: the stemmed tsvector and its GIN index cost
most); 34,091 reports, 13,214 real events; query ratios PostgreSQL/SQLite: events pages 1.97 (all),
1.95 (country), 1.24 (pair, type, since), 1.08 (person); real events page 9.1 (1.7 vs 15.9 ms: round
trips); countries 1.07; pairs 1.96; timeline 0.45; stats 1.23; search 2.95; geometric mean 1.66.
At 5,000 articles the geometric mean was 1.87.  The 100k run did not fit the session on this machine.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real_events import World, bulk_load  # noqa: E402  (the generated world of benchmarks/real_events.py)

from milwatch.model import Article, Extraction  # noqa: E402
from milwatch.store import Store, open_store  # noqa: E402
from milwatch.store import queries as q  # noqa: E402
from milwatch.store import queries_browse as qb  # noqa: E402
from milwatch.store import queries_real as qr  # noqa: E402

BATCH = 500
ROOT = Path(__file__).resolve().parents[1]
SENTENCES = [
    "The defence ministers of {a} and {b} held talks on training, logistics and maritime security.",
    "A delegation of {n} officers from {a} visited the naval base near {c} on {d}.",
    "Both sides agreed to expand cooperation in military medicine and demining by {y}.",
    "{p} said the partnership had grown over the past {n} years and thanked the hosts.",
    "The two ministries signed a memorandum of understanding on cyber defence in {c}.",
    "Officials said a joint staff exercise with {n} troops is planned for {y}.",
    "The talks also covered peacekeeping, defence industry projects and cadet exchanges.",
    "{p} invited his counterpart to visit {b} next year for the {n}th round of consultations.",
]


def _text(rng: random.Random, article: Article) -> str:
    words = {"a": rng.choice(("Alphaland", "Betaland", "Gammaland", "Deltaland")),
             "b": rng.choice(("Epsilonia", "Zetania")),
             "c": f"Port {rng.randint(1, 500)}", "d": article.published, "y": rng.randint(2015, 2030),
             "n": rng.randint(2, 900),
             "p": f"General {rng.choice('ABCDEFGHIJKLMNOP')}. {rng.randint(1, 99999)}"}
    return " ".join(rng.choice(SENTENCES).format(**words) for _ in range(12))


def generate(n: int, seed: int = 7) -> list[tuple[Article, Extraction]]:
    rng = random.Random(seed)
    stream = World(seed).stream()
    out = []
    for _ in range(n):
        article, extraction = next(stream)
        text = _text(rng, article)
        out.append((Article(id=article.id, text=text, clean_text=text, title=article.title,
                            published=article.published,
                            lang=article.lang, source_url=article.source_url), extraction))
    return out


def pg_server(url: str | None) -> str:
    if url:
        return url
    done = subprocess.run(["bash", str(ROOT / "scripts" / "postgres.sh")], capture_output=True,
                          text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


def fresh_database(server: str) -> str:
    import psycopg

    name = f"bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    head, _, query = server.partition("?")
    return f"{head.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")


def drop_database(server: str, url: str) -> None:
    import psycopg

    name = url.partition("?")[0].rsplit("/", 1)[-1]
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def ingest(store: Store, items: list[tuple[Article, Extraction]]) -> float:
    """Seconds to store every article, a batch of 500 at a time."""
    started = time.perf_counter()
    for start in range(0, len(items), BATCH):
        store.add_articles([a for a, _e in items[start:start + BATCH]])
    return time.perf_counter() - started


def load_extractions(store: Store, items: list[tuple[Article, Extraction]]) -> None:
    """The extractions of the already stored articles, bulk-loaded (add_articles again changes nothing)."""
    bulk_load(store, items)


def query_suite(store: Store, lang_sample: str) -> dict[str, Callable[[], Any]]:
    F = q.EventFilter
    return {
        "events page (all)": lambda: q.events_page(store, F(), limit=50, total=True),
        "events page (country)": lambda: q.events_page(store, F(countries=("EST",)), limit=50, total=True),
        "events page (pair, type, since)": lambda: q.events_page(
            store, F(pair=("EST", "LVA"), types=("meeting",), since="2016"), limit=50, total=True),
        "events page (person)": lambda: q.events_page(store, F(person=lang_sample), limit=50, total=True),
        "real events page": lambda: qr.real_events_page(store, F(), limit=50, total=True),
        "countries": lambda: q.countries(store),
        "pairs": lambda: q.pairs(store),
        "timeline (months)": lambda: q.event_months(store),
        "stats": lambda: qb.knowledge_stats(store),
        "search": lambda: qb.search_page(store, "memorandum cyber", limit=20),
    }


def median_ms(func: Callable[[], Any], repeat: int) -> float:
    func()  # warm caches and prepared plans, as a running server has
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000, help="articles (100000 for the issue's figure)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each query")
    parser.add_argument("--url", default=None, help="a PostgreSQL server URL (default: scripts/postgres.sh)")
    args = parser.parse_args()

    items = generate(args.articles)
    server = pg_server(args.url)
    url = fresh_database(server)
    with tempfile.TemporaryDirectory() as tmp:
        lite, pg = open_store(Path(tmp) / "bench.db"), open_store(url)
        try:
            lite_s, pg_s = ingest(lite, items), ingest(pg, items)
            print(f"ingest {args.articles} articles: SQLite {args.articles / lite_s:,.0f}/s, "
                  f"PostgreSQL {args.articles / pg_s:,.0f}/s; time ratio "
                  f"PostgreSQL/SQLite {pg_s / lite_s:.2f}")
            for store in (lite, pg):
                load_extractions(store, items)
            assert lite.stats()["reports"] == pg.stats()["reports"] > 0
            person = items[0][1].events[0].persons[0].name
            print(f"{lite.stats()['reports']} reports, {lite.count_real_events()} real events; "
                  f"queries: median of {args.repeat} (ms)")
            lite_q, pg_q = query_suite(lite, person), query_suite(pg, person)
            ratios = []
            for name in lite_q:
                a, b = median_ms(lite_q[name], args.repeat), median_ms(pg_q[name], args.repeat)
                ratios.append(b / a)
                print(f"  {name:34s} SQLite {a:8.1f}  PostgreSQL {b:8.1f}  ratio {b / a:6.2f}")
            print(f"  {'geometric mean ratio':34s} {statistics.geometric_mean(ratios):.2f}")
        finally:
            lite.close()
            pg.close()
            drop_database(server, url)


if __name__ == "__main__":
    main()
