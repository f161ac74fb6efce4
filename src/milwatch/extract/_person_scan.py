"""The scanner under the person finder: per-article context, name runs, later mentions.

`Context` holds one article's text, its title hits and country spans, and per-article
memos; `name_span` reads a run of capitalised name words; `recurring_mentions` finds
bare later mentions of names already found; `untitled_mentions` is the fallback for a
language without title phrases of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast

from milwatch.extract._names import core_tokens, initialled, is_initial, is_name_token, is_suffix
from milwatch.extract._person_merge import NameMemo, PersonMention
from milwatch.extract._person_patterns import PersonPatterns
from milwatch.packs import is_word_char

MAX_NAME_WORDS = 4
POSSESSIVE_GAP = re.compile(r"(?:['’`]?s)?[\s\-]*")  # between a country and its title: Japan's, US-
_WORD = re.compile(r"\S+")
_BLANKS = re.compile(r"[ \t\u00a0]*")
_POSSESSIVE = re.compile(r"(?<=\w\w\w)['’`](?:s|[^\W\d_A-Z]{1,4})$")  # Modi's, Spruds'u (not Sa'ad)
_LOWER_WORD = re.compile(r"[^\W\d_]+")
_POSSESSIVE_END = re.compile(r"['’`]s$")


@dataclass(slots=True)
class Hit:
    start: int
    end: int
    kind: str  # role | rank | honorific | counterpart
    label: str
    text: str


@dataclass(slots=True)
class Chain:
    hits: list[Hit]
    start: int
    end: int  # where the name may begin
    country: str | None
    name: tuple[int, int] | None = None
    words: int = 0  # words of the name (1 = a lone surname, tentative)
    states: list[str] = field(default_factory=list)  # every state the chain names, in order ("of X and Y")


@dataclass(slots=True)
class Context:
    text: str
    pats: PersonPatterns
    hits: list[Hit]
    hit_index: dict[int, int]
    spans: dict[int, tuple[int, str]]  # country spans by start: (end, code)
    # the same, by start (non-overlapping, as the country stage gives)
    ordered_spans: list[tuple[int, int, str]]
    minor: frozenset[str]
    span_starts: list[int] = field(default_factory=list)
    span_ends: list[int] = field(default_factory=list)
    chains: dict[tuple[int, bool], Chain] = field(default_factory=dict)
    token_classes: dict[str, int] = field(default_factory=dict)
    names: NameMemo = field(default_factory=NameMemo)
    places: frozenset[int] = frozenset()  # where a known place (a city, a capital) is named
    place_ends: dict[int, int] = field(default_factory=dict)  # the same places: start -> end

    def place_word(self, start: int, token: str, first: bool = False) -> bool:
        """A word naming a place: a known city or capital with a case ending ("Փարիզում"; "Kaunas" as
        written may be a surname), or a word in the locative."""
        low = token.lower()
        if first:  # a first word: a known place in the locative ("сайд Бээжинд"; Кабулом is a name)
            return start in self.places and any(low.endswith(x) for x in self.pats.place_endings)
        if start in self.places and low not in self.pats.bare_places:
            return True
        return any(low.endswith(x) and len(low) - len(x) >= 3 for x in self.pats.locatives)

    def __post_init__(self) -> None:
        self.span_starts = [s for s, _, _ in self.ordered_spans]
        self.span_ends = [e for _, e, _ in self.ordered_spans]

    def first_span(self, start: int, stop: int) -> str | None:
        """The code of the first country span starting in [start, stop)."""
        k = bisect_left(self.span_starts, start)
        return self.ordered_spans[k][2] if k < len(self.span_starts) and self.span_starts[k] < stop else None

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
            gap = POSSESSIVE_GAP.match(self.text, end)
            return (gap.end() if gap and "\n" not in gap.group() else end), code
        m = self.pats.country.match(self.text, pos)
        return (m.end(), None) if m else None


_NAME, _QUIET, _STOP = 0, 1, 2  # a name word; an initial, suffix or particle (kept, not counted); not a name


def _token_class(ctx: Context, token: str) -> int:
    cls = ctx.token_classes.get(token)
    if cls is None:
        pats = ctx.pats
        prefix, hyphen, rest = token.partition("-")
        if is_initial(token) or is_suffix(token) or token in pats.particles:
            cls = _QUIET
        elif hyphen and prefix in pats.name_prefixes and is_name_token(rest):
            cls = _NAME  # "Thabit al-Abbasi", "Abdel Fattah el-Sisi"
        elif not is_name_token(token) or pats.not_name.fullmatch(token):
            cls = _STOP
        else:
            cls = _NAME
        ctx.token_classes[token] = cls
    return cls


def _country_word(ctx: Context, start: int, first: bool) -> bool:
    """A country at `start` ends a name; inside a name only a country of several words does
    (Đức, Anh, Nga are Vietnamese given names as well as countries) or an inflected one does."""
    country = ctx.country_at(start)
    if not country:
        return False
    written = _POSSESSIVE_END.sub("", ctx.text[start:country[0]].strip(" \t\u00a0-"))
    # a name of several words, or one with a case ending ("Ж.Батболд Японы талын"), is no given name
    return first or " " in written or written.lower() not in ctx.pats.bare_countries


def name_span(ctx: Context, pos: int, forward: bool = True,
              limit: int | None = None) -> tuple[int, int, int] | None:
    """(start, end, words) of the valid name run at `pos` (forward) or ending at `limit` (backward)."""
    text = ctx.text
    if forward:
        m = ctx.pats.name.match(text, pos)
        if not m:
            return None
        run = [(pos + w.start(), pos + w.end()) for w in _WORD.finditer(m.group())]
    else:
        runs = [r for r in ctx.pats.name.finditer(text, max(0, pos - 80),
                                                  cast(int, limit)) if r.end() == limit]
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
        cut = possessive.start() if possessive else _hyphen_ending(ctx, token)
        if cut:
            token, end = token[:cut], start + cut
            cls = _token_class(ctx, token)
        if cls == _STOP and forward and _capitals_surname(ctx, token, kept):
            cls = _NAME  # "Téné Birahima OUATTARA", "Jessica DAVIS BA": a surname in capitals
        elif cls == _STOP and forward and kept and is_name_token(token) and _family_article(ctx, kept[-1]):
            cls = _NAME  # "Shihab bin Tarik Al Said": after a family "Al" even a not_name word is a name
        if cls == _STOP or (cls == _NAME and (start in ctx.hit_index or _country_word(ctx, start, not kept)
                                              or (forward and ctx.place_word(start, token, not kept)))):
            break
        kept.append((start, end, cls))
        if cut:
            break  # "Narendra Modi's visit", "Кэнжи-г хүлээн авч": a case ending closes the name
    if not forward:
        kept.reverse()
    while kept and kept[-1][2] == _QUIET and not is_suffix(text[kept[-1][0]:kept[-1][1]]):
        kept.pop()
    while kept and kept[0][2] == _QUIET and not _leading_initial(text, kept):
        kept.pop(0)
    words = sum(1 for k in kept if k[2] == _NAME)
    if words and initialled(text[kept[0][0]:kept[-1][1]]):
        words += 1  # "А. Белоусов", "Ж.Батболд": an initial and a surname are a full name
    if words > MAX_NAME_WORDS:
        family = sum(1 for k in kept[1:] if k[2] == _NAME and _family_prefixed(ctx, text[k[0]:k[1]]))
        if words - family < MAX_NAME_WORDS:
            words = MAX_NAME_WORDS  # "Abdullah Ali Al-Abdullah Al-Salem Al-Sabah": a chain of family names
    if not words or words > MAX_NAME_WORDS:
        return None
    return kept[0][0], kept[-1][1], words


def _capitals_surname(ctx: Context, token: str, kept: list[tuple[int, int, int]]) -> bool:
    """A word in capitals after a given name written in mixed case is a surname (the French and
    francophone-African style "Prénom NOM"): four letters at least (NATO, OTAN stay acronyms only when
    no name precedes them), two after another such surname ("DAVIS BA"), never a word the pack says
    is no name."""
    letters = [c for c in token if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters) or ctx.pats.not_name.fullmatch(token):
        return False
    text = ctx.text
    mixed = [k for k in kept if k[2] == _NAME and not text[k[0]:k[1]].isupper()]
    if not mixed:
        return False
    after_capitals = kept[-1][2] == _NAME and text[kept[-1][0]:kept[-1][1]].isupper()
    return len(letters) >= (2 if after_capitals else 4)


def _family_prefixed(ctx: Context, token: str) -> bool:
    """A name word led by a particle and a hyphen ("Al-Sabah", "El-Sisi", "bin-Zayed")."""
    head, dash, rest = token.partition("-")
    return bool(dash and rest) and head.lower() in ctx.pats.particles


def _family_article(ctx: Context, word: tuple[int, int, int]) -> bool:
    """A particle written with a capital as a word of its own ("Al", "El" of "Al Said", "El Sisi"):
    the family name follows it ("van Defensie" after a lowercase particle is no name)."""
    written = ctx.text[word[0]:word[1]]
    return written[:1].isupper() and written.lower() in ctx.pats.particles


def _hyphen_ending(ctx: Context, token: str) -> int:
    """Where a case ending written after a hyphen begins ("Кэнжи-г", "АКШ-нын"), else 0: a lowercase
    last part that is one of the pack's name endings."""
    at = token.rfind("-")
    if at <= 0 or not token[at + 1:].islower():
        return 0
    part = token[at + 1:]
    return at if part in ctx.pats.name_endings or token[at:] in ctx.pats.name_endings else 0


