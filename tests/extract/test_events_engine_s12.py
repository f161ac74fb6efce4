"""Engine rules that hold across languages (session 12): each case is an invented short article.

Material or training promised for the future between the two main states of a defense article is a
pledge (an intent, GUIDELINES: "will deliver" is an intent) even when its sentence has no defense word of
its own ("Slovenia will donate two more field hospitals to Ukraine by the end of the year"): the future
must be said before the aid word (anywhere in a verb-final language); rules._main_pair_pledge.
What a signed document provides for is no event of its own (events._terms_of_signing,
events._terms_of_signed_document): a pledge told after the document its parties signed, in the signing's
sentence ("signed a framework agreement under which Germany pledged to ..."); an aid word the document is
about or set beside an earlier signing and dated by nothing but the signing; a later sentence opening on the
signed document, with no signing of its own ("The treaty provides that both states will finance ...",
"According to the agreement, the two countries will develop ..."). A pledge made under a plan or programme,
one made about a document ("agreed to implement the contract signed in August") and a delivery with its own
date are events.
A date counted from after a "since" word (markers.since) and the words naming what happened then ("the first
visit since the coup of July 2023", "sedan han tillträdde i oktober 2024") is no event's day: a sentence dated
by nothing else tells no background event (since_dates.since_dates, event_dates.only_counted_from); a "since"
word that a pack also lists as a background marker makes nothing background on its own (sw "tangu enzi za
..."). A date right after the word, or after an event word ("since the visit in March 2023"), is unchanged.
An en exercise "of this kind" (of its kind, of this type, of this year) is the drill, not the masked "exercise
of" (rights, power): en triggers.toml `exercise`.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("sl-future-donation-is-a-pledge", "sl", "2025-08-27",
         "Ljubljana, 27. avgusta (STA) - Slovenska vojska je Ukrajini ta mesec predala pošiljko sanitetnega "
         "materiala. Slovenija bo do konca leta Ukrajini podarila še tri reševalna vozila.",
         [ev("aid", ["SVN", "UKR"], date="2025-08"), ev("intent", ["SVN", "UKR"])]),
    case("en-future-donation-is-a-pledge", "en", "2025-08-27",
         "The Estonian Defence Forces handed over a shipment of winter equipment to Ukraine this month. "
         "Estonia is set to hand over three more ambulances to Ukraine by the end of the year.",
         [ev("aid", ["EST", "UKR"], date="2025-08"), ev("intent", ["EST", "UKR"])]),
    case("ja-future-support-is-a-pledge", "ja", "2026-07-02",
         "日本政府は２日、フィリピン海軍に警備艇２隻を引き渡した。"
         "日本政府は来年度以降もフィリピンへの支援を継続する方針だ。",
         [ev("aid", ["JPN", "PHL"], date="2026-07-02"), ev("intent", ["JPN", "PHL"])]),
    case("en-pledge-under-which-is-the-signing", "en", "2026-03-10",
         "In February 2024, Berlin and Vilnius signed a defence cooperation agreement under which Germany "
         "pledged to station a brigade in Lithuania.",
         [ev("agreement", ["DEU", "LTU"], date="2024-02", historical=True)]),
    case("zh-pledge-after-the-signed-treaty", "zh", "2026-02-05",
         "两国于2019年签署防务合作条约，印尼方同意向马来西亚军队开放两处训练场。",
         [ev("agreement", ["IDN", "MYS"], date="2019", historical=True)],
         title="马来西亚与印尼签署防务合作条约"),
    case("en-donation-beside-an-earlier-signing", "en", "2026-11-18",
         "The United States handed over field hospital equipment to the Ghana Armed Forces on Tuesday. "
         "The donation builds on the Defense Cooperation Agreement signed by the two countries in 2018.",
         [ev("aid", ["GHA", "USA"], date="2026-11-17"),
          ev("agreement", ["GHA", "USA"], date="2018", historical=True)]),
    case("lv-treaty-provides-that-both-will-finance", "lv", "2026-10-06",
         "Latvijas un Igaunijas aizsardzības ministri otrdien Rīgā parakstīja līgumu par kopīgu poligonu. "
         "Līgums paredz, ka abas valstis kopīgi finansēs poligona būvniecību.",
         [ev("agreement", ["EST", "LVA"], date="2026-10-06")]),
    case("en-deal-includes-a-transfer", "en", "2025-09-04",
         "Poland on Wednesday signed a contract with South Korea for 72 more K9 howitzers. "
         "The deal includes the transfer of technology to a Polish arms maker.",
         [ev("agreement", ["KOR", "POL"], date="2025-09-03")]),
    case("en-first-visit-since-a-coup", "en", "2026-04-21",
         "Nigeria's Chief of Defence Staff held talks with his Nigerien counterpart in Niamey on Monday. "
         "It was the first visit by a Nigerian defence chief to Niger since the military coup of July 2023.",
         [ev("meeting", ["NER", "NGA"], date="2026-04-20")]),
    case("sv-first-visit-since-taking-office", "sv", "2025-06-05",
         "Överbefälhavaren träffade på onsdagen sin polske kollega i Warszawa. "
         "Det var hans första besök i Polen sedan han tillträdde i oktober 2024.",
         [ev("meeting", ["POL", "SWE"], date="2025-06-04")]),
    case("de-first-visit-since-taking-office", "de", "2025-09-26",
         "Generalinspekteur Carsten Breuer ist am Donnerstag in Warschau mit seinem polnischen Amtskollegen "
         "zusammengetroffen. Es war sein erster Besuch in Polen seit seinem Amtsantritt im Oktober 2024.",
         [ev("meeting", ["DEU", "POL"], date="2025-09-25")]),
    case("sw-since-the-era-of-is-no-background", "sw", "2026-10-15",
         "Jeshi la Tanzania na Jeshi la China wameanza zoezi la pamoja la kijeshi jana. "
         "Akifungua zoezi hilo, Mkuu wa Majeshi alisema ushirikiano wa majeshi hayo ni wa muda mrefu tangu "
         "enzi za uhuru.",
         [ev("exercise", ["CHN", "TZA"], date="2026-10")]),
    case("en-previous-exercise-of-this-kind", "en", "2026-09-15",
         "Kazakh and Kyrgyz troops began a joint exercise near Almaty on Monday. "
         "The previous exercise of this kind was held in Kyrgyzstan in 2024.",
         [ev("exercise", ["KAZ", "KGZ"], date="2026-09"),
          ev("exercise", ["KAZ", "KGZ"], date="2024", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
