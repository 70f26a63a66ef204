"""Real triple stores for the push and query tests: an Oxigraph server and OpenLink
Virtuoso, each started on a free loopback port in a temporary folder and always
stopped. A store whose binary is not installed is skipped with the install line."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from marketkg.exports.graph_json import write_graph_json
from marketkg.ontology.vocab import QUERIES_DIR

_NUMERIC = {"http://www.w3.org/2001/XMLSchema#" + t for t in ("decimal", "integer", "double", "float")}
QUERIES = sorted(p.stem for p in QUERIES_DIR.glob("*.rq"))


@dataclass(frozen=True)
class Server:
    """A running store: where to push (Graph Store endpoint) and where to query."""

    name: str
    graph_store: str
    query: str
    user: str | None = None
    password: str | None = None

    def select(self, text: str) -> list[dict[str, Any]]:
        """Rows of a SELECT query, each value normalised by :func:`norm`."""
        body = urllib.parse.urlencode({"query": text}).encode()
        request = urllib.request.Request(self.query, data=body, headers={
            "Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"})
        with urllib.request.urlopen(request, timeout=60) as response:
            data = json.loads(response.read())
        return [{k: norm(v["value"], v.get("datatype")) for k, v in row.items()}
                for row in data["results"]["bindings"]]


def norm(value: str, datatype: str | None) -> Any:
    """A result value as Python compares it: numbers as floats, anything else as its text."""
    return float(value) if datatype in _NUMERIC else value


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, proc: subprocess.Popen[bytes], log: Path, seconds: float = 90.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}: {log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status < 500:
                    return
        except urllib.error.HTTPError as exc:
            if exc.code < 500:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"server did not answer {url} within {seconds}s")


def _start(request: pytest.FixtureRequest, argv: list[str], cwd: Path, ready: str) -> None:
    log = cwd / "server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(argv, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)

    def stop() -> None:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    request.addfinalizer(stop)
    _wait(ready, proc, log)


@pytest.fixture(scope="session")
def oxigraph_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Server:
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(binary).exists():
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    work = tmp_path_factory.mktemp("oxigraph")
    base = f"http://127.0.0.1:{free_port()}"
    # default options, as a user starts it: the default graph is not the union of the named ones
    _start(request, [binary, "serve", "--location", str(work / "db"), "--bind", base.removeprefix("http://")],
           work, f"{base}/query?query=ASK%7B%7D")
    return Server("oxigraph", f"{base}/store", f"{base}/query")


_VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {d}
CaseMode = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


@pytest.fixture(scope="session")
def virtuoso_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Server:
    binary = shutil.which("virtuoso-t") or "/usr/bin/virtuoso-t"
    if not Path(binary).exists():
        pytest.skip("virtuoso-t is not installed (apt-get install -y virtuoso-opensource)")
    work = tmp_path_factory.mktemp("virtuoso")
    http = free_port()
    (work / "virtuoso.ini").write_text(_VIRTUOSO_INI.format(d=work, sql=free_port(), http=http))
    base = f"http://127.0.0.1:{http}"
    _start(request, [binary, "+foreground", "+configfile", str(work / "virtuoso.ini")], work,
           f"{base}/sparql?query=ASK%7B%7D")
    # a fresh database's dba password is "dba"; the Graph Store endpoint for it uses digest auth
    return Server("virtuoso", f"{base}/sparql-graph-crud-auth", f"{base}/sparql", "dba", "dba")


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(request: pytest.FixtureRequest) -> Iterator[Server]:
    yield request.getfixturevalue(f"{request.param}_server")


@pytest.fixture(scope="session")
def kg_dir(sample_graph: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build folder holding the sample graph (``graph.json``)."""
    out = tmp_path_factory.mktemp("kg")
    write_graph_json(sample_graph, out / "graph.json")
    return out
