"""The extract stage on short articles in Chinese, Japanese, Korean, Hindi, Italian,
Polish, Turkish and Indonesian, written for these tests (none of these sentences is
in tests/data/heldout/background2.jsonl or in any shared set). Each case is one
article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording that long background
pieces use: Hindi months with "में" (in) ("मार्च में"), "इसी अवसर पर" (on the same
occasion) dated by the day named before, Hindi document loanwords (फ्रेमवर्क,
मेमोरेंडम) and "संयुक्त दृष्टि वक्तव्य" (joint vision statement), a transfer of
technology named as a field ("तकनीक हस्तांतरण") as no delivery; a Chinese rank
before a verb ("潘文江大将举行会谈") as no "将举行" (will hold) and thanks for help provided
("感谢…提供的援助") as no aid; Japanese "…年を迎えた" (reached a date) as no reception, a frame
of dialogue (対話の枠組み) as no talks, a deal weighed "as an export" as no delivery,
"国名・都市名で" as the venue, dialogue as a task, a visit "the first in N years" and
"米国以外" (other than the US) as no new event; Korean "정례화됐다" (has been made regular)
as no pledge, "인도가 이뤄졌다" (the delivery took place) as a delivery and no India, the
SCM (한미안보협의회의) as talks, the OPCON words (전작권) as defense, and an attack named as a
time ("피격 사건 이후") as no fighting, "이 회의는" retelling a meeting, an envoy boarding a
ship ("함정을 방문해") as no talks, a Hindi gift "the first given" retold, a Korean "장관회의"
(ministers' meeting) alone as no forum, a Japanese signing "…を結ぶのは…初めて" retold; the
Italian passato remoto of a signing (firmarono, siglò) and "di quell'anno" (of that
year); Polish ordinals with a dot ("1. Dywizji") that end no sentence and "ćwiczyły
wspólnie" (trained together) as a drill held; a Turkish committee's "toplantısı
yapıldı" (meeting held) and the pluperfect "icra etmişti" (had held) and "teslim
etmişti" (had delivered); Indonesian "di sela kunjungan" (during the visit) as no
forum's sideline; "N years ago" (재작년, due anni fa, dwa lata temu, iki yıl önce, dua
tahun lalu, दो साल पहले).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-05-20"  # a Wednesday

CASES = [
    # ---- Hindi: a month with "में", the same occasion, document loanwords, technology transfer as a field
    case("hi-month-with-men", "hi", "2026-06-18",
         "मार्च में भारत ने श्रीलंका नौसेना को दो गश्ती जहाज सौंपे।",
         [ev("aid", ["IND", "LKA"], date="2026-03", historical=True)]),
    case("hi-month-with-men-last-year", "hi", "2026-06-18",
         "अक्टूबर में भारतीय नौसेना ने श्रीलंका नौसेना के साथ संयुक्त अभ्यास किया।",
         [ev("exercise", ["IND", "LKA"], date="2025-10", historical=True)]),
    case("hi-same-occasion-vision-statement", "hi", "2026-03-18",
         "12 मई 2025 को ढाका में भारत और बांग्लादेश के रक्षा मंत्रियों ने रक्षा सहयोग पर एक समझौता ज्ञापन पर "
         "हस्ताक्षर किए। इसी अवसर पर दोनों देशों ने एक संयुक्त दृष्टि वक्तव्य पर भी हस्ताक्षर किए।",
         [ev("agreement", ["BGD", "IND"], date="2025-05-12", doc_type="memorandum", historical=True),
          ev("agreement", ["BGD", "IND"], date="2025-05-12", doc_type="declaration", historical=True)]),
    case("hi-framework-loanword", "hi", "2026-03-18",
         "पिछले साल 5 जून को नई दिल्ली में भारत और जापान के रक्षा मंत्रियों ने रक्षा सहयोग के नए फ्रेमवर्क पर "
         "हस्ताक्षर किए।",
         [ev("agreement", ["IND", "JPN"], date="2025-06-05", doc_type="agreement", location="IND",
             historical=True)]),
    case("hi-technology-transfer-no-aid", "hi", "2026-03-18",
         "भारत और फ्रांस के रक्षा संबंध अब साझा उत्पादन और तकनीक हस्तांतरण तक पहुंच गए हैं।",
         []),
    case("hi-first-gift-retold", "hi", DAY,
         "जुलाई 2023 में भारत ने आईएनएस कृपाण वियतनाम नौसेना को सौंपा। यह किसी मित्र देश को भारत द्वारा उपहार में "
         "दिया गया पहला युद्धपोत था।",
         [ev("aid", ["IND", "VNM"], date="2023-07", historical=True)]),
    # ---- Chinese: a rank before 举行 is no "will hold"; thanks for aid is no aid
    case("zh-rank-before-hold", "zh", DAY,
         "越南国防部长潘文江大将同来访的中国国防部长董军在河内举行会谈。",
         [ev("meeting", ["CHN", "VNM"], date=DAY, location="VNM", persons=["Phan Van Giang", "Dong Jun"])]),
    case("zh-thanks-for-aid", "zh", DAY,
         "老方感谢中方长期以来为老挝军队提供的援助。",
         []),
    # ---- Japanese: reaching an anniversary, a frame of dialogue, a deal weighed as an export
    case("ja-anniversary-reached", "ja", DAY,
         "オーストラリア国防省は、日本との防衛協力が20周年を迎えたと発表した。",
         []),
    case("ja-frame-of-dialogue", "ja", DAY,
         "日韓両国は防衛当局間の対話の枠組みを維持してきた。",
         []),
    case("ja-as-an-export", "ja", DAY,
         "フィリピンへのレーダーの完成品輸出としては初の案件となる。",
         []),
    case("ja-country-city-venue", "ja", DAY,
         "防衛相は18日、インドネシア・ジャカルタで開かれた国際会議に合わせ、豪州のマールズ国防相と会談した。",
         [ev("meeting", ["AUS", "JPN"], date="2026-05-18", location="IDN", mode="multilateral")]),
    case("ja-dialogue-as-task", "ja", DAY,
         "防衛相、就任1年　課題は中国との対話",
         []),
    case("ja-first-visit-in-years-retold", "ja", DAY,
         "中谷防衛相は16日、北京を訪れ、董軍国防相と会談した。日本の防衛相の訪中は約5年ぶり。",
         [ev("meeting", ["CHN", "JPN"], date="2026-05-16", location="CHN", mode="visit")]),
    case("ja-first-signing-retold", "ja", "2026-12-04",
         "日豪両国は2007年3月、東京で安全保障協力に関する共同宣言に署名した。"
         "米国以外の国と安保分野の共同宣言を結ぶのは、日本にとって初めてだった。",
         [ev("agreement", ["AUS", "JPN"], date="2007-03", location="JPN", doc_type="declaration",
             historical=True)]),
    case("ko-two-party-ministers-meeting", "ko", "2026-10-30",
         "2013년 7월 호주 시드니에서 열린 제1차 한-호주 외교·국방(2+2) 장관회의에서 양국은 "
         "국방협력을 논의했다.",
         [ev("meeting", ["AUS", "KOR"], date="2013-07", location="AUS", mode="visit", historical=True)]),
    case("ja-other-than-the-us", "ja", DAY,
         "米国以外の国と安保分野の共同宣言を結ぶのは、日本にとって初めてだった。",
         []),
    # ---- Korean: made regular, the delivery took place, the SCM, an attack named as a time
    case("ko-made-regular-no-pledge", "ko", DAY,
         "양국 해군의 연합훈련은 2019년 이후 정례화됐다.",
         []),
    case("ko-this-meeting-retold", "ko", DAY,
         "2013년 7월 호주 시드니에서 열린 제1차 한-호주 외교·국방(2+2) 장관회의에서 "
         "양국은 국방협력을 논의했다. 이 회의는 이후 2년 주기로 정례화돼 "
         "양국 안보협력의 핵심 협의체로 자리 잡았다.",
         [ev("meeting", ["AUS", "KOR"], date="2013-07", location="AUS", historical=True)]),
    case("ko-envoy-boards-ship", "ko", DAY,
         "주한 미국대사는 한국 해군 함정을 방문해 장병들을 격려했다.",
         []),
    case("ko-delivery-took-place", "ko", DAY,
         "한국산 K9 자주포 24문이 폴란드에 도착해 인도가 이뤄졌다.",
         [ev("aid", ["KOR", "POL"])]),
    case("ko-scm-talks", "ko", "2026-11-05",
         "한미 국방장관은 4일 서울에서 열린 제58차 한미안보협의회의(SCM)에서 전작권 전환 로드맵을 마련하기로 "
         "합의했다.",
         [ev("meeting", ["KOR", "USA"], date="2026-11-04", location="KOR"),
          ev("intent", ["KOR", "USA"], date="2026-11-04")]),
    case("ko-attack-as-time", "ko", DAY,
         "초계함 피격 사건 이후인 2010년 7월, 한미 국방장관은 서울에서 회담했다.",
         [ev("meeting", ["KOR", "USA"], date="2010-07", location="KOR", historical=True)]),
    # ---- Italian: the passato remoto of a signing, "of that year" after a month
    case("it-passato-remoto-signing", "it", DAY,
         "Nel 2019 i ministri della Difesa di Italia e Grecia firmarono ad Atene un accordo di cooperazione "
         "militare.",
         [ev("agreement", ["GRC", "ITA"], date="2019", location="GRC", doc_type="agreement",
             historical=True)]),
    case("it-of-that-year", "it", DAY,
         "La cooperazione è iniziata nel 2018. Nel maggio di quell'anno Italia e Tunisia siglarono un "
         "memorandum sulla difesa.",
         [ev("agreement", ["ITA", "TUN"], date="2018", doc_type="memorandum", historical=True)]),
    # ---- Polish: ordinals with a dot end no sentence; "ćwiczyły wspólnie" is a drill held
    case("pl-ordinal-dot", "pl", DAY,
         "W maju 2025 r. żołnierze polskiej 12. Dywizji Zmechanizowanej i litewskiej brygady przeprowadzili "
         "wspólne ćwiczenia.",
         [ev("exercise", ["LTU", "POL"], date="2025-05", historical=True)]),
    case("pl-trained-together", "pl", DAY,
         "W czerwcu 2025 r. polskie i fińskie okręty ćwiczyły wspólnie na Bałtyku.",
         [ev("exercise", ["FIN", "POL"], date="2025-06", historical=True)]),
    # ---- Turkish: a joint committee's meeting held
    case("tr-committee-meeting-held", "tr", DAY,
         "2019 yılında Ankara'da Türkiye ve Malezya savunma bakanlıkları arasındaki ortak komitenin ilk "
         "toplantısı yapıldı.",
         [ev("meeting", ["MYS", "TUR"], date="2019", location="TUR", historical=True)]),
    case("tr-pluperfect-exercise-held", "tr", DAY,
         "Türk ve Azerbaycan silahlı kuvvetleri 2023 yılında ortak askeri tatbikat icra etmişti.",
         [ev("exercise", ["AZE", "TUR"], date="2023", historical=True)]),
    case("tr-pluperfect-delivery", "tr", DAY,
         "Türkiye 2022 yılında Ukrayna'ya insansız hava aracı teslim etmişti.",
         [ev("aid", ["TUR", "UKR"], date="2022", historical=True)]),
    # ---- Indonesian: "di sela kunjungan" is a visit's frame, no forum
    case("id-during-the-visit-no-forum", "id", DAY,
         "Di sela kunjungan kerja ke Canberra, Menteri Pertahanan Indonesia bertemu Menteri Pertahanan "
         "Australia.",
         [ev("meeting", ["AUS", "IDN"], date=DAY, location="AUS", mode="visit")]),
    # ---- "N years ago" in ko, it, pl, tr, id, hi
    case("ko-year-before-last", "ko", DAY,
         "한국과 호주 국방장관은 재작년 9월 캔버라에서 회담했다.",
         [ev("meeting", ["AUS", "KOR"], date="2024-09", location="AUS", historical=True)]),
    case("it-two-years-ago", "it", DAY,
         "Due anni fa i ministri della Difesa di Italia e Grecia si erano incontrati ad Atene.",
         [ev("meeting", ["GRC", "ITA"], date="2024", location="GRC", historical=True)]),
    case("pl-two-years-ago", "pl", DAY,
         "Dwa lata temu ministrowie obrony Polski i Litwy spotkali się w Wilnie.",
         [ev("meeting", ["LTU", "POL"], date="2024", location="LTU", historical=True)]),
    case("tr-two-years-ago", "tr", DAY,
         "Türkiye ve Katar savunma bakanları iki yıl önce Doha'da bir araya gelmişti.",
         [ev("meeting", ["QAT", "TUR"], date="2024", location="QAT", historical=True)]),
    case("id-two-years-ago", "id", DAY,
         "Dua tahun lalu, Menteri Pertahanan Indonesia dan Menteri Pertahanan Australia bertemu di Canberra.",
         [ev("meeting", ["AUS", "IDN"], date="2024", location="AUS", historical=True)]),
    case("hi-two-years-ago", "hi", DAY,
         "दो साल पहले भारत और ऑस्ट्रेलिया के रक्षा मंत्रियों ने कैनबरा में मुलाकात की थी।",
         [ev("meeting", ["AUS", "IND"], date="2024", location="AUS", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
