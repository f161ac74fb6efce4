"""Officials in scripts without capital letters (Chinese, Japanese, Korean, Arabic, Hebrew,
Devanagari, Thai ...): a name is what the pack's `titles.name_regex` matches right after
or right before a title ("國防部長董軍", "中谷防衛相", "وزير الدفاع لويد أوستن").

Which side the name stands on is the pack's `name_side`; `name_stops` are characters or
words a name never ends with (they belong to the next word: 董軍進行 -> 董軍).  A state
named between the title and the name, or right before either, is the person's country.
Later bare occurrences of a found name are mentions of the same person.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from milwatch.extract._person_merge import PersonMention
from milwatch.extract._person_patterns import PersonPatterns
from milwatch.extract._person_scan import Context, Hit
from milwatch.packs import FULL_STOPS, is_word_char

_JOINERS = " \t\u00a0・·"  # between a title, a state and a name
_SENTENCE_END = FULL_STOPS + "\n"
MAX_NAME_CHARS = 40
COUNTRY_REACH = 4  # characters between a state and the title or name it qualifies (の, 's, spaces)


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _JOINERS:
        pos += 1
    return pos


def _skip_back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in _JOINERS:
        pos -= 1
    return pos


def _trim(surface: str, stops: tuple[str, ...], spaceless: bool) -> str:
    """Drop stop characters (spaceless scripts: "董軍進" -> "董軍") or stop words (else: "X نے" -> "X")
    from the end of a name."""
    changed = True
    while changed and surface:
        changed = False
        for stop in stops:
            rest = surface[: -len(stop)]
            if not surface.endswith(stop) or not rest.strip():
                continue
            if spaceless and len(rest.strip()) >= 2:
                surface, changed = rest.strip(), True
                break
            if not spaceless and rest.endswith(" "):  # a whole word, never the end of one
                surface, changed = rest.strip(), True
                break
    return surface.strip()


def _state_ending_near(ctx: Context, pos: int) -> str | None:
    """A state whose mention ends within COUNTRY_REACH characters before `pos`."""
    k = bisect_right(ctx.span_ends, pos) - 1
    if k < 0:
        return None
    start, end, code = ctx.ordered_spans[k]
    between = ctx.text[end:pos]
    return code if pos - end <= COUNTRY_REACH and not any(c in _SENTENCE_END for c in between) else None


def _state_at(ctx: Context, pos: int, pats: PersonPatterns) -> tuple[int, str] | None:
    """(end, code) of a state mention at `pos`, also behind a clitic ("היווני" -> יווני)."""
    span = ctx.spans.get(pos)
    if span:
        return span
    for clitic in pats.clitics:
        if ctx.text.startswith(clitic, pos):
            span = ctx.spans.get(pos + len(clitic))
            if span:
                return span
    return None


NAME_COMMAS = (",", "،", "，")  # a name set off by commas after its title: Latin, Arabic, full-width


def _forward(ctx: Context, hit: Hit, name_re: re.Pattern[str],
             pats: PersonPatterns) -> tuple[int, int, str | None] | None:
    text, pos, country = ctx.text, _skip(ctx.text, hit.end), None
    for _ in range(3):  # a connector, a state or a state adjective between the title and the name
        connector = ctx.pats.filler.match(text, pos)
        if (connector and connector.lastgroup == "connector"
            and _state_at(ctx, _skip(text, connector.end()), pats)):
            pos = _skip(text, connector.end())  # "שר ההגנה של יוון NAME"
        span = _state_at(ctx, pos, pats)
        if not span:
            break
        pos, country = _skip(text, span[0]), country or span[1]
    if text.startswith(NAME_COMMAS, pos):  # "Minister of Defense, NAME, said": the name set off by commas
        pos = _skip(text, pos + 1)
    while pos in ctx.hit_index and ctx.hits[ctx.hit_index[pos]].kind == "honorific":
        pos = _skip(text, ctx.hits[ctx.hit_index[pos]].end)  # "وزير الدفاع السيد NAME", "وزیر دفاع آقای NAME"
    if pos in ctx.hit_index:
        return None  # another title follows: the chain goes on from there
    m = name_re.match(text, pos)
    if not m or m.end() == pos:
        return None
    name = _trim(_before_place(ctx, pos, m.group()), pats.name_stops, pats.spaceless)
    if not name or _is_stop(name, pats):
        return None  # "董军部长应约与…": a stop word after the title is no name (the name stands before it)
    return pos, pos + len(name), country


def _state_after(ctx: Context, title: Hit) -> str | None:
    """A state right after a title, or after a connector ("وزير الدفاع في الجمهورية الإيطالية")."""
    pos = _skip(ctx.text, title.end)
    connector = ctx.pats.filler.match(ctx.text, pos)
    places = [pos]
    if connector and connector.lastgroup == "connector":
        places.append(_skip(ctx.text, connector.end()))
    for at in places:
        span = _state_at(ctx, at, ctx.pats)
        if span:
            return span[1]
    return None


def _is_stop(name: str, pats: PersonPatterns) -> bool:
    """A name that is a stop word itself, or (spaceless scripts) starts with one: _trim keeps a name
    that is nothing but a stop, so it is checked here."""
    return any(name == stop or (pats.spaceless and len(stop) >= 2 and name.startswith(stop))
               for stop in pats.name_stops)


def _before_place(ctx: Context, pos: int, name: str) -> str:
    """The name up to a later word naming a place ("Սուրեն Պապիկյանը Փարիզում" -> "Սուրեն Պապիկյանը")."""
    if " " not in name:
        return name
    at = name.find(" ")
    while at >= 0:
        start = pos + at + 1
        end = name.find(" ", at + 1)
        if ctx.place_word(start, name[at + 1:] if end < 0 else name[at + 1:end]):
            return name[:at]
        at = end
    return name


def _backward(ctx: Context, hit: Hit, name_re: re.Pattern[str],
              pats: PersonPatterns) -> tuple[int, int, str | None] | None:
    text = ctx.text
    end, country = _skip_back(text, _before_reading(text, _skip_back(text, hit.start), name_re)), None
    k = bisect_right(ctx.span_ends, end) - 1
    if k >= 0 and ctx.ordered_spans[k][1] == end:  # "나카타니 겐 일본 방위대신": name, state, title
        country = ctx.ordered_spans[k][2]
        end = _skip_back(text, ctx.ordered_spans[k][0])
        if pats.spaceless and end == ctx.ordered_spans[k][0]:
            # without a space or a dot a name does not run into the state ("来访的巴基斯坦参谋长")
            return None
    lowest = max(0, end - MAX_NAME_CHARS)
    near = ctx.ordered_spans[bisect_left(ctx.span_ends, lowest + 1):bisect_left(ctx.span_starts, end)]
    inside = {p for s, e, _ in near for p in range(s + 1, e)}
    if not pats.spaceless:  # a name holds no word naming a state ("한미 양국 국방장관"; タイン holds タイ)
        lowest = max([lowest] + [e for _, e, _ in near if e <= end])
    best = None
    inside |= {p for h in ctx.hits if lowest < h.end and h.start < end for p in range(h.start + 1, h.end)}
    for start in range(lowest, end):
        if start in inside:
            continue  # never inside a state's name (巴基斯坦|坦三军…) or a title ("سرلشکر پاسدار")
        if not pats.spaceless and start > 0 and is_word_char(text[start - 1]):
            continue  # a name starts a word
        if name_re.fullmatch(text, start, end):
            best = start
            break  # the longest name that ends at the title
    if best is None:
        return None
    name = text[best:end]
    for stop in pats.name_stops:  # a stop word before the name belongs to the sentence ("و", "と")
        if name.startswith(stop) and len(name) > len(stop) + 1:
            best, name = best + len(stop), name[len(stop):]
    best = _skip(text, best)
    while best in ctx.hit_index and ctx.hits[ctx.hit_index[best]].kind == "honorific":
        best = _skip(text, ctx.hits[ctx.hit_index[best]].end)  # "الأمير NAME وزير الدفاع": no name
    if best >= end or best in ctx.hit_index:
        return None
    if not pats.spaceless and not _full_name_before(text[best:end], pats):
        return None
    return best, end, country or _state_ending_near(ctx, best)


_READING = re.compile(r"[\u3041-\u309f\u30a0-\u30ff\s]+")  # kana: a name's reading
MAX_READING_CHARS = 20


def _before_reading(text: str, end: int, name_re: re.Pattern[str]) -> int:
    """Where a name ends when a reading in brackets stands between it and its title ("安圭伯（アンギュベク）
    国防相", "안규백(安圭伯) 장관"): before the brackets, when they hold a name or kana only; else `end`."""
    if end == 0 or text[end - 1] not in ")）":
        return end
    lowest = max(0, end - MAX_READING_CHARS - 2)
    opening = max(text.rfind("(", lowest, end), text.rfind("（", lowest, end))
    inner = text[opening + 1:end - 1] if opening >= 0 else ""
    if not inner.strip() or not (name_re.fullmatch(inner) or _READING.fullmatch(inner)):
        return end
    return opening


def _full_name_before(name: str, pats: PersonPatterns) -> bool:
    """A name before its title in a spaced script: none of its words one the pack says is no name ("به
    دعوت رسمی فرمانده": the invitation is no one); with `full_names_before`, a given name and a surname
    at least (one word before a title is mostly the noun the title qualifies: "نماینده فرمانده", the
    commander's representative)."""
    words = name.split()
    return ((len(words) >= 2 or not pats.full_names_before)
            and not any(w.lower() in pats.not_name_words for w in words))


def _honoured(ctx: Context, hit: Hit, name_re: re.Pattern[str],
              pats: PersonPatterns) -> tuple[int, int, Hit] | None:
    """A name after an honorific that a title follows ("معالي NAME وزير الدفاع", "นายNAME รองนายกรัฐมนตรี",
    "ឯកឧត្តម NAME ឯកអគ្គរដ្ឋទូត"): (start, end, that title); a side of its own, whatever `name_side` says."""
    text, pos = ctx.text, _skip(ctx.text, hit.end)
    while pos in ctx.hit_index and ctx.hits[ctx.hit_index[pos]].kind == "honorific":
        pos = _skip(text, ctx.hits[ctx.hit_index[pos]].end)  # "سعادة السيدة NAME"
    if pos in ctx.hit_index:
        return None
    m = name_re.match(text, pos)
    if not m or m.end() == pos:
        return None
    surface = m.group()
    glued = next((h.start for h in ctx.hits if pos < h.start < m.end()), None)
    if glued is not None:
        surface = surface[:glued - pos]  # a title glued to the name ends it
    name = _trim(_before_place(ctx, pos, surface), pats.name_stops, pats.spaceless)
    if not name or _is_stop(name, pats):
        return None
    after = _skip(text, pos + len(name))
    if text.startswith(NAME_COMMAS, after):
        after = _skip(text, after + 1)  # "السيد NAME، وزير الدفاع"
    title = ctx.hits[ctx.hit_index[after]] if after in ctx.hit_index else None
    if title is None or title.kind not in ("role", "rank"):
        return None
    return pos, pos + len(name), title


def _role_before(ctx: Context, rank: Hit) -> str | None:
    """The office written right before a rank ("प्रधानसेनापति जनरल X": chief of the army staff, general)."""
    return next((hit.label for hit in ctx.hits
                 if hit.kind == "role" and hit.end <= rank.start
                 and _skip(ctx.text, hit.end) == rank.start), None)


def uncased_mentions(ctx: Context, name_regex: str | re.Pattern[str], side: str) -> list[PersonMention]:
    """Officials named next to a title, for a pack with `titles.name_regex` (its text or compiled)."""
    name_re = re.compile(name_regex)  # a compiled pattern is returned as it is
    found: dict[tuple[int, int], PersonMention] = {}
    for hit in ctx.hits:
        if hit.kind == "honorific":
            honoured = _honoured(ctx, hit, name_re, ctx.pats)
            if honoured and not any(s < honoured[1] and honoured[0] < e for s, e in found):
                start, end, title = honoured
                found[(start, end)] = ctx.mention(
                    start, end, title.label if title.kind == "role" else None,
                    title.label if title.kind == "rank" else None,
                    _state_ending_near(ctx, hit.start) or _state_after(ctx, title))
            continue
        if hit.kind not in ("role", "rank", "counterpart"):
            continue
        spans = []
        if side in ("after", "both"):
            spans.append(_forward(ctx, hit, name_re, ctx.pats))
        if side in ("before", "both"):
            spans.append(_backward(ctx, hit, name_re, ctx.pats))
        for span in spans:
            if not span or (span[0], span[1]) in found:
                continue
            start, end, country = span
            country = country or _state_ending_near(ctx, hit.start)
            role = hit.label if hit.kind == "role" else _role_before(ctx, hit) if hit.kind == "rank" else None
            rank = hit.label if hit.kind == "rank" else None
            found[(start, end)] = ctx.mention(start, end, role, rank, country)
            break
    mentions = sorted(found.values(), key=lambda m: m.start)
    return mentions + _repeats(ctx.text, mentions)


def _repeats(text: str, mentions: list[PersonMention]) -> list[PersonMention]:
    """Later bare occurrences of a name found next to a title."""
    taken = {(m.start, m.end) for m in mentions}
    covered = [(m.start, m.end) for m in mentions]
    extra: list[PersonMention] = []
    for surface in sorted({m.surface for m in mentions}, key=len, reverse=True):
        if len(surface) < 2:
            continue
        at = text.find(surface)
        while at >= 0:
            end = at + len(surface)
            if (at, end) not in taken and not any(s < end and at < e for s, e in covered):
                extra.append(PersonMention(at, end, surface, surface, None, None, None))
                covered.append((at, end))
            at = text.find(surface, end)
    return extra
