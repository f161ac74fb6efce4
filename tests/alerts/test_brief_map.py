"""The brief's world map (alerts/brief_map.py): bundled shapes as inline SVG, states coloured by their number
of events, no script and no style attribute; and the issue's "Done when": `milwatch brief --since 30d -o
brief.html` on the dev + wide corpora opens in Chromium with its chart and map (screenshot:
docs/screenshots/brief.png when MILWATCH_SCREENSHOTS=docs/screenshots)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from milwatch.alerts.brief_map import NONE, SHADES, legend_steps, load_world, map_svg, shade
from support.apt import ensure_chromium

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
SVG = "{http://www.w3.org/2000/svg}"


def svg_of(html: str, css_class: str) -> ET.Element:
    """The first <svg class="..."> of a page, parsed as XML (it must be well-formed)."""
    found = re.search(rf'<svg class="{css_class}".*?</svg>', html, re.DOTALL)
    assert found, f"no svg.{css_class}"
    return ET.fromstring(found.group(0))


def test_every_state_is_drawn_and_coloured_by_its_count() -> None:
    world = load_world()
    counts = {"NOR": 30, "DNK": 3, "KEN": 1, "SGP": 7, "nato": 2, "XKX": 0}
    html = map_svg(counts, {"NOR": "Norway"})
    root = svg_of(html, "map")
    paths = {p.get("data-country"): p for p in root.iter(SVG + "path")}
    dots = {c.get("data-country"): c for c in root.iter(SVG + "circle")}
    assert set(paths) == {c["id"] for c in world["countries"]} and len(paths) > 150
    assert set(dots) == {p["id"] for p in world["points"]}
    drawn = paths | dots
    assert {code for code, node in drawn.items() if node.get("fill") != NONE} == {"NOR", "DNK", "KEN", "SGP"}
    assert all(int(node.get("data-events")) == counts.get(code, 0) for code, node in drawn.items())
    assert paths["NOR"].get("fill") == SHADES[-1] and paths["KEN"].get("fill") != paths["NOR"].get("fill")
    assert drawn["SGP"].get("r") == "5"  # a small state with events is a bigger dot
    assert paths["NOR"].find(SVG + "title").text == "Norway: 30 event reports"
    assert paths["KEN"].find(SVG + "title").text == "Kenya: 1 event report"
    assert "Not on the map: nato (2)" in html
    # inside the frame, and nothing the brief's Content-Security-Policy would block
    width, height = (float(v) for v in root.get("viewBox").split()[2:])
    for node in paths.values():
        x, y = (int(v) for v in re.match(r"M(-?\d+) (-?\d+)", node.get("d")).groups())
        assert -2 <= x <= width + 2 and -2 <= y <= height + 2, node.get("data-country")
        steps = [int(dx) for dx in re.findall(r"l(-?\d+) -?\d+", node.get("d"))]
        assert max(map(abs, steps)) < width / 3, node.get("data-country")  # no line across the whole map
    assert "style=" not in html and "<script" not in html.lower() and "href" not in html


@pytest.mark.parametrize("top", [1, 2, 3, 4, 5, 9, 10, 31, 99, 100, 1000, 4095])
def test_the_legend_covers_every_count_once(top: int) -> None:
    steps = legend_steps(top)
    assert steps[0][1] == 1 and steps[-1][2] == top
    assert all(b[1] == a[2] + 1 for a, b in zip(steps, steps[1:], strict=False)), steps
    for colour, low, high in steps:  # each count gets its step's colour
        assert shade(low, top) == colour and shade(high, top) == colour
    assert shade(0, top) == NONE


def milwatch(kb: ModuleType, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MILWATCH_CONFIG": str((cwd or Path.cwd()) / "no-config.toml")}
    done = subprocess.run([kb.milwatch_exe(), *args], capture_output=True, text=True, env=env, timeout=900,
                          cwd=cwd, check=False)
    assert done.returncode == 0, done.stderr
    return done


def test_brief_html_and_json_carry_the_map(kb: ModuleType, kb_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    milwatch(kb, "brief", "--since", "2024", "--until", "2024-12", "-o", str(out), "--db",
             str(kb_db), cwd=tmp_path)
    data = json.loads(milwatch(kb, "brief", "--since", "2024", "--until", "2024-12", "--format", "json",
                               "--db", str(kb_db), cwd=tmp_path).stdout)
    every = json.loads(milwatch(kb, "events", "--reports", "--current-only", "--since", "2024",
                                "--until", "2024-12", "--json", "--db", str(kb_db), cwd=tmp_path).stdout)
    expected = Counter(c for e in every for c in set(e["countries"]))
    assert data["countries"] == dict(expected) and len(expected) >= 8
    html = out.read_text(encoding="utf-8")
    root = svg_of(html, "map")
    lit = {n.get("data-country"): int(n.get("data-events")) for n in root.iter()
           if n.get("data-country") and n.get("data-events") != "0"}
    on_map = {c["id"] for c in load_world()["countries"]} | {p["id"] for p in load_world()["points"]}
    assert lit == {c: n for c, n in expected.items() if c in on_map}
    assert "<h2>Where</h2>" in html and html.index("<h2>Events over time</h2>") < html.index("<h2>Where</h2>")
    md = milwatch(kb, "brief", "--since", "2024", "--until", "2024-12", "--db", str(kb_db),
                  cwd=tmp_path).stdout
    assert "## By country" in md


# ---- the done-when: dev + wide in Chromium --------------------------------------------------------------
@pytest.fixture(scope="module")
def corpora_db(kb: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dev and wide corpora of ../shared (read, never copied), ingested and extracted by the real
    commands."""
    files = sorted((CORPUS / "dev").glob("*.jsonl")) + sorted((CORPUS / "wide").glob("*.jsonl"))
    if len(files) < 5:
        pytest.skip(f"the dev and wide corpora are not at {CORPUS}")
    folder = tmp_path_factory.mktemp("brief-corpora")
    db = folder / "corpora.db"
    milwatch(kb, "ingest", *map(str, files), "--db", str(db), "-q", cwd=folder)
    milwatch(kb, "extract", "--db", str(db), "-q", cwd=folder)
    return db


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the python package playwright is not installed (pip install -e '.[test]')")
    executable = ensure_chromium()  # (a fresh machine: installed here, as tests/web does, before they run)
    if executable is None:
        pytest.skip("no /usr/bin/chromium and `apt-get install -y chromium` was not possible")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable,
                                    args=["--no-sandbox", "--headless=new", "--disable-gpu",
                                          "--no-first-run"])
        yield browser
        browser.close()


