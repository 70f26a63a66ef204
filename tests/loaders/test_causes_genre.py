"""Causes as real wraps state them: headline cues, market aggregates as effects, figure-less
moves, the cause first ("X rattled Asian markets"), two causes in one sentence, and the
shapes that are no cause (despite, shrugged off, times).

Dev-corpus sentences are VOA (public domain) with their source file and line; the others are
written here in the styles of Reuters, AP, Bloomberg and Xinhua wraps (never copied).
"""
from __future__ import annotations

import pytest

from tests.conftest import facts_of

# sentence, {(effect id, cause text, cue)}
CAUSES = [
    # written for these tests in wire style: a place before a concern noun is a cause, not a venue
    ("Asian stocks fell.\n\nTaiwan shares ended lower on China worries.", {("idx-taiex", "China worries", "on")}),
    ("Asian stocks fell.\n\nThe Nikkei fell 1% on U.S. recession fears.",
     {("idx-n225", "U.S. recession fears", "on")}),
    # the analysts' attribution is no part of the cause
    ("Asian stocks fell.\n\nThe Shanghai Composite lost more than 7 percent, as analysts blamed panic selling.",
     {("idx-ssec", "panic selling", "as")}),
    ("Asian stocks fell.\n\nThe Kospi slid 2%, as traders pointed to a weaker won.",
     {("idx-kospi", "a weaker won", "as")}),
    # dev 02_voa-asia-stocks-fall-us-financial-concerns-2008-07-15.txt:6 (headline)
    ("Asia Stocks Fall on US Financial Concerns", {("market-asia", "US Financial Concerns", "on")}),
    # dev 21_voa-dow-plunges-oil-housing-2007-07-26.txt:6 (headline: a comma lists two causes)
    ("Dow Jones Plunges on Oil, Housing Concerns",
     {("idx-djia", "Oil", "on"), ("idx-djia", "Housing Concerns", "on")}),
    # dev 06_voa-greek-vote-china-weigh-east-asia-stocks-2015-07-07.txt:6 (headline, cause first)
    ("Greek Vote, China Weigh on East Asia Stock Prices",
     {("market-asia", "Greek Vote", "weigh on"), ("market-asia", "China", "weigh on")}),
    # dev 23_voa-global-fears-shares-down-europe-2008-11-11.txt:6 (headline, cause first)
    ("Global Fears Force Shares Down in Europe", {("market-eu", "Global Fears", "force")}),
    # dev 02_voa-asia-stocks-fall-us-financial-concerns-2008-07-15.txt:8
    ("Fears over the extent of U.S. financial woes have rattled Asian markets, despite U.S. government "
     "attempts to shore up investor confidence.",
     {("market-asia", "Fears over the extent of U.S. financial woes", "rattled")}),
    # dev 02_voa-asia-stocks-fall-us-financial-concerns-2008-07-15.txt:22
    ("Shares in Asian banks were big decliners Tuesday, as investors feared possible exposure to Freddie Mac "
     "and Fannie Mae debt.",
     {("sector-banks", "investors feared possible exposure to Freddie Mac and Fannie Mae debt", "as")}),
    # dev 10_voa-asian-markets-begin-week-sour-note-2020-06-29.txt:11
    ("Asian markets are in free fall Monday as investors turn increasingly pessimistic about a quick "
     "post-pandemic economic recovery.",
     {("market-asia", "investors turn increasingly pessimistic about a quick post-pandemic economic recovery",
       "as")}),
    # dev 27_voa-wall-street-higher-optimism-2020-05-07.txt:11
    ("U.S. stocks closed higher Thursday as investors appeared more optimistic about an economic recovery.",
     {("market-us", "investors appeared more optimistic about an economic recovery", "as")}),
    # dev 05_voa-asian-markets-close-lower-europe-debt-2011-11-10.txt:12 (one cue explains both moves)
    ("Japan's Nikkei average fell nearly 3 percent and Hong Kong's Hang Seng dropped nearly 5 percent "
     "following news that Italy's main borrowing rate had soared past 7 percent on Wednesday.",
     {(e, "news that Italy's main borrowing rate had soared past 7 percent on Wednesday", "following")
      for e in ("idx-n225", "idx-hsi")}),
    # dev 70_voa-boeing-shares-plunge-ethiopian-crash-2019-03-11.txt:8 ("shortly after markets opened" is a time)
    ("Aircraft giant Boeing's shares dropped nearly 12 percent shortly after markets opened Monday, a day after "
     "an Ethiopian Airlines jet crashed, killing all 157 people on board.",
     {("tkr-ba", "an Ethiopian Airlines jet crashed, killing all 157 people on board", "after")}),
    # dev 25_voa-european-markets-fall-optimism-fades-2020-04-08.txt:11 ("after two days of gains" is a time)
    ("European markets reversed course Wednesday after two days of gains, as optimism about the trend of the "
     "coronavirus pandemic was tempered with news of a mounting death toll.",
     {("market-eu", "optimism about the trend of the coronavirus pandemic was tempered with news of a mounting "
       "death toll", "as")}),
    # dev 28_voa-european-markets-gains-after-us-asia-losses-2020-09-09.txt:11 (two causes, cause first)
    ("European markets are providing a bright spot for investors after Tuesday's heavy losses on Wall Street and "
     "a setback in the development of a potential COVID-19 vaccine sent Asian indices on a downward spiral.",
     {("market-asia", "Tuesday's heavy losses on Wall Street", "sent"),
      ("market-asia", "a setback in the development of a potential COVID-19 vaccine", "sent")}),
    # dev 30_voa-european-markets-strong-start-2021-2021-01-04.txt:11 (a with-elaboration read through)
    ("European markets were off to a good start in the new year, with the major indices posting huge gains due "
     "to growing optimism over approval of more coronavirus vaccines.",
     {("market-eu", "growing optimism over approval of more coronavirus vaccines", "due to")}),
    # written, Reuters style: an aggregate effect, two causes after one cue
    ("Asian shares slid on Tuesday after weak Chinese factory data and a hawkish turn by the Federal Reserve, "
     "with Japan's Nikkei down 1.2%.",
     {("market-asia", "weak Chinese factory data", "after"),
      ("market-asia", "a hawkish turn by the Federal Reserve", "after")}),
    # written, AP style
    ("Wall Street ended sharply lower on Thursday as investors worried about the health of regional banks.",
     {("market-us", "investors worried about the health of regional banks", "as")}),
    ("European shares fell for a third day amid fears of a prolonged energy crisis.",
     {("market-eu", "fears of a prolonged energy crisis", "amid")}),
    ("Stocks in Tokyo slipped over concerns that the yen's rally would hurt exporters.",
     {("idx-n225", "concerns that the yen's rally would hurt exporters", "over")}),
    # written, Bloomberg style: cause first, and a reaction
    ("Heavy selling in technology shares sent Asian markets sharply lower on Monday.",
     {("market-asia", "Heavy selling in technology shares", "sent")}),
    ("Japanese stocks reacted to the Bank of Japan's surprise policy shift, with the Nikkei falling 2.5%.",
     {("idx-n225", "the Bank of Japan's surprise policy shift", "reacted to")}),
    ("Markets in Europe were dragged by losses in banking shares.",
     {("market-eu", "losses in banking shares", "dragged by")}),
    # written, Xinhua style: tracking, and a second cue after the first cause
    ("The Shanghai Composite Index rose 0.8% to 3,120.45 points, tracking gains on Wall Street overnight.",
     {("idx-ssec", "gains on Wall Street overnight", "tracking")}),
    # written, Economic Times style headline: a list of subjects shares the cause
    ("Sensex, Nifty end lower as IT stocks drag",
     {("idx-sensex", "IT stocks drag", "as"), ("idx-nifty50", "IT stocks drag", "as")}),
    # written, SCMP style: "led lower by" names the sector that dragged
    ("Hong Kong stocks fell on Friday, led lower by property developers as fresh concerns over debt hit sentiment.",
     {("idx-hsi", "property developers", "led lower by")}),
    # written, Korea Herald / Reuters style cause verbs
    ("Upbeat earnings from Samsung propelled the Kospi to a record high.",
     {("idx-kospi", "Upbeat earnings from Samsung", "propelled")}),
    ("Falling oil prices weighed heavily on energy stocks.",
     {("sector-energy", "Falling oil prices", "weighed heavily on")}),
    ("Asian shares were tracking Wall Street's overnight gains.",
     {("market-asia", "Wall Street's overnight gains", "tracking")}),
    ("Indian shares ended higher, led by gains in financials, as foreign investors returned to the market.",
     {("idx-sensex", "gains in financials", "led by"), ("idx-sensex", "foreign investors returned to the market",
                                                         "as")}),
    # written: two short subjects of a cause verb are two causes; a sell-off in a market is its move
    ("The Greek vote and China's stock slump weighed on Asian stocks on Monday.",
     {("market-asia", "The Greek vote", "weighed on"), ("market-asia", "China's stock slump", "weighed on")}),
    ("Chip export data triggered a sell-off in Asian markets.", {("market-asia", "Chip export data", "triggered")}),
    # written: a cause that only points back ("The news") names no cause of its own
    ("The news triggered a sell-off in Asian markets.", set()),
    ("Weak earnings from chipmakers dragged down the Kospi, which lost 1.1%.",
     {("idx-kospi", "Weak earnings from chipmakers", "dragged down")}),
    # written: an -ing word that opens a noun phrase is a cause ("after rising U.S. demand")
    ("Chipmakers rallied after rising U.S. demand lifted sales.",
     {("sector-semiconductors", "rising U.S. demand lifted sales", "after")}),
    ("Losses in banking shares contributed to the decline in the FTSE 100, which closed 0.6% lower.",
     {("idx-ftse100", "Losses in banking shares", "contributed to")}),
    ("Rising oil prices added to pressure on Asian markets.", {("market-asia", "Rising oil prices", "added to")}),
    # AP style: the market after the verb, and a day after its name; "put pressure on" is one cue
    ("Stocks fell sharply on Wall Street Tuesday as rising Treasury yields put pressure on technology companies.",
     {("market-us", "rising Treasury yields put pressure on technology companies", "as"),
      ("sector-technology", "rising Treasury yields", "put pressure on")}),
    # CNN style: a figure-less "worst day" is a move a cause can explain
    ("US stocks had their worst day since 2022 on Tuesday after the Federal Reserve signalled fewer rate cuts "
     "for next year.",
     {("market-us", "the Federal Reserve signalled fewer rate cuts for next year", "after")}),
    # Reuters style: the second "as" of "as much as" is a comparison, not a cue
    ("Japan's Nikkei slid 0.6% to 36,793.11 after sinking as much as 1.8% earlier in the session.", set()),
    ("Chinese blue chips edged up 0.3%, supported by hopes of more stimulus.",
     {("idx-csi300", "hopes of more stimulus", "supported by")}),
    # an aside between the figure and the cue (SCMP style)
    ("Meituan plunged 8.9% to HK$120.5, its biggest drop in three months, after the food delivery giant "
     "reported a loss.", {("hkex-3690", "the food delivery giant reported a loss", "after")}),
    # the stock whose move is the cause ends the cause's text (Reuters style)
    ("Germany's DAX rose 1.1%, lifted by a 4% gain in Siemens after the engineering group raised its outlook.",
     {("idx-dax", "a 4% gain in Siemens", "lifted by"),
      ("tkr-sie-de", "the engineering group raised its outlook", "after")}),
    ("Taiwan's Taiex fell 2.4%, dragged by a 3.5% drop in chipmaker TSMC.",
     {("idx-taiex", "a 3.5% drop in chipmaker TSMC", "dragged by")}),
    # the day's own course after "after earlier" is a time, not a cause (AP style)
    ("The broad S&P 500 was down 0.3% in late trading, after earlier rising as much as 0.7%.", set()),
    # a record high is a move a cause can explain (Nikkei Asia style headline)
    ("Nikkei hits record high as weak yen lifts exporters\n\nMarkets moved.",
     {("idx-n225", "weak yen lifts exporters", "as")}),
    ("Shares slid across Asia after China reported weaker exports.",
     {("market-asia", "China reported weaker exports", "after")}),
    ("The yen strengthened after the Bank of Japan raised interest rates and the U.S. jobs report disappointed.",
     {("fx-jpy", "the Bank of Japan raised interest rates", "after"),
      ("fx-jpy", "the U.S. jobs report disappointed", "after")}),
    # "drag" is a noun here, and the mover apposed to it is a cause of the index's move, as "The biggest drag on
    # the S&P 500 was Nvidia" (read so before) and the annotators' "the biggest drag on" have it
    ("Wall Street fell.\n\nNvidia shares fell 2.4%, the biggest drag on the S&P 500.",
     {("idx-spx", "Nvidia shares fell 2.4%", "biggest drag")}),
]

