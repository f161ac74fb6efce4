"""A brief as a file to send: self-contained HTML (inline CSS and SVG chart, no script, nothing
fetched from anywhere) or Markdown.

    text = render_brief(build_brief(store, since="7d"), "html")   # or "md"
    STYLE_HASH                                                    # CSP hash of the inline style
"""

from __future__ import annotations

import base64
import hashlib
from html import escape
from typing import Any

from milwatch.alerts.brief_map import map_svg
from milwatch.model import EVENT_TYPES

COLORS = {"meeting": "#2f6db3", "agreement": "#2e8b57", "intent": "#b36b00", "exercise": "#8e44ad",
          "aid": "#c0392b", "support": "#5d6d7e"}
STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;
padding:0 1rem;
color:#1b1f24;background:#fff}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
.meta{color:#57606a}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eaeef2;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.story{margin:1rem 0;padding:.5rem .8rem;border-left:4px solid #d0d7de}
blockquote{margin:.3rem 0 .3rem 1rem;color:#24292f}.tag{font-size:.8rem;color:#57606a}
.legend>span{display:inline-block;margin-right:1rem}svg{max-width:100%;height:auto}
svg.map{width:100%;display:block;margin:.5rem 0}
@media print{body{margin:0}}
""".strip()
STYLE_HASH = "sha256-" + base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()


def _country(code: str, names: dict[str, str]) -> str:
    return names.get(code, code) if code else "(alone)"


def _pair(p: dict[str, Any], names: dict[str, str]) -> str:
    return _country(p["a"], names) + (f" – {_country(p['b'], names)}" if p["b"] else "")


def chart_svg(series: list[dict[str, Any]], width: int = 900, height: int = 220) -> str:
    """Stacked bars of events per period and type, with a labelled axis (plain SVG, no script)."""
    if not series:
        return ""
    top = max((sum(s["by_type"].values()) for s in series), default=0) or 1
    left, plot_h = 40, height - 60
    step = (width - left - 10) / len(series)
    bar = max(step * 0.8, 1.0)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Events per period by type, {escape(series[0]["bucket"])} to '
             f'{escape(series[-1]["bucket"])}">',
             f'<line x1="{left}" y1="{10 + plot_h}" x2="{width - 10}" y2="{10 + plot_h}" stroke="#57606a"/>',
             f'<text x="{left - 6}" y="18" font-size="11" text-anchor="end" fill="#57606a">{top}</text>',
             f'<text x="{left - 6}" y="{10 + plot_h}" font-size="11" text-anchor="end" '
             f'fill="#57606a">0</text>']
    label_every = max(1, len(series) // 12, -(-70 // max(int(step), 1)))  # labels >= 70 units apart
    for i, s in enumerate(series):
        x = left + i * step + (step - bar) / 2
        y = 10 + plot_h
        total = sum(s["by_type"].values())
        for kind in EVENT_TYPES:
            n = s["by_type"].get(kind, 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                         f'fill="{COLORS[kind]}">'
                         f'<title>{escape(s["bucket"])}: {n} {kind}</title></rect>')
        if i % label_every == 0:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{height - 22}" font-size="10" text-anchor="middle" '
                         f'fill="#57606a">{escape(s["bucket"])}</text>')
        if total and len(series) <= 31:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{y - 3:.1f}" font-size="10" text-anchor="middle" '
                         f'fill="#1b1f24">{total}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _legend() -> str:
    return '<p class="legend">' + "".join(
        f'<span><svg width="12" height="12" aria-hidden="true"><rect width="12" '
        f'height="12" fill="{c}"/></svg> '
        f'{k}</span>' for k, c in COLORS.items()) + "</p>"


def _link(url: str | None, text: str) -> str:
    if url and url.startswith(("http://", "https://")):
        return f'<a href="{escape(url)}">{escape(text)}</a>'
    return escape(text)


def render_html(data: dict[str, Any]) -> str:
    names = data["country_names"]
    p, t = data["period"], data["totals"]
    wl = data.get("watchlist")
    title = f"milwatch brief {p['since']} – {p['until']}" + (f" · {wl['name']}" if wl else "")
    out = [f'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
           f'content="width=device-width, '
           f'initial-scale=1"><title>{escape(title)}</title><style>{STYLE}</style>'
           f'</head><body><main><h1>{escape(title)}</h1>',
           f'<p class="meta">{t["events"]} event reports in {t["articles"]} articles · '
           f'{t["stories"]} stories · '
           f'{t["sources"]} sources · languages {escape(", ".join(t["langs"]) or "none")}'
           + (f" · watchlist: {escape(wl['description'])}" if wl else "") + "</p>"]
    out.append("<h2>Events over time</h2>" + _legend() + chart_svg(data["series"]))
    if data["coarse_dates"]:
        out.append(f'<p class="meta">Not in the chart (dated only to the month or year): '
                   f'{escape(", ".join(f"{n} {k}" for k, n in data["coarse_dates"].items()))}</p>')
    if data.get("countries") is not None:
        out.append("<h2>Where</h2>" + map_svg(data["countries"], names))
    out.append('<h2>By country pair and type</h2><table><thead><tr><th scope="col">Pair</th>' + "".join(
        f'<th scope="col" class="n">{k}</th>' for k in EVENT_TYPES) + '<th scope="col" '
                                                                      'class="n">all</th></tr></thead>'
        "<tbody>")
    for pair in data["pairs"][:40]:
        out.append(f"<tr><td>{escape(_pair(pair, names))}</td>" + "".join(
            f'<td class="n">{pair["by_type"].get(k, "") or ""}</td>' for k in EVENT_TYPES)
            + f'<td class="n">{pair["events"]}</td></tr>')
    out.append("</tbody></table>" if data["pairs"] else "</tbody></table><p>No events in this period.</p>")
    out.append("<h2>Top stories</h2>")
    for s in data["stories"]:
        countries = " – ".join(_country(c, names) for c in s["countries"])
        out.append(f'<section class="story"><h3>{escape(s["title"])}</h3><p '
                   f'class="tag">{escape(s["type"])} · '
                   f'{escape(countries)} · {escape(s["date"] or "undated")} · {s["reports"]} reports from '
                   f'{len(s["sources"])} sources in {escape(", ".join(s["langs"]))}'
                   + (f' · {escape(", ".join(s["persons"][:6]))}' if s["persons"] else "") + "</p>")
        for ev in s["evidence"][:8]:
            out.append(f'<blockquote lang="{escape(ev["lang"] or "und")}">{escape(ev["text"])}</blockquote>'
                       f'<p class="tag">— {_link(ev["url"], ev["title"] or ev["article_id"])} '
                       f'({escape(ev["source"] or "?")}, {escape(ev["lang"] or "?")}, '
                       f'{escape(ev["published"] or "undated")})</p>')
        out.append("</section>")
    if not data["stories"]:
        out.append("<p>None.</p>")
    out.append("<h2>New officials</h2>")
    if data["officials"]:
        out.append('<table><thead><tr><th scope="col">Name</th><th '
                   'scope="col">Country</th><th scope="col">Roles'
                   '</th><th scope="col">First seen</th><th scope="col">Also '
                   'written</th></tr></thead><tbody>')
        for o in data["officials"]:
            out.append(f"<tr><td>{escape(o['name'])}</td>"
                       f"<td>{escape(_country(o['country'] or '', names))}</td>"
                       f"<td>{escape(', '.join(o['roles']))}</td><td>{escape(o['first_seen'])}</td>"
                       f"<td>{escape(', '.join(o['aliases']))}</td></tr>")
        out.append("</tbody></table>")
    else:
        out.append("<p>None first seen in this period.</p>")
    out.append("<h2>Where sources disagree</h2>")
    for c in data["conflicts"]:
        who = f" of {escape(c['person'])}" if c.get("person") else ""
        out.append(f"<p><strong>{escape(c['field'])}{who}</strong> ({escape(c['event'])})</p><ul>")
        for v in c["values"]:
            said = "; ".join(f'{escape(r["article_id"])} ({escape(r["lang"] or "?")}): '
                             f'<q lang="{escape(r["lang"] or "und")}">{escape(r["evidence"])}</q>'
                             for r in v["reports"][:4])
            out.append(f"<li>{escape(v['value'])}: {said}</li>")
        out.append("</ul>")
    if not data["conflicts"]:
        out.append("<p>None.</p>")
    out.append(f'<p class="meta">Made by milwatch from the reports it holds; periods by event date, else '
               f'publication date; chart by {escape(p["bucket"])}.</p></main></body></html>')
    return "\n".join(out)


def _md(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_markdown(data: dict[str, Any]) -> str:
    names = data["country_names"]
    p, t = data["period"], data["totals"]
    wl = data.get("watchlist")
    lines = [f"# milwatch brief {p['since']} – {p['until']}" + (f" · {wl['name']}" if wl else ""), "",
             f"{t['events']} event reports in {t['articles']} articles · {t['stories']} "
             f"stories · {t['sources']} "
             f"sources · languages {', '.join(t['langs']) or 'none'}", "", f"## Events per {p['bucket']}", "",
             "| " + p["bucket"] + " | " + " | ".join(EVENT_TYPES) + " | all |",
             "|---" * (len(EVENT_TYPES) + 2) + "|"]
    for s in data["series"]:
        if s["by_type"]:
            lines.append(f"| {s['bucket']} | " + " | ".join(str(s["by_type"].get(k, "")) for k in EVENT_TYPES)
                         + f" | {sum(s['by_type'].values())} |")
    lines += ["", "## By country pair and type", "", "| pair | " + " | ".join(EVENT_TYPES) + " | all |",
              "|---" * (len(EVENT_TYPES) + 2) + "|"]
    lines += [f"| {_md(_pair(x, names))} | " + " | ".join(str(x["by_type"].get(k, "")) for k in EVENT_TYPES)
              + f" | {x['events']} |" for x in data["pairs"][:40]]
    if data.get("countries"):
        lines += ["", "## By country", "", ", ".join(f"{_md(_country(c, names))} {n}"
                                                     for c, n in list(data["countries"].items())[:40])]
    lines += ["", "## Top stories", ""]
    for s in data["stories"]:
        lines += [f"### {_md(s['title'])}", "",
                  f"{s['type']} · {' – '.join(_country(c, names) for c in s['countries'])} · "
                  f"{s['date'] or 'undated'} · {s['reports']} reports, {len(s['sources'])} sources, "
                  f"{', '.join(s['langs'])}", ""]
        for ev in s["evidence"][:8]:
            link = f"[{_md(ev['title'] or ev['article_id'])}]({ev['url']})" if ev["url"] else ev["article_id"]
            lines += [f"> {_md(ev['text'])}", ">", f"> — {link} ({ev['lang'] or '?'})", ""]
    lines += ["## New officials", ""]
    lines += [f"- {o['name']} ({o['country'] or '?'}): {', '.join(o['roles']) or 'role unknown'}, first seen "
              f"{o['first_seen']}" for o in data["officials"]] or ["None first seen in this period."]
    lines += ["", "## Where sources disagree", ""]
    for c in data["conflicts"]:
        who = f" of {c['person']}" if c.get("person") else ""
        lines.append(f"- **{c['field']}{who}**: " + "; ".join(
            f"{v['value']} ({', '.join(r['article_id'] for r in v['reports'])})" for v in c["values"]))
    if not data["conflicts"]:
        lines.append("None.")
    return "\n".join(lines) + "\n"


def render_brief(data: dict[str, Any], fmt: str = "html") -> str:
    """The brief as `html` or `md`."""
    return render_html(data) if fmt == "html" else render_markdown(data)
