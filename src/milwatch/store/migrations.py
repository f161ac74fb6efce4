"""Versioned schema migrations of the SQLite store.

Append a `(version, name, sql)` entry to add a migration; never edit an applied
one.  `schema_migrations` records what a database has, so opening an old
database brings it up to date in one transaction per migration.  The PostgreSQL store has
its own list under the same version numbers (store/pg_schema.py): add a migration to both.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "articles, quarantine, duplicates, near-duplicates, full-text index", """
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

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, clean_text, content='articles', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, clean_text) VALUES (new.pk, new.title, new.clean_text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, clean_text)
    VALUES ('delete', old.pk, old.title, old.clean_text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, clean_text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, clean_text)
    VALUES ('delete', old.pk, old.title, old.clean_text);
    INSERT INTO articles_fts(rowid, title, clean_text) VALUES (new.pk, new.title, new.clean_text);
END;

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
CREATE TABLE lsh_bands (
    band INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    article_pk INTEGER NOT NULL,
    PRIMARY KEY (band, bucket, article_pk)
) WITHOUT ROWID;
CREATE TABLE near_duplicates (
    article_id TEXT NOT NULL REFERENCES articles(id),   -- the later article
    similar_to TEXT NOT NULL REFERENCES articles(id),   -- the earlier one
    similarity REAL NOT NULL,                           -- estimated Jaccard of 8-byte shingles
    PRIMARY KEY (article_id, similar_to)
);
CREATE INDEX near_duplicates_similar ON near_duplicates(similar_to);
"""),
    (2, "extractions, events, persons, stories, registry, conflicts", """
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
"""),
    (3, "near-duplicate index: one bucket key per band, 128-permutation signatures", """
DELETE FROM minhashes;
    -- 64-permutation signatures of v1/v2 are not comparable: re-index from here
DROP TABLE lsh_bands;
CREATE TABLE lsh_buckets (
    bucket INTEGER NOT NULL,        -- band number and band rows hashed together
    article_pk INTEGER NOT NULL,
    PRIMARY KEY (bucket, article_pk)
) WITHOUT ROWID;
"""),
    (4, "state of the later stages: the officials registry (merges and splits users made)", """
CREATE TABLE state (
    key TEXT PRIMARY KEY,           -- e.g. 'officials': OfficialsRegistry.to_dict()
    value TEXT NOT NULL,            -- JSON
    updated_at TEXT NOT NULL
);
"""),
    (5, "full-text index declared with content=\"articles\" (double quotes), so datasette finds it", """
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, clean_text, content="articles", content_rowid="pk", tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, clean_text) VALUES (new.pk, new.title, new.clean_text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, clean_text)
    VALUES ('delete', old.pk, old.title, old.clean_text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, clean_text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, clean_text)
    VALUES ('delete', old.pk, old.title, old.clean_text);
    INSERT INTO articles_fts(rowid, title, clean_text) VALUES (new.pk, new.title, new.clean_text);
END;
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
"""),
    (6, "real events: one row per real-world event, its reports, and the blocking keys of the reports", """
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
CREATE INDEX real_events_sort ON real_events(COALESCE(date, first_report, ''));
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
"""),
    (7, "watchlists, their alerts (one per real event), the queue of new extractions, webhook deliveries", """
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
CREATE TRIGGER alert_queue_extraction AFTER INSERT ON extractions BEGIN
    INSERT INTO alert_queue (article_id) VALUES (new.article_id);
END;
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
"""),
    (8, "watch: state of the sources `milwatch watch` polls and of the items it found", """
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
"""),
    (9, "story index: each filed article's entry and strong component, its blocking keys, weak links", """
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
"""),
    (10, "watch: the kind of each source (feed or page), for the sources list and page", """
ALTER TABLE watch_sources ADD COLUMN kind TEXT;
"""),
    (11, "read paths that do not grow with the store: sort date indexed, countries per report, kept counts",
     """
ALTER TABLE events ADD COLUMN sort_date TEXT NOT NULL DEFAULT '';
    -- its date, else its article's publication date
UPDATE events SET sort_date = COALESCE(date,
    (SELECT a.published FROM articles a WHERE a.id = events.article_id), '');
CREATE INDEX events_sort ON events(sort_date);
CREATE TABLE event_countries (      -- each report's countries (upper-case), for filters by country or pair
    article_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    country TEXT NOT NULL,
    sort_date TEXT NOT NULL,
    PRIMARY KEY (article_id, idx, country)
) WITHOUT ROWID;
CREATE INDEX event_countries_country ON event_countries(country, sort_date);
INSERT OR IGNORE INTO event_countries SELECT e.article_id, e.idx, upper(c.value), e.sort_date
    FROM events e, json_each(e.countries) c;
