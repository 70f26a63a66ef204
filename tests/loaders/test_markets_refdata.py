"""Reference data for indices, markets and places: a mention -> the entity it resolves to
(id, type) and the surface forms its aliases carry.

Sentences marked with a source line are copied from the development corpus (VOA: public
domain). The others are written for these tests in the styles of other outlets.
"""
from __future__ import annotations

import pytest

from marketkg.loaders.pipeline import shared_pipeline
from marketkg.loaders.resolve import Resolver
from marketkg.ontology.ids import named_id
from marketkg.ontology.reference import reference
from marketkg.graph.build import build_graph
from tests.conftest import facts_of


def _mentions(sentence: str):
    return shared_pipeline()(sentence)._.mkg_mentions


def _resolve(sentence: str, surface: str, region: str | None = None):
    """The entities the mention ``surface`` of ``sentence`` resolves to, as the facts show them."""
    resolver = Resolver(region=region)
    found = [m for m in _mentions(sentence) if m.text == surface]
    assert found, f"no mention {surface!r} in {[m.text for m in _mentions(sentence)]}"
    return [resolver.finished(e) for e in resolver.entities(found[0])]


# sentences that hold several mentions, each a row below
# 01_voa-thai-stock-market-plunges-currency-controls-2006-12-19.txt line 20
_BANGKOK = "The plunge in Bangkok share prices rattled investors around Asia, and most regional markets fell Tuesday."
# 04_voa-global-markets-down-sp-cuts-us-rating-2011-08-08.txt line 20
_MIDEAST = "Mideast markets closed down sharply on Sunday, including a 7 percent plunge for the Tel Aviv stock exchange."
# 12_voa-asian-markets-second-day-solid-gains-2021-02-09.txt line 13
_TOKYO_TAIPEI = ("The Nikkei index in Tokyo closed 0.4% higher, while Shanghai’s Composite index soared 2% and the TSEC in "
                 "Taipei finished up 0.6%.")
# 26_voa-wall-street-higher-confidence-2020-05-05.txt line 17
_EUROPE = "European stocks had a good day, with major indexes in London, Frankfurt and Paris all up 2%."
# 28_voa-european-markets-gains-after-us-asia-losses-2020-09-09.txt
_FRANCE = "The CAC-40 index in France is up 0.4%, and Germany’s DAX index is gained 0.8%."
# written for these tests
_SEOUL = "Seoul's Kospi added 0.8%, while Mumbai's Sensex slipped 0.2%."
_SINGAPORE = "In Singapore, stocks slipped 0.6 percent."
_MADRID = "Benchmark indexes in Madrid, Milan and Zurich ended higher."

