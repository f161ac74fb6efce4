// Timeline: events filtered by country, pair, type, dates, official, language; a bar per month.
"use strict";

(() => {
  const {el, svg, api, formFromUrl, formParams, showError, pager, eventCard, countryNames, TYPES} = MW;
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

  function drawHistogram(months, params) {
    histogram.replaceChildren();
    const dated = months.filter((m) => m.month !== "unknown");
    if (!dated.length) return;
    const width = Math.max(360, Math.min(1100, dated.length * 26)), height = 120, pad = 18;
    const max = Math.max(...dated.map((m) => m.events));
    const bar = (width - 2 * pad) / dated.length;
    const chart = svg("svg", {viewBox: `0 0 ${width} ${height + 30}`, class: "bars", role: "img",
                              "aria-label": "events per month"});
    dated.forEach((m, i) => {
      let y = height;
      const x = pad + i * bar;
      const group = svg("g", {class: "bar", tabindex: 0});
      for (const type of TYPES) {
        const n = m.by_type[type] || 0;
        if (!n) continue;
        const h = (n / max) * (height - pad);
        y -= h;
        group.append(svg("rect", {x: x + 1, y, width: Math.max(bar - 2, 1), height: h, class: "type-" + type}));
      }
      group.append(svg("title", {}, `${m.month}: ${m.events} events`));
      group.addEventListener("click", () => {
        const next = Object.assign({}, params, {since: m.month, until: m.month});
        location.search = new URLSearchParams(next).toString();
      });
      chart.append(group);
      if (i === 0 || i === dated.length - 1 || dated.length < 14 || i % Math.ceil(dated.length / 10) === 0) {
        chart.append(svg("text", {x: x + bar / 2, y: height + 14, class: "axis"}, m.month));
      }
    });
    const legend = el("div", {class: "legend"},
      TYPES.map((t) => el("span", {class: "legend-item"}, el("span", {class: "swatch type-" + t}), t)));
    histogram.append(chart, legend);
  }

  async function load() {
    const params = formParams(form);
    const filters = Object.assign({}, params);
    delete filters.order;
    const size = Number(new URLSearchParams(location.search).get("limit")) || 50;  // page size; not a cap
    const run = pager(document.getElementById("more"),
                      (cursor) => api("events", Object.assign({}, params, {cursor, limit: size})), render);
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
    formFromUrl(form);
    if (!new URLSearchParams(location.search).has("order")) form.elements.order.value = "desc";
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      location.search = new URLSearchParams(formParams(form)).toString();
    });
    document.getElementById("reset").addEventListener("click", () => { location.search = ""; });
    const names = await countryNames();
    const datalist = document.getElementById("country-list");
    for (const [code, name] of Object.entries(names)) datalist.append(el("option", {value: code}, name));
    load();
  });
})();
