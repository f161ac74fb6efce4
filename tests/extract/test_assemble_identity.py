"""The events of an article do not depend on the process's memory layout.

`assemble` keeps tables keyed by id() of the events it makes; an event merged into another one used to be
freed at once, and the next event made could take its id() and with it its entries: a pledge of a Shanghai
Cooperation Organisation meeting (wide dev-g013) was dated by its publication day when its pack was built in
the process and left undated when the pack came from the disk cache, because the cache changed where
objects lay in memory.  Here the same article runs in fresh processes: pack built without a cache, built
into an empty cache, loaded from that cache, and after fifty other articles.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

WIDE = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "wide"

SCRIPT = r"""
import json, sys
from milwatch.extract.engine import Extractor
from milwatch.langid import Detector
from milwatch.model import Article
from milwatch.packs import PackRegistry
from milwatch.pipeline import prepare

rows = [json.loads(line) for line in sys.stdin if line.strip()]
registry = PackRegistry()
extractor, detector = Extractor(registry), Detector()
for row in rows:
    article = Article(id=row["id"], text=row["text"], title=row.get("title"), lang=row["lang"],
                      lang_hint=row["lang"], published=row.get("published"), source_url=row.get("source_url"))
    prediction = extractor.extract(prepare(article, registry, detector)).to_prediction()
print(json.dumps(prediction, sort_keys=True))
"""


def _rows() -> list[dict[str, object]]:
    rows = [json.loads(line) for path in sorted(WIDE.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not rows:
        pytest.skip(f"the wide set is not under {WIDE}")
    return rows


def _last_prediction(rows: list[dict[str, object]], cache: str) -> dict[str, object]:
    env = {**os.environ, "MILWATCH_CACHE_DIR": cache}
    done = subprocess.run([sys.executable, "-c", SCRIPT], input="\n".join(json.dumps(r) for r in rows),
                          capture_output=True, text=True, env=env, timeout=600, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_an_article_gives_the_same_events_however_its_pack_was_made(tmp_path: Path) -> None:
    rows = _rows()
    target = [r for r in rows if r["id"] == "dev-g013"]
    assert target, "dev-g013 is the article this test was written for"
    others = [r for r in rows if r["lang"] == "en" and r["id"] != "dev-g013"][:50]
    cache = str(tmp_path / "cache")
    without = _last_prediction(target, "off")
    built = _last_prediction(target, cache)  # an empty cache: built, then saved
    loaded = _last_prediction(target, cache)  # from the cache
    after_others = _last_prediction([*others, *target], cache)
    assert built == without
    assert loaded == without
    assert after_others == without
    pledges = [e for e in without["events"] if e["type"] == "intent"]  # type: ignore[union-attr]
    assert pledges and all(e["date"] for e in pledges)  # the pledge of that day's meeting has its day
