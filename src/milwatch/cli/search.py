"""`milwatch search QUERY`: full-text search over every article, in all languages."""

from __future__ import annotations

from collections.abc import Generator
from itertools import islice
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from milwatch.cli._common import db_option, json_option, open_db, quiet_on_closed_pipe, settings_from
from milwatch.cli._query import csv_option, limit_option, print_csv, print_json_array, safe_markup
from milwatch.store.queries_browse import search_page

COLUMNS = ("id", "lang", "published", "story", "title", "snippet")


def iter_hits(store: Any, query: str, lang: str | None) -> Generator[dict[str, Any], None, None]:
    cursor: str | None = None
    while True:
        page = search_page(store, query, cursor, 500, lang)
        yield from page.items
        if page.next is None:
            return
        cursor = page.next


@click.command("search")
@click.argument("query")
@click.option("--lang", metavar="CODE", help="Only articles in this language.")
@limit_option(20, "articles")
@db_option
@json_option
@csv_option
@quiet_on_closed_pipe
def command(query: str, lang: str | None, limit: int, db: Path | None, as_json: bool, as_csv: bool) -> None:
    """Articles matching QUERY, best first: words are matched in titles and clean texts of every
    language, diacritics folded ("Hà Nội" finds "Ha Noi"); FTS5 syntax works ("exact phrase",
    prefix*, a OR b, NEAR(a b))."""
    store = open_db(settings_from(db=db))
    stream = iter_hits(store, query, lang)
    try:
        hits = islice(stream, limit)
        if as_json:
            print_json_array(hits)
            return
        if as_csv:
            print_csv(COLUMNS, ([h[c] for c in COLUMNS] for h in hits))
            return
        console = Console(highlight=False)
        total = search_page(store, query, None, 1, lang).total
        n = 0
        for hit in hits:
            n += 1
            meta = " · ".join(x for x in (hit["id"], hit["lang"], hit["published"],
                                          f"story {hit['story']}" if hit["story"] else None) if x)
            title = safe_markup(hit["title"] or "(no title)")
            console.print(f"[bold]{title}[/]  [dim]{safe_markup(meta)}[/]")
            snippet = "".join(f"[reverse]{safe_markup(' '.join(t.split()))}[/]" if hit_ else safe_markup(t)
                              for t, hit_ in hit["snippet_parts"])
            console.print("  " + snippet, soft_wrap=True)
        console.print(f"{n} of {total} articles" if n else "nothing found")
    finally:
        stream.close()
        store.close()
