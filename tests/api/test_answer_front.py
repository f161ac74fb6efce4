"""api/cache.AnswerFront (issue 13, load at 100k, session 8): a GET asked again with the same path and query
is answered from the bytes of the kept answer without entering the framework, exactly when the answer cache
would give that answer again, so clients get the same answers as before: after a write through the server
or another process's commit (`--cache-seconds 0`), the next request is computed; 404s, other queries and
other endpoints are not kept.  The real app on a real SQLite file, driven through ASGI in this process (to
count what the front sent)."""

from __future__ import annotations

import asyncio
import json
import shutil
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from milwatch.api import create_app
from milwatch.model import Article
from milwatch.store import open_store

pytestmark = pytest.mark.sqlite_only("relies on SQLite's data_version to see another connection's commit")


def call(app: Any, path: str, query: str = "", method: str = "GET", body: bytes = b"",
         headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """One request to the ASGI `app`: (status, headers, body)."""
    sent: list[dict[str, Any]] = []
    raw = [(b"host", b"127.0.0.1")] + [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
             "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": query.encode(),
             "headers": raw, "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 8000), "root_path": ""}
    messages = [{"type": "http.request", "body": body, "more_body": False}]

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    return (start["status"], {k.decode(): v.decode() for k, v in start["headers"]},
            b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body"))


@pytest.fixture
def db(kb_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "kb.db"
    shutil.copy(kb_db, path)
    return path


def test_the_same_request_again_is_sent_from_the_kept_bytes(db: Path) -> None:
    app = create_app(db)
    cache = app.state.cache
    try:
        first = call(app, "/api/stats", "country=EST")
        assert first[0] == 200 and cache.front_hits == 0
        again = call(app, "/api/stats", "country=EST")
        assert again == first and cache.front_hits == 1  # status, headers and body: the same
        assert again[1]["content-type"] == "application/json" and again[1]["x-frame-options"] == "DENY"
        assert int(again[1]["content-length"]) == len(again[2])
        # another query, endpoint or page is its own answer; each kept after its first time
        for path, query in (("/api/stats", "country=LVA"), ("/api/pairs", "country=EST"),
                            ("/api/events", "country=EST&limit=2"), ("/api/timeline", ""),
                            ("/api/search", "q=Tallinn")):
            hits = cache.front_hits
            status, _, body = call(app, path, query)
            assert status == 200 and cache.front_hits == hits, (path, query)
            assert call(app, path, query)[2] == body and cache.front_hits == hits + 1, (path, query)
        # not found, a bad parameter: never kept
        for path, query, code in (("/api/persons/nobody-here", "", 404), ("/api/events", "limit=0", 422),
                                  ("/api/events", "since=bad", 400), ("/api/events", "cursor=bad", 400)):
            hits = cache.front_hits
            assert call(app, path, query)[0] == code and call(app, path, query)[0] == code, (path, query)
            assert cache.front_hits == hits
    finally:
        cache.close()
        app.state.access.close()


def test_a_commit_of_another_process_is_seen_at_once_without_reuse_window(db: Path) -> None:
    app = create_app(db, cache_seconds=0)
    cache = app.state.cache
    try:
        before = json.loads(call(app, "/api/stats")[2])["articles"]
        assert json.loads(call(app, "/api/stats")[2])["articles"] == before and cache.front_hits == 1
        other = open_store(db, create=False)  # another connection: the server learns of it by data_version
        other.add_articles([Article(id="front-new", text="Naval talks were held in Riga on Monday.",
                                    lang="en")])
        other.close()
        time.sleep(0.05)  # the database is asked whether it changed at most every 20 ms
        assert json.loads(call(app, "/api/stats")[2])["articles"] == before + 1
        assert cache.front_hits == 1  # computed again, not sent from the front
    finally:
        cache.close()
        app.state.access.close()


def test_a_write_through_the_server_is_seen_at_once(db: Path, kb: ModuleType) -> None:
    app = create_app(db, token="t0ken")  # a 5 s reuse window: only the write empties it
    cache = app.state.cache
    try:
        before = call(app, "/api/search", "q=Quispe")
        assert call(app, "/api/search", "q=Quispe") == before and cache.front_hits == 1
        assert json.loads(before[2])["items"] == []
        article = {"id": "front-post", "lang": "en",
                   "text": "The Peruvian defence minister Rosa Quispe met her Chilean counterpart in Lima."}
        status, _, body = call(app, "/api/articles", method="POST", body=json.dumps(article).encode(),
                               headers={"content-type": "application/json", "authorization": "Bearer t0ken"})
        assert status == 200, body
        after = call(app, "/api/search", "q=Quispe")
        assert [h["id"] for h in json.loads(after[2])["items"]] == ["front-post"]
        assert cache.front_hits == 1
    finally:
        cache.close()
        app.state.access.close()
