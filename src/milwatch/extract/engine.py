"""The extract stage: one article in, its events out.

    extractor = Extractor(PackRegistry())        # compiled resources, built lazily per language
    extraction = extractor.extract(article)      # pure: same article -> same events

The Extractor only caches compiled, read-only vocabularies; it is safe to create one
per process (CLI, API) or per Spark partition.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from milwatch.extract._dates_calendar import to_date
from milwatch.extract._names import canonical_name
from milwatch.extract._person_merge import PersonMention
from milwatch.extract._registry import OfficialsIndex, apply_registry
from milwatch.extract._spans import SpanIndex, StartIndex
from milwatch.extract.analysis import (
    EVENT_TRIGGERS,
    ArticleAnalysis,
    DateRef,
    PersonRef,
    analyse_article,
    conjunctions,
)
from milwatch.extract.assemble import assemble
from milwatch.extract.capitals import capital_as_subject, capitals_joined_as_states, ends_on_place_preposition
from milwatch.extract.countries import CountryFinder, CountryMention, alpha2_to_alpha3
from milwatch.extract.datelines import dateline_states_as_places
from milwatch.extract.dates import (
    find_dateline,
    find_dates,
    published_from_metadata,
)
from milwatch.extract.events import candidate_events
from milwatch.extract.interviews import government_site_state, outlet_name, site_home_state
from milwatch.extract.own_bodies import own_bodies_as_states
from milwatch.extract.parties import organisation_official
from milwatch.extract.persons import find_persons
from milwatch.extract.sentences import CLAUSE_BREAK
from milwatch.extract.venue_adjectives import venue_adjectives_as_places
from milwatch.extract.wire_items import dates_by_item, news_day
from milwatch.extract.year_review import review_year, within_the_year
from milwatch.model import Article, Event, Extraction
from milwatch.packs import Pack, PackRegistry


@dataclass(slots=True)
class LanguageResources:
    pack: Pack
    countries: CountryFinder


# A text in which none of the event rules' trigger lists occurs gives no candidate, hence no event: the
# relevance gate.
EVENT_LISTS: tuple[tuple[str, str], ...] = tuple(("triggers", key) for key in EVENT_TRIGGERS)


class Extractor:
    """Holds per-language compiled resources; `extract` is a pure function of the article.

    gate: skip everything else for a text with no trigger of any event rule, and everything after the
    persons for a text that names no state (`names_a_state`): the same events either way."""

    def __init__(self, registry: PackRegistry | None = None, officials: OfficialsIndex | None = None,
                 gate: bool = True) -> None:
        self.registry = registry or PackRegistry()
        self.gate = gate
        self.officials = officials if officials is not None else OfficialsIndex.seed()  # parsed on first use
        self._resources: dict[str, LanguageResources] = {}

    @functools.cached_property
    def alpha3(self) -> dict[str, str]:
        """ISO alpha-2 -> alpha-3 (CLDR), read on first use."""
        return alpha2_to_alpha3()

    def resources(self, lang: str | None) -> LanguageResources:
        code = (lang or "und").lower()
        if code not in self._resources:
            pack = self.registry.get(code)
            self._resources[code] = LanguageResources(pack=pack, countries=pack.derived("countries",
                                                                                       CountryFinder.for_pack))
        return self._resources[code]

    def extract(self, article: Article) -> Extraction:
        extraction = self._extract(article)
        # the pack's compiled patterns go to the disk cache
        self.registry.used(article.lang or article.lang_hint)
        return extraction

    def _extract(self, article: Article) -> Extraction:
        lang = article.lang or article.lang_hint
        res = self.resources(lang)
        text = article.body
        if self.gate and not res.pack.matches_any(EVENT_LISTS, text):
            return Extraction(article_id=article.id, events=[])
        published = article.published if to_date(article.published) else None  # an impossible day is no day
        published = published or published_from_metadata(article.source_url, article.text)
        dateline = find_dateline(text, res.pack, published)
        base = published or dateline
        countries = dateline_states_as_places(
            with_ship_navies(res.countries.find(text), text, res.pack), text, res.pack)
        countries = capitals_joined_as_states(countries, text, res.pack, conjunctions(res.pack))
        countries = capital_as_subject(countries, text, res.pack)
        countries = venue_adjectives_as_places(countries, text, res.pack)
        own = res.pack.get("pack", "own_country") or government_site_state(article.source_url, self.alpha3)
        if own:  # the pack's own state, unless the site is of another state of the language ("ipn.md" in ro)
            own = site_home_state(article.source_url, self.alpha3, lang) or own
        countries = own_bodies_as_states(countries, text, res.pack, own)  # "해군은 …", "MSB, …"
        title = article.title.strip() if article.title and article.title.strip() else None
        title_countries = res.countries.find(title or "")
        written = self.officials.written_in(text)  # registry officials written in full
        person_mentions = find_persons(text, res.pack, [(c.start, c.end, c.code) for c in countries
                                                        if c.is_state and c.kind != "place"],
                                       known_names=[surface for _start, _end, surface in written])
        person_mentions = without_state_words(person_mentions, countries, text, res.pack)
        person_mentions = apply_registry(known_officials_written(person_mentions, written),
                                         self.officials, base, text, facts=True)
        refs = [PersonRef(p.start, p.end, p.surface, p.name, p.role, p.rank,
                          p.country) for p in person_mentions]
        persons = propagate_person_facts(title_countries_of(refs, countries, text, res.pack))
        if own:  # not to an organisation's official ("Генеральним секретарем НАТО Марком Рютте"); a minister
            # is a state's ("the SCO defence ministers' meeting": its members)
            for ref in persons:
                titled = ref.role or ref.rank
                ministers = "minister" in (ref.role or "")
                if ref.country is None and titled and (
                        ministers or not organisation_official(text, ref.start, countries)):
                    ref.country = own
        if self.gate and not names_a_state(countries, title_countries, persons):
            return Extraction(article_id=article.id, events=[])
        today = news_day(published, dateline)  # the day the report was filed
        dates = [DateRef(d.start, d.end, d.value, d.kind, d.until)
                 for d in dates_by_item(text, res.pack, published, dateline)]
        reviewed = review_year(title, text, dates, today)
        dates = within_the_year(dates, text, reviewed)
        analysis = analyse_article(text, title, res.pack, countries, title_countries, persons, dates,
                                   today=today)
        analysis.review_year = reviewed
        analysis.outlet = outlet_name(article.source_url)
        analysis.own_state = own
        read_plans_forward(analysis, res.pack, today)
        candidates = candidate_events(analysis, res.pack, today)
        events = assemble(candidates, analysis, res.pack, today)
        for event in events:
            _map_evidence(article, event)
        return Extraction(article_id=article.id, events=events)


def names_a_state(countries: list[CountryMention], title_countries: list[CountryMention],
                  persons: list[PersonRef]) -> bool:
    """The second gate: every party of an event is a state or organisation named in the text or the
    title, or an official's state (a title's, the registry's, the pack's home state); a text with none
    of them gives no event, whatever its triggers (neutral news that "discussed" or "welcomed")."""
    return bool(countries or title_countries or any(p.country for p in persons))


def ship_prefixes(pack: Pack) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """The pack's navy ship prefixes and one pattern finding them before a capitalised name."""
    navies = {str(k): str(v) for k, v in (pack.get("countries", "ship_prefixes") or {}).items()}
    if not navies:
        return navies, None
    body = "|".join(re.escape(prefix) for prefix in sorted(navies, key=len, reverse=True))
    return navies, re.compile(r"\b(" + body + r")[^\S\n]+(?=[A-Z])")


