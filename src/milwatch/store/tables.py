"""The tables both stores have, written once in SQLite's words (store/migrations.py creates them).

Each constant is the `CREATE TABLE` statements (with their indexes) one migration added; store/pg_schema.py
gives PostgreSQL the same tables through `postgres_types` (its integer, real and blob types, identity keys).
What differs between the two stores stays in its own migration list: the full-text index, triggers,
SQLite's dropped tables and PostgreSQL's row-order columns.  A table added later goes here too, and its
migration in both lists names the constant.
"""

from __future__ import annotations

import re

ARTICLE_TABLES = """
CREATE TABLE articles (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    title TEXT,
    published TEXT,                 -- YYYY-MM-DD or NULL
    source_url TEXT,
    source TEXT,                    -- host of source_url without www.
    lang_hint TEXT,
    lang TEXT,
    lang_confidence REAL,
    paragraph_langs TEXT,           -- JSON [[start, end, lang], ...] over clean_text
    text TEXT NOT NULL,
    clean_text TEXT,
    clean_map TEXT,                 -- JSON [[clean_start, raw_start, length], ...]
    extra TEXT NOT NULL DEFAULT '{}',
    origin_path TEXT,
    origin_line INTEGER,
    origin_offset INTEGER,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_lang ON articles(lang);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);
CREATE TABLE quarantine (
    pk INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,       -- hash of origin, reason and raw bytes: re-ingest adds nothing
    origin_path TEXT,
    origin_line INTEGER,
    origin_offset INTEGER,
    reason TEXT NOT NULL,
    raw BLOB,
    raw_size INTEGER,               -- size of the whole record when raw holds only its head
    recorded_at TEXT NOT NULL
);
CREATE TABLE duplicates (
    pk INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,       -- origin + id of the duplicate record
    article_id TEXT NOT NULL,       -- id the duplicate record had (may equal duplicate_of)
    duplicate_of TEXT NOT NULL REFERENCES articles(id),
    content_hash TEXT NOT NULL,
    origin_path TEXT,
    origin_line INTEGER,
    origin_offset INTEGER,
    recorded_at TEXT NOT NULL
);
CREATE INDEX duplicates_of ON duplicates(duplicate_of);
CREATE TABLE minhashes (
    article_pk INTEGER PRIMARY KEY REFERENCES articles(pk) ON DELETE CASCADE,
    signature BLOB NOT NULL
);
CREATE TABLE near_duplicates (
    article_id TEXT NOT NULL REFERENCES articles(id),   -- the later article
    similar_to TEXT NOT NULL REFERENCES articles(id),   -- the earlier one
    similarity REAL NOT NULL,                           -- estimated Jaccard of 8-byte shingles
    PRIMARY KEY (article_id, similar_to)
);
CREATE INDEX near_duplicates_similar ON near_duplicates(similar_to);
"""

EXTRACTION_TABLES = """
CREATE TABLE extractions (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    relevant INTEGER NOT NULL,
    n_events INTEGER NOT NULL,
    extracted_at TEXT NOT NULL
);
CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx INTEGER NOT NULL,
    type TEXT NOT NULL,
    countries TEXT NOT NULL,        -- JSON lists
    actor TEXT NOT NULL,
    recipient TEXT NOT NULL,
    mode TEXT,
    date TEXT,
    location TEXT,
    doc_type TEXT,
    areas TEXT NOT NULL,
    historical INTEGER NOT NULL,
    evidence TEXT NOT NULL,
    evidence_start INTEGER,
    evidence_end INTEGER,
    plover TEXT,
    plover_mode TEXT,
    plover_context TEXT,
    cameo TEXT,
    rules TEXT NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_type_date ON events(type, date);
CREATE TABLE event_persons (
    article_id TEXT NOT NULL,
    idx INTEGER NOT NULL,           -- the event
    pidx INTEGER NOT NULL,          -- the person within the event
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,          -- JSON list
    country TEXT,
    role TEXT,
    rank TEXT,
    person_id TEXT,                 -- persons.person_id once resolved
    PRIMARY KEY (article_id, idx, pidx),
    FOREIGN KEY (article_id, idx) REFERENCES events(article_id, idx) ON DELETE CASCADE
);
CREATE INDEX event_persons_person ON event_persons(person_id);
CREATE TABLE stories (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    story_id TEXT NOT NULL
);
CREATE INDEX stories_story ON stories(story_id);
CREATE TABLE persons (
    person_id TEXT PRIMARY KEY,     -- canonical id (model.CanonicalPerson.id)
    name TEXT NOT NULL,
    country TEXT,
    aliases TEXT NOT NULL,          -- JSON list
    roles TEXT NOT NULL,            -- JSON list of attributions {value, first_seen, last_seen, count}
    first_seen TEXT,
    last_seen TEXT,
    data TEXT NOT NULL              -- JSON of the whole CanonicalPerson (ranks, langs, mentions...)
);
CREATE TABLE conflicts (
    event_key TEXT NOT NULL,        -- canonical event id
    field TEXT NOT NULL,
    person TEXT NOT NULL DEFAULT '',-- for role/rank conflicts: the official
    "values" TEXT NOT NULL,         -- JSON {value: [attestation, ...]}
    PRIMARY KEY (event_key, field, person)
);
"""

