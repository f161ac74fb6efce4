"""The extract stage on short articles in five languages that had no pack before session 29, written for these
tests (none of these sentences is in tests/data/heldout/new_packs4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin the general vocabulary of the new packs ceb (Cebuano: "nakigtagbo",
"gipirmahan ... kasabutan", "hiniusang pagbansay"), gd (Scottish Gaelic: "choinnich ... ri", "chuir ... an
ainmean ri aonta", "eacarsaich chòmhla"), ln (Lingala: "akutanaki na", "basinyaki boyokani", "bayokani"), mi
(Māori: "i hui ki", "i hainatia ... whakaaetanga", "whakangungu tahi") and ug (Uyghur: "سۆھبەت ئۆتكۈزدى",
"بىرلەشمە مەشىق", "ئىمزالىدى", "زىيارەت").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- ceb: a visit with talks, and a signing
    case("ceb-nakigtagbo-and-gipirmahan", "ceb", DAY,
         "Mibisita sa Manila niadtong Martes ang defense minister sa Australia ug nakigtagbo kang Defense "
         "Secretary Gilberto Teodoro. "
         "Gipirmahan sa duha ka ministro ang usa ka kasabutan sa kooperasyon sa depensa.",
         [ev("meeting", ["AUS", "PHL"], date="2026-09-15", location="PHL", mode="visit"),
          ev("agreement", ["AUS", "PHL"], date="2026-09-15", doc_type="agreement")]),
    # ---- ceb: a joint exercise carried out
    case("ceb-hiniusang-pagbansay-is-an-exercise", "ceb", DAY,
         "Ang mga sundalo sa Pilipinas ug Hapon nagpahigayon og hiniusang pagbansay sa Leyte niadtong Lunes.",
         [ev("exercise", ["JPN", "PHL"], date="2026-09-14", location="PHL")]),
    # ---- gd: a meeting, lenited state names and the Gaelic signing
    case("gd-choinnich-ri-and-ainmean-ri-aonta", "gd", DAY,
         "Choinnich Ministear an Dìon na Danmhairg ri Rùnaire an Dìon na RA ann an Lunnainn an-dè. "
         "Chuir an dithis mhinistear an ainmean ri aonta dìon ùr.",
         [ev("meeting", ["DNK", "GBR"], date="2026-09-15"),
          ev("agreement", ["DNK", "GBR"], date="2026-09-15", doc_type="agreement")]),
    # ---- gd: an exercise held together, the states in the genitive
    case("gd-eacarsaich-chomhla-is-an-exercise", "gd", DAY,
         "Chùm feachdan na Frainge agus Bhreatainn eacarsaich chòmhla air Machair Rois Diluain.",
         [ev("exercise", ["FRA", "GBR"], date="2026-09-14")]),
    # ---- ln: a visit with a meeting, a memorandum signed
    case("ln-akutanaki-na-and-basinyaki", "ln", DAY,
         "Ministre ya Défense ya Angola akomaki na Kinshasa lobi mpe akutanaki na moninga na ye ya RDC. "
         "Bamisitre yango mibale basinyaki mémorandum ya boyokani na likambo ya bobateli bandelo.",
         [ev("meeting", ["AGO", "COD"], date="2026-09-15", location="COD", mode="visit"),
          ev("agreement", ["AGO", "COD"], date="2026-09-15", doc_type="memorandum")]),
    # ---- ln: the sides agreed to cooperate in future
    case("ln-bayokani-is-an-intent", "ln", DAY,
         "Mokonzi ya mampinga ya Congo akutanaki na mokonzi ya mampinga ya Burundi na Bujumbura mokolo ya "
         "mibale. "
         "Bayokani kosala mimekano ya basoda elongo na mobu ekoya.",
         [ev("meeting", ["BDI", "COD"], date="2026-09-15", location="BDI"),
          ev("intent", ["BDI", "COD"])]),
    # ---- mi: a visit with talks, an agreement signed in the passive
    case("mi-i-hui-ki-and-i-hainatia", "mi", DAY,
         "I tae mai te Minita Whakamarumaru o Tonga ki Tāmaki Makaurau inanahi, ā, i hui ia ki te Minita "
         "Whakamarumaru o Aotearoa. "
         "I hainatia e rāua he whakaaetanga mō te whakangungu o ngā hōia.",
         [ev("meeting", ["NZL", "TON"], date="2026-09-15", location="NZL", mode="visit"),
          ev("agreement", ["NZL", "TON"], date="2026-09-15", doc_type="agreement")]),
    # ---- mi: the noun "hui" of a meeting that took place ("i tū te hui")
    case("mi-i-tu-te-hui-is-a-meeting", "mi", DAY,
         "I tū te hui a ngā Minita Whakamarumaru o Aotearoa me Hāmoa ki Apia i te Rāhina.",
         [ev("meeting", ["NZL", "WSM"], date="2026-09-14", location="WSM")]),
    # ---- mi: an Air Marshal is a rank, not part of the name; "Ratu" is a Fijian title
    case("mi-air-marshal-is-a-rank", "mi", DAY,
         "I hui te Tumu Whakarae o Te Ope Kātua, a Air Marshal Tony Davies, ki te Minita Whakamarumaru o "
         "Whītī, a Ratu Inoke Kubuabola, ki Suva i te Rātū.",
         [ev("meeting", ["FJI", "NZL"], date="2026-09-15", location="FJI",
             persons=["Tony Davies", "Inoke Kubuabola"])]),
    # ---- ug: talks held in Beijing with a visiting minister
    case("ug-sohbat-otkuzdi-is-a-meeting", "ug", DAY,
         "جۇڭگو دۆلەت مۇداپىئە مىنىستىرى 15-كۈنى بېيجىڭدا زىيارەتتە بولۇۋاتقان قىرغىزىستان دۆلەت مۇداپىئە "
         "مىنىستىرى بىلەن سۆھبەت ئۆتكۈزدى.",
         [ev("meeting", ["CHN", "KGZ"], date="2026-09-15", mode="visit")]),
    # ---- ug: a joint exercise held, and an agreement signed
    case("ug-birleshme-meshiq-and-imzalidi", "ug", DAY,
         "جۇڭگو بىلەن ئۆزبېكىستان ئارمىيىسى 14-كۈنى تاشكەنتتە بىرلەشمە تېررورلۇققا قارشى مەشىق ئۆتكۈزدى. "
         "ئىككى دۆلەت مۇداپىئە مىنىستىرلىكى ھەربىي ھەمكارلىق كېلىشىمى ئىمزالىدى.",
         [ev("exercise", ["CHN", "UZB"], date="2026-09-14"),
          ev("agreement", ["CHN", "UZB"], doc_type="agreement")]),
    # ---- ug: officials named after their titles in Arabic script (no capitals: titles.name_regex)
    case("ug-names-after-titles", "ug", DAY,
         "تاجىكىستان دۆلەت مۇداپىئە مىنىستىرى ئېمامئەلى سوبىرزادە 15-كۈنى دۇشەنبەدە جۇڭگو دۆلەت مۇداپىئە "
         "مىنىستىرى دۇڭ جۈن بىلەن كۆرۈشتى.",
         [ev("meeting", ["CHN", "TJK"], date="2026-09-15", location="TJK",
             persons=["ئېمامئەلى سوبىرزادە", "دۇڭ جۈن"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