def latest_day(files: list[Path]) -> str:
    days = [json.loads(line).get("published") or "" for f in files
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return max(d for d in days if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d))


@pytest.mark.slow
def test_brief_of_dev_and_wide_opens_in_chromium(kb: ModuleType, corpora_db: Path, chromium: Any,
                                                 tmp_path: Path) -> None:
    # the corpora are older than today's clock: the 30 days up to their latest publication day
    until = latest_day(sorted((CORPUS / "dev").glob("*.jsonl")) + sorted((CORPUS / "wide").glob("*.jsonl")))
    out = tmp_path / "brief.html"
    said = milwatch(kb, "brief", "--since", "30d", "--until", until, "-o", "brief.html", "--db",
                    str(corpora_db), cwd=tmp_path)
    assert said.stdout.endswith("→ brief.html\n") and out.exists()
    data = json.loads(milwatch(kb, "brief", "--since", "30d", "--until", until, "--format", "json",
                               "--db", str(corpora_db), cwd=tmp_path).stdout)
    assert data["totals"]["events"] >= 5 and len(data["countries"]) >= 5

    context = chromium.new_context(viewport={"width": 1100, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("requestfailed", lambda r: errors.append(f"failed {r.url}"))
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(out.as_uri())
    chart, world = page.locator("main svg[role=img]").first, page.locator("svg.map")
    assert world.count() == 1
    assert chart.get_attribute("aria-label").startswith("Events per period by type")
    assert chart.bounding_box()["width"] > 600 and chart.locator("rect").count() >= 3
    box = world.bounding_box()
    assert box["width"] > 600 and box["height"] > 250
    shapes = load_world()
    on_map = {c["id"] for c in shapes["countries"]} | {p["id"] for p in shapes["points"]}
    assert world.locator("path").count() == len(shapes["countries"])
    lit = {n.get_attribute("data-country")
           for n in world.locator('[data-events]:not([data-events="0"])').all()}
    assert lit == {c for c, n in data["countries"].items() if n and c in on_map}
    # each coloured state shows its colour (a painted, non-grey fill) and is visible on the page
    code = max(lit, key=lambda c: data["countries"][c])
    state = world.locator(f'[data-country="{code}"]')
    assert state.evaluate("n => getComputedStyle(n).fill") not in ("none", "rgb(223, 227, 233)")
    assert state.bounding_box()["width"] > 0
    assert requested == [out.as_uri()] and errors == []  # self-contained: nothing else is fetched
    folder = Path(os.environ.get("MILWATCH_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / "brief.png"), full_page=True, clip={"x": 0, "y": 0, "width": 1100,
                                                          "height": min(1800, page.evaluate(
                                                              "document.documentElement.scrollHeight"))})
    context.close()


@pytest.mark.slow
def test_brief_served_keeps_its_content_security_policy(kb: ModuleType, corpora_db: Path,
                                                        chromium: Any) -> None:
    """At /brief the page has a CSP allowing only its hashed inline style: the map must break none of it."""
    until = latest_day(sorted((CORPUS / "dev").glob("*.jsonl")))
    with kb.serve(corpora_db) as base:
        context = chromium.new_context()
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(f"{base}/brief?since=30d&until={until}")
        page.wait_for_selector("svg.map path")
        violations = page.evaluate("""() => new Promise((done) => {
            const seen = [];
            document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
            setTimeout(() => done(seen), 300);
          })""")
        assert violations == [] and errors == []
        # the inline style applied (the hash matched): the map spans the page's width
        assert page.locator("svg.map").bounding_box()["width"] > 500
        context.close()
