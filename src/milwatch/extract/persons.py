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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from milwatch.extract._names import (
    canonical_name,
    core_tokens,
    is_initial,
    is_name_token,
    is_suffix,
    lower_same_length,
)
from milwatch.extract._person_merge import (
    NameMemo,
    PersonMention,
    group_mentions,
    group_name,
    group_person_mentions,
    merge_person_mentions,
)
from milwatch.extract._person_patterns import PersonPatterns, decode_tag, person_patterns
from milwatch.packs import Pack

__all__ = ["PersonMention", "canonical_name", "find_persons", "group_person_mentions", "merge_person_mentions"]

MAX_NAME_WORDS = 4
_SEPARATORS = ",-–—("
_SEGMENT_END = re.compile(r"[,;()\n]|[.!?](?=\s)|\s[-–—]\s")
_POSSESSIVE_GAP = re.compile(r"(?:['’`]?s)?[\s\-]*")
_WORD = re.compile(r"\S+")
_BLANKS = re.compile(r"[ \t\u00a0]*")
_POSSESSIVE = re.compile(r"(?<=\w\w\w)['’`](?:s|[^\W\d_A-Z]{1,4})$")  # Modi's, Spruds'u (not Sa'ad)
_LOWER_WORD = re.compile(r"[^\W\d_]+")


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    kind: str  # role | rank | honorific | counterpart
    label: str
    text: str


@dataclass(slots=True)
class _Chain:
    hits: list[_Hit]
    start: int
    end: int  # where the name may begin
    country: str | None
    name: tuple[int, int] | None = None
    words: int = 0  # words of the name (1 = a lone surname, tentative)


@dataclass(slots=True)
class _Context:
    text: str
    pats: PersonPatterns
    hits: list[_Hit]
    hit_index: dict[int, int]
    spans: dict[int, tuple[int, str]]
    ordered_spans: list[tuple[int, int, str]]
    minor: frozenset[str]
    chains: dict[tuple[int, bool], _Chain] = field(default_factory=dict)
    token_classes: dict[str, int] = field(default_factory=dict)
    names: NameMemo = field(default_factory=NameMemo)

    def mention(self, start: int, end: int, role: str | None = None, rank: str | None = None,
                country: str | None = None) -> PersonMention:
        surface = self.text[start:end]
        return PersonMention(start, end, surface, self.names.canonical(surface), role, rank, country)

    def skip(self, pos: int) -> int:
        return _BLANKS.match(self.text, pos).end()  # type: ignore[union-attr]  # matches empty too

    def country_at(self, pos: int) -> tuple[int, str | None] | None:
        span = self.spans.get(pos)
        if span:
            end, code = span
            gap = _POSSESSIVE_GAP.match(self.text, end)
            return (gap.end() if gap and "\n" not in gap.group() else end), code
        m = self.pats.country.match(self.text, pos)
        return (m.end(), None) if m else None


def _priority(label: str, minor: frozenset[str]) -> int:
    if "defen" in label:
        return 3
    return 1 if label in minor else 2


def _best_role(hits: Iterable[_Hit], minor: frozenset[str]) -> str | None:
    best: tuple[int, str] | None = None
    for hit in hits:
        if hit.kind == "role" and (best is None or _priority(hit.label, minor) > best[0]):
            best = (_priority(hit.label, minor), hit.label)
    return best[1] if best else None


_NAME, _QUIET, _STOP = 0, 1, 2  # a name word; an initial, suffix or particle (kept, not counted); not a name


def _token_class(ctx: _Context, token: str) -> int:
    cls = ctx.token_classes.get(token)
    if cls is None:
        pats = ctx.pats
        if is_initial(token) or is_suffix(token) or token in pats.particles:
            cls = _QUIET
        elif not is_name_token(token) or pats.not_name.fullmatch(token):
            cls = _STOP
        else:
            cls = _NAME
        ctx.token_classes[token] = cls
    return cls


