// Search: full text over every article and language; matches marked in the snippets.
"use strict";

(() => {
  const {el, link, bindFilters, formParams, showError, listPager, downloads, fetchAll} = MW;
  const COLUMNS = ["id", "title", "lang", "published", "source", "story", "snippet"];
  const form = document.getElementById("filters");
  const results = document.getElementById("results");
  const summary = document.getElementById("summary");

  function render(page, appended) {
    if (!appended) {
      results.replaceChildren();
      summary.textContent = page.total === 1 ? "1 article" : `${page.total} articles`;
    }
    for (const hit of page.items) {
      const href = hit.story ? link.story(hit.story) + "#report-" + encodeURIComponent(hit.id) : link.article(hit.id);
      results.append(el("li", {class: "hit"},
        el("a", {href, class: "hit-title"}, hit.title || hit.id), " ",
        el("span", {class: "muted"}, [hit.lang, hit.published, hit.source].filter(Boolean).join(" · ")),
        el("p", {class: "snippet"}, hit.snippet_parts.map(([text, match]) => (match ? el("mark", {}, text) : text)))));
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    bindFilters(form);
    const params = formParams(form);
    if (!params.q) return;
    downloads(document.getElementById("downloads"), "search", () => fetchAll("search", params, 5000), COLUMNS);
    listPager("search", params, 20, render)(null)
      .catch((err) => { summary.textContent = ""; showError(results, err); });
  });
})();
