"""The character map from cleaned text back to raw text, and its compact stored form.

`clean_map[i]` is the index in the raw text of `clean_text[i]`.  The clean stage
keeps it strictly increasing, so it is a handful of runs ("segments") of
consecutive raw indices: `(clean_start, raw_start, length)`.
"""

from __future__ import annotations

from milwatch.model import Segment, compress_map, expand_map  # the stored form lives in model

__all__ = ["Segment", "compress_map", "expand_map"]
