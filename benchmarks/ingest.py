"""Throughput of `milwatch ingest` against the I/O floor, and its peak memory as the corpus grows.

    .venv/bin/python benchmarks/ingest.py [--articles 20000] [--repeat 2]

1. Generates a corpus of invented articles (German, Vietnamese, English; ~1,200
   characters; a third carry web boilerplate; no `lang` field, so every article
   goes through language detection) as one JSONL file.
2. Runs `milwatch ingest` on it in this process (the CLI command itself) into a
   fresh database, with the stages in one worker process beside the main one
   (`--workers 1`, what the default picks on an idle 2-core machine) and all in
   one process (`--workers 0`): articles/s.
3. The I/O floor in the same process: parse every JSONL line with `json.loads`
   and insert *the same rows* the ingest stored (read back beforehand) into a
   fresh database with the same schema (FTS index included), one transaction
   per 500 rows.  The ratio ingest/floor is the figure to watch (goal ≥ 0.3).
4. Memory: a fresh process, warmed up (libraries, packs, lingua models),
   ingests the 20k articles while its RSS is sampled every 50 ms: RSS once 5k
   are stored vs the peak over all 20k.  Flat means streaming.

Figures depend on the machine; the ratio and the memory comparison do not.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from milwatch.cli import main as cli_main
from milwatch.store import SQLiteStore
from milwatch.store.rows import ARTICLE_COLUMNS

BATCH = 500

VOCAB = {
    "en": {
        "lead": ["The defense ministers of {a} and {b} held talks in {city} on {day}.",
                 "{a}'s defense minister {p} received a delegation from {b} led by {q}.",
                 "A military delegation from {a} arrived in {city} for a {n}-day official visit."],
        "body": ["Both sides agreed to expand cooperation in officer training and military medicine.",
                 "The ministers discussed joint exercises, maritime security and the exchange of cadets.",
                 "{p} said the partnership had grown steadily over the past {n} years.",
                 "The two ministries signed a memorandum of understanding on logistics support.",
                 "Officials said a joint staff exercise is planned for the second half of the year.",
                 "The talks also covered demining, peacekeeping training and defense industry projects.",
                 "{q} thanked the hosts and invited {p} to visit {b} next year."],
        "boiler": ["By {p}", "Photo: {q}", "Tags: defense, {a}, {b}", "Related news",
                   "Share on Facebook | Twitter", "{n} comments"],
    },
    "de": {
        "lead": ["Die Verteidigungsminister von {a} und {b} haben am {day} in {city} Gespräche geführt.",
                 "Der Verteidigungsminister von {a}, {p}, empfing eine Delegation aus {b} "
                 "unter Leitung von {q}.",
                 "Eine Militärdelegation aus {a} ist zu einem {n}-tägigen offiziellen Besuch in "
                 "{city} eingetroffen."],
        "body": ["Beide Seiten vereinbarten, die Zusammenarbeit bei der Ausbildung von Offizieren "
                 "auszubauen.",
                 "Die Minister erörterten gemeinsame Übungen, maritime Sicherheit und den "
                 "Austausch von Kadetten.",
                 "{p} sagte, die Partnerschaft sei in den vergangenen {n} Jahren stetig gewachsen.",
                 "Die beiden Ministerien unterzeichneten eine Absichtserklärung über "
                 "logistische Unterstützung.",
                 "Für die zweite Jahreshälfte ist nach Angaben von Beamten eine "
                 "gemeinsame Stabsübung geplant.",
                 "Bei den Gesprächen ging es auch um Minenräumung und Projekte der Rüstungsindustrie.",
                 "{q} dankte den Gastgebern und lud {p} zu einem Besuch in {b} im kommenden Jahr ein."],
        "boiler": ["Von {p}", "Foto: {q}", "Gelesen: {n}", "Weitere Nachrichten", "Quelle: Agentur {q}",
                   "Kommentar ({n})"],
    },
    "vi": {
        "lead": ["Chiều {n}/9, tại {city}, Bộ trưởng Quốc phòng {a} đã hội đàm với Bộ trưởng Quốc phòng {b}.",
                 "Đại tướng {p}, Bộ trưởng Bộ Quốc phòng {a}, đã tiếp đoàn đại biểu {b} do {q} dẫn đầu.",
                 "Đoàn đại biểu quân sự {a} đã đến {city} trong chuyến thăm chính thức kéo dài {n} ngày."],
        "body": ["Hai bên nhất trí tăng cường hợp tác đào tạo sĩ quan và quân y.",
                 "Các Bộ trưởng đã trao đổi về diễn tập chung, an ninh hàng hải và trao đổi học viên.",
                 "{p} cho biết quan hệ đối tác đã phát triển ổn định trong {n} năm qua.",
                 "Hai Bộ đã ký Bản ghi nhớ về hợp tác hậu cần.",
                 "Theo các quan chức, một cuộc diễn tập tham mưu chung sẽ được tổ chức vào nửa cuối năm.",
                 "Hai bên cũng thảo luận về rà phá bom mìn và các dự án công nghiệp quốc phòng.",
                 "{q} cảm ơn nước chủ nhà và mời {p} thăm {b} vào năm tới."],
        "boiler": ["Ảnh: {q}", "Tin liên quan", "Lượt xem: {n}", "Chia sẻ", "Nguồn: Báo {q}",
                   "Bình luận ({n})"],
    },
}
FILLERS = {
    "en": ["according to officials", "the ministry said", "sources said", "in a joint statement",
           "on the sidelines", "for the first time", "in recent months", "as planned", "at short notice"],
    "de": ["nach Angaben von Beamten", "teilte das Ministerium mit", "hieß es",
           "in einer gemeinsamen Erklärung",
           "am Rande", "zum ersten Mal", "in den letzten Monaten", "wie geplant", "kurzfristig"],
    "vi": ["theo các quan chức", "Bộ cho biết", "theo nguồn tin", "trong tuyên bố chung", "bên lề hội nghị",
           "lần đầu tiên", "trong những tháng gần đây", "theo kế hoạch", "trong thời gian ngắn"],
}
COUNTRIES = ["Alphaland", "Betaland", "Gammaland", "Deltastan", "Epsilonia", "Zetaland", "Etania", "Thetania"]
CITIES = ["Capitalia", "Portville", "Northgate", "Riverton", "Hilltop"]
NAMES = ["Anna Keller", "Tran Minh Duc", "Kenji Morita", "Ruslan Abenov", "Maria Silva", "Omar Haddad",
         "Lee Jun", "Piotr Nowak", "Sara Lind", "Ivan Petrov"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _vary(rng: random.Random, lang: str, sentence: str) -> str:
    """Insert random fillers, numbers and names so articles differ like real ones do."""
    parts = sentence.split(" ")
    for _ in range(rng.randint(2, 4)):
        extra = rng.choice([rng.choice(FILLERS[lang]), str(rng.randint(10, 99999)), rng.choice(NAMES),
                            rng.choice(CITIES), rng.choice(COUNTRIES)])
        parts.insert(rng.randint(1, len(parts)), extra)
    return " ".join(parts)


def _article(rng: random.Random, i: int) -> dict[str, str]:
    lang = ("en", "de", "vi")[i % 3]
    words = VOCAB[lang]
    a, b = rng.sample(COUNTRIES, 2)
    p, q = rng.sample(NAMES, 2)

    def fill(template: str) -> str:
        return template.format(a=a, b=b, p=p, q=q, city=rng.choice(CITIES), day=rng.choice(DAYS),
                               n=rng.randint(2, 40))

    paragraphs = [_vary(rng, lang, fill(rng.choice(words["lead"])))]
    paragraphs += [_vary(rng, lang, fill(s)) for s in rng.sample(words["body"], rng.randint(5, 7))]
    paragraphs.append(f"Ref. {i}-{rng.randint(1000, 9999)}: {fill(rng.choice(words['body']))}")
    if i % 3 == 0:
        paragraphs.insert(1, fill(rng.choice(words["boiler"])))
        paragraphs += [fill(x) for x in rng.sample(words["boiler"], 3)]
    return {"id": f"bench-{i:06d}", "title": paragraphs[0][:60], "published": f"2024-{i % 12 + 1:02d}-15",
            "source_url": f"https://news{i % 40}.example/{i}", "text": "\n\n".join(paragraphs)}


def generate(path: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            out.write(json.dumps(_article(rng, i), ensure_ascii=False) + "\n")


def run_ingest(corpus: Path, db: Path, workers: int = 1) -> float:
    """`milwatch ingest CORPUS --db DB --workers N --json` in this process; seconds."""
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.redirect_stderr(io.StringIO()) as err:
        cli_main.main(["ingest", str(corpus), "--db", str(db), "--workers", str(workers), "--json"],
                      standalone_mode=False)
    seconds = time.perf_counter() - started
    summary = json.loads(out.getvalue())
    assert summary["read"] == summary["stored"], (summary, err.getvalue()[:2000])
    return seconds


def stored_rows(db: Path) -> dict[str, tuple[object, ...]]:
    conn = sqlite3.connect(db)
    rows = {r[0]: tuple(r) for r in conn.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles")}
    conn.close()
    return rows


def run_floor(corpus: Path, db: Path, rows: dict[str, tuple[object, ...]]) -> float:
    """json.loads of every line + INSERT of the same rows into the same schema, one transaction per batch."""
    SQLiteStore(db).close()  # same schema through the same migrations
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    insert = (f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES "
              f"({', '.join('?' * len(ARTICLE_COLUMNS))})")
    started = time.perf_counter()
    batch: list[tuple[object, ...]] = []
    with corpus.open("rb") as f:
        for line in f:
            batch.append(rows[json.loads(line)["id"]])
            if len(batch) >= BATCH:
                conn.execute("BEGIN")
                conn.executemany(insert, batch)
                conn.execute("COMMIT")
                batch = []
    if batch:
        conn.execute("BEGIN")
        conn.executemany(insert, batch)
        conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def _rss() -> int:
    """Resident memory of this process now, in bytes (Linux /proc; peak RSS elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def memory_profile(corpus: Path, db: Path, warm: Path, small: int) -> tuple[int, int, int]:
    """RSS of a fresh, warmed-up process (bytes): before the ingest, once `small` articles are stored,
    peak."""
    out = subprocess.run([sys.executable, __file__, "--memory-run", str(corpus), str(db),
                          str(warm), str(small)],
                         capture_output=True, text=True, check=True)
    before, at_small, peak = out.stdout.split()
    return int(before), int(at_small), int(peak)


def _memory_run(corpus: Path, db: Path, warm: Path, small: int) -> None:
    from milwatch.langid import Detector

    run_ingest(warm, db.with_suffix(".warm.db"), workers=0)  # imports, packs, SQLite: the fixed part
    detector = Detector()  # lingua's models are shared by every detector of the process: load them now
    for text in ("Die Minister trafen sich.", "Hai Bộ trưởng hội đàm.", "The ministers met.",
                 "Министры встретились."):
        detector.detect(text)
    before = _rss()
    marks = {"small": 0, "peak": before}
    stop = threading.Event()

    def sample() -> None:
        conn = None
        while not stop.wait(0.05):
            rss = _rss()
            marks["peak"] = max(marks["peak"], rss)
            if not marks["small"] and db.exists():
                try:
                    conn = conn or sqlite3.connect(f"file:{db}?mode=ro", uri=True)
                    if conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] >= small:
                        marks["small"] = rss
                except sqlite3.Error:
                    pass

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    run_ingest(corpus, db, workers=0)
    stop.set()
    sampler.join()
    print(before, marks["small"], max(marks["peak"], _rss()))


