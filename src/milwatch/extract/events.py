"""Event rules: from an analysed article to candidate events, one sentence at a time.

Each rule is small and named; `candidate_events` returns every candidate with the
rules that fired, and `assemble` (in assemble.py) merges and completes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from milwatch.extract.analysis import ArticleAnalysis, Hit, PersonRef, SentenceInfo, after_preposition
from milwatch.packs import Pack

# how far (characters) a document noun may be from a signing verb
SIGN_WINDOW = 160
# how far (characters) a "held/conducted" verb may be from an exercise noun
HELD_WINDOW = 55
# characters between an exercise word and "began" after its name ("Latihan ... 2025, bermula")
SPAN_WINDOW = 110
DOC_PRIORITY = ("letter_of_intent", "memorandum", "protocol", "contract", "plan", "agreement",
                "declaration", "other")


@dataclass(slots=True)
class Candidate:
    type: str
    info: SentenceInfo
    countries: list[str]
    rules: list[str] = field(default_factory=list)
    doc_type: str | None = None
    confidence: float = 0.5
    date: str | None = None  # the candidate's own date, when the sentence gives each party one


def _location_only(info: SentenceInfo, pack: Pack) -> set[str]:
    """States named only after a place preposition ("talks in Vietnam"): venues, maybe not parties."""
    named = [m for m in info.countries if m.is_state and m.kind != "place"]
    after = {m.code for m in named if after_preposition(pack, info, m)}
    return after - {m.code for m in named if not after_preposition(pack, info, m)}


def country_sets(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack, rules: list[str],
                 pairs_allowed: bool = False, implicit_parties: bool = False,
                 joint: bool = False, givers: bool = False) -> list[list[str]]:
    """The state sets taking part: those of the sentence, completed from the article's main states.

    A sentence naming three or more states outside a trilateral format is split into
    pairs of the article's home state with each other state (one minister meeting several).
    With `joint` (an exercise), three or more states outside a venue all take part (in a language
    whose pack knows its place prepositions).
    With `givers` (aid, support, an intent), two states joined as one subject and a third state
    ("A and B will support C") all take part.
    With `implicit_parties`, a sentence naming no state ("a joint exercise was conducted")
    takes the states of the event just before it, or the article's main states.
    """
    subject: str | PersonRef | None  # a country code, later the sentence's first person
    states = _parties(info)
    main = analysis.main_states
    trilateral = info.has("trilateral") or (analysis.trilateral_context and len(main) >= 3)
    if pairs_allowed and info.has("bilateral_series") and len(states) >= 2:
        venues = _location_only(info, pack)
        series = info.sentence.start + info.hits["bilateral_series"][0].start()
        subject = next((p.country for p in info.persons if p.country and p.start < series), None) or next(
            (m.code for m in info.countries if m.is_state and m.kind != "place" and m.start < series), None)
        unnamed = [c for c in analysis.main_states if c not in states]
        subject = subject or (unnamed[0] if len(unnamed) == 1 else analysis.home_state)
        others = [c for c in states if c != subject and c not in venues]
        if subject and len(others) >= 2:
            rules.append("countries:bilateral-series")
            return [[subject, other] for other in others]
    if len(states) >= 3 and (info.has("trilateral") or info.has("counterpart_group")):
        venues = _location_only(info, pack)
        rules.append("countries:multilateral-format")
        return [[c for c in states if c not in venues]]
    if len(states) >= 3 and joint and pack.has_own_folder and not info.has("bilateral_series"):
        kept = [c for c in states if c not in _location_only(info, pack)]
        # "exercise of the Brazilian forces with troops of the US and China": all take part
        if len(kept) >= 3:
            rules.append("countries:joint-activity")
            return [kept]
    if len(states) >= 3 and _listed_together(info):
        venues = _location_only(info, pack)
        rules.append("countries:listed")
        return [[c for c in states if c not in venues] if len(states) - len(venues) >= 2 else states]
    if (givers and len(states) == 3 and _joint_givers(info, pack)
        and not (info.has("meeting") or info.has("mode_multilateral"))):
        # "Deutschland und die Niederlande wollen die Ukraine unterstützen"
        rules.append("countries:joint-givers")
        return [states]
    if len(states) >= 3 and not trilateral:
        venues = _location_only(info, pack)
        kept = [c for c in states if c not in venues]
        states = kept if len(kept) >= 2 else states[:2]
        subject = next((p.country for p in info.persons if p.country and p.country in states), None)
        home = subject or analysis.home_state
        if len(states) >= 2 and pairs_allowed and analysis.multilateral_context and home and (
                len(states) >= 3 or home not in states) and not info.has("counterpart_group"):
            rules.append("countries:pairs-with-home")
            return [[home, other] for other in states if other != home]
        if len(states) >= 3 and len(main) >= 2 and set(main[:2]) <= set(states):
            rules.append("countries:main-pair-of-many")
            return [list(main[:2])]
    if trilateral and len(main) >= 3 and set(states) <= set(main):
        rules.append("countries:trilateral")
        return [list(main)]
    unnamed = [c for c in main if c not in states] or [  # else the state the article names most
        c for c, _ in sorted(analysis.state_counts.items(), key=lambda item: -item[1]) if c not in states][:1]
    home = unnamed[0] if len(unnamed) == 1 else None  # the one main state the sentence leaves unnamed
    subject = info.persons[0] if info.persons else None
    if (pairs_allowed and len(states) >= 2 and home and subject is not None
            and subject.country is None and subject.role
            and len(pack.matcher("titles", "counterpart").findall(info.text)) >= len(states)
            and all(m.start > subject.end for m in info.countries if m.is_state)):
        # "Defense Minister C had phone talks with his Vietnamese counterpart A and ROK counterpart B"
        rules.append("countries:counterparts-of-home")
        return [[home, other] for other in states]
    if (len(states) >= 3 and analysis.focus and not set(analysis.focus) <= set(states)
            and any(hit.start() < SAME_TALKS_OPENING for hit in info.hits.get("marker_same_meeting", []))):
        # "X hosted a meeting with his Nordic colleagues. Taking part in the meeting were A, B and C": the
        # talks just told, with all of them
        rules.append("countries:joined-the-talks")
        return [[*(c for c in analysis.focus if c not in states), *states]]
    if len(states) >= 2:
        rules.append("countries:sentence")
        return [states]
    focus = analysis.focus
    if len(states) == 1 and info.has("marker_both_sides") and states[0] in _location_only(info, pack):
        states = []  # "The two leaders last met in Singapore": the pair of the article, met at a venue
    if len(states) == 1 and states[0] in analysis.series[1:]:
        # "With the minister of B, ...": one of the meetings of the series just told
        rules.append("countries:series-partner")
        return [[analysis.series[0], states[0]]]
    if len(states) == 1 and main and states[0] not in main[:3] and states[0] not in focus:
        return []  # a lone third state ("to counter China's influence") is not a party
    if len(states) == 1:
        partner = next((c for c in focus + main if c != states[0]), None)
        if partner:
            rules.append("countries:sentence+main")
            return [[states[0], partner]]
        own = pack.get("pack", "own_country")
        if own and own != states[0] and _untitled_official(info, pack):
            rules.append("countries:sentence+own")  # "Ministrul apărării s-a întâlnit cu omologul francez"
            return [[states[0], own]]
        return []
    if info.has("marker_both_sides") and len(focus) >= 2:
        rules.append("countries:both-sides=focus")
        return [list(focus)]
    if info.has("marker_both_sides") and len(main) >= 2:
        rules.append("countries:both-sides")
        return [list(main)]
    if implicit_parties and len(focus or main) >= 2:
        rules.append("countries:implicit")
        return [list(focus or main)]
    return []


SAME_TALKS_OPENING = 12  # characters into a sentence where "At the meeting" must begin to open it


def _parties(info: SentenceInfo) -> list[str]:
    """The sentence's states, less those named only after an observer word ("and, as
    observers, Algeria and Jordan"), as long as two parties remain; none when all are observers.
    A state named right after a target word ("to track Chinese submarines", "gegen Russland")
    is what the parties act against, not one of them."""
    states = _without_targets(info, info.states())
    if not info.has("marker_observer"):
        return states
    word = info.hits["marker_observer"][0]
    cut = info.sentence.start + word.start()
    # "..., while X and Y attend as observers"
    if not any(m.is_state and m.start > cut for m in info.countries):
        cut = info.sentence.start + max(info.text.rfind(mark, 0, word.start()) for mark in CLAUSE_BREAKS)
    before = {m.code for m in info.countries if m.is_state and m.start < cut}
    before |= {p.country for p in info.persons if p.country and p.start < cut}
    parties = [c for c in states if c in before]
    if not parties:
        return []  # "observers from A, B and C also attend": nobody here takes part
    return parties if len(parties) >= 2 else states


TARGET_REACH = 25  # characters from a target word to the state it names ("to track Chinese submarines")


def _without_targets(info: SentenceInfo, states: list[str]) -> list[str]:
    if not info.has("marker_target"):
        return states
    targets = set()
    for hit in info.hits["marker_target"]:
        end = info.sentence.start + hit.end()
        for mention in info.countries:
            gap = info.text[hit.end():mention.start - info.sentence.start]
            if (mention.is_state and 0 <= mention.start - end <= TARGET_REACH
                and not _CLAUSE_BREAK.search(gap)):
                targets.add(mention.code)
    named_elsewhere = {m.code for m in info.countries if m.is_state and m.code in targets and not any(
        0 <= m.start - (info.sentence.start + h.end()) <= TARGET_REACH for h in info.hits["marker_target"])}
    kept = [c for c in states if c not in targets - named_elsewhere]
    return kept if len(kept) >= 2 else states


CLAUSE_BREAKS = (",", ";", "،", "，", "、", "(")  # where the clause naming observers before the word begins
_CLAUSE_BREAK = re.compile(r"[,;:.!?،、，；：。]")  # any punctuation that ends a clause between two words


def _host_spans(info: SentenceInfo) -> set[tuple[int, int]]:
    """Where the sentence's host verbs ("received", "empfing") stand: they are meeting words too."""
    return {(m.start(), m.end()) for m in info.hits.get("host", [])}


