"""An interview's framing: the outlet an official received or sat down with is no party of a meeting, and
an answer in the first person speaks for the state of the lede's official (`speaker_state`), with the state
the question named as its partner (`asked_states`).

Interviews open on the meeting with the paper itself ("KSAL ... menerima Tempo di Mabesal", "Teodoro sat
down with the Inquirer at Camp Aguinaldo"); with one state named, the meeting rules would pair it with a
state of the article.  The outlet is the name in the article's address (tempo.co, newsinfo.inquirer.net).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from milwatch.extract.analysis import ArticleAnalysis, SentenceInfo
from milwatch.extract.candidate import Candidate
from milwatch.extract.sentences import QUESTION_MARKS

# second-level labels under a country's domain ("bbc.co.uk", "abc.net.au", "yna.co.kr")
SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "ac", "or", "ne", "go", "gob", "edu"})
MIN_OUTLET = 4  # shorter labels ("rt", "aa", "nos") are too often words or initials of something else
OUTLET_REACH = 16  # characters from a meeting word to the outlet ("received Tempo", "with the Inquirer")


def _hostname(source_url: str | None) -> str:
    """The host of an article's address, lower case; "" for none or a malformed one."""
    try:
        return (urlsplit(source_url or "").hostname or "").casefold()
    except ValueError:
        return ""


def _state_of_domain(code: str, alpha3: dict[str, str]) -> str | None:
    """The state of a country-code domain ("uk" is Great Britain's)."""
    return alpha3.get("GB" if code == "uk" else code.upper())


def outlet_name(source_url: str | None) -> str | None:
    """The outlet's name in an article's address: the label before the public suffix, or None."""
    host = _hostname(source_url)
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return None
    labels = labels[:-1]
    if len(labels) >= 2 and labels[-1] in SECOND_LEVEL:
        labels = labels[:-1]
    name = labels[-1]
    return name if len(name) >= MIN_OUTLET and name.isalpha() else None


# labels of a government's own domains ("gov.uk", "defense.gouv.fr", "mod.go.jp", "defensa.gob.es", "mil.ru")
GOVERNMENT_LABELS = frozenset({"gov", "gouv", "gob", "go", "govt", "mil"})


def government_site_state(source_url: str | None, alpha3: dict[str, str]) -> str | None:
    """The state whose government publishes at the article's address ("www.gov.uk", "petra.gov.jo",
    "www.defense.gouv.ci", "www.defense.gov"), given an alpha-2 -> alpha-3 table: its officials named
    without a state are that state's, as a pack's own state says for its language.  None for any other
    site (a paper of one country reports on others)."""
    labels = _hostname(source_url).split(".")
    if len(labels) >= 2 and labels[-1] in ("gov", "mil"):
        return "USA"  # "www.defense.gov", "www.army.mil"
    if len(labels) < 2 or len(labels[-1]) != 2 or not GOVERNMENT_LABELS & set(labels[:-1]):
        return None
    return _state_of_domain(labels[-1], alpha3)


# country-code domains used the world over for other things than their state ("news.tv", "app.io", "x.co")
GENERIC_CC = frozenset({"tv", "io", "co", "me", "ai", "fm", "ly", "cc", "ws", "to", "gg", "sh", "ac", "la",
                        "nu"})


def site_home_state(source_url: str | None, alpha3: dict[str, str], lang: str | None) -> str | None:
    """The state of the site's country-code domain when `lang` is one of that state's languages (CLDR, via
    babel): "ipn.md" in Romanian is Moldova's press, "taifaleo.nation.co.ke" in Swahili Kenya's, "lesoir.be"
    in French Belgium's.  None for other domains and for a language foreign to the domain's state."""
    code = _hostname(source_url).rsplit(".", 1)[-1]
    if not lang or len(code) != 2 or not code.isalpha() or code in GENERIC_CC:
        return None
    state = _state_of_domain(code, alpha3)
    return state if state and lang.split("-")[0].lower() in _official_languages(code.upper()) else None