# sentence, mention, article region, expected id, expected type, surface forms the aliases must hold
RESOLVES = [
    # 01_voa-thai-stock-market-plunges-currency-controls-2006-12-19.txt line 8
    ("Thailand's stock market fell more than 12 percent after the central bank imposed controls on the flow of "
     "foreign currency into the country.", "Thailand's stock market", None, "idx-set", "index",
     {"Thailand", "Thailand's stock market"}),
    # 01_voa-thai-stock-market-plunges-currency-controls-2006-12-19.txt line 20
    (_BANGKOK, "Bangkok share prices", "th", "idx-set", "index", {"Bangkok"}),
    (_BANGKOK, "regional markets", "th", "market-asia", "market", set()),  # generic: no alias
    # 04_voa-global-markets-down-sp-cuts-us-rating-2011-08-08.txt line 20
    (_MIDEAST, "Tel Aviv stock exchange", None, "idx-ta35", "index", {"Tel Aviv stock exchange", "Tel Aviv"}),
    (_MIDEAST, "Mideast markets", None, "market-mideast", "market", {"Mideast markets"}),
    # 02_voa-asia-stocks-fall-us-financial-concerns-2008-07-15.txt line 28
    ("Taiwan's weighted index closed four and a half percent lower to a 22-month low.",
     "Taiwan's weighted index", None, "idx-taiex", "index", {"Taiwan's weighted index", "Taiwan"}),
    # 06_voa-greek-vote-china-weigh-east-asia-stocks-2015-07-07.txt line 14
    ("The Shanghai stock exchange index rose over two percent after many days of declining prices.",
     "Shanghai stock exchange index", None, "idx-ssec", "index", {"Shanghai stock exchange index"}),
    # 08_voa-global-turmoil-tumult-in-tokyo-2016-02-12.txt line 12
    ("Japan’s benchmark stock index, the Nikkei 225, fell to a 16-month low Friday, down 760 points.",
     "Japan’s benchmark stock index", None, "idx-n225", "index", {"Japan", "Nikkei"}),
    # 09_voa-japan-stocks-surge-despite-bad-data-2016-02-15.txt line 8
    ("Stock prices in Tokyo rallied for a spectacular recovery Monday despite the release of worse-than-expected "
     "data showing the Japanese economy further shrinking.", "Stock prices in Tokyo", None, "idx-n225", "index",
     {"Tokyo", "Stock prices in Tokyo"}),
    # 12_voa-asian-markets-second-day-solid-gains-2021-02-09.txt line 13
    (_TOKYO_TAIPEI, "Nikkei index", None, "idx-n225", "index", {"Nikkei index"}),
    (_TOKYO_TAIPEI, "Shanghai’s Composite index", None, "idx-ssec", "index", {"Shanghai"}),
    (_TOKYO_TAIPEI, "TSEC", None, "idx-taiex", "index", {"TSEC"}),
    (_TOKYO_TAIPEI, "Taipei", None, "idx-taiex", "index", {"Taipei"}),
    # 21_voa-dow-plunges-oil-housing-2007-07-26.txt line 8
    ("US share prices dropped sharply Thursday on worries over continuing damage from weakness in the housing "
     "sector.", "US share prices", None, "market-us", "market", {"US share prices", "US"}),
    # 26_voa-wall-street-higher-confidence-2020-05-05.txt line 17
    (_EUROPE, "European stocks", None, "market-eu", "market", {"European stocks"}),
    (_EUROPE, "London", None, "idx-ftse100", "index", {"London"}),
    (_EUROPE, "Frankfurt", None, "idx-dax", "index", {"Frankfurt"}),
    (_EUROPE, "Paris", None, "idx-cac40", "index", {"Paris"}),
    # 28_voa-european-markets-gains-after-us-asia-losses-2020-09-09.txt
    (_FRANCE, "CAC-40 index", None, "idx-cac40", "index", {"CAC-40 index"}),
    (_FRANCE, "France", None, "idx-cac40", "index", {"France"}),
    # 41_wikinews-world-stock-markets-fall-2008-10-09.txt line 10 (CC BY 2.5, Wikinews contributors)
    ("Stock markets across the world have fallen dramatically.", "Stock markets across the world", None,
     "market-world", "market", {"Stock markets across the world"}),
    # 70_voa-boeing-shares-plunge-ethiopian-crash-2019-03-11.txt line 10
    ("The Dow Jones Industrial Index sharply dropped as a result early Monday, capping gains in the broader markets.",
     "Dow Jones Industrial Index", None, "idx-djia", "index", {"Dow Jones Industrial Index"}),
    # 26_voa-wall-street-higher-confidence-2020-05-05.txt line 6 (a title-case heading)
    ("Wall Street Higher as Investors Show More Confidence", "Wall Street", None, "market-us", "market",
     {"Wall Street"}),
    # written in the styles of Reuters, Bloomberg, AP, Xinhua, SCMP, Nikkei Asia, Economic Times
    (_SEOUL, "Seoul's Kospi", None, "idx-kospi", "index", {"Kospi", "Seoul's Kospi"}),
    (_SEOUL, "Mumbai's Sensex", None, "idx-sensex", "index",
     {"Sensex"}),
    (_SINGAPORE, "stocks", None, "idx-sti", "index", {"Singapore"}),
    (_SINGAPORE, "Singapore", None, "idx-sti", "index", {"Singapore"}),
    ("Shares in Taipei rose 1.1 percent.", "Shares in Taipei", None, "idx-taiex", "index", {"Taipei"}),
    (_MADRID, "Madrid", None, "idx-ibex35", "index",
     {"Madrid"}),
    (_MADRID, "Milan", None, "idx-ftsemib", "index", {"Milan"}),
    (_MADRID, "Zurich", None, "idx-smi", "index", {"Zurich"}),
    ("Asian markets fell on Thursday as investors weighed U.S. inflation data.", "Asian markets", None,
     "market-asia", "market", {"Asian markets"}),
    ("Asia-Pacific markets traded mixed.", "Asia-Pacific markets", None, "market-asia", "market",
     {"Asia-Pacific markets"}),
    ("MSCI's broadest index of Asia-Pacific shares outside Japan slipped 0.7%.",
     "MSCI's broadest index of Asia-Pacific shares outside Japan", None, "idx-msci-apxj", "index", set()),
    ("Wall Street's main indexes closed lower on Friday.", "Wall Street's main indexes", None, "market-us", "market",
     {"Wall Street"}),
    ("Wall Street closed higher as tech shares rallied.", "Wall Street", None, "market-us", "market",
     {"Wall Street"}),
    ("U.S. stocks ended lower on Tuesday.", "U.S. stocks", None, "market-us", "market", {"U.S. stocks"}),
    ("Hong Kong stocks closed lower on Monday.", "Hong Kong stocks", None, "idx-hsi", "index", {"Hong Kong stocks"}),
    ("Chinese markets were closed for a holiday.", "Chinese markets", None, "idx-ssec", "index", {"Chinese markets"}),
    ("Japanese stocks hit a record.", "Japanese stocks", None, "idx-n225", "index", {"Japanese stocks"}),
    ("The benchmark ended 0.3% higher.", "benchmark", "us", "idx-spx", "index", set()),
    ("The Kospi index closed 1.1 percent higher at 2,650.3.", "Kospi index", None, "idx-kospi", "index",
     {"Kospi index"}),
    ("Japan's benchmark Nikkei average rose 1.5 percent.", "Japan's benchmark Nikkei average", None, "idx-n225", "index",
     {"Nikkei average"}),
    ("The pan-European STOXX 600 index slipped 0.8%.", "pan-European STOXX 600 index", None, "idx-sxxp", "index",
     {"pan-European STOXX 600 index"}),
    ("The S&P/TSX composite index rose 0.9% in Toronto.", "S&P/TSX composite index", None, "idx-tsx", "index",
     {"S&P/TSX composite index"}),
    ("Australia's S&P/ASX 200 fell 0.4%.", "Australia's S&P/ASX 200", None, "idx-asx200", "index", {"S&P/ASX"}),
    ("Brazil's Bovespa index gained 1.2%.", "Brazil's Bovespa index", None, "idx-ibov", "index", {"Bovespa index"}),
    ("On Dalal Street, the 30-share BSE Sensex climbed 0.8 percent.", "Dalal Street", None, "idx-sensex", "index",
     {"Dalal Street"}),
    ("Russia's dollar-denominated RTS index fell 2%.", "Russia's dollar-denominated RTS index", None, "idx-rts", "index",
     {"RTS"}),
    ("Turkey's BIST 100 index dropped 3.1%.", "Turkey's BIST 100 index", None, "idx-bist100", "index", {"BIST 100"}),
    ("The Tadawul All Share Index rose 0.7%.", "Tadawul All Share Index", None, "idx-tasi", "index", {"TASI"}),
]


