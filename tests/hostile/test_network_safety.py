"""The network, against a hostile server and a careless user (issue 15, items 7-9).

``push`` never prints a password, answers a bad endpoint or an authentication it cannot
do with one line (exit 2), escapes what the server says, and gives up on a request at its
deadline however slowly the server trickles. ``validate`` refuses DTD entities.
``sparql`` fetches nothing unless ``--allow-service``. The servers are raw sockets on
loopback, in a thread, recording whether they were contacted.
"""
from __future__ import annotations

import base64
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from marketkg.exports.cli import main
from marketkg.exports.graph_json import write_graph_json
from marketkg.exports.push import parse_endpoint, printable, redact
from marketkg.exports.sparql_guard import has_service

Handler = Callable[[socket.socket, bytes], None]
SECRET = "S3cr3t:pw"


class RawServer:
    """A loopback server that hands each request (headers and body) to ``handler``."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[bytes] = []
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.closed = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def url(self, path: str = "/store", userinfo: str = "") -> str:
        return f"http://{userinfo}127.0.0.1:{self.port}{path}"

    def _serve(self) -> None:
        while not self.closed.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn: socket.socket) -> None:
        with conn:
            try:
                request = _read_request(conn)
                self.requests.append(request)
                self.handler(conn, request)
            except OSError:
                pass

    def close(self) -> None:
        self.closed.set()
        self.sock.close()


def _read_request(conn: socket.socket) -> bytes:
    conn.settimeout(10)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), 0)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def _answer(status: str, headers: tuple[str, ...] = ()) -> Handler:
    def handler(conn: socket.socket, request: bytes) -> None:
        lines = [f"HTTP/1.1 {status}", *headers, "Content-Length: 0", "Connection: close", "", ""]
        conn.sendall("\r\n".join(lines).encode("latin-1"))
    return handler


@pytest.fixture
def serve() -> Iterator[Callable[[Handler], RawServer]]:
    servers: list[RawServer] = []

    def start(handler: Handler) -> RawServer:
        servers.append(RawServer(handler))
        return servers[-1]
    yield start
    for server in servers:
        server.close()


@pytest.fixture(scope="module")
def kg(sample_graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("kg")
    write_graph_json(sample_graph, out / "graph.json")
    return out


def _push(kg: Path, endpoint: str, *extra: str) -> int:
    return main(["push", "--kg", str(kg), "--endpoint", endpoint, "--timeout", "5", *extra])


def _one_clean_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and lines[0].startswith("marketkg: error: ")
    return lines[0]


# -- push: passwords -------------------------------------------------------------------------

BAD_ENDPOINTS = [
    f"u:{SECRET}@127.0.0.1:9/store",                 # no scheme
    f"http://u:{SECRET}@127.0.0.1:x/store",          # port not a number
    f"http://u:{SECRET}@127.0.0.1:99999/store",      # port out of range
    f"http://u:{SECRET}@127.0.0.1:0/store",          # port 0
    f"http://u:{SECRET}@[::1/store",                 # broken IPv6 literal
    f"http://u:{SECRET}@/store",                     # no host
    f"http://u:pa/{SECRET}@127.0.0.1/store",         # a '/' in the password
    f"http://u:{SECRET}@127.0.0.1/st ore",           # a space
    f"http://u:{SECRET}@127.0.0.1/\x1b[2Jstore",     # a control character
    f"ftp://u:{SECRET}@127.0.0.1/store",             # not http
]


@pytest.mark.parametrize("endpoint", BAD_ENDPOINTS, ids=range(len(BAD_ENDPOINTS)))
def test_a_bad_endpoint_is_one_line_without_the_password(kg, capsys, endpoint):
    assert _push(kg, endpoint) == 2
    captured = capsys.readouterr()
    _one_clean_line(captured.err)
    assert "S3cr3t" not in captured.out + captured.err and "\x1b" not in captured.err


def test_redact_hides_whatever_precedes_the_at_sign():
    for endpoint in BAD_ENDPOINTS:
        assert "S3cr3t" not in redact(endpoint)
    assert redact("http://host:7878/store") == "http://host:7878/store"


def test_a_password_with_colons_is_sent_whole_and_never_printed(kg, serve, capsys):
    server = serve(_answer("401 Unauthorized", ('WWW-Authenticate: Basic realm="x"',)))
    assert _push(kg, server.url(userinfo=f"u:{SECRET}@")) == 1
    captured = capsys.readouterr()
    sent = [line.split(b" ", 2)[2] for r in server.requests for line in r.split(b"\r\n")
            if line.lower().startswith(b"authorization: basic")]
    assert sent and base64.b64decode(sent[0]).decode() == f"u:{SECRET}"
    assert "S3cr3t" not in captured.out + captured.err and "401" in captured.err


def test_a_password_echoed_by_the_server_is_not_printed(kg, serve, capsys):
    def echo(conn: socket.socket, request: bytes) -> None:
        auth = [line for line in request.split(b"\r\n") if line.lower().startswith(b"authorization: basic")]
        if not auth:
            return _answer("401 Unauthorized", ('WWW-Authenticate: Basic realm="x"',))(conn, request)
        creds = base64.b64decode(auth[0].split(b" ", 2)[2]).decode()
        return _answer(f"500 you sent {creds}")(conn, request)
    server = serve(echo)
    assert _push(kg, server.url(), "--user", "u", "--password", SECRET) == 1
    captured = capsys.readouterr()
    assert "HTTP 500" in captured.err and "S3cr3t" not in captured.out + captured.err


def test_parse_endpoint_takes_the_credentials_out_of_the_url():
    ep = parse_endpoint("http://u%40x:p%3Aa:ss@127.0.0.1:8890/sparql-graph-crud-auth?x=1#f")
    assert (ep.url, ep.user, ep.password) == ("http://127.0.0.1:8890/sparql-graph-crud-auth?x=1", "u@x", "p:a:ss")


# -- push: what the server says -----------------------------------------------------------------

CHALLENGES = [
    ("Bearer", 'WWW-Authenticate: Bearer realm="api"'),
    ("Negotiate", "WWW-Authenticate: Negotiate"),
    ("SHA-512-256", 'WWW-Authenticate: Digest realm="x", nonce="abc", algorithm=SHA-512-256, qop="auth"'),
    ("auth-int", 'WWW-Authenticate: Digest realm="x", nonce="abc", qop="auth-int"'),
    ("Digest", 'WWW-Authenticate: Digest realm="x"'),  # no nonce
]


@pytest.mark.parametrize(("named", "header"), CHALLENGES, ids=[c[0] for c in CHALLENGES])
def test_an_authentication_push_cannot_do_is_one_line_and_exit_2(kg, serve, capsys, named, header):
    server = serve(_answer("401 Unauthorized", (header,)))
    assert _push(kg, server.url(), "--user", "u", "--password", SECRET) == 2
    captured = capsys.readouterr()
    line = _one_clean_line(captured.err)
    assert named in line and "S3cr3t" not in captured.out + captured.err


def test_the_reason_phrase_is_printed_with_its_escape_codes_escaped(kg, serve, capsys):
    server = serve(_answer("500 \x1b]0;owned\x07\x1b[2J\x9b31m Boom"))
    assert _push(kg, server.url()) == 1
    err = capsys.readouterr().err
    assert "HTTP 500" in err and "Boom" in err
    assert not any(ch in err for ch in "\x1b\x07\x9b")


def test_a_wrong_path_names_the_usual_ones(kg, serve, capsys):
    server = serve(_answer("404 Not Found"))
    assert _push(kg, server.url("/sparql")) == 1
    err = capsys.readouterr().err
    assert "HTTP 404" in err and "/store" in err and "/sparql-graph-crud-auth" in err


def test_printable_escapes_terminal_controls_and_caps_length():
    assert printable("a\x1b[2J\u202e\x00") == "a\\x1b[2J\\u202e\\x00"
    assert len(printable("x" * 1000)) <= 160


# -- push: the timeout is a deadline -------------------------------------------------------------

def test_a_server_trickling_a_byte_at_a_time_is_cut_off_at_the_deadline(kg, serve, capsys):
    stop = threading.Event()

    def trickle(conn: socket.socket, request: bytes) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\n")
        while not stop.is_set():  # a header that never ends, one byte every 0.2 s
            conn.sendall(b"X")
            time.sleep(0.2)
    server = serve(trickle)
    start = time.monotonic()
    try:
        assert main(["push", "--kg", str(kg), "--endpoint", server.url(), "--timeout", "1.5"]) == 1
    finally:
        stop.set()
    elapsed = time.monotonic() - start
    captured = capsys.readouterr()
    assert "within 1.5 s" in captured.err and captured.out.count("not sent") >= 1
    assert elapsed < 30, elapsed  # per-read timeouts alone would never end


# -- validate: DTD entities ------------------------------------------------------------------------

def _laughs() -> str:
    """The classic entity expansion: under 800 bytes that would expand to gigabytes."""
    ents = ['<!ENTITY a0 "dha">'] + [f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)]
    return ('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n' + "\n".join(ents) + "\n]>\n"
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e/">'
            '<rdf:Description rdf:about="http://e/s"><e:p>&a9;</e:p></rdf:Description></rdf:RDF>\n')


ENTITY_FILES = {
    "laughs": _laughs().encode(),
    "laughs-utf16": _laughs().replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16"),
    "external": b'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e/">'
                b'<rdf:Description rdf:about="http://e/s"><e:p>&x;</e:p></rdf:Description></rdf:RDF>\n',
    "parameter": b'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!entity % p "x"> ]>\n<rdf:RDF '
                 b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>\n',
}


@pytest.mark.parametrize("name", sorted(ENTITY_FILES))
def test_validate_refuses_dtd_entities_in_one_line(tmp_path, capsys, name):
    path = tmp_path / f"{name}.rdf"
    path.write_bytes(ENTITY_FILES[name])
    if name == "laughs":
        assert len(ENTITY_FILES[name]) < 800
    assert main(["validate", str(path)]) == 2
    line = _one_clean_line(capsys.readouterr().err)
    assert str(path) in line and "ENTITY" in line


def test_reading_rdf_fetches_no_remote_context_or_dtd(tmp_path, serve, capsys):
    server = serve(_answer("200 OK"))
    files = {"ctx.jsonld": f'{{"@context": "{server.url("/ctx")}", "@id": "http://e/s", "p": "x"}}',
             "dtd.rdf": f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF SYSTEM "{server.url("/x.dtd")}">\n'
                        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>\n'}
    for name, text in files.items():
        (tmp_path / name).write_text(text)
        main(["validate", str(tmp_path / name)])
        assert "Traceback" not in capsys.readouterr().err
    assert server.requests == []


# -- sparql: SERVICE ---------------------------------------------------------------------------------

def _service_queries(url: str) -> list[str]:
    return [f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
            f"select * where {{ ?a ?b ?c .service silent <{url}> {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ ?a ?b ?c # comment\n SeRvIcE <{url}>{{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
            f'SELECT * WHERE {{ BIND(<{url}> AS ?u) SERVICE ?u {{ ?s ?p "x" }} }}']


def test_sparql_refuses_service_and_contacts_nobody(kg, serve, capsys):
    server = serve(_answer("200 OK"))
    for query in _service_queries(server.url("/sparql")):
        assert main(["sparql", query, "--kg", str(kg)]) == 2, query
        assert "--allow-service" in _one_clean_line(capsys.readouterr().err)
    assert server.requests == []


def test_sparql_with_allow_service_fetches_and_fails_in_one_line(kg, serve, capsys):
    server = serve(_answer("500 Boom"))
    query = _service_queries(server.url("/sparql"))[0]
    assert main(["sparql", query, "--kg", str(kg), "--allow-service"]) == 2
    _one_clean_line(capsys.readouterr().err)
    assert server.requests


def test_service_look_alikes_are_not_refused():
    assert not has_service('SELECT ?service WHERE { ?service ?p "SERVICE <x>" } # SERVICE <y>')
    assert not has_service("PREFIX service: <http://e/> SELECT * WHERE { ?s service:p <http://e/SERVICE> }")
    assert not has_service("SELECT * WHERE { ?s ?p '''a\nSERVICE''' . ?s ex:my-service ?o }")
    assert has_service('SELECT * WHERE { ?s ?p "unterminated SERVICE <x> {} }')


def test_a_parse_error_shows_the_file_s_escape_codes_escaped(tmp_path, capsys):
    path = tmp_path / "esc.ttl"
    path.write_bytes(b"<http://e/s> <http://e/p> \x1b]0;owned\x07\x1b[2J .\n")
    assert main(["validate", str(path)]) == 2
    line = _one_clean_line(capsys.readouterr().err)
    assert "\x1b" not in line and "\x07" not in line and "\\x1b" in line


@pytest.mark.parametrize("name", ["marketkg.exports.push", "marketkg.exports.sparql_guard",
                                  "marketkg.ontology.errors"])
def test_doctests(name):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted and not result.failed


def test_sparql_service_that_never_answers_gives_up_at_the_deadline(kg, serve, capsys):
    """An endpoint that accepts the connection and never answers: pyoxigraph has no
    timeout of its own, so without the deadline the command waits for ever."""
    hold = threading.Event()
    server = serve(lambda conn, request: hold.wait(30))
    query = _service_queries(server.url("/sparql"))[0]
    started = time.monotonic()
    try:
        assert main(["sparql", query, "--kg", str(kg), "--allow-service", "--timeout", "1"]) == 2
    finally:
        hold.set()
        for worker in threading.enumerate():  # the given-up query ends once the server lets go
            if worker.name == "marketkg-sparql-service":
                worker.join(20)
    assert time.monotonic() - started < 15
    assert "no answer within --timeout 1 s" in _one_clean_line(capsys.readouterr().err)
    assert server.requests


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "soon"])
def test_timeouts_must_be_seconds_above_zero(kg, capsys, value):
    for command in (["sparql", "history", "--kg", str(kg)], ["push", "--kg", str(kg), "--endpoint", "http://127.0.0.1:9/s"]):
        with pytest.raises(SystemExit) as exc:
            main([*command, "--timeout", value])
        assert exc.value.code == 2
        assert "seconds above 0" in capsys.readouterr().err
