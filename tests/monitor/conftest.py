"""Fixtures of the `watch` tests: the local news site of feedserver.py (loaded by file path: tests/ is no
package) and a sources file written for it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from support.modules import load_file


def load_feedserver() -> ModuleType:
    return load_file("milwatch_tests_feedserver", Path(__file__).parent / "feedserver.py", once=True)


@pytest.fixture(scope="session")
def fs() -> ModuleType:
    """The module tests/monitor/feedserver.py (FeedServer, FeedSpec, item_text)."""
    return load_feedserver()


@pytest.fixture
def site(fs: ModuleType) -> Iterator[Callable[..., object]]:
    """site(name=FeedSpec(...), ...) starts a FeedServer on 127.0.0.1 (stopped after the test)."""
    servers = []

    def start(**specs: object) -> object:
        server = fs.FeedServer(dict(specs)).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def sources_toml(server: object, names: list[str], header: str = "", **per_source: str) -> str:
    """A SOURCES.toml for feeds `names` of `server` (kind page for names starting with 'list').
    `per_source[name]` adds lines to that source."""
    given = {line.split("=")[0].strip() for line in header.splitlines() if "=" in line}
    defaults = [f"{k} = {v}" for k, v in (("interval", 1), ("timeout", 3),
                                          ("host_delay", 0)) if k not in given]
    lines = ["[watch]", *defaults, header, ""]
    for name in names:
        lines.append("[[source]]")
        lines.append(f'name = "{name}"')
        if name.startswith("list"):
            lines.append(f'url = "{server.url(f"/list/{name}.html")}"')  # type: ignore[attr-defined]
            lines.append('kind = "page"')
            lines.append(f'links = "/page/{name}/\\\\d+\\\\.html$"')
        elif name.startswith("priv"):
            lines.append(f'url = "{server.url(f"/private/{name}.xml")}"')  # type: ignore[attr-defined]
        else:
            lines.append(f'url = "{server.url(f"/feed/{name}.xml")}"')  # type: ignore[attr-defined]
        lines.append(per_source.get(name, ""))
        lines.append("")
    return "\n".join(lines)


@pytest.fixture
def make_sources() -> Callable[..., str]:
    """The `sources_toml` function above."""
    return sources_toml
