"""The Host-header check that keeps DNS rebinding away from the local API.

A web page on `evil.example` can make its name resolve to 127.0.0.1 and then read
`http://evil.example:8000/api/…` as if it were its own site: the browser still sends
`Host: evil.example`.  So every request must name this server: its bound address,
`localhost`, `127.0.0.1`, `[::1]` or a name given with `--allowed-host`.  Others get 400.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]")
ANY_HOST = "*"  # given as an allowed host: no check (behind a proxy that checks it)

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def host_name(value: str) -> str:
    """A Host header or an allowed name without its port, lower case, IPv6 in brackets: `[::1]:8000` →
    `[::1]`."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[: value.find("]") + 1] if "]" in value else value
    if value.count(":") > 1:  # a bare IPv6 address
        return f"[{value}]"
    return value.partition(":")[0].rstrip(".")


def allowed_hosts(bound: str | None = None, extra: Iterable[str] = ()) -> frozenset[str]:
    """The host names a server bound to `bound` answers: the local names, the bound address and `extra`."""
    names = {*LOCAL_HOSTS, *(host_name(h) for h in extra if h.strip())}
    if bound:
        names.add(host_name(bound))
    return frozenset(names)


class HostCheck:
    """ASGI middleware: requests whose Host is not among `allowed` get 400 before any route runs."""

    def __init__(self, app: ASGIApp, allowed: Iterable[str]) -> None:
        self.app = app
        self.allowed = frozenset(allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or ANY_HOST in self.allowed:
            await self.app(scope, receive, send)
            return
        raw = dict(scope.get("headers") or []).get(b"host", b"")
        given = raw.decode("latin-1")
        if host_name(given) in self.allowed:
            await self.app(scope, receive, send)
            return
        shown = given[:100] or "(none)"
        detail = (f"Host {shown!r} is not served here (a guard against DNS rebinding): use one of "
                  f"{', '.join(sorted(self.allowed))}, or start `milwatch serve` with `--allowed-host NAME`")
        body = json.dumps({"detail": detail}).encode()
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        await send({"type": "http.response.start", "status": 400,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})
