"""The REST API (FastAPI) and the web UI behind it, served by `milwatch serve`.

    app = create_app("var/milwatch.db", token=os.environ.get("MILWATCH_TOKEN"))
    uvicorn.run(app, host="127.0.0.1", port=8000)

Read-only, except `POST /api/articles` (ingest through the pipeline), which needs the
bearer token and is refused when the app has none.
"""

from milwatch.api.app import create_app

__all__ = ["create_app"]
