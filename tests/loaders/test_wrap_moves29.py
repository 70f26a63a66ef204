"""A points figure with no unit and no "or", a month's move beside the day's, a figure of a few minutes before
the close, and an index named by the count of its shares, as UPI, AP, Xinhua and Business Standard write them
(sentences written for these tests in their styles; not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str, published: str = "2010-05-28") -> list[tuple[str, float | None, str | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.date and str(m.date), m.close)
            for m in facts_of(text, published=published).moves]


def test_points_and_percent_with_no_or():
    # UPI: "added 11.99, 0.81 percent, to finish at ..."
    assert _moves("NEW YORK: The Nasdaq composite index added 21.5, 0.95 percent, to finish at 2,284.10.") == [
        ("Nasdaq Composite", 0.95, "2010-05-28", 2284.10)]


def test_a_month_s_move_is_not_the_day_s():
    # AP: the month's fall, then the day's
    moves = _moves("NEW YORK: May was rough as worries about Europe sent the Dow down 7.9 percent.\n\n"
                   "Today, the Dow fell 122.36, or 1.2 percent, to 10,136.63.")
    assert ("Dow Jones Industrial Average", -1.2, "2010-05-28", 10136.63) in moves
    assert ("Dow Jones Industrial Average", -7.9, "2010-05-28", None) not in moves


def test_a_few_minutes_figure_gives_way_to_the_close():
    # Xinhua: a plunge "in just 2 minutes", then the close
    moves = _moves("SHANGHAI: The Shanghai Composite Index dived a further 2 percent in just 2 minutes after trading "
                   "resumed.\n\nThe Shanghai Composite Index was down 7.3 percent to close at 3,115.89 points.",
                   published="2016-01-07")
    assert moves == [("Shanghai Composite Index", -7.3, "2016-01-07", 3115.89)]


def test_an_index_named_by_its_count_of_shares():
    # Business Standard: "The 50-share index" is the Nifty, whatever the benchmark
    moves = _moves("MUMBAI: Banking stocks pushed the Nifty to a record. The 50-share index closed at 9,359, up 0.5 "
                   "per cent. The Sensex gained 0.8 per cent to close at 30,126.", published="2017-05-04")
    assert sorted(moves) == [("BSE Sensex", 0.8, "2017-05-04", 30126.0), ("Nifty 50", 0.5, "2017-05-04", 9359.0)]


def test_a_broken_decimal_still_reads():
    # (a guard: so before) Xinhua's stray space inside a figure
    assert _moves("MUMBAI: The Sensex fell 448.35 points, or 3. 84 percent.")[0][:2] == ("BSE Sensex", -3.84)


def test_moves_glued_to_names_in_brackets():
    # Business Standard: no space before the bracket; "as top gainers" is a rank, no cause
    facts = facts_of("MUMBAI: Shares of IDFCBANK(up 3.6 per cent), Bandhan Bank(up 2.17 per cent) and Axis Bank(up 0.93 "
                     "per cent) finished the session as top gainers in the banking pack.", published="2019-03-05")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [
        ("IDFCBANK", 3.6), ("Bandhan Bank", 2.17), ("Axis Bank", 0.93)]
    assert not facts.causes


def test_bse_sectoral_indices_by_their_names():
    moves = _moves("MUMBAI: BSE bankex ended 511 points or 1.95% higher at 26,680. BSE metal index closed 3.70% or 292 "
                   "points higher at 8,205.", published="2019-03-05")
    assert [(name, pct) for name, pct, _, _ in moves] == [("BSE Bankex", 1.95), ("BSE Metal", 3.7)]


def test_a_tabloid_s_verbs_with_a_figure():
    # the Guardian and This is Money: "cheered 6%", "raced 2% higher"; with no figure, no move
    assert [(n, p) for n, p, _, _ in _moves("LONDON: Barclays rose 8% and Royal Bank of Scotland cheered 6%.")] == [
        ("Barclays", 8.0), ("Royal Bank of Scotland", 6.0)]
    assert [(n, p) for n, p, _, _ in _moves("TOKYO: Investors cheered the news and the Nikkei raced 2% higher.")] == [
        ("Nikkei 225", 2.0)]


def test_a_short_name_is_the_company_named_in_full_before():
    # Bloomberg: "Keisei Electric Railway Co. ... Keisei's stock closed up 14%"; "on both the Topix and Nikkei 225
    # gauges" is where it gained most, no cause
    facts = facts_of("TOKYO: Shares of Keisei Electric Railway Co. jumped on Monday. Keisei's stock closed up 14%. "
                     "Keisei was the biggest gainer on both the Topix and Nikkei 225 gauges on Monday.",
                     published="2024-11-25")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Keisei Electric Railway", 14.0)]
    assert not facts.causes
