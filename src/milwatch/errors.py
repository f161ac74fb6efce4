"""One error tree for milwatch.  Only the CLI turns these into exit codes.

Every error milwatch raises on purpose is a MilwatchError defined here; modules import them from here
(tests/test_architecture.py fails on an exception class defined anywhere else).
"""

from __future__ import annotations


class MilwatchError(Exception):
    """Base class of every error milwatch raises on purpose."""

    exit_code = 1


class PackError(MilwatchError):
    """A language pack file is missing, unparsable or fails its schema: a broken installation (or a pack
    being edited), so commands stop before reading anything rather than blame their input."""

    exit_code = 2

    def __init__(self, path: str, message: str, key: str | None = None, line: int | None = None) -> None:
        self.path, self.key, self.line, self.reason = path, key, line, message
        where = path + (f":{line}" if line else "")
        what = f" [{key}]" if key else ""
        super().__init__(f"{where}{what}: {message}")


class InputError(MilwatchError):
    """A record of the input cannot be read; names the file and line."""

    exit_code = 2

    def __init__(self, where: str, message: str) -> None:
        self.where, self.reason = where, message
        super().__init__(f"{where}: {message}")


class StoreError(MilwatchError):
    """The database cannot be opened, migrated or written."""

    exit_code = 3


class ConfigError(MilwatchError):
    """A setting has an invalid value."""

    exit_code = 2


class ServeError(MilwatchError):
    """`milwatch serve` cannot listen on the address and port asked for (in use, not allowed, unknown
    host)."""

    exit_code = 1


class MissingExtraError(MilwatchError):
    """A feature needs a package of an optional extra that is not installed; names the extra to install."""

    exit_code = 1

    def __init__(self, feature: str, module: str, extra: str) -> None:
        self.feature, self.module, self.extra = feature, module, extra
        super().__init__(f"{feature} needs {module}, which is not installed: "
                         f"pip install 'milwatch[{extra}]' (or pip install {module})")


class SparkError(MilwatchError):
    """`milwatch spark` cannot start or finish a Spark job (no Java, a bad --master, a failed task)."""

    exit_code = 1


class StrictError(MilwatchError):
    """`--strict`: the run read its input but quarantined or skipped some of it (listed in the message)."""

    exit_code = 1


class NotFoundError(MilwatchError):
    """No article, event, story or official has the id or name asked for (`milwatch show`,
    `milwatch person`)."""

    exit_code = 4


class UnknownPersonError(MilwatchError, KeyError):
    """No person of the officials registry has this id (nor was merged into one)."""

    exit_code = 2


class UnknownCountryError(MilwatchError):
    """A country given on the command line is no code or name milwatch knows."""

    exit_code = 2


class ExportError(MilwatchError, ValueError):
    """An export is asked for a format or level it does not have (the CLI's choices never are)."""

    exit_code = 2


class QueryError(MilwatchError):
    """A bad filter value, search or cursor of a store query."""

    exit_code = 2


class WatchlistError(MilwatchError):
    """A watchlist is given bad criteria, an unknown name, or a name already taken."""

    exit_code = 2
