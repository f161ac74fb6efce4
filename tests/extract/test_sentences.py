"""Sentence splitting: abbreviations, initials, German ordinals, Vietnamese, quotes, paragraphs."""

from __future__ import annotations

import pytest

from milwatch.extract.sentences import paragraph_index, split_sentences


def texts(text: str, **options: bool) -> list[str]:
    return [s.text for s in split_sentences(text, **options)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Lt. Gen. Omar Haddad met Mr. Brown in Amman. They talked about the U.S. Navy. Then they left.",
     ["Lt. Gen. Omar Haddad met Mr. Brown in Amman.", "They talked about the U.S. Navy.", "Then they left."]),
    ("Col. Ana Ruiz and Brig. Gen. Tomas Vega arrived. The talks began.",
     ["Col. Ana Ruiz and Brig. Gen. Tomas Vega arrived.", "The talks began."]),
    ("The talks took place on Jan. 5 in Riga. They were short.",
     ["The talks took place on Jan. 5 in Riga.", "They were short."]),
    ("The deal is worth 3.5 billion dollars. Deliveries start in May.",
     ["The deal is worth 3.5 billion dollars.", "Deliveries start in May."]),
    ("Gen. J. K. Osei spoke first. Adm. Lee replied.",
     ["Gen. J. K. Osei spoke first.", "Adm. Lee replied."]),
], ids=["titles", "ranks", "month-abbreviation", "decimal", "initials"])
def test_english_abbreviations_do_not_end_sentences(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_sentence_end_punctuation_and_quotes() -> None:
    text = 'He said: "We will cooperate." The ministers agreed. What next? Nobody knows! The end'
    assert texts(text) == ['He said: "We will cooperate."', "The ministers agreed.", "What next?",
                           "Nobody knows!", "The end"]


def test_german_ordinal_dates_with_ordinal_dot() -> None:
    text = "Am 4. September traf der Minister in Riga ein. Er sprach mit Generalleutnant Berzins."
    assert texts(text, ordinal_dot=True) == ["Am 4. September traf der Minister in Riga ein.",
                                             "Er sprach mit Generalleutnant Berzins."]
    # without the pack flag the ordinal looks like a sentence end
    assert texts(text)[0] == "Am 4."


def test_german_numeric_day_and_month_with_ordinal_dot() -> None:
    text = "Das Treffen fand am 4. 9. in Wien statt. Danach gab es ein Essen."
    assert texts(text, ordinal_dot=True) == ["Das Treffen fand am 4. 9. in Wien statt.",
                                             "Danach gab es ein Essen."]


def test_german_year_still_ends_a_sentence() -> None:
    """Only one- or two-digit numbers are ordinals; a year before a full stop ends the sentence."""
    assert texts("Das Abkommen gilt bis 2030. Die Minister trafen sich.", ordinal_dot=True) == [
        "Das Abkommen gilt bis 2030.", "Die Minister trafen sich."]


def test_german_abbreviations() -> None:
    text = "Beteiligt sind u.a. Polen bzw. Litauen. Die Übung beginnt im Mai."
    assert texts(text, ordinal_dot=True) == ["Beteiligt sind u.a. Polen bzw. Litauen.",
                                             "Die Übung beginnt im Mai."]


def test_vietnamese_sentences() -> None:
    text = ("Sáng 4/9, tại Hà Nội, Đại tướng Lê Văn Tâm hội đàm với Bộ trưởng. Hai bên nhất trí tăng cường "
            "hợp tác. Đây là bước tiến quan trọng.")
    assert texts(text) == ["Sáng 4/9, tại Hà Nội, Đại tướng Lê Văn Tâm hội đàm với Bộ trưởng.",
                           "Hai bên nhất trí tăng cường hợp tác.", "Đây là bước tiến quan trọng."]


def test_vietnamese_capital_letters_with_diacritics_start_sentences() -> None:
    text = "Hai bên đã ký biên bản. Ấn Độ cũng tham dự. Đoàn rời Hà Nội."
    assert texts(text) == ["Hai bên đã ký biên bản.", "Ấn Độ cũng tham dự.", "Đoàn rời Hà Nội."]


def test_vietnamese_abbreviated_title_and_initial() -> None:
    text = "Thượng tướng Nguyễn Văn A. phát biểu tại buổi lễ. Đ/c. Trần B. cũng dự."
    assert texts(text)[0] == "Thượng tướng Nguyễn Văn A. phát biểu tại buổi lễ."


def test_lowercase_after_full_stop_continues_the_sentence() -> None:
    assert texts("Ông Lê cho biết. hai bên sẽ gặp lại.") == ["Ông Lê cho biết. hai bên sẽ gặp lại."]


def test_line_breaks_end_sentences_and_count_paragraphs() -> None:
    text = "Headline without stop\nFirst sentence. Second one.\n\nNew paragraph here."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Headline without stop", "First sentence.", "Second one.",
                                           "New paragraph here."]
    assert paragraph_index(text, sentences) == [0, 1, 1, 2]


