// Story page: every report side by side, evidence sentences highlighted, conflicts marked.
// Also the page of one article (/article/ID): the same view with one report.
"use strict";

(() => {
  const {el, api, safeUrl, link, typeBadge, countriesNode, personLinks, countryNames, countryLabel, showError,
         activate, labelCells} = MW;

  function decodeTail(prefix) {
    return decodeURIComponent(location.pathname.slice(prefix.length));
  }

  /** Evidence spans of an article's events: [start, end, event] with offsets into the raw text. */
  function spans(article) {
    const out = [];
    for (const e of article.events) {
      let start = e.evidence_start, end = e.evidence_end;
      const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end
        && end <= article.text.length;
      if (!valid && e.evidence) {
        start = article.text.indexOf(e.evidence);
        end = start < 0 ? -1 : start + e.evidence.length;
      }
      if (start >= 0 && end > start) out.push([start, end, e]);
    }
    return out;
  }

  /** The raw text as text nodes, with <mark> around every evidence sentence (overlaps split). */
  function highlighted(article) {
    const text = article.text;
    const found = spans(article);
    const cuts = new Set([0, text.length]);
    for (const [s, e] of found) { cuts.add(s); cuts.add(e); }
    const points = [...cuts].sort((a, b) => a - b);
    const box = el("div", {class: "article-text"});
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const piece = text.slice(from, to);
      const covering = found.filter(([s, e]) => s <= from && to <= e).map(([, , ev]) => ev);
      if (!covering.length) { box.append(document.createTextNode(piece)); continue; }
      const conflict = covering.some((ev) => ev.conflicts && ev.conflicts.length);
      box.append(el("mark", {class: "evidence" + (conflict ? " conflict" : ""),
                             "data-events": covering.map((ev) => ev.id).join(" "),
                             title: covering.map((ev) => `${ev.type} ${ev.countries.join("–")}`).join("; ")},
                    piece));
    }
    return box;
  }

  function focusEvent(id, on) {
    for (const mark of document.querySelectorAll("mark.evidence")) {
      if (mark.getAttribute("data-events").split(" ").includes(id)) mark.classList.toggle("focus", on);
    }
  }

  function eventItem(e) {
    const details = [e.date || "no date", e.mode, e.doc_type, e.location ? "in " + countryLabel(e.location) : null]
      .filter(Boolean).join(" · ");
    const item = el("li", {class: "report-event" + (e.conflicts && e.conflicts.length ? " has-conflict" : ""),
                           "data-event": e.id, tabindex: 0,
                           title: "Enter or click: show its evidence in the text"},
      typeBadge(e.type, e.historical), " ", countriesNode(e.countries), el("span", {class: "muted"}, " " + details),
      e.persons.length ? el("div", {class: "people"}, personLinks(e.persons)) : null,
      (e.conflicts || []).map((c) => el("div", {class: "conflict-note"},
        "⚠ " + c.field + (c.person ? ` of ${c.person}` : "") + ": this report says " + c.value)));
    item.addEventListener("mouseenter", () => focusEvent(e.id, true));
    item.addEventListener("mouseleave", () => focusEvent(e.id, false));
    item.addEventListener("focus", () => focusEvent(e.id, true));
    item.addEventListener("blur", () => focusEvent(e.id, false));
    activate(item, (event) => {
      if (event.target.closest("a")) return;  // a person's link
      const mark = [...document.querySelectorAll("mark.evidence")]
        .find((m) => m.getAttribute("data-events").split(" ").includes(e.id));
      if (mark) mark.scrollIntoView({behavior: "smooth", block: "center"});
    });
    return item;
  }

  function report(article) {
    const url = safeUrl(article.source_url);
    return el("section", {class: "report", id: "report-" + article.id, lang: article.lang || null},
      el("header", {},
        el("span", {class: "badge lang"}, article.lang || "?"), " ",
        el("h3", {class: "report-title"}, article.title || "(no title)"),
        el("div", {class: "muted"}, [article.published || "date unknown", article.source,
                                     article.id].filter(Boolean).join(" · "), " ",
           url ? el("a", {href: url, rel: "noopener noreferrer nofollow", target: "_blank"}, "source ↗") : null)),
      article.events.length
        ? el("ul", {class: "report-events"}, article.events.map(eventItem))
        : el("p", {class: "muted"}, "No events extracted."),
      highlighted(article));
  }

  function canonicalTable(story) {
    const withConflict = new Set(story.conflicts.map((c) => c.event));
    const rows = story.canonical.map((c) => el("tr", {class: withConflict.has(c.id) ? "conflict-row" : null},
      el("td", {}, typeBadge(c.type, c.historical)),
      el("td", {}, countriesNode(c.countries)),
      el("td", {}, c.date || ""),
      el("td", {}, [c.mode, c.doc_type, c.location ? "in " + countryLabel(c.location) : null]
        .filter(Boolean).join(" · ")),
      el("td", {class: "num"}, c.mentions.length),
      el("td", {}, c.langs.join(", ")),
      el("td", {}, withConflict.has(c.id) ? el("span", {class: "conflict-flag"}, "⚠ conflict") : "")));
    return [el("thead", {}, el("tr", {}, ["type", "countries", "date", "details", "reports", "languages", ""]
      .map((h) => el("th", {}, h)))), el("tbody", {}, rows)];
  }

  function conflictsTable(story) {
    const rows = story.conflicts.map((c) => el("tr", {class: "conflict-row"},
      el("td", {}, c.field + (c.person ? ` (${c.person})` : "")),
      el("td", {}, Object.entries(c.values).map(([value, atts]) => el("div", {class: "conflict-value"},
        el("strong", {}, value), " — ",
        atts.map((a, i) => [i ? ", " : "", el("a", {href: "#report-" + a.article_id},
                                                `${a.lang || "?"} ${a.article_id}`)]))))));
    return [el("thead", {}, el("tr", {}, el("th", {}, "field"), el("th", {}, "what each report says"))),
            el("tbody", {}, rows)];
  }

  /** The story so far: the pages of reports loaded, merged. */
  function merge(story, page) {
    if (!story) return page;
    const canonical = new Map(story.canonical.map((c) => [c.id, c]));
    for (const c of page.canonical) {
      const known = canonical.get(c.id);
      if (!known) canonical.set(c.id, c);
      else {
        known.mentions = [...new Set([...known.mentions, ...c.mentions])].sort();
        known.langs = [...new Set([...known.langs, ...c.langs])].sort();
      }
    }
    const seen = new Set(story.conflicts.map((c) => JSON.stringify([c.event, c.field, c.person])));
    return Object.assign({}, page, {
      articles: [...story.articles, ...page.articles], canonical: [...canonical.values()],
      conflicts: [...story.conflicts, ...page.conflicts.filter((c) => !seen.has(JSON.stringify([c.event, c.field,
                                                                                                 c.person])))]});
  }

  function render(story) {
    const titled = story.articles.find((a) => a.lang === "en" && a.title) || story.articles.find((a) => a.title);
    document.getElementById("title").textContent = titled ? titled.title : (story.id || story.articles[0].id);
    document.title = document.getElementById("title").textContent + " · milwatch";
    const langs = [...new Set(story.articles.map((a) => a.lang || "?"))];
    const total = story.articles_total || story.articles.length;
    document.getElementById("meta").textContent = (story.id ? `story ${story.id} · ` : "")
      + (total > story.articles.length ? `${story.articles.length} of ` : "")
      + `${total} report${total === 1 ? "" : "s"} in ${langs.join(", ")}`
      + (story.conflicts.length ? ` · ${story.conflicts.length} conflict${story.conflicts.length === 1 ? "" : "s"}`
        : "");
    if (story.canonical.length) {
      document.getElementById("canonical-box").hidden = false;
      document.getElementById("canonical").replaceChildren(...canonicalTable(story));
      labelCells(document.getElementById("canonical"));
    }
    if (story.conflicts.length) {
      document.getElementById("conflicts-box").hidden = false;
      document.getElementById("conflicts").replaceChildren(...conflictsTable(story));
      labelCells(document.getElementById("conflicts"));
    }
    const reports = document.getElementById("reports");
    reports.style.setProperty("--columns", String(Math.min(story.articles.length, 4)));
    reports.replaceChildren(...story.articles.map(report));
    if (location.hash) {
      const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) target.scrollIntoView();
    }
  }

  document.addEventListener("DOMContentLoaded", async () => {
    await countryNames();
    try {
      if (location.pathname.startsWith("/article/")) {
        const article = await api("articles/" + encodeURIComponent(decodeTail("/article/")));
        if (article.story) {
          location.replace(link.story(article.story) + "#report-" + encodeURIComponent(article.id));
          return;
        }
        for (const e of article.events) e.conflicts = [];
        render({id: null, articles: [article], canonical: [], conflicts: []});
      } else {
        const path = "stories/" + encodeURIComponent(decodeTail("/story/"));
        const more = document.getElementById("more");
        let story = null;
        const next = async (cursor) => {
          const page = await api(path, {cursor, limit: new URLSearchParams(location.search).get("limit")});
          const top = window.scrollY;
          story = merge(story, page);
          render(story);
          if (cursor) window.scrollTo(0, top);
          more.hidden = !page.next;
          more.dataset.cursor = page.next || "";
        };
        more.addEventListener("click", () => next(more.dataset.cursor).catch((err) => {
          more.textContent = "Error: " + err.message;
        }));
        await next(null);
        const wanted = location.hash ? decodeURIComponent(location.hash.slice(1)) : null;
        for (let i = 0; wanted && !document.getElementById(wanted) && more.dataset.cursor && i < 50; i++) {
          await next(more.dataset.cursor);  // the report linked to is on a later page
        }
        if (wanted && document.getElementById(wanted)) document.getElementById(wanted).scrollIntoView();
      }
    } catch (err) {
      document.getElementById("title").textContent = "Not found";
      showError(document.getElementById("reports"), err);
    }
  });
})();
