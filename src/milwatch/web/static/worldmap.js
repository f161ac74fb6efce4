// World map: states coloured by their number of events, drawn as plain SVG from the bundled
// /static/world.json (Natural Earth 1:110m shapes, small states as points; see scripts/build_world_map.py).
// Equal Earth projection; a state is picked with a click, or with the arrow keys and Enter.
"use strict";

const WorldMap = (() => {
  const WIDTH = 1000;
  const TOP = 84, BOTTOM = -58;  // latitudes shown (Antarctica is left out of the data)
  const SHADES = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
  let data = null;

  async function shapes() {
    if (data === null) {
      const response = await fetch("/static/world.json");
      if (!response.ok) throw new Error("the map's shapes could not be loaded (" + response.status + ")");
      data = await response.json();
    }
    return data;
  }

  /** Equal Earth (Šavrič, Patterson, Jenny 2018): [x, y] in radians-scale units, y up. */
  function equalEarth(lon, lat) {
    const [a1, a2, a3, a4] = [1.340264, -0.081106, 0.000893, 0.003796];
    const theta = Math.asin((Math.sqrt(3) / 2) * Math.sin((lat * Math.PI) / 180));
    const t2 = theta * theta, t6 = t2 * t2 * t2;
    const x = (2 * Math.sqrt(3) * ((lon * Math.PI) / 180) * Math.cos(theta))
      / (3 * (9 * a4 * t6 * t2 + 7 * a3 * t6 + 3 * a2 * t2 + a1));
    const y = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2));
    return [x, y];
  }

  function frame() {
    const xMax = equalEarth(180, 0)[0];
    const scale = WIDTH / (2 * xMax);
    const yTop = equalEarth(0, TOP)[1], yBottom = equalEarth(0, BOTTOM)[1];
    const height = Math.round((yTop - yBottom) * scale);
    const at = (lon, lat) => {
      const [x, y] = equalEarth(lon, lat);
      return [(x + xMax) * scale, (yTop - y) * scale];
    };
    return {at, height};
  }

  function pathOf(rings, at) {
    const parts = [];
    for (const ring of rings) {
      let lon = 0, lat = 0;
      const points = [];
      for (let i = 0; i + 1 < ring.length; i += 2) {
        lon += ring[i]; lat += ring[i + 1];
        const [x, y] = at(lon / 10, lat / 10);
        points.push(x.toFixed(1) + "," + y.toFixed(1));
      }
      parts.push("M" + points.join("L") + "Z");
    }
    return parts.join("");
  }

  function shade(n, max) {
    if (!n) return null;
    const i = Math.ceil((Math.log(n + 1) / Math.log(max + 1)) * SHADES.length) - 1;
    return SHADES[Math.max(0, Math.min(SHADES.length - 1, i))];
  }

  /**
   * Draw the map into `box`: `counts` maps ISO3 codes to numbers of events, `selected` lists the codes
   * highlighted, `onPick(code)` runs when a state is clicked or chosen with Enter.
   */
  async function draw(box, counts, selected, onPick) {
    const {el, svg, countryLabel, activate} = MW;
    const world = await shapes();
    const {at, height} = frame();
    const max = Math.max(1, ...Object.values(counts));
    const chosen = new Set(selected || []);
    const map = svg("svg", {viewBox: `0 0 ${WIDTH} ${height}`, class: "map", role: "group",
                            "aria-label": "map of states by number of events"});
    const active = [];
    const item = (node, code, name) => {
      const n = counts[code] || 0;
      const label = `${countryLabel(code) === code ? name : countryLabel(code)}: ${n} event${n === 1 ? "" : "s"}`;
      node.setAttribute("data-country", code);
      node.setAttribute("data-events", String(n));
      node.classList.add("state");
      if (chosen.has(code)) node.classList.add("selected");
      const fill = shade(n, max);
      if (fill) node.style.fill = fill;
      node.append(svg("title", {}, label + (chosen.has(code) ? " (selected: click to clear)" : "")));
      activate(node, () => onPick(code));
      if (n) {
        node.setAttribute("role", "button");
        node.setAttribute("aria-label", label);
        node.setAttribute("tabindex", "-1");
        active.push([n, code, node]);
      }
      return node;
    };
    const land = svg("g", {class: "land"});
    for (const c of world.countries) land.append(item(svg("path", {d: pathOf(c.rings, at)}), c.id, c.name));
    const dots = svg("g", {class: "dots"});
    for (const p of world.points) {
      const [x, y] = at(p.at[0], p.at[1]);
      dots.append(item(svg("circle", {cx: x.toFixed(1), cy: y.toFixed(1), r: counts[p.id] ? 5 : 2.5}), p.id, p.name));
    }
    map.append(land, dots);
    // one tab stop: the busiest state (or the selected one); the arrow keys move between the states with events
    active.sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : 1));
    const nodes = active.map(([, , node]) => node);
    const first = nodes.find((n) => chosen.has(n.getAttribute("data-country"))) || nodes[0];
    if (first) first.setAttribute("tabindex", "0");
    map.addEventListener("keydown", (event) => {
      const step = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1}[event.key];
      const i = nodes.indexOf(event.target);
      if (!step || i < 0) return;
      event.preventDefault();
      const next = nodes[(i + step + nodes.length) % nodes.length];
      event.target.setAttribute("tabindex", "-1");
      next.setAttribute("tabindex", "0");
      next.focus();
    });
    const unmapped = Object.keys(counts).filter((code) => counts[code] && !world.countries.some((c) => c.id === code)
                                                && !world.points.some((p) => p.id === code));
    const steps = SHADES.map((colour, i) => {
      const low = i ? Math.ceil(Math.exp((i / SHADES.length) * Math.log(max + 1)) - 1) : 1;
      const high = Math.floor(Math.exp(((i + 1) / SHADES.length) * Math.log(max + 1)) - 1);
      return [colour, low, high];
    }).filter(([, low, high]) => high >= low);
    const legend = el("div", {class: "legend"},
      el("span", {class: "legend-item"}, el("span", {class: "swatch none"}), "none"),
      steps.map(([colour, low, high]) => el("span", {class: "legend-item"},
        el("span", {class: "swatch", style: null, "data-colour": colour}), low === high ? String(low) : `${low}–${high}`)),
      el("span", {class: "legend-item hint"}, "Click a state to filter by it (again to clear); arrow keys and Enter."),
      unmapped.length ? el("span", {class: "legend-item"},
        "Not on the map: " + unmapped.map((c) => `${c} (${counts[c]})`).join(", ")) : null);
    for (const swatch of legend.querySelectorAll("[data-colour]")) swatch.style.background = swatch.dataset.colour;
    box.replaceChildren(map, legend);
    return map;
  }

  return {draw, shapes, equalEarth};
})();
