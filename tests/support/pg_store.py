"""`MILWATCH_TEST_STORE=postgres`: the whole test suite on PostgreSQL (scripts/test.sh --store postgres).

In that mode every store a test names by a file path (`tmp_path / "m.db"`, the `kb_db` fixture, `--db PATH`,
MILWATCH_DB_PATH, a settings file's db_path) is a PostgreSQL database of its own instead: the path names
one database, made empty on first use (`mwt_<session>_<hash of the path>`), so each test, whose paths lie
in its own tmp_path, gets a fresh one, and every process that names the same path opens the same database.

* in the pytest process, tests/conftest.py calls `install` before any test module is imported:
  `milwatch.store.open_store` (the one door to a store) opens the path's database;
* in the processes the tests start (`milwatch ingest …`, `milwatch serve …`), a sitecustomize.py that
  tests/conftest.py puts on PYTHONPATH does the same, and first rewrites the command line as a user of
  PostgreSQL writes it: `--db PATH` becomes `--db postgresql://…`, MILWATCH_DB_PATH becomes MILWATCH_DB_URL.

Tests that are about SQLite itself (its file, PRAGMA checks, datasette) carry
`@pytest.mark.sqlite_only(reason)` and are skipped in this mode.  The databases are dropped when the session
ends.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.abc
import importlib.machinery
import os
import re
import subprocess
import sys
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

MODE_ENV = "MILWATCH_TEST_STORE"  # sqlite (default) | postgres
# "<server URL> <prefix>" for the processes tests start (clean_env keeps non-MILWATCH_)
CHILD_ENV = "MWTEST_PG"
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "postgres.sh"
DB_OPTIONS = ("--db", "--load")  # the options that name a store (milwatch spark --load DB)
SITECUSTOMIZE = """# written by tests/support/pg_store.py for MILWATCH_TEST_STORE=postgres
import importlib.util
spec = importlib.util.spec_from_file_location("milwatch_tests_pg_store", {path!r})
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
module.child_start()
"""


def wanted() -> bool:
    """True when this run is to use PostgreSQL (MILWATCH_TEST_STORE=postgres); other values than sqlite
    fail."""
    mode = os.environ.get(MODE_ENV, "sqlite").strip().lower() or "sqlite"
    if mode not in ("sqlite", "postgres", "postgresql"):
        raise SystemExit(f"{MODE_ENV}={mode!r}: use sqlite (the default) or postgres")
    return mode != "sqlite"


def start_server() -> str:
    """The URL of scripts/postgres.sh's server (installed and started when needed); exits when it cannot."""
    done = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise SystemExit(f"{MODE_ENV}=postgres: scripts/postgres.sh failed "
                         f"({done.returncode}):\n{done.stderr[-2000:]}")
    return done.stdout.strip().splitlines()[-1]


class PgTargets:
    """File paths -> databases of one PostgreSQL server, named by the path (the same in every process)."""

    def __init__(self, server: str, prefix: str) -> None:
        self.server = server
        self.prefix = prefix
        self.made: set[str] = set()
        self.paths: dict[str, str] = {}  # URL -> the path it stands for

    @staticmethod
    def new_prefix() -> str:
        return f"mwt_{uuid.uuid4().hex[:8]}_"

    def name_for(self, path: str) -> str:
        return self.prefix + hashlib.sha1(os.path.realpath(path).encode()).hexdigest()[:20]

    def url_for(self, location: Any) -> Any:
        """The URL of `location`'s database (made when missing); a URL or a non-path is returned unchanged."""
        text = str(location)
        if (re.match(r"^postgres(ql)?:", text) or "://" in text.removeprefix("sqlite:///")
            or text == ":memory:"):
            return location
        name = self.name_for(text.removeprefix("sqlite:///"))
        if name not in self.made:
            self._create(name)
            self.made.add(name)
        url = self.server.replace("/postgres?", f"/{name}?")
        self.paths[url] = text.removeprefix("sqlite:///")
        return url

    def mark_made(self, url: str) -> None:
        """An empty file at the path a created store stands for: a test asking whether its store exists sees
        it."""
        path = Path(self.paths.get(url, ""))
        if str(path) not in ("", ".") and not path.exists():
            with contextlib.suppress(OSError):
                path.parent.mkdir(parents=True, exist_ok=True)  # as SQLiteStore makes the folder
                path.touch()

    def _create(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.server, autocommit=True) as conn:
            if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
                return
            with contextlib.suppress(psycopg.errors.DuplicateDatabase, psycopg.errors.UniqueViolation):
                conn.execute(f'CREATE DATABASE "{name}"')  # (another process may make it first)

    def drop_all(self) -> int:
        """Drop this session's databases (those of the processes it started too); how many."""
        import psycopg

        with psycopg.connect(self.server, autocommit=True) as conn:
            names = [r[0] for r in conn.execute("SELECT datname FROM pg_database WHERE "
                                                "starts_with(datname, %s)",
                                                (self.prefix,)).fetchall()]
            for name in names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return len(names)

    def child_env_value(self) -> str:
        return f"{self.server} {self.prefix}"