def _country_word(ctx: _Context, start: int, first: bool) -> bool:
    """A country at `start` ends a name; inside a name only a country of several words does
    (Đức, Anh, Nga are Vietnamese given names as well as countries)."""
    country = ctx.country_at(start)
    return bool(country) and (first or " " in ctx.text[start:country[0]].strip())


def _name_span(ctx: _Context, pos: int, forward: bool = True, limit: int | None = None) -> tuple[int, int, int] | None:
    """(start, end, words) of the valid name run at `pos` (forward) or ending at `limit` (backward)."""
    text = ctx.text
    if forward:
        m = ctx.pats.name.match(text, pos)
        if not m:
            return None
        run = [(pos + w.start(), pos + w.end()) for w in _WORD.finditer(m.group())]
    else:
        runs = [r for r in ctx.pats.name.finditer(text, max(0, pos - 80), limit) if r.end() == limit]
        if not runs:
            return None
        base = runs[-1].start()
        run = [(base + w.start(), base + w.end()) for w in _WORD.finditer(runs[-1].group())][::-1]
    kept: list[tuple[int, int, int]] = []
    for start, end in run:
        token = text[start:end]
        if token[-1] == ",":
            token, end = token[:-1], end - 1
        cls = _token_class(ctx, token)
        possessive = _POSSESSIVE.search(token) if "'" in token or "’" in token or "`" in token else None
        if possessive:
            token, end = token[:possessive.start()], start + possessive.start()
            cls = _token_class(ctx, token)
        if cls == _STOP or (cls == _NAME and (start in ctx.hit_index or _country_word(ctx, start, not kept))):
            break
        kept.append((start, end, cls))
        if possessive:
            break  # "Narendra Modi's visit"
    if not forward:
        kept.reverse()
    while kept and kept[-1][2] == _QUIET and not is_suffix(text[kept[-1][0]:kept[-1][1]]):
        kept.pop()
    while kept and kept[0][2] == _QUIET:
        kept.pop(0)
    words = sum(1 for k in kept if k[2] == _NAME)
    if not words or words > MAX_NAME_WORDS:
        return None
    return kept[0][0], kept[-1][1], words


def _chain(ctx: _Context, i: int, commas: bool = True) -> _Chain:
    """The title chain starting at hit i and the name it runs into (memoised per hit).

    A chain goes on over countries, connectors, a conjunction followed by another title
    (unless a country already closed the first title: "Minister of X and Minister of Y
    Name" is two people) and, when `commas`, over a comma followed by a title or country.
    """
    if (i, commas) in ctx.chains:
        return ctx.chains[(i, commas)]
    text, hits = ctx.text, ctx.hits
    first = hits[i]
    chain = _Chain([first], first.start, first.end, None)
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
                continue
        if m and m.lastgroup == "connector" and _continues(ctx, ctx.skip(m.end()), j):
            pos = m.end()
            continue
        q = ctx.skip(m.end()) if m else p
        if (m and m.lastgroup == "conjunction" and (chain.country is None or ctx.country_at(q))
                and _continues(ctx, q, j)):
            pos = m.end()
            continue
        if commas and text.startswith(",", p):
            q = ctx.skip(p + 1)
            if _continues(ctx, q, j):
                pos = q
                continue
            if _name_span(ctx, q):
                pos = q
        break
    chain.end = ctx.skip(pos)
    span = _name_span(ctx, chain.end)
    if span:
        chain.name, chain.words = span[:2], span[2]
        last = chain.hits[-1]
        if (span[2] == 1 and last.kind == "rank" and len(last.text) <= 3 and last.text[:1].isupper()
                and chain.end == last.end + 1):
            chain.name, chain.words = (last.start, span[1]), 2  # "Gen Nakatani": a given name, not the rank
            chain.hits.pop()
    ctx.chains[(i, commas)] = chain
    return chain


def _continues(ctx: _Context, q: int, j: int) -> bool:
    """Does a title or a country start at q (so the chain goes on)?"""
    return (q in ctx.hit_index and ctx.hit_index[q] >= j) or bool(ctx.country_at(q))


def _apposition(ctx: _Context, pos: int) -> tuple[list[_Hit], str | None, int]:
    """Titles after a name: ", Ủy viên Bộ Chính trị, ..., Bộ trưởng Bộ Quốc phòng Việt Nam"."""
    text = ctx.text
    p = ctx.skip(pos)
    if p >= len(text) or text[p] not in _SEPARATORS or (text[p] in "-–—" and p == pos):
        return [], None, pos
    q = ctx.skip(p + 1)
    roles: list[_Hit] = []
    country: str | None = None
    end = pos
    while q in ctx.hit_index:
        k = ctx.hit_index[q]
        if ctx.hits[k].kind in ("honorific", "counterpart"):
            break
        seg = _SEGMENT_END.search(text, ctx.hits[k].end, min(len(text), q + 160))
        seg_end = seg.start() if seg else min(len(text), q + 160)
        stop = False
        while k < len(ctx.hits) and ctx.hits[k].start < seg_end:
            chain = _chain(ctx, k, commas=False)
            if chain.name and chain.words >= 2:
                seg_end, stop = ctx.hits[k].start, True
                break
            roles.append(ctx.hits[k])
            k += 1
        if country is None:
            country = next((c for s, _, c in ctx.ordered_spans if q <= s < seg_end), None)
        end = seg_end
        if stop or not text.startswith(",", seg_end):
            break
        q = ctx.skip(seg_end + 1)
        conj = ctx.pats.conjunction.match(text, q)
        if conj and ctx.skip(conj.end()) in ctx.hit_index:
            q = ctx.skip(conj.end())  # ", and Minister of National Defense"
    return [h for h in roles if h.kind in ("role", "rank")], country, end


def _country_before(ctx: _Context, start: int) -> str | None:
    for _, e, code in reversed(ctx.ordered_spans):
        if e <= start:
            gap = _POSSESSIVE_GAP.match(ctx.text, e)
            return code if gap and gap.end() >= start and "\n" not in gap.group() else None
    return None


def _titled(ctx: _Context) -> list[PersonMention]:
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
            ranks = [h.label for h in reversed(pre) if h.kind == "rank"] + [h.label for h in after if h.kind == "rank"]
            role = _best_role(list(reversed(pre)) + after, ctx.minor)
            if role is None and any(h.kind == "counterpart" for h in pre):
                role = next((m.role for m in reversed(mentions) if m.role), None)  # "his counterpart X"
            country = chain.country or _country_before(ctx, chain.start) or app_country
            mentions.append(ctx.mention(start, end, role, ranks[0] if ranks else None, country))
            consumed = max(end, app_end)
            continue
        if hit.kind != "role" or i and ctx.hits[i - 1].end >= hit.start - 2:
            continue
        p = hit.start
        while p > 0 and ctx.text[p - 1] in " \t\u00a0":
            p -= 1
        if p == 0 or ctx.text[p - 1] not in _SEPARATORS:
            continue
        back = _name_span(ctx, p - 1, forward=False, limit=_rstrip(ctx.text, p - 1))
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


def _recurring(ctx: _Context, mentions: list[PersonMention]) -> list[PersonMention]:
    """Bare later (or earlier) mentions of names already found: "Hasanov", "Phan Van Giang"."""
    text, pats = ctx.text, ctx.pats
    needles: set[str] = set()
    for m in mentions:
        if len(ctx.names.words(m.surface)) < 2:
            continue
        tokens = core_tokens(m.surface)
        needles.add(m.surface)
        if len(tokens) == 2:
            needles.add(f"{tokens[1]} {tokens[0]}")  # Kenji Sato / Sato Kenji
        if len(tokens) >= 2 and pats.bare_surnames:
            needles.update(t for t in (tokens[0], tokens[-1]) if len(t) >= 3 and not pats.not_name.fullmatch(t))
    taken = [(m.start, m.end) for m in mentions]
    found: list[PersonMention] = []
    for needle in sorted(needles, key=len, reverse=True):
        at = text.find(needle)
        while at >= 0:
            end = at + len(needle)
            if (not any(s < end and at < e for s, e in taken) and _bounded(text, at, end)
                    and (" " in needle or _alone(text, at, end, pats))):
                found.append(ctx.mention(at, end))
                taken.append((at, end))
            at = text.find(needle, end)
    return found


