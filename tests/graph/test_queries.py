"""Graph queries, asked of the sample graph and of small hand-built graphs."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from marketkg.graph.queries import (driver_moves, find_entity, history, investor_actions, moved_together, moves_on,
                                    neighbours, paths, top_movers, why)
from marketkg.ontology.errors import MarketKGError, UnknownEntityError


@pytest.fixture(scope="module")
def G(sample_graph) -> nx.MultiDiGraph:
    return sample_graph


@pytest.mark.parametrize("name, node", [
    ("Alibaba", "hkex-9988"), ("alibaba", "hkex-9988"), ("Alibaba-W", "hkex-9988"), ("Alibaba -W", "hkex-9988"),
    ("ALIBABA GROUP HOLDING", "hkex-9988"), ("9988.HK", "hkex-9988"), ("BABA", "hkex-9988"),
    ("hkex-9988", "hkex-9988"), ("700.HK", "hkex-0700"), ("0700.hk", "hkex-0700"), ("Tencent", "hkex-0700"),
    ("Baidu Group-SW", "hkex-9888"), ("Xiaomi", "hkex-1810"), ("Xiaomi Group -WR", "hkex-1810-rmb"),
    ("xiaomi-wr", "hkex-1810-rmb"), ("HSTECH", "idx-hstech"), ("Hang Seng", "idx-hsi"),
    ("Norway's central bank", "inv-norges-bank"), ("pony.ai", "hkex-2026")])
def test_find_entity_accepts_every_name(G, name, node):
    assert find_entity(G, name) == node


def test_names_added_after_a_question_are_found(sample_graph):
    """find_entity indexes a graph's names once; a node added later is still found."""
    H = sample_graph.copy()
    assert find_entity(H, "Tencent") == "hkex-0700"
    with pytest.raises(UnknownEntityError):
        find_entity(H, "Zhongke Quantum")
    H.add_node("co-zhongke-quantum", type="company", name="Zhongke Quantum", aliases=["ZKQ"], articles=[])
    assert find_entity(H, "zhongke quantum") == find_entity(H, "ZKQ") == "co-zhongke-quantum"


def test_unknown_name_suggests_the_closest(G):
    with pytest.raises(UnknownEntityError) as err:
        find_entity(G, "Alibabba")
    assert err.value.suggestions[0] == "Alibaba Group Holding (hkex-9988)"
    assert "closest: Alibaba Group Holding" in str(err.value)
    with pytest.raises(UnknownEntityError, match="Tencent Holdings"):
        find_entity(G, "Tencnt")


def test_ambiguous_name_lists_the_candidates(G):
    H = G.copy()  # (a phrase that joins two sectors is each sector's alias only where it is their one name)
    for node in ("sector-internet", "sector-optical"):
        H.nodes[node]["aliases"] = [*H.nodes[node].get("aliases", []), "some new-economy names"]
    with pytest.raises(UnknownEntityError) as err:
        find_entity(H, "some new-economy names")
    assert err.value.suggestions == ["Internet (sector-internet)", "Optical communications (sector-optical)"]


def test_moves_on_a_day_ranked_by_magnitude(G):
    moves = moves_on(G, "2025-11-21")
    alibaba = next(m for m in moves if m["entity"] == "hkex-9988")
    assert alibaba["change_pct"] == -4.65 and alibaba["close"] == 147.6 and alibaba["direction"] == "down"
    assert moves[0]["entity"] == "hkex-1772" and moves[0]["change_pct"] == -12.47
    figures = [abs(m["change_pct"]) for m in moves if m["change_pct"] is not None]
    assert figures == sorted(figures, reverse=True)
    assert moves[-1]["change_pct"] is None  # moves without a figure come last
    assert all(m["date"] == "2025-11-21" for m in moves)
    assert moves_on(G, "2025-11-21", market="us") == []
    assert {m["date"] for m in moves_on(G, "--11-24")} == {"--11-24"}
    json.dumps(moves)


def test_moves_on_rejects_a_bad_day(G):
    with pytest.raises(MarketKGError, match="YYYY-MM-DD"):
        moves_on(G, "21 Nov")


def test_history_is_dated_sourced_and_in_order(G):
    moves = history(G, "Alibaba")
    assert [(m["date"], m["change_pct"]) for m in moves] == [("2025-11-21", -4.65), ("--11-24", 4.67),
                                                             ("--11-25", None)]
    assert all(ev["source"].endswith(".txt") and ev["sentence"] for m in moves for ev in m["evidence"])
    assert any("4.65%" in ev["sentence"] for ev in moves[0]["evidence"])
    assert len(history(G, "Alibaba", include_undated=True)) == 5


def test_why_baidu_names_the_jpmorgan_upgrade(G):
    reasons = why(G, find_entity(G, "Baidu"), day="--11-24")
    upgrade = next(r for r in reasons if r["driver"] == "drv-analyst-upgrade")
    assert upgrade["category"] == "analyst_rating" and upgrade["cue"] == "after"
    assert upgrade["chain"] == ["drv-analyst-upgrade", "hkex-9888"]
    assert "JPMorgan upgraded" in upgrade["evidence"][0]["sentence"]
    assert upgrade["move"]["change_pct"] == 4.19
    assert {r["date"] for r in why(G, "Baidu")} == {"2025-11-21", "--11-24"}


