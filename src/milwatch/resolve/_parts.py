"""Small parts of the officials registry: blocking keys, id slugs and role/rank attributions."""

from __future__ import annotations

import re
from collections.abc import Iterable

from anyascii import anyascii

from milwatch.matching.names import skeleton, stems
from milwatch.model import Attribution


def block_keys(tokens: tuple[str, ...]) -> set[str]:
    keys: set[str] = set()
    for t in tokens:
        keys.add("t:" + t)
        for form in stems(t):  # inflected forms block with their stem
            sk = skeleton(form)
            keys.add("s:" + sk)
            if len(sk) > 2:
                keys.add("r:" + sk[1:])  # initial h/g
    return keys


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", anyascii(name).lower()).strip("-") or "person"


def attribute(values: list[Attribution], value: str | None, when: str | None) -> None:
    if not value:
        return
    value = value.strip()
    for a in values:
        if a.value == value:
            break
    else:
        a = Attribution(value=value)
        values.append(a)
    a.count += 1
    if when:
        a.first_seen = min(a.first_seen or when, when)
        a.last_seen = max(a.last_seen or when, when)


def merge_attributions(into: list[Attribution], other: Iterable[Attribution]) -> None:
    for o in other:
        mine = next((a for a in into if a.value == o.value), None)
        if mine is None:
            into.append(Attribution(o.value, o.first_seen, o.last_seen, o.count))
            continue
        mine.count += o.count
        firsts = [d for d in (mine.first_seen, o.first_seen) if d]
        lasts = [d for d in (mine.last_seen, o.last_seen) if d]
        mine.first_seen, mine.last_seen = min(firsts, default=None), max(lasts, default=None)
