"""The rupee's "Rs." ends no sentence, an investor's time phrase names no investor, and a hyphen before
a place already named ends a name (sentences written for these tests in the styles of NDTV, PTI and the
Global Times; not copied)."""
from __future__ import annotations

from marketkg.loaders.pipeline import shared_pipeline
from tests.conftest import facts_of


def nlp_doc(text: str):
    return shared_pipeline()(text)


def test_rs_with_a_full_stop_ends_no_sentence():
    doc = nlp_doc("Foreign investors have sold shares worth Rs. 4,210 crore this month. The Nifty fell 1%.")
    assert [s.text for s in doc.sents] == ["Foreign investors have sold shares worth Rs. 4,210 crore this month.",
                                           "The Nifty fell 1%."]


def test_an_investor_before_a_time_phrase_is_the_actor():
    facts = facts_of("Markets\n\nThe foreign investors since Budget have sold shares worth Rs. 4,210 crore.")
    # (no "net" said: the group's sale)
    assert [(a.investor.name, a.action.value) for a in facts.investor_actions] == [("Foreign investors", "sold")]


def test_a_hyphen_before_a_named_place_ends_the_name():
    doc = nlp_doc("Traders can buy A-shares via the HK-Shanghai link, and the VN30-Index fell.")
    names = [m.text for m in doc._.mkg_mentions]
    assert "HK-" not in names and "VN30-Index" in names


def test_an_asset_class_word_alone_opening_a_sentence_is_no_name():
    assert [m.text for m in nlp_doc("Blue chips slipped 2%. Equity markets fell.")._.mkg_mentions
            if m.text in ("Blue", "Equity")] == []
    assert "Blue Apron" in [m.text for m in nlp_doc("Blue Apron rose 3%.")._.mkg_mentions]
