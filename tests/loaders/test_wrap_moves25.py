"""Wire datelines and tags, page date lines, continental figures and clauses of their own, as Yonhap, Xinhua,
Reuters, the Times of Malta, CNBC and the ABC write them (sentences written for these tests in their styles;
not copied)."""
from __future__ import annotations

import pytest

from marketkg.loaders.quantities import parse_number
from marketkg.loaders.text import working_text
from tests.conftest import facts_of


def _moves(text: str, published: str | None = "2025-03-05") -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of(text, published=published).moves]


def _causes(text: str, published: str | None = "2025-03-05") -> list[tuple[str, str]]:
    return [(c.effect.name, c.cause) for c in facts_of(text, published=published).causes]


def test_a_wire_tag_and_editor_note_are_blanked_one_character_for_one():
    text = "(LEAD) Seoul stocks end higher\n\n(ATTN: ADDS won at bottom)\n\nSEOUL, March 5 (Yonhap) -- Shares rose."
    out = working_text(text)
    assert len(out) == len(text)
    assert "LEAD" not in out and "ATTN" not in out and "Yonhap" not in out
    assert "SEOUL, March 5" in out and "Seoul stocks end higher" in out


def test_an_agency_in_brackets_elsewhere_is_kept():
    # only a dateline's credit, right before its dash, is the wire's: a name in brackets stays (a guard: so before)
    for text in ("A report by the news agency (Reuters) said shares fell 2%.", "Shares of Reuters (TRI) fell 2%."):
        assert working_text(text) == text


@pytest.mark.parametrize("opening", [
    "SEOUL, March 5 (Yonhap) -- ",
    "SEOUL, March 5 -- ",
    "(LEAD) Seoul stocks end flat on tariff worries\n\nSEOUL, March 5 (Yonhap) -- ",
])
def test_a_figureless_close_after_a_dated_dateline_keeps_its_cause(opening):
    # the market named after a dateline with a month and a day is the clause's subject
    causes = _causes(opening + "South Korean shares ended nearly flat on Wednesday, as investors weighed fresh "
                     "U.S. tariff threats.")
    assert ("KOSPI", "investors weighed fresh U.S. tariff threats") in causes


def test_a_wire_tag_before_a_headline_leaves_its_cause():
    causes = _causes("(LEAD) Seoul stocks end flat on tariff worries\n\nThe KOSPI rose 0.1 percent on Wednesday.")
    assert ("KOSPI", "tariff worries") in causes


def test_a_reuters_dateline_with_its_credit():
    # (a guard: read so before, when the credit in brackets was read past; now it is blanked)
    assert _moves("BUENOS AIRES, March 5 (Reuters) - Argentine stocks rose 1.2 percent on Wednesday, led by "
                  "banks.") == [("Merval", 1.2)]


def test_a_page_date_line_is_no_session():
    # Xinhua's page prints the day it was posted; the story is Monday's session
    facts = facts_of("DAX slumps in Frankfurt\n\nXinhua, March 4, 2025\n\nThe benchmark DAX index on Monday "
                     "slumped by nearly 400 points.\n\nIt lost 2.1 percent and closed at 22,345.60 points.",
                     published="2025-03-04")
    assert [(m.entity.name, m.change_pct, m.date) for m in facts.moves] == [("DAX", -2.1, "2025-03-03")]


def test_a_statement_day_in_key_points_is_no_session():
    # CNBC's key points open with what someone said on Friday; the wrap is Monday's
    facts = facts_of("European stocks close higher; Stoxx 600 up 0.9%\n\nKey Points\n\n  - The regulator said Friday "
                     "that it had approved the merger.\n\nEuropean markets finished higher Monday. The regional "
                     "Stoxx 600 closed 0.9% higher.", published="2025-03-03")
    assert {(m.entity.name, m.date) for m in facts.moves} == {("STOXX Europe 600", "2025-03-03")}


@pytest.mark.parametrize(("text", "value"), [  # (the last three are guards: read so before)
    ("15.089,74", 15089.74), ("1.234.567,8", 1234567.8), ("25,222.02", 25222.02), ("3.5", 3.5), ("12,500", 12500.0),
])
def test_continental_figures(text, value):
    assert parse_number(text) == value


