"""The README's Quick start, the scripts behind it, .ci/run, and docs/cli.md covering every command."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest

from milwatch.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
CLI_DOC = ROOT / "docs" / "cli.md"


def quick_start_commands() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = re.search(r"^## Quick start\n(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    assert section, "README has no '## Quick start' section"
    blocks = re.findall(r"^```(\w*)\n(.*?)^```", section.group(1), re.MULTILINE | re.DOTALL)
    assert len(blocks) == 1 and blocks[0][0] == "sh", "Quick start must hold exactly one ```sh block"
    return [line.strip() for line in blocks[0][1].splitlines() if line.strip() and not line.startswith("#")]


def test_quick_start_has_two_commands_that_exist() -> None:
    commands = quick_start_commands()
    assert commands == ["./scripts/demo.sh", "./scripts/test.sh"]
    for command in commands:
        script = ROOT / command
        assert script.is_file() and os.access(script, os.X_OK), f"{command} is missing or not executable"
    assert "var/milwatch.db" in README.read_text(encoding="utf-8")


def test_ci_runs_the_second_command() -> None:
    ci = ROOT / ".ci" / "run"
    assert ci.is_file() and os.access(ci, os.X_OK)
    assert "./scripts/test.sh" in ci.read_text(encoding="utf-8")
    test_script = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    assert "pytest" in test_script and '"$rc" -eq 5' in test_script and "-m venv" in test_script


def test_test_script_treats_no_tests_as_failure(tmp_path: Path) -> None:
    """scripts/test.sh turns pytest's exit code 5 (nothing collected) into a failure."""
    empty = tmp_path / "empty_tests"
    empty.mkdir()
    env = {**os.environ, "MILWATCH_VENV": sys.prefix, "MILWATCH_SKIP_INSTALL": "1"}
    proc = subprocess.run([str(ROOT / "scripts" / "test.sh"), str(empty), "-q", "-p", "no:cacheprovider"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and "no tests" in proc.stderr


@pytest.mark.slow
def test_demo_script_runs_the_main_job_on_the_sample(tmp_path: Path) -> None:
    """The first command, with the already installed environment (installing is the script's first step)."""
    db = tmp_path / "demo.db"
    env = {**os.environ, "MILWATCH_VENV": sys.prefix, "MILWATCH_SKIP_INSTALL": "1",
           "MILWATCH_DB_PATH": str(db)}
    proc = subprocess.run([str(ROOT / "scripts" / "demo.sh")], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "stored 9" in proc.stdout and "near-duplicates 1" in proc.stdout
    assert "Traceback" not in proc.stderr and db.exists()


def _commands() -> dict[str, click.Command]:
    ctx = click.Context(main)
    return {name: main.get_command(ctx, name) for name in main.list_commands(ctx)}  # type: ignore[misc]


def test_every_command_and_option_is_documented() -> None:
    """Each command has a `## milwatch <name>` section (docs/cli.md, or any docs/*.md) naming every option."""
    sections: dict[str, str] = {}
    for doc in sorted((ROOT / "docs").glob("*.md")):
        text = doc.read_text(encoding="utf-8")
        sections.update(re.findall(r"^## milwatch ([\w-]+)\n(.*?)(?=^## |\Z)", text,
                                   re.MULTILINE | re.DOTALL))
    assert "ingest" in sections and CLI_DOC.exists()
    commands = _commands()
    assert {"ingest", "stats", "show"} <= set(commands)
    for name, command in commands.items():
        assert command is not None, f"milwatch/cli/{name}.py does not export `command`"
        assert command.name == name, f"milwatch/cli/{name}.py exports a command named {command.name!r}"
        assert name in sections, f"no '## milwatch {name}' section in docs/cli.md (or another docs/*.md)"
        for param in command.params:
            if isinstance(param, click.Option):
                longest = max(param.opts, key=len)
                assert f"`{longest}" in sections[name], f"docs/cli.md: milwatch {name} {longest} undocumented"
