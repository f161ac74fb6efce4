// Person page: an official's spellings, roles and ranks over time, and events.
"use strict";

(() => {
  const {el, svg, api, eventCard, countryNames, countryLabel, showError} = MW;

  /** "2024", "2024-09", "2024-09-10" -> fractional year (start or end of the period). */
  function yearOf(value, end) {
    if (!value) return null;
    const [y, m, d] = value.split("-").map(Number);
    if (!m) return y + (end ? 1 : 0);
    if (!d) return y + (m - (end ? 0 : 1)) / 12;
    return y + (m - 1) / 12 + (d - (end ? 0 : 1)) / 365;
  }

  function chart(person) {
    const rows = [...person.roles.map((r) => ["role", r]), ...(person.ranks || []).map((r) => ["rank", r])]
      .filter(([, a]) => a.first_seen || a.last_seen);
    if (!rows.length) return el("p", {class: "muted"}, "No dated roles.");
    const starts = rows.map(([, a]) => yearOf(a.first_seen || a.last_seen, false));
    const ends = rows.map(([, a]) => yearOf(a.last_seen || a.first_seen, true));
    const lo = Math.floor(Math.min(...starts)), hi = Math.ceil(Math.max(...ends));
    const width = 760, left = 220, row = 26, top = 10;
    const height = top + rows.length * row + 26;
    const x = (v) => left + ((v - lo) / Math.max(hi - lo, 1)) * (width - left - 20);
    const out = svg("svg", {viewBox: `0 0 ${width} ${height}`, class: "roles-chart", role: "img",
                            "aria-label": "roles over time"});
    for (let year = lo; year <= hi; year++) {
      out.append(svg("line", {x1: x(year), x2: x(year), y1: top, y2: height - 20, class: "tick"}),
                 svg("text", {x: x(year), y: height - 6, class: "axis"}, String(year)));
    }
    rows.forEach(([kind, a], i) => {
      const y = top + i * row;
      out.append(svg("text", {x: left - 8, y: y + 16, class: "row-label"}, a.value),
                 svg("rect", {x: x(starts[i]), y: y + 4, width: Math.max(x(ends[i]) - x(starts[i]), 4), height: 16,
                              class: "span-" + kind},
                     svg("title", {}, `${a.value}: ${a.first_seen || "?"} – ${a.last_seen || "?"} (${a.count})`)));
    });
    return out;
  }

  function rolesTable(person) {
    const rows = [...person.roles.map((r) => ["role", r]), ...(person.ranks || []).map((r) => ["rank", r])];
    return [el("thead", {}, el("tr", {}, ["", "value", "first seen", "last seen", "mentions"]
                                 .map((h) => el("th", {}, h)))),
            el("tbody", {}, rows.map(([kind, a]) => el("tr", {},
              el("td", {class: "muted"}, kind), el("td", {}, a.value), el("td", {}, a.first_seen || "?"),
              el("td", {}, a.last_seen || "?"), el("td", {class: "num"}, a.count))))];
  }

  document.addEventListener("DOMContentLoaded", async () => {
    await countryNames();
    const id = decodeURIComponent(location.pathname.slice("/person/".length));
    try {
      const p = await api("persons/" + encodeURIComponent(id));
      document.getElementById("name").textContent = p.name;
      document.title = p.name + " · milwatch";
      document.getElementById("meta").textContent = [p.country ? countryLabel(p.country) : "country unknown",
        `seen ${p.first_seen || "?"} – ${p.last_seen || "?"}`, `${p.mentions} mentions`,
        p.langs && p.langs.length ? "in " + p.langs.join(", ") : null].filter(Boolean).join(" · ");
      const aliases = document.getElementById("aliases");
      aliases.replaceChildren(...[p.name, ...p.aliases].map((a) => el("li", {class: "chip"}, a)));
      document.getElementById("roles-chart").replaceChildren(chart(p));
      document.getElementById("roles").replaceChildren(...rolesTable(p));
      document.getElementById("events").replaceChildren(...p.events.map((e) => eventCard(e)));
    } catch (err) {
      document.getElementById("name").textContent = "Not found";
      showError(document.getElementById("events"), err);
    }
  });
})();
