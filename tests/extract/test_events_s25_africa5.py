"""The extract stage on short articles in eight languages written for these tests (none of these sentences is
in tests/data/heldout/africa5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording met in the africa5 set: the Zulu remote past
"abamba/yabamba ukuzivocavoca" (held an exercise) and South African provinces as venues (zu); the impersonal
"ficou acordado" after talks told in the paragraph before (pt); a signed "defence partnership" (en); military
hardware arriving by air or sea as a delivery (so); training as a field of cooperation, no training given
(rw); a war named as the topic of an African Union session, no party (am); hardware named by its earlier
delivery ("déjà livrés", fr); "imeipatia", "limepewa" (gave it, was given) as a delivery (sw); the Nigerian
Army's "barikin Mogadishu" in Abuja, no Somali venue (ha).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- zu: the remote past of -bamba tells an older exercise held
    case("zu-abamba-ukuzivocavoca-is-held", "zu", DAY,
         "NgoJuni 2022, amasosha aseNingizimu Afrika naseMalawi abamba ukuzivocavoca ndawonye eThekwini.",
         [ev("exercise", ["MWI", "ZAF"], date="2022-06", historical=True)]),
    # ---- zu: a province is a South African venue
    case("zu-province-is-a-venue", "zu", DAY,
         "Amasosha aseNingizimu Afrika naseLesotho aqale ukuzivocavoca ngokuhlanganyela esifundazweni "
         "saseFreyistata ngoMsombuluko.",
         [ev("exercise", ["LSO", "ZAF"], date="2026-09", location="ZAF")]),
    # ---- pt: "it was agreed" opening its own paragraph after the talks
    case("pt-ficou-acordado-after-the-talks", "pt", DAY,
         "O ministro da Defesa Nacional recebeu ontem, em Maputo, o chefe do Estado-Maior do Exército do "
         "Malawi, que efectua uma visita de trabalho ao país.\n\nNo encontro, ficou acordado que as duas "
         "forças vão realizar exercícios conjuntos no próximo ano.",
         [ev("meeting", ["MOZ", "MWI"], date="2026-09-15", mode="visit"),
          ev("intent", ["MOZ", "MWI"])]),
    # ---- en: a signed defence partnership is an agreement
    case("en-signed-defence-partnership", "en", DAY,
         "Kenya and France signed a defence partnership in Nairobi in May 2019.",
         [ev("agreement", ["FRA", "KEN"], date="2019-05", doc_type="agreement", historical=True)]),
    # ---- so: a ship arriving with weapons and military supplies is a delivery
    case("so-materiel-soo-gaaray-is-delivered", "so", DAY,
         "Markab ay leedahay dowladda Turkiga oo sida hub iyo saanad milatari ayaa Axaddii soo gaaray "
         "dekedda Kismaayo.",
         [ev("aid", ["SOM", "TUR"], date="2026-09-13")]),
    # ---- rw: training named as a field of the cooperation discussed is no training given
    case("rw-bufatanye-mu-guhugura-is-a-field", "rw", DAY,
         "Minisitiri w'Ingabo z'u Rwanda yakiriye mugenzi we wa Kenya i Kigali. Abayobozi bombi baganiriye "
         "ku bufatanye mu bya gisirikare, cyane cyane mu guhugura abasirikare.",
         [ev("meeting", ["KEN", "RWA"], location="RWA")]),
    # ---- am: the war that an African Union session discusses is no party and no venue
    case("am-war-topic-of-au-session-is-no-party", "am", DAY,
         "የአፍሪካ ኅብረት የሰላምና ጸጥታ ምክር ቤት በሱዳን ያለውን ጦርነት አስመልክቶ ትናንት አዲስ አበባ ላይ ስብሰባ አካሂዷል።",
         []),
    # ---- fr: hardware named by its earlier delivery is no delivery told
    case("fr-deja-livres-is-no-delivery", "fr", DAY,
         "Le ministre de la Défense a reçu lundi l'ambassadeur de Russie au Mali. Les deux hommes ont "
         "également passé en revue la coopération militaire et la maintenance des hélicoptères déjà livrés.",
         [ev("meeting", ["MLI", "RUS"], date="2026-09-14", mode=None)]),
    # ---- sw: "gave it" with the object prefix of the receiving state, and "was given"
    case("sw-imeipatia-is-given", "sw", DAY,
         "Marekani imeipatia Kenya helikopta sita za kijeshi.",
         [ev("aid", ["KEN", "USA"])]),
    case("sw-limepewa-is-given", "sw", DAY,
         "Jeshi la Wananchi wa Tanzania limepewa magari 30 ya kijeshi na China.",
         [ev("aid", ["CHN", "TZA"])]),
    # ---- sw: a delegation received is no delivery
    case("sw-limepokea-ugeni-is-no-delivery", "sw", DAY,
         "Jeshi la Kenya limepokea ugeni wa maafisa wa kijeshi kutoka Uganda jijini Nairobi.",
         []),
    # ---- ha: the barracks in Abuja named after Mogadishu is no Somali venue
    case("ha-barikin-mogadishu-is-no-somali-venue", "ha", DAY,
         "Gwamnatin Faransa ta miƙa wa Rundunar Sojin Najeriya motocin yaƙi 10 ranar Talata a barikin "
         "Mogadishu da ke Abuja.",
         [ev("aid", ["FRA", "NGA"], date="2026-09-15", location="NGA")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
