"""The extract stage on short articles in six languages that had no pack before session 29 (Wolof, Tatar,
West Frisian, Sundanese, Samoan, Quechua), written for these tests (none of these sentences is in
tests/data/heldout/new_packs5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin the general vocabulary of the new packs: Wolof "waxtaan na ak
moroomam" (held talks with his counterpart) and "xaatim nañu ab kóllëre" (signed an agreement), Tatar
"очрашты" and "уртак күнегүләре … башланды", Frisian "ûntfongen" and the separable "dogge … mei" (take part),
Sundanese "nampi kunjungan" and "latihan gabungan … dibuka", Samoan "na feiloai" and "na sainia … se
maliega", Quechua "-wan … tinkurqanku" (met with) after a topic "-qa" that is no future "-nqa".
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- wo: a visit and talks with the counterpart ("nemmikoo na", "waxtaan ak moroomam")
    case("wo-waxtaan-ak-moroomam-is-a-meeting", "wo", DAY,
         "Njiitu xarekat yu Senegaal yépp nemmikoo na Bamako ci altine ji, "
         "te mu waxtaan ak moroomam bu Mali.",
         [ev("meeting", ["MLI", "SEN"], date="2026-09-14", location="MLI", mode="visit")]),
    # ---- wo: "xaatim nañu ab kóllëre" is a signing
    case("wo-xaatim-kollere-is-an-agreement", "wo", DAY,
         "Senegaal ak Gàmbi xaatim nañu ab kóllëre ci wàllu kaaraange ci àllarba ji ca Banjul.",
         [ev("agreement", ["GMB", "SEN"], date="2026-09-16", location="GMB", doc_type="agreement")]),
    # ---- tt: "очрашты" with the case endings of the names (Мәскәүдә, Казакъстан)
    case("tt-ochrashty-is-a-meeting", "tt", DAY,
         "Русия Оборона министры сишәмбе көнне Мәскәүдә Казакъстан Оборона министры белән очрашты.",
         [ev("meeting", ["KAZ", "RUS"], date="2026-09-15", location="RUS")]),
    # ---- tt: a joint exercise begun ("уртак күнегүләре … башланды")
    case("tt-urtak-kunegulere-bashlandy-is-an-exercise", "tt", DAY,
         "Русия һәм Һиндстан хәрбиләренең уртак күнегүләре дүшәмбе көнне башланды.",
         [ev("exercise", ["IND", "RUS"])]),
    # ---- fy: a counterpart received ("ûntfongen")
    case("fy-untfongen-is-a-visit", "fy", DAY,
         "De Nederlânske minister fan Definsje hat tiisdei yn Den Haach syn Poalske kollega ûntfongen.",
         [ev("meeting", ["NLD", "POL"], date="2026-09-15", location="NLD", mode="visit")]),
    # ---- fy: the separable "dogge … mei" (take part) holds the exercise for all the states listed
    case("fy-dogge-mei-takes-part-in-the-exercise", "fy", DAY,
         "De militêre oefening is moandei begûn. "
         "Oan de oefening dogge soldaten mei út Nederlân, Belgje, Dútslân en Noarwegen.",
         [ev("exercise", ["BEL", "DEU", "NLD", "NOR"])]),
    # ---- su: "nampi kunjungan" (received the visit)
    case("su-nampi-kunjungan-is-a-visit", "su", DAY,
         "Menteri Pertahanan Indonésia nampi kunjungan Menteri Pertahanan Malaysia di Jakarta dinten Salasa "
         "(15/9).",
         [ev("meeting", ["IDN", "MYS"], date="2026-09-15", location="IDN", mode="visit")]),
    # ---- su: "latihan gabungan … dibuka" (the joint exercise was opened)
    case("su-latihan-gabungan-dibuka-is-an-exercise", "su", DAY,
         "Latihan gabungan antara TNI AL jeung Angkatan Laut India dibuka dinten Senén.",
         [ev("exercise", ["IDN", "IND"])]),
    # ---- sm: "na feiloai" (met)
    case("sm-na-feiloai-is-a-meeting", "sm", DAY,
         "Na feiloai le Minisita o le Puipuiga a Niu Sila ma le Palemia o Samoa i Apia i le Aso Lua.",
         [ev("meeting", ["NZL", "WSM"], date="2026-09-15", location="WSM")]),
    # ---- sm: "na sainia … se maliega" (signed an agreement)
    case("sm-na-sainia-maliega-is-an-agreement", "sm", DAY,
         "Na sainia e Samoa ma Ausetalia se maliega o le galulue faatasi i le puipuiga o le sami i le Aso "
         "Gafua.",
         [ev("agreement", ["AUS", "WSM"], date="2026-09-14", doc_type="agreement")]),
    # ---- qu: "-wan … tinkurqanku" (met with), the topic "-qa" after "-n" is no future
    case("qu-tinkurqanku-is-a-meeting-of-the-day", "qu", DAY,
         "Perú suyupa Defensa kamachikuqninqa Chile suyupa Defensa kamachikuqninwan Limapi tinkurqanku, "
         "lunes p'unchawpi.",
         [ev("meeting", ["CHL", "PER"], date="2026-09-14", location="PER")]),
    # ---- qu: "kuska yachachiykunata ruwarqanku" (held joint exercises)
    case("qu-kuska-yachachiy-ruwarqanku-is-an-exercise", "qu", DAY,
         "Bolivia suyupa awqa kamayuqkunaqa Perú suyupa awqa kamayuqkunawan kuska yachachiykunata "
         "ruwarqanku.",
         [ev("exercise", ["BOL", "PER"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
