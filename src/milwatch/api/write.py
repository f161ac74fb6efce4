"""`POST /api/articles`: ingest articles through the pipeline (prepare → store → extract → stories).

Enabled only when the app has a token; the request must carry `Authorization: Bearer <token>`.
"""

from __future__ import annotations

import hmac
import json
import sys
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool

from milwatch.api import schemas
from milwatch.ingest import Quarantined
from milwatch.ingest.records import article_from_mapping, value_problem
from milwatch.model import Article, Origin

MAX_BODY = 50 * 1024 * 1024
ORIGIN = "POST /api/articles"
router = APIRouter(prefix="/api")


def check_token(request: Request) -> None:
    token = request.app.state.token
    if not token:
        raise HTTPException(403, "writes are disabled: start `milwatch serve` with MILWATCH_TOKEN set")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})


def _records(body: Any) -> list[Article | Quarantined]:
    items = body.get("articles") if isinstance(body, dict) and "articles" in body else body
    items = items if isinstance(items, list) else [items]
    out: list[Article | Quarantined] = []
    for i, obj in enumerate(items, 1):
        origin = Origin(ORIGIN, i)
        unicode = value_problem(obj, max_depth=sys.maxsize)  # only invalid Unicode: depth is the ingest's
        if unicode:
            raise HTTPException(400, f"article {i} of the body: {unicode}; send valid Unicode text")
        article = article_from_mapping(obj, origin)
        if isinstance(article, str):
            raw = json.dumps(obj, ensure_ascii=False, default=str).encode("utf-8", "replace")
            out.append(Quarantined(origin, article, raw[: 1 << 20], len(raw)))
        else:
            out.append(article)
    return out


def _ingest(access: Any, records: list[Article | Quarantined]) -> dict[str, Any]:
    with access.writer() as (store, pipeline):
        summary = pipeline.ingest(records, store)
        ids = [r.id for r in records if isinstance(r, Article)]
        stored = [i for i in ids if store.get_article(i) is not None]
        extracted = pipeline.extract(store, ids=stored)
        from milwatch.alerts import after_extraction

        after_extraction(store, background=True)  # watchlists on the new events; webhooks posted in a thread
    counts = summary.counts
    return {
        "read": summary.read, "stored": counts.stored, "already_stored": counts.unchanged,
        "duplicates": counts.duplicates, "near_duplicates": counts.near_duplicates,
        "quarantined": counts.quarantined,
        "problems": [{"index": r.origin.line, "reason": r.reason}
                     for r in records if isinstance(r, Quarantined)],
        "ids": ids, "extracted": extracted.articles, "events": extracted.events, "stories": extracted.stories,
    }


@router.post("/articles", response_model=schemas.IngestResult, tags=["articles"],
             responses={401: {"description": "missing or wrong token"},
                        403: {"description": "writes disabled"}})
async def post_articles(request: Request) -> dict[str, Any]:
    """Ingest articles given as JSON: one article object, a list of them, or `{"articles": [...]}`, in the
    input format of `milwatch ingest` (`text` required; `id`, `title`, `published`, `source_url`, `lang`).
    They are cleaned, stored, extracted and filed into stories; bad records are quarantined and listed
    in `problems`.  Needs `Authorization: Bearer <MILWATCH_TOKEN>`."""
    check_token(request)
    body = _parse(await read_body(request))
    return await run_in_threadpool(_ingest, request.app.state.access, _records(body))


async def read_body(request: Request, cap: int = MAX_BODY) -> bytes:
    """The request body, read chunk by chunk and refused (413) as soon as it passes `cap` bytes, whether
    announced by Content-Length or sent chunked: a large body is never held whole."""
    size = request.headers.get("content-length")
    if size and size.isdigit() and int(size) > cap:
        raise HTTPException(413, f"request body over {cap} bytes ({cap // (1024 * 1024)} "
                                 f"MB); send fewer articles "
                                 "per request", headers={"Connection": "close"})
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > cap:
            raise HTTPException(413, f"request body over {cap} bytes ({cap // (1024 * 1024)} MB); send fewer "
                                     "articles per request", headers={"Connection": "close"})
    return bytes(raw)


def _parse(raw: bytes) -> Any:
    """The JSON body; 422 when it is not JSON, 400 when nested deeper than it can be read."""
    try:
        return json.loads(raw)
    except RecursionError as exc:
        raise HTTPException(400, "the body is JSON nested too deeply to read (about 1,000 levels or more); "
                                 "an article is an object of plain fields") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HTTPException(422, f"the body is not JSON: {exc}") from exc
