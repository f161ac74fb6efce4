"""`ingest --strict` and `predict --strict` (issue 13): exit 1 listing every quarantined record and skipped
entry; a dangling or looping symbolic link named on the command line is reported as quarantined (not refused
as "does not exist") unless --strict, which refuses it.  Real `milwatch` processes on files the tests
write."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from milwatch.store import open_store

EXE = str(Path(sys.executable).parent / "milwatch")
GOOD = [{"id": "g1", "lang": "en",
         "text": "The defence ministers of Alphaland and Betaland held talks on Monday."},
        {"id": "g2", "lang": "en",
         "text": "The navy chief of Gammaland visited Deltaland to discuss port calls."}]


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MILWATCH_CONFIG": str(tmp_path / "none.toml")}
    return subprocess.run([EXE, *args], capture_output=True, text=True, env=env, timeout=600, cwd=tmp_path)


def write_good(path: Path) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in GOOD), encoding="utf-8")
    return path


def write_mixed(path: Path) -> Path:
    lines = [json.dumps(GOOD[0]), '{"id": "broken", "text": ', json.dumps({"id": "nt"}), json.dumps(GOOD[1])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def stored(db: Path) -> list[str]:
    with open_store(db, create=False) as store:
        return sorted(a.id for a in store.iter_articles())


def test_strict_clean_input_exits_zero(tmp_path: Path) -> None:
    done = run(tmp_path, "ingest", "--strict", str(write_good(tmp_path / "a.jsonl")), "--db", "m.db")
    assert done.returncode == 0, done.stderr
    assert "stored 2" in done.stdout and "error" not in done.stderr


def test_strict_lists_quarantined_records_stores_the_good_ones_and_exits_one(tmp_path: Path) -> None:
    path = write_mixed(tmp_path / "mixed.jsonl")
    plain = run(tmp_path, "ingest", str(path), "--db", "plain.db", "-q")
    assert plain.returncode == 0, plain.stderr  # without --strict the same input is a success

    done = run(tmp_path, "ingest", str(path), "--db", "m.db", "-q", "--strict", "--json")
    assert done.returncode == 1, done.stdout + done.stderr
    assert json.loads(done.stdout)["quarantined"] == 2  # the summary still comes first, on stdout
    assert "Traceback" not in done.stderr
    assert "error: --strict: 2 records quarantined" in done.stderr
    listed = [line.strip() for line in done.stderr.splitlines() if line.startswith("  quarantined ")]
    assert [line.split(": ")[0] for line in listed] == ["quarantined mixed.jsonl:2",
                                                        "quarantined mixed.jsonl:3"]
    assert "text" in listed[1]  # the reason is given
    assert stored(tmp_path / "m.db") == ["g1", "g2"]

    again = run(tmp_path, "ingest", str(path), "--db", "m.db", "-q", "--strict")
    assert again.returncode == 1 and "2 records quarantined" in again.stderr  # the input is still bad
    assert stored(tmp_path / "m.db") == ["g1", "g2"]
    with open_store(tmp_path / "m.db", create=False) as store:
        assert store.stats()["quarantined"] == 2  # the re-run recorded nothing twice


def test_strict_counts_id_clashes_and_skipped_directory_entries(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_good(folder / "a.jsonl")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    # skipped: a warning only
    assert run(tmp_path, "ingest", str(folder), "--db", "m.db", "-q").returncode == 0
    done = run(tmp_path, "ingest", str(folder), "--db", "m.db", "-q", "--strict")
    assert done.returncode == 1
    assert "1 directory entries skipped" in done.stderr and "notes.docx: unknown extension" in done.stderr

    clash = tmp_path / "clash.jsonl"
    clash.write_text(json.dumps({"id": "g1", "text": "A different text under the same id."}) + "\n",
                     encoding="utf-8")
    done = run(tmp_path, "ingest", str(clash), "--db", "m.db", "-q", "--strict")
    assert done.returncode == 1
    assert "1 records quarantined" in done.stderr and "already stored with a different text" in done.stderr


def test_strict_listing_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("".join(f'{{"id": "b{i}", "text": 1}}\n' for i in range(80)), encoding="utf-8")
    done = run(tmp_path, "ingest", str(path), "--db", "m.db", "-q", "--strict")
    assert done.returncode == 1
    assert sum(line.startswith("  quarantined ") for line in done.stderr.splitlines()) == 50
    assert "... and 30 more" in done.stderr


def test_dangling_and_looping_links_named_are_reported_not_refused(tmp_path: Path) -> None:
    good = write_good(tmp_path / "a.jsonl")
    (tmp_path / "dangling.jsonl").symlink_to(tmp_path / "nowhere.jsonl")
    (tmp_path / "loop1").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop1")
    done = run(tmp_path, "ingest", str(good), "dangling.jsonl", "loop1", "--db", "m.db")
    assert done.returncode == 0, done.stderr
    assert "stored 2" in done.stdout and "quarantined 2" in done.stdout
    assert "quarantined dangling.jsonl: dangling symbolic link (to " in done.stderr
    assert "quarantined loop1: symbolic link loop" in done.stderr
    assert stored(tmp_path / "m.db") == ["g1", "g2"]

    missing = run(tmp_path, "ingest", str(good), "missing.jsonl", "--db", "other.db")
    assert missing.returncode == 2 and "Path 'missing.jsonl' does not exist" in missing.stderr  # not a link
    assert not (tmp_path / "other.db").exists()


def test_strict_refuses_a_dangling_link_before_reading(tmp_path: Path) -> None:
    good = write_good(tmp_path / "a.jsonl")
    (tmp_path / "dangling.jsonl").symlink_to(tmp_path / "nowhere.jsonl")
    for args in (["--strict", str(good), "dangling.jsonl"], [str(good), "dangling.jsonl", "--strict"]):
        done = run(tmp_path, "ingest", *args, "--db", "m.db")
        assert done.returncode == 2, done.stderr
        assert "'dangling.jsonl': dangling symbolic link" in done.stderr
        assert not (tmp_path / "m.db").exists()  # nothing was read or created


def test_predict_strict(tmp_path: Path) -> None:
    mixed = write_mixed(tmp_path / "mixed.jsonl")
    out = tmp_path / "pred.jsonl"
    done = run(tmp_path, "predict", str(mixed), "-o", str(out), "-q", "--strict")
    assert done.returncode == 1, done.stderr
    assert "--strict: 2 records of mixed.jsonl could not be read, nothing written" in done.stderr
    assert "  quarantined mixed.jsonl:2: " in done.stderr and "  quarantined mixed.jsonl:3: " in done.stderr
    assert not out.exists()

    plain = run(tmp_path, "predict", str(mixed), "-o", str(out), "-q")
    assert plain.returncode == 0 and len(out.read_text(encoding="utf-8").splitlines()) == 2

    good = write_good(tmp_path / "good.jsonl")
    assert run(tmp_path, "predict", str(good), "-o", str(tmp_path / "g.jsonl"), "-q",
               "--strict").returncode == 0


def test_predict_dangling_link(tmp_path: Path) -> None:
    (tmp_path / "dangling.jsonl").symlink_to(tmp_path / "nowhere.jsonl")
    out = tmp_path / "pred.jsonl"
    done = run(tmp_path, "predict", "dangling.jsonl", "-o", str(out), "-q")
    assert (done.returncode == 2 and "dangling symbolic link" in done.stderr
            and "does not exist" not in done.stderr)
    assert not out.exists()
    strict = run(tmp_path, "predict", "dangling.jsonl", "-o", str(out), "-q", "--strict")
    assert (strict.returncode == 2 and "dangling symbolic link" in strict.stderr
            and "(--strict)" in strict.stderr)
