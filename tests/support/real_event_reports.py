"""The invented reports of the real-event store tests (tests/store/test_real_events*.py): a visit of the
Estonian and Latvian ministers reported in three languages, with a signing two of the reports tell of, the
next visit four months later, and Estonian-Finnish exercises.  Each test module picks its articles and
adds its own exercise reports."""

from __future__ import annotations

from milwatch.model import Article, Event, Extraction, Person

TAMM, OZOLS = Person(name="Jaan Tamm", country="EST"), Person(name="Andris Ozols", country="LVA")
BERG = Person(name="Mika Berg", country="FIN")
ARTICLES = {  # id: (lang, published, source_url)
    "a-en": ("en", "2024-02-06", "https://news.example.com/a"),
    "a-de": ("de", "2024-02-07", "https://zeitung.example.de/b"),
    "a-lv": ("lv", "2024-02-07", "https://zinas.example.lv/c"),
    "b-en": ("en", "2024-06-20", "https://news.example.com/d"),
    "c-en": ("en", "2024-02-08", "https://news.example.com/e"),
    "c-fi": ("fi", "2024-02-09", "https://uutiset.example.fi/f"),
    "d-en": ("en", "2024-03-01", "https://news.example.com/g"),
}


def meeting(date: str, doc_type: str | None = None, kind: str = "meeting", historical: bool = False,
            countries: tuple[str, ...] = ("EST", "LVA"),
            persons: tuple[Person, ...] = (TAMM, OZOLS)) -> Event:
    """A report of `kind` (a meeting: a visit) between `countries`, held in the first of them."""
    return Event(type=kind, countries=list(countries), mode="visit" if kind == "meeting" else None, date=date,
                 location=countries[0], doc_type=doc_type, historical=historical,
                 evidence=f"A {kind} on {date}.", persons=list(persons), confidence=0.8)


def visits() -> dict[str, Extraction]:
    """The extractions of a-en, a-de, a-lv (the visit; the signing in a-en and a-de) and b-en (the next
    visit)."""
    return {
        "a-en": Extraction("a-en", [meeting("2024-02-06"), meeting("2024-02-06", "memorandum", "agreement")]),
        "a-de": Extraction("a-de", [meeting("2024-02-06"), meeting("2024-02-06", "protocol", "agreement")]),
        "a-lv": Extraction("a-lv", [meeting("2024-02-06")]),
        "b-en": Extraction("b-en", [meeting("2024-06-19")]),  # four months later: another visit
    }


def article(aid: str) -> Article:
    lang, published, url = ARTICLES[aid]
    return Article(id=aid, text=f"Report {aid}.", lang=lang, published=published, source_url=url)
