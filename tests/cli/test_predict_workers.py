"""`milwatch predict --workers N`: the same predictions, byte for byte, with one process or with two
worker processes; `milwatch extract --workers` stores the same extractions as an in-process run."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from support.cli import clean_env, milwatch_command

STATES = ["France", "India", "Japan", "Brazil", "Kenya", "Norway", "Chile", "Egypt", "Poland", "Vietnam"]
CHUNK = 256  # milwatch.cli._run.CHUNK: the input below spans three chunks


def run(args: list[str], tmp: Path) -> subprocess.CompletedProcess[str]:
    """The venv's console script (else the same entry point) without user settings or MILWATCH_* variables."""
    return subprocess.run(args, cwd=tmp, env=clean_env(tmp / "no-config.toml"), capture_output=True,
                          text=True, timeout=600)


def milwatch(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run([*milwatch_command(), *args], tmp)


def invented_articles(count: int) -> list[dict[str, str]]:
    """Short articles in three languages: visits, exercises, deals, and news without defense."""
    rows = []
    for n in range(count):
        a, b = STATES[n % len(STATES)], STATES[(n * 3 + 1) % len(STATES)]
        day = 1 + n % 27
        kind = n % 5
        if kind == 0:
            text = (f"The defence minister of {a} visited {b} on {day} March 2024 and met his counterpart. "
                    f"The two ministers signed a memorandum of understanding on military "
                    f"training (report {n}).")
        elif kind == 1:
            text = (f"Troops of {a} and {b} began a joint naval exercise on {day} May 2024, the navy said. "
                    f"The drills will last ten days (item {n}).")
        elif kind == 2:
            text = (f"Der Verteidigungsminister traf am {day}. April 2024 seinen Amtskollegen. "
                    f"Beide Minister unterzeichneten ein Abkommen über militärische Zusammenarbeit "
                    f"(Nr. {n}).")
        elif kind == 3:
            text = (f"Le ministre des Armées s'est rendu le {day} juin 2024 à l'étranger pour rencontrer "
                    f"son homologue et discuter de coopération de défense (dépêche {n}).")
        else:
            text = (f"The city council of a small town approved a new park and a library on "
                    f"{day} July 2024 ({n}).")
        rows.append({"id": f"a{n}", "text": text, "published": f"2024-0{1 + n % 9}-{day:02d}"})
    return rows


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_predict_is_the_same_with_one_or_two_workers(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", invented_articles(2 * CHUNK + 40))
    outputs = {}
    for workers in ("1", "2"):
        done = milwatch(tmp_path, "predict", "in.jsonl", "-o", f"w{workers}.jsonl", "-q",
                        "--workers", workers)
        assert done.returncode == 0, done.stderr
        outputs[workers] = (tmp_path / f"w{workers}.jsonl").read_bytes()
    assert outputs["1"] == outputs["2"]
    rows = [json.loads(line) for line in outputs["2"].decode("utf-8").splitlines()]
    assert [r["id"] for r in rows] == [f"a{n}" for n in range(2 * CHUNK + 40)]
    assert any(r["relevant"] for r in rows) and not all(r["relevant"] for r in rows)


def test_extract_with_workers_stores_the_same(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", invented_articles(300))
    dumps = {}
    for workers in ("0", "2"):
        db = f"w{workers}.db"
        for args in (("ingest", "in.jsonl", "--db", db, "-q", "--workers", "0"),
                     ("extract", "--db", db, "-q", "--json", "--workers", workers)):
            done = milwatch(tmp_path, *args)
            assert done.returncode == 0, done.stderr
        figures = json.loads(done.stdout)
        assert figures["articles"] == 300 and figures["failed"] == 0
        exported = milwatch(tmp_path, "export", "--format", "eval", "--db", db, "-o", f"w{workers}.jsonl")
        assert exported.returncode == 0, exported.stderr
        dumps[workers] = (tmp_path / f"w{workers}.jsonl").read_bytes()
    assert dumps["0"] == dumps["2"] and dumps["0"]


def test_workers_must_be_auto_or_a_number(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", invented_articles(1))
    done = milwatch(tmp_path, "predict", "in.jsonl", "-o", "p.jsonl", "--workers", "many")
    assert done.returncode == 2 and "auto" in done.stderr
