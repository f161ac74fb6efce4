"""Events as PLOVER/POLECAT-style JSON records, one per line.

The layout follows the PLOVER event-data specification as POLECAT publishes it: an event
type from the PLOVER ontology with its mode and contexts, a source actor and a target
(recipient), the date, the location, and where it was reported (the source article and the
evidence sentence).  milwatch's own fields ride along under `milwatch`.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from milwatch.export._streams import write_json_lines
from milwatch.store.queries import EventFilter, iter_events


def _side(codes: list[str], persons: list[dict[str, Any]]) -> dict[str, Any]:
    wanted = {c.upper() for c in codes}
    return {"country": codes, "persons": [{"name": p["name"], "title": p["role"], "rank": p["rank"],
                                           "country": p["country"]}
                                          for p in persons if p["country"] and p["country"].upper() in wanted]}


def plover_record(event: dict[str, Any]) -> dict[str, Any]:
    """The PLOVER record of one event dict (see `milwatch.store.queries.event_dict`).

    Without a stated direction (a meeting of equals) the first country is the actor and
    the others the recipients, as PLOVER coders do for symmetric events.
    """
    countries = list(event["countries"])
    actor = list(event["actor"]) or countries[:1]
    recipient = list(event["recipient"]) or [c for c in countries if c not in actor]
    return {
        "event_id": event["id"],
        "event_date": event["date"],
        "event_type": event["plover"],
        "event_mode": event["plover_mode"],
        "contexts": [event["plover_context"]] if event["plover_context"] else [],
        "cameo": event["cameo"],
        "actor": _side(actor, event["persons"]),
        "recipient": _side(recipient, event["persons"]),
        "location": {"country": event["location"]},
        "source": {"article_id": event["article_id"], "url": event["source_url"], "publisher": event["source"],
                   "language": event["lang"], "publication_date": event["published"], "headline": event["title"]},
        "evidence": {"text": event["evidence"], "start": event["evidence_start"], "end": event["evidence_end"]},
        "milwatch": {"type": event["type"], "countries": countries, "mode": event["mode"],
                     "doc_type": event["doc_type"], "areas": event["areas"], "historical": event["historical"],
                     "confidence": event["confidence"], "story": event["story"]},
    }


def write_plover(store: Any, flt: EventFilter, out: BinaryIO) -> int:
    return write_json_lines((plover_record(event) for event in iter_events(store, flt)), out)
