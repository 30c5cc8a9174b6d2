"""`dossier-reader import URL...`, against a local HTTP server on 127.0.0.1 (no test reaches the network)."""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from reader.__main__ import main
from reader.core.ingest import article_format, fetching
from tests.conftest import DATA

RELEASE = threading.Event()


class _Pages(SimpleHTTPRequestHandler):
    """The test pages; ``/slow`` answers only once the test releases it."""

    def do_GET(self):
        if self.path == "/slow":
            RELEASE.wait(timeout=30)
        try:
            super().do_GET()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the importer hung up on purpose (a timeout or the size limit): that is what is tested

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    RELEASE.clear()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Pages, directory=str(DATA)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    RELEASE.set()
    httpd.shutdown()
    httpd.server_close()


def test_pages_are_fetched_and_imported_like_saved_ones(server, tmp_path, capsys):
    urls = [f"{server}/html/harbour-gazette.html", f"{server}/raw/wire-layout.txt"]
    assert main(["import", *urls, "--into", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["harbour-gazette.md", "reuters.md"]
    wire = article_format.parse((tmp_path / "reuters.md").read_text(encoding="utf-8"))
    assert wire.meta["url"] == urls[1] and len(wire.paragraphs) == 4
    assert capsys.readouterr().err == ""


def test_each_failing_url_gets_one_line_and_the_others_are_imported(server, tmp_path, capsys):
    urls = [f"{server}/html/missing.html", f"{server}/html/harbour-gazette.html", "http://127.0.0.1:9/closed"]
    assert main(["import", *urls, "--into", str(tmp_path)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"dossier-reader: {urls[0]}: the server answered HTTP 404",
        f"dossier-reader: {urls[2]}: could not connect: connection refused",
    ]
    assert [p.name for p in tmp_path.iterdir()] == ["harbour-gazette.md"]


def test_a_page_above_the_size_limit_is_refused(server, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(fetching, "MAX_BYTES", 1000)
    assert main(["import", f"{server}/html/harbour-gazette.html", "--into", str(tmp_path)]) == 1
    assert "larger than the 1,000 bytes limit" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_a_page_that_does_not_answer_in_time_is_reported(server, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(fetching, "TIMEOUT_SECONDS", 1)
    assert main(["import", f"{server}/slow", "--into", str(tmp_path)]) == 1
    assert "no answer within 1 seconds" in capsys.readouterr().err


def test_only_http_addresses_are_urls():
    assert fetching.is_url("https://example.org/a") and fetching.is_url("HTTP://example.org")
    assert not fetching.is_url("file:///etc/passwd") and not fetching.is_url("page.html")
