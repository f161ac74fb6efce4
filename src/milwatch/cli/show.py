"""`milwatch show ID`: one article as stored, with its duplicates and extracted events."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from rich.console import Console

from milwatch.cli._common import (
    db_option,
    json_option,
    open_db,
    quiet_on_closed_pipe,
    settings_from,
    show_path,
)
from milwatch.cli._query import print_json
from milwatch.cli._query import safe_markup as escape
from milwatch.cli._show_more import article_conflicts, conflict_line, show_other
from milwatch.errors import NotFoundError


def _event_line(event: dict[str, Any]) -> str:
    parts = [event["type"], "–".join(event["countries"])]
    parts += [f"{k}={event[k]}" for k in ("date", "mode", "location", "doc_type") if event.get(k)]
    if event.get("historical"):
        parts.append("historical")
    names = ", ".join(p["name"] for p in event.get("persons") or [])
    return " · ".join(parts) + (f" · {names}" if names else "")


@click.command("show")
@click.argument("article_id")
@db_option
@click.option("--raw", is_flag=True, help="Print the raw text as ingested instead of the clean text.")
@json_option
@quiet_on_closed_pipe
def command(article_id: str, db: Path | None, raw: bool, as_json: bool) -> None:
    """Show the article ARTICLE_ID: metadata, text, duplicates, events and conflicts with other reports.
    An event id (ARTICLE#N) shows one event; story:ID shows a story's reports, events and conflicts."""
    store = open_db(settings_from(db=db))
    try:
        article = store.get_article(article_id)
        if article is None or article_id.startswith("story:"):
            if show_other(store, article_id, as_json):
                return
            raise NotFoundError(f"no article with id {article_id!r} in {store.location} "
                                f"(nor an event or a story)")
        duplicates = store.duplicates_of(article_id)
        extraction = store.get_extraction(article_id)
        story = store.get_stories().get(article_id) if extraction is None else extraction.story
        conflicts = article_conflicts(store, article_id, story) if extraction is not None else []
    finally:
        store.close()
    events = [e.to_dict() for e in extraction.events] if extraction else []
    if as_json:
        data = {
            "id": article.id, "title": article.title, "published": article.published,
            "source_url": article.source_url, "lang": article.lang,
            "lang_confidence": article.lang_confidence,
            "lang_hint": article.lang_hint, "paragraph_langs": article.paragraph_langs,
            "origin": article.origin.describe() if article.origin else None, "extra": article.extra,
            "text": article.text, "clean_text": article.clean_text, "duplicates": duplicates,
            "extracted": extraction is not None, "story": story, "events": events, "conflicts": conflicts,
        }
        print_json(data)
        return
    console = Console(highlight=False, soft_wrap=True)
    console.print(f"[bold]{escape(article.title or '(no title)')}[/]")
    meta = [f"id {article.id}", f"lang {article.lang}" + (f" ({article.lang_confidence:.2f})"
                                                          if article.lang_confidence is not None else "")]
    meta += [f"published {article.published}"] if article.published else []
    meta += [f"from {show_path(article.origin.path)}" + (f":{article.origin.line}"
                                                         if article.origin.line else "")
             ] if article.origin else []
    console.print(escape(" · ".join(meta)))
    if article.source_url:
        console.print(escape(article.source_url))
    console.print()
    console.print(escape(article.text if raw or article.clean_text is None else article.clean_text))
    for dup in duplicates:
        console.print()
        if dup["kind"] == "exact":
            console.print(escape(f"exact duplicate: {dup['article_id']} ({dup['origin']}) of "
                                 f"{dup['duplicate_of']}"))
        else:
            console.print(escape(f"near duplicate: {dup['article_id']} ~ {dup['similar_to']} "
                                 f"(similarity {dup['similarity']})"))
    if extraction is not None:
        console.print()
        console.print(f"[bold]events[/] ({len(events)}){escape(f' · story {story}') if story else ''}")
        for event in events:
            console.print(escape(f"- {_event_line(event)}"))
            if event.get("evidence"):
                console.print(f"  [dim]{escape(event['evidence'])}[/]")
        for conflict in conflicts:
            console.print(escape(f"conflict with other reports: {conflict_line(conflict)}"))
