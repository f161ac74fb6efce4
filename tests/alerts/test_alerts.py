"""Watchlists matched on new events only, one alert per real event, the Atom feed (feedparser) and the
webhook (a real receiver on 127.0.0.1), over a real SQLite store filled by the real commands."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import feedparser
import pytest
from click.testing import CliRunner

from milwatch.alerts import (
    WatchlistError,
    WatchQuery,
    add_watchlist,
    get_watchlist,
    process_new_events,
    recent_alerts,
    remove_watchlist,
)
from milwatch.alerts.feed import feed_xml
from milwatch.alerts.webhook import delivery_log, verify
from milwatch.cli import main
from milwatch.store import SQLiteStore
from support.watch_kit import receiver, reports


def run(db: Path, folder: Path, name: str, rows: list[dict]) -> str:
    """Ingest and extract `rows` with the real commands (extract runs the watchlists)."""
    corpus = folder / f"{name}.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = ""
    for args in (["ingest", str(corpus), "--db", str(db), "-q"], ["extract", "--db", str(db), "-q"]):
        result = CliRunner().invoke(main, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        out += result.output
    return out


@pytest.fixture()
def db(kb: ModuleType, tmp_path: Path) -> Path:
    return kb.build_db(tmp_path, reports("other"))


def test_query_validation_names_the_field() -> None:
    with pytest.raises(WatchlistError, match="types: unknown 'meet'"):
        WatchQuery.from_dict({"types": ["meet"]})
    with pytest.raises(WatchlistError, match="pair: expected two countries"):
        WatchQuery.from_dict({"pair": ["NOR"]})
    with pytest.raises(WatchlistError, match="at least one criterion"):
        WatchQuery.from_dict({})
    with pytest.raises(WatchlistError, match="unknown criteria colour"):
        WatchQuery.from_dict({"colour": "red"})
    q = WatchQuery.from_dict({"pair": ["nor", "DNK"], "types": "meeting,agreement",
                              "text": "Ausbildung  OFFIZIEREN"})
    event = {"type": "meeting", "countries": ["DNK", "NOR"],
             "evidence": "Die Minister sprachen über die Ausbildung "
             "von Offizieren.", "persons": [], "historical": False}
    assert q.matches(event)
    assert not q.matches(event | {"type": "aid"})
    assert not q.matches(event | {"countries": ["NOR", "SWE"]})
    assert not q.matches(event | {"historical": True})
    assert not q.matches(event | {"evidence": "Die Minister sprachen."})


def test_one_alert_per_real_event_and_what_is_new(db: Path, tmp_path: Path) -> None:
    store = SQLiteStore(db)
    wl = add_watchlist(store, "nordic", WatchQuery.from_dict({"pair": ["NOR", "DNK"], "types": ["meeting"]}))
    assert process_new_events(store) == []  # the events stored before the watchlist raise nothing
    store.close()

    run(db, tmp_path, "b1", reports("nd-en", "nd-de"))  # two reports of one meeting, one batch
    store = SQLiteStore(db)
    alerts = recent_alerts(store, wl.id)
    assert len(alerts) == 1, alerts
    first = alerts[0]
    assert first["revision"] == 1 and first["news"]["first_report"]
    assert sorted(r["article_id"] for r in first["reports"]) == ["nd-de", "nd-en"]
    assert first["langs"] == ["de", "en"]
    store.close()

    run(db, tmp_path, "b1", reports("nd-en", "nd-de"))  # the same input again: nothing new
    run(db, tmp_path, "b2", reports("nd-fr"))  # a new source in a new language
    store = SQLiteStore(db)
    alerts = recent_alerts(store, wl.id)
    assert [a["id"] for a in alerts] == [first["id"]]
    assert alerts[0]["revision"] == 2
    news = alerts[0]["news"]
    assert (not news["first_report"] and news["new_langs"] == ["fr"]
            and news["new_sources"] == ["journal.example.fr"])
    store.close()

    run(db, tmp_path, "b3", reports("nd-late"))  # a source that dates it a day later: a conflict
    store = SQLiteStore(db)
    alerts = recent_alerts(store, wl.id)
    assert len(alerts) == 1 and alerts[0]["revision"] == 3
    conflicts = alerts[0]["news"]["new_conflicts"]
    assert [c["field"] for c in conflicts] == ["date"], conflicts
    assert set(conflicts[0]["values"]) == {"2024-11-12", "2024-11-13"}

    feed = feedparser.parse(feed_xml(store, wl, "http://127.0.0.1:8000"))
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "milwatch: nordic"
    assert len(feed.entries) == 1
    entry = feed.entries[0]
    assert entry.id.startswith("urn:uuid:") and "meeting DNK–NOR 2024-11-12" in entry.title
    assert "new conflict on date" in entry.summary
    assert "Der norwegische Verteidigungsminister" in entry.content[0].value  # evidence in its own language
    assert store.conn.execute("SELECT COUNT(*) FROM alert_queue").fetchone()[0] == 0
    remove_watchlist(store, "nordic")
    assert store.conn.execute("SELECT COUNT(*) FROM alerts").fetchone()[0] == 0
    with pytest.raises(WatchlistError, match="no watchlist 'nordic'"):
        get_watchlist(store, "nordic")
    store.close()


def test_webhook_signed_retried_logged_once_per_event(db: Path, tmp_path: Path) -> None:
    with receiver(fail_first=1) as hook:
        store = SQLiteStore(db)
        wl = add_watchlist(store, "nordic",
                           WatchQuery.from_dict({"countries": ["NOR"], "types": ["meeting"]}),
                           webhook_url=hook.url)
        other = add_watchlist(store, "kenya", WatchQuery.from_dict({"countries": ["KEN"]}))
        store.close()
        run(db, tmp_path, "b1", reports("nd-en", "nd-de"))
        assert len(hook.calls) == 2 and hook.calls[0]["answered"] == 500  # retried after the 500
        assert len(hook.delivered) == 1
        call = hook.delivered[0]
        assert verify(wl.webhook_secret or "", call["raw"], call["headers"]["X-Milwatch-Signature"])
        assert not verify("another secret of enough length", call["raw"],
                          call["headers"]["X-Milwatch-Signature"])
        body = call["json"]
        assert body["watchlist"]["name"] == "nordic" and body["alert"]["news"]["first_report"]
        assert {r["lang"] for r in body["alert"]["reports"]} == {"de", "en"}
        assert call["headers"]["X-Milwatch-Delivery"] == hook.calls[0]["headers"]["X-Milwatch-Delivery"]

        run(db, tmp_path, "b1", reports("nd-en", "nd-de"))  # nothing new: nothing posted
        assert len(hook.calls) == 2
        run(db, tmp_path, "b2", reports("nd-fr"))
        assert len(hook.delivered) == 2
        update = hook.delivered[1]["json"]["alert"]
        assert (update["id"] == body["alert"]["id"] and update["revision"] == 2
                and update["news"]["new_langs"] == ["fr"])
        store = SQLiteStore(db)
        log = delivery_log(store, wl.id)
        assert [d["status"] for d in log] == ["delivered", "delivered"]
        assert [a["status_code"] for a in log[-1]["log"]] == [500, 200]
        assert recent_alerts(store, other.id) == []
        store.close()


def test_failed_delivery_is_kept_and_retried_later(db: Path, tmp_path: Path) -> None:
    from milwatch.alerts.webhook import deliver_pending

    with receiver(fail_first=100) as hook:
        store = SQLiteStore(db)
        wl = add_watchlist(store, "nordic", WatchQuery.from_dict({"pair": ["NOR", "DNK"]}),
                           webhook_url=hook.url)
        store.close()
        run(db, tmp_path, "b1", reports("nd-en"))
        store = SQLiteStore(db)
        log = delivery_log(store, wl.id)
        assert [d["status"] for d in log] == ["failed"] and log[0]["attempts"] == 4
        hook.fail_first = 0
        store.conn.execute("UPDATE webhook_deliveries SET next_at = '2000-01-01'")  # its retry time has come
        assert deliver_pending(store, backoff=0.01) == {"delivered": 1, "failed": 0}
        assert delivery_log(store, wl.id)[0]["status"] == "delivered"
        assert len(hook.delivered) == 1
        assert json.loads(hook.delivered[0]["raw"])["alert"]["news"]["first_report"]
        store.close()
