"""The aid rule (military material, services or training provided) and the helpers it shares with the
other event rules of rules.py: where host verbs and document words stand, whether a word is what a
document is about."""

from __future__ import annotations

import re

from milwatch.extract._companies import delivery_at_home
from milwatch.extract._date_kinds import DAY_CHARS
from milwatch.extract._merge import AID_MATERIEL, AID_TRAINING
from milwatch.extract.analysis import ArticleAnalysis, Hit, SentenceInfo, conjunctions
from milwatch.extract.bystanders import around_only
from milwatch.extract.candidate import Candidate
from milwatch.extract.discourse import Discourse
from milwatch.extract.parties import country_sets, location_only, untitled_official
from milwatch.extract.sentences import CLAUSE_BREAK
from milwatch.extract.subjects import organisation_giver
from milwatch.packs import Pack

# the rule tag of a delivery told without a defense word: kept only as background (assemble)
BACKGROUND_DELIVERY = "aid:background-without-defense-word"
# the rule tag of hardware arriving: no delivery when the sentence's date lies ahead (assemble)
MATERIEL_ARRIVED = "aid:materiel-arrived"
EARLIER_DELIVERY = "countries:earlier-delivery"  # an earlier delivery of the pair just told


def host_spans(info: SentenceInfo) -> set[tuple[int, int]]:
    """Where the sentence's host verbs ("received", "empfing") stand: they are meeting words too."""
    return {(m.start(), m.end()) for m in info.hits.get("host", [])}


def document_words(pack: Pack, info: SentenceInfo) -> list[tuple[str, re.Match[str]]]:
    """Every document word of the sentence with its doc type ("memorandum", "Abkommen", "RAA")."""
    return [(label, match) for label, matcher in pack.labelled("doc_types", "doc_types").items()
            for match in matcher.finditer(info.text)]


SIGNING_REFERRED_REACH = 60  # characters from a document word to its signing verb ("the accord X signed")


def signing_referred_dates(pack: Pack, info: SentenceInfo) -> list[tuple[int, int]]:
    """The dates of a signing referred back to ("discussed the agreement that the two countries signed in
    Riyadh in September 2025", "the accord signed in 2023"), as (where its document word starts, where the
    date starts) in the sentence: a signing verb after a document word of its clause, the dates after the
    verb in that clause.  They date that signing."""
    found: list[tuple[int, int]] = []
    documents = [(match.start(), match.end()) for _, match in document_words(pack, info)]
    for sign in info.hits.get("agreement", []):
        document = next((start for start, end in documents
                         if 0 <= sign.start() - end <= SIGNING_REFERRED_REACH
                         and not CLAUSE_BREAK.search(info.text, end, sign.start())), None)
        if document is None:
            continue
        found += [(document, d.start - info.sentence.start) for d in info.dates
                  if d.start - info.sentence.start >= sign.end()
                  and not CLAUSE_BREAK.search(info.text, sign.end(), d.start - info.sentence.start)]
    return found


# characters between a talks word and the aid it talks about ("discussed military aid", "обсъдиха помощта")
TOPIC_GAP = 16


def _aid_as_topic(info: SentenceInfo, pack: Pack) -> bool:
    """Is every aid word of the sentence what talks were about ("with whom he discussed military aid")?"""
    hosts = host_spans(info)
    talks = [m for m in info.hits.get("meeting", []) if (m.start(), m.end()) not in hosts]  # not "received"
    joins = conjunctions(pack)

    def topic(aid: Hit) -> bool:
        for word in talks:
            gap = info.text[word.end():aid.start()]
            if 0 <= len(gap) <= TOPIC_GAP and not CLAUSE_BREAK.search(gap) \
                    and not joins & set(gap.casefold().split()):
                return True
        return False
    return bool(talks) and all(topic(aid) for aid in info.hits["aid"])


DOCUMENT_SUBJECT_GAP = 80  # characters between a document word and the aid word that says what it is about