NOT_CAUSES = [
    "Asian stocks fell.\n\nAlibaba rose 2% on Hong Kong's exchange.",  # a venue
    # dev 11_voa-asian-markets-higher-despite-us-drop-2020-10-07.txt:11 (shortened): shrugged off is an explicit non-cause
    "Asian markets finished mostly higher Wednesday as investors shrugged off U.S. President Donald Trump's "
    "abrupt cancelation of negotiations on a new coronavirus relief bill.",
    # dev 22_voa-us-stocks-rally-oil-record-dollar-low-2007-10-26.txt:8 (shortened): a negated verb, and no market
    "Analysts are puzzled as to why the quadrupling of oil over the past four years has not pushed the U.S. "
    "and world economies into recession.",
    "The Hang Seng rose 1% despite a drop in exports.",
    "The Kospi rebounded 1.5% after many days of declines.",
    "The Dow jumped 400 points, or 1.2%, shortly after the opening bell on Wednesday.",
    "The FTSE 100 rose over 1% over the past week.",
    "Bond yields rose after the jobs report.",
    "Exports rose 5% in May as demand from Europe recovered.",
    "Chinese stocks shrugged off weak trade data and closed higher.",
    "He cautioned that there would be resistance after the Hang Seng Index topped the 24,000-point mark, "
    "based on demanding valuations.",
    "South Korean Markets, Currency Plunge on Eve of Asia-Europe Summit",
    # written: a modal verb states no cause; waiting explains nothing yet; a cause verb needs a market
    "Apple's results will hit the Nasdaq on Thursday after the close.",
    "The Hang Seng was down 0.7% at midday in Hong Kong as traders awaited the opening bell on Wall Street.",
    "The central bank boosted liquidity in the banking system on Monday.",
    "Japan slipped into recession as consumer spending fell.",
    "Tencent added to its holdings of Meituan.",
    # written: "mixed" is no price move to explain (the dev README marks such causes optional)
    "European markets closed mixed on Tuesday amid optimism over vaccines.",
    # written: "on" naming a venue or an occasion
    "Shares of Arm rose 5% on NYSE in early trading.",
    "Shares of Birkenstock fell 12% on debut.",
    "Zijin Mining rose 4% on Hong Kong's exchange.",
    # written: the market's own course before a move is a time, not a cause
    "Intel shares fell 5% in after-hours trading.",
    "The Nikkei ended 0.5% higher after trading in a narrow range.",
    "The Hang Seng rose 1.1% after hitting a two-week low earlier in the session.",
    "The Kospi gained 0.9% after falling for three straight sessions.",
    # written, Bloomberg style: a relative pronoun is no cause of its own
    "Traders are now pricing fewer rate cuts this year, which has weighed on Asian markets.",
]