-- Counts kept by triggers (store/rollups.py).  A scope is '' (all), a country (upper-case) or a pair
-- 'A|B' (A < B) that takes part; an end month is the month a sort date's period ends in ('' for none).
CREATE TABLE report_counts (        -- reports by scope, type and end month of their sort date
    scope TEXT NOT NULL,
    type TEXT NOT NULL,
    end_month TEXT NOT NULL,
    reports INTEGER NOT NULL,
    PRIMARY KEY (scope, type, end_month)
) WITHOUT ROWID;
INSERT INTO report_counts WITH s(article_id, idx, scope) AS (SELECT article_id, idx, '' FROM events
    UNION SELECT e.article_id, e.idx, upper(c.value) FROM events e, json_each(e.countries) c
    UNION SELECT e.article_id, e.idx, upper(c1.value) || '|' || upper(c2.value)
        FROM events e, json_each(e.countries) c1,
        json_each(e.countries) c2 WHERE upper(c1.value) < upper(c2.value))
SELECT s.scope, e.type,
    (CASE length(e.sort_date) WHEN 4 THEN e.sort_date || '-12' ELSE substr(e.sort_date, 1, 7) END), COUNT(*)
    FROM s
    JOIN events e ON e.article_id = s.article_id AND e.idx = s.idx GROUP BY 1, 2, 3;
CREATE TRIGGER events_derived_insert AFTER INSERT ON events BEGIN
    UPDATE events SET sort_date =
        COALESCE(new.date, (SELECT published FROM articles WHERE id = new.article_id), '')
        WHERE article_id = new.article_id AND idx = new.idx;
    INSERT OR IGNORE INTO event_countries SELECT new.article_id, new.idx, upper(c.value),
        COALESCE(new.date, (SELECT published FROM articles WHERE id = new.article_id), '')
        FROM json_each(new.countries) c;
    INSERT INTO report_counts SELECT s.scope, new.type,
        (CASE length(COALESCE(new.date, (SELECT published FROM articles WHERE id = new.article_id), ''))
            WHEN 4 THEN COALESCE(new.date, (SELECT published FROM articles WHERE id = new.article_id), '')
                || '-12'
            ELSE substr(COALESCE(new.date, (SELECT published FROM articles WHERE id = new.article_id), ''),
                1, 7)
            END), 1
        FROM (SELECT '' AS scope UNION SELECT upper(value) FROM json_each(new.countries)
        UNION SELECT upper(c1.value) || '|' || upper(c2.value)
        FROM json_each(new.countries) c1, json_each(new.countries) c2
        WHERE upper(c1.value) < upper(c2.value)) s
        WHERE true
        ON CONFLICT (scope, type, end_month) DO UPDATE SET reports = reports + 1;
END;
CREATE TRIGGER events_derived_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_countries WHERE article_id = old.article_id AND idx = old.idx;
    UPDATE report_counts SET reports = reports - 1 WHERE type = old.type
        AND end_month = (CASE length(old.sort_date) WHEN 4 THEN old.sort_date || '-12'
            ELSE substr(old.sort_date, 1, 7) END)
        AND scope IN (SELECT '' AS scope UNION SELECT upper(value) FROM json_each(old.countries)
        UNION SELECT upper(c1.value) || '|' || upper(c2.value)
        FROM json_each(old.countries) c1, json_each(old.countries) c2
        WHERE upper(c1.value) < upper(c2.value));
END;
CREATE TRIGGER events_derived_update BEFORE UPDATE OF date, countries, type ON events BEGIN
    SELECT RAISE(ABORT,
        'events rows are replaced (delete + insert), never updated: report_counts would drift');
END;
CREATE TRIGGER articles_published_sort BEFORE UPDATE OF published ON articles
    WHEN EXISTS (SELECT 1 FROM events WHERE article_id = new.id) BEGIN
    SELECT RAISE(ABORT,
        'the publication date of an article with events is never changed: sort dates would drift');
END;
ALTER TABLE real_events ADD COLUMN report_end TEXT NOT NULL DEFAULT '';   -- latest end month of its reports
ALTER TABLE real_events ADD COLUMN current_end TEXT NOT NULL DEFAULT '';
    -- ... of its current (not historical) ones
