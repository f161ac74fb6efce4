"""Versioned schema migrations of the SQLite store.

Append a `(version, name, sql)` entry to add a migration; never change what an applied one does.
`schema_migrations` records what a database has, so opening an old database brings it up to date in
one transaction per migration.  The tables both stores share are written once in store/tables.py; the
PostgreSQL store has its own list under the same version numbers (store/pg_schema.py): add a migration
to both.
"""

from __future__ import annotations

from milwatch.store import tables

_FTS_TRIGGERS = """
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
"""


def _scopes(row: str) -> str:
    """The scopes `row` (new or old) counts under: '' (all), each of its countries and each pair 'A|B'."""
    return f"""(SELECT '' AS scope UNION SELECT upper(value) FROM json_each({row}.countries)
        UNION SELECT upper(c1.value) || '|' || upper(c2.value)
        FROM json_each({row}.countries) c1, json_each({row}.countries) c2
        WHERE upper(c1.value) < upper(c2.value))"""


def _pairs(row: str) -> str:
    """Each country of `row` (new or old) as (a, '') and each pair of its countries as (a, b), a < b."""
    return f"""(SELECT value AS a, '' AS b FROM json_each({row}.countries) UNION SELECT c1.value, c2.value
        FROM json_each({row}.countries) c1, json_each({row}.countries) c2 WHERE c1.value < c2.value)"""


def _end_month(sort_date: str) -> str:
    """The month the period of a sort date ends in: a year's December, else the date's month."""
    return f"(CASE length({sort_date}) WHEN 4 THEN {sort_date} || '-12' ELSE substr({sort_date}, 1, 7) END)"


def _report_end(event_id: str, current_only: bool) -> str:
    """The latest end month of a real event's reports (of its current ones only), '' for none."""
    return f"""(SELECT COALESCE(MAX({_end_month("e.sort_date")}), '')
        FROM real_event_mentions rm JOIN events e ON e.article_id = rm.article_id AND e.idx = rm.idx
        WHERE rm.event_id = {event_id}{" AND e.historical = 0" if current_only else ""})"""


def _real_events_counts_insert(counted: str) -> str:
    """The trigger that sets a new real event's end months and counts it where `counted` holds."""
    return f"""
CREATE TRIGGER real_events_counts_insert AFTER INSERT ON real_events BEGIN
    UPDATE real_events SET report_end = {_report_end("new.event_id", False)},
        current_end = {_report_end("new.event_id", True)}
        WHERE event_id = new.event_id;
    INSERT INTO real_event_counts SELECT s.scope, r.type, substr(COALESCE(r.date, r.first_report, ''), 1, 7),
        r.historical, r.report_end, r.current_end, 1 FROM real_events r, {_scopes("new")} s
        WHERE r.event_id = new.event_id{counted}
        ON CONFLICT (scope, type, month, historical, report_end, current_end)
        DO UPDATE SET events = events + 1;
    INSERT INTO real_event_pairs SELECT s.scope, c.a, c.b, r.type, r.report_end, 1
        FROM real_events r, {_scopes("new")} s, {_pairs("new")} c
        WHERE r.event_id = new.event_id{counted}
        ON CONFLICT (scope, a, b, type, report_end) DO UPDATE SET events = events + 1;
END;
"""


_NEW_SORT_DATE = "COALESCE(new.date, (SELECT published FROM articles WHERE id = new.article_id), '')"


def _all_scopes(table: str, keys: str) -> str:
    """`WITH s(keys, scope)`: each row of `table` (a stored report or real event) once per scope it is counted
    in: all (''), each of its states, each pair of its states (the backfills of migration 11)."""
    aliased = ", ".join(f"t.{key.strip()}" for key in keys.split(","))
    return f"""WITH s({keys}, scope) AS (SELECT {keys}, '' FROM {table}
    UNION SELECT {aliased}, upper(c.value) FROM {table} t, json_each(t.countries) c
    UNION SELECT {aliased}, upper(c1.value) || '|' || upper(c2.value)
        FROM {table} t, json_each(t.countries) c1,
        json_each(t.countries) c2 WHERE upper(c1.value) < upper(c2.value))"""


MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "articles, quarantine, duplicates, near-duplicates, full-text index", tables.ARTICLE_TABLES + """
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, clean_text, content='articles', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
);""" + _FTS_TRIGGERS + """
CREATE TABLE lsh_bands (
    band INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    article_pk INTEGER NOT NULL,
    PRIMARY KEY (band, bucket, article_pk)
) WITHOUT ROWID;
"""),
    (2, "extractions, events, persons, stories, registry, conflicts", tables.EXTRACTION_TABLES),
    (3, "near-duplicate index: one bucket key per band, 128-permutation signatures", """
DELETE FROM minhashes;
    -- 64-permutation signatures of v1/v2 are not comparable: re-index from here
DROP TABLE lsh_bands;
""" + tables.LSH_BUCKETS),
    (4, "state of the later stages: the officials registry (merges and splits users made)",
     tables.STATE_TABLE),
    (5, "full-text index declared with content=\"articles\" (double quotes), so datasette finds it", """
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, clean_text, content="articles", content_rowid="pk", tokenize='unicode61 remove_diacritics 2'
);""" + _FTS_TRIGGERS + """INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
"""),
    (6, "real events: one row per real-world event, its reports, and the blocking keys of the reports",
     tables.REAL_EVENT_TABLES + """
CREATE INDEX real_events_sort ON real_events(COALESCE(date, first_report, ''));
"""),
    (7, "watchlists, their alerts (one per real event), the queue of new extractions, webhook deliveries",
     tables.ALERT_TABLES + """
CREATE TRIGGER alert_queue_extraction AFTER INSERT ON extractions BEGIN
    INSERT INTO alert_queue (article_id) VALUES (new.article_id);
END;
"""),
    (8, "watch: state of the sources `milwatch watch` polls and of the items it found", tables.WATCH_TABLES),
    (9, "story index: each filed article's entry and strong component, its blocking keys, weak links",
     tables.STORY_TABLES),
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
""" + tables.COUNT_TABLES + f"""
INSERT OR IGNORE INTO event_countries SELECT e.article_id, e.idx, upper(c.value), e.sort_date
    FROM events e, json_each(e.countries) c;
INSERT INTO report_counts {_all_scopes("events", "article_id, idx")}
SELECT s.scope, e.type, {_end_month("e.sort_date")}, COUNT(*)
    FROM s
    JOIN events e ON e.article_id = s.article_id AND e.idx = s.idx GROUP BY 1, 2, 3;
CREATE TRIGGER events_derived_insert AFTER INSERT ON events BEGIN
    UPDATE events SET sort_date = {_NEW_SORT_DATE}
        WHERE article_id = new.article_id AND idx = new.idx;
    INSERT OR IGNORE INTO event_countries SELECT new.article_id, new.idx, upper(c.value), {_NEW_SORT_DATE}
        FROM json_each(new.countries) c;
    INSERT INTO report_counts SELECT s.scope, new.type, {_end_month(_NEW_SORT_DATE)}, 1
        FROM {_scopes("new")} s
        WHERE true
        ON CONFLICT (scope, type, end_month) DO UPDATE SET reports = reports + 1;
END;
CREATE TRIGGER events_derived_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_countries WHERE article_id = old.article_id AND idx = old.idx;
    UPDATE report_counts SET reports = reports - 1 WHERE type = old.type
        AND end_month = {_end_month("old.sort_date")}
        AND scope IN {_scopes("old")};
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
UPDATE real_events SET report_end = {_report_end("real_events.event_id", False)},
    current_end = {_report_end("real_events.event_id", True)};
INSERT INTO real_event_counts {_all_scopes("real_events", "event_id")}
SELECT s.scope, r.type, substr(COALESCE(r.date, r.first_report, ''), 1, 7), r.historical, r.report_end,
    r.current_end,
    COUNT(*) FROM s JOIN real_events r ON r.event_id = s.event_id GROUP BY 1, 2, 3, 4, 5, 6;
INSERT INTO real_event_pairs {_all_scopes("real_events", "event_id")},
    p(event_id, a, b) AS (SELECT r.event_id, c.value, '' FROM real_events r, json_each(r.countries) c
    UNION SELECT r.event_id, c1.value, c2.value
        FROM real_events r, json_each(r.countries) c1, json_each(r.countries) c2
        WHERE c1.value < c2.value)
SELECT s.scope, p.a, p.b, r.type, r.report_end, COUNT(*) FROM s JOIN p ON p.event_id = s.event_id
    JOIN real_events r ON r.event_id = s.event_id GROUP BY 1, 2, 3, 4, 5;
-- a real event's reports are linked (real_event_mentions) before it is inserted
-- (store/real_events.py _insert)""" + _real_events_counts_insert("") + f"""
CREATE TRIGGER real_events_counts_delete AFTER DELETE ON real_events BEGIN
    UPDATE real_event_counts SET events = events - 1
        WHERE type = old.type AND month = substr(COALESCE(old.date, old.first_report, ''), 1, 7)
        AND historical = old.historical AND report_end = old.report_end AND current_end = old.current_end
        AND scope IN {_scopes("old")};
    UPDATE real_event_pairs SET events = events - 1 WHERE type = old.type AND report_end = old.report_end
        AND scope IN {_scopes("old")}
        AND (a, b) IN {_pairs("old")};
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
     "\nDROP TRIGGER real_events_counts_insert;"
     + _real_events_counts_insert(" AND NOT EXISTS (SELECT 1 FROM state WHERE key = 'real_events_bulk')")),
]
