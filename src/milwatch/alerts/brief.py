"""Briefs: what happened in a period (optionally within one watchlist), as data for a report.

    data = build_brief(store, since="7d")                 # the last 7 days up to today
    data = build_brief(store, since="2024-02", until="2024-03-31", watchlist=wl)
    html = render_brief(data, "html")                     # brief_render: self-contained HTML or Markdown

A period is `Nd`, `Nw`, `Nm` (30 days) or `Ny` back from `until` (default: today), or dates
(YYYY, YYYY-MM, YYYY-MM-DD).  An event is in the period by its own date, else its article's
publication date (as everywhere in milwatch); background (historical) events are left out
unless the watchlist asks for them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

from milwatch.alerts.query import WatchlistError
from milwatch.alerts.watchlists import Watchlist
from milwatch.store.queries import EventFilter, QueryError, iter_events
from milwatch.store.query_filter import period_end, period_start

TOP_STORIES = 10
MAX_EVENTS = 200_000  # events read for one brief (a brief of more is a query, not a brief)
_RELATIVE = re.compile(r"^(\d{1,4})([dwmy])$")
_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}


def parse_period(since: str, until: str | None = None, today: date | None = None) -> tuple[str, str]:
    """(first day, last day) as YYYY-MM-DD; a WatchlistError saying what is accepted otherwise."""
    relative = _RELATIVE.match(since.strip())
    try:
        EventFilter(since=None if relative else since.strip(), until=until)  # checks the date forms
        end = _last_day(period_end(until)) if until else (today or date.today())
        if relative:
            start = end - timedelta(days=int(relative.group(1)) * _DAYS[relative.group(2)] - 1)
        else:
            start = date.fromisoformat(period_start(since.strip()))
    except (QueryError, ValueError) as exc:
        raise WatchlistError(f"bad period (since {since!r}, until {until!r}): give since as Nd, Nw, Nm or Ny "
                             "(7d, 4w, 3m) or a date (YYYY, YYYY-MM, YYYY-MM-DD), until as a date") from exc
    if start > end:
        raise WatchlistError(f"the period starts ({start}) after it ends ({end})")
    return start.isoformat(), end.isoformat()


def _last_day(text: str) -> date:
    """The date of YYYY-MM-DD, the day moved back to the month's last one (period_end says 31)."""
    year, month, day = int(text[:4]), int(text[5:7]), int(text[8:10])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValueError(f"no such date {text}")
    while True:
        try:
            return date(year, month, day)
        except ValueError:
            day -= 1


def _bucket_size(start: str, end: str) -> str:
    days = (date.fromisoformat(end) - date.fromisoformat(start)).days + 1
    return "day" if days <= 62 else "week" if days <= 400 else "month"


def bucket_of(value: str, size: str) -> str | None:
    """The chart bucket of a date (None when the date is too coarse for buckets of that size)."""
    if size == "month":
        return value[:7] if len(value) >= 7 else None
    if len(value) < 10:
        return None
    if size == "day":
        return value
    day = date.fromisoformat(value)
    return (day - timedelta(days=day.weekday())).isoformat()


def buckets(start: str, end: str, size: str) -> list[str]:
    out: list[str] = []
    day = date.fromisoformat(start)
    last = date.fromisoformat(end)
    if size == "week":
        day -= timedelta(days=day.weekday())
    while day <= last:
        key = bucket_of(day.isoformat(), size)
        if key and key not in out:
            out.append(key)
        day += timedelta(days=1 if size != "week" else 7)
    return out


def _events(store: Any, start: str, end: str, watchlist: Watchlist | None) -> list[dict[str, Any]]:
    query = watchlist.query if watchlist else None
    flt = EventFilter(since=start, until=end, current_only=not (query and query.historical))
    out = []
    for event in iter_events(store, flt):
        if query is None or query.matches(event):
            out.append(event)
            if len(out) >= MAX_EVENTS:
                break
    return out


