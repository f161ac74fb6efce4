"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/support4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of support statements in a defense
setting, the subject of the support4 set:
- pt "reafirmou" / "reiterou" with a time or place before "o apoio" ("reafirmou na segunda-feira em Luanda o
  apoio de …"), and the adjective after the noun ("apoio firme", "apoio inequívoco", "apoio incondicional");
- es a forum one side bids to host ("la candidatura … para albergar la próxima Conferencia de Ministros de
  Defensa") is still to come, no frame of the talks (mode stays visit);
- it "riaffermato" / "ribadito" with a time between it and "il sostegno" ("ha ribadito ieri il sostegno
  dell'Italia all'esercito …");
- nl "verzekerde … van (de) steun" (assured someone of support) and the verb-final "zal de kandidatuur van …
  steunen"; a parliamentary majority for military support ("een ruime meerderheid voor meer militaire steun
  aan …") is domestic politics, no aid;
- pl mutual support confirmed ("wzajemne wsparcie"), as ru "взаимную поддержку" was, and "zapewnił … o
  wsparciu" (assured of support);
- ru support of the other side's initiative ("поддерживает инициативу Казахстана"); a centre for demining
  named ("центра по гуманитарному разминированию") is an institution, no demining help given; a command-staff
  exercise of one state's forces ("командно-штабное учение") is a domestic drill.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- pt: reaffirmed, with words between, and the adjective after "apoio"
    case("pt-reafirmou-na-segunda-feira-o-apoio-is-support", "pt", DAY,
         "O ministro da Defesa de Angola, João Ernesto dos Santos, reafirmou na segunda-feira em Luanda o "
         "apoio de Angola a São Tomé e Príncipe.",
         [ev("support", ["AGO", "STP"], date="2026-10-12")]),
    case("pt-apoio-inequivoco-is-support", "pt", DAY,
         "O ministro da Defesa de Cabo Verde manifestou na segunda-feira o apoio inequívoco do seu país à "
         "Guiné-Bissau na luta contra o narcotráfico.",
         [ev("support", ["CPV", "GNB"], date="2026-10-12")]),
    # ---- es: a forum one side bids to host is no frame of the talks
    case("es-candidatura-para-albergar-la-conferencia-is-no-forum", "es", DAY,
         "El ministro de Defensa de Chile recibió el martes en Santiago a su homólogo de Uruguay. Durante la "
         "reunión, el ministro chileno expresó el respaldo de Chile a la candidatura uruguaya para "
         "albergar la "
         "próxima Conferencia de Ministros de Defensa de las Américas.",
         [ev("meeting", ["CHL", "URY"], date="2026-10-13", location="CHL", mode="visit"),
          ev("support", ["CHL", "URY"], date="2026-10-13")]),
    # ---- it: reaffirmed or restated with a time between
    case("it-riaffermato-lunedi-il-sostegno-is-support", "it", DAY,
         "Il ministro della Difesa greco ha riaffermato lunedì il sostegno della Grecia a Cipro.",
         [ev("support", ["CYP", "GRC"], date="2026-10-12")]),
    case("it-ribadito-ieri-il-sostegno-is-support", "it", DAY,
         "Il capo di Stato Maggiore della Difesa ha ribadito ieri il sostegno dell'Italia all'esercito "
         "libanese.",
         [ev("support", ["ITA", "LBN"], date="2026-10-13")]),
    # ---- nl: assured of support; a candidacy with the verb at the end
    case("nl-verzekerde-van-de-steun-is-support", "nl", DAY,
         "De Nederlandse minister van Defensie verzekerde Litouwen maandag van de volle steun van Nederland.",
         [ev("support", ["LTU", "NLD"], date="2026-10-12")]),
    case("nl-zal-de-kandidatuur-steunen-is-support", "nl", DAY,
         "België zal de kandidatuur van de Franse generaal Dupont voor het voorzitterschap van het "
         "NAVO-Militair Comité steunen, zei de Belgische minister van Defensie maandag.",
         [ev("support", ["BEL", "FRA"])]),
    # ---- nl: a parliamentary majority for military support is domestic politics, no aid
    case("nl-meerderheid-voor-militaire-steun-is-no-aid", "nl", DAY,
         "Minister van Defensie Brekelmans ontving maandag in Den Haag zijn Moldavische ambtgenoot. "
         "In de Tweede "
         "Kamer is een ruime meerderheid voor meer militaire steun aan Moldavië.",
         [ev("meeting", ["MDA", "NLD"], date="2026-10-12", mode="visit")]),
    # ---- pl: mutual support; assured of support
    case("pl-wzajemne-wsparcie-is-support", "pl", DAY,
         "Ministrowie obrony Polski i Łotwy potwierdzili w poniedziałek wzajemne wsparcie w obronie granic.",
         [ev("support", ["LVA", "POL"], date="2026-10-12")]),
    case("pl-zapewnil-o-wsparciu-is-support", "pl", DAY,
         "Minister obrony narodowej zapewnił w poniedziałek Estonię o pełnym wsparciu Polski.",
         [ev("support", ["EST", "POL"], date="2026-10-12")]),
    # ---- ru: support of the other side's initiative
    case("ru-podderzhivaet-initsiativu-is-support", "ru", DAY,
         "Министр обороны Белоруссии заявил в понедельник, что белорусская сторона поддерживает инициативу "
         "Казахстана о создании центра военной медицины.",
         [ev("support", ["BLR", "KAZ"], date="2026-10-12")]),
    case("ru-podderzhal-initsiativu-is-support", "ru", DAY,
         "Министр обороны Киргизии поддержал в понедельник инициативу Таджикистана о создании "
         "регионального антитеррористического центра.",
         [ev("support", ["KGZ", "TJK"], date="2026-10-12")]),
    # ---- ru: a centre for demining named is an institution, no demining help given
    case("ru-tsentr-po-razminirovaniyu-is-no-aid", "ru", DAY,
         "Министр обороны Армении заявил в понедельник, что армянская сторона поддерживает инициативу "
         "Казахстана о создании регионального центра по гуманитарному разминированию.",
         [ev("support", ["ARM", "KAZ"], date="2026-10-12")]),
    # ---- ru: a command-staff exercise of one state's own forces is no exercise with the article's other
    # state
    case("ru-komandno-shtabnoe-uchenie-is-domestic", "ru", DAY,
         "Министр обороны Киргизии провел во вторник в Бишкеке переговоры с министром обороны Таджикистана. "
         "Стороны обсудили вопросы военного образования. Напомним, что в сентябре Вооруженные силы Киргизии "
         "провели командно-штабное учение, в котором участвовали 5 тысяч военнослужащих.",
         [ev("meeting", ["KGZ", "TJK"], date="2026-10-13", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
