"""The app factory: API routers, the web UI, error mapping, security headers."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from anyio import to_thread
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from milwatch import __version__
from milwatch.api.access import StoreAccess
from milwatch.api.cache import STALE_SECONDS, AnswerCache, AnswerFront
from milwatch.api.hosts import HostCheck, allowed_hosts
from milwatch.errors import MilwatchError, StoreError
from milwatch.settings import Settings
from milwatch.store import open_store
from milwatch.store.queries import QueryError

if TYPE_CHECKING:
    from milwatch.packs import PackRegistry

REQUEST_THREADS = 256  # requests served at once (the others wait for a thread)
# Pages and API answers only ever load this server's own scripts and styles: no inline script runs,
# so even text that slipped through unescaped could not execute.
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; style-src 'self'; "
                                "img-src 'self' data:; "
                                "object-src 'none'; base-uri 'none'; frame-ancestors "
                                "'none'; form-action 'self'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(store_path: str | os.PathLike[str], token: str | None = None,
               settings: Settings | None = None, hosts: Iterable[str] | None = None,
               cache_seconds: float = STALE_SECONDS, registry: PackRegistry | None = None) -> FastAPI:
    """The milwatch HTTP app on the database at `store_path`.

    `token` enables `POST /api/articles` for requests bearing it; without one the app is read-only.
    `hosts` are the Host names answered (`hosts.allowed_hosts`; default: the local names only);
    requests naming another host get 400, so DNS rebinding cannot reach the API.
    `registry` holds the packs `POST /api/articles` cleans and extracts with (default: the shipped ones);
    `milwatch serve` passes the packs it checked at start (packs/check.py: a broken pack stops it there).
    Read answers are reused while the database is unchanged, or for `cache_seconds` while it is being
    written by another process (api/cache.py; a negative value turns that off).
    """
    access = StoreAccess(store_path, settings, registry=registry)
    cache = AnswerCache(lambda: _probe(store_path), stale_seconds=cache_seconds, refresh_behind=True)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # every request may wait (for a scan slot, for an answer being computed) without holding up a
        # look-up behind it: enough threads for that many clients (anyio's default is 40)
        to_thread.current_default_thread_limiter().total_tokens = REQUEST_THREADS
        yield
        access.close()
        cache.close()

    app = FastAPI(title="milwatch", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="The milwatch knowledge base of defense-diplomacy events: "
                              "articles, events, stories, "
                              "officials, the country network and full-text search.  Lists "
                              "are paged with opaque "
                              "cursors: pass the `next` of one page as `cursor` to get the following one.")
    app.state.access = access
    app.state.cache = cache
    app.state.token = token or None
    app.state.country_names = _country_names()

    app.add_middleware(AnswerFront, cache=cache)  # inside SecurityHeaders: answers it sends get them too
    app.add_middleware(SecurityHeaders, cache=cache)

    @app.exception_handler(QueryError)
    async def bad_query(_request: Request, exc: QueryError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(StoreError)
    async def store_error(_request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(MilwatchError)
    async def milwatch_error(_request: Request, exc: MilwatchError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=500)

    from milwatch.api import routes, sources, watchlists, write
    from milwatch.web import pages

    app.include_router(routes.router)
    app.include_router(write.router)
    app.include_router(watchlists.router)
    app.include_router(sources.router)
    pages.mount(app)
    # outermost: runs first
    app.add_middleware(HostCheck, allowed=allowed_hosts() if hosts is None else hosts)
    return app


class SecurityHeaders:
    """SECURITY_HEADERS on every response, and the answer cache emptied by a write (before its answer goes
    out, so the next read sees it at once).  Plain ASGI: as a `BaseHTTPMiddleware` it cost ~0.5 ms of CPU
    per request, a quarter of a cached answer's."""

    def __init__(self, app: ASGIApp, cache: AnswerCache) -> None:
        self.app = app
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        write = scope["method"] not in ("GET", "HEAD", "OPTIONS")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                if write:
                    self.cache.clear()
                headers = MutableHeaders(scope=message)
                for key, value in SECURITY_HEADERS.items():
                    headers.setdefault(key, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _probe(store_path: str | os.PathLike[str]) -> Any:
    """A read-only store that only tells whether the database changed (AnswerCache)."""
    store = open_store(store_path, create=False)
    store.read_only()
    return store


def _country_names() -> dict[str, Any]:
    from milwatch.export.graph import country_names

    return country_names()
