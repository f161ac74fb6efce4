"""Composed read views shared by the CLI, the API and the web UI.

`story_view` adds to a story's articles the real events their reports belong to (stored by the
store as extractions are saved: store/real_events.py, nothing is merged again per request) and the
conflicts stored for them.  Every event is tagged with its real event (`canonical`) and the fields
on which its report disagrees with the other reports of that real event.
"""

from __future__ import annotations

from typing import Any

from milwatch.store.queries_browse import story_detail
from milwatch.store.queries_real import real_event_summaries


def _real_events(store: Any, ids: list[str]) -> dict[str, dict[str, Any]]:
    return real_event_summaries(store, ids)


def _own(event: dict[str, Any]) -> dict[str, Any]:
    """A report that belongs to no stored real event, as a real event of its own."""
    return {"id": f"ev:{event['id']}", "type": event["type"], "countries": event["countries"],
            "date": event["date"], "mode": event["mode"], "location": event["location"],
            "doc_type": event["doc_type"], "historical": event["historical"], "sources": 1,
            "confidence": event["confidence"], "reports": 1, "all_langs": [event["lang"] or "und"]}


def story_view(store: Any, story_id: str, limit: int | None = None,
               cursor: str | None = None) -> dict[str, Any] | None:
    """The story (a page of its articles with `limit`/`cursor`: see `story_detail`) with its real events.

    `canonical` lists the real events of the page's reports: `mentions` are the report ids on this
    page, `langs` their languages, `reports` the number of reports of the real event in the whole
    store (`all_langs` their languages)."""
    detail = story_detail(store, story_id, limit, cursor)
    if detail is None:
        return None
    by_key: dict[str, dict[str, Any]] = {}
    members: dict[str, dict[str, str]] = {}  # real event id -> article id -> report key (on this page)
    langs: dict[str, set[str]] = {}
    alone: dict[str, dict[str, Any]] = {}  # reports written around the store (no real event): their own
    for article in detail["articles"]:
        for event in article["events"]:
            by_key[event["id"]] = event
            event["canonical"], event["conflicts"] = event.get("event_id") or f"ev:{event['id']}", []
            members.setdefault(event["canonical"], {})[article["id"]] = event["id"]
            langs.setdefault(event["canonical"], set()).add(article["lang"] or "und")
            if not event.get("event_id"):
                alone[event["canonical"]] = _own(event)
    real = _real_events(store, sorted(set(members) - set(alone))) | alone
    detail["canonical"] = [real[eid] | {"mentions": sorted(members[eid].values()),
                                        "langs": sorted(langs[eid])}
                           for eid in sorted(members) if eid in real]
    for conflict in detail["conflicts"]:
        group = members.get(conflict["event"], {})
        for value, attestations in conflict["values"].items():
            for att in attestations:
                key = group.get(att.get("article_id", ""))
                if key in by_key:
                    by_key[key]["conflicts"].append({"field": conflict["field"], "value": value,
                                                     "person": conflict["person"]})
    return detail
