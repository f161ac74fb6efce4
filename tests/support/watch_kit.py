"""Shared by the watchlist/alert tests (`from support.watch_kit import ...`): invented reports of one
meeting in three languages and a real webhook receiver on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# One meeting (Norway hosts Denmark in Oslo on 2024-11-12), reported in English, German and French by
# three sources; a fourth English source dates it a day later (a conflict between sources).
REPORTS: dict[str, dict[str, Any]] = {
    "nd-en": {"id": "nd-en", "lang": "en", "published": "2024-11-12",
              "source_url": "https://news.example.com/en/nd",
              "title": "Norwegian and Danish defence ministers meet in Oslo",
              "text": "Norwegian Defence Minister Ola Berg received his Danish "
                      "counterpart Lars Holm in Oslo on "
                      "Tuesday. The two ministers discussed cooperation in officer training."},
    "nd-de": {"id": "nd-de", "lang": "de", "published": "2024-11-12",
              "source_url": "https://zeitung.example.de/nd",
              "title": "Verteidigungsminister treffen sich in Oslo",
              "text": "Der norwegische Verteidigungsminister Ola Berg hat am Dienstag in "
                      "Oslo seinen dänischen "
                      "Amtskollegen Lars Holm empfangen. Die Minister sprachen über die "
                      "Ausbildung von Offizieren."},
    "nd-fr": {"id": "nd-fr", "lang": "fr", "published": "2024-11-13",
              "source_url": "https://journal.example.fr/nd",
              "title": "Les ministres de la Défense norvégien et danois se rencontrent à Oslo",
              "text": "Le ministre norvégien de la Défense Ola Berg a reçu mardi à Oslo son "
                      "homologue danois Lars "
                      "Holm. Les deux ministres ont discuté de la formation des officiers."},
    "nd-late": {"id": "nd-late", "lang": "en", "published": "2024-11-14",
                "source_url": "https://wire.example.net/nd", "title": "Oslo talks between Norway and Denmark",
                "text": "Norwegian Defence Minister Ola Berg received Danish Defence "
                        "Minister Lars Holm in Oslo on "
                        "Wednesday, the ministry said."},
    "other": {"id": "other", "lang": "en", "published": "2024-11-20",
              "source_url": "https://news.example.com/en/ke",
              "title": "Kenyan and Tanzanian defence ministers meet in Nairobi",
              "text": "Kenyan Defence Minister Peter Otieno received his Tanzanian "
                      "counterpart Juma Mwinyi in "
                      "Nairobi on Tuesday. The two ministers discussed border security."},
}


def reports(*ids: str) -> list[dict[str, Any]]:
    return [REPORTS[i] for i in ids]


@dataclass
class Receiver:
    """What the webhook receiver got; `fail_first` requests are answered 500 (to test retries)."""

    url: str = ""
    fail_first: int = 0
    calls: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def delivered(self) -> list[dict[str, Any]]:
        with self.lock:
            return [c for c in self.calls if c["answered"] == 200]


@contextmanager
def receiver(fail_first: int = 0) -> Iterator[Receiver]:
    """A real HTTP server on 127.0.0.1 recording every POST (headers, raw body, parsed JSON)."""
    got = Receiver(fail_first=fail_first)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with got.lock:
                code = 500 if len(got.calls) < got.fail_first else 200
                got.calls.append({"headers": dict(self.headers), "raw": body, "json": json.loads(body),
                                  "answered": code})
            self.send_response(code)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *_args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    got.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    try:
        yield got
    finally:
        server.shutdown()
        server.server_close()
