"""Bad input never raises: each bad record becomes a Quarantined record (file, line, reason, raw bytes)
and the rest of the file is read."""

from __future__ import annotations

import gzip
import json
import tracemalloc
from pathlib import Path

from milwatch.ingest import Quarantined, ReadOptions, read_paths
from milwatch.model import Article

TEXT = "The defense ministers met in the capital on Monday and signed a training plan."


def good(i: int, **extra: object) -> bytes:
    return json.dumps({"id": f"ok{i}", "text": TEXT + f" ({i})", **extra}).encode("utf-8")


def read(path: Path, **options: object) -> tuple[list[Article], list[Quarantined]]:
    records = list(read_paths([path], ReadOptions(**options)))  # type: ignore[arg-type]
    return ([r for r in records if isinstance(r, Article)],
            [r for r in records if isinstance(r, Quarantined)])


def test_broken_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    broken = b'{"id": "x", "text": "caf\xc3 au lait \xff"}'
    path.write_bytes(good(1) + b"\n" + broken + b"\n" + good(3) + b"\n")
    articles, (bad,) = read(path)
    assert [a.id for a in articles] == ["ok1", "ok3"]
    assert bad.origin.path == str(path) and bad.origin.line == 2
    assert "invalid UTF-8" in bad.reason and bad.raw == broken + b"\n"
    assert bad.describe().startswith(f"{path}:2: invalid UTF-8")


def test_truncated_jsonl_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl"
    cut = good(2)[:25]
    path.write_bytes(good(1) + b"\n" + cut + b"\n" + good(3))  # last line has no newline: fine
    articles, (bad,) = read(path)
    assert [a.id for a in articles] == ["ok1", "ok3"]
    assert bad.origin.line == 2 and bad.reason.startswith("truncated JSON") and bad.raw.startswith(cut)


def test_truncated_last_line_of_a_file(tmp_path: Path) -> None:
    path = tmp_path / "cut-end.jsonl"
    path.write_bytes(good(1) + b"\n" + good(2)[:30])
    articles, (bad,) = read(path)
    assert [a.id for a in articles] == ["ok1"] and bad.origin.line == 2


def test_json_object_missing_text(tmp_path: Path) -> None:
    path = tmp_path / "notext.jsonl"
    missing = json.dumps({"id": "nt", "title": "No text here"}).encode()
    path.write_bytes(b"\n".join([missing, good(2), b'{"id": "e", "text": "   "}', b"[1, 2]", b'{"text": 5}']))
    articles, bad = read(path)
    assert [a.id for a in articles] == ["ok2"]
    assert [(b.origin.line, b.reason) for b in bad] == [
        (1, "missing required field 'text'"), (3, "field 'text' is empty"),
        (4, "expected a JSON object, got list"), (5, "field 'text' must be a string, got int")]
    assert bad[0].raw == missing + b"\n"


def test_invalid_date(tmp_path: Path) -> None:
    path = tmp_path / "dates.jsonl"
    path.write_bytes(b"\n".join([good(1, published="2024-02-30"), good(2, published="2024-03-01"),
                                 good(3, published="yesterday"), good(4, published=20240301)]))
    articles, bad = read(path)
    assert [a.id for a in articles] == ["ok2"]
    assert [b.origin.line for b in bad] == [1, 3, 4]
    assert all("invalid date" in b.reason and "published" in b.reason for b in bad)
    assert "2024-02-30" in bad[0].reason


def test_empty_files(tmp_path: Path) -> None:
    for name, content in (("empty.jsonl", b""), ("blank.txt", b"  \n\n"), ("empty.json", b"")):
        path = tmp_path / name
        path.write_bytes(content)
        articles, (bad,) = read(path)
        assert articles == [] and bad.reason == "empty file" and bad.origin.path == str(path)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.jsonl"
    blob = bytes(range(256)) * 64
    path.write_bytes(blob)
    articles, (bad,) = read(path)
    assert articles == [] and bad.reason.startswith("binary file") and bad.raw == blob[:4096]
    assert bad.raw_size == len(blob)


