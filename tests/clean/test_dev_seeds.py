"""The clean stage on the seed articles of the dev set (read from ../shared, never copied):
every gold evidence sentence survives, the boilerplate lines are gone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from milwatch.clean import clean_article
from milwatch.ingest import ReadOptions, read_paths
from milwatch.model import Article
from milwatch.packs import PackRegistry

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev" / "seeds.jsonl"

# Boilerplate of each seed: substrings that must not survive cleaning (a byline,
# source and comment lines, read counters, tag/ticker lines, photo credits, the
# related-news block and the lone "|" separators of its listing).
GONE = {
    "dev-s000": ["Phuong Lien", "Quelle:", "Kommentar (0)"],
    "dev-s001": [],
    "dev-s002": ["Ái Vân", "Photo: Ai Van", "RELATED NEWS", "Thaksin", "teachers", "HƯƠNG NHA", "\n|\n"],
    "dev-s003": ["Gelesen:", "Tags:", "Newsticker"],
    "dev-s004": ["Gelesen:", "Tags:", "Newsticker"],
}

pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="shared dev corpus not available")


@pytest.fixture(scope="module")
def cleaned() -> dict[str, tuple[Article, dict[str, object]]]:
    registry = PackRegistry()
    gold = {json.loads(line)["id"]: json.loads(line)
            for line in SEEDS.read_text(encoding="utf-8").splitlines()}
    out = {}
    for article in read_paths([SEEDS], ReadOptions()):
        assert isinstance(article, Article)
        out[article.id] = (clean_article(article, registry.get(gold[article.id]["lang"])), gold[article.id])
    return out


@pytest.mark.parametrize("seed", sorted(GONE))
def test_every_evidence_sentence_survives(cleaned: dict[str, tuple[Article, dict[str, object]]],
                                          seed: str) -> None:
    article, gold = cleaned[seed]
    events = gold["events"]
    assert isinstance(events, list) and events
    for event in events:
        assert event["evidence"] in (article.clean_text or ""), event["evidence"][:80]


@pytest.mark.parametrize("seed", sorted(GONE))
def test_boilerplate_lines_are_gone(cleaned: dict[str, tuple[Article, dict[str, object]]], seed: str) -> None:
    article, _gold = cleaned[seed]
    text = article.clean_text or ""
    for gone in GONE[seed]:
        assert gone not in text, gone
    assert len(text) < len(article.text) or not GONE[seed]


def test_no_body_line_is_lost(cleaned: dict[str, tuple[Article, dict[str, object]]]) -> None:
    """Every raw line with 12+ words survives (spacing aside; a repeat may be dropped) unless it is in
    the related-news block; a caption loses only its photo credit."""
    for seed, (article, _gold) in cleaned.items():
        text = " ".join((article.clean_text or "").split())
        related = article.text.find("RELATED NEWS")
        for line in article.text.splitlines():
            line = line.strip()
            if len(line.split()) < 12 or (related >= 0 and article.text.find(line) > related):
                continue
            if "Photo:" in line:
                line = line[: line.index("Photo:")].strip()
            assert " ".join(line.split()) in text, (seed, line[:80])


def test_char_map_points_into_the_raw_text(cleaned: dict[str, tuple[Article, dict[str, object]]]) -> None:
    for article, _gold in cleaned.values():
        assert article.clean_map is not None and article.clean_text is not None
        for i, ch in enumerate(article.clean_text):
            assert article.text[article.clean_map[i]] == ch
