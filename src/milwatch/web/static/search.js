// Search: full text over every article and language; matches marked in the snippets.
"use strict";

(() => {
  const {el, api, link, formFromUrl, formParams, showError, pager} = MW;
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
    formFromUrl(form);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      location.search = new URLSearchParams(formParams(form)).toString();
    });
    const params = formParams(form);
    if (!params.q) return;
    const run = pager(document.getElementById("more"),
                      (cursor) => api("search", Object.assign({}, params, {cursor, limit: 20})), render);
    run(null).catch((err) => { summary.textContent = ""; showError(results, err); });
  });
})();
