"""Find officials in an article: title chains, names, roles, ranks and countries.

    mentions = find_persons(text, pack, country_spans)   # every mention, in text order
    people = merge_person_mentions(mentions)             # one model.Person per individual

A person is found where a title chain (roles, ranks, honorifics, "counterpart", with
countries and connectors between them: "Verteidigungsminister der Republik
Aserbaidschan Generaloberst") runs into a capitalised name, or where a name is followed
by an apposition of titles ("Phan Văn Giang, Ủy viên Bộ Chính trị, ..., Bộ trưởng Bộ
Quốc phòng").  Later bare mentions of a found name ("Hasanov", "Giang") are attached to
it.  All vocabulary comes from the pack (titles.toml); see _person_patterns.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from milwatch.extract._names import canonical_name, initialled, lower_same_length
from milwatch.extract._person_merge import (
    NameMemo,
    PersonMention,
    group_mentions,
    group_name,
    group_person_mentions,
    merge_person_mentions,
)
from milwatch.extract._person_patterns import decode_tag, person_patterns
from milwatch.extract._person_scan import (
    POSSESSIVE_GAP,
    Chain,
    Context,
    Hit,
    introduced_names,
    name_span,
    recurring_mentions,
    untitled_mentions,
)
from milwatch.extract._person_uncased import uncased_mentions
from milwatch.extract.countries import KIND_PLACE, CountryFinder
from milwatch.packs import Pack

__all__ = ["PersonMention", "canonical_name", "find_persons", "group_person_mentions",
           "merge_person_mentions"]

_SEPARATORS = ",-–—("
_SEGMENT_END = re.compile(r"[,;()\n]|[.!?](?=\s)|\s[-–—]\s")


def _priority(label: str, minor: frozenset[str]) -> int:
    if "defen" in label:
        return 3
    return 1 if label in minor else 2


def _best_role(hits: Iterable[Hit], minor: frozenset[str]) -> str | None:
    best: tuple[int, str] | None = None
    for hit in hits:
        if hit.kind == "role" and (best is None or _priority(hit.label, minor) > best[0]):
            best = (_priority(hit.label, minor), hit.label)
    return best[1] if best else None


def _chain(ctx: Context, i: int, commas: bool = True) -> Chain:
    """The title chain starting at hit i and the name it runs into (memoised per hit).

    A chain goes on over countries, connectors, a conjunction followed by another title
    (unless a country already closed the first title: "Minister of X and Minister of Y
    Name" is two people) and, when `commas`, over a comma followed by a title or country.
    """
    if (i, commas) in ctx.chains:
        return ctx.chains[(i, commas)]
    text, hits = ctx.text, ctx.hits
    span: tuple[int, str] | tuple[int, int, int] | None  # a country span, then the name run
    first = hits[i]
    chain = Chain([first], first.start, first.end, None)
    j, pos = i + 1, first.end
    while True:
        p = ctx.skip(pos)
        if j < len(hits) and hits[j].start < p:
            j += 1
            continue
        if j < len(hits) and hits[j].start == p:
            chain.hits.append(hits[j])
            pos, j = hits[j].end, j + 1
            continue
        span = ctx.spans.get(p)
        m = None if span else ctx.pats.filler.match(text, p)
        if span or (m and m.lastgroup == "country"):
            country = ctx.country_at(p)
            if country:
                pos, chain.country = country[0], chain.country or country[1]
                if country[1] and country[1] not in chain.states:
                    chain.states.append(country[1])
                continue
        if m and m.lastgroup == "connector" and _continues(ctx, ctx.skip(m.end()), j):
            pos = m.end()
            continue
        if m and m.lastgroup == "connector" and ctx.skip(m.end()) in ctx.place_ends:
            pos = ctx.place_ends[ctx.skip(m.end())]  # "посла Франции в Москве NAME": where the post is
            continue
        elided = None if span or (m and m.end() > p) else _elided(ctx, p)
        if elided and _continues(ctx, elided, j):
            pos = elided  # "l'ambassadeur d'Italie": a connector written onto the next word
            continue
        q = ctx.skip(m.end()) if m else p
        if (m and m.lastgroup == "conjunction" and (chain.country is None or ctx.country_at(q))
                and _continues(ctx, q, j)):
            pos = m.end()
            continue
        portfolio = _portfolio(ctx, q) if m and m.lastgroup == "conjunction" and not chain.country else None
        if portfolio:  # "ministro da Defesa e Veteranos da Pátria de Angola"
            pos, chain.country = portfolio
            if portfolio[1] not in chain.states:
                chain.states.append(portfolio[1])
            continue
        if commas and text.startswith(",", p):
            q = ctx.skip(p + 1)
            if _continues(ctx, q, j):
                pos = q
                continue
            if name_span(ctx, q):
                pos = q
        break
    chain.end = ctx.skip(pos)
    span = name_span(ctx, chain.end)
    if span:
        chain.name, chain.words = span[:2], span[2]
        last = chain.hits[-1]
        if (span[2] == 1 and last.label == "general" and last.text == "Gen"
                and chain.end == last.end + 1):
            chain.name, chain.words = (last.start, span[1]), 2  # "Gen Nakatani": a given name, not the rank
            chain.hits.pop()
    ctx.chains[(i, commas)] = chain
    return chain


PORTFOLIO_WORDS = 5


def _portfolio(ctx: Context, q: int) -> tuple[int, str] | None:
    """A second portfolio of the same office after a conjunction, its words no title of the pack
    ("Defesa Nacional e Veteranos da Pátria de Angola, NAME", "Defence and Veterans' Affairs of
    Kenya NAME"): (where the state ends, its code) when capitalised words and connectors lead to a
    state and a name follows it, else None."""
    text, pos = ctx.text, q
    for _ in range(PORTFOLIO_WORDS):
        m = ctx.pats.filler.match(text, pos)
        if m and m.lastgroup == "connector" and m.end() > pos:
            after = ctx.skip(m.end())
            country = ctx.country_at(after)
            if country and country[1]:
                name_at = ctx.skip(country[0])
                if text.startswith(",", name_at):
                    name_at = ctx.skip(name_at + 1)
                span = name_span(ctx, name_at)
                return (country[0], country[1]) if span and span[2] >= 2 else None
            pos = after
            continue
        word = re.match(r"[^\W\d_][\w'’-]*", text[pos:pos + 40])
        if not word or not word.group()[0].isupper() or pos in ctx.hit_index:
            return None
        pos = ctx.skip(pos + word.end())
    return None


def _elided(ctx: Context, pos: int) -> int | None:
    """The end of a connector whose vowel is elided onto the next word ("d'", "dell'") at pos."""
    if pos and ctx.text[pos - 1].isalpha():
        return None
    head = ctx.text[pos:pos + 12].lower()
    for elision in ctx.pats.elisions:
        end = pos + len(elision)
        if head.startswith(elision) and end < len(ctx.text) and ctx.text[end].isalpha():
            return end
    return None


def _skip_state(ctx: Context, pos: int) -> tuple[int, str | None]:
    """Past "für die Schweiz", "от Хърватия" (a connector and a state, or a state) at pos."""
    q = ctx.skip(pos)
    for _ in range(3):
        country = ctx.country_at(q)
        if country:
            return country[0], country[1]
        m = ctx.pats.filler.match(ctx.text, q)
        if not m or m.lastgroup != "connector" or m.end() == q:
            break
        q = ctx.skip(m.end())
    return pos, None


def _conjoined(ctx: Context, end: int, words: int) -> list[tuple[int, int, str | None]]:
    """Names joined to a titled name by a conjunction: "Ministers A and B", "A und B", "колеги
    от X A и от Y B" (one title for both); each may carry its own state after a connector."""
    found: list[tuple[int, int, str | None]] = []
    while True:
        pos, _ = _skip_state(ctx, end)
        p = ctx.skip(pos)
        comma = ctx.text.startswith(",", p)  # "de Colombia, A, y de Ecuador, B": each set off by commas
        conj = ctx.pats.conjunction.match(ctx.text, ctx.skip(p + 1) if comma else p)
        if not conj:
            return found
        q, country = _skip_state(ctx, conj.end())
        if comma and not country:
            return found  # ", and B": only a state of its own makes B share the title
        q = ctx.skip(q)
        if comma and ctx.text.startswith(",", q):
            q = ctx.skip(q + 1)
        if q in ctx.hit_index:
            return found  # another title: a chain of its own
        span = name_span(ctx, q)
        if not span or span[2] < min(words, 2):
            return found
        found.append((span[0], span[1], country or _skip_state(ctx, span[1])[1]))
        end = span[1]


def _continues(ctx: Context, q: int, j: int) -> bool:
    """Does a title or a country start at q (so the chain goes on)?"""
    return (q in ctx.hit_index and ctx.hit_index[q] >= j) or bool(ctx.country_at(q))


def _apposition(ctx: Context, pos: int) -> tuple[list[Hit], str | None, int]:
    """Titles after a name: ", Ủy viên Bộ Chính trị, ..., Bộ trưởng Bộ Quốc phòng Việt Nam"."""
    text = ctx.text
    p = ctx.skip(pos)
    if p >= len(text) or text[p] not in _SEPARATORS or (text[p] in "-–—" and p == pos):
        return [], None, pos
    q = ctx.skip(p + 1)
    roles: list[Hit] = []
    country: str | None = None
    end = pos
    while q in ctx.hit_index:
        k = ctx.hit_index[q]
        if ctx.hits[k].kind in ("honorific", "counterpart"):
            break
        seg = _SEGMENT_END.search(text, ctx.hits[k].end, min(len(text), q + 160))
        seg_end = seg.start() if seg else min(len(text), q + 160)
        stop = False
        least = 1 if ctx.pats.bare_surnames else 2  # "Defense Minister Kihara" starts the next person
        while k < len(ctx.hits) and ctx.hits[k].start < seg_end:
            chain = _chain(ctx, k, commas=False)
            if chain.name and chain.words >= least:
                seg_end, stop = ctx.hits[k].start, True
                break
            roles.append(ctx.hits[k])
            country = country or _title_country(ctx, chain, seg_end)
            k += 1
        end = seg_end
        if stop or not text.startswith(",", seg_end):
            break
        q = ctx.skip(seg_end + 1)
        conj = ctx.pats.conjunction.match(text, q)
        if conj and ctx.skip(conj.end()) in ctx.hit_index:
            q = ctx.skip(conj.end())  # ", and Minister of National Defense"
    return [h for h in roles if h.kind in ("role", "rank")], country, end


def _title_country(ctx: Context, chain: Chain, limit: int) -> str | None:
    """The country a title in an apposition names: inside its chain ("Bộ trưởng Quốc phòng
    Lào"), after a connector a few words on ("Bộ trưởng Bộ Quốc phòng nước Cộng hòa dân chủ
    nhân dân Lào"), or as a demonym right before it."""
    if chain.country:
        return chain.country
    end = chain.hits[0].end
    m = ctx.pats.filler.match(ctx.text, ctx.skip(end))
    if m and m.lastgroup == "connector":
        found = ctx.first_span(end, min(limit, end + 60))
        if found:
            return found
    return _country_before(ctx, chain.start)


def _country_before(ctx: Context, start: int) -> str | None:
    """A country or demonym right before a title: "Indian Defence Secretary", "Japan's Minister"."""
    k = bisect_right(ctx.span_ends, start) - 1
    if k < 0:
        return None
    _, end, code = ctx.ordered_spans[k]
    gap = POSSESSIVE_GAP.match(ctx.text, end)
    return code if gap and gap.end() >= start and "\n" not in gap.group() else None


def _titled(ctx: Context) -> list[PersonMention]:
    mentions: list[PersonMention] = []
    consumed = -1
    for i, hit in enumerate(ctx.hits):
        if hit.start < consumed:
            continue
        chain = _chain(ctx, i)
        if chain.name:
            start, end = chain.name
            after, app_country, app_end = _apposition(ctx, end)
            pre = [h for h in chain.hits if h.end <= start]
            ranks = ([h.label for h in reversed(pre) if h.kind == "rank"]
                     + [h.label for h in after if h.kind == "rank"])
            role = _best_role(list(reversed(pre)) + after, ctx.minor)
            if role is None and any(h.kind == "counterpart" for h in pre):
                role = next((m.role for m in reversed(mentions) if m.role), None)  # "his counterpart X"
            rank = ranks[0] if ranks else None
            others = _conjoined(ctx, end, chain.words) if app_end <= end else []
            if others:  # "die Ministerinnen A für die Schweiz und B für Österreich", "of X and Y A and B"
                own = _skip_state(ctx, end)[1]
                spread = len(chain.states) == len(others) + 1 and not own
                country = own or (chain.states[0] if spread else chain.country)
                mentions.append(ctx.mention(start, end, role, rank, country))
                for k, (o_start, o_end, o_country) in enumerate(others, 1):
                    o_country = o_country or (chain.states[k] if spread else None)
                    mentions.append(ctx.mention(o_start, o_end, role, rank, o_country))
                consumed = others[-1][1]
                continue
            country = chain.country or _country_before(ctx, chain.start) or app_country
            mentions.append(ctx.mention(start, end, role, rank, country))
            consumed = max(end, app_end)
            continue
        if hit.kind != "role" or i and ctx.hits[i - 1].end >= hit.start - 2:
            continue
        p = hit.start
        while p > 0 and ctx.text[p - 1] in " \t\u00a0":
            p -= 1
        if p and ctx.text[p - 1].isalpha() and p < hit.start and hit.text.islower():
            back = name_span(ctx, p, forward=False, limit=p)  # "Jón Jónsson utanríkisráðherra tók"
            if back and back[2] >= 2 and back[0] >= consumed and back[1] == p:
                mentions.append(ctx.mention(back[0], back[1], hit.label, None, chain.country))
                consumed = back[1]
            continue
        if p == 0 or ctx.text[p - 1] not in _SEPARATORS:
            continue
        back = name_span(ctx, p - 1, forward=False, limit=_rstrip(ctx.text, p - 1))
        if back and back[2] >= 2 and back[0] >= consumed:
            after, app_country, app_end = _apposition(ctx, back[1])
            ranks = [h.label for h in after if h.kind == "rank"]
            mentions.append(ctx.mention(back[0], back[1], _best_role(after, ctx.minor),
                                     ranks[0] if ranks else None, app_country))
            consumed = max(back[1], app_end)
    return mentions


def _rstrip(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in " \t\u00a0":
        pos -= 1
    return pos


def _places(text: str, pack: Pack) -> dict[int, int]:
    """Where the pack's known places (countries.places: capitals, cities) are named, inflected too:
    start -> end."""
    if not pack.get("countries", "places"):
        return {}
    finder = pack.derived("countries", CountryFinder.for_pack)  # the country stage's own (cached)
    return {m.start: m.end for m in finder.find(text) if m.kind == KIND_PLACE}


def find_persons(text: str, pack: Pack, country_spans: Sequence[tuple[int, int, str]] = (), *,
                 original_script: bool = True, known_names: Sequence[str] = ()) -> list[PersonMention]:
    """Every mention of an official in `text`, in text order.

    `country_spans` are (start, end, ISO3) country or demonym mentions found by the
    country stage; a mention gets a country only when one of them stands inside or right
    before its title phrase.  All mentions of one individual share `name` (the canonical
    spelling of its fullest mention), bare surnames included.  `original_script` (the
    default) keeps a name written in a non-Latin script as written: a romanisation matches
    the English press only by luck when the name is inflected ("Вугаром Мустафаевым"), foreign
    to the script ("Игараши Кэнжи", "Хельга Барт") or carries an initial ("Ж.Ганбат"), while
    the written form is always one of the spellings GUIDELINES lists as aliases.  Officials
    the registry knows get their English-press name later (_registry.apply_registry); `known_names` are
    full names of such officials written in the text without a title, whose bare surnames elsewhere
    ("Также в Бишкеке Белоусов встретился") are mentions too.
    """
    pats = person_patterns(pack)
    m: re.Match[str] | PersonMention  # title matches, then mentions
    hits = []
    for m in pats.title.finditer(lower_same_length(text)):
        kind, label = decode_tag(m.lastgroup or "")
        hits.append(Hit(m.start(), m.end(), kind, label, text[m.start():m.end()]))
    ordered = sorted((s, e, c) for s, e, c in country_spans)
    places = _places(text, pack)
    ctx = Context(text, pats, hits, {h.start: k for k, h in enumerate(hits)},
                   {s: (e, c) for s, e, c in ordered}, ordered, pats.minor_roles,
                   names=NameMemo(pats.romanization), places=frozenset(places), place_ends=places)
    if pats.name_regex:  # a script without capitals: names stand next to their titles
        # cached with the pack
        name_re = pack.derived("persons.name_regex", lambda p: re.compile(pats.name_regex))
        mentions = uncased_mentions(ctx, name_re, pats.name_side)
        original_script = True  # romanised Han, Arabic or Thai would match no press spelling
    else:
        mentions = _titled(ctx)
        if not pats.has_titles:
            mentions += untitled_mentions(text, mentions, ctx)
        mentions += introduced_names(ctx, mentions)
        mentions += recurring_mentions(ctx, mentions, known_names)
    kept: list[PersonMention] = []
    for group in group_mentions(mentions, ctx.names):
        if (not pats.name_regex
                and all(len(ctx.names.words(m.surface)) < 2 and not initialled(m.surface) for m in group)
                and not (pats.bare_surnames and any(m.role for m in group))):
            continue  # a lone surname nobody introduced nor titled ("ministrin Anushiq" stays)
        name = group_name(group, original_script, ctx.names)
        for m in group:
            m.name = name
            kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept
