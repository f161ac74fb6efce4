"""The `milwatch` command line: a click group whose commands are the modules of this package.

Every module `milwatch/cli/<name>.py` (not starting with "_") is the command
`<name>` (underscores become dashes) and exports it as `command`.  Modules are
imported only when their command runs, so `milwatch --help` stays fast.  Add a
command by adding a module, and document it in docs/cli.md (a test checks).
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import click

from milwatch import __version__
from milwatch.errors import MilwatchError


class CommandPackage(click.Group):
    """A group that finds its commands in the modules of a package and turns MilwatchError into exit codes."""

    def __init__(self, *args: Any, package: str, path: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.package, self.path = package, path

    def list_commands(self, ctx: click.Context) -> list[str]:
        names = {m.name.replace("_", "-")
                 for m in pkgutil.iter_modules(self.path) if not m.name.startswith("_")}
        return sorted(names | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        if cmd_name not in self.list_commands(ctx):
            return None
        module = importlib.import_module(f"{self.package}.{cmd_name.replace('-', '_')}")
        command = getattr(module, "command", None)
        return command if isinstance(command, click.Command) else None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MilwatchError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=CommandPackage, package=__name__, path=__path__,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="milwatch")
def main() -> None:
    """milwatch: an offline, multilingual monitor of defense diplomacy in the news."""


__all__ = ["main"]
