"""The extract stage on short articles in eight languages written for these tests (none of these sentences is
in tests/data/heldout/domestic4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of the domestic4 genre (domestic defense news
that names foreign states in passing): bought aircraft that "aterrizaron el martes en" a base (es), forces
that "treinaram em conjunto" (pt), "serviço militar" that names no Serbia (pt), a press conference's
question "请介绍……的有关情况" beside the answer that tells the visit and a delivery schedule "交運時程" (zh),
a committee
that "menyetujui anggaran" (id), a state firm's memorandum "với một số doanh nghiệp" (vi), recruits who
"підписали" their contracts (uk), the noun "तैयारियों" (preparations, hi) and a contract's drones that "are
to be delivered" later (en).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- es: bought aircraft that land with the day between the verb and the place
    case("es-aterrizaron-el-dia-en-is-a-delivery", "es", DAY,
         "Cuatro helicópteros procedentes de Francia aterrizaron el martes en "
         "la base de El Palomar, en Argentina.",
         [ev("aid", ["ARG", "FRA"], date="2026-10-13")]),
    # ---- pt: "treinaram em conjunto" (trained together) is an exercise held
    case("pt-treinaram-em-conjunto-is-an-exercise", "pt", DAY,
         "Na semana passada, paraquedistas brasileiros e soldados do "
         "Exército argentino treinaram em conjunto "
         "saltos noturnos em Santa Maria.",
         [ev("exercise", ["ARG", "BRA"])]),
    # ---- pt: "serviço militar" is no Serbian adjective folded without its accent
    case("pt-servico-militar-is-no-serbia", "pt", DAY,
         "A comissão aprovou um projeto que amplia a idade máxima para o "
         "serviço militar temporário. Segundo o "
         "relator, a Força Aérea da Suécia já recebeu 12 dos 36 caças encomendados.",
         []),
    case("pt-servio-is-still-serbia", "pt", DAY,
         "O ministro da Defesa do Brasil recebeu ontem em Brasília o seu homólogo sérvio.",
         [ev("meeting", ["BRA", "SRB"], date="2026-10-13")]),
    # ---- zh: the question of a press conference does not date the visit its answer tells
    case("zh-qing-jieshao-question-is-no-visit", "zh", DAY,
         "记者：请介绍新加坡国防部长访华的有关情况。\n\n发言人：应"
         "国防部长董军邀请，新加坡国防部长将于11月2日至5日访华。",
         [ev("meeting", ["CHN", "SGP"], date="2026-11")]),
    # ---- zh: a delivery schedule that slips is no delivery
    case("zh-jiaoyun-shicheng-is-no-delivery", "zh", DAY,
         "國防預算審查 "
         "部長：對美軍購交運時程仍有落後\n\n立法院外交及國防委員會今天審查國防預算，國防部長列席備詢。"
         "他表示，台灣向美方採購的F-16V戰機因生產線問題延後。",
         [], title="國防預算審查 部長：對美軍購交運時程仍有落後"),
    # ---- id: a parliament committee approving the budget agrees nothing with a state
    case("id-menyetujui-anggaran-is-no-intent", "id", DAY,
         "Komisi I DPR menyetujui anggaran pertahanan tahun depan sebesar Rp190 triliun dalam rapat kerja "
         "bersama Menteri Pertahanan Budi Santoso, Selasa. Sebelumnya, Budi "
         "menerima kunjungan kehormatan Duta "
         "Besar Jepang untuk Indonesia.",
         [ev("meeting", ["IDN", "JPN"])]),
    # ---- vi: a state firm's memorandum with several foreign firms signs nothing between states
    case("vi-ky-voi-mot-so-doanh-nghiep-is-no-agreement", "vi", DAY,
         "Sáng 13/10, Đại tướng Phan Văn Giang tiếp Bộ trưởng Quốc phòng "
         "Campuchia. Cũng trong ngày, Tổng công "
         "ty Thái Sơn đã ký thỏa thuận hợp tác với một số doanh nghiệp nước ngoài về sản xuất thiết bị.",
         [ev("meeting", ["KHM", "VNM"], date="2026-10-13")]),
    # ---- uk: recruits who sign their service contracts
    case("uk-pidpysaly-dobrovoltsiv-is-no-agreement", "uk", DAY,
         "Міністр оборони у вівторок провів телефонну розмову з міністром "
         "оборони Данії. Він також повідомив, "
         "що контракти вже підписали понад 5 тисяч молодих добровольців.",
         [ev("meeting", ["DNK", "UKR"], date="2026-10-13")]),
    # ---- hi: preparations ("तैयारियों") are no readiness to cooperate
    case("hi-taiyariyon-is-no-intent", "hi", DAY,
         "ब्रिटेन के नौसेना प्रमुख ने मंगलवार को नई दिल्ली में भारतीय "
         "नौसेना प्रमुख से मुलाकात की और परिचालन "
         "तैयारियों पर चर्चा की।",
         [ev("meeting", ["GBR", "IND"], date="2026-10-13")]),
    # ---- en: a contract's later delivery schedule is no delivery made
    case("en-are-to-be-delivered-is-no-delivery", "en", DAY,
         "Poland had signed a contract with the US government in May 2025 "
         "for 12 armed drones, which are to be "
         "delivered from 2030.",
         [ev("agreement", ["POL", "USA"], date="2025-05", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
