"""Signings whose sides are companies (GUIDELINES count a defense company only when it acts for a state).

    "Kongsberg signed a teaming agreement with Polish shipyard Remontowa"   a company word beside each state
    "η ελληνική Theon και η ισραηλινή Elbit Systems υπέγραψαν ..."          a company named with its state
    "... 'n ooreenkoms onderteken om voertuie in Indië te vervaardig"       a state that is only the venue

A sentence with an official or a government body (markers.state_body) is never a companies-only signing:
a ministry signing with a foreign company is an agreement between the two states.
"""

from __future__ import annotations

import re

from milwatch.extract.analysis import ArticleAnalysis, SentenceInfo, after_preposition
from milwatch.extract.countries import CountryMention
from milwatch.packs import Pack

HOME_BEFORE = 5  # characters from a state to its company word after it ("Italy's company", "इटली की कंपनी")
COMPANY_REACH = 12  # characters between a company word and its state after it ("syarikat perkapalan Jepun")
# a state's adjective to the company word of a company's name after it ("Ελληνική Αεροπορική Βιομηχανία")
HOME_NAME_BEFORE = HOME_BEFORE + 20
# a state, then the company's proper name: "ισραηλινή Elbit", "a indiana Mahindra", "Norway's Kongsberg"
_NAMED_AFTER = re.compile(r"(?:['’]s)?[^\S\n]+(?=[^\W\d_])")


def companies_only(info: SentenceInfo, pack: Pack) -> bool:
    """A signing whose sides are companies: no official, no government body, and every state named
    stands right next to a company word (its home: "इटली की कंपनी", "syarikat … Jepun"), before a company's
    own name ("η ισραηλινή Elbit Systems"), or after a place preposition (where the work is done)."""
    if info.has("marker_state_body") or info.persons:
        return False
    spans = _company_spans(info)
    named = [m for m in info.countries
             if m.is_state and m.kind != "place" and _before_own_name(info, pack, m)]
    if not spans and not named:
        return False
    for mention in info.countries:
        if not mention.is_state or mention.kind == "place" or mention in named:
            continue
        if mention.kind == "adjective" and spans:
            continue  # "the Norwegian defence company Nordvik": the company's home
        if _beside_company(mention, spans, HOME_BEFORE):
            continue
        if not after_preposition(pack, info, mention):
            return False
    return True


def procurement_at_home(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack) -> bool:
    """A contract signed with a company of the buyer's own state: a sentence with a company word, no
    official, no "both sides", naming no state ("Ministerstvo obrany podepsalo se společností Tatra
    Trucks smlouvu") or only the company's home when that is the pack's or the site's own state
    ("η Ελληνική Αεροπορική Βιομηχανία υπέγραψε με το υπουργείο σύμβαση"); or, without a company
    word, a state body's contract naming no state but the pack's own, nor a place, nor talks.  A foreign
    company's home is the second party ("Kemhan dan galangan kapal Perancis menandatangani kontrak"); a
    foreign company known by its name alone ("Kementerian Pertahanan dengan Dassault Aviation") is read
    as at home, as no pack knows the companies' homes.  A pack with no own state takes the buyer's state
    from the body that signs: one state, named with the state body before the signing verb ("a Força Aérea
    Brasileira assinou com a Embraer um contrato")."""
    if info.persons or info.has("marker_both_sides"):
        return False
    states = info.states()
    if not info.has("marker_company"):
        # "Agencja Uzbrojenia podpisała z Hutą Stalowa Wola umowę", "KNDS France a signé avec la DGA un
        # contrat": a state body's contract naming no state or place of one, with a party known by its
        # name alone ("il governo di Doha firmava con Fincantieri": Qatar, by its capital)
        if info.has("marker_same_meeting") or info.has("meeting") or info.has("mode_visit"):
            return False  # "Այցի շրջանակում ստորագրվել է … պայմանագիր": signed during the visit
        home = {analysis.own_state} if analysis.own_state else _buyer_named(info, pack)
        return set(states) <= home and not info.places() and info.has("marker_state_body")
    if not states:
        return True
    spans = _company_spans(info)
    homes = {m.code for m in info.countries if m.is_state and _beside_company(m, spans, HOME_NAME_BEFORE)}
    return len(states) == 1 and states[0] in homes and states[0] == analysis.own_state


BODY_REACH = 3  # characters between a state body and its state's adjective ("Força Aérea Brasileira")


def _buyer_named(info: SentenceInfo, pack: Pack) -> set[str]:
    """The one state of the sentence when it is named with the state body that signs, before the signing
    verb (`agreement`), in a language whose verb does not come last; else none."""
    states = [m for m in info.countries if m.is_state and m.kind != "place"]
    if len(states) != 1 or pack.get("pack", "verb_final", False) or not info.has("agreement"):
        return set()
    offset, verb = info.sentence.start, info.hits["agreement"][0].start()
    start, end = states[0].start - offset, states[0].end - offset
    beside = any(abs(start - body.end()) <= BODY_REACH or abs(body.start() - end) <= BODY_REACH
                 for body in info.hits.get("marker_state_body", []))
    return {states[0].code} if beside and end <= verb else set()


def delivery_at_home(info: SentenceInfo, analysis: ArticleAnalysis) -> bool:
    """A company's delivery to its own state's forces: a sentence with a company word, no official, no "both
    sides", whose one state named is the pack's or the site's own, else the article's home ("Концерн
    передал Министерству обороны России партию танков"): bought at home, no aid to another state."""
    if not info.has("marker_company") or info.persons or info.has("marker_both_sides"):
        return False
    own = analysis.own_or_home_state
    return own is not None and info.states() == [own]


def _company_spans(info: SentenceInfo) -> list[tuple[int, int]]:
    """The sentence's company words, in article offsets (as a mention's)."""
    offset = info.sentence.start
    return [(hit.start() + offset, hit.end() + offset) for hit in info.hits.get("marker_company", [])]


def _beside_company(mention: CountryMention, spans: list[tuple[int, int]], before: int) -> bool:
    """Is the state written right by a company word, as its home: at most `before` characters ahead of it
    ("Italy's company", "Polish shipyard") or shortly after it ("galangan kapal Perancis")?"""
    return any(0 <= begin - mention.end <= before or 0 <= mention.start - finish <= COMPANY_REACH
               for begin, finish in spans)


def _before_own_name(info: SentenceInfo, pack: Pack, mention: CountryMention) -> bool:
    """Is the state written right before a proper name that is not a word of the pack's lists: a
    company named with its home ("η ισραηλινή Elbit Systems", "a indiana Mahindra", "Norway's Kongsberg")?

    Only where a capital marks a name: not in a language that capitalises every noun (de "die deutsche
    Seite"), and not after a capitalised adjective written in the same way as the name ("Polish Navy" has
    its state-body word; "French Rafale" would be a product, so a name must be no hit of any list)."""
    if pack.get("pack", "nouns_capitalised", False):
        return False
    offset = info.sentence.start
    gap = _NAMED_AFTER.match(info.text, mention.end - offset)
    if gap is None:
        return False
    name = gap.end()
    if not info.text[name].isupper() or (mention.kind == "name" and "s" not in gap.group()):
        return False  # a name written with its state is "Norway's Kongsberg", not "Norway Kongsberg"
    if any(m.start - offset == name for m in info.countries):
        return False  # "ελληνική Ελλάδα": a state after a state, no company
    return not any(hit.start() <= name < hit.end() for hits in info.hits.values() for hit in hits)
