"""Where an event happens (its sentence's place or venue state), and for a meeting its mode
(visit, phone, multilateral, third-party), host and visitor."""

from __future__ import annotations

import re

from milwatch.extract.analysis import (
    DATELINE_REACH,
    ArticleAnalysis,
    PersonRef,
    SentenceInfo,
    after_preposition,
)
from milwatch.extract.candidate import Candidate
from milwatch.extract.countries import CountryMention
from milwatch.extract.datelines import BRACKET_OPEN, CASED_MARK, dateline_marks
from milwatch.extract.sentences import CLAUSE_BREAK
from milwatch.extract.venues import visited_state
from milwatch.model import Event
from milwatch.packs import Pack

NON_MEETING_ROLES = ("ambassador", "attache", "attaché")
ENVOY_ROLES = ("ambassador", "defense attache")  # titles.toml role labels of resident envoys


DATELINE_MARK = re.compile(r"\s*(?:\([^)]{0,24}\)\s*)?[-–—,،:/]")  # "Wien (OTS) -", "HANOI, ", "أبوظبي، "
DATELINE_SENTENCES = 3  # a headline and a subtitle may stand before the dateline's sentence


def _is_dateline(info: SentenceInfo, place: CountryMention, pack: Pack) -> bool:
    """Is `place` the dateline of a lead sentence ("Wien (OTS) - ...", "新华社北京3月19日电")?"""
    offset = place.start - info.sentence.start
    if info.sentence.index > DATELINE_SENTENCES or offset >= DATELINE_REACH:
        return False
    after = place.end - info.sentence.start
    bracketed = offset > 0 and BRACKET_OPEN.fullmatch(info.text[offset - 1])
    if DATELINE_MARK.match(info.text, after) or (bracketed and CASED_MARK.match(info.text, after)):
        return True  # (and a wire's bracket: "【シドニー共同】", "(서울=연합뉴스)")
    day = next((d for d in info.dates if d.start - info.sentence.start in (after, after + 1)), None)
    if day is None:
        return False
    # a place, its date, then a mark: "Praha 4. března (ČTK) -", "北京3月19日电"
    rest = day.end - info.sentence.start
    return bool(DATELINE_MARK.match(info.text, rest)) or info.text.startswith(
        dateline_marks(pack), rest)


def _after_dateline(info: SentenceInfo, places: list[CountryMention]) -> list[CountryMention]:
    """The places after a dateline's: the state written with its city ("WARSAW, Poland —") is the
    dateline's too."""
    rest, end = places[1:], places[0].end
    while rest and not info.text[end - info.sentence.start:rest[0].start - info.sentence.start].strip(" ,"):
        end, rest = rest[0].end, rest[1:]
    return rest


def event_location(info: SentenceInfo, pack: Pack, countries: list[str], giving: bool = False) -> str | None:
    """Where the event happens: the first place its sentence names (a release's dateline passed over for
    the state visited or a party named after a place preposition, unless the event is an aid: `giving`),
    else a state named after a place preposition that takes part (any, at a forum), else the one other
    state named there."""
    places = info.places()
    at_state = [m for m in info.countries if m.is_state and after_preposition(pack, info, m)]
    if places and _is_dateline(info, places[0], pack):
        # "Wien (OTS) - ... besucht ihre Amtskollegin in Bern", "BUCHAREST, May 12 - ... paid an official
        # visit to Bulgaria": the release's desk is no venue
        visited = visited_state(info)
        # (an aid's seller "from the company of Italy" is no venue of the delivery)
        party = next((m.code for m in at_state if m.code in countries and m.kind != "place"), None)
        if visited in countries or (party and not giving):
            return visited if visited in countries else party
        places = _after_dateline(info, places) or places
    if places:
        return places[0].code
    forum = info.has("mode_multilateral")  # a forum's host need not be a party ("talks in Singapore")
    for mention in at_state:
        if mention.code in countries or forum:
            return mention.code
    third = {m.code for m in at_state} - set(countries)
    if len(countries) >= 2 and len(third) == 1 and len(set(info.states()) - set(countries)) == 1:
        # "在马来西亚与美国防长会谈", "シンガポールで…と会談": the one other state is the venue
        return third.pop()
    return None


HOME_VENUE_REACH = 60  # characters after "at the ministry's headquarters" where its state may be named


def _home_venue(info: SentenceInfo, countries: list[str], venue: str | None) -> str | None:
    """"At the Ministry of Defense (of X)": X, else the party where the article's news takes place (its
    dateline's or lead's state: "Maputo (Lusa) - … após um encontro com o seu homólogo … no Ministério da
    Defesa Nacional"), else the state of the official who speaks first."""
    venues = info.hits.get("marker_home_venue")
    if not venues:
        return None
    end = info.sentence.start + venues[0].end()
    for mention in info.countries:
        if mention.is_state and 0 <= mention.start - end <= HOME_VENUE_REACH and mention.code in countries:
            return mention.code
    return venue if venue in countries else _subject_state(info, countries)