def _untitled_official(info: SentenceInfo, pack: Pack) -> bool:
    """Does the sentence name a defense office without a person or a state ("the Minister of Defense")?"""
    return any(matcher.search(info.text) for role, matcher in pack.labelled("titles", "roles").items()
               if any(word in role for word in ("defen", "general staff", "chief of")))


LIST_GAP = 7  # characters between states written as one list: ", ", " und ", " and ", " và "


def _listed_together(info: SentenceInfo) -> bool:
    """Are three or more state names written as one list ("Turkey, Azerbaijan and Georgia")?"""
    names = [m for m in info.countries if m.is_state and m.kind == "name"]
    if len({m.code for m in names}) < 3:
        return False
    offset = info.sentence.start
    if names[0].code in {m.code for m in names[1:]}:
        names = names[1:]  # "in Lõuna-Eestis ... Eesti, Läti ja Prantsusmaa": the venue, then the list
    gaps = [info.text[a.end - offset:b.start - offset] for a, b in zip(names, names[1:], strict=False)][:2]
    return len({m.code for m in names}) >= 3 and all(_list_gap(gap) for gap in gaps)


def _joint_givers(info: SentenceInfo, pack: Pack) -> bool:
    """Do the sentence's first two states stand joined as one subject ("A und die B", "A and B")
    before a third?"""
    named = [m for m in info.countries if m.is_state and m.kind != "place"]
    codes = list(dict.fromkeys(m.code for m in named))
    if len(codes) != 3 or named[0].code == named[1].code or named[2].code in codes[:2]:
        return False
    offset = info.sentence.start
    gap = info.text[named[0].end - offset:named[1].start - offset].casefold().split()
    joins = {w.casefold() for w in pack.phrases("titles", "conjunctions")}
    return 1 <= len(gap) <= 2 and gap[0] in joins  # the conjunction, perhaps an article after it


