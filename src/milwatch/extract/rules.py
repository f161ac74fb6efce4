"""The event rules: one small named rule per event type over one sentence, each returning its
candidates (`RULES`, in the order `candidate_events` in events.py runs them)."""

from __future__ import annotations

import re

from milwatch.extract._companies import companies_only, procurement_at_home
from milwatch.extract.analysis import ArticleAnalysis, Hit, SentenceInfo
from milwatch.extract.bystanders import target_states
from milwatch.extract.candidate import Candidate
from milwatch.extract.discourse import Discourse
from milwatch.extract.earlier_editions import earlier_edition
from milwatch.extract.forums import forum_attended
from milwatch.extract.interviews import speaker_state
from milwatch.extract.parties import country_sets, group_referred, untitled_official
from milwatch.extract.rules_aid import (
    aid_rule,
    document_words,
    host_spans,
    materiel_arrival,
    more_of_the_aid,
    package_handed_over,
)
from milwatch.extract.rules_exercise import (
    exercise_rule,
    future_exercise,
    same_exercise_by_name,
)
from milwatch.extract.sentences import CLAUSE_BREAK
from milwatch.extract.tours import TOUR_STOPS, tour_stops, visit_at_home
from milwatch.packs import Pack

# how far (characters) a document noun may be from a signing verb
SIGN_WINDOW = 160
DOC_PRIORITY = ("letter_of_intent", "memorandum", "protocol", "contract", "plan", "agreement",
                "declaration", "other")


def _doc_type_near(pack: Pack, info: SentenceInfo, anchor: int) -> str | None:
    """The document named closest to the signing verb at `anchor` (sentence-relative)."""
    best_key: tuple[int, int, int] | None = None
    best_label: str | None = None
    for label, match in document_words(pack, info):
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
    hosts = host_spans(info)
    spans = [(m.start(), m.end()) for m in info.hits.get("meeting", [])]
    if not hosts or any(span not in hosts for span in spans):
        return False
    visit = any((m.start(), m.end()) not in hosts for m in info.hits.get("mode_visit", []))
    return not (info.persons or visit or untitled_official(info, pack))


def _host_verb_takes_equipment(info: SentenceInfo, pack: Pack) -> bool:
    """Is every meeting word a host verb whose object is equipment, an aid phrase starting at the verb
    ("received four helicopters", "recibió este lunes en Bogotá cuatro helicópteros"), with no guest
    named inside that phrase?"""
    hosts = host_spans(info)
    words = info.hits.get("meeting", []) + info.hits.get("meeting_weak", [])
    if not hosts or any((m.start(), m.end()) not in hosts for m in words):
        return False
    counterpart = pack.matcher("titles", "counterpart")
    for verb in words:
        objects = [aid for aid in info.hits.get("aid", [])
                   if aid.start() == verb.start() and aid.end() > verb.end()]
        if not objects:
            return False
        between = info.text[verb.end():max(aid.end() for aid in objects)]
        if counterpart.search(between) or any(p.surface in between for p in info.persons):
            return False
    return True


def _meeting(info: SentenceInfo, analysis: ArticleAnalysis, discourse: Discourse,
             pack: Pack) -> list[Candidate]:
    together = _joint_appearance(info)
    if together and not info.has("negative"):
        return [Candidate("meeting", info, together, ["meeting:joint-appearance"], confidence=0.5)]
    # hardware arriving is no visit ("the fighters, the last of which arrived in May", thanked for by X), and
    # the "trafen" of "trafen zwei Systeme … in der Slowakei ein" no meeting
    hardware = materiel_arrival(info)
    strong = info.has("meeting") and not (hardware and all(
        any(arrival.start() <= word.start() and word.end() <= arrival.end()
            for arrival in info.hits["meeting_weak"]) for word in info.hits["meeting"]))
    weak = info.has("meeting_weak") and not hardware and (info.defense_person() or (
        info.has("defense_context") and pack.matcher("titles", "counterpart").search(info.text) is not None))
    if not (strong or weak) or info.has("negative"):
        return []
    both_ministers = info.has("marker_both_sides") and analysis.defense_context  # "Obaja ministri sa stretli"
    defense = info.has("defense_context") or info.defense_person() or both_ministers
    # "The last meeting of the commission took place in Bogotá in 2023": the defense talks of the article
    background = strong and info.has("marker_historical") and analysis.defense_context
    if not (defense or background):
        return []
    if forum_attended(info, pack):
        return []  # "Robles had attended the meeting of NATO defence ministers": the forum, no talks
    if _host_verb_without_guest(info, pack):
        return []  # "Kenya has received 16 armoured vehicles from the United States": a thing, not a guest
    if _host_verb_takes_equipment(info, pack):
        return []  # "The minister received four helicopters donated by ...": the aid, no guest
    if (info.has("marker_future") and info.has("intent")
        and not any(d.value and len(d.value) == 10 for d in info.dates)):
        return []  # "will hold the next round of talks in October": a plan without a set day is an intent
    rules = ["meeting:trigger"]
    stops = tour_stops(info, analysis, pack)
    if stops is not None:
        rules.append(TOUR_STOPS)
        return [Candidate("meeting", info, c, rules, confidence=0.5) for c in stops]
    found = country_sets(info, analysis, discourse, pack, rules, pairs_allowed=True)
    if visit_at_home(info, analysis, rules):
        return []  # "the minister visited the barracks in Vipava": his own troops, no talks abroad
    if background and not defense and "countries:trilateral" in rules:
        rules.append("countries:earlier-edition")  # "the previous meeting in this format was held in Tbilisi"
    if not defense and "countries:earlier-edition" not in rules:
        return []
    return [Candidate("meeting", info, c, rules, confidence=0.6) for c in found]


