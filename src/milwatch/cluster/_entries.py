"""What the story index keeps of an article: its main and key events as comparable views."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from milwatch.matching.events import Anchor, View, make_view
from milwatch.matching.persons import PersonMatcher, PersonRef
from milwatch.model import Event

PREFERRED_TYPES: tuple[str, ...] = ("meeting", "agreement", "exercise")


def main_event(events: Sequence[Event]) -> Event | None:
    """The event an article mainly reports, or None when it reports no news event."""
    news = [e for e in events if not e.historical]
    preferred = [e for e in news if e.type in PREFERRED_TYPES]
    found = preferred or news
    return found[0] if found else None


class Entry(NamedTuple):
    """One filed article (plain values only, like the views)."""

    article_id: str
    main: View | None
    keys: tuple[View, ...]
    main_date: str | None = None  # the main event's date as written

    @property
    def summary(self) -> tuple[str | None, list[str], str | None]:
        """Type, countries and date of the main event."""
        if self.main is None:
            return None, [], None
        return self.main.kind[0], list(self.main.kind[1]), self.main_date


def make_entry(article_id: str, events: Sequence[Event], published: str | None,
               matcher: PersonMatcher | None = None) -> Entry:
    main = main_event(events)
    if main is None:
        return Entry(article_id, None, ())
    news = [e for e in events if not e.historical]
    keys = tuple(make_view(article_id, article_id, e, published, matcher) for e in news)
    main_view = keys[next(i for i, e in enumerate(news) if e is main)]
    return Entry(article_id, main_view, keys, main.date)


def _view_to_dict(v: View) -> dict[str, Any]:
    return {
        "type": v.kind[0], "countries": list(v.kind[1]),
        "anchor": [v.anchor.lo, v.anchor.hi, v.anchor.precision] if v.anchor else None,
        "persons": [[list(p.tokens), p.country, *([p.japanese] if p.japanese else [])] for p in v.persons],
        "location": v.location, "mode": v.mode, "doc_type": v.doc_type,
    }


def _view_from_dict(article_id: str, d: dict[str, Any]) -> View:
    anchor = (Anchor(int(d["anchor"][0]), int(d["anchor"][1]), str(d["anchor"][2]))
              if d.get("anchor") else None)
    persons = tuple(PersonRef(tuple(t), " ".join(sorted(t)), c, "".join(script))
                    for t, c, *script in d.get("persons") or [])
    return View(ref=article_id, article_id=article_id, kind=(d["type"], tuple(sorted(d["countries"]))),
                anchor=anchor, persons=persons, location=d.get("location"), mode=d.get("mode"),
                historical=False, doc_type=d.get("doc_type"))


def entry_to_dict(e: Entry) -> dict[str, Any]:
    main = e.keys.index(e.main) if e.main is not None else None
    return {"id": e.article_id, "main": main, "keys": [_view_to_dict(k) for k in e.keys],
            "main_date": e.main_date}


def entry_from_dict(d: dict[str, Any]) -> Entry:
    aid = d["id"]
    keys = tuple(_view_from_dict(aid, k) for k in d.get("keys") or [])
    main = keys[d["main"]] if d.get("main") is not None else None
    return Entry(aid, main, keys, d.get("main_date"))
