"""Lists of figures in PTI's and Business Standard's Mumbai wraps, Bloomberg's Tokyo stock movers, and
a few names of the genre (sentences written for these tests in those styles; not copied)."""
from __future__ import annotations

import pytest

from marketkg.loaders.pipeline import shared_pipeline
from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of(text).moves]


@pytest.mark.parametrize(("sentence", "last"), [
    # where or when the list's figures traded, after its last one, closes the list
    ("Infosys rose 1.8 per cent, Wipro 1.2 per cent and Tech Mahindra 0.7 per cent on BSE.", ("Tech Mahindra", 0.7)),
    ("Tencent fell 2%, Alibaba 3% and Meituan 4.1% on Monday.", ("Meituan", -4.1)),
    # so does a cause after it
    ("Tencent fell 2%, Alibaba 3% and Meituan 4.1% after the regulator widened its probe.", ("Meituan", -4.1)),
])
def test_the_last_figure_of_a_gapped_list(sentence, last):
    moves = _moves("Markets\n\n" + sentence)
    assert len(moves) == 3 and moves[-1] == last


def test_a_gapped_list_still_stops_where_a_figure_is_no_move():
    # a guard: it passes before this change too, and must keep passing
    assert _moves("Markets\n\nTencent fell 2% and Meituan 5% of its shares were sold.") == [("Tencent Holdings", -2.0)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Indian papers' "IT" is the IT index, standing bare as a list's item or a subject
    ("Realty fell 1.5 per cent, power 1.1 per cent and IT 0.9 per cent.",
     [("Property", -1.5), ("Utilities", -1.1), ("Technology", -0.9)]),
    ("The Nifty slipped 0.4 per cent. IT fell 0.9 per cent.", [("Nifty 50", -0.4), ("Technology", -0.9)]),
    # "automobile" stands bare in a list of sectors too
    ("The metal index fell 3 per cent, followed by IT, automobile and FMCG, all of which fell by around 2 per cent.",
     [("Metals and mining", -3.0), ("Technology", -2.0), ("Autos and EVs", -2.0), ("Consumer", -2.0)]),
])
def test_bare_indian_sector_words(sentence, expected):
    assert _moves("Mumbai stocks\n\n" + sentence) == expected


def test_it_is_still_the_pronoun():
    # a guard: it passes before this change too, and must keep passing
    assert _moves("Mumbai stocks\n\nInfosys rose 2 per cent. It gained 1 per cent a day earlier.") == [
        ("Infosys", 2.0)]


def test_a_followed_by_list_of_bracketed_sector_figures():
    # PTI: the worst sector "suffered the most", the others follow with their figures in brackets, "pc"
    # for per cent, and a state-run companies' index named by its acronym; the indices "among" which it
    # ranked are none of them
    sentence = ("Among the BSE sectoral indices, realty suffered the most at 3.2 per cent, followed by banking "
                "(2.1 pc), PSU (1.8 pc), healthcare (1.4 pc) and power (0.6 pc).")
    assert _moves("Mumbai stocks\n\n" + sentence) == [
        ("Property", -3.2), ("Banks", -2.1), ("PSU", -1.8), ("Healthcare and biotech", -1.4), ("Utilities", -0.6)]


def test_an_acronym_is_no_sector_after_a_company():
    # a guard: it passes before this change too, and must keep passing
    moves = _moves("Mumbai stocks\n\nTata Steel fell 3 per cent, followed by Hindalco (2.1 pc).")
    assert ("Tata Steel", -3.0) in moves and not any(name.startswith("sector") for name, _ in moves)


@pytest.mark.parametrize(("sentence", "expected"), [
    # Bloomberg's stock movers: a description holding a share of the company's sales is no move of its own
    ("Mazda Motor Corp. (7261), a carmaker that gets about 70 percent of its sales abroad, slid 3.1 percent.",
     [("Mazda", -3.1)]),
    ("Nikon Corp. (7731), a camera maker that gets 80 percent of sales outside Japan, jumped 6 percent.",
     [("Nikon", 6.0)]),
    # two codes in brackets, and a fall by the day's limit stated in yen before the percent
    ("Olympus Corp. (7733) (7733 JT) plunged by its daily limit of 100 yen, or 14 percent, to 600 yen.",
     [("Olympus Corporation", -14.0)]),
])
def test_bloombergs_tokyo_movers(sentence, expected):
    assert _moves("Japan stocks\n\n" + sentence) == expected


def test_an_index_of_all_the_issues_listed_on_an_exchange_section():
    moves = facts_of("Tokyo stocks\n\nTokyo's Topix index of all issues traded on the TSE first section closed down "
                     "4.6 points, or 0.3 percent, at 1,718.4.").moves
    assert [(m.entity.name, m.change_pct, m.close) for m in moves] == [("TOPIX", -0.3, 1718.4)]


@pytest.mark.parametrize("word", ["Benchmark", "General", "National", "Progress"])
def test_a_common_word_that_opens_a_sentence_is_no_listed_company(word):
    # ("Benchmark indices for the metal sectors declined" was Benchmark Electronics' fall)
    doc = shared_pipeline()(f"{word} indices for the metal and banking sectors declined 2 per cent on Monday.")
    assert not any((m.entity_id or "").startswith("tkr-") for m in doc._.mkg_mentions)


def test_the_full_name_of_such_a_company_still_resolves():
    # a guard: it passes before this change too, and must keep passing
    assert _moves("Markets\n\nBenchmark Electronics fell 3% and General Motors rose 2%.") == [
        ("Benchmark Electronics", -3.0), ("General Motors", 2.0)]


@pytest.mark.parametrize(("headline", "cause"), [
    # a market's move named as the cause, without an apostrophe: "on global market bounce"
    ("Hong Kong shares jump 3 pct on global market bounce", "global market bounce"),
    ("Tokyo stocks rise 2% on Wall Street rally", "Wall Street rally"),
])
def test_a_markets_move_after_on_is_a_cause(headline, cause):
    causes = facts_of(headline + "\n\nStocks were mixed on Monday.").causes
    assert [c.cause for c in causes] == [cause]


def test_on_an_index_is_still_where():
    # a guard: it passes before this change too, and must keep passing
    assert not facts_of("Stocks\n\nTencent rose 2% on the Hang Seng index.").causes


def test_a_gapped_list_after_the_session_of_its_first_figure():
    # ABC's world round-up: the list goes on after "at the close of trade", each figure after "by" (and a hedge)
    sentence = ("London stocks fell 2.1 per cent at the close of trade, Frankfurt by 3.4 per cent, Paris by 3.9 per "
                "cent and Italian stocks by nearly 4.2 per cent.")
    assert _moves("World markets\n\n" + sentence) == [
        ("FTSE 100", -2.1), ("DAX", -3.4), ("CAC 40", -3.9), ("FTSE MIB", -4.2)]


def test_property_stands_bare_before_its_verb():
    # Business Day's "Platinums shed 1.38% and property lost 0.61%" (written in its style)
    assert ("Property", -0.5) in _moves("JSE stocks\n\nGold miners shed 1.2% and property lost 0.5%.")
