"""London reports of the 255th set: a figure over a longer span set off by commas is an aside ("The FTSE 100, up about
10 percent this year, fell 1%"), a knock-on verb may weaken several companies' shares ("weakened the shares of Marks &
Spencer and Taylor Wimpey by 3%", the Evening Standard) or name them before "shares" ("lifted Tesco shares 3%
higher"); a ranking word opening an inverted sentence is no company ("Worst was Royal Bank of Scotland, tumbling",
the Independent), nor is "Fellow", and "taxpayer-supported" is an adjective, no cause verb.

Sentences were written for these tests in the style of London's papers and wires, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str):
    return [(m.entity.name, m.change_pct, m.date) for m in facts_of("Markets\n\n" + text,
                                                                     published="2025-09-02").moves]


def _causes(text: str):
    return {(c.effect.name, c.cause) for c in facts_of("Markets\n\n" + text, published="2025-09-02").causes}


def test_a_years_figure_in_an_aside_leaves_the_days_move():
    got = _moves("The FTSE 100, up about 10 percent this year, fell 1% on Tuesday.")
    assert ("FTSE 100", -1.0, "2025-09-02") in got
    assert ("FTSE 100", 10.0, None) in got  # (the year's change, dated no day)


def test_a_hedged_years_figure_in_an_aside():
    assert ("FTSE 100", -1.0, "2025-09-02") in _moves(
        "The FTSE 100, up more than 10 percent this year, fell 1% on Tuesday.")


def test_the_days_figure_in_an_aside_stays_the_move():
    # (a guard: ", up 10 percent," with no span is the day's move of the name)
    assert _moves("The FTSE 100, up 1 percent, closed at 9,200.") == [("FTSE 100", 1.0, "2025-09-02")]


def test_weakened_the_shares_of_two_companies():
    got = _moves("A flight from UK assets weakened the shares of Marks & Spencer and Taylor Wimpey by 3%.")
    assert got == [("Marks & Spencer", -3.0, "2025-09-02"), ("Taylor Wimpey", -3.0, "2025-09-02")]
    assert ("Taylor Wimpey", "A flight from UK assets") in _causes(
        "A flight from UK assets weakened the shares of Marks & Spencer and Taylor Wimpey by 3%.")


def test_a_name_then_shares_after_a_knock_on_verb():
    assert _moves("Strong results lifted Tesco shares 3% higher.") == [("Tesco", 3.0, "2025-09-02")]


def test_the_yen_weakening_is_its_own_move():
    # (a guard: "weakened" with no object is the subject's own move)
    assert _moves("The yen weakened 1% against the dollar.") == [("Japanese yen", -1.0, "2025-09-02")]


def test_worst_opening_an_inverted_sentence_is_no_company():
    got = _moves("Banks fell. Worst was Royal Bank of Scotland, tumbling almost 10 per cent. It closed seven per "
                 "cent down at 35.93p.")
    assert ("Royal Bank of Scotland", -7.0, "2025-09-02") in got
    assert not any(name in ("Worst", "Fellow") for name, _, _ in got)


def test_fellow_and_a_hyphenated_participle():
    facts = facts_of("Markets\n\nFellow taxpayer-supported Lloyds Banking Group rose 2.74 per cent.",
                     published="2025-09-02")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Lloyds Banking Group", 2.74)]
    assert not facts.causes


def test_plural_move_nouns_for_named_companies():
    # the Evening Standard's "including 1% gains for BP and Shell"
    got = _moves("The support of commodity stocks, including 1% gains for BP and Shell, limited the decline.")
    assert got == [("BP", 1.0, "2025-09-02"), ("Shell plc", 1.0, "2025-09-02")]


def test_plural_move_nouns_in_a_forecast_or_a_span():
    # (guards)
    assert _moves("Analysts expect 10% gains for Tesco next year.") == []
    assert _moves("There were 8% gains for Tesco this year.") == []
    assert _moves("Tesco posted 5% gains in profit.") == []