def _stories(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in events:
        groups[e.get("story") or e["article_id"]].append(e)
    out = []
    for story_id, evs in groups.items():
        firsts: dict[str, dict[str, Any]] = {}
        for e in evs:
            firsts.setdefault(e["article_id"], e)
        main = Counter((e["type"], tuple(sorted(e["countries"]))) for e in evs).most_common(1)[0][0]
        dates = sorted(e.get("date") or e.get("published") or "" for e in evs if e["type"] == main[0])
        out.append({
            "id": story_id, "type": main[0], "countries": list(main[1]), "date": dates[0] if dates else None,
            "title": next((e.get("title") for e in firsts.values() if e.get("title")), story_id),
            "reports": len(firsts), "sources": sorted({e.get("source") or e["article_id"] for e in evs}),
            "langs": sorted({e.get("lang") or "und" for e in evs}),
            "persons": sorted({p["name"] for e in evs for p in e.get("persons") or ()}),
            "evidence": [{"article_id": a, "lang": e.get("lang"), "text": e.get("evidence") or "",
                          "title": e.get("title"), "source": e.get("source"), "url": e.get("source_url"),
                          "published": e.get("published")} for a, e in sorted(firsts.items())],
        })
    out.sort(key=lambda s: (-len(s["sources"]), -len(s["langs"]), -s["reports"], s["date"] or "", s["id"]))
    return out


def _conflicts(store: Any, articles: set[str]) -> list[dict[str, Any]]:
    out = []
    for event_key, c in store.iter_conflicts():
        said = {a.article_id for atts in c.values.values() for a in atts}
        if said & articles:
            out.append({"event": event_key, "field": c.field, "person": c.person,
                        "values": [{"value": v, "reports": [{"article_id": a.article_id, "lang": a.lang,
                                                             "evidence": a.evidence} for a in atts]}
                                   for v, atts in c.values.items()]})
    return out


def _new_officials(store: Any, events: list[dict[str, Any]], start: str) -> list[dict[str, Any]]:
    ids = {p.get("person_id") for e in events for p in e.get("persons") or () if p.get("person_id")}
    out = []
    for person in store.iter_persons():
        if person.id in ids and person.first_seen and person.first_seen >= start:
            out.append({"id": person.id, "name": person.name, "country": person.country,
                        "roles": [r.value for r in person.roles], "first_seen": person.first_seen,
                        "aliases": person.aliases[:6], "langs": person.langs})
    return sorted(out, key=lambda p: (p["first_seen"], p["name"]))


def build_brief(store: Any, since: str = "7d", until: str | None = None, watchlist: Watchlist | None = None,
                today: date | None = None, top: int = TOP_STORIES) -> dict[str, Any]:
    """Everything a brief shows (JSON-ready): counts, the series for the chart, top stories, new officials,
    conflicts between sources."""
    from milwatch.export.graph import country_names

    start, end = parse_period(since, until, today)
    events = _events(store, start, end, watchlist)
    size = _bucket_size(start, end)
    series: dict[str, Counter[str]] = {b: Counter() for b in buckets(start, end, size)}
    coarse: Counter[str] = Counter()
    pairs: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_country: Counter[str] = Counter()
    for e in events:
        key = bucket_of(e.get("date") or e.get("published") or "", size)
        if key in series:
            series[key][e["type"]] += 1
        else:
            coarse[e["type"]] += 1
        codes = sorted(set(e["countries"]))
        by_country.update(codes)
        for i, a in enumerate(codes):
            for b in codes[i + 1:]:
                pairs[(a, b)][e["type"]] += 1
        if len(codes) == 1:
            pairs[(codes[0], "")][e["type"]] += 1
    stories = _stories(events)
    articles = {e["article_id"] for e in events}
    names = country_names()
    used = {c for e in events for c in e["countries"]}
    return {
        "period": {"since": start, "until": end, "asked": since, "bucket": size},
        "watchlist": watchlist.to_dict() if watchlist else None,
        "totals": {"events": len(events), "articles": len(articles), "stories": len(stories),
                   "langs": sorted({e.get("lang") or "und" for e in events}),
                   "sources": len({e.get("source") or e["article_id"] for e in events}),
                   "by_type": dict(Counter(e["type"] for e in events).most_common())},
        "pairs": [{"a": a, "b": b, "events": sum(c.values()), "by_type": dict(c)}
                  for (a, b), c in sorted(pairs.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))],
        "countries": dict(sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))),
        "series": [{"bucket": b, "by_type": dict(c)} for b, c in series.items()],
        "coarse_dates": dict(coarse),
        "stories": stories[:top],
        "officials": _new_officials(store, events, start),
        "conflicts": _conflicts(store, articles),
        "country_names": {c: names.get(c, c.upper() if c.islower() else c) for c in sorted(used)},
    }
