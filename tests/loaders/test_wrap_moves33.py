"""Moves as Pakistani, Nigerian, Vietnamese, US and London wraps write them: a light verb with a plural move
noun ("making gains of 612.40, or 1.31 per cent", "recorded losses of 0.5 percent"), a naira amount before
the percent ("losing N21 or 10 percent"), a stock's code before its company ("VNM of Vinamilk"), any past
verb with "N% higher" after it ("stormed 6 percent higher"), a commodity word inside a company's older name
("Freeport-McMoRan Copper & Gold"), an opening "Indeed," and a broker's rating that is no company ("was
downgraded to Sell by Stifel. Shares slumped 3%") (sentences written for these tests in the styles of Dawn,
BusinessDay, VnExpress, Bloomberg, Fox Business and the Evening Standard; not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _facts(text: str):
    return facts_of(text, published="2024-05-15")


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in _facts(text).moves]


def test_a_light_verb_with_a_plural_move_noun():
    facts = _facts("The KSE-100 index traded in the green throughout the session, making gains of 612.40, or "
                   "1.31 per cent, to close at 47,120.55.")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [("KSE-100", 1.31, 47120.55)]
    assert _moves("The KSE-100 index fell on Monday, recording losses of 0.5 percent.") == [("KSE-100", -0.5)]


def test_results_and_spans_are_no_light_verb_move():
    # (guards: the noun's figure is a company's results, or a year's gain; from the review of the rule)
    assert _moves("The company recorded gains of 5 percent in revenue.") == []
    assert _moves("Tata Motors recorded gains of 5% in sales in April from a year earlier, the company said.") == []
    assert _moves("KARACHI: The KSE-100 index, which has made gains of 40 per cent this year, fell 0.4 per cent "
                  "on Friday to 62,100.") == [("KSE-100", -0.4)]


def test_a_span_that_ends_the_clause_is_no_cause():
    facts = _facts("The KSE-100 index rose 1.31 per cent to close at 47,120.55, a level last reached after five years.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("KSE-100", 1.31)]
    assert list(facts.causes) == []


def test_a_naira_amount_before_the_percent():
    assert _moves("Okomu Oil Palm Plc led the losers after its share price dropped from N210 to N189, "
                  "losing N21 or 10 percent.") == [("Okomu Oil Palm Plc", -10.0)]
    assert _moves("Zenith Bank Plc rose, adding N1.2 or 4.5 percent.") == [("Zenith Bank Plc", 4.5)]
    # (a guard: a model's code is no amount)
    assert _moves("Airbus lost A320 or 5 percent of its orders, but its shares rose 1% on Monday.") == [("Airbus", 1.0)]


def test_a_stock_s_code_before_its_company():
    assert _moves("VNM of Vinamilk and HPG of Hoa Phat Group added 1.4 percent and 2.1 percent respectively.") == [
        ("Vinamilk", 1.4), ("Hoa Phat Group", 2.1)]


def test_a_name_with_of_stays_whole():
    # (a guard: "of" inside a name with no code before it)
    assert _moves("Shares of Bank of America rose 2%.") == [("Bank of America", 2.0)]


def test_any_past_verb_with_a_percent_higher_or_lower():
    assert _moves("Alcoa stormed 6 percent higher on Tuesday.") == [("Alcoa", 6.0)]
    assert _moves("Carnival charged 4% lower.") == [("Carnival", -4.0)]


def test_a_percent_higher_that_is_no_day_s_move():
    # (guards: a comparison, a noun after "higher", a month's, volumes, an indication; from the review)
    assert _moves("The company charged 4 percent higher fees.") == []
    assert _moves("Tickets were priced 4 percent higher than last year.") == []
    assert _moves("Bitcoin charged 40% higher in March, its best month since 2021.") == []
    assert _moves("Apple shipped 10% lower in China in the first quarter, IDC data showed.") == []
    assert _moves("European shares were called 0.3% higher on Tuesday, according to IG.") == []


def test_a_commodity_inside_a_company_s_name():
    facts = _facts("Freeport-McMoRan Copper & Gold, the biggest listed copper company, charged 4% higher on the day.")
    assert [(m.entity.type.value, m.change_pct) for m in facts.moves] == [("company", 4.0)]
    assert _moves("Newmont Gold rose 2%.") == [("Newmont Gold", 2.0)]


def test_commodities_after_a_plain_word_stay_commodities():
    # (a guard: "of" before them is no name)
    assert [m.entity.type.value for m in _facts("Prices of Copper & Gold rose 1%.").moves] == ["commodity"] * 2


def test_an_opening_indeed_is_no_name():
    assert _moves("Indeed, Tesla rose 3%.") == [("Tesla Inc", 3.0)]


def test_a_rating_is_no_company():
    facts = _facts("Hammerson was downgraded to Sell by Stifel. Shares slumped 3% to 338p.")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [("Hammerson", -3.0, 338.0)]
    assert [(a.investor.name, a.action.value, a.target.name) for a in facts.investor_actions] == [
        ("Stifel", "downgraded", "Hammerson")]


def test_a_bank_named_without_banking_group():
    facts = _facts("A downgrade weighed on Lloyds. The lender slid 2.4 percent after Jefferies lowered its rating on "
                   "the shares.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Lloyds Banking Group", -2.4)]


def test_propped_up_by_is_a_cue():
    facts = _facts("European stocks rose on Monday, propped up by gains in the shares of major banks.")
    assert [(c.cause, c.cue) for c in facts.causes] == [("gains in the shares of major banks", "propped up by")]


def test_an_exchange_s_opening_is_no_cause():
    facts = _facts("The VN-Index surged 1.2 percent in the first hour after the exchange opened.")
    assert list(facts.causes) == []
    # (guards: what an exchange said, began or opened is news; the exchange rate is no exchange)
    for text in ("Shares of Lufthansa fell 2 percent after the exchange said it would review the listing.",
                 "Shares of Adani Ports fell 8% after the exchange began an investigation into trading in the stock.",
                 "The rupee fell 0.5% after the exchange rate began to weaken against the dollar.",
                 "Shares of HKEX rose 2% after the exchange opened a new trading link with Saudi Arabia."):
        assert [c.cue for c in _facts(text).causes] == ["after"], text


def test_a_sector_s_index_is_also_named_with_its_family():
    facts = _facts("The STOXX Europe 600 retail index fell 0.2%; the S&P/ASX 200 energy index rose 1.1%.")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Retail", -0.2), ("Energy", 1.1)]
    assert "STOXX Europe 600 retail index" in facts.moves[0].entity.aliases
    assert "S&P/ASX 200 energy index" in facts.moves[1].entity.aliases
    # (a guard: a sector's index with no family before it keeps its own words alone)
    assert _facts("The retail index fell 0.2%.").moves[0].entity.aliases == ("Retail", "retail index")


def test_a_percent_in_words_after_a_hedge():
    facts = _facts("Cisco and Intel were the Dow's biggest laggards, each slipping by less than a percent.")
    assert [(m.entity.name, m.change_pct, m.approx) for m in facts.moves] == [
        ("Cisco", -1.0, True), ("Intel Corporation", -1.0, True)]
    assert _moves("Boeing rose nearly a full percent.") == [("Boeing", 1.0)]
    # (a guard: a share of an index is no move, with no hedge before it)
    assert _moves("Cisco accounts for a percent of the index.") == []
    assert _moves("The Hang Seng and the Nikkei 225 plunged almost a per cent and a half each.") == [
        ("Hang Seng Index", -1.5), ("Nikkei 225", -1.5)]


def test_a_company_s_shares_before_which():
    assert _moves("The Dow climbed, led by Bank of America shares, which zoomed higher by close to 6%.")[-1] == (
        "Bank of America", 6.0)
    assert _moves("Bank of America shares, which rose 6%, led the Dow.") == [("Bank of America", 6.0)]


def test_higher_by_before_the_figure():
    assert _moves("Bank of America zoomed higher by 6%.") == [("Bank of America", 6.0)]
    assert _moves("BP edged lower by 0.5 percent.") == [("BP", -0.5)]


def test_nigeria_s_index_by_its_old_name():
    assert _moves("The NSE All-Share Index fell 0.94 percent on Wednesday.") == [("NGX All-Share Index", -0.94)]


def test_its_move_noun_points_back():
    facts = _facts("The Dow rose 1% on Wednesday. Its surge Wednesday was driven in part by a gain in Boeing.")
    assert [(c.effect.name, c.cause) for c in facts.causes] == [("Dow Jones Industrial Average", "a gain in Boeing")]
    facts = _facts("Tesco rose 2%. Its rise was largely driven by cost cuts.")
    assert [(c.effect.name, c.cause) for c in facts.causes] == [("Tesco", "cost cuts")]
    # (a guard: the move before went the other way, so "its surge" is not it)
    facts = _facts("Banks rose 1%. The Dow fell 0.2% on Tuesday. Its surge Wednesday was driven by a gain in Boeing.")
    assert list(facts.causes) == []