@pytest.mark.parametrize(("sentence", "surface", "region", "ident", "etype", "aliases"), RESOLVES,
                         ids=[f"{r[1]}|{r[0][:30]}" for r in RESOLVES])
def test_mention_resolves(sentence, surface, region, ident, etype, aliases):
    found = _resolve(sentence, surface, region)
    assert [(e.id, e.type.value) for e in found] == [(ident, etype)]
    assert aliases <= set(found[0].aliases) | {found[0].name}


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Hang Seng Bank shares fell 2%.", "Hang Seng Bank"),  # a company, not the Hang Seng Index
    ("Tokyo Electron rose 3%.", "Tokyo Electron"),
])
def test_a_name_holding_a_place_is_no_market(sentence, surface):
    found = _resolve(sentence, surface)
    assert [e.type.value for e in found] == ["company"]


@pytest.mark.parametrize("sentence", [
    "The Bank of Japan left its policy rate unchanged.",
    "Japan's exports rose 5% in May.",
    "The New York Times reported the deal.",
    "The Wall Street Journal reported the deal.",
    "North Korea fired a missile on Tuesday.",
    "Xiaomi's Hong Kong-listed shares fell 1.1%.",
    "The yield on the U.S.-based fund rose.",
])
def test_places_inside_names_or_possessives_are_no_market_mentions(sentence):
    assert [m.text for m in _mentions(sentence) if m.kind in ("market", "place")] == []


