"""Every input format, read from real files the tests write."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from milwatch.ingest import Quarantined, ReadOptions, content_hash, content_id, read_paths
from milwatch.model import Article

BODY = ("The defense ministers of Alphaland and Betaland met in the capital on Monday.\n\n"
        "They agreed to expand cooperation in officer training and maritime security.\n")


def _articles(paths: list[Path], **options: object) -> list[Article]:
    records = list(read_paths(paths, ReadOptions(**options)))  # type: ignore[arg-type]
    bad = [r for r in records if isinstance(r, Quarantined)]
    assert not bad, [b.describe() for b in bad]
    return [r for r in records if isinstance(r, Article)]


def _record(i: int, **extra: object) -> dict[str, object]:
    return {"id": f"a{i}", "title": f"Title {i}", "published": "2024-03-12",
            "source_url": f"https://x.test/{i}",
            "lang": "en", "text": f"Article number {i}. " + BODY, **extra}


def test_jsonl_keeps_fields_extra_and_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [json.dumps(_record(1, story="s1", relevant=True)), "", json.dumps(_record(2))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second = _articles([path])
    assert (first.id, first.title, first.published, first.source_url, first.lang_hint) == (
        "a1", "Title 1", "2024-03-12", "https://x.test/1", "en")
    assert first.extra == {"story": "s1", "relevant": True}
    assert first.origin is not None and first.origin.path == str(path) and first.origin.line == 1
    assert second.origin is not None and second.origin.line == 3


def test_json_array_streams_elements_with_their_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps([_record(1), _record(2), _record(3)], indent=2), encoding="utf-8")
    articles = _articles([path])
    assert [a.id for a in articles] == ["a1", "a2", "a3"]
    lines = [a.origin.line for a in articles if a.origin]
    assert lines[0] == 2 and lines == sorted(lines) and len(set(lines)) == 3


def test_json_file_with_objects_one_after_another(tmp_path: Path) -> None:
    path = tmp_path / "seq.json"
    path.write_text(json.dumps(_record(1), indent=1) + "\n" + json.dumps(_record(2)) + "\n", encoding="utf-8")
    assert [a.id for a in _articles([path])] == ["a1", "a2"]


def test_missing_id_gets_a_stable_content_id(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    record = _record(1)
    del record["id"]
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = _articles([path])
    assert article.id == content_id(content_hash(str(record["text"])))
    (again,) = _articles([path])
    assert again.id == article.id


def test_txt_first_line_is_title_when_it_looks_like_one(tmp_path: Path) -> None:
    titled = tmp_path / "titled.txt"
    titled.write_text("Alphaland and Betaland sign a training plan\n\n" + BODY, encoding="utf-8")
    untitled = tmp_path / "untitled.txt"
    untitled.write_text(BODY, encoding="utf-8")
    a, b = _articles([titled, untitled])
    assert a.title == "Alphaland and Betaland sign a training plan"
    assert a.text == titled.read_text(encoding="utf-8")  # the text is what the user gave
    assert b.title is None
    assert a.origin is not None and a.origin.line == 1


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{line} This sentence is part of paragraph {i}.</p>"
                         for i, line in enumerate(BODY.split("\n\n")))
    sections = paragraphs.replace("paragraph", "section")
    page.write_text(f"""<!DOCTYPE html><html lang="en"><head><title>Ministers meet | Example News</title>
