// Country-pair network: nodes are countries, lines pairs (width by events); a click on a pair lists its events.
"use strict";

(() => {
  const {el, svg, api, bindFilters, formParams, showError, pager, eventCard, countryNames, countryLabel,
         link, TYPES, activate, urlWith, downloads, fetchAll, labelCells} = MW;
  const summary = document.getElementById("summary");
  const HINT = summary.textContent;
  const form = document.getElementById("filters");
  const graph = document.getElementById("graph");
  const panel = document.getElementById("panel");
  const WIDTH = 900, HEIGHT = 620;

  /** Fruchterman-Reingold, deterministic start on a circle (heaviest nodes first). */
  function layout(nodes, edges) {
    const n = nodes.length;
    const pos = nodes.map((_, i) => ({
      x: WIDTH / 2 + (WIDTH / 3) * Math.cos((2 * Math.PI * i) / Math.max(n, 1)),
      y: HEIGHT / 2 + (HEIGHT / 3) * Math.sin((2 * Math.PI * i) / Math.max(n, 1)),
    }));
    if (n < 2) return pos.map(() => ({x: WIDTH / 2, y: HEIGHT / 2}));
    const index = new Map(nodes.map((node, i) => [node.code, i]));
    const k = Math.sqrt((WIDTH * HEIGHT) / n) * 0.75;
    // gravity that balances the nodes' mutual repulsion at about the canvas's size
    const radius = 0.4 * Math.min(WIDTH, HEIGHT);
    const gravity = (n * k * k) / (radius * radius * radius);
    let temperature = WIDTH / 8;
    for (let step = 0; step < 300; step++) {
      const disp = pos.map(() => ({x: 0, y: 0}));
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
          const d = Math.max(Math.hypot(dx, dy), 0.01);
          const force = (k * k) / d;
          dx /= d; dy /= d;
          disp[i].x += dx * force; disp[i].y += dy * force;
          disp[j].x -= dx * force; disp[j].y -= dy * force;
        }
      }
      for (const e of edges) {
        const i = index.get(e.a), j = index.get(e.b);
        let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const force = ((d * d) / k) * (1 + Math.log(1 + e.events) / 4);
        dx /= d; dy /= d;
        disp[i].x -= dx * force; disp[i].y -= dy * force;
        disp[j].x += dx * force; disp[j].y += dy * force;
      }
      for (let i = 0; i < n; i++) {
        // a pull to the centre keeps unconnected parts of the network together
        disp[i].x += (WIDTH / 2 - pos[i].x) * gravity * Math.hypot(WIDTH / 2 - pos[i].x, HEIGHT / 2 - pos[i].y);
        disp[i].y += (HEIGHT / 2 - pos[i].y) * gravity * Math.hypot(WIDTH / 2 - pos[i].x, HEIGHT / 2 - pos[i].y);
        const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 0.01);
        pos[i].x += (disp[i].x / d) * Math.min(d, temperature);
        pos[i].y += (disp[i].y / d) * Math.min(d, temperature);
      }
      temperature *= 0.985;
    }
    // fit the drawing to the canvas (margins leave room for labels)
    const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const scale = Math.min((WIDTH - 100) / Math.max(x1 - x0, 1), (HEIGHT - 90) / Math.max(y1 - y0, 1));
    for (const p of pos) {
      p.x = 50 + (p.x - x0) * scale + ((WIDTH - 100) - (x1 - x0) * scale) / 2;
      p.y = 50 + (p.y - y0) * scale + ((HEIGHT - 90) - (y1 - y0) * scale) / 2;
    }
    return pos;
  }

  function dominantType(byType) {
    return TYPES.reduce((best, t) => ((byType[t] || 0) > (byType[best] || 0) ? t : best), TYPES[0]);
  }

  function select(code) {
    if (new URLSearchParams(location.search).has("pair")) draw();  // back from a pair to the list of pairs
    history.replaceState(null, "", urlWith({node: code || null, pair: null}));
    summary.textContent = code ? `${countryLabel(code)}: ${state.edges.filter((e) => e.a === code || e.b === code)
      .length} pairs` : HINT;
    for (const line of graph.querySelectorAll("line.edge")) {
      const pair = line.getAttribute("data-pair").split(",");
      line.classList.toggle("dim", Boolean(code) && !pair.includes(code));
    }
    for (const row of panel.querySelectorAll("tr[data-pair]")) {
      row.hidden = Boolean(code) && !row.getAttribute("data-pair").split(",").includes(code);
    }
  }

  async function showPair(pair, filters) {
    const [a, b] = pair.split(",");
    history.replaceState(null, "", urlWith({pair, node: null}));
    downloads(document.getElementById("downloads"), `events-${a}-${b}`,
              () => fetchAll("events", Object.assign({}, filters, {pair, order: "desc"}))
                .then((items) => items.map((e) => Object.assign({}, e, {persons: e.persons.map((p) => p.name)}))));
    const events = el("div", {class: "timeline"});
    const more = el("button", {type: "button", hidden: true}, "Load more");
    const title = `${countryLabel(a)} – ${countryLabel(b)}`;
    const timelineParams = Object.assign({}, filters, {pair});
    panel.replaceChildren(
      el("h2", {}, title),
      el("p", {}, el("a", {href: link.timeline(timelineParams)}, "Open in the timeline"), " · ",
         el("a", {href: "#", id: "back"}, "all pairs")),
      events, el("p", {}, more));
    panel.querySelector("#back").addEventListener("click", (ev) => {
      ev.preventDefault();
      history.replaceState(null, "", urlWith({pair: null}));
      draw();
    });
    const run = pager(more, (cursor) => api("events", Object.assign({}, filters, {pair, cursor, limit: 25,
                                                                                  order: "desc"})),
                      (page, appended) => {
                        if (!appended) {
                          events.append(el("p", {class: "summary"}, `${page.total} events`));
                          summary.textContent = `${title}: ${page.total} events`;
                        }
                        for (const e of page.items) events.append(eventCard(e));
                      });
    try { await run(null); } catch (err) { showError(events, err); }
    for (const line of graph.querySelectorAll("line.edge")) {
      line.classList.toggle("selected", line.getAttribute("data-pair") === pair);
      line.classList.toggle("dim", line.getAttribute("data-pair") !== pair);
    }
  }

  function pairTable(pairs, filters) {
    const table = el("table", {id: "pairs", class: "grid", "aria-label": "country pairs"},
      el("thead", {}, el("tr", {}, el("th", {}, "pair"), el("th", {}, "events"), el("th", {}, "by type"))));
    const body = el("tbody");
    for (const p of pairs) {
      const key = `${p.a},${p.b}`;
      const row = el("tr", {"data-pair": key, class: "clickable"},
        el("td", {}, el("a", {href: urlWith({pair: key, node: null}), class: "pair-link", "data-pair": key},
                        `${countryLabel(p.a)} – ${countryLabel(p.b)}`)),
        el("td", {class: "num"}, p.events),
        el("td", {}, TYPES.filter((t) => p.by_type[t]).map((t) => el("span", {class: "badge type-" + t},
                                                                      `${t} ${p.by_type[t]}`))));
      row.addEventListener("click", (ev) => { ev.preventDefault(); showPair(key, filters); });
      body.append(row);
    }
    table.append(body);
    labelCells(table);
    return table;
  }

  let state = null;

  /** A thin rectangle around the segment p-q: an easy target to click, even for level lines. */
  function band(p, q, half) {
    const length = Math.max(Math.hypot(q.x - p.x, q.y - p.y), 0.01);
    const nx = (-(q.y - p.y) / length) * half, ny = ((q.x - p.x) / length) * half;
    return [[p.x + nx, p.y + ny], [q.x + nx, q.y + ny], [q.x - nx, q.y - ny], [p.x - nx, p.y - ny]]
      .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ");
  }

  function draw() {
    const {nodes, edges, pos, filters} = state;
    graph.replaceChildren();
    graph.setAttribute("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
    const at = new Map(nodes.map((node, i) => [node.code, pos[i]]));
    const maxEdge = Math.max(1, ...edges.map((e) => e.events));
    const edgeLayer = svg("g", {class: "edges"}), nodeLayer = svg("g", {class: "nodes"});
    for (const e of edges) {
      const p = at.get(e.a), q = at.get(e.b), key = `${e.a},${e.b}`;
      const label = `${countryLabel(e.a)} – ${countryLabel(e.b)}: ${e.events} events`;
      const line = svg("line", {x1: p.x, y1: p.y, x2: q.x, y2: q.y, "data-pair": key,
                                class: "edge type-" + dominantType(e.by_type),
                                "stroke-width": 1 + 7 * Math.sqrt(e.events / maxEdge)});
      const hit = svg("polygon", {points: band(p, q, 7), class: "hit", "data-pair": key}, svg("title", {}, label));
      hit.addEventListener("click", () => showPair(key, filters));
      edgeLayer.append(line, hit);
    }
    const maxNode = Math.max(1, ...nodes.map((c) => c.events));
    for (const c of nodes) {
      const p = at.get(c.code);
      const g = svg("g", {class: "node", "data-country": c.code, tabindex: 0, role: "button",
                          "aria-label": `${c.name || c.code}: ${c.events} events (show its pairs)`},
        svg("circle", {cx: p.x, cy: p.y, r: 5 + 14 * Math.sqrt(c.events / maxNode)}),
        svg("text", {x: p.x, y: p.y - 9 - 14 * Math.sqrt(c.events / maxNode), class: "label"}, c.code),
        svg("title", {}, `${c.name || c.code}: ${c.events} events`));
      activate(g, () => select(c.code));
      nodeLayer.append(g);
    }
    graph.append(edgeLayer, nodeLayer);
    panel.replaceChildren(el("h2", {}, `${edges.length} pairs`), el("div", {class: "table-box"},
                                                                     pairTable(edges, filters)));
    summary.textContent = `${edges.length} pairs · ${HINT}`;
    downloads(document.getElementById("downloads"), "pairs",
              async () => edges.map((e) => Object.assign({a_name: countryLabel(e.a), b_name: countryLabel(e.b)}, e,
                                                       e.by_type)),
              ["a", "a_name", "b", "b_name", "events", ...TYPES]);
  }

  async function load() {
    const filters = formParams(form);
    try {
      const [nodes, edges] = await Promise.all([api("countries", filters), api("pairs", filters)]);
      const linked = new Set(edges.flatMap((e) => [e.a, e.b]));
      const shown = nodes.filter((c) => linked.has(c.code));
      state = {nodes: shown, edges, pos: layout(shown, edges), filters};
      draw();
      const query = new URLSearchParams(location.search);
      if (query.get("pair")) showPair(query.get("pair"), filters);
      else if (query.get("node")) select(query.get("node"));
    } catch (err) {
      showError(panel, err);
    }
  }

  document.addEventListener("DOMContentLoaded", async () => {
    bindFilters(form);
    await countryNames();
    load();
  });
})();
