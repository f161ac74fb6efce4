"""The HTTP API under load and attack, against a real `milwatch serve` process: bounded detail pages on a
store of thousands of rows, crafted cursors, deep JSON, the Host check (DNS rebinding), chunked bodies over
the cap, and a busy port."""

from __future__ import annotations

import base64
import http.client
import json
import os
import select
import socket
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote, urlencode

import pytest

TOKEN = "hardening-token"
SYNTHETIC = 3000  # copies of one report: one official in 3,000+ events, one story of 3,000+ reports
MB = 1024 * 1024


@contextmanager
def serve(kb: ModuleType, db: Path, *args: str, token: str | None = None) -> Iterator[tuple[str, int]]:
    """`milwatch serve --db DB --port <free> ARGS` as a user runs it (kb.serve); yields (base URL, port)."""
    with kb.serve(db, *args, token=token) as base:
        yield base, int(base.rsplit(":", 1)[1])


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def copy_rows(conn: sqlite3.Connection, table: str, key: str, source: str, changed: dict[str, str]) -> None:
    """Each row of `table` whose `key` is `source`, copied once per number n of `numbers` with `changed`
    columns computed from n (SQL expressions over `n.i`)."""
    cols = [c for c in columns(conn, table) if c != "pk"]
    exprs = [changed.get(c, c) for c in cols]
    conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(exprs)} "  # noqa: S608
                 f"FROM {table}, numbers n WHERE {table}.{key} = ?", (source,))