LIST_GAP_WORDS = 12  # a gap of one or two short words: " και της ", " and the ", ", a "


def _list_gap(gap: str) -> bool:
    """Is `gap` what stands between two names of one list (", ", " und ", " και της ")?"""
    if any(c.isdigit() for c in gap):
        return False
    return len(gap) <= LIST_GAP or (len(gap) <= LIST_GAP_WORDS and len(gap.split()) <= 2)


def _documents(pack: Pack, info: SentenceInfo) -> list[tuple[str, re.Match[str]]]:
    """Every document word of the sentence with its doc type ("memorandum", "Abkommen", "RAA")."""
    return [(label, match) for label, matcher in pack.labelled("doc_types", "doc_types").items()
            for match in matcher.finditer(info.text)]


def _doc_type_near(pack: Pack, info: SentenceInfo, anchor: int) -> str | None:
    """The document named closest to the signing verb at `anchor` (sentence-relative)."""
    best_key: tuple[int, int, int] | None = None
    best_label: str | None = None
    for label, match in _documents(pack, info):
        distance = abs(match.start() - anchor)
        if distance > SIGN_WINDOW:
            continue
        rank = DOC_PRIORITY.index(label) if label in DOC_PRIORITY else len(DOC_PRIORITY)
        key = (distance // 40, rank, match.start())
        if best_key is None or key < best_key:
            best_key, best_label = key, label
    return best_label


def _joint_appearance(info: SentenceInfo) -> list[str]:
    """The states of officials named as one group ("die Verteidigungsministerinnen A und B
    teilten ... mit"): they spoke together, so they met; a sentence with its own meeting word
    is left to the trigger rule."""
    if info.has("meeting") or not info.has("counterpart_group"):
        return []
    states = list(dict.fromkeys(p.country for p in info.persons if p.country and (p.role or p.rank)))
    return states if len(states) >= 2 else []


def _host_verb_without_guest(info: SentenceInfo, pack: Pack) -> bool:
    """Is a host verb ("received", "empfing") the only meeting word, with nobody to be received?"""
    hosts = _host_spans(info)
    spans = [(m.start(), m.end()) for m in info.hits.get("meeting", [])]
    if not hosts or any(span not in hosts for span in spans):
        return False
    visit = any((m.start(), m.end()) not in hosts for m in info.hits.get("mode_visit", []))
    return not (info.persons or visit or _untitled_official(info, pack))


def _meeting(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack) -> list[Candidate]:
    together = _joint_appearance(info)
    if together and not info.has("negative"):
        return [Candidate("meeting", info, together, ["meeting:joint-appearance"], confidence=0.5)]
    strong = info.has("meeting")
    weak = info.has("meeting_weak") and (info.defense_person() or (  # "recibió a su par argentino"
        info.has("defense_context") and pack.matcher("titles", "counterpart").search(info.text) is not None))
    if not (strong or weak) or info.has("negative"):
        return []
    both_ministers = info.has("marker_both_sides") and analysis.defense_context  # "Obaja ministri sa stretli"
    if not (info.has("defense_context") or info.defense_person() or both_ministers):
        return []
    if _host_verb_without_guest(info, pack):
        return []  # "Kenya has received 16 armoured vehicles from the United States": a thing, not a guest
    if (info.has("marker_future") and info.has("intent")
        and not any(d.value and len(d.value) == 10 for d in info.dates)):
        return []  # "will hold the next round of talks in October": a plan without a set day is an intent
    rules = ["meeting:trigger"]
    return [Candidate("meeting", info, c, rules, confidence=0.6)
            for c in country_sets(info, analysis, pack, rules, pairs_allowed=True)]


def _held_near(info: SentenceInfo, window: int = HELD_WINDOW) -> bool:
    """Is an exercise word close to a verb saying it was held (not just discussed)?

    A verb after the exercise word may stand further off, past a long subject in the same
    clause ("The joint exercise of the armies of X and Y began yesterday").
    """
    for held in info.hits.get("exercise_held", []):
        for ex in info.hits.get("exercise", []):
            if abs(held.start() - ex.start()) <= window:
                return True
            if (0 < held.start() - ex.end() <= 2 * window
                and not _CLAUSE_BREAK.search(info.text, ex.end(), held.start())):
                return True
    return False


def _agreement(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack) -> list[Candidate]:
    if not info.has("agreement") or info.has("negative"):
        return []
    sign = info.hits["agreement"][0]
    doc_type = _doc_type_near(pack, info, sign.start())
    if doc_type is None:
        return []
    if info.has("agreement_basis") and not any(d.value for d in info.dates):
        return []  # "implement the signed agreements", "on the basis of the MoU": background, not a signing
    has_date = any(d.value for d in info.dates)
    has_day = any(d.value and len(d.value) == 10 for d in info.dates)
    if (info.has("pending") and not has_day) or (info.has("marker_future") and not has_date):
        return []
    if not (info.has("defense_context") or analysis.defense_context):
        return []
    rules = ["agreement:sign+document"]
    dated = _dated_partners(info)
    if dated:  # "signed MoUs with China (2016), Japan (2018) and Laos (2019)": one signing each
        subject = _list_subject(info, analysis, [code for code, _ in dated])
        if subject:
            rules.append("countries:dated-list")
            return [Candidate("agreement", info, [subject, code], rules, doc_type=doc_type,
                              confidence=0.6, date=when)
                    for code, when in dated]
    return [Candidate("agreement", info, c, rules, doc_type=doc_type, confidence=0.7)
            for c in country_sets(info, analysis, pack, rules, implicit_parties=True)]


DATED_GAP = re.compile(r"\s*\(\s*$")  # between a state and the date in brackets after it: " ("


def _dated_partners(info: SentenceInfo) -> list[tuple[str, str]]:
    """States each written with its own date in brackets ("China (2016), Jepun (2018)")."""
    offset = info.sentence.start
    found: list[tuple[str, str]] = []
    for mention in info.countries:
        if not mention.is_state:
            continue
        for ref in info.dates:
            gap = info.text[mention.end - offset:ref.start - offset]
            if (ref.value and 0 < len(gap) <= 3 and DATED_GAP.fullmatch(gap)
                and mention.code not in dict(found)):
                found.append((mention.code, ref.value))
    return found if len(found) >= 2 else []


def _list_subject(info: SentenceInfo, analysis: ArticleAnalysis, listed: list[str]) -> str | None:
    """Who signed with each listed state: the official or state named before the list, else the home state."""
    first = min(m.start for m in info.countries if m.is_state and m.code in listed)
    before = [p.country for p in info.persons if p.country and p.start < first and p.country not in listed]
    before += [m.code for m in info.countries if m.is_state and m.start < first and m.code not in listed]
    home = analysis.home_state if analysis.home_state not in listed else None
    return before[0] if before else home


def _exercise(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack) -> list[Candidate]:
    named = info.has("exercise_names")  # "Cobra Gold", "Balikatan": held by name, in any language
    if not (info.has("exercise") or named) or info.has("negative") or info.has("pending"):
        return []
    # the verb ends the clause
    window = len(info.text) if pack.get("pack", "verb_final", False) else HELD_WINDOW
    held = _held_near(info, window)
    started = _started(info) and not _as_document_subject(info, pack, "exercise")
    if (info.has("marker_future") and not started) or info.has("intent"):
        return []  # (an exercise that began "and will last until Friday" is under way)
    troops = _troops_before(info, analysis)
    if troops and (held or info.has("span_start")):  # "Soldiers from A, B and C train ... The exercise lasts"
        before = analysis.sentences[info.sentence.index - 1]
        days = [d.value for d in before.dates if d.value]
        # goes on: month (GUIDELINES)
        began = days[0][:7] if len(days) == 1 and len(days[0]) == 10 else None
        return [Candidate("exercise", before, before.states(), ["exercise:troops-of-the-sentence-before"],
                          confidence=0.45, date=began)]
    held = held or started  # "the joint exercise began on Monday": under way, so held
    if not (held or named):
        return []
    rules = ["exercise:name" if named and not held else "exercise:trigger+held"]
    return [Candidate("exercise", info, c, rules, confidence=0.5)
            for c in country_sets(info, analysis, pack, rules, implicit_parties=True, joint=True)]


FUTURE_BEFORE_START = 12  # characters between "will" and "start": an exercise still to begin


def _started(info: SentenceInfo) -> bool:
    """Has an exercise of the sentence begun ("began on Monday", "започна", "bermula semalam")? A start word
    near an exercise word and not itself told in the future ("will start", "ще продължи" is no start)."""
    futures = info.hits.get("marker_future", [])
    for start in info.hits.get("span_start", []):
        if any(f.start() < start.end() and start.start() < f.end()
               or 0 <= start.start() - f.end() <= FUTURE_BEFORE_START for f in futures):
            continue
        if any(abs(start.start() - ex.start()) <= SPAN_WINDOW for ex in info.hits.get("exercise", [])):
            return True
    return False


def _troops_before(info: SentenceInfo, analysis: ArticleAnalysis) -> list[str]:
    """The states whose troops the sentence right before names, when this exercise sentence names no other."""
    index = info.sentence.index
    if not 0 < index < len(analysis.sentences) or analysis.sentences[index] is not info:
        return []
    before = analysis.sentences[index - 1]
    if before.has("exercise"):
        return []  # (a sentence with its own exercise word is an exercise of its own)
    states = before.states()
    if len(states) < 2 or not set(info.states()) <= set(states):
        return []
    return states if before.has("exercise_held") and before.has("defense_context") else []


# characters between a talks word and the aid it talks about ("discussed military aid", "обсъдиха помощта")
TOPIC_GAP = 16


def _aid_as_topic(info: SentenceInfo, pack: Pack) -> bool:
    """Is every aid word of the sentence what talks were about ("with whom he discussed military aid")?"""
    hosts = _host_spans(info)
    talks = [m for m in info.hits.get("meeting", []) if (m.start(), m.end()) not in hosts]  # not "received"
    joins = {w.casefold() for w in pack.phrases("titles", "conjunctions")}

    def topic(aid: Hit) -> bool:
        for word in talks:
            gap = info.text[word.end():aid.start()]
            if 0 <= len(gap) <= TOPIC_GAP and not _CLAUSE_BREAK.search(gap) \
                    and not joins & set(gap.casefold().split()):
                return True
        return False
    return bool(talks) and all(topic(aid) for aid in info.hits["aid"])


DOCUMENT_SUBJECT_GAP = 80  # characters between a document word and the aid word that says what it is about


def _as_document_subject(info: SentenceInfo, pack: Pack, key: str) -> bool:
    """Is every `key` word of the sentence what a document named before it is about ("ein Abkommen über die
    Ausbildung litauischer Soldaten und die Lieferung von Panzern", "the MoU covers joint exercises")?"""
    documents = [match.end() for _, match in _documents(pack, info)]

    def subject(hit: Hit) -> bool:
        return any(0 <= hit.start() - end <= DOCUMENT_SUBJECT_GAP
                   and not _CLAUSE_BREAK.search(info.text[end:hit.start()]) for end in documents)
    return bool(documents) and all(subject(hit) for hit in info.hits[key])


def _training_in_exercise(info: SentenceInfo) -> bool:
    """Are all aid words of a sentence naming an exercise training words ("trained ... in the exercise")?"""
    if not info.has("exercise") or not info.has("aid_training"):
        return False
    training = [(hit.start(), hit.end()) for hit in info.hits["aid_training"]]
    exercises = [hit for hit in info.hits["exercise"]  # ta "பயிற்சி" is training and exercise: one word
                 if not any(hit.start() < end and start < hit.end() for start, end in training)]
    return bool(exercises) and all((hit.start(), hit.end()) in training for hit in info.hits["aid"])


def _aid(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack) -> list[Candidate]:
    if not info.has("aid") or info.has("negative") or not info.has("defense_context"):
        return []
    if _aid_as_topic(info, pack):
        return []  # aid as the subject of talks is no delivery
    if info.has("agreement") and _as_document_subject(info, pack, "aid"):
        return []  # "signed an agreement on the supply of tanks": the signing is the event
    if info.has("marker_future") or info.has("intent"):
        return []  # "will train", "werden ausgebildet": a pledge of aid is an intent
    if _training_in_exercise(info):
        return []  # "troops trained this month with the U.S. Army in Orient Shield": the exercise
    rules = ["aid:trigger"]
    return [Candidate("aid", info, c, rules, confidence=0.4)
            for c in country_sets(info, analysis, pack, rules, givers=True)]


def _support(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack) -> list[Candidate]:
    if not info.has("support") or not analysis.defense_context:
        return []
    rules = ["support:trigger"]
    states = info.states()
    if info.has("marker_both_sides") and len(states) == 1 and len(analysis.focus) >= 2 \
            and states[0] not in analysis.focus:  # "The ministers reaffirmed their support for Moldova"
        rules.append("countries:both-sides+supported")
        return [Candidate("support", info, [*analysis.focus, states[0]], rules, confidence=0.5)]
    return [Candidate("support", info, c, rules, confidence=0.5)
            for c in country_sets(info, analysis, pack, rules, givers=True)]


def _future_exercise(info: SentenceInfo, pack: Pack) -> bool:
    """An exercise the states will hold ("Россия и Китай проведут совместные учения"): a plan, so an intent
    (unless a signed document is what allows it: then the document is the news)."""
    if (not (info.has("marker_future") and info.has("exercise")) or info.has("intent")
        or info.has("agreement")):
        return False
    window = len(info.text) if pack.get("pack", "verb_final", False) else HELD_WINDOW
    return _held_near(info, window) or any(
        abs(future.start() - ex.start()) <= window for future in info.hits["marker_future"]
        for ex in info.hits["exercise"])


def _intent(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack) -> list[Candidate]:
    if _future_exercise(info, pack) and not info.has("negative") and len(info.states()) >= 2:
        rules = ["intent:future-exercise"]
        return [Candidate("intent", info, c, rules, confidence=0.35)
                for c in country_sets(info, analysis, pack, rules, joint=True)]
    if not info.has("intent") or info.has("negative"):
        return []
    defense = info.has("defense_context") or info.defense_person()
    continued = _continues_focus(info, analysis)  # the talks just told are defense talks
    if not ((defense and (len(info.states()) >= 2 or info.persons))
            or info.has("marker_both_sides") or continued):
        return []
    rules = ["intent:trigger"]
    if continued and len(info.states()) < 2 and not info.persons:
        rules.append("countries:focus-continued")  # "Vereinbart wurde auch, ... zu stationieren"
        return [Candidate("intent", info, list(analysis.focus), rules, confidence=0.3)]
    officials = any(p.role or p.rank for p in info.persons)
    main = set(analysis.main_states[:2])
    return [Candidate("intent", info, c, rules, confidence=0.35)
            for c in country_sets(info, analysis, pack, rules, implicit_parties=officials, givers=True)
            if len(main) < 2 or main & set(c)]  # "to counter the North Korea–Russia cooperation": a topic


PRONOUN_OPENING = 3  # characters before a pronoun that opens its sentence


FOCUS_REACH = 3  # sentences after a bilateral meeting or agreement that may go on telling it


def _continues_focus(info: SentenceInfo, analysis: ArticleAnalysis) -> bool:
    """The sentence right after a bilateral meeting or agreement, naming no other state: in its paragraph,
    or opening with "They" ("They also agreed to ..." may stand in a paragraph of its own); or a later one
    opening with "They" when the sentences between name no other state either."""
    index, focus = info.sentence.index, set(analysis.focus)
    if not (analysis.focus_sentence >= 0 and 0 < index - analysis.focus_sentence <= FOCUS_REACH
            and analysis.sentences[index] is info):
        return False
    if any(not set(between.states()) <= focus for between in analysis.sentences[analysis.focus_sentence + 1:
                                                                                 index + 1]):
        return False
    opens_with_they = any(hit.start() < PRONOUN_OPENING for hit in info.hits.get("marker_they", []))
    return opens_with_they or (index == analysis.focus_sentence + 1
                               and info.paragraph == analysis.sentences[index - 1].paragraph)


RULES = (_meeting, _agreement, _exercise, _aid, _support, _intent)
QUESTION_MARKS = ("?", "？", "؟", "\u037e", "፧")  # Latin, full-width, Arabic, Greek, Ethiopic


def candidate_events(analysis: ArticleAnalysis, pack: Pack) -> list[Candidate]:
    """Every candidate event of the article, in sentence order."""
    candidates: list[Candidate] = []
    if not analysis.defense_context:
        return candidates
    for index, info in enumerate(analysis.sentences):
        if info.text.rstrip().endswith(QUESTION_MARKS):
            continue  # a question ("能否证实？", a reporter's "Will they sign?") reports nothing
        for rule in RULES:
            found = rule(info, analysis, pack)
            candidates.extend(found)
            if found and "countries:bilateral-series" in found[0].rules:
                analysis.series = [found[0].countries[0], *(c.countries[1] for c in found)]
            if found and "countries:joined-the-talks" in found[0].rules:
                # the host's meeting told before with a guessed partner is this meeting of all of them
                candidates = [c for c in candidates if not (
                    c.type == "meeting" and "countries:sentence+main" in c.rules
                    and c.info.sentence.index == index - 1 and set(c.countries) <= set(found[0].countries))]
            if len(found) == 1 and len(found[0].countries) >= 2:
                talks = found[0].type in ("meeting", "agreement") and len(found[0].countries) == 2
                if talks:
                    analysis.focus_sentence = index
                elif found[0].type != "intent" or set(found[0].countries) != set(analysis.focus):
                    analysis.focus_sentence = -1  # (what the talks' pair agreed may go on in the next ones)
                analysis.focus = list(found[0].countries)
    held = [set(c.countries) for c in candidates if c.type == "exercise"]
    return [c for c in candidates  # the plan of an exercise the article reports held is that exercise
            if not ("intent:future-exercise" in c.rules
                    and any(set(c.countries) <= states for states in held))]
