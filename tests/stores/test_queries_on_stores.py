"""The shipped queries need no union default graph: they answer the same on the on-disk
store a ``build`` leaves (one named graph per article, entities in a shared one) queried
as it is, as on a plain ``oxigraph serve`` (tests/stores/test_queries.py)."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from marketkg.exports.cli import main
from marketkg.exports.cli_rdf import binding
from marketkg.exports.rdf import prefixes
from tests.conftest import EXAMPLES
from tests.stores.test_queries import CASES, IDS, _text, _value


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build") / "kg"
    assert main(["build", str(EXAMPLES), "--out", str(out)]) == 0
    return out


@pytest.mark.parametrize(("name", "param", "value", "answer", "expected"), CASES, ids=IDS)
def test_the_build_store_answers_without_a_union_default_graph(built, sample_graph, name, param, value,
                                                               answer, expected):
    store = ox.Store.read_only(str(built / "store"))
    results = store.query(_text(name), substitutions={ox.Variable(param): binding(value)}, prefixes=prefixes())
    names = [v.value for v in results.variables]
    rows = [{n: _value(sol[n]) for n in names if sol[n] is not None} for sol in results]
    assert rows
    assert answer(rows) == expected(sample_graph)


def test_a_wrong_path_on_a_real_store_is_one_line_naming_the_usual_ones(server, kg_dir, capsys):
    wrong = server.graph_store.rsplit("/", 1)[0] + "/no-such-endpoint"
    argv = ["push", "--kg", str(kg_dir), "--endpoint", wrong, "--timeout", "20"]
    if server.user:
        argv += ["--user", server.user, "--password", server.password]
    assert main(argv) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "/store" in err[0] and "/sparql-graph-crud-auth" in err[0], err


def test_credentials_in_the_endpoint_url_are_used_and_not_printed(virtuoso_server, kg_dir, capsys):
    url = virtuoso_server.graph_store.replace("http://", f"http://{virtuoso_server.user}:{virtuoso_server.password}@")
    assert main(["push", "--kg", str(kg_dir), "--endpoint", url]) == 0
    out = capsys.readouterr().out
    assert "pushed" in out and f":{virtuoso_server.password}@" not in out
