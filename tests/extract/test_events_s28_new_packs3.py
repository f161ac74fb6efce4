"""The extract stage on short articles in six languages that had no pack before session 28 (none of these
sentences is in tests/data/heldout/new_packs3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin the general vocabulary of the new packs src/milwatch/packs/{ht, ny,
rn, lg, fj, fo}: a defence minister meeting a foreign counterpart, a signing, a donation, a joint exercise,
told the way Haitian (Le Nouvelliste), Malawian (Nyasa Times), Burundian (IWACU), Ugandan (Bukedde), Fijian
(Nai Lalakai) and Faroese (KVF) papers tell them; and what the packs must not read as an event (a warship's
port visit with no joint activity, fo; "preparing" as no pledge, ny).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- ht: a visit and talks, the visitor's title and demonym after the noun
    case("ht-minis-defans-rankontre-is-a-meeting", "ht", DAY,
         "Minis Defans kanadyen an te rankontre madi a nan Pòtoprens ak minis Defans ayisyen an pou yo pale "
         "sou fòmasyon sòlda yo.",
         [ev("meeting", ["CAN", "HTI"], date="2026-09-15", location="HTI")]),
    # ---- ht: a donation of military equipment
    case("ht-te-remet-ekipman-is-aid", "ht", DAY,
         "Meksik te remèt Fòs Ame d Ayiti 20 kamyon militè yè nan Pòtoprens.",
         [ev("aid", ["HTI", "MEX"], date="2026-09-15", location="HTI")]),
    # ---- ht: an exercise "done" (fè, te fè): the everyday verb of holding one
    case("ht-te-fe-yon-egzesis-is-an-exercise", "ht", DAY,
         "Sòlda ameriken ak sòlda jamayiken te fè yon egzèsis militè ansanm nan Jamayik lendi a.",
         [ev("exercise", ["JAM", "USA"], date="2026-09-14", location="JAM")]),
    # ---- ht: "te resevwa" an envoy is a reception (a courtesy call), no receipt of aid
    case("ht-te-resevwa-anbasade-is-no-aid", "ht", DAY,
         "Minis Defans lan te resevwa anbasadè Espay la nan biwo li madi a.",
         [ev("meeting", ["ESP", "HTI"], date="2026-09-15", mode=None)]),
    # ---- ny: a reception and an MoU signed
    case("ny-analandira-asayina-pangano", "ny", DAY,
         "Nduna ya Zachitetezo ya Malawi Lachiwiri inalandira mkulu wa asilikali a dziko la Mozambique ku "
         "Lilongwe, ndipo mayiko awiriwa asayina pangano la mgwirizano pa chitetezo cha m'malire.",
         [ev("meeting", ["MOZ", "MWI"], date="2026-09-15", location="MWI", mode="visit"),
          ev("agreement", ["MOZ", "MWI"], date="2026-09-15")]),
    # ---- ny: "preparing" (-konzekera) of a training is no pledge; the exercise itself is the event
    case("ny-kukonzekera-is-no-intent", "ny", DAY,
         "Asilikali a Malawi ndi a Zambia ayamba maphunziro a nkhondo ophatikizana ku Mangochi Lolemba, "
         "ndipo cholinga chake ndikukonzekera ntchito zosunga mtendere.",
         [ev("exercise", ["MWI", "ZMB"], date="2026-09")]),
    # ---- rn: the minister received a delegation; both sides agreed to widen cooperation
    case("rn-yakiriye-intumwa-is-a-visit", "rn", DAY,
         "Minisitiri w'Ingabo z'Igihugu yakiriye ku wa mbere intumwa y'Ingabo za Kenya i Gitega. Impande "
         "zombi zemeranije kwongereza ubufatanye mu vyo kwigisha abasirikare.",
         [ev("meeting", ["BDI", "KEN"], date="2026-09-14", location="BDI", mode="visit"),
          ev("intent", ["BDI", "KEN"])]),
    # ---- rn: an invitation to visit "mu mwaka uza" (next year; the noun drops its vowel after mu): no visit
    case("rn-mu-mwaka-uza-is-future", "rn", DAY,
         "Kenya yatumiye Umugaba mukuru w'Ingabo z'Uburundi kugendera Nairobi mu mwaka uza.",
         [ev("intent", ["BDI", "KEN"])]),
    # ---- rn: the future passive "will be given" (zizohabwa) by a state is a pledge of aid
    case("rn-zizohabwa-is-will-deliver", "rn", DAY,
         "Ingabo z'Uburundi zizohabwa n'Ubushinwa imiduga ya gisirikare mu kwezi kuza.",
         [ev("intent", ["BDI", "CHN"])]),
    # ---- rn: the EU by its Kirundi name hands over equipment
    case("rn-ubumwe-bw-uburayi-is-the-eu", "rn", DAY,
         "Ubumwe bw'Uburayi bwashikirije ku wa kabiri Ingabo z'Uburundi ibikoresho vya gisirikare "
         "i Bujumbura.",
         [ev("aid", ["BDI", "eu"], date="2026-09-15", location="BDI")]),
    # ---- lg: met and signed
    case("lg-yasisinkanye-bassizza-omukono", "lg", DAY,
         "Minisita w'ebyokwerinda owa Tanzania yasisinkanye munne owa Uganda ku Lwokubiri e Kampala, era "
         "baateeka omukono ku ndagaano y'okukolagana mu by'okwerinda.",
         [ev("meeting", ["TZA", "UGA"], date="2026-09-15", location="UGA"),
          ev("agreement", ["TZA", "UGA"], date="2026-09-15")]),
    # ---- lg: a joint exercise started
    case("lg-okwegezaamu-awamu-is-an-exercise", "lg", DAY,
         "Amagye ga Uganda ne Rwanda gaatandise okwegezaamu awamu ku Bbalaza e Jinja.",
         [ev("exercise", ["RWA", "UGA"], date="2026-09", location="UGA")]),
    # ---- lg: an exercise "done" (baakoze, the past of -kola)
    case("lg-baakoze-okwegezaamu-is-an-exercise", "lg", DAY,
         "Abajaasi ba UPDF ne TPDF baakoze okwegezaamu awamu e Tanzania ku Lwokubiri.",
         [ev("exercise", ["TZA", "UGA"], date="2026-09-15", location="TZA")]),
    # ---- fj: the minister met his counterpart "ena Moniti" (on Monday: "ena" is also the future particle)
    case("fj-ena-moniti-is-last-monday", "fj", DAY,
         "Na Minisita ni Veitaqomaki e a sota kei na Minisita ni Veitaqomaki mai Niu Siladi e Suva "
         "ena Moniti.",
         [ev("meeting", ["FJI", "NZL"], date="2026-09-14", location="FJI")]),
    # ---- fj: a donation to the RFMF
    case("fj-solia-vua-na-rfmf-is-aid", "fj", DAY,
         "Na matanitu o Jaipani e a solia e 10 na waqa ni veiqaravi vua na Mataivalu ni Viti ena Tusiti.",
         [ev("aid", ["FJI", "JPN"], date="2026-09-15")]),
    # ---- fj: a host "ciqoma na" (received the ...) is a reception, not a receipt of aid
    case("fj-ciqoma-na-komada-is-no-aid", "fj", DAY,
         "Na Paraiminisita ni Samoa e a ciqoma na Komada ni RFMF e Apia ena Tusiti.",
         [ev("meeting", ["FJI", "WSM"], date="2026-09-15", location="WSM", mode="visit")]),
    # ---- fj: "mai Jaina" after a title is "from China", not where it happened
    case("fj-mai-after-a-title-is-from", "fj", DAY,
         "Ena Tusiti, e a sikova o Viti na Minisita ni Veitaqomaki mai Idia.",
         [ev("meeting", ["FJI", "IND"], date="2026-09-15", location="FJI", mode="visit")]),
    # ---- fo: ministers met; a warship's visit alone is no meeting
    case("fo-hittu-is-a-meeting", "fo", DAY,
         "Danski verjumálaráðharrin hitti í gjár norska verjumálaráðharran í Keypmannahavn og tosaðu teir um "
         "trygdina í Norðuratlantshavinum.",
         [ev("meeting", ["DNK", "NOR"], date="2026-09-15", location="DNK")]),
    # ---- fo: "tók ... ímóti" (received) with the day between its two words
    case("fo-tok-i-gjar-imoti-is-a-reception", "fo", DAY,
         "Danski verjumálaráðharrin tók í gjár ímóti týska verjumálaráðharranum í Keypmannahavn.",
         [ev("meeting", ["DEU", "DNK"], date="2026-09-15", location="DNK", mode="visit")]),
    case("fo-herskip-a-vitjan-is-no-meeting", "fo", DAY,
         "Eitt bretskt herskip vitjaði í Tórshavn í gjár.",
         []),
    # ---- fo: an agreement with NATO
    case("fo-nato-avtala-is-an-agreement", "fo", DAY,
         "Danmark og NATO undirskrivaðu í gjár eina avtalu um nýggjan radar í Føroyum.",
         [ev("agreement", ["DNK", "nato"], date="2026-09-15")],
         xfail="engine: a state and NATO alone sign (en too): no event"),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