def as_document_subject(info: SentenceInfo, pack: Pack, key: str) -> bool:
    """Is every `key` word of the sentence what a document named before it is about ("ein Abkommen über die
    Ausbildung litauischer Soldaten und die Lieferung von Panzern", "the MoU covers joint exercises")?"""
    documents = [match.end() for _, match in document_words(pack, info)]

    def subject(hit: Hit) -> bool:
        return any(0 <= hit.start() - end <= DOCUMENT_SUBJECT_GAP
                   and not CLAUSE_BREAK.search(info.text[end:hit.start()]) for end in documents)
    return bool(documents) and all(subject(hit) for hit in info.hits[key])


def _training_in_exercise(info: SentenceInfo) -> bool:
    """Are all aid words of a sentence naming an exercise training words ("trained ... in the exercise")?"""
    if not info.has("exercise") or not info.has("aid_training"):
        return False
    training = [(hit.start(), hit.end()) for hit in info.hits["aid_training"]]
    # ta "பயிற்சி" is training and exercise: one word; "trained together" holds "trained" and is the exercise
    exercises = [hit for hit in info.hits["exercise"]
                 if not any(start <= hit.start() and hit.end() <= end for start, end in training)]
    return bool(exercises) and training_only(info)


def _delivery_of_pair_in_focus(info: SentenceInfo, discourse: Discourse) -> bool:
    """Does a dated delivery name one state of the pair whose agreement was just told ("India and the
    Philippines signed a contract in 2022. The first battery was delivered to the Philippines in April
    2024")?"""
    states = info.states()
    return (len(states) == 1 and discourse.focus_type == "agreement" and len(discourse.focus) == 2
            and states[0] in discourse.focus and any(d.value for d in info.dates))


def training_only(info: SentenceInfo) -> bool:
    """Is every aid word of the sentence a training word ("trained", "ausgebildet", "výcvik")?"""
    training = [(hit.start(), hit.end()) for hit in info.hits.get("aid_training", [])]
    return bool(training) and all(any(start <= hit.start() < end for start, end in training)
                                  for hit in info.hits.get("aid", []))


def _earlier_delivery_of_pair(info: SentenceInfo, discourse: Discourse) -> bool:
    """Does a sentence naming no state nor organisation tell a delivery (not training) in a past month or year
    of the pair whose delivery or agreement was just told ("… handed over a patrol boat to Solomon Islands.
    The first boat was handed over in November 2019", "Le dernier des 36 appareils avait été livré en
    décembre 2022")?  Not a year a "since" word counts from ("coordinates since 2024")."""
    if (info.states() or info.orgs() or info.has("agreement")
            or discourse.focus_type not in ("agreement", "aid") or len(discourse.focus) != 2):
        return False
    return (not training_only(info)
            and any(d.value and len(d.value) <= len("2019-11") and d.kind != "range"
                    and not info.dated_since(d) for d in info.dates))


MORE_AID_REACH = 2  # sentences after a current delivery that may announce the rest of it


def more_of_the_aid(info: SentenceInfo, discourse: Discourse, main: list[str]) -> bool:
    """Does a pledge right after a current delivery of the article's main pair (`main`), naming no other
    state, announce more of it ("Les deux derniers navires seront livrés d'ici la fin de l'année", "Bis zum
    Jahresende sollen zwei weitere Systeme folgen, die … ausgeliefert werden"), its future said before its
    delivery word, or a package still to come ("Estonia will send the next package early next year")?  Then it
    is an intent of that pair, told without their names."""
    return (discourse.focus_type == "aid" and len(discourse.focus) == 2 and set(discourse.focus) == set(main)
            and 0 < info.sentence.index - discourse.focus_found <= MORE_AID_REACH
            and set(info.states()) <= set(discourse.focus) and not info.has("marker_historical")
            and (any(future.start() < aid.start() for future in info.hits.get("marker_future", [])
                     for aid in info.hits.get("aid", []))
                 or (info.has("intent_package") and info.has("marker_future"))))


ARRIVAL_REACH = 60  # characters from a hardware word to the arrival word after it ("six jets arrived")


def materiel_arrival(info: SentenceInfo) -> bool:
    """Is an arrival word of the sentence said of hardware: a materiel word before it in its clause ("six
    jets arrived"), or inside a separable arrival ("trafen zwei … Systeme … ein")?  Then it is no visit."""
    if not info.has("materiel") or not info.has("meeting_weak"):
        return False
    return any((0 <= arrival.start() - thing.end() <= ARRIVAL_REACH
                and not CLAUSE_BREAK.search(info.text, thing.end(), arrival.start()))
               or arrival.start() <= thing.start() < arrival.end()
               for thing in info.hits["materiel"] for arrival in info.hits["meeting_weak"])


def materiel_arrived(info: SentenceInfo, pack: Pack) -> bool:
    """Does the sentence tell hardware arriving ("The first IRIS-T system arrived in Ukraine in October
    2022", "Los primeros aviones aterrizaron en Río Cuarto"), with no official named (then the arrival
    may be a visit) and no exercise (jets landing for a drill)?"""
    return not info.persons and not info.has("exercise") and (
        materiel_arrival(info) or _arrival_first(info, pack))


ARRIVAL_FIRST_REACH = 40  # characters from an arrival word to the hardware after it ("llegaron … los carros")


def _arrival_first(info: SentenceInfo, pack: Pack) -> bool:
    """Is an arrival word followed by hardware in its clause ("El lunes llegaron a Ucrania los últimos diez
    carros de combate", "Iz Kine je u utorak stigla nova partija bespilotnih letelica"): the verb told first,
    as verb-second and verb-first orders have it.  Only with no official named (`materiel_arrived`), not even
    by his title: "Министр обороны Белоруссии прибыл в Москву самолетом" is a visit."""
    if (not info.has("materiel") or not info.has("meeting_weak")
            or any(info.has(key) for key in ("agreement", "intent")) or untitled_official(info, pack)):
        return False  # (es "llegaron a un acuerdo sobre la compra de helicópteros": reached, no arrival)
    return any(0 <= thing.start() - arrival.end() <= ARRIVAL_FIRST_REACH
               and not CLAUSE_BREAK.search(info.text, arrival.end(), thing.start())
               for thing in info.hits["materiel"] for arrival in info.hits["meeting_weak"])


def aid_rule(info: SentenceInfo, analysis: ArticleAnalysis, discourse: Discourse,
             pack: Pack) -> list[Candidate]:
    if info.has("negative"):
        return []
    arrived = materiel_arrived(info, pack)  # hardware arriving: its "trafen … ein" is no talks about it
    if info.has("aid"):
        rules = ["aid:trigger"]
    elif arrived:
        rules = [MATERIEL_ARRIVED]
    else:
        return []
    earlier = info.has("aid") and _earlier_delivery_of_pair(info, discourse)
    if not info.has("defense_context") and not arrived:
        if not analysis.defense_context or info.has("agreement") or not (
                len(info.states()) >= 2 or _delivery_of_pair_in_focus(info, discourse) or earlier):
            return []
        # "In 2023, Qatar handed over 68 armoured vehicles to Somalia": a past delivery between two states
        # told in a defense article, kept only when its date makes it background (assemble); a sentence
        # that also tells a signing dates the signing ("the donation follows the agreement signed in 2022")
        rules.append(BACKGROUND_DELIVERY)
    if not arrived and _aid_as_topic(info, pack):
        return []  # aid as the subject of talks is no delivery
    if info.has("agreement") and info.has("aid") and as_document_subject(info, pack, "aid"):
        return []  # "signed an agreement on the supply of tanks": the signing is the event
    if _future_of_the_aid(info) or (info.has("intent") and not package_handed_over(info)):
        return []  # "will train", "werden ausgebildet": a pledge of aid is an intent
    if delivery_at_home(info, analysis):
        return []  # "the corporation handed the ministry a batch of tanks": bought at home
    if _training_in_exercise(info):
        return []  # "troops trained this month with the U.S. Army in Orient Shield": the exercise
    if training_only(info):
        rules.append(AID_TRAINING)  # (training and a delivery of materiel told of one pair are two aids)
    elif info.has("materiel"):
        rules.append(AID_MATERIEL)
    if earlier:  # "The first boat was handed over in November 2019": an earlier delivery of the pair
        return [Candidate("aid", info, list(discourse.focus), [*rules, EARLIER_DELIVERY], confidence=0.35)]
    given = organisation_giver(info, "aid")
    if given:  # "The European Union delivered military equipment to Moldova"
        return [Candidate("aid", info, given, [*rules, "countries:organisation-giver"], confidence=0.4)]
    retold = _retold_at_venue(info, discourse, pack)
    if retold:  # "The handover took place at a location in Poland, near the Ukrainian border"
        return [Candidate("aid", info, retold, [*rules, "countries:aid-at-venue"], confidence=0.4)]
    # ("The first six jets arrived in December 2025": the pair of the article's delivery)
    return [Candidate("aid", info, c, rules, confidence=0.4) for c in country_sets(
        info, analysis, discourse, pack, rules, givers=True, implicit_parties=arrived)]


def _retold_at_venue(info: SentenceInfo, discourse: Discourse, pack: Pack) -> list[str]:
    """The pair of the delivery just told, when the sentence names a third state only as the venue and one
    of the pair only by its adjective or as where it is near ("De voertuigen zijn in Polen aan het Oekraïense
    leger overhandigd", "The handover took place at a location in Poland, near the Ukrainian border"): no
    state is named as the giver; else none ("la Belgique a cédé au Bénin": Benin is the receiver)."""
    states = set(info.states())
    venues = location_only(info, pack) & states
    focus = set(discourse.focus)
    if discourse.focus_type != "aid" or len(focus) != 2 or len(states) != 2 or len(venues) != 1:
        return []
    near = states - venues
    adjectives = {m.code for m in info.countries if m.kind == "adjective"} - {
        m.code for m in info.countries if m.kind != "adjective"}
    named_as_place = near <= around_only(info, sorted(near)) or near <= adjectives
    return list(discourse.focus) if not venues & focus and near <= focus and named_as_place else []


def package_handed_over(info: SentenceInfo) -> bool:
    """Is the sentence's only intent word a package ("new package", "latest tranche of") that a delivery verb
    before it handed over, on a day the sentence names ("Lithuania handed over a new package of military aid
    to Ukraine on Tuesday")?  Then the package is a delivery, not a pledge.  A package announced ("announced
    that it would hand over a new package": a reported word before the verb), still to come (a future word),
    or in a headline with no day ("Sverige skickar nytt stödpaket", a decision) stays a pledge."""
    packages = info.hits.get("intent_package", [])
    if (not packages or not info.has("aid_act") or info.has("marker_future")
            or not any(d.value and len(d.value) == DAY_CHARS for d in info.dates)):
        return False
    spans = [(hit.start(), hit.end()) for hit in packages]
    if any(not any(start <= hit.start() and hit.end() <= end for start, end in spans)
           for hit in info.hits["intent"]):
        return False  # another pledge word ("pledged a new package")
    first_package = min(start for start, _ in spans)
    acts = [act.start() for act in info.hits["aid_act"] if act.start() < first_package]
    return bool(acts) and not any(word.start() < acts[0] for word in info.hits.get("marker_reported", []))


def _future_of_the_aid(info: SentenceInfo) -> bool:
    """Is the aid told in the future: a future word before an aid word, or after one in the same clause?
    A future in a clause of its own after the delivery and its states tells what the thing will be used for
    ("Italy handed over a patrol boat to Malta on Thursday, which will be used for search and rescue"), not a
    delivery still to come; a state named after the break may still be the aid's ("..., that the aid for
    Ukraine will go on")."""
    aids = info.hits.get("aid", [])
    offset = info.sentence.start
    for future in info.hits.get("marker_future", []):
        if not aids:
            return True
        for aid in aids:
            if future.start() < aid.start():
                return True
            split = CLAUSE_BREAK.search(info.text, aid.end(), future.start())
            if split is None or any(m.start - offset >= split.start() for m in info.countries
                                    if m.is_state and m.kind != "place"):
                return True
    return False
