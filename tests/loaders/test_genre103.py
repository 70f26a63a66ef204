"""The 713th to 720th blind sets' first read: a ranking's list that goes on with a participle ("followed by X,
gaining 9.1%"), an aside opened by an adverb ("partly owned by", "by far the largest"), "with the stock falling",
a course whose infinitive tells the figure ("sliding from a peak to shed 0.8 percent"), an undated story's
week told after its day, CNN's and AP's title-case datelines ("New York (CNN Business) —"), a sector phrase of
several words before "and" and a second cause, and Reuters' "Market Eye" label.

Sentences were written for these tests in the styles of Reuters, Xinhua, the SCMP, Business Standard, CNN and AP,
not copied."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of, moves_and_causes


def _moves(text: str, published: str = "2024-03-12") -> list[tuple]:
    return [(name, change, close) for name, _, change, close in moves_and_causes(text, published=published)[0]]


def _causes(text: str) -> set[tuple]:
    return moves_and_causes(text, published="2024-03-12")[1]


@pytest.mark.parametrize("text, expected", [
    # Reuters' China close: the list after "followed by" goes on with a participle and its figure
    ("Among the best performers on the Shenzhen index were Kestrel Mining Co Ltd, up 9.92%, followed by "
     "Harbin Lantern Co Ltd, gaining 9.12% and Wuxi Pearl Co Ltd, up by 8.7%.",
     {("Kestrel Mining Co Ltd", 9.92), ("Harbin Lantern Co Ltd", 9.12), ("Wuxi Pearl Co Ltd", 8.7)}),
    ("Kestrel Mining Co Ltd fell 9.9%, followed by Harbin Lantern Co Ltd, losing 6.2%.",
     {("Kestrel Mining Co Ltd", -9.9), ("Harbin Lantern Co Ltd", -6.2)}),
])
def test_a_ranking_list_goes_on_with_a_participle(text, expected):
    assert {(name, change) for name, change, _ in _moves(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # an adverb before the aside's participle or its description
    ("Its rival, Beijing-based China Citic Bank, partly owned by BBVA, rose 3.1 per cent to HK$5.41.",
     [("China CITIC Bank", 3.1, 5.41)]),
    ("Kestrel Bank, jointly controlled by two state funds, fell 2.2 percent.", [("Kestrel Bank", -2.2, None)]),
    ("PetroChina, by far the biggest refiner in the country, shed HK$1.2, or 6.10 percent, to close at HK$18.5.",
     [("PetroChina", -6.1, 18.5)]),
    # (review 102: a particle between the participle and "by", and "bought", "sold" as participles)
    ("The FTSE 100, partly weighed down by miners, fell 0.6% on Tuesday.", [("FTSE 100", -0.6, None)]),
    ("Kestrel Water, recently bought by a Canadian fund, rose 2%.", [("Kestrel Water", 2.0, None)]),
])
def test_an_aside_opened_by_an_adverb(text, expected):
    assert _moves(text) == expected


def test_with_the_stock_falling_is_the_named_companys():
    assert _moves("Tata Steel fared worst, with the stock sliding 7 per cent.") == [("Tata Steel", -7.0, None)]


@pytest.mark.parametrize("text, expected", [
    # Xinhua's Tokyo close: the participle's course, then the infinitive's figure
    ("Tokyo stocks closed up on Wednesday, with the benchmark Nikkei index bouncing from a two-week trough to add 1.2 "
     "percent.", [("Nikkei 225", 1.2, None)]),
    # (where the market's own name has no figure-less move before it, the infinitive was read before too)
    ("Seoul shares slipped, with the Kospi sliding from a one-month peak to shed 0.8 percent.",
     [("KOSPI", -0.8, None)]),
    # (a level after "to" is no figure of the course)
    ("Tokyo stocks closed up on Wednesday, with the benchmark Nikkei index bouncing from a two-week trough to 38,000.",
     [("Nikkei 225", None, None)]),
])
def test_a_courses_infinitive_tells_the_figure(text, expected):
    assert _moves(text) == expected


def test_an_undated_storys_week_is_no_finer_figure_of_its_day():
    # the SCMP's undated page: the day's 3 per cent, then the week's 2.6 (one figure finer, but another span)
    text = ("Hong Kong's Hang Seng Index jumped 3 per cent to 21,500.20 on Thursday.\n\n"
            "The Hang Seng Index closed out the week with a 2.6 per cent advance, its longest winning run since May.")
    assert _moves(text, published="unknown") == [("Hang Seng Index", 3.0, 21500.2)]


@pytest.mark.parametrize("lead, close, effect", [
    ("New York (CNN Business) — ", "The Dow fell 120 points, or 0.4%.", "Wall Street"),
    ("CNN — New York (CNN) — ", "The Dow fell 120 points, or 0.4%.", "Wall Street"),
    ("London (CNN) — ", "The Dow fell 120 points, or 0.4%.", "Wall Street"),
    ("Tokyo (AP) — ", "The Nikkei 225 fell 0.4%.", "Nikkei 225"),  # (the credit blanked: "Tokyo — Stocks")
    ("NEW YORK (AP) — ", "The Dow fell 120 points, or 0.4%.", "Wall Street"),  # (capitals, read before)
    # (review 102: a title-case place before a comma, its date or its country)
    ("Beijing, Sept 10 (Xinhua) -- ", "The Shanghai Composite fell 0.4%.", "Shanghai Composite Index"),
    ("Manila, Philippines (AP) — ", "The PSE index fell 0.4%.", "PSEi"),
])
def test_a_title_case_dateline_opens_no_clause_of_its_own(lead, close, effect):
    text = f"{lead}Stocks fell on Tuesday as investors worried the central bank could raise rates.\n\n{close}"
    assert _causes(text) == {(effect, "investors worried the central bank could raise rates")}


@pytest.mark.parametrize("text, expected", [
    # a sector phrase of several words, then "and" and a second cause
    ("The Nikkei rose 1%, lifted by robust bank issues and easing concerns about a slowdown in the United States.",
     {("Nikkei 225", "robust bank issues"),
      ("Nikkei 225", "easing concerns about a slowdown in the United States")}),
    # (one word of a sector before "and": a list, as before)
    ("The Nikkei rose 1%, lifted by banks and miners.", {("Nikkei 225", "banks"), ("Nikkei 225", "miners")}),
])
def test_a_sector_phrase_before_a_second_cause(text, expected):
    assert _causes(text) == expected


def test_a_column_label_before_the_lead_is_no_name():
    # Reuters' Indian desk: "Reuters Market Eye - Shares in X rose"
    text = ("Reuters Market Eye - Shares in Kestrel Forge rose 1.7 percent after Morgan Stanley raised its rating on "
            "the parts maker.")
    assert _moves(text) == [("Kestrel Forge", 1.7, None)]


@pytest.mark.parametrize("text, expected", [
    # an Indian wire's short name with an ampersand in brackets after the name, like a code: its figure after the comma
    ("Top Sensex gainers included Larsen & Toubro (L&T), up 1.7 percent at Rs.961.20; HDFC, up 1.4 percent.",
     [("Larsen & Toubro", 1.7, 961.2), ("HDFC", 1.4, None)]),
    ("Mahindra & Mahindra (M&M) rose 2.3 percent, while Tata Motors fell 1.1 percent.",
     [("Mahindra & Mahindra", 2.3, None), ("Tata Motors", -1.1, None)]),
])
def test_a_short_name_with_an_ampersand_in_brackets(text, expected):
    assert _moves(text) == expected


@pytest.mark.parametrize("text, other", [
    # review 102's guards: a participle's figure that a span or a stake follows is no listed name's move
    ("Top gainers were Kestrel Cement, up 3.1 per cent, followed by Harbour Finance, gaining 2.9 per cent over the "
     "week.", "Harbour Finance"),
    ("The stock rose after Osprey Partners disclosed a 5% stake, followed by Harbour Capital, adding 2% to its "
     "holding.", "Harbour Capital"),
    # a clause with two companies tells no owner of "the stock"
    ("Osprey Capital cut its rating on Kestrel Foods to sell on Wednesday, with the stock falling 4 percent.",
     "Osprey Capital"),
])
def test_review102_listed_and_owned_figures(text, other):
    assert other not in {name for name, _, _ in _moves(text)}


def test_review102_a_headlines_rounded_week_gives_way_to_the_bodys():
    text = "The Nikkei gained 1.2 percent for the week."
    assert moves_and_causes(text, published="unknown")[0] == [("Nikkei 225", "up", 1.2, None)]
    facts = facts_of("Nikkei gains 1% in week\n\n" + text, published="unknown")
    assert [(m.entity.name, m.change_pct) for m in facts.moves] == [("Nikkei 225", 1.2)]


def test_review102_two_names_before_and_are_one_clauses_subject():
    assert _causes("The Hang Seng rose 1% after Morgan Stanley and the other brokers upgraded their outlook for "
                   "Chinese banks.") == {
        ("Hang Seng Index", "Morgan Stanley and the other brokers upgraded their outlook for Chinese banks")}


@pytest.mark.parametrize("text, expected", [
    # a time's clause ("two weeks before B rattled markets") tells no cause of the story's move, nor a list of them
    ("The CAC 40 fell 1.1% on Thursday.\n\nThe gauge topped out at 8,100.50 on April 2, two and a half weeks "
     "before the prime minister rattled markets by calling a surprise vote.", set()),
    # (the cause verb's own subject stays a cause)
    ("Weak data from China rattled markets, sending the Hang Seng down 2%.",
     {("Hang Seng Index", "Weak data from China")}),
])
def test_a_times_clause_before_a_cause_verb(text, expected):
    assert _causes(text) == expected


def test_the_energy_futures_lines_of_an_ap_close():
    # AP's energy futures paragraph: heating oil and wholesale gasoline are commodities (not a company "Heating")
    text = ("Benchmark U.S. crude fell 3.2 percent to $55.1 a barrel. Heating oil fell 4.1 percent to $2.1 a gallon, "
            "while wholesale gasoline slid 5.2 percent to $1.4 a gallon.")
    assert _moves(text) == [("WTI crude", -3.2, 55.1), ("Heating oil", -4.1, 2.1), ("Wholesale gasoline", -5.2, 1.4)]
    # (a consumer-price line names no futures: "gasoline" alone is no commodity of the reference data)
    assert _moves("Gasoline prices rose 2.1 percent in March, the Labor Department said.") == []
