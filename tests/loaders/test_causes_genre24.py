"""A market that "finished Thursday's session in the black" moved up, so the reasons given for it are its
causes, as CNBC writes its European close (sentences written for these tests in that style; not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str) -> set[tuple[str, str]]:
    return {(c.effect.name, c.cause) for c in facts_of(text, published="2018-03-15").causes}


def test_in_the_black_after_the_days_session():
    text = ("European equities finished Thursday's session in the black as investors weighed fresh earnings, boosted "
            "by gains on Wall Street.")
    assert _causes(text) == {("European markets", "investors weighed fresh earnings"),
                             ("European markets", "gains on Wall Street")}


def test_in_the_black_of_accounts_is_no_move():
    # (a guard: a company's accounts in the black tell no share move, and no cause)
    assert _causes("LONDON - The carmaker's accounts were in the black for the first time as sales recovered.") == set()


def test_a_leads_wire_credit_glued_to_its_first_word():
    # a web copy of Reuters that lost its dateline: "(Reuters) -Canada's main stock index ended higher ..."
    text = "(Reuters) -Canada's main stock index ended higher on Wednesday helped by a rally in gold miners."
    assert _causes(text) == {("S&P/TSX Composite", "a rally in gold miners")}
    assert [m.entity.name for m in facts_of(text, published="2018-03-15").moves] == ["S&P/TSX Composite"]


def test_a_datelines_place_and_date_before_the_wire_credit():
    # web copies of AP and IANS: "Tokyo, Sep 15 (AP) Asian shares were mostly higher Monday, after ..."
    text = "Tokyo, Sep 15 (AP) Asian shares were mostly higher Monday, after Wall Street rallied to records."
    assert {(e, c) for e, c in {(c.effect.name, c.cause) for c in facts_of(text, published="2025-09-15").causes}} == {
        ("Asian markets", "Wall Street rallied to records")}
    # ("Oct 15" is a date, no company named "Oct")
    facts = facts_of("Hong Kong stocks rose 1% on Oct 15 as Tencent gained.", published="2025-10-15")
    assert all(m.entity.name != "Oct" for m in facts.moves)
