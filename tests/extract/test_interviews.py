"""The extract stage on interviews written for these tests (session 14, lead).

An interview opens on the official receiving the paper ("menerima Kabarlaut", "sat down with the
Courier"): the outlet, named in the article's address, is no party of a meeting.  An answer that names
no state answers the question before it: the state the question named is the interviewee's partner
("What did you discuss with Pakistan's naval chief?" / "On Tuesday I received Admiral ...").
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from milwatch.extract.interviews import outlet_name
from support.cases import check_case, ev

ID_INTERVIEW = (
    "Kabarlaut.id\nWawancara\n"
    "KSAL: \"Kerja Sama Kami dengan Tetangga Makin Erat\"\n"
    "Kamis, 26 November 2026 08:00 WIB\n\n"
    "Kepala Staf TNI Angkatan Laut Laksamana TNI Muhammad Ali menerima Kabarlaut di Mabesal, Cilangkap, "
    "Rabu (25/11).\n\n"
    "Bagaimana hasil latihan dengan Angkatan Laut Australia?\n\n"
    "Latihan bersama itu sudah digelar pada 16-20 November di Laut Arafura.\n\n"
    "Apa yang dibahas dengan Kepala Staf AL Pakistan?\n\n"
    "Selasa (24/11) saya menerima Laksamana Rahim Baig di Mabesal.\n\n"
    "Kami sepakat memperluas pertukaran kadet antara akademi angkatan laut kedua negara.")

EN_INTERVIEW = (
    "INTERVIEW | Defence chief: 'Our navies train together more than ever'\n\n"
    "Philippine Navy chief Vice Admiral Jose Ramos sat down with the Courier at the naval headquarters "
    "on Wednesday.\n\n"
    "What did you discuss with the Japanese navy chief last week?\n\n"
    "On Monday I received Admiral Ryo Sakai in Manila. We agreed to hold joint drills every year.")

CASES = [
    pytest.param("id", "2026-11-26", ID_INTERVIEW, "https://www.kabarlaut.id/wawancara/ksal-2026",
                 [ev("exercise", ["AUS", "IDN"], date="2026-11"),
                  ev("meeting", ["IDN", "PAK"], date="2026-11-24"),
                  ev("intent", ["IDN", "PAK"], date="2026-11-24")], id="id-outlet-and-asked-states"),
    pytest.param("en", "2026-11-20", EN_INTERVIEW, "https://news.courier.com.ph/2026/11/20/interview",
                 [ev("meeting", ["JPN", "PHL"], date="2026-11-16"),
                  ev("intent", ["JPN", "PHL"])], id="en-outlet-and-asked-states"),
]


@pytest.mark.parametrize(("lang", "published", "text", "source_url", "expected"), CASES)
def test_interview_case(extractor: Extractor, lang: str, published: str, text: str, source_url: str,
                        expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, None, text, expected, source_url=source_url)


@pytest.mark.parametrize(("url", "name"), [
    ("https://www.tempo.co/wawancara/x", "tempo"),
    ("https://newsinfo.inquirer.net/2026/11/20/x", "inquirer"),
    ("https://www.bbc.co.uk/news/x", None),  # three letters: too short to tell from a word
    ("https://www.abc.net.au/news/x", None),
    ("https://www.theguardian.com/world/x", "theguardian"),
    ("https://en.yna.co.kr/view/x", None),
    ("not a url", None),
    (None, None),
])
def test_outlet_name(url: str | None, name: str | None) -> None:
    assert outlet_name(url) == name
