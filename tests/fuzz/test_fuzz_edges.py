"""Hypothesis fuzz suite (issue 13) over the two edges that take articles in: the real `milwatch ingest`
command on folders of generated files, and `POST /api/articles` of a real `milwatch serve`.

Each generated input mixes valid records (each carrying a unique marker) with hostile ones: broken and
truncated JSON, lone surrogate escapes, deep nesting, NUL bytes, invalid UTF-8, wrong types, records
without text, feed items without content, binary junk, corrupt gzip.  Checked every time: no crash (exit
0, no traceback, no HTTP 500), every valid record stored, every hostile record quarantined with a reason,
and a second run that changes nothing.

Marker `fuzz`, in the default run.  The CI run (`pytest`) makes about 1,000 cases in under a minute on two
cores; MILWATCH_FUZZ_EXAMPLES=N (default 10) sets the generated inputs per test for a scheduled run (about
50-100 cases each: N=100 gives about 10k cases).
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from milwatch.store import open_store

pytestmark = pytest.mark.fuzz

EXE = str(Path(sys.executable).parent / "milwatch")
EXAMPLES = int(os.environ.get("MILWATCH_FUZZ_EXAMPLES", "10"))
TOKEN = "fuzz-token"
# no shrinking: one example is a whole folder run through a process (minutes to shrink); the failing
# example is printed whole instead
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])

# words and characters of any script, and some that are hostile in text (controls, bidi overrides, escapes)
WORDS = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=12)
NASTY = st.sampled_from(["\x1b[31m", "\u202e", "<script>", "&amp;", "]]>", "\\", '"', "\t",
                         "\u00a0", "\ufeff"])
BODY = st.lists(st.one_of(WORDS, NASTY), min_size=0, max_size=8).map(" ".join)
PUB_DATES = ["Mon, 45 Feb 2024", "Tue, 02 Jan 2024 10:00:00 GMT", "2024-13-99"]  # RSS dates, two invalid

TRUNCATED = '{"id": "x", "text": "trunc'  # in a JSON array: see BROKEN_ARRAYS
# hostile JSON array elements (also JSONL lines, with TRUNCATED); none contains a newline
HOSTILE_ELEMENT = st.one_of(
    st.just('{"id": "s", "text": "bad \\ud800 surrogate"}'),     # lone surrogate escape
    st.just('{"id": "\\udfff", "text": "surrogate id"}'),
    st.builds(lambda n: '{"text": ' + "[" * n + "1" + "]" * n + "}", st.integers(65, 1500)),  # too deep
    st.just('{"id": "nt", "title": "no text"}'),                  # missing text
    st.just('{"id": "e", "text": "   "}'),                        # empty text
    st.just('{"id": 5, "text": ["a", "list"]}'),                  # wrong types
    st.just('{"id": "d", "text": "bad date", "published": "2024-13-99"}'),
    st.just("[1, 2, 3]"), st.just('"a string"'), st.just("null"),  # not objects
    st.builds(lambda w: "{" + json.dumps(w)[1:-1] + "}", WORDS),  # garbage between braces
)
HOSTILE_LINE = st.one_of(st.just(TRUNCATED), HOSTILE_ELEMENT)
HOSTILE_LINE_BYTES = st.one_of(st.just(b'{"id": "nul", "text": "a\x00b"'),
                               st.just(b'{"text": "\xff\xfe bad utf-8"}'))


@dataclass
class Expect:
    """What a generated folder must give: ids or markers stored, (file, line) or files quarantined."""

    ids: set[str] = field(default_factory=set)
    markers: set[str] = field(default_factory=set)  # articles without an id of their own (text, html, feed)
    bad_lines: set[tuple[str, int]] = field(default_factory=set)
    bad_files: set[str] = field(default_factory=set)
    cases: int = 0


def _valid(draw: st.DrawFn, tag: str) -> dict[str, object]:
    record: dict[str, object] = {"id": tag, "text": f"Report {tag} says: {draw(BODY)}"}
    if draw(st.booleans()):
        record["title"] = draw(BODY)
    if draw(st.booleans()):
        record["published"] = draw(st.dates().map(str))
    if draw(st.booleans()):
        record["extra_" + draw(st.sampled_from(["a", "b"]))] = draw(st.one_of(BODY, st.integers(), st.none()))
    return record


@st.composite
def folders(draw: st.DrawFn) -> tuple[dict[str, bytes], Expect]:
    """{file name: bytes} and what ingesting them must give."""
    files: dict[str, bytes] = {}
    expect = Expect()
    serial = iter(range(10**6))
    for n in range(draw(st.integers(10, 16))):
        kind = draw(st.sampled_from(["jsonl", "jsonl", "jsonl.gz", "json", "txt", "html", "xml",
                                     "junk", "badgz"]))
        suffix = kind if kind not in ("junk", "badgz") else ("bin.jsonl" if kind == "junk" else "jsonl.gz")
        name = f"f{n}.{suffix}"
        if kind in ("jsonl", "jsonl.gz", "json"):
            lines: list[bytes] = []
            for line in range(1, draw(st.integers(8, 30)) + 1):
                expect.cases += 1
                choice = draw(st.integers(0, 9))
                if choice < 6:
                    tag = f"v{n}-{next(serial)}"
                    expect.ids.add(tag)
                    lines.append(json.dumps(_valid(draw, tag), ensure_ascii=draw(st.booleans())).encode())
                else:
                    bad = (draw(HOSTILE_ELEMENT).encode() if kind == "json" else
                           draw(HOSTILE_LINE_BYTES) if choice == 9 else draw(HOSTILE_LINE).encode())
                    lines.append(bad)
                    if kind != "json":
                        expect.bad_lines.add((name, line))
                    else:
                        expect.bad_files.add(name)
            if kind == "json":
                data = b"[" + (b"," if draw(st.booleans()) else b",\n ").join(lines) + b"]"
            else:
                data = b"\n".join(lines) + b"\n"
            files[name] = gzip.compress(data) if kind == "jsonl.gz" else data
        elif kind in ("txt", "html"):
            expect.cases += 1
            marker = f"m{n}-{next(serial)}"
            expect.markers.add(marker)
            body = f"Report {marker} says: {draw(BODY)}"
            files[name] = (f"Title {draw(WORDS)}\n\n{body}\n" if kind == "txt" else
                           f"<html><head><title>{escape(draw(WORDS))}</title></head><body><article><p>"
                           f"{escape(body)} {'word ' * 30}</p></article></body></html>").encode()
        elif kind == "xml":
            items = []
            for _ in range(draw(st.integers(1, 8))):
                expect.cases += 1
                if draw(st.integers(0, 4)):
                    marker = f"m{n}-{next(serial)}"
                    expect.markers.add(marker)
                    text = escape(f"Report {marker} says: {draw(BODY)}")
                    items.append(f"<item><title>{escape(draw(WORDS))}</title><description>{text}</description>"
                                 f"<pubDate>{draw(st.sampled_from(PUB_DATES))}</pubDate></item>")
                else:
                    items.append("<item><title>no content</title></item>")
                    expect.bad_files.add(name)
            files[name] = ('<?xml version="1.0" encoding="utf-8"?><rss '
                           'version="2.0"><channel><title>f</title>'
                           + "".join(items) + "</channel></rss>").encode()
        else:
            expect.cases += 1
            expect.bad_files.add(name)
            junk = draw(st.binary(min_size=1, max_size=300))
            files[name] = ((b"\x00\x01\x02" + junk) if kind == "junk"
                           else gzip.compress(b'{"text": "x"}\n')[:12] + junk)
    return files, expect


def run(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MILWATCH_CONFIG": str(tmp / "none.toml")}
    return subprocess.run([EXE, *args], capture_output=True, text=True, env=env, timeout=600, cwd=tmp,
                          errors="replace")


@pytest.fixture(scope="module")
def counter() -> Iterator[list[int]]:
    seen = [0]
    yield seen
    print(f"\nfuzz: {seen[0]} generated cases")


@FUZZ
@given(folder=folders())
def test_ingest_cli_keeps_every_valid_record_and_quarantines_the_rest(
        folder: tuple[dict[str, bytes], Expect], tmp_path_factory: pytest.TempPathFactory,
        counter: list[int]) -> None:
    files, expect = folder
    counter[0] += expect.cases
    tmp = tmp_path_factory.mktemp("fuzz")
    (tmp / "in").mkdir()
    for name, data in files.items():
        (tmp / "in" / name).write_bytes(data)
    first = run(tmp, "ingest", "in", "--db", "m.db", "--workers", "0", "--json")
    assert first.returncode == 0 and "Traceback" not in first.stderr, first.stderr[-3000:]
    with open_store(tmp / "m.db", create=False) as store:
        articles = list(store.iter_articles())
        quarantine = [q for q, _at in store.iter_quarantine()]
        before = store.stats()
    ids = {a.id for a in articles}
    assert expect.ids <= ids, f"lost: {sorted(expect.ids - ids)[:5]}\n{first.stderr[-2000:]}"
    texts = "\n".join(a.text for a in articles)
    lost = [m for m in expect.markers if f"Report {m} says" not in texts]
    assert not lost, f"lost: {lost[:5]}\n{first.stderr[-2000:]}"
    assert all(q.reason.strip() for q in quarantine)
    where = {(Path(q.origin.path).name, q.origin.line) for q in quarantine}
    assert expect.bad_lines <= where, sorted(expect.bad_lines - where)[:5]
    assert expect.bad_files <= {name for name, _ in where}
    summary = json.loads(first.stdout)
    assert summary["quarantined"] >= len(expect.bad_lines) + len(expect.bad_files)

    again = run(tmp, "ingest", "in", "--db", "m.db", "--workers", "0", "--json")
    assert again.returncode == 0 and "Traceback" not in again.stderr, again.stderr[-3000:]
    assert json.loads(again.stdout)["stored"] == 0
    with open_store(tmp / "m.db", create=False) as store:
        after = store.stats()
    assert (after["articles"], after["quarantined"]) == (before["articles"], before["quarantined"])


GOOD = [json.dumps({"id": f"a{i}", "text": f"Report a{i} says hello"}) for i in range(3)]
# JSON arrays with a broken element that once cost the good element after it: the file's text and the
# records quarantined (the broken element and the value after it; None: not counted)
BROKEN_ARRAYS: dict[str, tuple[str, int | None]] = {
    "a truncated string": ("[" + ",\n ".join([GOOD[0], TRUNCATED, *GOOD[1:]]) + "]", None),
    # a scheduled fuzz run's finding: after an element that is not JSON, a string (or null) element
    # ended the broken one's bracket match, and the object after it was lost
    "a bad element, then a string": (f'[{GOOD[0]},{{\\u0121}},"a string",{GOOD[1]},{GOOD[2]}]', 2),
    # the CI fuzz run's finding (session 6): "{X}, null, {...}" lost the object after the null
    "a bad element, then null": (f'[{GOOD[0]},\n {{X}},\n null,\n {GOOD[1]},\n {GOOD[2]}]', 2),
}


@pytest.mark.parametrize("case", list(BROKEN_ARRAYS))
def test_a_broken_array_element_keeps_the_next(tmp_path: Path, case: str) -> None:
    text, quarantined = BROKEN_ARRAYS[case]
    (tmp_path / "arr.json").write_text(text, encoding="utf-8")
    done = run(tmp_path, "ingest", "arr.json", "--db", "m.db", "--workers", "0")
    assert done.returncode == 0, done.stderr
    with open_store(tmp_path / "m.db", create=False) as store:
        assert sorted(a.id for a in store.iter_articles()) == ["a0", "a1", "a2"]
        if quarantined is not None:
            assert len(list(store.iter_quarantine())) == quarantined


# --- POST /api/articles ------------------------------------------------------------------------------------

HOSTILE_ITEM = st.one_of(
    st.just({"id": "nt", "title": "no text"}), st.just({"id": "e", "text": "  "}), st.just({"text": 5}),
    st.just({"id": ["x"], "text": "list id"}), st.just("a string"), st.just(None), st.just([1, 2]),
    st.just({"id": "d", "text": "bad date", "published": "2024-02-30"}),
    st.builds(lambda n: {"text": "deep", "extra": json.loads("[" * n + "]" * n)}, st.integers(65, 400)),
)


@st.composite
def posts(draw: st.DrawFn) -> tuple[bytes, set[str], set[int], str]:
    """(request body, valid ids, 1-based indices to be quarantined, expected kind: ok | refused)."""
    serial = iter(range(10**6))
    items: list[object] = []
    valid: set[str] = set()
    bad: set[int] = set()
    for i in range(1, draw(st.integers(2, 12)) + 1):
        if draw(st.integers(0, 2)):
            # unique across examples: they all post to one server (a drawn number repeats: 'p0-1' twice)
            tag = f"p{uuid.uuid4().hex[:12]}-{next(serial)}"
            valid.add(tag)
            items.append(_valid(draw, tag))
        else:
            items.append(draw(HOSTILE_ITEM))
            bad.add(i)
    shape = draw(st.sampled_from(["list", "wrapped", "single", "surrogate", "broken", "deep"]))
    if shape == "single" and len(items) == 1:
        return json.dumps(items[0]).encode(), valid, bad, "ok"
    body = json.dumps({"articles": items} if shape == "wrapped" else items).encode()
    if shape == "surrogate":
        return body[:-1] + b', {"id": "s", "text": "\\ud800"}]', set(), set(), "refused"
    if shape == "broken":
        return body[: draw(st.integers(0, max(0, len(body) - 1)))], set(), set(), "refused"
    if shape == "deep":
        return b"[" * 5000 + b"]" * 5000, set(), set(), "refused"
    return body, valid, bad, "ok"


@pytest.fixture(scope="module")
def writable(kb: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = kb.build_db(tmp_path_factory.mktemp("fuzz-api"), rows=kb.articles()[:3])
    with kb.serve(db, token=TOKEN) as base:
        yield base


@FUZZ
@given(request=posts())
def test_post_articles_never_fails_and_is_idempotent(request: tuple[bytes, set[str], set[int], str],
                                                      kb: ModuleType, writable: str,
                                                      counter: list[int]) -> None:
    body, valid, bad, kind = request
    counter[0] += max(1, len(valid) + len(bad))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    status, result = kb.post(writable + "/api/articles", body, auth)
    if kind == "refused":
        assert status in (400, 413, 422), (status, result)
        assert result.get("detail"), result
        return
    assert status == 200, (status, result)
    assert set(result["ids"]) == valid
    assert {p["index"] for p in result["problems"]} == bad and all(p["reason"] for p in result["problems"])
    for tag in valid:
        assert kb.get(f"{writable}/api/articles/{tag}")[0] == 200
    status, again = kb.post(writable + "/api/articles", body, auth)
    assert status == 200 and again["stored"] == 0 and again["already_stored"] == len(valid), again

