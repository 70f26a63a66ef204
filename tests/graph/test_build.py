"""Resolution across articles and the merged graph."""
from __future__ import annotations

from marketkg.exports.graph_json import to_graph_json
from marketkg.graph.build import build_graph, build_graph_from
from tests.conftest import facts_of


def _moves(G):
    return {(u, d["date"]): d for u, _, d in G.edges(data=True) if d["kind"] == "move"}


def test_one_node_for_every_name_of_a_company():
    texts = ["Alibaba -W (9988.HK) closing price HKD 147.60, down 4.65%",
             "Alibaba-W gained 4.67% on Tuesday.", "Alibaba (BABA) rose 2%.",
             "Alibaba Group Holding surged 8.4% after releasing a model.", "9988.HK fell 1%."]
    # weekdays only: a weekend story that names no day reports the Friday session
    G = build_graph(facts_of(t, published=f"2025-11-{17 + i}") for i, t in enumerate(texts))
    movers = [u for u, _, d in G.edges(data=True) if d["kind"] == "move"]
    assert movers == ["hkex-9988"] * len(texts)


def test_rmb_counter_is_a_distinct_security_of_the_company():
    G = build_graph([facts_of("Xiaomi Group -W rose 1.01%, and Xiaomi Group -WR rose by 1.05%.")])
    assert {"hkex-1810", "hkex-1810-rmb"} <= set(G)
    assert G.nodes["hkex-1810-rmb"]["type"] == "security"
    assert any(d["kind"] == "security_of" for _, v, d in G.edges("hkex-1810-rmb", data=True) if v == "hkex-1810")


def test_index_spellings_resolve_to_one_index_and_stay_apart_from_others():
    text = ("The Hang Seng Tech Index added 2%, the Hang Seng TECH Index added 2%, "
            "the Hang Seng Technology Index added 2%. "
            "Hong Kong's Hang Seng China Enterprises Index, by contrast, slid 2%.")
    G = build_graph([facts_of(text)])
    assert {u for u, _, d in G.edges(data=True) if d["kind"] == "move"} == {"idx-hstech", "idx-hscei"}


def test_hang_seng_alone_is_the_index():
    (move,) = facts_of("Hong Kong's Hang Seng rose 0.3% as metals rallied.").moves
    assert move.entity.id == "idx-hsi"


def test_unknown_company_seen_with_its_code_then_by_name_is_one_node():
    a = facts_of("GaoDi Co., Ltd. (1676.HK) rose 6.56%.", published="2025-11-21")
    b = facts_of("Elsewhere, GaoDi fell 2% on Friday.", published="2025-11-28")
    G = build_graph([a, b])
    assert {u for u, _, d in G.edges(data=True) if d["kind"] == "move"} == {"hkex-1676"}


def test_unknown_companies_get_stable_ids_from_their_names():
    a = facts_of("Cambridge Technology dropped 5.7%.")
    b = facts_of("Cambridge Technology Inc. dropped 5.7%.")
    assert a.moves[0].entity.id == b.moves[0].entity.id == "co-cambridge-technology"


def test_same_move_in_two_articles_is_one_edge_with_both_sources():
    a = facts_of("On November 21, Baidu fell 5.79%.", published="2025-11-21")
    b = facts_of("Baidu Group-SW dropped 5.79% on Friday.", published="2025-11-21")
    G = build_graph([a, b])
    move = _moves(G)[("hkex-9888", "2025-11-21")]
    assert sorted(move["articles"]) == sorted([a.article.id, b.article.id]) and not move["conflict"]
    assert len([1 for _, _, d in G.edges(data=True) if d["kind"] == "move"]) == 1


def test_conflicting_figures_across_articles_are_kept_side_by_side():
    a = facts_of("Baidu fell 5.79% on Friday.", published="2025-11-21")
    b = facts_of("Baidu fell 3.1% on Friday.", published="2025-11-21")
    move = _moves(build_graph([a, b]))[("hkex-9888", "2025-11-21")]
    assert move["conflict"] and sorted(r["change_pct"] for r in move["reports"]) == [-5.79, -3.1]


def test_session_node_links_everything_that_moved_that_day(sample_graph):
    session = "session-hk-2025-11-21"
    movers = {u for u, v, d in sample_graph.in_edges(session, data=True) if d["kind"] == "move"}
    assert {"idx-hsi", "hkex-9988", "hkex-0700", "hkex-1810-rmb"} <= movers


def test_cause_edges_run_from_driver_to_the_moved_entity(sample_graph):
    causes = {(u, v) for u, v, d in sample_graph.edges(data=True) if d["kind"] == "cause"}
    assert ("inv-jpmorgan", "hkex-9888") not in causes  # an upgrade is an action...
    assert ("drv-analyst-upgrade", "hkex-9888") in causes  # ...and the driver of Baidu's rise
    assert ("inv-jpmorgan", "hkex-9888") in {(u, v) for u, v, d in sample_graph.edges(data=True)
                                             if d["kind"] == "action"}


def test_graph_does_not_depend_on_article_order(sample_facts):
    G1, G2 = build_graph(sample_facts), build_graph(list(reversed(sample_facts)))
    assert list(G1.nodes(data=True)) == list(G2.nodes(data=True))
    assert list(G1.edges(keys=True, data=True)) == list(G2.edges(keys=True, data=True))


def test_a_graph_built_from_facts_read_twice_is_the_same_graph(sample_facts):
    """build_graph_from reads its facts anew for each pass, never holding them all."""
    ordered = sorted(sample_facts, key=lambda f: f.article.id)
    passes = []

    def source():
        passes.append(1)
        yield from ordered

    assert to_graph_json(build_graph_from(source)) == to_graph_json(build_graph(reversed(sample_facts)))
    assert len(passes) == 2
