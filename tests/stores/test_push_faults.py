"""A push that fails midway (HTTP 500, a server that hangs or dies) says which graphs were
sent and which were not, and a re-run completes the store without duplicating anything."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from marketkg.exports.cli import main


class _Store(ThreadingHTTPServer):
    """A Graph Store stand-in on loopback: keeps the last body PUT per graph; can be told
    to fail with HTTP 500, or to hang, after a number of PUTs."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.graphs: dict[str, bytes] = {}
        self.puts = 0
        self.fail_after: int | None = None
        self.hang_after: int | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/store"


class _Handler(BaseHTTPRequestHandler):
    server: _Store

    def do_PUT(self) -> None:  # noqa: N802 (http.server's naming)
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        store = self.server
        if store.hang_after is not None and store.puts >= store.hang_after:
            time.sleep(3)
        if store.fail_after is not None and store.puts >= store.fail_after:
            self.send_response(500, "Internal Server Error")
            self.end_headers()
            return
        store.puts += 1
        store.graphs[parse_qs(urlsplit(self.path).query)["graph"][0]] = body
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def store():
    server = _Store()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _lines(text: str, prefix: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(prefix)]


def test_http_500_midway_is_reported_and_a_rerun_completes_without_duplicates(store, kg_dir, capsys):
    store.fail_after = 2
    assert main(["push", "--kg", str(kg_dir), "--endpoint", store.endpoint]) == 1
    captured = capsys.readouterr()
    sent, not_sent = _lines(captured.out, "sent"), _lines(captured.out, "not sent")
    assert len(sent) == 2 and len(not_sent) >= 1 and "HTTP 500" in captured.err
    assert len(store.graphs) == 2
    first = dict(store.graphs)
    store.fail_after = None
    assert main(["push", "--kg", str(kg_dir), "--endpoint", store.endpoint]) == 0
    assert len(store.graphs) == len(sent) + len(not_sent)  # one body per graph: replaced, never added twice
    assert all(store.graphs[g] == body for g, body in first.items())


def test_a_server_that_hangs_times_out_and_is_reported(store, kg_dir, capsys):
    store.hang_after = 1
    argv = ["push", "--kg", str(kg_dir), "--endpoint", store.endpoint, "--timeout", "0.5"]
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert len(_lines(captured.out, "sent")) == 1 and _lines(captured.out, "not sent")
    assert "failed" in captured.err


def test_a_server_that_is_gone_is_reported(store, kg_dir, capsys):
    store.fail_after = 1
    store.shutdown()
    store.server_close()
    assert main(["push", "--kg", str(kg_dir), "--endpoint", store.endpoint, "--timeout", "2"]) == 1
    captured = capsys.readouterr()
    assert not _lines(captured.out, "sent") and _lines(captured.out, "not sent") and "failed" in captured.err
