"""The extract stage on short Portuguese and Italian press articles written for these tests (none of these
sentences is in tests/data/heldout/pt_it_press2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the Portuguese (European, Brazilian,
African) and Italian press: the progressive of a joint activity under way (pt "estão a realizar", "estão
realizando"), a future course for the other side's troops ("vão ministrar um curso"), an invitation to
visit ("convidou … a visitar") as an intent and no visit, while "está a visitar" stays a visit; the Italian
services named without their state ("Marina Militare", "Aeronautica Militare") as Italy, a foreign navy
written the same way with its demonym ("la Marina militare russa") as that state only; a visit that goes
on the next day ("La visita proseguirà domani …, dove … incontrerà") as no second meeting; a bare "read
also" or "more news" label of the Portuguese press ("Outras notícias", "Leia também") with the headlines
under it.

Second round: pt a course given with words between ("ministraram na semana passada um curso"); it special
forces and troops by branch as military (forze speciali, paracadutisti, alpini), Italy's own branches as
Italy ("i carabinieri", "gli alpini"), warships by type and joint exercises as military context, the future
of the verbs that hold an exercise ("svolgeranno", "condurranno") as a plan, "hanno formato … militari" and
"ha completato l'addestramento di" as training given, "si è addestrato … con" and "hanno concluso" as an
exercise held, gulfs named after a state ("Golfo di Aden") as no state. Third round: an activity going on
"até sexta-feira" / "fino a venerdì" in the present names a weekday ahead; it a renewed agreement
("hanno rinnovato l'accordo") as a signing.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- pt: a joint activity under way, in the European and the Brazilian progressive
    case("pt-estao-a-realizar-patrulhas-conjuntas", "pt", DAY,
         "Fuzileiros portugueses e são-tomenses estão a realizar desde segunda-feira patrulhas conjuntas "
         "nas águas do arquipélago.",
         [ev("exercise", ["PRT", "STP"])]),
    case("pt-estao-realizando-exercicio", "pt", DAY,
         "Militares brasileiros e paraguaios estão realizando desde segunda-feira um exercício conjunto de "
         "travessia de rios na região de fronteira.",
         [ev("exercise", ["BRA", "PRY"])]),
    # ---- pt: a course still to be given is a pledge
    case("pt-vao-ministrar-um-curso", "pt", DAY,
         "Instrutores da Marinha portuguesa vão ministrar em maio um curso de mergulho a militares "
         "timorenses.",
         [ev("intent", ["PRT", "TLS"])]),
    # ---- pt: an invitation to visit is an intent, no visit; a visit under way stays a visit
    case("pt-convidou-a-visitar-is-no-visit", "pt", DAY,
         "O ministro da Defesa de Moçambique convidou o seu homólogo angolano a visitar Maputo no "
         "próximo ano.",
         [ev("intent", ["AGO", "MOZ"])]),
    case("pt-convidou-para-visitar-is-no-visit", "pt", DAY,
         "O comandante do Exército brasileiro convidou o chefe do Estado-Maior do Exército chileno para "
         "visitar a Academia Militar das Agulhas Negras.",
         [ev("intent", ["BRA", "CHL"])]),
    case("pt-esta-a-visitar-stays-a-visit", "pt", DAY,
         "O ministro da Defesa Nacional de Portugal está a visitar Angola, onde foi recebido ontem pelo "
         "homólogo angolano.",
         [ev("meeting", ["AGO", "PRT"], mode="visit", location="AGO")]),
    # ---- it: the Italian services named without their state
    case("it-marina-militare-is-italy", "it", DAY,
         "Unità della Marina Militare e della Marina algerina hanno svolto martedì un'esercitazione "
         "congiunta di soccorso in mare al largo di Orano.",
         [ev("exercise", ["DZA", "ITA"], date="2026-03-17")]),
    case("it-aeronautica-militare-is-italy", "it", DAY,
         "Caccia dell'Aeronautica Militare e dell'aeronautica egiziana hanno condotto ieri un'esercitazione "
         "congiunta nei cieli del Mediterraneo.",
         [ev("exercise", ["EGY", "ITA"], date="2026-03-17")]),
    case("it-marina-militare-russa-is-russia", "it", DAY,
         "La Marina militare russa ha svolto lunedì un'esercitazione congiunta con la Marina cinese nel "
         "Mar Baltico.",
         [ev("exercise", ["CHN", "RUS"], date="2026-03-16")]),
    # ---- round 2. pt: a course given, with words between the verb and the course
    case("pt-ministraram-na-semana-passada-um-curso", "pt", DAY,
         "Militares portugueses ministraram na semana passada um curso de operações especiais a 30 militares "
         "moçambicanos em Maputo.",
         [ev("aid", ["MOZ", "PRT"], location="MOZ")]),
    # ---- it: special forces and troops by branch as military; Italy's own branches as Italy
    case("it-forze-speciali-are-military", "it", DAY,
         "Forze speciali di Italia, Francia e Stati Uniti hanno partecipato lunedì a un'esercitazione in "
         "Sardegna.",
         [ev("exercise", ["FRA", "ITA", "USA"], location="ITA")]),
    case("it-alpini-are-italy", "it", DAY,
         "Un reparto di alpini si è addestrato la scorsa settimana con soldati austriaci sul ghiacciaio "
         "dello Stubai.",
         [ev("exercise", ["AUT", "ITA"])]),
    case("it-carabinieri-train-others", "it", DAY,
         "I carabinieri hanno addestrato a Gibuti 300 militari della polizia militare somala.",
         [ev("aid", ["ITA", "SOM"], location="DJI")]),
    # ---- it: an exercise still to be held is a pledge
    case("it-svolgeranno-esercitazione-intent", "it", DAY,
         "Le marine italiana e greca svolgeranno in autunno un'esercitazione congiunta nello Ionio.",
         [ev("intent", ["GRC", "ITA"])]),
    case("it-condurranno-esercitazione-intent", "it", DAY,
         "Le forze armate italiane e slovene condurranno nel 2027 un’esercitazione congiunta lungo il "
         "confine.",
         [ev("intent", ["ITA", "SVN"])]),
    # ---- it: training given, told by "hanno formato" and by a course completed
    case("it-hanno-formato-militari", "it", DAY,
         "Gli istruttori italiani hanno formato in tre mesi 200 militari libanesi nella base di Shama.",
         [ev("aid", ["ITA", "LBN"])]),
    case("it-completato-addestramento-di", "it", DAY,
         "Il contingente italiano ha completato l'addestramento di 120 militari iracheni a Erbil.",
         [ev("aid", ["IRQ", "ITA"], location="IRQ")]),
    # ---- it: a joint exercise is military context; "hanno concluso" tells it held; a gulf is no state
    case("it-italo-francese-joint-exercise", "it", DAY,
         "Si è conclusa ieri in Valle d'Aosta l'esercitazione congiunta italo-francese di soccorso in "
         "montagna.",
         [ev("exercise", ["FRA", "ITA"], date="2026-03-17")]),
    case("it-hanno-concluso-esercitazione", "it", DAY,
         "Le marine italiana e portoghese hanno concluso martedì un'esercitazione di scorta ai convogli "
         "nell'Atlantico.",
         [ev("exercise", ["ITA", "PRT"], date="2026-03-17")]),
    case("it-golfo-di-aden-is-no-yemen", "it", DAY,
         "La fregata italiana Marceglia ha condotto lunedì un'esercitazione di passaggio con una nave della "
         "Marina indiana nel Golfo di Aden.",
         [ev("exercise", ["IND", "ITA"], date="2026-03-16", location=None)]),
    # ---- it: a document renewed is signed like any other
    case("it-hanno-rinnovato-accordo", "it", DAY,
         "I capi di stato maggiore della Difesa di Italia e Kuwait hanno rinnovato ieri l'accordo tecnico "
         "sulla formazione dei piloti militari.",
         [ev("agreement", ["ITA", "KWT"], doc_type="agreement", date="2026-03-17")]),
    # ---- it: the visit going on the next day is the same visit
    case("it-la-visita-proseguira-domani", "it", DAY,
         "Il capo di stato maggiore della Difesa, generale Marco Rossi, ha ricevuto oggi a Roma il capo di "
         "stato maggiore della Difesa polacco, generale Jan Kowalski. La visita proseguirà domani a Napoli, "
         "dove il generale Kowalski incontrerà gli allievi della Scuola navale.",
         [ev("meeting", ["ITA", "POL"], date=DAY, location="ITA")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


READ_ALSO = [
    # a bare label at the foot of an article, then several headlines of other stories
    ("pt", "O ministro da Defesa recebeu nesta segunda-feira o adido militar de um país vizinho.",
     "Outras notícias", ["Marinhas de dois países realizam exercício conjunto no Atlântico",
                         "Exército recebe novas viaturas blindadas"]),
    ("pt", "O chefe do Estado-Maior visitou ontem uma unidade de engenharia no interior do país.",
     "Leia também", ["Força Aérea recebe mais dois aviões de transporte",
                     "Governo anuncia novo concurso para a Marinha"]),
]


@pytest.mark.parametrize(("lang", "body", "label", "headlines"), READ_ALSO)
def test_read_also_block_is_dropped(registry: PackRegistry, lang: str, body: str, label: str,
                                    headlines: list[str]) -> None:
    raw = "\n".join([body, "", label, *headlines])
    text = clean_article(Article(id="t", text=raw), registry.get(lang)).clean_text or ""
    assert body in text
    assert not any(headline in text for headline in headlines), text


UNTIL_AHEAD = [
    ("pt", "Militares norte-americanos e brasileiros participam até sexta-feira de um exercício de selva no "
           "Amapá."),
    ("pt", "O exercício conjunto das marinhas de Portugal e de Espanha decorre até à sexta-feira ao largo de "
           "Sines."),
    ("it", "L'esercitazione congiunta delle marine italiana e francese prosegue fino a venerdì nel Mar "
           "Ligure."),
]


@pytest.mark.parametrize(("lang", "text"), UNTIL_AHEAD)
def test_until_weekday_in_the_present_lies_ahead(extractor: Any, lang: str, text: str) -> None:
    """An activity that goes on "até sexta-feira" / "fino a venerdì" (until Friday, in the present) names a
    Friday still to come, never the one before the publication day."""
    article = Article(id="case", lang=lang, lang_hint=lang, published=DAY, title=None, text=text)
    events = list(extractor.extract(article).events)
    assert events
    assert all(event.date is None or event.date >= DAY for event in events), [e.date for e in events]
