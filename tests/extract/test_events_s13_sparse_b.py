"""The extract stage on short articles in Lao, Burmese, Nepali, Norwegian, Slovak, Slovene, Serbian and
Tagalog, written for these tests (none of these sentences is in tests/data/heldout/sparse_b.jsonl or in any
shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py.  They pin general wording of each language's ministries and press: Lao
ຊາດ (nation: ແຫ່ງຊາດ, ປ້ອງກັນຊາດ) as no Chad, ສຶກສາ-ບຳລຸງ (education and training, a field of cooperation)
and thanks for help (ຂອບໃຈ … ຊ່ວຍເຫຼືອ) as no aid, ໃນວັນດຽວກັນ (the same day) for a date; Burmese ယမန်နေ့
(yesterday), လက်ခံရရှိ (received) as a delivery, Myanmar's border towns and states as places; Serbian
feminine plural "извеле су" (carried out) for an exercise held, thanks for support of territorial integrity
and a hope ("изразио наду да … вежбе") as no support and no intent; Slovak "kúpil od" (bought from) as a
delivery and "zmluva o kúpe" as a contract; and a signing between companies in Serbian, Slovak, Slovene,
Norwegian, Tagalog and Nepali as no agreement of states.  Found with the helper's own probe sentences: a
Lao past marker before a patrol verb (ໄດ້ລາດຕະເວນ) as an exercise held, Slovak "ukončili" (ended) an exercise
held and the aid a call was about ("o pomoci Ukrajine") no aid, Serbian "примила од" (received from) a
delivery, a Tagalog agreement on troop visits ("pagbisita ng mga tropa") no visit, the Nepali one-word
phone talk (फोनवार्ता, no name) and an exercise ended (सकियो), a Burmese exercise completed (ပြီးဆုံး), a
visit made at the other's invitation as no invitation to come (ຕາມການເຊື້ອເຊີນ, ဖိတ်ကြားချက်အရ, na pozvanie,
sa imbitasyon ng), Lao ໄດ້ເຊີນ (invited) an invitation, and thanks for support of territorial integrity and
one-sided hopes of a joint exercise in Slovak, Slovene, Norwegian and Tagalog as no events.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- Lao
    case("lo-nation-is-no-chad", "lo", DAY,
         "ວັນທີ 17 ມີນາ 2026, ທີ່ຫໍປະຊຸມແຫ່ງຊາດ, ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ ໄດ້ເປັນປະທານກອງປະຊຸມສະຫຼຸບ"
         "ວຽກງານຂອງກອງທັບ ແລະ ໄດ້ຕ້ອນຮັບຄະນະຜູ້ແທນກອງທັບ.",
         []),
    case("lo-education-and-training-field-no-aid", "lo", DAY,
         "ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດລາວ ໄດ້ເຈລະຈາກັບ ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດກຳປູເຈຍ ທີ່ນະຄອນຫຼວງວຽງຈັນ.\n\n"
         "ໃນການເຈລະຈາ, ສອງຝ່າຍໄດ້ຕີລາຄາສູງຕໍ່ວຽກງານສຶກສາ-ບຳລຸງນາຍທະຫານ ລະຫວ່າງສອງກອງທັບ.",
         [ev("meeting", ["KHM", "LAO"], location="LAO")]),
    case("lo-thanks-for-help-no-aid", "lo", DAY,
         "ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດລາວ ໄດ້ຕ້ອນຮັບ ຄະນະຜູ້ແທນກະຊວງປ້ອງກັນປະເທດຈີນ ທີ່ນະຄອນຫຼວງວຽງຈັນ.\n\n"
         "ຝ່າຍລາວ ໄດ້ສະແດງຄວາມຂອບໃຈ ຕໍ່ກອງທັບຈີນ ທີ່ໄດ້ໃຫ້ການຊ່ວຍເຫຼືອ ແກ່ກອງທັບປະຊາຊົນລາວ.",
         [ev("meeting", ["CHN", "LAO"], location="LAO")]),
    case("lo-same-day-handover", "lo", DAY,
         "ໃນວັນທີ 12 ມີນາ 2026, ກອງທັບລາວ ແລະ ກອງທັບຫວຽດນາມ ໄດ້ຈັດພິທີປິດການຝຶກຊ້ອມຮ່ວມ ຢູ່ແຂວງຫົວພັນ.\n\n"
         "ໃນວັນດຽວກັນ, ຝ່າຍຫວຽດນາມ ໄດ້ມອບອຸປະກອນການແພດ ໃຫ້ແກ່ກອງທັບລາວ.",
         [ev("exercise", ["LAO", "VNM"]), ev("aid", ["LAO", "VNM"], date="2026-03-12")]),
    # ---- Burmese
    case("my-yesterday", "my", DAY,
         "တပ်မတော်ကာကွယ်ရေးဦးစီးချုပ်သည် ယမန်နေ့က နေပြည်တော်၌ အိန္ဒိယနိုင်ငံ ကာကွယ်ရေးဝန်ကြီးနှင့် "
         "တွေ့ဆုံဆွေးနွေးသည်။",
         [ev("meeting", ["IND", "MMR"], date="2026-03-17", location="MMR")]),
    case("my-received-from-is-delivery", "my", DAY,
         "မြန်မာ့လေတပ်သည် တရုတ်နိုင်ငံမှ တိုက်လေယာဉ် လေးစင်းကို လက်ခံရရှိခဲ့သည်။",
         [ev("aid", ["CHN", "MMR"])]),
    case("my-border-town-is-a-place", "my", DAY,
         "မြန်မာ-လာအို နယ်စပ်ကော်မတီ အစည်းအဝေးကို ရှမ်းပြည်နယ် တာချီလိတ်မြို့၌ ယနေ့ ကျင်းပသည်။ "
         "အစည်းအဝေးသို့ နှစ်နိုင်ငံ တပ်မတော် ကိုယ်စားလှယ်များ တက်ရောက်ကြသည်။",
         [ev("meeting", ["LAO", "MMR"], location="MMR")]),
    # ---- Serbian
    case("sr-feminine-plural-carried-out", "sr", DAY,
         "Војска Србије и Оружане снаге Мађарске извеле су заједничку вежбу на полигону Пасуљанске ливаде.",
         [ev("exercise", ["HUN", "SRB"])]),
    case("sr-thanks-for-support-no-support", "sr", DAY,
         "Министар одбране Србије примио је данас министра одбране Словачке у Београду.\n\n"
         "Министар је захвалио Словачкој на подршци територијалном интегритету Србије.",
         [ev("meeting", ["SRB", "SVK"], location="SRB")]),
    case("sr-hope-no-intent", "sr", DAY,
         "Ministar odbrane Srbije sastao se danas u Atini sa ministrom odbrane Grčke.\n\n"
         "Ministar je izrazio nadu da će Srbija i Grčka sledeće godine organizovati zajedničku vežbu.",
         [ev("meeting", ["GRC", "SRB"], location="GRC")]),
    case("sr-companies-memorandum-no-agreement", "sr", DAY,
         "Министар одбране Србије састао се данас у Београду са министром одбране Италије.\n\n"
         "Истог дана једна српска компанија и италијанска фирма потписале су меморандум о производњи "
         "муниције.",
         [ev("meeting", ["ITA", "SRB"], location="SRB")]),
    # ---- Slovak
    case("sk-bought-from-is-delivery", "sk", DAY,
         "Slovensko kúpilo od Švédska nové bojové vozidlá pechoty pre pozemné sily.",
         [ev("aid", ["SVK", "SWE"])]),
    case("sk-purchase-contract", "sk", DAY,
         "Ministerstvo obrany SR dnes podpísalo so Švédskom zmluvu o kúpe bojových vozidiel.",
         [ev("agreement", ["SVK", "SWE"], doc_type="contract")]),
    case("sk-companies-memorandum-no-agreement", "sk", DAY,
         "Minister obrany SR sa dnes v Bratislave stretol s českým ministrom obrany.\n\n"
         "Slovenská spoločnosť a česká firma podpísali memorandum o spoločnej výrobe munície.",
         [ev("meeting", ["CZE", "SVK"], location="SVK")]),
    # ---- Slovene, Norwegian, Tagalog, Nepali: companies sign for themselves
    case("sl-companies-agreement-no-agreement", "sl", DAY,
         "Obrambni minister se je danes v Ljubljani sestal z avstrijsko obrambno ministrico.\n\n"
         "Slovensko podjetje in avstrijska družba sta podpisala sporazum o proizvodnji vojaških vozil.",
         [ev("meeting", ["AUT", "SVN"], location="SVN")]),
    case("no-companies-agreement-no-agreement", "no", DAY,
         "Forsvarsministeren møtte i dag Finlands forsvarsminister i Oslo.\n\n"
         "Et norsk selskap og et finsk selskap signerte en avtale om produksjon av ammunisjon.",
         [ev("meeting", ["FIN", "NOR"], location="NOR")]),
    case("tl-companies-agreement-no-agreement", "tl", DAY,
         "Nakipagpulong ngayong araw ang Defense Secretary ng Pilipinas sa Defense Minister ng South Korea "
         "sa Maynila.\n\nNilagdaan ng isang kumpanya mula sa Pilipinas at isang kumpanya mula sa South Korea "
         "ang kasunduan sa paggawa ng mga barko.",
         [ev("meeting", ["KOR", "PHL"], location="PHL")]),
    case("ne-companies-agreement-no-agreement", "ne", DAY,
         "नेपाली सेनाका प्रधानसेनापतिले आज काठमाडौंमा भारतीय सेनाध्यक्षसँग भेट गरे।\n\n"
         "एक नेपाली कम्पनी र भारतीय कम्पनीबीच सैन्य पोशाक उत्पादनसम्बन्धी सम्झौतामा हस्ताक्षर भयो।",
         [ev("meeting", ["IND", "NPL"], location="NPL")]),
    # ---- found with probe sentences of the helper's own
    case("lo-past-marker-patrol-held", "lo", DAY,
         "ກອງທັບລາວ ແລະ ກອງທັບໄທ ໄດ້ລາດຕະເວນຮ່ວມກັນ ຕາມແມ່ນ້ຳຂອງ ເພື່ອສະກັດກັ້ນການລັກລອບຄ້າຂາຍ, "
         "ກະຊວງປ້ອງກັນປະເທດ ລາຍງານ.",
         [ev("exercise", ["LAO", "THA"])]),
    case("sk-ended-exercise", "sk", DAY,
         "Slovenskí a maďarskí vojaci ukončili spoločné cvičenie vo vojenskom obvode Záhorie.",
         [ev("exercise", ["HUN", "SVK"])]),
    case("sk-aid-as-topic-of-a-call", "sk", DAY,
         "Minister obrany SR telefonoval s poľským ministrom obrany o pomoci Ukrajine.",
         [ev("meeting", ["POL", "SVK"], mode="phone")]),
    case("sr-received-from-is-delivery", "sr", DAY,
         "Министарство одбране саопштило је да је Војска Србије примила од Кине нове беспилотне "
         "летелице.",
         [ev("aid", ["CHN", "SRB"])]),
    case("tl-visiting-forces-agreement-no-visit", "tl", DAY,
         "Lumagda ang Department of National Defense ng Pilipinas at ang New Zealand sa kasunduan hinggil sa "
         "pagbisita ng mga tropa.",
         [ev("agreement", ["NZL", "PHL"])]),
    case("ne-phone-talk-one-word", "ne", DAY,
         "नेपाली सेनाका प्रधानसेनापतिले बंगलादेशका सेना प्रमुखसँग फोनवार्ता गरेका छन्।",
         [ev("meeting", ["BGD", "NPL"], mode="phone")]),
    case("ne-exercise-ended", "ne", DAY,
         "नेपाल र अमेरिकाका सेनाबीच संयुक्त सैन्य अभ्यास सकियो।",
         [ev("exercise", ["NPL", "USA"])]),
    case("my-exercise-completed", "my", DAY,
         "မြန်မာနှင့် ရုရှား တပ်မတော်များ ပူးတွဲလေ့ကျင့်ခန်း ပြီးဆုံးသွားသည်။",
         [ev("exercise", ["MMR", "RUS"])]),
    # ---- a visit made at the other's invitation is no invitation to come
    case("lo-at-the-invitation-of", "lo", DAY,
         "ຕາມການເຊື້ອເຊີນຂອງ ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດລາວ, ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດມຽນມາ "
         "ໄດ້ເດີນທາງມາຢ້ຽມຢາມ ສປປ ລາວ ຢ່າງເປັນທາງການ.",
         [ev("meeting", ["LAO", "MMR"], mode="visit", location="LAO")]),
    case("lo-invited-to-visit", "lo", DAY,
         "ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດລາວ ໄດ້ເຈລະຈາກັບ ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດມຽນມາ ທີ່ນະຄອນຫຼວງວຽງຈັນ.\n\n"
         "ໃນໂອກາດນີ້, ຝ່າຍມຽນມາ ໄດ້ເຊີນ ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດລາວ ໄປຢ້ຽມຢາມມຽນມາ ໃນໂອກາດທີ່ເໝາະສົມ.",
         [ev("meeting", ["LAO", "MMR"], location="LAO"), ev("intent", ["LAO", "MMR"])]),
    case("my-at-the-invitation-of", "my", DAY,
         "အိန္ဒိယနိုင်ငံ ကာကွယ်ရေးဝန်ကြီး၏ ဖိတ်ကြားချက်အရ မြန်မာနိုင်ငံ ကာကွယ်ရေးဝန်ကြီးသည် ယနေ့ "
         "အိန္ဒိယနိုင်ငံသို့ ချစ်ကြည်ရေးခရီး ထွက်ခွာသွားသည်။",
         [ev("meeting", ["IND", "MMR"], mode="visit")]),
    case("sk-at-the-invitation-of", "sk", DAY,
         "Na pozvanie rakúskej ministerky obrany navštívil minister obrany SR v pondelok Viedeň.",
         [ev("meeting", ["AUT", "SVK"], mode="visit")]),
    case("tl-at-the-invitation-of", "tl", DAY,
         "Sa imbitasyon ng Australian Defence Minister, bumisita si Defense Secretary Teodoro sa Canberra "
         "nitong Lunes.",
         [ev("meeting", ["AUS", "PHL"], mode="visit")]),
    # ---- thanks for the other's support and one-sided hopes are no events
    case("sk-thanks-for-support", "sk", DAY,
         "Minister obrany SR prijal dnes v Bratislave moldavského ministra obrany.\n\n"
         "Moldavský minister poďakoval Slovensku za podporu územnej celistvosti Moldavska.",
         [ev("meeting", ["MDA", "SVK"])]),
    case("sl-thanks-for-support", "sl", DAY,
         "Obrambni minister je danes v Ljubljani sprejel moldavskega obrambnega ministra.\n\n"
         "Moldavski minister se je Sloveniji zahvalil za podporo ozemeljski celovitosti Moldavije.",
         [ev("meeting", ["MDA", "SVN"])]),
    case("tl-thanks-for-support", "tl", DAY,
         "Tinanggap ngayong araw ni Defense Secretary Teodoro ang Defense Minister ng Moldova sa Camp "
         "Aguinaldo.\n\nNagpasalamat ang Moldovan minister sa Pilipinas sa suporta nito sa territorial "
         "integrity ng Moldova.",
         [ev("meeting", ["MDA", "PHL"])]),
    case("no-thanks-for-support", "no", DAY,
         "Forsvarsminister Tore O. Sandvik tok i dag imot Moldovas forsvarsminister i Oslo.\n\n"
         "Den moldovske ministeren takket Norge for støtten til Moldovas territorielle integritet.",
         [ev("meeting", ["MDA", "NOR"])]),
    case("sk-hope-no-intent", "sk", DAY,
         "Minister obrany SR prijal dnes v Bratislave moldavského ministra obrany.\n\n"
         "Minister vyjadril nádej, že Slovensko a Moldavsko budú v budúcnosti spoločne cvičiť.",
         [ev("meeting", ["MDA", "SVK"])]),
    case("sl-hope-no-exercise", "sl", DAY,
         "Obrambni minister je danes v Ljubljani sprejel moldavskega obrambnega ministra.\n\n"
         "Minister je izrazil upanje, da bosta Slovenija in Moldavija v prihodnje izvedli skupno vajo.",
         [ev("meeting", ["MDA", "SVN"])]),
    case("no-hope-no-intent", "no", DAY,
         "Forsvarsminister Tore O. Sandvik tok i dag imot Moldovas forsvarsminister i Oslo.\n\n"
         "Sandvik uttrykte håp om at Norge og Moldova skal gjennomføre en felles øvelse neste år.",
         [ev("meeting", ["MDA", "NOR"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
