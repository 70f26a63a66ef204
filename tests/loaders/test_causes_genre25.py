"""Causes as four new blind sets showed them: "the Nikkei's rise was driven by X" (a named owner of the move
noun, also inside a quoted analyst's clause), a company's results are no price ("revenue boosted UnitedHealth's
bottom line"), and a sector named with its country's possessive keeps the plain form as a surface too
("Japan's chip-related shares" is "chip-related shares") (sentences written for these tests in the styles of
Jiji, CNBC and Reuters; not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _facts(text: str):
    return facts_of(text, published="2024-05-15")


def _causes(text: str) -> set[tuple[str, str]]:
    return {(c.effect.name, c.cause) for c in _facts(text).causes}


def test_a_named_owner_of_the_move_noun():
    assert _causes("The Nikkei rose 1.2 percent. Hiroshi Sato, a strategist at a Tokyo brokerage, said the Nikkei's "
                   "rise was driven by short-covering by hedge funds.") == {
        ("Nikkei 225", "short-covering by hedge funds")}
    assert _causes("Toyota fell 3%. Toyota's sharp slide came after the carmaker cut its profit forecast.") == {
        ("Toyota Motor", "the carmaker cut its profit forecast")}


def test_a_named_owner_of_no_move_noun_is_no_cause():
    # (a guard: "Toyota's profit" is no move)
    assert _causes("Toyota fell 3%. Toyota's profit was driven by a weaker yen.") == set()


def test_a_companys_results_are_no_price():
    assert _causes("Higher drug prices boosted Pfizer's bottom line while cost cuts lifted Merck's results.") == set()
    # (a guard: its shares are its price)
    assert _causes("Strong earnings lifted Pfizer's shares.") == {("Pfizer", "Strong earnings")}


def test_a_sector_with_its_countrys_possessive_keeps_the_plain_surface():
    causes = _facts("Japan's chip-related shares closed higher, tracking gains in Nvidia.").causes
    assert [(c.effect.name, c.cause) for c in causes] == [("Semiconductors", "gains in Nvidia")]
    assert {"Japan's chip-related shares", "chip-related shares"} <= set(causes[0].effect.aliases)
