"""The extract stage on short articles in five languages written for these tests (none of these sentences is
in tests/data/heldout/africa9.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the African defence press of the africa9 set:
- am: a pledge agreed before a memorandum signed in the next sentence ("… ለማጠናከር ተስማምተዋል።" then "… ሰነድ
  ተፈራርመዋል።": the aim-of-a-document mask stops at the sentence end); the delegation "led by" after a name
  ("X የመሩትን ልዑክ"): no part of the name;
- sw: thanks for the other side's help ("aliishukuru … kwa msaada wake"): no aid; a headline in the infinitive
  over talks ("X na Y kuimarisha ushirikiano wa kijeshi"): no pledge; "itaendelea kutoa mafunzo": a pledge;
- fr: training among the subjects of talks ("Les échanges ont porté sur … la formation des …"): no aid; a
  delivery announced as forthcoming ("la livraison prochaine de …"): a pledge;
- pt: a joint commission's session ("a sessão da Comissão Mista"): a meeting;
- en: joint patrols as defence wording ("will conduct joint border patrols"): a pledge, in a paragraph of
  its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- am: a pledge to strengthen cooperation, then a memorandum signed in the next sentence
    case("am-pledge-before-a-signing-is-kept", "am", DAY,
         "የመከላከያ ሚኒስትሩ የፓኪስታን ወታደራዊ ልዑክ ትናንት ተቀብለው አነጋግረዋል። "
         "ሁለቱ ወገኖች በወታደራዊ ትምህርት ዘርፍ ያላቸውን ትብብር ለማጠናከር ተስማምተዋል። "
         "በመጨረሻም በወታደራዊ ትምህርት ላይ ያተኮረ የመግባቢያ ሰነድ ተፈራርመዋል።",
         [ev("meeting", ["ETH", "PAK"], date="2026-09-15"),
          ev("intent", ["ETH", "PAK"]),
          ev("agreement", ["ETH", "PAK"], doc_type="memorandum")]),
    # ---- am: "X የመሩትን ልዑክ" (the delegation led by X): the relative verb is no part of the name
    case("am-yemeruten-ends-the-name", "am", DAY,
         "የመከላከያ ሚኒስትሩ ሜጀር ጄኔራል ታሪቅ ሃሚድ የመሩትን የፓኪስታን ወታደራዊ ልዑክ ትናንት ተቀብለው አነጋግረዋል።",
         [ev("meeting", ["ETH", "PAK"], date="2026-09-15", persons=["ታሪቅ ሃሚድ"])]),
    # ---- sw: thanks for the other side's help are no aid
    case("sw-shukuru-kwa-msaada-is-no-aid", "sw", DAY,
         "Mkuu wa Majeshi ya Ulinzi alikutana jana na Balozi wa India jijini Dodoma. "
         "Alimshukuru balozi huyo kwa msaada wa India kwa Jeshi la Wananchi wa Tanzania.",
         [ev("meeting", ["IND", "TZA"], date="2026-09-15")]),
    # ---- sw: a headline in the infinitive over talks ("… kuimarisha ushirikiano wa kijeshi") is no pledge
    case("sw-headline-kuimarisha-ushirikiano-is-no-pledge", "sw", DAY,
         "Habari | Kitaifa | Michezo\n\n"
         "Tanzania na Uganda kuimarisha ushirikiano wa kijeshi\n\n"
         "Waziri wa Ulinzi wa Tanzania jana alikutana na mwenzake wa Uganda jijini Dar es Salaam. "
         "Viongozi hao walijadili usalama wa mipakani.",
         [ev("meeting", ["TZA", "UGA"], date="2026-09-15")]),
    # ---- sw: "itaendelea kutoa mafunzo" (will go on giving training): a pledge
    case("sw-itaendelea-kutoa-is-a-pledge", "sw", DAY,
         "Mkuu wa Majeshi ya Ulinzi wa Kenya jana alikutana na Balozi wa Uingereza jijini Nairobi. "
         "Balozi huyo alisema Uingereza itaendelea kutoa mafunzo kwa wanajeshi wa Kenya.",
         [ev("meeting", ["GBR", "KEN"], date="2026-09-15"),
          ev("intent", ["GBR", "KEN"])]),
    # ---- fr: training among the subjects the talks bore on is no aid
    case("fr-echanges-ont-porte-sur-la-formation-is-no-aid", "fr", DAY,
         "Le ministre de la Défense du Bénin a reçu mardi l'ambassadeur du Japon à Cotonou. "
         "Les échanges ont porté sur la sécurité maritime et la formation des officiers béninois.",
         [ev("meeting", ["BEN", "JPN"], date="2026-09-15", location="BEN")]),
    # ---- fr: a delivery announced as forthcoming is a pledge
    case("fr-livraison-prochaine-is-an-intent", "fr", DAY,
         "Le chef d'état-major général des armées du Togo a reçu mardi à Lomé l'attaché de défense de "
         "l'Allemagne. "
         "L'Allemagne a annoncé la livraison prochaine de quatre ambulances militaires aux forces armées "
         "togolaises.",
         [ev("meeting", ["DEU", "TGO"], date="2026-09-15"),
          ev("intent", ["DEU", "TGO"])]),
    # ---- pt: the session of a joint commission held by the two states is a meeting
    case("pt-sessao-da-comissao-mista-is-a-meeting", "pt", DAY,
         "Em março de 2025, Angola e Namíbia realizaram em Windhoek a terceira sessão da Comissão Mista "
         "Permanente de Defesa e Segurança.",
         [ev("meeting", ["AGO", "NAM"], date="2025-03", location="NAM", historical=True)]),
    # ---- en: joint patrols planned, in a paragraph of its own after a signing
    case("en-joint-border-patrols-planned-is-an-intent", "en", DAY,
         "Kenya's Defence Cabinet Secretary on Tuesday received his Ugandan counterpart in Nairobi.\n\n"
         "The two ministers signed a memorandum of understanding on defence cooperation.\n\n"
         "Kenya and Uganda will conduct joint border patrols from next year.",
         [ev("meeting", ["KEN", "UGA"], date="2026-09-15", location="KEN"),
          ev("agreement", ["KEN", "UGA"], doc_type="memorandum"),
          ev("intent", ["KEN", "UGA"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
