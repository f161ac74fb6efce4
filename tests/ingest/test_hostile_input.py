"""Hostile input through the real `milwatch ingest` (issue 13): lone surrogates, non-UTF-8 file names, deep
nesting, NUL bytes, broken elements of minified arrays, big feeds, broken gzip, odd directory entries,
impossible feed dates and legacy encodings.  No crash, every bad record quarantined with its reason and raw
bytes, every good record stored."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner

from milwatch.cli import main
from milwatch.ingest import Quarantined
from milwatch.store import open_store

TEXT = "The defence ministers of Alphaland and Betaland met in the capital on Monday and signed a plan."


def good(i: int) -> str:
    return json.dumps({"id": f"ok{i}", "text": f"{TEXT} Item number {i} of the batch."})


def ingest(tmp_path: Path, *paths: Path | str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    args = ["ingest", *map(str, paths), "--db", str(tmp_path / "m.db"), "--workers", "0"]
    env = {"MILWATCH_CONFIG": str(tmp_path / "none.toml"), **(env or {})}
    result = CliRunner().invoke(main, args, env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def stored(tmp_path: Path) -> tuple[list[str], list[Quarantined]]:
    with open_store(tmp_path / "m.db", create=False) as store:
        ids = [a.id for a in store.iter_articles()]
        quarantined = [q for q, _at in store.iter_quarantine()]
    return sorted(ids), quarantined


def test_lone_surrogates_in_any_field_are_quarantined_and_the_batch_is_stored(tmp_path: Path) -> None:
    lines = [good(1),
             '{"id": "bad\\ud800", "text": "' + TEXT + ' one"}',
             '{"id": "u1", "source_url": "https://x.test/\\ud800", "text": "' + TEXT + ' two"}',
             '{"id": "u2", "note": {"deep": ["\\udfff"]}, "text": "' + TEXT + ' three"}',
             '{"id": "u3", "\\ud800key": 1, "text": "' + TEXT + ' four"}',
             good(2)]
    path = tmp_path / "s.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = ingest(tmp_path, path)
    assert code == 0 and "Traceback" not in err
    ids, bad = stored(tmp_path)
    assert ids == ["ok1", "ok2"]
    reasons = {q.origin.line: q.reason for q in bad}
    assert set(reasons) == {2, 3, 4, 5}
    assert "'id'" in reasons[2] and "'source_url'" in reasons[3] and "'note'" in reasons[4]
    assert all("lone surrogate" in r for r in reasons.values())
    assert all(q.raw for q in bad)
    # a re-run does not crash and adds nothing
    code, out, _err = ingest(tmp_path, path)
    assert code == 0 and "stored 0" in out and len(stored(tmp_path)[1]) == 4


def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsencode(folder) + b"/caf\xe9-\xff.txt"
    try:
        with open(name, "wb") as handle:
            handle.write(f"Ministers meet\n\n{TEXT}\n".encode())
        with open(os.fsencode(folder) + b"/bad\xe9.jsonl", "wb") as handle:
            handle.write(b'{"id": "x"}\n' + good(5).encode() + b"\n")
    except OSError:
        pytest.skip("the file system refuses non-UTF-8 names")
    db = tmp_path / "m.db"
    env = {**os.environ, "MILWATCH_CONFIG": str(tmp_path / "none.toml")}
    for argv in ([folder], [name, os.fsencode(folder) + b"/bad\xe9.jsonl"]):
        command = [str(Path(sys.executable).parent / "milwatch"), "ingest", *argv, "--db", str(db),
                   "--workers", "0"]
        done = subprocess.run(command, capture_output=True, env=env, timeout=300)
        assert done.returncode == 0, done.stderr.decode(errors="replace")
        assert b"Traceback" not in done.stderr
    ids, bad = stored(tmp_path)
    assert "ok5" in ids and len(ids) == 2
    (missing_text,) = bad
    assert missing_text.origin.path.endswith("bad\\xe9.jsonl") and "'text'" in missing_text.reason
    with open_store(db, create=False) as store:
        paths = {a.origin.path for a in store.iter_articles() if a.origin}
    assert any(p.endswith("caf\\xe9-\\xff.txt") for p in paths)


def deep(levels: int) -> str:
    return '{"id": "deep", "text": "' + TEXT + '", "extra": ' + "[" * levels + "]" * levels + "}"


@pytest.mark.parametrize("levels", [1000, 100_000])
def test_deeply_nested_record_in_jsonl(tmp_path: Path, levels: int) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join([good(1), deep(levels), good(2), good(3)]) + "\n", encoding="utf-8")
    code, _out, err = ingest(tmp_path, path)
    assert code == 0 and "Traceback" not in err
    ids, (bad,) = stored(tmp_path)
    assert ids == ["ok1", "ok2", "ok3"]
    assert bad.origin.line == 2 and "nested too deeply" in bad.reason
    assert bad.raw.startswith(b'{"id": "deep"') and len(bad.raw) > 1000


def test_deeply_nested_element_of_a_json_array(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text("[" + ",".join([good(1), deep(5000), good(2)]) + "]", encoding="utf-8")
    code, _out, err = ingest(tmp_path, path)
    assert code == 0 and "Traceback" not in err
    ids, (bad,) = stored(tmp_path)
    assert ids == ["ok1", "ok2"]
    assert "nested too deeply" in bad.reason and bad.raw.startswith(b'{"id": "deep"')


def test_one_nul_byte_does_not_make_a_jsonl_file_binary(tmp_path: Path) -> None:
    lines = [good(i).encode() for i in range(200)]
    lines[3] = b'{"id": "nul", "text": "a\x00b"}'
    path = tmp_path / "n.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    code, out, _err = ingest(tmp_path, path)
    assert code == 0
    ids, (bad,) = stored(tmp_path)
    assert len(ids) == 199 and "nul" not in ids
    assert bad.origin.line == 4 and bad.raw.startswith(b'{"id": "nul"')


def test_bad_element_of_a_minified_array_keeps_the_rest(tmp_path: Path) -> None:
    elements = [good(1), '{"id": "b1", "text": tru}', good(2), '{"id": "b2", "text": "x", "n": [1, 2,, 3]}',
                good(3)]
    path = tmp_path / "m.json"
    path.write_text("[" + ",".join(elements) + "]", encoding="utf-8")
    code, _out, err = ingest(tmp_path, path)
    assert code == 0 and "Traceback" not in err
    ids, bad = stored(tmp_path)
    assert ids == ["ok1", "ok2", "ok3"]
    assert [q.raw for q in bad] == [elements[1].encode(), elements[3].encode()]
    assert all("invalid JSON" in q.reason and "column" in q.reason for q in bad)
    start = len("[" + ",".join(elements[:3]) + ",")
    assert bad[1].origin.line == 1 and f"column {start + 1}" in bad[1].reason


def test_record_cap_applies_to_each_feed_item(tmp_path: Path) -> None:
    items = [f"<item><title>Item {i}</title><guid>g{i}</guid><description>{TEXT} Number {i} "
             f"{'padding words here ' * 20}</description></item>" for i in range(60)]
    items[7] = ("<item><title>Big</title><guid>big</guid>"
                f"<description>{'huge text ' * 4000}</description></item>")
    path = tmp_path / "feed.xml"
    path.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>" + "".join(items)
                    + "</channel></rss>", encoding="utf-8")
    assert path.stat().st_size > 60_000
    code, _out, err = ingest(tmp_path, path, env={"MILWATCH_MAX_RECORD_BYTES": "30000"})
    assert code == 0, err
    ids, (bad,) = stored(tmp_path)
    assert len(ids) == 59
    assert "record too large" in bad.reason and bad.raw and bad.origin.line is not None


def test_gzip_errors_keep_the_raw_bytes(tmp_path: Path) -> None:
    body = ("\n".join(good(i) for i in range(50)) + "\n").encode()
    packed = gzip.compress(body)
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(packed[: len(packed) // 2])
    junk = tmp_path / "junk.jsonl.gz"
    junk.write_bytes(b"\x1f\x8b\x08\x00" + b"not really deflate data" * 10)
    code, _out, err = ingest(tmp_path, cut, junk)
    assert code == 0 and "Traceback" not in err
    _ids, bad = stored(tmp_path)
    by_file = {Path(q.origin.path).name: q for q in bad}
    assert set(by_file) == {"cut.jsonl.gz", "junk.jsonl.gz"}
    assert by_file["cut.jsonl.gz"].raw == cut.read_bytes()
    assert by_file["junk.jsonl.gz"].raw == junk.read_bytes()


def test_symlink_loops_dangling_links_and_unknown_extensions_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(f"Title here\n\n{TEXT}\n", encoding="utf-8")
    (folder / "report.pdf").write_bytes(b"%PDF-1.4 ...")
    (folder / "notes.docx").write_bytes(b"PK...")
    os.symlink(folder / "nowhere.txt", folder / "dangling.txt")
    os.symlink(folder / "loop.txt", folder / "loop.txt")
    os.symlink(folder, folder / "sub" / "up")  # a directory loop
    code, out, err = ingest(tmp_path, folder)
    assert code == 0, err
    ids, _bad = stored(tmp_path)
    assert len(ids) == 1
    text = " ".join(err.split())
    for name in ("report.pdf", "notes.docx", "dangling.txt", "loop.txt", "up"):
        assert name in text, (name, err)
    assert "unknown extension" in text and "dangling" in text and "loop" in text


def test_impossible_feed_date_is_not_rolled_over(tmp_path: Path) -> None:
    path = tmp_path / "f.rss"
    path.write_text("<rss version='2.0'><channel><title>T</title>"
                    f"<item><guid>a</guid><pubDate>2024-13-99</pubDate><description>{TEXT}</description></item>"
                    "<item><guid>b</guid><pubDate>Mon, 45 Feb 2024 10:00:00 GMT</pubDate>"
                    f"<description>{TEXT} Two."
                    "</description></item>"
                    f"<item><guid>c</guid><pubDate>2024-03-12T10:00:00Z</pubDate><description>{TEXT} Three."
                    "</description></item></channel></rss>", encoding="utf-8")
    code, _out, err = ingest(tmp_path, path)
    assert code == 0, err
    with open_store(tmp_path / "m.db", create=False) as store:
        articles = {a.extra["guid"]: a for a in store.iter_articles()}
    assert articles["a"].published is None and "2024-13-99" in articles["a"].extra["date_note"]
    assert articles["b"].published is None and "45 Feb" in articles["b"].extra["date_note"]
    assert articles["c"].published == "2024-03-12" and "date_note" not in articles["c"].extra


def test_legacy_encoded_text_file_is_decoded(tmp_path: Path) -> None:
    russian = ("Министры обороны России и Беларуси провели переговоры в Минске в понедельник.\n\n"
               "Стороны подписали меморандум о сотрудничестве в области подготовки офицеров "
               "и военной логистики. "
               "Министр заявил, что совместные учения пройдут осенью этого года.\n")
    path = tmp_path / "ru.txt"
    path.write_bytes(russian.encode("cp1251"))
    code, _out, err = ingest(tmp_path, path)
    assert code == 0 and "quarantined" not in err, err
    with open_store(tmp_path / "m.db", create=False) as store:
        (article,) = list(store.iter_articles())
    assert article.text == russian
    assert article.extra["encoding"] == "cp1251"


def test_post_with_a_lone_surrogate_is_400(kb: ModuleType, tmp_path: Path) -> None:
    db = kb.build_db(tmp_path / "api", kb.articles()[:1])
    with kb.serve(db, token="tok-en") as base:
        body = ('{"articles": [{"id": "p1", "text": "' + TEXT + '"}, {"id": "p\\ud800", "text": "'
                + TEXT + ' x"}]}').encode()
        status, answer = kb.post(base + "/api/articles", body, {"Authorization": "Bearer tok-en"})
        assert status == 400, answer
        assert "lone surrogate" in answer["detail"] and "'id'" in answer["detail"]
        status, answer = kb.post(base + "/api/articles", {"text": TEXT, "extra": {"x": "\ud800"}},
                                 {"Authorization": "Bearer tok-en"})
        assert status == 400, answer


def test_unbalanced_quote_or_bracket_in_a_minified_array_loses_only_that_element(tmp_path: Path) -> None:
    elements = [good(1), good(2).replace('"text"', '"text\\"', 1), good(3),
                good(4).replace('"id"', '"id"[', 1), good(5)]
    path = tmp_path / "q.json"
    path.write_text("[" + ",".join(elements) + "]", encoding="utf-8")
    code, _out, err = ingest(tmp_path, path)
    assert code == 0 and "Traceback" not in err
    ids, bad = stored(tmp_path)
    assert ids == ["ok1", "ok3", "ok5"]
    assert [q.raw for q in bad] == [elements[1].encode(), elements[3].encode()]