def _subject_state(info: SentenceInfo, countries: list[str]) -> str | None:
    """The state of the first official named in the sentence (the grammatical subject, mostly)."""
    first = next((p for p in info.persons if p.role or p.rank), None)
    return first.country if first is not None and first.country in countries else None


def _host(info: SentenceInfo, countries: list[str]) -> str | None:
    """With a hosting verb (received, empfing, tiếp), the first state named before it is the host."""
    if not info.has("host"):
        return None
    verb = info.hits["host"][0].start() + info.sentence.start
    before = [m.code for m in info.countries if m.is_state and m.start < verb and m.code in countries]
    before += [p.country for p in info.persons if p.country and p.start < verb and p.country in countries]
    return before[0] if before else None


def _received_by(info: SentenceInfo, countries: list[str]) -> str | None:
    """A passive hosting verb ("The French minister was received by her Brazilian counterpart José Múcio",
    "fue recibida por el ministro de Defensa brasileño"): the host is the state of the first official named
    after it, else the first state named after it (within 60 characters); the subject is the guest."""
    hits = info.hits.get("marker_received_by")
    if not hits:
        return None
    at = info.sentence.start + hits[0].start()
    official = next((p.country for p in info.persons if p.start >= at and p.country in countries), None)
    return official or next((m.code for m in info.countries if m.is_state and m.code in countries
                             and 0 <= m.start - at <= HOME_VENUE_REACH), None)


def _envoy_named(pack: Pack, info: SentenceInfo) -> bool:
    """Does the sentence name a resident envoy (ambassador, defense attaché), named or not?"""
    roles = pack.labelled("titles", "roles")
    return any(roles[r].search(info.text) for r in ENVOY_ROLES if r in roles)


def _mode(candidate: Candidate, analysis: ArticleAnalysis, persons: list[PersonRef], is_main: bool,
          location: str | None, pack: Pack) -> str | None:
    info = candidate.info
    if info.has("mode_phone") or (is_main and analysis.phone_context and not info.has("mode_visit")):
        return "phone"
    if info.has("mode_multilateral") or len(candidate.countries) >= 3 or analysis.multilateral_context:
        return "multilateral"
    if any(p.role and any(r in p.role for r in NON_MEETING_ROLES)
           for p in persons if p.start >= info.sentence.start
           and p.end <= info.sentence.end) or _envoy_named(pack, info):
        return None  # a courtesy call by a resident ambassador or attaché (GUIDELINES: mode null)
    if location and location not in candidate.countries and not any(c.islower() for c in candidate.countries):
        return "third-party"  # (an organisation receives at its seat: a visit to it)
    return "visit"


def place_meeting(event: Event, candidate: Candidate, analysis: ArticleAnalysis, pack: Pack,
                   is_main: bool) -> None:
    """Location, mode, visitor and host of a meeting."""
    info, countries = candidate.info, event.countries
    visited = visited_state(info)
    host = ((visited if visited in countries else None) or _received_by(info, countries)
            or (_subject_state(info, countries) if info.has("host") else None)
            or (event.location if event.location in countries else None)
            or _host(info, countries) or _home_venue(info, countries, analysis.venue))
    if event.location is None:
        event.location = host or (analysis.venue if is_main else None)
    event.mode = _mode(candidate, analysis, info.persons, is_main, event.location, pack)
    if ("countries:earlier-edition" in candidate.rules and len(countries) == 2
            and event.location in countries):  # "the previous bilateral summit was held in Lisbon"
        event.mode = "visit"  # (the pair's talks in one of them: the other came, whatever the talks' name)
    if (event.mode == "visit" and event.location is None and event.historical
            and "countries:speaker" in candidate.rules):
        event.mode = None  # "I had met the Turkish minister in February 2023": who went where is not told
    if event.mode == "phone":
        event.location = None
    # a resident envoy calls on an official: at the official's
    if event.mode is None and event.location is None:
        residents = {p.country for p in info.persons if p.country in countries
                     and not (p.role and any(r in p.role for r in NON_MEETING_ROLES))}
        event.location = residents.pop() if len(residents) == 1 else None
    host = host or (event.location if event.location in countries else None) or next(
        (c for c in countries if c.islower()), None)  # an organisation (lowercase code) hosts at its seat
    if host and event.mode == "visit":
        event.recipient = [host]
        event.actor = [c for c in countries if c != host]


GIVER_GAP = 20  # characters from the supporting state to its support word ("Germany's unwavering support")


def support_giver(info: SentenceInfo, countries: list[str]) -> list[str]:
    """The state whose support a sentence tells: the party named right before its first support word, in its
    clause ("Russia supports Burkina Faso's efforts", "柬方坚定支持中方"), or none."""
    words = info.hits.get("support", [])
    if not words:
        return []
    at = words[0].start()
    before = [m for m in info.countries if m.is_state and m.code in countries
              and 0 <= at - (m.end - info.sentence.start) <= GIVER_GAP]
    if not before or CLAUSE_BREAK.search(info.text, before[-1].end - info.sentence.start, at):
        return []
    return [before[-1].code]
