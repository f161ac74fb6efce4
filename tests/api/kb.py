"""A small invented knowledge base and a real `milwatch serve` process, shared by the API, web, export
and query-CLI tests (loaded by path: the `kb` fixture of tests/conftest.py)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from support.server import free_port, milwatch_exe, serve  # noqa: F401  (the kb fixture's `serve` and helpers)

# (adjective, other adjective, German adjective, German other adjective, capital, visitor, host)
PAIRS = [
    ("Estonian", "Latvian", "estnische", "lettischen", "Tallinn", "Jaan Tamm", "Andris Ozols"),
    ("Polish", "Lithuanian", "polnische", "litauischen", "Warsaw", "Marek Nowicki", "Tomas Petraitis"),
    ("Japanese", "Philippine", "japanische", "philippinischen", "Tokyo", "Kenji Morita", "Ramon Cruz"),
    ("Brazilian", "Argentine", "brasilianische", "argentinischen", "Brasilia", "Paulo Ferreira",
     "Diego Alvarez"),
    ("Kenyan", "Tanzanian", "kenianische", "tansanischen", "Nairobi", "Peter Otieno", "Juma Mwinyi"),
    ("Finnish", "Swedish", "finnische", "schwedischen", "Helsinki", "Mikko Laine", "Erik Lindqvist"),
    ("Japanese", "Indian", "japanische", "indischen", "Tokyo", "Kenji Morita", "Arjun Mehta"),
]
XSS = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


def articles() -> list[dict[str, Any]]:
    """Invented reports: each meeting told in English and German (one story), on different days."""
    rows: list[dict[str, Any]] = []
    for i, (adj, adj2, de_adj, de_adj2, city, visitor, host) in enumerate(PAIRS):
        day = f"2024-{i + 2:02d}-1{i}"
        rows.append({
            "id": f"kb-en-{i}", "lang": "en", "published": day,
            "source_url": f"https://news.example.com/en/{i}",
            "title": f"{adj} and {adj2} defence ministers meet in {city}",
            "text": f"{adj} Defence Minister {visitor} received his {adj2} counterpart {host} "
                    f"in {city} on Tuesday. "
                    "The two ministers discussed cooperation in officer training and cyber defence. "
                    "At the end of the talks they signed a memorandum of understanding on "
                    "defence cooperation."})
        rows.append({
            "id": f"kb-de-{i}", "lang": "de", "published": day,
            "source_url": f"https://zeitung.example.de/{i}",
            "title": f"Verteidigungsminister treffen sich in {city}",
            "text": f"Der {de_adj} Verteidigungsminister {visitor} hat am Dienstag in "
                    f"{city} seinen {de_adj2} "
                    f"Amtskollegen {host} empfangen. Die Minister sprachen über die "
                    f"Ausbildung von Offizieren. "
                    "Zum Abschluss unterzeichneten sie eine Absichtserklärung über die Zusammenarbeit im "
                    "Verteidigungsbereich."})
    rows.append({"id": "kb-en-weather", "lang": "en", "published": "2024-03-01",
                 "title": "Spring arrives early",
                 "text": "Farmers in the north reported an unusually warm start of March and "
                         "expect an early harvest."})
    return rows


def xss_article() -> dict[str, Any]:
    return {"id": "xss-1", "lang": "en", "published": "2024-08-20", "source_url": "javascript:alert(1)",
            "title": f"{XSS} Ministers meet {IMG}",
            "text": f"{XSS} Estonian Defence Minister Jaan Tamm received his Latvian "
                    f"counterpart Andris Ozols {IMG} "
                    f"in Riga on Tuesday. The two ministers discussed air defence {XSS} and "
                    f"signed a memorandum of "
                    f"understanding on defence cooperation {IMG}."}


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def build_db(folder: Path, rows: list[dict[str, Any]] | None = None) -> Path:
    """Ingest and extract the articles with the real commands; returns the database path."""
    from milwatch.cli import main

    folder.mkdir(parents=True, exist_ok=True)
    corpus = write_jsonl(folder / "kb.jsonl", articles() if rows is None else rows)
    db = folder / "kb.db"
    for args in (["ingest", str(corpus), "--db", str(db), "-q"], ["extract", "--db", str(db), "-q"]):
        result = CliRunner().invoke(main, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
    return db


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, Any]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            body = response.read()
            kind = response.headers.get("content-type", "")
            return response.status, json.loads(body) if "json" in kind else body.decode()
    except urllib.error.HTTPError as exc:
        body = exc.read()
        return exc.code, json.loads(body) if body.startswith(b"{") else body.decode()


def post(url: str, data: Any, headers: dict[str, str] | None = None) -> tuple[int, Any]:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    request = urllib.request.Request(url, data=raw, method="POST",
                                     headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def pages(base: str, path: str, params: dict[str, Any] | None = None,
          limit: int = 2) -> tuple[list[Any], int]:
    """Every item of a paged endpoint, following `next` to the last page; (items, number of pages)."""
    from urllib.parse import urlencode

    items: list[Any] = []
    cursor: str | None = None
    n = 0
    while True:
        query = dict(params or {}, limit=limit, **({"cursor": cursor} if cursor else {}))
        status, body = get(f"{base}{path}?{urlencode(query, doseq=True)}")
        assert status == 200, body
        n += 1
        assert len(body["items"]) <= limit
        items += body["items"]
        cursor = body["next"]
        if cursor is None:
            assert len(items) == body["total"], (path, params, len(items), body["total"])
            return items, n
        assert len(body["items"]) == limit
