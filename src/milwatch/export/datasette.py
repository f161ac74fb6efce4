"""datasette metadata for a milwatch database: what each table and column holds, and useful facets.

    milwatch export --datasette site/          # writes site/metadata.json for var/milwatch.db
    datasette var/milwatch.db -m site/metadata.json

datasette finds the full-text index `articles_fts` by itself (it is declared with
`content="articles"`), so `articles` gets a search box; this file adds the descriptions, the
facets (language, source, event type, mode, countries …), the default sort and the label
columns.  It is built from the tables and columns the database really has: a table or column
this module does not describe is left as datasette shows it, a description of one that is not
there is left out, and the store's internal tables (indexes, queues, state) are hidden from the
lists (they can still be queried).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from milwatch.errors import MilwatchError

__all__ = ["TABLES", "HIDDEN", "metadata", "schema_of", "write_metadata"]

JSON_LIST = "JSON list"


@dataclass(frozen=True)
class TableDoc:
    description: str
    columns: Mapping[str, str]
    facets: tuple[str | dict[str, str], ...] = ()
    sort_desc: str | None = None
    label_column: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


TABLES: Mapping[str, TableDoc] = {
    "articles": TableDoc(
        "Articles as ingested: raw text, clean text (boilerplate stripped) and the language found; search "
        "covers titles and clean texts (FTS5, diacritics folded).",
        {"pk": "row number (the full-text index's rowid)", "id": "article id (from the input, else made)",
         "content_hash": "hash of the text: the same text is stored once", "title": "title",
         "published": "publication date, YYYY-MM-DD", "source_url": "where the article was published",
         "source": "host of source_url without www.", "lang_hint": "language the input gave",
         "lang": "language found (ISO 639-1; und = unknown)", "lang_confidence": "confidence of lang, 0-1",
         "paragraph_langs": "JSON [[start, end, lang], …] over clean_text for texts that mix languages",
         "text": "the text as read", "clean_text": "the text with web boilerplate stripped",
         "clean_map": "JSON [[clean_start, raw_start, length], …]: clean_text offsets back to text",
         "extra": "JSON of the input's other fields", "origin_path": "file the record came from",
         "origin_line": "line in that file", "origin_offset": "byte offset in that file",
         "ingested_at": "when it was stored (UTC)"},
        facets=("lang", "source", {"date": "published"}), sort_desc="published", label_column="title"),
    "events": TableDoc(
        "Events as each article reports them (one row per report), with the evidence sentence.",
        {"article_id": "the reporting article", "idx": "position of the event in its article",
         "type": "meeting, agreement, intent, exercise, aid or support",
         "countries": f"{JSON_LIST} of ISO 3166 alpha-3 codes taking part",
         "actor": f"{JSON_LIST}: the giving side", "recipient": f"{JSON_LIST}: the receiving side",
         "mode": "meeting mode (bilateral, multilateral, call …)",
         "date": "date of the event (YYYY, YYYY-MM or YYYY-MM-DD)", "location": "place", "doc_type":
         "document signed or announced (memorandum, agreement, plan …)",
         "areas": f"{JSON_LIST} of cooperation areas",
         "historical": "1 for background events, 0 for current ones", "evidence": "the sentence that says so",
         "evidence_start": "start of the evidence in the clean text", "evidence_end": "its end",
         "plover": "PLOVER event type", "plover_mode": "PLOVER mode", "plover_context": "PLOVER context",
         "cameo": "CAMEO code (text: leading zeros count)", "rules": f"{JSON_LIST} of the rules that fired",
         "confidence": "0-1"},
        facets=("type", "mode", "historical", {"array": "countries"}, "doc_type"), sort_desc="date"),
    "event_persons": TableDoc(
        "Officials named in each reported event.",
        {"article_id": "the reporting article", "idx": "the event (events.idx)",
         "pidx": "position in the event",
         "name": "name as written", "aliases": f"{JSON_LIST} of other spellings",
         "country": "ISO 3166 alpha-3",
         "role": "role (minister of defense, chief of defence …)", "rank": "military rank",
         "person_id": "the official (persons.person_id) once resolved"},
        facets=("country", "role"), label_column="name"),
    "persons": TableDoc(
        "Officials resolved across articles and languages, named as the English press names them.",
        {"person_id": "canonical id", "name": "canonical name", "country": "ISO 3166 alpha-3",
         "aliases": f"{JSON_LIST} of every spelling seen",
         "roles": "JSON roles over time (first and last seen)",
         "first_seen": "first report date", "last_seen": "last report date",
         "data": "JSON of the whole record"},
        facets=("country",), sort_desc="last_seen", label_column="name"),
    "real_events": TableDoc(
        "Real events: the reports of one event across articles and languages merged, "
        "with where they disagree.",
        {"event_id": "id ('ev:' + the first report key)",
         "kind": "type and countries: reports of other kinds never join",
         "type": "event type", "countries": f"{JSON_LIST} of codes", "date": "date most reports give",
         "location": "place most reports give", "mode": "meeting mode", "doc_type": "document type",
         "historical": "1 when every report is background", "persons": "JSON merged officials",
         "first_report": "earliest report date", "last_report": "latest report date",
         "n_reports": "reports (events rows)", "n_articles": "articles", "n_sources": "independent sources",
         "articles": f"{JSON_LIST} of article ids", "sources": f"{JSON_LIST} of source domains",
         "languages": f"{JSON_LIST} of languages", "conflicts": "JSON fields the sources disagree on",
         "confidence": "0-1"},
        facets=("type", "mode", {"array": "countries"}, {"array": "languages"}), sort_desc="first_report"),
    "real_event_mentions": TableDoc("Which real event each reported event belongs to.",
                                    {"article_id": "the report's article", "idx": "the report (events.idx)",
                                     "event_id": "real_events.event_id"}),
    "stories": TableDoc("Stories: the articles that report one main event.",
                        {"article_id": "article", "story_id": "story"}, facets=("story_id",)),
    "conflicts": TableDoc("Where sources disagree about an event (date, place, an official's role …).",
                          {"event_key": "canonical event id", "field": "the field", "person": "the official, "
                           "for role and rank", "values": "JSON {value: [attestation, …]}"},
                           facets=("field",)),
    "extractions": TableDoc("Which articles were extracted, when, and whether they are relevant.",
                            {"article_id": "article", "relevant": "1 when it reports defense diplomacy",
                             "n_events": "events found", "extracted_at": "when (UTC)"}, facets=("relevant",)),
    "quarantine": TableDoc("Input records that could not be read, kept with their raw bytes and the reason.",
                           {"key": "hash of origin, reason and bytes", "origin_path": "file",
                            "origin_line": "line", "origin_offset": "byte offset", "reason": "what is wrong",
                            "raw": "the record's bytes (its head when raw_size is larger)",
                            "raw_size": "size of the whole record", "recorded_at": "when (UTC)"},
                           facets=("origin_path",), sort_desc="recorded_at"),
    "duplicates": TableDoc("Records whose text was already stored under another id.",
                           {"article_id": "id the duplicate record had", "duplicate_of": "the stored article",
                            "content_hash": "hash of the text", "origin_path": "file", "origin_line": "line",
                            "recorded_at": "when (UTC)"}),
    "near_duplicates": TableDoc("Articles whose texts are nearly the same (MinHash).",
                                {"article_id": "article", "similar_to": "the earlier article",
                                 "similarity": "estimated Jaccard similarity, 0-1"}),
}
# the store's internal tables: indexes, queues and state (hidden from the lists, still queryable)
HIDDEN = frozenset({"minhashes", "lsh_buckets", "report_keys", "story_entries", "story_keys", "story_weak",
                    "state", "schema_migrations", "alert_queue", "sqlite_sequence",
                    # migration 11: each report's countries and the counts kept for the API (store/rollups.py)
                    "event_countries", "report_counts", "real_event_counts", "real_event_pairs"})


def schema_of(path: Path) -> dict[str, list[str]]:
    """table -> columns of every table and view of the SQLite database at `path` (opened read-only)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise MilwatchError(f"{path}: cannot open the database: {exc}") from exc
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                            "ORDER BY name")]
        return {name: [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')] for name in names}
    except sqlite3.Error as exc:
        raise MilwatchError(f"{path}: not a readable SQLite database: {exc}") from exc
    finally:
        conn.close()


def _facet_column(facet: str | dict[str, str]) -> str:
    return facet if isinstance(facet, str) else next(iter(facet.values()))


def metadata(schema: Mapping[str, list[str]], database: str) -> dict[str, Any]:
    """datasette's metadata.json for a database named `database` (its file name without .db)."""
    tables: dict[str, Any] = {}
    for name, columns in schema.items():
        doc = TABLES.get(name)
        if doc is not None:
            entry: dict[str, Any] = {"description": doc.description,
                                     "columns": {c: d for c, d in doc.columns.items() if c in columns}}
            facets = [f for f in doc.facets if _facet_column(f) in columns]
            if facets:
                entry["facets"] = facets
            if doc.sort_desc in columns:
                entry["sort_desc"] = doc.sort_desc
            if doc.label_column in columns:
                entry["label_column"] = doc.label_column
            tables[name] = entry
        elif name in HIDDEN:
            tables[name] = {"hidden": True}
    return {
        "title": "milwatch",
        "description": "Defense diplomacy in the news: articles, the events they report "
                       "(who met whom, what was "
                       "signed, pledged, exercised, delivered or supported), officials and stories.",
        "databases": {database: {"description": "A milwatch database (milwatch ingest + extract).",
                                 "tables": tables}},
    }


def write_metadata(db_path: Path, out_dir: Path) -> Path:
    """Write out_dir/metadata.json for the SQLite database at db_path; returns the file written."""
    data = metadata(schema_of(db_path), db_path.stem)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / "metadata.json"
        target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise MilwatchError(f"{out_dir}: {exc.strerror or exc}") from exc
    return target
