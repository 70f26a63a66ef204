"""Indian closing reports of the 256th set (Zee Business): "India VIX" is NSE's volatility index, not Wall Street's
VIX, and an opening bracket glued to a name ("Nifty Bank(+ 0.70 per cent)") still opens its figure.

Sentences were written for these tests in Zee Business's style, not copied."""
from __future__ import annotations

from marketkg.loaders.pipeline import build_pipeline
from tests.conftest import moves_and_causes


def _moves(text: str):
    return moves_and_causes(text, published="2022-11-15")[0]


def test_india_vix_is_its_own_index():
    assert _moves("India VIX, a measure of volatility in Nifty, stood at 14.64, down 1.84 per cent.") == [
        ("India VIX", "down", -1.84, None)]


def test_the_vix_stays_wall_streets():
    # (a guard)
    assert _moves("The VIX rose 5%.") == [("Cboe Volatility Index", "up", 5.0, None)]


def test_a_glued_bracket_opens_the_figure():
    assert _moves("Nifty Oil & Gas (+ 0.73 per cent), Nifty Bank(+ 0.70 per cent) and Nifty Auto (+ 0.64 per cent) "
                  "led the gainers.") == [("Nifty Oil & Gas", "up", 0.73, None), ("Nifty Bank", "up", 0.7, None),
                                          ("Nifty Auto", "up", 0.64, None)]


def test_a_glued_bracket_before_a_code():
    tokens = [t.text for t in build_pipeline().tokenizer("Apple(AAPL) rose, and stock(s) fell")]
    assert tokens[:4] == ["Apple", "(", "AAPL", ")"]
    assert "stock(s" in tokens  # (a lower-case letter after the bracket: no code, no figure)
