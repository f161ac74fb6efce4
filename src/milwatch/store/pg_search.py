"""Full-text search on PostgreSQL: the stored tsvector of each article (its language's configuration).

A search string is read as web-search syntax (`"exact phrase"`, `a OR b`, `-word`) under every
configuration at once (`milwatch_tsquery`, store/pg_schema.py), since each article's words were
stemmed by the configuration of its own language; best matches first (`ts_rank`).  The snippet marks
the words of the query under the article's own configuration.
"""

from __future__ import annotations

from typing import Any

from milwatch.store.sql import Connection

_QUERY = "milwatch_tsquery(?)"


def search_rows(conn: Connection, query: str, limit: int, offset: int, lang: str | None, open_mark: str,
                close_mark: str, rank_window: int | None = None, words: int = 16) -> tuple[int, list[Any]]:
    """(total matches, rows of id, title, lang, published, source, story, snip) of one page; `rank_window`:
    only the newest that many matches are ranked (queries_browse.search_page)."""
    extra, params = ("", []) if not lang else (" AND a.lang = ?", [lang])
    total = int(conn.execute(f"SELECT COUNT(*) FROM articles a WHERE a.fts @@ {_QUERY}{extra}",
                             [query, *params]).fetchone()[0])
    if rank_window is not None and total > rank_window:
        edge = conn.execute(f"SELECT a.pk FROM articles a WHERE a.fts @@ {_QUERY}{extra} "
                            f"ORDER BY a.pk DESC LIMIT 1 "
                            "OFFSET ?", [query, *params, rank_window - 1]).fetchone()[0]
        extra, params = extra + " AND a.pk >= ?", [*params, edge]
    options = (f"StartSel={open_mark}, StopSel={close_mark}, MaxWords={words}, "
               f"MinWords={max(words // 3, 1)}, "
               "MaxFragments=1, FragmentDelimiter=…")
    rows = conn.execute(
        "SELECT a.id, a.title, a.lang, a.published, a.source, s.story_id AS story, "
        "ts_headline(milwatch_regconfig(a.lang), COALESCE(a.clean_text, ''), "
        "websearch_to_tsquery(milwatch_regconfig(a.lang), ?), ?) AS snip "
        f"FROM articles a CROSS JOIN (SELECT {_QUERY} AS q) q LEFT JOIN stories s ON s.article_id = a.id "
        f"WHERE a.fts @@ q.q{extra} ORDER BY ts_rank(a.fts, q.q) DESC, a.pk LIMIT ? OFFSET ?",
        [query, options, query, *params, limit, offset]).fetchall()
    return total, rows
