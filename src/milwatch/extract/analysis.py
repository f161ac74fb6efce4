"""Per-article analysis shared by every event rule: sentences with their countries,
people, dates and trigger hits, plus the article-level context (main pair, home
state, defense context).  Built once per article by `analyse_article`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from milwatch.extract._spans import SpanIndex, StartIndex, inside_any
from milwatch.extract.capitals import PREPOSITION_REACH, ends_on_place_preposition, states_after_their_places
from milwatch.extract.countries import CountryMention
from milwatch.extract.salience import main_states, named_in_passing, state_salience
from milwatch.extract.sentences import Sentence, paragraph_index, split_sentences
from milwatch.extract.venues import lead_venue
from milwatch.model import EVENT_TYPES
from milwatch.packs import Pack

TRIGGER_KEYS: tuple[str, ...] = EVENT_TYPES + (
    "exercise_names", "mode_phone", "mode_multilateral", "mode_visit", "meeting_weak", "bilateral_series",
    "bilateral", "counterpart_group", "trilateral", "exercise_held", "agreement_basis", "span_start",
    "defense_context", "negative", "host", "pending", "aid_training", "aid_act", "intent_package", "discuss",
    "materiel", "exercise_joint", "exercise_domestic",
)
DEFENSE_ROLE_WORDS = ("defen", "military", "general staff", "army", "navy", "armed", "attach",
                      "chief", "commander")
# the trigger lists of the event rules (rules.py RULES): a text with none tells no event (engine.py gate)
EVENT_TRIGGERS: tuple[str, ...] = (*EVENT_TYPES, "meeting_weak", "counterpart_group", "exercise_names")
MARKER_KEYS: tuple[str, ...] = (
    "historical", "future", "negation", "today", "both_sides", "visit_to", "visit_to_after", "same_meeting",
    "recurring",
    "home_venue", "observer", "target", "they", "also", "since", "since_after", "company", "state_body",
    "received_by",
    "reported", "previous_edition", "organisation_units", "around", "around_after",
    "event_end",
)

# every list `article_hits` matches, in one pass: the two masks first, then triggers and markers
HIT_LISTS: tuple[tuple[str, str], ...] = (("triggers", "mask"), ("triggers", "host_mask")) + tuple(
    ("triggers", key) for key in TRIGGER_KEYS) + tuple(("markers", key) for key in MARKER_KEYS)


@dataclass(slots=True)
class PersonRef:
    """A person mention reduced to what event assembly needs (independent of the persons module)."""

    start: int
    end: int
    surface: str
    name: str
    role: str | None
    rank: str | None
    country: str | None


SINCE_GAP = 4  # characters between a "since" word and the date it counts from ("since 1990", "2016'dan beri")


@dataclass(slots=True)
class DateRef:
    start: int
    end: int
    value: str | None
    kind: str
    until: str | None = None  # a range's last day


@dataclass(slots=True)
class SentenceInfo:
    sentence: Sentence
    paragraph: int
    countries: list[CountryMention] = field(default_factory=list)
    persons: list[PersonRef] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    hits: dict[str, list[Hit]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.sentence.text

    def has(self, key: str) -> bool:
        return bool(self.hits.get(key))

    def states(self, kinds: tuple[str, ...] = ("name", "adjective")) -> list[str]:
        """State codes in mention order (no duplicates); places excluded by default."""
        seen: list[str] = []
        for mention in self.countries:
            if mention.is_state and mention.kind in kinds and mention.code not in seen:
                seen.append(mention.code)
        for person in self.persons:
            if person.country and person.country not in seen:
                seen.append(person.country)
        return seen

    def defense_person(self) -> bool:
        """Is an official with a military rank or a defense role named in this sentence?"""
        return any(p.rank or (p.role and any(w in p.role for w in DEFENSE_ROLE_WORDS)) for p in self.persons)

    def orgs(self) -> list[str]:
        return sorted({m.code for m in self.countries if not m.is_state})

    def places(self) -> list[CountryMention]:
        return [m for m in self.countries if m.kind == "place"]

    def counted_from(self, start: int, end: int,
                     before: int | None = SINCE_GAP, after: int | None = SINCE_GAP) -> bool:
        """Is the date at [start, end) of the sentence what a "since" word beside it counts from: at most
        `before` characters after the word ("since 1990", "seit Montag") or `after` characters before a since
        word written after its date ("2016'dan beri", "2015年以来")?  None: that side is not looked at."""
        since, since_after = self.hits.get("marker_since", []), self.hits.get("marker_since_after", [])
        return ((before is not None and any(0 <= start - hit.end() <= before for hit in since))
                or (after is not None and any(0 <= hit.start() - end <= after for hit in since_after)))

    def dated_since(self, ref: DateRef) -> bool:
        """Is the date what a "since" word beside it counts from (`counted_from` on its offsets)?"""
        return self.counted_from(ref.start - self.sentence.start, ref.end - self.sentence.start)


@dataclass(slots=True)
class ArticleAnalysis:
    text: str
    sentences: list[SentenceInfo]
    title_states: list[str]
    state_counts: Counter[str]
    main_states: list[str]
    home_state: str | None
    defense_context: bool
    multilateral_context: bool
    trilateral_context: bool
    phone_context: bool
    dateline_place: str | None
    first_is_headline: bool = False
    venue: str | None = None  # where the lead story happens: dateline, first city, "visit to X"
    title_sentence: int = -1  # the article's title below a page's menu line ("新华网 > 军事"), if any
    outlet: str | None = None  # the name in the article's address (interviews.outlet_name)
    own_state: str | None = None  # the pack's own state, else the government's whose site it is
    review_year: str | None = None  # the year an article in review goes through (year_review.py)
    asides: frozenset[str] = frozenset()  # states named once, in passing, after an event (`named_in_passing`)

    def aside(self, code: str) -> bool:
        """Is this state named only in passing (`asides`), and not the pack's or the site's own state?"""
        return code in self.asides and code != self.own_state

    @property
    def own_or_home_state(self) -> str | None:
        """The state the article reports from: the pack's or the site's own, else the article's home."""
        return self.own_state or self.home_state


