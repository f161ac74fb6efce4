"""A national outlet's own armed forces and ministry, named without their state, are its state's.

    countries = own_bodies_as_states(countries, text, pack, own)

The press of a state names its own navy, ministry or general staff without the state ("해군은 …",
"MSB, …", "نیروی دریایی ارتش …", "Bộ Quốc phòng …"), as it names its own officials by their title alone
(the pack's `own_country`, or the state of a government site).  A body of the pack's list
`markers.own_bodies` counts as the own state when it is bare: no state, organisation or place is written
right before it in the same clause ("Pakistan Deniz Kuvvetleri", "필리핀 해군", "श्रीलंका की नौसेना") or
right after it ("نیروی دریایی پاکستان", "Bộ Quốc phòng Lào", "la Marina Militare francese"), nor a "both
sides" word of the pack ("Bộ Quốc phòng hai nước": the two states' ministries), and not
named right after a reporting verb as the source of the news ("poinformowało Dowództwo Operacyjne"), nor part
of an official's title ("فرمانده نیروی دریایی ارتش", the navy's commander: the title gives him his state).
"""

from __future__ import annotations

import re

from milwatch.extract.countries import CountryMention
from milwatch.packs import Pack
from milwatch.packs.phrases import compile_phrases

BODY_REACH = 24  # characters of a noun phrase between a state word and the body it qualifies
# what ends a clause between a mention and a body: punctuation, brackets, quotes, a line break
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]\"“”«»،؛。、，；：\n]")
_AFTER = re.compile(r"[^\S\n]?")  # a state word qualifying the body from behind follows it at once


def own_bodies_as_states(countries: list[CountryMention], text: str, pack: Pack,
                         own: str | None) -> list[CountryMention]:
    """The mentions, with every bare own body added as a mention of `own` (kind "name")."""
    if own is None or not pack.phrases("markers", "own_bodies"):
        return countries
    found = [m for m in pack.matcher("markers", "own_bodies").finditer(text) if not _inside(m, countries)]
    if not found:
        return countries  # (most articles: the other lists are not read)
    reported = [m.end() for m in pack.matcher("markers", "reported").finditer(text)]
    titles = [(m.start(), m.end()) for m in pack.derived("own_bodies.roles", _roles).finditer(text)]
    # "both sides" words qualify a body as a state word does ("Bộ Quốc phòng hai nước", "양국 국방부는")
    both = [CountryMention(m.start(), m.end(), "", "both")
            for m in pack.matcher("markers", "both_sides").finditer(text)]
    bodies = [m for m in found
              if not _qualified(m, countries + both, text, after=pack.word_boundary != "start")
              and not _right_after(m, reported, text) and not _titled(m, titles, text)]
    if not bodies:
        return countries
    return sorted(countries + [CountryMention(m.start(), m.end(), own, "name") for m in bodies],
                  key=lambda mention: mention.start)


def _roles(pack: Pack) -> re.Pattern[str]:
    """One pattern over every role title of the pack (titles.toml `roles`)."""
    table = pack.get("titles", "roles", {}) or {}
    return compile_phrases([phrase for phrases in table.values() for phrase in phrases], pack.word_boundary,
                           pack.clitics, pack.word_rest)


def _titled(body: re.Match[str], titles: list[tuple[int, int]], text: str) -> bool:
    """Is the body part of an official's title ("فرمانده نیروی دریایی ارتش", "Bộ trưởng Bộ Quốc phòng"):
    inside a role title or right after one?  The title gives its official a state; the body is no party."""
    return any(start < body.end() and body.start() < end for start, end in titles) or _right_after(
        body, [end for _, end in titles], text)


def _right_after(body: re.Match[str], ends: list[int], text: str) -> bool:
    """Does the body follow one of `ends` with at most two blanks between: a title's end, or a reporting
    verb's ("…, poinformowało Dowództwo Operacyjne": the source of the news, no party of it)?"""
    return any(0 <= body.start() - end <= 2 and not text[end:body.start()].strip() for end in ends)


def _inside(body: re.Match[str], countries: list[CountryMention]) -> bool:
    return any(m.start < body.end() and body.start() < m.end for m in countries)


def _qualified(body: re.Match[str], countries: list[CountryMention], text: str, after: bool) -> bool:
    """Is a state, organisation or place written right before the body in its clause, or (with `after`)
    right after it?  Where particles are written onto the end of words (packs with word_boundary "start",
    whose bodies are listed with their particle: "해군은"), a word after the body begins another phrase."""
    gap = _AFTER.match(text, body.end())
    follows = gap.end() if after and gap is not None else None
    return any(body.start() - BODY_REACH <= mention.end <= body.start()
               and not _CLAUSE_END.search(text, mention.end, body.start())
               or mention.start == follows for mention in countries)
