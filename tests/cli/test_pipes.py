"""Unix pipes as input (issue 13): `ingest -` reads standard input, `ingest <(...)` and FIFOs work, gzip
through a pipe too; `predict` on `-` or a FIFO writes its predictions, and fails (exit 2, nothing
written) when no article could be read, instead of writing 0 predictions with exit 0."""

from __future__ import annotations

import gzip
import json
import os
import shlex
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from milwatch.store import open_store

EXE = str(Path(sys.executable).parent / "milwatch")
ARTICLES = [
    {"id": "p1", "lang": "en", "published": "2024-03-12",
     "text": "The defence ministers of Alphaland and Betaland held talks in the capital on Monday. "
             "They signed a memorandum of understanding on officer training."},
    {"id": "p2", "lang": "en", "text": "The navy chief of Gammaland visited Deltaland on Tuesday to discuss "
                                       "joint exercises and port calls."},
    {"id": "p3", "lang": "en",
     "text": "Local weather was mild over the weekend, with rain expected on Sunday."},
]
JSONL = "".join(json.dumps(a) + "\n" for a in ARTICLES).encode()


def run(args: list[str], tmp_path: Path, stdin: bytes | None = None,
        shell: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MILWATCH_CONFIG": str(tmp_path / "none.toml")}
    command: list[str] | str = [EXE, *args]
    if shell:  # bash for <(...)
        command = ["bash", "-c", " ".join([shlex.quote(EXE), *args])]
    done = subprocess.run(command, input=stdin if stdin is not None else b"", capture_output=True, env=env,
                          timeout=600)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(), done.stderr.decode())


def stored_ids(db: Path) -> list[str]:
    with open_store(db, create=False) as store:
        return sorted(a.id for a in store.iter_articles())


@contextmanager
def fifo(tmp_path: Path, data: bytes) -> Iterator[Path]:
    """A named pipe that a thread fills with `data` once a reader opens it."""
    path = tmp_path / "input.fifo"
    os.mkfifo(path)

    def feed() -> None:
        with open(path, "wb") as pipe:
            pipe.write(data)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        yield path
    finally:
        if writer.is_alive():  # the command never opened the pipe: unblock the writer
            with open(path, "rb") as pipe:
                pipe.read()
        writer.join(timeout=10)


def test_ingest_reads_standard_input(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    done = run(["ingest", "-", "--db", str(db), "--workers", "0"], tmp_path, stdin=JSONL)
    assert done.returncode == 0, done.stderr
    assert "stored 3" in done.stdout and "Traceback" not in done.stderr
    assert stored_ids(db) == ["p1", "p2", "p3"]
    with open_store(db, create=False) as store:
        article = store.get_article("p1")
    assert article is not None and article.origin is not None and article.origin.path == "<stdin>"
    again = run(["ingest", "-", "--db", str(db), "--workers", "0"], tmp_path, stdin=JSONL)
    assert again.returncode == 0 and "stored 0 · already stored 3" in again.stdout


def test_ingest_reads_gzip_from_standard_input(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    done = run(["ingest", "-", "--db", str(db), "--workers", "0"], tmp_path, stdin=gzip.compress(JSONL))
    assert done.returncode == 0, done.stderr
    assert stored_ids(db) == ["p1", "p2", "p3"]


def test_ingest_reads_process_substitution(tmp_path: Path) -> None:
    source = tmp_path / "a.jsonl.gz"
    source.write_bytes(gzip.compress(JSONL))
    db = tmp_path / "m.db"
    done = run(["ingest", f"<(cat {shlex.quote(str(source))})", "--db", shlex.quote(str(db)),
                "--workers", "0"],
               tmp_path, shell=True)
    assert done.returncode == 0, done.stderr
    assert "no such file" not in done.stderr and "stored 3" in done.stdout
    assert stored_ids(db) == ["p1", "p2", "p3"]


def test_ingest_reads_a_fifo(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    with fifo(tmp_path, JSONL) as path:
        done = run(["ingest", str(path), "--db", str(db), "--workers", "0"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert stored_ids(db) == ["p1", "p2", "p3"]


def predictions(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("how", ["stdin", "fifo", "substitution"])
def test_predict_reads_pipes(tmp_path: Path, how: str) -> None:
    out = tmp_path / "pred.jsonl"
    args = ["predict", "-", "-o", str(out), "--workers", "0", "-q"]
    if how == "stdin":
        done = run(args, tmp_path, stdin=JSONL)
    elif how == "fifo":
        with fifo(tmp_path, JSONL) as path:
            done = run(["predict", str(path), *args[2:]], tmp_path)
    else:
        source = tmp_path / "in.jsonl"
        source.write_bytes(JSONL)
        done = run(["predict", f"<(cat {shlex.quote(str(source))})", "-o", shlex.quote(str(out)), "--workers",
                    "0", "-q"], tmp_path, shell=True)
    assert done.returncode == 0, done.stderr
    assert predictions(out) == ["p1", "p2", "p3"]
    assert "wrote 3 predictions" in done.stderr


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02\x03binary" * 100, b'{"id": "x"}\n{"text": \n'])
def test_predict_fails_when_nothing_can_be_read(tmp_path: Path, content: bytes) -> None:
    out = tmp_path / "pred.jsonl"
    done = run(["predict", "-", "-o", str(out), "--workers", "0", "-q"], tmp_path, stdin=content)
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "no article could be read" in done.stderr and "standard input" in done.stderr
    assert not out.exists()
    assert "wrote 0 predictions" not in done.stderr


def test_predict_warns_about_records_it_could_not_read(tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    done = run(["predict", "-", "-o", str(out), "--workers", "0", "-q"], tmp_path,
               stdin=JSONL + b'{"id": "broken", "text": \n')
    assert done.returncode == 0, done.stderr
    assert predictions(out) == ["p1", "p2", "p3"]
    assert "1 records of standard input could not be read" in done.stderr and "<stdin>:4" in done.stderr