@dataclass(slots=True, frozen=True)
class Hit:
    """A pack phrase found in a sentence; offsets are relative to the sentence (like re.Match)."""

    begin: int
    finish: int
    surface: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self, _index: int = 0) -> str:
        return self.surface


def trigger_hits(pack: Pack, text: str) -> dict[str, list[Hit]]:
    """Every trigger and marker list of the pack matched over one sentence, masks applied."""
    return article_hits(pack, text, [(0, len(text))])[0]


def article_hits(pack: Pack, text: str, spans: list[tuple[int, int]]) -> list[dict[str, list[Hit]]]:
    """Trigger and marker hits of every sentence span, from one automaton pass over the text."""
    starts = [s for s, _ in spans]
    per_sentence: list[dict[str, list[Hit]]] = [{} for _ in spans]
    found = pack.scan(HIT_LISTS, text)
    masks = SpanIndex([m.span() for m in found[0]])
    host_masks = SpanIndex([m.span() for m in found[1]])
    names = [key for key in TRIGGER_KEYS] + ["marker_" + key for key in MARKER_KEYS]
    for (stem, key), name, matches in zip(HIT_LISTS[2:], names, found[2:], strict=True):
        for match in matches:
            begin, finish = match.span()
            if stem == "triggers" and masks.covers(begin, finish):
                continue
            if key == "host" and host_masks.covers(begin, finish):
                continue
            index = bisect_right(starts, begin) - 1
            if index < 0 or finish > spans[index][1]:
                continue
            offset = spans[index][0]
            hit = Hit(begin - offset, finish - offset, match.group(0))
            per_sentence[index].setdefault(name, []).append(hit)
    return per_sentence


def after_preposition(pack: Pack, info: SentenceInfo, mention: CountryMention,
                      reach: int = PREPOSITION_REACH) -> bool:
    """Is the mention a place: right after a preposition ("in Vietnam", "tại Hà Nội") or right
    before a postposition of the pack ("シンガポールで", "말레이시아에서", "भारत में")?"""
    offset = info.sentence.start
    if ends_on_place_preposition(pack, info.text, mention.start - offset, reach):
        return True
    window = max(0, mention.start - offset - TOWN_REACH)
    town = _after_unknown_town(pack, info.text[window: mention.start - offset])
    if town >= 0 and not any(other is not mention
                             and window + town <= other.start - offset < mention.start - offset
                             for other in info.countries):
        return True  # (a town the gazetteer knows, or a list of states, is not "in <town>, <state>")
    after = info.text[mention.end - offset: mention.end - offset + reach]
    post = pack.matcher("markers", "at_place_after").match(after.lstrip())
    return post is not None or _locative(pack, info.text[mention.start - offset: mention.end - offset], after)


TOWN_REACH = 40  # characters of "in <town>, " before a state's name
TOWN_WORDS = 3  # capitalised words a town's name may have


