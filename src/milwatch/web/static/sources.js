// Sources: every feed or page `milwatch watch` polls, from /api/sources; failing ones are marked.
// "Only failing" is in the URL (?failing=true) like every other filter.
"use strict";

(() => {
  const {el, api, safeUrl, bindFilters, formParams, showError, labelCells, downloads} = MW;
  const COLUMNS = ["name", "url", "kind", "failing", "last_success", "last_error_at", "last_status", "last_error",
                   "errors_in_a_row", "polls", "not_modified", "errors", "next_poll", "stored", "duplicate",
                   "quarantined", "pending", "pending_failing"];
  const form = document.getElementById("filters");
  const table = document.getElementById("sources");
  const summary = document.getElementById("summary");

  function when(iso) {
    return iso ? iso.replace("T", " ").replace(/(\+00:00|Z)$/, " UTC") : "never";
  }

  function inTime(seconds) {
    if (seconds <= 0) return "due now";
    if (seconds < 90) return `in ${Math.round(seconds)} s`;
    if (seconds < 5400) return `in ${Math.round(seconds / 60)} min`;
    if (seconds < 129600) return `in ${Math.round(seconds / 3600)} h`;
    return `in ${Math.round(seconds / 86400)} days`;
  }

  function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
  }

  /** A source as one flat record (downloads). */
  function flat(s) {
    const out = Object.assign({}, s, {stored: s.items.stored, duplicate: s.items.duplicate,
                                      quarantined: s.items.quarantined, pending: s.items.pending,
                                      pending_failing: s.items.failing});
    delete out.items;
    return out;
  }

  function sourceCell(s) {
    const url = safeUrl(s.url);
    return el("td", {},
      el("span", {class: "source-name"}, s.name), " ",
      s.kind ? el("span", {class: "badge kind"}, s.kind) : null, " ",
      s.failing ? el("span", {class: "badge failing"}, "failing")
                : s.last_success ? el("span", {class: "badge ok"}, "ok") : null,
      el("div", {class: "source-url"}, url ? el("a", {href: url, rel: "noopener noreferrer"}, s.url) : s.url));
  }

  function errorCell(s) {
    if (!s.last_error) return el("td", {class: "last-error"}, "");
    return el("td", {class: "last-error " + (s.failing ? "failing" : "recovered"),
                     title: s.failing ? `${plural(s.errors_in_a_row, "error")} in a row` : "recovered since"},
      el("time", {datetime: s.last_error_at || ""}, when(s.last_error_at)), el("br"), s.last_error,
      s.failing && s.errors_in_a_row > 1 ? el("div", {}, `${s.errors_in_a_row} errors in a row`) : null);
  }

  function itemsCell(items) {
    const parts = [`${items.stored} stored`];
    if (items.duplicate) parts.push(`${items.duplicate} duplicate${items.duplicate === 1 ? "" : "s"}`);
    if (items.quarantined) parts.push(`${items.quarantined} quarantined`);
    if (items.pending) parts.push(`${items.pending} waiting` + (items.failing ? ` (${items.failing} failing)` : ""));
    return el("td", {class: "items"}, parts.join(" · "));
  }

  function render(body, failingOnly) {
    const items = body.items;
    const failing = items.filter((s) => s.failing).length;
    summary.textContent = failingOnly ? plural(items.length, "failing source")
      : plural(items.length, "source") + (items.length ? ` · ${failing} failing` : "");
    if (!items.length) {
      table.replaceChildren(el("caption", {class: "muted"}, failingOnly ? "No source is failing."
        : "No sources yet: run milwatch watch SOURCES.toml (see docs/cli.md)."));
      return;
    }
    table.replaceChildren(el("thead", {}, el("tr", {}, ["source", "last success", "last error", "items", "polls",
                                                          "next poll"].map((h) => el("th", {scope: "col"}, h)))),
                          el("tbody"));
    const tbody = table.querySelector("tbody");
    for (const s of items) {
      tbody.append(el("tr", {class: s.failing ? "failing" : null, "data-source": s.name,
                             "data-failing": String(s.failing)},
        sourceCell(s),
        el("td", {}, el("time", {datetime: s.last_success || ""}, when(s.last_success))),
        errorCell(s),
        itemsCell(s.items),
        el("td", {class: "num", title: `${s.errors} errors, ${s.not_modified} unchanged (304)`}, s.polls),
        el("td", {title: s.next_poll ? when(s.next_poll) : null}, inTime(s.next_poll_in))));
    }
    labelCells(table);
  }

  document.addEventListener("DOMContentLoaded", () => {
    bindFilters(form);
    // Enter on the checkbox applies the filter, as a click on "Apply" does.
    form.elements.failing.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    const params = formParams(form);
    downloads(document.getElementById("downloads"), "sources",
              async () => (await api("sources", params)).items.map(flat), COLUMNS);
    api("sources", params).then((body) => render(body, Boolean(params.failing)))
      .catch((err) => showError(table, err));
  });
})();