def grow(db: Path, copies: int, source: str = "kb-en-0", prefix: str = "syn-",
         text: str | None = None) -> str:
    """Copies of one extracted article (with its events, officials and story) straight into the real SQLite
    store: one official and one story with `copies` more reports.  Returns the story id."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("CREATE TEMP TABLE numbers (i INTEGER PRIMARY KEY)")
        conn.executemany("INSERT INTO numbers VALUES (?)", [(i,) for i in range(copies)])
        new_id = f"'{prefix}' || n.i"
        article = {"id": new_id, "content_hash": f"content_hash || '{prefix}' || n.i",
                   "published": "date('2023-01-01', '+' || (n.i % 700) || ' days')"}
        if text is not None:
            article |= {"text": "?", "clean_text": "?"}
            cols = [c for c in columns(conn, "articles") if c != "pk"]
            exprs = [article.get(c, c) for c in cols]
            conn.execute(f"INSERT INTO articles ({', '.join(cols)}) SELECT {', '.join(exprs)} "  # noqa: S608
                         "FROM articles, numbers n WHERE articles.id = ?", (text, text, source))
        else:
            copy_rows(conn, "articles", "id", source, article)
        for table in ("extractions", "events", "event_persons"):
            copy_rows(conn, table, "article_id", source, {"article_id": new_id})
        copy_rows(conn, "stories", "article_id", source, {"article_id": new_id})
        story = conn.execute("SELECT story_id FROM stories WHERE article_id = ?", (source,)).fetchone()[0]
    conn.close()
    return str(story)


@pytest.fixture(scope="module")
def big(kb: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, str]]:
    """A server on the invented knowledge base grown by 3,000 copies of one report; (base, person, story)."""
    folder = tmp_path_factory.mktemp("big")
    db = kb.build_db(folder)
    story = grow(db, SYNTHETIC)
    conn = sqlite3.connect(db)
    person = conn.execute("SELECT person_id FROM event_persons WHERE article_id = 'kb-en-0' AND "
                          "person_id IS NOT NULL "
                          "ORDER BY pidx LIMIT 1").fetchone()[0]
    conn.close()
    with serve(kb, db, token=TOKEN) as (base, _port):
        yield base, person, story


def fetch(base: str, path: str, params: dict[str, Any] | None = None,
          headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    """(status, raw body) of one GET, with any Host header (http.client sends what it is given)."""
    host, port = base.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=60)
    try:
        conn.request("GET", path + ("?" + urlencode(params, doseq=True) if params else ""),
                     headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


# bounded detail pages ------------------------------------------------------------------------------
def test_person_events_come_in_pages(big: tuple[str, str, str]) -> None:
    base, person, _ = big
    status, raw = fetch(base, f"/api/persons/{quote(person)}")
    assert status == 200, raw
    body = json.loads(raw)
    assert body["events_total"] > SYNTHETIC and len(body["events"]) == 50 and body["events_next"]
    assert len(raw) < 500_000  # the whole list would be megabytes
    seen = [e["id"] for e in body["events"]]
    for _ in range(2):
        status, raw = fetch(base, f"/api/persons/{quote(person)}",
                            {"limit": 500, "cursor": body["events_next"]})
        assert status == 200, raw
        body = json.loads(raw)
        assert len(body["events"]) == 500
        seen += [e["id"] for e in body["events"]]
    assert len(set(seen)) == len(seen) == 1050
    dates = [e["date"] or e["published"] or "" for e in body["events"]]
    assert dates == sorted(dates)
    assert fetch(base, f"/api/persons/{quote(person)}", {"limit": 501})[0] == 422


def test_story_reports_come_in_pages(big: tuple[str, str, str]) -> None:
    base, _, story = big
    status, raw = fetch(base, f"/api/stories/{quote(story)}")
    assert status == 200, raw
    body = json.loads(raw)
    assert body["articles_total"] > SYNTHETIC and len(body["articles"]) == 20 and body["next"]
    assert len(raw) < 2 * MB
    assert (sum(len(c["mentions"]) for c in body["canonical"])
            == sum(len(a["events"]) for a in body["articles"]))
    ids = [a["id"] for a in body["articles"]]
    status, raw = fetch(base, f"/api/stories/{quote(story)}", {"limit": 100, "cursor": body["next"]})
    assert status == 200, raw
    page = json.loads(raw)
    assert len(page["articles"]) == 100 and not set(ids) & {a["id"] for a in page["articles"]}
    assert fetch(base, f"/api/stories/{quote(story)}", {"limit": 101})[0] == 422


def test_story_page_is_capped_by_text_size(kb: ModuleType, tmp_path: Path) -> None:
    db = kb.build_db(tmp_path)
    # 3 MB
    story = grow(db, 4, source="kb-en-1", prefix="long-", text="The ministers met again. " * (120_000))
    with serve(kb, db) as (base, _port):
        status, raw = fetch(base, f"/api/stories/{quote(story)}", {"limit": 20})
        assert status == 200
        body = json.loads(raw)
        assert body["articles_total"] == 6 and 1 <= len(body["articles"]) < 6 and body["next"]
        assert len(raw) < 16 * MB


# crafted input -------------------------------------------------------------------------------------
def b64(value: Any) -> str:
    raw = value if isinstance(value, bytes) else json.dumps(value).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


CURSORS = {
    "not base64": "!!!",
    "not JSON": b64(b"\xff\xfe{"),
    "an object": b64([{"a": 1}, 2]),
    "a huge number": b64(["2024", 10 ** 30]),
    "a negative position": b64(["2024", -5]),
    "a fraction": b64([1.5, "x"]),
    "a boolean": b64([True, True]),
    "a lone surrogate": b64(b'["\\ud800", 1]'),
    "too long": "A" * 5000,
    "nested 5,000 deep": b64(b"[" * 5000 + b"]" * 5000),
    "one value": b64(["x"]),
}


@pytest.mark.parametrize("path", ["/api/events", "/api/articles", "/api/stories", "/api/persons",
                                  "/api/search?q=minister", "/api/persons/{person}", "/api/stories/{story}"])
def test_crafted_cursors_are_400(big: tuple[str, str, str], path: str) -> None:
    base, person, story = big
    path = path.format(person=quote(person), story=quote(story))
    for name, cursor in CURSORS.items():
        sep = "&" if "?" in path else "?"
        status, raw = fetch(base, f"{path}{sep}{urlencode({'cursor': cursor})}")
        assert status == 400, (path, name, status, raw[:300])
        detail = json.loads(raw)["detail"]
        assert detail.startswith("bad cursor") and len(detail) < 300, (name, detail)


def test_deep_json_body_is_400(kb: ModuleType, big: tuple[str, str, str]) -> None:
    base = big[0]
    auth = {"Authorization": f"Bearer {TOKEN}"}
    status, body = kb.post(base + "/api/articles", b"[" * 5000 + b"]" * 5000, auth)
    assert status == 400 and "nested too deeply" in body["detail"]
    status, body = kb.post(base + "/api/articles",
                           ('{"articles": ' + '{"a": ' * 5000 + "1" + "}" * 5001).encode(), auth)
    assert status == 400 and "nested too deeply" in body["detail"]
    assert kb.get(base + "/api/stats")[0] == 200


def test_like_wildcards_are_literal(kb: ModuleType, big: tuple[str, str, str]) -> None:
    base = big[0]
    status, page = kb.get(base + "/api/events?" + urlencode({"person": "%"}))
    assert status == 200 and page["total"] == 0
    status, page = kb.get(base + "/api/persons?" + urlencode({"q": "_"}))
    assert status == 200 and page["total"] == 0


def test_oversized_filters_are_400(kb: ModuleType, big: tuple[str, str, str]) -> None:
    base = big[0]
    for params in ({"country": ",".join(["EST"] * 2000)}, {"type": ["meeting"] * 30}, {"person": "a" * 2000},
                   {"story": "s" * 2000}, {"pair": "EST,LVA", "country": ",".join(["x"] * 19)}):
        for path in ("/api/events", "/api/stories", "/api/timeline", "/api/countries",
                     "/api/pairs", "/api/stats"):
            status, raw = fetch(base, path, params)
            assert status == 400 and "at most" in json.loads(raw)["detail"], (path, status, raw[:200])
    for path in ("/api/search", "/api/persons"):
        assert fetch(base, path, {"q": "a" * 1001})[0] == 422


def test_reads_stop_when_their_time_is_spent(kb: ModuleType, tmp_path: Path) -> None:
    from milwatch.api.access import StoreAccess
    from milwatch.errors import StoreError

    access = StoreAccess(kb.build_db(tmp_path), read_seconds=0.2)
    started = time.monotonic()
    with pytest.raises(StoreError, match="longer than 0.2 s"), access.reader() as store:
        store.conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                           "SELECT COUNT(*) FROM n").fetchone()
    assert time.monotonic() - started < 10
    with access.reader() as store:  # the connection goes back to the pool and answers again
        assert store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] > 0
    access.close()


# DNS rebinding -------------------------------------------------------------------------------------
def test_host_header_is_checked(kb: ModuleType, kb_db: Path) -> None:
    with serve(kb, kb_db, "--allowed-host", "milwatch.lan", "--allowed-host",
               "Box.Example:9000") as (base, port):
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost", f"[::1]:{port}",
                     f"milwatch.lan:{port}", "MILWATCH.LAN", "box.example"):
            status, raw = fetch(base, "/api/stats", headers={"Host": host})
            assert status == 200, (host, raw[:200])
        for host in (f"evil.example:{port}", "evil.example", "127.0.0.1.evil.example",
                     "localhost.evil.example", f"milwatch.lan.evil.example:{port}", "[::2]"):
            for path in ("/api/stats", "/", "/api/persons"):
                status, raw = fetch(base, path, headers={"Host": host})
                assert status == 400, (host, path, status)
                assert "--allowed-host" in json.loads(raw)["detail"]


def test_allowed_host_star_turns_the_check_off(kb: ModuleType, kb_db: Path) -> None:
    with serve(kb, kb_db, "--allowed-host", "*") as (base, _port):
        assert fetch(base, "/api/stats", headers={"Host": "anything.example"})[0] == 200


# request bodies ------------------------------------------------------------------------------------
def send_chunked(port: int, total: int, chunk: int = MB) -> tuple[int, bytes]:
    """POST a chunked body of up to `total` bytes, stopping when the server answers;
    (bytes of body sent by then, the response)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=60)
    try:
        sock.sendall(b"POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Authorization: Bearer " + TOKEN.encode() + b"\r\nTransfer-Encoding: chunked\r\n\r\n")
        piece = memoryview(b"%x\r\n" % chunk + b"[" + b" " * (chunk - 1) + b"\r\n")
        sent, offset = 0, 0
        deadline = time.monotonic() + 120
        while sent < total and time.monotonic() < deadline:
            readable, writable, _ = select.select([sock], [sock], [], 1)
            if readable:  # the server answered before the body ended
                break
            if writable:
                try:
                    offset += sock.send(piece[offset:])
                except OSError:
                    break
                if offset == len(piece):
                    sent, offset = sent + chunk, 0
        response = b""
        try:
            while data := sock.recv(65536):
                response += data
        except OSError:
            pass
        return sent, response
    finally:
        sock.close()


