"""The extract stage on short articles in Kazakh, Uzbek, Azerbaijani, Mongolian, Swahili, Amharic, Hausa and
Somali, written for these tests (none of these sentences is in tests/data/heldout/central_africa.jsonl or in
any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py.  They pin general wording of each language's ministries and press: a visit
verb after the dative of the state visited (Xitoyga tashrif buyurdi, Çinə səfər edib, Қытайға сапармен барды,
ya kai ziyara Chadi), the general staff as a military body (Baş Qərargah, Bosh shtab, Бас штаб), Mongolian
"айлчлалын хүрээнд / үеэр" (within / during a visit) as no forum and no agreement cited, хэлэлцээр (an
agreement) as no talks, сургуулилт хийлээ as an exercise held, the accusative ambassador (Элчин сайдыг), an
Azerbaijani "nəzərdən keçirdilər" (reviewed) as no exercise held, Amharic expand/raise pledges, Swahili
disaster relief named as an aim as no aid, and Amharic colonel-general ranks and Kenyan cabinet secretaries.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- a visit verb after the state visited (Turkic datives, Hausa "kai ziyara")
    case("uz-dative-visit", "uz", DAY,
         "O‘zbekiston Mudofaa vaziri Hindistonga tashrif buyurdi va Hindiston Mudofaa vaziri bilan "
         "uchrashdi.",
         [ev("meeting", ["IND", "UZB"], mode="visit", location="IND")]),
    case("az-dative-visit", "az", DAY,
         "Azərbaycan müdafiə naziri Pakistana səfər edib və Pakistan müdafiə naziri ilə görüşüb.",
         [ev("meeting", ["AZE", "PAK"], mode="visit", location="PAK")]),
    case("kk-dative-visit", "kk", DAY,
         "Қазақстан Қорғаныс министрі Түркияға сапармен барып, Түркия Ұлттық қорғаныс министрімен кездесті.",
         [ev("meeting", ["KAZ", "TUR"], mode="visit", location="TUR")]),
    case("ha-kai-ziyara", "ha", DAY,
         "Ministan tsaron Ghana ya kai ziyara Togo, inda ya gana da ministan tsaron Togo.",
         [ev("meeting", ["GHA", "TGO"], mode="visit", location="TGO")]),
    # ---- the general staff is a military body
    case("az-general-staff", "az", DAY,
         "Azərbaycanın Baş Qərargah rəisi Gürcüstanın Baş Qərargah rəisi ilə görüşüb.",
         [ev("meeting", ["AZE", "GEO"])]),
    case("uz-general-staff", "uz", DAY,
         "O‘zbekiston Bosh shtabi boshlig‘i Qozog‘iston Bosh shtabi boshlig‘i bilan uchrashdi.",
         [ev("meeting", ["KAZ", "UZB"])]),
    case("kk-general-staff", "kk", DAY,
         "Қазақстан Бас штабының бастығы Моңғолия Бас штабының бастығымен кездесті.",
         [ev("meeting", ["KAZ", "MNG"])]),
    # ---- Mongolian
    case("mn-during-visit-is-bilateral", "mn", DAY,
         "Айлчлалын үеэр Монгол Улсын Батлан хамгаалахын сайд Солонгосын Батлан хамгаалахын сайдтай уулзлаа.",
         [ev("meeting", ["KOR", "MNG"], mode="visit")]),
    case("mn-sidelines-of-a-council", "mn", DAY,
         "ШХАБ-ын Батлан хамгаалахын сайд нарын зөвлөлгөөний үеэр Монгол Улсын Батлан хамгаалахын сайд "
         "Энэтхэгийн Батлан хамгаалахын сайдтай уулзлаа.",
         [ev("meeting", ["IND", "MNG"], mode="multilateral")]),
    case("mn-signing-within-visit", "mn", DAY,
         "Айлчлалын хүрээнд Монгол, Францын талууд батлан хамгаалах салбарын хамтын ажиллагааны тухай санамж "
         "бичигт гарын үсэг зурлаа.",
         [ev("agreement", ["FRA", "MNG"], doc_type="memorandum"), ev("meeting", ["FRA", "MNG"])]),
    case("mn-agreement-word-is-no-talks", "mn", DAY,
         "Монгол, Беларусийн Батлан хамгаалах яамд цэргийн боловсролын чиглэлээр хамтран ажиллах хэлэлцээрт "
         "гарын үсэг зурлаа.",
         [ev("agreement", ["BLR", "MNG"], doc_type="agreement")]),
    case("mn-exercise-done", "mn", DAY,
         "Монгол, Германы цэргийн алба хаагчид хамтарсан сургуулилт хийлээ.",
         [ev("exercise", ["DEU", "MNG"])]),
    case("mn-ambassador-accusative", "mn", DAY,
         "Монгол Улсын Батлан хамгаалахын сайд Италийн Элчин сайдыг хүлээн авч уулзлаа.",
         [ev("meeting", ["ITA", "MNG"], mode=None)]),
    case("mn-video-conference-instrumental", "mn", DAY,
         "Монгол Улсын Батлан хамгаалахын сайд өчигдөр Вьетнамын Батлан хамгаалахын сайдтай видео хурлаар "
         "ярилцлаа.",
         [ev("meeting", ["MNG", "VNM"], mode="phone", date="2026-03-17")]),
    # ---- Azerbaijani: reviewed is no exercise held
    case("az-reviewed-exercises-no-exercise", "az", DAY,
         "Azərbaycan və Qazaxıstan müdafiə nazirləri görüşüb, birgə təlimlərin keçirilməsi məsələlərini "
         "nəzərdən keçiriblər.",
         [ev("meeting", ["AZE", "KAZ"])]),
    # ---- Amharic
    case("am-will-expand-training", "am", DAY,
         "የኢትዮጵያ መከላከያ ሠራዊት ለሩዋንዳ መኮንኖች ስልጠና ሰጠ። ኢትዮጵያ ለሩዋንዳ ሠራዊት የምትሰጠውን ስልጠና እንደምታስፋፋ ገልጸዋል።",
         [ev("aid", ["ETH", "RWA"]), ev("intent", ["ETH", "RWA"])]),
    case("am-agreed-to-raise", "am", DAY,
         "የኢትዮጵያ እና የጅቡቲ መከላከያ ሚኒስትሮች ወታደራዊ ትብብሩን ለማሳደግ ተስማምተዋል።",
         [ev("intent", ["DJI", "ETH"])]),
    case("am-colonel-general-named", "am", DAY,
         "የመከላከያ ሚኒስትሯ ከቤላሩስ ምክትል የመከላከያ ሚኒስትር ኮሎኔል ጀኔራል ቪክቶር ግሊቢን ጋር ተወያዩ።",
         [ev("meeting", ["BLR", "ETH"], persons=["ቪክቶር ግሊቢን"])]),
    case("am-kenyan-cabinet-secretary", "am", DAY,
         "የኢትዮጵያ መከላከያ ሚኒስትር ከኬንያ የመከላከያ ካቢኔ ሴክሬታሪ ጆን ካማው ጋር በስልክ ተወያይተዋል።",
         [ev("meeting", ["ETH", "KEN"], mode="phone", persons=["ጆን ካማው"])]),
    # ---- training received abroad is training provided by the host
    case("so-trained-in", "so", DAY,
         "Saraakiil Soomaaliyeed ayaa tababar milatari ku qaatay Pakistan.",
         [ev("aid", ["PAK", "SOM"])]),
    case("so-indefinite-troops-trained", "so", DAY,
         "Ciidamo Soomaaliyeed oo lagu tababaray Uganda ayaa dalka dib ugu soo laabtay.",
         [ev("aid", ["SOM", "UGA"])]),
    case("sw-received-training", "sw", DAY,
         "Maafisa 25 wa KDF wamepata mafunzo ya kijeshi nchini Uingereza.",
         [ev("aid", ["GBR", "KEN"])]),
    # ---- purchases and renewals
    case("uz-bought-from", "uz", DAY,
         "O‘zbekiston Italiyadan harbiy transport samolyotlari sotib oldi.",
         [ev("aid", ["ITA", "UZB"])]),
    case("kk-bought-from", "kk", DAY,
         "Қазақстан Испаниядан әскери көлік ұшақтарын сатып алды.",
         [ev("aid", ["ESP", "KAZ"])]),
    case("az-bought-from", "az", DAY,
         "Azərbaycan Pakistandan yeni hərbi təyyarələr satın alıb.",
         [ev("aid", ["AZE", "PAK"])]),
    case("ha-will-buy-is-intent", "ha", DAY,
         "Ministan tsaron Ghana ya ce kasar za ta sayi jiragen yaki daga Italiya.",
         [ev("intent", ["GHA", "ITA"])]),
    case("ha-renewed-agreement", "ha", DAY,
         "Nijar da Chadi sun sabunta yarjejeniyar tsaro a tsakaninsu.",
         [ev("agreement", ["NER", "TCD"], doc_type="agreement")]),
    case("sw-agreed-to-extend-contingent", "sw", DAY,
         "Burundi na Kongo zimekubaliana kuongeza muda wa kikosi cha Burundi kukaa Kivu Kusini.",
         [ev("intent", ["BDI", "COD"])]),
    # ---- Swahili: relief in disasters as an aim is no aid
    case("sw-disaster-relief-aim-no-aid", "sw", DAY,
         "Majeshi ya Kenya na Uganda yameanza zoezi la pamoja linalolenga kuimarisha uwezo wa kutoa misaada "
         "wakati wa maafa.",
         [ev("exercise", ["KEN", "UGA"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
