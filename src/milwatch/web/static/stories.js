// Stories: articles in any language reporting the same event, newest filters via the URL.
"use strict";

(() => {
  const {el, link, bindFilters, formParams, showError, listPager, typeBadge, countriesNode, countryNames, labelCells,
         downloads,
         fetchAll} = MW;
  const COLUMNS = ["id", "first_published", "last_published", "articles", "langs", "events", "type", "countries",
                   "date", "title"];
  const form = document.getElementById("filters");
  const table = document.getElementById("stories");
  const summary = document.getElementById("summary");

  function render(page, appended) {
    if (!appended) {
      summary.textContent = page.total === 1 ? "1 story" : `${page.total} stories`;
      table.replaceChildren(el("thead", {}, el("tr", {}, ["story", "reports", "languages", "main event", "date",
                                                           "first published"].map((h) => el("th", {}, h)))),
                            el("tbody"));
    }
    const body = table.querySelector("tbody");
    for (const s of page.items) {
      body.append(el("tr", {},
        el("td", {}, el("a", {href: link.story(s.id), class: "story-link"}, s.title || s.id)),
        el("td", {class: "num"}, s.articles),
        el("td", {}, s.langs.join(", ")),
        el("td", {}, s.type ? typeBadge(s.type, false) : "", " ", countriesNode(s.countries)),
        el("td", {}, s.date || ""),
        el("td", {}, s.first_published || "")));
    }
    labelCells(table);
  }

  document.addEventListener("DOMContentLoaded", async () => {
    bindFilters(form);
    await countryNames();
    const params = Object.assign(formParams(form), {order: "desc"});  // newest first, undated last
    downloads(document.getElementById("downloads"), "stories", () => fetchAll("stories", params), COLUMNS);
    listPager("stories", params, 100, render)(null).catch((err) => showError(table, err));
  });
})();
