"""Word lists of the cause rules (:mod:`marketkg.loaders.causes`, :mod:`marketkg.loaders.cause_links`):
what may stand between a move and its cue, what makes a cue a time, what opens a second cause.

Kept apart from the rules so they can be read and extended as data.
"""
from __future__ import annotations

__all__ = [
    "GAP_WORDS", "NOT_CAUSE_AFTER_ON", "ON_VENUE", "ON_AS_VERB", "NOT_CAUSE_AFTER_OVER", "HOLIDAYS", "OVER_TIMES",
    "NOT_CAUSE_AFTER_THE", "AS_NOT_CUE",
    "WAITING", "BOUNDARY", "BACK_SUBJECTS", "BACK_VERBS", "UP_WORDS", "WHEN",
    "WEEKDAYS", "LOOSE_GAP", "CLAUSE_END", "WEAK_CUES", "TIME_BEFORE_AFTER", "SPANS",
    "COUNTS", "OPENINGS", "DENIED", "INDEX_DESCRIBERS", "SECOND_CAUSE", "ALSO_CAUSE", "COURSE",
    "AFTER_COURSE", "COURSE_NOUNS", "EARLIER_MOVES", "EARLIER_DAYS", "ON_CAUSE_NOUNS", "MOVE_PARTICIPLES", "EFFECT_KINDS", "ADVERBS", "CLOSE_VERBS", "SIDES",
    "SUBJECT_BEFORE", "SHARE_WORDS", "OBJECT_SKIP", "CLAUSE_OPEN", "AUXILIARIES", "VERB_CUES",
    "NEGATIONS", "AGENTS", "IRREGULAR_PAST", "CAUSING", "LEADING", "BACK_ADJECTIVES", "MOVE_NOUN_MODIFIERS",
]

GAP_WORDS = frozenset({",", "points", "pts", "point", "respectively", "today", "sharply", "modestly", "slightly",
                       "marginally", "strongly", "firmly", "apiece", "each", "-", "also", "further"})
NOT_CAUSE_AFTER_ON = frozenset({"by",  # (Europa Press' translated "weighed down on by banks": a passive's agent, no cause)
                                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                "the", "a", "an", "average", "record", "its", "their", "year", "paper", "track",
                                "par", "wall", "board", "friday's", "monday's", "tuesday's", "wednesday's",
                                "thursday's", "january", "february", "march", "april", "may", "june", "july",
                                "august", "september", "october", "november", "december", "track", "balance",
                                "aggregate", "course", "top", "hold", "sale", "offer", "listing", "eve",
                                "route",  # (EconomicCalendar's "climbed 0.3% on route to a new record close")
                                # the days of a holiday: the Press and Journal's "a 3.1% advance on Hogmanay"
                                "hogmanay", "christmas", "diwali", "thanksgiving", "easter", "muhurat", "boxing",
                                # China Last Night's "added +0.27% on volume that fell -38% from Thursday"
                                "volume", "volumes", "turnover",
                                }
                               | {m + dot for m in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                                    "oct", "nov", "dec") for dot in ("", ".")})
#: "on" + these is a venue or an occasion, not a cause
ON_VENUE = frozenset({"nyse", "exchange", "bourse", "debut", "listing", "amex", "floor", "board", "tsx", "lse",
                      "hkex", "sgx", "asx", "bse", "nse"})
ON_AS_VERB = frozenset({"based", "depending", "depends", "depend", "focused", "focus", "bet", "bets", "betting",
                        "relied", "rely", "relies", "commented", "comment", "worked", "working", "agreed",
                        "insisted", "imposed", "placed", "spent", "pinned", "hinge", "hinges", "hinged"})
NOT_CAUSE_AFTER_OVER = frozenset({"the", "a", "an", "its", "their", "one", "two", "three", "four", "five", "six",
                                  # (and the number words: "its lowest in over six years")
                                  "seven", "eight", "nine", "ten", "eleven", "twelve",
                                  "half", "percent", "per", "time", "recent", "last", "next", "past", "previous",
                                  "this", "that", "those", "these", "and", "-", ",", ".", "to",
                                  "in", "at", "there", "here"})  # "and over in Frankfurt the Dax": a place
