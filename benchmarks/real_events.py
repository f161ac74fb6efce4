"""Issue 14: adding articles keeps the real events up to date at a cost that does not grow with the store.

    .venv/bin/python benchmarks/real_events.py [--small 1000] [--big 20000] [--add 100]
                                               [--repeat 3] [--seed 7]
    .venv/bin/python benchmarks/real_events.py --resolve DB [DB ...] [--per-row]

Two stores of generated reports (`--small` and `--big` report events) are filled, then `--add` new
articles are added to each the way `milwatch extract` / `POST /api/articles` add them: stored
(`add_articles`), then each article's extraction saved (`save_extraction`), which brings the real
events of its reports up to date in the same transaction (store/real_events.py: a blocked re-merge
of the real events the new reports can join).  Timed: those adds, best of `--repeat` rounds on
fresh copies of each store, both sizes in this process.  Printed: seconds per size and their ratio
(big / small; the claim is at most about 1.5: no rebuild of the store per extract), the real events
each size holds, and what the added reports joined.

The generated world has a constant density of news in time (a monitor running longer sees more
articles, so a bigger store spans more years): 4 articles a day over 100 country pairs, each real
event (a meeting, half of them with a signing) reported by 1-4 articles, 30% of reports without a
date of their own, 20% of articles with a background mention of an earlier event of the pair;
officials change every three years.  The added articles continue the stream: reports of the latest
real events and of new ones.  The stores are filled by writing the reports and deriving the real
events once (`rebuild_real_events`), which is not timed.

`--resolve` (issue 11: the bulk real-event merge of `milwatch predict`): for each store given (e.g. what
`milwatch predict --db` left for 3k and 10k articles), a copy with its real-event tables emptied as in
a fresh store is resolved again in one transaction (`resolve_all`); printed: CPU seconds per real event
in all, of the inserts (`_insert`, the insert trigger included) and of the set-based fill of the kept
counts (`rollups.fill_counts`), and the ratio per real event to the first store.  `--per-row`: the kept
counts counted one real event at a time by the insert trigger instead (the way before migration 12).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

from milwatch.model import Article, Event, Extraction, Person
from milwatch.store import open_store, rollups
from milwatch.store import real_events as real_events_module
from milwatch.store.rows import EVENT_COLUMNS, PERSON_COLUMNS, event_rows

ARTICLES_PER_DAY = 4
TERM_DAYS = 3 * 365
COUNTRIES = ("AZE", "VNM", "EST", "LVA", "LTU", "POL", "FIN", "SWE", "NOR", "DEU", "FRA", "ITA",
             "ESP", "JPN", "KOR")
LANGS = ("en", "de", "fr", "vi", "ru", "ja")
_SYLLABLES = ("va", "ko", "ri", "sha", "mi", "lo", "den", "tor", "zha", "nov", "ka", "li",
              "vik", "ser", "gei")
START = date(2015, 1, 1)


def _name(rng: random.Random) -> str:
    return " ".join("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                    for _ in range(2))


class World:
    """A stream of (Article, Extraction) in publication order."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        pairs = list(combinations(COUNTRIES, 2))
        self.rng.shuffle(pairs)
        self.pairs = pairs[:100]
        self.officials: dict[tuple[str, int], str] = {}
        self.recent: list[tuple[tuple[str, str], date, str, bool]] = []  # pair, day, place, with a signing
        self.history: dict[tuple[str, str], list[tuple[date, str]]] = {}
        self.n = 0

    def official(self, country: str, day: date) -> Person:
        term = (day - START).days // TERM_DAYS
        name = self.officials.setdefault((country, term), _name(self.rng))
        return Person(name=name, country=country, role="minister of defense")

    def _reports(self, pair: tuple[str, str], day: date, place: str, signing: bool,
                 published: date) -> list[Event]:
        rng = self.rng
        persons = [self.official(pair[0], day), self.official(pair[1], day)]
        dated = rng.random() > 0.3
        events = [Event(type="meeting", countries=list(pair), mode="visit",
                        date=day.isoformat() if dated else None,
                        location=place, persons=persons, evidence="The ministers met.", confidence=0.8)]
        if signing:
            events.append(Event(type="agreement", countries=list(pair), doc_type="memorandum",
                                date=day.isoformat() if dated else None, location=place, persons=persons,
                                evidence="They signed a memorandum.", confidence=0.8))
        past = self.history.get(pair, [])
        if past and rng.random() < 0.2:
            old_day, old_place = rng.choice(past)
            events.append(Event(type="meeting", countries=list(pair), date=old_day.isoformat(),
                                location=old_place,
                                historical=True, evidence="They had met before.", confidence=0.6))
        return events

    def stream(self) -> Iterator[tuple[Article, Extraction]]:
        rng = self.rng
        day = START
        while True:
            for _ in range(ARTICLES_PER_DAY):
                if not self.recent or rng.random() < 0.4:  # a new real event
                    pair = rng.choice(self.pairs)
                    event = (pair, day - timedelta(days=rng.randint(0, 2)), rng.choice(pair),
                             rng.random() < 0.5)
                    self.recent = [*self.recent[-20:], event]
                    self.history.setdefault(pair, []).append((event[1], event[2]))
                else:  # another report of a recent one
                    event = rng.choice(self.recent)
                aid = f"a{self.n:07d}"
                self.n += 1
                article = Article(id=aid, text=f"Report {aid} on defence cooperation.", title=f"Report {aid}",
                                  published=day.isoformat(), lang=rng.choice(LANGS),
                                  source_url=f"https://source{rng.randint(0, 40)}.example/{aid}")
                yield article, Extraction(article_id=aid, events=self._reports(*event, published=day))
            day += timedelta(days=1)


