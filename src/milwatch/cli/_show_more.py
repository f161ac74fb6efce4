"""What `milwatch show` prints for an event id (ARTICLE#N) or a story (`story:ID`, or an id that is no
article's), and an article's conflicts with the other reports of its story."""

from __future__ import annotations

import re
from typing import Any

from milwatch.cli._query import console_for_tables, people, print_json, print_table
from milwatch.cli._query import safe_markup as escape
from milwatch.export.views import story_view
from milwatch.store.queries import EventFilter, iter_events

_EVENT_ID = re.compile(r"^(?P<article>.+)#(?P<idx>\d+)$")


def article_conflicts(store: Any, article_id: str, story: str | None) -> list[dict[str, Any]]:
    """The conflicts between this article and the other reports of its story (what each says)."""
    view = story_view(store, story) if story else None
    if view is None:
        return []
    return [c for c in view["conflicts"]
            if any(a.get("article_id") == article_id for atts in c["values"].values() for a in atts)]


def conflict_line(conflict: dict[str, Any]) -> str:
    said = "; ".join(f"{value}: " + ", ".join(f"{a.get('article_id')} ({a.get('lang') or '?'})" for a in atts)
                     for value, atts in conflict["values"].items())
    return f"{conflict['field']}" + (f" of {conflict['person']}"
                                     if conflict.get("person") else "") + f" — {said}"


def show_other(store: Any, ident: str, as_json: bool) -> bool:
    """Show the event or story `ident`; False when it is neither."""
    match = _EVENT_ID.match(ident)
    if match:
        events = [e for e in iter_events(store, EventFilter(article=match["article"]))
                  if e["idx"] == int(match["idx"])]
        if events:
            _show_event(store, events[0], as_json)
            return True
    view = story_view(store, ident.removeprefix("story:"))
    if view is not None:
        _show_story(view, as_json)
        return True
    return False


def _show_event(store: Any, event: dict[str, Any], as_json: bool) -> None:
    view = story_view(store, event["story"]) if event["story"] else None
    mine: dict[str, Any] = next((e for a in (view or {}).get("articles", [])
                                 for e in a["events"] if e["id"] == event["id"]), {})
    event = event | {"canonical": mine.get("canonical"), "conflicts": mine.get("conflicts", [])}
    if as_json:
        print_json(event)
        return
    console = console_for_tables()
    console.print(f"[bold]{escape(event['type'])}[/] {escape('–'.join(event['countries']))}"
                  + (" [dim](historical)[/]" if event["historical"] else ""))
    facts = [f"{k} {event[k]}" for k in ("date", "mode", "location", "doc_type") if event.get(k)]
    facts += [f"actor {','.join(event['actor'])}"] if event["actor"] else []
    facts += [f"recipient {','.join(event['recipient'])}"] if event["recipient"] else []
    facts += [f"areas {', '.join(event['areas'])}"] if event["areas"] else []
    facts += [f"PLOVER {event['plover']}" + (f"/{event['plover_mode']}" if event["plover_mode"] else ""),
              f"CAMEO {event['cameo']}"]
    console.print(escape(" · ".join(facts)))
    if event["persons"]:
        console.print(escape("officials: " + "; ".join(
            p["name"] + (f" ({', '.join(x for x in (p['country'], p['role'], p['rank']) if x)})"
                         if p["country"] or p["role"] or p["rank"] else "") for p in event["persons"])))
    console.print(escape(f"reported by {event['article_id']} ({event['lang']}, "
                         f"{event['published'] or 'no date'})"
                         + (f" · story {event['story']}" if event["story"] else "")))
    console.print(f"[dim]{escape(event['evidence'])}[/]")
    for c in event["conflicts"]:
        console.print(escape(f"conflict: {c['field']}" + (f" of {c['person']}" if c["person"] else "")
                             + f" — this report says {c['value']}"))


def _show_story(view: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print_json(view)
        return
    console = console_for_tables()
    titled = next((a for a in view["articles"] if a["lang"] == "en" and a["title"]), None) or next(
        (a for a in view["articles"] if a["title"]), None)
    console.print(f"[bold]{escape(titled['title'] if titled else view['id'])}[/]")
    console.print(escape(f"story {view['id']} · {len(view['articles'])} reports in "
                         + ", ".join(sorted({a['lang'] or '?' for a in view['articles']}))))
    print_table("reports", ("article", "lang", "published", "source", "events", "title"),
                ([a["id"], a["lang"], a["published"], a["source"], len(a["events"]), a["title"]]
                 for a in view["articles"]))
    print_table("events across reports", ("type", "countries", "date", "details", "reports", "langs"),
                ([c["type"], "–".join(c["countries"]), c["date"],
                  " · ".join(x for x in (c["mode"], c["doc_type"], c["location"]) if x), len(c["mentions"]),
                  ",".join(c["langs"])] for c in view["canonical"]), "no events")
    for a in view["articles"]:
        for e in a["events"]:
            console.print(escape(f"- {e['id']} {e['type']} {'–'.join(e['countries'])} "
                                 f"{e['date'] or ''} · {people(e['persons'])}"))
            console.print(f"  [dim]{escape(e['evidence'])}[/]")
    if view["conflicts"]:
        console.print("[bold]conflicts[/]")
        for c in view["conflicts"]:
            console.print(escape("- " + conflict_line(c)))
