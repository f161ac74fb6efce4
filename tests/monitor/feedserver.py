"""A local news site for the `watch` tests and benchmarks/watch.py: feeds and pages on 127.0.0.1.

Each feed is a `FeedSpec` (how it behaves: items, growth, errors, slowness, redirects,
broken XML, summary-only items whose pages must be fetched).  The server answers
conditional requests (ETag / Last-Modified → 304) and remembers every item it ever
served, so a test can compare what the watcher stored with what it could have seen.

    server = FeedServer({"a": FeedSpec(items=3)}).start()
    server.url("/feed/a.xml") ...; server.stop()

Run by file path (tests/ is no package): `python tests/monitor/feedserver.py SPEC.json PORTFILE`
serves the specs of a JSON file in a separate process (the benchmark does this).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

VOCABULARY = ("defence ministry delegation bilateral cooperation training exercise naval "
              "patrol border security "
         "agreement memorandum talks counterpart visit logistics maritime academy officers equipment "
         "industry partnership dialogue regional stability peacekeeping cyber medicine demining aviation "
         "coast guard staff college exchange programme framework strategic review annual meeting")
WORDS = tuple(VOCABULARY.split())
COUNTRIES = ("Vietnam", "Azerbaijan", "Germany", "Indonesia", "Brazil", "Kenya", "Poland", "Chile", "Japan",
             "Morocco", "Norway", "Peru", "Ghana", "Laos", "Mongolia", "Georgia", "Finland", "Oman")
ROBOTS = "User-agent: *\nDisallow: /private/\n"


@dataclass
class FeedSpec:
    """How one feed behaves."""

    items: int = 5  # items published at start
    every: float | None = None  # a new item every this many seconds
    window: int = 50  # the feed lists the newest `window` items
    status: int = 200  # e.g. 500: the feed fails
    delay: float = 0.0  # seconds before answering
    broken: bool = False  # answer with XML that is not well-formed and has no items
    redirect: bool = False  # /feed/NAME.xml answers 301 to /moved/NAME.xml
    summary: bool = False  # items carry a one-line summary; the text is on the item's page
    page_delay: float = 0.0
    page_status: int = 200
    conditional: bool = True  # honour If-None-Match / If-Modified-Since
    atom: bool = False
    copy_of: str | None = None  # serve the items (texts, guids, links) of that feed: the same story twice
    started: float = field(default_factory=time.time)

    def count(self, now: float) -> int:
        grown = int((now - self.started) / self.every) if self.every else 0
        return self.items + max(grown, 0)


def item_text(feed: str, index: int) -> str:
    """A distinct invented article (a few paragraphs) for item `index` of `feed`."""
    rng = random.Random(f"{feed}/{index}")
    a, b = rng.sample(COUNTRIES, 2)
    paragraphs = [f"The defence minister of {a} met the defence minister of {b} on item {feed}-{index} "
                  f"to discuss {' '.join(rng.choices(WORDS, k=6))}."]
    for _ in range(3):
        paragraphs.append(" ".join(rng.choices(WORDS, k=40)).capitalize()
                          + f" (ref {feed}/{index}/{rng.random():.8f}).")
    return "\n\n".join(paragraphs)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client gone (timeout, kill -9) is normal
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class FeedServer:
    """A ThreadingHTTPServer on 127.0.0.1 serving `specs` (changeable while it runs)."""

    def __init__(self, specs: dict[str, FeedSpec], port: int = 0) -> None:
        self.specs = specs
        # feed -> guids ever served in a 200
        self.served: dict[str, set[str]] = {name: set() for name in specs}
        self.hits: dict[str, int] = {}
        self.not_modified = 0
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    server.answer(self)

        self.httpd = _QuietServer(("127.0.0.1", port), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self) -> FeedServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def expected(self) -> set[tuple[str, str]]:
        with self.lock:
            return {(feed, guid) for feed, guids in self.served.items() for guid in guids}

    # answers ---------------------------------------------------------------------------
    def answer(self, req: BaseHTTPRequestHandler) -> None:
        path = urlsplit(req.path).path
        with self.lock:
            self.hits[path] = self.hits.get(path, 0) + 1
        parts = path.strip("/").split("/")
        if path == "/robots.txt":
            return self._send(req, 200, ROBOTS.encode(), "text/plain")
        if len(parts) == 2 and parts[0] in ("feed", "moved", "private") and parts[1].endswith(".xml"):
            return self._feed(req, parts[0], parts[1][:-4])
        if len(parts) == 3 and parts[0] == "page" and parts[2].endswith(".html"):
            return self._page(req, parts[1], parts[2][:-5])
        if len(parts) == 2 and parts[0] == "list" and parts[1].endswith(".html"):
            return self._listing(req, parts[1][:-5])
        if path == "/loop":
            return self._send(req, 302, b"", "text/plain", {"Location": "/loop"})
        return self._send(req, 404, b"not found", "text/plain")

    def _send(self, req: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str,
              headers: dict[str, str] | None = None) -> None:
        req.send_response(status)
        req.send_header("Content-Type", ctype)
        req.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            req.send_header(key, value)
        req.end_headers()
        if body:
            req.wfile.write(body)

    def _feed(self, req: BaseHTTPRequestHandler, where: str, name: str) -> None:
        spec = self.specs.get(name)
        if spec is None:
            return self._send(req, 404, b"no such feed", "text/plain")
        if spec.delay:
            time.sleep(spec.delay)
        if spec.redirect and where == "feed":
            return self._send(req, 301, b"", "text/plain", {"Location": f"/moved/{name}.xml"})
        if spec.status != 200:
            return self._send(req, spec.status, b"server error", "text/plain")
        if spec.broken:
            return self._send(req, 200, b"<?xml version='1.0'?><rss><channel><title>x</titl",
                              "application/rss+xml")
        now = time.time()
        count = spec.count(now)
        indexes = list(range(max(0, count - spec.window), count))[::-1]
        body = (self._atom if spec.atom else self._rss)(name, spec, indexes)
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        modified = formatdate(spec.started + (count - spec.items) * (spec.every or 0), usegmt=True)
        if spec.conditional and (req.headers.get("If-None-Match") == etag
                                 or (not req.headers.get("If-None-Match")
                                     and req.headers.get("If-Modified-Since") == modified)):
            with self.lock:
                self.not_modified += 1
            return self._send(req, 304, b"", "application/rss+xml", {"ETag": etag})
        with self.lock:
            self.served.setdefault(name, set()).update(f"{spec.copy_of or name}-{i}" for i in indexes)
        headers = {"ETag": etag, "Last-Modified": modified} if spec.conditional else {}
        self._send(req, 200, body, "application/atom+xml" if spec.atom else "application/rss+xml", headers)

    def _rss(self, feed: str, spec: FeedSpec, indexes: list[int]) -> bytes:
        name = spec.copy_of or feed
        items = []
        for i in indexes:
            link = self.url(f"/page/{name}/{i}.html")
            if spec.summary:
                body = f"<description>{escape(item_text(name, i)[:80])}…</description>"
            else:
                body = (f"<content:encoded><![CDATA["
                        f"{''.join(f'<p>{p}</p>' for p in item_text(name, i).split(chr(10) * 2))}"
                        f"]]></content:encoded>")
            items.append(f"<item><title>Item {name}-{i}</title><link>{link}</link><guid>{name}-{i}</guid>"
                         f"<pubDate>{formatdate(1_700_000_000 + i * 3600, usegmt=True)}</pubDate>"
                         f"{body}</item>")
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
                f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Feed '
                f'{feed}</title>'
                f"<link>{self.url('/')}</link><description>test</description>{''.join(items)}</channel></rss>"
                ).encode()

    def _atom(self, feed: str, spec: FeedSpec, indexes: list[int]) -> bytes:
        name = spec.copy_of or feed
        entries = []
        for i in indexes:
            text = escape(item_text(name, i)[:80] + "…") if spec.summary else escape(item_text(name, i))
            tag = "summary" if spec.summary else "content"
            entries.append(f"<entry><id>{name}-{i}</id><title>Item {name}-{i}</title>"
                           f"<link href=\"{self.url(f'/page/{name}/{i}.html')}\"/>"
                           f"<updated>2024-01-{1 + i % 28:02d}T10:00:00Z</updated><{tag} "
                           f"type=\"text\">{text}</{tag}>"
                           f"</entry>")
        return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                f"<title>Feed {name}</title><id>urn:{name}</id><updated>2024-01-01T00:00:00Z</updated>"
                f"{''.join(entries)}</feed>").encode()

    def _page(self, req: BaseHTTPRequestHandler, name: str, index: str) -> None:
        spec = self.specs.get(name)
        if spec is None or not index.isdigit():
            return self._send(req, 404, b"no such page", "text/plain")
        if spec.page_delay:
            time.sleep(spec.page_delay)
        if spec.page_status != 200:
            return self._send(req, spec.page_status, b"page error", "text/plain")
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in item_text(name, int(index)).split("\n\n"))
        html = (f"<html><head><title>Item {name}-{index}</title><meta name=\"date\" "
                f"content=\"2024-02-03\"></head>"
                f"<body><nav><a href='/'>Home</a> <a href='/about'>About "
                f"us</a></nav><article><h1>Item {name}-{index}"
                f"</h1>{paragraphs}</article><footer>Copyright the test site. All rights reserved.</footer>"
                f"</body></html>")
        self._send(req, 200, html.encode(), "text/html; charset=utf-8")

    def _listing(self, req: BaseHTTPRequestHandler, name: str) -> None:
        spec = self.specs.get(name)
        if spec is None:
            return self._send(req, 404, b"no such listing", "text/plain")
        count = spec.count(time.time())
        indexes = list(range(max(0, count - spec.window), count))
        with self.lock:
            self.served.setdefault(name, set()).update(self.url(f"/page/{name}/{i}.html") for i in indexes)
        links = "".join(f"<li><a href='/page/{name}/{i}.html#top'>Item {i}</a></li>" for i in indexes)
        html = (f"<html><body><a href='/about'>About</a><ul>{links}</ul><a "
                f"href='/page/{name}/x.css'>x</a></body></html>")
        self._send(req, 200, html.encode(), "text/html; charset=utf-8")


def main(argv: list[str]) -> None:
    """Serve the specs of a JSON file ({name: FeedSpec fields}); write the port to PORTFILE, then the
    served guids to PORTFILE.served on SIGTERM/SIGINT (and every second)."""
    specs = {name: FeedSpec(**values) for name, values in json.loads(Path(argv[0]).read_text()).items()}
    server = FeedServer(specs).start()
    out = Path(argv[1])
    out.write_text(str(server.port))
    try:
        while True:
            time.sleep(1.0)
            served = {feed: sorted(guids) for feed, guids in server.served.items()}
            tmp = out.with_suffix(".tmp")
            tmp.write_text(json.dumps({"served": served, "not_modified": server.not_modified,
                                       "specs": {k: asdict(v) for k, v in specs.items()}}))
            tmp.replace(out.with_suffix(".served"))
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