def head(src: Path, dst: Path, count: int) -> None:
    with src.open("rb") as f, dst.open("wb") as out:
        for i, line in enumerate(f):
            if i >= count:
                break
            out.write(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--small", type=int, default=5_000,
                        help="articles stored at the first memory reading")
    parser.add_argument("--repeat", type=int, default=2, help="timed runs of each side (best is kept)")
    parser.add_argument("--memory-run", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_run:
        corpus, db, warm, small = args.memory_run
        _memory_run(Path(corpus), Path(db), Path(warm), int(small))
        return 0
    with tempfile.TemporaryDirectory(prefix="milwatch-bench-") as tmp:
        work = Path(tmp)
        corpus, small = work / "corpus.jsonl", work / "small.jsonl"
        generate(corpus, args.articles)
        head(corpus, small, args.small)
        size_mb = corpus.stat().st_size / 1e6
        print(f"corpus: {args.articles} articles, {size_mb:.1f} MB "
              f"({size_mb * 1e6 / args.articles:.0f} bytes each)",
              flush=True)
        run_ingest(small, work / "warm.db")  # warm-up: imports, lingua models, page cache
        ingest_s, single_s, floor_s = [], [], []
        rows: dict[str, tuple[object, ...]] = {}
        for r in range(args.repeat):  # interleaved, so a busy moment hits every side alike
            ingest_s.append(run_ingest(corpus, work / f"ingest{r}.db", workers=1))
            single_s.append(run_ingest(corpus, work / f"single{r}.db", workers=0))
            rows = rows or stored_rows(work / f"ingest{r}.db")
            floor_s.append(run_floor(corpus, work / f"floor{r}.db", rows))
        rows.clear()
        floor_rate = args.articles / min(floor_s)
        print(f"I/O floor:                   {floor_rate:7.0f} articles/s  (json.loads + "
              f"INSERT of the same rows, "
              f"FTS incl.)")
        for label, times in (("milwatch ingest --workers 1", ingest_s),
                             ("milwatch ingest --workers 0", single_s)):
            rate = args.articles / min(times)
            ratio = rate / floor_rate
            print(f"{label:28} {rate:7.0f} articles/s  ratio {ratio:.2f} of the floor  (goal >= 0.30: "
                  f"{'met' if ratio >= 0.3 else 'NOT met'}; best of {args.repeat}: {min(times):.2f} s)",
                  flush=True)
        warm = work / "warm.jsonl"
        head(corpus, warm, 200)
        before, at_small, peak = memory_profile(corpus, work / "mem.db", warm, args.small)
        print(f"RSS of a fresh, warmed-up ingest process (--workers 0): {before / 1e6:.0f} MB before, "
              f"{at_small / 1e6:.0f} MB once {args.small} articles were stored, peak "
              f"{peak / 1e6:.0f} MB over all "
              f"{args.articles} (growth from {args.small} to {args.articles}: "
              f"{(peak - at_small) / 1e6:+.1f} MB)",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
