"""The clean stage on texts written here: each kind of boilerplate, the char map, the safety nets."""

from __future__ import annotations

from milwatch.clean import clean_article, clean_text, compress_map, expand_map, rules_for
from milwatch.model import Article
from milwatch.packs import PackRegistry

BODY_EN = [
    "The defense ministers of Alphaland and Betaland held talks in the capital on Monday.",
    "Both sides agreed to expand cooperation in officer training and maritime security.",
    "At the end of the talks the ministers signed a memorandum of understanding on logistics.",
]


def clean(registry: PackRegistry, lang: str, text: str, title: str | None = None) -> Article:
    return clean_article(Article(id="t", text=text, title=title), registry.get(lang))


def check_map(article: Article) -> None:
    """clean_map is strictly increasing and every non-break character maps to itself in the raw text."""
    assert article.clean_text is not None and article.clean_map is not None
    assert len(article.clean_map) == len(article.clean_text)
    assert all(a < b for a, b in zip(article.clean_map, article.clean_map[1:], strict=False))
    for i, ch in enumerate(article.clean_text):
        assert article.text[article.clean_map[i]] == ch


def test_english_boilerplate_goes_body_stays(registry: PackRegistry) -> None:
    raw = "\n".join([
        "World", "", "By Jane Roe", "", BODY_EN[0], "",
        "The ministers review an honor guard. Photo: John Doe", "", BODY_EN[1], "",
        "Share on Facebook | Twitter | Email", "12 comments", BODY_EN[2], "", "Tags: defense, navy", "",
        "Related news", "", "A headline about something else entirely in another country", "", "Another one",
    ])
    article = clean(registry, "en", raw)
    check_map(article)
    text = article.clean_text or ""
    for sentence in BODY_EN:
        assert sentence in text
    assert "The ministers review an honor guard." in text and "Photo" not in text
    for gone in ("By Jane Roe", "Share on", "comments", "Tags", "Related news", "another country", "World"):
        assert gone not in text


def test_german_boilerplate(registry: PackRegistry) -> None:
    body = ["Die Verteidigungsminister beider Länder trafen sich am Montag in der Hauptstadt.",
            "Sie unterzeichneten einen Plan für die Zusammenarbeit im Jahr 2024."]
    raw = "\n".join(["Minister treffen sich", "", "  12 März 2024    Gelesen: 1365",
                     "  Minister treffen sich",
                     "", body[0], "", body[1], "Erika Mustermann", "Quelle: https://example.de/a",
                     "Kommentar (0)", "", "Tags:", "", "Newsticker"])
    article = clean(registry, "de", raw, title="Minister treffen sich")
    check_map(article)
    assert article.clean_text == "Minister treffen sich\n\n" + body[0] + "\n\n" + body[1]


def test_vietnamese_boilerplate(registry: PackRegistry) -> None:
    body = ["Chiều 4/9, tại Hà Nội, Bộ trưởng Bộ Quốc phòng hai nước đã hội đàm.",
            "Kết thúc hội đàm, hai Bộ trưởng ký kết Ý định thư về hợp tác đào tạo."]
    raw = "\n\n".join([body[0], "Quang cảnh hội đàm. Ảnh: Minh Anh", body[1], "Lượt xem: 1.204",
                       "Tin liên quan", "Một tin khác hoàn toàn không liên quan đến bài này"])
    text = clean(registry, "vi", raw).clean_text or ""
    assert text == body[0] + "\n\nQuang cảnh hội đàm.\n\n" + body[1]


def test_language_independent_core(registry: PackRegistry) -> None:
    body = ["Officials of the three countries met on Tuesday to discuss border security.",
            "They will hold a joint exercise next spring, the ministry said in a statement."]
    raw = "\n".join(["HOME", "|", "• 20:41", "", body[0], "https://example.org/news/12345",
                     "www.example.org/a/b", body[1], body[1], "", "A+ A-", "© 2024 Example Media"])
    article = clean(registry, "xx", raw)  # no pack: only _base rules and the core
    check_map(article)
    assert article.clean_text == body[0] + "\n\n" + body[1]


def test_short_line_clusters_go_single_short_lines_in_the_body_stay(registry: PackRegistry) -> None:
    body = ["The first paragraph of the article has enough words to count as prose.",
            "The second paragraph also reads like a normal sentence of a news story."]
    raw = "\n\n".join([body[0], "A subheading here", body[1], "Menu", "Sport", "Weather",
                       body[1] + " Again."])
    text = clean(registry, "en", raw).clean_text or ""
    assert "A subheading here" in text and "Menu" not in text and "Weather" not in text


def test_cut_from_needs_body_before_it(registry: PackRegistry) -> None:
    raw = "Tags: first line\n\n" + BODY_EN[0]
    assert BODY_EN[0] in (clean(registry, "en", raw).clean_text or "")