LSH_BUCKETS = """
CREATE TABLE lsh_buckets (
    bucket INTEGER NOT NULL,        -- band number and band rows hashed together
    article_pk INTEGER NOT NULL,
    PRIMARY KEY (bucket, article_pk)
) WITHOUT ROWID;
"""

STATE_TABLE = """
CREATE TABLE state (
    key TEXT PRIMARY KEY,           -- e.g. 'officials': OfficialsRegistry.to_dict()
    value TEXT NOT NULL,            -- JSON
    updated_at TEXT NOT NULL
);
"""

REAL_EVENT_TABLES = """
CREATE TABLE real_events (
    event_id TEXT PRIMARY KEY,      -- 'ev:' + the smallest report key (article#idx): set by its reports
    kind TEXT NOT NULL,             -- type|COUNTRY|COUNTRY...: reports of other kinds never join
    type TEXT NOT NULL,
    countries TEXT NOT NULL,        -- JSON sorted codes
    date TEXT,                      -- the fields the reports agree on (most reports)
    location TEXT,
    mode TEXT,
    doc_type TEXT,
    historical INTEGER NOT NULL,    -- only background reports
    persons TEXT NOT NULL,          -- JSON merged officials [{name, aliases, country, role, rank}]
    first_report TEXT,              -- earliest / latest publication date of a report
    last_report TEXT,
    n_reports INTEGER NOT NULL,     -- report events (mentions)
    n_articles INTEGER NOT NULL,
    n_sources INTEGER NOT NULL,     -- independent sources (source domains, else articles)
    articles TEXT NOT NULL,         -- JSON article ids
    sources TEXT NOT NULL,          -- JSON source domains
    languages TEXT NOT NULL,        -- JSON language codes
    conflicts TEXT NOT NULL,        -- JSON [{field, person, values: {value: [attestation]}}]
    confidence REAL NOT NULL
);
CREATE TABLE real_event_mentions (
    article_id TEXT NOT NULL,       -- the report: events(article_id, idx)
    idx INTEGER NOT NULL,
    event_id TEXT NOT NULL,         -- real_events.event_id
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX real_event_mentions_event ON real_event_mentions(event_id);
CREATE TABLE report_keys (
    key TEXT NOT NULL,              -- resolve.matching.ViewIndex.text_keys: kind x week, kind x officials
    undated INTEGER NOT NULL,       -- an official key of a report without a usable date
    article_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    PRIMARY KEY (key, article_id, idx)
) WITHOUT ROWID;
CREATE INDEX report_keys_article ON report_keys(article_id);
"""

ALERT_TABLES = """
CREATE TABLE watchlists (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,       -- random UUID: the Atom feed's id
    name TEXT NOT NULL UNIQUE,
    query TEXT NOT NULL,            -- JSON of milwatch.alerts.WatchQuery
    webhook_url TEXT,
    webhook_secret TEXT,            -- HMAC-SHA256 key of the webhook signature
    created_at TEXT NOT NULL
);
CREATE TABLE alert_queue (          -- articles whose extraction was written and not yet matched
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id TEXT NOT NULL
);
CREATE TABLE alerts (               -- one per watchlist and real event
    id INTEGER PRIMARY KEY,
    watchlist_id INTEGER NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,             -- type|sorted country codes
    type TEXT NOT NULL,
    countries TEXT NOT NULL,        -- JSON list
    date TEXT,
    revision INTEGER NOT NULL,
    sources TEXT NOT NULL,          -- JSON lists
    langs TEXT NOT NULL,
    conflicts TEXT NOT NULL,        -- JSON list of [field, person]
    first_seen TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX alerts_kind ON alerts(watchlist_id, kind);
CREATE INDEX alerts_updated ON alerts(watchlist_id, updated_at);
CREATE TABLE alert_mentions (       -- the reports of an alert's event
    alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    event TEXT NOT NULL,            -- JSON event dict (with the article's lang, source, title, url)
    added_at TEXT NOT NULL,
    PRIMARY KEY (alert_id, article_id, idx)
);
CREATE INDEX alert_mentions_article ON alert_mentions(article_id);
CREATE TABLE alert_changes (        -- what was new at each revision of an alert
    alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    at TEXT NOT NULL,
    news TEXT NOT NULL,             -- JSON
    PRIMARY KEY (alert_id, revision)
);
CREATE TABLE webhook_deliveries (   -- the outbox: one row per alert revision to POST
    id INTEGER PRIMARY KEY,
    watchlist_id INTEGER NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
    alert_id INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,           -- pending | sending | delivered | failed
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    delivered_at TEXT,
    UNIQUE (alert_id, revision)
);
CREATE INDEX webhook_deliveries_status ON webhook_deliveries(status, next_at);
CREATE TABLE webhook_attempts (     -- the delivery log: every POST tried
    delivery_id INTEGER NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
    attempt INTEGER NOT NULL,
    at TEXT NOT NULL,
    status_code INTEGER,
    error TEXT,
    seconds REAL NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
);
"""