@pytest.mark.parametrize(("sentence", "place", "slot"), [
    ("Bookings on Chinese carriers to Japan dropped 29%.", "Japan", False),
    ("Sales in Japan fell 3%.", "Japan", False),
    ("Exports from China rose 5.4%.", "China", False),
    ("Consumer prices in Tokyo rose 2.1% in May.", "Tokyo", False),
    ("In Australia, stocks dropped 2.7 percent.", "Australia", True),
    ("Tokyo fell 1.2% and Seoul rose 0.4%.", "Seoul", True),
    ("The selloff ended with losses in Australia, Hong Kong, Seoul and Shanghai.", "Australia", True),
    ("The selloff ended with losses in Australia, Hong Kong, Seoul and Shanghai.", "Shanghai", True),
])
def test_a_place_fills_a_market_slot_only_where_a_market_can_stand(sentence, place, slot):
    found = [m for m in _mentions(sentence) if m.kind == "place" and m.text == place]
    assert len(found) == 1
    assert found[0].extra["market_slot"] is slot


@pytest.mark.parametrize("sentence", [
    "Dow Chemical rose 2% after its results.",
    "According to Nikkei Asia, the yen fell.",
    "S&P Global Ratings cut its outlook on the bank.",
])
def test_an_index_name_that_starts_another_name_is_no_index(sentence):
    resolver = Resolver(region="in")
    found = [e.id for m in _mentions(sentence) if m.kind in ("ref", "market", "place") for e in resolver.entities(m)]
    assert not [i for i in found if i.startswith(("idx-", "market-"))]


def test_an_index_in_a_title_case_heading_is_still_the_index():
    found = _resolve("Nikkei Hits Record High as Yen Weakens", "Nikkei")
    assert [e.id for e in found] == ["idx-n225"]


def test_no_index_resolves_for_a_bare_index_in_a_world_round_up():
    # 41_wikinews-world-stock-markets-fall-2008-10-09.txt: "The index has fallen over 2,000 points ..."
    found = [m for m in _mentions("The index has fallen over 2,000 points.") if m.text == "index"]
    assert Resolver(region="world").entities(found[0]) == []
    assert [e.id for e in Resolver(region="hk").entities(found[0])] == ["idx-hsi"]


def test_a_list_of_places_names_no_single_market():
    found = [m for m in _mentions("Major indexes in London, Frankfurt and Paris were up.") if m.text == "Major indexes"]
    assert Resolver(region="uk").entities(found[0]) == []