def test_why_follows_a_driver_through_a_sector_to_an_index():
    G = nx.MultiDiGraph()
    for node, kind in (("drv-fed", "driver"), ("sector-gold", "sector"), ("idx-hsi", "index")):
        G.add_node(node, type=kind, name=node, aliases=[], articles=["a"])
    for node in ("sector-gold", "idx-hsi"):
        G.add_edge(node, "session-d", key=f"move:{node}:2025-11-25", kind="move", direction="up",
                   change_pct=None, date="2025-11-25", evidence=[])
    G.add_node("session-d", type="session", name="session", date="2025-11-25")
    G.add_edge("drv-fed", "sector-gold", key="c1", kind="cause", date="2025-11-25", cue="on", causes=["Fed bets"],
               move="move:sector-gold:2025-11-25", evidence=[], articles=["a"])
    G.add_edge("sector-gold", "idx-hsi", key="c2", kind="cause", date="2025-11-25", cue="led by",
               causes=["gold miners"], move="move:idx-hsi:2025-11-25", evidence=[], articles=["a"])
    chains = [r["chain"] for r in why(G, "idx-hsi")]
    assert chains == [["drv-fed", "sector-gold", "idx-hsi"], ["sector-gold", "idx-hsi"]]


def test_driver_moves_by_words_name_and_category(G):
    cut = driver_moves(G, "rate cut")
    assert {r["entity"] for r in cut} >= {"hkex-6693", "hkex-0815", "idx-hsi", "sector-metals_mining"}
    assert all(r["driver"] == "drv-fed-rate-cut" for r in cut)
    assert next(r for r in cut if r["entity"] == "hkex-6693")["change_pct"] == 4.86
    assert driver_moves(G, "monetary_policy") == cut
    assert [r["entity"] for r in driver_moves(G, "Analyst upgrade")] == ["hkex-9888"]
    with pytest.raises(UnknownEntityError):
        driver_moves(G, "volcano eruption")


def test_investor_actions(G):
    assert len(investor_actions(G)) == 6
    lei = investor_actions(G, investor="Lei Jun")
    assert [(r["target"], r["action"], r["price"], r["stake_pct"]) for r in lei] == [
        ("hkex-1810", "bought", 38.58, 23.26)]
    on_baidu = investor_actions(G, target="Baidu")
    assert [(r["investor"], r["rating_from"], r["rating_to"]) for r in on_baidu] == [
        ("inv-jpmorgan", "neutral", "overweight")]


def test_top_movers(G):
    top = top_movers(G, n=3)
    assert [r["change_pct"] for r in top] == [16.0, 15.0, 13.0]
    down = top_movers(G, direction="down", since="2025-11-21", until="2025-11-21", n=2)
    assert [(r["entity"], r["change_pct"]) for r in down] == [("hkex-1772", -12.47), ("hkex-0568", -6.88)]
    late = top_movers(G, since="--11-24", n=None)
    assert late and all(r["date"] in ("--11-24", "--11-25") for r in late)
    with pytest.raises(MarketKGError):
        top_movers(G, direction="sideways")


def test_moved_together(G):
    together = moved_together(G, "Hesai", day="--11-25")
    same = {r["entity"] for r in together if r["reason"] == "same_session"}
    assert "hkex-2026" in same and "hkex-0670" not in same  # China Eastern fell that day
    shared = [r for r in together if r["reason"] == "shared_driver"]
    assert ("drv-orders-contracts", "hkex-2026") in {(r["via"], r["entity"]) for r in shared}


def test_neighbours(G):
    near = neighbours(G, "Hesai", types=["sector", "driver"])
    assert {r["id"] for r in near} == {"drv-orders-contracts", "sector-smart_driving", "sector-technology"}
    two = neighbours(G, "Hesai", hops=2)
    assert {r["hops"] for r in two} == {1, 2} and "hkex-2525" not in {r["id"] for r in two}
    with pytest.raises(MarketKGError, match="unknown node type"):
        neighbours(G, "Hesai", types=["planet"])


def test_paths_prefer_meaningful_links_to_sessions(G):
    found = paths(G, "Hesai", "Xiaomi")
    assert found == [[
        {"from": "hkex-2525", "from_name": "Hesai Group", "kind": "member_of", "to": "sector-technology",
         "to_name": "Technology", "forward": True},
        {"from": "sector-technology", "from_name": "Technology", "kind": "member_of", "to": "hkex-1810",
         "to_name": "Xiaomi Corporation", "forward": False}]]
    assert ["cause", "cause"] in [[s["kind"] for s in p] for p in paths(G, "Hesai", "Pony AI")]
    assert paths(G, "Hesai", "Xiaomi", max_len=1) == []