def bulk_load(store: Any, batch: list[tuple[Article, Extraction]]) -> None:
    """Store generated articles and their extractions in one transaction (bypassing the per-article
    writer a benchmark measures), then build their real events once."""
    store.add_articles([a for a, _ in batch])
    with store.transaction() as conn:
        for article, extraction in batch:
            rows, persons = event_rows(article.id, extraction.events)
            conn.executemany(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) "  # noqa: S608
                             f"VALUES ({', '.join('?' * len(EVENT_COLUMNS))})", rows)
            conn.executemany(f"INSERT INTO event_persons ({', '.join(PERSON_COLUMNS)}) "  # noqa: S608
                             f"VALUES ({', '.join('?' * len(PERSON_COLUMNS))})", persons)
            conn.execute("INSERT INTO extractions VALUES (?, 1, ?, 'x')", (article.id, len(rows)))
    store.rebuild_real_events()


def fill(path: Path, reports: int, seed: int, add: int) -> list[tuple[Article, Extraction]]:
    """A store of about `reports` report events; returns the next `add` articles of its stream."""
    stream = World(seed).stream()
    store = open_store(path)
    try:
        n = 0
        batch: list[tuple[Article, Extraction]] = []
        while n < reports:
            article, extraction = next(stream)
            batch.append((article, extraction))
            n += len(extraction.events)
        bulk_load(store, batch)
    finally:
        store.close()
    return [next(stream) for _ in range(add)]


def add_articles(path: Path, new: list[tuple[Article, Extraction]]) -> tuple[float, int, int, int]:
    """Seconds to add `new` as the writer path does; real events before and after, reports of the new
    articles that joined an existing real event."""
    store = open_store(path)
    try:
        before = store.count_real_events()
        started = time.process_time()
        store.add_articles([a for a, _ in new])
        for article, extraction in new:
            store.save_extraction(article.id, extraction)
        seconds = time.process_time() - started
        joined = store.conn.execute(
            "SELECT COUNT(*) FROM real_event_mentions m JOIN real_events r ON r.event_id = m.event_id "
            "WHERE m.article_id >= ? AND r.n_articles > 1", (new[0][0].id,)).fetchone()[0]
        return seconds, before, store.count_real_events(), joined
    finally:
        store.close()


def resolve_copy(path: Path, folder: Path, per_row: bool) -> tuple[int, float, float, float]:
    """Real events, CPU s of `resolve_all`, of its inserts and of the fill, on a copy of the store at `path`
    whose real-event tables are emptied as in a fresh store."""
    copy = folder / path.name
    source = sqlite3.connect(path)
    source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    source.close()
    shutil.copy(path, copy)
    spent = {"insert": 0.0, "fill": 0.0}
    insert, fill = real_events_module._insert, real_events_module.fill_counts

    def timed(name: str, function: Any) -> Any:
        def run(*args: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args)
            finally:
                spent[name] += time.process_time() - started
        return run

    store = open_store(copy)
    with store.transaction() as conn:
        real_events_module._clear(conn)
        conn.execute("DELETE FROM real_event_counts")  # the rows of zero the deletes left: as fresh
        conn.execute("DELETE FROM real_event_pairs")
    real_events_module._insert, real_events_module.fill_counts = timed("insert", insert), timed("fill", fill)
    counted = real_events_module._counted_at_the_end
    if per_row:
        setattr(real_events_module, "_counted_at_the_end", lambda conn: contextlib.nullcontext())  # noqa: B010
    try:
        started = time.process_time()
        with store.transaction() as conn:
            written = real_events_module.resolve_all(conn)
        total = time.process_time() - started
    finally:
        real_events_module._insert, real_events_module.fill_counts = insert, fill
        real_events_module._counted_at_the_end = counted
        store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
    return written, total, spent["insert"], spent["fill"]