#: holidays, in lower case: a time, and no name when one stands alone capitalised ("on Christmas eve")
HOLIDAYS = frozenset({"christmas", "easter", "thanksgiving", "diwali", "ramadan", "eid", "hanukkah"})
#: times "over" may stand before ("strong sales over Christmas"), no cause unless a noun follows them ("over holiday
#: sales worries", "over weekend protests")
OVER_TIMES = HOLIDAYS | {"weekend", "holidays", "holiday"}
NOT_CAUSE_AFTER_THE = frozenset({"day", "session", "week", "month", "year", "quarter", "mainland", "nasdaq",
                                 "exchange", "board", "market", "index", "back", "heels", "wake"})
AS_NOT_CUE = (("as", "well"), ("as", "much"), ("as", "many", "as"), ("as", "high"), ("as", "low"), ("as", "of"),
              ("as", "part"), ("as", "usual"), ("as", "a", "result"), ("as", "such"), ("as", "expected"),
              ("as", "the", "session"), ("as", "to"), ("as", "the", "day"),
              ("as", "did"), ("as", "does"), ("as", "do"),
              # "trading 5.5% higher, as compared to a marginal 0.04% rise in the Sensex": a comparison
              ("as", "compared"), ("as", "opposed"),
              ("as", "against"),  # PTI's "ended marginally lower at 75.19, as against the last close of 75.15"
              # "closing down 6.4 percent as a sector": the move's own measure
              ("as", "a", "sector"), ("as", "a", "group"), ("as", "a", "whole"),
              # AP's "as traders took the data as a sign the worst of inflation may have passed": a reading, no cue
              # (not "as signs of a slowing chip cycle weighed", "as evidence mounted": clauses of their own)
              ("as", "a", "sign"), ("as", "a", "signal"), ("as", "an", "indication"))
WAITING = frozenset({"awaited", "await", "awaiting", "waited", "waiting", "eyed", "eyeing", "braced", "bracing",
                     "awaits"})
BOUNDARY = frozenset({";", ".", "while", "whereas", "but", "although", "though", "-", "|", ":"})
BACK_SUBJECTS = frozenset({"rally", "gains", "gain", "advance", "rebound", "rise", "surge", "jump", "upturn",
                           "downturn", "decline", "declines", "losses", "loss", "sell-off", "selloff", "slide", "drop",
                           "fall", "slump", "retreat", "moves", "move", "rout", "pullback", "selling", "buying",
                           "dive", "plunge", "tumble", "slide", "weakness", "strength", "movements", "descent", "dip",
                           "increase", "decrease",
                           "drops", "falls", "rises", "jumps", "slides", "plunges", "dips",  # The Week's "The drops all"
                           "recovery", "comeback",  # (review 74's "Its recovery came after DBS Group reported X")
                           "tailspin", "meltdown", "bloodbath", "crash",
                           "setback"})  # (247 News Agency's "this setback is also due to political uncertainty")
_BACK_PASSIVES = ("driven by", "fuelled by", "fueled by", "sparked by", "triggered by", "spurred by", "led by",
                  "supported by", "underpinned by", "due to", "linked to", "impacted by", "caused by", "prompted by",
                  "helped by", "boosted by", "hit by")
# "The rally followed X", "The gains were driven by X"
BACK_VERBS = (("followed",), ("came", "after"), ("came", "as"), ("came", "amid"), ("came", "on", "the", "back", "of"),
              ("comes", "after"), ("comes", "as"), ("comes", "amid"), ("follows",), ("reflected",), ("reflects",),
              # RTÉ's "The declines follow the collapse yesterday of X", the Irish Independent's "Those falls came a day
              # after the Ministry of Trade said X"
              ("follow",), ("came", "a", "day", "after"), ("comes", "a", "day", "after"),
              # the Finance Markets' "The decline came on a downgrade from Mizuho Securities"
              ("came", "on", "the", "heels", "of"), ("comes", "on", "the", "heels", "of"), ("came", "on"), ("comes", "on"),
              # DW's "The selloff has come as investors fear a banking liquidity crisis"
              *((aux, "come", cue) for aux in ("has", "have") for cue in ("after", "as", "amid")),
              *((*aux.split(), *p.split()) for p in _BACK_PASSIVES + ("attributed to", "attributable to", "ascribed to",
                                                                    "blamed on", "thanks to")  # the Herald's "The
                # increase was largely thanks to X"; RT's "The gain has been attributed to the weakening of the rouble"
                for aux in ("was", "were", "is", "are", "has been", "have been", "had been")))
