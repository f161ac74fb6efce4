"""`milwatch serve`: the REST API and the web UI in one local HTTP server (uvicorn)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from milwatch.cli._common import db_option, open_db, settings_from, show_path


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; the default keeps the server on this machine.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="TCP port.")
def command(db: Path | None, host: str, port: int) -> None:
    """Serve the REST API (/api/..., OpenAPI schema at /api/openapi.json, docs at /api/docs) and the
    web UI (/) on the database.  Read-only, except POST /api/articles, which is enabled only when
    MILWATCH_TOKEN is set and then needs `Authorization: Bearer <token>`."""
    import uvicorn

    from milwatch.api import create_app

    settings = settings_from(db=db)
    open_db(settings).close()  # created and migrated when missing, so the server starts on any path
    token = os.environ.get("MILWATCH_TOKEN") or None
    app = create_app(settings.db_path, token=token)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"milwatch on {show_path(str(settings.db_path))}: http://{shown}:{port}/ "
               f"(API http://{shown}:{port}/api/docs; writes {'enabled' if token else 'disabled'}) · Ctrl-C stops",
               err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
