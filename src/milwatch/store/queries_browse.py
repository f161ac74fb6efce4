"""Read-only browsing queries: articles, stories, full-text search, statistics (persons: `queries_persons`).

The companion of `queries` (filters, cursors, events, countries, pairs); the same rules:
functions take the store, never write, and cut pages by keyset cursors.  Persons come
from the registry (`persons` table) when one was saved, else from the officials named
in events, grouped by their canonical name.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from milwatch.store import rollups
from milwatch.store.queries import (
    EVENT_FROM,
    EVENT_SELECT,
    MAX_PAGE,
    REAL_EVENT,
    SORT_DATE,
    EventFilter,
    Page,
    QueryError,
    and_where,
    decode_cursor,
    encode_cursor,
    event_from,
    event_where,
    page_limit,
    period_end,
    with_persons,
)
from milwatch.store.query_filter import period_start

# articles -----------------------------------------------------------------------
_ARTICLE_SUMMARY = ("SELECT a.pk, a.id, a.title, a.lang, a.published, a.source, "
                    "a.source_url, s.story_id AS story, "
                    "x.relevant, x.n_events FROM articles a LEFT JOIN stories s ON s.article_id = a.id "
                    "LEFT JOIN extractions x ON x.article_id = a.id")


def _article_summary(row: Any) -> dict[str, Any]:
    return {"id": row["id"], "title": row["title"], "lang": row["lang"], "published": row["published"],
            "source": row["source"], "source_url": row["source_url"], "story": row["story"],
            "extracted": row["relevant"] is not None, "relevant": bool(row["relevant"]),
            "events": row["n_events"] or 0}


def articles_page(store: Any, cursor: str | None = None, limit: int = 50, lang: str | None = None,
                  since: str | None = None, until: str | None = None, source: str | None = None,
                  story: str | None = None, relevant: bool | None = None) -> Page:
    """Articles in ingest order; `since`/`until` look at the publication date."""
    limit = page_limit(limit)
    EventFilter(since=since, until=until)  # validates the dates
    where: list[str] = []
    params: list[Any] = []
    for cond, value in (("a.lang = ?", lang), ("a.published >= ?", since and period_start(since)),
                        ("a.published <= ?", until and period_end(until)), ("a.source = ?", source),
                        ("s.story_id = ?", story)):
        if value is not None:
            where.append(cond)
            params.append(value)
    if relevant is not None:
        where.append("x.relevant = ?")
        params.append(int(relevant))
    total = int(store.conn.execute(f"SELECT COUNT(*) FROM ({_ARTICLE_SUMMARY}{and_where(where)}) AS t",
                                   params).fetchone()[0])
    if cursor:
        where.append("a.pk > ?")
        params.append(decode_cursor(cursor, int)[0])
    rows = store.conn.execute(f"{_ARTICLE_SUMMARY}{and_where(where)} ORDER BY a.pk LIMIT ?",
                              [*params, limit + 1]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    return Page([_article_summary(r) for r in rows],
                encode_cursor(rows[-1]["pk"]) if more and rows else None, total)


def article_detail(store: Any, article_id: str, max_events: int | None = None) -> dict[str, Any] | None:
    """An article with its raw and clean text, story, duplicates and events (with evidence offsets).

    `max_events` keeps the first events only (`events_total` counts them all)."""
    row = store.conn.execute(f"{_ARTICLE_SUMMARY} WHERE a.id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    article = store.get_article(article_id)
    data = _article_summary(row)
    rows = store.conn.execute(f"{EVENT_SELECT}{EVENT_FROM} WHERE e.article_id = ? ORDER BY e.idx LIMIT ?",
                              (article_id, 1 << 62 if max_events is None else max_events)).fetchall()
    data.update(text=article.text, clean_text=article.clean_text, lang_confidence=article.lang_confidence,
                origin=article.origin.describe() if article.origin else None,
                duplicates=store.duplicates_of(article_id), events_total=data["events"],
                events=with_persons(store.conn, rows))
    return data


# stories ------------------------------------------------------------------------
def stories_page(store: Any, flt: EventFilter | None = None, cursor: str | None = None,
                 limit: int = 50, order: str = "asc") -> Page:
    """Stories with at least one matching event, ordered by (first publication date, story id);
    `order="desc"`: newest first, stories without a publication date last."""
    limit = page_limit(limit)
    if order not in ("asc", "desc"):
        raise QueryError(f"order must be asc or desc, got {order!r}")
    compare, direction = (">", "") if order == "asc" else ("<", " DESC")
    where, params = event_where(flt)
    inner = f"SELECT DISTINCT s.story_id {EVENT_FROM}{and_where([*where, 's.story_id IS NOT NULL'])}"
    base = (f"SELECT st.story_id, COUNT(*) AS n, COALESCE(MIN(a.published), '') AS "
            f"first, MAX(a.published) AS "
            f"last, group_concat(DISTINCT a.lang) AS langs FROM stories st JOIN articles a "
            f"ON a.id = st.article_id "
            f"WHERE st.story_id IN ({inner}) GROUP BY st.story_id")
    total = int(store.conn.execute(f"SELECT COUNT(*) FROM ({base}) AS t", params).fetchone()[0])
    having, extra = "", []
    if cursor:
        # no alias:
        having, extra = (f" HAVING (COALESCE(MIN(a.published), ''), st.story_id) {compare} (?, ?)",
                         decode_cursor(cursor, str, str))  # PostgreSQL reads none in HAVING
    rows = store.conn.execute(f"{base}{having} ORDER BY first{direction}, st.story_id{direction} LIMIT ?",
                              [*params, *extra, limit + 1]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    items = [_story_summary(store, r) for r in rows]
    return Page(items, encode_cursor(rows[-1]["first"], rows[-1]["story_id"]) if more
                and rows else None, total)


def _story_summary(store: Any, row: Any) -> dict[str, Any]:
    """A story's line: its counts, main event and a title, read with bounded queries (LIMIT 1 and COUNT)."""
    story = (row["story_id"],)
    n_events = store.conn.execute(f"SELECT COUNT(*) {EVENT_FROM} WHERE s.story_id = ?", story).fetchone()[0]
    main = store.conn.execute(f"SELECT e.type, e.countries, e.date {EVENT_FROM} WHERE s.story_id = ? "
                              "ORDER BY e.historical, a.pk, e.idx LIMIT 1", story).fetchone()
    title = store.conn.execute("SELECT a.title FROM stories st JOIN articles a ON a.id = st.article_id WHERE "
                               "st.story_id = ? AND a.title != '' ORDER BY (a.lang IS NULL OR a.lang "
                               "!= 'en'), a.pk LIMIT 1",
                               story).fetchone()
    return {
        "id": row["story_id"], "articles": row["n"], "langs": sorted((row["langs"] or "").split(",")),
        "first_published": row["first"] or None, "last_published": row["last"],
        "title": title[0] if title else None, "events": int(n_events),
        "type": main["type"] if main else None, "countries": json.loads(main["countries"]) if main else [],
        "date": main["date"] if main else None,
    }