def resolve_stores(paths: list[Path], per_row: bool) -> None:
    first = 0.0
    with tempfile.TemporaryDirectory(prefix="milwatch-resolve-") as folder:
        for path in paths:
            written, total, inserts, fill = resolve_copy(path, Path(folder), per_row)
            each = total / max(written, 1)
            first = first or each
            print(f"{path.name}: {written} real events, resolve_all {total:.1f} CPU s "
                  f"({each * 1000:.3f} ms a real event, {each / first:.2f}x the first store's); "
                  f"inserts {inserts:.1f} s "
                  f"({inserts / max(written, 1) * 1000:.3f} ms), fill of the kept counts {fill:.1f} s "
                  f"({fill / max(written, 1) * 1000:.3f} ms){' [per row]' if per_row else ''}", flush=True)


FILL_CACHE_KIB = 2048


def _insert_generated_real_events(conn: Any, n: int, seed: int) -> None:
    rng = random.Random(seed)
    codes = [f"C{i:02d}" for i in range(30)]
    rows = []
    for i in range(n):
        countries = sorted(rng.sample(codes, 4))
        kind = f"type{rng.randrange(20)}"
        rows.append((f"ev:{i:06d}#0", "|".join([kind, *countries]), kind, json.dumps(countries),
                     f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}", None, None, None, 0, "[]",
                     None, None, 1, 1, 1, "[]", "[]", "[]", "[]", 0.5))
    conn.executemany("INSERT INTO real_events (event_id, kind, type, countries, date, location, mode, "
                     "doc_type, historical, persons, first_report, last_report, n_reports, n_articles, "
                     "n_sources, articles, sources, languages, conflicts, confidence) "
                     f"VALUES ({', '.join('?' * 20)})", rows)


def fill_cpu_per_event(path: Path, n: int) -> float:
    """CPU seconds per real event of inserting `n` generated real events and filling their counts."""
    store = open_store(path)
    store.conn.execute(f"PRAGMA cache_size = -{FILL_CACHE_KIB}")
    try:
        with store.transaction() as conn:
            conn.execute("INSERT INTO state VALUES (?, 'true', '')", (rollups.BULK_KEY,))
            started = time.process_time()
            _insert_generated_real_events(conn, n, seed=n)
            rollups.fill_counts(conn)
            spent = time.process_time() - started
            conn.execute("DELETE FROM state WHERE key = ?", (rollups.BULK_KEY,))
        return spent / n
    finally:
        store.close()


def fill_cache(small: int, big: int, repeat: int) -> None:
    best = {small: float("inf"), big: float("inf")}
    with tempfile.TemporaryDirectory(prefix="milwatch-fill-") as folder:
        for round_ in range(repeat):
            for n in best:  # interleaved: the machine is shared
                path = Path(folder) / f"{n}-{round_}.db"
                best[n] = min(best[n], fill_cpu_per_event(path, n))
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
    for n, each in best.items():
        print(f"{n:>6} real events: {each * 1e6:.0f} us CPU each (insert + set-based fill)")
    print(f"ratio big/small: {best[big] / best[small]:.2f} (claim: under 1.4)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=1000, help="report events in the small store")
    parser.add_argument("--big", type=int, default=20000, help="report events in the big store")
    parser.add_argument("--add", type=int, default=100, help="articles added to each")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--resolve", type=Path, nargs="+", help="time resolve_all on copies of these stores")
    parser.add_argument("--per-row", action="store_true", help="with --resolve: the insert trigger counts")
    parser.add_argument("--fill-cache", action="store_true",
                        help="the set-based fill's CPU per real event, --small vs --big real events")
    args = parser.parse_args()
    if args.fill_cache:
        fill_cache(args.small, args.big, args.repeat)
        return
    if args.resolve:
        resolve_stores(args.resolve, args.per_row)
        return
    with tempfile.TemporaryDirectory(prefix="milwatch-real-events-") as folder:
        root = Path(folder)
        sizes = {"small": args.small, "big": args.big}
        new: dict[str, list[tuple[Article, Extraction]]] = {}
        for label, reports in sizes.items():
            started = time.perf_counter()
            new[label] = fill(root / f"{label}.db", reports, args.seed, args.add)
            print(f"filled {label}: {reports} reports in {time.perf_counter() - started:.1f} s (not timed)")
        best: dict[str, tuple[float, int, int, int]] = {}
        for round_ in range(args.repeat):
            for label in sizes:  # interleaved: the machine is shared
                copy = root / f"{label}-{round_}.db"
                shutil.copy(root / f"{label}.db", copy)
                got = add_articles(copy, new[label])
                if label not in best or got[0] < best[label][0]:
                    best[label] = got
                copy.unlink()
        for label, reports in sizes.items():
            seconds, before, after, joined = best[label]
            print(f"{label:>5}: {reports:>6} reports, {before:>6} real events; +{args.add} articles in "
                  f"{seconds * 1000:.0f} ms CPU ({seconds * 1000 / args.add:.1f} ms each) "
                  f"-> {after} real events, "
                  f"{joined} new reports in real events reported by several articles")
        ratio = best["big"][0] / best["small"][0]
        print(f"ratio big/small: {ratio:.2f} (claim: about 1.5 at most)")


if __name__ == "__main__":
    main()
