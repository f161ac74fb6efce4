"""The store's SQL, written once in SQLite's dialect, run on PostgreSQL.

`PgConnection` wraps a psycopg connection with the `execute`/`executemany` the store modules
call and rewrites, once per distinct statement, what the two dialects spell differently:

* `?` placeholders become `%s` (and a literal `%` becomes `%%`);
* `INSERT OR IGNORE` becomes `INSERT … ON CONFLICT DO NOTHING`; `INSERT OR REPLACE` an upsert on
  the table's primary key that also gives the row a new `rowid`, as SQLite's delete-and-insert does;
* `json_each(x) alias` becomes `json_array_elements_text(x::json) AS alias(value)`,
  `group_concat(x[, sep])` becomes `string_agg(x, sep)`, `char(n)` becomes `chr(n)`;
* `LIKE` becomes `ILIKE` (SQLite's LIKE ignores ASCII case).

Rows answer `row[0]`, `row["column"]`, `row.keys()` and `dict(row)`, like `sqlite3.Row`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")
_INSERT_OR = re.compile(r"^\s*INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\s+(\w+)\s*(?:\(([^)]*)\))?", re.I)
_RETURNING = re.compile(r"\sRETURNING\s", re.I)
_JSON_EACH = re.compile(r"json_each\(([^()]*)\)(?:\s+(?:AS\s+)?(?!WHERE\b|ON\b|JOIN\b|LEFT\b)(\w+))?", re.I)
_GROUP_CONCAT = re.compile(r"group_concat\(((?:[^()]|\([^()]*\))*?)(?:,\s*((?:[^()]|\([^()]*\))+))?\)", re.I)
_CHAR = re.compile(r"\bchar\((\d+)\)", re.I)
_LIKE = re.compile(r"\bLIKE\b")
MAX_CACHED = 4000  # distinct statements kept translated per connection


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[str, ...]  # in order, without generated and identity-only columns (rowid)
    key: tuple[str, ...]  # primary key columns
    has_rowid: bool


class Row(tuple[Any, ...]):
    """A result row: a tuple whose values can also be read by column name."""

    _names: dict[str, int]

    def __new__(cls, values: Sequence[Any], names: dict[str, int]) -> Row:
        row = tuple.__new__(cls, values)
        row._names = names
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def row_factory(cursor: Any) -> Callable[[Sequence[Any]], Any]:
    description = cursor.description
    if description is None:
        return tuple
    names: dict[str, int] = {}
    for i, column in enumerate(description):
        names.setdefault(column.name, i)  # the first of equally named columns, as sqlite3.Row
    return lambda values: Row([_number(v) if isinstance(v, Decimal) else v for v in values], names)


def _number(value: Decimal) -> int | float:
    """SUM and AVG answer `numeric` in PostgreSQL: back to the int or float SQLite gives."""
    return int(value) if value == value.to_integral_value() else float(value)


def placeholders(sql: str) -> str:
    """`?` -> `%s` outside quotes, `%` -> `%%` everywhere (psycopg reads both)."""
    def swap(match: re.Match[str]) -> str:
        text = match.group(0)
        if text == "?":
            return "%s"
        if text == "%":
            return "%%"
        return text.replace("%", "%%")
    return _TOKENS.sub(swap, sql)


def translate(sql: str, tables: dict[str, Table]) -> str:
    """One statement of the store, in PostgreSQL's dialect (see the module docstring)."""
    out = sql
    match = _INSERT_OR.match(out)
    if match:
        mode, table, cols = match.group(1).upper(), match.group(2), match.group(3)
        info = tables.get(table)
        columns = [c.strip() for c in cols.split(",")] if cols else list(info.columns if info else ())
        head = f"INSERT INTO {table} ({', '.join(columns)})" if columns else f"INSERT INTO {table}"
        rest = out[match.end():]
        if mode == "IGNORE" or info is None:
            conflict = " ON CONFLICT DO NOTHING"
        else:
            updates = [f'{c} = EXCLUDED.{c}' for c in columns if c.strip('"') not in info.key]
            if info.has_rowid:
                updates.append("rowid = DEFAULT")
            conflict = (f" ON CONFLICT ({', '.join(info.key)}) DO UPDATE SET {', '.join(updates)}"
                        if updates else " ON CONFLICT DO NOTHING")
        returning = _RETURNING.search(rest)
        rest = ((rest[:returning.start()] + conflict + rest[returning.start():]) if returning
                else rest + conflict)
        out = f"{head} {rest.lstrip()}"
    if "json_each" in out:
        out = _JSON_EACH.sub(lambda m: f"json_array_elements_text(({m.group(1)})::json) AS "
                                       f"{m.group(2) or 'je'}(value)",
                             out)
    if "group_concat" in out.lower():
        out = _GROUP_CONCAT.sub(
            lambda m: f"string_agg({m.group(1)}, {m.group(2) or chr(39) + ',' + chr(39)})", out)
    out = _CHAR.sub(r"chr(\1)", out)
    out = _LIKE.sub("ILIKE", out)
    return placeholders(out)


class PgConnection:
    """What the store modules call on a connection, over psycopg (autocommit outside transactions)."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.tables: dict[str, Table] = {}
        self._translated: dict[str, str] = {}

    def load_tables(self) -> None:
        """Read the columns and primary keys of every table (after migrations)."""
        rows = self.raw.execute(
            "SELECT c.relname, a.attname, a.attgenerated <> '' OR a.attidentity <> '' "
            "AND a.attname = 'rowid', "
            "COALESCE(a.attnum = ANY(i.indkey), false) FROM pg_attribute a JOIN pg_class c "
            "ON c.oid = a.attrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_index i ON i.indrelid = c.oid "
            "AND i.indisprimary WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 "
            "AND NOT a.attisdropped ORDER BY c.relname, a.attnum").fetchall()
        columns: dict[str, list[str]] = {}
        keys: dict[str, list[str]] = {}
        rowid: set[str] = set()
        for table, column, hidden, is_key in rows:
            if column == "rowid":
                rowid.add(table)
            if hidden:
                continue
            quoted = f'"{column}"' if column in ("values",) else column
            columns.setdefault(table, []).append(quoted)
            if is_key:
                keys.setdefault(table, []).append(column)
        self.tables = {t: Table(tuple(cols), tuple(keys.get(t, ())), t in rowid)
                       for t, cols in columns.items()}
        self._translated.clear()

    def sql(self, text: str) -> str:
        found = self._translated.get(text)
        if found is None:
            if len(self._translated) >= MAX_CACHED:
                self._translated.clear()
            found = self._translated[text] = translate(text, self.tables)
        return found

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Any:
        return self.raw.execute(self.sql(sql), list(parameters))

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Any:
        batch = [list(p) for p in parameters]
        if not batch:
            return _NoRows()
        cursor = self.raw.cursor()
        cursor.executemany(self.sql(sql), batch)
        return cursor


class _NoRows:
    """What `executemany` of no rows answers."""

    rowcount = 0

    def fetchone(self) -> None:
        return None

    def fetchall(self) -> list[Any]:
        return []
