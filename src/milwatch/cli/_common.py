"""Helpers shared by the command modules: common options, settings, opening the store, paths."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from milwatch.settings import Settings, load_settings
from milwatch.store import Store, open_store

F = TypeVar("F", bound=Callable[..., Any])


def db_option(func: F) -> F:
    """`--db FILE`: the SQLite database (default from settings: var/milwatch.db)."""
    return click.option(
        "--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
        help="SQLite database file [default: var/milwatch.db, or MILWATCH_DB_PATH].",
    )(func)


def json_option(func: F) -> F:
    """`--json`: machine-readable output."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")(func)


def settings_from(**flags: Any) -> Settings:
    """Settings with the command's flags on top (None means "not given")."""
    if "db" in flags:
        flags["db_path"] = flags.pop("db")
    return load_settings(overrides=flags)


def open_db(settings: Settings, create: bool = False) -> Store:
    return open_store(settings.db_path, create=create, near_dup_threshold=settings.near_dup_threshold,
                      minhash_perm=settings.minhash_perm, minhash_bands=settings.minhash_bands)


def show_path(path: str) -> str:
    """A path as short as possible for messages: relative to the working directory when inside it."""
    if not path:
        return "?"
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel
