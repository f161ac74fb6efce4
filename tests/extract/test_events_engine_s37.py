"""Lead's cases of session 37: each an invented short article.

A support or pledge voiced in a phone call has no place, as the call has none (GUIDELINES: a call is mode
phone, no location): its sentence names the call (`triggers.mode_phone`), so neither a dateline's state nor a
state named in the sentence nor the lead's venue is where it happened (extract/assemble.py `SAID_IN_A_CALL`).

Talks "at the Ministry of Defence" with no state named after it are in the party where the article's news
takes place (its dateline's or lead's state), else, as before, in the state of the first official named
(extract/event_places.py `_home_venue`).

A current exercise dated only by the news year in its name ("Übung „Iron Wolf 2026“", told in June 2026) is
this year's edition, dated by the news' month as gold dates such exercises (GUIDELINES: an exercise runs for
days, month precision), after the reports of one exercise are merged (extract/assemble.py).  The dates
written between a "held" verb and its exercise word do not count in the distance between them
(extract/rules_exercise.py `held_near`).
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-04"  # a Friday

CASES = [
    # ---- a support told in a phone call: no place
    case("en-support-in-a-phone-call-has-no-place", "en", DAY,
         "WARSAW — In a phone call with his Lithuanian counterpart on Thursday, Defence Minister Jan Nowak "
         "reaffirmed Poland's full support for the defence of Lithuania's airspace.",
         [ev("meeting", ["LTU", "POL"], location=None, mode="phone"),
          ev("support", ["LTU", "POL"], location=None)]),
    case("it-sostegno-in-una-telefonata-has-no-place", "it", DAY,
         "ROMA - Nel corso di una telefonata con il collega estone, il ministro della Difesa Marco Ferri ha "
         "ribadito il pieno sostegno dell'Italia all'Estonia.",
         [ev("meeting", ["EST", "ITA"], location=None, mode="phone"),
          ev("support", ["EST", "ITA"], location=None)]),
    case("de-unterstuetzung-im-telefonat-has-no-place", "de", DAY,
         "In einem Telefonat mit seinem finnischen Amtskollegen bekräftigte Verteidigungsminister Lars Weber "
         "am Donnerstag die volle Unterstützung Deutschlands für Finnland.",
         [ev("meeting", ["DEU", "FIN"], location=None, mode="phone"),
          ev("support", ["DEU", "FIN"], location=None)]),
    case("en-pledge-in-a-phone-call-has-no-place", "en", DAY,
         "WARSAW — In a phone call with his Lithuanian counterpart on Thursday, Defence Minister Jan Nowak "
         "pledged to send more air defence systems to Lithuania next year.",
         [ev("meeting", ["LTU", "POL"], location=None, mode="phone"),
          ev("intent", ["LTU", "POL"], location=None)]),
    # ---- full backing stated is a support (de pack); thanks for it in the first person are none
    case("de-volle-unterstuetzung-bekraeftigt-is-support", "de", DAY,
         "Bei einem Treffen in Riga bekräftigte Verteidigungsminister Lars Weber am Donnerstag die volle "
         "Unterstützung Deutschlands für Lettland.",
         [ev("meeting", ["DEU", "LVA"]), ev("support", ["DEU", "LVA"])]),
    case("de-ich-danke-fuer-die-unterstuetzung-is-no-support", "de", DAY,
         "„Ich danke dem lettischen Volk für die unerschütterliche Unterstützung“, sagte der deutsche "
         "Verteidigungsminister Lars Weber am Donnerstag in Riga.",
         []),
    # ---- talks "at the Ministry of Defence" (no state named): in the party where the news is datelined
    case("pt-encontro-no-ministerio-is-in-the-dateline-state", "pt", DAY,
         "Luanda, 03 dez 2026 (Lusa) - O ministro da Defesa português, Rui Costa, encontrou-se hoje com o "
         "seu homólogo angolano, João Ernesto, no Ministério da Defesa Nacional, no primeiro dia de uma "
         "visita oficial ao país.",
         [ev("meeting", ["AGO", "PRT"], location="AGO", mode="visit", actor=["PRT"], recipient=["AGO"])]),
    case("pt-no-ministerio-without-dateline-is-the-subjects", "pt", DAY,
         "O ministro da Defesa português, Rui Costa, encontrou-se hoje com o seu homólogo angolano, João "
         "Ernesto, no Ministério da Defesa Nacional.",
         [ev("meeting", ["AGO", "PRT"], location="PRT")]),
    # ---- an exercise dated only by the news year in its name: this year's edition, in the news' month
    case("de-iron-wolf-2026-is-the-news-month", "de", "2026-06-03",
         "Soldaten aus Deutschland und Litauen nehmen an der Übung „Iron Wolf 2026“ teil.",
         [ev("exercise", ["DEU", "LTU"], date="2026-06", historical=False)]),
    case("en-bright-star-of-an-earlier-year-stays-background", "en", "2025-09-03",
         "Saudi and Egyptian forces took part in the Bright Star 2023 exercise hosted by Egypt.",
         [ev("exercise", ["EGY", "SAU"], date="2023", historical=True)]),
    case("en-named-year-edition-joins-its-dated-report", "en", "2026-12-02",
         "Lithuanian and Polish troops took part in the Iron Wolf 2026 exercise. The exercise was held "
         "at the Pabrade training area from 16 to 27 November.",
         [ev("exercise", ["LTU", "POL"], date="2026-11")]),
    # ---- the dates between a "held" verb and its exercise word do not count in their distance
    case("es-realizaron-entre-dos-fechas-el-ejercicio", "es", "2026-12-05",
         "Las armadas de Chile y Perú realizaron entre el 30 de noviembre y el 3 de diciembre el ejercicio "
         "bilateral anual frente a las costas de Arica.",
         [ev("exercise", ["CHL", "PER"], date="2026-11")]),
    # ---- a support voiced at talks keeps their place
    case("en-support-at-talks-in-vilnius-keeps-its-place", "en", DAY,
         "Polish Defence Minister Jan Nowak met his Lithuanian counterpart in Vilnius on Thursday and "
         "reaffirmed Poland's full support for Lithuania.",
         [ev("meeting", ["LTU", "POL"], location="LTU"), ev("support", ["LTU", "POL"], location="LTU")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_crown_prince_of_an_emirate_names_no_person(extractor: Extractor) -> None:
    """"ولي عهد دبي" (crown prince of Dubai) is one title with its emirate (ar titles.roles): "دبي" after
    it is no name."""
    text = ("دبي في 18 نوفمبر/ وام/ استقبل سمو الشيخ راشد بن سعيد آل مكتوم، ولي عهد دبي نائب رئيس مجلس "
            "الوزراء وزير الدفاع، اليوم معالي وزير الدفاع في الجمهورية الإيطالية والوفد المرافق له.")
    article = Article(id="case", text=text, published="2025-11-18", lang="ar", lang_hint="ar")
    extraction = extractor.extract(article)
    names = {p.name for e in extraction.events for p in e.persons}
    assert "دبي" not in names, names
    assert "راشد بن سعيد آل مكتوم" in names, names
