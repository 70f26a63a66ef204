"""Entity and driver names full of IRI-breaking characters still give valid IRIs, and the
RDF parses back and passes SHACL."""
from __future__ import annotations

import networkx as nx
from marketkg.exports.rdf import serialize, to_rdf, validate_rdf
from marketkg.loaders.rdf_reader import read_rdf

HOSTILE = ['co-a b"c', "co-<x>", "co-line\nbreak", "co-#frag", "co-a/../b", "co-中文公司", "drv-'quote' & <tag>"]


def _graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.graph["articles"] = {"a1": {"source": "feed.jsonl#<id>\n", "title": "</script>", "published": "2025-11-21",
                                  "trading_day": "2025-11-21", "warnings": []}}
    session = "session-hk-2025-11-21"
    G.add_node(session, type="session", name="HK session 2025-11-21", market="hk", date="2025-11-21", ticker=None,
               aliases=[], articles=["a1"])
    evidence = [{"article": "a1", "source": "feed.jsonl#<id>", "sentence": '"><img src=x onerror=alert(1)>',
                 "start": 0, "end": 30}]
    for node in HOSTILE:
        kind = "driver" if node.startswith("drv-") else "company"
        G.add_node(node, type=kind, name=node, ticker=None, aliases=[node + " alias"], articles=["a1"],
                   **({"category": "other"} if kind == "driver" else {}))
    for node in HOSTILE[:-1]:
        G.add_edge(node, session, key=f"move:{node}:2025-11-21", kind="move", direction="up", change_pct=1.5,
                   close=None, turnover=None, approx=False, date="2025-11-21", market="hk", conflict=False,
                   reports=[{"article": "a1", "direction": "up", "change_pct": 1.5, "close": None, "approx": False}],
                   evidence=evidence, articles=["a1"])
        G.add_edge(HOSTILE[-1], node, key=f"cause:{HOSTILE[-1]}:{node}:2025-11-21", kind="cause",
                   date="2025-11-21", cue="after", causes=["<b>bold</b>"], move=f"move:{node}:2025-11-21",
                   evidence=evidence, articles=["a1"])
    return G


def test_hostile_names_give_valid_iris_that_pass_shacl():
    G = _graph()
    g = to_rdf(G)
    for term in set(g.subjects()) | set(g.objects()):
        if not hasattr(term, "language") and not hasattr(term, "datatype") and str(term).startswith("http"):
            assert not any(ch in str(term) for ch in ' <>"\n{}|\\^`'), term
    conforms, report = validate_rdf(g)
    assert conforms, report


def test_hostile_corpus_round_trips_in_quads():
    G = _graph()
    text = serialize(G, "nq")
    back = read_rdf(text, format="nq")
    assert set(back.nodes) == set(G.nodes)