UPDATE real_events SET report_end = (SELECT COALESCE(MAX((CASE length(e.sort_date)
            WHEN 4 THEN e.sort_date || '-12' ELSE substr(e.sort_date, 1, 7) END)), '')
        FROM real_event_mentions rm JOIN events e ON e.article_id = rm.article_id AND e.idx = rm.idx
        WHERE rm.event_id = real_events.event_id),
    current_end = (SELECT COALESCE(MAX((CASE length(e.sort_date)
            WHEN 4 THEN e.sort_date || '-12' ELSE substr(e.sort_date, 1, 7) END)), '')
        FROM real_event_mentions rm JOIN events e ON e.article_id = rm.article_id AND e.idx = rm.idx
        WHERE rm.event_id = real_events.event_id AND e.historical = 0);
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
INSERT INTO real_event_counts WITH s(event_id, scope) AS (SELECT event_id, '' FROM real_events
    UNION SELECT r.event_id, upper(c.value) FROM real_events r, json_each(r.countries) c
    UNION SELECT r.event_id, upper(c1.value) || '|' || upper(c2.value)
        FROM real_events r, json_each(r.countries) c1,
        json_each(r.countries) c2 WHERE upper(c1.value) < upper(c2.value))
SELECT s.scope, r.type, substr(COALESCE(r.date, r.first_report, ''), 1, 7), r.historical, r.report_end,
    r.current_end,
    COUNT(*) FROM s JOIN real_events r ON r.event_id = s.event_id GROUP BY 1, 2, 3, 4, 5, 6;
INSERT INTO real_event_pairs WITH s(event_id, scope) AS (SELECT event_id, '' FROM real_events
    UNION SELECT r.event_id, upper(c.value) FROM real_events r, json_each(r.countries) c
    UNION SELECT r.event_id, upper(c1.value) || '|' || upper(c2.value)
        FROM real_events r, json_each(r.countries) c1,
        json_each(r.countries) c2 WHERE upper(c1.value) < upper(c2.value)),
    p(event_id, a, b) AS (SELECT r.event_id, c.value, '' FROM real_events r, json_each(r.countries) c
    UNION SELECT r.event_id, c1.value, c2.value
        FROM real_events r, json_each(r.countries) c1, json_each(r.countries) c2
        WHERE c1.value < c2.value)
SELECT s.scope, p.a, p.b, r.type, r.report_end, COUNT(*) FROM s JOIN p ON p.event_id = s.event_id
    JOIN real_events r ON r.event_id = s.event_id GROUP BY 1, 2, 3, 4, 5;
-- a real event's reports are linked (real_event_mentions) before it is inserted
-- (store/real_events.py _insert)
CREATE TRIGGER real_events_counts_insert AFTER INSERT ON real_events BEGIN
    UPDATE real_events SET report_end = (SELECT COALESCE(MAX((CASE length(e.sort_date)
            WHEN 4 THEN e.sort_date || '-12' ELSE substr(e.sort_date, 1, 7) END)), '')
        FROM real_event_mentions rm JOIN events e ON e.article_id = rm.article_id AND e.idx = rm.idx
        WHERE rm.event_id = new.event_id),
        current_end = (SELECT COALESCE(MAX((CASE length(e.sort_date)
            WHEN 4 THEN e.sort_date || '-12' ELSE substr(e.sort_date, 1, 7) END)), '')
        FROM real_event_mentions rm JOIN events e ON e.article_id = rm.article_id AND e.idx = rm.idx
        WHERE rm.event_id = new.event_id AND e.historical = 0)
        WHERE event_id = new.event_id;
    INSERT INTO real_event_counts SELECT s.scope, r.type, substr(COALESCE(r.date, r.first_report, ''), 1, 7),
        r.historical, r.report_end, r.current_end, 1 FROM real_events r,
        (SELECT '' AS scope UNION SELECT upper(value) FROM json_each(new.countries)
        UNION SELECT upper(c1.value) || '|' || upper(c2.value)
        FROM json_each(new.countries) c1, json_each(new.countries) c2
        WHERE upper(c1.value) < upper(c2.value)) s
        WHERE r.event_id = new.event_id
        ON CONFLICT (scope, type, month, historical, report_end, current_end)
        DO UPDATE SET events = events + 1;
    INSERT INTO real_event_pairs SELECT s.scope, c.a, c.b, r.type, r.report_end, 1
        FROM real_events r, (SELECT '' AS scope UNION SELECT upper(value) FROM json_each(new.countries)
        UNION SELECT upper(c1.value) || '|' || upper(c2.value)
        FROM json_each(new.countries) c1, json_each(new.countries) c2
        WHERE upper(c1.value) < upper(c2.value)) s,
        (SELECT value AS a, '' AS b FROM json_each(new.countries) UNION SELECT c1.value, c2.value
        FROM json_each(new.countries) c1, json_each(new.countries) c2 WHERE c1.value < c2.value) c
        WHERE r.event_id = new.event_id
        ON CONFLICT (scope, a, b, type, report_end) DO UPDATE SET events = events + 1;
END;
CREATE TRIGGER real_events_counts_delete AFTER DELETE ON real_events BEGIN
    UPDATE real_event_counts SET events = events - 1
        WHERE type = old.type AND month = substr(COALESCE(old.date, old.first_report, ''), 1, 7)
        AND historical = old.historical AND report_end = old.report_end AND current_end = old.current_end
        AND scope IN (SELECT '' AS scope UNION SELECT upper(value) FROM json_each(old.countries)
        UNION SELECT upper(c1.value) || '|' || upper(c2.value)
        FROM json_each(old.countries) c1, json_each(old.countries) c2
        WHERE upper(c1.value) < upper(c2.value));
    UPDATE real_event_pairs SET events = events - 1 WHERE type = old.type AND report_end = old.report_end
        AND scope IN (SELECT '' AS scope UNION SELECT upper(value) FROM json_each(old.countries)
        UNION SELECT upper(c1.value) || '|' || upper(c2.value)
        FROM json_each(old.countries) c1, json_each(old.countries) c2
        WHERE upper(c1.value) < upper(c2.value))
        AND (a, b) IN (SELECT value AS a, '' AS b FROM json_each(old.countries)
        UNION SELECT c1.value, c2.value
        FROM json_each(old.countries) c1, json_each(old.countries) c2 WHERE c1.value < c2.value);
END;
CREATE TRIGGER real_events_counts_update
    BEFORE UPDATE OF type, countries, date, first_report, historical ON real_events
BEGIN
    SELECT RAISE(ABORT,
        'real_events rows are replaced (delete + insert), never updated: real_event_counts would drift');
END;
"""),
    (12, "kept counts of a bulk real-event resolution filled set-based: the insert trigger leaves them "
         "while state holds 'real_events_bulk' (store/real_events.py resolve_all, rollups.py fill_counts)",
     """
DROP TRIGGER real_events_counts_insert;
CREATE TRIGGER real_events_counts_insert AFTER INSERT ON real_events BEGIN
    UPDATE real_events SET report_end = (SELECT COALESCE(MAX((CASE length(e.sort_date)
            WHEN 4 THEN e.sort_date || '-12' ELSE substr(e.sort_date, 1, 7) END)), '')
        FROM real_event_mentions rm JOIN events e ON e.article_id = rm.article_id AND e.idx = rm.idx
        WHERE rm.event_id = new.event_id),
        current_end = (SELECT COALESCE(MAX((CASE length(e.sort_date)
            WHEN 4 THEN e.sort_date || '-12' ELSE substr(e.sort_date, 1, 7) END)), '')
        FROM real_event_mentions rm JOIN events e ON e.article_id = rm.article_id AND e.idx = rm.idx
        WHERE rm.event_id = new.event_id AND e.historical = 0)
        WHERE event_id = new.event_id;
    INSERT INTO real_event_counts SELECT s.scope, r.type, substr(COALESCE(r.date, r.first_report, ''), 1, 7),
        r.historical, r.report_end, r.current_end, 1 FROM real_events r,
        (SELECT '' AS scope UNION SELECT upper(value) FROM json_each(new.countries)
        UNION SELECT upper(c1.value) || '|' || upper(c2.value)
        FROM json_each(new.countries) c1, json_each(new.countries) c2
        WHERE upper(c1.value) < upper(c2.value)) s
        WHERE r.event_id = new.event_id AND NOT EXISTS (SELECT 1 FROM state WHERE key = 'real_events_bulk')
        ON CONFLICT (scope, type, month, historical, report_end, current_end)
        DO UPDATE SET events = events + 1;
    INSERT INTO real_event_pairs SELECT s.scope, c.a, c.b, r.type, r.report_end, 1
        FROM real_events r, (SELECT '' AS scope UNION SELECT upper(value) FROM json_each(new.countries)
        UNION SELECT upper(c1.value) || '|' || upper(c2.value)
        FROM json_each(new.countries) c1, json_each(new.countries) c2
        WHERE upper(c1.value) < upper(c2.value)) s,
        (SELECT value AS a, '' AS b FROM json_each(new.countries) UNION SELECT c1.value, c2.value
        FROM json_each(new.countries) c1, json_each(new.countries) c2 WHERE c1.value < c2.value) c
        WHERE r.event_id = new.event_id AND NOT EXISTS (SELECT 1 FROM state WHERE key = 'real_events_bulk')
        ON CONFLICT (scope, a, b, type, report_end) DO UPDATE SET events = events + 1;
END;
"""),
]
