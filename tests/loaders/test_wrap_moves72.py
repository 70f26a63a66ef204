"""Moves of Southeast Asian and Chinese wraps the 307th-310th sets showed, and review 62's too-narrow cases:
BusinessWorld's "the broader all-shares index" and "allshares index", a plural head shared inside a list ("Japan's
Nikkei 225 and TOPIX indices, Shanghai SE Composite Index, ... rose 1.34%, 1.06%, ... respectively"), "Back home,"
opening a sentence, VnExpress's "also rose, reaching 958.91 points for a 1.65 percent gain", a clause's own city
("while in Shenzhen the component index gained 0.81 percent"), "among the biggest drags on the Dow", a name's aside
("HSBC, leading the index, gained 2 percent"), and Antara's "BEI" for the Jakarta Composite.

Sentences were written for these tests in the styles of BusinessWorld, VnExpress, Antara, Reuters and Xinhua, not
copied."""
from __future__ import annotations

from tests.conftest import facts_of, moves_and_causes


def _moves(text: str, published: str = "2019-02-14"):
    return [(name, pct) for name, _, pct, _ in moves_and_causes(text, published=published)[0]]


def test_the_all_shares_index_in_its_plural_spellings():
    assert _moves("The PSEi slipped 0.8% to close at 6,842.17, while the wider all-shares index eased 0.6% to "
                  "3,702.55.") == [("PSEi", -0.8), ("PSE All Shares Index", -0.6)]
    assert _moves("The PSEi fell 1%. The broader allshares index likewise lost 0.7% to 4,454.71.") == [
        ("PSEi", -1.0), ("PSE All Shares Index", -0.7)]


def test_a_plural_head_inside_a_respective_list():
    assert _moves("Elsewhere in Asia, Japan's Nikkei 225 and TOPIX indices, Taiwan's TAIEX index and South "
                  "Korea's KOSPI index climbed 1.6%, 1.4%, 0.8% and 0.7%, respectively.") == [
        ("Nikkei 225", 1.6), ("TOPIX", 1.4), ("TAIEX", 0.8), ("KOSPI", 0.7)]


def test_back_home_is_no_name():
    moves = _moves("The PSEi fell 1%. Back home, sectoral indices finished in the red, with the mining sector "
                   "declining the most, dropping 1.9% or 183.42 points to 9,470.15.")
    assert not [name for name, _ in moves if name.lower() == "back"]


def test_a_level_then_a_noun_for_the_move():
    assert _moves("The VN30-Index also rose, reaching 958.91 points for a 1.6 percent gain.",
                  published="2018-09-12") == [("VN30-Index", 1.6)]


def test_a_clause_s_own_city_and_a_name_s_aside():
    assert _moves("The Shanghai Composite rose 1.1 percent while in Shenzhen the component index gained 0.8 percent.",
                  published="2020-02-24") == [("Shanghai Composite Index", 1.1), ("Shenzhen Component Index", 0.8)]
    assert _moves("HSBC, leading the index, gained 2.1 percent.") == [("HSBC Holdings", 2.1)]


def test_a_drag_is_a_ranking_of_fallers():
    assert _moves("Chevron Corp (CVX.N) was among the biggest drags on the Dow, down 1.5 percent.") == [
        ("Chevron Corporation", -1.5)]


def test_bei_names_the_jakarta_composite():
    facts = facts_of("Markets\n\nThe BEI index fell 2.4 percent to 4,568.85 points.", published="2013-08-16")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Jakarta Composite Index", -2.4)]
