#!/usr/bin/env python3
"""Developer tool: find the pack entries that carry a single gold article (issue 10).

    .venv/bin/python scripts/pack_audit.py LANG [LANG ...] [--ablate] [--concepts] [--corpus DIR ...]

For each language it loads the pack through `PackRegistry`, compiles every phrase entry of
the language's own `triggers.toml`, `markers.toml` and `doc_types.toml` (with `--concepts`
also `concepts.toml`) on its own, with the same compiler and word boundaries the loader
uses (`compile_phrases` with the pack's `word_boundary`, `clitics` and `*` rest), and counts
in how many distinct gold articles of that language it matches.  The gold articles are every
`*.jsonl` of ../shared/corpus/dev, more-languages and wide (or `--corpus DIR ...`); each is
cleaned as the pipeline cleans it (`prepare`, gold `lang` trusted) and matched on its body.
Trigger masks are not applied: the count is an upper bound of where the entry can fire.

It lists the entries that match exactly one article and are *specific*: three or more words
(`--min-words`; 5 for Vietnamese, written in syllables; a `~` gap is no word), or a number or a proper noun in
the phrase or in the text it matched (a digit; a country, place, demonym or organisation the pack's country
finder knows; an all-capitals acronym; in languages that do not capitalise common nouns,
a capitalised word inside a sentence that is no title of `titles.toml`).  Such an entry is likely one
article's phrasing, not the language's general vocabulary.  `--single` lists every single-article entry.

With `--ablate` it measures, for each listed entry, events F1 of the extract stage (as
scripts/eval_extract.py runs it, in-process) on every set with that entry removed.  Each
ablation builds a fresh `Extractor` over a `PackRegistry` rooted at a temporary copy of
`_base` and the language's folder, whose TOML file has that one string removed (the edited
file is re-parsed and checked to differ from the original by exactly that entry).  Only the
language's own articles are extracted again; the other articles keep the baseline output.

Output: one line per listed entry — file, key, phrase, the article id, why it is specific,
and with `--ablate` events F1 per set (and of the language) with the entry removed, as the
difference from the baseline.  A negative difference means the entry earns an event on the
gold sets; judge it anyway: only general wording of the language belongs in a pack.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import shutil
import sys
import tempfile
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from milwatch.evaluate.scoring import score
from milwatch.extract.countries import CountryFinder
from milwatch.extract.engine import Extractor
from milwatch.langid import Detector
from milwatch.model import Article
from milwatch.packs import Pack, PackRegistry
from milwatch.packs.loader import BASE, PACKS_DIR
from milwatch.packs.phrases import GAP, compile_phrases
from milwatch.pipeline import prepare

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SETS = ("dev", "more-languages", "wide")
STEMS = ("triggers", "markers", "doc_types")
NOUNS_CAPITALISED = frozenset({"de", "lb"})  # German capitalises every noun: a capital is no proper-noun sign
# Languages written in syllables (each syllable a "word" between spaces): three words need more spaces.
MIN_WORDS = {"vi": 5}
TITLE_KEYS = ("roles", "ranks", "honorifics", "counterpart")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\"'«»“”„(\[–—-])\s*$")


@dataclass(frozen=True)
class Entry:
    """One string of a pack file: stem/key(/label) and the phrase as written."""

    stem: str
    key: str
    label: str | None
    phrase: str

    @property
    def where(self) -> str:
        return f"{self.stem}.{self.key}" + (f".{self.label}" if self.label else "")


@dataclass
class Gold:
    """The gold rows of each set and the cleaned article each extraction reads."""

    rows: dict[str, list[dict[str, Any]]]
    articles: dict[str, Article] = field(default_factory=dict)

    def of_lang(self, lang: str) -> list[Article]:
        return [a for a in self.articles.values() if a.lang == lang]


def load_gold(corpus: Path, sets: Iterable[str], registry: PackRegistry) -> Gold:
    """Every *.jsonl of each set folder, cleaned with the gold language trusted."""
    detector = Detector()
    gold = Gold(rows={})
    for name in sets:
        rows = [json.loads(line) for f in sorted((corpus / name).glob("*.jsonl"))
                for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
        gold.rows[name] = rows
        for row in rows:
            hint = row.get("lang")
            article = Article(id=row["id"], text=row["text"], title=row.get("title"),
                              published=row.get("published"),
                              source_url=row.get("source_url"), lang_hint=hint, lang=hint)
            gold.articles[row["id"]] = prepare(article, registry, detector)
    return gold


def pack_entries(folder: Path, stems: Iterable[str]) -> list[Entry]:
    """The phrase strings of a language's own files (lists and tables of lists), in file order."""
    entries: list[Entry] = []
    for stem in stems:
        path = folder / f"{stem}.toml"
        if not path.exists():
            continue
        for key, value in tomllib.loads(path.read_text(encoding="utf-8")).items():
            if isinstance(value, list):
                entries += [Entry(stem, key, None, p) for p in value if isinstance(p, str)]
            elif isinstance(value, dict):
                entries += [Entry(stem, key, label, p)
                            for label, items in value.items() if isinstance(items, list)
                            for p in items if isinstance(p, str)]
    return entries