def _agreement(info: SentenceInfo, analysis: ArticleAnalysis, discourse: Discourse,
               pack: Pack) -> list[Candidate]:
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
    if (info.has("pending") and not has_day) or (_future_signing(info, sign) and not has_date):
        return []
    if not (info.has("defense_context") or analysis.defense_context):
        return []
    if companies_only(info, pack):
        return []  # "Kongsberg signed a teaming agreement with Polish shipyard Remontowa": no state signs
    if doc_type == "contract" and procurement_at_home(info, analysis, pack):
        return []  # "The ministry signed a contract with the company Tatra Trucks": a procurement at home
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
            for c in country_sets(info, analysis, discourse, pack, rules, implicit_parties=True)]


def _future_signing(info: SentenceInfo, sign: Hit) -> bool:
    """Does a future marker tell the signing as still to come: before the sign verb ("will sign", "to be
    signed") or in its clause after it?  One after a clause break tells what the document provides for
    ("signed a letter of intent, under which Emirati officers will attend courses"), not the signing."""
    return any(future.start() < sign.start() or not CLAUSE_BREAK.search(info.text, sign.end(), future.start())
               for future in info.hits.get("marker_future", []))


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


POLITICAL_ROLES = frozenset({"head of state", "prime minister", "minister of foreign affairs"})


def _political_support(info: SentenceInfo) -> bool:
    """Is the support stated by a head of state, head of government or foreign minister, with no military
    subject in the sentence ("Prime Minister Modi reaffirmed India's support for Armenia's sovereignty")?
    GUIDELINES: no defense-diplomacy event."""
    titled = [p for p in info.persons if p.role or p.rank]
    return (bool(titled) and all(p.role in POLITICAL_ROLES and not p.rank for p in titled)
            and not info.has("defense_context"))


def _support(info: SentenceInfo, analysis: ArticleAnalysis, discourse: Discourse,
             pack: Pack) -> list[Candidate]:
    if (not info.has("support") or not analysis.defense_context or _political_support(info)
            or _discussed_topic(info, "support")):
        return []
    rules = ["support:trigger"]
    states = info.states()
    if info.has("marker_both_sides") and len(states) == 1 and len(discourse.focus) >= 2 \
            and states[0] not in discourse.focus:  # "The ministers reaffirmed their support for Moldova"
        rules.append("countries:both-sides+supported")
        return [Candidate("support", info, [*discourse.focus, states[0]], rules, confidence=0.5)]
    return [Candidate("support", info, c, rules, confidence=0.5)
            for c in country_sets(info, analysis, discourse, pack, rules, givers=True)]


TOPIC_REACH = 12  # characters from "discussed" to what was discussed ("discussed the continued support")


def _discussed_topic(info: SentenceInfo, kind: str) -> bool:
    """Is every `kind` hit what a "discussed" just before it discussed ("the pair discussed continued support
    for Ukraine")?  A field of the talks, no event of its own (GUIDELINES)."""
    discussed = info.hits.get("discuss", [])
    return bool(discussed) and all(
        any(0 <= hit.start() - d.end() <= TOPIC_REACH
            and not CLAUSE_BREAK.search(info.text[d.end():hit.start()]) for d in discussed)
        for hit in info.hits[kind])


