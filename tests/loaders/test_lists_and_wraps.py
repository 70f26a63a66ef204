"""A list of sectoral indices after "followed by" named by capitalised sector words (PTI's "followed by
Healthcare 2.47 per cent, ... and Tech 0.31 per cent"); a company's name cut by a hard-wrapped line
that is itself a continuation line; business words joined by "and" before a corporate tail.

Sentences written for these tests in the styles of PTI, Reuters' wire copy and the Inquirer (not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of(text).moves]


def test_capitalised_sector_words_in_a_followed_by_list():
    got = _moves("Stocks close\n\nAll sectoral indices ended lower with Realty sliding 3.9 per cent, followed by "
                 "Healthcare 2.4 per cent, PSU Bank 2.1 per cent, Energy 1.5 per cent and Tech 0.3 per cent.\n")
    assert got == [("Realty", -3.9), ("Healthcare and biotech", -2.4), ("PSU Bank", -2.1), ("Energy", -1.5),
                   ("Technology", -0.3)]


def test_a_lower_case_word_ends_the_list():
    # (a guard: "followed by losses" names no sector index)
    assert _moves("Stocks close\n\nThe Nifty fell 1.2 per cent, followed by losses of 0.8 per cent in Asia.\n") == [
        ("Nifty 50", -1.2)]


def test_a_name_cut_by_a_ragged_wrap():
    text = ("Hong Kong shares rise\n\n"
            "HONG KONG, Feb 14 Hong Kong shares rose on Tuesday, lifted by\n"
            "short-covering after mainland data beat forecasts and traders\n"
            "bet that the central bank is easing policy to cushion a slowdown in\n"
            "the Chinese economy. Industrial and Commercial\n"
            "Bank of China Ltd jumped 1.8 percent, while China\n"
            "Shenhua Energy Co Ltd rose 3.3 percent.\n")
    assert ("Industrial and Commercial Bank of China", 1.8) in _moves(text)
    assert ("Bank of China", 1.8) not in _moves(text)


def test_business_words_joined_by_and_before_the_tail_are_one_name():
    assert _moves("Stocks close\n\nSan Miguel Food and Beverage Inc. fell 7.2 percent to P71.30.\n") == [
        ("San Miguel Food and Beverage Inc.", -7.2)]


def test_cnx_midcap_is_the_nse_midcap_index():
    assert _moves("Stocks close\n\nThe CNX Midcap slumped 2.1 per cent.\n") == [("Nifty Midcap 100", -2.1)]


def test_a_gapped_list_member_after_the():
    # Business Day's JSE wrap: the verb said once, "the gold index" among the members
    got = _moves("Stocks close\n\nGeneral retailers rose 1.9%, the gold index 1.4% and industrials 0.7%.\n")
    assert got == [("Retail", 1.9), ("Metals and mining", 1.4), ("Industrials", 0.7)]
