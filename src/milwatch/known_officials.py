"""Known officials from a user file (TOML or CSV), see data/officials.example.toml.

TOML: one `[[official]]` table per person with `name` (required), `country` (ISO3), `id`,
`aliases` (list), `roles` and `ranks` (lists of strings, or of tables
`{ value = "...", from = "YYYY[-MM[-DD]]", to = "..." }`).

CSV: a header row with `name` and any of `id, country, aliases, roles, ranks`; several values
in one cell are separated by `;`.
"""

from __future__ import annotations

import csv
import tomllib
from pathlib import Path
from typing import Any

from milwatch.errors import InputError
from milwatch.model import RANKS, Attribution, CanonicalPerson

KNOWN_KEYS = frozenset({"id", "name", "country", "aliases", "roles", "ranks"})


def _attributions(where: str, raw: Any, *, ranks: bool = False) -> list[Attribution]:
    if raw is None or raw == "":
        return []
    items = raw if isinstance(raw, list) else [raw]
    out = []
    for item in items:
        if isinstance(item, str):
            a = Attribution(value=item.strip())
        elif isinstance(item, dict) and isinstance(item.get("value"), str):
            a = Attribution(value=item["value"].strip(), first_seen=_date(where, item.get("from")),
                            last_seen=_date(where, item.get("to")))
        else:
            raise InputError(where, f"expected a string or {{value, from, to}}, got {item!r}")
        if ranks and a.value not in RANKS:
            raise InputError(where, f"unknown rank {a.value!r} (one of {', '.join(RANKS)})")
        if a.value:
            out.append(a)
    return out


def _date(where: str, value: Any) -> str | None:
    if value is None or value == "":
        return None
    text = str(value)
    parts = text.split("-")
    if not (1 <= len(parts) <= 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4):
        raise InputError(where, f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return text


def _person(where: str, row: dict[str, Any]) -> CanonicalPerson:
    unknown = set(row) - KNOWN_KEYS
    if unknown:
        raise InputError(where, f"unknown key(s) {', '.join(sorted(unknown))} (allowed: "
                                f"{', '.join(sorted(KNOWN_KEYS))})")
    name = row.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InputError(where, "an official needs a non-empty `name`")
    aliases = row.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a for a in (x.strip() for x in aliases.split(";")) if a]
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise InputError(where, "`aliases` must be a list of strings")
    country = row.get("country") or None
    if country is not None and (not isinstance(country, str) or not country.strip().isalpha()):
        raise InputError(where, f"`country` must be an ISO 3166-1 alpha-3 code, got {country!r}")
    return CanonicalPerson(
        id=str(row.get("id") or "").strip(), name=name.strip(), country=country.strip() if country else None,
        aliases=[a.strip() for a in aliases], roles=_attributions(where, row.get("roles")),
        ranks=_attributions(where, row.get("ranks"), ranks=True), known=True,
    )


def _split_cells(row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in row.items():
        if k is None:
            continue
        v = (v or "").strip()
        out[k.strip()] = ([x.strip() for x in v.split(";") if x.strip()]
                          if k.strip() in ("roles", "ranks") else v)
    return out


def load_officials(path: str | Path) -> list[CanonicalPerson]:
    """Parse a known-officials file; errors name the file and the line (CSV) or entry (TOML)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(text.splitlines())
        if not reader.fieldnames or "name" not in reader.fieldnames:
            raise InputError(f"{path}:1", "CSV needs a header row with a `name` column")
        return [_person(f"{path}:{reader.line_num}", _split_cells(row)) for row in reader]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(str(path), f"invalid TOML: {exc}") from exc
    rows = data.get("official", [])
    if set(data) - {"official"} or not isinstance(rows, list):
        raise InputError(str(path), "expected only [[official]] tables")
    return [_person(f"{path} [[official]] #{i + 1}", row) for i, row in enumerate(rows)]
