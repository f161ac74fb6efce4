"""/api/watchlists on a real `milwatch serve`: token-gated writes, alerts raised by `POST /api/articles`
seen in the Atom feed (feedparser) and at a webhook receiver on 127.0.0.1, exactly once per real event;
the brief at /brief."""

from __future__ import annotations

import time
import urllib.request
from pathlib import Path
from types import ModuleType

import feedparser

from milwatch.alerts.webhook import verify
from support.watch_kit import receiver, reports

TOKEN = {"Authorization": "Bearer s3cret-token"}


def delete(url: str, headers: dict[str, str] | None = None) -> int:
    request = urllib.request.Request(url, method="DELETE", headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def wait_for(check, seconds: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_writes_need_the_token(kb: ModuleType, server: str) -> None:
    body = {"name": "nope", "types": ["meeting"]}
    assert kb.post(f"{server}/api/watchlists", body)[0] == 401
    assert kb.post(f"{server}/api/watchlists", body, {"Authorization": "Bearer wrong"})[0] == 401
    status, answer = kb.post(f"{server}/api/watchlists", {"name": "bad", "types": ["meet"]}, TOKEN)
    assert status == 400 and "types: unknown 'meet'" in answer["detail"]
    status, answer = kb.post(f"{server}/api/watchlists", ["not", "an", "object"], TOKEN)
    assert status == 400
    assert kb.get(f"{server}/api/watchlists/nope")[0] == 404
    assert delete(f"{server}/api/watchlists/1") == 401


def test_alerts_reach_feed_and_webhook_once_per_real_event(kb: ModuleType, server: str) -> None:
    with receiver() as hook:
        status, made = kb.post(f"{server}/api/watchlists", {"name": "nordic", "pair": ["NOR", "DNK"],
                                                            "types": ["meeting"],
                                                            "webhook_url": hook.url}, TOKEN)
        assert status == 201, made
        secret = made["webhook"]["secret"]
        listed = kb.get(f"{server}/api/watchlists")[1]["items"]
        assert [w["name"] for w in listed] == ["nordic"] and "secret" not in listed[0]["webhook"]

        status, done = kb.post(f"{server}/api/articles", reports("nd-en", "nd-de", "other"), TOKEN)
        assert status == 200 and done["stored"] == 3, done
        wait_for(lambda: len(hook.delivered) >= 1)
        # again: nothing new
        status, done = kb.post(f"{server}/api/articles", reports("nd-en", "nd-de"), TOKEN)
        assert done["stored"] == 0
        status, done = kb.post(f"{server}/api/articles", reports("nd-fr"), TOKEN)  # a new language
        wait_for(lambda: len(hook.delivered) >= 2)
        time.sleep(1.0)
        calls = hook.delivered
        assert len(calls) == 2 and len(hook.calls) == 2
        assert calls[0]["json"]["alert"]["id"] == calls[1]["json"]["alert"]["id"]  # one real event
        assert [c["json"]["alert"]["revision"] for c in calls] == [1, 2]
        assert calls[1]["json"]["alert"]["news"]["new_langs"] == ["fr"]
        assert all(verify(secret, c["raw"], c["headers"]["X-Milwatch-Signature"]) for c in calls)

        status, atom = kb.get(f"{server}/api/watchlists/nordic/feed.atom")
        assert status == 200
        feed = feedparser.parse(atom)
        assert not feed.bozo, feed.bozo_exception
        assert len(feed.entries) == 1
        entry = feed.entries[0]
        assert "meeting DNK–NOR" in entry.title and entry.link.startswith(server + "/story/")
        assert "new languages: fr" in entry.summary
        assert feed.feed.links[0].href == f"{server}/api/watchlists/{made['id']}/feed.atom"

        status, shown = kb.get(f"{server}/api/watchlists/{made['id']}")
        assert status == 200 and len(shown["alerts"]) == 1 and len(shown["alerts"][0]["reports"]) == 3

        status, page = kb.get(f"{server}/brief?since=2024-11&until=2024-11&watchlist=nordic")
        assert status == 200 and "<svg" in page and "Ola Berg" in page and 'lang="fr"' in page
        with urllib.request.urlopen(f"{server}/brief?since=7d") as response:
            csp = response.headers["Content-Security-Policy"]
        assert "script-src" not in csp and "default-src 'none'" in csp and "sha256-" in csp
        status, data = kb.get(f"{server}/api/brief?since=2024-11&until=2024-11")
        assert status == 200 and data["totals"]["events"] >= 4
        assert kb.get(f"{server}/api/brief?since=soon")[0] == 400

        assert delete(f"{server}/api/watchlists/nordic", TOKEN) == 200
        assert kb.get(f"{server}/api/watchlists")[1]["items"] == []
        assert kb.get(f"{server}/api/watchlists/nordic/feed.atom")[0] == 404


def test_read_only_server_refuses_writes(kb: ModuleType, kb_db: Path, tmp_path: Path) -> None:
    with kb.serve(kb_db) as base:
        status, answer = kb.post(f"{base}/api/watchlists", {"name": "x", "types": ["aid"]}, TOKEN)
        assert status == 403 and "MILWATCH_TOKEN" in answer["detail"]
