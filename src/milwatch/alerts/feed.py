"""The Atom feed of a watchlist (RFC 4287): one entry per alert, i.e. per real event.

An entry's id never changes (a URN made from the watchlist's UUID and the alert id); its
`updated` is the time of the alert's latest revision, and its content says what that
revision brought (first report, new sources or languages, new conflicts) and lists the
reports with their evidence sentences in the original language.  Feed readers show an
updated entry as changed rather than as a new item.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from html import escape
from typing import Any

from milwatch import __version__
from milwatch.alerts.watchlists import Watchlist, recent_alerts

ATOM = "http://www.w3.org/2005/Atom"
FEED_ENTRIES = 100


def alert_title(alert: dict[str, Any]) -> str:
    """`meeting EST–LVA 2024-02-10: Jaan Tamm, Andris Ozols`."""
    names: list[str] = []
    for report in alert.get("reports") or ():
        for p in report.get("persons") or ():
            name = p.get("name") if isinstance(p, dict) else p
            if name and name not in names:
                names.append(name)
    head = f"{alert['type']} {'–'.join(alert['countries']) or '?'} {alert.get('date') or 'undated'}"
    return head + (f": {', '.join(names[:4])}" if names else "")


def news_lines(news: dict[str, Any]) -> list[str]:
    """What an alert revision brought, one short line each."""
    out = []
    if news.get("first_report"):
        out.append("first report")
    if news.get("new_sources") and not news.get("first_report"):
        out.append("new sources: " + ", ".join(news["new_sources"]))
    if news.get("new_langs") and not news.get("first_report"):
        out.append("new languages: " + ", ".join(news["new_langs"]))
    for c in news.get("new_conflicts") or ():
        who = f" ({c['person']})" if c.get("person") else ""
        values = "; ".join(f"{v} in {', '.join(ids)}" for v, ids in c["values"].items())
        out.append(f"new conflict on {c['field']}{who}: {values}")
    return out


def _entry_id(watchlist: Watchlist, alert_id: int) -> str:
    return uuid.uuid5(uuid.UUID(watchlist.uid), f"alert/{alert_id}").urn


def _content(alert: dict[str, Any]) -> str:
    parts = [f"<p><strong>{escape('; '.join(news_lines(alert['news'])) or 'update')}</strong></p>",
             f"<p>{len(alert['reports'])} reports · sources "
             f"{escape(', '.join(alert['sources']))} · languages "
             f"{escape(', '.join(alert['langs']))}</p><ul>"]
    for r in alert["reports"]:
        link = r.get("source_url")
        title = escape(r.get("title") or r["article_id"])
        head = (f'<a href="{escape(link)}">{title}</a>' if link
                and link.startswith(("http://", "https://")) else title)
        parts.append(f"<li>{head} ({escape(r.get('lang') or '?')}, "
                     f"{escape(r.get('published') or 'undated')}): "
                     f"<q lang=\"{escape(r.get('lang') or 'und')}\">"
                     f"{escape(r.get('evidence') or '')}</q></li>")
    return "".join(parts) + "</ul>"


def feed_xml(store: Any, watchlist: Watchlist, base_url: str = "", limit: int = FEED_ENTRIES) -> bytes:
    """The feed document (UTF-8 XML).  `base_url` (e.g. http://127.0.0.1:8000) makes the links absolute."""
    ET.register_namespace("", ATOM)
    alerts = recent_alerts(store, watchlist.id, limit=limit)
    feed = ET.Element(f"{{{ATOM}}}feed")

    def add(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            element.text = text
        return element

    add(feed, "id", uuid.UUID(watchlist.uid).urn)
    add(feed, "title", f"milwatch: {watchlist.name}")
    add(feed, "subtitle", watchlist.query.describe())
    add(feed, "updated", alerts[0]["updated_at"] if alerts else watchlist.created_at)
    add(add(feed, "author"), "name", "milwatch")
    add(feed, "generator", "milwatch", version=__version__)
    add(feed, "link", rel="self", type="application/atom+xml",
        href=f"{base_url}/api/watchlists/{watchlist.id}/feed.atom")
    for alert in alerts:
        entry = add(feed, "entry")
        add(entry, "id", _entry_id(watchlist, alert["id"]))
        add(entry, "title", alert_title(alert))
        add(entry, "published", alert["first_seen"])
        add(entry, "updated", alert["updated_at"])
        add(entry, "summary", "; ".join(news_lines(alert["news"])) or "update")
        story = next((r.get("story") for r in alert["reports"] if r.get("story")), None)
        if story:
            add(entry, "link", rel="alternate", type="text/html", href=f"{base_url}/story/{story}")
        for country in alert["countries"]:
            add(entry, "category", term=country)
        add(entry, "category", term=alert["type"])
        add(entry, "content", _content(alert), type="html")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
