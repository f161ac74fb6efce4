"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/aid12.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of military aid and training news, the
subject of the aid12 set:
- cs a training finished or held for a number of the other side's soldiers, words between ("výcvik dalších
  300 ukrajinských vojáků", "výcvik 150 příslušníků …") is training given (aid), as "výcvik ukrajinských
  vojáků" was;
- fi Finland's own forces and ministry named without the state, as the Finnish press names them
  ("Puolustusvoimat lahjoitti …", "Puolustusministeriö luovutti …"), are Finland; not its branches: a
  home exercise of the Navy with foreign observers stays no event;
- ar an official "receiving" a shipment, batch or aircraft of aid at the airport ("وكان في استقبال الشحنة …",
  "استقبال الدفعة", "لدى استقبال الشحنة") hosts no one: no meeting, the delivery stays;
- ar a shipment or batch that "will arrive" ("ستصل دفعات أخرى", "شحنة جديدة من الأسلحة … ستصل") is a delivery
  to come: an intent, no aid;
- ro the other side's soldiers who "will attend" a course ("vor urma un curs", "va urma cursuri") are training
  to come: an intent;
- hi, en the Maldives National Defence Force by its abbreviation ("एमएनडीएफ को …", "the MNDF Coast Guard") is
  the Maldives;
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-18"  # a Wednesday

CASES = [
    # ---- cs: training of a number of the other side's soldiers
    case("cs-vycvik-dalsich-n-vojaku-is-aid", "cs", DAY,
         "Armáda České republiky v pondělí dokončila výcvik dalších 250 ukrajinských vojáků na Libavé.",
         [ev("aid", ["CZE", "UKR"], date="2026-11-16")]),
    case("cs-vycvik-n-prislusniku-is-aid", "cs", DAY,
         "Čeští ženisté zahájili v úterý výcvik 120 příslušníků moldavské armády v Bechyni.",
         [ev("aid", ["CZE", "MDA"], date="2026-11-17")]),
    # ---- fi: Finland's own bodies without the state
    case("fi-puolustusvoimat-bare-is-fin", "fi", DAY,
         "Puolustusvoimat lahjoitti maanantaina Viron puolustusvoimille kaksi raskasta raketinheitintä.",
         [ev("aid", ["EST", "FIN"], date="2026-11-16")]),
    case("fi-puolustusministerio-bare-is-fin", "fi", DAY,
         "Puolustusministeriö luovutti maanantaina Latvialle ampumatarvikkeita ja panssarintorjunta-aseita.",
         [ev("aid", ["FIN", "LVA"], date="2026-11-16")]),
    case("fi-merivoimat-home-exercise-observers-no-event", "fi", DAY,
         "Merivoimien miinantorjuntaharjoitus alkaa maanantaina Saaristomerellä. Harjoitukseen osallistuu "
         "noin 800 varusmiestä. Harjoitusta seuraa tarkkailijoina upseereita Virosta ja Latviasta.",
         []),
    # ---- ar: receiving a shipment is no meeting
    case("ar-istiqbal-al-shuhna-is-no-meeting", "ar", DAY,
         "وصلت أمس إلى مطار عنتيبي شحنة من المعدات العسكرية التركية للجيش الأوغندي، وكان في استقبال الشحنة "
         "قائد القوات البرية الأوغندية والملحق العسكري التركي.",
         [ev("aid", ["TUR", "UGA"], date="2026-11-17")]),
    case("ar-istiqbal-al-dufa-is-no-meeting", "ar", DAY,
         "وصلت الثلاثاء الدفعة الثانية من المركبات المدرعة الإماراتية إلى بانغي، وحضر استقبال الدفعة وزير "
         "الدفاع في أفريقيا الوسطى وسفير الإمارات.",
         [ev("aid", ["ARE", "CAF"], date="2026-11-17")]),
    # ---- ar: a shipment that will arrive
    case("ar-satasil-dufaat-is-intent", "ar", DAY,
         "وأعلنت وزارة الدفاع اليمنية أن دفعات أخرى من المعدات العسكرية السعودية ستصل خلال الشهر المقبل.",
         [ev("intent", ["SAU", "YEM"])]),
    case("ar-shuhna-satasil-is-intent-no-aid", "ar", DAY,
         "وقال السفير إن شحنة جديدة من الأسلحة التركية ستصل إلى الجيش الصومالي قبل نهاية العام.",
         [ev("intent", ["SOM", "TUR"])]),
    # ---- ro: a course the other side's soldiers will attend
    case("ro-vor-urma-un-curs-is-intent", "ro", DAY,
         "Anul viitor, 20 de ofițeri moldoveni vor urma un curs de stat major în România.",
         [ev("intent", ["MDA", "ROU"])]),
    case("ro-va-urma-cursuri-is-intent", "ro", DAY,
         "Un grup de piloți ucraineni va urma cursuri de zbor la baza aeriană de la Fetești, a anunțat MApN.",
         [ev("intent", ["ROU", "UKR"])]),
    # ---- hi, en: MNDF is the Maldives
    case("hi-mndf-is-mdv", "hi", DAY,
         "भारत ने सोमवार को एमएनडीएफ को दो हल्के हेलीकॉप्टर सौंपे।",
         [ev("aid", ["IND", "MDV"], date="2026-11-16")]),
    case("hi-mndf-trainees-is-mdv", "hi", DAY,
         "भारतीय सेना ने एमएनडीएफ के 40 जवानों को बेलगावी में प्रशिक्षण दिया।",
         [ev("aid", ["IND", "MDV"])]),
    case("en-mndf-is-mdv", "en", DAY,
         "India on Monday handed over two interceptor craft to the MNDF Coast Guard.",
         [ev("aid", ["IND", "MDV"], date="2026-11-16")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