def test_spans_index_the_text() -> None:
    text = "  First one.   Second one.\n\n  Third one.  "
    sentences = split_sentences(text)
    assert [s.index for s in sentences] == [0, 1, 2]
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()


def test_empty_and_blank_text() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n ") == []


def test_lost_space_after_a_full_stop_still_ends_the_sentence() -> None:
    text = "Les ministres se sont rencontrés le 4 novembre.Lors de la réunion, ils ont parlé de défense."
    assert texts(text) == ["Les ministres se sont rencontrés le 4 novembre.",
                           "Lors de la réunion, ils ont parlé de défense."]


def test_glued_abbreviations_are_not_lost_spaces() -> None:
    assert texts("Prof.Miller and Gen.Okafor met. The U.S.Navy sailed.") == [
        "Prof.Miller and Gen.Okafor met.", "The U.S.Navy sailed."]


def test_pack_abbreviations_and_lower_case_words_of_any_script_go_on() -> None:
    text = "Waziri wa Ulinzi, Dkt. Amina Salum, amempokea. През 2018 г. двете страни подписаха. Н. Е. Иванов."
    sentences = [s.text for s in split_sentences(text, abbreviations=frozenset({"dkt."}))]
    assert sentences == ["Waziri wa Ulinzi, Dkt. Amina Salum, amempokea.",
                         "През 2018 г. двете страни подписаха.", "Н. Е. Иванов."]
    assert len(split_sentences("Waziri, Dkt. Amina Salum, amempokea.")) == 2  # without the pack's list


def test_a_korean_full_stop_without_a_space_ends_the_sentence() -> None:
    text = "양국 장관은 회담했다.국방부에 따르면 두 장관은 협력을 논의했다."
    assert [s.text for s in split_sentences(text)] == ["양국 장관은 회담했다.",
                                                       "국방부에 따르면 두 장관은 협력을 논의했다."]


def test_a_sentence_opening_on_a_single_or_low_quote_is_a_new_sentence() -> None:
    text = ("The navies ended the drill on Friday. ‘Sea Shield’ is held every two years. "
            "Die Übung endete am Freitag. „Baltic Guard“ findet jährlich statt. "
            "Khi kết thúc. ‘Lá chắn’ diễn ra hằng năm.")
    assert [s.text for s in split_sentences(text)] == [
        "The navies ended the drill on Friday.", "‘Sea Shield’ is held every two years.",
        "Die Übung endete am Freitag.", "„Baltic Guard“ findet jährlich statt.",
        "Khi kết thúc.", "‘Lá chắn’ diễn ra hằng năm."]


def test_a_korean_headline_ellipsis_separates_its_items() -> None:
    """Korean headlines join their items with an ellipsis and no space ("…방한…훈련"): each item is a
    sentence, so the states of one are no parties of the other; an ellipsis elsewhere splits nothing."""
    text = ("베트남 국방장관 방한…한미 연합훈련 '자유의 방패' 시작\n"
            "The talks… went on. Die Gespräche…gingen weiter.")
    assert [s.text for s in split_sentences(text)] == [
        "베트남 국방장관 방한…", "한미 연합훈련 '자유의 방패' 시작", "The talks… went on.",
        "Die Gespräche…gingen weiter."]


def test_an_armenian_colon_typed_for_the_full_stop_ends_the_sentence() -> None:
    """Armenian sites often type ":" for the full stop "։"; after an Armenian word and before an Armenian
    capital it ends the sentence (a colon before Latin text or digits of a time is left alone)."""
    text = "Երևանում տեղի է ունեցել հանդիպում: Կողմերը քննարկել են համագործակցությունը: Time 10:30."
    assert [s.text for s in split_sentences(text)] == [
        "Երևանում տեղի է ունեցել հանդիպում:", "Կողմերը քննարկել են համագործակցությունը: Time 10:30."]


def test_georgian_full_stops_end_sentences_though_python_calls_its_letters_lower_case() -> None:
    """Georgian running text (Mkhedruli) has no capitals; Python calls its letters lower case (their Mtavruli
    capitals exist since Unicode 11 but are used only in headings), so the lower-case rule must not join
    its sentences.  A one-letter initial still does not end one ("ი. ბერიძე")."""
    text = ("მინისტრები შეხვდნენ თბილისში. მხარეებმა ხელი მოაწერეს მემორანდუმს. "
            "შეხვედრას ესწრებოდა ი. ბერიძე.")
    assert [s.text for s in split_sentences(text)] == [
        "მინისტრები შეხვდნენ თბილისში.", "მხარეებმა ხელი მოაწერეს მემორანდუმს.",
        "შეხვედრას ესწრებოდა ი. ბერიძე."]
