"""Input paths of `ingest` and `predict`: named symbolic links that lead nowhere, and `--strict`."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])
STRICT_SHOWN = 50  # records listed by a failing --strict run (the rest are counted)


def broken_link(path: Path) -> str | None:
    """Why a named path that is a symbolic link cannot be followed (dangling, looping), else None."""
    if not os.path.islink(path) or os.path.exists(path):
        return None
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
    return f"dangling symbolic link (to {os.readlink(path)})"


def input_paths(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """Callback of a path argument (click.Path without `exists`): a missing path is refused as click
    would; a symbolic link leading nowhere is let through (the reader reports it as quarantined)
    unless `--strict` was given, which refuses it."""
    paths: Sequence[Path] = value if isinstance(value, tuple) else (value,)
    strict = bool(ctx.params.get("strict"))
    for path in paths:
        if str(path) == "-" or os.path.exists(path):
            continue
        why = broken_link(path)
        if why is None:
            raise click.BadParameter(f"Path {str(path)!r} does not exist.", ctx=ctx, param=param)
        if strict:
            raise click.BadParameter(f"{str(path)!r}: {why} (--strict)", ctx=ctx, param=param)
    return value


def strict_option(func: F) -> F:
    """`--strict`: exit non-zero when any record was quarantined or any input skipped, listing them.

    Eager, so that the path callback knows it whatever the order on the command line."""
    return click.option(
        "--strict", is_flag=True, is_eager=True,
        help="Exit with code 1, listing them, when any record was quarantined or any input skipped "
             "(a dangling symbolic link named on the command line is then refused).",
    )(func)


def problem_list(lines: Sequence[str], extra: int = 0) -> str:
    """The first STRICT_SHOWN lines, indented, and how many more there are."""
    shown = [f"  {line}" for line in lines[:STRICT_SHOWN]]
    more = len(lines) - len(shown) + extra
    if more > 0:
        shown.append(f"  ... and {more} more (milwatch stats counts the quarantine table)")
    return "\n".join(shown)