def test_a_continental_level_is_the_close():
    facts = facts_of("Milan's FTSE MIB rose 1.22 per cent to 34.089,74 points.")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [("FTSE MIB", 1.22, 34089.74)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the clause after "while" has a subject of its own before "and" and its verb
    ("BHP retreated 1.1 per cent, while Fortescue bucked the trend and rose 3.9 per cent.",
     [("BHP Group", -1.1), ("Fortescue", 3.9)]),
    # (a guard: the clause after the comma goes on with the move before, not with the name after "while")
    ("Rio Tinto lost 1.2 percent while BHP weakened, and later recovered to close 0.4 percent lower.",
     [("Rio Tinto", -0.4)]),
    # "its trading day", "the trading session" between the settle verb and the figure
    ("Japan's Nikkei index ended its trading day 0.7% higher.", [("Nikkei 225", 0.7)]),
    ("The Kospi ended the trading session 0.3% lower.", [("KOSPI", -0.3)]),
])
def test_clause_subjects_and_session_words(sentence, expected):
    assert _moves("Markets\n\n" + sentence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the all-share index of a market whose benchmark is another: the reference's
    ("The FTSE 100 lost 0.9%, and the all-share index fell 0.8%.", [("FTSE 100", -0.9), ("FTSE All-Share", -0.8)]),
    # (a guard, read so before: the FTSE All-Share named in full)
    ("The FTSE 100 lost 0.9%, and the FTSE All-Share index fell 0.8%.", [("FTSE 100", -0.9), ("FTSE All-Share", -0.8)]),
    # the participle after "led the losses by/among ...": the leader's figure
    ("ANZ led the losses by the big four banks, falling 1.4 per cent.", [("ANZ Group", -1.4)]),
    ("Tencent led gains among tech stocks, rising 3.1%.", [("Tencent Holdings", 3.1)]),  # (a guard: read so before)
    # Reuters' "an unofficial" figure before the close is settled
    ("The pan-European STOXX 600 ended down an unofficial 0.3%.", [("STOXX Europe 600", -0.3)]),
    # a close verb after a comma goes on with the figure-less move before it (Gulf News)
    ("The Kuwait index closed 0.1 per cent higher at 8,100.50, but the Bahrain All Share Index headed lower, closed "
     "0.2 per cent down at 1,950.10.", [("Boursa Kuwait Premier Market Index", 0.1), ("Bahrain All Share Index", -0.2)]),
    # the close, then ", or X% higher"
    ("MSCI's all country world index, which tracks shares in 47 countries, closed at 810.40, or 0.3% higher.",
     [("MSCI All Country World Index", 0.3)]),
])
def test_sub_indices_leaders_and_closes(text, expected):
    assert _moves("Markets\n\n" + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Reuters' Tokyo sub-indices: trading houses and oil explorers are sectors
    ("Trading houses .IWHOL.T rose 2.1% after two of them raised their forecasts.", [("Trading houses", 2.1)]),
    ("Oil explorers .IMING.T fell 1.4%.", [("Energy", -1.4)]),
    # Reuters' Gulf wraps: ", however," between the index's code and its verb
    ("Dubai's index (.DFMGI), however, eased 0.3%.", [("DFM General Index", -0.3)]),
    # IANS' movers in brackets with their price, a comma before the first
    ("Top gainers were Wipro (up 3.1 percent at Rs.410.20) and Cipla (up 2.2 percent to close at Rs.1,120.50).",
     [("Wipro", 3.1), ("Cipla", 2.2)]),
    ("Among losers were HDFC, (down 1.75 percent to close at Rs.1,610.05) and ICICI Bank (down 1.12 percent).",
     [("HDFC", -1.75), ("ICICI Bank", -1.12)]),
])
def test_sectors_asides_and_bracketed_movers(text, expected):
    assert _moves("Markets\n\n" + text) == expected


def test_a_bracketed_mover_keeps_its_price_as_the_close():
    facts = facts_of("Markets\n\nTop gainers were Wipro (up 3.1 percent at Rs.410.20).")
    assert [(m.entity.name, m.close) for m in facts.moves] == [("Wipro", 410.2)]


