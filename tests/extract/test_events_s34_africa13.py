"""The extract stage on short articles in three languages written for these tests (none of these sentences
is in tests/data/heldout/africa13.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of African defense-cooperation news, the
subject of the africa13 set:
- rw training named as the topic of talks ("baganiriye … mu bijyanye n'amahugurwa", "ibijyanye no guhugura")
  is no training given;
- ha an agreement to conduct a patrol or drill together ("yarjejeniyar gudanar da sintiri na hadin gwiwa")
  is an agreement, no patrol or drill held;
- pt the next session of a joint commission announced without a day ("A próxima sessão … terá lugar em …") is
  an intent, of the parties just named also in a paragraph of its own;
- pt troops a state keeps deployed ("Portugal mantém … militares na missão de formação") are a standing
  presence, no aid.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- rw: training as the topic of the talks
    case("rw-mu-bijyanye-namahugurwa-is-no-aid", "rw", DAY,
         "Ku wa Mbere, Umugaba Mukuru w'Ingabo z'u Rwanda yakiriye mugenzi we wa Tanzaniya uri mu ruzinduko "
         "rw'akazi mu Rwanda. Baganiriye ku mikoranire y'ingabo z'ibihugu byombi mu bijyanye n'amahugurwa "
         "n'ubuvuzi.",
         [ev("meeting", ["RWA", "TZA"], date="2026-09-14", location="RWA", mode="visit")]),
    # ---- ha: an agreement to patrol together holds no patrol yet
    case("ha-yarjejeniyar-gudanar-da-sintiri-is-no-exercise", "ha", DAY,
         "Ministan Tsaron Najeriya ya gana da takwaransa na Kamaru a Yaounde ranar Talata. Kasashen biyu sun "
         "sanya hannu kan yarjejeniyar gudanar da sintiri na hadin gwiwa a kan iyaka.",
         [ev("meeting", ["CMR", "NGA"], date="2026-09-15", location="CMR", mode="visit"),
          ev("agreement", ["CMR", "NGA"], date="2026-09-15", location="CMR", doc_type="agreement")]),
    case("ha-yarjejeniya-kan-gudanar-da-sintiri-is-no-exercise", "ha", DAY,
         "Ministan Tsaron Najeriya ya gana da takwaransa na Kamaru a Yaounde ranar Talata. Kasashen biyu sun "
         "rattaba hannu kan yarjejeniya kan gudanar da sintirin haɗin gwiwa a tafkin Chadi.",
         [ev("meeting", ["CMR", "NGA"], date="2026-09-15", location="CMR", mode="visit"),
          ev("agreement", ["CMR", "NGA"], date="2026-09-15", location="CMR", doc_type="agreement")]),
    case("ha-yarjejeniyar-gudanar-da-atisaye-is-no-exercise", "ha", DAY,
         "Ministan Tsaron Najeriya ya gana da takwaransa na Kamaru a Yaounde ranar Talata. Kasashen biyu sun "
         "sanya hannu kan yarjejeniyar gudanar da atisayen soji na hadin gwiwa.",
         [ev("meeting", ["CMR", "NGA"], date="2026-09-15", location="CMR", mode="visit"),
          ev("agreement", ["CMR", "NGA"], date="2026-09-15", location="CMR", doc_type="agreement")]),
    # ---- pt: the commission's next session, no day set
    case("pt-proxima-sessao-tera-lugar-is-an-intent", "pt", DAY,
         "Os ministros da Defesa de Angola e da Namíbia reuniram-se ontem em Luanda, no quadro da comissão "
         "mista de defesa. A próxima sessão da comissão terá lugar em Windhoek, em 2027.",
         [ev("meeting", ["AGO", "NAM"], date="2026-09-15", location="AGO", mode="visit"),
          ev("intent", ["AGO", "NAM"], date="2026-09-15", location="AGO")]),
    case("pt-proxima-reuniao-realizar-se-a-is-an-intent", "pt", DAY,
         "Os ministros da Defesa de Angola e da Namíbia reuniram-se ontem em Luanda, no quadro da comissão "
         "mista de defesa. A próxima reunião da comissão mista realizar-se-á em Windhoek no próximo ano.",
         [ev("meeting", ["AGO", "NAM"], date="2026-09-15", location="AGO", mode="visit"),
          ev("intent", ["AGO", "NAM"], date="2026-09-15", location="AGO")]),
    case("pt-proxima-sessao-da-comissao-own-paragraph-is-the-parties-intent", "pt", DAY,
         "O chefe do Estado-Maior General das Forças Armadas de Moçambique recebeu ontem, em Maputo, o "
         "comandante do Exército do Malawi.\n\nA próxima sessão da comissão mista realizar-se-á em Lilongwe.",
         [ev("meeting", ["MOZ", "MWI"], date="2026-09-15", location="MOZ", mode="visit"),
          ev("intent", ["MOZ", "MWI"], date="2026-09-15", location="MOZ")]),
    # ---- pt: troops kept deployed are no aid
    case("pt-mantem-militares-missao-de-formacao-is-no-aid", "pt", DAY,
         "O ministro da Defesa português, Nuno Melo, reuniu-se ontem em Bangui com o homólogo "
         "centro-africano. Portugal mantém na República Centro-Africana cerca de 200 militares na missão de "
         "formação da União Europeia.",
         [ev("meeting", ["CAF", "PRT"], date="2026-09-15", location="CAF", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
