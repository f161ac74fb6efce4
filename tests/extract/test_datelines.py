"""A state named in a wire dateline is a place (where the report was filed), in the forms of the
world's wires; a state that opens a sentence as its subject stays a state. Phrases written for these tests."""

from __future__ import annotations

from functools import cache

import pytest

from milwatch.extract.countries import CountryFinder
from milwatch.extract.datelines import dateline_states_as_places
from milwatch.packs import PackRegistry


@cache
def finder(lang: str) -> CountryFinder:
    return CountryFinder.for_pack(PackRegistry().get(lang))


def kinds(lang: str, text: str) -> list[tuple[str, str]]:
    pack = PackRegistry().get(lang)
    mentions = dateline_states_as_places(finder(lang).find(text), text, pack)
    return [(m.code, m.kind) for m in mentions if m.is_state]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "SINGAPORE, May 31 (Reuters) - The ministers of Japan met."),
    ("es", "Singapur, 31 may (EFE).- El ministro de Japón se reunió con su homólogo."),
    ("de", "Singapur (dpa) - Der Minister aus Japan traf seinen Amtskollegen."),
    ("fr", "Singapour (AFP) - Le ministre du Japon a rencontré son homologue."),
    ("vi", "(Singapore) - Bộ trưởng Quốc phòng Nhật Bản đã hội đàm."),
    ("ja", "【シンガポール共同】日本の防衛相は31日、会談した。"),
    ("ja", "【シンガポール＝田中太郎】日本の防衛相は31日、会談した。"),
    ("ko", "(싱가포르=연합뉴스) 홍길동 특파원 = 일본 방위상은 31일 회담했다."),
    ("zh", "新华社新加坡5月31日电 日本防卫大臣31日举行会谈。"),
    ("zh", "Title\nNav\n2026/5/31 14:20\nfont: S M L\n"
           "（中央社記者王小明新加坡31日專電）日本防衛大臣31日舉行會談。"),
], ids=["en-wire", "es-efe", "de-dpa", "fr-afp", "vi-bracket", "ja-kyodo", "ja-reporter", "ko-yonhap",
        "zh-xinhua", "zh-cna-after-furniture"])
def test_dateline_state_is_a_place(lang: str, text: str) -> None:
    found = kinds(lang, text)
    assert found[0] == ("SGP", "place"), found
    assert [kind for code, kind in found if code == "JPN"] != ["place"], found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Singapore, Malaysia and Indonesia signed a defence agreement on Monday."),
    ("en", "Singapore (left) and Malaysia signed a defence agreement on Monday."),
    ("de", "Singapur und Malaysia haben am Montag ein Abkommen unterzeichnet."),
    ("zh", "新加坡与马来西亚31日签署了国防合作协议。"),
], ids=["en-list", "en-caption", "de-subject", "zh-subject"])
def test_state_opening_a_sentence_stays_a_state(lang: str, text: str) -> None:
    assert kinds(lang, text)[0] == ("SGP", "name")
