"""Lead's cases of session 27: each an invented short article.

A name of three words or more is also found again by its middle word (`_person_scan.recurring_mentions`):
Portuguese and Spanish officials are often called later by a middle surname ("José Múcio Monteiro" …
"Múcio"; "Margarita Robles Fernández" … "Robles").  Before, the later sentence that names the official
only so named no state of its own, so a second bilateral meeting on a forum's sidelines and the "two
sides agreed" after it were lost.

A place preposition may be a phrase of several words ending right before the state
(`capitals.PREPOSITION_REACH` 30 characters, was 8): "in northern Estonia", "ve středním Slovensku",
"в северной Сербии" (pack `at_place` phrases of a compass word or a coast) make the host a venue, no party of
the exercise held there.

A digest's item under a dateline of its own ("Bissau, 29 nov 2026 (Lusa) - … reuniu-se hoje") tells "today"
from that dateline, not from the page's date line above it, up to the next item's dateline, dated ("Maputo,
29 nov 2026 (Lusa) -") or not ("Praia (Lusa) -": the page's day again) (extract/wire_items.py).

A state's adjective on a training ground, base or camp names where, not who (extract/venue_adjectives.py, pack
`markers.venue_nouns`): "at a Lithuanian training area", "au camp militaire lituanien" made Lithuania a party
of the German-Dutch exercise held there.

A background sentence telling two signings or deliveries, each with its own date and its own verb, one verb
between the two dates ("signed a defence cooperation agreement in 2016 and signed a logistics agreement in
2020", "首批…於2024年12月抵台，第二批…在去年7月運抵") is one background event per date
(event_dates.clause_past_dates), with the document named nearest to its date; before, the second date was
lost.  Not for exercises and meetings (an A/B:
their words share sentences with other events' dates).

"their defence ministers", "their navies" (en pack `both_sides`) after the pair was named are that pair.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("pt-middle-surname-names-the-official-again", "pt", "2026-09-16",
         "Tavares se reúne com ministro canadense em Quito\n\n"
         "O ministro da Defesa do Brasil, Paulo Tavares Queiroz, reuniu-se nesta terça-feira (15), em Quito, "
         "com o ministro da Defesa do Canadá, David Morgan. "
         "O encontro ocorreu à margem de uma conferência regional de ministros de Defesa. "
         "Tavares também teve encontro bilateral com o ministro da Defesa do Chile, Rodrigo Salas. "
         "Os dois acertaram a realização de um exercício conjunto no próximo ano.",
         [ev("meeting", ["BRA", "CAN"], date="2026-09-15"),
          ev("meeting", ["BRA", "CHL"], date="2026-09-15"),
          ev("intent", ["BRA", "CHL"])]),
    case("en-compass-word-before-the-host-state", "en", "2026-11-20",
         "British and Danish troops began a two-week joint exercise on Monday at a training area in northern "
         "Estonia.",
         [ev("exercise", ["DNK", "GBR"], date="2026-11", location="EST")]),
    case("cs-adjective-before-the-host-state", "cs", "2026-11-20",
         "Čeští, němečtí a slovinští vojáci zahájili v pondělí na cvičišti ve středním Slovensku "
         "společné cvičení.",
         [ev("exercise", ["CZE", "DEU", "SVN"], location="SVK")]),
    case("ru-adjective-before-the-host-state", "ru", "2026-11-20",
         "Российские и белорусские военные начали в понедельник совместное учение на полигоне "
         "в северной Сербии.",
         [ev("exercise", ["BLR", "RUS"], location="SRB")]),
    case("pt-digest-item-today-is-its-datelines-day", "pt", "2026-11-30",
         "Resumo das notícias da Lusa\n\nLusa | 30 Nov 2026, 07:00\n\n"
         "Bissau, 29 nov 2026 (Lusa) - O ministro da Defesa de Portugal, João Silva, reuniu-se hoje em "
         "Bissau com o homólogo guineense, Mamadu Djaló. Os dois ministros assinaram um acordo de cooperação "
         "técnico-militar.\n\n"
         "Praia (Lusa) - A ministra da Defesa de Cabo Verde recebeu ontem na Praia o homólogo angolano, "
         "Manuel Neto.\n\n"
         "Maputo, 29 nov 2026 (Lusa) - Chuvas fortes deixaram mais de mil pessoas desalojadas.",
         [ev("meeting", ["GNB", "PRT"], date="2026-11-29"),
          ev("agreement", ["GNB", "PRT"], date="2026-11-29"),
          ev("meeting", ["AGO", "CPV"], date="2026-11-29")]),
    case("en-adjective-on-a-training-area-is-the-venue", "en", "2026-11-20",
         "German and Dutch troops began a joint exercise on Monday at a Lithuanian training area.",
         [ev("exercise", ["DEU", "NLD"], date="2026-11", location="LTU")]),
    case("fr-adjective-after-a-camp-is-the-venue", "fr", "2026-11-20",
         "Des soldats allemands et néerlandais ont entamé lundi un exercice conjoint au camp militaire "
         "lituanien de Pabradė.",
         [ev("exercise", ["DEU", "NLD"], location="LTU")]),
    case("en-two-background-signings-in-one-sentence", "en", "2026-11-20",
         "Indian and French defence ministers met in Paris on Thursday. "
         "The two countries signed a defence cooperation agreement in 2016 and signed a contract for six "
         "patrol boats in 2020.",
         [ev("meeting", ["FRA", "IND"], date="2026-11-19"),
          ev("agreement", ["FRA", "IND"], date="2016", doc_type="agreement", historical=True),
          ev("agreement", ["FRA", "IND"], date="2020", doc_type="contract", historical=True)]),
    case("en-their-ministers-are-the-pair-just-named", "en", "2026-11-20",
         "India and France have deepened their ties for years. "
         "On Monday their defence ministers met in Paris.",
         [ev("meeting", ["FRA", "IND"], date="2026-11-16", location="FRA")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
              expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
