"""Reading a Spark run's Parquet tables back: predictions, and loading them into a store.

    rows = prediction_rows(out_dir)            # GUIDELINES prediction format, input order
    summary = load_into(store, out_dir)        # articles, quarantine, events, stories, real events, officials

Only pyarrow is needed here (no Spark): the tables are read file by file in the order
they were written (sorted by `seq`).
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from milwatch.errors import InputError, MissingExtraError
from milwatch.ingest.records import Quarantined
from milwatch.model import Article, Event, Extraction, Origin, Person
from milwatch.pipeline import build_stories
from milwatch.spark._tables import (
    DUPLICATE,
    STORED,
    SUMMARY_FILE,
    columns,
)
from milwatch.store import Store
from milwatch.store.rows import article_from_row, event_from_row, person_from_row
from milwatch.world import build_world

BATCH_ROWS = 2048


def _pq() -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingExtraError("reading milwatch spark output", "pyarrow", "spark") from None
    return pq


def check_output(out: Path) -> dict[str, Any]:
    """The summary of a finished run in `out`; an InputError when the run did not finish there."""
    marker = out / SUMMARY_FILE
    if not marker.exists():
        raise InputError(str(out), f"no {SUMMARY_FILE}: not the output of a finished `milwatch spark` run")
    try:
        return dict(json.loads(marker.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise InputError(str(marker), f"unreadable run summary: {exc}") from exc


def iter_table(out: Path, table: str, wanted: tuple[str, ...] | None = None) -> Iterator[dict[str, Any]]:
    """Rows of one table as dicts, in `seq` order (the part files in the order Spark wrote them)."""
    pq = _pq()
    names = list(wanted or columns(table))
    last = -1
    for part in sorted((out / table).glob("part-*.parquet")):
        for batch in pq.ParquetFile(part).iter_batches(batch_size=BATCH_ROWS, columns=names):
            for row in batch.to_pylist():
                if row["seq"] < last:
                    raise InputError(str(part),
                                     f"table {table} is not sorted by seq (not written by milwatch spark)")
                last = row["seq"]
                yield row


def iter_rows(out: Path, table: str) -> Iterator[dict[str, Any]]:
    """Rows of a table that has no `seq` (real_events, real_event_mentions), in the order written."""
    pq = _pq()
    for part in sorted((out / table).glob("part-*.parquet")):
        for batch in pq.ParquetFile(part).iter_batches(batch_size=BATCH_ROWS):
            yield from batch.to_pylist()


def _extractions(out: Path) -> Iterator[tuple[int, Extraction]]:
    """(seq, extraction) of every extracted article, in order: a merge of three tables sorted by seq."""
    person_rows = iter_table(out, "persons")
    person = next(person_rows, None)
    event_rows = iter_table(out, "events")
    event = next(event_rows, None)
    for article in iter_table(out, "articles", ("seq", "id", "extracted")):
        if not article["extracted"]:
            continue
        found: list[Event] = []
        while event is not None and event["seq"] == article["seq"]:
            at = (event["seq"], event["idx"])
            named: list[Person] = []
            while person is not None and (person["seq"], person["idx"]) <= at:
                if (person["seq"], person["idx"]) == at:
                    named.append(person_from_row(person))
                person = next(person_rows, None)
            found.append(event_from_row(event, named))
            event = next(event_rows, None)
        yield article["seq"], Extraction(article_id=article["id"], events=found)


def prediction_rows(out: Path) -> Iterator[dict[str, Any]]:
    """One prediction per article id read, in input order, as `milwatch predict` writes them."""
    check_output(out)
    extractions = {x.article_id: x for _seq, x in _extractions(out)}
    heads = ("seq", "id", "status", "duplicate_of", "story")
    stories = {r["id"]: r["story"] for r in iter_table(out, "articles", heads) if r["status"] == STORED}
    seen: set[str] = set()
    for row in iter_table(out, "articles", heads):
        article_id = row["id"]
        if article_id in seen:
            continue
        seen.add(article_id)
        original = row["duplicate_of"] if row["status"] == DUPLICATE else article_id
        extraction = extractions.get(original)
        if extraction is None:
            yield {"id": article_id, "relevant": False, "story": article_id, "events": []}
            continue
        prediction = extraction.to_prediction()
        prediction["id"] = article_id
        prediction["story"] = stories.get(original) or original
        yield prediction


@dataclass(slots=True)
class LoadSummary:
    articles: int = 0  # records given to the store (articles and quarantined)
    stored: int = 0
    extractions: int = 0
    stories: int = 0
    officials: int = 0
    story_mismatches: int = 0  # articles whose story in the database differs from the Spark run's (0)
    # reports whose real event in the database differs from the Spark run's (0)
    real_event_mismatches: int = 0


def _records(out: Path) -> Iterator[Article | Quarantined]:
    """Articles (every one read, duplicates included) and quarantined records, in input order."""
    articles: Iterator[tuple[int, int, Article | Quarantined]] = (
        (r["seq"], 0, article_from_row(r)) for r in iter_table(out, "articles"))
    bad: Iterator[tuple[int, int, Article | Quarantined]] = (
        (r["seq"], 1, Quarantined(Origin(r["origin_path"] or "", r["origin_line"], r["origin_offset"]),
                                  r["reason"], r["raw"] or b"", r["raw_size"]))
        for r in iter_table(out, "quarantine"))
    for _seq, _kind, record in heapq.merge(articles, bad, key=lambda t: (t[0], t[1])):
        yield record


def load_into(store: Store, out: Path, batch_size: int = 500,
              known_officials: Path | Sequence[Path] | None = None) -> LoadSummary:
    """Load a finished run into `store` through the Store API, as `ingest` + `extract` would have
    built it: the same articles, duplicates and quarantine, the Spark run's extractions, then stories
    and the officials registry over the whole database.  Loading again changes nothing."""
    check_output(out)
    summary = LoadSummary()
    fresh = next(iter(store.iter_extractions()), None) is None
    batch: list[Article | Quarantined] = []
    for record in _records(out):
        batch.append(record)
        if len(batch) >= batch_size:
            summary.stored += store.add_articles(batch).stored
            summary.articles, batch = summary.articles + len(batch), []
    if batch:
        summary.stored += store.add_articles(batch).stored
        summary.articles += len(batch)
    texts = {r["seq"]: r["content_hash"]
             for r in iter_table(out, "articles", ("seq", "content_hash", "extracted"))
             if r["extracted"]}
    mapping: dict[str, str] = {}
    stories = {r["id"]: r["story"] for r in iter_table(out, "articles", ("seq", "id", "story", "extracted"))
               if r["extracted"]}
    for seq, extraction in _extractions(out):
        held = store.get_article(extraction.article_id)
        if held is None or (not fresh and _hash(held) != texts[seq]):
            continue  # the store holds another text under this id (loaded into a database used before)
        store.save_extraction(extraction.article_id, extraction)
        mapping[extraction.article_id] = stories[extraction.article_id]
        summary.extractions += 1
    # stories through the pipeline's own step (whatever the store keeps for later runs stays in step);
    # on a database that held nothing else they are the Spark run's, which is checked
    stored = build_stories(store)
    summary.stories = len(set(stored.values()))
    if fresh:
        summary.story_mismatches = sum(stored.get(aid) != story for aid, story in mapping.items())
        # the store files real events as extractions are saved; the Spark run's must be the same
        summary.real_event_mismatches = sum(store.real_event_of(r["article_id"], r["idx"]) != r["event_id"]
                                            for r in iter_rows(out, "real_event_mentions"))
    summary.officials = build_world(store, known_officials).persons
    return summary


def _hash(article: Article) -> str:
    from milwatch.ingest.records import content_hash

    return content_hash(article.text)