def entry_matcher(pack: Pack, phrase: str) -> re.Pattern[str]:
    """The matcher the loader would compile for a list holding only this phrase."""
    return compile_phrases([phrase], pack.word_boundary, pack.clitics, pack.word_rest)


def count_articles(pack: Pack, entries: list[Entry], articles: list[Article]) -> dict[Entry, list[str]]:
    """Entry -> ids of the articles whose body it matches."""
    hits: dict[Entry, list[str]] = {}
    cache: dict[str, list[str]] = {}
    for entry in entries:
        if entry.phrase not in cache:
            matcher = entry_matcher(pack, entry.phrase)
            cache[entry.phrase] = [a.id for a in articles if matcher.search(a.body)]
        hits[entry] = cache[entry.phrase]
    return hits


def title_matcher(pack: Pack) -> re.Pattern[str]:
    """Every title phrase of the pack (roles, ranks, honorifics, counterparts): titles are
    capitalised before a name ("Brigadier General", "Trung tướng") without being names."""
    phrases: list[str] = []
    for key in TITLE_KEYS:
        value = pack.get("titles", key, [])
        phrases += [p for items in value.values() for p in items] if isinstance(value, dict) else list(value)
    return compile_phrases(phrases, pack.word_boundary, pack.clitics, pack.word_rest)


def specific_reason(pack: Pack, phrase: str, text: str, min_words: int = 3,
                    finder: CountryFinder | None = None) -> str | None:
    """Why a phrase looks like one article's wording (None: it reads as general vocabulary).

    `text` is the article it matched: the words it matched there are checked for numbers,
    acronyms, names the country finder knows and (where common nouns are lower case)
    capitals inside a sentence."""
    words = [w for w in phrase.split() if w != GAP]
    if len(words) >= min_words:
        return f"{len(words)} words"
    if any(ch.isdigit() for ch in phrase):
        return "number"
    mentions = (finder or CountryFinder.for_pack(pack)).find(text)
    titles = [m.span() for m in title_matcher(pack).finditer(text)]
    for match in entry_matcher(pack, phrase).finditer(text):
        for word in words:
            sub = entry_matcher(pack, word).search(text, match.start(), match.end())
            if sub is None:
                continue
            surface = sub.group(0)
            if any(m.start < sub.end() and sub.start() < m.end for m in mentions):
                return f"name {surface!r}"
            if any(ch.isdigit() for ch in surface):
                return f"number {surface!r}"
            letters = [ch for ch in surface if ch.isalpha()]
            if len(letters) >= 2 and all(ch.isupper() for ch in letters):
                return f"acronym {surface!r}"
            if (pack.code not in NOUNS_CAPITALISED and surface[:1].isupper()
                    and not _SENTENCE_END.search(text[max(0, sub.start() - 3):sub.start()])
                    and not any(s <= sub.start() and sub.end() <= e for s, e in titles)):
                return f"capitalised {surface!r}"
    return None


def remove_entry(text: str, entry: Entry) -> str:
    """The TOML text with one occurrence of the entry's string removed, checked by re-parsing."""
    expected = copy.deepcopy(tomllib.loads(text))
    target = expected[entry.key] if entry.label is None else expected[entry.key][entry.label]
    target.remove(entry.phrase)
    literals = {json.dumps(entry.phrase, ensure_ascii=False), f"'{entry.phrase}'"}
    for literal in literals:
        for found in re.finditer(re.escape(literal), text):
            start, end = found.start(), found.end()
            after = re.match(r"[ \t]*,[ \t]*", text[end:])
            if after:
                candidate = text[:start] + text[end + after.end():]
            else:
                before = re.search(r",\s*$", text[:start])
                candidate = text[:before.start() if before else start] + text[end:]
            try:
                if tomllib.loads(candidate) == expected:
                    return candidate
            except tomllib.TOMLDecodeError:
                continue
    raise ValueError(f"cannot remove {entry.phrase!r} from {entry.where}")


