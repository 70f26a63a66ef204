"""Market-wide investor actions named by a noun and its doer, as Indian and Korean wraps write
them: "selling by investors", "outflows by foreign investors", "buying by domestic institutional
investors". Sentences written in the style of Livemint and Yonhap wraps."""
from __future__ import annotations

from tests.conftest import facts_of


def _actions(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts_of(text).investor_actions]


def test_a_noun_and_its_doer_are_an_action():
    text = ("The Sensex fell 1.4% due to across the board selling by investors, accelerating the pace of outflows "
            "by foreign investors, offsetting unabated buying by domestic institutional investors.")
    assert _actions(text) == [("Investors", "sold", None), ("Foreign investors", "net_outflow", None),
                              ("Domestic investors", "bought", None)]


def test_net_selling_is_a_flow_even_opening_a_sentence():
    # an investor group's net trade is a fund flow (the README's "Investor actions"), named by a noun too
    assert _actions("Net selling by foreign funds weighed on the Kospi, which fell 1%.") == [
        ("Foreign investors", "net_outflow", None)]


def test_the_same_investor_is_not_read_twice():
    text = "Foreign investors were net sellers, with selling by foreign investors topping $1 billion."
    assert _actions(text) == [("Foreign investors", "net_outflow", None)]


def test_a_doer_that_is_no_investor_gives_no_action():
    assert _actions("The Nikkei fell 1% on selling by exporters.") == []