def with_ship_navies(countries: list[CountryMention], text: str, pack: Pack) -> list[CountryMention]:
    """A warship named with its navy's prefix ("INS Mumbai", "HMAS Sydney") is that navy's state,
    and the name after the prefix is no place (prefixes: packs/_base/countries.toml)."""
    navies, prefix = pack.derived("countries.ship_prefixes", ship_prefixes)
    if prefix is None:
        return countries
    ships = [(m.start(1), m.end(1), m.end(), navies[m.group(1)]) for m in prefix.finditer(text)]
    if not ships:
        return countries
    names_at = {after for _, _, after, _ in ships}
    kept = [m for m in countries if m.start not in names_at]
    kept += [CountryMention(start, end, code, "adjective") for start, end, _, code in ships
             if not any(m.start < end and start < m.end for m in kept)]
    return sorted(kept, key=lambda m: m.start)


FUTURE_AFTER_WEEKDAY = 4  # characters between a fronted weekday and its future verb ("Am Freitag wird")


def read_plans_forward(analysis: ArticleAnalysis, pack: Pack, today: str | None) -> None:
    """A year-less month in a sentence about the future is the next one, not the last
    ("Russia and China will hold exercises in September", said in March: this September), and so
    is a weekday written after the future verb ("will sign on Friday", not "signed on Thursday a
    treaty that will allow ...")."""
    for info in analysis.sentences:
        if not (info.dates and info.has("marker_future")):
            continue
        offset = info.sentence.start
        ahead = {(d.start + offset, d.end + offset): d.value
                 for d in find_dates(info.text, pack, today, future=True)}
        said = [(offset + hit.start(), offset + hit.end())
                for key in ("marker_future", "pending") for hit in info.hits.get(key, [])]
        for index, ref in enumerate(info.dates):
            value = ahead.get((ref.start, ref.end))
            weekday = ref.kind == "weekday" and any(  # "will sign on Friday", "Am Freitag wird ... treffen"
                (end <= ref.start and not CLAUSE_BREAK.search(analysis.text, end, ref.start))
                or 0 <= start - ref.end <= FUTURE_AFTER_WEEKDAY for start, end in said)
            # (not "will contribute ..., the minister said on Wednesday": the weekday is the saying's)
            if (value and ref.value and today and (ref.kind == "month" or weekday)
                    and ref.value < today[:len(ref.value)] < value[:len(ref.value)]):
                info.dates[index] = DateRef(ref.start, ref.end, value, ref.kind, ref.until)


