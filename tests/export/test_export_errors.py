"""Exports raise the error tree's ExportError (a MilwatchError and a ValueError) for what they do not have."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from milwatch.errors import ExportError, MilwatchError
from milwatch.export import write_export
from milwatch.store import open_store
from milwatch.store.queries import EventFilter


def test_unknown_format_and_level_are_export_errors(tmp_path: Path) -> None:
    store = open_store(tmp_path / "e.db")
    try:
        with pytest.raises(ExportError, match="unknown export format 'xml'"):
            write_export(store, "xml", EventFilter(), io.BytesIO())
        with pytest.raises(ExportError, match="unknown export level 'story'") as caught:
            write_export(store, "jsonl", EventFilter(), io.BytesIO(), level="story")
    finally:
        store.close()
    assert isinstance(caught.value, MilwatchError) and isinstance(caught.value, ValueError)
    assert caught.value.exit_code == 2
