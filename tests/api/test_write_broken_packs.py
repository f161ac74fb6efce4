"""`POST /api/articles` with a language pack that breaks while the server runs: the write is refused with
500 and the PackError (file, line, key) as its detail; the article is neither stored nor quarantined (a
broken installation is not bad input).  A real `milwatch serve` whose packs root (MILWATCH_PACKS_DIR) is a
copy, valid when the server starts (it checks the packs then) and broken before the first write."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

from milwatch.packs.loader import BASE, PACKS_DIR
from support.server import serve_env

TOKEN = "pack-s3cret"
GERMAN = {"id": "bp-post-de", "lang": "de", "published": "2025-04-02",
          "text": "Der Verteidigungsminister von Alphaland besuchte am Dienstag Betaland. Die beiden "
                  "Minister erörterten die Zusammenarbeit bei der Ausbildung von Offizieren."}


def test_a_pack_broken_while_serving_fails_the_write(kb: ModuleType, tmp_path: Path) -> None:
    db = kb.build_db(tmp_path, kb.articles()[:1])
    root = tmp_path / "packs"
    for name in (BASE, "de", "en"):
        shutil.copytree(PACKS_DIR / name, root / name)
    env = serve_env(tmp_path) | {"MILWATCH_PACKS_DIR": str(root),
                                 "MILWATCH_CACHE_DIR": str(tmp_path / "cache")}
    path = root / "de" / "triggers.toml"
    with kb.serve(db, token=TOKEN, env=env) as base:
        before = kb.get(base + "/api/stats")[1]
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join([lines[0], 'meetings = ["treffen"]\n', *lines[1:]]), encoding="utf-8")
        status, body = kb.post(base + "/api/articles", GERMAN, {"Authorization": f"Bearer {TOKEN}"})
        assert status == 500, body
        assert body["detail"].startswith(f"{path}:2 [meetings]"), body
        assert kb.get(base + "/api/articles/bp-post-de")[0] == 404
        after = kb.get(base + "/api/stats")[1]
        assert after["quarantined"] == before["quarantined"] and after["articles"] == before["articles"]
