"""`milwatch serve`: the REST API and the web UI in one local HTTP server (uvicorn)."""

from __future__ import annotations

import errno
import gc
import os
import socket
from pathlib import Path

import click

from milwatch.cli._common import db_option, open_db, settings_from, show_path
from milwatch.errors import ServeError
from milwatch.packs.check import checked_registry


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to host:port (port 0: a free one), or ServeError saying why not (e.g. the port is in
    use)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                              flags=socket.AI_PASSIVE)[0]
    except (socket.gaierror, UnicodeError) as exc:
        raise ServeError(f"cannot listen on {host!r}: not an address or a known host name ({exc})") from exc
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ServeError(f"port {port} on {host} is already in use (another `milwatch serve`?); "
                             "stop it or choose another port with --port") from exc
        raise ServeError(f"cannot listen on {host} port {port}: {exc.strerror or exc}") from exc
    return sock


def quiet_collector() -> None:
    """Keep the cyclic garbage collector from pausing the server: what is loaded by now (FastAPI, pydantic,
    the country names, the packs' data) is moved out of its reach (`gc.freeze`), so a full collection only
    visits what requests left behind.  Without it each full collection walked ~100k objects while holding
    every thread: 0.1 s of CPU, 0.4-0.5 s under load, and every request in flight waited (the p99 of the
    load benchmark, benchmarks/README.md)."""
    gc.collect()
    gc.freeze()


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; the default keeps the server on this machine.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="TCP port.")
@click.option("--allowed-host", "allowed", multiple=True, envvar="MILWATCH_ALLOWED_HOSTS", metavar="NAME",
              help="Also answer requests for this host name (repeatable; `*` turns the "
                   "check off).  By default "
                   "only the bound address, localhost, 127.0.0.1 and [::1]: a guard against DNS rebinding.")
@click.option("--cache-seconds", type=float, default=5.0, show_default=True, metavar="SECONDS",
              help="While another process writes the database, read answers (stats, pairs, timeline, event "
                   "pages...) may be reused for this long instead of recomputed; an "
                   "unchanged database always "
                   "reuses them, writes through this server are seen at once; -1 turns reuse off.")
def command(db: Path | None, host: str, port: int, allowed: tuple[str, ...], cache_seconds: float) -> None:
    """Serve the REST API (/api/..., OpenAPI schema at /api/openapi.json, docs at /api/docs) and the
    web UI (/) on the database.  Read-only, except POST /api/articles, which is enabled only when
    MILWATCH_TOKEN is set and then needs `Authorization: Bearer <token>`."""
    import uvicorn

    from milwatch.api import create_app
    from milwatch.api.hosts import allowed_hosts

    settings = settings_from(db=db)
    registry = checked_registry()  # POST /api/articles cleans and extracts: a broken pack stops the start
    open_db(settings).close()  # the database must exist (`milwatch ingest` makes it): a typo serves nothing
    token = os.environ.get("MILWATCH_TOKEN") or None
    sock = listen(host, port)  # before the banner: a busy port is one clear error
    try:
        port = sock.getsockname()[1]
        app = create_app(settings.db_path, token=token, settings=settings, hosts=allowed_hosts(host, allowed),
                         cache_seconds=cache_seconds, registry=registry)
        shown = f"[{host}]" if ":" in host else host
        click.echo(f"milwatch on {show_path(str(settings.db_path))}: http://{shown}:{port}/ "
                   f"(API http://{shown}:{port}/api/docs; writes {'enabled' if token else 'disabled'}) · "
                   "Ctrl-C stops", err=True)
        quiet_collector()
        uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[sock])
    finally:
        sock.close()