def _after_unknown_town(pack: Pack, before: str) -> int:
    """Where the town starts when the state is named after a town the gazetteer does not know
    ("tại Chandimandir, Ấn Độ", "in Chandimandir, India"): capitalised words right after a place
    preposition, then a comma; -1 when the text before the state is not that."""
    head = before.rstrip()
    if not head.endswith(","):
        return -1
    words = head[:-1].split(" ")
    town = 0
    while words and town < TOWN_WORDS and words[-1][:1].isupper() and words[-1][:1].isalpha():
        words.pop()
        town += 1
    rest = " ".join(words).rstrip()
    if not town or not rest:
        return -1
    matches = list(pack.matcher("markers", "at_place").finditer(rest))
    return len(rest) if matches and matches[-1].end() == len(rest) else -1


def _locative(pack: Pack, surface: str, after: str) -> bool:
    """Is the name written in a locative case ("Horvátországban", "Türkiye'de", "Eestis")?"""
    suffixes = pack.get("pack", "locative_suffixes") or ()
    low = surface.lower()
    tail = re.match(r"['’](\w+)", after)
    return any(bool(tail and tail.group(1).lower() == s[1:]) if s.startswith("'")  # Türkiye'de
               else low.endswith(s) and len(low) > len(s) + 2 for s in suffixes)




def analyse_article(
    text: str,
    title: str | None,
    pack: Pack,
    countries: list[CountryMention],
    title_countries: list[CountryMention],
    persons: list[PersonRef],
    dates: list[DateRef],
    today: str | None = None,
) -> ArticleAnalysis:
    """Group the article's mentions by sentence and work out the article-level context (`today`: the day the
    report was filed; a lead sentence dated in an earlier month tells background, no context of the news)."""
    sentences = split_sentences(text, ordinal_dot=bool(pack.get("pack", "ordinal_dot", False)),
                                abbreviations=pack.abbreviations)
    if title and sentences and text.startswith(title) and sentences[0].end > len(title) + 1:
        sentences = _split_headline(text, sentences, len(title))
    paragraphs = paragraph_index(text, sentences)
    person_spans = sorted((p.start, p.end) for p in persons)
    # a country word inside a person's name ("Đức" in a Vietnamese name) is not a country
    countries = [c for c in countries if not inside_any(c.start, person_spans)]
    countries = states_after_their_places(countries, text, [(s.start, s.end) for s in sentences])
    by_country, by_person, by_date = StartIndex(countries), StartIndex(persons), StartIndex(dates)
    infos: list[SentenceInfo] = []
    hits = article_hits(pack, text, [(s.start, s.end) for s in sentences])
    for sentence, para, sentence_hits in zip(sentences, paragraphs, hits, strict=True):
        s, e = sentence.start, sentence.end
        _since_is_no_background(sentence_hits)
        infos.append(SentenceInfo(
            sentence=sentence, paragraph=para,
            countries=by_country.between(s, e), persons=by_person.between(s, e), dates=by_date.between(s, e),
            hits=sentence_hits,
        ))
    counts: Counter[str] = Counter(m.code for m in countries if m.is_state and m.kind != "place")
    counts.update(p.country for p in persons if p.country)
    title_states: list[str] = []
    for mention in title_countries:
        if mention.is_state and mention.kind != "place" and mention.code not in title_states:
            title_states.append(mention.code)
    trilateral = any(info.has("trilateral") for info in infos[:4]) or bool(
        title and pack.matcher("triggers", "trilateral").search(title))
    main = main_states(state_salience(infos, title_states), trilateral)
    home = main[0] if main else None
    defense = any(info.has("defense_context") or info.has("exercise_names") for info in infos) or any(
        p.role and ("defen" in p.role or "military" in p.role or "general" in p.role) for p in persons
    ) or any(p.rank for p in persons)
    lead = infos[:3]
    multilateral = any(info.has("mode_multilateral") and not _dated_before(info, today) for info in lead)
    phone = any(info.has("mode_phone") for info in lead)
    dateline = _dateline_state(text, infos, DATELINE_LINES)
    return ArticleAnalysis(
        text=text, sentences=infos, title_states=title_states, state_counts=counts, main_states=main,
        home_state=home, defense_context=defense, multilateral_context=multilateral or trilateral,
        trilateral_context=trilateral, phone_context=phone,
        dateline_place=dateline, first_is_headline=_is_headline(text, title, infos),
        venue=_dateline_state(text, infos, 1) or lead_venue(infos),
        title_sentence=_title_below_menu(title, infos),
        asides=frozenset(c for c in named_in_passing(infos, title_states, persons, EVENT_TRIGGERS)
                         if c not in (home, dateline) and counts[c] == 1),
    )


def _dated_before(info: SentenceInfo, today: str | None) -> bool:
    """Is every date of the sentence of a month before the news ("last met in June on the sidelines of …")?"""
    values = [d.value[:7] for d in info.dates if d.value]
    return today is not None and bool(values) and all(v < today[:len(v)] for v in values)


