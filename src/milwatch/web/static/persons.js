// Officials: everyone named in events (or in the registry), by name.
"use strict";

(() => {
  const {el, link, bindFilters, formParams, showError, listPager, countryNames, countryLabel, labelCells, downloads,
         fetchAll} = MW;
  const COLUMNS = ["id", "name", "country", "aliases", "first_seen", "last_seen", "mentions"];
  const form = document.getElementById("filters");
  const table = document.getElementById("persons");
  const summary = document.getElementById("summary");

  function render(page, appended) {
    if (!appended) {
      summary.textContent = page.total === 1 ? "1 official" : `${page.total} officials`;
      table.replaceChildren(el("thead", {}, el("tr", {}, ["name", "country", "also written", "seen", "mentions"]
        .map((h) => el("th", {}, h)))), el("tbody"));
    }
    const body = table.querySelector("tbody");
    for (const p of page.items) {
      body.append(el("tr", {},
        el("td", {}, el("a", {href: link.person(p.id)}, p.name)),
        el("td", {}, p.country ? countryLabel(p.country) : ""),
        el("td", {}, p.aliases.join(", ")),
        el("td", {}, `${p.first_seen || "?"} – ${p.last_seen || "?"}`),
        el("td", {class: "num"}, p.mentions)));
    }
    labelCells(table);
  }

  document.addEventListener("DOMContentLoaded", async () => {
    bindFilters(form);
    await countryNames();
    downloads(document.getElementById("downloads"), "officials", () => fetchAll("persons", formParams(form)),
              COLUMNS);
    listPager("persons", formParams(form), 100, render)(null).catch((err) => showError(table, err));
  });
})();
