"""Moves and causes the 287th-290th sets showed: a close "on 3,450.00 points" (AFP's Gulf wraps; no cause), a news
agency quoted as the source is never the company an "it" or "its stock" stands for ("Analysts polled by Reuters"),
"..., and shares declined 9.5%" and "as shares tumbled 19%" (the company named before), "saw Rio Tinto shares lose
4.2%" ("lose" a move verb), "pushing up the property subsector by 3.36 percent" (the Inquirer's subsector, a verb's
particle before its object), "followed by property at 1.13 percent and technology at 0.81 percent" (the Jakarta
Post), and a week's gain after "with" ("as it capped its best week with a 3.9 percent gain") no day's move.

Sentences were written for these tests in the styles of AFP, Reuters, Investopedia, ShareCafe, the Philippine Daily
Inquirer and the Jakarta Post, not copied."""
from __future__ import annotations

from tests.conftest import facts_of, moves_and_causes


def _read(text: str, published: str = "2024-10-08"):
    return moves_and_causes(text, published=published)


def _moves(text: str, published: str = "2024-10-08"):
    return _read(text, published)[0]


def _dated(text: str, published: str = "2024-10-08"):
    """(name, direction, change, date) of each move."""
    facts = facts_of("Markets\n\n" + text, published=published)
    return [(m.entity.name, m.direction.value, m.change_pct, m.date) for m in facts.moves]


def test_a_close_on_a_level_of_points_is_no_cause():
    moves, causes = _read("The Dubai index dived 5.1 percent at the open before closing the day 3.4 percent lower on "
                          "3,410.00 points.")
    assert moves == [("DFM General Index", "down", -3.4, 3410.0)]
    assert causes == set()
    assert _moves("The Sensex rose 0.6 percent to settle on 77,570.40 points.") == [
        ("BSE Sensex", "up", 0.6, 77570.4)]
    assert _read("The rupee settled 0.2 percent higher on 84.31 against the U.S. dollar.")[1] == set()
    # (a guard: a cause after "on" that opens with a figure but is no level)
    assert _read("Shares of Nokia rose 3 percent on 5G optimism.")[1] == {("Nokia", "5G optimism")}


def test_a_news_agency_is_no_antecedent():
    moves = _moves("Target fell 2 percent. Analysts polled by Reuters had expected higher sales. It was down 3 "
                   "percent on the week.")
    assert {name for name, *_ in moves} == {"Target"}
    # (a guard: a company named before an "it" still stands for it)
    assert [name for name, *_ in _moves("Target fell 2 percent on Tuesday. It lost 3 percent more on Wednesday.")] \
        == ["Target", "Target"]


def test_bare_shares_after_and_or_as_are_the_company_s():
    assert _moves("Sealed Air also reported weaker demand for its packaging, and shares declined 8.5%.") == [
        ("Sealed Air", "down", -8.5, None)]
    assert _moves("Expeditors was the worst performer in the index as shares tumbled 12% after a profit warning.") \
        == [("Expeditors", "down", -12.0, None)]
    # (guards: no company before them, shares are no one's; a broker or the market's place before or after them
    # leaves them the market's, as review 58 found)
    assert _moves("Tokyo stocks fell as shares slid 2%.") == [("Nikkei 225", "down", None, None)]
    assert _moves("JPMorgan strategists warned of a correction, and shares fell 0.7% on Wall Street.") == [
        ("Wall Street", "down", -0.7, None)]
    assert _moves("Goldman Sachs raised its year-end target for the S&P 500 as shares rose 0.4% in Asia.") == [
        ("Asian markets", "up", 0.4, None)]


def test_saw_a_company_lose():
    assert _moves("The slide in the iron ore price saw Rio Tinto shares lose 3.8% to close at $98.10.") == [
        ("Rio Tinto", "down", -3.8, 98.1)]
    assert _moves("Qantas loses 2% as fuel costs bite.") == [("Qantas", "down", -2.0, None)]
    # (guards: a loss that may come is no move, nor is a share of the market lost)
    assert _moves("Investors could lose 10% if rates rise.") == []
    assert _moves("Maruti lost 4% market share to rivals in October.") == []


def test_a_verb_s_particle_before_the_sector_it_moved():
    moves, causes = _read("Ayala Land and SM Prime rallied, pushing up the property subsector by 2.9 percent.")
    assert ("Property", "up", 2.9, None) in moves
    assert ("Property", "Ayala Land and SM Prime rallied") in causes
    assert ("Hang Seng Index", "down", -1.2, None) in _moves(
        "Losses in banks dragged down the Hang Seng Index by 1.2 percent.")


def test_followed_by_sectors_at_their_figures():
    moves = _moves("Financials rose 1.2 percent, followed by property at 1.05 percent and technology at 0.7 percent.")
    assert [(name, pct) for name, _, pct, _ in moves] == [
        ("Financials", 1.2), ("Property", 1.05), ("Technology", 0.7)]


def test_a_week_s_gain_after_with_is_no_day_s_move():
    assert _dated("Brazil's benchmark Bovespa index rose 1.8 percent as it capped its best week since August with a "
                  "4.1 percent gain.", published="2012-11-23") == [
        ("Bovespa", "up", 4.1, None), ("Bovespa", "up", 1.8, "2012-11-23")]
    assert [(name, pct, day) for name, _, pct, day in _dated("The Nikkei rose to its highest in two years with a 2 "
                                                             "percent gain.")] == [("Nikkei 225", 2.0, "2024-10-08")]
    # (a guard: a day's gain after "with" in a clause that names no span)
    assert _moves("Bank of Ireland performed strongly with a 3.65pc rise.") == [
        ("Bank of Ireland Group", "up", 3.65, None)]


def test_places_after_a_generic_market_take_its_side_and_cause():
    moves, causes = _read("Stock markets tumbled in the United States, Asia and Europe on a grim economic outlook.")
    assert moves == []  # (an aggregate's move without a figure is not told; its causes are)
    assert causes == {("Wall Street", "a grim economic outlook"), ("Asian markets", "a grim economic outlook"),
                      ("European markets", "a grim economic outlook")}
    assert _moves("Stocks fell 2 percent in the Philippines.") == [("PSEi", "down", -2.0, None)]
    # (a guard: one figure for several places is none of theirs)
    assert _moves("Stock indexes fell 1.5 percent in London and Paris.") == []
