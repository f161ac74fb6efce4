"""MILWATCH_DB_URL names the database like MILWATCH_DB_PATH (a postgresql:// URL reads naturally there)."""

from __future__ import annotations

from milwatch.settings import load_settings


def test_db_url_sets_the_database() -> None:
    settings = load_settings(env={"MILWATCH_DB_URL": "postgresql://localhost/milwatch"})
    assert str(settings.db_path).startswith("postgresql:")


def test_db_path_wins_over_db_url() -> None:
    settings = load_settings(env={"MILWATCH_DB_URL": "postgresql://localhost/a", "MILWATCH_DB_PATH": "b.db"})
    assert str(settings.db_path) == "b.db"


def test_without_either_the_default_stays() -> None:
    assert load_settings(env={}).db_path == load_settings(env={"MILWATCH_OTHER": "x"}).db_path
