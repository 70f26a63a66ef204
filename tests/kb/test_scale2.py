"""Issue 14, second round: ``sparql --bind`` values reach Oxigraph's planner as a VALUES
block (substitutions are applied after planning, so the shipped queries matched every
move of every article before the bound one), and give the rows substitutions give."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from marketkg.exports.cli import main
from marketkg.exports.cli_rdf import binding, run_sparql
from marketkg.exports.rdf import prefixes
from marketkg.exports.sparql_values import with_values
from marketkg.ontology.vocab import QUERIES_DIR
from tests.conftest import EXAMPLES

SHIPPED = {"history": ("entity", ["idx-hsi", "hkex-9988", "hkex-9888", "no-such"]),
           "why_moved": ("entity", ["hkex-9888", "hkex-9988", "idx-hsi"]),
           "moves_on_day": ("day", ["2025-11-21", "--11-24", "2030-01-01"]),
           "investor_actions": ("target", ["market-hk", "hkex-1810"]),
           "driver_moves": ("category", ["cat:monetary_policy", "cat:earnings"])}


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> ox.Store:
    out = tmp_path_factory.mktemp("s2") / "kg"
    assert main(["build", str(EXAMPLES), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    return ox.Store.read_only(str(out / "store"))


def _rows(results) -> list[tuple]:
    names = [v.value for v in results.variables]
    return [tuple(None if s[n] is None else str(s[n]) for n in names) for s in results]


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_values_give_the_rows_of_substitutions_on_every_shipped_query(store, name):
    var, values = SHIPPED[name]
    text = (QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8")
    answered = 0
    for value in values:
        term = binding(value)
        planned = with_values(text, {var: term})
        assert planned is not None and "VALUES" in planned
        old = _rows(store.query(text, substitutions={ox.Variable(var): term}, prefixes=prefixes()))
        new = _rows(store.query(planned, prefixes=prefixes()))
        assert new == old  # same rows, same order (ORDER BY, then DISTINCT)
        answered += bool(new)
    assert answered  # the values chosen do answer


def test_the_block_heads_the_where_group_and_skips_braces_in_comments_strings_and_iris():
    q = ('PREFIX ex: <http://ex.org/a#b>\n# a { brace in a comment\n'
         'SELECT ?s ("{" AS ?b) WHERE {\n  ?s ex:p ?o .\n}')
    out = with_values(q, {"o": ox.Literal("v")})
    assert out == q.replace("WHERE {\n", 'WHERE { VALUES (?o) { ("v") }\n\n', 1)
    two = with_values("ASK { ?a ?p ?b }", {"b": ox.NamedNode("http://ex.org/b"), "a": ox.Literal("1")})
    assert two == 'ASK { VALUES (?a ?b) { ("1" <http://ex.org/b>) }\n ?a ?p ?b }'


@pytest.mark.parametrize("query", [
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",          # the first brace is the template
    "DESCRIBE ?s WHERE { ?s ?p ?o }",
    "SELECT ?s WHERE { SELECT ?s WHERE { ?s ?p ?o } }",   # a sub-select: no room for VALUES
    "SELECT ?s WHERE { ?s ?p ?x }",                       # ?o is not in the query
    'SELECT ?s WHERE { ?s ?p "unterminated }',
])
def test_where_it_cannot_be_sure_it_leaves_the_query_to_substitutions(query):
    assert with_values(query, {"o": ox.Literal("v")}) is None


def test_a_hostile_value_stays_one_literal(store):
    hostile = 'hkex-9888" } UNION { ?s ?p ?o } #'
    text = (QUERIES_DIR / "history.rq").read_text(encoding="utf-8")
    planned = with_values(text, {"entity": ox.Literal(hostile)})
    assert planned is not None and 'UNION { ?s ?p ?o }' in planned  # inside the escaped literal only
    assert _rows(store.query(planned, prefixes=prefixes())) == []
    assert list(run_sparql(store, text, {"entity": ox.Literal(hostile)})) == []


def test_run_sparql_falls_back_to_substitutions_where_values_cannot_go(store):
    q = "CONSTRUCT { ?m <http://ex.org/day> ?day } WHERE { GRAPH ?g { ?m mkg:tradingDay ?day } }"
    with pytest.raises(RuntimeError):  # Oxigraph: a substituted variable must be projected (as before)
        list(run_sparql(store, "SELECT ?m WHERE { ?m ?p ?o }", {"zzz": ox.Literal("x")}))
    triples = list(run_sparql(store, q, {"day": binding("2025-11-21")}))
    assert triples and all(t.object == binding("2025-11-21") for t in triples)


def test_sparql_kg_answers_through_the_values_path(tmp_path, capsys, monkeypatch):
    kg = tmp_path / "kg"
    assert main(["build", str(EXAMPLES), "--out", str(kg), "--quiet", "--jobs", "1"]) == 0
    capsys.readouterr()
    from marketkg.exports import cli_rdf

    seen: list[str | None] = []

    def spy(query, bindings):
        seen.append(with_values(query, bindings))
        return seen[-1]

    monkeypatch.setattr(cli_rdf, "with_values", spy)
    assert main(["sparql", "history", "--kg", str(kg), "--bind", "entity=Alibaba", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "hkex-9988" in out
    assert len(seen) == 1 and 'VALUES (?entity) { ("hkex-9988") }' in seen[0]
