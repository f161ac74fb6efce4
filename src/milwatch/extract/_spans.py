"""Mentions looked up by position in linear-logarithmic time (long texts must not go quadratic)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Protocol, TypeVar


class Spanned(Protocol):
    @property
    def start(self) -> int: ...


T = TypeVar("T", bound=Spanned)


class StartIndex:
    """Items sorted by their `start`, for "which items start in [lo, hi)" questions."""

    def __init__(self, items: list[T]) -> None:
        self.items = sorted(items, key=lambda item: item.start)
        self.starts = [item.start for item in self.items]

    def between(self, lo: int, hi: int) -> list:
        """The items whose start lies in [lo, hi), in text order."""
        return self.items[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]


def inside_any(position: int, spans: list[tuple[int, int]]) -> bool:
    """Does `position` lie in one of `spans` ((start, end) pairs sorted by start, not overlapping much)?"""
    i = bisect_right(spans, (position, float("inf"))) - 1
    return any(s <= position < e for s, e in spans[max(0, i - 3):i + 1])


class SpanIndex:
    """(start, end) spans, for "does one cover / overlap this range" questions in log time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach: list[int] = []  # the furthest end among the spans up to each one
        furthest = -1
        for _, end in self.spans:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def covers(self, begin: int, finish: int) -> bool:
        """Does a span hold all of [begin, finish)?"""
        i = bisect_right(self.starts, begin)
        return i > 0 and self.reach[i - 1] >= finish

    def overlaps(self, start: int, end: int) -> bool:
        """Does a span share a character with [start, end)?"""
        i = bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start
