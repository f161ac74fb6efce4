"""Watchlists over HTTP: list, create, delete (token-gated like `POST /api/articles`), their alerts, their
Atom feeds, and the brief at /brief."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, HTTPException, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from milwatch.alerts import (
    WatchlistError,
    WatchQuery,
    add_watchlist,
    get_watchlist,
    list_watchlists,
    remove_watchlist,
)
from milwatch.alerts.brief import build_brief
from milwatch.alerts.brief_render import STYLE_HASH, render_brief
from milwatch.alerts.feed import feed_xml
from milwatch.alerts.watchlists import alert_counts, recent_alerts
from milwatch.api.write import _parse, check_token, read_body

router = APIRouter()
T = TypeVar("T")
MAX_BODY = 64 * 1024
BRIEF_CSP = (f"default-src 'none'; style-src '{STYLE_HASH}'; img-src data:; base-uri 'none'; "
             "frame-ancestors 'none'; form-action 'none'")
WRITES: dict[int | str, dict[str, Any]] = {401: {"description": "missing or wrong token"},
                                           403: {"description": "writes disabled"}}


@contextmanager
def _answers() -> Iterator[None]:
    """A WatchlistError as 404 (unknown watchlist) or 400 (bad criteria), with its message."""
    try:
        yield
    except WatchlistError as exc:
        raise HTTPException(404 if str(exc).startswith("no watchlist") else 400, str(exc)) from exc


async def _read(request: Request, work: Callable[[Any], T]) -> T:
    def run() -> T:
        with _answers(), request.app.state.access.reader() as store:
            return work(store)

    return await run_in_threadpool(run)


async def _write(request: Request, work: Callable[[Any], T]) -> T:
    def run() -> T:
        with _answers(), request.app.state.access.writer() as (store, _tools):
            return work(store)

    return await run_in_threadpool(run)


@router.get("/api/watchlists", tags=["watchlists"])
async def watchlists(request: Request) -> dict[str, Any]:
    """Every watchlist: its criteria, feed, webhook URL (never its secret) and number of alerts."""
    def work(store: Any) -> dict[str, Any]:
        counts = alert_counts(store)
        return {"items": [w.to_dict() | {"alerts": counts.get(w.id, (0, None))[0],
                                         "latest_alert": counts.get(w.id, (0, None))[1]}
                          for w in list_watchlists(store)]}

    return await _read(request, work)


@router.post("/api/watchlists", status_code=201, tags=["watchlists"], responses=WRITES)
async def create_watchlist(request: Request) -> dict[str, Any]:
    """Save a watchlist: `{"name": "baltic", "pair": ["EST", "LVA"], "types": ["meeting"], ...,
    "webhook_url": "https://...", "webhook_secret": "..."}`.  Criteria: countries (all must take part), pair,
    officials, types, doc_types, areas, modes, langs (any of each), text (words that must all appear),
    historical.  The answer carries the webhook secret (made when not given) once.  Needs the bearer token."""
    check_token(request)
    body = _parse(await read_body(request, MAX_BODY))
    if not isinstance(body, dict):
        raise HTTPException(400, "the body must be a JSON object: {\"name\": ..., criteria ...}")
    fields = dict(body)
    name, url, secret = (fields.pop("name", None), fields.pop("webhook_url", None),
                         fields.pop("webhook_secret", None))
    with _answers():
        query = WatchQuery.from_dict(fields)
    made = await _write(request,
                        lambda store: add_watchlist(store, name, query, webhook_url=url, secret=secret))
    return made.to_dict(secret=True)


@router.get("/api/watchlists/{ref}", tags=["watchlists"])
async def watchlist(request: Request, ref: str,
                    limit: Annotated[int, Query(ge=1, le=500, description="Alerts listed.")] = 50
                    ) -> dict[str, Any]:
    """One watchlist (by id or name) with its latest alerts, each with what was new and its reports."""
    def work(store: Any) -> dict[str, Any]:
        found = get_watchlist(store, ref)
        return found.to_dict() | {"alerts": recent_alerts(store, found.id, limit=limit)}

    return await _read(request, work)


@router.delete("/api/watchlists/{ref}", tags=["watchlists"], responses=WRITES)
async def delete_watchlist(request: Request, ref: str) -> dict[str, Any]:
    """Remove a watchlist with its alerts and webhook deliveries.  Needs the bearer token."""
    check_token(request)
    gone = await _write(request, lambda store: remove_watchlist(store, ref))
    return {"removed": gone.to_dict()}


@router.get("/api/watchlists/{ref}/feed.atom", tags=["watchlists"],
            responses={200: {"content": {"application/atom+xml": {}}}})
async def feed(request: Request, ref: str) -> Response:
    """The watchlist's Atom feed: one entry per alert (real event), updated when it changes."""
    base = str(request.base_url).rstrip("/")
    body = await _read(request, lambda store: feed_xml(store, get_watchlist(store, ref), base))
    return Response(body, media_type="application/atom+xml; charset=utf-8",
                    headers={"Cache-Control": "no-cache"})


@router.get("/brief", include_in_schema=False, response_class=HTMLResponse)
@router.get("/api/brief", tags=["watchlists"])
async def brief(request: Request,
                since: Annotated[str, Query(max_length=20,
                                            description="7d, 4w, 3m, or YYYY[-MM[-DD]].")] = "7d",
                until: Annotated[str | None,
                                 Query(max_length=10, description="Last day [default: today].")] = None,
                watchlist: Annotated[str | None,
                                     Query(max_length=100, description="Watchlist id or name.")] = None,
                format: Annotated[str | None, Query(pattern="^(html|md|json)$")] = None,
                top: Annotated[int, Query(ge=1, le=100)] = 10) -> Response:
    """A brief of the period (see `milwatch brief`): HTML at /brief, JSON at /api/brief (`format`
    overrides)."""
    fmt = format or ("html" if request.url.path == "/brief" else "json")

    def work(store: Any) -> dict[str, Any]:
        wl = get_watchlist(store, watchlist) if watchlist else None
        return build_brief(store, since=since, until=until, watchlist=wl, top=top)

    data = await _read(request, work)
    if fmt == "json":
        return Response(json.dumps(data, ensure_ascii=False), media_type="application/json")
    if fmt == "md":
        return Response(render_brief(data, "md"), media_type="text/markdown; charset=utf-8")
    return HTMLResponse(render_brief(data, "html"), headers={"Content-Security-Policy": BRIEF_CSP,
                                                             "Cache-Control": "no-cache"})
