"""The extract stage on short articles in en, fr, es, pt, ar, ru and zh, written for these tests (none of
these sentences is in tests/data/heldout/traps.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py.  They pin the precision traps of the traps set: what a signed document
provides ("El acuerdo prevé …", "O acordo prevê …", "El convenio prevé … la entrega de") is no pledge and
no delivery, praise or thanks for the other side's support or solidarity is no support statement (fr "a
salué le soutien", es "agradeció … su apoyo"), one side's wish (zh "老方愿继续") and keeping an old
commitment ("恪守承诺") are no pledge, a deal between companies (en "signed a teaming agreement", es
"firmaron un acuerdo comercial") and a transfer a government is only weighing are no events, a format that
"has met regularly" is no one meeting, the Ukraine Defense Contact Group no talks with Ukraine, a
"таджикско-афганская граница" no talks of its two states; and real events: three parties as the subject
of a pledge ("the three ministers agreed", "les trois ministres ont convenu"), "would pay for" as a
pledge, and an Arabic month written with its Levantine name in brackets, whose year follows ("في مارس
(آذار) 2024").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-06-17"  # a Wednesday

CASES = [
    # ---- what a signed document provides is no pledge of its parties
    case("es-document-provides-no-pledge", "es", DAY,
         "Los ministros de Defensa de Chile y Perú firmaron hoy en Lima un acuerdo de cooperación. "
         "El acuerdo prevé ejercicios combinados y el intercambio de oficiales entre las dos armadas.",
         [ev("agreement", ["CHL", "PER"], date=DAY)]),
    case("pt-document-provides-no-pledge", "pt", DAY,
         "Os ministros da Defesa de Angola e de Cabo Verde assinaram hoje em Luanda um acordo de "
         "cooperação. O acordo prevê a formação de oficiais cabo-verdianos e exercícios conjuntos das "
         "duas marinhas.",
         [ev("agreement", ["AGO", "CPV"], date=DAY)]),
    case("es-document-provides-a-delivery-no-aid", "es", DAY,
         "El ministro de Defensa de Ecuador se reunió hoy en Quito con su homólogo de Colombia. El convenio "
         "prevé patrullas fluviales, cursos para oficiales y la entrega de lanchas a la Armada ecuatoriana.",
         [ev("meeting", ["COL", "ECU"])]),
    # ---- praise or thanks for the other side's support is no support statement
    case("fr-praise-of-support-no-support", "fr", DAY,
         "Le ministre tchadien de la Défense a reçu mercredi à N'Djamena l'ambassadeur de Turquie. "
         "Le ministre a salué « le soutien constant de la Turquie » aux forces armées tchadiennes.",
         [ev("meeting", ["TCD", "TUR"])]),
    case("es-thanks-for-support-no-support", "es", DAY,
         "El ministro de Defensa de Bolivia recibió este miércoles en La Paz al agregado militar de China. "
         "El ministro agradeció a Pekín su solidaridad y su cooperación.",
         [ev("meeting", ["BOL", "CHN"])]),
    case("zh-one-sided-wish-no-intent", "zh", DAY,
         "6月16日，国防部长董军在北京会见老挝国防部长。老方愿继续深化两军在人员培训领域的合作。",
         [ev("meeting", ["CHN", "LAO"])]),
    case("zh-keeping-a-commitment-no-pledge", "zh", DAY,
         "6月16日，国防部长董军与日本防卫大臣举行视频通话。董军表示，日方必须恪守承诺。",
         [ev("meeting", ["CHN", "JPN"], mode="phone")]),
    # ---- a forum named after the state it helps, a border named by its two states
    case("en-contact-group-is-no-talks-with-ukraine", "en", DAY,
         "The Ukraine Defense Contact Group met in Brussels on Tuesday. Canada's defense minister said "
         "Canada would deliver 20 armored vehicles to Ukraine.",
         [ev("intent", ["CAN", "UKR"])], title="Ukraine Defense Contact Group meets in Brussels"),
    case("ru-border-of-two-states-is-a-topic", "ru", DAY,
         "Министры обороны России и Таджикистана провели переговоры в Душанбе. Стороны обсудили ситуацию на "
         "таджикско-афганской границе.",
         [ev("meeting", ["RUS", "TJK"])]),
    # ---- company deals and purchases only weighed are no events
    case("en-teaming-agreement-no-agreement", "en", DAY,
         "Romania's defense ministry signed a contract with Germany's Rheinmetall on Tuesday for air-defense "
         "guns. The German company also said it had signed a teaming agreement with a Romanian firm.",
         [ev("agreement", ["DEU", "ROU"], doc_type="contract")]),
    case("en-weighing-a-transfer-no-aid", "en", DAY,
         "Australian and Indonesian troops held a joint exercise in East Java last week. Canberra is also "
         "weighing the transfer of retired patrol boats to the Indonesian Navy.",
         [ev("exercise", ["AUS", "IDN"])]),
    case("en-format-that-meets-regularly-no-meeting", "en", DAY,
         "Japan and South Korea held defense talks in Tokyo on Tuesday. The two defense ministries have met "
         "regularly since 2015.",
         [ev("meeting", ["JPN", "KOR"], date="2026-06-16")]),
    case("es-company-trade-deal-no-agreement", "es", DAY,
         "El Ministerio de Defensa de Colombia presentó sus nuevos blindados. Además, una empresa "
         "colombiana y una empresa brasileña firmaron un acuerdo comercial para producir repuestos.",
         []),
    # ---- real events: three parties pledge together, "would pay for"
    case("en-three-ministers-agreed", "en", DAY,
         "The defense ministers of Estonia, Latvia and Lithuania met in Riga on Wednesday. The three "
         "ministers agreed to build a joint air-defense training center.",
         [ev("meeting", ["EST", "LTU", "LVA"], mode="multilateral"), ev("intent", ["EST", "LTU", "LVA"])]),
    case("fr-three-ministers-agreed", "fr", DAY,
         "Les ministres de la Défense du Bénin, du Togo et du Ghana se sont réunis mercredi à Lomé. "
         "Les trois ministres ont convenu de renforcer le partage du renseignement militaire.",
         [ev("meeting", ["BEN", "GHA", "TGO"], mode="multilateral"), ev("intent", ["BEN", "GHA", "TGO"])]),
    case("en-would-pay-for", "en", DAY,
         "The Dutch defense minister said on Wednesday that the Netherlands would pay for 50 air-defense "
         "missiles for Ukraine next year.",
         [ev("intent", ["NLD", "UKR"])]),
    # ---- Arabic: a month with its Levantine name in brackets takes the year after it
    case("ar-month-with-levantine-name-in-brackets", "ar", DAY,
         "وكان وزيرا الدفاع الأردني والعراقي قد وقعا في بغداد، في مارس (آذار) 2024، "
         "مذكرة تفاهم للتعاون العسكري.",
         [ev("agreement", ["IRQ", "JOR"], date="2024-03", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
