// Timeline: events filtered by country, pair, type, dates, official, document type, mode, area, language;
// a map of the states involved and a bar per month.  The chart's axis covers the bulk of the filtered
// events: months far from it (an event dated decades before the rest), year-only dates and undated
// events are listed beside it.  Drag across the bars to zoom to a period; Enter on a bar opens its month.
"use strict";

(() => {
  const {el, svg, api, bindFilters, formParams, showError, listPager, eventCard, countryNames, TYPES, urlWith,
         downloads, fetchAll} = MW;
  const form = document.getElementById("filters");
  const list = document.getElementById("timeline");
  const summary = document.getElementById("summary");
  const histogram = document.getElementById("histogram");
  const aside = document.getElementById("aside");
  const EXPORT_COLUMNS = ["id", "date", "published", "type", "countries", "actor", "recipient", "mode", "doc_type",
                          "areas", "location", "persons", "historical", "lang", "title", "source", "source_url",
                          "article_id", "story", "evidence"];
  let lastMonth = null;

  function monthOf(e) {
    const d = e.date || e.published;
    return d ? d.slice(0, 7) : "undated";
  }

  function render(page, appended) {
    if (!appended) {
      list.replaceChildren();
      lastMonth = null;
      summary.textContent = page.total === 1 ? "1 event" : `${page.total} events`;
      if (!page.items.length) list.append(el("p", {class: "muted"}, "No events match these filters."));
    }
    for (const e of page.items) {
      const month = monthOf(e);
      if (month !== lastMonth) {
        list.append(el("h2", {class: "month"}, month));
        lastMonth = month;
      }
      list.append(eventCard(e));
    }
  }

  const index = (month) => { const [y, m] = month.split("-").map(Number); return y * 12 + m - 1; };
  const monthAt = (i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;

  /** The months the axis covers: those near the bulk of the events (weighted 5th to 95th percentile,
   *  widened by that span and at least two years); the others are outliers, kept aside. */
  function split(byMonth) {
    const keys = [...byMonth.keys()].sort();
    const total = keys.reduce((n, k) => n + byMonth.get(k).events, 0);
    const quantile = (q) => {
      let seen = 0;
      for (const k of keys) { seen += byMonth.get(k).events; if (seen >= q * total) return index(k); }
      return index(keys[keys.length - 1]);
    };
    const lo = quantile(0.05), hi = quantile(0.95);
    const margin = Math.max(hi - lo, 24);
    const inside = keys.filter((k) => index(k) >= lo - margin && index(k) <= hi + margin);
    return {inside, outside: keys.filter((k) => !inside.includes(k))};
  }

  function openPeriod(since, until) {
    location.href = urlWith({since, until, cursor: null});
  }

  function drawHistogram(months) {
    histogram.replaceChildren();
    aside.replaceChildren();
    const byMonth = new Map(months.filter((m) => /^\d{4}-\d{2}$/.test(m.month)).map((m) => [m.month, m]));
    const years = months.filter((m) => /^\d{4}$/.test(m.month));
    const undated = months.filter((m) => !byMonth.has(m.month) && !/^\d{4}$/.test(m.month))
      .reduce((n, m) => n + m.events, 0);
    const {inside, outside} = byMonth.size ? split(byMonth) : {inside: [], outside: []};
    const params = new URLSearchParams(location.search);
    if (inside.length) histogram.append(chart(byMonth, inside));
    const notes = [];
    if (outside.length) {
      notes.push(el("div", {class: "outliers"}, el("span", {class: "muted"}, "Far from the rest: "),
        outside.map((m) => [el("button", {type: "button", class: "chip-button outlier", "data-month": m,
                                          onclick: () => openPeriod(m, m)},
                                  `${m} · ${byMonth.get(m).events}`), " "])));
    }
    if (years.length) {
      notes.push(el("div", {class: "years"}, el("span", {class: "muted"}, "Dated by year only: "),
        years.map((y) => [el("button", {type: "button", class: "chip-button", "data-year": y.month,
                                        onclick: () => openPeriod(y.month, y.month)},
                             `${y.month} · ${y.events}`), " "])));
    }
    if (undated) notes.push(el("div", {class: "undated muted"}, `Undated: ${undated} (listed last)`));
    if (params.has("since") || params.has("until")) {
      notes.push(el("div", {}, el("button", {type: "button", id: "zoom-out", onclick: () => openPeriod(null, null)},
                                  "Show all dates")));
    }
    aside.append(...notes);
  }

  function chart(byMonth, inside) {
    const first = index(inside[0]), last = index(inside[inside.length - 1]);
    const axis = [];
    for (let i = first; i <= last; i++) axis.push(monthAt(i));
    const width = 640, height = 180, pad = 8;
    const max = Math.max(...inside.map((k) => byMonth.get(k).events));
    const bar = (width - 2 * pad) / axis.length;
    const every = Math.ceil(62 / bar);
    const chartNode = svg("svg", {viewBox: `0 0 ${width} ${height + 22}`, class: "bars", role: "group",
                                  "aria-label": `events per month, ${axis[0]} to ${axis[axis.length - 1]}; ` +
                                                "drag to zoom to a period"});
    const bars = [];
    const selection = svg("rect", {class: "brush", x: 0, y: 0, width: 0, height, visibility: "hidden"});
    axis.forEach((month, i) => {
      const x = pad + i * bar;
      const m = byMonth.get(month);
      if (m) {
        let y = height;
        const group = svg("g", {class: "bar", tabindex: -1, role: "button", "data-month": month,
                                "aria-label": `${month}: ${m.events} event${m.events === 1 ? "" : "s"}`});
        for (const type of TYPES) {
          const n = m.by_type[type] || 0;
          if (!n) continue;
          const h = (n / max) * (height - pad);
          y -= h;
          group.append(svg("rect", {x: x + 0.5, y, width: Math.max(bar - 1, 1), height: h, class: "type-" + type}));
        }
        group.append(svg("title", {}, `${month}: ${m.events} events (Enter or click: that month)`));
        chartNode.append(group);
        bars.push(group);
      }
      if (i % every === 0) chartNode.append(svg("text", {x: x + bar / 2, y: height + 15, class: "axis"}, month));
    });
    chartNode.append(svg("line", {x1: pad, x2: width - pad, y1: height, y2: height, class: "baseline"}), selection);
    // keyboard: one tab stop; arrow keys move between bars, Enter opens the month
    const focused = bars.findIndex((b) => b.getAttribute("data-month") === new URLSearchParams(location.search)
      .get("since"));
    if (bars.length) bars[Math.max(focused, 0)].setAttribute("tabindex", "0");
    chartNode.addEventListener("keydown", (event) => {
      const i = bars.indexOf(event.target);
      if (i < 0) return;
      const step = {ArrowRight: 1, ArrowLeft: -1, Home: -i, End: bars.length - 1 - i}[event.key];
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        const month = event.target.getAttribute("data-month");
        openPeriod(month, month);
      } else if (step !== undefined) {
        event.preventDefault();
        const next = bars[Math.min(Math.max(i + step, 0), bars.length - 1)];
        event.target.setAttribute("tabindex", "-1");
        next.setAttribute("tabindex", "0");
        next.focus();
      }
    });
    // pointer: a click opens a month, a drag selects a period
    const slot = (event) => {
      const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(chartNode.getScreenCTM().inverse());
      return Math.min(Math.max(Math.floor((point.x - pad) / bar), 0), axis.length - 1);
    };
    let start = null;
    const show = (a, b) => {
      const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
      selection.setAttribute("x", String(pad + lo * bar));
      selection.setAttribute("width", String((hi - lo + 1) * bar));
      selection.setAttribute("visibility", "visible");
    };
    chartNode.addEventListener("pointerdown", (event) => {
      start = slot(event);
      chartNode.setPointerCapture?.(event.pointerId);
      show(start, start);
    });
    chartNode.addEventListener("pointermove", (event) => { if (start !== null) show(start, slot(event)); });
    chartNode.addEventListener("pointerup", (event) => {
      if (start === null) return;
      const end = slot(event);
      const [lo, hi] = [Math.min(start, end), Math.max(start, end)];
      start = null;
      if (lo === hi && !byMonth.has(axis[lo])) { selection.setAttribute("visibility", "hidden"); return; }
      openPeriod(axis[lo], axis[hi]);
    });
    const legend = el("div", {class: "legend"},
      TYPES.map((t) => el("span", {class: "legend-item"}, el("span", {class: "swatch type-" + t}), t)));
    return el("div", {}, chartNode, legend);
  }

  async function load() {
    const params = formParams(form);
    const filters = Object.assign({}, params);
    delete filters.order;
    const size = Number(new URLSearchParams(location.search).get("limit")) || 50;  // page size; not a cap
    const run = listPager("events", params, size, render);
    downloads(document.getElementById("downloads"), "events",
              () => fetchAll("events", params).then((items) => items.map((e) => Object.assign({}, e, {
                persons: e.persons.map((p) => p.name)}))), EXPORT_COLUMNS);
    const selected = [...(params.country || "").split(","), ...(params.pair || "").split(/[,-]/)].filter(Boolean)
      .map((c) => c.toUpperCase());
    const mapBox = document.getElementById("map");
    try {
      const [months, states] = await Promise.all([api("timeline", filters), api("countries", filters), run(null)]);
      drawHistogram(months);
      const counts = Object.fromEntries(states.map((c) => [c.code, c.events]));
      WorldMap.draw(mapBox, counts, selected, (code) => {
        const current = (params.country || "").toUpperCase();
        location.href = urlWith({country: current === code ? null : code});
      }).catch((err) => showError(mapBox, err));
    } catch (err) {
      summary.textContent = "";
      histogram.replaceChildren();
      showError(list, err);
    }
  }

  document.addEventListener("DOMContentLoaded", async () => {
    bindFilters(form);
    if (!new URLSearchParams(location.search).has("order")) form.elements.order.value = "desc";
    document.getElementById("reset").addEventListener("click", () => { location.search = ""; });
    const names = await countryNames();
    const datalist = document.getElementById("country-list");
    for (const [code, name] of Object.entries(names)) datalist.append(el("option", {value: code}, name));
    load();
  });
})();