def events_f1(gold: Gold, preds: dict[str, dict[str, Any]], lang: str | None = None) -> dict[str, float]:
    """Events F1 of each set (and of one language over all sets, key `lang:xx`)."""
    out = {name: score(rows, [preds[r["id"]] for r in rows])["events"]["f1"]
           for name, rows in gold.rows.items()}
    if lang:
        rows = [r for name in gold.rows for r in gold.rows[name] if r.get("lang") == lang]
        out[f"lang:{lang}"] = score(rows, [preds[r["id"]] for r in rows])["events"]["f1"]
    return out


def extract_all(extractor: Extractor, articles: Iterable[Article]) -> dict[str, dict[str, Any]]:
    return {a.id: extractor.extract(a).to_prediction() for a in articles}


def ablate(gold: Gold, lang: str, entries: list[Entry], packs_root: Path = PACKS_DIR,
           baseline: dict[str, dict[str, Any]] | None = None) -> tuple[dict[str, float],
                                                                       dict[Entry, dict[str, float]]]:
    """Baseline events F1, and for each entry events F1 with that one entry removed."""
    baseline = baseline or extract_all(Extractor(PackRegistry(packs_root)), gold.articles.values())
    before = events_f1(gold, baseline, lang)
    results: dict[Entry, dict[str, float]] = {}
    own = gold.of_lang(lang)
    with tempfile.TemporaryDirectory(prefix="pack-audit-") as tmp:
        root = Path(tmp)
        shutil.copytree(packs_root / BASE, root / BASE)
        shutil.copytree(packs_root / lang, root / lang)
        for entry in entries:
            path = root / lang / f"{entry.stem}.toml"
            original = path.read_text(encoding="utf-8")
            path.write_text(remove_entry(original, entry), encoding="utf-8")
            try:
                preds = dict(baseline)
                preds.update(extract_all(Extractor(PackRegistry(root)), own))
                results[entry] = events_f1(gold, preds, lang)
            finally:
                path.write_text(original, encoding="utf-8")
    return before, results


def audit(lang: str, gold: Gold, registry: PackRegistry, stems: Iterable[str], min_words: int = 3,
          single_only: bool = False) -> list[tuple[Entry, str, str]]:
    """(entry, article id, reason) for each entry of the language's own files matching exactly one article."""
    pack = registry.get(lang)
    articles = gold.of_lang(lang)
    finder = CountryFinder.for_pack(pack)
    listed = []
    for entry, ids in count_articles(pack, pack_entries(registry.root / lang, stems), articles).items():
        if len(ids) != 1:
            continue
        reason = specific_reason(pack, entry.phrase, gold.articles[ids[0]].body, min_words, finder)
        if reason or single_only:
            listed.append((entry, ids[0], reason or "-"))
    return listed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("langs", nargs="+")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder holding the set folders")
    parser.add_argument("--sets", nargs="*", default=list(SETS))
    parser.add_argument("--packs", type=Path, default=PACKS_DIR,
                        help="packs folder (default: the installed one)")
    parser.add_argument("--concepts", action="store_true", help="also audit concepts.toml")
    parser.add_argument("--single", action="store_true",
                        help="list every single-article entry, specific or not")
    parser.add_argument("--min-words", type=int, help="words that make a phrase specific (default 3, vi 5)")
    parser.add_argument("--ablate", action="store_true",
                        help="events F1 per set with each listed entry removed")
    args = parser.parse_args(argv)
    registry = PackRegistry(args.packs)
    gold = load_gold(args.corpus, args.sets, registry)
    stems = STEMS + (("concepts",) if args.concepts else ())
    baseline = None
    for lang in args.langs:
        min_words = args.min_words or MIN_WORDS.get(lang, 3)
        listed = audit(lang, gold, registry, stems, min_words, args.single)
        print(f"## {lang}: {len(gold.of_lang(lang))} articles, {len(listed)} single-article entries listed")
        if args.ablate and listed:
            baseline = baseline or extract_all(Extractor(PackRegistry(args.packs)), gold.articles.values())
            before, after = ablate(gold, lang, [e for e, _, _ in listed], args.packs, baseline)
            print("   baseline events F1: " + "  ".join(f"{k} {v:.3f}" for k, v in before.items()))
        for entry, article_id, reason in listed:
            line = f"   {entry.where:<32} {entry.phrase!r:<44} {article_id:<14} {reason}"
            if args.ablate:
                line += "  | " + "  ".join(f"{k} {after[entry][k] - before[k]:+.3f}" for k in before)
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
