"""Watchlists evaluated on new events only: one alert per watchlist and real event.

    changes = process_new_events(store)   # after extraction results were written

The store queues every article whose extraction is written (a trigger of migration 7 on
`extractions`), whoever writes it: `milwatch extract`, `POST /api/articles`, a watcher.  This
module takes the queue a batch at a time and, in one transaction per batch, matches only the
events of those articles against every watchlist, files each matching report into the alert
of its real event, records what is new, queues the webhook deliveries and empties the batch
from the queue; nothing already stored is scanned again.  A crash loses nothing: the batch is
either all done or still queued.

A report joins an alert of the same kind (type and country set) when the event merge of
`resolve` would link them (`link_score`, `compatible` with every report of the alert); else it
starts a new alert.  An alert gets a new revision only when something is new: its first report,
a new source (domain) or language, or a new conflict between sources (`resolve.conflicts`).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from milwatch.alerts.query import WatchQuery
from milwatch.alerts.watchlists import Watchlist, list_watchlists, now
from milwatch.matching.events import View, compatible, link_score, make_view
from milwatch.matching.persons import PersonMatcher, country_code
from milwatch.model import Mention, event_from_dict
from milwatch.resolve.conflicts import find_conflicts
from milwatch.store import alert_tables
from milwatch.store.queries import EventFilter, iter_events

BATCH = 200  # queued articles per transaction
CANDIDATES = 200  # alerts of one kind compared with a report (the latest changed)


@dataclass(slots=True)
class AlertChange:
    """A new revision of an alert: what the terminal prints and the webhook posts."""

    alert_id: int
    watchlist: str
    revision: int
    news: dict[str, Any]


@dataclass(slots=True)
class _Alert:
    id: int
    kind: str
    type: str
    countries: list[str]
    revision: int
    sources: list[str]
    langs: list[str]
    conflicts: list[list[str]]
    mentions: dict[tuple[str, int], dict[str, Any]]
    created: bool = False
    added: list[tuple[str, int]] = field(default_factory=list)


def kind_of(event: dict[str, Any]) -> tuple[str, list[str]]:
    countries = sorted({country_code(c) for c in event.get("countries") or ()})
    return f"{event['type']}|{','.join(countries)}", countries


def source_of(event: dict[str, Any]) -> str:
    return event.get("source") or event.get("article_id") or "?"


def _mention(event: dict[str, Any]) -> Mention:
    return Mention(article_id=event["article_id"], event=event_from_dict(event), lang=event.get("lang"),
                   published=event.get("published"), source=event.get("source"),
                   index=int(event.get("idx") or 0))


def _view(event: dict[str, Any], matcher: PersonMatcher, article_id: str | None = None) -> View:
    return make_view((event["article_id"], event.get("idx")), article_id or event["article_id"],
                     event_from_dict(event), event.get("published"), matcher)


def _conflicts(mentions: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, list[str]]]:
    found = find_conflicts([_mention(m) for m in mentions])
    return {(c.field, c.person or ""): {v: sorted({a.article_id for a in atts})
                                        for v, atts in c.values.items()}
            for c in found}


def _date(mentions: list[dict[str, Any]]) -> str | None:
    dates = [m["date"] for m in mentions if m.get("date")]
    for length in (10, 7, 4):
        counts = Counter(d for d in dates if len(d) == length)
        if counts:
            return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    published = sorted(m["published"] for m in mentions if m.get("published"))
    return published[0] if published else None


class _Batch:
    """One transaction's work: the alerts touched, loaded once each."""

    def __init__(self, conn: Any, at: str) -> None:
        self.tx, self.at = conn, at
        self.alerts: dict[int, _Alert] = {}
        self.owner: dict[int, int] = {}  # alert id -> watchlist id
        self.matcher = PersonMatcher()

    def _load(self, alert_id: int) -> _Alert:
        if alert_id not in self.alerts:
            row = alert_tables.alert_row(self.tx, alert_id)
            mentions = alert_tables.alert_mentions(self.tx, alert_id)
            self.alerts[alert_id] = _Alert(row["id"], row["kind"], row["type"], json.loads(row["countries"]),
                                           row["revision"], json.loads(row["sources"]),
                                           json.loads(row["langs"]), json.loads(row["conflicts"]), mentions)
            self.owner[alert_id] = row["watchlist_id"]
        return self.alerts[alert_id]

    def _candidates(self, watchlist_id: int, kind: str) -> list[_Alert]:
        ids = alert_tables.candidate_alerts(self.tx, watchlist_id, kind, CANDIDATES)
        return [self._load(i) for i in ids]

    def file(self, watchlist: Watchlist, event: dict[str, Any]) -> None:
        """Put one matching report into the alert of its real event (a new alert when there is none)."""
        key = (event["article_id"], int(event["idx"]))
        kind, countries = kind_of(event)
        view = _view(event, self.matcher)
        best: tuple[float, _Alert] | None = None
        for alert in self._candidates(watchlist.id, kind):
            if key in alert.mentions:  # the same report again (re-extracted): keep it in its alert
                best = (float("inf"), alert)
                break
            same_article = [k for k in alert.mentions if k[0] == key[0]]
            if same_article:  # an article's events are distinct events, unless this is a re-extracted one
                old = _view(alert.mentions[same_article[0]], self.matcher, key[0] + "\x00before")
                if link_score(view, old, matcher=self.matcher) is None:
                    continue
                for k in same_article:
                    del alert.mentions[k]
                best = (float("inf"), alert)
                break
            views = [_view(m, self.matcher) for m in alert.mentions.values()]
            if not all(compatible(view, v, matcher=self.matcher) for v in views):
                continue
            scores = [s for v in views if (s := link_score(view, v, matcher=self.matcher)) is not None]
            if scores and (best is None or max(scores) > best[0]):
                best = (max(scores), alert)
        if best is None:
            new_id = alert_tables.insert_alert(self.tx, watchlist.id, kind, event["type"], countries,
                                               event.get("date"), self.at)
            alert = _Alert(new_id, kind, event["type"], countries, 0, [], [], [], {}, created=True)
            self.alerts[alert.id] = alert
            self.owner[alert.id] = watchlist.id
        else:
            alert = best[1]
        alert.mentions[key] = event
        alert.added.append(key)

    def finish(self, names: dict[int, Watchlist]) -> list[AlertChange]:
        """Write the touched alerts; a revision (and a webhook delivery) for each with something new."""
        changes: list[AlertChange] = []
        for alert in self.alerts.values():
            if not alert.added:
                continue
            mentions = list(alert.mentions.values())
            conflicts = _conflicts(mentions) if len(mentions) > 1 else {}
            sources = sorted({source_of(m) for m in mentions})
            langs = sorted({m.get("lang") or "und" for m in mentions})
            old_conflicts = {tuple(c) for c in alert.conflicts}
            new_conflicts = [{"field": f, "person": p or None, "values": v}
                             for (f, p), v in sorted(conflicts.items()) if (f, p) not in old_conflicts]
            news: dict[str, Any] = {
                "first_report": alert.created,
                "new_reports": sorted({k[0] for k in alert.added}),
                "new_sources": [s for s in sources if s not in alert.sources],
                "new_langs": [lang for lang in langs if lang not in alert.langs],
                "new_conflicts": new_conflicts,
            }
            watchlist_id = self.owner[alert.id]
            touched = sorted({k[0] for k in alert.added})
            news_worthy = bool(news["first_report"] or news["new_sources"] or news["new_langs"]
                               or news["new_conflicts"])
            revision = alert.revision + 1 if news_worthy else alert.revision
            alert_tables.write_alert(self.tx, alert.id, touched, alert.mentions, self.at,
                                     _date(mentions), revision,
                                     sources, langs, [list(k) for k in sorted(conflicts)], news_worthy)
            if not news_worthy:
                continue
            alert_tables.insert_change(self.tx, alert.id, revision, self.at, news)
            watchlist = names[watchlist_id]
            changes.append(AlertChange(alert.id, watchlist.name, revision, news))
            if watchlist.webhook_url:
                from milwatch.alerts.webhook import payload

                body = payload(self.tx, watchlist, alert.id, revision, news, self.at)
                alert_tables.queue_delivery(self.tx, watchlist.id, alert.id, revision, body, self.at)
        return changes


def _events_of(store: Any, article_ids: list[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for article_id in dict.fromkeys(article_ids):
        out += iter_events(store, EventFilter(article=article_id))
    return out


def process_new_events(store: Any, batch: int = BATCH) -> list[AlertChange]:
    """Match the events of queued articles against every watchlist (see the module docstring)."""
    changes: list[AlertChange] = []
    while True:
        with store.transaction() as conn:
            queued = alert_tables.queued_articles(conn, batch)
            if not queued:
                return changes
            watchlists = list_watchlists(store)
            if watchlists:
                work = _Batch(conn, now())
                for event in _events_of(store, [r[1] for r in queued]):
                    for watchlist in watchlists:
                        if watchlist.query.matches(event):
                            work.file(watchlist, event)
                changes += work.finish({w.id: w for w in watchlists})
            alert_tables.dequeue(conn, queued[-1][0])


def matching_events(store: Any, query: WatchQuery, flt: EventFilter) -> list[dict[str, Any]]:
    """Stored events in `flt` that the watchlist query matches (for briefs: a query, not alerts)."""
    return [e for e in iter_events(store, flt) if query.matches(e)]