def test_an_index_named_by_its_place_and_a_description_has_the_place_among_its_aliases():
    # the genre's annotators name "Egypt's blue-chip index" by its place; "Japan's Nikkei" has a name of its own
    facts = facts_of("Markets\n\nEgypt's blue-chip index (.EGX30) closed 0.8% higher. Qatar's index rose 0.2%. Japan's "
                     "Nikkei rose 1%.")
    aliases = {m.entity.name: m.entity.aliases for m in facts.moves}
    assert "Egypt" in aliases["EGX 30"] and "Qatar" in aliases["QE Index"]
    assert "Japan" not in aliases["Nikkei 225"]


@pytest.mark.parametrize(("text", "expected"), [
    # TheStreet's quote widget inside the code's bracket
    ("Deutsche Bank (DB - Get Report) and Credit Suisse (CS - Get Report) dropped 3.6% and 5.2% respectively.",
     [("Deutsche Bank", -3.6), ("Credit Suisse", -5.2)]),
    # RTTNews' "settled with a strong gain of"
    ("Switzerland's benchmark SMI settled with a strong gain of 72.40 points or 0.58% at 12,318.90.",
     [("Swiss Market Index", 0.58)]),
    # a possessive written with the apostrophe alone
    ("Barclays' share price also fell 0.75 per cent to 210.7p per share.", [("Barclays", -0.75)]),
    # "shut" as the close's verb (City A.M.; IANS' "shut shop at")
    ("The UK's top blue-chip index shut 0.54 per cent down at 6,174 points.", [("FTSE 100", -0.54)]),
    ("At the National Stock Exchange, the S&P CNX Nifty shut shop at 6,084.20 points, down 1.12 percent.",
     [("Nifty 50", -1.12)]),
])
def test_widgets_noun_closes_possessives_and_shut(text, expected):
    assert _moves("Markets\n\n" + text) == expected


@pytest.mark.parametrize("text", [
    # (guards: "shut" with no figure of a move, a quote in quotation marks)
    "Trading was shut down for an hour after the glitch.",
    "Markets in Hong Kong were shut for a holiday.",
    "The 'Magnificent Seven' fell 2%.",
])
def test_no_move_from_shut_or_quotes(text):
    assert _moves("Markets\n\n" + text) == []


@pytest.mark.parametrize(("text", "joined"), [
    # a hard-wrapped line that goes on with a figure after a word in lower case is one line (Reuters' wire copy)
    ("ended at a fresh\n28-month high", True),
    ("the index rose\n1.2 percent", True),
    # (guards: a table's name and a list's numbers stay on lines of their own)
    ("Hang Seng Index\n25,000.12", False),
    ("Top gainers:\n1. Tencent", False),
    ("Nikkei\n1.2%", False),
])
def test_a_wrapped_line_going_on_with_a_figure(text, joined):
    out = working_text(text)
    assert len(out) == len(text) and ("\n" not in out) == joined


def test_a_wrapped_lead_keeps_its_cause():
    causes = _causes("China's blue chips end at 28-month high\n\nSHANGHAI, Nov 21 (Reuters) - China's blue-chip index "
                     "ended at a fresh\n28-month high on Tuesday, bolstered by robust gains in brokerage firms.")
    assert ("CSI 300 Index", "robust gains in brokerage firms") in causes


@pytest.mark.parametrize(("text", "expected"), [
    # "Its Canadian-listed stock": where the stock trades is no name; the company named before
    ("Thomson Reuters beat forecasts.\n\nIts Canadian-listed stock rose 1.4% to C$81.76.", [("Thomson Reuters", 1.4)]),
    # a price with its currency's letter is no name
    ("Thomson Reuters beat forecasts.\n\nThe stock earlier hit a high of $C84.45. The shares rose 1.4%.",
     [("Thomson Reuters", 1.4)]),
    # a headline's title case: the company, then its shares
    ("Godrej Industries Shares Tumble Over 5% After Profit Halves", [("Godrej Industries", -5.0)]),
    # (a guard: a name with a hyphen inside stays whole)
    ("Shares of Toronto-Dominion Bank fell 2%.", [("Toronto-Dominion Bank", -2.0)]),
])
def test_single_stock_names(text, expected):
    assert _moves(text) == expected
