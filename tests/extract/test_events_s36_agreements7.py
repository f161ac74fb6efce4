"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/agreements7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of news on defense agreements, the subject
of the agreements7 set:
- es negotiations that are over ("tras dos años de negociaciones", "que sirvió de base para las
  negociaciones") make no signing pending (triggers.mask over "negocia*" of triggers.pending): a dated signing
  told with them stands.
- en the states a deed alarmed, angered or worried ("a move that alarmed New Delhi and Washington", "angering
  Beijing", "raising concern in Canberra") react to it and are no party of it (markers.target).
- pl a signing wanted or planned in a minister's first person ("Umowę … chcemy podpisać do końca przyszłego
  roku", "planujemy podpisać", "podpiszemy") is not done yet (triggers.pending) but a plan to sign (intent),
  as the third person forms ("chcą podpisać", "planuje podpisać") were pending already.
- pl "przed podpisaniem" ("Przed podpisaniem dokumentu rozmawiał z …") times the talks by a signing told
  elsewhere: no signing of its own (triggers.mask).
- pt "ainda" right after a verb of pledging or agreeing ("Comprometeram-se ainda a …", "acordaram ainda") and
  "além disso" tell one more pledge, as "também" did (markers.also).
- ja a state with 情勢 ("ウクライナ情勢", "ミャンマー情勢": the situation in it) is a topic of the talks, no
  party (countries: "-"), as "北朝鮮情勢" was.
- de a promise spoken of or kept ("sprach von einem Versprechen, das … eingelöst habe", "ein „Versprechen, das
  wir … halten“", "Versprechen gehalten") pledges nothing new (triggers.mask), as "ist ein Versprechen" did.
- ru help talked about ("Стороны обсудили подготовку кадров, поставки техники и помощь в разминировании") is
  no help given (triggers.mask), as deliveries talked about were not.
- es the courses a signed document provides for ("un memorando … que contempla la realización de cursos de
  especialización") are its content, no training given (triggers.mask), as its demining was.
- pt a future increase or widening ("adiantou que Portugal vai aumentar o número de vagas para militares …",
  "alargará") is a pledge (will_deliver), as "vai reforçar", "vai ampliar" were.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- es: negotiations that are over leave the signing done
    case("es-base-para-negociaciones-past", "es", DAY,
         "Chile y Brasil firmaron en 2021 un acuerdo de cooperación en defensa que sirvió de base para las "
         "negociaciones del contrato.",
         [ev("agreement", ["BRA", "CHL"], date="2021", historical=True)]),
    case("es-tras-anos-de-negociaciones-past", "es", DAY,
         "Colombia y España suscribieron en 2019, tras dos años de negociaciones, un memorando de "
         "entendimiento en materia de defensa.",
         [ev("agreement", ["COL", "ESP"], date="2019", doc_type="memorandum", historical=True)]),
    # ---- en: the states a deed alarmed are no party of it
    case("en-move-that-alarmed-capitals-no-party", "en", DAY,
         "India's defence minister visited Colombo on Monday. China signed a defence cooperation agreement "
         "with Sri Lanka in 2019, a move that alarmed New Delhi and Washington.",
         [ev("meeting", ["IND", "LKA"], date="2026-10-12", location="LKA", mode="visit"),
          ev("agreement", ["CHN", "LKA"], date="2019", historical=True)]),
    # ---- pl: a signing wanted in the first person is a plan, not done
    case("pl-chcemy-podpisac-is-plan-not-signing", "pl", DAY,
         "Polski minister obrony narodowej rozmawiał we wtorek w Seulu z ministrem obrony Korei "
         "Południowej. Umowę na kolejne czołgi chcemy podpisać do końca przyszłego roku – powiedział po "
         "spotkaniu.",
         [ev("meeting", ["KOR", "POL"], date="2026-10-13", location="KOR", mode="visit"),
          ev("intent", ["KOR", "POL"])]),
    # ---- pl: "before the signing" times other talks, no signing of its own
    case("pl-przed-podpisaniem-no-second-signing", "pl", DAY,
         "Ministrowie obrony Polski i Litwy podpisali w poniedziałek w Wilnie list intencyjny w sprawie "
         "wspólnych zakupów amunicji.\n\nSzef polskiego MON przebywa na Litwie z jednodniową wizytą. Przed "
         "podpisaniem dokumentu rozmawiał z litewskim kolegą o bezpieczeństwie regionu.\n\n– To jeszcze nie "
         "jest umowa wykonawcza – zaznaczył.",
         [ev("agreement", ["LTU", "POL"], date="2026-10-12", location="LTU", doc_type="letter_of_intent"),
          ev("meeting", ["LTU", "POL"], date="2026-10-12", location="LTU", mode="visit")]),
    # ---- pt: "comprometeram-se ainda" is one more pledge
    case("pt-comprometeram-se-ainda-another-pledge", "pt", DAY,
         "O ministro da Defesa Nacional recebeu ontem em Lisboa o seu homólogo angolano. Os dois ministros "
         "acordaram reforçar a formação de oficiais angolanos em Portugal. Comprometeram-se ainda a "
         "realizar um exercício naval conjunto no próximo ano.",
         [ev("meeting", ["AGO", "PRT"], date="2026-10-13", location="PRT", mode="visit"),
          ev("intent", ["AGO", "PRT"]), ev("intent", ["AGO", "PRT"])]),
    # ---- ja: "X情勢" is a topic, no party
    case("ja-state-situation-is-topic", "ja", DAY,
         "防衛相は10日、来日したポーランドの国防相と会談した。両氏はウクライナ情勢について意見交換し、防衛装"
         "備品の協力を進めることで一致した。",
         [ev("meeting", ["JPN", "POL"], date="2026-10-10", location="JPN", mode="visit"),
          ev("intent", ["JPN", "POL"])]),
    # ---- de: a promise spoken of or kept is no new pledge
    case("de-versprechen-eingeloest-no-pledge", "de", DAY,
         "Die Verteidigungsministerin sprach in Vilnius von einem Versprechen, das Deutschland gegenüber "
         "Litauen eingelöst habe.",
         []),
    case("de-versprechen-das-wir-halten-no-pledge", "de", DAY,
         "Der deutsche Verteidigungsminister nannte die Brigade im Bundestag ein „Versprechen, das wir "
         "gegenüber Estland halten“.",
         []),
    # ---- ru: help discussed is no help given
    case("ru-obsudili-pomoshch-no-aid", "ru", DAY,
         "Министр обороны Беларуси принял во вторник в Минске казахстанского коллегу. Стороны обсудили "
         "подготовку военных кадров, поставки техники и помощь в разминировании территорий.",
         [ev("meeting", ["BLR", "KAZ"], date="2026-10-13", location="BLR", mode="visit")]),
    # ---- es: the courses a document provides for are no training given
    case("es-contempla-cursos-no-aid", "es", DAY,
         "España y Panamá firmaron el martes un memorando de entendimiento en materia de defensa, que ambos "
         "gobiernos negociaron durante un año y contempla la realización de cursos de especialización para "
         "militares panameños.",
         [ev("agreement", ["ESP", "PAN"], date="2026-10-13", doc_type="memorandum")]),
    # ---- pt: "vai aumentar" is a pledge
    case("pt-vai-aumentar-is-pledge", "pt", DAY,
         "O ministro da Defesa Nacional recebeu ontem em Lisboa o seu homólogo moçambicano. No final do "
         "encontro, adiantou que Portugal vai aumentar o número de vagas para militares moçambicanos nas "
         "escolas militares portuguesas.",
         [ev("meeting", ["MOZ", "PRT"], date="2026-10-13", location="PRT", mode="visit"),
          ev("intent", ["MOZ", "PRT"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
