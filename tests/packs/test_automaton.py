"""The one-pass phrase scanner finds exactly what each list's regex finds with finditer:
same spans, same texts, in the same order, for every phrase syntax and script."""

from __future__ import annotations

import pytest

from milwatch.packs.automaton import PhraseList, PhraseScanner, fold, literal_start, squeeze
from milwatch.packs.phrases import WORD, compile_phrases


def _lists(groups: list[list[str]], boundary: str, clitics: tuple[str, ...], rest: str) -> list[PhraseList]:
    return [PhraseList(compile_phrases(g, boundary, clitics, rest), tuple(g)) for g in groups]


def _plain(lists: list[PhraseList], text: str) -> list[list[tuple[tuple[int, int], str]]]:
    return [[(m.span(), m.group(0)) for m in item.pattern.finditer(text)] for item in lists]


def _fast(scanner: PhraseScanner, text: str) -> list[list[tuple[tuple[int, int], str]]]:
    return [[(m.span(), m.group(0)) for m in found] for found in scanner.scan(text)]


CASES = [
    # (phrase lists, boundary, clitics, rest, texts)
    ([["sign* agreement", "signed", "memorandum of understanding"], ["meet*", "talks with"], ["in talks"]],
     "word", (), r"\w*",
     ["They SIGNED an agreement; the ministers met.  Signing\n\nagreement in\ttalks with Spain.",
      "signal signs agreements: Memorandum   of\nUnderstanding. meetings", "in talks in talks with", ""]),
    ([["lud ~ ein", "wollen ~~ unterstützen"], ["*übung", "*vertrag über die lieferung"], ["übung"]],
     "word", (), r"\w*",
     ["Er lud den Minister Pete Hegseth ein. Sie wollen die Ukraine auch mit der Ausbildung unterstützen.",
      "Die Militärübung und die Übung; der Liefervertrag über die Lieferung. Übungen",
      "wollen. unterstützen"]),
    ([["اجتماع", "وزير الدفاع"], ["زيار*"]], "word", ("و", "ب", "ل", "ال"), WORD + "*",
     ["وقال وزير الدفاع إن الاجتماع وبالاجتماع واجتماع كان مهما. زيارة وزيارته", "لاجتماعات"]),
    ([["*회담", "회담을"], ["방문"]], "start", (), r"\w*",
     ["국방장관회담을 열었다. 정상회담 방문을 마치고 회담을", "회담"]),
    ([["会谈", "访问*"], ["联合军演"]], "none", (), r"\w*",
     ["双方举行会谈。国防部长访问北京并参加联合军演。会谈会谈", "访问"]),
    ([["การประชุม", "เยือน"]], "none", (), WORD + "*", ["รัฐมนตรีกลาบโหมเยือนไทยและการประชุมร่วม"]),
    ([["सेना", "रक्षा मंत्री"]], "word", (), WORD + "*", ["भारतीय सेना और रक्षा  मंत्री। सेनाएं"]),
    # case equivalences of the regex engine: ı/i, ſ/s, ς/σ, the dotted capital I
    ([["işbirliği", "istanbul"], ["σύσκεψη", "υπουργός"], ["strasse"]], "word", (), r"\w*",
     ["İŞBİRLİĞİ İstanbul ISBIRLIGI ıstanbul", "ΣΎΣΚΕΨΗ υπουργοσ ΥΠΟΥΡΓΟΣ", "ſtraſſe STRASSE"]),
]


@pytest.mark.parametrize(("groups", "boundary", "clitics", "rest", "texts"), CASES)
def test_scan_equals_finditer(groups: list[list[str]], boundary: str, clitics: tuple[str, ...], rest: str,
                              texts: list[str]) -> None:
    lists = _lists(groups, boundary, clitics, rest)
    scanner = PhraseScanner(lists, boundary, clitics, WORD if rest.startswith(WORD) else r"\w")
    for text in texts:
        assert _fast(scanner, text) == _plain(lists, text), text
        assert scanner.any_match(text) == any(_plain(lists, text)), text


def test_cases_find_something() -> None:
    """The cases above are not vacuous: most texts give matches to compare."""
    found = 0
    for groups, boundary, clitics, rest, texts in CASES:
        lists = _lists(groups, boundary, clitics, rest)
        found += sum(1 for text in texts if any(_plain(lists, text)))
    assert found >= 14


def test_overlapping_candidates_keep_finditer_order() -> None:
    """A match consumes its text: a phrase starting inside an earlier match is not found."""
    lists = _lists([["joint exercise", "exercise plan"]], "word", (), r"\w*")
    scanner = PhraseScanner(lists, "word", (), r"\w")
    text = "a joint exercise plan"
    assert _fast(scanner, text) == [[((2, 16), "joint exercise")]]


def test_literal_start() -> None:
    assert literal_start("Sign* the  agreement") == ("sign", False)
    assert literal_start("memorandum of understanding") == ("memorandum of understanding", False)
    assert literal_start("joint *übung") == ("joint", False)
    assert literal_start("lud ~ ein") == ("lud", False)
    assert literal_start("*vertrag über die") == ("vertrag über die", True)
    assert literal_start("*") is None
    assert literal_start("~ ein") is None


def test_fold_and_squeeze_keep_offsets() -> None:
    text = "İstanbul ſ ΣΑΣ"
    assert len(fold(text)) == len(text)
    assert fold("ISTANBUL") == fold("ıstanbul")
    squeezed, marks, shifts = squeeze("a  b\n\nc\td e")
    assert squeezed == "a b c d e"
    from bisect import bisect_right
    original = "a  b\n\nc\td e"
    for q, char in enumerate(squeezed):
        at = q + shifts[bisect_right(marks, q) - 1]
        assert original[at] == char or (char == " " and original[at].isspace())
