"""Which states take part in a sentence's event: `country_sets`, completed from the article's main states
when the sentence names fewer than two (shared by every event rule in rules.py)."""

from __future__ import annotations

from milwatch.extract.analysis import (
    ArticleAnalysis,
    PersonRef,
    SentenceInfo,
    after_preposition,
    conjunctions,
)
from milwatch.extract.bystanders import observers_only, parties_of, target_states, without_targets
from milwatch.extract.countries import CountryMention
from milwatch.extract.discourse import Discourse
from milwatch.extract.interviews import asked_states, speaker_state
from milwatch.extract.subjects import bare_title_subject, lead_official_state, met_by_lead_official
from milwatch.extract.tours import visitor_at_next_stop
from milwatch.packs import Pack
from milwatch.packs.phrases import FULL_STOPS


def location_only(info: SentenceInfo, pack: Pack) -> set[str]:
    """States named only after a place preposition ("talks in Vietnam"): venues, maybe not parties."""
    named = [m for m in info.countries if m.is_state and m.kind != "place"]
    after = {m.code for m in named if after_preposition(pack, info, m)}
    return after - {m.code for m in named if not after_preposition(pack, info, m)}


def country_sets(info: SentenceInfo, analysis: ArticleAnalysis, discourse: Discourse, pack: Pack,
                 rules: list[str], pairs_allowed: bool = False, implicit_parties: bool = False,
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
    named = info.states()
    kept = without_targets(info, named)
    states = parties_of(info, pack, kept)
    if len(named) >= 2 and not kept:
        return []  # every state it names is a target ("у границ с Финляндией и Норвегией"): no party named
    main = analysis.main_states
    # ("وعقب الاجتماع الثلاثي، التقى ... في لقاء ثنائي": the bilateral told after the trilateral is of two)
    # ("中巴…演习…两国海军舰艇": two states and "both countries" are two, whatever the article's context)
    pair = info.has("marker_both_sides") and len(states) == 2
    # ("نفذت نسخته الأولى عام 2015 بين مصر واليونان": an earlier edition of two, named, in a story of more)
    earlier_pair = len(states) == 2 and info.has("marker_previous_edition")
    trilateral = not info.has("bilateral") and (info.has("trilateral") or (
        analysis.trilateral_context and len(main) >= 3 and not pair and not earlier_pair))
    if pairs_allowed and info.has("bilateral_series") and len(states) >= 2:
        venues = location_only(info, pack)
        series = info.sentence.start + info.hits["bilateral_series"][0].start()
        verb = _host_verb(info)  # "استقبل … كلاً من وزير الدفاع الإيطالي ووزير الدفاع الكرواتي، كلٌّ على حدة"
        before = min(series, verb) if verb is not None else series  # the guests follow the host's verb
        subject = next((p.country for p in info.persons if p.country and p.start < before), None) or next(
            (m.code for m in info.countries if m.is_state and m.kind != "place" and m.start < before), None)
        unnamed = [c for c in analysis.main_states if c not in states]
        subject = subject or (unnamed[0] if len(unnamed) == 1 else analysis.own_or_home_state)
        others = [c for c in states if c != subject and c not in venues]
        if subject and len(others) >= 2:
            rules.append("countries:bilateral-series")
            return [[subject, other] for other in others]
    host = _dateline_host(info, analysis, states) if pairs_allowed else None
    if host:
        # "Abu Dhabi, 18 February (WAM) -- The Minister of State for Defence Affairs received the Italian
        # Minister of Defence and the Croatian Minister of Defence": a host named by his title alone, in the
        # state of the wire's dateline, and each guest
        rules.append("countries:dateline-host")
        return [[host, guest] for guest in states if guest not in location_only(info, pack)]
    own = analysis.own_state
    if (pairs_allowed and own and own not in states and len(states) >= 2 and info.has("bilateral")
            and not info.has("trilateral") and untitled_official(info, pack)):
        # "รมว.กห. พบหารือทวิภาคีกับรัฐมนตรีกลาโหมสิงคโปร์และออสเตรเลีย": the pack's own minister, named by
        # his title only, in bilateral talks with each of them
        others = [c for c in states if c not in location_only(info, pack)]
        if len(others) >= 2:
            rules.append("countries:bilaterals-of-own")
            return [[own, other] for other in others]
    if len(states) >= 3 and (info.has("trilateral") or info.has("counterpart_group")):
        venues = location_only(info, pack)
        rules.append("countries:multilateral-format")
        return [[c for c in states if c not in venues]]
    if len(states) >= 3 and joint and pack.has_own_folder and not info.has("bilateral_series"):
        kept = [c for c in states if c not in location_only(info, pack)]
        # "exercise of the Brazilian forces with troops of the US and China": all take part
        if len(kept) >= 3:
            rules.append("countries:joint-activity")
            return [kept]
    if len(states) >= 3 and _listed_together(info):
        venues = location_only(info, pack)
        rules.append("countries:listed")
        return [[c for c in states if c not in venues] if len(states) - len(venues) >= 2 else states]
    if (givers and len(states) == 3 and _joint_givers(info, pack)
        and not (info.has("meeting") or info.has("mode_multilateral"))):
        # "Deutschland und die Niederlande wollen die Ukraine unterstützen"
        rules.append("countries:joint-givers")
        return [states]
    if len(states) >= 3 and not trilateral:
        venues = location_only(info, pack)
        kept = [c for c in states if c not in venues]
        states = kept if len(kept) >= 2 else states[:2]
        subject = next((p.country for p in info.persons if p.country and p.country in states), None)
        home = subject or analysis.home_state
        if len(states) >= 2 and pairs_allowed and analysis.multilateral_context and home and (
                len(states) >= 3 or home not in states) and not info.has("counterpart_group"):
            rules.append("countries:pairs-with-home")
            return [[home, other] for other in states if other != home]
        if len(states) >= 3 and set(states) == set(discourse.group):
            rules.append("countries:same-group")  # the three of the event just told, not a pair of them
            return [states]
        if (len(states) >= 3 and not info.has("bilateral_series") and not opens_on_same_talks(info)
                and _officials_of_each(info, states)):
            rules.append("countries:officials-of-each")  # "Marles hosted Hegseth and Healey": the three met
            return [states]
        if len(states) >= 3 and len(main) >= 2 and set(main[:2]) <= set(states):
            rules.append("countries:main-pair-of-many")
            return [list(main[:2])]
    if group_referred(info, discourse) and len(states) < 3 and set(states) <= set(discourse.group):
        # "Les ministres du Burkina Faso, du Mali et du Niger se sont réunis ... les trois ministres ont
        # convenu": the three just told, though the article's main states are fewer
        rules.append("countries:trilateral-group")
        return [list(discourse.group)]
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
    if (len(states) >= 3 and discourse.focus and not set(discourse.focus) <= set(states)
            and opens_on_same_talks(info)):
        # "X hosted a meeting with his Nordic colleagues. Taking part in the meeting were A, B and C": the
        # talks just told, with all of them
        rules.append("countries:joined-the-talks")
        return [[*(c for c in discourse.focus if c not in states), *states]]
    if len(states) >= 2:
        rules.append("countries:sentence")
        return [states]
    focus = discourse.focus
    if (len(states) <= 1 and (pairs_allowed or implicit_parties) and info.has("marker_historical")
            and any(d.value for d in info.dates) and (not states or states[0] in location_only(info, pack))):
        # "The previous meeting of the commission was held in Tunis in December 2024": the article's pair
        earlier = discourse.exercise if joint and discourse.exercise else (focus or main)
        if len(earlier) >= 2:
            rules.append("countries:earlier-edition")
            return [list(earlier)]
    if len(states) == 1 and info.has("marker_both_sides") and states[0] in location_only(info, pack):
        states = []  # "The two leaders last met in Singapore": the pair of the article, met at a venue
    if len(states) == 1 and states[0] in discourse.series[1:]:
        # "With the minister of B, ...": one of the meetings of the series just told
        rules.append("countries:series-partner")
        return [[discourse.series[0], states[0]]]
    organisation = _lone_organisation(info)
    if len(states) == 1 and organisation:
        # "NATO Secretary General Rutte welcomed Sweden's defence minister": the organisation is the partner
        rules.append("countries:state+organisation")
        return [[states[0], organisation]]
    speaker = speaker_state(info, analysis) if len(states) == 1 else None
    if speaker and speaker != states[0] and states[0] not in target_states(info):
        # "- وقّعنا ... عقداً مع الجانب الفرنسي", "R. Sí, firmamos un memorando con Italia": the interviewee's
        # answer names the other state; the speaker's own state is the second party
        rules.append("countries:speaker")
        return [[states[0], speaker]]
    if len(states) == 1 and main and states[0] not in main[:3] and states[0] not in focus:
        lead = met_by_lead_official(info, analysis, pack, states[0])
        if lead and lead in focus + main:
            # "Earlier on Wednesday, the Defence Secretary spoke by phone with Ukrainian Defence Minister …":
            # the article's official met one of a third state
            rules.append("countries:lead-official")
            return [[states[0], lead]]
        return []  # a lone third state ("to counter China's influence") is not a party
    if len(states) == 1:
        # the party the talks before share with this one: its official's state or the home state, when one
        # of the pair just told ("Am Montag traf er in Canberra den australischen Minister")
        visitor = visitor_at_next_stop(info, analysis, discourse, states[0])  # (on a tour: at the next stop)
        sides = [p.country for p in info.persons if p.country] + [visitor, analysis.home_state]
        asked = [c for c in asked_states(info, analysis) if c != states[0]]
        partner = (asked[0] if len(asked) == 1 else None) or next(
            (c for c in sides if c and c != states[0] and c in focus + main),
            None) or next((c for c in focus + main
                           if c != states[0] and not _aside(c, info, analysis, pack)), None)
        venue = _host_venue(info, states[0])
        if venue and venue != partner:
            # "Le ministre des Armées a reçu mardi son homologue lituanien à Paris": the host, at home
            rules.append("countries:host-at-venue")
            return [[states[0], venue]]
        own = analysis.own_state
        if (partner and own and own != states[0] and _venue_only(analysis, partner)
                and untitled_official(info, pack)):
            # "Kaitseväe juhataja kohtus Brüsselis Poola ...": the pack's own official, met at a venue abroad
            partner = own
        if (partner and own and partner != own and own != states[0] and own in focus
                and info.has("marker_also")):
            # "Minister spotkał się także z fińskim ministrem": the pack's own minister of the talks just
            # told also met another, not his partner there
            partner = own
        lead = lead_official_state(analysis) if partner and bare_title_subject(info, pack) else None
        if (lead and lead not in (partner, states[0]) and lead in focus + main
                and all(p.country == states[0] for p in info.persons)):
            # "Dans l'après-midi, la ministre s'est entretenue … avec son homologue ukrainien": the official
            # the article is about (its first titled one), not the guest of the talks just told
            partner = lead
            rules.append("countries:lead-official")
        if partner:
            rules.append("countries:sentence+main")
            return [[states[0], partner]]
        if own and own != states[0] and untitled_official(info, pack):
            rules.append("countries:sentence+own")  # "Ministrul apărării s-a întâlnit cu omologul francez"
            return [[states[0], own]]
        return []
    if info.has("marker_both_sides") and len(focus) >= 2:
        rules.append("countries:both-sides=focus")
        return [list(focus)]
    if info.has("marker_both_sides") and len(main) >= 2:
        rules.append("countries:both-sides")
        return [list(main)]
    asked = asked_states(info, analysis) if not states else []
    speaker = speaker_state(info, analysis) if len(asked) == 1 else None
    if speaker and speaker != asked[0]:
        # "How did the exercise with India's navy go?" / "We held it on 16-20 November": the answer's pair
        rules.append("countries:asked")
        return [[speaker, asked[0]]]
    watching = observers_only(analysis, pack) if implicit_parties else set()
    implicit = ([c for c in focus or main if c not in watching and not _aside(c, info, analysis, pack)]
                if implicit_parties else [])
    if len(implicit) >= 2:
        rules.append("countries:implicit")
        return [implicit]
    return []


def _host_venue(info: SentenceInfo, guest: str) -> str | None:
    """The state of the one place a host verb's sentence names ("a reçu … son homologue lituanien à Paris"),
    when it is not the guest's and the sentence tells no forum, no official of another state and no
    state by its name or adjective but the guest."""
    if not info.has("host") or info.has("mode_multilateral") or info.has("marker_historical"):
        return None
    venues = {m.code for m in info.places() if m.is_state}
    if len(venues) != 1 or guest in venues:
        return None
    if any(p.country and p.country != guest for p in info.persons):
        return None
    return venues.pop()


def _host_verb(info: SentenceInfo) -> int | None:
    """Where the sentence's first host verb ("received", "استقبل") stands (an offset in the text)."""
    hits = info.hits.get("host")
    return info.sentence.start + hits[0].start() if hits else None


def _dateline_host(info: SentenceInfo, analysis: ArticleAnalysis, states: list[str]) -> str | None:
    """The state of the wire's dateline, when the sentence's host is named before his verb by no state or
    official of one (a title, an honorific: "The Minister of State for Defence Affairs received", "استقبل
    سموه") and every state it names stands after the verb: the guests."""
    verb = _host_verb(info)
    place = analysis.dateline_place
    if verb is None or place is None or not states or place in states:
        return None
    named_before = any(m.is_state and m.start < verb and m.code != place for m in info.countries) or any(
        p.country and p.start < verb for p in info.persons)
    return None if named_before else place


def _officials_of_each(info: SentenceInfo, states: list[str]) -> bool:
    """Does every state of the sentence have an official of its own named in it ("小泉防衛相は、英国の
    ヒーリー国防相、イタリアのクロセット国防相と会談した")?"""
    return set(states) <= {p.country for p in info.persons if p.country}


def group_referred(info: SentenceInfo, discourse: Discourse) -> bool:
    """Does the sentence refer back to the three or more states of the last such event ("les trois
    ministres", "ƙasashen uku" with "they"): a three-party word and a word referring back?"""
    return (len(discourse.group) >= 3 and info.has("trilateral")
            and (info.has("marker_both_sides") or info.has("marker_they")))


def _venue_only(analysis: ArticleAnalysis, code: str) -> bool:
    """Does the article name this state only by a place in it (a capital: "in Brussels"), never by its
    name, an adjective or an official of it?"""
    named = any(m.code == code and m.kind != "place" for s in analysis.sentences for m in s.countries)
    return not named and not any(p.country == code for s in analysis.sentences for p in s.persons)


# characters between an organisation's name and its official's name ("OTAN, Mark Rutte", "SCO Mr Zhang Ming")
ORGANISATION_TITLE_REACH = 30
# what ends the sentence between an organisation and its official (not ".": "NATO's Lt. Gen. X")
SENTENCE_STOPS = (*FULL_STOPS.replace(".", ""), "\n")


def organisations_before(start: int, mentions: list[CountryMention]) -> list[CountryMention]:
    """The international organisations named right before an official's name at `start` (within
    `ORGANISATION_TITLE_REACH`): "NATO Secretary General Mark Rutte", "SCO Mr Zhang Ming"."""
    return [m for m in mentions
            if not m.is_state and m.kind != "place" and 0 <= start - m.end <= ORGANISATION_TITLE_REACH]


def organisation_official(text: str, start: int, mentions: list[CountryMention]) -> bool:
    """Is the official whose name begins at `start` an organisation's, one named right before him in the same
    sentence ("Генеральним секретарем НАТО Марком Рютте")?  Then he is never the pack's own state's."""
    return any(not any(stop in text[m.end:start] for stop in SENTENCE_STOPS)
               for m in organisations_before(start, mentions))


def _lone_organisation(info: SentenceInfo) -> str | None:
    """The international organisation whose official the sentence names ("NATO Secretary General Mark
    Rutte", "Secretary General of SCO Mr Zhang Ming"), when it names no other organisation: a party of its
    own (GUIDELINES: its code in lowercase).  An organisation named without its official is a topic or a
    frame ("NATO's eastern flank", "the EU defence ministers' meeting"), not a party."""
    named = [m for m in info.countries if not m.is_state and m.kind != "place"]
    if len({m.code for m in named}) != 1:
        return None
    officials = [p for p in info.persons if p.country is None and (p.role or p.rank)]
    near = any(organisations_before(p.start, named) for p in officials)
    return named[0].code if near else None


SAME_TALKS_OPENING = 12  # characters into a sentence where "At the meeting" must begin to open it


def opens_on_same_talks(info: SentenceInfo) -> bool:
    """Does the sentence open on "At the talks", "Tại hội đàm" (the talks already reported)?
    (Hits stand in text order: the first is the one that may open it.)"""
    return any(hit.start() < SAME_TALKS_OPENING for hit in info.hits.get("marker_same_meeting", [])[:1])


def _aside(code: str, info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack) -> bool:
    """Is `code` a state the article names only in passing (`ArticleAnalysis.aside`), for a sentence that
    names no official?  An official's state is often told only later ("Die Verteidigungsministerin reist nach
    Estland. … Soldaten des deutschen Kontingents …"): there the aside may be the official's."""
    return analysis.aside(code) and not info.persons and not untitled_official(info, pack)


def untitled_official(info: SentenceInfo, pack: Pack) -> bool:
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
    return 1 <= len(gap) <= 2 and gap[0] in conjunctions(pack)  # the conjunction, perhaps an article after it


LIST_GAP_WORDS = 12  # a gap of one or two short words: " και της ", " and the ", ", a "


def _list_gap(gap: str) -> bool:
    """Is `gap` what stands between two names of one list (", ", " und ", " και της ")?"""
    if any(c.isdigit() for c in gap):
        return False
    return len(gap) <= LIST_GAP or (len(gap) <= LIST_GAP_WORDS and len(gap.split()) <= 2)
