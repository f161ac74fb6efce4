"""The read endpoints: articles, events, stories, persons, countries, pairs, search, stats."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response

from milwatch.api import schemas
from milwatch.api.cache import FRONT, Meta
from milwatch.export.graph import country_label
from milwatch.export.views import story_view
from milwatch.model import AREAS, DOC_TYPES, EVENT_TYPES, MEETING_MODES
from milwatch.store.queries import (
    MAX_PAGE,
    EventFilter,
    count_events,
    countries,
    event_months,
    events_page,
    pairs,
)
from milwatch.store.queries_browse import (
    article_detail,
    articles_page,
    knowledge_stats,
    search_page,
    stories_page,
)
from milwatch.store.queries_persons import person_detail, persons_page
from milwatch.store.queries_real import real_event_months

router = APIRouter(prefix="/api")
Cursor = Annotated[str | None,
                   Query(description="The `next` value of the previous page; absent for the first.")]
MAX_STORY_PAGE = 100
SEARCH_RANKED = 2000  # a search ranks (and pages through) at most the newest this many matches
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Items per page (at most {MAX_PAGE}).")]


def _split(values: list[str] | None) -> tuple[str, ...]:
    return tuple(v.strip() for value in values or [] for v in value.split(",") if v.strip())


def event_filter(
    country: Annotated[list[str] | None,
                       Query(description="ISO3 code (or organisation, e.g. nato) that must take "
                                         "part; repeat or comma-separate for several.")] = None,
    pair: Annotated[str | None,
                    Query(description="Two countries that must both take part: `AZE,TUR`.")] = None,
    type: Annotated[list[str] | None, Query(description=f"Event type(s): {', '.join(EVENT_TYPES)}.")] = None,
    since: Annotated[str | None, Query(description="On or after: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    until: Annotated[str | None,
                     Query(description="On or before (a partial date covers its whole period).")] = None,
    person: Annotated[str | None, Query(description="An official's name or alias contains this.")] = None,
    lang: Annotated[str | None, Query(description="Language of the reporting article.")] = None,
    current_only: Annotated[bool, Query(description="Leave out historical (background) events.")] = False,
    story: Annotated[str | None, Query(description="Only events of this story's articles.")] = None,
    article: Annotated[str | None, Query(description="Only events of this article.")] = None,
    doc_type: Annotated[list[str] | None,
                        Query(description=f"Document type(s): {', '.join(DOC_TYPES)}.")] = None,
    mode: Annotated[list[str] | None,
                    Query(description=f"Meeting mode(s): {', '.join(MEETING_MODES)}.")] = None,
    area: Annotated[list[str] | None, Query(description=f"Area(s), any of: {', '.join(AREAS)}.")] = None,
) -> EventFilter:
    types, doc_types, modes, areas = _split(type), _split(doc_type), _split(mode), _split(area)
    for what, given, known in (("event type", types, EVENT_TYPES), ("document type", doc_types, DOC_TYPES),
                               ("mode", modes, MEETING_MODES), ("area", areas, AREAS)):
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise HTTPException(400, f"unknown {what}(s) {', '.join(unknown)}; known: {', '.join(known)}")
    pair_codes = _split([pair.replace("-", ",")] if pair else None)
    if pair is not None and len(pair_codes) != 2:
        raise HTTPException(400, f"pair must name two countries, e.g. AZE,TUR; got {pair!r}")
    return EventFilter(countries=_split(country), pair=(pair_codes[0], pair_codes[1]) if pair_codes else None,
                       types=types, since=since, until=until, person=person, lang=lang,
                       current_only=current_only,
                       story=story, article=article, doc_types=doc_types, modes=modes, areas=areas)


Filter = Annotated[EventFilter, Depends(event_filter)]


def _access(request: Request) -> Any:
    return request.app.state.access


def _names(request: Request) -> dict[str, str]:
    return request.app.state.country_names


def _read(request: Request, key: tuple[Any, ...], query: Callable[[Any], Any], heavy: bool = True) -> Any:
    """query(store) on a pooled read store, or the same answer given a moment ago (api/cache.py);
    `heavy=False` for a look-up of one record by its key (never waits behind scans)."""
    def compute() -> Any:
        with _access(request).reader() as store:
            return query(store)

    served: list[Meta] = []
    value = request.app.state.cache.answer(key, compute, heavy, served=served)
    holder = request.scope.get(FRONT)
    if holder is not None and served and isinstance(value, bytes):
        holder["meta"] = served[-1]  # the same bytes may be sent again by api/cache.AnswerFront
    return value


def _part(request: Request, key: tuple[Any, ...], query: Callable[[Any], Any]) -> Any:
    """A part of an answer being computed (which holds a scan slot already): reused only while it is
    current, never one being brought up to date behind (the answer would be kept as current with it)."""
    def compute() -> Any:
        with _access(request).reader() as store:
            return query(store)

    return request.app.state.cache.answer(key, compute, heavy=False, behind=False)


def render(value: Any) -> bytes:
    """An answer as the JSON body FastAPI would send (`JSONResponse`)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")).encode()


