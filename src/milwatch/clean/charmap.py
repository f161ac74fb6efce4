"""The character map from cleaned text back to raw text, and its compact stored form.

`clean_map[i]` is the index in the raw text of `clean_text[i]`.  The clean stage
keeps it strictly increasing, so it is a handful of runs ("segments") of
consecutive raw indices: `(clean_start, raw_start, length)`.
"""

from __future__ import annotations

Segment = tuple[int, int, int]


def compress_map(clean_map: list[int]) -> list[Segment]:
    """Runs of a strictly increasing map; binary search per run, so ~O(runs · log n)."""
    segments: list[Segment] = []
    n = len(clean_map)
    i = 0
    while i < n:
        base = clean_map[i] - i
        lo, hi = i, n - 1  # last k with clean_map[k] - k == base (non-decreasing for increasing maps)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if clean_map[mid] - mid == base:
                lo = mid
            else:
                hi = mid - 1
        segments.append((i, clean_map[i], lo - i + 1))
        i = lo + 1
    return segments


def expand_map(segments: list[Segment] | list[list[int]]) -> list[int]:
    """The full map from its segments."""
    out: list[int] = []
    for _clean_start, raw_start, length in segments:
        out.extend(range(raw_start, raw_start + length))
    return out
