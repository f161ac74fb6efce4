"""SOURCES.toml: the documented example loads, and every mistake names the file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from milwatch.errors import ConfigError
from milwatch.monitor import load_sources, parse_sources

EXAMPLE = Path(__file__).parents[2] / "src" / "milwatch" / "data" / "sources.example.toml"


def test_example_file_loads_with_defaults_filled_in() -> None:
    config = load_sources(EXAMPLE)
    assert len(config.sources) >= 3
    names = [s.name for s in config.sources]
    assert len(set(names)) == len(names)
    page = next(s for s in config.sources if s.kind == "page")
    assert page.links
    for source in config.sources:
        assert source.url.startswith("http")
        assert source.interval >= 1 and source.timeout > 0
        assert (source.line is not None
                and EXAMPLE.read_text().splitlines()[source.line - 1].startswith("[[source]]"))


def test_defaults_and_overrides() -> None:
    config = parse_sources("""
[watch]
interval = 300
follow = "never"
host_delay = 2

[[source]]
url = "https://a.example/feed.xml"

[[source]]
name = "b"
url = "https://b.example/rss"
interval = 60
follow = "always"
lang = "de"

[hosts."B.example"]
delay = 10
""")
    a, b = config.sources
    assert ((a.name, a.interval, a.follow, a.kind, a.host)
            == ("https://a.example/feed.xml", 300, "never", "feed", "a.example"))
    assert (b.interval, b.follow, b.lang) == (60, "always", "de")
    assert config.delay_for("a.example") == 2 and config.delay_for("b.example") == 10


@pytest.mark.parametrize(("text", "message"), [
    ('[[source]]\nname = "x"\n', "x.toml:1: url is missing"),
    ('[watch]\ninterval = 5\n\n[[source]]\nurl = "https://a/x"\nkind = "rss"\n',
     "x.toml:4: kind must be one of"),
    ('[[source]]\nurl = "ftp://a/x"\n', "x.toml:1: url 'ftp://a/x' is not an http(s) URL"),
    ('[[source]]\nurl = "https://a/x"\nintervall = 3\n', "x.toml:1: unknown key(s) intervall"),
    ('[[source]]\nurl = "https://a/x"\ninterval = "soon"\n', "x.toml:1: interval must be a number"),
    ('[[source]]\nurl = "https://a/x"\ninterval = 0.5\n', "x.toml:1: interval must be at least 1"),
    ('[[source]]\nurl = "https://a/x"\nkind = "page"\n', "x.toml:1: a page source needs links"),
    ('[[source]]\nurl = "https://a/x"\nkind = "page"\nlinks = "(["\n',
     "links is not a valid regular expression"),
    ('[[source]]\nname = "a"\nurl = "https://a/x"\n\n[[source]]\nname = "a"\nurl = "https://a/y"\n',
     "x.toml:5: source name 'a' is used twice (first at line 1)"),
    ('[watch]\nspeed = 3\n[[source]]\nurl = "https://a/x"\n', "x.toml [watch]: unknown key(s) speed"),
    ('[[source]]\nurl = "https://a/x"\nlang = "German"\n', "lang must be an ISO 639-1 code"),
    ("[watch]\ninterval = 5\n", "x.toml: no sources"),
    ('[[source]\nurl = "x"\n', "x.toml: not valid TOML"),
    ('[[source]]\nurl = "https://a/x"\n[hosts."a"]\npace = 3\n', "only `delay = SECONDS`"),
])
def test_mistakes_are_named(text: str, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_sources(text, "x.toml")
    assert message in str(err.value)


def test_unreadable_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the sources file"):
        load_sources(tmp_path / "missing.toml")
    bad = tmp_path / "latin1.toml"
    bad.write_bytes(b'[[source]]\nurl = "https://a/\xe9"\n')
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_sources(bad)
