"""SOURCES.toml: the feeds and web pages `milwatch watch` follows, and how politely.

    [watch]                      # defaults for every source (all optional)
    interval = 900               # seconds between two polls of a source
    timeout = 30                 # seconds for one HTTP request
    host_delay = 1.0             # at least this many seconds between two requests to one host
    max_backoff = 21600          # cap of the back-off after errors (seconds)
    follow = "auto"              # follow items to their pages: auto | always | never
    concurrency = 8              # requests in flight at once (different hosts)

    [[source]]
    name = "mod-news"            # unique; defaults to the URL
    url = "https://example.org/news/rss.xml"
    kind = "feed"                # feed (RSS/Atom) | page (a web page whose article links are followed)
    links = "/news/\\d+"         # page sources: regular expression the followed links must match
    lang = "vi"                  # optional ISO 639-1 language of every item

    [hosts."example.org"]
    delay = 5                    # per-host override of host_delay

Errors name the file, the line of the source's `[[source]]` header and the key.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from milwatch import __version__
from milwatch.errors import ConfigError

FOLLOW_MODES = ("auto", "always", "never")
KINDS = ("feed", "page")
USER_AGENT = f"milwatch/{__version__} (defense-diplomacy news monitor; polite feed reader)"
_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*source[ \t]*\]\]", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class WatchDefaults:
    """The `[watch]` table: defaults of every source and of the whole run."""

    interval: float = 900.0
    timeout: float = 30.0
    host_delay: float = 1.0
    max_backoff: float = 6 * 3600.0
    follow: str = "auto"
    # follow="auto": follow an item whose feed text is shorter than this (characters)
    follow_below: int = 1500
    concurrency: int = 8
    max_items: int = 200  # new items taken from one poll (the rest wait for the next poll)
    max_bytes: int = 20 * 1024 * 1024  # a bigger answer is an error
    item_attempts: int = 3  # tries to fetch an item's page before falling back to its summary or quarantine
    user_agent: str = USER_AGENT
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class SourceConfig:
    """One `[[source]]`: a feed or a web page, with the defaults filled in."""

    name: str
    url: str
    kind: str = "feed"
    interval: float = 900.0
    timeout: float = 30.0
    follow: str = "auto"
    follow_below: int = 1500
    max_items: int = 200
    item_attempts: int = 3
    links: str | None = None
    lang: str | None = None
    line: int | None = None  # line of its [[source]] header in the file

    @property
    def host(self) -> str:
        return (urlsplit(self.url).hostname or "").lower()


@dataclass(frozen=True, slots=True)
class WatchConfig:
    """The whole file: defaults, sources, per-host request spacing."""

    path: str
    defaults: WatchDefaults
    sources: tuple[SourceConfig, ...]
    host_delays: dict[str, float] = field(default_factory=dict)

    def delay_for(self, host: str) -> float:
        return self.host_delays.get(host.lower(), self.defaults.host_delay)


_DEFAULT_KEYS = {f for f in WatchDefaults.__slots__}
_SOURCE_KEYS = {"name", "url", "kind", "interval", "timeout", "follow", "follow_below", "max_items",
                "item_attempts", "links", "lang"}
_NUMBERS = {"interval": (1.0, float), "timeout": (0.1, float), "host_delay": (0.0, float),
            "max_backoff": (1.0, float), "follow_below": (0, int), "concurrency": (1, int),
            "max_items": (1, int), "max_bytes": (1024, int), "item_attempts": (1, int)}


def _check(values: dict[str, Any], where: str) -> dict[str, Any]:
    """Type and range checks shared by [watch] and [[source]]; returns the values coerced."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key in _NUMBERS:
            low, kind = _NUMBERS[key]
            if isinstance(value, bool) or not isinstance(value, int | float) or (kind is int and
                                                                                  not isinstance(value, int)):
                raise ConfigError(f"{where}: {key} must be a "
                                  f"{'whole ' if kind is int else ''}number, got {value!r}")
            if value < low:
                raise ConfigError(f"{where}: {key} must be at least {low}, got {value!r}")
            out[key] = kind(value)
        elif key == "follow":
            if value not in FOLLOW_MODES:
                raise ConfigError(f"{where}: follow must be one of {', '.join(FOLLOW_MODES)}, got {value!r}")
            out[key] = value
        elif key == "kind":
            if value not in KINDS:
                raise ConfigError(f"{where}: kind must be one of {', '.join(KINDS)}, got {value!r}")
            out[key] = value
        elif key == "links":
            if not isinstance(value, str):
                raise ConfigError(f"{where}: links must be a regular expression string, got {value!r}")
            try:
                re.compile(value)
            except re.error as exc:
                raise ConfigError(f"{where}: links is not a valid regular expression ({exc})") from exc
            out[key] = value
        elif key == "lang":
            if value is not None and not (isinstance(value, str) and re.fullmatch(r"[a-z]{2,3}", value)):
                raise ConfigError(f"{where}: lang must be an ISO 639-1 code such as \"de\", got {value!r}")
            out[key] = value
        else:
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"{where}: {key} must be a non-empty string, got {value!r}")
            out[key] = value.strip()
    return out