@pytest.mark.parametrize(("sentence", "expected"), CAUSES, ids=[s[:40] for s, _ in CAUSES])
def test_causes_of_the_genre(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    got = {(c.effect.id, c.cause, c.cue) for c in facts_of(sentence).causes}
    assert got == expected


@pytest.mark.parametrize("sentence", NOT_CAUSES, ids=[s[:40] for s in NOT_CAUSES])
def test_no_cause(sentence: str) -> None:
    assert facts_of(sentence).causes == ()


def test_figureless_aggregate_gets_a_cause_but_no_move() -> None:
    # dev 10_voa-asian-markets-begin-week-sour-note-2020-06-29.txt:11 (shortened)
    facts = facts_of("Asian markets are in free fall Monday as investors turn increasingly pessimistic.")
    assert [c.effect.id for c in facts.causes] == ["market-asia"]
    assert facts.moves == ()


def test_participle_names_the_cause_clause() -> None:
    # dev 63_voa-livedoor-raid-tokyo-stock-plunge-2006-01-17.txt:8, after a sentence that sets the market
    facts = facts_of("Tokyo stocks fell 2.8 percent on Tuesday.\nJapanese prosecutors have raided one of the "
                     "country's most high-profile Internet companies, prompting the main stock index to suffer "
                     "its biggest one-day point drop in 20 months.")
    assert {(c.effect.id, c.cause, c.cue) for c in facts.causes} == {
        ("idx-n225", "Japanese prosecutors have raided one of the country's most high-profile Internet companies",
         "prompting")}


@pytest.mark.parametrize(("text", "expected"), [
    # written: the move is the sentence before; the cause names only the move's noun
    ("Stocks in Seoul plunged 4% on Monday. Weak chip exports triggered a sell-off among retail investors.",
     {("idx-kospi", "Weak chip exports", "triggered")}),
    ("The Nikkei fell 2.1%. Weak factory data from China sparked the selling.",
     {("idx-n225", "Weak factory data from China", "sparked")}),
    ("The Hang Seng rose 1.5%. Hopes of more stimulus fuelled a broad rally.",
     {("idx-hsi", "Hopes of more stimulus", "fuelled")}),
    ("The Kospi fell 1%. It triggered a sell-off.", set()),
    ("The Hang Seng rose 1.5%. Weak data sparked the selling.", set()),  # a fall explains no rise
])
def test_cause_of_the_move_before(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {(c.effect.id, c.cause, c.cue) for c in facts_of(text).causes} == expected


def test_one_market_pushing_its_own_benchmark_is_no_cause() -> None:
    # written, in the style of a Hong Kong desk wrap
    facts = facts_of("Hong Kong stocks closed up, pushing the benchmark to a three-year high.")
    assert facts.causes == ()
