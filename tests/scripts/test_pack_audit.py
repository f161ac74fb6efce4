"""scripts/pack_audit.py on a self-written pack and corpus: which entries carry one article,
why they count as specific, how one entry is removed from its TOML file, and ablation."""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from milwatch.packs import PackRegistry
from milwatch.packs.loader import BASE, PACKS_DIR
from support.modules import load_file

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "pack_audit.py"

PACK = {
    "pack.toml": 'code = "en"\nname = "English"\nscript = "Latin"\ndate_order = "MDY"\n'
                 "adjectives_capitalised = true\n",
    "triggers.toml": (
        'meeting = [\n  "held talks", "met",\n  "exchanged views on regional security",\n'
        '  "ruritania visit", "rokn", "shangri-la",\n]\n'
        'intent = ["agreed to", "2+2 dialogue"]\n'
        'defense_context = ["defence", "navy"]\n'
        'mode_visit = ["met"]\n'
    ),
    "markers.toml": 'future = ["will"]\n',
    "doc_types.toml": '[doc_types]\nmemorandum = ["memorandum of understanding", "memorandum"]\n',
}

ARTICLES = {
    "dev": [
        ("t-1", "Defence Minister Anna Berg of Sweden held talks with Defence Minister "
                "Paul Lenz of Norway in "
                "Oslo on Monday. They exchanged views on regional security."),
        ("t-2", "Navy chiefs of Sweden and Norway held talks in Stockholm. The Ruritania "
                "visit of the Navy chief "
                "was delayed; the ROKN was mentioned."),
    ],
    "wide": [
        ("t-3", "The defence ministers of Sweden and Norway met at the Shangri-La forum and agreed to hold a "
                "2+2 dialogue. They signed a memorandum of understanding."),
        ("t-4", "The weather was fine. Nothing else happened."),
    ],
}

GOLD_MEETINGS = {"t-1": "2025-05-05", "t-2": None}  # the dev articles' one event each, found by "held talks"


@pytest.fixture(scope="module")
def audit() -> ModuleType:
    return load_file("pack_audit", SCRIPT)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(packs root with the real `_base` and the fixture `en`, corpus folder with dev and wide)."""
    tmp = tmp_path_factory.mktemp("audit")
    packs = tmp / "packs"
    shutil.copytree(PACKS_DIR / BASE, packs / BASE)
    (packs / "en").mkdir()
    for name, text in PACK.items():
        (packs / "en" / name).write_text(text, encoding="utf-8")
    for set_name, rows in ARTICLES.items():
        (tmp / "corpus" / set_name).mkdir(parents=True)
        lines = [json.dumps({"id": i, "lang": "en", "published": "2025-05-05", "title": None, "text": text,
                             "relevant": i in GOLD_MEETINGS, "story": i, "events": [
                                 {"type": "meeting", "countries": ["NOR", "SWE"], "date": GOLD_MEETINGS[i],
                                  "historical": False}] if i in GOLD_MEETINGS else []}) for i, text in rows]
        (tmp / "corpus" / set_name / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return packs, tmp / "corpus"


def test_lists_specific_single_article_entries(audit: ModuleType, world: tuple[Path, Path]) -> None:
    packs, corpus = world
    registry = PackRegistry(packs)
    gold = audit.load_gold(corpus, ["dev", "wide"], registry)
    listed = {(e.where, e.phrase): (article, reason) for e, article, reason in
              audit.audit("en", gold, registry, audit.STEMS)}
    assert listed[("triggers.meeting", "exchanged views on regional security")] == ("t-1", "5 words")
    assert listed[("triggers.meeting", "ruritania visit")][1].startswith(("name", "capitalised"))
    assert listed[("triggers.meeting", "rokn")] == ("t-2", "acronym 'ROKN'")
    article, reason = listed[("triggers.meeting", "shangri-la")]  # a forum's name (now also a place of _base)
    assert article == "t-3" and reason in ("capitalised 'Shangri-La'", "name 'Shangri-La'")
    assert listed[("triggers.intent", "2+2 dialogue")] == ("t-3", "number")
    assert listed[("doc_types.doc_types.memorandum", "memorandum of understanding")] == ("t-3", "3 words")
    # two articles, or one article but ordinary words: not listed
    assert ("triggers.meeting", "held talks") not in listed
    assert ("triggers.meeting", "met") not in listed
    assert ("doc_types.doc_types.memorandum", "memorandum") not in listed
    everything = {(e.where, e.phrase)
                  for e, _, _ in audit.audit("en", gold, registry, audit.STEMS, single_only=True)}
    assert ("triggers.meeting", "met") in everything and ("triggers.mode_visit", "met") in everything
    assert ("triggers.meeting", "held talks") not in everything


def test_counts_distinct_articles_with_the_pack_boundaries(audit: ModuleType,
                                                           world: tuple[Path, Path]) -> None:
    packs, corpus = world
    registry = PackRegistry(packs)
    gold = audit.load_gold(corpus, ["dev", "wide"], registry)
    entries = audit.pack_entries(packs / "en", audit.STEMS)
    hits = {(e.where, e.phrase): ids for e, ids in
            audit.count_articles(registry.get("en"), entries, gold.of_lang("en")).items()}
    assert sorted(hits[("triggers.meeting", "held talks")]) == ["t-1", "t-2"]
    assert hits[("triggers.defense_context", "navy")] == ["t-2"]  # "Navy" twice in t-2 is one article
    assert hits[("doc_types.doc_types.memorandum", "memorandum")] == ["t-3"]  # not inside "memorandums"
    assert hits[("markers.future", "will")] == []


def test_remove_entry_removes_one_string_of_one_key(audit: ModuleType) -> None:
    text = PACK["triggers.toml"]
    for entry, key in ((audit.Entry("triggers", "meeting", None, "met"), "meeting"),
                       (audit.Entry("triggers", "meeting", None, "shangri-la"), "meeting"),
                       (audit.Entry("triggers", "intent", None, "2+2 dialogue"), "intent"),
                       (audit.Entry("triggers", "mode_visit", None, "met"), "mode_visit")):
        before, after = tomllib.loads(text), tomllib.loads(audit.remove_entry(text, entry))
        assert after[key] == [p for p in before[key] if p != entry.phrase]
        assert {k: v for k, v in after.items() if k != key} == {k: v for k, v in before.items() if k != key}
    doc = audit.remove_entry(PACK["doc_types.toml"],
                             audit.Entry("doc_types", "doc_types", "memorandum", "memorandum"))
    assert tomllib.loads(doc) == {"doc_types": {"memorandum": ["memorandum of understanding"]}}
    with pytest.raises(ValueError):
        audit.remove_entry(text, audit.Entry("triggers", "meeting", None, "absent"))


def test_ablation_reports_f1_per_set_with_the_entry_removed(audit: ModuleType,
                                                            world: tuple[Path, Path]) -> None:
    packs, corpus = world
    registry = PackRegistry(packs)
    gold = audit.load_gold(corpus, ["dev", "wide"], registry)
    entries = [audit.Entry("triggers", "meeting", None, "held talks"),
               audit.Entry("markers", "future", None, "will")]
    before, after = audit.ablate(gold, "en", entries, packs)
    assert set(before) == {"dev", "wide", "lang:en"}
    assert set(after) == set(entries)
    assert before["dev"] == 1.0
    assert after[entries[0]]["dev"] < before["dev"]  # both dev meetings hang on "held talks"
    assert after[entries[1]] == before  # "will" matches nothing
    # the copy was edited
    assert (packs / "en" / "triggers.toml").read_text(encoding="utf-8") == PACK["triggers.toml"]