def _leading_initial(text: str, kept: list[tuple[int, int, int]]) -> bool:
    """An initial right before the name word it abbreviates the given name of ("А. Белоусов")."""
    return (len(kept) > 1 and is_initial(text[kept[0][0]:kept[0][1]]) and kept[1][2] == _NAME
            and kept[1][0] - kept[0][1] <= 1)


def recurring_mentions(ctx: Context, mentions: list[PersonMention],
                       known_names: Iterable[str] = ()) -> list[PersonMention]:
    """Bare later (or earlier) mentions of names already found, or of `known_names` (the registry's
    officials written in full): "Hasanov", "Phan Van Giang"."""
    text, pats = ctx.text, ctx.pats
    needles: set[str] = set()
    for surface in {m.surface for m in mentions} | set(known_names):
        if len(ctx.names.words(surface)) < 2:
            if initialled(surface):
                needles.add(surface)  # "Ж.Батболд" again, untitled
            continue
        tokens = core_tokens(surface)
        needles.add(surface)
        if len(tokens) == 2:
            needles.add(f"{tokens[1]} {tokens[0]}")  # Kenji Sato / Sato Kenji
        if len(tokens) >= 2 and pats.bare_surnames:
            needles.update(t for t in (tokens[0], tokens[-1]) if len(t) >= 3
                           and not pats.not_name.fullmatch(t))
            # a middle surname ("José Múcio Monteiro" ... "Múcio"; "Pedro Sánchez Pérez" ... "Sánchez")
            needles.update(t for t in tokens[1:-1] if len(t) >= 4 and t[0].isupper()
                           and not pats.not_name.fullmatch(t))
    taken = _Taken(len(text), mentions)
    found: list[PersonMention] = []
    for needle in sorted(needles, key=len, reverse=True):
        at = text.find(needle)
        while at >= 0:
            end = at + len(needle)
            if (bounded(text, at, end) and taken.free(at, end)
                    and (" " in needle or _alone(ctx, at, end))):
                found.append(ctx.mention(at, end))
                taken.take(at, end)
            at = text.find(needle, end)
    return found