def _json(request: Request, key: tuple[Any, ...], query: Callable[[Any], Any],
          heavy: bool = True) -> Response:
    """`_read`'s answer as a JSON response whose body is kept with the answer: a reused answer is sent as
    it is, without building it again (most requests of a busy server; the `response_model` of the route
    still documents it)."""
    body = _read(request, ("json", *key), lambda store: render(query(store)), heavy)
    return Response(content=body, media_type="application/json")


@router.get("/articles", response_model=schemas.ArticlePage, tags=["articles"])
def list_articles(request: Request, cursor: Cursor = None, limit: Limit = 50, lang: str | None = None,
                  since: str | None = None, until: str | None = None, source: str | None = None,
                  story: str | None = None, relevant: bool | None = None) -> dict[str, Any]:
    """Articles in ingest order; `since`/`until` look at the publication date, `source` is the host."""
    return _read(request, ("articles", cursor, limit, lang, since, until, source, story, relevant),
                 lambda store: articles_page(store, cursor, limit, lang, since, until, source, story,
                                             relevant).to_dict())


def _found(request: Request, detail: Callable[[Any, str], dict[str, Any] | None], key: str,
           what: str, *params: Any) -> Response:
    """One record by key, or 404 naming what was not found."""
    found = _read(request, ("json", what, key, *params),
                  lambda store: _rendered(detail(store, key)), heavy=False)
    if found is None:
        raise HTTPException(404, f"no {what} {key!r}")
    return Response(content=found, media_type="application/json")


def _rendered(value: dict[str, Any] | None) -> bytes | None:
    return None if value is None else render(value)


@router.get("/articles/{article_id:path}", tags=["articles"])
def get_article(request: Request, article_id: str) -> Response:
    """One article: raw and clean text, story, duplicates, and its events with evidence offsets into
    `text`."""
    return _found(request, lambda store, key: article_detail(store, key, max_events=MAX_PAGE), article_id,
                  "article")


@router.get("/events", response_model=schemas.EventPage, tags=["events"])
def list_events(request: Request, flt: Filter, cursor: Cursor = None, limit: Limit = 50,
                order: Annotated[str, Query(pattern="^(asc|desc)$")] = "asc") -> Response:
    """Events by date (the article's publication date when the event has none), then by insertion."""
    def page(store: Any) -> dict[str, Any]:
        # one total per filter, whichever page or order is asked (store/rollups.py keeps most of them counted)
        total = _part(request, ("events-total", flt), lambda s: count_events(s, flt))
        return events_page(store, flt, cursor, limit, order, total=False).to_dict() | {"total": total}

    return _json(request, ("events", flt, cursor, limit, order), page)


@router.get("/timeline", tags=["events"])
def timeline(request: Request, flt: Filter,
             reports: Annotated[bool, Query(description="Count reports (every article's mention) instead of "
                                                        "real events.")] = False) -> Response:
    """Matching real events per month of their date (`YYYY-MM`; `YYYY` for year-only dates; `unknown`), with
    counts by type; `reports=true` counts the reports instead (each by its own date)."""
    return _json(request, ("timeline", flt, reports),
                 lambda store: event_months(store, flt) if reports else real_event_months(store, flt))


