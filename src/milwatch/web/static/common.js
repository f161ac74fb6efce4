// Helpers shared by every page.  The DOM is built with createElement/textContent/setAttribute
// only: article text (titles, evidence, names) is never parsed as HTML.
"use strict";

const MW = (() => {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const TYPES = ["meeting", "agreement", "intent", "exercise", "aid", "support"];

  function fill(node, attrs, children) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "class") node.setAttribute("class", value);
      else if (key === "text") node.textContent = String(value);
      else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** el("a", {href: "/x", class: "y"}, "text", otherNode) */
  function el(tag, attrs, ...children) {
    return fill(document.createElement(tag), attrs, children);
  }

  function svg(tag, attrs, ...children) {
    return fill(document.createElementNS(SVG_NS, tag), attrs, children);
  }

  /** GET /api/<path> with query parameters (arrays repeat the key). */
  async function api(path, params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (value === undefined || value === null || value === "" || value === false) continue;
      for (const v of Array.isArray(value) ? value : [value]) query.append(key, String(v));
    }
    const url = "/api/" + path + (query.toString() ? "?" + query.toString() : "");
    const response = await fetch(url, {headers: {Accept: "application/json"}});
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.detail ? (typeof body.detail === "string" ? body.detail
                                                                                    : JSON.stringify(body.detail))
                                                  : response.statusText);
    return body;
  }

  /** Only http(s) links to the outside; anything else (javascript:, data:) becomes no link. */
  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  const link = {
    story: (id) => "/story/" + encodeURIComponent(id),
    article: (id) => "/article/" + encodeURIComponent(id),
    person: (id) => "/person/" + encodeURIComponent(id),
    timeline: (params) => "/?" + new URLSearchParams(params).toString(),
  };

  let names = null;
  /** ISO3 -> English name, from /api/countries (loaded once per page). */
  async function countryNames() {
    if (names === null) {
      names = {};
      try {
        for (const c of await api("countries")) names[c.code] = c.name;
      } catch (err) { /* names are a nicety */ }
    }
    return names;
  }

  function countryLabel(code) {
    return (names && names[code]) || code;
  }

  function typeBadge(type, historical) {
    return el("span", {class: "badge type-" + (TYPES.includes(type) ? type : "other"),
                       title: historical ? "historical: told as background" : null},
              type + (historical ? " (hist.)" : ""));
  }

  function countriesNode(codes) {
    return el("span", {class: "countries"},
              codes.map((code, i) => [i ? " – " : "", el("abbr", {title: countryLabel(code)}, code)]));
  }

  function personLinks(persons) {
    return persons.map((p, i) => [i ? ", " : "",
      el("a", {href: link.person(p.person_id || p.name), class: "person"}, p.name),
      p.role ? el("span", {class: "muted"}, " (" + p.role + ")") : null]);
  }

  /** An event as a card: date, type, countries, details, officials, evidence, source and story links. */
  function eventCard(e, options) {
    const opts = options || {};
    const date = e.date || (e.published ? "reported " + e.published : "no date");
    const details = [e.mode, e.doc_type, e.location ? "in " + countryLabel(e.location) : null,
                     e.areas && e.areas.length ? e.areas.join(", ") : null].filter(Boolean).join(" · ");
    return el("article", {class: "event" + (e.historical ? " historical" : ""), "data-event": e.id},
      el("div", {class: "event-head"},
        el("time", {class: "date"}, date), " ", typeBadge(e.type, e.historical), " ", countriesNode(e.countries),
        details ? el("span", {class: "muted"}, " · " + details) : null),
      e.persons && e.persons.length ? el("div", {class: "people"}, personLinks(e.persons)) : null,
      e.evidence ? el("blockquote", {class: "evidence"}, e.evidence) : null,
      opts.source === false ? null : el("div", {class: "source muted"},
        el("span", {class: "lang"}, e.lang || "?"), " ",
        el("a", {href: e.story ? link.story(e.story) + "#report-" + encodeURIComponent(e.article_id)
                               : link.article(e.article_id), class: "story-link"},
           e.title || e.article_id),
        e.source ? " · " + e.source : null));
  }

  /** The form's fields from the URL, and the URL from the form. */
  function formFromUrl(form) {
    const params = new URLSearchParams(location.search);
    for (const field of form.elements) {
      if (!field.name) continue;
      if (field.type === "checkbox") field.checked = params.get(field.name) === "true";
      else if (params.has(field.name)) field.value = params.get(field.name);
    }
  }

  function formParams(form) {
    const out = {};
    for (const field of form.elements) {
      if (!field.name) continue;
      if (field.type === "checkbox") { if (field.checked) out[field.name] = "true"; }
      else if (field.value.trim()) out[field.name] = field.value.trim();
    }
    return out;
  }

  const DOC_TYPES = ["agreement", "memorandum", "protocol", "letter_of_intent", "plan", "declaration", "contract",
                     "other"];
  const MODES = ["visit", "phone", "multilateral", "third-party"];
  const AREAS = ["training", "education", "defense_industry", "military_trade", "logistics", "technology",
                 "demining", "exercises", "peacekeeping", "maritime", "cyber", "intelligence", "medicine",
                 "counterterrorism", "border", "other"];

  function choice(label, name, values) {
    return el("label", {}, label, el("select", {name},
      el("option", {value: ""}, "all"), values.map((v) => el("option", {value: v}, v.replace(/_/g, " ")))));
  }

  /** The event filters every event page has (document type, mode, area, language), added where missing. */
  function addEventFilters(form) {
    const before = form.querySelector("button");
    const wanted = [
      ["doc_type", () => choice("Document", "doc_type", DOC_TYPES)],
      ["mode", () => choice("Mode", "mode", MODES)],
      ["area", () => choice("Area", "area", AREAS)],
      ["lang", () => el("label", {}, "Language", el("input", {name: "lang", placeholder: "e.g. de", size: 4}))],
    ];
    for (const [name, make] of wanted) if (!form.elements[name]) form.insertBefore(make(), before);
  }

  /** Fill the filter form from the URL; submitting it reloads the page with the form's fields in the URL. */
  function bindFilters(form) {
    if (form.hasAttribute("data-event-filters")) addEventFilters(form);
    formFromUrl(form);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      location.search = new URLSearchParams(formParams(form)).toString();
    });
  }

  /** Run `action` on a click and on Enter (and Space, for what is no link) from the keyboard. */
  function activate(node, action) {
    node.addEventListener("click", action);
    node.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || (event.key === " " && node.tagName !== "A")) {
        event.preventDefault();
        action(event);
      }
    });
    return node;
  }

  /** This page's URL with `changes` applied to its query (null or "" removes a key). */
  function urlWith(changes) {
    const params = new URLSearchParams(location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === undefined || value === "") params.delete(key);
      else params.set(key, value);
    }
    const query = params.toString();
    return location.pathname + (query ? "?" + query : "");
  }

  /** Every item of a paged endpoint (at most `cap`), following `next`. */
  async function fetchAll(endpoint, params, cap) {
    const items = [];
    let cursor = null;
    do {
      const page = await api(endpoint, Object.assign({}, params, {cursor, limit: 500}));
      items.push(...page.items);
      cursor = page.next;
    } while (cursor && items.length < (cap || 50000));
    return items;
  }

  function csvCell(value) {
    if (value === null || value === undefined) return "";
    let text = Array.isArray(value) ? value.map((v) => (typeof v === "object" && v ? v.name || JSON.stringify(v) : v))
      .join("; ") : typeof value === "object" ? JSON.stringify(value) : String(value);
    if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = "'" + text;  // no formulas in spreadsheets
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function toCsv(rows, columns) {
    const keys = columns || [...new Set(rows.flatMap((r) => Object.keys(r)))];
    return [keys.join(","), ...rows.map((r) => keys.map((k) => csvCell(r[k])).join(","))].join("\r\n") + "\r\n";
  }

  function save(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], {type}));
    const a = el("a", {href: url, download: name, hidden: true});
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  /** "Download CSV / JSON" buttons for the current view: `rows()` gives its records (all pages). */
  function downloads(where, name, rows, columns) {
    const status = el("span", {class: "muted", role: "status"});
    const button = (format) => el("button", {type: "button", class: "download", "data-format": format,
      onclick: async () => {
        status.textContent = "Preparing…";
        try {
          const items = await rows();
          if (format === "csv") save(name + ".csv", "text/csv;charset=utf-8", "\ufeff" + toCsv(items, columns));
          else save(name + ".json", "application/json", JSON.stringify(items, null, 1));
          status.textContent = `${items.length} rows saved as ${name}.${format}`;
        } catch (err) {
          status.textContent = "Error: " + err.message;
        }
      }}, "Download " + format.toUpperCase());
    where.replaceChildren(button("csv"), " ", button("json"), " ", status);
  }

  /** Each cell of `table` labelled with its column's heading (narrow screens show the rows as cards). */
  function labelCells(table) {
    const heads = [...table.querySelectorAll("thead th")].map((th) => th.textContent);
    table.classList.add("stack");
    for (const row of table.querySelectorAll("tbody tr")) {
      [...row.children].forEach((cell, i) => { if (heads[i]) cell.setAttribute("data-label", heads[i]); });
    }
  }

  function showError(where, err) {
    where.replaceChildren(el("p", {class: "error"}, "Error: " + err.message));
  }

  /** Cursor paging into `list`: load(cursor) returns a page; "more" appends the next one. */
  function pager(button, load, render) {
    let next = null;
    async function run(cursor) {
      const page = await load(cursor);
      render(page, Boolean(cursor));
      next = page.next;
      button.hidden = !next;
      return page;
    }
    button.addEventListener("click", () => {
      if (next) run(next).catch((err) => { button.textContent = "Error: " + err.message; });
    });
    return run;
  }

  /** pager() on the page's #more button over /api/<endpoint>, `limit` items a page. */
  function listPager(endpoint, params, limit, render) {
    return pager(document.getElementById("more"),
                 (cursor) => api(endpoint, Object.assign({}, params, {cursor, limit})), render);
  }

  function markNav() {
    const here = location.pathname;
    for (const a of document.querySelectorAll("nav a[data-nav]")) {
      const target = a.getAttribute("data-nav");
      if (target === here || (target !== "/" && here.startsWith(target))
          || (target === "/stories" && here.startsWith("/story/"))
          || (target === "/persons" && here.startsWith("/person/"))) a.classList.add("active");
    }
  }

  async function footer() {
    try {
      const s = await api("stats");
      document.getElementById("db-stats").textContent =
        `${s.articles} articles · ${s.events} events · ${s.stories} stories · ${s.persons} officials · ` +
        `${s.countries} countries`;
    } catch (err) { /* the footer is a nicety */ }
  }

  document.addEventListener("DOMContentLoaded", () => { markNav(); footer(); });

  return {el, svg, api, safeUrl, link, countryNames, countryLabel, typeBadge, countriesNode, personLinks,
          eventCard, formFromUrl, formParams, bindFilters, showError, pager, listPager, TYPES, activate, urlWith,
          fetchAll, toCsv, downloads, addEventFilters, labelCells};
})();