STORY_TEXT_BUDGET = 4 * 1024 * 1024  # characters of article text per page of a story


def story_detail(store: Any, story_id: str, limit: int | None = None,
                 cursor: str | None = None) -> dict[str, Any] | None:
    """A story's articles (full texts, events with evidence offsets) and the conflicts stored for its events.

    `limit` cuts the articles (by publication date) to a page of at most `limit` articles and about
    STORY_TEXT_BUDGET characters of text (always at least one article): `articles_total` counts them
    all and `next` is the cursor of the following page (None on the last).  Without `limit`, all.
    """
    total = int(store.conn.execute("SELECT COUNT(*) FROM stories WHERE story_id = ?",
                                   (story_id,)).fetchone()[0])
    if not total:
        return None
    where, params = ["st.story_id = ?"], [story_id]
    if cursor:
        where.append("(COALESCE(a.published, ''), a.pk) > (?, ?)")
        params += decode_cursor(cursor, str, int)
    cap = "" if limit is None else f" LIMIT {page_limit(limit) + 1}"
    keys = store.conn.execute("SELECT st.article_id, COALESCE(a.published, '') AS pub, "
                              "a.pk FROM stories st JOIN "
                              f"articles a ON a.id = st.article_id{and_where(where)} ORDER BY pub, a.pk{cap}",
                              params).fetchall()
    articles: list[dict[str, Any]] = []
    size = 0
    for key in keys[:page_limit(limit)] if limit is not None else keys:
        if limit is not None and articles and size >= STORY_TEXT_BUDGET:
            break
        article = article_detail(store, key["article_id"], None if limit is None else MAX_PAGE)
        if article is not None:
            articles.append(article)
            size += len(article["text"] or "") + len(article["clean_text"] or "")
    shown = len(articles)
    last = keys[shown - 1] if shown else None
    more = limit is not None and len(keys) > shown and last is not None
    # real events
    event_keys = sorted({e["event_id"] for a in articles for e in a["events"] if e["event_id"]})
    conflicts = []
    for start in range(0, len(event_keys), 500):
        chunk = event_keys[start:start + 500]
        conflicts += [{"event": r[0], "field": r[1], "person": r[2] or None, "values": json.loads(r[3])}
                      for r in store.conn.execute(  # noqa: S608
                          'SELECT event_key, field, person, "values" FROM conflicts '
                          f"WHERE event_key IN ({', '.join('?' * len(chunk))})", chunk)]
    return {"id": story_id, "articles": articles, "articles_total": total,
            "next": encode_cursor(last["pub"], last["pk"]) if more and last is not None else None,
            "conflicts": conflicts, "stored_conflicts": has_rows(store, "conflicts")}


