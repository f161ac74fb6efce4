"""The extract stage on short articles in ten languages written for these tests (none of these sentences
is in tests/data/heldout/intent3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of cooperation still to come, the subject
of the intent3 set:
- a visit announced for next week or for a month, no day set, is a plan (an intent), not the meeting
  (en "is scheduled to travel to … next week", de "wird im Oktober … reisen", ru "посетит … в октябре",
  uk "відвідає … наступного тижня", pl "w październiku uda się do …");
- a signing planned or agreed for later, no day stated, is a plan, not a signing (de "Die Unterzeichnung …
  ist für den Sommer 2027 geplant" after the talks, pl "planują podpisać", pt "acordaram assinar");
- tr "bir sonraki" (the next edition, round) is still to come: the next edition of an exercise just held
  ("Tatbikatın bir sonraki icrasının 2027 yılında … yapılacağı açıklandı") is a plan of its states;
- deliveries still to come are pledges, no delivery (en "will hand over", "the remaining boats are scheduled
  to be handed over next year" after a delivery of the day; ru "Поставки … должны завершиться в 2027 году");
  fr trainees still to be trained ("suivront une formation … en France l'an prochain") are a pledge of
  training, not training given;
- pl a shipment come by sea ("do portu … przypłynęła kolejna partia haubic … z Korei Południowej") is a
  delivery, as "dotarła … partia".
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- a visit announced for next week or a month, no day set: a plan, no meeting held
    case("en-scheduled-to-travel-next-week-is-an-intent", "en", DAY,
         "The Philippine Navy chief is scheduled to travel to Tokyo next week for talks with Japanese "
         "officials.",
         [ev("intent", ["JPN", "PHL"])]),
    case("de-wird-im-monat-reisen-is-an-intent", "de", DAY,
         "Der litauische Verteidigungsminister wird im Oktober zu Gesprächen nach Deutschland reisen.",
         [ev("intent", ["DEU", "LTU"])]),
    case("ru-posetit-v-mesyatse-is-an-intent", "ru", DAY,
         "Министр обороны Казахстана посетит Беларусь в октябре.",
         [ev("intent", ["BLR", "KAZ"])]),
    case("uk-vidvidaye-nastupnogo-tyzhnya-is-an-intent", "uk", DAY,
         "Міністр оборони Литви Довіле Шакалене відвідає Київ наступного тижня.",
         [ev("intent", ["LTU", "UKR"])]),
    case("pl-w-miesiacu-uda-sie-is-an-intent", "pl", DAY,
         "Szef MON Polski w październiku uda się do Wilna na rozmowy z litewskim ministrem obrony.",
         [ev("intent", ["LTU", "POL"])]),
    # ---- a signing planned or agreed for later, no day stated: a plan, no signing
    case("de-unterzeichnung-ist-geplant-is-an-intent", "de", DAY,
         "Der norwegische Verteidigungsminister traf am Dienstag in Berlin Boris Pistorius. Die "
         "Unterzeichnung einer Absichtserklärung über die gemeinsame Ausbildung ist für den Sommer 2027 "
         "geplant.",
         [ev("meeting", ["DEU", "NOR"], date="2026-09-15", location="DEU", mode="visit"),
          ev("intent", ["DEU", "NOR"], date="2026-09-15")]),
    case("pl-planuja-podpisac-is-no-agreement", "pl", DAY,
         "Polska i Litwa planują podpisać w przyszłym roku umowę o współpracy obronnej.",
         [ev("intent", ["LTU", "POL"])]),
    case("pt-acordaram-assinar-is-no-agreement", "pt", DAY,
         "Os ministros da Defesa de Portugal e de Angola acordaram assinar um novo acordo de cooperação "
         "técnico-militar no próximo ano.",
         [ev("intent", ["AGO", "PRT"])]),
    # ---- tr: the next edition of an exercise just held is a plan of its states
    case("tr-bir-sonraki-icrasi-is-an-intent", "tr", DAY,
         "Milli Savunma Bakanlığı, Türkiye ile Gürcistan arasında 7-11 Eylül tarihlerinde Tiflis'te icra "
         "edilen ortak tatbikatın başarıyla tamamlandığını bildirdi. Tatbikatın bir sonraki icrasının 2027 "
         "yılında Türkiye'de yapılacağı açıklandı.",
         [ev("exercise", ["GEO", "TUR"], date="2026-09", location="GEO"),
          ev("intent", ["GEO", "TUR"])]),
    # ---- deliveries still to come: pledges, no delivery
    case("en-will-hand-over-is-an-intent", "en", DAY,
         "Britain will hand over two more patrol boats to Kenya next year.",
         [ev("intent", ["GBR", "KEN"])]),
    case("en-remaining-to-be-handed-over-is-an-intent", "en", DAY,
         "Britain delivered two patrol boats to Kenya on Tuesday. The remaining boats are scheduled to be "
         "handed over next year.",
         [ev("aid", ["GBR", "KEN"], date="2026-09-15"),
          ev("intent", ["GBR", "KEN"])]),
    case("ru-postavki-dolzhny-zavershitsya-is-an-intent", "ru", DAY,
         "Поставки российских вертолетов Ми-17 в Лаос должны завершиться в 2027 году.",
         [ev("intent", ["LAO", "RUS"])]),
    case("fr-suivront-une-formation-is-an-intent", "fr", DAY,
         "Des officiers sénégalais suivront une formation à l'École de guerre en France l'an prochain.",
         [ev("intent", ["FRA", "SEN"])]),
    # ---- pl: a shipment come by sea is a delivery
    case("pl-przyplynela-partia-is-aid", "pl", DAY,
         "We wtorek do portu w Gdańsku przypłynęła kolejna partia haubic K9 z Korei Południowej dla Wojska "
         "Polskiego.",
         [ev("aid", ["KOR", "POL"], date="2026-09-15")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
