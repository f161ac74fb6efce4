"""What a watchlist watches: a saved query over events, checked one event at a time.

    q = WatchQuery.from_dict({"pair": ["EST", "LVA"], "types": ["meeting", "agreement"]})
    q.matches(event)       # an event dict as `store.queries.event_dict` makes it

Every given criterion must hold.  Within a criterion: `countries` must all take part; for
`officials`, `types`, `doc_types`, `areas`, `modes` and `langs` one of the values is enough;
`text` is words that must all appear (case and accents ignored) in the evidence sentence,
the article title, the place or an official's name.  Background (historical) events match
only when `historical` is set.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

from milwatch.errors import WatchlistError
from milwatch.model import AREAS, DOC_TYPES, EVENT_TYPES, MEETING_MODES

MAX_VALUES = 20  # values of one criterion
MAX_TEXT = 200  # characters of one value
_CODE = re.compile(r"^[A-Za-z]{2,12}$")
_LANG = re.compile(r"^[a-z]{2,3}$")
LIST_FIELDS = ("countries", "officials", "types", "doc_types", "areas", "modes", "langs")
CHOICES: dict[str, tuple[str, ...]] = {"types": EVENT_TYPES, "doc_types": DOC_TYPES, "areas": AREAS,
                                       "modes": MEETING_MODES}


def fold(text: str) -> str:
    """Text compared without case or accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def _values(name: str, raw: Any) -> tuple[str, ...]:
    if raw is None:
        return ()
    items = [raw] if isinstance(raw, str) else raw
    if not isinstance(items, list | tuple):
        raise WatchlistError(f"{name}: expected a list of strings, got {type(raw).__name__}")
    out: list[str] = []
    for item in items:
        if not isinstance(item, str):
            raise WatchlistError(f"{name}: expected strings, got {item!r}")
        for part in item.split(",") if name != "officials" else [item]:
            part = part.strip()
            if not part:
                continue
            if len(part) > MAX_TEXT:
                raise WatchlistError(f"{name}: a value is longer than {MAX_TEXT} characters")
            out.append(part)
    if len(out) > MAX_VALUES:
        raise WatchlistError(f"{name}: at most {MAX_VALUES} values, got {len(out)}")
    return tuple(dict.fromkeys(out))


def _code(name: str, value: str) -> str:
    if not _CODE.match(value):
        raise WatchlistError(f"{name}: {value!r} is no country code (ISO 3166 alpha-3 such as EST, or an "
                             "organisation such as nato)")
    return value.upper() if len(value) == 3 else value.lower()


@dataclass(frozen=True, slots=True)
class WatchQuery:
    """The criteria of a watchlist (see the module docstring)."""

    countries: tuple[str, ...] = ()
    pair: tuple[str, str] | None = None
    officials: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    langs: tuple[str, ...] = ()
    text: str | None = None
    historical: bool = False

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WatchQuery:
        """Criteria from JSON-like data; a WatchlistError names the field that is wrong and why."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise WatchlistError(f"unknown criteria {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        values = {name: _values(name, data.get(name)) for name in LIST_FIELDS}
        for name, allowed in CHOICES.items():
            bad = [v for v in values[name] if v not in allowed]
            if bad:
                raise WatchlistError(f"{name}: unknown {', '.join(map(repr, bad))}; "
                                     f"known: {', '.join(allowed)}")
        values["countries"] = tuple(_code("countries", c) for c in values["countries"])
        for lang in values["langs"]:
            if not _LANG.match(lang):
                raise WatchlistError(f"langs: {lang!r} is no ISO 639 language code (de, vi, en, ...)")
        pair_raw = _values("pair", data.get("pair"))
        if pair_raw and len(pair_raw) != 2:
            raise WatchlistError(f"pair: expected two countries (EST,LVA), got {len(pair_raw)}")
        pair = (_code("pair", pair_raw[0]), _code("pair", pair_raw[1])) if pair_raw else None
        text = data.get("text")
        if text is not None and not isinstance(text, str):
            raise WatchlistError(f"text: expected a string, got {type(text).__name__}")
        text = " ".join(text.split()) if text else None
        if text and len(text) > MAX_TEXT:
            raise WatchlistError(f"text: at most {MAX_TEXT} characters")
        historical = data.get("historical", False)
        if not isinstance(historical, bool):
            raise WatchlistError("historical: expected true or false")
        query = cls(**values, pair=pair, text=text or None, historical=historical)
        if query.empty:
            raise WatchlistError("a watchlist needs at least one criterion (countries, "
                                 "pair, officials, types, "
                                 "doc_types, areas, modes, langs or text)")
        return query

    @property
    def empty(self) -> bool:
        return not (any(getattr(self, n) for n in LIST_FIELDS) or self.pair or self.text)

    def to_dict(self) -> dict[str, Any]:
        """Only the criteria that are set (JSON-ready)."""
        out: dict[str, Any] = {}
        for key, value in asdict(self).items():
            if value:
                out[key] = list(value) if isinstance(value, tuple) else value
        return out

    def describe(self) -> str:
        """One line for people: `pair EST–LVA · types meeting, agreement · text "air defence"`."""
        parts = []
        for key, value in self.to_dict().items():
            if key == "pair":
                parts.append(f"pair {'–'.join(value)}")
            elif key == "text":
                parts.append(f'text "{value}"')
            elif key == "historical":
                parts.append("with background events")
            else:
                parts.append(f"{key.replace('_', ' ')} {', '.join(value)}")
        return " · ".join(parts)

    def matches(self, event: Mapping[str, Any]) -> bool:
        """True when the event (a `store.queries.event_dict`) meets every criterion."""
        if event.get("historical") and not self.historical:
            return False
        codes = {str(c).upper() for c in event.get("countries") or ()}
        wanted = (*self.countries, *(self.pair or ()))
        if any(c.upper() not in codes for c in wanted):
            return False
        for name, key in (("types", "type"), ("doc_types", "doc_type"), ("modes", "mode"), ("langs", "lang")):
            allowed = getattr(self, name)
            if allowed and event.get(key) not in allowed:
                return False
        if self.areas and not set(self.areas) & set(event.get("areas") or ()):
            return False
        persons = event.get("persons") or ()
        if self.officials and not any(_official(o, persons) for o in self.officials):
            return False
        return not self.text or _has_words(self.text, _event_text(event, persons))


def _official(wanted: str, persons: Iterable[Mapping[str, Any]]) -> bool:
    key = fold(wanted)
    for p in persons:
        if wanted == p.get("person_id"):
            return True
        if any(key in fold(n) for n in [p.get("name") or "", *(p.get("aliases") or ())]):
            return True
    return False


def _event_text(event: Mapping[str, Any], persons: Iterable[Mapping[str, Any]]) -> str:
    names = " ".join(n for p in persons for n in [p.get("name") or "", *(p.get("aliases") or ())])
    return fold(" ".join(str(event.get(k) or "") for k in ("evidence", "title", "location")) + " " + names)


def _has_words(text: str, haystack: str) -> bool:
    return all(word in haystack for word in fold(text).split())