def introduced_names(ctx: Context, mentions: list[PersonMention]) -> list[PersonMention]:
    """Full names of titled lone surnames, written elsewhere without a title: "Minister
    Pistorius" ... "Boris Pistorius nach der Unterzeichnung"."""
    text = ctx.text
    known = {w for m in mentions if len(ctx.names.words(m.surface)) >= 2 for w in ctx.names.words(m.surface)}
    lone = {m.surface for m in mentions if (m.role or m.rank) and len(ctx.names.words(m.surface)) == 1
            and ctx.names.words(m.surface)[0] not in known}
    taken = _Taken(len(text), mentions)
    found: list[PersonMention] = []
    for surname in sorted(lone):
        at = text.find(surname)
        while at >= 0:
            end = at + len(surname)
            if bounded(text, at, end) and taken.free(at, end) and at > 0 and text[at - 1] in " \t\u00a0":
                span = name_span(ctx, at, forward=False, limit=end)
                if span and 2 <= span[2] <= 3 and span[1] == end and taken.free(span[0], end):
                    found.append(ctx.mention(span[0], end))
                    taken.take(span[0], end)
                    break
            at = text.find(surname, end)
    return found


class _Taken:
    """Which characters already belong to a mention."""

    __slots__ = ("_mask",)

    def __init__(self, size: int, mentions: list[PersonMention]) -> None:
        self._mask = bytearray(size)
        for m in mentions:
            self.take(m.start, m.end)

    def take(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)

    def free(self, start: int, end: int) -> bool:
        return not any(self._mask[start:end])