def has_rows(store: Any, table: str) -> bool:
    if table not in ("conflicts", "persons", "events", "articles"):
        raise QueryError(f"unknown table {table!r}")
    return store.conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None  # noqa: S608


# search --------------------------------------------------------------------------
_OPEN, _CLOSE = "\x02", "\x03"


def _parts(snippet: str) -> list[list[Any]]:
    """A snippet with match markers as [[text, is_match], ...]."""
    out: list[list[Any]] = []
    for i, chunk in enumerate(snippet.split(_OPEN)):
        hit, _, rest = chunk.partition(_CLOSE) if i else ("", "", chunk)
        if hit:
            out.append([hit, True])
        if rest:
            out.append([rest, False])
    return out


def _quoted(query: str) -> str:
    return " ".join('"' + token.replace('"', '""') + '"' for token in query.split())


def search_page(store: Any, query: str, cursor: str | None = None, limit: int = 20,
                lang: str | None = None, rank_window: int | None = None) -> Page:
    """Full-text search (FTS5, every language, diacritics folded) over titles and clean texts, best first.

    FTS5 query syntax works (`"exact phrase"`, `minist*`, `a OR b`); text that is not valid
    syntax is searched as plain words.  `rank_window`: when more articles match, only the newest that
    many are ranked and paged (`ranked` says how many; `total` still counts every match), so one
    request's work is bounded whatever the words (the API); without it, every match is ranked.
    """
    limit = page_limit(limit)
    query = query.strip()
    if not query:
        raise QueryError("empty search query")
    offset = int(decode_cursor(cursor, int)[0]) if cursor else 0
    if store.dialect == "postgresql":
        from milwatch.store.pg_search import search_rows

        total, rows = search_rows(store.conn, query, limit + 1, offset, lang, _OPEN, _CLOSE, rank_window)
        return _search_page(rows, limit, offset, total, min(total, rank_window or total))
    extra, params = ("", []) if not lang else (" AND a.lang = ?", [lang])
    # CROSS JOIN: the matches first (else SQLite may read every article of `lang` and match each)
    body = (f" FROM articles_fts CROSS JOIN articles a ON a.pk = articles_fts.rowid LEFT JOIN stories s ON "
            f"s.article_id = a.id WHERE articles_fts MATCH ?{extra}")
    select = (f"SELECT a.id, a.title, a.lang, a.published, a.source, s.story_id AS story, "
              f"snippet(articles_fts, 1, '{_OPEN}', '{_CLOSE}', '…', 16) AS snip{body} ORDER BY "
              f"rank LIMIT ? OFFSET ?")
    for attempt in (query, _quoted(query)):
        try:
            total = int(store.conn.execute(  # the matches only (no join for every one of them)
                f"SELECT COUNT(*) FROM articles_fts "
                f"{'CROSS JOIN articles a ON a.pk = articles_fts.rowid ' if lang else ''}"
                f"WHERE articles_fts MATCH ?{extra}", [attempt, *params]).fetchone()[0])
            window, ranked = [], total
            if rank_window is not None and total > rank_window:  # the newest rank_window matches
                edge = store.conn.execute(f"SELECT a.pk{body} ORDER BY articles_fts.rowid "
                                          f"DESC LIMIT 1 OFFSET ?",
                                          [attempt, *params, rank_window - 1]).fetchone()[0]
                window, ranked = [edge], rank_window
            rows = store.conn.execute(select.replace(" ORDER BY rank",
                                                     " AND articles_fts.rowid >= ? ORDER BY rank")
                                      if window else select,
                                      [attempt, *params, *window, limit + 1, offset]).fetchall()
            break
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise  # its time ran out (Store.time_limit: 503), not a bad query
            error = exc
    else:
        raise QueryError(f"bad search query {query!r}: {error}")
    return _search_page(rows, limit, offset, total, ranked)


