"""The SQLite store, for real: round trips, idempotence, duplicates, near-duplicates, FTS, migrations,
and the tables of the later stages."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from milwatch.errors import StoreError
from milwatch.ingest import Quarantined
from milwatch.langid import Detector
from milwatch.model import (
    Article,
    Attestation,
    Attribution,
    CanonicalPerson,
    Conflict,
    Event,
    Extraction,
    Origin,
    Person,
)
from milwatch.packs import PackRegistry
from milwatch.pipeline import prepare
from milwatch.store import SQLiteStore, Store, open_store
from milwatch.store.migrations import MIGRATIONS

PARAS = [
    "The defense ministers of Alphaland and Betaland held talks in the capital on Monday, the ministry said.",
    "Both sides agreed to expand cooperation in officer training, maritime security and demining.",
    "At the end of the talks the two ministers signed a memorandum of understanding on logistics support.",
    "The visiting minister also laid a wreath at the monument and met the commander of the navy.",
    "Next year the armed forces of the two countries will hold their first joint staff exercise.",
]


@pytest.fixture(scope="module")
def tools() -> tuple[PackRegistry, Detector]:
    return PackRegistry(), Detector()


def art(tools: tuple[PackRegistry, Detector], id_: str, text: str, path: str = "/in/a.jsonl", line: int = 1,
        **fields: object) -> Article:
    article = Article(id=id_, text=text, origin=Origin(path, line), **fields)  # type: ignore[arg-type]
    return prepare(article, *tools)


@pytest.fixture()
def store(tmp_path: Path) -> SQLiteStore:
    with SQLiteStore(tmp_path / "sub" / "m.db") as s:
        yield s


@pytest.mark.sqlite_only("PRAGMA journal_mode and sqlite:/// URLs of the SQLite file")
def test_store_protocol_and_schema(store: SQLiteStore, tmp_path: Path) -> None:
    assert isinstance(store, Store)
    latest = max(v for v, _n, _s in MIGRATIONS)
    assert store.schema_version() == latest
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()
    again = open_store(f"sqlite:///{tmp_path / 'sub' / 'm.db'}", create=False)  # reopen: no re-migration
    assert again.schema_version() == latest
    assert again.conn.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)
    again.close()
    with pytest.raises(StoreError):
        open_store(tmp_path / "missing.db", create=False)
    with pytest.raises(StoreError):
        open_store("postgresql://localhost/x")


@pytest.mark.sqlite_only("writes SQLite's first schema into the file with sqlite3 (a "
                         "migration of the SQLite file)")
def test_an_old_database_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                 "applied_at TEXT NOT NULL)")
    conn.executescript(MIGRATIONS[0][2])
    conn.execute("INSERT INTO schema_migrations VALUES (1, 'v1', 'then')")
    conn.commit()
    conn.close()
    with SQLiteStore(path) as store:
        assert store.schema_version() == max(v for v, _n, _s in MIGRATIONS)
        assert store.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0


@pytest.mark.sqlite_only("writes the SQLite file with sqlite3 (its PostgreSQL twin: "
                         "tests/store/test_postgres_twins.py)")
def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'later')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        SQLiteStore(path)


def test_round_trip_keeps_every_field(store: SQLiteStore, tools: tuple[PackRegistry, Detector]) -> None:
    raw = "By Jane Roe\n\n" + "\n\n".join(PARAS) + "\n\n12 comments"
    article = art(tools, "a1", raw, title="Ministers meet", published="2024-03-12",
                  source_url="https://www.news.test/x", lang_hint=None, extra={"story": "s1", "n": [1, 2]})
    assert store.add_articles([article]).stored == 1
    back = store.get_article("a1")
    assert back is not None
    for name in ("id", "text", "title", "published", "source_url", "lang_hint", "extra",
                 "origin", "clean_text", "clean_map", "lang", "lang_confidence"):
        assert getattr(back, name) == getattr(article, name), name
    assert back.paragraph_langs == article.paragraph_langs and back.lang == "en"
    assert "comments" not in (back.clean_text or "")
    assert store.get_article("nope") is None
    assert [a.id for a in store.iter_articles()] == ["a1"]
    assert [a.id for a in store.iter_articles(lang="de")] == []


def test_reingest_is_a_no_op(store: SQLiteStore, tools: tuple[PackRegistry, Detector]) -> None:
    batch = [art(tools, f"a{i}", f"Article {i}. " + PARAS[i % 5], line=i) for i in range(5)]
    bad = Quarantined(Origin("/in/a.jsonl", 9), "invalid JSON: x", b"{oops")
    first = store.add_articles([*batch, bad])
    assert (first.stored, first.quarantined) == (5, 1)
    second = store.add_articles([*batch, bad])
    assert (second.stored, second.unchanged, second.duplicates, second.quarantined) == (0, 5, 0, 0)
    counts = store.stats()
    assert (counts["articles"], counts["quarantined"], counts["duplicates"]) == (5, 1, 0)
    (stored_bad, _when), = list(store.iter_quarantine())
    assert stored_bad.raw == b"{oops" and stored_bad.origin.line == 9


def test_exact_duplicates_are_recorded_not_stored(store: SQLiteStore,
                                                  tools: tuple[PackRegistry, Detector]) -> None:
    text = "\n\n".join(PARAS)
    store.add_articles([art(tools, "first", text)])
    counts = store.add_articles([
        art(tools, "second", text, path="/in/b.jsonl"),  # same text, other id, other file
        art(tools, "first", text, path="/in/c.jsonl"),  # same record in another file
        art(tools, "third", "  " + text.replace("\n\n", "\n") + " ", path="/in/d.jsonl"),  # whitespace only
    ])
    assert (counts.stored, counts.duplicates) == (0, 3)
    assert store.add_articles([art(tools, "second", text, path="/in/b.jsonl")]).unchanged == 1
    dups = store.duplicates_of("first")
    assert {(d["article_id"], d["duplicate_of"]) for d in dups} == {("second", "first"), ("first", "first"),
                                                                    ("third", "first")}
    assert store.count_articles() == 1


def test_same_id_other_text_is_quarantined(store: SQLiteStore, tools: tuple[PackRegistry, Detector]) -> None:
    store.add_articles([art(tools, "x", PARAS[0])])
    counts = store.add_articles([art(tools, "x", PARAS[1], path="/in/b.jsonl", line=4)])
    assert (counts.stored, counts.quarantined, counts.id_clashes) == (0, 1, 1)
    (record, _when), = list(store.iter_quarantine())
    assert "already stored with a different text" in record.reason and "/in/a.jsonl:1" in record.reason
    assert store.get_article("x").text == PARAS[0]  # type: ignore[union-attr]
    assert store.add_articles([art(tools, "x", PARAS[1], path="/in/b.jsonl", line=4)]).quarantined == 0


def test_near_duplicates_are_linked_not_dropped(store: SQLiteStore,
                                                tools: tuple[PackRegistry, Detector]) -> None:
    original = "\n\n".join(PARAS)
    edited = original.replace("Monday", "Tuesday").replace("first joint",
                                                           "first ever joint") + "\n\nMore soon."
    other = "\n\n".join(reversed([p.replace("the", "a") for p in PARAS[:2]])) + " Completely different story."
    counts = store.add_articles([art(tools, "orig", original), art(tools, "edit", edited, line=2),
                                 art(tools, "other", other, line=3)])
    assert (counts.stored, counts.near_duplicates) == (3, 1)
    (link,) = [d for d in store.duplicates_of("orig") if d["kind"] == "near"]
    assert (link["article_id"], link["similar_to"]) == ("edit", "orig") and link["similarity"] >= 0.8
    assert store.stats()["near_duplicates"] == 1


def test_full_text_search_ignores_diacritics(store: SQLiteStore,
                                             tools: tuple[PackRegistry, Detector]) -> None:
    store.add_articles([art(tools, "vi", "Đại tướng Phan Văn Giang tiếp Bộ trưởng Quốc phòng nước bạn. " * 3),
                        art(tools, "en", "\n\n".join(PARAS), line=2)])
    assert [hit for hit, _snippet in store.search("memorandum")] == ["en"]
    assert [hit for hit, _snippet in store.search("giang")] == ["vi"]
    with pytest.raises(StoreError):
        store.search('"unbalanced')


def test_stats_by_language_source_and_month(store: SQLiteStore, tools: tuple[PackRegistry, Detector]) -> None:
    store.add_articles([
        art(tools, "a", PARAS[0] + " " + PARAS[1], source_url="https://www.one.test/a",
            published="2024-03-01"),
        art(tools, "b",
            "Die Minister beider Länder trafen sich am Montag in der Hauptstadt zu Gesprächen. " * 3,
            source_url="https://one.test/b", published="2024-03-20", line=2),
        art(tools, "c", PARAS[2] + " " + PARAS[3], line=3),
    ])
    stats = store.stats()
    assert stats["by_lang"] == {"en": 2, "de": 1}
    assert stats["by_source"] == {"one.test": 2, "unknown": 1}
    assert stats["by_month"] == {"2024-03": 2, "unknown": 1}


def event(evidence: str, **fields: object) -> Event:
    base: dict[str, object] = {"type": "meeting", "countries": ["AAA", "BBB"], "evidence": evidence,
                               "persons": [Person("Jane Roe", ["Jane Röe"], "AAA", "minister of defense")]}
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


def test_extractions_replace_idempotently(store: SQLiteStore, tools: tuple[PackRegistry, Detector]) -> None:
    store.add_articles([art(tools, "a", "\n\n".join(PARAS)),
                        art(tools, "b", PARAS[4] + " " + PARAS[3], line=2)])
    first = Extraction("a", [event(PARAS[0], date="2024-03-11", mode="visit"),
                             event(PARAS[2], type="agreement", doc_type="memorandum", areas=["logistics"])])
    store.save_extraction("a", first)
    store.save_extraction("a", first)
    assert store.get_extraction("a") == first
    second = Extraction("a", [event(PARAS[0], historical=True)], story="story-1")
    store.save_extraction("a", second)
    store.save_extraction("b", Extraction("b"))
    got = {e.article_id: e for e in store.iter_extractions()}
    assert got["a"].events == second.events and got["a"].story == "story-1" and got["b"].events == []
    assert store.stats()["events"] == 1 and store.stats()["extracted"] == 2
    assert store.get_extraction("missing") is None
    with pytest.raises(StoreError):
        store.save_extraction("not-stored", Extraction("not-stored", [event("x")]))


def test_stories_persons_conflicts(store: SQLiteStore, tools: tuple[PackRegistry, Detector]) -> None:
    store.add_articles([art(tools, "a", "\n\n".join(PARAS)),
                        art(tools, "b", PARAS[4] + " " + PARAS[3], line=2)])
    store.set_stories({"a": "s1", "b": "s1"})
    store.set_stories({"b": "s2"})
    assert store.get_stories() == {"a": "s1", "b": "s2"}
    store.set_stories({"a": "s9"}, replace=True)
    assert store.get_stories() == {"a": "s9"}
    person = CanonicalPerson("p1", "Jane Roe", "AAA", ["Jane Röe"],
                             [Attribution("minister of defense", "2024-01-01",
                                                                                "2024-03-01", 3)])
    store.save_persons([person])
    assert list(store.iter_persons()) == [person]
    store.save_extraction("a", Extraction("a", [event(PARAS[0])]))
    store.link_persons({("a", 0, 0): "p1"})
    assert store.conn.execute("SELECT person_id FROM event_persons").fetchone()[0] == "p1"
    conflict = Conflict("date", {"2024-03-11": [Attestation("a", "en", PARAS[0])],
                                 "2024-03-12": [Attestation("b")]})
    store.save_conflicts([("e1", conflict)])
    store.save_conflicts([("e1", conflict)])
    assert list(store.iter_conflicts()) == [("e1", conflict)]


@pytest.mark.sqlite_only("an SQLite trigger makes the insert fail (its PostgreSQL twin: "
                         "tests/store/test_postgres_twins.py)")
def test_a_failed_batch_leaves_nothing(store: SQLiteStore, tools: tuple[PackRegistry, Detector]) -> None:
    good = art(tools, "good", PARAS[0])
    broken = art(tools, "broken", PARAS[1], line=2)
    # JSON-encodable through default=str: make the insert itself fail instead
    broken.extra = {"bad": object()}
    store.conn.execute("CREATE TRIGGER no_broken BEFORE INSERT ON articles WHEN new.id = 'broken' "
                       "BEGIN SELECT RAISE(ABORT, 'boom'); END")
    with pytest.raises(StoreError):
        store.add_articles([good, broken])
    assert store.count_articles() == 0
    assert isinstance(store.conn, sqlite3.Connection) and not store.conn.in_transaction
