"""Cell and text encodings shared by the exports and the query commands.

CSV cells (OWASP "CSV injection"): a text cell that starts with `=`, `+`, `-`, `@`, a tab or a
carriage return is run as a formula by spreadsheets; it is written with a leading `'` (the
spreadsheet shows the text as it is, a program reading the CSV sees the `'`).  Numbers stay numbers.

JSON text: `json.dumps` keeps non-ASCII text readable but leaves C1 controls (U+0080-U+009F, of
which U+009B starts terminal sequences) and bidirectional overrides raw; they are written as
`\\uXXXX` escapes, so the decoded data is unchanged and nothing reaches a terminal raw.
"""

from __future__ import annotations

import json
import re
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def csv_cell(value: Any) -> Any:
    """A CSV cell value: text that would start a spreadsheet formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def json_text(data: Any, indent: int | None = None) -> str:
    """JSON of `data` (UTF-8 text, not ASCII-escaped) with terminal and bidi controls escaped."""
    text = json.dumps(data, ensure_ascii=False, default=str, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)
