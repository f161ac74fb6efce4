"""Composed read views shared by the CLI, the API and the web UI.

`story_view` adds to a story's articles the cross-lingual grouping of their events
(the resolve stage's event merge, run on the story's mentions) and the conflicts: the
stored ones when the store has a conflicts table filled, else the ones the merge finds.
Every event is tagged with its canonical event and the fields on which it disagrees.
"""

from __future__ import annotations

from typing import Any

from milwatch.model import Mention, event_from_dict
from milwatch.resolve import merge_events
from milwatch.store.queries_browse import story_detail


def _conflict_dict(event_key: str, field: str, person: str | None, values: dict[str, Any]) -> dict[str, Any]:
    return {"event": event_key, "field": field, "person": person, "values": values}


def story_view(store: Any, story_id: str, limit: int | None = None,
               cursor: str | None = None) -> dict[str, Any] | None:
    """The story (a page of its articles with `limit`/`cursor`: see `story_detail`) with canonical events."""
    detail = story_detail(store, story_id, limit, cursor)
    if detail is None:
        return None
    by_key: dict[str, dict[str, Any]] = {}
    mentions: list[Mention] = []
    for article in detail["articles"]:
        for event in article["events"]:
            by_key[event["id"]] = event
            event["canonical"], event["conflicts"] = None, []
            mentions.append(Mention(article_id=article["id"], event=event_from_dict(event), lang=article["lang"],
                                    published=article["published"], source=article["source"], index=event["idx"]))
    canonical = merge_events(mentions) if mentions else []
    members: dict[str, dict[str, str]] = {}  # canonical id -> article id -> event key
    detail["canonical"] = []
    for c in canonical:
        keys = [m.key for m in c.mentions]
        members[c.id] = {m.article_id: m.key for m in c.mentions}
        for key in keys:
            by_key[key]["canonical"] = c.id
        detail["canonical"].append({
            "id": c.id, "type": c.type, "countries": c.countries, "date": c.date, "mode": c.mode,
            "location": c.location, "doc_type": c.doc_type, "historical": c.historical, "sources": c.sources,
            "confidence": c.confidence, "mentions": keys, "langs": sorted({m.lang or "und" for m in c.mentions}),
        })
    if not detail["stored_conflicts"]:
        detail["conflicts"] = [
            _conflict_dict(c.id, x.field, x.person,
                           {v: [{"article_id": a.article_id, "lang": a.lang, "evidence": a.evidence}
                                for a in atts] for v, atts in x.values.items()})
            for c in canonical for x in c.conflicts]
    for conflict in detail["conflicts"]:
        group = members.get(conflict["event"], {})
        for value, attestations in conflict["values"].items():
            for att in attestations:
                key = group.get(att.get("article_id", ""))
                if key in by_key:
                    by_key[key]["conflicts"].append({"field": conflict["field"], "value": value,
                                                     "person": conflict["person"]})
    return detail
