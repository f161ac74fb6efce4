"""Extraction time against text length: one article of N characters built from the evaluation texts.

Prints the time per 100 KB at each size as a ratio to the smallest size (1.0 = linear), all in one
process.  Long records must not go quadratic (the ingest cap is 10 MB per record).

    .venv/bin/python benchmarks/long_text.py [--sizes 100000,300000,1000000] [--lang en]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from milwatch.extract.engine import Extractor
from milwatch.model import Article

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def build_text(lang: str, size: int) -> str:
    texts = [json.loads(line)["text"] for path in sorted(CORPUS.glob("*/*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and json.loads(line).get("lang") == lang]
    joined = "\n\n".join(texts)
    return (joined * (size // max(1, len(joined)) + 1))[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,300000,1000000")
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    extractor = Extractor()
    warm = build_text(args.lang, 20000)
    extractor.extract(Article(id="warm", text=warm, lang=args.lang, published="2025-01-01"))
    per_100k: list[float] = []
    for size in sizes:
        text = build_text(args.lang, size)
        started = time.process_time()
        result = extractor.extract(Article(id=f"n{size}", text=text, lang=args.lang, published="2025-01-01"))
        spent = time.process_time() - started
        per_100k.append(spent / (size / 100_000))
        print(f"{size:>9} chars  {len(result.events):>4} events  {spent:7.2f} CPU s  "
              f"per 100 KB vs {sizes[0]}: {per_100k[-1] / per_100k[0]:.2f}")


if __name__ == "__main__":
    main()