def _patch(base: ModuleType, targets: PgTargets) -> None:
    """milwatch.store.base.open_store opens the database a path names (URLs pass unchanged)."""
    original: Callable[..., Any] = base.open_store
    if getattr(original, "milwatch_tests_pg", False):
        return

    def open_store(location: Any, create: bool = True, **options: Any) -> Any:
        url = targets.url_for(location)
        store = original(url, create=create, **options)
        unfolded = base.store_url(url) if create else None  # (a CLI's Path folds `//`)
        if unfolded is not None:
            targets.mark_made(unfolded)
        return store

    open_store.milwatch_tests_pg = True  # type: ignore[attr-defined]
    open_store.__doc__ = original.__doc__
    base.open_store = open_store
    # modules that took the name before: milwatch.store, and conftest
    for module in list(sys.modules.values()):
        if getattr(module, "open_store", None) is original:  # files pytest loads before configuring
            module.open_store = open_store  # type: ignore[attr-defined]


class _PatchOnImport(importlib.abc.MetaPathFinder):
    """Patches milwatch.store.base as soon as it is imported (before milwatch.store takes its open_store)."""

    def __init__(self, targets: PgTargets) -> None:
        self.targets = targets

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None) -> Any:
        if fullname != "milwatch.store.base":
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return spec
        loader, targets = spec.loader, self.targets

        class Loader(importlib.abc.Loader):
            def create_module(self, spec: Any) -> Any:
                return loader.create_module(spec)

            def exec_module(self, module: ModuleType) -> None:
                loader.exec_module(module)  # type: ignore[attr-defined]
                _patch(module, targets)

        spec.loader = Loader()
        return spec


def install(targets: PgTargets) -> None:
    """From now on in this process, a store path opens its PostgreSQL database."""
    base = sys.modules.get("milwatch.store.base")
    if base is not None:
        _patch(base, targets)
    else:
        sys.meta_path.insert(0, _PatchOnImport(targets))


class _StoreMeta(type):
    def __instancecheck__(cls, instance: object) -> bool:
        from milwatch.store import PostgresStore
        from milwatch.store.sqlite import SQLiteStore

        return isinstance(instance, (PostgresStore, SQLiteStore))


class SQLiteStoreOnPg(metaclass=_StoreMeta):
    """What the name `SQLiteStore` of a test module stands for in this mode: `SQLiteStore(path, …)` opens
    the path's PostgreSQL database (through open_store, so the store is the PostgresStore a user gets)."""

    def __new__(cls, location: Any, create: bool = True, **options: Any) -> Any:  # noqa: D102
        from milwatch.store.base import open_store

        return open_store(location, create=create, **options)


_TABLE_INFO = re.compile(r"^\s*PRAGMA\s+table_info\((\w+)\)\s*$", re.I)
_INSERT_INTO = re.compile(r"^\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+(\w+)", re.I)
_DATE_PLUS_DAYS = re.compile(r"date\('(\d{4}-\d\d-\d\d)',\s*'\+'\s*\|\|\s*(.+?)\s*\|\|\s*' days'\)")
_SELECT_ALL = re.compile(r"^(\s*SELECT\s+)\*(\s+FROM\s+(\w+))", re.I)


class _PgSqliteConnection:
    """What a test does with `sqlite3.connect(db)` (execute, fetch, commit, close), on the path's database:
    the store's own dialect translation (store/pg_sql.py); errors as sqlite3's (no such table: ...)."""

    def __init__(self, url: str) -> None:
        import psycopg

        from milwatch.store.pg_sql import PgConnection, row_factory

        self.raw = psycopg.connect(url, autocommit=True, row_factory=row_factory)
        self.pg = PgConnection(self.raw)
        self.pg.load_tables()
        self.row_factory: Any = None
        self.identity = {(t, c) for t, c in self.raw.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE is_identity = 'YES' "
            "AND table_schema = current_schema()").fetchall()}
        # the tables whose explicit `rowid` column stands for SQLite's hidden one: their other columns, in
        # order
        columns: dict[str, list[str]] = {}
        for table, column in self.raw.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position").fetchall():
            columns.setdefault(table, []).append(f'"{column}"')
        self.with_rowid = {t: [c for c in cols if c != '"rowid"'] for t, cols in columns.items()
                           if '"rowid"' in cols}

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        import sqlite3

        import psycopg

        info = _TABLE_INFO.match(sql)
        if info:  # (cid, name, type, notnull, default, pk) of the columns a row is written with
            table = self.pg.tables.get(info.group(1))
            return iter([(i, c.strip('"'), "", 0, None, 0)
                         for i, c in enumerate(table.columns if table else ())])
        insert = _INSERT_INTO.match(sql)
        for table, column in self.identity if insert else ():
            # the next row number after the last, as SQLite gives a rowid
            if insert and table == insert.group(1):
                self.raw.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                                 f"COALESCE(MAX({column}), 0) + 1, false) FROM {table}")
        sql = _DATE_PLUS_DAYS.sub(r"to_char(date '\1' + (\2)::int, 'YYYY-MM-DD')", sql)
        star = _SELECT_ALL.match(sql)
        if star and star.group(3) in self.with_rowid:  # SQLite's `SELECT *` leaves the rowid out
            sql = star.group(1) + ", ".join(self.with_rowid[star.group(3)]) + sql[star.start(2):]
        try:
            return self.pg.execute(sql, parameters)
        except psycopg.errors.UndefinedTable as exc:
            raise sqlite3.OperationalError(f"no such table: {str(exc).strip()}") from exc
        except psycopg.IntegrityError as exc:
            raise sqlite3.IntegrityError(str(exc).strip()) from exc
        except psycopg.Error as exc:
            raise sqlite3.OperationalError(str(exc).strip()) from exc

    def executemany(self, sql: str, rows: Any) -> Any:
        return self.pg.executemany(sql, rows)

    def executescript(self, script: str) -> None:
        for statement in filter(str.strip, script.split(";")):  # tests' scripts: no ';' inside a statement
            self.execute(statement)

    def commit(self) -> None:
        pass  # autocommit: each statement is committed as it runs

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> _PgSqliteConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        pass  # sqlite3's `with conn:` commits and does not close


class SqliteOnPg(ModuleType):
    """What the name `sqlite3` of a test module stands for in this mode: sqlite3 whose `connect(db)` (a path
    or `file:PATH?mode=ro` URI) opens the path's PostgreSQL database."""

    def __init__(self, targets: PgTargets) -> None:
        import sqlite3

        super().__init__("sqlite3")
        self.__dict__.update({k: v for k, v in vars(sqlite3).items() if not k.startswith("__")
                              and k != "connect"})
        self._targets = targets

    def connect(self, database: Any, *args: Any, uri: bool = False, **options: Any) -> Any:  # type: ignore[override]
        text = str(database)
        if uri:
            text = text.removeprefix("file:").split("?", 1)[0]
        return _PgSqliteConnection(str(self._targets.url_for(text)))


def retarget_module(module: ModuleType, targets: PgTargets) -> bool:
    """A test module's own names `SQLiteStore` (from milwatch.store[.sqlite]) and `sqlite3` made to open the
    PostgreSQL databases of its paths; True if it had either."""
    import sqlite3

    from milwatch.store.sqlite import SQLiteStore

    changed = False
    if getattr(module, "SQLiteStore", None) is SQLiteStore:
        module.SQLiteStore = SQLiteStoreOnPg  # type: ignore[attr-defined]
        changed = True
    if getattr(module, "sqlite3", None) is sqlite3:
        module.sqlite3 = SqliteOnPg(targets)  # type: ignore[attr-defined]
        changed = True
    return changed


def rewrite_argv(argv: list[str], targets: PgTargets) -> list[str]:
    """`milwatch … --db PATH …` as a PostgreSQL user writes it: `--db postgresql://…` (also `--db=PATH`)."""
    out: list[str] = []
    take = False
    for arg in argv:
        if take:
            out.append(str(targets.url_for(arg)))
            take = False
        elif arg in DB_OPTIONS:
            out.append(arg)
            take = True
        elif re.match(r"^--(db|load)=", arg):
            option, _, value = arg.partition("=")
            out.append(f"{option}={targets.url_for(value)}")
        else:
            out.append(arg)
    return out


def child_start() -> None:
    """sitecustomize.py of the processes a PostgreSQL run starts: milwatch commands get URLs, stores open
    their database."""
    value = os.environ.get(CHILD_ENV, "")
    if " " not in value:
        return
    server, prefix = value.split(" ", 1)
    targets = PgTargets(server, prefix)
    if Path(sys.argv[0]).name == "milwatch" and len(sys.argv) > 1:
        sys.argv[1:] = rewrite_argv(sys.argv[1:], targets)
        if os.environ.get("MILWATCH_DB_PATH") and not os.environ.get("MILWATCH_DB_URL"):
            os.environ["MILWATCH_DB_URL"] = str(targets.url_for(os.environ.pop("MILWATCH_DB_PATH")))
    install(targets)


def child_environment(targets: PgTargets, folder: Path) -> dict[str, str]:
    """Environment variables that carry the mode to the processes tests start (written to os.environ)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sitecustomize.py").write_text(SITECUSTOMIZE.format(path=str(Path(__file__).resolve())),
                                             encoding="utf-8")
    paths = [str(folder), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return {CHILD_ENV: targets.child_env_value(), "PYTHONPATH": os.pathsep.join(paths)}