<meta property="og:title" content="Ministers meet in the capital">
<meta property="article:published_time" content="2024-03-12T08:00:00+00:00">
<link rel="canonical" href="https://news.example.com/ministers-meet"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers meet in the capital</h1>{paragraphs}{sections}</article>
<footer>Copyright Example News</footer></body></html>""", encoding="utf-8")
    (article,) = _articles([page])
    assert "officer training" in article.text
    assert "Home" not in article.text and "Copyright" not in article.text
    assert article.title == "Ministers meet in the capital"
    assert article.published == "2024-03-12"
    assert article.source_url == "https://news.example.com/ministers-meet"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Feed</title><language>en</language>
<item><title>First item</title><link>https://feed.test/1</link><guid>g1</guid>
<pubDate>Tue, 12 Mar 2024 08:00:00 GMT</pubDate>
<description>&lt;p&gt;The ministers met.&lt;/p&gt;&lt;p&gt;They signed a plan.&lt;/p&gt;</description></item>
<item><title>Headline only</title><link>https://feed.test/2</link></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Example</title>
<entry><title>Atom entry</title><link href="https://atom.test/1"/><id>urn:1</id>
<updated>2024-06-04T10:00:00Z</updated>
<content type="html">&lt;p&gt;A contract for two frigates was signed.&lt;/p&gt;</content></entry>
</feed>
"""


def test_rss_items_with_content_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(RSS, encoding="utf-8")
    records = list(read_paths([path]))
    article, empty = records
    assert isinstance(article, Article) and isinstance(empty, Quarantined)
    assert article.text == "The ministers met.\nThey signed a plan."
    assert (article.title, article.published, article.source_url) == ("First item", "2024-03-12",
                                                                       "https://feed.test/1")
    assert article.extra["guid"] == "g1"
    assert article.origin is not None and article.origin.line == 3
    assert empty.reason == "feed item without content" and empty.origin.line == 6


def test_atom_entries(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    (article,) = _articles([path])
    assert article.text == "A contract for two frigates was signed."
    assert article.published == "2024-06-04" and article.source_url == "https://atom.test/1"


@pytest.mark.parametrize("name", ["a.jsonl.gz", "a.json.gz", "a.txt.gz", "feed.rss.gz"])
def test_gzip_of_any_format(tmp_path: Path, name: str) -> None:
    content = {
        "a.jsonl.gz": json.dumps(_record(1)) + "\n",
        "a.json.gz": json.dumps([_record(1)]),
        "a.txt.gz": "A headline\n\n" + BODY,
        "feed.rss.gz": RSS.replace("<item><title>Headline "
                                   "only</title><link>https://feed.test/2</link></item>", ""),
    }[name]
    path = tmp_path / name
    path.write_bytes(gzip.compress(content.encode("utf-8")))
    (article,) = _articles([path])
    assert "ministers" in article.text.lower() or "Article number 1" in article.text


def test_directories_are_read_recursively_sorted_and_skip_other_files(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a.jsonl").write_text(json.dumps(_record(1)) + "\n", encoding="utf-8")
    (tmp_path / "b" / "deep" / "c.txt").write_text("Deep headline\n\n" + BODY, encoding="utf-8")
    (tmp_path / "b" / "notes.md").write_text("# not an article\n", encoding="utf-8")
    (tmp_path / ".hidden.jsonl").write_text(json.dumps(_record(9)) + "\n", encoding="utf-8")
    articles = _articles([tmp_path])
    assert [a.title for a in articles] == ["Title 1", "Deep headline"]


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "export.data"
    path.write_text(json.dumps(_record(1)) + "\n" + json.dumps(_record(2)) + "\n", encoding="utf-8")
    assert [a.id for a in _articles([path])] == ["a1", "a2"]


def test_lang_option_overrides_the_records_lang(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(_record(1, lang="EN-gb")) + "\n" + json.dumps(_record(2, lang=None)) + "\n",
                    encoding="utf-8")
    assert [a.lang_hint for a in _articles([path])] == ["en", None]
    assert [a.lang_hint for a in _articles([path], lang="de")] == ["de", "de"]


def test_dates_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    dates = ["2024-03-12T08:00:00Z", "2024-03", "Tue, 12 Mar 2024 08:00:00 GMT", None]
    path.write_text("".join(json.dumps(_record(i, published=d)) + "\n" for i, d in enumerate(dates)),
                    encoding="utf-8")
    assert [a.published for a in _articles([path])] == ["2024-03-12", None, "2024-03-12", None]