def test_50_mb_file_is_quarantined_without_holding_it(tmp_path: Path) -> None:
    """A 50 MB record (a JSONL line, a .txt) goes to quarantine with its head; memory stays bounded."""
    size = 50 * 1024 * 1024
    jsonl = tmp_path / "huge.jsonl"
    with jsonl.open("wb") as f:
        f.write(good(1) + b"\n")
        f.write(b'{"id": "huge", "text": "' + b"x" * size + b'"}\n')
        f.write(good(3) + b"\n")
    txt = tmp_path / "huge.txt"
    with txt.open("wb") as f:
        f.write(b"A title\n\n" + b"word " * (size // 5))
    tracemalloc.start()
    articles, bad = read(jsonl, max_record_bytes=10 * 1024 * 1024, raw_max=1024)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [a.id for a in articles] == ["ok1", "ok3"]
    (huge,) = bad
    assert huge.origin.line == 2 and huge.reason.startswith("record too large")
    assert len(huge.raw) == 1024 and huge.raw_size is not None and huge.raw_size > size
    assert peak < 30 * 1024 * 1024  # never the whole 50 MB line
    articles, (big_txt,) = read(txt, max_record_bytes=10 * 1024 * 1024)
    assert articles == [] and big_txt.reason.startswith("record too large")


def test_broken_json_array_element_does_not_lose_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "array.json"
    path.write_text('[\n{"id": "a", "text": "one text here"},\n{"id": "b", "text": oops},\n'
                    '{"id": "c", "text": "three text"}\n]', encoding="utf-8")
    articles, (bad,) = read(path)
    assert [a.id for a in articles] == ["a", "c"]
    assert bad.origin.line == 3 and bad.reason.startswith("invalid JSON")


def test_truncated_json_array(tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_text('[{"id": "a", "text": "one text here"}, {"id": "b", "text": "cut', encoding="utf-8")
    articles, (bad,) = read(path)
    assert [a.id for a in articles] == ["a"] and bad.reason.startswith("truncated JSON")


def test_broken_utf8_inside_a_json_array(tmp_path: Path) -> None:
    path = tmp_path / "array.json"
    path.write_bytes(b'[{"id": "a", "text": "good one"},\n{"id": "b", "text": "bad \xff byte"},\n'
                     b'{"id": "c", "text": "good too"}]')
    articles, (bad,) = read(path)
    assert [a.id for a in articles] == ["a", "c"]
    assert bad.origin.line == 2 and "invalid UTF-8" in bad.reason and b"\xff" in bad.raw


def test_broken_utf8_in_a_text_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"Title\n\nFirst line.\nSecond \xe2\x28\xa1 line.\n")
    articles, (bad,) = read(path)
    assert articles == [] and bad.origin.line == 4 and bad.reason.startswith("invalid UTF-8 at byte")


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress(b"\n".join(good(i) for i in range(200)) + b"\n")
    path.write_bytes(data[: len(data) * 2 // 3])
    articles, bad = read(path)
    assert 0 < len(articles) < 200
    assert len(bad) == 1 and bad[0].reason.startswith("unreadable input") and bad[0].origin.line is not None


def test_not_a_feed_and_missing_path(tmp_path: Path) -> None:
    feed = tmp_path / "feed.rss"
    feed.write_text("<rss><channel><title>x</title></channel></rss>", encoding="utf-8")
    _articles, (bad,) = read(feed)
    assert bad.reason == "feed has no items"
    _articles, (gone,) = read(tmp_path / "missing.jsonl")
    assert gone.reason == "no such file or directory"


def test_lone_surrogate_escape_is_quarantined(tmp_path: Path) -> None:
    path = tmp_path / "sur.jsonl"
    path.write_bytes(b'{"id": "s", "text": "bad \\ud800 escape"}\n' + good(2) + b"\n")
    articles, (bad,) = read(path)
    assert [a.id for a in articles] == ["ok2"] and "surrogate" in bad.reason