def _official_languages(territory: str) -> tuple[str, ...]:
    from babel.languages import get_official_languages  # (loaded on the first site with a country domain)

    return tuple(get_official_languages(territory, de_facto=True))


def meets_the_outlet(candidate: Candidate, outlet: str | None) -> bool:
    """Is the candidate a meeting whose meeting word is followed by the outlet's name ("menerima Tempo")?"""
    text = candidate.info.text
    if candidate.type != "meeting" or outlet is None or outlet not in text.casefold():
        return False
    hits = candidate.info.hits
    # an outlet named by a common word of the language ("defensie.nl", "forsvaret.no") is no outlet where that
    # word is one of the state's own bodies ("met de Noorse chef Defensie")
    bodies = hits.get("defense_context", []) + hits.get("marker_state_body", [])
    named = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(outlet)}(?!\w)", text, re.IGNORECASE)
             if not any(b.start() <= m.start() < b.end() for b in bodies)]
    return any(0 <= at - hit.end() <= OUTLET_REACH for at in named
               for hit in hits.get("meeting", []) + hits.get("meeting_weak", []))


# what opens an answer of an interview: a dash ("- ", "– ", "— "), or a one-letter answer mark ("R.", "A:")
ANSWER_OPENING = re.compile(r"\s*(?:[-–—―]\s*(?=\w)|[RA]\s?[.:]\s)")
# a speaker's name and a colon opening a line ("TEODORO: ", "Pistorius: ")
SPEAKER_OPENING = re.compile(r"\s*([^\W\d_][\w'’.-]{1,30}):\s")
LEDE_SENTENCES = 4  # sentences of the title and lede where an interview names its official


def _paragraph_opening(info: SentenceInfo, analysis: ArticleAnalysis) -> int:
    """The index of the first sentence of the sentence's paragraph; 0 also for a sentence not of `analysis`
    or of its first paragraph (no interview's answer there)."""
    first = info.sentence.index
    sentences = analysis.sentences
    if not 0 < first < len(sentences) or sentences[first] is not info:
        return 0
    while first > 0 and sentences[first - 1].paragraph == info.paragraph:
        first -= 1
    return first


def _asks(sentence: SentenceInfo) -> bool:
    return sentence.text.rstrip().endswith(QUESTION_MARKS)


def asked_states(info: SentenceInfo, analysis: ArticleAnalysis) -> list[str]:
    """The states named by the interviewer's question that the sentence's paragraph answers ("What did you
    discuss with Pakistan's naval chief?" / "On Tuesday I received Admiral ..."): the question is the
    sentence right before the paragraph."""
    first = _paragraph_opening(info, analysis)
    question = analysis.sentences[first - 1] if first > 0 else None
    return question.states() if question is not None and _asks(question) else []


def speaker_state(info: SentenceInfo, analysis: ArticleAnalysis) -> str | None:
    """The state of the official who speaks in the first person in an interview's answer: the paragraph
    opens with an answer mark ("- ", "R. ") or the name of an official of the lede and a colon ("TEODORO: "),
    or follows the interviewer's question;
    the official's state is that of the first official of the lede, else the article's own state, else the
    article's home state.  None outside an answer."""
    first = _paragraph_opening(info, analysis)
    if first == 0:
        return None  # (the article's opening: no interview's answer yet)
    opening = analysis.sentences[first].text
    officials = [p for lede in analysis.sentences[:LEDE_SENTENCES] for p in lede.persons
                 if p.country and (p.role or p.rank)]
    named = SPEAKER_OPENING.match(opening)
    if not ANSWER_OPENING.match(opening) and not (named and any(
            named.group(1).casefold() in p.surface.casefold() for p in officials)) and not (
            _asks(analysis.sentences[first - 1])):
        return None
    own = analysis.own_state
    return officials[0].country if officials else (own or analysis.home_state)
