"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/sahel2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the Sahel and West African press of the sahel2
set: the Wolof signing verb borrowed from French ("siiñe nañu ab déggoo", they signed an agreement) and the
exercise held ("amaloon nañu ab tàggatu-xare", they had held a military exercise, which is no training given);
the ministers "of the three states" as a trilateral, "launched a joint operation" as an exercise, and what is
no event: en "received the equipment" (no reception of a visitor), fr « Ces moyens vont renforcer … » and ha
"jiragen za su taimaka" (equipment that will help pledges nothing), fr "avait accueilli une partie de
l'exercice" (hosting an exercise is no visit), ar "وتعد هذه الزيارة الرابعة … منذ عام 2023" (the visit
reported, counted, is no earlier one); and two titles: fr "ministre délégué chargé de la Défense nationale"
(Benin), wo "ambassadëru" (the ambassador of); fr instructors sent ("a envoyé des instructeurs militaires au
Tchad") as aid; the diplomat's "près le" / "auprès du" between title and name.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- wo: "siiñe" (French "signer") with "ab déggoo" (an agreement) is a signing
    case("wo-siine-nanu-ab-deggoo-is-an-agreement", "wo", DAY,
         "Ministar bu xarekat yu Gàmbi ak ambasadooru Sinwaa siiñe nañu ab déggoo ci Banjul ci altine ji.",
         [ev("agreement", ["CHN", "GMB"], date="2026-11-30", location="GMB", doc_type="agreement")]),
    # ---- wo: an exercise held ("amaloon nañu ab tàggatu-xare") is no training given to the other side
    case("wo-amaloon-nanu-taggatu-xare-is-an-exercise", "wo", DAY,
         "Ci atum 2023, Gàmbi ak Farãs amaloon nañu ab tàggatu-xare ci Banjul.",
         [ev("exercise", ["FRA", "GMB"], date="2023", location="GMB", historical=True)]),
    # ---- en: the ministers or chiefs "of the three states", each named with his state, meet as three
    case("en-of-the-three-states-is-a-trilateral", "en", DAY,
         "The army chiefs of the three states, General John Smith of Ghana, General Paul Doe of Togo and "
         "General Ali Musa of Benin, met in Lome on Tuesday.",
         [ev("meeting", ["BEN", "GHA", "TGO"], date="2026-12-01", location="TGO", mode="multilateral")]),
    # ---- en: a joint operation two armies launched is joint military activity carried out
    case("en-launched-a-joint-operation-is-an-exercise", "en", DAY,
         "Ghanaian and Togolese troops on Monday launched a joint operation along the border, the two armies "
         "said.",
         [ev("exercise", ["GHA", "TGO"])]),
    # ---- en: the minister who "received the equipment" at the handover hosts no one
    case("en-received-the-equipment-is-no-meeting", "en", DAY,
         "Ghana's army on Thursday took delivery of four helicopters from the United States. Defence "
         "Minister John Smith received the equipment at the air force base in Accra in the presence of the "
         "US ambassador, the ministry said on Friday.",
         [ev("aid", ["GHA", "USA"], date="2026-11-26", location="GHA")]),
    # ---- fr: the equipment that "will strengthen" the forces pledges nothing
    case("fr-moyens-vont-renforcer-is-no-intent", "fr", "2026-11-28",
         "Le ministre de la Défense, le Général Moussa Salaou, a réceptionné jeudi à Niamey un nouveau lot "
         "d'équipements militaires livrés par la Chine.\n\n"
         "Selon la Direction de l'information et des relations publiques des armées (DIRPA), ce lot comprend "
         "des drones de reconnaissance et des véhicules blindés. « Ces moyens vont renforcer la capacité "
         "opérationnelle de nos forces dans la lutte contre le terrorisme », a déclaré le ministre Salaou.",
         [ev("aid", ["CHN", "NER"], date="2026-11-26", location="NER")]),
    # ---- fr: a state that hosted part of an exercise received no visitor
    case("fr-accueilli-une-partie-de-l-exercice-is-no-meeting", "fr", "2026-11-28",
         "Des soldats mauritaniens et américains se sont entraînés ensemble à Atar. En 2020, la Mauritanie "
         "avait déjà accueilli une partie de l'exercice Flintlock, organisé par Africom.",
         [ev("exercise", ["MRT", "USA"]),
          ev("exercise", ["MRT", "USA"], date="2020", historical=True)]),
    # ---- ha: the aircraft that "will help" (jiragen za su taimaka) pledge nothing
    case("ha-jiragen-za-su-taimaka-is-no-intent", "ha", "2026-12-04",
         "Sojojin Chadi sun karɓi wasu jiragen yaƙi daga ƙasar Sin a ranar Laraba, a gaban ministan tsaron "
         "Chadi, Janar Abakar. Janar Abakar ya ce jiragen za su taimaka wajen yaƙi da 'yan ta'adda.",
         [ev("aid", ["CHN", "TCD"], date="2026-12-02")]),
    # ---- ar: "this visit is the third … since 2024" counts the visit reported, it is no earlier one
    case("ar-tuad-hadhihi-al-ziyara-is-the-same-visit", "ar", DAY,
         "أجرى وفد من وزارة الدفاع الهندية برئاسة نائب وزير الدفاع، يوم الثلاثاء، مباحثات في الرياض مع رئيس "
         "هيئة الأركان العامة السعودي. وتعد هذه الزيارة الثالثة لنائب الوزير إلى السعودية منذ عام 2024.",
         [ev("meeting", ["IND", "SAU"], date="2026-12-01", location="SAU", mode="visit")]),
    # ---- fr: Benin's "ministre délégué chargé de la Défense nationale" is the minister of defence
    case("fr-ministre-delegue-charge-de-la-defense-nationale-is-a-person", "fr", "2026-11-27",
         "Le ministre délégué chargé de la Défense nationale, Paul Martin, a réceptionné jeudi à Cotonou des "
         "véhicules offerts par la France.",
         [ev("aid", ["BEN", "FRA"], date="2026-11-26", persons=["Paul Martin"])]),
    # ---- wo: "ambassadëru" (the ambassador of, with the genitive -u) is an ambassador
    case("wo-ambassadeuru-is-an-ambassador", "wo", DAY,
         "Ministar bu xarekat yu Gàmbi, Jeneraal Lamin Jallow, ak ambassadëru Sinwaa, Wang Lei, siiñe nañu "
         "ab déggoo ci Banjul ci altine ji.",
         [ev("agreement", ["CHN", "GMB"], date="2026-11-30", persons=["Wang Lei"])]),
    # ---- fr: military instructors sent or deployed to the other side are training provided
    case("fr-envoye-des-instructeurs-is-aid", "fr", DAY,
         "En mars 2025, la Turquie a envoyé des instructeurs militaires au Tchad.",
         [ev("aid", ["TCD", "TUR"], date="2025-03", historical=True)]),
    # ---- fr: the ambassador accredited "auprès du" or "près le" host state, then his name
    case("fr-ambassadeur-aupres-du-is-a-person", "fr", "2026-11-27",
         "Le Togo a réceptionné jeudi à Lomé des véhicules blindés offerts par la France. La remise a eu "
         "lieu en présence de l'ambassadeur de France auprès du Togo, Jean Dupont.",
         [ev("aid", ["FRA", "TGO"], date="2026-11-26", persons=["Jean Dupont"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
