"""``marketkg push``: one named graph per article over the Graph Store protocol,
replaced (never duplicated) on a second push, failures reported graph by graph, and
credentials never printed."""
from __future__ import annotations

from marketkg.exports.cli import main
from marketkg.exports.cli_rdf import PASSWORD_ENV
from marketkg.exports.rdf import graph_iri
from tests.stores.conftest import Server, free_port

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


def _push(server: Server, kg_dir, monkeypatch, *extra: str) -> int:
    argv = ["push", "--kg", str(kg_dir), "--endpoint", server.graph_store, *extra]
    if server.user:
        monkeypatch.setenv(PASSWORD_ENV, server.password)
        argv += ["--user", server.user]
    return main(argv)


def _ours(server: Server) -> set[str]:
    return {r["g"] for r in server.select(GRAPHS) if r["g"].startswith("https://marketkg.org/id/graph/")}


def test_push_twice_replaces_and_never_duplicates(server, kg_dir, sample_graph, monkeypatch, capsys):
    assert _push(server, kg_dir, monkeypatch) == 0
    out = capsys.readouterr().out
    assert "pushed" in out and (server.password or "\0") not in out
    expected = {str(graph_iri(a)) for a in sample_graph.graph["articles"]} | {str(graph_iri(None))}
    assert _ours(server) == expected
    first = server.select(COUNT)[0]["n"]
    assert _push(server, kg_dir, monkeypatch) == 0
    assert server.select(COUNT)[0]["n"] == first


def test_failure_names_what_was_sent_and_what_was_not(kg_dir, monkeypatch, capsys):
    dead = f"http://127.0.0.1:{free_port()}/store"
    monkeypatch.setenv(PASSWORD_ENV, "s3cret-pw")
    assert main(["push", "--kg", str(kg_dir), "--endpoint", dead, "--user", "bob"]) == 1
    captured = capsys.readouterr()
    assert "failed" in captured.err
    assert captured.out.count("not sent") == 6
    assert "s3cret-pw" not in captured.out + captured.err


def test_credentials_in_the_url_are_not_printed(kg_dir, capsys):
    dead = f"http://alice:hunter22@127.0.0.1:{free_port()}/store"
    assert main(["push", "--kg", str(kg_dir), "--endpoint", dead]) == 1
    captured = capsys.readouterr()
    assert "hunter22" not in captured.out + captured.err and "alice" not in captured.err


def test_a_wrong_password_is_refused_and_reported(virtuoso_server, kg_dir, monkeypatch, capsys):
    monkeypatch.setenv(PASSWORD_ENV, "not-the-password")
    argv = ["push", "--kg", str(kg_dir), "--endpoint", virtuoso_server.graph_store, "--user", "dba"]
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert "401" in captured.err and "not-the-password" not in captured.out + captured.err


def test_user_without_password_is_a_usage_error(kg_dir, monkeypatch):
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    assert main(["push", "--kg", str(kg_dir), "--endpoint", "http://127.0.0.1:9/store", "--user", "u"]) == 2