def test_chunked_body_is_refused_at_the_cap(kb: ModuleType, big: tuple[str, str, str]) -> None:
    port = int(big[0].rsplit(":", 1)[1])
    sent, response = send_chunked(port, 400 * MB)
    assert response.startswith(b"HTTP/1.1 413"), response[:200]
    assert b"50 MB" in response
    assert sent < 150 * MB  # stopped near the 50 MB cap, not after reading all 400 MB
    assert kb.get(big[0] + "/api/stats")[0] == 200


# starting the server -------------------------------------------------------------------------------
def test_busy_port_is_one_clear_error(kb: ModuleType, kb_db: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {k: v for k, v in os.environ.items() if k != "MILWATCH_TOKEN"}
        done = subprocess.run([kb.milwatch_exe(), "serve", "--db", str(kb_db), "--port", str(port)],
                              capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 1, done
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and f"port {port}" in lines[0], done.stderr
    assert "already in use" in lines[0] and "--port" in lines[0]
    assert "milwatch on" not in done.stdout + done.stderr and "Traceback" not in done.stderr


def test_missing_database_is_refused_as_documented(kb: ModuleType, tmp_path: Path) -> None:
    missing = tmp_path / "nothing-here.db"
    done = subprocess.run([kb.milwatch_exe(), "serve", "--db", str(missing), "--port", str(kb.free_port())],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 3 and "no database" in done.stderr and "milwatch on" not in done.stderr
    assert not missing.exists()
    docs = (Path(__file__).parents[2] / "docs" / "api.md").read_text()
    serve_section = docs[docs.index("## milwatch serve"):docs.index("## REST API")]
    assert "must exist" in serve_section and "created" not in serve_section
    assert "--allowed-host" in serve_section
