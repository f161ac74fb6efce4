"""From an analysed article to candidate events, one sentence at a time.

Each rule (rules.py) is small and named; `candidate_events` runs them over every sentence in order
and returns every candidate with the rules that fired, and `assemble` (in assemble.py) merges and
completes them.
"""

from __future__ import annotations

from milwatch.extract.analysis import ArticleAnalysis
from milwatch.extract.candidate import Candidate
from milwatch.extract.discourse import Discourse
from milwatch.extract.earlier_editions import RECURRING, with_the_home_host
from milwatch.extract.exercise_names import exercise_names
from milwatch.extract.exercise_owners import with_exercise_organisations
from milwatch.extract.interviews import meets_the_outlet
from milwatch.extract.participants import join_participants
from milwatch.extract.rules import RULES
from milwatch.extract.rules_aid import document_words
from milwatch.extract.rules_exercise import HELD_WINDOW
from milwatch.extract.sentences import QUESTION_MARKS
from milwatch.extract.signing_lists import listed_documents
from milwatch.extract.tours import TOUR_STOPS
from milwatch.packs import Pack


def candidate_events(analysis: ArticleAnalysis, pack: Pack, today: str | None = None) -> list[Candidate]:
    """Every candidate event of the article, in sentence order (`today`: the day the report was filed)."""
    candidates: list[Candidate] = []
    if not analysis.defense_context:
        return candidates
    discourse = Discourse()
    for index, info in enumerate(analysis.sentences):
        if info.text.rstrip().endswith(QUESTION_MARKS):
            continue  # a question ("能否证实？", a reporter's "Will they sign?") reports nothing
        for rule in RULES:
            found = [c for c in rule(info, analysis, discourse, pack)
                     if not meets_the_outlet(c, analysis.outlet)]  # an interview's framing
            for edition in found:
                with_the_home_host(edition, analysis, discourse)  # "Poprzednia edycja … z udziałem …"
            candidates.extend(found)
            if found and {"countries:bilateral-series", TOUR_STOPS} & set(found[0].rules):
                discourse.series = [found[0].countries[0], *(c.countries[1] for c in found)]
            if found and "countries:joined-the-talks" in found[0].rules:
                # the host's meeting told before with a guessed partner is this meeting of all of them
                candidates = [c for c in candidates if not (
                    c.type == "meeting" and "countries:sentence+main" in c.rules
                    and c.info.sentence.index == index - 1 and set(c.countries) <= set(found[0].countries))]
            if found and found[0].type == "exercise" and "exercise:same-name" not in found[0].rules:
                names = exercise_names(info)
                if names:
                    discourse.exercise, discourse.exercise_names = list(found[0].countries), names
            for recurring in (c for c in found if c.type in RECURRING and len(c.countries) >= 2):
                discourse.recurring[recurring.type] = list(recurring.countries)
            if len(found) == 1 and len(found[0].countries) >= 3:
                discourse.group = list(found[0].countries)
            if len(found) == 1 and len(found[0].countries) >= 2 and not _subject_of_talks(found[0], [
                    set(c.countries) for c in candidates if c.type == "meeting" and c is not found[0]]):
                talks = found[0].type in ("meeting", "agreement") and len(found[0].countries) == 2
                if talks:
                    discourse.focus_sentence = index
                elif found[0].type != "intent" or set(found[0].countries) != set(discourse.focus):
                    discourse.focus_sentence = -1  # (what the talks' pair agreed may go on in the next ones)
                discourse.focus, discourse.focus_type = list(found[0].countries), found[0].type
                discourse.focus_found = index
    candidates = listed_documents(analysis, candidates, pack)  # "the following documents were signed:"
    # "Taking part are troops of A, B and C."
    candidates = join_participants(analysis, candidates, pack, today)
    with_exercise_organisations(candidates, analysis)  # "NATO's exercise", "учения ОДКБ «Рубеж»"
    agreements = [c for c in candidates if c.type == "agreement"]
    candidates = [c for c in candidates if not _terms_of_signing(c, agreements, pack, today)
                  and not _terms_of_signed_document(c, agreements, pack)]
    for plan in next_editions(analysis, candidates, today):  # in sentence order
        at = next((i for i, c in enumerate(candidates) if c.info.sentence.index > plan.info.sentence.index),
                  len(candidates))
        candidates.insert(at, plan)
    candidates = _without_subjects_of_talks(candidates)
    held = [(set(c.countries), _years(c)) for c in candidates if c.type == "exercise"]
    going_on = {c.info.sentence.index + 1 for c in candidates
                if c.type == "exercise" and not c.info.has("marker_historical")}
    return [c for c in candidates  # the plan of an exercise the article reports held is that exercise
            if not (("intent:future-exercise" in c.rules or _exercise_going_on(c, going_on))
                    and any(set(c.countries) <= states and not _earlier(years, c, today)
                            for states, years in held))]


