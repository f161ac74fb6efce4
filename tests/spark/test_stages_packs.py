"""The Spark partition function uses the packs root the driver checked (MILWATCH_PACKS_DIR reaches the
executors), and a pack that does not load fails the task with its PackError instead of counting the
article as a failed extraction.  Plain Python: `process_partition` imports no pyspark."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from milwatch.errors import PackError
from milwatch.extract.engine import Extractor
from milwatch.model import Article, Origin
from milwatch.packs.cache import PackCache
from milwatch.packs.loader import BASE, PACKS_DIR, PackRegistry
from milwatch.settings import Settings
from milwatch.spark._stages import _extract, process_partition

TEXT = ("Der Verteidigungsminister von Alphaland besuchte am Dienstag Betaland. Die beiden Minister "
        "unterzeichneten ein Abkommen über die Ausbildung von Offizieren.")


def article() -> Article:
    return Article(id="sp-de-1", text=TEXT, lang_hint="de", origin=Origin("test", 1))


def packs_copy(tmp_path: Path) -> Path:
    root = tmp_path / "packs"
    for name in (BASE, "de", "en"):
        shutil.copytree(PACKS_DIR / name, root / name)
    return root


def break_triggers(root: Path) -> Path:
    path = root / "de" / "triggers.toml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(1, 'meetings = ["treffen"]\n')  # a key the schema does not allow, on line 2
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_partition_reads_the_packs_root_it_is_given(tmp_path: Path) -> None:
    root = packs_copy(tmp_path)
    rows = list(process_partition([(1, article())], Settings(), "2026-01-01T00:00:00+00:00", packs_root=root))
    assert [r[0] for r in rows] == ["a"] and rows[0][3] is not None  # extracted with the copy
    path = break_triggers(root)
    with pytest.raises(PackError) as caught:
        list(process_partition([(1, article())], Settings(), "2026-01-01T00:00:00+00:00", packs_root=root))
    assert caught.value.path == str(path) and caught.value.line == 2


def test_a_pack_error_in_extraction_is_not_a_failed_article(tmp_path: Path) -> None:
    root = packs_copy(tmp_path)
    path = break_triggers(root)
    extractor = Extractor(PackRegistry(root, cache=PackCache(None)))
    with pytest.raises(PackError) as caught:
        _extract(extractor, article())
    assert caught.value.path == str(path)
