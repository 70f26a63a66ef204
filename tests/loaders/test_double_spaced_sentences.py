"""Two spaces after a full stop still end a sentence (VOA's pages are typed that way), so each move
keeps its own sentence as evidence and a quarter's figure in the next sentence is not the day's."""
from __future__ import annotations

from tests.conftest import facts_of

# dev corpus, 12_voa-asian-markets-second-day-solid-gains-2021-02-09 (VOA, public domain)
_VOA = ("In commodities trading, gold is selling at $1,841.10 an ounce, up 0.3%.  U.S. crude oil is up 0.7%, "
        "selling at $58.38 per barrel.")


def test_two_spaces_after_a_full_stop_end_the_sentence():
    facts = facts_of(_VOA)
    evidence = {m.entity.id: m.evidence[0].sentence for m in facts.moves}
    assert evidence["cmd-gold"] == "In commodities trading, gold is selling at $1,841.10 an ounce, up 0.3%."
    assert evidence["cmd-wti"].startswith("U.S. crude oil is up 0.7%")


def test_an_abbreviation_before_two_spaces_does_not_end_the_sentence():
    facts = facts_of("Shares of Acme Corp.  rose 2% on Monday.")
    assert [m.evidence[0].sentence for m in facts.moves] == ["Shares of Acme Corp.  rose 2% on Monday."]


def test_a_figure_for_the_period_in_the_next_sentence_is_not_the_days_move():
    # written in VOA's style
    facts = facts_of("On Thursday the S&P 500 fell two percent.  The S&P lost over 15% for the period.",
                     published="2020-04-01")
    dated = [(m.entity.id, m.change_pct) for m in facts.moves if m.date is not None]
    assert dated == [("idx-spx", -2.0)]  # the 15% is an undated span
    assert not facts.warnings  # not a conflicting figure of the day
