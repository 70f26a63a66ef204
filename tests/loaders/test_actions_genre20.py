"""Investor actions of the 327th to 330th sets: a backtick typed for an apostrophe ("Moody`s") names the agency the
reference data know; "improved their target prices for the firm" is a target raised, its company the one a broker
of the same sentence rated before, and a time after the object ("late last week") ends it.

Sentences were written for these tests in the styles of the Dong-A Ilbo and the Evening Standard, not copied."""
from __future__ import annotations

from marketkg.loaders.text import working_text
from tests.conftest import facts_of


def _actions(text: str):
    return [(a.investor.name, a.action.value, a.target.name if a.target else None)
            for a in facts_of("Markets\n\n" + text, published="2008-09-16").investor_actions]


def test_a_backtick_for_an_apostrophe():
    assert _actions("Moody`s cut its rating on AIG.") == [("Moody's", "downgraded", "AIG")]
    assert working_text("Moody`s said `no`") == "Moody's said `no`"


def test_targets_improved_for_the_firm_rated_before():
    assert _actions("Rolls-Royce was among the top performers. Jefferies raised its target price for the stock "
                    "from 318p to 462p, after Berenberg and Barclays improved their target prices for the firm late "
                    "last week.") == [
        ("Jefferies", "other", "Rolls-Royce Holdings"), ("Berenberg", "other", "Rolls-Royce Holdings"),
        ("Barclays", "other", "Rolls-Royce Holdings")]
    # (sentiment that improved is no broker's target)
    assert _actions("Sentiment improved after the data.") == []


def test_a_participle_s_clause_ends_the_object():
    # (the New Indian Express' style, "FIIs continued to sell local equities and stock futures, sending key gauges like
    # Sensex and Nifty to close lower": the participle's clause is no part of what was sold)
    assert _actions("FIIs continued to sell local equities and stock futures, sending key gauges like Sensex and "
                    "Nifty to close lower.") == [("Foreign investors", "sold", "local equities and stock futures")]
    assert _actions("Investors sold Tencent, Alibaba and Meituan.") == [("Investors", "sold", "Tencent, Alibaba and Meituan")]