def _dateline_state(text: str, infos: list[SentenceInfo], lines: int) -> str | None:
    """The state of the wire dateline: the place near the start of the first sentence ("Abu Dhabi, 18
    February (WAM) --"), the place one of the next `lines` - 1 lines opens with (under a headline and web
    furniture: "أبوظبي في 18 فبراير / وام /"), or a state written "CITY /State/".  Read beyond the first
    sentence (`lines` > 1), the place stands as a wire writes it: a mark, a day or a short word and a day
    after it ("Abu Dhabi, 18 February", "أبوظبي في 18"), not a verb ("Canberra hosted talks").  The venue
    of the lead story is only a first sentence's dateline: a dateline under a headline is often the home
    capital the report was filed in ("नई दिल्ली:" over an exercise abroad)."""
    for rank, info in enumerate(infos[:lines]):
        places = info.places()
        reach = DATELINE_REACH if rank == 0 else DATELINE_OPENING
        if places and places[0].start - info.sentence.start <= reach and (
                lines == 1 or _WIRE_TAIL.match(text, places[0].end)):
            return places[0].code
    return next((state for info in infos[:2] if (state := _slashed_state(text, info))), None)


def _since_is_no_background(hits: dict[str, list[Hit]]) -> None:
    """A "since" word ("since", "seit", "tangu") that a pack also lists as a background marker tells a state
    of things lasting to the news, not a past event: the word alone makes nothing background (its date is
    read by `since_dates`)."""
    since = {(hit.start(), hit.end()) for hit in hits.get("marker_since", [])}
    if since and hits.get("marker_historical"):
        kept = [hit for hit in hits["marker_historical"] if (hit.start(), hit.end()) not in since]
        if kept:
            hits["marker_historical"] = kept
        else:
            del hits["marker_historical"]


def _slashed_state(text: str, first: SentenceInfo) -> str | None:
    """The state of a wire dateline written "CITY /State/, date. /Agency/." (TASS, BelTA, Kazinform)."""
    for mention in first.countries:
        if mention.start - first.sentence.start >= DATELINE_REACH:
            break
        if (mention.is_state and text[mention.start - 1:mention.start] == "/"
            and text[mention.end:mention.end + 1] == "/"):
            return mention.code
    return None


DATELINE_REACH = 40  # characters from the start of the first sentence where a dateline names its place
_WIRE_TAIL = re.compile(r"[^\S\n]*(?:[,،(/:—–\-（【]|\d|\w{1,3}[^\S\n]+\d)")  # after a dateline's place
DATELINE_OPENING = 0  # under a headline, a dateline's place opens its line
DATELINE_LINES = 3  # the lines (sentences) a dateline may open: a headline, web furniture, the dateline
def _split_headline(text: str, sentences: list[Sentence], cut: int) -> list[Sentence]:
    """A headline run into the first sentence without a break ("...Beziehungen Die Minister...")."""
    first = sentences[0]
    rest = cut
    while rest < first.end and text[rest].isspace():
        rest += 1
    head = Sentence(first.start, cut, text[first.start:cut], 0)
    body = Sentence(rest, first.end, text[rest:first.end], 1)
    return [head, body] + [Sentence(s.start, s.end, s.text, s.index + 1) for s in sentences[1:]]


def _is_headline(text: str, title: str | None, infos: list[SentenceInfo]) -> bool:
    """Is the first sentence the article's headline (its title, or a first line without a full stop)?"""
    if not infos:
        return False
    first = infos[0].sentence
    line_end = text.find("\n", first.start)
    if title and title.strip() in (first.text.strip(), text[first.start:line_end].strip()):
        return True  # (the title's line may hold two sentences: "한미, 17일부터 연습…일부 조정")
    return (line_end != -1 and first.end == line_end
            and not first.text.rstrip().endswith((".", "!", "?", "”", '"')))


TITLE_SEARCH = 4  # sentences at the top of a page where its title may stand below menu lines


def _title_below_menu(title: str | None, infos: list[SentenceInfo]) -> int:
    """The index of the sentence that is the article's title when menu lines stand above it, else -1."""
    if not title:
        return -1
    return next((info.sentence.index for info in infos[1:TITLE_SEARCH]
                 if info.text.strip() == title.strip()), -1)


LIST_MARKS = ",、،，"  # what separates the names of one list, with the pack's conjunctions


def conjunctions(pack: Pack) -> frozenset[str]:
    """The pack's conjunctions between names ("and", "und", "và"), case-folded; built once per pack."""
    return pack.derived("conjunctions", lambda p: frozenset(w.casefold() for w in p.phrases("titles",
                                                                                               "conjunctions")))
