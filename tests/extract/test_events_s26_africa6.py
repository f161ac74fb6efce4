"""The extract stage on short articles in eight languages written for these tests (none of these sentences is
in tests/data/heldout/africa6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of the African set africa6: training named
in a list of topics the talks discussed, no training given (ha "sun tattauna kan …, horar da …", yo "jíròrò
lórí … àti ìdánilẹ́kọ̀ọ́", zu "baxoxe ngokuphepha …, ukuqeqeshwa kwamasosha"), a pledge to send instructors
(ha "za ta tura … masu horaswa"), training the other side's officers were giving (so "tababar … oo ay
saraakiil Turki ah siinayeen"), the harbour town Tema and the border town Badagry (yo), an earlier edition
of an exercise (zu "Ukuzivocavoca kokugcina kwe-… kwenzeka"), troops that "will be trained" abroad (zu
"azoqeqeshwa"), the abbreviated rank "kol.genl." that ends no sentence (af), the Namibian Defence Force by
its abbreviation and its base towns (af "NVM", "Grootfontein"), officers who "sal … opleiding … ontvang"
(will receive training; af, no reception of a guest), troops that an exercise "brings together" in the next
sentence (sw "yanawaleta pamoja wanajeshi kutoka …"), the subject of an MoU that holds no training (sw "hati
ya makubaliano kuhusu … kuendesha mafunzo ya pamoja"), a gift in the pluperfect (fr "avait déjà offert"),
the chiefs "des trois armées" just named (fr) and sappers as the force to be trained (pt "a formação de …
sapadores").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- ha: training and supply in a list of what was discussed are topics, no aid
    case("ha-tattauna-kan-list-is-no-training-given", "ha", DAY,
         "Ministan tsaron Ghana ya kai ziyara Abuja ranar Talata. A yayin ganawar, ɓangarorin biyu sun "
         "tattauna kan tsaron iyaka, horar da sojoji da kuma samar da kayan aikin soja.",
         [ev("meeting", ["GHA", "NGA"], date="2026-09-15", location="NGA", mode="visit")]),
    # ---- ha: a state that "will send" instructors pledges training
    case("ha-za-ta-tura-masu-horaswa-is-a-pledge", "ha", DAY,
         "Ministan tsaron Mali ya gana da takwaransa na Turkiyya a Ankara ranar Talata. Ya ce Turkiyya za ta "
         "tura ƙarin masu horaswa zuwa Mali domin horar da sojojin ƙasar.",
         [ev("meeting", ["MLI", "TUR"], date="2026-09-15", location="TUR", mode="visit"),
          ev("intent", ["MLI", "TUR"])]),
    # ---- yo: training named after another topic of the talks
    case("yo-jiroro-lori-list-is-no-training-given", "yo", DAY,
         "Mínísítà fún ètò ààbò ilẹ̀ Ghana ṣèbẹ̀wò sí Abuja lánàá. Àwọn méjèèjì jíròrò lórí ààbò ààlà àti "
         "ìdánilẹ́kọ̀ọ́ fún àwọn ọmọ ogun.",
         [ev("meeting", ["GHA", "NGA"], date="2026-09-15", location="NGA", mode="visit")]),
    # ---- yo: the harbour town Tema is in Ghana
    case("yo-tema-is-in-ghana", "yo", DAY,
         "Ní oṣù kẹjọ ọdún 2025, àwọn ọmọ ogun ojú omi Nàìjíríà àti ti Togo ṣe ìdánrawò àpapọ̀ ní Tema.",
         [ev("exercise", ["NGA", "TGO"], date="2025-08", location="GHA", historical=True)]),
    # ---- so: training that the other side's officers "were giving" (siinayeen)
    case("so-tababar-siinayeen-is-training-given", "so", DAY,
         "Tababar lix bilood ah oo ay saraakiil Turki ah siinayeen 450 askari oo ka tirsan ciidamada "
         "Soomaaliya ayaa shalay lagu soo gabagabeeyay Muqdisho.",
         [ev("aid", ["SOM", "TUR"], date="2026-09-15", location="SOM")]),
    # ---- yo: the border town Badagry is in Nigeria
    case("yo-badagry-is-in-nigeria", "yo", DAY,
         "Àwọn ọmọ ogun Nàìjíríà àti ti Benin bẹ̀rẹ̀ ìdánrawò àpapọ̀ ní Badagry ní ọjọ́ Ajé.",
         [ev("exercise", ["BEN", "NGA"], date="2026-09", location="NGA")]),
    # ---- zu: "baxoxe ngo-" discussed; training in the list of topics is no aid
    case("zu-baxoxe-ngo-list-is-no-training-given", "zu", DAY,
         "UNgqongqoshe Wezokuvikela waseBotswana uvakashele ePitoli ngoLwesibili. Laba bangqongqoshe ababili "
         "baxoxe ngokuphepha olwandle, ukuqeqeshwa kwamasosha kanye nokulwa nobugebengu.",
         [ev("meeting", ["BWA", "ZAF"], date="2026-09-15", location="ZAF", mode="visit")]),
    # ---- zu: the last edition of an exercise "took place" in a year
    case("zu-kokugcina-kwenzeka-is-an-earlier-edition", "zu", DAY,
         "Ukuzivocavoca kwamabutho aseNingizimu Afrika neBotswana kuqale ngoMsombuluko eGaborone. "
         "Ukuzivocavoca kokugcina kwe-Khula kwenzeka ngoMashi 2025, eMafikeng.",
         [ev("exercise", ["BWA", "ZAF"], date="2026-09", location="BWA"),
          ev("exercise", ["BWA", "ZAF"], date="2025-03", historical=True)]),
    # ---- zu: troops that "will be trained" abroad: a pledge of training
    case("zu-azoqeqeshwa-is-a-pledge-of-training", "zu", DAY,
         "IShayina inikele ngamaloli ezempi angama-20 kuMbutho Wezokuvikela waseZimbabwe izolo eHarare. "
         "Amasosha aseZimbabwe azoqeqeshwa eShayina ngonyaka ozayo.",
         [ev("aid", ["CHN", "ZWE"], date="2026-09-15", location="ZWE"),
          ev("intent", ["CHN", "ZWE"])]),
    # ---- af: "kol.genl." is a rank, no sentence end
    case("af-kol-genl-ends-no-sentence", "af", DAY,
         "Modise ontmoet Belgiese adjunkminister; gesamentlike oefening volgende jaar beplan\n\nDie minister "
         "van verdediging, Thandi Modise, het Dinsdag in Kaapstad met die Belgiese adjunkminister van "
         "verdediging, kol.genl. Pieter Janssens, vergader.\n\nDie twee lande sal volgende jaar 'n "
         "gesamentlike vlootoefening hou, het die departement bevestig.",
         [ev("meeting", ["BEL", "ZAF"], date="2026-09-15", location="ZAF", mode="visit",
             persons=["Pieter Janssens"]),
          ev("intent", ["BEL", "ZAF"])]),
    # ---- af: the Namibian Defence Force by its abbreviation, a base town, and training to be received
    case("af-nvm-grootfontein-opleiding-ontvang", "af", DAY,
         "Die Britse regering het gister ses ambulanse by die militêre basis in Grootfontein aan die NVM "
         "oorhandig. Volgens die bevelvoerder sal dertig NVM-offisiere volgende jaar opleiding in Brittanje "
         "ontvang.",
         [ev("aid", ["GBR", "NAM"], date="2026-09-15", location="NAM"),
          ev("intent", ["GBR", "NAM"])]),
    # ---- sw: the troops an exercise brings together, named in the next sentence
    case("sw-yanawaleta-pamoja-names-the-parties", "sw", DAY,
         "Wanajeshi wa Tanzania wanashiriki mazoezi ya pamoja ya kijeshi yaliyoanza jana mjini Tanga. "
         "Mazoezi hayo yanawaleta pamoja wanajeshi kutoka Tanzania, Msumbiji, Malawi na Zambia.",
         [ev("exercise", ["MOZ", "MWI", "TZA", "ZMB"], location="TZA")]),
    # ---- sw: what an MoU is about holds no training held
    case("sw-kuhusu-kuendesha-mafunzo-is-the-subject-of-the-mou", "sw", DAY,
         "Waziri wa Ulinzi wa Kenya alikutana jana na mwenzake wa Uganda mjini Kampala. Baada ya mazungumzo "
         "hayo, walisaini hati ya makubaliano kuhusu kubadilishana wakufunzi na kuendesha mafunzo ya "
         "pamoja ya maafisa.",
         [ev("meeting", ["KEN", "UGA"], date="2026-09-15", location="UGA", mode="visit"),
          ev("agreement", ["KEN", "UGA"], date="2026-09-15", doc_type="memorandum")]),
    # ---- fr: a gift in the pluperfect, told as background
    case("fr-avait-deja-offert-is-an-earlier-gift", "fr", DAY,
         "L'Allemagne a remis lundi au Togo dix véhicules militaires. En 2023, l'Allemagne avait déjà offert "
         "au Togo deux ambulances militaires.",
         [ev("aid", ["DEU", "TGO"], date="2026-09-14"),
          ev("aid", ["DEU", "TGO"], date="2023", historical=True)]),
    # ---- fr: the chiefs "of the three armies" just named meet
    case("fr-des-trois-armees-are-the-parties-just-named", "fr", DAY,
         "Les armées du Tchad, du Cameroun et du Niger ont lancé mardi à N'Djamena un exercice conjoint. En "
         "marge du lancement, les chefs d'état-major généraux des trois armées ont tenu une réunion de "
         "coordination.",
         [ev("exercise", ["CMR", "NER", "TCD"], date="2026-09", location="TCD"),
          ev("meeting", ["CMR", "NER", "TCD"], date="2026-09-15", location="TCD", mode="multilateral")]),
    # ---- pt: sappers to be trained are the military subject of the pledge
    case("pt-formacao-de-sapadores-is-a-pledge", "pt", DAY,
         "O Japão entregou hoje ao Exército de Moçambique dez detectores de minas. Na ocasião, o responsável "
         "japonês anunciou que o Japão vai financiar, no próximo ano, a formação de 30 sapadores "
         "moçambicanos.",
         [ev("aid", ["JPN", "MOZ"], date="2026-09-16"),
          ev("intent", ["JPN", "MOZ"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