def bounded(text: str, start: int, end: int) -> bool:
    return ((start == 0 or not is_word_char(text[start - 1]))
            and (end >= len(text) or not is_word_char(text[end])))


def _alone(ctx: Context, start: int, end: int) -> bool:
    """A single name word not glued to another capitalised word (part of some other name); a known place
    or state beside it is no part of a name ("Также в Бишкеке Белоусов встретился", "Ankara'da Güler ile")."""
    text, pats = ctx.text, ctx.pats
    before = text[max(0, start - 40):start]
    stripped = before.rstrip()
    prev = stripped.split()[-1] if stripped and before.endswith(" ") else ""
    after = text[end:end + 40]
    nxt = after.split()[0] if after.strip() and after.startswith(" ") else ""
    for word, at in ((prev, start - (len(before) - len(stripped)) - len(prev)),
                     (nxt, end + len(after) - len(after.lstrip()))):
        if (word and is_name_token(word) and word[-1].isalpha() and not pats.not_name.fullmatch(word)
                and at not in ctx.places and at not in ctx.spans):
            return False
    return True


def untitled_mentions(text: str, mentions: list[PersonMention], ctx: Context) -> list[PersonMention]:
    """Fallback for languages without a pack: runs of 2-3 capitalised words inside a sentence."""
    taken = _Taken(len(text), mentions)
    found: list[PersonMention] = []
    words = Counter(_LOWER_WORD.findall(text))
    common = {w for w in words if w.islower()}  # words the text also writes in lowercase
    starts = [m.start() + w.start() for m in ctx.pats.name.finditer(text) for w in _WORD.finditer(m.group())]
    for start in starts:
        word = _LOWER_WORD.match(text, start)
        if not taken.free(start, start + 1) or (word and word.group().lower() in common):
            continue
        span = name_span(ctx, start)
        if not span or not 2 <= span[2] <= 3 or not taken.free(span[0], span[1]):
            continue
        if span[2] == 3:  # "Bakanı Hulusi Akar": a first word used without the second is a title word
            first, second = text[span[0]:span[1]].split()[:2]
            if words[first] > text.count(f"{first} {second}"):
                continue
        before = span[0]
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if before == 0 or text[before - 1] in ".!?:\n\"“«|":
            continue  # sentence-initial capitals say nothing
        found.append(ctx.mention(span[0], span[1]))
        taken.take(span[0], span[1])
    return found
