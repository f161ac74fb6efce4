"""The extract stage on short wire dispatches written for these tests (none of these sentences is in
tests/data/heldout/wires8.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of wire copy, the subject of the wires8 set:
- the lines a wire page sets above its dispatch: a cookie notice (en "Cookie settings: We use cookies …",
  fr "Ce site utilise des cookies …") and a revision note (en "(Updates with …)", "(Corrects …)", fr "(Mise à
  jour: …)") are furniture; kept, they pushed the dateline's sentence ("JAKARTA, Nov 12 (Reuters) -") out of
  the lead, and the desk's city was read as the venue of talks held elsewhere ("… in Canberra on Wednesday");
- de the separable verb joined at a subordinate clause's end says an exercise was held ("…, wo deutsche und
  polnische Soldaten eine gemeinsame Übung abhielten"), as "hielten … ab" does in a main clause.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, check_cleaning, ev

DAY = "2026-11-12"  # a Thursday

CASES = [
    # ---- de: the separable verb joined at the end of a subordinate clause
    case("de-abhielten-subordinate-clause-is-an-exercise", "de", DAY,
         "Der Minister besuchte danach den Truppenübungsplatz, wo polnische und deutsche Soldaten eine "
         "gemeinsame Übung abhielten.",
         [ev("exercise", ["DEU", "POL"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


# ---- wire furniture above the dispatch: (case id, language, furniture lines, dispatch, the event it tells)
PAGES = [
    ("en-cookie-and-updates-lines-keep-the-dateline-in-the-lead", "en",
     ["Cookie settings: We use cookies to improve your experience on our site.",
      "(Updates with minister comments in paragraph 3)"],
     "JAKARTA, Nov 12 (Reuters) - Indonesian Defence Minister Sjafrie Sjamsoeddin held talks with his "
     "Australian counterpart Richard Marles in Canberra on Wednesday.",
     ev("meeting", ["AUS", "IDN"], date="2026-11-11", location="AUS", mode="visit",
        actor=["IDN"], recipient=["AUS"])),
    ("en-corrects-line-is-furniture", "en",
     ["This website uses cookies. By continuing to browse you agree to our use of cookies.",
      "(Corrects spelling of minister's name in paragraph 1)"],
     "MANILA, Nov 12 (Reuters) - Philippine Defence Secretary Gilberto Teodoro met his Japanese counterpart "
     "in Tokyo on Wednesday.",
     ev("meeting", ["JPN", "PHL"], date="2026-11-11", location="JPN", mode="visit",
        actor=["PHL"], recipient=["JPN"])),
    ("fr-cookies-and-mise-a-jour-lines-keep-the-dateline-in-the-lead", "fr",
     ["Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.",
      "(Mise à jour: ajoute les déclarations du ministre)"],
     "DAKAR, 12 nov (AFP) - Le ministre sénégalais des Forces armées s'est entretenu mercredi à Paris avec "
     "son homologue français.",
     ev("meeting", ["FRA", "SEN"], date="2026-11-11", location="FRA", mode="visit",
        actor=["SEN"], recipient=["FRA"])),
    ("de-korrigiert-line-keeps-the-dateline-in-the-lead", "de",
     ["Diese Website verwendet Cookies.", "(Korrigiert Wochentag im ersten Absatz)"],
     "WARSCHAU, 12. November (Reuters) - Der litauische Verteidigungsminister Robertas Kaunas ist am "
     "Mittwoch in Berlin mit seinem deutschen Amtskollegen Boris Pistorius zusammengetroffen.",
     ev("meeting", ["DEU", "LTU"], date="2026-11-11", location="DEU", mode="visit",
        actor=["LTU"], recipient=["DEU"])),
    ("es-cookies-and-actualiza-lines-keep-the-dateline-in-the-lead", "es",
     ["Este sitio web utiliza cookies para mejorar su experiencia.",
      "(Actualiza con declaraciones del ministro en el tercer párrafo)"],
     "Bogotá, 12 nov (EFE).- El ministro de Defensa de Colombia se reunió este miércoles en Madrid con su "
     "homóloga española, Margarita Robles.",
     ev("meeting", ["COL", "ESP"], date="2026-11-11", location="ESP", mode="visit",
        actor=["COL"], recipient=["ESP"])),
]


@pytest.mark.parametrize(("lang", "furniture", "dispatch", "expected"),
                         [pytest.param(lang, furniture, dispatch, expected, id=case_id)
                          for case_id, lang, furniture, dispatch, expected in PAGES])
def test_wire_furniture_keeps_the_dateline(registry: PackRegistry, extractor: Any, lang: str,
                                           furniture: list[str], dispatch: str,
                                           expected: dict[str, Any]) -> None:
    """A page (source, menu, cookie notice, headline, time, revision note, dispatch) loses its furniture,
    and the dispatch's dateline stays the desk, not the venue."""
    raw = "\n\n".join(["Newswire", "World | Politics | Business | Defence", furniture[0],
                       "Ministers hold talks", "November 12, 2026 10:02 AM", furniture[1], dispatch])
    check_cleaning(registry, lang, raw, kept=[dispatch], dropped=furniture)
    text = clean_article(Article(id="t", text=raw), registry.get(lang)).clean_text or ""
    check_case(extractor, lang, DAY, None, text, [expected])