#: adjectives between "The" and a move noun that points back: "The dramatic fall came after X"
BACK_ADJECTIVES = frozenset({"dramatic", "sharp", "steep", "sudden", "big", "strong", "broad", "broad-based", "heavy",
                             "latest", "recent", "modest", "slight", "late", "early", "initial", "overall",
                             "renewed", "fresh", "market-wide", "widespread", "massive", "afternoon", "morning",
                             "substantial", "significant", "considerable", "further", "biggest", "steepest",
                             # Watcher.Guru's "This unprecedented drop was largely driven by X"
                             "unprecedented", "historic", "huge", "severe", "marginal", "largest", "worst", "sharpest"})
UP_WORDS = frozenset({"rally", "gains", "gain", "advance", "rebound", "rise", "surge", "jump", "upturn", "buying",
                      "strength", "increase", "rises", "jumps", "recovery", "comeback"})
WHEN = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "today", "yesterday", "overnight",
                  "january", "february", "march", "april", "may", "june", "july", "august", "september",
                  "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                  "sept", "oct", "nov", "dec"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: words that may stand between a move and its cue: days, adverbs, figures' units, record phrases
LOOSE_GAP = GAP_WORDS | WEEKDAYS | frozenset({
    "last", "this", "week", "across", "the", "board", "for", "first", "time", "record", "high", "highs", "low",
    "lows", "new", "all-time", "barrel", "ounce", "tonne", "bushel", "above", "below", "near", "to", "of", "a",
    "an", "in", "trading", "electronic", "mostly", "again", "all", "percent", "per", "cent", "nearly", "almost",
    "about", "more", "than", "over", "just", "under", "up", "down", "higher", "lower", "session", "day", "days",
    "early", "late", "trade", "afternoon", "morning", "its", "their", "biggest", "largest", "since", "years",
    "year", "months", "weeks", "at", "close", "overnight", "yesterday", "(", ")", "were", "was", "and", "by",
    "followed", "volume", "volumes", "turnover", "consecutive", "straight", "second", "third",
    # the move's own record between it and its cue: ", in their best percentage gain since 2008, on news of X"
    "best", "worst", "percentage", "gain", "loss", "one-day", "single-day", "daily"})
CLAUSE_END = BOUNDARY | {"which", "who", "where", "when", "that", "despite", "but", "while"}
#: a single-word cue that is as often a time or a manner: it must stand close to the move
WEAK_CUES = frozenset({"as", "on", "upon", "over"})
TIME_BEFORE_AFTER = frozenset({"shortly", "soon", "just", "right", "minutes", "hours", "moments", "immediately",
                               "weeks", "months", "years", "long"})
SPANS = frozenset({"day", "days", "session", "sessions", "week", "weeks", "month", "months", "year", "years"})
COUNTS = frozenset({"many", "several", "a", "few", "two", "three", "four", "five", "six", "seven", "eight",
                    "nine", "ten", "consecutive", "straight", "successive", "of", "another"})
#: "after the long weekend", "after a holiday break": a pause in trading, not a cause
PAUSES = frozenset({"holiday", "holidays", "weekend", "break", "recess"})
OPENINGS = frozenset({"open", "opening", "bell", "close", "closing", "start", "break", "lunch", "hours"})
#: a "cause" the sentence itself denies: "as investors shrugged off X"
DENIED = frozenset({"shrugged", "shrug", "shrugging", "brushed", "unmoved", "ignored", "ignoring", "despite",
                    "overlooked", "disregarded"})
#: the second of two coordinated causes opens like a noun phrase: "after A and a setback in B"
SECOND_CAUSE = frozenset({"a", "an", "the", "another", "escalating", "mounting", "deepening", "lingering", "news", "fears", "concerns", "worries", "hopes", "expectations",
                          "growing", "rising", "falling", "continued", "continuing", "weak", "weaker", "strong",
                          "stronger", "renewed", "further", "tight", "higher", "lower", "reports", "data", "signs",
                          "more", "weakening", "easing", "weakness", "strength", "selling", "heavy", "massive",
                          "mounting", "lingering", "escalating", "fresh", "disappointing", "upbeat", "mixed", "new",
                          # "as investors grew concerned about A and waning expectations for B"
                          "waning", "fading", "diminishing", "dwindling", "improving", "slowing", "cooling",
                          "softening", "persistent", "ongoing", "uncertainty", "optimism", "pessimism", "tensions",
                          "relief",  # "on news of a rescue package and relief that the Olympics was postponed"
                          # "amid unabated foreign fund outflows and sluggish Asian market cues"
                          "sluggish", "solid", "robust", "poor", "positive", "negative", "surging", "soaring",
                          "tumbling", "plunging", "sliding", "slumping", "subdued", "muted", "buoyant", "bleak",
                          "gloomy", "firm", "firmer", "soft", "softer", "better", "worse",
                          # AFP's "on a stronger yen and disappointment over a lack of asset-buying from the BoJ"
                          "disappointment", "anxiety", "caution", "speculation", "doubts", "anticipation"})
#: "on China worries", "on U.S. trade tensions": a place before one of these is a cause, not a venue
CONCERN_NOUNS = frozenset({"worries", "fears", "concerns", "hopes", "jitters", "tensions", "data", "demand",
                           "optimism", "pessimism", "woes", "tariffs", "stimulus", "slowdown", "recession",
                           "uncertainty", "news", "weakness", "troubles", "risks", "reports", "turmoil", "crisis",
                           "tightening", "easing", "exports", "inflation", "growth", "unrest", "protests", "tension",
                           "election", "elections", "debt", "budget", "politics", "uncertainties",
                           "crunch", "squeeze", "shortage",  # ("worries over growth and a cash crunch at lenders")
                           "caution", "nervousness", "anxiety", "anxieties"})  # ("and investor caution over X")
#: nouns that make "on a ..." / "on the ..." a cause: "on a Wall Street comeback", "on the news"
ON_CAUSE_NOUNS = CONCERN_NOUNS | frozenset({"comeback", "rally", "rebound", "bounce", "recovery", "expectations", "report",
                                            "decision", "announcement", "results", "earnings", "surge", "slump",
                                            "selloff", "sell-off", "rout", "upgrade", "downgrade", "bets",
                                            "speculation", "optimism", "talks", "deal", "outlook", "warning",
                                            "news", "expectation", "reports", "data", "hopes",  # "on the news"
                                            # the Hindustan Times' "rose 3.8% on market talk of a possible merger"
                                            "talk", "rumours", "rumors", "chatter",
                                            # "on the hope that the scheme would ...", "on the prospect of ..."
                                            "hope", "fear", "worry", "concern", "prospect", "prospects", "signs",
                                            # CNBC's "rose 3.9% on a profit beat", "fell on a revenue miss", "jumped
                                            # on a takeover bid"
                                            "beat", "miss", "forecast", "guidance", "bid", "takeover", "merger",
                                            "buyback",
                                            # "Stockholm bourse falls on US consumer stats", "on strong jobs figures"
                                            "stats", "statistics", "figures", "numbers",
                                            # Asian wraps' "ended firmer on a solid lead from New York", "on
                                            # positive cues from abroad"
                                            "lead", "cue", "cues"})
#: another market's move named right after its name: Jiji's "Tokyo stocks fall back on Wall Street drop"
MARKET_MOVE_NOUNS = frozenset({"drop", "fall", "decline", "declines", "losses", "gains", "plunge", "tumble", "slide",
                               "weakness", "strength", "jump", "advance", "rally", "rebound", "selloff", "sell-off"})
#: "on a weaker yen", "on the stronger dollar": a comparative after the article makes "on" a cause
COMPARATIVES = frozenset({"weaker", "stronger", "higher", "lower", "firmer", "softer", "rising", "falling"})
PRICED = frozenset({"yen", "dollar", "euro", "won", "yuan", "rupee", "pound", "oil", "prices", "yields", "rates",
                    "demand", "currency", "bond", "price",
                    # "gained on the firmer rand", "on a weaker ringgit", "on higher copper": the currencies of
                    # the genre's markets and the commodities quoted beside them
                    "rand", "ringgit", "baht", "peso", "real", "lira", "rouble", "ruble", "franc", "krona", "krone",
                    "zloty", "shekel", "rupiah", "dong", "renminbi", "greenback", "loonie", "sterling", "gold",
                    "copper", "crude"})
ALSO_CAUSE = (("as", "well", "as"), ("coupled", "with"), ("along", "with"), ("together", "with"),
              ("in", "addition", "to"))
#: "after trading in a narrow range", "after hitting a two-week low": the market's own course
COURSE = frozenset({"trading", "hitting", "touching", "opening", "starting", "swinging", "fluctuating", "moving",
                    "closing", "ending", "finishing", "posting", "recording", "marking", "reaching", "snapping",
                    "seesawing", "spending", "paring", "erasing", "extending", "giving", "briefly", "flipping",
                    "wavering", "oscillating", "whipsawing", "alternating", "hovering", "drifting", "veering",
                    "bouncing", "zigzagging", "teetering", "churning", "earning", "setting", "crossing", "scaling",
                    "notching", "logging", "breaching", "gyrating", "wobbling", "yo-yoing", "booking", "registering",
                    "clocking", "chalking", "scoring", "peaking", "bottoming",  # ("a day after booking a fresh record
                    # closing high"; Asian Voice's "closed 6 per cent lower after staging a partial recovery")
                    "staging"})
#: "after directionless moves", "after choppy trade": the market's own course named as a noun
COURSE_NOUNS = frozenset({"moves", "trade", "trading", "session", "swings", "gyrations", "fluctuations"})
#: what follows a course verb ("after falling for three sessions"); "after rising U.S. demand" is a cause
AFTER_COURSE = frozenset({"for", "in", "to", "as", "more", "sharply", "a", "the", "early", "earlier", "over",
                          "past", ",", ".", "its", "their", "at", "on", "near", "above", "below", "back",
                          "steadily", "slightly", "nearly", "almost", "about", "around", "flat", "higher", "lower",
                          "between", "from", "within", "an", "that", "this", "another", "new", "fresh", "record"})
#: a move noun in a cause phrase that, with a day before it, is the market's own earlier move: "after
#: Wednesday's 3 percent jump", "after a strong rally the previous trading day"
EARLIER_MOVES = frozenset({"jump", "jumps", "rally", "rallies", "gain", "gains", "rise", "rises", "surge", "advance",
                           "advances", "rebound", "loss", "losses", "fall", "falls", "drop", "drops", "decline",
                           "declines", "slide", "slump", "selloff", "sell-off", "plunge", "tumble",
                           "high", "highs", "peak", "peaks", "low", "lows"})  # "following their record closing highs last week"
EARLIER_DAYS = frozenset({"previous", "prior", "yesterday", "last", "monday", "tuesday", "wednesday", "thursday",
                          "friday", "consecutive", "straight", "days", "sessions"})  # "five consecutive days of gains"
#: participles that state the move's own course, not the cause's: ", erasing earlier gains"
MOVE_PARTICIPLES = frozenset({"erasing", "extending", "paring", "reversing", "capping", "trimming", "adding",
                              "leaving", "bringing", "taking", "wiping", "closing", "ending", "finishing",
                              "marking", "snapping", "posting", "hitting", "reaching", "touching"})

#: mentions that can be an effect: markets, places standing as markets, sectors, known names
EFFECT_KINDS = frozenset({"market", "place", "sector", "ref"})
ADVERBS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "also", "mostly", "sharply",
                     "broadly", "were", "was", "are", "is", "have", "has", "had",
                     "been", "again", "all", "both", "generally", "largely", "still", "slightly",
                     "modestly", "on", "across", "the", "board", "too"})
CLOSE_VERBS = frozenset({"closed", "close", "closes", "ended", "end", "ends", "finished", "finish", "finishes",
                         "traded", "moved", "turned", "edged", "shot", "opened", "headed", "trended"})
SIDES = frozenset({"higher", "lower", "up", "down", "flat"})  # not "mixed": no price move to explain
SUBJECT_BEFORE = frozenset({"the", "but", "and", ",", "also", "meanwhile", "while", "however", "elsewhere",
                            "in", "on", "broader", "benchmark",
                            "most", "many"})  # VOA's "Most Asian markets sustained losses Thursday as X"
