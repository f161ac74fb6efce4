"""`milwatch person NAME`: an official's aliases, roles over time and events."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from milwatch.cli._common import db_option, json_option, open_db, quiet_on_closed_pipe, settings_from
from milwatch.cli._query import console_for_tables, people, print_json, print_table
from milwatch.cli._query import safe_markup as escape
from milwatch.errors import NotFoundError
from milwatch.store.queries_persons import person_detail, persons_page
from milwatch.world import edit_officials


def _find(store: Any, name: str) -> dict[str, Any] | list[dict[str, Any]]:
    """The person with this id or name, else the candidates whose name or alias contains it."""
    exact = person_detail(store, name)
    if exact is not None:
        return exact
    page = persons_page(store, q=name, limit=50)
    same = [p for p in page.items if p["name"].casefold() == name.casefold()]
    if len(same) == 1 or len(page.items) == 1:
        found = person_detail(store, (same or page.items)[0]["id"])
        if found is not None:
            return found
    return page.items


def _edit(words: tuple[str, ...], db: Path | None) -> None:
    kind, args = words[0], words[1:]
    if len(args) != EDITS[kind]:
        raise click.UsageError(f"usage: milwatch person {kind} " + ("A B" if kind == "merge" else "ID ALIAS"))
    store = open_db(settings_from(db=db))
    try:
        result = edit_officials(store, kind, args[0], args[1])
    finally:
        store.close()
    what = f"merged {args[1]!r} into" if kind == "merge" else f"split {args[1]!r} off {args[0]!r} as"
    click.echo(f"{what} {result}")


def _span(a: dict[str, Any]) -> str:
    first, last = a.get("first_seen"), a.get("last_seen")
    return (first or "?") if first == last else f"{first or '?'} – {last or '?'}"


EDITS = {"merge": 2, "split": 2}


@click.command("person")
@click.argument("words", metavar="NAME | merge A B | split ID ALIAS", nargs=-1, required=True)
@db_option
@json_option
@quiet_on_closed_pipe
def command(words: tuple[str, ...], db: Path | None, as_json: bool) -> None:
    """Show the official NAME (a person id, a name or part of a name or alias): country, every
    spelling seen, roles and ranks with the period each was used, and the events they took part in.
    When NAME fits several officials they are listed.  Exit code 4 when none fits.

    \b
    Correct the registry when it got two people wrong (kept across re-extraction):
      milwatch person merge A B        B is the same official as A (ids or names)
      milwatch person split ID ALIAS   ALIAS is a different official from ID
    """
    if words[0] in EDITS:
        _edit(words, db)
        return
    if len(words) != 1:
        raise click.UsageError("give one NAME (quote a name with spaces), or `merge A B` / `split ID ALIAS`")
    name = words[0]
    store = open_db(settings_from(db=db))
    try:
        found = _find(store, name)
    finally:
        store.close()
    if not found:
        raise NotFoundError(f"no official named like {name!r}")
    if isinstance(found, list):
        if as_json:
            print_json(found)
            return
        print_table(f"{len(found)} officials match {name!r}; name one:", ("id", "name", "country", "aliases",
                                                                            "mentions"),
                    ([p["id"], p["name"], p["country"], ", ".join(p["aliases"]),
                      p["mentions"]] for p in found))
        return
    if as_json:
        print_json(found)
        return
    console = console_for_tables()
    console.print(f"[bold]{escape(found['name'])}[/]" + (f" ({escape(found['country'])})"
                                                         if found["country"] else ""))
    console.print(escape(f"id {found['id']} · seen {_span(found)} · {found['mentions']} mentions"
                         + (f" · languages {', '.join(found['langs'])}" if found.get("langs") else "")))
    if found["aliases"]:
        console.print(escape("also written: " + ", ".join(found["aliases"])))
    for key in ("roles", "ranks"):
        if found.get(key):
            print_table(key, (key[:-1], "period", "mentions"),
                        ([a["value"], _span(a), a["count"]] for a in found[key]))
    print_table("events", ("date", "type", "countries", "with", "event"),
                ([e["date"] or (f"({e['published']})" if e["published"] else ""), e["type"],
                  "–".join(e["countries"]), people([p for p in e["persons"] if p["name"] != found["name"]]),
                  e["id"]] for e in found.get("events", [])), "no events")
