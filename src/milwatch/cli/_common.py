"""Helpers shared by the command modules: common options, settings, opening the store, paths."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any, TypeVar

import click

from milwatch.parallel import resolve_workers
from milwatch.settings import Settings, load_settings
from milwatch.store import Store, open_store
from milwatch.store.base import store_url
from milwatch.store.postgres import shown_location

F = TypeVar("F", bound=Callable[..., Any])
CLOSED_PIPE_EXIT = 141  # 128 + SIGPIPE: what a shell shows for `yes | head`


def quiet_on_closed_pipe(func: F) -> F:
    """Stop quietly when the reader of standard output goes away (`milwatch events --json | head`).

    The command's output is flushed inside, so a closed pipe surfaces here and not at exit;
    standard output is then pointed at /dev/null (Python's own flush at exit cannot fail again)
    and the command exits with 141, as a program ended by SIGPIPE, without a message.  Put it
    directly on the command function, under the click decorators.
    """
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            result = func(*args, **kwargs)
            sys.stdout.flush()
            return result
        except BrokenPipeError:
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
                os.close(devnull)
            except (OSError, ValueError, AttributeError):
                pass  # not a real file (a test runner's buffer): nothing will be flushed to a pipe
            raise click.exceptions.Exit(CLOSED_PIPE_EXIT) from None
    return wrapper  # type: ignore[return-value]


def db_option(func: F) -> F:
    """`--db FILE`: the SQLite database (default from settings: var/milwatch.db)."""
    return click.option(
        "--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
        help="SQLite database file [default: var/milwatch.db, or MILWATCH_DB_PATH].",
    )(func)


def json_option(func: F) -> F:
    """`--json`: machine-readable output."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")(func)


def _workers(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None or value.strip().lower() == "auto" or (value.strip().isdigit()):
        return value
    raise click.BadParameter(f"{value!r} is neither 'auto' nor a number of processes (0, 1, 2, ...)")


def workers_option(func: F) -> F:
    """`--workers N|auto`: processes for the extraction (and the cleaning and language detection before
    it)."""
    return click.option(
        "--workers", "workers", metavar="N|auto", default=None, callback=_workers,
        help="Processes that extract (and clean, and detect languages) while this one reads and writes the "
             "database; 0 or 1 = all in this process [default: auto, one per core; or MILWATCH_WORKERS].",
    )(func)


def workers_from(flag: str | None, settings: Settings) -> int:
    """Worker processes for the stages: the flag, else the workers setting (-1 = auto = one per core)."""
    return resolve_workers(flag if flag is not None else settings.workers)


def settings_from(**flags: Any) -> Settings:
    """Settings with the command's flags on top (None means "not given")."""
    if "db" in flags:
        flags["db_path"] = flags.pop("db")
    return load_settings(overrides=flags)


def open_db(settings: Settings, create: bool = False) -> Store:
    return open_store(settings.db_path, create=create, near_dup_threshold=settings.near_dup_threshold,
                      minhash_perm=settings.minhash_perm, minhash_bands=settings.minhash_bands)


def echo_summary(summary: Any, settings: Settings, as_json: bool, line: str, **extra: Any) -> None:
    """A run's summary (a dataclass with `seconds`): with --json its fields, the seconds rounded, the database
    and `extra` as one JSON line; else the human `line`."""
    if as_json:
        click.echo(json.dumps(asdict(summary) | {"seconds": round(summary.seconds, 3),
                                                 "database": shown_location(settings.db_path)} | extra))
    else:
        click.echo(line)


def show_path(path: str) -> str:
    """A path as short as possible for messages: relative to the working directory when inside it; a database
    URL unfolded and without its password."""
    if not path:
        return "?"
    if store_url(path) is not None:
        return shown_location(path)
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel
