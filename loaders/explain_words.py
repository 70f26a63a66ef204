"""Word lists of the ``--explain`` report: the words around a figure that say what it is
when no fact took it, and the cue words the report looks for besides the extraction's.

Kept apart from the report's rules (``explain.py``) so they can be read and extended as data.
A key is a phrase of lowercased words; the kind None marks a phrase that only blocks a
shorter key inside it ("exchange rate" is no bond rate).
"""
from __future__ import annotations

__all__ = ["TRAP_WORDS", "TRAP_FIGURES", "POINTS_REACH", "EXTRA_CUES", "NOT_CAUSE", "NUMBER_WORDS", "NUMBER_GLUE",
           "PERIODS", "BOUNDARY", "POINTS", "AS_FOLLOWERS", "AS_LEADERS", "ON_FOLLOWERS", "ON_THE", "ON_LEADERS",
           "DIRECTION_NOUNS", "AMBIGUOUS_CUES", "TIMING_KINDS", "ON_PLACES", "AFTER_PLACE"]

#: trap kind -> the words that make a figure that kind
TRAP_WORDS: dict[str | None, tuple[str, ...]] = {
    "intraday or historical extreme": (
        "as much as", "as high as", "as low as", "at one point", "at one stage", "record high of",
        "record highs of", "record low of", "record lows of", "highs of", "lows of", "record of", "high of",
        "low of", "intraday", "earlier", "all-time high", "peak", "peaked", "session high", "session low",
        "before paring", "pared", "in early trade", "in early trading", "in morning trade", "in morning trading",
        "at its high", "at its low", "at the open", "topped", "tops", "topping", "surpassed", "surpassing",
        "reached", "reaches", "hit", "hits", "above", "below", "milestone", "mark", "barrier", "threshold"),
    "multi-period change": (
        "year to date", "year-to-date", "so far this year", "this year", "last year", "this month",
        "last month", "this week", "last week", "for the week", "for the month", "for the year",
        "over the past", "in the past", "since january", "weekly", "monthly", "annual", "annually"),
    "macro data": (
        "gdp", "gross domestic product", "economy", "economic growth", "exports", "export", "imports", "import",
        "inflation", "cpi", "ppi", "consumer prices", "producer prices", "consumer price index", "retail sales",
        "payrolls", "nonfarm", "non-farm", "unemployment", "unemployment rate", "jobless", "jobless rate",
        "jobless claims", "foreclosures", "foreclosure", "housing starts", "home sales", "home prices",
        "house prices", "industrial production", "industrial output", "factory output", "output", "pmi",
        "trade surplus", "trade deficit", "current account", "budget deficit", "deficit", "surplus",
        "consumer confidence", "consumer spending", "money supply", "new loans", "growth rate",
        "manufacturing activity", "durable goods", "orders", "growth target", "growth"),
    "forecast": (
        "forecast", "forecasts", "forecasted", "forecasting", "expects", "predicts", "predicted", "projected",
        "projects", "will fall", "will rise", "could fall", "could rise", "may fall", "may rise", "expect",
        "expected", "likely", "poised", "see", "sees", "set to"),
    "futures quote": ("futures", "futures trading", "futures contract", "futures contracts"),
    "bond yield/rate": (
        "yield", "yields", "treasury", "treasuries", "bond", "bonds", "interest rate", "interest rates",
        "rate", "rates", "basis points", "libor", "hibor", "shibor", "lpr", "prime rate", "discount rate",
        "federal funds", "fed funds", "coupon", "mortgage rates", "mortgage rate"),
    "target price": ("target price", "price target", "target", "targets"),
    "stake/ownership percentage": (
        "stake", "stakes", "holding", "holdings", "owns", "own", "owned", "ownership", "shareholding",
        "shareholder", "controls", "interest in", "of the company", "of its shares"),
    "market breadth": (
        "advancers", "decliners", "advancing issues", "declining issues", "advancing stocks", "declining stocks",
        "advancing shares", "declining shares", "outnumbered", "breadth", "advance-decline", "new highs",
        "new lows", "that rose", "that fell", "that gained", "that declined", "that advanced", "that closed flat",
        "stocks rose", "stocks fell", "stocks advanced", "stocks declined"),
    "earnings/revenue growth": (
        "earnings", "profit", "profits", "net profit", "revenue", "revenues", "income", "net income", "sales",
        "eps", "margin", "margins", "dividend", "dividends", "same-store sales", "guidance", "earnings growth",
        "revenue growth", "profit growth", "sales growth"),
    "turnover/volume": ("turnover", "volume", "volumes", "trading volume"),
    "price quote": (
        "a barrel", "per barrel", "an ounce", "per ounce", "a share", "per share", "a bushel", "per bushel",
        "a ton", "per ton", "a tonne", "per tonne", "a pound", "per pound", "price", "prices", "priced",
        "selling at", "sold at", "traded at", "trading at", "quoted at", "offer price"),
    "other number": (
        "magnitude", "earthquake", "quake", "workers", "employees", "jobs", "staff", "people", "deaths", "died",
        "cases", "infections", "households", "customers", "users", "barrels a day", "barrels per day", "tons",
        "tonnes", "vehicles", "units", "offer", "deal", "bid", "acquisition", "takeover", "buyout", "valued",
        "worth", "market value", "market capitalization", "market capitalisation", "market cap", "stimulus",
        "bailout", "package", "fund", "funding", "aid", "loan", "loans", "debt", "raised", "ipo", "flights",
        "million", "billion", "trillion", "thousand"),
    None: ("exchange rate", "exchange rates", "tax rate", "rate of", "retail sales", "sales tax"),
}
#: figure kinds each trap kind can explain (any kind when not listed): a percent by "prices"
#: is a price's move, not a quote; an amount "annually" is no multi-period change
TRAP_FIGURES = {
    "price quote": frozenset({"MONEY", "LEVEL"}),
    "target price": frozenset({"MONEY", "LEVEL"}),
    "multi-period change": frozenset({"PERCENT", "RANGE", "POINTS", "WORDS"}),
    "turnover/volume": frozenset({"MONEY", "LEVEL", "SHARES"}),
}
#: kinds that say when a figure was, not what it is: a figure is what it is first
#: ("lifted its stake to 5.16% last week" is a stake)
TIMING_KINDS = frozenset({"intraday or historical extreme", "multi-period change"})
#: how far (in items) a trap word may stand from a points figure and still explain it
POINTS_REACH = 3
EXTRA_CUES = ("sent", "tracking", "weighed on", "weigh on", "weighs on", "weighing on", "reacted to",
               "shrugged off", "despite")
#: what a cue that is no cause says about itself
NOT_CAUSE = {"despite": "concessive 'despite' is no cause", "shrugged off": "explicit non-cause 'shrugged off'"}
NUMBER_WORDS = frozenset("""zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred half
quarter third fifth tenth fraction""".split())
NUMBER_GLUE = frozenset({"a", "an", "and", "point", "-", "of"})
PERIODS = frozenset({"day", "days", "session", "sessions", "week", "weeks", "month", "months", "year", "years",
                      "hours", "straight", "consecutive"})
BOUNDARY = frozenset({";", ".", "while", "whereas", "but", "although", "though", "|"})
POINTS = frozenset({"points", "point", "pts"})
AS_FOLLOWERS = frozenset({"much", "many", "well", "of", "high", "low", "long", "soon", "far", "part", "usual",
                           "such", "expected", "if", "though", "a", "an", "for", "to", "good", "little", "few"})
AS_LEADERS = frozenset({"as", "such", "so", "same", "much", "many", "well", "high", "low", "long", "soon", "far",
                         "just"})
ON_FOLLOWERS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                           "february", "march", "april", "may", "june", "july", "august", "september", "october",
                           "november", "december", "track", "average", "record", "top", "hold", "board", "paper",
                           "balance", "course", "sale", "offer", "its", "their", "his", "her", "hand", "wall",
                           "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                           "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.",
                           "dec."})
ON_THE = frozenset({"day", "session", "week", "month", "year", "quarter", "nasdaq", "exchange", "board", "market",
                     "index", "news", "other", "one", "whole", "same"})
ON_LEADERS = frozenset({"focus", "focused", "focusing", "bet", "bets", "betting", "based", "depend", "depends",
                         "rely", "relies", "comment", "commented", "agreed", "held", "hold", "carry", "keep", "later",
                         "report", "reported", "remain", "remained", "impact", "effect", "pressure", "weighed",
                         "weighs", "weighing", "lower", "higher"})

#: nouns and adjectives that state a direction ("a 2% loss", "big decliners"), beside the verbs
DIRECTION_NOUNS = frozenset({"loss", "losses", "gain", "gains", "drop", "drops", "decline", "declines", "plunge",
                             "jump", "rise", "fall", "slump", "rally", "surge", "advance", "retreat", "decliners",
                             "gainers", "advancers", "losers", "selloff", "sell-off", "rout", "rebound", "slide",
                             "higher", "lower", "up", "down", "record", "low", "high"})
#: cue words common in other senses ("as well", "testify on"): listed only in a sentence that
#: states a move or a direction
AMBIGUOUS_CUES = frozenset({"as", "on", "upon", "after", "following", "amid", "amidst"})
#: "fell on Asian stock markets Monday": "on" before a place of trading is no cue
ON_PLACES = frozenset({"market", "markets", "exchange", "exchanges", "street", "bourse", "bourses", "nasdaq"})
#: what may follow such a place ("on Chinese markets have lost"); a noun there makes it a cause
#: again ("on stock market worries")
AFTER_PLACE = frozenset({"have", "has", "had", "were", "was", "are", "is", "and", "or", "in", "on", "as", "after",
                         "amid", "following", "today", "yesterday", "this", "last", "early", "late", "to", "for",
                         "with", "since", "despite", "overnight"})
