"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/aid10.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of military aid news in the less used
languages (donations, handovers, training given, pledges against deliveries), the subject of the aid10 set:
- sv a season with "under" ("under hösten", "under våren") dates what the verb tells, past or future: it is
  no future of its own ("har under hösten utbildats" is training given); with a present verb it is still a
  delivery to come;
- sv aircraft written with "-plan" ("spaningsplan", "radarspaningsplanen", "jaktplan", "transportplan" not:
  also a plan) are military words;
- bg an approval of a provision ("одобри предоставянето на …", "одобри изпращането") is a decision to give
  (intent), no delivery;
- bg armour, tanks, guns or helicopters sent ("изпрати на Украйна бронетранспортьори") are a delivery, as
  weapons and ammunition sent were;
- ro a course given ("curs de instruire pentru ofițeri …", "susținut de instructori ai …") is training given;
- ro military hardware named ("tancuri", "ambulanțe militare", materiel): its donation and a course given
  to the same pair are two aids;
- ro military financing ("finanțare militară") given is aid, a package of it to come a pledge;
- th an exchange of notes or letters ("หนังสือแลกเปลี่ยน") is a document signed (other);
- cs a cabinet or parliament session ("po jednání vlády", "na zasedání vlády") is no meeting of two states.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- sv: a season with "under" is no future of its own
    case("sv-season-past-training", "sv", DAY,
         "Ett hundratal georgiska officerare har under våren utbildats av svenska instruktörer "
         "vid Livgardet.",
         [ev("aid", ["GEO", "SWE"])]),
    case("sv-season-past-delivery", "sv", DAY,
         "Sverige skänkte under sommaren fyra stridsbåtar till Estland.",
         [ev("aid", ["EST", "SWE"])]),
    case("sv-season-present-still-future", "sv", DAY,
         "Sverige skänker under hösten ytterligare luftvärn till Ukraina, uppger regeringen.",
         [ev("intent", ["SWE", "UKR"])]),
    # ---- sv: aircraft written with "-plan"
    case("sv-spaningsplan-military", "sv", DAY,
         "Sverige har i dag överlämnat två spaningsplan till Polen.",
         [ev("aid", ["POL", "SWE"], date="2026-10-14")]),
    case("sv-radarspaningsplanen-military", "sv", DAY,
         "Finland överlämnade på måndagen de båda radarspaningsplanen till Estland.",
         [ev("aid", ["EST", "FIN"], date="2026-10-12")]),
    case("sv-jaktplan-military", "sv", DAY,
         "Norge har levererat de sista jaktplanen till Ukraina, meddelade regeringen i Oslo på tisdagen.",
         [ev("aid", ["NOR", "UKR"])]),
    # ---- bg: an approval of a provision is a decision (intent)
    case("bg-approves-provision-intent", "bg", DAY,
         "Правителството одобри в сряда предоставянето на Украйна на още 30 бронетранспортьора от резерва "
         "на Българската армия.",
         [ev("intent", ["BGR", "UKR"])]),
    case("bg-approves-sending-intent", "bg", DAY,
         "Министерският съвет на България одобри изпращането на Северна Македония на два хеликоптера.",
         [ev("intent", ["BGR", "MKD"])]),
    # ---- bg: armour, tanks, guns sent are a delivery
    case("bg-sent-armour-delivery", "bg", DAY,
         "Миналия месец България изпрати на Украйна още 40 бронетранспортьора.",
         [ev("aid", ["BGR", "UKR"], date="2026-09")]),
    case("bg-sent-howitzers-delivery", "bg", DAY,
         "Гърция изпрати на Кипър шест гаубици в понеделник.",
         [ev("aid", ["CYP", "GRC"], date="2026-10-12")]),
    # ---- ro: a course given is training given
    case("ro-course-given-aid", "ro", DAY,
         "La Sibiu s-a încheiat vineri un curs de instruire pentru ofițeri georgieni, susținut de "
         "instructori ai Armatei României.",
         [ev("aid", ["GEO", "ROU"], date="2026-10-09")]),
    case("ro-course-given-no-diacritics", "ro", DAY,
         "Armata Romaniei a organizat la Brasov cursul de pregatire pentru 20 de militari moldoveni.",
         [ev("aid", ["MDA", "ROU"])]),
    # ---- ro: military hardware named (materiel): its donation and a course given to one pair are two aids
    case("ro-materiel-donation-and-course-two-aids", "ro", DAY,
         "Armata României a donat marți Armatei Naționale a Republicii Moldova patru ambulanțe militare. "
         "Săptămâna trecută s-a încheiat la Sibiu un curs de instruire pentru 20 de ofițeri moldoveni.",
         [ev("aid", ["MDA", "ROU"], date="2026-10-13"), ev("aid", ["MDA", "ROU"], date="2026-10")]),
    case("ro-materiel-tanks-and-training-two-aids", "ro", DAY,
         "Polonia a predat luni Ucrainei 30 de tancuri. Totodată, instructori polonezi au instruit 200 de "
         "militari ucraineni.",
         [ev("aid", ["POL", "UKR"], date="2026-10-12"), ev("aid", ["POL", "UKR"])]),
    # ---- cs: a cabinet session is no meeting
    case("cs-cabinet-session-no-meeting", "cs", DAY,
         "Ministr obrany po jednání vlády oznámil, že Česko předalo Ukrajině další dvě houfnice.",
         [ev("aid", ["CZE", "UKR"])]),
    case("cs-cabinet-session-zasedani", "cs", DAY,
         "Na zasedání vlády v pondělí ministr obrany uvedl, že Česko odeslalo Moldavsku zdravotnický "
         "materiál pro tamní armádu.",
         [ev("aid", ["CZE", "MDA"])]),
    # ---- ro: military financing is military aid
    case("ro-military-financing-given-aid", "ro", DAY,
         "Statele Unite au acordat luni Republicii Moldova o finanțare militară de 30 de milioane de dolari.",
         [ev("aid", ["MDA", "USA"], date="2026-10-12")]),
    case("ro-military-financing-no-diacritics", "ro", DAY,
         "Georgia a primit ieri din partea Statelor Unite finantare militara pentru achizitia de radare.",
         [ev("aid", ["GEO", "USA"], date="2026-10-13")]),
    case("ro-military-financing-package-to-come-intent", "ro", DAY,
         "Statele Unite vor acorda Georgiei un nou pachet de finanțare militară externă.",
         [ev("intent", ["GEO", "USA"])]),
    # ---- th: an exchange of notes or letters is a document signed (other)
    case("th-exchange-of-notes-signed", "th", DAY,
         "เมื่อวันที่ 12 ตุลาคม 2569 กระทรวงกลาโหมไทยและกระทรวงกลาโหมญี่ปุ่น"
         "ได้ลงนามในหนังสือแลกเปลี่ยนว่าด้วยการสนับสนุนเรือตรวจการณ์",
         [ev("agreement", ["JPN", "THA"], date="2026-10-12", doc_type="other")]),
    case("th-exchange-of-letters-signed", "th", DAY,
         "ผู้บัญชาการทหารเรือไทยและเอกอัครราชทูตออสเตรเลียลงนามในหนังสือแลกเปลี่ยนระหว่างกันเมื่อวันที่ 13 ตุลาคม 2569",
         [ev("agreement", ["AUS", "THA"], date="2026-10-13", doc_type="other")]),
    # ---- he: the day right after a reporting verb ("כך הודיע היום") is the report's, not the delivery's
    case("he-reported-today-delivered-yesterday", "he", DAY,
         "אונייה מגרמניה עגנה אתמול בנמל חיפה, ומטענה – מאות טילים ופגזי ארטילריה – נפרק והועבר "
         "לצה\"ל, כך הודיע היום משרד הביטחון.",
         [ev("aid", ["DEU", "ISR"], date="2026-10-13")]),
    case("he-said-today-given-yesterday", "he", DAY,
         "מטוס תובלה בריטי נחת אתמול בבסיס נבטים, ועל סיפונו שתי מערכות מכ\"ם שנמסרו לצה\"ל במתנה, "
         "אמר היום דובר משרד הביטחון.",
         [ev("aid", ["GBR", "ISR"], date="2026-10-13")]),
    # ---- fa: "martyr" in the name of a base, port, ship or school ("پایگاه شهید نوژه") tells no combat
    case("fa-shahid-base-name-no-combat", "fa", DAY,
         "روسیه روز دوشنبه دو فروند بالگرد را در پایگاه هوایی شهید بابایی اصفهان به نیروی هوایی ارتش ایران "
         "تحویل داد.",
         [ev("aid", ["IRN", "RUS"], date="2026-10-12")]),
    case("fa-shahid-port-name-no-combat", "fa", DAY,
         "چین روز دوشنبه در بندر شهید رجایی دو فروند قایق گشتی را به نیروی دریایی ارتش ایران تحویل داد.",
         [ev("aid", ["CHN", "IRN"], date="2026-10-12")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
