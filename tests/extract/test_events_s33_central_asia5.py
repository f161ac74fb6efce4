"""The extract stage on short articles in the languages of Central Asia, the Caucasus and Mongolia written for
these tests (none of these sentences is in tests/data/heldout/central_asia5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the region's press:
- site furniture: the related headlines after hy "Կարդացեք նաև", ka "ასევე დაინტერესდით:", tk "Habarlar
  lentasy", mn "Холбоотой мэдээ" are other stories, no events of the article;
- hy "… մամուլի ծառայության փոխանցմամբ" (as the press service reports) hands nothing over;
- ky the CSTO's official name with "жөнүндө" ("Жамааттык коопсуздук жөнүндө келишим уюму") is the csto.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-09-16"  # a Wednesday

# ---- related headlines of other stories close the page: (case id, language, raw page, lines kept, lines dropped)
PAGES = [
    ("hy-kardacek-nayev-headline-is-furniture", "hy",
     "Պաշտպանության նախարարը այսօր այցելել է Գյումրիում տեղակայված զորամաս:\n\nԿարդացեք նաև\n"
     "Հայաստանն ու Ֆրանսիան ստորագրել են ռազմական համագործակցության ծրագիր",
     ["Պաշտպանության նախարարը այսօր այցելել է Գյումրիում տեղակայված զորամաս:"],
     ["Հայաստանն ու Ֆրանսիան ստորագրել են ռազմական համագործակցության ծրագիր"]),
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
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
