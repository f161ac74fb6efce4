"""Date finding and resolution per language, on sentences written for these tests."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from milwatch.extract._dates_units import persian_to_gregorian
from milwatch.extract.dates import (
    DateMention,
    find_dateline,
    find_dates,
    published_from_metadata,
    resolve_date,
    resolve_weekday,
)
from milwatch.packs import PackRegistry
from milwatch.packs.loader import PACKS_DIR

DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"


def found(registry: PackRegistry, lang: str, text: str, published: str | None,
          future: bool = False) -> list[tuple[str, str | None, str]]:
    return [(d.text, d.value, d.kind) for d in find_dates(text, registry.get(lang), published, future=future)]


def one(registry: PackRegistry, lang: str, text: str, published: str | None,
        future: bool = False) -> DateMention:
    mentions = find_dates(text, registry.get(lang), published, future=future)
    assert len(mentions) == 1, mentions
    return mentions[0]


# --- German --------------------------------------------------------------------------------

GERMAN = [  # (text, surface, value, kind), published on Friday 2025-09-12
    ("Die Minister trafen sich am 4. September 2025 in Baku.", "4. September 2025", "2025-09-04", "absolute"),
    ("Das Abkommen wurde am 19 Mai 2021 unterzeichnet.", "19 Mai 2021", "2021-05-19", "absolute"),
    ("Es wurde Montag, 30. März 2015 in Tokio unterzeichnet.", "Montag, 30. März 2015",
     "2015-03-30", "absolute"),
    ("Die Gespräche begannen am 4. September in der Hauptstadt.", "4. September", "2025-09-04", "yearless"),
    ("Der Vertrag trat am 1.9. in Kraft.", "1.9.", "2025-09-01", "yearless"),
    ("Der Vertrag wurde am 02.05.2024 paraphiert.", "02.05.2024", "2024-05-02", "absolute"),
    ("Beide Seiten vereinbarten im Mai 2025 eine Partnerschaft.", "Mai 2025", "2025-05", "month"),
    ("Die Übung fand im Juli statt.", "Juli", "2025-07", "month"),
    ("Die Vereinbarung stammt aus dem Jahr 2012.", "2012", "2012", "year"),
    ("Der Minister reiste am Donnerstag nach Rom.", "Donnerstag", "2025-09-11", "weekday"),
    ("Der Minister reiste gestern nach Rom.", "gestern", "2025-09-11", "relative"),
    ("Der Minister empfängt heute seinen Amtskollegen.", "heute", "2025-09-12", "today"),
    ("Die Delegation war vergangene Woche in Ankara.", "vergangene Woche", "2025-09", "relative"),
    ("Das Manöver dauerte vom 8. bis 12. September.", "8. bis 12. September", "2025-09", "range"),
    ("Der Besuch vom 9.-10. September war kurz.", "9.-10. September", "2025-09-09", "range"),
    ("Am Abend des 10. September landete die Maschine.", "Am Abend des 10. September",
     "2025-09-10", "yearless"),
]


def test_german_weekday_before_and_direction(registry: PackRegistry) -> None:
    # published on a Thursday: "am Donnerstag" is that day, "am vergangenen Donnerstag" a week earlier
    assert one(registry, "de", "Er sprach am Donnerstag.", "2025-09-11").value == "2025-09-11"
    assert one(registry, "de", "Er sprach am vergangenen Donnerstag.", "2025-09-11").value == "2025-09-04"
    assert one(registry, "de", "Er spricht am kommenden Montag.", "2025-09-11").value == "2025-09-15"
    assert one(registry, "de", "Er spricht am Montag.", "2025-09-11", future=True).value == "2025-09-15"


def test_german_round_numbers_are_not_years(registry: PackRegistry) -> None:
    assert found(registry, "de", "Rund 2000 Soldaten nahmen teil.", "2025-09-12") == []
    assert (found(registry, "de", "Seit dem Jahr 2000 kooperieren beide.", "2025-09-12")
            == [("2000", "2000", "year")])


# --- English -------------------------------------------------------------------------------

ENGLISH = [  # (text, surface, value, kind), published on Friday 2025-09-12
    ("The ministers met on September 4, 2025 in Hanoi.", "September 4, 2025", "2025-09-04", "absolute"),
    ("The ministers met on September 4 in Hanoi.", "September 4", "2025-09-04", "yearless"),
    ("The ministers met on 4 September in Hanoi.", "4 September", "2025-09-04", "yearless"),
    ("Talks were held on Sept. 4 at the ministry.", "Sept. 4", "2025-09-04", "yearless"),
    ("Talks were held on the 4th of September.", "4th of September", "2025-09-04", "yearless"),
    ("The visit on January 29-30 ended with a signing.", "January 29-30", "2025-01-29", "range"),
    ("The drill ran from March 10 to 14.", "March 10 to 14", "2025-03", "range"),
    ("They became strategic partners in May 2025.", "May 2025", "2025-05", "month"),
    ("A statement of intent was signed in 2012.", "2012", "2012", "year"),
    ("The minister arrived on Tuesday.", "Tuesday", "2025-09-09", "weekday"),
    ("The minister arrived yesterday.", "yesterday", "2025-09-11", "relative"),
    ("The minister arrives today.", "today", "2025-09-12", "today"),
    ("The talks took place last week.", "last week", "2025-09", "relative"),
    ("The accord is dated 4/9/2025.", "4/9/2025", "2025-04-09", "absolute"),
    ("The accord is dated 13/4/2025.", "13/4/2025", "2025-04-13", "absolute"),
    ("The accord is dated 2025-04-13.", "2025-04-13", "2025-04-13", "absolute"),
    ("On the morning of September 10 the guests left.", "the morning of September 10",
     "2025-09-10", "yearless"),
]


def test_english_weekdays_past_and_future(registry: PackRegistry) -> None:
    published = "2025-09-12"  # a Friday
    assert one(registry, "en", "They met on Friday.", published).value == "2025-09-12"
    assert one(registry, "en", "They will meet on Tuesday.", published, future=True).value == "2025-09-16"
    assert one(registry, "en", "They will meet next Tuesday.", published).value == "2025-09-16"
    assert one(registry, "en", "They met last Friday.", published).value == "2025-09-05"


def test_english_numbers_that_are_not_dates(registry: PackRegistry) -> None:
    text = "The 6/1 Rifles serve 24/7 and by 2/3 of 2000 troops the rate rose on 4.9 percent."
    assert found(registry, "en", text, "2025-09-12") == []


def test_range_end_is_kept(registry: PackRegistry) -> None:
    mention = one(registry, "en", "The exercise ran from 30 January to 2 February 2025.", None)
    assert (mention.kind, mention.value, mention.until) == ("range", "2025-01", "2025-02-02")


@pytest.mark.parametrize(("lang", "text", "until"), [
    ("hu", "Az erők 2025. április 28. és május 9. között gyakorlatoztak.", "2025-05-09"),  # year first
    # "đến ngày": a prefix after the word
    ("vi", "Cuộc diễn tập diễn ra từ ngày 28/4 đến ngày 9/5.", "2025-05-09"),
    ("de", "Die Übung lief vom 28. April bis zum 9. Mai.", "2025-05-09"),
])
def test_ranges_across_two_months(registry: PackRegistry, lang: str, text: str, until: str) -> None:
    mention = one(registry, lang, text, "2025-05-16")
    assert (mention.kind, mention.value, mention.until) == ("range", "2025-04", until)


def test_year_first_day_and_an_earlier_day_are_no_range(registry: PackRegistry) -> None:
    found = find_dates("On 3 May 2024 and 1 April the minister spoke.", registry.get("en"), "2025-05-16")
    assert [m.kind for m in found] == ["absolute", "yearless"]


# --- Vietnamese ----------------------------------------------------------------------------

VIETNAMESE = [  # (text, surface, value, kind), published on Friday 2025-09-12
    ("Chiều 4/9, tại Hà Nội, hai bộ trưởng đã hội đàm.", "Chiều 4/9", "2025-09-04", "yearless"),
    ("Sáng 17/4, đoàn đã tới thăm học viện.", "Sáng 17/4", "2025-04-17", "yearless"),
    ("Ngày 19/5, hai bên ký biên bản ghi nhớ.", "19/5", "2025-05-19", "yearless"),
    ("Ngày 19/5/2021, hai bên ký biên bản ghi nhớ.", "19/5/2021", "2021-05-19", "absolute"),
    ("Hai bên ký kết ngày 6/5 năm 2021 tại Hà Nội.", "6/5 năm 2021", "2021-05-06", "absolute"),
    ("Văn bản được ký ngày 19 tháng 4 năm 2017.", "19 tháng 4 năm 2017", "2017-04-19", "absolute"),
    ("Quan hệ được nâng cấp vào tháng 5/2025.", "tháng 5/2025", "2025-05", "month"),
    ("Quan hệ được nâng cấp vào tháng 5.", "tháng 5", "2025-05", "month"),
    ("Hiệp định được ký năm 2012.", "2012", "2012", "year"),
    ("Đoàn đến Hà Nội vào thứ Ba.", "thứ Ba", "2025-09-09", "weekday"),
    ("Đoàn đến Hà Nội Thứ 5 vừa rồi.", "Thứ 5", "2025-09-11", "weekday"),
    ("Hôm qua, đoàn đã về nước.", "Hôm qua", "2025-09-11", "relative"),
    ("Hôm nay, bộ trưởng tiếp đoàn.", "Hôm nay", "2025-09-12", "today"),
    ("Tuần trước, hai bên đã điện đàm.", "Tuần trước", "2025-09", "relative"),
    ("Cuộc diễn tập diễn ra từ 8-12/9.", "8-12/9", "2025-09", "range"),
]


def test_vietnamese_ordinals_and_counts_are_not_dates(registry: PackRegistry) -> None:
    text = "Đây là lần thứ hai đoàn sang thăm; lực lượng trực 24/7 và 2/3 số quân đã sẵn sàng."
    assert found(registry, "vi", text, "2025-09-12") == []


def test_vietnamese_dmy_is_day_first(registry: PackRegistry) -> None:
    assert one(registry, "vi", "Ngày 4/9/2025 hai bên gặp nhau.", None).value == "2025-09-04"
    assert one(registry, "vi", "Sáng 25-12, đoàn tới Hà Nội.", "2026-01-03").value == "2025-12-25"


# --- the shapes of every pack language ------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "surface", "value", "kind"),
                         [("de", *row) for row in GERMAN] + [("en", *row) for row in ENGLISH]
                         + [("vi", *row) for row in VIETNAMESE])
def test_shapes(registry: PackRegistry, lang: str, text: str, surface: str, value: str, kind: str) -> None:
    mention = one(registry, lang, text, "2025-09-12")
    assert (mention.text, mention.value, mention.kind) == (surface, value, kind)
    assert text[mention.start:mention.end] == mention.text


# --- languages without a pack folder: CLDR names -------------------------------------------

@pytest.mark.parametrize(("lang", "text", "value", "kind"), [
    ("fr", "Les ministres se sont rencontrés le 4 septembre 2025 à Paris.", "2025-09-04", "absolute"),
    ("fr", "Les ministres se sont rencontrés mardi à Paris.", "2025-09-09", "weekday"),
    ("fr", "Les ministres se sont rencontrés hier à Paris.", "2025-09-11", "relative"),
    ("es", "Los ministros se reunieron el 4 de septiembre de 2025.", "2025-09-04", "absolute"),
    ("es", "Los ministros se reunieron el 4 de septiembre.", "2025-09-04", "yearless"),
    ("es", "Los ministros se reunieron el martes.", "2025-09-09", "weekday"),
    ("es", "Los ministros se reunieron ayer.", "2025-09-11", "relative"),
    ("ru", "Министры встретились 4 сентября 2025 года в Москве.", "2025-09-04", "absolute"),
    ("ru", "Министры встретились 4 сентября в Москве.", "2025-09-04", "yearless"),
    ("ru", "Стороны подписали план в марте 2025 года.", "2025-03", "month"),
    ("ru", "Министры встретились вчера в Москве.", "2025-09-11", "relative"),
    ("ru", "Министры встретились во вторник.", "2025-09-09", "weekday"),
])
def test_cldr_languages(registry: PackRegistry, lang: str, text: str, value: str, kind: str) -> None:
    mention = one(registry, lang, text, "2025-09-12")
    assert (mention.value, mention.kind) == (value, kind)


# --- year inference ------------------------------------------------------------------------

def test_yearless_takes_published_year_or_the_one_before(registry: PackRegistry) -> None:
    assert one(registry, "en", "They met on December 30.", "2026-01-03").value == "2025-12-30"
    assert one(registry, "en", "They met on January 2.", "2026-01-03").value == "2026-01-02"
    assert one(registry, "en", "They will meet on February 20.", "2026-01-03").value == "2026-02-20"
    assert one(registry, "en", "They met on December 30.", "2026-01-03", future=True).value == "2025-12-30"
    assert one(registry, "en", "They will meet on April 20.", "2026-01-03", future=True).value == "2026-04-20"
    assert one(registry, "de", "Sie trafen sich im Dezember.", "2026-01-03").value == "2025-12"


def test_without_published_yearless_is_none(registry: PackRegistry) -> None:
    text = "Am 7. Februar trafen sich die Minister. Am Dienstag folgte ein Telefonat. Heute reist er ab."
    assert [m.value for m in find_dates(text, registry.get("de"), None)] == [None, None, None]


def test_without_published_year_from_the_text(registry: PackRegistry) -> None:
    vi = registry.get("vi")
    # a span of years (an anniversary) gives the year
    text = "Ngày 13-11, hai bên kỷ niệm 30 năm quan hệ (1995–2025)."
    assert [m.value for m in find_dates(text, vi, None)] == ["2025-11-13", "2025"]
    # an earlier dated mention of the same year gives it; a later one does not
    assert find_dates("Sáng 25-12, đoàn tới. Quan hệ được nâng cấp (tháng 5-2025).",
                      vi, None)[0].value == "2025-12-25"
    assert find_dates("Tối 7/2, hai bên điện đàm. Chuyến thăm tháng 9/2024 thành công.",
                      vi, None)[0].value is None
    # a year alone belongs to another event and gives nothing
    assert find_dates("Chiều 25/7, hai bên hội đàm. Biên bản đã ký năm 2013.", vi, None)[0].value is None


# --- datelines -----------------------------------------------------------------------------

def test_dateline_is_the_base_without_published(registry: PackRegistry) -> None:
    en = registry.get("en")
    text = "WAM - 03rd Mar, 2023 - The ministers met on Thursday and signed a plan today."
    assert find_dateline(text, en) == "2023-03-03"
    values = [(m.text, m.value) for m in find_dates(text, en, None)]
    assert values == [("03rd Mar, 2023", "2023-03-03"), ("Thursday", "2023-03-02"), ("today", "2023-03-03")]


def test_dateline_forms(registry: PackRegistry) -> None:
    assert find_dateline("Roma, 09 feb 2024 (Agenzia) - Il ministro ha ricevuto",
                         registry.get("it")) == "2024-02-09"
    assert find_dateline("Tin quốc phòng\nthứ sáu, 20/2/2026\nĐại tướng tiếp đoàn.",
                         registry.get("vi")) == "2026-02-20"
    # a year-less dateline takes the year only from the text, or from the publication day when given
    assert find_dateline("Roma, 09 feb (Agenzia) - Il ministro ha ricevuto", registry.get("it")) is None
    assert find_dateline("Roma, 09 feb (Agenzia) - Il ministro", registry.get("it"),
                         "2024-02-10") == "2024-02-09"
    # the agency named after a comma: "Երևան, 9 հուլիսի, ԱՐՄԵՆՊՐԵՍ:"
    assert find_dateline("Երևան, 9 հուլիսի, ԱՐՄԵՆՊՐԵՍ: Նախարարն այսօր", registry.get("hy"),
                         "2025-07-10") == "2025-07-09"
    # a wire's place, its date and the agency's credit: no comma needed
    assert find_dateline("Praha 4. března (ČTK) - Ministr obrany", registry.get("cs"),
                         "2025-03-05") == "2025-03-04"
    assert find_dateline("Treffen am 4. September (Bericht) - Der Minister", registry.get("de"),
                         "2025-09-05") is None
    # an event date at the start of a long sentence is not a dateline
    text = ("Ngày 14/3/2023, tại Đà Nẵng, thay mặt Bộ Quốc phòng, Thượng tướng đã ký thỏa "
            "thuận hợp tác quốc phòng.")
    assert find_dateline(text, registry.get("vi")) is None


# --- public helpers ------------------------------------------------------------------------

def test_resolve_helpers() -> None:
    assert resolve_date(None, 12, 30, base="2026-01-03") == "2025-12-30"
    assert resolve_date(2021, 5, None) == "2021-05"
    assert resolve_date(None, 5, 19) is None
    assert resolve_date(2021, 2, 30) is None
    assert resolve_weekday(3, "2025-09-12") == "2025-09-11"
    assert resolve_weekday(3, "2025-09-12", future=True) == "2025-09-18"
    assert resolve_weekday(4, "2025-09-12", direction=-1) == "2025-09-05"
    assert resolve_weekday(3, None) is None


def test_spans_point_into_the_text(registry: PackRegistry) -> None:
    text = "Montag, 30. März 2015: Vom 2. bis 4. April übten beide Armeen; am 5.4. reisten sie ab."
    for mention in find_dates(text, registry.get("de"), "2015-04-10"):
        assert text[mention.start:mention.end] == mention.text


def test_every_dev_article_runs(registry: PackRegistry) -> None:
    files = sorted(DEV.glob("*.jsonl"))
    if not files:
        pytest.skip("dev corpus not available")
    count = 0
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            pack = registry.get(article["lang"])
            for mention in find_dates(article["text"], pack, article.get("published")):
                assert article["text"][mention.start:mention.end] == mention.text
                assert mention.value is None or len(mention.value) in (4, 7, 10)
            find_dateline(article["text"], pack)
            count += 1
    assert count > 0


def test_english_numeric_dates_follow_the_article_style(registry: PackRegistry) -> None:
    en = registry.get("en")
    assert [m.value for m in find_dates("Signed on 4/9/2025 in Manila.", en, None)] == ["2025-04-09"]
    text = "The talks of 2 September 2025 led to a signing on 4/9/2025."
    assert [m.value for m in find_dates(text, en, None)] == ["2025-09-02", "2025-09-04"]
    text = "The talks of 28/8/2025 led to a signing on 4/9/2025."
    assert [m.value for m in find_dates(text, en, None)] == ["2025-08-28", "2025-09-04"]


def test_ranges_across_months_and_years(registry: PackRegistry) -> None:
    en = registry.get("en")
    mention = one(registry, "en", "The drill ran from 30 December to 2 January.", "2026-01-10")
    assert (mention.kind, mention.value, mention.until) == ("range", "2025-12", "2026-01-02")
    mention = find_dates("The visit lasted from 30 January to 2 February.", en, "2025-02-10")[0]
    assert (mention.kind, mention.value, mention.until) == ("range", "2025-01", "2025-02-02")


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("de", "Eine ähnliche Vereinbarung wurde im vergangenen Jahr geschlossen.", "2024"),
    ("de", "Die Übung soll im nächsten Jahr stattfinden.", "2026"),
    ("de", "Beide trafen sich bereits im vergangenen Monat.", "2025-08"),
    ("en", "A similar deal was signed last year.", "2024"),
    ("en", "The two sides met earlier this month.", "2025-09"),
    ("vi", "Năm ngoái, hai bên đã ký thỏa thuận.", "2024"),
    ("vi", "Tháng trước, hai bên đã hội đàm.", "2025-08"),
    ("fr", "Un accord similaire a été signé l'année dernière.", "2024"),
])
def test_relative_months_and_years(registry: PackRegistry, lang: str, text: str, value: str) -> None:
    mention = one(registry, lang, text, "2025-09-12")
    assert (mention.value, mention.kind) == (value, "relative")


def test_a_number_before_a_relative_phrase_is_a_duration(registry: PackRegistry) -> None:
    assert found(registry, "vi", "Cách đây 3 tháng trước, hai bên đã gặp nhau.", "2025-09-12") == []


def test_leftover_day_word_year_goes_to_dateparser(registry: PackRegistry) -> None:
    # an English date inside a Vietnamese article: "April" is no Vietnamese month name
    assert one(registry, "vi", "Bài viết đăng ngày 21 April 2017.", None).value == "2017-04-21"
    assert found(registry, "de", "Es kamen 30 Soldaten 2025 zusammen.", None) == [("2025", "2025", "year")]


@pytest.mark.parametrize(("url", "text", "expected"), [
    ("https://example.org/2025/04/01/ministers-meet", "Text.", "2025-04-01"),
    ("https://example.org/news/2023-06-05-talks.html", "Text.", "2023-06-05"),
    ("https://example.org/2023/09/talks", "Text.", None),  # a month alone is not a publication day
    ("https://example.org/2023/02/30/x", "Text.", None),  # not a day
    (None, "date 2024-11-03 \nDefence ministers met.", "2024-11-03"),
    (None, "Defence ministers met on 2024-11-03.", None),  # a date in the text is not metadata
])
def test_published_from_metadata(url: str | None, text: str, expected: str | None) -> None:
    assert published_from_metadata(url, text) == expected


# Dates written with unit signs, and years of other eras (extract/_dates_units.py).  The
# packs are written into tmp_path so that these cases do not depend on the zh/ko/th/fa packs.
def _unit_pack(tmp_path: Path, dates: str) -> Any:
    root = tmp_path / "packs"
    shutil.copytree(PACKS_DIR / "_base", root / "_base")
    (root / "xx").mkdir()
    (root / "xx" / "pack.toml").write_text('code = "xx"\nname = "X"\nscript = "Han"\n'
                                           'word_boundary = "none"\n',
                                           encoding="utf-8")
    (root / "xx" / "dates.toml").write_text(dates, encoding="utf-8")
    return PackRegistry(root).get("xx")


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("2025年11月1日会谈", None, ["2025-11-01"]),
    ("部长11月1日会见", "2025-11-03", ["2025-11-01"]),
    ("防衛相は8日、訪問し", "2025-09-10", ["2025-09-08"]),
    ("防衛相は28日、訪問し", "2025-10-03", ["2025-09-28"]),  # a day still to come is last month's
    ("2024年6月访问", None, ["2024-06"]),
    ("防衛相は8日、訪問し", None, [None]),  # a bare day needs the publication day
])
def test_unit_dates(tmp_path: Path, text: str, published: str | None, expected: list[str | None]) -> None:
    pack = _unit_pack(tmp_path, 'year_units = ["年"]\nmonth_units = ["月"]\nday_units = ["日", "号"]\n')
    assert [m.value for m in find_dates(text, pack, published)] == expected


def test_korean_unit_dates_with_spaces(tmp_path: Path) -> None:
    pack = _unit_pack(tmp_path, 'year_units = ["년"]\nmonth_units = ["월"]\nday_units = ["일"]\n')
    assert [m.value for m in find_dates("2025년 11월 1일 회담", pack, None)] == ["2025-11-01"]
    assert [m.value for m in find_dates("장관은 7일 오후 통화", pack, "2025-07-08")] == ["2025-07-07"]


def test_buddhist_era_years(tmp_path: Path) -> None:
    pack = _unit_pack(tmp_path, 'era = "buddhist"\n')
    assert [m.value for m in find_dates("ในปี 2568 นี้", pack, None)] == ["2025"]


def test_persian_calendar(tmp_path: Path) -> None:
    months = '[persian_months]\n"8" = ["آبان"]\n"1" = ["فروردین"]\n"12" = ["اسفند"]\n'
    pack = _unit_pack(tmp_path, 'era = "persian"\n' + months)
    assert [m.value for m in find_dates("روز ۱۲ آبان ۱۴۰۳ دیدار", pack, None)] == ["2024-11-02"]
    assert [m.value for m in find_dates("در آبان ۱۴۰۳ دیدار", pack, None)] == ["2024"]  # straddles Oct/Nov
    assert [m.value for m in find_dates("۱ فروردین ۱۴۰۴", pack, None)] == ["2025-03-21"]


@pytest.mark.parametrize(("persian", "gregorian"), [
    ((1403, 1, 1), (2024, 3, 20)), ((1404, 1, 1), (2025, 3, 21)), ((1403, 8, 12), (2024, 11, 2)),
    ((1399, 12, 30), (2021, 3, 20)), ((1404, 8, 1), (2025, 10, 23)),
])
def test_persian_to_gregorian(persian: tuple[int, int, int], gregorian: tuple[int, int, int]) -> None:
    assert persian_to_gregorian(*persian) == gregorian


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("lt", "2025 m. lapkričio 21 d. Vilniuje", "2025-11-21"),  # year first, then month and day
    ("lv", "2025. gada 21. novembrī Rīgā", "2025-11-21"),
    ("hu", "2025. április 1. Budapesten", "2025-04-01"),
    ("ur", "۱۲ مارچ ۲۰۲۴ کو", "2024-03-12"),  # digits of another script
    ("ro", "între 10-20 martie 2025", "2025-03"),  # a hyphenated range of days before a month name
    ("en", "from 3-4 May 2024", "2024-05-03"),
])
def test_year_first_native_digits_and_day_ranges(registry: PackRegistry, lang: str, text: str,
                                                 expected: str) -> None:
    assert [m.value for m in find_dates(text, registry.get(lang), "2025-12-01")][:1] == [expected]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "The ministers first met in March last year.", "2024-03"),
    ("en", "The deal was signed on 5 March last year.", "2024-03-05"),
    ("de", "Die Minister trafen sich im März vergangenen Jahres.", "2024-03"),
    ("de", "Die Übung fand im März des vergangenen Jahres statt.", "2024-03"),
    ("vi", "Hai bên đã gặp nhau vào tháng 3 năm ngoái.", "2024-03"),
    ("ru", "Министры встретились в марте прошлого года.", "2024-03"),
    ("es", "Los ministros se reunieron en marzo del año pasado.", "2024-03"),
    ("it", "I ministri si sono incontrati nel marzo dell'anno scorso.", "2024-03"),
    ("ro", "Miniștrii s-au întâlnit în martie anul trecut.", "2024-03"),
    ("tr", "Bakanlar geçen yılın mart ayında görüştü.", "2024-03"),
    ("ja", "両氏は昨年3月に会談した。", "2024-03"),
])
def test_a_month_with_a_relative_year(registry: PackRegistry, lang: str, text: str, value: str) -> None:
    mention = one(registry, lang, text, "2025-09-12")
    assert mention.value == value


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("ja", "中谷防衛相は昨日、会談した。", "2025-09-11"),
    ("zh", "董军昨天与日本防卫大臣会谈。", "2025-09-11"),
    ("ja", "両氏は水曜日に会談した。", "2025-09-10"),
])
def test_date_words_inside_a_run_of_spaceless_text(registry: PackRegistry, lang: str, text: str,
                                                   value: str) -> None:
    assert one(registry, lang, text, "2025-09-12").value == value


def test_a_month_after_a_relative_year_needs_no_prefix_only_when_adjacent(registry: PackRegistry) -> None:
    values = [value for _, value, _ in found(registry, "en",
                                             "They met last year. In March they signed.", "2025-09-12")]
    assert values == ["2024", "2025-03"]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("zh", "首次演习于2016年举行。", "2016"),
    ("zh", "两国早在2007年已达成共识。", "2007"),
    ("ja", "両国は2019年に協定を結んだ。", "2019"),
])
def test_a_year_written_onto_a_chinese_or_japanese_word(registry: PackRegistry, lang: str, text: str,
                                                         value: str) -> None:
    assert one(registry, lang, text, "2025-09-12").value == value


def test_a_number_written_onto_a_latin_word_is_no_date(registry: PackRegistry) -> None:
    assert found(registry, "en", "The F16 jets and the A400M flew.", "2025-09-12") == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("cs", "Ministři se setkali 4. 3. 2025 v Praze.", ["2025-03-04"]),
    ("de", "Am 4. 3. 2025 trafen sich die Minister.", ["2025-03-04"]),
    ("cs", "Podle bodu 4. 3. odstavce smlouvy.", []),
])
def test_numeric_dates_with_spaces_after_the_dots(registry: PackRegistry, lang: str, text: str,
                                                  expected: list[str]) -> None:
    assert [value for _, value, _ in found(registry, lang, text, "2025-03-10")] == expected


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("ja", "3カ国の共同演習は3月以来となる。", "2025-03"),
    ("ko", "양국 장관은 3월 회담했다.", "2025-03"),
])
def test_a_month_written_with_its_unit_stands_alone(registry: PackRegistry, lang: str, text: str,
                                                    value: str) -> None:
    assert one(registry, lang, text, "2025-09-14").value == value


@pytest.mark.parametrize(("lang", "text", "value", "kind"), [
    ("zh", "王明3月访问了老挝。", "2025-03", "month"),  # a month written with its unit stands alone
    ("zh", "两国去年3月签署了协议。", "2024-03", "month"),  # relative year before the month
    ("zh", "双方上周五举行了会谈。", "2025-09-05", "weekday"),  # 上 written onto 周五, not 上周 + 五
    ("zh", "他将于下周三访问越南。", "2025-09-17", "weekday"),
])
def test_dates_in_scripts_without_spaces(registry: PackRegistry, lang: str, text: str, value: str,
                                         kind: str) -> None:
    mention = one(registry, lang, text, "2025-09-12")
    assert (mention.value, mention.kind) == (value, kind)


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("sk", "Ministri sa naposledy stretli vlani v novembri.", "2024-11"),  # a month prefix between the two
    ("en", "The ministers last met last year in November.", "2024-11"),
    ("zh", "两国防长去年3月曾会晤。", "2024-03"),
])
def test_relative_year_then_its_month_is_one_date(registry: PackRegistry, lang: str, text: str,
                                                  value: str) -> None:
    assert one(registry, lang, text, "2025-03-20").value == value


@pytest.mark.parametrize(("lang", "text", "value"), [  # the year first, then its month (year words between)
    ("az", "Nazirlər sonuncu dəfə 2023-cü ilin oktyabrında görüşmüşdülər.", "2023-10"),
    ("uz", "Oldingi mashqlar 2024-yil aprel oyida bo‘lib o‘tgan edi.", "2024-04"),
    ("hy", "Պայմանագիրը կնքվել էր 2024 թվականի հունիսին։", "2024-06"),
    ("tr", "Anlaşma 2023 yılının Ekim ayında imzalanmıştı.", "2023-10"),
    ("kk", "Жаттығу 2023 жылдың қазан айында өтті.", "2023-10"),
    ("lv", "Līgums tika parakstīts 2024. gada jūnijā.", "2024-06"),
    ("lt", "Sutartis pasirašyta 2024 m. birželio mėnesį.", "2024-06"),
    ("hu", "A megállapodást 2023 októberében írták alá.", "2023-10"),
])
def test_year_first_month(registry: PackRegistry, lang: str, text: str, value: str) -> None:
    assert one(registry, lang, text, "2025-03-20").value == value


def test_a_year_and_a_month_joined_by_and_stay_apart(registry: PackRegistry) -> None:
    assert [m.value for m in find_dates("It was signed in 2023 and March saw the first drills.",
                                        registry.get("en"), "2025-03-20")] == ["2023"]
