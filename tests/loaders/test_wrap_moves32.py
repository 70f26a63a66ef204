"""Moves as China, Hong Kong and London wraps write them: Shenzhen named by its city is its own exchange's
index ("with Shanghai rising 0.6% and Shenzhen up 1.5%"), a comparative before the figure ("Hong Kong
rose by an even stronger 2.6%"), a company's shares in a city ("Shenzhen shares in Ping An Bank rose"),
and figure-less turns whose cause still counts ("had maintained gains by midday as ...", "swung from gains
to losses after ...") (sentences written for these tests in the styles of Caixin, Reuters, the SCMP and
Sharecast; not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _facts(text: str):
    return facts_of(text, published="2024-05-15")


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in _facts(text).moves]


def test_shenzhen_by_its_city_is_the_shenzhen_component():
    assert _moves("Stocks extended the rally on the mainland, with Shanghai rising 0.7% and Shenzhen up 1.4%.") == [
        ("Shanghai Composite Index", 0.7), ("Shenzhen Component Index", 1.4)]
    assert _moves("The Shenzhen market fell 1.2%.") == [("Shenzhen Component Index", -1.2)]


def test_shanghai_and_china_stay_the_benchmark():
    # (a guard: China's market by its name or Shanghai's is the Shanghai Composite, as before)
    assert _moves("China stocks fell 1.1%.") == [("Shanghai Composite Index", -1.1)]
    assert _moves("Shanghai stocks rose 0.8%.") == [("Shanghai Composite Index", 0.8)]


def test_a_comparative_before_the_figure():
    assert _moves("Tokyo gained 0.9% on Friday, while Hong Kong rose by an even stronger 2.2%.") == [
        ("Nikkei 225", 0.9), ("Hang Seng Index", 2.2)]
    assert _moves("The Topix fell a steeper 2.3 percent.") == [("TOPIX", -2.3)]


def test_a_comparative_level_is_no_move():
    # (a guard: a rate that fell to a figure states its level)
    assert _moves("Unemployment fell to a smaller 3.8%.") == []


def test_a_company_s_shares_in_a_city():
    assert _moves("Hong Kong shares in Tencent rose by 4.1% to HK$423.") == [("Tencent Holdings", 4.1)]
    assert _moves("Shenzhen shares in Ping An Bank Co Ltd rose by 5.2% to 13.5 yuan.") == [("Ping An Bank Co Ltd", 5.2)]


def test_a_market_in_a_city_stays_the_market():
    # (a guard: a place after a market is where it trades)
    assert _moves("The Nikkei index in Tokyo fell 1%.") == [("Nikkei 225", -1.0)]


def test_figure_less_turns_keep_their_causes():
    facts = _facts("London stocks had maintained gains by midday as investors weighed results from Nvidia.")
    assert [(c.effect.name, c.cause) for c in facts.causes] == [
        ("FTSE 100", "investors weighed results from Nvidia")]
    facts = _facts("Hong Kong developers swung from gains to losses after the policy address offered few details "
                   "on land supply.")
    assert [(c.effect.name, c.cue) for c in facts.causes] == [("Property", "after")]


def test_jiji_s_figure_less_buying_keeps_its_cause():
    facts = _facts("The Tokyo market attracted heavy buybacks from the start of trading, as investors welcomed a "
                   "record rally on Wall Street, brokers said.")
    assert [(c.effect.name, c.cue) for c in facts.causes] == [("Nikkei 225", "as")]


def test_attracted_popularity_of_no_stock_is_no_move():
    # (a guard: no market, no company)
    assert _facts("The museum attracted popularity as it reopened.").causes == ()
