"""The extract stage on short articles in Yoruba, Igbo, Kinyarwanda, Tigrinya, Afaan Oromo, Afrikaans,
Galician and Icelandic, written for these tests (none of these sentences is in
tests/data/heldout/africa2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of each language's ministries and press:
Galician "adestrou ... xunto a" (trained alongside) as a joint exercise held, Icelandic air policing
(loftrýmisgæsla) carried out (sinna, sinntu) as a joint activity, the Igbo Gulf of Guinea (Ọwara Guinea)
as no state, an Igbo hope (nwere olileanya ... ga-) as no pledge, the Igbo ambassador written "onye
nnọchi anya" (a courtesy call has no mode), a Yoruba reception "gba ... lálejò" whose guest is named at
length, the abbreviated admiral (Adm) in Kinyarwanda and the field marshal (Fiildi Maarshaal) in Oromo,
news agencies named with their state (die Britse nuusagentskap, a axencia británica, bandaríska
fréttastofan, Ibiro Ntaramakuru by'Abafaransa, ejensiin oduu Ameerikaa) as sources, no party, Oromo
weapons (meeshaalee waraanaa) named in talks as no aid, and Tigrinya and Oromo training received abroad
(ስልጠና ወሲዶም, leenjii ... fudhataniiru) as training given by the host.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- Galician: trained alongside a foreign ship
    case("gl-trained-alongside", "gl", DAY,
         "A fragata Méndez Núñez adestrou onte no golfo de Cádiz xunto ao destrutor estadounidense Porter.",
         [ev("exercise", ["ESP", "USA"])]),
    case("gl-trained-alongside-with-a-place-between", "gl", DAY,
         "O patrulleiro español Atalaya adestrou onte no golfo de Biscaia xunto á fragata francesa Bretagne.",
         [ev("exercise", ["ESP", "FRA"])]),
    # ---- Icelandic: air policing carried out by a foreign air force
    case("is-air-policing", "is", DAY,
         "Kanadískar orrustuþotur sinna nú loftrýmisgæslu við Ísland í samstarfi við Landhelgisgæsluna.",
         [ev("exercise", ["CAN", "ISL"])]),
    # ---- Igbo
    case("ig-gulf-of-guinea-no-state", "ig", DAY,
         "Ndị agha mmiri Naịjirịa na Ghana mere mmega ahụ n'Ọwara Guinea na Tuzdee.",
         [ev("exercise", ["GHA", "NGA"])]),
    case("ig-hope-no-pledge", "ig", DAY,
         "Minista na-ahụ maka ndị agha Naịjirịa nabatara onye ya na ya bụ ọgbọ na Ghana n'Abuja. "
         "Musa kwuru na ya nwere olileanya na mmekọrịta a ga-eweta udo.",
         [ev("meeting", ["GHA", "NGA"])]),
    case("ig-ambassador-courtesy-call", "ig", DAY,
         "Onyeisi ndị agha Naịjirịa nabatara onye nnọchi anya Japan na Naịjirịa n'Abuja.",
         [ev("meeting", ["JPN", "NGA"], mode=None)]),
    # ---- Afaan Oromo: weapons as the topic of talks
    case("om-weapons-talked-no-aid", "om", DAY,
         "Ministirri Ittisaa Itoophiyaa fi Ambaasaaddarri Raashiyaa waa'ee meeshaalee waraanaa irratti "
         "mari'ataniiru.",
         [ev("meeting", ["ETH", "RUS"])]),
    # ---- Yoruba: a reception whose guest is named at length before "lálejò"
    case("yo-long-guest-before-lalejo", "yo", DAY,
         "Ọ̀gá àgbà ọmọ ogun ojú omi Nàìjíríà, Ọ̀gágun Ojú Omi Idi Abbas, ti gba Ọ̀gá àgbà ọmọ ogun ojú omi "
         "orílẹ̀-èdè Ghana, Rear Admiral Issah Yakubu, lálejò nílùú Abuja lánàá.",
         [ev("meeting", ["GHA", "NGA"], date="2026-03-17", location="NGA", persons=["Issah Yakubu"])]),
    # ---- Kinyarwanda and Oromo ranks
    case("rw-adm-rank", "rw", DAY,
         "Umugaba Mukuru w'Ingabo z'u Rwanda yakiriye Adm Pedro Silva, Umugaba w'Ingabo za Angola, i Kigali.",
         [ev("meeting", ["AGO", "RWA"], persons=["Pedro Silva"])]),
    case("om-field-marshal", "om", DAY,
         "Fiildi Maarshaal Tolosaa Gammachuu, Ajajaa Humna Ittisa Jibuutii waliin Finfinneetti "
         "mari'ataniiru. Itoophiyaa fi Jibuutiin tumsa waraanaa cimsuuf waliigalaniiru.",
         [ev("meeting", ["DJI", "ETH"], persons=["Tolosaa Gammachuu"]), ev("intent", ["DJI", "ETH"])]),
    # ---- news agencies named with their state are sources, no party
    case("af-agency-state-no-party", "af", DAY,
         "Volgens die Britse nuusagentskap Reuters het Suid-Afrika en Indië 'n verdedigingsooreenkoms "
         "onderteken.",
         [ev("agreement", ["IND", "ZAF"])]),
    case("gl-agency-state-no-party", "gl", DAY,
         "Segundo a axencia británica Reuters, España e Marrocos asinaron un acordo de defensa.",
         [ev("agreement", ["ESP", "MAR"])]),
    case("is-agency-state-no-party", "is", DAY,
         "Að sögn bandarísku fréttastofunnar AP undirrituðu Ísland og Noregur samkomulag um varnarsamstarf.",
         [ev("agreement", ["ISL", "NOR"])]),
    case("rw-agency-state-no-party", "rw", DAY,
         "Ibiro Ntaramakuru by'Abafaransa, AFP, byatangaje ko u Rwanda na Qatar byasinye amasezerano "
         "y'ubufatanye mu bya gisirikare.",
         [ev("agreement", ["QAT", "RWA"])]),
    case("om-agency-state-no-party", "om", DAY,
         "Akka ejensiin oduu Ameerikaa AP gabaasetti, Itoophiyaa fi Keeniyaan waliigaltee waraanaa "
         "mallatteessaniiru.",
         [ev("agreement", ["ETH", "KEN"])]),
    # ---- a war named as the topic of talks is no venue (no third-party meeting there)
    case("af-war-topic-no-venue", "af", DAY,
         "Suid-Afrika se minister van verdediging en haar Russiese eweknie het die oorlog in Oekraïne "
         "bespreek.",
         [ev("meeting", ["RUS", "ZAF"], location=None)]),
    case("af-talked-with-place-between", "af", DAY,
         "Suid-Afrika se minister van verdediging het in Moskou met haar Russiese eweknie oor die konflik in "
         "Soedan gepraat.",
         [ev("meeting", ["RUS", "ZAF"], location="RUS")]),
    case("gl-war-topic-no-venue", "gl", DAY,
         "A ministra española de Defensa e o seu homólogo francés falaron da guerra en Ucraína.",
         [ev("meeting", ["ESP", "FRA"], location=None)]),
    case("is-war-topic-no-venue", "is", DAY,
         "Varnarmálaráðherrar Íslands og Noregs ræddu stríðið í Úkraínu.",
         [ev("meeting", ["ISL", "NOR"], location=None)]),
    case("rw-war-topic-no-venue", "rw", DAY,
         "Minisitiri w'Ingabo z'u Rwanda na mugenzi we wa Kenya baganiriye ku ntambara yo muri Sudani.",
         [ev("meeting", ["KEN", "RWA"], location=None)]),
    case("yo-war-topic-no-venue", "yo", DAY,
         "Mínísítà ààbò Nàìjíríà àti ẹlẹgbẹ́ rẹ̀ láti Faransé jíròrò lórí ogun tó ń lọ ní Sudan.",
         [ev("meeting", ["FRA", "NGA"], location=None)]),
    case("ti-war-topic-keeps-talks", "ti", DAY,
         "ሚኒስተር ምክልኻል ኤርትራን ሚኒስተር ምክልኻል ግብጽን ብዛዕባ ውግእ ሱዳን ተዘራሪቦም።",
         [ev("meeting", ["EGY", "ERI"])]),
    case("ig-discussed-about", "ig", DAY,
         "Minista na-ahụ maka ndị agha Naịjirịa na onye ya na ya bụ ọgbọ na France kparịtara maka nchekwa "
         "n'oké osimiri.",
         [ev("meeting", ["FRA", "NGA"])]),
    case("rw-hope-no-pledge", "rw", DAY,
         "Minisitiri w'Ingabo yakiriye mugenzi we wa Kenya i Kigali. Minisitiri yavuze ko yizera ko "
         "ubufatanye bw'u Rwanda na Kenya mu bya gisirikare buzakomeza.",
         [ev("meeting", ["KEN", "RWA"])]),
    # ---- receptions and relative days
    case("is-received-a-minister", "is", DAY,
         "Utanríkisráðherra tók á móti varnarmálaráðherra Noregs á þriðjudag.",
         [ev("meeting", ["ISL", "NOR"], date="2026-03-17")]),
    case("is-received-a-ship-no-meeting", "is", DAY,
         "Landhelgisgæslan tók á móti nýju varðskipi í gær.",
         []),
    case("ig-yesterday-one-a", "ig", DAY,
         "Minista na-ahụ maka ndị agha Naịjirịa nabatara onye ya na ya bụ ọgbọ na Ghana ụnyahụ.",
         [ev("meeting", ["GHA", "NGA"], date="2026-03-17")]),
    # ---- a forum's host city is no person; a phone call
    case("yo-sidelines-in-addis", "yo", DAY,
         "Ní ẹ̀gbẹ́ ìpàdé AU ní Addis Ababa, Mínísítà ààbò Nàìjíríà ṣe ìpàdé pẹ̀lú ẹlẹgbẹ́ rẹ̀ láti Kenya.",
         [ev("meeting", ["KEN", "NGA"], mode="multilateral", location="ETH")]),
    case("rw-sidelines-in-addis", "rw", DAY,
         "Ku ruhande rw'inama ya AU i Addis Ababa, Minisitiri w'Ingabo z'u Rwanda yahuye na mugenzi we "
         "wa Kenya.",
         [ev("meeting", ["KEN", "RWA"], mode="multilateral", location="ETH")]),
    case("rw-phone-telefoni", "rw", DAY,
         "Minisitiri w'Ingabo yaganiriye na mugenzi we wa Tanzania kuri telefoni.",
         [ev("meeting", ["RWA", "TZA"], mode="phone")]),
    # ---- sales and gifts of arms
    case("yo-sold-to", "yo", DAY,
         "Ilẹ̀ Turkey ta ọkọ̀ ogun ojú omi méjì fún Nàìjíríà.",
         [ev("aid", ["NGA", "TUR"])]),
    case("ti-gave-weapons", "ti", DAY,
         "ቱርኪ ንሶማልያ ኣጽዋር ሂባ።",
         [ev("aid", ["SOM", "TUR"])]),
    # ---- training received abroad
    case("om-training-received", "om", DAY,
         "Loltoonni Itoophiyaa leenjii waraanaa Chaayinaatti fudhataniiru.",
         [ev("aid", ["CHN", "ETH"])]),
    case("ti-training-received", "ti", DAY,
         "ኣባላት ሰራዊት ጅቡቲ ኣብ ግብጺ ወተሃደራዊ ስልጠና ወሲዶም።",
         [ev("aid", ["DJI", "EGY"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
