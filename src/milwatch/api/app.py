"""The app factory: API routers, the web UI, error mapping, security headers."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

from milwatch import __version__
from milwatch.api.access import StoreAccess
from milwatch.api.hosts import HostCheck, allowed_hosts
from milwatch.errors import MilwatchError, StoreError
from milwatch.settings import Settings
from milwatch.store.queries import QueryError

# Pages and API answers only ever load this server's own scripts and styles: no inline script runs,
# so even text that slipped through unescaped could not execute.
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(store_path: str | os.PathLike[str], token: str | None = None,
               settings: Settings | None = None, hosts: Iterable[str] | None = None) -> FastAPI:
    """The milwatch HTTP app on the database at `store_path`.

    `token` enables `POST /api/articles` for requests bearing it; without one the app is read-only.
    `hosts` are the Host names answered (`hosts.allowed_hosts`; default: the local names only);
    requests naming another host get 400, so DNS rebinding cannot reach the API.
    """
    access = StoreAccess(store_path, settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        access.close()

    app = FastAPI(title="milwatch", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="The milwatch knowledge base of defense-diplomacy events: articles, events, stories, "
                              "officials, the country network and full-text search.  Lists are paged with opaque "
                              "cursors: pass the `next` of one page as `cursor` to get the following one.")
    app.state.access = access
    app.state.token = token or None
    app.state.country_names = _country_names()

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

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
    app.add_middleware(HostCheck, allowed=allowed_hosts() if hosts is None else hosts)  # outermost: runs first
    return app


def _country_names() -> dict[str, Any]:
    from milwatch.export.graph import country_names

    return country_names()