def test_all_boilerplate_keeps_the_text(registry: PackRegistry) -> None:
    raw = "Share\n\n12 comments"
    assert clean(registry, "en", raw).clean_text == "Share\n\n12 comments"


def test_short_texts_are_left_alone(registry: PackRegistry) -> None:
    assert clean(registry, "en", "Ministers meet").clean_text == "Ministers meet"


def test_crlf_tabs_and_indentation(registry: PackRegistry) -> None:
    raw = "\t" + BODY_EN[0] + "\r\n\r\n   " + BODY_EN[1] + "  \r\n"
    article = clean(registry, "en", raw)
    check_map(article)
    assert article.clean_text == BODY_EN[0] + "\n\n" + BODY_EN[1]


def test_raw_span_points_into_the_raw_text(registry: PackRegistry) -> None:
    raw = "By Jane Roe\n\n" + BODY_EN[0] + "\n\n12 comments\n\n" + BODY_EN[1]
    article = clean(registry, "en", raw)
    text = article.clean_text or ""
    start = text.index("officer training")
    raw_start, raw_end = article.raw_span(start, start + len("officer training"))
    assert raw[raw_start:raw_end] == "officer training"


def test_map_compression_round_trip() -> None:
    cmap = [0, 1, 2, 5, 6, 9, 10, 11, 12, 40]
    segments = compress_map(cmap)
    assert segments == [(0, 0, 3), (3, 5, 2), (5, 9, 4), (9, 40, 1)]
    assert expand_map(segments) == cmap
    assert compress_map([]) == [] and expand_map([]) == []


def test_rules_are_compiled_once_per_pack(registry: PackRegistry) -> None:
    pack = registry.get("de")
    first, second = rules_for(pack), rules_for(pack)
    assert first.drop_line is second.drop_line and first.drop_line is not None
    assert clean_text("x", first) == ("x", [0])


def test_text_without_spaces_between_words_is_body(registry: PackRegistry) -> None:
    """Chinese and Japanese write no spaces: their body lines are counted in characters, not kept by
    chance."""
    body = ["两国国防部长在首都举行会谈，双方同意加强防务合作。",
            "会谈后，两国签署了关于军事训练合作的谅解备忘录。",
            "双方还商定明年举行联合演习。"]
    raw = "\n".join(["首页", "|", "新闻", *body, "责任编辑：张三", "分享到："])
    text = clean(registry, "xx", raw).clean_text or ""
    for line in body:
        assert line in text
    assert "首页" not in text


def test_short_sentences_ending_in_ethiopic_or_armenian_full_stops_stay(registry: PackRegistry) -> None:
    """A short line that ends like a sentence is body in every script (Armenian ։, Amharic ።)."""
    for short in ("Նախարարները հանդիպեցին Երևանում այսօր։", "ሚኒስትሩ ከአቻቸው ጋር በአዲስ አበባ ተወያዩ።"):
        for layout in ([BODY_EN[0], "Menu", short, "Sport", BODY_EN[1], BODY_EN[2]],
                       [BODY_EN[0], short, "Menu", "Sport", "Weather", BODY_EN[1]]):
            text = clean(registry, "xx", "\n\n".join(layout)).clean_text or ""
            assert short in text, layout


def test_tibetan_script_lines_are_counted_by_syllables_and_end_at_the_shad(registry: PackRegistry) -> None:
    """Tibetan (and Dzongkha) writes the tsheg between syllables and seldom a space, and ends a sentence with
    the shad "།": its prose lines after the longest one stay body, not a short tail to cut."""
    body = ["བལ་ཡུལ་དང་རྒྱ་ནག་གི་དམག་དཔུང་གིས་ཟླ་ ༡༢ ཚེས་ ༣ ནས་ ༡༢ བར་ལྷ་སར་ “ཞི་བདེ་” ཞེས་པའི་མཉམ་འབྲེལ་དམག་སྦྱོང་བྱས་ཡོད།",
            "དམག་སྦྱོང་དེའི་ནང་འཇིགས་སྐུལ་ལ་ངོ་རྒོལ་སྦྱོང་བརྡར་བྱས།",
            "དམག་སྦྱོང་འདི་སྔོན་མ་ལོ་གཉིས་ཀྱི་གོང་ལ་བྱས་ཡོད།"]
    raw = "\n".join(["གསར་འགྱུར། | བསམ་ཚུལ། | བརྙན་འཕྲིན།", "དམག་དཔུང་གཉིས་ཀྱིས་མཉམ་འབྲེལ་དམག་སྦྱོང་བྱས་པ།",
                     "སྤྱི་ལོ་ ༢༠༢༦ ཟླ་ ༡༢ ཚེས་ ༡༣", *body, "ད་དུང་ཀློག་རོགས།"])
    text = clean(registry, "bo", raw).clean_text or ""
    for line in body:
        assert line in text