@pytest.mark.parametrize(("text", "moves"), [
    ("Bookings on major Chinese carriers to Japan dropped 29% since mid-November.", []),
    ("Stock prices in Tokyo rallied 7.2 percent on Monday.", [("idx-n225", "up", 7.2)]),
    ("Global stocks rallied on Tuesday.", []),  # an aggregate's move counts with a figure only
    ("Asian markets fell 1% on Tuesday.", [("market-asia", "down", -1.0)]),
    ("Tokyo fell 1.2% and Seoul rose 0.4%.", [("idx-n225", "down", -1.2), ("idx-kospi", "up", 0.4)]),
    ("Italy slipped into recession in the second quarter.", []),  # a bare place is a market with a figure only
    ("In Singapore, stocks slipped 0.6 percent.", [("idx-sti", "down", -0.6)]),
    ("Stocks in Seoul dropped 2%, while Sydney was up 0.5%.", [("idx-kospi", "down", -2.0), ("idx-asx200", "up", 0.5)]),
    ("South Korea's Kospi fell 1.6%, Australia's S&P/ASX 200 lost 0.3% and New Zealand's S&P/NZX 50 index "
     "shed 0.9%.", [("idx-kospi", "down", -1.6), ("idx-asx200", "down", -0.3), ("idx-nzx50", "down", -0.9)]),
    ("Brazil's Bovespa index fell 1.5% and Mexico's S&P/BMV IPC index slid 0.6%.",
     [("idx-ibov", "down", -1.5), ("idx-ipc", "down", -0.6)]),
    # 32_voa-european-markets-slump-week-start-2021-02-22.txt line 17: a list of possessive-prefixed indices
    ("Japan’s benchmark Nikkei and Taiwan’s TSEC index both closed up 0.4%.",
     [("idx-n225", "up", 0.4), ("idx-taiex", "up", 0.4)]),
    # 10_voa-asian-markets-begin-week-sour-note-2020-06-29.txt line 15
    ("The S&P/ASX index in Sydney is 1.6% down, Seoul’s KOSPI index has lost 1.9%, and both Taiwan’s TSEC and "
     "Mumbai’s Sensex indices are down one percent.",
     [("idx-asx200", "down", -1.6), ("idx-kospi", "down", -1.9), ("idx-taiex", "down", -1.0),
      ("idx-sensex", "down", -1.0)]),
])
def test_market_moves(text, moves):
    got = [(m.entity.id, m.direction.value, m.change_pct) for m in facts_of(text).moves]
    assert got == moves


def test_market_ids_are_minted_from_the_region():
    ref = reference()
    for region, info in ref.markets.items():
        if info.entity is not None:
            assert info.entity == named_id("market", region)
            assert ref.entities[info.entity].type.value == "market"


def test_every_index_trades_in_a_known_market():
    ref = reference()
    for ident, market in ref.index_market.items():
        assert market in ref.markets, ident


def test_no_index_alias_is_a_lone_common_word():
    # a one-word alias must look like a name (capital or digit), so no plain English word becomes an index
    ref = reference()
    for ident, entity in ref.entities.items():
        if entity.type.value != "index":
            continue
        for alias in (entity.name, *entity.aliases):
            if " " not in alias:
                assert not alias.islower(), (ident, alias)


def test_generic_surface_forms_are_article_aliases_not_node_names():
    # VOA 2008-01-22: "the market" is Korea's market in this sentence only. The facts contract keeps
    # every surface form of the article; the graph's node keeps none that any market could have.
    text = ("Trading was briefly suspended in South Korea as the market dropped more than six percent - "
            "it closed 4.4 percent down.")
    facts = facts_of(text)
    (kospi,) = [m for m in facts.moves]
    assert kospi.entity.id == "idx-kospi" and kospi.change_pct == -4.4  # the close, not the intraday drop
    assert "market" in kospi.entity.aliases and "South Korea" in kospi.entity.aliases
    node = build_graph([facts]).nodes["idx-kospi"]
    assert "market" not in node["aliases"] and "South Korea" in node["aliases"]


def test_a_market_named_only_in_passing_still_lends_its_words_to_the_aliases():
    # the facts contract: aliases hold every surface form the article used, not only those of the facts
    # ("dragged Australian shares to a low" states no move, yet names the market the later facts are of)
    facts = facts_of("Sydney stocks fall again\n\nA second day of selling dragged Australian shares to a one-week "
                     "low on Monday.\n\nThe S&P/ASX 200 ended down 37 points, or 0.7%, at 5684.5.\n\n"
                     "Utilities and property trusts also weighed heavily on the market.\n")
    (move,) = facts.moves
    assert move.entity.name == "S&P/ASX 200"
    assert "Australian shares" in move.entity.aliases
    assert {c.effect.aliases for c in facts.causes} == {move.entity.aliases}
