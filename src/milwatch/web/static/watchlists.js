// Watchlists: list them with their feeds and alerts, create one and delete one (writes carry the token the
// user types, as the API requires; it is kept in the form only).  The selected watchlist is in the URL.
"use strict";

(() => {
  const {el, link, api, showError, countryNames, typeBadge, countriesNode, labelCells, activate,
         urlWith} = MW;
  const table = document.getElementById("watchlists");
  const summary = document.getElementById("summary");
  const form = document.getElementById("create");
  const status = document.getElementById("status");
  const alertsBox = document.getElementById("alerts-box");

  /** A write to the API with the token of the form; the answer's JSON, or an Error saying what went wrong. */
  async function send(method, path, body) {
    const token = form.elements.token.value.trim();
    if (!token) {
      form.elements.token.focus();
      throw new Error("enter the write token first (the MILWATCH_TOKEN of milwatch serve)");
    }
    const response = await fetch("/api/" + path, {
      method, headers: {"Authorization": "Bearer " + token, "Content-Type": "application/json",
                        "Accept": "application/json"},
      body: body === undefined ? undefined : JSON.stringify(body)});
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      const detail = typeof answer.detail === "string" ? answer.detail : JSON.stringify(answer.detail || "");
      const why = {401: "the token is missing or wrong", 403: "this server takes no writes (start it with " +
                   "MILWATCH_TOKEN set)"}[response.status];
      throw new Error(why ? `${why} (${detail || response.status})` : detail || response.statusText);
    }
    return answer;
  }

  function say(text, kind) {
    status.className = "status" + (kind ? " " + kind : "");
    status.replaceChildren(...[].concat(text));
  }

  /** A country as the API wants it: a code as given (upper-cased), a name known to the store as its code. */
  function code(value) {
    const text = value.trim();
    if (/^[A-Za-z]{3}$/.test(text)) return text.toUpperCase();
    const wanted = text.toLowerCase();
    const hit = Object.entries(names).find(([, name]) => name.toLowerCase() === wanted);
    return hit ? hit[0] : text;
  }
  let names = {};  // ISO3 -> name, of the countries the store knows

  function list(value, split) {
    return value.split(split).map((v) => v.trim()).filter(Boolean);
  }

  /** The API's body from the form: only the criteria given. */
  function bodyOf() {
    const f = form.elements;
    const body = {name: f.name.value.trim()};
    const countries = list(f.countries.value, /[,;]/).map(code);
    if (countries.length) body.countries = countries;
    const pairText = f.pair.value.trim();
    const pair = list(/^[A-Za-z]{3}-[A-Za-z]{3}$/.test(pairText) ? pairText.replace("-", ",") : pairText, /[,;–]/)
      .map(code);
    if (pair.length) body.pair = pair;
    const officials = list(f.officials.value, /;/);
    if (officials.length) body.officials = officials;
    const types = [...form.querySelectorAll("input[name=types]:checked")].map((box) => box.value);
    if (types.length) body.types = types;
    for (const name of ["doc_types", "modes", "areas"]) if (f[name].value) body[name] = [f[name].value];
    const langs = list(f.langs.value, /[,; ]/).map((v) => v.toLowerCase());
    if (langs.length) body.langs = langs;
    if (f.text.value.trim()) body.text = f.text.value.trim();
    if (f.historical.checked) body.historical = true;
    if (f.webhook_url.value.trim()) body.webhook_url = f.webhook_url.value.trim();
    return body;
  }

  function selected() {
    return new URLSearchParams(location.search).get("watchlist");
  }

  function deleteButton(w) {
    const button = el("button", {type: "button", class: "delete", "data-watchlist": w.id,
                                 "aria-label": `Delete the watchlist ${w.name}`}, "Delete");
    let armed = false;
    button.addEventListener("click", async () => {
      if (!armed) {  // a second click confirms (no dialog box)
        armed = true;
        button.textContent = "Confirm delete";
        button.classList.add("armed");
        say(`Press "Confirm delete" to remove ${w.name} with its alerts.`);
        return;
      }
      try {
        await send("DELETE", "watchlists/" + encodeURIComponent(w.id));
        say(`Deleted ${w.name}.`, "ok");
        if (selected() === String(w.id)) history.replaceState(null, "", urlWith({watchlist: null}));
        await refresh();
      } catch (err) {
        say("Not deleted: " + err.message, "error");
        armed = false;
        button.textContent = "Delete";
        button.classList.remove("armed");
      }
    });
    return button;
  }

  function render(items) {
    summary.textContent = items.length === 1 ? "1 watchlist" : `${items.length} watchlists`;
    if (!items.length) {
      table.replaceChildren(el("caption", {class: "muted"}, "No watchlists yet: create one below."));
      return;
    }
    table.replaceChildren(el("thead", {}, el("tr", {}, ["name", "watches", "alerts", "latest", "follow", ""]
      .map((h) => el("th", {}, h)))), el("tbody"));
    const body = table.querySelector("tbody");
    for (const w of items) {
      const alertsLink = el("a", {href: urlWith({watchlist: String(w.id)}), class: "alerts-link",
                                  "data-watchlist": w.id}, `${w.alerts} alert${w.alerts === 1 ? "" : "s"}`);
      activate(alertsLink, (event) => {
        event.preventDefault();
        history.pushState(null, "", urlWith({watchlist: String(w.id)}));
        showAlerts(w.id, true);
      });
      body.append(el("tr", {"data-watchlist": w.id, class: selected() === String(w.id) ? "current" : null},
        el("td", {}, el("strong", {}, w.name)),
        el("td", {}, w.description, w.webhook ? el("div", {class: "muted"}, "webhook " + w.webhook.url) : null),
        el("td", {}, alertsLink),
        el("td", {}, w.latest_alert ? el("time", {datetime: w.latest_alert}, w.latest_alert.replace("T", " ")) : ""),
        el("td", {}, el("a", {href: w.feed, class: "feed-link", type: "application/atom+xml"}, "Atom feed"), " · ",
           el("a", {href: "/brief?since=30d&watchlist=" + encodeURIComponent(w.id), class: "brief-link"},
              "brief")),
        el("td", {}, deleteButton(w))));
    }
    labelCells(table);
  }

  function newsText(news) {
    const out = [];
    if (news.first_report) out.push("first report");
    else {
      if (news.new_sources && news.new_sources.length) out.push("new sources: " + news.new_sources.join(", "));
      if (news.new_langs && news.new_langs.length) out.push("new languages: " + news.new_langs.join(", "));
    }
    for (const c of news.new_conflicts || []) out.push(`sources disagree on the ${c.field}` +
                                                       (c.person ? ` of ${c.person}` : ""));
    return out.join(" · ") || "update";
  }

  function alertCard(a) {
    const story = (a.reports.find((r) => r.story) || {}).story;
    return el("article", {class: "event alert", "data-alert": a.id},
      el("div", {class: "event-head"},
        el("time", {class: "date"}, a.date || "no date"), " ", typeBadge(a.type, false), " ",
        countriesNode(a.countries),
        el("span", {class: "muted"}, ` · revision ${a.revision} · ${a.updated_at.replace("T", " ")}`)),
      el("p", {class: "news"}, newsText(a.news)),
      el("p", {class: "muted"}, `${a.reports.length} report${a.reports.length === 1 ? "" : "s"} · sources ` +
         `${a.sources.join(", ")} · languages ${a.langs.join(", ")}`,
         story ? [" · ", el("a", {href: link.story(story), class: "story-link"}, "story")] : null),
      el("ul", {class: "alert-reports"}, a.reports.slice(0, 8).map((r) => el("li", {},
        el("span", {class: "lang"}, r.lang || "?"), " ",
        el("a", {href: r.story ? link.story(r.story) + "#report-" + encodeURIComponent(r.article_id)
                               : link.article(r.article_id)}, r.title || r.article_id),
        r.evidence ? el("blockquote", {class: "evidence", lang: r.lang || null}, r.evidence) : null))));
  }

  async function showAlerts(id, focus) {
    for (const row of table.querySelectorAll("tbody tr")) {
      row.classList.toggle("current", row.getAttribute("data-watchlist") === String(id));
    }
    const box = document.getElementById("alerts");
    alertsBox.hidden = false;
    try {
      const w = await api("watchlists/" + encodeURIComponent(id), {limit: 50});
      document.getElementById("alerts-title").textContent = `Recent alerts of ${w.name}`;
      document.getElementById("alerts-meta").replaceChildren(w.description, " · ",
        el("a", {href: w.feed, class: "feed-link"}, "Atom feed"));
      box.replaceChildren(...(w.alerts.length ? w.alerts.map(alertCard)
                                              : [el("p", {class: "muted"}, "No alerts yet: they come with new " +
                                                    "articles (ingest, extract, POST /api/articles, watch).")]));
    } catch (err) {
      document.getElementById("alerts-title").textContent = "Recent alerts";
      showError(box, err);
    }
    if (focus) document.getElementById("alerts-title").focus();
  }

  async function refresh() {
    const {items} = await api("watchlists");
    render(items);
    const id = selected();
    if (id && items.some((w) => String(w.id) === id || w.name === id)) await showAlerts(id, false);
    else alertsBox.hidden = true;
    return items;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = bodyOf();
    say("Saving…");
    try {
      const made = await send("POST", "watchlists", body);
      const secret = made.webhook && made.webhook.secret;
      say([`Created ${made.name} (${made.description}).`, secret ? el("span", {class: "secret"},
        " Webhook signing secret, shown only now: ", el("code", {}, secret)) : ""], "ok");
      for (const name of ["name", "countries", "pair", "officials", "langs", "text", "webhook_url"]) {
        form.elements[name].value = "";
      }
      await refresh();
    } catch (err) {
      say("Not created: " + err.message, "error");
    }
  });

  window.addEventListener("popstate", () => {
    refresh().catch((err) => showError(table, err));
  });

  document.addEventListener("DOMContentLoaded", async () => {
    names = await countryNames();
    refresh().catch((err) => showError(table, err));
  });
})();