def _intent(info: SentenceInfo, analysis: ArticleAnalysis, discourse: Discourse,
            pack: Pack) -> list[Candidate]:
    speaker = len(info.states()) == 1 and speaker_state(info, analysis) not in (None, *info.states())
    if future_exercise(info, pack) and not info.has("negative") and (len(info.states()) >= 2 or speaker):
        rules = ["intent:future-exercise"]
        return [Candidate("intent", info, c, rules, confidence=0.35)
                for c in country_sets(info, analysis, discourse, pack, rules, joint=True)]
    joined = discourse.recurring.get("exercise", [])
    if (future_exercise(info, pack) and not info.has("negative") and info.has("marker_also")
            and any(d.value for d in info.dates)  # a plan with its time ("next year"), not a hope "in future"
            and len(info.states()) == 1 and joined and info.states()[0] not in joined):
        # "Im kommenden Jahr soll die Übung erstmals auch mit tschechischen Pionieren stattfinden": the
        # exercise just told, with a state joining it
        rules = ["intent:future-exercise", "countries:joins-the-exercise"]
        return [Candidate("intent", info, [*joined, info.states()[0]], rules, confidence=0.35)]
    if not info.has("intent") or info.has("negative") or package_handed_over(info):
        return []  # ("Lithuania handed over a new package of military aid": a delivery, rules_aid)
    defense = info.has("defense_context") or info.defense_person() or _main_pair_pledge(info, analysis, pack)
    continued = _continues_focus(info, analysis, discourse)  # the talks just told are defense talks
    if not info.persons and more_of_the_aid(info, discourse, analysis.main_states[:2]):
        rules = ["intent:trigger", "countries:aid-continued"]  # "les deux derniers seront livrés d'ici …"
        return [Candidate("intent", info, list(discourse.focus), rules, confidence=0.3)]
    if not ((defense and (len(info.states()) >= 2 or info.persons or group_referred(info, discourse)
                          or speaker))
            or info.has("marker_both_sides") or continued):
        return []
    rules = ["intent:trigger"]
    if continued and len(info.states()) < 2 and not info.persons and not group_referred(info, discourse):
        rules.append("countries:focus-continued")  # "Vereinbart wurde auch, ... zu stationieren"
        return [Candidate("intent", info, list(discourse.focus), rules, confidence=0.3)]
    officials = any(p.role or p.rank for p in info.persons)
    main = set(analysis.main_states[:2])
    return [Candidate("intent", info, c, rules, confidence=0.35)
            for c in country_sets(info, analysis, discourse, pack, rules, implicit_parties=officials,
                                  givers=True)
            if len(main) < 2 or main & set(c)]  # "to counter the North Korea–Russia cooperation": a topic


def _main_pair_pledge(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack) -> bool:
    """Is the pledge one between the two main states of a defense article, with material or training
    promised for the future ("Slovenija bo Ukrajini podarila še dve bolnišnici", "来年度以降もインドネシアへの
    支援を継続する方針")?
    The article's defense frame makes it a defense pledge without a defense word of its own."""
    main = analysis.main_states[:2]
    return (analysis.defense_context and len(main) == 2 and set(main) <= set(info.states())
            and info.has("aid") and any(  # the future said before the aid (anywhere where the verb ends)
                future.start() < aid.start() or pack.get("pack", "verb_final", False)
                for future in info.hits.get("marker_future", []) for aid in info.hits["aid"]))


PRONOUN_OPENING = 3  # characters before a pronoun that opens its sentence
ALSO_OPENING = 24  # characters before an "also" that continues what was told ("Vereinbart wurde auch, …")


FOCUS_REACH = 3  # sentences after a bilateral meeting or agreement that may go on telling it


def _continues_focus(info: SentenceInfo, analysis: ArticleAnalysis, discourse: Discourse) -> bool:
    """The sentence right after a bilateral meeting or agreement, naming no other state: in its paragraph,
    or opening with "They" ("They also agreed to ..." may stand in a paragraph of its own); or a later one
    opening with "They" or an "also" ("Vereinbart wurde auch, …", "Zudem wurde vereinbart, …") when the
    sentences between name no other state either, but as what was discussed."""
    index, focus = info.sentence.index, set(discourse.focus)
    if not (discourse.focus_sentence >= 0 and 0 < index - discourse.focus_sentence <= FOCUS_REACH
            and analysis.sentences[index] is info):
        return False
    if any(not set(between.states()) - target_states(between) <= focus
           and not (between is not info and between.has("discuss"))
           for between in analysis.sentences[discourse.focus_sentence + 1:index + 1]):
        return False  # (what the talks discussed may name other states: "They discussed the war in Ukraine";
        # so may what a pledge is against: "agreed to step up patrols to track Russian submarines")
    opens_with_they = any(hit.start() < PRONOUN_OPENING for hit in info.hits.get("marker_they", []))
    opens_with_also = not info.has("meeting") and any(  # (not "He will also visit …": a stop of the visit)
        hit.start() < ALSO_OPENING for hit in info.hits.get("marker_also", []))
    return opens_with_they or opens_with_also or (index == discourse.focus_sentence + 1
                               and info.paragraph == analysis.sentences[index - 1].paragraph)


RULES = (_meeting, _agreement, exercise_rule, same_exercise_by_name, aid_rule, _support, _intent,
         earlier_edition)
