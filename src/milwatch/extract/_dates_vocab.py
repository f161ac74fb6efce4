"""Date vocabulary of one language: pack data (dates.toml) merged with CLDR names (babel).

CLDR gives month and weekday names in every locale babel knows, so languages without a
pack folder (fr, es, ru, it, pt, tr, pl, id...) still get them; relative words
("hier", "вчера", "la semaine dernière") come from dateparser's per-language data for
those languages only.
Everything here runs once per pack, when the date rules are built.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from typing import Literal

from milwatch.packs import Pack

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CJK_LANGS = frozenset({"zh", "ja", "ko"})
MIN_NAME = 3  # shorter CLDR abbreviations ("CN", "Th 2") are too ambiguous to use
STEM_MIN = 4  # inflected month names share a stem of this many letters (январ-я/-ь/-е)


@dataclass(slots=True)
class DateVocab:
    """Lower-cased names -> numbers, plus the pack's word lists, ready to compile."""

    months: dict[str, int] = field(default_factory=dict)  # every month form, abbreviations too
    wide_months: set[str] = field(default_factory=set)  # full names: allowed without a number
    months_in: set[str] = field(default_factory=set)  # case forms meaning "in <month>": need no prefix
    month_stems: dict[str, int] = field(default_factory=dict)  # inflection stems (ru "январ")
    weekdays: dict[str, int] = field(default_factory=dict)  # Monday = 0
    strict_weekdays: set[str] = field(default_factory=set)
    relative: dict[str, tuple[str, int]] = field(default_factory=dict)  # phrase -> (unit, offset)
    weekday_before: dict[str, int] = field(default_factory=dict)
    weekday_joined: dict[str, int] = field(default_factory=dict)  # 上周五 -> -1: prefix written onto the day
    weekday_after: dict[str, int] = field(default_factory=dict)
    day_parts: list[str] = field(default_factory=list)
    numeric_prefix: list[str] = field(default_factory=list)
    month_prefix: list[str] = field(default_factory=list)
    # "gada", "m.", "yılının": between a year and its month
    year_words: list[str] = field(default_factory=list)
    year_prefix: list[str] = field(default_factory=list)
    connectors: list[str] = field(default_factory=list)
    range_words: list[str] = field(default_factory=list)
    day_suffixes: list[str] = field(default_factory=list)
    digit_prefixes: list[str] = field(default_factory=list)  # am "በ": written onto a number ("በ2019")
    month_day_words: list[str] = field(default_factory=list)  # ps "په": between a month and its day
    mdy_names: bool = False


def norm(name: str) -> str:
    """The lookup form of a surface: lower case, single spaces, no trailing dot."""
    return " ".join(name.lower().split()).rstrip(".")


def _usable(name: str, code: str) -> bool:
    name = norm(name)
    if name.isdigit() or not name:
        return False
    if code in _CJK_LANGS:
        return True
    return len(name) >= MIN_NAME and not _CJK.search(name)


def _cldr(locale: str, code: str, skip: set[str], vocab: DateVocab) -> None:
    try:
        from babel import Locale, UnknownLocaleError
        from babel.dates import get_day_names, get_month_names
    except ImportError:  # babel is a dependency; without it only pack names are used
        return
    try:
        loc = Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return
    if "months" not in skip:
        forms: dict[int, set[str]] = {}
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, loc).items():
                    if _usable(name, code):
                        vocab.months.setdefault(norm(name), number)
                        if width == "wide":
                            vocab.wide_months.add(norm(name))
                            forms.setdefault(number, set()).add(norm(name))
        _stems(forms, vocab)
    if "weekdays" not in skip:
        contexts: tuple[Literal["format", "stand-alone"], ...] = ("format", "stand-alone")
        for context in contexts:
            for number, name in get_day_names("wide", context, loc).items():
                if _usable(name, code):
                    vocab.weekdays.setdefault(norm(name), number)


def _stems(forms: dict[int, set[str]], vocab: DateVocab) -> None:
    """Inflected languages: a stem shared by all full forms of one month and no other month."""
    for number, names in forms.items():
        if len(names) < 2:
            continue
        stem = names.pop()
        for other in names:
            while not other.startswith(stem):
                stem = stem[:-1]
        names.add(stem)
        if len(stem) < STEM_MIN or " " in stem:
            continue
        clash = any(n != number and any(f.startswith(stem) for f in fs) for n, fs in forms.items())
        if not clash:
            vocab.month_stems[stem] = number


UNITS = ("days", "weeks", "months", "years")
AFTER_PREVIOUS = "after"  # the unit of "the next day": days from the last day named before
SAME_YEAR = "sameyear"  # "that same year", 同年, 같은 해: the year of the last date named before
_DATEPARSER_UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years"}
_DATEPARSER_KEY = re.compile(r"(?:(?P<ago>\d) (?P<u1>day|week|month|year) ago|in (?P<in>\d) "
                             r"(?P<u2>day|week|month|year))")


def _dateparser_relative(code: str, vocab: DateVocab) -> None:
    """Relative words of a language without its own pack ("hier", "вчера", "kemarin", "l'année dernière")."""
    if not re.fullmatch(r"[a-z]{2,3}", code):
        return
    try:
        info = importlib.import_module(f"dateparser.data.date_translation_data.{code}").info
    except (ImportError, AttributeError):
        return
    for key, words in (info.get("relative-type", {}) or {}).items():
        m = _DATEPARSER_KEY.fullmatch(key)
        if m is None:
            continue
        unit = _DATEPARSER_UNITS[m["u1"] or m["u2"]]
        offset = -int(m["ago"]) if m["ago"] else int(m["in"])
        if abs(offset) > (2 if unit == "days" else 1):
            continue
        for word in words:
            if len(norm(word)) >= MIN_NAME:
                vocab.relative.setdefault(norm(word), (unit, offset))


def _numbered(table: dict[str, list[str]], span: range) -> dict[str, int]:
    out: dict[str, int] = {}
    for key, names in (table or {}).items():
        number = int(key)
        if number in span:
            for name in names:
                if norm(name):
                    out[norm(name)] = number
    return out


def _offsets(table: dict[str, str]) -> dict[str, int]:
    return {norm(k): int(v.replace("+", "")) for k, v in (table or {}).items() if norm(k)}


def build_vocab(pack: Pack) -> DateVocab:
    """Everything the date finder knows about one language."""
    get = pack.get
    vocab = DateVocab()
    own_months = _numbered(get("dates", "months", {}), range(1, 13))
    vocab.months.update(own_months)
    # a short name of a cased script is an abbreviation ("sept", "okt"); an uncased script has none
    # ("أيار", "تموز", "آب" of the Levant and Iraq; "मई"; "ሜይ")
    vocab.wide_months.update(n for n in own_months if len(n) > 4 or not any(c.islower() or c.isupper()
                                                                            for c in n))
    cased = _numbered(get("dates", "months_in", {}), range(1, 13))
    vocab.months.update(cased)
    vocab.wide_months.update(cased)
    vocab.months_in.update(cased)
    vocab.weekdays.update(_numbered(get("dates", "weekdays", {}), range(7)))
    strict = _numbered(get("dates", "weekdays_strict", {}), range(7))
    vocab.weekdays.update(strict)
    vocab.strict_weekdays.update(strict)
    locale = str(get("pack", "cldr_locale", "") or pack.code)
    if pack.code not in ("und", "_base"):
        _cldr(locale, pack.code, {s.strip().lower() for s in get("dates", "cldr_skip", [])}, vocab)
    for unit in UNITS:
        for phrase, offset in _offsets(get("dates", f"relative_{unit}", {})).items():
            vocab.relative[phrase] = (unit, offset)
    if not vocab.relative and pack.code not in ("und", "_base"):
        _dateparser_relative(pack.code, vocab)
    for phrase, offset in _offsets(get("dates", "relative_to_previous", {})).items():
        vocab.relative[phrase] = (AFTER_PREVIOUS, offset)
    for phrase in get("dates", "same_year", []) or []:
        if norm(phrase):
            vocab.relative[norm(phrase)] = (SAME_YEAR, 0)
    vocab.weekday_before.update(_offsets(get("dates", "weekday_before", {})))
    if pack.word_boundary == "none":  # no space between "上" and "周五": one word, or 上周 would win
        for prefix, direction in vocab.weekday_before.items():
            for surface, number in list(vocab.weekdays.items()):
                if not any(surface.startswith(p) for p in vocab.weekday_before):
                    vocab.weekdays[prefix + surface] = number
                    vocab.weekday_joined[prefix + surface] = direction
    vocab.weekday_after.update(_offsets(get("dates", "weekday_after", {})))
    for key in ("day_parts", "numeric_prefix", "month_prefix", "year_prefix", "connectors", "range_words",
                "day_suffixes", "year_words", "digit_prefixes", "month_day_words"):
        setattr(vocab, key, sorted({norm(w) or w.strip() for w in get("dates", key, []) if w.strip()}))
    vocab.mdy_names = "MDY" in {o.strip().upper() for o in get("dates", "name_orders", [])}
    return vocab
