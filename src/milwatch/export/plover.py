"""Events as PLOVER JSON records, one per line (the PLOVER manual's "JSON Data Fields" chapter).

Standard fields:

- `id`; `date` (the event's own date, `YYYY-MM-DD` or as partial as the text gives it; else the
  article's publication date, with `date_source: "publication"` and a `comment` saying so);
- `source` / `recipient`: lists of actor objects.  A state is `{"code": ISO3, "actor_text": name}`,
  an organisation `{"code": "IGO", "actor_text": "NATO", "identifier_text": "nato"}`, an official
  `{"code": ISO3 or null, "sector": "GOV" or "MIL", "actor_text": name, "office": role}`.  A
  meeting without a stated direction (a meeting of equals) has every participant as source and
  no recipient, as the manual says for CONSULT, and `directed: false`; a visit has the visitor as
  source and the host as recipient.  An official whose country is not on either side (or unknown)
  is kept in `other_actors` with `code` null, never dropped;
- `event` (list of PLOVER categories), `mode` and `context` (lists; `historical` is in `context`
  for background events), `quad_code` (1 verbal, 2 material cooperation), `event_loc` (`cc3`);
- `text` (the evidence sentence) and `text_info` (its `start`/`end` in the raw article text);
- `cite_info`: where it was reported (article id as `citation`, `url`, `title`, `language`,
  `publication`, publication `date`), `coder` and `codebook`.

Extensions: `cameo` (code, see extract/plover.py for the mapping), `directed`, `date_source`,
`other_actors`, and milwatch's own fields under `milwatch`, among them `event_id` (the real event the
report belongs to, as in `milwatch export --level event`) and `event_reports` (the ids of every report
of that real event, this one included): one record per report, as PLOVER codes each source text, and
the real events one group-by away.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, BinaryIO

from milwatch import __version__
from milwatch.export._streams import write_json_lines
from milwatch.extract.plover import QUAD_CODE, cameo_for, plover_mode_for
from milwatch.store.queries import EventFilter, iter_events
from milwatch.store.queries_real import real_event

CODEBOOK = "PLOVER 0.7b1 (milwatch mapping: see milwatch.extract.plover)"
RANKED_SECTOR, OFFICIAL_SECTOR = "MIL", "GOV"
_CACHE = 50_000  # real events whose report ids are kept while writing


def _state(code: str, names: dict[str, str]) -> dict[str, Any]:
    if code.isupper():
        return {"code": code, "actor_text": names.get(code, code)}
    return {"code": "IGO", "actor_text": code.upper(), "identifier_text": code}


def _official(person: dict[str, Any]) -> dict[str, Any]:
    return {"code": person["country"] or None, "sector": RANKED_SECTOR if person["rank"] else OFFICIAL_SECTOR,
            "actor_text": person["name"], "office": person["role"], "rank": person["rank"],
            "identifier_id": person.get("person_id")}


def _sides(event: dict[str, Any]) -> tuple[list[str], list[str], bool]:
    """(source codes, recipient codes, directed)."""
    countries = list(event["countries"])
    if event["actor"] and (event["recipient"] or len(countries) > len(event["actor"])):
        actor = list(event["actor"])
        recipient = list(event["recipient"]) or [c for c in countries if c not in actor]
        return actor, recipient, True
    return countries, [], False


def _date(event: dict[str, Any]) -> dict[str, Any]:
    if event["date"]:
        return {"date": event["date"], "date_source": "event"}
    if event["published"]:
        return {"date": event["published"], "date_source": "publication",
                "comment": "the text gives no date for the event: date is the article's publication date"}
    return {"date": None, "date_source": None,
            "comment": "no date: neither the text nor the article gives one"}


def plover_record(event: dict[str, Any], names: dict[str, str] | None = None,
                  reports: Sequence[str] | None = None) -> dict[str, Any]:
    """The PLOVER record of one event dict (see `milwatch.store.queries.event_dict`); `reports`: the ids of
    every report of its real event (the report alone when not given)."""
    names = names or {}
    source, recipient, directed = _sides(event)
    sides: dict[str, list[dict[str, Any]]] = {"source": [_state(c, names) for c in source],
                                             "recipient": [_state(c, names) for c in recipient],
                                             "other_actors": []}
    for person in event["persons"]:
        country = person["country"]
        side = ("source" if country in source else "recipient" if country in recipient
                else "source" if not directed and not country else "other_actors")
        sides[side].append(_official(person))
    category = event["plover"]
    mode = plover_mode_for(event["type"], event["mode"])
    context = [c for c in (event["plover_context"],) if c] + (["historical"] if event["historical"] else [])
    record: dict[str, Any] = {
        "id": event["id"],
        **_date(event),
        "source": sides["source"],
        "recipient": sides["recipient"],
        "directed": directed,
        "other_actors": sides["other_actors"],
        "event": [category] if category else [],
        "mode": [mode] if mode else [],
        "context": context,
        "quad_code": QUAD_CODE.get(category or ""),
        "cameo": cameo_for(event["type"], event["mode"], event["areas"]),
        "event_loc": {"cc3": event["location"]} if event["location"] else None,
        "text": event["evidence"],
        "text_info": {"start": event["evidence_start"], "end": event["evidence_end"]},
        "cite_info": {"citation": event["article_id"], "url": event["source_url"], "title": event["title"],
                      "language": event["lang"], "publication": event["source"], "date": event["published"],
                      "coder": f"milwatch {__version__}", "codebook": CODEBOOK},
        "milwatch": {"type": event["type"], "countries": event["countries"], "mode": event["mode"],
                     "doc_type": event["doc_type"], "areas": event["areas"],
                     "historical": event["historical"], "confidence": event["confidence"],
                     "story": event["story"], "event_id": event.get("event_id"),
                     "event_reports": list(reports) if reports is not None else [event["id"]]},
    }
    return record


def _real_reports(store: Any) -> Callable[[str | None], list[str] | None]:
    """The report ids of a real event, by id (looked up once per real event; a bounded cache)."""
    seen: dict[str, list[str] | None] = {}

    def reports(event_id: str | None) -> list[str] | None:
        if not event_id:
            return None
        if event_id not in seen:
            if len(seen) >= _CACHE:
                seen.clear()
            real = real_event(store, event_id)
            seen[event_id] = real["report_ids"] if real else None
        return seen[event_id]

    return reports


def write_plover(store: Any, flt: EventFilter, out: BinaryIO) -> int:
    from milwatch.export.graph import country_names

    names = country_names()
    reports = _real_reports(store)
    return write_json_lines((plover_record(event, names, reports(event.get("event_id")))
                             for event in iter_events(store, flt)), out)
