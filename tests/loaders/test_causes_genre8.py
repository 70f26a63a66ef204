"""Causes as Reuters and AP write their index lists (sentences written for these tests in those
styles; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str]]:
    return [(c.effect.id, c.cause) for c in facts_of(text).causes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a list of clauses closed by 'and' shares the cue at its end, its first member too
    ("On Wall Street, the Dow industrials slipped 0.62%, the S&P 500 shed 0.71% and the Nasdaq "
     "Composite sank 1.08% as the 30-year Treasury yield hit 4.8%.",
     [("idx-djia", "the 30-year Treasury yield hit 4.8%"), ("idx-spx", "the 30-year Treasury yield hit 4.8%"),
      ("idx-ixic", "the 30-year Treasury yield hit 4.8%")]),
    # clauses joined by a comma alone: the cue is the last clause's own
    ("Tencent fell 2%, Alibaba rose 3% after its earnings beat forecasts.",
     [("hkex-9988", "its earnings beat forecasts")]),
])
def test_clause_lists(sentence, expected):
    assert _causes(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the day carries on a run: what set the run off explains the day too
    ("Japanese stocks tumbled the most since 2020, extending a selloff triggered by a soaring yen and worries about "
     "slowing Chinese demand.", [("idx-n225", "a soaring yen"), ("idx-n225", "worries about slowing Chinese demand")]),
    ("The Nikkei fell 2%, extending losses sparked by weak US jobs data.", [("idx-n225", "weak US jobs data")]),
    # what the day undid was set off by X: no cause of the day's move
    ("The Nikkei fell 2%, erasing the gains spurred by weak data.", []),
])
def test_carried_on_run(sentence, expected):
    assert _causes(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "on" a date written with a short month is when, not why
    ("South Korean shares closed lower on Oct. 11, amid rate fears.", [("idx-kospi", "rate fears")]),
    ("Shares in Singapore edged up on Sept 3 as banks gained.", [("idx-sti", "banks gained")]),
])
def test_short_month_dates(sentence, expected):
    assert _causes(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a cause that leads the move it is part of, with the market named or the paragraph's
    ("The FTSE 100 fell 1%. Miners lead fall on London's FTSE 100", [("idx-ftse100", "Miners")]),
    ("The Shanghai Composite rose 1.2%. Technology and medicine-related shares led the rally.",
     [("idx-ssec", "Technology and medicine-related shares")]),
    # one of the market's own indices, or first in a ranking: no cause
    ("The Dow fell 2%. The Nasdaq led the declines.", []),
    ("The Hang Seng fell 2%. Alibaba led the decline among the leaders.", []),
    # the cause first, the market after: a description of it, "the most", "a lift"
    ("The S&P/ASX 200 fell 1.5%. Banking falls drag local shares down", [("idx-asx200", "Banking falls")]),
    ("The SET index fell 1%. Weak tourism data is also pressuring the index, brokers said.",
     [("idx-set", "Weak tourism data")]),
    ("The DFM index rose 1.5%. Late buying in Emaar gives Dubai index a lift", [("idx-dfm", "Late buying in Emaar")]),
    ("The Ibovespa fell 2.6%. Lender Itau Unibanco contributed the most to the Ibovespa index's decline.",
     [("idx-ibov", "Lender Itau Unibanco")]),
    # a demand is no price move; "gave ... a reason" no lift
    ("Meta fell 8%. Advertisers are pressuring Meta to do a better job.", []),
    ("The DFM index rose 1.5%. The results gave Dubai investors a reason to cheer.", []),
    # followed a market or a price down
    ("The NZX 50 fell 1.2%. The local market followed Australia down.", [("idx-nzx50", "Australia")]),
    ("Vale lost 5.3% and Petrobras slid 3.6%. Oil producer Petrobras and miner Vale followed commodity prices lower.",
     [("tkr-petr4-sa", "commodity prices"), ("tkr-vale3-sa", "commodity prices")]),
    # breadth and a name's gloss are no causes
    ("The Ibovespa fell 2.6 percent as all but 10 of its 61 stocks declined.", []),
    ("Vale lost 5.3 percent and Petrobras, as the state-run Petroleo Brasileiro is known, slid 3.6 percent.", []),
    # a dateline's place in capitals is no company
    ("SINGAPORE - Shares on the Singapore bourse edged up on Oct 15, as the local banks gained.",
     [("idx-sti", "the local banks gained")]),
])
def test_cause_first_and_leading(sentence, expected):
    assert _causes(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a move noun with an adjective or the day's, pointing back; in a paragraph of its own, the story's move
    ("The KSE-100 Index fell 1.6%. The dramatic fall came after profit-taking erased early gains.",
     [("idx-kse100", "profit-taking erased early gains")]),
    ("The KSE-100 Index fell 1.6%.\n\nThe day's sharp drop was driven by strong selling late in the session.",
     [("idx-kse100", "strong selling late in the session")]),
])
def test_back_references(sentence, expected):
    assert _causes(sentence) == expected


def test_a_leader_is_no_cause_of_its_own_move():
    assert _causes("The PSEi fell 1.2%. Ayala Land led the losses.") == [("idx-psei", "Ayala Land")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "Britain's blue chip index" is the FTSE 100, not a chip index
    ("Britain's blue chip index slumps 2% as banks weigh", [("idx-ftse100", "banks weigh")]),
    # losses in two joined sectors are two causes
    ("The S&P/ASX 200 shed 1.4 per cent on Thursday, led by losses in materials and financial stocks.",
     [("idx-asx200", "materials"), ("idx-asx200", "financial stocks")]),
    # a figure-less course of the index, and both indices joined by "and the"
    ("Canada's main stock index continued its decline today as the price for oil fell below US$70 a barrel and "
     "continued to drag down the energy sector.",
     [("idx-tsx", "the price for oil fell below US$70 a barrel"), ("sector-energy", "the price for oil fell below US$70 a barrel")]),
    ("The Nasdaq 100 index and the Dow also eased on Monday after a sharp slide in crude prices pressured energy "
     "stocks.",
     [("idx-ndx", "a sharp slide in crude prices pressured energy stocks"),
      ("idx-djia", "a sharp slide in crude prices pressured energy stocks"),
      ("sector-energy", "a sharp slide in crude prices")]),
])
def test_more_effects(sentence, expected):
    assert _causes(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "pressure" after "downward", "keep": a noun, no cause verb
    ("The TAIEX fell 1%. The move appears to have dampened downward pressure on the market.", []),
    # the market's own extreme is no cause
    ("The BIST 100 fell 2.7%, as it hit a record high of 118,204.75 points on Feb. 14.", []),
    # an opening cause of a sentence with a subject of its own is not the moves' before: it is that subject's
    ("The BIST 100 fell 2.7%. Following the Central Bank's rate decision, the Turkish lira lost ground.",
     [("fx-try", "the Central Bank's rate decision")]),
    # "X was one of the session's bright lights, gaining 0.3%": X's move takes the opening cause
    ("The CAC 40 fell 1%. Buoyed by the AIG rescue, insurance giant Axa was one of the session's bright lights, "
     "gaining 0.30 per cent.", [("tkr-cs-pa", "the AIG rescue")]),
])
def test_not_causes_and_openings(sentence, expected):
    assert _causes(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a move noun pointing back through "in the trade", "comes as", "is attributed to"
    ("The Sensex fell 3%. The sharp decline in the trade was triggered by losses in banking shares.",
     [("idx-sensex", "losses in banking shares")]),
    ("The Dow fell 4%. The sharp fall comes as health officials warn of a wider outbreak.",
     [("idx-djia", "health officials warn of a wider outbreak")]),
    ("The Kospi fell 5%. The downturn is attributed to mounting worries about chip exports.",
     [("idx-kospi", "mounting worries about chip exports")]),
    # "dragged on the market": the same as "weighed on" for a cause
    ("The S&P/ASX 200 fell 1%. The heavyweight banking sector dragged on the market.",
     [("idx-asx200", "The heavyweight banking sector")]),
    # "ends the day lower, driven by X"
    ("Brazil's Ibovespa ends the day lower, driven by Vale", [("idx-ibov", "Vale")]),
])
def test_pointing_back_and_dragging_on(sentence, expected):
    assert _causes(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a list of movers after the cue is one cause
    ("The banks index sank 8.32% as Piraeus crashed 24.26%, Alpha dropped 7.17% and National lost 4.66%.",
     [("sector-banks", "Piraeus crashed 24.26%, Alpha dropped 7.17% and National lost 4.66%")]),
    # "continuing their downward trend" is the move's own course, read through to its cue
    ("Technology stocks declined on Tuesday, continuing their downward trend in 2022 as interest rates rise.",
     [("sector-technology", "interest rates rise")]),
])
def test_mover_lists_and_trends(sentence, expected):
    assert _causes(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "Stocks" opening a sentence, figure-less, is the story's market; "and new risks" is a second cause
    ("The Dow fell 1.5%. Stocks plunged Friday as infections began to slow the reopening and new risks "
     "materialized to the trade deal.",
     [("market-us", "infections began to slow the reopening"), ("market-us", "new risks materialized to the trade deal")]),
    # "the major averages" are the story's market too (not "moving averages")
    ("The Dow fell 1.5%. The major averages fell sharply Tuesday after Goldman Sachs reported weak earnings.",
     [("market-us", "Goldman Sachs reported weak earnings")]),
])
def test_the_storys_market_as_effect(sentence, expected):
    assert _causes(sentence) == expected