def _search_page(rows: list[Any], limit: int, offset: int, total: int, ranked: int) -> Page:
    more = len(rows) > limit
    items = [{"id": r["id"], "title": r["title"], "lang": r["lang"], "published": r["published"],
              "source": r["source"], "story": r["story"],
              "snippet": (r["snip"] or "").replace(_OPEN, "[").replace(_CLOSE, "]"),
              "snippet_parts": _parts(r["snip"] or "")}
             for r in rows[:limit]]
    return Page(items, encode_cursor(offset + limit) if more else None, total, ranked)


# statistics ----------------------------------------------------------------------
def knowledge_stats(store: Any, flt: EventFilter | None = None,
                    store_stats: dict[str, Any] | None = None) -> dict[str, Any]:
    """The store's counts (`store_stats`: `store.stats()` when not given) plus real events by type (with a
    matching report), current real events, the matching reports, countries, pairs, persons, conflicts.
    Filters by countries and types are read from the kept counts (store/rollups.py)."""
    conn = store.conn
    where, params = event_where(flt)
    registry = has_rows(store, "persons")
    persons = conn.execute("SELECT COUNT(*) FROM persons" if registry
                           else "SELECT COUNT(DISTINCT name) FROM event_persons").fetchone()[0]
    rest = {"persons": int(persons), "persons_source": "registry" if registry else "events",
            "conflicts": int(conn.execute("SELECT COUNT(*) FROM conflicts").fetchone()[0])}
    scope = rollups.scope_of(flt)
    if scope is not None:
        return (store_stats or store.stats()) | rollups.stats(store, scope, flt, where, params) | rest
    # one pass over the matching reports (a real event has one type, so its counts per type add up), and
    # the countries and pairs only counted: 2 s instead of 4 at 100k articles (benchmarks/crash_load.py)
    rows = conn.execute(f"SELECT e.type, COUNT(DISTINCT {REAL_EVENT}), MIN(NULLIF({SORT_DATE}, '')), "
                        f"MAX(NULLIF({SORT_DATE}, '')), COUNT(DISTINCT CASE WHEN e.historical "
                        f"= 0 THEN {REAL_EVENT} "
                        f"END), COUNT(*) {event_from(flt)}{and_where(where)} GROUP BY e.type",
                        params).fetchall()
    by_type = {r[0]: int(r[1]) for r in sorted(rows, key=lambda r: (-r[1], r[0]))}
    days = [d for r in rows for d in (r[2], r[3]) if d is not None]
    span = (min(days, default=None), max(days, default=None), sum(r[4] for r in rows),
            sum(r[5] for r in rows))
    n_countries = conn.execute(f"SELECT COUNT(DISTINCT c.value) {event_from(flt)}, json_each(e.countries) c"
                               f"{and_where(where)}", params).fetchone()[0]
    n_pairs = conn.execute(f"SELECT COUNT(*) FROM (SELECT DISTINCT c1.value, c2.value {event_from(flt)}, "
                           f"json_each(e.countries) c1, json_each(e.countries) c2"
                           f"{and_where([*where, 'c1.value < c2.value'])}) AS t", params).fetchone()[0]
    return (store_stats or store.stats()) | {
        "events_by_type": by_type, "matching_reports": int(span[3] or 0),
        "current_events": int(span[2] or 0), "first_event": span[0],
        "last_event": span[1], "countries": int(n_countries), "pairs": int(n_pairs),
    } | rest