def _url(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: url is missing (each [[source]] needs url = \"https://...\")")
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{where}: url {value!r} is not an http(s) URL")
    return value.strip()


def parse_sources(text: str, path: str = "SOURCES.toml") -> WatchConfig:
    """Read the text of a sources file; ConfigError names the file, line and key of any mistake."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    unknown = sorted(set(data) - {"watch", "source", "hosts"})
    if unknown:
        raise ConfigError(f"{path}: unknown table(s) {', '.join(unknown)}; known: watch, source, hosts")
    watch = data.get("watch", {})
    if not isinstance(watch, dict):
        raise ConfigError(f"{path}: [watch] must be a table")
    bad = sorted(set(watch) - _DEFAULT_KEYS)
    if bad:
        raise ConfigError(f"{path} [watch]: unknown key(s) {', '.join(bad)}; known: "
                          f"{', '.join(sorted(_DEFAULT_KEYS))}")
    defaults = replace(WatchDefaults(), **_check(watch, f"{path} [watch]"))
    raw_sources = data.get("source", [])
    if not isinstance(raw_sources, list) or not raw_sources:
        raise ConfigError(f"{path}: no sources; add at least one [[source]] table with a url")
    lines = [text.count("\n", 0, m.start()) + 1 for m in _HEADER.finditer(text)]
    sources: list[SourceConfig] = []
    names: dict[str, int | None] = {}
    for index, raw in enumerate(raw_sources):
        line = lines[index] if len(lines) == len(raw_sources) else None
        where = f"{path}:{line}" if line else f"{path} [[source]] #{index + 1}"
        bad = sorted(set(raw) - _SOURCE_KEYS)
        if bad:
            raise ConfigError(f"{where}: unknown key(s) {', '.join(bad)}; known: "
                              f"{', '.join(sorted(_SOURCE_KEYS))}")
        url = _url(raw.get("url"), where)
        values = _check({k: v for k, v in raw.items() if k != "url"}, where)
        if values.get("kind") == "page" and not values.get("links"):
            raise ConfigError(f"{where}: a page source needs links = \"REGEX\" (which links on "
                              f"the page are articles)")
        name = values.pop("name", url)
        if name in names:
            first = names[name]
            raise ConfigError(f"{where}: source name {name!r} is used twice"
                              + (f" (first at line {first})" if first else ""))
        names[name] = line
        inherited = {k: getattr(defaults, k) for k in ("interval", "timeout", "follow", "follow_below",
                                                        "max_items", "item_attempts", "lang")}
        sources.append(SourceConfig(name=name, url=url, line=line, **(inherited | values)))
    hosts = data.get("hosts", {})
    delays: dict[str, float] = {}
    if not isinstance(hosts, dict):
        raise ConfigError(f"{path}: [hosts] must be a table of [hosts.\"name\"] tables")
    for host, table in hosts.items():
        where = f"{path} [hosts.{host!r}]"
        if not isinstance(table, dict) or set(table) - {"delay"}:
            raise ConfigError(f"{where}: only `delay = SECONDS` is allowed here")
        if "delay" in table:
            delays[host.lower()] = _check({"host_delay": table["delay"]}, where)["host_delay"]
    return WatchConfig(path=path, defaults=defaults, sources=tuple(sources), host_delays=delays)


def load_sources(path: str | Path) -> WatchConfig:
    """Read a sources file (see the module docstring for its format)."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{file}: not UTF-8 text ({exc})") from exc
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read the sources file ({exc.strerror or exc})") from exc
    return parse_sources(text, str(file))
