"""The country-pair network as GraphML (networkx): nodes are countries, edges pairs weighted by events.

Node attributes: `label` (English name), `events` (events it takes part in) and one count
per event type; edge attributes: `weight` (events of the pair) and one count per type.
The graph carries `events` (the number of events exported) and `filter` (the filters given, as a
JSON object of the non-empty ones, e.g. `{"countries": ["VNM"]}`).  The network is built from
aggregate counts, so its size depends on the number of countries, not of events.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any, BinaryIO

from milwatch.errors import MissingExtraError
from milwatch.model import EVENT_TYPES
from milwatch.store.queries import EventFilter, count_events, countries, pairs


def country_names() -> dict[str, str]:
    """ISO alpha-3 -> English name (CLDR via babel)."""
    from babel import Locale

    from milwatch.extract.countries import alpha2_to_alpha3

    to3 = alpha2_to_alpha3()
    return {to3[code]: name for code, name in Locale("en").territories.items() if code in to3}


def country_label(code: str, names: dict[str, str]) -> str:
    return names.get(code) or (code.upper() if code.islower() else code)


def filter_json(flt: EventFilter) -> str:
    """The filters that are set, as a JSON object (tuples become lists)."""
    given = {k: v for k, v in dataclasses.asdict(flt).items() if v not in (None, (), False, "")}
    return json.dumps(given, ensure_ascii=False, sort_keys=True)


def require_networkx() -> Any:
    """networkx, or a clear error naming the `graph` extra when it is not installed."""
    try:
        import networkx
    except ImportError as exc:
        raise MissingExtraError("export --format graphml", "networkx", "graph") from exc
    return networkx


def build_graph(store: Any, flt: EventFilter) -> Any:
    nx = require_networkx()

    names = country_names()
    graph = nx.Graph(events=count_events(store, flt), filter=filter_json(flt))
    for c in countries(store, flt):
        graph.add_node(c["code"], label=country_label(c["code"], names), events=c["events"],
                       **{t: c["by_type"].get(t, 0) for t in EVENT_TYPES})
    for p in pairs(store, flt):
        graph.add_edge(p["a"], p["b"], weight=p["events"], **{t: p["by_type"].get(t, 0) for t in EVENT_TYPES})
    return graph


def write_graphml(store: Any, flt: EventFilter, out: BinaryIO) -> int:
    nx = require_networkx()

    graph = build_graph(store, flt)
    nx.write_graphml(graph, out)
    return int(graph.number_of_edges())
