"""The table-driven event cases shared by tests/extract/test_events*.py (`from support.cases import ...`).

A case is one short article written for the tests (invented officials) and the events
../shared/eval/GUIDELINES.md says it reports.  `check_case` passes when every expected
event is found (same type and country set) with the fields the case states, and no other
event is predicted.  Fields a case leaves out are not checked; `date` is checked as
score.py does (the prediction may be finer than the expectation: "2024-09" accepts
"2024-09-16"); `historical` is always checked (default false); `persons` lists names that
must be among the event's persons (folded as score.py folds them).

    CASES = [case("en-meeting-visit", "en", "2024-09-20", "...", [ev("meeting", ["MNG", "TUR"], ...)])]

    @pytest.mark.parametrize(CASE_FIELDS, CASES)
    def test_event_case(extractor, lang, published, title, text, expected):
        check_case(extractor, lang, published, title, text, expected)
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.evaluate.scoring import date_ok, fold_name
from milwatch.extract.engine import Extractor
from milwatch.model import Article, Event
from milwatch.packs import PackRegistry

CHECKED = ("date", "location", "mode", "doc_type", "historical")
CASE_FIELDS = ("lang", "published", "title", "text", "expected")


def ev(type_: str, countries: list[str], **fields: Any) -> dict[str, Any]:
    return {"type": type_, "countries": countries, **fields}


def case(case_id: str, lang: str, published: str | None, text: str, events: list[dict[str, Any]],
         title: str | None = None, xfail: str | None = None) -> Any:
    """One test article; `xfail` (with the reason) marks what the rules still get wrong."""
    marks = [pytest.mark.xfail(strict=False, reason=xfail)] if xfail else []
    return pytest.param(lang, published, title, text, events, id=case_id, marks=marks)


def describe(events: list[Event]) -> str:
    return "; ".join(f"{e.type} {e.countries} date={e.date} loc={e.location} mode={e.mode} doc={e.doc_type} "
                     f"hist={e.historical}" for e in events) or "(no events)"


def problems(expected: dict[str, Any], event: Event) -> list[str]:
    wrong = []
    for key in CHECKED:
        if key not in expected and key != "historical":
            continue
        want, got = expected.get(key, False), getattr(event, key)
        ok = date_ok(want, got) if key == "date" and want else want == got
        if not ok:
            wrong.append(f"{key}: expected {want!r}, got {got!r}")
    for key in ("actor", "recipient"):
        if key in expected and sorted(expected[key]) != sorted(getattr(event, key)):
            wrong.append(f"{key}: expected {expected[key]}, got {getattr(event, key)}")
    found = {fold_name(n) for p in event.persons for n in [p.name, *p.aliases]}
    missing = [n for n in expected.get("persons", []) if fold_name(n) not in found]
    if missing:
        wrong.append(f"persons missing {missing}, got {[p.name for p in event.persons]}")
    return wrong


def check_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
               expected: list[dict[str, Any]], source_url: str | None = None) -> None:
    article = Article(id="case", text=text, title=title, published=published, lang=lang, lang_hint=lang,
                      source_url=source_url)
    extraction = extractor.extract(article)
    events = list(extraction.events)
    assert extraction.relevant == bool(expected), describe(events)
    unmatched = list(events)
    for want in expected:
        candidates = [e for e in unmatched if e.type == want["type"]
                      and sorted(e.countries) == sorted(want["countries"])]
        assert candidates, f"missing {want['type']} {want['countries']}; predicted: {describe(events)}"
        best = min(candidates, key=lambda e: len(problems(want, e)))
        found = problems(want, best)
        assert not found, f"{want['type']} {want['countries']}: " + "; ".join(found)
        unmatched.remove(best)
    assert not unmatched, f"unexpected events: {describe(unmatched)}"


def check_cleaning(registry: PackRegistry, lang: str, raw: str, kept: list[str], dropped: list[str]) -> None:
    """A page's body lines survive the clean stage and its furniture does not."""
    text = clean_article(Article(id="t", text=raw), registry.get(lang)).clean_text or ""
    for line in kept:
        assert line in text, f"body lost: {line!r}\n{text}"
    for line in dropped:
        assert line not in text, f"furniture kept: {line!r}\n{text}"


def cleaning_test(pages: list[tuple[str, str, str, list[str], list[str]]]) -> Any:
    """The test of a module's `PAGES` (case id, language, raw page, lines kept, lines dropped):
    `test_page_furniture_is_dropped = cleaning_test(PAGES)`."""
    @pytest.mark.parametrize(("lang", "raw", "kept", "dropped"),
                             [pytest.param(lang, raw, kept, dropped, id=case_id)
                              for case_id, lang, raw, kept, dropped in pages])
    def test_page_furniture_is_dropped(registry: PackRegistry, lang: str, raw: str, kept: list[str],
                                       dropped: list[str]) -> None:
        check_cleaning(registry, lang, raw, kept, dropped)
    return test_page_furniture_is_dropped
