"""One way to build the pipeline: `Pipeline.from_settings` gives the CLI commands, the API's writer and
`watch` the same configuration.  The user's officials file (set once, in the settings file) renames an
official in every path: `predict`, `ingest` + `extract`, `POST /api/articles` of a real `milwatch serve`, and
`milwatch watch` over a real local feed.  (Spark: tests/spark/test_pipeline_config.py.)"""

from __future__ import annotations

import json
import re
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from milwatch.model import Article
from milwatch.pipeline import Pipeline
from milwatch.settings import Settings, load_settings
from support.cli import ARTICLE, OFFICIALS, TEXT, clean_env, officials_settings

EXPECTED = [("agreement", ["Phan Van Giang", "Zoran Examplovich"]),
            ("meeting", ["Phan Van Giang", "Zoran Examplovich"])]
TOKEN = "cfg-s3cret"


@pytest.fixture(scope="module")
def user(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A settings file naming the officials file, the environment that points at it, and the input."""
    home = tmp_path_factory.mktemp("cfg")
    config = officials_settings(home)
    (home / "in.jsonl").write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
    return {"home": home, "config": config, "env": clean_env(config), "bare": clean_env(home / "none.toml")}


def _milwatch(kb: ModuleType, env: dict[str, str], *args: str) -> str:
    done = subprocess.run([kb.milwatch_exe(), *args], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _names(events: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    return sorted((e["type"], sorted(p["name"] for p in e["persons"])) for e in events)


def _db_view(kb: ModuleType, env: dict[str, str], db: Path) -> tuple[list[tuple[str, list[str]]], Any]:
    """The real events' officials and the registry's entry of the user's official, read by the CLI."""
    events = json.loads(_milwatch(kb, env, "events", "--db", str(db), "--json"))
    found = subprocess.run([kb.milwatch_exe(), "person", "Zoran Examplovich", "--db", str(db),
                            "--json"], env=env,
                           capture_output=True, text=True, timeout=300)
    person = json.loads(found.stdout) if found.returncode == 0 else None
    return _names(events), person and (person["id"], person["roles"][0]["first_seen"])


def test_from_settings_builds_every_part_from_the_settings(tmp_path: Path) -> None:
    (tmp_path / "o.toml").write_text(OFFICIALS, encoding="utf-8")
    settings = Settings(officials_files=str(tmp_path / "o.toml"), langid_short_chars=77,
                        langid_mixed_share=13, max_record_bytes=4096, quarantine_raw_max=99, batch_size=7)
    pipeline = Pipeline.from_settings(settings)
    assert pipeline.officials == (tmp_path / "o.toml",)
    assert (pipeline.detector.short_chars, pipeline.detector.mixed_share) == (77, 13)
    assert (pipeline.options.max_record_bytes, pipeline.options.raw_max,
            pipeline.options.lang) == (4096, 99, None)
    assert pipeline.batch_size == 7 and pipeline.extractor.registry is pipeline.registry
    assert pipeline.with_lang("ru").options.lang == "ru" and pipeline.options.lang is None
    assert Pipeline.from_settings(settings, lang="vi").options.lang == "vi"
    prepared = pipeline.prepare(Article(id="a", text=TEXT, published="2024-03-12"))
    assert isinstance(prepared, Article) and prepared.lang == "ru"
    assert _names([e.to_dict() for e in pipeline.extractor.extract(prepared).events]) == EXPECTED
    plain = Pipeline.from_settings(Settings(), registry=pipeline.registry)
    assert plain.officials == () and "Иван Тестов" in json.dumps(
        [e.to_dict() for e in plain.extractor.extract(prepared).events], ensure_ascii=False)


def test_predict_honours_the_officials_file_of_the_settings(kb: ModuleType, user: dict[str, Any]) -> None:
    home = user["home"]
    for env, out in ((user["env"], home / "p.jsonl"), (user["bare"], home / "bare.jsonl")):
        _milwatch(kb, env, "predict", str(home / "in.jsonl"), "-o", str(out))
    assert _names(json.loads(home.joinpath("p.jsonl").read_text())["events"]) == EXPECTED
    bare = _names(json.loads(home.joinpath("bare.jsonl").read_text())["events"])
    # the file made the difference
    assert bare != EXPECTED and all("Иван Тестов" in names for _type, names in bare)


def test_ingest_extract_api_and_watch_get_the_same_configuration(kb: ModuleType,
                                                                 user: dict[str, Any]) -> None:
    home, env = user["home"], user["env"]
    # 1. the CLI: ingest + extract
    cli_db = home / "cli.db"
    _milwatch(kb, env, "ingest", str(home / "in.jsonl"), "--db", str(cli_db), "-q")
    _milwatch(kb, env, "extract", "--db", str(cli_db), "-q")
    cli = _db_view(kb, env, cli_db)
    assert cli == (EXPECTED, ("blr-zoran-examplovich", "2020-01"))
    # 2. the API: a real `milwatch serve` with the same settings file, POST /api/articles
    api_db = home / "api.db"
    _milwatch(kb, env, "ingest", str(kb.write_jsonl(home / "seed.jsonl", kb.articles()[:1])),
              "--db", str(api_db), "-q")
    with kb.serve(api_db, token=TOKEN, env=env) as base:
        status, result = kb.post(base + "/api/articles", ARTICLE, {"Authorization": f"Bearer {TOKEN}"})
        assert status == 200 and result["extracted"] == 1, result
    assert _db_view(kb, env, api_db) == cli
    # 3. watch: a feed on 127.0.0.1 carrying the same article
    with _feed(TEXT) as url:
        sources = home / "sources.toml"
        sources.write_text(f'[watch]\nfollow = "never"\n\n[[source]]\nname = "ru"\nurl = "{url}"\n',
                           encoding="utf-8")
        watch_db = home / "watch.db"
        summary = json.loads(_milwatch(kb, env, "watch", str(sources), "--db", str(watch_db), "--once",
                                       "-q", "--json"))
    assert summary["stored"] == 1 and summary["extracted"] == 1, summary
    assert _db_view(kb, env, watch_db) == cli


def test_the_api_reads_the_settings_when_given_none(tmp_path: Path, user: dict[str, Any],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from milwatch.api.access import StoreAccess

    monkeypatch.setenv("MILWATCH_CONFIG", str(user["config"]))
    assert StoreAccess(tmp_path / "x.db").settings == load_settings()
    assert StoreAccess(tmp_path / "x.db").settings.officials_paths() == [user["home"] / "officials.toml"]


def test_only_the_pipeline_builds_the_stages_parts() -> None:
    """No command, API module, watch or Spark code builds packs' extractor, detector or read options
    itself."""
    src = Path(__file__).resolve().parents[1] / "src" / "milwatch"
    built_here = {"pipeline.py", "extract", "langid", "ingest", "packs"}  # the parts' own homes
    pattern = re.compile(r"\b(Extractor|Detector|ReadOptions|make_extractor)\(")
    offenders = [f"{path.relative_to(src)}:{n}" for path in sorted(src.rglob("*.py"))
                 if path.relative_to(src).parts[0] not in built_here
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if pattern.search(line)]
    assert offenders == []


@contextmanager
def _feed(text: str) -> Iterator[str]:
    """An RSS feed with one item whose full text is `text`, on 127.0.0.1."""
    body = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>ru</title>'
            '<item><guid>ru-cfg-1</guid><link>http://127.0.0.1/ru-cfg-1.html</link><title>Встреча</title>'
            f'<pubDate>Tue, 12 Mar 2024 10:00:00 GMT</pubDate><content:encoded>{text}</content:encoded>'
            '</item></channel></rss>').encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            found = self.path == "/feed.xml"
            self.send_response(200 if found else 404)
            self.send_header("Content-Type", "application/rss+xml" if found else "text/plain")
            self.send_header("Content-Length", str(len(body) if found else 0))
            self.end_headers()
            if found:
                self.wfile.write(body)

        def log_message(self, *_args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    finally:
        server.shutdown()
        server.server_close()
