"""Routes of the web UI: the page shells and the static assets, mounted on the API app."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from milwatch.model import EVENT_TYPES

# path -> (template, title, script)
PAGES: dict[str, tuple[str, str, str]] = {
    "/": ("timeline.html", "Timeline", "timeline.js"),
    "/network": ("network.html", "Network", "network.js"),
    "/stories": ("stories.html", "Stories", "stories.js"),
    "/story/{story_id:path}": ("story.html", "Story", "story.js"),
    "/article/{article_id:path}": ("story.html", "Article", "story.js"),
    "/persons": ("persons.html", "Officials", "persons.js"),
    "/person/{person_id:path}": ("person.html", "Official", "person.js"),
    "/search": ("search.html", "Search", "search.js"),
    "/watchlists": ("watchlists.html", "Watchlists", "watchlists.js"),
    "/sources": ("sources.html", "Sources", "sources.js"),
    "/api/docs": ("apidocs.html", "API", "apidocs.js"),
}


def _folder() -> Path:
    return Path(str(resources.files("milwatch.web")))


def render(template: str, title: str, script: str) -> str:
    """A page: the layout around the page's body (static files, the type and period filters the event
    pages share, and the event types of the data contract; no data goes into the HTML)."""
    folder = _folder() / "templates"
    layout = (folder / "layout.html").read_text(encoding="utf-8")
    body = (folder / template).read_text(encoding="utf-8")
    filters = (folder / "type_period_filters.html").read_text(encoding="utf-8").rstrip("\n")
    types = "".join(f"<option>{kind}</option>" for kind in EVENT_TYPES)
    return (layout.replace("{{title}}", title).replace("{{script}}", script).replace("{{body}}", body)
            .replace("{{type_period_filters}}", filters).replace("{{event_type_options}}", types))


def mount(app: FastAPI) -> None:
    """Add the pages and /static to `app` (pages are rendered once, here)."""
    app.mount("/static", StaticFiles(directory=_folder() / "static"), name="static")
    app.add_api_route("/docs", _redirect("/api/docs"), methods=["GET"], include_in_schema=False)
    for path, (template, title, script) in PAGES.items():
        app.add_api_route(path, _page(render(template, title, script)), methods=["GET", "HEAD"],
                          include_in_schema=False, response_class=HTMLResponse)


def _redirect(target: str) -> Callable[[], Awaitable[RedirectResponse]]:
    async def redirect() -> RedirectResponse:
        return RedirectResponse(target)

    return redirect


def _page(html: str) -> Callable[[], Awaitable[HTMLResponse]]:
    """An endpoint answering with `html`; it takes no parameters, so no request data reaches the page."""

    async def page() -> HTMLResponse:
        return HTMLResponse(html, headers={"Cache-Control": "no-cache"})

    return page
