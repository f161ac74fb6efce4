"""The extract stage on short articles in the languages of Central Asia, the Caucasus and Mongolia written for
these tests (none of these sentences is in tests/data/heldout/central_asia5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the region's press:
- site furniture: the related headlines after hy "Կարդացեք նաև" (also one with a year in it), ka "ასევე
  დაინტერესდით:", tk "Habarlar lentasy", mn "Холбоотой мэдээ" are other stories, no events of the article;
- hy "… մամուլի ծառայության փոխանցմամբ" (as the press service reports) hands nothing over;
- the CSTO: ky its official name with "жөнүндө" ("Жамааттык коопсуздук жөнүндө келишим уюму"); its Collective
  Rapid Reaction Forces (ru "Коллективными силами оперативного реагирования", ky "Жамааттык оперативдүү жооп
  берүү күчтөрү") are the organisation; ru "В учении … приняли участие …" (the drill named first) was held;
- cooperation agreed or planned for later is an intent: tg "мувофиқа карда шуд, ки … гузаронида мешаванд", tg
  "барои таҳсил … фиристода мешаванд", uz Cyrillic "… келишувга эришдилар", ky "… окутууга макулдугун берди";
- towns: az Qəbələ, ka ყაბალა (Azerbaijan), ka გორი (Georgia).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-09-16"  # a Wednesday

# ---- related headlines of other stories close the page
# (case id, language, raw page, lines kept, lines dropped)
PAGES = [
    ("hy-kardacek-nayev-headline-is-furniture", "hy",
     "Պաշտպանության նախարարը այսօր այցելել է Գյումրիում տեղակայված զորամաս:\n\nԿարդացեք նաև\n"
     "Հայաստանն ու Ֆրանսիան ստորագրել են ռազմական համագործակցության ծրագիր",
     ["Պաշտպանության նախարարը այսօր այցելել է Գյումրիում տեղակայված զորամաս:"],
     ["Հայաստանն ու Ֆրանսիան ստորագրել են ռազմական համագործակցության ծրագիր"]),
    ("hy-kardacek-nayev-headline-with-a-year-is-furniture", "hy",
     "Պաշտպանության նախարարը այսօր այցելել է Գյումրիում տեղակայված զորամաս:\n\nԿարդացեք նաև\n"
     "Հայաստանն ու Իտալիան ստորագրել են 2027 թվականի ռազմական համագործակցության ծրագիր\n\n© 2026 Լրատու",
     ["Պաշտպանության նախարարը այսօր այցելել է Գյումրիում տեղակայված զորամաս:"],
     ["Հայաստանն ու Իտալիան ստորագրել են 2027 թվականի ռազմական համագործակցության ծրագիր"]),
    ("ka-aseve-dainteresdit-headline-is-furniture", "ka",
     "თავდაცვის ძალების ახალწვეულებმა დღეს მუხროვანის სამხედრო ბაზაზე ფიცი დადეს.\n\nასევე დაინტერესდით:\n"
     "საქართველოსა და ლიტვას შორის სამხედრო თანამშრომლობის გეგმა გაფორმდა",
     ["თავდაცვის ძალების ახალწვეულებმა დღეს მუხროვანის სამხედრო ბაზაზე ფიცი დადეს."],
     ["საქართველოსა და ლიტვას შორის სამხედრო თანამშრომლობის გეგმა გაფორმდა"]),
    ("tk-habarlar-lentasy-is-furniture", "tk",
     "Aşgabat, 16-njy sentýabr (TDH). Harby institutyň kursantlary üçin täze sport toplumy açyldy.\n\n"
     "Habarlar lentasy\nTürkmenistanyň goranmak ministri Gazagystanyň harby wekiliýetini kabul etdi",
     ["Harby institutyň kursantlary üçin täze sport toplumy açyldy."],
     ["Türkmenistanyň goranmak ministri Gazagystanyň harby wekiliýetini kabul etdi"]),
    ("mn-holbootoi-medee-is-furniture", "mn",
     "Зэвсэгт хүчний 150 дугаар ангийн цэргүүд өнөөдөр Дархан хотод мод тарилаа.\n\nХолбоотой мэдээ\n"
     "Монгол Улс, Япон Улсын батлан хамгаалахын сайд нар санамж бичигт гарын үсэг зурав",
     ["Зэвсэгт хүчний 150 дугаар ангийн цэргүүд өнөөдөр Дархан хотод мод тарилаа."],
     ["Монгол Улс, Япон Улсын батлан хамгаалахын сайд нар санамж бичигт гарын үсэг зурав"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)


CASES = [
    # ---- hy: "as the press service reports" is no transfer
    case("hy-mamuli-tsarayutyan-pokhantsmamb-is-no-aid", "hy", DAY,
         "Պաշտպանության նախարարության մամուլի ծառայության փոխանցմամբ՝ Հայաստանի պաշտպանության նախարարը "
         "սեպտեմբերի 15-ին Երևանում ընդունել է Կիպրոսի պաշտպանության նախարարության պատվիրակությանը:",
         [ev("meeting", ["ARM", "CYP"], date="2026-09-15", location="ARM", mode="visit")]),
    # ---- ky: the CSTO's official name
    case("ky-zhamaattyk-koopsuzduk-zhonundo-kelishim-uyumu-is-csto", "ky", DAY,
         "Жамааттык коопсуздук жөнүндө келишим уюмунун «Кызматташтык» биргелешкен машыгуусу 10-15-сентябрда "
         "Тажикстанда өттү. Машыгууга Казакстан, Кыргызстан, Орусия жана Тажикстандын аскерлери катышты.",
         [ev("exercise", ["KAZ", "KGZ", "RUS", "TJK", "csto"], date="2026-09", location="TJK")]),
    # ---- agreed or planned cooperation still to come: an intent, nothing held yet
    case("tg-muvofiqa-karda-shud-guzaronida-meshavand-is-an-intent", "tg", DAY,
         "Вазирони мудофиаи Тоҷикистон ва Қазоқистон 15 сентябр дар Душанбе мулоқот карданд. Ҳамчунин "
         "мувофиқа карда шуд, ки соли 2027 машқҳои муштараки ду кишвар дар Қазоқистон гузаронида мешаванд.",
         [ev("meeting", ["KAZ", "TJK"], date="2026-09-15", location="TJK"),
          ev("intent", ["KAZ", "TJK"], date="2026-09-15")]),
    case("tg-baroi-tahsil-firistoda-meshavand-is-an-intent", "tg", DAY,
         "Соли 2027 боз 20 афсари тоҷик барои таҳсил ба Чин фиристода мешаванд.",
         [ev("intent", ["CHN", "TJK"])]),
    case("uz-cyrl-kelishuvga-erishdilar-is-an-intent", "uz", DAY,
         "Ўзбекистон ва Қозоғистон мудофаа вазирлари 15 сентябрь куни Тошкентда учрашди. Томонлар "
         "ўзбекистонлик офицерларни Қозоғистон ҳарбий университетида ўқитиш бўйича келишувга эришдилар.",
         [ev("meeting", ["KAZ", "UZB"], date="2026-09-15", location="UZB"),
          ev("intent", ["KAZ", "UZB"], date="2026-09-15")]),
    case("ky-makuldugun-berdi-is-an-intent", "ky", DAY,
         "Коргоо министри 15-сентябрда Түркиянын аскердик делегациясын кабыл алды. Түркия тарабы "
         "кыргызстандык 20 курсантты түрк аскердик академиясында окутууга макулдугун берди.",
         [ev("meeting", ["KGZ", "TUR"], date="2026-09-15"),
          ev("intent", ["KGZ", "TUR"], date="2026-09-15")]),
    # ---- towns of the region are places of their states
    case("az-qebelede-is-in-azerbaijan", "az", DAY,
         "Sentyabrın 15-də Qəbələdə Gürcüstan və Türkiyə hərbi nümayəndə heyətləri görüşüb.",
         [ev("meeting", ["GEO", "TUR"], date="2026-09-15", location="AZE")]),
    case("ka-kabalashi-is-in-azerbaijan", "ka", DAY,
         "15 სექტემბერს ყაბალაში საქართველოსა და თურქეთის თავდაცვის მინისტრები შეხვდნენ ერთმანეთს.",
         [ev("meeting", ["GEO", "TUR"], date="2026-09-15", location="AZE")]),
    case("ka-goris-bazaze-is-in-georgia", "ka", DAY,
         "15 სექტემბერს გორის სამხედრო ბაზაზე ლიტვის მხარემ ქართველ სამხედროებს 10 ერთეული ავტომობილი "
         "გადასცა.",
         [ev("aid", ["GEO", "LTU"], date="2026-09-15", location="GEO")]),
    # ---- the CSTO's Collective Rapid Reaction Forces are the CSTO;
    # ru the drill named before "приняли участие"
    case("ky-zhamaattyk-operativduu-zhoop-beruu-kuchtoru-is-csto", "ky", DAY,
         "Жамааттык оперативдүү жооп берүү күчтөрүнүн «Кызматташтык» биргелешкен машыгуусу 10-15-сентябрда "
         "Тажикстанда өттү. Машыгууга Казакстан, Кыргызстан, Орусия жана Тажикстандын аскерлери катышты.",
         [ev("exercise", ["KAZ", "KGZ", "RUS", "TJK", "csto"], date="2026-09", location="TJK")]),
    case("ru-ksor-odkb-is-csto", "ru", DAY,
         "В Таджикистане завершилось совместное учение с Коллективными силами оперативного реагирования "
         "«Кызматташтык». В учении в горах Хатлона приняли участие военнослужащие Казахстана, Кыргызстана, "
         "России и Таджикистана.",
         [ev("exercise", ["KAZ", "KGZ", "RUS", "TJK", "csto"], date="2026-09", location="TJK")]),
    case("ru-v-uchenii-prinyali-uchastie-is-an-exercise", "ru", DAY,
         "В учении на полигоне под Бишкеком приняли участие военнослужащие Казахстана и Кыргызстана.",
         [ev("exercise", ["KAZ", "KGZ"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
