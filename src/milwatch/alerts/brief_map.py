"""The brief's world map: states coloured by their number of events, as inline SVG (no script, no style
attribute: colours are SVG presentation attributes, so the brief's Content-Security-Policy holds).

    svg = map_svg({"NOR": 3, "DNK": 3, "KEN": 1}, names)   # names: ISO3 -> English name

The shapes are the web UI's (`milwatch/web/static/world.json`: Natural Earth 1:110m, small states as
points; see scripts/build_world_map.py), drawn with the same Equal Earth projection and shades as
`web/static/worldmap.js`, rounded to whole units of a 1000-wide map with relative path steps so the
map adds ~100 KB to a brief.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from html import escape
from importlib import resources
from typing import Any

WIDTH = 1000
TOP, BOTTOM = 84.0, -58.0  # latitudes shown (Antarctica is left out of the data)
SHADES = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
NONE = "#dfe3e9"
SEA = "#eef3f8"
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796


def load_world() -> dict[str, Any]:
    """The bundled shapes: {"countries": [{id, name, rings}], "points": [{id, name, at}]}."""
    text = resources.files("milwatch").joinpath("web", "static", "world.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def equal_earth(lon: float, lat: float) -> tuple[float, float]:
    """Equal Earth (Šavrič, Patterson, Jenny 2018), as worldmap.js: (x, y) with y up."""
    theta = math.asin(math.sqrt(3) / 2 * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = 2 * math.sqrt(3) * math.radians(lon) * math.cos(theta) / (3 * (9 * _A4 * t6 * t2 + 7 * _A3 * t6
                                                                       + 3 * _A2 * t2 + _A1))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


class _Frame:
    """Projected map coordinates on a WIDTH-wide canvas."""

    def __init__(self) -> None:
        self.x_max = equal_earth(180, 0)[0]
        self.scale = WIDTH / (2 * self.x_max)
        self.y_top = equal_earth(0, TOP)[1]
        self.height = round((self.y_top - equal_earth(0, BOTTOM)[1]) * self.scale)

    def at(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = equal_earth(lon, lat)
        return (x + self.x_max) * self.scale, (self.y_top - y) * self.scale


def _unwrap(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring that crosses the antimeridian (Russia, Fiji) kept on its main side: the other side's points
    moved by 360 degrees, so no line runs across the whole map (the part past the edge is clipped)."""
    lons = [lon for lon, _ in points]
    if max(lons) - min(lons) <= 270:
        return points
    east = sum(1 for lon in lons if lon > 0) >= len(lons) / 2
    return [(lon + 360 if east and lon < -90 else lon - 360 if not east and lon > 90 else lon, lat)
            for lon, lat in points]


def _path(rings: Iterable[list[int]], frame: _Frame) -> str:
    """SVG path data of delta-coded rings (tenths of a degree), in whole map units with relative steps."""
    parts: list[str] = []
    for ring in rings:
        lon = lat = 0
        degrees: list[tuple[float, float]] = []
        for i in range(0, len(ring) - 1, 2):
            lon += ring[i]
            lat += ring[i + 1]
            degrees.append((lon / 10, lat / 10))
        if not degrees:
            continue
        points: list[tuple[int, int]] = []
        for x, y in (frame.at(*d) for d in _unwrap(degrees)):
            point = (round(x), round(y))
            if not points or point != points[-1]:
                points.append(point)
        if len(points) < 3:
            continue
        steps = [f"M{points[0][0]} {points[0][1]}"]
        steps += [f"l{b[0] - a[0]} {b[1] - a[1]}" for a, b in zip(points, points[1:], strict=False)]
        parts.append("".join(steps) + "z")
    return "".join(parts)


def shade(n: int, top: int) -> str:
    """The colour of a state with `n` events when the busiest has `top` (log scale, as the web UI)."""
    if n <= 0:
        return NONE
    i = math.ceil(math.log(n + 1) / math.log(top + 1) * len(SHADES)) - 1
    return SHADES[max(0, min(len(SHADES) - 1, i))]


def legend_steps(top: int) -> list[tuple[str, int, int]]:
    """(colour, lowest, highest) of each shade in use: consecutive ranges from 1 to `top`, each exactly the
    counts `shade` gives that colour (bounds from the formula, nudged where floating point lands on a
    step)."""
    out = []
    low = 1
    for i, colour in enumerate(SHADES):
        if low > top:
            break
        high = min(top, max(low - 1, math.floor(math.exp((i + 1) / len(SHADES) * math.log(top + 1)) - 1)))
        while high < top and shade(high + 1, top) == colour:
            high += 1
        while high >= low and shade(high, top) != colour:
            high -= 1
        if high >= low:
            out.append((colour, low, high))
            low = high + 1
    return out


def map_svg(counts: Mapping[str, int], names: Mapping[str, str] | None = None,
            world: Mapping[str, Any] | None = None, what: str = "event reports") -> str:
    """The map with its legend (HTML: an SVG and a paragraph); codes that are no state on the map (an
    organisation, an unknown code) are listed under it."""
    world = world or load_world()
    names = names or {}
    frame = _Frame()
    top = max([1, *counts.values()])
    shown: set[str] = set()

    def label(code: str, name: str) -> str:
        n = counts.get(code, 0)
        return escape(f"{names.get(code, name)}: {n} {what if n != 1 else what.removesuffix('s')}")

    parts = [f'<svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {frame.height}" '
             f'role="img" aria-label="World map: states coloured by number of {escape(what)}">',
             f'<rect width="{WIDTH}" height="{frame.height}" fill="{SEA}"/><g '
             f'stroke="#fff" stroke-width="0.5">']
    for c in world["countries"]:
        shown.add(c["id"])
        n = counts.get(c["id"], 0)
        parts.append(f'<path data-country="{escape(c["id"])}" data-events="{n}" fill="{shade(n, top)}" '
                     f'd="{_path(c["rings"], frame)}"><title>{label(c["id"], c["name"])}</title></path>')
    parts.append('</g><g stroke="#56627a" stroke-width="0.6">')
    for p in world["points"]:
        shown.add(p["id"])
        n = counts.get(p["id"], 0)
        x, y = frame.at(p["at"][0], p["at"][1])
        parts.append(f'<circle data-country="{escape(p["id"])}" data-events="{n}" cx="{x:.0f}" cy="{y:.0f}" '
                     f'r="{5 if n else 2.5}" '
                     f'fill="{shade(n, top)}"><title>{label(p["id"], p["name"])}</title>'
                     "</circle>")
    parts.append("</g></svg>")
    swatch = ('<svg width="12" height="12" aria-hidden="true"><rect width="12" '
              'height="12" fill="{}"/></svg> {}')
    legend = [swatch.format(NONE, "none")] + [swatch.format(colour, low if low == high else f"{low}–{high}")
                                              for colour, low, high in legend_steps(top)]
    elsewhere = sorted((code for code, n in counts.items() if n and code not in shown),
                       key=lambda c: (-counts[c], c))
    note = ("<br>Not on the map: " + escape(", ".join(f"{names.get(c, c)} ({counts[c]})" for c in elsewhere))
            if elsewhere else "")
    return "".join(parts) + '<p class="legend">' + "".join(f"<span>{s}</span>"
                                                           for s in legend) + note + "</p>"