def without_state_words(mentions: list[PersonMention], countries: list[CountryMention], text: str,
                        pack: Pack) -> list[PersonMention]:
    """A name never ends or starts with a state's name or demonym ("Emiri Qatar", "Akar ABD'li"):
    the state word is cut off, and what is left is kept only when it is still a two-word name."""
    if pack.word_boundary != "word":
        return mentions  # without spaces a state's name may be part of a name (タイン is not タイ)
    # "Robertas Kaunas"
    states = sorted((c.start, c.end) for c in countries if c.is_state and c.kind != "place")
    starts = [s for s, _ in states]
    kept: list[PersonMention] = []
    for m in mentions:
        near = states[bisect_left(starts, m.start):bisect_right(starts, m.end + 3)]
        inside = [(s, e) for s, e in near if e <= m.end + 3]  # + a case ending ("ABD'li")
        if not inside:
            kept.append(m)
            continue
        start, end = m.start, m.end
        for s, e in inside:
            if s - start <= 1:
                start = max(start, e)
            elif end - e <= 3:
                end = min(end, s)
        words = text[start:end].strip(" ,;:-–").split()
        while words and words[-1][:1].islower():  # a particle left before the cut state ("Yazgan da")
            words.pop()
        surface = " ".join(words)
        if start >= end or len(surface.split()) < 2 or any(start < s < end for s, _ in inside):
            continue
        offset = text.find(surface, start, m.end)
        if offset < 0:
            continue
        kept.append(PersonMention(offset, offset + len(surface), surface,
                                  canonical_name(surface, table=pack.get("pack", "romanization", {}) or {}),
                                  m.role, m.rank, m.country))
    return kept


def known_officials_written(mentions: list[PersonMention],
                            written: list[tuple[int, int, str]]) -> list[PersonMention]:
    """The finder's mentions plus registry officials written in full where the finder saw no
    name (a minister named without a title: "und Kajsa Ollongren am Donnerstag"); `written` is
    `OfficialsIndex.written_in` of the text."""
    taken = SpanIndex([(m.start, m.end) for m in mentions])
    extra = [PersonMention(start, end, surface, surface) for start, end, surface in written
             if not taken.overlaps(start, end)]
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


TITLE_REACH = 60  # characters before a name in which its title's country may be written


TITLE_VENUE_REACH = 10  # characters before a state in a title where a place preposition makes it a venue


def title_countries_of(persons: list[PersonRef], countries: list[CountryMention], text: str,
                       pack: Pack) -> list[PersonRef]:
    """An official whose title names a state the person finder did not attach ("Il ministro
    americano della Difesa, Lloyd Austin") gets the nearest state named in that title; a state
    named as a place ("làm việc tại Trung Quốc, ... Phan Văn Giang") is not a title's."""
    def venue(mention: CountryMention) -> bool:
        return ends_on_place_preposition(pack, text, mention.start, TITLE_VENUE_REACH)

    states = StartIndex([c for c in countries if c.is_state and c.kind != "place"])
    previous_end = 0
    for ref in persons:
        if ref.country is None and ref.role:
            floor = max(previous_end, ref.start - TITLE_REACH)
            if not any(c in ".;!?\n" for c in text[floor:ref.start]):
                near = [c for c in states.between(floor, ref.start)
                        if not venue(c) and "," not in text[c.end:ref.start].rstrip().rstrip(",")]
                if near:
                    ref.country = near[-1].code
        previous_end = ref.end
    return persons


def propagate_person_facts(persons: list[PersonRef]) -> list[PersonRef]:
    """Within one article, what one mention of a person says (country, role, rank) holds for all
    mentions of that person, surname-only mentions included ("Hasanov", "Giang")."""
    facts: dict[str, PersonRef] = {}
    for ref in persons:
        known = facts.setdefault(ref.name, PersonRef(0, 0, ref.surface, ref.name, None, None, None))
        known.country = known.country or ref.country
        known.role = _specific_role(known.role, ref.role) or known.role or ref.role
        known.rank = known.rank or ref.rank
    full = [f for f in facts.values() if " " in f.name]
    for ref in persons:
        known = facts[ref.name]
        if " " not in ref.name:
            owners = [f for f in full if ref.name in f.name.split()]
            if len(owners) == 1:
                known = owners[0]
                ref.name = known.name
        ref.country = ref.country or known.country
        ref.role = _specific_role(ref.role, known.role) or ref.role or known.role
        ref.rank = ref.rank or known.rank
    return persons


def _specific_role(general: str | None, specific: str | None) -> str | None:
    """`specific` when it narrows `general` ("Ministro Crosetto" after "Ministro della Difesa Crosetto")."""
    if general and specific and specific != general and specific.startswith(general + " "):
        return specific
    return None


def _map_evidence(article: Article, event: Event) -> None:
    """Evidence offsets point into the raw text the user gave, through the clean map."""
    if event.evidence_start is None or event.evidence_end is None:
        return
    start, end = article.raw_span(event.evidence_start, event.evidence_end)
    event.evidence_start, event.evidence_end = start, end
    raw = article.text[start:end]
    if raw.strip() == event.evidence.strip():
        event.evidence = raw
