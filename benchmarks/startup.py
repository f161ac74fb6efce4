#!/usr/bin/env python3
"""Start-up of the extract stage with every language pack, against parsing the same TOML files.

    .venv/bin/python benchmarks/startup.py [--repeat 3] [--top 10]

For each language pack, in a fresh `Extractor`: build its resources (pack load, country
finder) and extract one short article written from the pack's own vocabulary (a title,
a meeting word, a month), which compiles what a first real article compiles (person
patterns, trigger tries, date rules).  The baseline, measured in the same run, is
`tomllib` parsing every pack file once (what any start-up must pay).

Two start-ups are measured: cold (no compiled-pack cache: everything is built) and warm
(packs/cache.py: compiled packs loaded from a cache directory that the first cold pass
filled; a temporary directory, so the user's cache is not touched).

Printed: CPU seconds of each, the ratio start-up / baseline (best of --repeat runs each,
so machine noise hits both alike), milliseconds per language, the slowest languages, and
extraction of the same articles once everything is built.  Issue 11 asks for start-up
with 50 languages under 1 s.  Ratios are the result, never absolute pass/fail thresholds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from milwatch.extract.engine import Extractor  # noqa: E402
from milwatch.model import Article  # noqa: E402
from milwatch.packs import PackRegistry  # noqa: E402
from milwatch.packs.cache import PackCache  # noqa: E402
from milwatch.packs.loader import PACKS_DIR  # noqa: E402


def _first(value: object, default: str) -> str:
    """The first phrase of a pack list or table of lists, without `*` and `~`."""
    if isinstance(value, dict):
        value = next(iter(value.values()), [])
    words = [w for w in (value or []) if isinstance(w, str) and "~" not in w]
    return (words[0] if words else default).replace("*", "")


def short_articles(registry: PackRegistry) -> list[Article]:
    """One short article per pack, in that pack's words (no article texts are copied)."""
    articles = []
    for code in registry.available():
        pack = registry.get(code)
        role = _first(pack.get("titles", "roles", {}), "minister")
        meet = _first(pack.phrases("triggers", "meeting"), "met")
        month = _first(pack.get("dates", "months", {}), "May")
        text = (f"{role.capitalize()} John Smith {meet} 4 {month} 2025 Germany France.\n\n"
                f"Germany France {meet} {role} Peter Miller.")
        articles.append(Article(id=f"startup-{code}", text=text, lang=code, lang_hint=code,
                                published="2025-05-06"))
    return articles


def toml_floor() -> float:
    started = time.process_time()
    for path in sorted(PACKS_DIR.glob("*/*.toml")):
        tomllib.loads(path.read_text(encoding="utf-8"))
    return time.process_time() - started


def startup(articles: list[Article], cache: PackCache) -> tuple[float, dict[str, float], float]:
    """(CPU seconds to build every language and extract its first article, per language, warm pass)."""
    extractor = Extractor(PackRegistry(cache=cache))
    per_lang: dict[str, float] = {}
    started = time.process_time()
    for article in articles:
        t = time.process_time()
        extractor.resources(article.lang)
        extractor.extract(article)
        per_lang[str(article.lang)] = time.process_time() - t
    total = time.process_time() - started
    t = time.process_time()
    for article in articles:
        extractor.extract(article)
    return total, per_lang, time.process_time() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    articles = short_articles(PackRegistry(cache=PackCache(None)))
    floor = min(toml_floor() for _ in range(args.repeat))
    n = len(articles)
    print(f"languages                         {n}")
    print(f"TOML parse of every pack file     {floor:8.3f} CPU s")
    with tempfile.TemporaryDirectory(prefix="milwatch-startup-") as folder:
        cold_cache = PackCache(Path(folder))  # the cold passes fill it (saving is not timed apart)
        cold = min((startup(articles, cold_cache if i == 0 else PackCache(None)) for i in range(args.repeat)),
                   key=lambda r: r[0])
        warm_runs = min((startup(articles, PackCache(Path(folder))) for _ in range(args.repeat)),
                        key=lambda r: r[0])
    for label, (total, per_lang, once_built) in (("cold", cold), ("warm", warm_runs)):
        print(f"start-up, {label} (all languages)     {total:8.3f} CPU s  "
              f"({total / n * 1000:.0f} ms per language)")
        print(f"start-up {label} / TOML parse         {total / floor:8.1f}x")
        print(f"extraction once built             {once_built / n * 1000:8.2f} ms per article")
        print("slowest languages (ms): " + ", ".join(f"{code} {sec * 1000:.0f}" for code, sec in
                                                   sorted(per_lang.items(),
                                                          key=lambda kv: -kv[1])[:args.top]))
    print(f"cold / warm                       {cold[0] / warm_runs[0]:8.1f}x")


if __name__ == "__main__":
    main()
