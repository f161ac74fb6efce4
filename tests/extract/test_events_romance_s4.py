"""The extract stage on short Portuguese, Spanish and French articles written for these tests
(invented officials), for the vocabulary the pt, es and fr packs gained in session 4.

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the
helpers are those of tests/support/cases.py.  The cases use: demonyms of states the press
writes as adjectives (mauritanos, burkinabè, guineense), title abbreviations that end no
sentence ("MM.", "Gral."), French phrases ending in an apostrophe ("projette d'envoyer"),
future exercises and deliveries as intents, "received the ministers of A, B and C" as one
meeting each, verbal support ("l'attachement de la France à la sécurité"), renewed
agreements as signings, counterpart synonyms ("su contraparte") and Brazilian air-force ranks.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # --- Portuguese -----------------------------------------------------------------------------
    case("pt-demonym-guinea-bissau", "pt", "2024-05-15",
         "O ministro da Defesa de Portugal, Rui Matos, recebeu ontem em Lisboa o seu homólogo guineense, "
         "Sandji Fati.",
         [ev("meeting", ["GNB", "PRT"], date="2024-05-14", location="PRT", mode="visit",
             persons=["Rui Matos", "Sandji Fati"])]),
    case("pt-future-exercise-is-intent", "pt", "2024-05-15",
         "A Marinha do Brasil e a Marinha da Argentina vão realizar um exercício naval "
         "conjunto no próximo mês.",
         [ev("intent", ["ARG", "BRA"])]),
    case("pt-received-ministers-of-three-states", "pt", "2024-05-15",
         "Em visita oficial a Santiago, o ministro da Defesa do Brasil, Paulo Lins, recebeu os ministros "
         "da Defesa do Peru, da Colômbia e do Equador.",
         [ev("meeting", ["BRA", "PER"]), ev("meeting", ["BRA", "COL"]), ev("meeting", ["BRA", "ECU"])]),
    case("pt-air-force-rank-and-counterpart", "pt", "2024-05-15",
         "O tenente-brigadeiro do ar Marcos Lima, comandante da Aeronáutica, recebeu nesta terça-feira a sua "
         "contraparte chilena, general Luis Soto, em Brasília.",
         [ev("meeting", ["BRA", "CHL"], date="2024-05-14", location="BRA",
             persons=["Marcos Lima", "Luis Soto"])]),
    case("pt-training-in-progress-is-aid", "pt", "2024-05-15",
         "Militares portugueses estão a formar instrutores das Forças Armadas de Angola.",
         [ev("aid", ["AGO", "PRT"])]),
    case("pt-renewed-programme-is-a-signing", "pt", "2024-05-15",
         "Os ministros da Defesa de Angola e de Portugal renovaram ontem, em Luanda, o programa-quadro de "
         "cooperação técnico-militar.",
         [ev("agreement", ["AGO", "PRT"], date="2024-05-14", doc_type="plan")]),
    # --- Spanish --------------------------------------------------------------------------------
    case("es-demonym-mauritania", "es", "2024-05-15",
         "Instructores españoles capacitaron a militares mauritanos en técnicas de desminado.",
         [ev("aid", ["ESP", "MRT"])]),
    case("es-future-exercise-is-intent", "es", "2024-05-15",
         "Las fuerzas navales de Colombia y Panamá realizarán un ejercicio conjunto el próximo mes.",
         [ev("intent", ["COL", "PAN"])]),
    case("es-strategic-alliance-signed-last-year", "es", "2024-05-15",
         "El ministro de Defensa de Argentina, Jorge Taiana, recibió este martes a su contraparte de Brasil, "
         "José Múcio. El año pasado ambos países firmaron una alianza estratégica en materia de industria de "
         "defensa.",
         [ev("meeting", ["ARG", "BRA"], date="2024-05-14", persons=["Jorge Taiana", "José Múcio"]),
          ev("agreement", ["ARG", "BRA"], date="2023", doc_type="agreement", historical=True)]),
    case("es-joint-exercise-is-defence-context", "es", "2024-05-15",
         "El ministro japonés Akira Sato y sus homólogos estadounidense y australiano mantuvieron "
         "una reunión privada y "
         "se comprometieron a aumentar el número de ejercicios conjuntos.",
         [ev("meeting", ["AUS", "JPN", "USA"]), ev("intent", ["AUS", "JPN", "USA"])]),
    case("es-abbreviated-rank-ends-no-sentence", "es", "2024-05-15",
         "El Gral. Pedro Díaz, comandante del Ejército de México, realizó una visita oficial a Guatemala.",
         [ev("meeting", ["GTM", "MEX"], location="GTM", mode="visit", persons=["Pedro Díaz"])]),
    case("es-renewed-memorandum-is-a-signing", "es", "2024-05-15",
         "Los ministros de Defensa de Chile y Argentina renovaron ayer en Buenos Aires el memorando de "
         "entendimiento sobre la fuerza de paz binacional.",
         [ev("agreement", ["ARG", "CHL"], date="2024-05-14", location="ARG", doc_type="memorandum")]),
    # --- French ---------------------------------------------------------------------------------
    case("fr-mm-abbreviation-keeps-the-sentence", "fr", "2024-05-14",
         "Le ministre malien de la Défense, Sadio Keita, a reçu lundi à Bamako son homologue nigérien, "
         "Salifou Mody. Il s'agissait de leur première rencontre depuis le 18 février, "
         "lorsque MM. Keita et Mody "
         "s'étaient entretenus à Niamey.",
         [ev("meeting", ["MLI", "NER"], date="2024-05-13", location="MLI",
             persons=["Sadio Keita", "Salifou Mody"]),
          ev("meeting", ["MLI", "NER"], date="2024-02-18", historical=True)]),
    case("fr-apostrophe-phrase-takes-the-next-word", "fr", "2024-05-15",
         "Le ministre des Armées, Paul Morel, a reçu hier à Paris son homologue arménien, Aram Sarkissian. "
         "Le ministère des Armées projette d'envoyer un officier français comme conseiller auprès du "
         "ministère arménien de la Défense.",
         [ev("meeting", ["ARM", "FRA"], date="2024-05-14", location="FRA",
             persons=["Paul Morel", "Aram Sarkissian"]),
          ev("intent", ["ARM", "FRA"])]),
    case("fr-attachment-to-security-is-support", "fr", "2024-05-15",
         "Le ministre des Armées, Paul Morel, s'est entretenu par téléphone avec son homologue jordanien, "
         "Youssef Haddad. Le ministre a rappelé l'attachement de la France à la sécurité "
         "du Royaume hachémite.",
         [ev("meeting", ["FRA", "JOR"], mode="phone", persons=["Paul Morel", "Youssef Haddad"]),
          ev("support", ["FRA", "JOR"])]),
    case("fr-future-patrols-are-intent", "fr", "2024-05-15",
         "Les armées du Niger et du Burkina Faso mèneront des patrouilles conjointes le mois prochain.",
         [ev("intent", ["BFA", "NER"])]),
    case("fr-demonym-burkinabe", "fr", "2024-05-15",
         "Le ministre nigérien de la Défense, Salifou Mody, s'est entretenu par visioconférence avec son "
         "homologue burkinabè, Kassoum Coulibaly.",
         [ev("meeting", ["BFA", "NER"], mode="phone", persons=["Salifou Mody", "Kassoum Coulibaly"])]),
    case("fr-renewed-agreement-is-a-signing", "fr", "2024-05-15",
         "La France et Djibouti ont renouvelé hier leur accord de coopération en matière de défense.",
         [ev("agreement", ["DJI", "FRA"], date="2024-05-14", doc_type="agreement")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_background_call_with_a_day_the_article_cannot_place(extractor: Extractor) -> None:
    """No publication day: "the last call dated back to 13 May" is a second, background call."""
    text = ("El ministro de Defensa ruso, Pável Ivanov, habló por teléfono con el secretario de Defensa "
            "estadounidense, John Miller. La última conversación entre Ivanov y Miller se "
            "remontaba al 13 de mayo.")
    events = extractor.extract(Article(id="r1", lang="es", text=text)).events
    assert sorted((e.type, tuple(sorted(e.countries)), e.historical) for e in events) == [
        ("meeting", ("RUS", "USA"), False), ("meeting", ("RUS", "USA"), True)]


def test_the_news_day_with_a_background_word_stays_current(extractor: Extractor) -> None:
    """"este viernes" cannot be placed without a publication day, yet it is the day of the news."""
    text = ("El ministro de Defensa ruso mantuvo una conversación telefónica con su homólogo estadounidense, "
            "indicó este viernes su ministerio, en la primera discusión desde el inicio del conflicto.")
    events = extractor.extract(Article(id="r2", lang="es", text=text)).events
    assert [(e.type, e.historical) for e in events] == [("meeting", False)]
