"""The world model over a real store: the three seed reports of the Hanoi talks become one
story, one canonical meeting and one canonical agreement with a document-type conflict;
officials edits survive a rebuild."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from milwatch.extract.engine import Extractor
from milwatch.langid import Detector
from milwatch.model import Article
from milwatch.packs import PackRegistry
from milwatch.pipeline import extract_stored, ingest
from milwatch.resolve import merge_events
from milwatch.store import open_store
from milwatch.world import build_registry, edit_officials

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "seeds.jsonl"
HANOI = ("dev-s000", "dev-s001", "dev-s002")

pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="../shared/corpus/dev is not beside the checkout")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    rows = [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [Article(id=r["id"], text=r["text"], title=r.get("title"), published=r.get("published"),
                        source_url=r.get("source_url")) for r in rows]
    db = open_store(tmp_path_factory.mktemp("world") / "world.db")
    registry = PackRegistry()
    ingest(articles, db, registry, Detector())
    extract_stored(db, Extractor(registry))
    yield db
    db.close()


def _canonical(store):  # type: ignore[no-untyped-def]
    registry, mentions = build_registry(store)
    return merge_events(mentions, registry)


def test_hanoi_reports_are_one_story(store) -> None:  # type: ignore[no-untyped-def]
    stories = store.get_stories()
    assert len({stories[a] for a in HANOI}) == 1
    assert stories["dev-s003"] not in {stories[a] for a in HANOI}


def test_hanoi_talks_are_one_meeting_and_one_agreement_with_a_doc_type_conflict(store) -> None:  # type: ignore[no-untyped-def]
    news = [e for e in _canonical(store) if not e.historical and e.countries == ["AZE", "VNM"]
            and e.date == "2025-09-04"]
    meetings = [e for e in news if e.type == "meeting"]
    agreements = [e for e in news if e.type == "agreement"]
    assert len(meetings) == 1 and len(agreements) == 1
    assert set(meetings[0].article_ids) == set(HANOI)
    assert set(agreements[0].article_ids) == set(HANOI)
    doc = [c for c in agreements[0].conflicts if c.field == "doc_type"]
    assert doc and {"letter_of_intent", "protocol"} <= set(doc[0].values)
    names = {p.name for p in meetings[0].persons}
    assert {"Phan Van Giang", "Zakir Hasanov"} <= names


def test_conflicts_and_officials_are_stored(store) -> None:  # type: ignore[no-untyped-def]
    conflicts = list(store.iter_conflicts())
    assert any(c.field == "doc_type" and {"letter_of_intent", "protocol"} <= set(c.values)
               for _k, c in conflicts)
    people = {p.name: p for p in store.iter_persons()}
    giang = people["Phan Van Giang"]
    assert giang.country == "VNM" and "Phan Văn Giang" in giang.aliases


def test_officials_edits_survive_a_rebuild(store) -> None:  # type: ignore[no-untyped-def]
    before = {p.id for p in store.iter_persons()}
    new_id = edit_officials(store, "split", "Zakir Hasanov", "Hasanov")
    assert new_id not in before and new_id in {p.id for p in store.iter_persons()}
    extract_stored(store, Extractor(PackRegistry()), force=True)  # re-extract: the split is replayed
    assert new_id in {p.id for p in store.iter_persons()}
    survivor = edit_officials(store, "merge", "Zakir Hasanov", new_id)
    extract_stored(store, Extractor(PackRegistry()), force=True)
    ids = {p.id for p in store.iter_persons()}
    assert survivor in ids and new_id not in ids