def _exercise_going_on(candidate: Candidate, after_exercise: set[int]) -> bool:
    """Is an intent told right after a held exercise, in the future, with an exercise word, no date and no
    talks word, that exercise going on ("The exercise began on Monday. Soldiers of the two armies will train
    together for ten days")?  (What the two sides agreed, "adostu dute", stays a plan.)"""
    info = candidate.info
    return (candidate.type == "intent" and info.sentence.index in after_exercise and info.has("exercise")
            and info.has("marker_future") and not any(d.value for d in info.dates)
            and not any(info.has(key) for key in ("meeting", "discuss", "agreement")))


def _signed_by_parties(candidate: Candidate, agreements: list[Candidate], earlier: bool = False) -> bool:
    """Is one of `agreements` signed by the candidate's states (and maybe more), in the candidate's own
    sentence or, with `earlier`, in a sentence before it?"""
    index = candidate.info.sentence.index
    return any((other.info.sentence.index < index if earlier else other.info is candidate.info)
               and set(candidate.countries) <= set(other.countries) for other in agreements)


def _terms_of_signing(candidate: Candidate, agreements: list[Candidate], pack: Pack,
                      today: str | None) -> bool:
    """Is the pledge or aid told in the sentence of a signing of the same states the document's content,
    not an event of its own?  A pledge after the document its parties signed ("Ankara and Mogadishu
    signed a framework agreement under which Turkiye pledged to ...", "新澳两国于2020年签署…条约，澳方同意
    扩建…"); an aid word the document is about, or the aid the article reports set beside an earlier
    signing, dated by nothing but the signing ("signed an MoU on military training cooperation", "The
    donation builds on the agreement signed in 2018").  A pledge made under a document ("the two sides
    agreed to implement the contract signed in August") and a delivery with its own date ("received the
    second batch this year under a contract signed in 2022") are events of their own."""
    if candidate.type not in ("intent", "aid") or not _signed_by_parties(candidate, agreements):
        return False
    info = candidate.info
    signs = info.hits.get("agreement", [])
    documents = [match for _, match in document_words(pack, info)]
    if not signs or not documents:
        return False
    sign = signs[0]
    document = min(documents, key=lambda m: abs(m.start() - sign.start()))
    offset = info.sentence.start  # a mention's or date's offsets are in the article
    if candidate.type == "intent":
        pledges = info.hits.get("intent", [])
        # who signs, named before the verb: a state, an official, "the two sides" ("两国于2020年签署")
        signers = [m.start - offset for m in info.countries] + [p.start - offset for p in info.persons] + [
            hit.start() for hit in info.hits.get("marker_both_sides", [])]
        return (bool(pledges) and sign.start() < document.start() < pledges[-1].start()
                and all(sign.start() < hit.start() for hit in pledges)
                and any(at < sign.start() for at in signers))
    aids = [hit for hit in info.hits.get("aid", []) if hit.start() < document.start()]
    if len(aids) != len(info.hits.get("aid", [])) or not aids:
        return False
    past = [d for d in info.dates if d.value and (today is None or d.value <= today)]
    return all(min(abs(d.start - offset - hit.start()) for hit in signs)
               < min(abs(d.start - offset - hit.start()) for hit in aids) for d in past)


DOCUMENT_OPENING = 30  # characters into a sentence where the document it is about must be named


def _terms_of_signed_document(candidate: Candidate, agreements: list[Candidate], pack: Pack) -> bool:
    """Does the sentence tell what a document signed before in the article provides for, naming it as its
    subject or frame before the pledge or aid and no signing of its own ("Līgums paredz, ka abas valstis
    kopīgi finansēs ...", "Hitzarmenaren arabera, bi herrialdeek ... garatuko dituzte", "The deal includes
    the transfer of technology")?  The document's terms are no event of their own."""
    info = candidate.info
    if candidate.type not in ("intent", "aid", "exercise") or info.has("agreement"):
        return False
    triggers = info.hits.get(candidate.type, [])
    # (a plan or programme lists what the parties will do: a pledge told under it is the news)
    documents = [match.start() for label, match in document_words(pack, info) if label != "plan"]
    if not triggers or not documents or min(documents) > DOCUMENT_OPENING or any(
            hit.start() < min(documents) for hit in triggers):
        return False
    return _signed_by_parties(candidate, agreements, earlier=True)


def _without_subjects_of_talks(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a meeting told only by a discussion word ("the ministers also discussed the war in Ukraine")
    after the article reported talks, when it names states the talks did not have: they are what was
    discussed, not who met.  An official of such a state named in the sentence makes it talks of its own."""
    kept: list[Candidate] = []
    talks: list[set[str]] = []
    for c in candidates:
        if _subject_of_talks(c, talks):
            continue
        if c.type == "meeting":
            talks.append(set(c.countries))
        kept.append(c)
    return kept


def _subject_of_talks(candidate: Candidate, talks: list[set[str]]) -> bool:
    """Is the candidate a meeting told by a discussion word that names states the `talks` told before did
    not have, and no official of theirs?"""
    if candidate.type != "meeting" or not talks or not _discussion_only(candidate):
        return False
    new = set(candidate.countries) - set().union(*talks)
    return bool(new) and not any(p.country in new for p in candidate.info.persons)


def _discussion_only(candidate: Candidate) -> bool:
    """Is every meeting word of the candidate's sentence a discussion word ("discussed", "exchanged views") or
    inside a phrase referring back to the talks ("during the meeting")?"""
    hits = candidate.info.hits
    # "discussed", "exchanged views"; "at the talks", "during the meeting" (the talks already told)
    spoken = hits.get("discuss", []) + hits.get("marker_same_meeting", [])
    if not spoken or hits.get("meeting_weak") or candidate.rules[:1] != ["meeting:trigger"]:
        return False
    return all(any(s.start() < h.end() and h.start() < s.end() for s in spoken)
               for h in hits.get("meeting", []))


def _earlier(held_years: set[str], plan: Candidate, today: str | None) -> bool:
    """Was the held exercise one of past years, and the plan one of a later year ("In July 2024 they held
    Eagle Assault; in 2027 they will hold the next one"): two editions, not the plan of the one held."""
    years = _years(plan)
    last = max(held_years, default="")
    return bool(today and last and years and last < today[:4] and last < min(years))


def _years(candidate: Candidate) -> set[str]:
    return {d.value[:4] for d in candidate.info.dates if d.value}


def next_editions(analysis: ArticleAnalysis, candidates: list[Candidate],
                  today: str | None) -> list[Candidate]:
    """A sentence telling an exercise still to come, dated after this month and naming no pair of its own
    ("The navies will hold a similar exercise next year", "两国陆军将于今年11月举行联合训练"): the plan of
    the states of the exercise the article reported before it (an intent).  An exercise going on ("will run
    until the 19th") has a span word or a date of this month."""
    found: list[Candidate] = []
    told = {c.info.sentence.index for c in candidates if c.type == "intent"}
    for info in analysis.sentences if today else []:
        index = info.sentence.index
        if (index in told or not (info.has("exercise") and info.has("marker_future")) or info.has("negative")
                or info.has("span_start") or info.has("pending") or len(info.states()) >= 2):
            continue
        if not any(abs(future.start() - ex.start()) <= HELD_WINDOW for future in info.hits["marker_future"]
                   for ex in info.hits["exercise"]):
            continue  # ("the brigade, to stand in Lithuania by 2027, held its largest exercise")
        near = [d for d in info.dates if any(abs(d.start - info.sentence.start - ex.start()) <= HELD_WINDOW
                                             for ex in info.hits["exercise"])]
        values = [d.value for d in near if d.value]
        if not values or not all(len(v) <= 7 and v[:7] > (today or "")[:7] for v in values):
            continue
        before = [c for c in candidates if c.type == "exercise" and len(c.countries) >= 2
                  and c.info.sentence.index < index and set(c.countries) <= set(c.info.states())]
        if before and set(info.states()) <= set(before[-1].countries):
            found.append(Candidate("intent", info, list(before[-1].countries),
                                   ["intent:next-exercise", "countries:same-exercise"], confidence=0.3))
    return found
