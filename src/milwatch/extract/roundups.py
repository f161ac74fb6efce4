"""Round-ups: a title that lists several news, an item each ("Die Woche: Pistorius in Vilnius, Tankflugzeuge
mit den Niederlanden, Tanner empfängt Kaliňák"), names no pair of one event across its items."""

from __future__ import annotations

import re

from milwatch.extract.candidate import Candidate

ITEM_BREAK = re.compile(r"[,;，；、،؛]")  # between the items of a round-up's title
ITEM_WORDS = 2  # words besides state names that make a part of a title an item of its own


def across_items(candidate: Candidate) -> bool:
    """Do the candidate's states stand in different items of a title that lists several news ("Die Woche:
    Pistorius in Vilnius, Tankflugzeuge mit den Niederlanden, ...", "Hasanov Ankara'da, Turgutreis tatbikatı
    tamamlandı"), each item with words of its own?  "Ukraine, Netherlands agree to ..." names one pair."""
    info = candidate.info
    offset = info.sentence.start
    named = [(m.start - offset, m.end - offset, m.code) for m in info.countries if m.is_state]
    named += [(p.start - offset, p.end - offset, p.country) for p in info.persons if p.country]
    ends, starts = {b for _, b, _ in named}, {a for a, _, _ in named}
    parts: list[tuple[int, int]] = []
    start = 0
    for mark in [*ITEM_BREAK.finditer(info.text), None]:
        if mark and len(info.text[:mark.start()].rstrip()) in ends and \
                len(info.text) - len(info.text[mark.end():].lstrip()) in starts:
            continue  # a list of states ("Iran, Russia and China hold ...") is one item
        end = mark.start() if mark else len(info.text)
        parts.append((start, end))
        start = mark.end() if mark else end
    if len(parts) < 2:
        return False
    items: dict[str, set[int]] = {}
    for index, (begin, end) in enumerate(parts):
        inside = [(a, b, code) for a, b, code in named if begin <= a < end]
        text = info.text[begin:end]
        for a, b, _ in sorted(inside, reverse=True):
            text = text[:a - begin] + text[b - begin:]
        if len(text.split()) < ITEM_WORDS:
            continue  # a bare name of a list of states ("Ukraine, Netherlands agree")
        for _, _, code in inside:
            items.setdefault(code, set()).add(index)
    placed = [items.get(code, set()) for code in candidate.countries]
    return all(placed) and not set.intersection(*placed)