WATCH_TABLES = """
CREATE TABLE watch_sources (
    name TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    etag TEXT,                      -- validators of the last answer (conditional requests)
    last_modified TEXT,
    body_hash TEXT,                 -- sha256 of the last body read: an unchanged body is not read again
    final_url TEXT,                 -- where redirects led last time
    failures INTEGER NOT NULL DEFAULT 0,    -- errors in a row (back-off)
    next_poll REAL NOT NULL DEFAULT 0,      -- unix time
    polls INTEGER NOT NULL DEFAULT 0,
    not_modified INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    last_poll_at TEXT,
    last_success_at TEXT,
    last_error_at TEXT,
    last_error TEXT,
    last_status INTEGER
);
CREATE TABLE watch_items (
    source TEXT NOT NULL,
    key TEXT NOT NULL,              -- guid, else link, else hash of title and text
    url TEXT,
    state TEXT NOT NULL,            -- pending | stored | duplicate | quarantined
    payload TEXT,                   -- JSON of the item while pending (NULL once done)
    article_id TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,    -- page fetches tried
    next_try REAL NOT NULL DEFAULT 0,
    error TEXT,
    first_seen_at TEXT NOT NULL,
    done_at TEXT,
    PRIMARY KEY (source, key)
);
CREATE INDEX watch_items_state ON watch_items(state, next_try);
CREATE INDEX watch_items_article ON watch_items(article_id);
"""

STORY_TABLES = """
CREATE TABLE story_entries (
    article_id TEXT PRIMARY KEY,
    component TEXT NOT NULL,        -- smallest article id of its strong component
    dated INTEGER NOT NULL,         -- its main event is dated (a component of undated ones floats)
    entry TEXT NOT NULL             -- JSON: cluster._entries.entry_to_dict
);
CREATE INDEX story_entries_component ON story_entries(component);
CREATE TABLE story_keys (           -- filing keys (cluster._links.StoryBlocks.story_keys)
    key TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
CREATE INDEX story_keys_article ON story_keys(article_id);
CREATE TABLE story_weak (           -- weak links, kept in both directions
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    weight INTEGER NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
"""

COUNT_TABLES = """
CREATE TABLE event_countries (      -- each report's countries (upper-case), for filters by country or pair
    article_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    country TEXT NOT NULL,
    sort_date TEXT NOT NULL,
    PRIMARY KEY (article_id, idx, country)
) WITHOUT ROWID;
CREATE INDEX event_countries_country ON event_countries(country, sort_date);
-- Counts kept by triggers (store/rollups.py).  A scope is '' (all), a country (upper-case) or a pair
-- 'A|B' (A < B) that takes part; an end month is the month a sort date's period ends in ('' for none).
CREATE TABLE report_counts (        -- reports by scope, type and end month of their sort date
    scope TEXT NOT NULL,
    type TEXT NOT NULL,
    end_month TEXT NOT NULL,
    reports INTEGER NOT NULL,
    PRIMARY KEY (scope, type, end_month)
) WITHOUT ROWID;
CREATE TABLE real_event_counts (
    -- real events by scope, type, month of their sort date, historical, end months
    scope TEXT NOT NULL,
    type TEXT NOT NULL,
    month TEXT NOT NULL,            -- substr(COALESCE(date, first_report, ''), 1, 7)
    historical INTEGER NOT NULL,
    report_end TEXT NOT NULL,
    current_end TEXT NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (scope, type, month, historical, report_end, current_end)
) WITHOUT ROWID;
CREATE TABLE real_event_pairs (     -- real events by scope, country (b = '') or pair (a < b), type, end month
    scope TEXT NOT NULL,
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    type TEXT NOT NULL,
    report_end TEXT NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (scope, a, b, type, report_end)
) WITHOUT ROWID;
"""


_IDENTITY_KEY = re.compile(r"\bINTEGER PRIMARY KEY(?: AUTOINCREMENT)?(?=,)")
_TYPES = {"INTEGER": "BIGINT", "REAL": "DOUBLE PRECISION", "BLOB": "BYTEA"}
_TYPE = re.compile(r"\b(?:INTEGER|REAL|BLOB)\b")


def postgres_types(sql: str) -> str:
    """SQLite's `CREATE TABLE` statements in PostgreSQL's types: a key SQLite assigns itself (`INTEGER
    PRIMARY KEY` as the row id) becomes an identity column, INTEGER BIGINT, REAL DOUBLE PRECISION, BLOB
    BYTEA, and `WITHOUT ROWID` (a storage choice PostgreSQL has no word for) is dropped."""
    sql = _IDENTITY_KEY.sub("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", sql)
    sql = _TYPE.sub(lambda m: _TYPES[m.group(0)], sql)
    return sql.replace(") WITHOUT ROWID;", ");")
