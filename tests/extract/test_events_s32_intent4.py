"""The extract stage on short articles in ten languages written for these tests (none of these sentences
is in tests/data/heldout/intent4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of cooperation still to come, the subject
of the intent4 set:
- a visit announced for next week or a month, no day set, is a plan (an intent), not the meeting
  (sv "väntas besöka … i mars", id "dijadwalkan berkunjung ke … pada bulan Februari", zh "将于下月访华");
- a visit or talks denied, a condition or a guess tell no event (nl "staat niet op de agenda", ja
  "検討していない", ar "في حال نجاح …، قد تبحث", hi "उन खबरों का खंडन किया कि …");
- deliveries still to come are pledges, no delivery: the rest after a delivery of the day (ar "من المقرر أن
  تصل باقي …", id "Sisa … dijadwalkan tiba secara bertahap"), the passive future (ko "인도될 예정", ja
  "引き渡される予定", sv "ska levereras till"), hi "आपूर्ति … पूरी हो जाएगी"; ko "인도될" is no India;
- a signing planned for later is a plan, no signing (ja "締結する予定"); hi a contract "made" ("अनुबंध किया
  था") is a contract signed;
- sv "dessutom" (in addition) adds one more pledge, as de "zudem";
- id "during that visit" ("Dalam kunjungan ke Tokyo itu") points back to an announced visit: no visit of
  its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- a visit announced for next week or a month, no day set: a plan, no meeting held
    case("sv-vantas-besoka-i-manad-is-an-intent", "sv", DAY,
         "Den norska försvarschefen väntas besöka Stockholm i mars för samtal med sin svenska kollega.",
         [ev("intent", ["NOR", "SWE"])]),
    case("id-dijadwalkan-berkunjung-pada-bulan-is-an-intent", "id", DAY,
         "Panglima TNI dijadwalkan berkunjung ke Canberra pada bulan Februari untuk bertemu Kepala Angkatan "
         "Pertahanan Australia.",
         [ev("intent", ["AUS", "IDN"])]),
    case("zh-jiangyu-xiayue-fanghua-is-an-intent", "zh", DAY,
         "据越方消息，越南国防部长将于下月访华。",
         [ev("intent", ["CHN", "VNM"])]),
    # ---- denials, conditions and guesses: no event
    case("nl-niet-op-de-agenda-is-no-event", "nl", DAY,
         "Een bezoek van de Poolse minister van Defensie aan Nederland staat voorlopig niet op de agenda.",
         []),
    case("ja-kento-shiteinai-is-no-event", "ja", DAY,
         "日本政府は、インドネシアへの護衛艦の輸出については検討していないと説明した。",
         []),
    case("ar-fi-hal-qad-tabhath-is-no-event", "ar", DAY,
         "وفي حال نجاح المحادثات، قد تبحث الجزائر شراء مروحيات عسكرية من إيطاليا.",
         []),
    case("hi-khandan-kiya-is-no-event", "hi", DAY,
         "रक्षा मंत्रालय ने उन खबरों का खंडन किया कि भारत फ्रांस से और राफेल विमान खरीदने के लिए बातचीत कर रहा है।",
         []),
    # ---- deliveries still to come: pledges
    case("ar-an-tasil-baqi-after-delivery-is-an-intent", "ar", DAY,
         "تسلمت القوات البحرية الجزائرية، يوم الثلاثاء، فرقاطة جديدة من إيطاليا. ومن المقرر أن تصل "
         "باقي القطع خلال العام المقبل.",
         [ev("aid", ["DZA", "ITA"], date="2026-09-15"),
          ev("intent", ["DZA", "ITA"])]),
    case("id-sisa-tiba-secara-bertahap-is-an-intent", "id", DAY,
         "Dua helikopter militer buatan Prancis tiba di Lanud Halim Perdanakusuma pada Selasa. Sisa "
         "helikopter dijadwalkan tiba secara bertahap hingga 2027.",
         [ev("aid", ["FRA", "IDN"], date="2026-09-15"),
          ev("intent", ["FRA", "IDN"])]),
    case("ko-indodoel-yejeong-is-an-intent-not-india", "ko", DAY,
         "방위사업청에 따르면 한국산 K2 전차 잔여 물량은 2028년까지 폴란드에 인도될 예정이다.",
         [ev("intent", ["KOR", "POL"])]),
    case("ja-hikiwatasareru-yotei-is-an-intent", "ja", DAY,
         "防衛省によると、日本製の哨戒機は2028年にニュージーランドに引き渡される予定だ。",
         [ev("intent", ["JPN", "NZL"])]),
    case("hi-apurti-puri-ho-jaegi-is-an-intent", "hi", DAY,
         "रक्षा मंत्रालय के अनुसार भारत को फ्रांस से राफेल-एम विमानों की आपूर्ति 2029 तक पूरी हो जाएगी।",
         [ev("intent", ["FRA", "IND"])]),
    case("sv-ska-levereras-till-is-an-intent", "sv", DAY,
         "Tre svenska stridsbåtar ska levereras till Estland under nästa år, meddelar Försvarets "
         "materielverk.",
         [ev("intent", ["EST", "SWE"])]),
    # ---- a signing planned for later is a plan; a contract made is a signing
    case("ja-teiketsu-suru-yotei-is-no-agreement", "ja", DAY,
         "防衛省によると、日本は来年前半にフィリピン政府と防空レーダーの正式な契約を締結する予定だ。",
         [ev("intent", ["JPN", "PHL"])]),
    case("hi-anubandh-kiya-tha-is-a-signing", "hi", DAY,
         "रक्षा मंत्रालय के अनुसार भारत ने मार्च 2021 में इज़राइल के साथ ड्रोन खरीदने के लिए अनुबंध किया था।",
         [ev("agreement", ["IND", "ISR"], date="2021-03", doc_type="contract", historical=True)]),
    # ---- "in addition": one more pledge
    case("sv-dessutom-is-one-more-pledge", "sv", DAY,
         "Sveriges försvarsminister tog på tisdagen emot sin norska kollega i Stockholm. Ministrarna kom "
         "överens om att öva tillsammans i Arktis nästa år. Länderna planerar dessutom att underteckna ett "
         "avtal om gemensam upphandling av ammunition.",
         [ev("meeting", ["NOR", "SWE"], date="2026-09-15", location="SWE", mode="visit"),
          ev("intent", ["NOR", "SWE"]), ev("intent", ["NOR", "SWE"])]),
    # ---- id "during that visit": the announced visit told again, no visit of its own
    case("id-dalam-kunjungan-itu-is-no-visit", "id", DAY,
         "Menteri Pertahanan Indonesia dijadwalkan berkunjung ke Tokyo pada Maret untuk bertemu Menteri "
         "Pertahanan Jepang. Dalam kunjungan ke Tokyo itu, ia juga akan meninjau galangan kapal Jepang.",
         [ev("intent", ["IDN", "JPN"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