def _bounded(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())


def _alone(text: str, start: int, end: int, pats: PersonPatterns) -> bool:
    """A single name word not glued to another capitalised word (part of some other name)."""
    before = text[max(0, start - 40):start]
    prev = before.split()[-1] if before.strip() and before.endswith(" ") else ""
    after = text[end:end + 40]
    nxt = after.split()[0] if after.strip() and after.startswith(" ") else ""
    for word in (prev, nxt):
        if word and is_name_token(word) and word[-1].isalpha() and not pats.not_name.fullmatch(word):
            return False
    return True


def _untitled(text: str, mentions: list[PersonMention], ctx: _Context) -> list[PersonMention]:
    """Fallback for languages without a pack: runs of 2-3 capitalised words inside a sentence."""
    taken = [(m.start, m.end) for m in mentions]
    found: list[PersonMention] = []
    common = {w for w in _LOWER_WORD.findall(text) if w.islower()}  # words the text also writes in lowercase
    starts = [m.start() + w.start() for m in ctx.pats.name.finditer(text) for w in _WORD.finditer(m.group())]
    for start in starts:
        word = _LOWER_WORD.match(text, start)
        if any(s <= start < e for s, e in taken) or (word and word.group().lower() in common):
            continue
        span = _name_span(ctx, start)
        if not span or not 2 <= span[2] <= 3 or any(s < span[1] and span[0] < e for s, e in taken):
            continue
        if span[2] == 3 and _title_like(text, span):
            continue  # "Bakanı Hulusi Akar": the run starting at the next word is the name
        before = text[:span[0]].rstrip()
        if not before or before[-1] in ".!?:\n\"“«|":
            continue
        found.append(ctx.mention(span[0], span[1]))
        taken.append(span[:2])
    return found


def _title_like(text: str, span: tuple[int, int, int]) -> bool:
    """Is the first word of a three-word run used elsewhere without the second (a title word)?"""
    words = text[span[0]:span[1]].split()
    first, pair = words[0], " ".join(words[:2])
    return _count_word(text, first) > _count_word(text, pair)


def _count_word(text: str, word: str) -> int:
    count, at = 0, text.find(word)
    while at >= 0:
        count += _bounded(text, at, at + len(word))
        at = text.find(word, at + len(word))
    return count


def find_persons(text: str, pack: Pack, country_spans: Sequence[tuple[int, int, str]] = (), *,
                 original_script: bool = False) -> list[PersonMention]:
    """Every mention of an official in `text`, in text order.

    `country_spans` are (start, end, ISO3) country or demonym mentions found by the
    country stage; a mention gets a country only when one of them stands inside or right
    before its title phrase.  All mentions of one individual share `name` (the canonical
    spelling of its fullest mention), bare surnames included.  `original_script` keeps
    names written in a non-Latin script as written instead of romanising them.
    """
    pats = person_patterns(pack)
    hits = []
    for m in pats.title.finditer(lower_same_length(text)):
        kind, label = decode_tag(m.lastgroup or "")
        hits.append(_Hit(m.start(), m.end(), kind, label, text[m.start():m.end()]))
    ordered = sorted((s, e, c) for s, e, c in country_spans)
    ctx = _Context(text, pats, hits, {h.start: k for k, h in enumerate(hits)},
                   {s: (e, c) for s, e, c in ordered}, ordered, pats.minor_roles)
    mentions = _titled(ctx)
    if not pats.has_titles:
        mentions += _untitled(text, mentions, ctx)
    mentions += _recurring(ctx, mentions)
    kept: list[PersonMention] = []
    for group in group_mentions(mentions, ctx.names):
        if all(len(ctx.names.words(m.surface)) < 2 for m in group):
            continue  # a lone surname nobody introduced
        name = group_name(group, original_script, ctx.names)
        for m in group:
            m.name = name
            kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept
