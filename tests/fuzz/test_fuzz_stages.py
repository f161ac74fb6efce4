"""Hypothesis fuzz suite (issue 13) over the pure stages: the cleaner (boilerplate stripping), language ID,
extraction (`Extractor.extract`) and date finding and resolution.

Generated texts mix the vocabulary of several language packs (every string of their TOML files: triggers,
titles, concepts, boilerplate, date words), CLDR country and month names, dates in many shapes (valid and
not: `31.02.2024`, `2024-13-99`, `๒๕๖๗`, `2024年3月12日`), digits of several scripts, letters of many scripts,
bidi and zero-width marks, controls and long repeats.  Checked for every record: no exception, results
that keep their contracts (clean map into the raw text, language codes and spans that cover the text,
event offsets inside the text, dates that are real calendar days), and a time cap per record with a
message naming the stage and the input.

Marker `fuzz`, in the default run: 30 x MILWATCH_FUZZ_EXAMPLES (default 10) records per test, 1,500 in CI;
scripts/fuzz.sh runs the scheduled size (MILWATCH_FUZZ_EXAMPLES=100: 15,000 records).  MILWATCH_FUZZ_CAP_S
sets the time cap per record (default 10 s: a slow regex takes minutes; a normal record milliseconds).
"""

from __future__ import annotations

import functools
import os
import re
import time
import tomllib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from milwatch.clean import clean_text, expand_map, rules_for
from milwatch.extract.dates import find_dateline, find_dates, resolve_date, resolve_weekday
from milwatch.extract.engine import Extractor
from milwatch.langid import UNKNOWN_LANG, Detector
from milwatch.model import EVENT_TYPES, Article
from milwatch.packs import PackRegistry

pytestmark = pytest.mark.fuzz

T = TypeVar("T")
PACKS = Path(__file__).resolve().parents[2] / "src" / "milwatch" / "packs"
EXAMPLES = 30 * int(os.environ.get("MILWATCH_FUZZ_EXAMPLES", "10"))
CAP_S = float(os.environ.get("MILWATCH_FUZZ_CAP_S", "10"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                derandomize=os.environ.get("MILWATCH_FUZZ_RANDOM") != "1",
                database=None, phases=[Phase.explicit, Phase.generate, Phase.shrink],
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# packs of many scripts and word orders; the extractor is also given languages without a pack
LANGS = ("en", "de", "fr", "ru", "ar", "zh", "ja", "ko", "hi", "th", "vi", "he", "my", "km", "fa",
         "el", "tr", "ur")
DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
LANG_CODE = re.compile(r"^[a-z]{2,3}$")


@functools.cache
def vocabulary(lang: str) -> tuple[str, ...]:
    """Every string (keys and values) of a pack's TOML files, and its CLDR country and month names."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                found.add(key)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for file in sorted((PACKS / lang).glob("*.toml")):
        walk(tomllib.loads(file.read_text(encoding="utf-8")))
    from babel import Locale
    from babel.dates import get_month_names

    locale = Locale.parse(lang)
    found.update(list(locale.territories.values())[:80])
    found.update(get_month_names("wide", locale=locale).values())
    found.update(get_month_names("abbreviated", locale=locale).values())
    return tuple(sorted(w for w in found if 0 < len(w) <= 60))


SCRIPTS = st.characters(codec="utf-8", exclude_categories=["Cs"])  # any character, controls included
MARKS = st.sampled_from(["\u200b", "\u200d", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff",
                         "\u00ad", "\u0301",
                         "\x00", "\x1b[31m", "\r", "\r\n", "\t", "\u2028", "\u3000", "\xa0",
                         "。", "،", "।", "…"])
DIGITS = st.sampled_from(["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९", "๐๑๒๓๔๕๖๗๘๙",
                          "０１２３４５６７８９", "၀၁၂၃၄၅၆၇၈၉", "០១២៣៤៥៦៧៨៩"])


@st.composite
def number(draw: st.DrawFn, low: int = 0, high: int = 99999) -> str:
    digits = draw(DIGITS)
    return "".join(digits[int(c)] for c in str(draw(st.integers(low, high))))


@st.composite
def date_text(draw: st.DrawFn) -> str:
    """A date-like token: real and impossible days, in the shapes newspapers write (and some they do not)."""
    y, m, d = draw(st.integers(0, 10000)), draw(st.integers(0, 14)), draw(st.integers(0, 40))
    shapes = [f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{y}", f"{m}/{d}",
              f"{y}年{m}月{d}日", f"{m}月{d}日",
              f"{y}년 {m}월 {d}일", f"ngày {d} tháng {m} năm {y}", f"{d} {m} {y}", f"{y}", f"{d}.{m}.",
              f"{y}/{m}", f"{d}-{d + 2}.{m}.{y}",
              f"{draw(number(0, 40))} {draw(number(1, 12))} {draw(number(0, 3000))}",
              f"ปี {y + 543}", f"{y}-{y + 1}", f"{d}{'日' if d % 2 else '일'}"]
    return draw(st.sampled_from(shapes))


@st.composite
def mixed_text(draw: st.DrawFn, langs: tuple[str, ...]) -> str:
    """Tokens from the packs of `langs`, dates, numbers, any script, marks; joined by spaces, punctuation and
    line breaks; sometimes one chunk repeated (long texts)."""
    pools = [vocabulary(lang) for lang in langs]
    token = st.one_of(
        st.integers(0, len(pools) - 1).flatmap(lambda i: st.sampled_from(pools[i])),
        st.integers(0, len(pools) - 1).flatmap(lambda i: st.sampled_from(pools[i])),  # twice as likely
        date_text(), number(), st.text(SCRIPTS, min_size=1, max_size=8), MARKS)
    separator = st.sampled_from([" ", " ", " ", ", ", ". ", "\n", "\n\n", " - ", ": ", "(", ") ",
                                 "“", "” ", "|"])
    parts = draw(st.lists(st.tuples(token, separator), max_size=120))
    text = "".join(t + s for t, s in parts)
    if draw(st.integers(0, 9)) == 0:  # one in ten: a long text, a chunk repeated
        text = text[:300] * draw(st.integers(2, 300))
    return text


@st.composite
def article(draw: st.DrawFn, bad_published: bool = True) -> tuple[Article, tuple[str, ...]]:
    """An article of mixed text; `published` a day, None, or (bad_published) something ingest would refuse."""
    langs = tuple(draw(st.lists(st.sampled_from(LANGS), min_size=1, max_size=3, unique=True)))
    text = draw(mixed_text(langs))
    bad = (st.sampled_from(["2024-02-30", "2025-13-01", "0000-00-00", "", "yesterday"])
           if bad_published else st.none())
    published = draw(st.one_of(st.none(),
                               st.dates(date(1, 1, 1), date(9999, 12, 31)).map(date.isoformat), bad))
    lang = draw(st.one_of(st.sampled_from(langs), st.sampled_from(["und", "xx", "sw", "zu", ""])))
    title = draw(st.one_of(st.none(), mixed_text(langs).map(lambda t: t[:200])))
    return Article(id="fuzz", text=text, title=title, published=published, lang=lang or None), langs


def capped(stage: str, what: str, call: Callable[[], T]) -> T:
    """call(), failing with a message naming the stage and the input when it takes longer than the cap."""
    started = time.perf_counter()
    result = call()
    took = time.perf_counter() - started
    assert took <= CAP_S, f"{stage} took {took:.1f} s (cap {CAP_S} s, MILWATCH_FUZZ_CAP_S) on {what[:500]!r}"
    return result


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.fixture(scope="module")
def count() -> Iterator[list[int]]:
    seen = [0]
    yield seen
    print(f"\nfuzz (stages): {seen[0]} generated records")


@FUZZ
@given(case=article())
def test_cleaner_keeps_a_map_into_the_raw_text(case: tuple[Article, tuple[str, ...]], registry: PackRegistry,
                                               count: list[int]) -> None:
    count[0] += 1
    art, langs = case
    rules = rules_for(registry.get(langs[0]))
    text, cmap = capped("clean_text", art.text, lambda: clean_text(art.text, rules, art.title))
    positions = expand_map(cmap) if cmap and isinstance(cmap[0], list | tuple) else cmap
    assert len(positions) == len(text)
    assert all(0 <= p < len(art.text) for p in positions)
    assert positions == sorted(positions)
    changed = [(i, c, art.text[p]) for i, (c, p) in enumerate(zip(text, positions, strict=True))
               if c != art.text[p] and not (c.isspace() and art.text[p].isspace())]
    assert changed == [], f"clean text differs from the raw text it maps to: {changed[:5]}"
    if art.text.strip():
        assert text.strip(), "a text with content cleaned to nothing"


@FUZZ
@given(case=article())
def test_language_id_answers_a_code_and_spans_that_cover_the_text(case: tuple[Article, tuple[str, ...]],
                                                                 detector: Detector,
                                                                 count: list[int]) -> None:
    count[0] += 1
    text = case[0].text
    guess = capped("Detector.detect", text, lambda: detector.detect(text))
    assert guess.lang == UNKNOWN_LANG or LANG_CODE.match(guess.lang), guess
    assert 0.0 <= guess.confidence <= 1.0
    spans = capped("Detector.paragraphs", text, lambda: detector.paragraphs(text, guess.lang, guess.mixed))
    if text:
        assert spans[0][0] == 0 and spans[-1][1] == len(text)
        assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
        assert all(s[2] == UNKNOWN_LANG or LANG_CODE.match(s[2]) for s in spans), spans
    else:
        assert spans == []


@FUZZ
@given(case=article(bad_published=False))  # ingest (reader.py) refuses other publication dates
def test_extractor_gives_well_formed_events(case: tuple[Article, tuple[str, ...]], extractor: Extractor,
                                            count: list[int]) -> None:
    count[0] += 1
    art = case[0]
    extraction = capped("Extractor.extract", art.text, lambda: extractor.extract(art))
    for event in extraction.events:
        assert event.type in EVENT_TYPES
        assert all(isinstance(c, str) and c for c in event.countries), event.countries
        assert event.date is None or _real_date(event.date), event.date
        if event.evidence_start is not None and event.evidence_end is not None:
            assert 0 <= event.evidence_start <= event.evidence_end <= len(art.text), event
        assert 0.0 <= event.confidence <= 1.0


@FUZZ
@given(case=article(), future=st.booleans())
def test_dates_are_found_inside_the_text_and_real_days(case: tuple[Article, tuple[str, ...]], future: bool,
                                                      registry: PackRegistry, count: list[int]) -> None:
    count[0] += 1
    art, langs = case
    pack = registry.get(langs[0])
    published = art.published if art.published and _real_date(art.published) else None
    mentions = capped("find_dates", art.text, lambda: find_dates(art.text, pack, published, future=future))
    for m in mentions:
        assert 0 <= m.start < m.end <= len(art.text) and art.text[m.start:m.end] == m.text
        assert m.value is None or _real_date(m.value), m
        assert m.until is None or _real_date(m.until), m
    line = capped("find_dateline", art.text, lambda: find_dateline(art.text, pack, published))
    assert line is None or _real_date(line)


@FUZZ
@given(year=st.one_of(st.none(), st.integers(1, 9999)), month=st.integers(-2, 15), day=st.one_of(
    st.none(), st.integers(-2, 40)),
    base=st.one_of(st.none(), st.dates().map(date.isoformat), st.sampled_from(
        ["2024-02-30", "garbage", "", "9999-12-31", "0001-01-01"])), weekday=st.integers(-8, 15),
    future=st.booleans(), direction=st.integers(-2, 2))
def test_date_resolution_never_fails(year: int | None, month: int, day: int | None, base: str | None,
                                     weekday: int, future: bool, direction: int, count: list[int]) -> None:
    count[0] += 1
    value = resolve_date(year, month, day, base=base, future=future)
    assert value is None or _real_date(value), value
    if value and len(value) == 10:
        assert (int(value[5:7]), int(value[8:])) == (month, day)
    weekday_value = resolve_weekday(weekday, base, future=future, direction=direction)
    assert weekday_value is None or date.fromisoformat(weekday_value).weekday() == weekday % 7


def _real_date(value: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a day (month) that exists."""
    if not DATE_VALUE.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize(("published", "text"), [
    ("9999-12-31", "The defense minister will meet his French counterpart in Paris next Monday."),
    ("9999-12-31", "The defense ministers will sign an agreement on December 20 in Paris."),
    ("9999-12-31", "The defense ministers will hold talks in Paris next week."),
    ("0001-01-01", "The defense minister met his French counterpart in Paris last Monday."),
])
def test_publication_days_at_the_ends_of_the_calendar(published: str, text: str,
                                                      extractor: Extractor) -> None:
    """Found by this suite: a week or two months on from 9999-12-31 (or back from 0001-01-01) overflowed."""
    extraction = extractor.extract(Article(id="edge", text=text, published=published, lang="en"))
    assert all(e.date is None or _real_date(e.date) for e in extraction.events)
    assert (resolve_weekday(0, published, future=True) is None
            and resolve_date(None, 12, 20, base=published) is None)


def test_an_impossible_publication_day_is_not_an_event_date(extractor: Extractor) -> None:
    text = "การซ้อมรบ ชื่นชมไทย นิวเดลี "  # found by test_extractor_gives_well_formed_events
    extraction = extractor.extract(Article(id="bad-day", text=text, published="2024-02-30", lang="th"))
    assert extraction.events and all(e.date is None or _real_date(e.date) for e in extraction.events)


def test_a_year_out_of_the_calendar_resolves_to_nothing() -> None:
    assert resolve_date(0, 1) is None and resolve_date(12345, 1) is None