SHARE_WORDS = frozenset({"shares", "stocks", "prices", "equities"})
#: what may stand between a cause verb and its market: "sent Asian indices", "Force Shares Down in Europe", and the
#: move nouns before it ("drove a major selloff on Wall Street", "fuelled a 2% climb in the Kospi")
OBJECT_SKIP = frozenset({"the", "down", "lower", "higher", "up", "tumult", "turmoil", "in", "on", "stock",
                         "shares", "stocks", "prices", "a", "share", "markets", "investors", "across",
                         "sell-off", "selloff", "selling", "rally", "slide", "slump", "rout", "plunge", "drop",
                         "broad", "sharp", "heavy", "sell", "-", "off", "decline", "declines", "losses",
                         "gains", "fall", "rise", "weakness", "pressure", "'s", "’s", "of", "falls", "drops",
                         "significant", "steep", "big", "deep", "losses", "broader", "wider", "major", "massive",
                         "huge", "fresh", "renewed", "widespread"}) \
    | BACK_SUBJECTS | {"climb", "climbs", "surges", "advances", "rallies", "slumps"}
#: words before a named index that describe it: "lifted the benchmark Shanghai index" (a bare
#: "benchmark" is the index itself: "weighs heavily on benchmark")
INDEX_DESCRIBERS = frozenset({"benchmark", "main", "key", "broader", "blue-chip"})
#: a clause that is the cause of a later verb starts after one of these
CLAUSE_OPEN = frozenset({",", ";", ":", "that", "said", "says", "say", "-", "while", "but", "because"})
AUXILIARIES = frozenset({"have", "has", "had", "are", "is", "were", "was", "again", "also", "further", "all",
                         "both", "have", "continue", "continued", "to"})
VERB_CUES = frozenset({"reacted to", "responded to", "tracking", "tracked", "mirroring", "following the lead of",
                       "followed the lead of", "took their cue from", "took cues from", "taking their cue from",
                       "taking cues from", "taking the cue from", "taking a cue from", "taking its cue from",
                       # Reuters' "The Nasdaq also got a boost from Kite Bio", "European shares got a lift from
                       # cheaper oil": the verb of the effect's clause is the cue
                       # (finite verbs only: "stocks benefiting from China's growth" after "we prefer" is a pick)
                       "got a boost from", "got a lift from", "benefited from", "drew support from", "took support from"})
#: a negated or modal verb states no cause: "has not pushed", "will hit"
NEGATIONS = frozenset({"not", "never", "n't", "hardly", "barely", "will", "would", "could", "may", "might",
                       "should", "can", "'ll", "must"})
#: a cause verb's subject that names who acted, not why: "Investors pushed the Nikkei higher"
AGENTS = frozenset({"investors", "traders", "buyers", "sellers", "funds", "analysts", "they", "it", "he", "she",
                    "which", "that", "this", "these", "those", "what", "who"})
#: a cause that opens its sentence and the move it caused: "The news triggered a sell-off"
CAUSING = tuple(tuple(v.split()) for v in (
    "triggered", "sparked", "prompted", "fuelled", "fueled", "caused", "spurred", "set off", "touched off",
    "led to", "unleashed", "drove", "has triggered", "has sparked", "has prompted",
    "contributed to", "added to"))  # (the Saudi Gazette's "Worries about X contributed to the decline")
#: a cause that leads the move it is part of: "Banks and energy stocks paced Friday's declines",
#: "Miners lead fall on London's FTSE 100", "Technology shares led the rally"
LEADING = tuple(tuple(v.split()) for v in ("led", "lead", "leads", "paced", "pace", "paces", "headed"))
MOVE_NOUN_MODIFIERS = frozenset({"a", "an", "the", "another", "fresh", "broad", "broad-based", "sharp", "heavy",
                                 "strong", "big", "massive", "steep", "wave", "of", "renewed", "further", "late",
                                 "sudden", "brief", "modest", "wide", "early", "broader"})
#: the irregular past tenses a cause's clause ends with: "as crude prices rose and Morgan Stanley upgraded X"
IRREGULAR_PAST = frozenset({"rose", "fell", "sank", "slid", "shed", "lost", "grew", "shrank", "swung", "sold",
                             "bought", "said", "spun", "struck", "sought", "won", "took", "gave", "made", "kept",
                             "held", "left", "met", "drove", "hit", "cut", "soared", "leapt", "dove", "broke",
                             # Reuters' "... advanced on positive brokerage comments and investors bet the economic
                             # recovery will be strong"
                             "bet", "fled"})
