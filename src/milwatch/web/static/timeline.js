// Timeline: events filtered by country, pair, type, dates, official, language; a bar per month.
"use strict";

(() => {
  const {el, svg, api, bindFilters, formParams, showError, listPager, eventCard, countryNames, TYPES} = MW;
  const form = document.getElementById("filters");
  const list = document.getElementById("timeline");
  const summary = document.getElementById("summary");
  const histogram = document.getElementById("histogram");
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

  /** Every month from the first to the last one with events (gaps included: the axis is to scale). */
  function monthRange(first, last) {
    const out = [];
    let [y, m] = first.split("-").map(Number);
    const [ly, lm] = last.split("-").map(Number);
    while (y < ly || (y === ly && m <= lm)) {
      out.push(`${y}-${String(m).padStart(2, "0")}`);
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
    return out;
  }

  function drawHistogram(months, params) {
    histogram.replaceChildren();
    const byMonth = new Map(months.filter((m) => /^\d{4}-\d{2}$/.test(m.month)).map((m) => [m.month, m]));
    const coarse = months.filter((m) => !byMonth.has(m.month)).reduce((n, m) => n + m.events, 0);
    if (!byMonth.size) return;
    const keys = [...byMonth.keys()].sort();
    const axis = monthRange(keys[0], keys[keys.length - 1]);
    const width = 1000, height = 110, pad = 10;
    const max = Math.max(...[...byMonth.values()].map((m) => m.events));
    const bar = (width - 2 * pad) / axis.length;
    const every = Math.ceil(70 / bar);
    const chart = svg("svg", {viewBox: `0 0 ${width} ${height + 22}`, class: "bars", role: "img",
                              "aria-label": "events per month"});
    axis.forEach((month, i) => {
      const x = pad + i * bar;
      const m = byMonth.get(month);
      if (m) {
        let y = height;
        const group = svg("g", {class: "bar", tabindex: 0, "data-month": month});
        for (const type of TYPES) {
          const n = m.by_type[type] || 0;
          if (!n) continue;
          const h = (n / max) * (height - pad);
          y -= h;
          group.append(svg("rect", {x: x + 0.5, y, width: Math.max(bar - 1, 1), height: h, class: "type-" + type}));
        }
        group.append(svg("title", {}, `${month}: ${m.events} events (click to see them)`));
        group.addEventListener("click", () => {
          location.search = new URLSearchParams(Object.assign({}, params, {since: month, until: month})).toString();
        });
        chart.append(group);
      }
      if (i % every === 0) chart.append(svg("text", {x: x + bar / 2, y: height + 15, class: "axis"}, month));
    });
    chart.append(svg("line", {x1: pad, x2: width - pad, y1: height, y2: height, class: "baseline"}));
    const legend = el("div", {class: "legend"},
      TYPES.map((t) => el("span", {class: "legend-item"}, el("span", {class: "swatch type-" + t}), t)),
      coarse ? el("span", {class: "legend-item"}, `+ ${coarse} dated only by year or undated`) : null);
    histogram.append(chart, legend);
  }

  async function load() {
    const params = formParams(form);
    const filters = Object.assign({}, params);
    delete filters.order;
    const size = Number(new URLSearchParams(location.search).get("limit")) || 50;  // page size; not a cap
    const run = listPager("events", params, size, render);
    try {
      const [months] = await Promise.all([api("timeline", filters), run(null)]);
      drawHistogram(months, params);
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