@router.get("/stories", response_model=schemas.StoryPage, tags=["stories"])
def list_stories(request: Request, flt: Filter, cursor: Cursor = None, limit: Limit = 50,
                 order: Annotated[str, Query(pattern="^(asc|desc)$")] = "asc") -> dict[str, Any]:
    """Stories with at least one matching event, by first publication date (`desc`: newest first)."""
    return _read(request, ("stories", flt, cursor, limit, order),
                 lambda store: stories_page(store, flt, cursor, limit, order).to_dict())


@router.get("/stories/{story_id:path}", tags=["stories"])
def get_story(request: Request, story_id: str, cursor: Cursor = None,
              limit: Annotated[int, Query(ge=1, le=MAX_STORY_PAGE, description="Reports per page (at most "
                                          f"{MAX_STORY_PAGE}; fewer when their texts are long).")] = 20,
              ) -> Response:
    """The reports of a story, a page at a time (full texts, events with evidence offsets; `articles_total`
    counts them all, `next` is the cursor of the following page), the cross-lingual grouping of their
    events (`canonical`) and the conflicts between reports; each event lists its own conflicts."""
    return _found(request, lambda store, key: story_view(store, key, limit, cursor), story_id, "story",
                  limit, cursor)


@router.get("/persons", response_model=schemas.PersonPage, tags=["persons"])
def list_persons(request: Request, cursor: Cursor = None, limit: Limit = 50,
                 q: Annotated[str | None,
                              Query(max_length=1000, description="Name or alias contains this.")] = None,
                 country: str | None = None) -> dict[str, Any]:
    """Officials by name (from the registry when one is saved, else from the persons named in events)."""
    return _read(request, ("persons", q, country, cursor, limit),
                 lambda store: persons_page(store, q, country, cursor, limit).to_dict())


@router.get("/persons/{person_id:path}", tags=["persons"])
def get_person(request: Request, person_id: str, cursor: Cursor = None, limit: Limit = 50) -> Response:
    """One official: aliases, roles and ranks over time (first/last seen, count), languages and a page of
    their events (`events_total` counts them all; pass `events_next` as `cursor` for the following page)."""
    return _found(request, lambda store, key: person_detail(store, key, limit, cursor), person_id, "person",
                  limit, cursor)


@router.get("/countries", response_model=list[schemas.Country], tags=["network"])
def list_countries(request: Request, flt: Filter) -> list[dict[str, Any]]:
    """Every country or organisation in the matching events with its event counts (all of them, no paging)."""
    found = _read(request, ("countries", flt), lambda store: countries(store, flt))
    names = _names(request)
    return [c | {"name": country_label(c["code"], names)} for c in found]


@router.get("/pairs", response_model=list[schemas.Pair], tags=["network"])
def list_pairs(request: Request, flt: Filter) -> Response:
    """The country-pair network: every pair in the matching events with counts by type (no paging)."""
    return _json(request, ("pairs", flt), lambda store: pairs(store, flt))


@router.get("/search", response_model=schemas.SearchPage, tags=["search"])
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=1000,
                                                     description="Words or FTS5 syntax.")],
           cursor: Cursor = None, limit: Limit = 20, lang: str | None = None) -> Response:
    """Full-text search over titles and clean texts of every language (diacritics folded), best first.
    `snippet_parts` holds the snippet as [text, is_match] pieces."""
    return _json(request, ("search", q, cursor, limit, lang),
                 lambda store: search_page(store, q, cursor, limit, lang, SEARCH_RANKED).to_dict())


@router.get("/stats", tags=["stats"])
def stats(request: Request, flt: Filter) -> Response:
    """Counts: articles (by language, source, month), events (by type), countries, pairs, persons,
    conflicts."""
    # the store's counts: one for every filter
    return _json(request, ("stats", flt), lambda store: knowledge_stats(
        store, flt, _part(request, ("store-stats",), lambda s: s.stats())))
