"""The `milwatch` command run as a user runs it, in a subprocess (`from support.cli import ...`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def milwatch_command() -> list[str]:
    """The venv's console script (pyproject: milwatch = "milwatch.cli:main"), else the same entry point."""
    script = Path(sys.executable).parent / "milwatch"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-c", "from milwatch.cli import main; main()"]


def clean_env(config: Path) -> dict[str, str]:
    """This environment without MILWATCH_* variables, its settings file `config` (which may not exist)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MILWATCH_")}
    env["MILWATCH_CONFIG"] = str(config)
    return env


# A user's officials file (named in the settings file) that renames an invented official, and a report the
# packs would otherwise give as "Ivan Testov": tests/test_pipeline_config.py and its Spark counterpart.
OFFICIALS = """[[official]]
name = "Zoran Examplovich"
country = "BLR"
aliases = ["Иван Тестов"]
roles = [{ value = "minister of defense", from = "2020-01" }]
"""
TEXT = ("Министр обороны Беларуси Иван Тестов встретился 12 марта 2024 года в Минске с "
        "министром обороны Вьетнама "
        "Фан Ван Зянгом. Стороны подписали меморандум о военном сотрудничестве.")
ARTICLE = {"id": "ru-cfg-1", "text": TEXT, "published": "2024-03-12", "lang": "ru"}


def officials_settings(folder: Path) -> Path:
    """`folder`/officials.toml (OFFICIALS) and the settings file `folder`/config.toml naming it; that file."""
    (folder / "officials.toml").write_text(OFFICIALS, encoding="utf-8")
    config = folder / "config.toml"
    config.write_text(f'officials_files = "{folder / "officials.toml"}"\n', encoding="utf-8")
    return config


def invoke(db: Path, *args: str) -> tuple[int, str, str]:
    """`milwatch ARGS --db DB` in this process (click's test runner): (exit code, stdout, stderr)."""
    from click.testing import CliRunner

    from milwatch.cli import main

    result = CliRunner().invoke(main, [*args, "--db", str(db)], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr
