"""The event filters of the store's queries in plain SQL over the reports' own columns: the reference the
store's indexed and rolled-up answers are checked against (tests/store)."""

from __future__ import annotations

from typing import Any

from milwatch.store.queries import EventFilter

SD = "COALESCE(e.date, a.published, '')"  # a report's sort date: its own, else its article's publication


def reference_where(flt: EventFilter) -> tuple[str, list[Any]]:
    """The filter in plain SQL over the reports' own columns (json countries, dates as stored)."""
    where, params = ["1 = 1"], []
    for code in (*flt.countries, *(flt.pair or ())):
        where.append("EXISTS (SELECT 1 FROM json_each(e.countries) WHERE upper(value) = upper(?))")
        params.append(code)
    if flt.types:
        where.append(f"e.type IN ({', '.join('?' * len(flt.types))})")
        params += list(flt.types)
    if flt.lang:
        where.append("a.lang = ?")
        params.append(flt.lang)
    if flt.since:
        start = flt.since + {4: "-01-01", 7: "-01"}.get(len(flt.since), "")
        where.append(f"(CASE length({SD}) WHEN 4 THEN {SD} || '-12-31' WHEN 7 THEN {SD} || "
                     f"'-31' ELSE {SD} END) >= ?")
        params.append(start)
    if flt.until:
        end = flt.until + {4: "-12-31", 7: "-31"}.get(len(flt.until), "")
        where.append(f"{SD} != '' AND {SD} <= ?")
        params.append(end)
    return " WHERE " + " AND ".join(where), params
