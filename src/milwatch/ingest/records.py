"""Turning raw input records into `Article`s, or into `Quarantined` records with a reason.

Pure helpers shared by every reader: content hashing and stable ids, date
normalisation, the GUIDELINES article format (../shared/eval/GUIDELINES.md §1)
and the "does this first line look like a title" test for plain text.
"""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_to_datetime
from typing import Any

from milwatch.model import Article, Origin, content_hash
from milwatch.model import Quarantined as Quarantined  # the stored forms live in model (re-exported)

# Fields of the GUIDELINES input format; every other key of a record goes to Article.extra.
KNOWN_FIELDS = ("id", "text", "title", "published", "source_url", "lang")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.+\-Z ]*)?")
_PARTIAL = re.compile(r"\d{4}(?:-\d{2})?")
_LANG = re.compile(r"[a-z]{2,3}")
_SENTENCE_END = (".", ",", ";", ":")
MAX_DEPTH = 64  # nesting levels of a record's values; deeper is quarantined (and could exhaust the stack)
DEEP_REASON = f"nested too deeply (more than {MAX_DEPTH} levels of arrays or objects)"


def content_id(digest: str) -> str:
    """The stable id of an article that came without one: derived from its content hash."""
    return "h" + digest[:16]


def normalize_date(value: Any) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD or None, error or None).  Month- or year-only dates give None (GUIDELINES §2)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if not isinstance(value, str):
        return None, f"invalid date {value!r} (expected a YYYY-MM-DD string)"
    text = value.strip()
    match = _ISO_DAY.fullmatch(text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3])).isoformat(), None
        except ValueError:
            return None, f"invalid date {text!r} (no such day)"
    if _PARTIAL.fullmatch(text):
        return None, None
    try:
        return parsedate_to_datetime(text).date().isoformat(), None
    except (TypeError, ValueError, IndexError):
        return None, f"invalid date {text!r} (expected YYYY-MM-DD)"


def normalize_lang(value: Any) -> str | None:
    """'de', 'DE', 'de-AT', 'de_AT' -> 'de'; anything that is not an ISO 639 code -> None."""
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    if code == "und" or not _LANG.fullmatch(code):
        return None
    return code


def _bad_unicode(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def value_problem(obj: Any, max_depth: int = MAX_DEPTH) -> str | None:
    """Why the values of a parsed record cannot be stored, or None: a string with a lone surrogate
    (a JSON escape like \\ud800, not valid Unicode; the reason names the field) or nesting deeper than
    `max_depth`.  Iterative, so any depth is safe."""
    stack: list[tuple[Any, str, int]] = [(obj, "", 0)]
    while stack:
        value, field, depth = stack.pop()
        if isinstance(value, str):
            if _bad_unicode(value):
                return f"invalid Unicode (lone surrogate) in field {field!r}"
            continue
        if not isinstance(value, dict | list):
            continue
        if depth >= max_depth:
            return DEEP_REASON
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str) and _bad_unicode(key):
                    return f"invalid Unicode (lone surrogate) in field name {key!r}"
                stack.append((item, field or key, depth + 1))
        else:
            stack.extend((item, field, depth + 1) for item in value)
    return None


def article_from_mapping(obj: Any, origin: Origin, lang: str | None = None) -> Article | str:
    """Build an Article from one GUIDELINES-format object, or return why it cannot be one.

    `lang` (the --lang flag) overrides the record's own `lang` field.
    """
    if not isinstance(obj, dict):
        return f"expected a JSON object, got {type(obj).__name__}"
    text = obj.get("text")
    if "text" not in obj or text is None:
        return "missing required field 'text'"
    if not isinstance(text, str):
        return f"field 'text' must be a string, got {type(text).__name__}"
    if not text.strip():
        return "field 'text' is empty"
    for name in ("title", "source_url"):
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            return f"field {name!r} must be a string or null, got {type(value).__name__}"
    problem = value_problem(obj)
    if problem:
        return problem
    published, error = normalize_date(obj.get("published"))
    if error:
        return error + " in field 'published'"
    raw_id = obj.get("id")
    if raw_id is not None and (not isinstance(raw_id, str | int) or isinstance(raw_id, bool)):
        return f"field 'id' must be a string or number, got {type(raw_id).__name__}"
    given = str(raw_id).strip() if raw_id is not None else ""
    hint = lang or normalize_lang(obj.get("lang"))
    extra = {k: v for k, v in obj.items() if k not in KNOWN_FIELDS}
    if obj.get("lang") is not None and normalize_lang(obj.get("lang")) is None:
        extra["lang"] = obj["lang"]
    article = Article(
        id=given or content_id(content_hash(text)),
        text=text,
        title=(obj.get("title") or "").strip() or None,
        published=published,
        source_url=(obj.get("source_url") or "").strip() or None,
        lang_hint=hint,
        extra=extra,
        origin=origin,
    )
    return article


def looks_like_title(line: str) -> bool:
    """A first line of plain text is a title when it is short, has words and no sentence ending."""
    line = line.strip()
    if not line or len(line) > 200 or line.endswith(_SENTENCE_END):
        return False
    words = line.split()
    return 1 <= len(words) <= 25 and any(ch.isalpha() for ch in line)


def split_title(text: str) -> str | None:
    """The title of a plain-text article: its first non-blank line, if that looks like one."""
    lines = text.lstrip("\ufeff").splitlines()
    for i, line in enumerate(lines):
        if line.strip():
            rest = any(other.strip() for other in lines[i + 1:])
            return line.strip() if rest and looks_like_title(line) else None
    return None
