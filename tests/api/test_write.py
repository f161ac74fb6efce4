"""`POST /api/articles`: refused without a configured token, 401 without the right bearer token, and with
it the articles go through the same pipeline as `milwatch ingest` + `milwatch extract`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

TOKEN = "another-s3cret"
NEW = [
    {"id": "new-en-1", "lang": "en", "published": "2024-10-15",
     "title": "Chilean and Peruvian ministers meet",
     "text": "Chilean Defence Minister Ana Rojas received her Peruvian counterpart Luis "
             "Quispe in Santiago on "
             "Tuesday. The two ministers signed a memorandum of understanding on defence cooperation."},
    {"id": "bad-1", "title": "no text"},
]


@pytest.fixture(scope="module")
def db(kb: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return kb.build_db(tmp_path_factory.mktemp("write"), kb.articles()[:2])


@pytest.fixture(scope="module")
def writable(kb: ModuleType, db: Path) -> Iterator[str]:
    with kb.serve(db, token=TOKEN) as base:
        yield base


def test_read_only_without_a_token(kb: ModuleType, db: Path) -> None:
    with kb.serve(db) as base:
        status, body = kb.post(base + "/api/articles", NEW[0], {"Authorization": f"Bearer {TOKEN}"})
        assert status == 403 and "MILWATCH_TOKEN" in body["detail"]
        assert kb.get(base + "/api/articles/new-en-1")[0] == 404


@pytest.mark.parametrize("header", [None, "Bearer wrong", f"Basic {TOKEN}", TOKEN, "Bearer "])
def test_wrong_or_missing_token_is_401(kb: ModuleType, writable: str, header: str | None) -> None:
    status, body = kb.post(writable + "/api/articles", NEW[0], {"Authorization": header} if header else {})
    assert status == 401, body
    assert kb.get(writable + "/api/articles/new-en-1")[0] == 404


def test_post_ingests_extracts_and_files_stories(kb: ModuleType, writable: str) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    before = kb.get(writable + "/api/stats")[1]
    status, result = kb.post(writable + "/api/articles", NEW, auth)
    assert status == 200, result
    assert result["read"] == 2 and result["stored"] == 1 and result["quarantined"] == 1
    assert result["problems"] == [{"index": 2, "reason": "missing required field 'text'"}]
    assert result["ids"] == ["new-en-1"] and result["extracted"] == 1 and result["events"] >= 1
    status, article = kb.get(writable + "/api/articles/new-en-1")
    assert status == 200 and article["lang"] == "en" and article["story"] and article["events"]
    assert {"CHL", "PER"} <= set(article["events"][0]["countries"])
    after = kb.get(writable + "/api/stats")[1]
    assert after["articles"] == before["articles"] + 1 and after["quarantined"] == before["quarantined"] + 1
    hits = kb.get(writable + "/api/search?q=Quispe")[1]
    assert [h["id"] for h in hits["items"]] == ["new-en-1"]
    # the same request again changes nothing
    status, again = kb.post(writable + "/api/articles", NEW, auth)
    assert status == 200 and again["stored"] == 0 and again["already_stored"] == 1
    assert kb.get(writable + "/api/stats")[1]["articles"] == after["articles"]


def test_post_body_shapes(kb: ModuleType, writable: str) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    status, result = kb.post(writable + "/api/articles",
                             {"articles": [{"text": "Short note about the weather."}]}, auth)
    assert status == 200 and result["stored"] == 1 and result["ids"][0].startswith("h")
    status, body = kb.post(writable + "/api/articles", b"{not json", auth)
    assert status == 422
