"""Review 65's mends: "declined to comment" is a refusal, no move (wire copy puts it after the appositive that the
round's rule now reads: "A spokesman for Link REIT, Hong Kong's largest landlord, declined to comment"; review 66:
"declined to seven-month lows" still moves), "with shares up 2.4%" keeps the clause's subject (review 66 undid a
guard for a preposition's object that lost "Nvidia reported record revenue on Tuesday, with shares up 4.2%"),
TheStreet's widget with the company's name inside it ("(DIS) - Get Walt Disney Company Report"); and one of its
too-narrow cases: a company's tail whose full stop the tokenizer splits off ends a sentence before an opener
("Standard Chartered Plc. Shares closed 3.5% lower").

Sentences were written for these tests in the styles of Reuters, Bloomberg and TheStreet, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _moves(text: str):
    return moves_and_causes(text, published="2024-07-16")[0]


def test_declined_to_comment_is_no_move():
    assert _moves("A spokesman for Link REIT, Hong Kong's largest landlord, declined to comment.") == []
    assert _moves("Sony declined to comment on the report, and its shares fell 3.1%.") == [
        ("Sony Group", "down", -3.1, None)]
    # a move's "declined to" still states it
    assert _moves("Sony declined to close 2.2% lower.") == [("Sony Group", "down", -2.2, None)]
    assert [m[:2] for m in _moves("The Nikkei declined to its lowest close since May.")] == [("Nikkei 225", "down")]
    assert [m[:2] for m in _moves("Brent also declined to below $49 a barrel.")] == [("Brent crude", "down")]
    assert [m[:2] for m in _moves("Brent declined to seven-month lows.")] == [("Brent crude", "down")]  # (review 66)


def test_with_shares_up_after_a_clause_ending_in_a_preposition_s_object():
    # (review 66: a guard that gave the figure to no one when the clause ended in "on Tuesday" or "in the quarter" lost
    # the company's move, so the clause's subject keeps it)
    assert _moves("Nvidia reported record quarterly revenue on Tuesday, with shares up 4.1%.") == [
        ("Nvidia Corporation", "up", 4.1, None)]
    assert _moves("UnitedHealth (NYSE:UNH) kept climbing, with shares up 2.2%.") == [
        ("UnitedHealth Group", "up", 2.2, None)]


def test_thestreet_s_widget_with_the_company_s_name():
    assert _moves("Disney (DIS) - Get Walt Disney Company Report rose 2.1%.") == [
        ("The Walt Disney Company", "up", 2.1, None)]


def test_a_tail_with_its_full_stop_split_off_ends_a_sentence_before_an_opener():
    from marketkg.loaders.pipeline import shared_pipeline
    sents = [s.text for s in shared_pipeline()("Standard Chartered Plc. Shares closed 3.4% lower. Genting Bhd. It rose "
                                                "4.1 percent. Hyundai Motor Co. said sales rose.").sents]
    assert sents == ["Standard Chartered Plc.", "Shares closed 3.4% lower.", "Genting Bhd.", "It rose 4.1 percent.",
                     "Hyundai Motor Co. said sales rose."]
