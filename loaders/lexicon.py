"""Word lists of the market-wrap genre: direction verbs, hedges, causal cues, heads.

Kept apart from the rules that use them so they can be read, extended and tested
as data.
"""
from __future__ import annotations

__all__ = [
    "UP_VERBS", "DOWN_VERBS", "AGENT_ADVERBS", "PHRASE_MOVES", "SEEN_MOVES", "PREPOSITIONS", "LIGHT_PARTICIPLES",
    "LIGHT_SIZES", "SIDE_NOUNS", "HEDGES", "CUES", "CAUSE_VERBS", "CAUSE_VERB_FIRST", "CAUSE_PARTICIPLES",
    "BARE_PREDICATES", "RESULT_VERBS", "RESULT_NOUNS", "MOVE_NOUNS", "SECTOR_HEADS", "SIZE_NOUNS",
    "MARKET_HEADS", "MARKET_HEADS_AFTER", "MARKET_HEADS_ALONE", "INDEX_HEADS", "MARKET_MODIFIERS",
    "MARKET_ONLY_MODIFIERS", "MARKET_COMPOUND_NEXT", "MARKET_WORLD_WORDS", "INDEX_TAIL_MODIFIERS",
    "INDEX_TAIL_HEADS", "MARKET_SLOT_NOUNS", "NAME_STOPWORDS", "SUBJECT_SKIP", "ASIDE_ADVERBS",
    "ROLE_WORDS", "CUE_FIRST_WORDS", "NEEDS_FIGURE", "BUSINESS_NOUNS", "AS_NO_CLAUSE", "BE_HAVE", "NAME_HEADS_BEFORE_OF", "CORPORATE_TAILS",
    "PLACED_PARTICIPLES", "PLACE_NOUNS", "GOODS_UNITS", "EXCEPT_WORDS", "excepting_at",
    "CIRCUIT_SIDES", "CIRCUIT_VERBS", "ANALYST_NOUNS",
]


def _forms(*stems: str) -> frozenset[str]:
    return frozenset(w for stem in stems for w in stem.split("|"))


UP_VERBS = _forms(
    "rose|rise|rises|rising|risen|rised", "climbed|climb|climbs|climbing", "jumped|jump|jumps|jumping",
    "surged|surge|surges|surging", "soared|soar|soars|soaring", "advanced|advance|advances|advancing",
    "rallied|rally|rallies|rallying", "added|adding", "gained|gain|gains|gaining",
    "increased|increasing|increases", "strengthened|strengthening|strengthens", "spiked|spiking",
    "rebounded|rebounding|rebounds|rebound", "leapt|leaped|leaping", "popped|popping",
    "firmed|firming", "ticked|rocketed|rocketing|skyrocketed", "up", "higher", "outperformed|outperforms|outperform",
    "rocketted|skyrocketted",  # (misspelt)
    "earned|earning", "zoomed|zooming|shot|recovered|recovering", "zooms|zoom", "doubled|tripled", "grew|grow|grows",
    "bolted",
    "shine|shines|shone",  # Reuters' headline "Nikkei Rises as Auto Shares Shine on Weak Yen"
    "appreciated|appreciates|appreciating",  # with a figure only: "Wema Bank appreciated by 8.82 per cent"
    "bounced|bounces|bouncing|perked|recouped|recoups|swelled|spurted",  # "the ASX 200 bounced 0.86 percent"
    "improved|expanded|grabbed|collected",  # with a figure only: Kathimerini's "Jumbo improved 2.71%", "Piraeus grabbed 2.03%"
    "improving",  # with a figure only: Boise Weekly's "Kestrel Tech did better still, improving 4.38 percent to $7.12"
    "cheered|roared|raced",  # with a figure only: the Guardian's "Royal Bank of Scotland cheered 6%", "roared 3.31 per cent"
    # with a figure only: Baystreet's "Osprey Growers accelerated $2.14, or 18.7%" (not "hiked": "The US hiked
    # tariffs on imports from China by 10 per cent")
    "accelerated",
    "regained",  # with a figure only: Soko Directory's "StanChart regained 0.3 percent" (not "regained ground")
    "add|adds",  # with a figure only: "Banco do Brasil, which managed to add 0.9%", headlines' "Nikkei adds 1.2%"
    "vaulted|vaults",  # with a figure only: "Shipping line Evergreen Marine vaulted 8.4 percent"
)
DOWN_VERBS = _forms(
    "fell|fall|falls|falling|fallen", "dropped|drop|drops|dropping", "declined|decline|declines|declining",
    "slid|slide|slides|sliding", "slipped|slip|slips|slipping", "plunged|plunge|plunges|plunging",
    "plummeted|plummet|plummets|plummeting", "tumbled|tumble|tumbles|tumbling",
    "plummetted|plumetted|plumeted|plumeting",  # as the wires misspell it: PTI's "the BSE Sensex plummetted 3,934.72 points"
    "retreated|retreat|retreats|retreating", "lost|losing|loses|lose", "shed|sheds|shedding",
    "decreased|decreasing|decreases", "sank|sink|sinks|sinking|sunk", "slumped|slump|slumps|slumping",
    "dipped|dip|dips|dipping", "eased|easing", "weakened|weakening", "crashed|crashing",
    "tanked|tanking", "skidded|sagged", "drooped|droops|drooping",  # Kyodo's "The Nikkei average drooped 34.18 points"
    "bled",  # with a figure only: Pinoy Money Talk's "Property sector, which bled 4.27%"
    "down", "lower", "off", "underperformed|underperforms|underperform",
    "sagging|slumping|skidding|tumbling|nosedived|nosediving|cratered|plummetting|dived|dove|diving",
    "dive|dives|nosedive|nosedives|crater|craters|tank|tanks|sag|sags|skid|skids",  # headlines' present tense
    "crashes",  # with a figure only: Business Standard's "Sensex crashes 505 pts on rupee woes" (not "Tesla crashes")
    "halved",
    "diminished|diminishes",  # with a figure only: a translated Athens close's "Kestrel diminished 1.7%"
    "dragged",  # with a figure only: "NAB dragged 2.69 per cent to $37.22" (not "dragged the index down")
    "trimmed|shaved",  # with a figure only: "the Shanghai Composite trimmed 0.8 percent" (not "trimmed losses")
    "shrank|shrunk|shrinks|contracted|contracts",  # with a figure only: "Motor Oil shrank 3.26%"
    "conceded|concedes|conceding|surrendered|surrenders|surrendering|shied",  # Athens: "National conceded 4.55 percent"
    "depreciated|depreciates|depreciating", "corrected|corrects",  # with a figure only: "which corrected by 1.18%"
    "receded|recedes|receding",  # with a figure only: "The wider Nifty50 receded by 95.05 points, or 0.93 per cent"
    "descended|descends",  # with a figure only: Proactive's "Finch Air (LON:FNA) descended 3.86% to 2,214p"
    "dumped",  # with a figure only: Baystreet's "Singapore's Straits Times Index dumped 26.95 points, or 0.8%"
    "reduced",  # with a figure only: the NST's "Hong Kong's Hang Seng Index reduced 4.03 per cent to 23,063.57"
    "softened|softening|collapsed|collapsing|stumbled|faltered|ebbed|buckled|wilted|sputtered",
    "shriveled|shrivelled|crumbled|crumbling",  # AP's "The Nasdaq composite shriveled 61.93 points"
    "crack|cracks|cracked",  # with a figure only: Indian headlines' "Kestrel Finance shares crack 16%"
    "lagged",  # with a figure only: the Canadian Press' "Industrials lagged 0.91%" (not "lagged the market")
    "docked|docking",  # with a figure only: Baystreet's "Just utilities sat out the rally, docking 1.3%"
)
#: prepositions whose object is no clause's subject: "the deal with Vodafone", "Sales at Toyota"
PREPOSITIONS = ("on", "in", "at", "from", "of", "to", "over", "with", "by", "for")
#: adverbs between a sentence-opening participle and its agent: "Slammed hard by the soaring price of crude"
AGENT_ADVERBS = frozenset({"hard", "heavily", "badly", "sharply", "partly", "largely", "mainly", "further", "also"})
#: participles that state a move by its noun, after the clause's own verb: "showing a loss of 0.74%", "marking a
#: loss of 5.89%"
LIGHT_PARTICIPLES = ("showing", "posting", "recording", "registering", "logging", "booking", "marking", "reflecting",
                     "representing",  # (Leadership's "gained 1,563.28 points, representing a gain of 2.48 per cent")
                     "indicating")  # (review 82's "closed at 38,120.5, indicating a rise of 0.34%")
#: the sizes a light participle's noun may take: PTI's "ending at 8,338.30, showing a modest gain of 14.15 points or
#: 0.17 per cent"
LIGHT_SIZES = ((), ("modest",), ("slight",), ("marginal",), ("small",), ("healthy",), ("sharp",), ("steep",),
               ("smart",), ("handsome",), ("hefty",), ("huge",), ("big",))
#: the finite verbs that state a move by a sized plural noun: PTI's "clocked smart gains", "posted hefty losses"
LIGHT_VERBS = ("clocked", "posted", "registered", "recorded", "logged", "notched", "booked")
#: the move nouns those participles take, and their sides
SIDE_NOUNS = {"gain": "up", "rise": "up", "loss": "down", "fall": "down", "decline": "down", "drop": "down"}
# multi-word predicates that state a direction without a figure
PHRASE_MOVES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("led", "the", "decline"), "down"), (("led", "the", "declines"), "down"), (("led", "losses"), "down"),
    (("led", "the", "losses"), "down"), (("led", "decliners"), "down"), (("leading", "the", "decline"), "down"),
    (("led", "gains"), "up"), (("led", "the", "gains"), "up"), (("led", "the", "charge"), "up"),
    (("led", "the", "rises"), "up"), (("led", "the", "rise"), "up"), (("led", "the", "advance"), "up"),
    (("led", "the", "falls"), "down"), (("led", "the", "fall"), "down"),
    # a wire's "Kestrel Land ... led declines after home sales fell": no article
    (("led", "declines"), "down"), (("led", "falls"), "down"),
    (("leading", "the", "charge"), "up"), (("led", "the", "rally"), "up"), (("leading", "gains"), "up"),
    (("drove", "the", "rally"), "up"), (("drove", "gains"), "up"), (("powered", "the", "rally"), "up"),
    (("fuelled", "the", "rally"), "up"), (("fueled", "the", "rally"), "up"),
    # AP's "Stocks gave back some of their recent gains"
    (("gave", "back"), "down"), (("gives", "back"), "down"), (("giving", "back"), "down"),
    # Business Standard's "ICICI Bank and Reliance Infrastructure nose-dived over 19% each" (a hyphen the tokenizer splits)
    (("nose", "-", "dived"), "down"), (("nose", "-", "dive"), "down"), (("nose", "-", "dives"), "down"),
    (("nose", "-", "diving"), "down"),
    (("saw", "broad-based", "gains"), "up"), (("saw", "gains"), "up"), (("posted", "gains"), "up"),
    (("seeing", "gains"), "up"), (("saw", "losses"), "down"), (("seeing", "losses"), "down"),  # "seeing gains of 0.5%"
    (("posted", "significant", "gains"), "up"), (("extended", "gains"), "up"), (("extended", "losses"), "down"),
    # PTI's "SBI (5.93 percent), HDFC Bank (2.11 percent) ... and NTPC (2.01 percent) clocked smart gains" (read only
    # with a figure: "The company posted heavy losses" is its results)
    *(((verb, *size, noun), side) for verb in LIGHT_VERBS for size in LIGHT_SIZES if size or verb == "clocked"
      for noun, side in (("gains", "up"), ("losses", "down"))),
    # review 70's "Japan's Nikkei eked out gains of 0.2% to close at 38,920"
    (("notched", "gains"), "up"), (("notched", "losses"), "down"), (("eked", "out", "gains"), "up"),
    (("eked", "out", "small", "gains"), "up"), (("eked", "out", "modest", "gains"), "up"),
    # Dawn's "traded in the green throughout Thursday, making gains of 933.68, or 1.89 per cent": a participle
    # telling more of its clause's move (not "recorded gains of 5% in sales", "has made gains of 40% this year")
    *(((verb, noun), side) for verb in ("making", "recording", "registering", "logging", "booking")
      for noun, side in (("gains", "up"), ("losses", "down"))),
    # PTI's "closed at 25,860.17, showing a loss of 191.64 points or 0.74%" (read only with its figure)
    *(((verb, "a", *size, noun), side) for verb in LIGHT_PARTICIPLES for size in LIGHT_SIZES
      for noun, side in SIDE_NOUNS.items()),
    # Bloomberg's "Shares extended drop after U.S. data", Reuters' "Banks surrender gains after X"
    *(((verb, noun), "down") for verb in ("extended", "extend", "extends")  # (Reuters' "China stocks extend fall")
      for noun in ("drop", "decline", "declines", "slide", "slump", "fall", "falls", "selloff")),
    *(((verb, noun), "up") for verb in ("extended", "extend", "extends")
      for noun in ("rally", "advance", "rebound", "climb", "rise")),
    *(((verb, "gains"), "down") for verb in ("surrender", "surrenders", "surrendered")),
    (("widened", "losses"), "down"), (("deepened", "losses"), "down"), (("extended", "their", "losses"), "down"),
    # Sharecast's "London stocks had maintained gains by midday", the SCMP's "developers swung from gains to losses"
    (("maintained", "gains"), "up"), (("maintained", "their", "gains"), "up"), (("held", "on", "to", "gains"), "up"),
    (("swung", "from", "gains", "to", "losses"), "down"), (("swung", "to", "losses"), "down"),
    (("swung", "from", "losses", "to", "gains"), "up"), (("swung", "to", "gains"), "up"),
    # AP's "Shares racked up more losses in New York"
    (("racked", "up", "losses"), "down"), (("racked", "up", "more", "losses"), "down"),
    (("racked", "up", "further", "losses"), "down"), (("racked", "up", "gains"), "up"),
    (("racked", "up", "more", "gains"), "up"), (("racked", "up", "further", "gains"), "up"),
    (("drifted", "lower"), "down"), (("edged", "lower"), "down"), (("edged", "down"), "down"),
    # "Japanese stocks marched higher", "Shares ground lower": a verb of motion with the side after it
    *(((verb, side), way) for verb in ("marched", "march", "marches", "ground", "grind", "grinds", "pushed", "push",
                                       "pushes", "trended", "trend", "trends", "powered", "crawled", "ratcheted",
                                       "limped", "staggered", "stumbled")  # (not "charged": "charged higher fees")
      for side, way in (("higher", "up"), ("lower", "down"))),
    # review 82's "Newcrest drifted down 0.8 per cent", "The Kospi crept down 0.3%"
    (("drifted", "down"), "down"), (("crept", "down"), "down"), (("crept", "lower"), "down"),
    # CNBC's "the Hang Seng spiraled down 6% to a 13-year low"
    *(((verb, side), "down") for verb in ("spiraled", "spiralled", "spiraling", "spiralling")
      for side in ("down", "lower")),
    # VOA's "The All Ordinaries in Sydney also got a boost of more than four percent"
    *(((verb, "a", noun), "up") for verb in ("got", "gets", "received", "receives") for noun in ("boost", "lift")),
    (("edged", "higher"), "up"), (("edged", "up"), "up"), (("ticked", "up"), "up"), (("ticked", "higher"), "up"),
    # the Business Times' "Singapore's Straits Times Index nudged up 0.5 per cent"
    *(((verb, side), way) for verb in ("nudged", "nudges") for side, way in (("up", "up"), ("higher", "up"),
                                                                             ("down", "down"), ("lower", "down"))),
    # Baystreet's "The TSX Venture index sidled up 6.42 points, or 0.7%", "Heron shares sprang up $2.03, or 1.9%"
    (("sidled", "up"), "up"), (("sidled", "down"), "down"), (("sprang", "up"), "up"),
    # Kenyan Wall Street's "Plover Insurance which climbed down 3.14% to KSh 9.45", the Tampa Bay Times' "Wren
    # Bank ... landed down 17 percent"
    (("climbed", "down"), "down"), (("landed", "down"), "down"), (("landed", "up"), "up"),
    # dpa-AFX's translated "Erste Group became cheaper by 1.4 percent"
    (("became", "cheaper"), "down"), (("became", "more", "expensive"), "up"),
    (("landed", "lower"), "down"), (("landed", "higher"), "up"),
    (("ticked", "down"), "down"), (("ticked", "lower"), "down"), (("moved", "higher"), "up"),
    (("moved", "lower"), "down"), (("closed", "higher"), "up"), (("closed", "lower"), "down"),
    (("ended", "higher"), "up"), (("ended", "lower"), "down"), (("finished", "higher"), "up"),
    (("finished", "lower"), "down"), (("closed", "up"), "up"), (("closed", "down"), "down"),
    (("ended", "up"), "up"), (("ended", "down"), "down"), (("finished", "up"), "up"), (("finished", "down"), "down"),
    (("closed", "flat"), "flat"), (("ended", "flat"), "flat"), (("finished", "flat"), "flat"),
    (("closed", "steady"), "flat"), (("ended", "steady"), "flat"), (("finished", "steady"), "flat"),  # a close held
    (("closed", "unchanged"), "flat"), (("ended", "unchanged"), "flat"), (("was", "unchanged"), "flat"),
    (("is", "unchanged"), "flat"), (("were", "unchanged"), "flat"), (("are", "unchanged"), "flat"),
    (("was", "also", "unchanged"), "flat"), (("is", "also", "unchanged"), "flat"),
    (("were", "both", "unchanged"), "flat"), (("were", "all", "unchanged"), "flat"),  # "A and B were both unchanged at"
    (("were", "both", "flat"), "flat"), (("were", "all", "flat"), "flat"),
    (("was", "more", "or", "less", "unchanged"), "flat"), (("were", "more", "or", "less", "unchanged"), "flat"),
    (("was", "virtually", "unchanged"), "flat"), (("were", "virtually", "unchanged"), "flat"),
    (("was", "largely", "unchanged"), "flat"), (("were", "largely", "unchanged"), "flat"),
    (("was", "nearly", "unchanged"), "flat"), (("were", "nearly", "unchanged"), "flat"),  # AP's "KEEPING SCORE"
    (("was", "almost", "unchanged"), "flat"), (("were", "almost", "unchanged"), "flat"),
    (("was", "essentially", "unchanged"), "flat"), (("were", "essentially", "unchanged"), "flat"),
    # AP's "Germany's DAX was nearly flat at 12,674.50"
    *(((verb, adverb, "flat"), "flat") for verb in ("was", "were", "closed", "ended", "finished")
      for adverb in ("nearly", "almost", "virtually", "essentially", "about", "roughly")),
    # (not "largely flat to slightly weaker")
    # the MT Newswires' "the Shenzhen Component closed largely unchanged at 10,482.37"
    *(((verb, adverb, "unchanged"), "flat") for verb in ("closed", "ended", "finished")
      for adverb in ("nearly", "almost", "virtually", "essentially", "largely", "broadly", "mostly")),
    # VOA's "finished its trading session down 22 points, but unchanged percentage-wise" (the verb left out)
    (("unchanged", "percentage", "-", "wise"), "flat"), (("unchanged", "percentage", "wise"), "flat"),
    # Yonhap's "Market bellwether Samsung Electronics remained flat at 61,500 won" (with its level only: not
    # "North American DAUs remained flat", a count of users; see moves._held_flat for the rest)
    *(((verb, side, "at"), "flat") for verb in ("remained", "stayed") for side in ("flat", "unchanged")),
    # Soko Directory's "the NASI remained largely unchanged" (a name the reference knows: see moves._held_flat_no_close)
    *(((verb, *adverb, "unchanged"), "flat") for verb in ("remained", "stayed")
      for adverb in ((), ("largely",), ("virtually",), ("broadly",), ("nearly",), ("almost",), ("essentially",))),
    # Malaya's "Ayala Land Inc. was steady at P28.25" (with its level: "Hong Kong stocks were steady" is a mood)
    *(((verb, "steady", "at"), "flat") for verb in ("was", "were", "held", "remained", "stayed")),
    (("was", "flat"), "flat"), (("were", "flat"), "flat"), (("traded", "flat"), "flat"), (("was", "little", "changed"), "flat"),
    (("parted", "with"), "down"), (("fell", "back"), "down"), (("bounced", "back"), "up"), (("bounces", "back"), "up"),
    # CNBC's "Stocks clawed their way back from a midday rout as banks surged"
    (("clawed", "back"), "up"), (("clawed", "their", "way", "back"), "up"), (("clawed", "its", "way", "back"), "up"),
    (("lost", "ground"), "down"), (("gained", "ground"), "up"),
    # the Japan Times' "Tokyo shares lost further ground", "gained more ground"
    *(((verb, more, "ground"), side) for verb, side in (("lost", "down"), ("gained", "up"))
      for more in ("further", "more")),
    (("came", "under", "pressure"), "down"), (("sold", "off"), "down"),
    (("gave", "up"), "down"), (("giving", "up"), "down"), (("parting", "with"), "down"), (("pared", "gains"), "down"),
    # the CTK's "Erste Group Bank wrote off 0.87 percent to Kc1,254" (with a figure only: "wrote off bad loans")
    (("wrote", "off"), "down"), (("writes", "off"), "down"), (("writing", "off"), "down"),
    # the SCMP's "HSBC Holdings roared ahead 3.18 per cent to HK$63.25" (with a figure: "forged ahead with plans" is none)
    *(((verb, "ahead"), "up") for verb in ("roared", "raced", "surged", "stormed", "forged", "pushed", "powered",
                                             "edged", "inched", "crept", "marched", "charged", "moved", "jumped")),
    (("put", "on"), "up"), (("picked", "up"), "up"), (("piled", "on"), "up"), (("tacked", "on"), "up"),
    (("picking", "up"), "up"), (("putting", "on"), "up"), (("piling", "on"), "up"), (("tacking", "on"), "up"),
    (("took", "on"), "up"), (("takes", "on"), "up"),  # (the Daily Telegraph's "Kite Mining took on 6.2% to 318.5p")
    (("shed", "ground"), "down"), (("lost", "value"), "down"), (("gained", "value"), "up"), (("lost", "shares"), "down"),
    # Xinhua's "went up 0.92 percent", "inched down"
    (("went", "up"), "up"), (("went", "down"), "down"), (("went", "higher"), "up"), (("went", "lower"), "down"),
    (("going", "up"), "up"), (("going", "down"), "down"), (("goes", "down"), "down"), (("shot", "down"), "down"), (("goes", "up"), "up"),
    (("goes", "down"), "down"), (("shot", "up"), "up"), (("shot", "higher"), "up"),  # (Jiji's "shot up 409.39 points")
    (("flared", "up"), "up"),  # PTI's "The 50-share CNX Nifty ... flared up 119.80 points, or 1.96 per cent"
    # Benzinga's "got a boost, shooting up 13 percent to $12.72" (with a figure only, as "shot up")
    (("shooting", "up"), "up"), (("shooting", "higher"), "up"), (("shoots", "up"), "up"),
    (("moved", "up"), "up"), (("moved", "down"), "down"), (("inched", "up"), "up"), (("inched", "down"), "down"),
    (("inched", "higher"), "up"), (("inched", "lower"), "down"), (("crept", "up"), "up"), (("crept", "higher"), "up"),
    # Sharecast's "shares in French grocer Carrefour snapped higher after X"
    (("snapped", "higher"), "up"), (("snapped", "lower"), "down"),  # (not "snapped up": bought)
    # headlines in the present: "Italy shares extend losses as banks plunge", "Dow, S&P 500 close at records as tech
    # stocks surge", "Wells Fargo shoots higher after dividend cut"; Jiji's "Tokyo stocks staged a moderate rebound"
    (("extend", "losses"), "down"), (("extends", "losses"), "down"), (("extend", "gains"), "up"),
    (("extends", "gains"), "up"), (("close", "at", "records"), "up"), (("close", "at", "record"), "up"),
    (("closes", "at", "record"), "up"), (("shoots", "higher"), "up"),
    (("shoot", "higher"), "up"), (("staged", "a", "rebound"), "up"), (("staged", "a", "moderate", "rebound"), "up"),
    (("staged", "a", "recovery"), "up"), (("staged", "a", "rally"), "up"),
    # CNBC's "The Nasdaq Composite pulled back by 1.63%", "eased back 4 percent", "backed off 0.4%"
    *(((verb, "back"), "down") for verb in ("pulled", "pulls", "pulling", "pull", "eased", "eases", "easing")),
    (("backed", "off"), "down"), (("backs", "off"), "down"),
    # Gulf News' "the Bahrain All Share Index headed lower, closed 0.07 per cent down"
    *(((verb, side), direction) for verb in ("headed", "heads", "head")
      for side, direction in (("lower", "down"), ("higher", "up"), ("south", "down"), ("north", "up"))),
)
# Jiji's "Tokyo stocks took a downturn", AP's "Retailers came under especially heavy selling pressure"
PHRASE_MOVES += tuple(((*verb, article, noun), "down") for verb in (("took",), ("takes",), ("take",), ("had", "taken"))
                      for article in ("a", "another")  # (the Japan Times' "Stocks took another tumble Monday")
                      for noun in ("downturn", "tumble", "dive", "nosedive", "plunge", "beating", "battering", "hammering",
                                   "pounding", "drubbing", "thumping", "pummeling", "pummelling"))
# (DW's "Stocks in the United States had taken a hammering on Monday"; not "has taken a pounding this year": a span)
# and with its size: "Tokyo stocks took a steep dive", "took a sharp tumble"
PHRASE_MOVES += tuple(((verb, "a", size, noun), "down") for verb in ("took", "takes")
                      for size in ("steep", "sharp", "big", "heavy", "severe", "sudden", "huge", "massive")
                      for noun in ("downturn", "tumble", "dive", "nosedive", "plunge", "beating", "battering",
                                   "hammering", "pounding"))
# the Independent's "London's premier index was driven down in part because of X": a passive push (its "by",
# when one follows, is the cue: causes.cue_at)
PUSH_VERBS = frozenset({"driven", "pushed", "dragged", "pulled", "knocked", "sent"})
PUSH_SIDES = {"down": "down", "lower": "down", "up": "up", "higher": "up"}
PHRASE_MOVES += tuple(((aux, verb, side), direction) for aux in ("was", "were")
                      for verb in sorted(PUSH_VERBS) for side, direction in PUSH_SIDES.items())
# the passive of a beating, a market's or a sector's figure-less fall: Reuters' "Peru stocks were hammered Tuesday as
# worldwide risk appetite faded", "The energy sector was also hammered as traders feared X" (not "hit": a
# company is hit by a cyberattack or a fine, no move; nor "slammed", "battered": by critics, by a storm)
PHRASE_MOVES += tuple(((aux, *adverb, verb), "down") for aux in ("was", "were")
                      for adverb in ((), ("also",), ("again",), ("badly",))
                      for verb in ("hammered", "pummeled", "pummelled", "clobbered", "routed"))  # ("Brewer stocks were
# routed late in the week amid talk of a sugar tax")
# "The IBEX 35 extended its losing streak into a fifth session on Monday amid X"
PHRASE_MOVES += tuple(((verb, owner, side, "streak"), direction) for verb in ("extended", "extends", "extending")
                      for owner in ("its", "their") for side, direction in (("losing", "down"), ("winning", "up")))
# a trend that goes on: "Dhaka stocks continued their upward trend on Monday, backed by X", "the index extended its
# downward journey"
PHRASE_MOVES += tuple(((verb, owner, side, noun), direction)
                      for verb in ("continued", "continues", "extended", "extends", "maintained", "maintains")
                      for owner in ("its", "their", "the")
                      for side, direction in (("upward", "up"), ("downward", "down"))
                      for noun in ("trend", "journey", "trajectory", "momentum", "spiral", "march"))
# a figure-less fall or rise seen by its subject: a headline's "Kestrel Bank Sees Sharp Dip Amid Downgrade", "Tech
# giants also experienced declines amid worries", "Kestrel saw steep drops on Tuesday amid fears" (not losses, which a
# company's results suffer too, nor a noun of data: "saw a decline in sales" is read as no move where its business noun
# follows)
SEEN_MOVES = tuple(((verb, *article, *size, noun), side)
                   for verb in ("saw", "sees", "experienced", "experiences", "witnessed", "witnesses")
                   for size in ((), ("sharp",), ("steep",), ("significant",), ("notable",), ("slight",), ("big",),
                                ("modest",), ("heavy",), ("massive",), ("strong",))
                   for noun, side in (("dip", "down"), ("dips", "down"), ("drop", "down"), ("drops", "down"),
                                      ("decline", "down"), ("declines", "down"), ("slide", "down"), ("fall", "down"),
                                      ("slump", "down"), ("plunge", "down"), ("selloff", "down"),
                                      ("rally", "up"), ("rebound", "up"), ("surge", "up"), ("jump", "up"),
                                      ("rise", "up"))
                   # (the present "sees" a headline's fall only: "Brokers see a sharp rally in Kestrel" forecasts)
                   if verb != "sees" or side == "down"
                   for article in (((), ("a",)) if not noun.endswith("s") else ((),)))
PHRASE_MOVES += SEEN_MOVES
# (not "took a hit of 50 billion yen": an accounting hit)
PHRASE_MOVES += tuple(((verb, "under", *adverb, *adjective, *selling, "pressure"), "down")
                      for verb in ("came", "come", "comes", "reeled", "reeling")  # (PTI's "Oil shares reeled under
                      # selling pressure after X")
                      for adverb in ((), ("especially",), ("particularly",))
                      for adjective in ((), ("heavy",), ("strong",), ("intense",), ("renewed",), ("fresh",), ("further",))
                      for selling in ((), ("selling",))
                      if selling)  # (not "came under fresh pressure from regulators", "has come under pressure to act")
# "closed mostly in the negative territory", "are trading lower", "ended in the red"
PHRASE_MOVES += tuple(((verb, *adverb, *place), direction)
                      for verb in ("closed", "ended", "finished", "traded", "were", "was", "are", "is", "stayed",
                                   "remained", "settled", "closes", "ends", "finishes", "trading")
                      for adverb in ((), ("mostly",), ("firmly",), ("deep",), ("deeply",), ("largely",),
                                     ("heavily",), ("solidly",), ("comfortably",), ("squarely",), ("well",),
                                     ("the", "session"), ("the", "day"), ("yesterday", "'s", "session"),
                                     ("the", "week"), ("today", "'s", "session"),
                                     # CNBC's "European equities finished Thursday's session in the black"
                                     *((day, "'s", "session") for day in ("monday", "tuesday", "wednesday", "thursday",
                                                                          "friday")),
                                     # a weekday before the place: "Malaysian stocks closed Wednesday in negative territory"
                                     *(when for day in ("monday", "tuesday", "wednesday", "thursday", "friday")
                                       for when in ((day,), ("on", day))))
                      for place, direction in ((("in", "negative", "territory"), "down"),
                                               (("in", "the", "black"), "up"), (("in", "black"), "up"),
                                               (("in", "the", "negative", "territory"), "down"),
                                               (("in", "positive", "territory"), "up"),
                                               (("in", "the", "positive", "territory"), "up"),
                                               (("in", "the", "red"), "down"), (("in", "the", "green"), "up"),
                                               (("in", "red"), "down"), (("in", "green"), "up")))  # (the Daily Mirror's)
# (and the wires' "were last quoted down", "changing hands lower")
PHRASE_MOVES += tuple(((*verb, *adverb, word), direction)
                      for verb in (("trading",), ("traded",), ("quoted",), ("changing", "hands"))
                      for adverb in ((), ("mostly",), ("slightly",), ("sharply",))
                      for word, direction in (("lower", "down"), ("higher", "up"), ("down", "down"), ("up", "up")))
# "Materials and Healthcare led the way up 2.37 and 2.08 per cent respectively"
PHRASE_MOVES += tuple(((verb, "the", "way", word), direction)
                      for verb in ("led", "leading")
                      for word, direction in (("up", "up"), ("higher", "up"), ("down", "down"), ("lower", "down")))
# "Stocks are closing higher on Wall Street" (AP's live wording): the progressive of "closed higher" (a
# headline's "ends lower" is read by the headline rules)
PHRASE_MOVES += tuple(((verb, word), direction)
                      for verb in ("closing", "ending", "finishing")
                      for word, direction in (("lower", "down"), ("higher", "up")))
# a headline's present tense of "extended losses": SCMP's "Hong Kong stocks extend declines as X"
PHRASE_MOVES += tuple(((verb, *words), direction)
                      for verb in ("extend", "extends")
                      for words, direction in ((("gains",), "up"), (("their", "gains"), "up"), (("its", "gains"), "up"),
                                               (("rally",), "up"), (("losses",), "down"), (("declines",), "down"),
                                               (("their", "losses"), "down"), (("its", "losses"), "down"),
                                               (("decline",), "down"), (("slide",), "down"), (("slump",), "down")))
# a headline's present tense of "led the gains": SCMP's "Mainland banks and developers lead the gains on the back of X"
PHRASE_MOVES += tuple(((verb, *words), direction)
                      for verb in ("lead", "leads")
                      for words, direction in ((("the", "gains"), "up"), (("gains",), "up"), (("the", "rally"), "up"),
                                               (("the", "losses"), "down"), (("losses",), "down"),
                                               (("the", "decline"), "down"), (("the", "declines"), "down"),
                                               (("the", "fall"), "down"), (("the", "slide"), "down")))
# "Insurers were weak following X", "Gambling stocks were some of the heaviest hit after X", "bore the brunt":
# a copula's tone word, or a hit, states the direction with no figure
PHRASE_MOVES += tuple(((verb, *adverb, word), direction)
                      for verb in ("was", "were")
                      for adverb in ((), ("also",), ("particularly",), ("notably",), ("especially",))
                      for word, direction in (("weak", "down"), ("weaker", "down"), ("soft", "down"), ("firm", "up"),
                                              ("firmer", "up"), ("strong", "up"), ("stronger", "up"),
                                              ("buoyant", "up")))  # (Jiji's "Automakers were buoyant on X")
PHRASE_MOVES += tuple(((verb, *words), "down")
                      for verb in ("was", "were")
                      for words in (("hit", "hard"), ("hardest", "hit"), ("among", "the", "hardest", "hit"),
                                    ("among", "the", "worst", "hit"), ("the", "worst", "hit"),
                                    ("some", "of", "the", "heaviest", "hit"), ("some", "of", "the", "hardest", "hit"),
                                    ("some", "of", "the", "worst", "hit"))) \
    + ((("bore", "the", "brunt"), "down"), (("suffered", "the", "most"), "down"))  # (PTI's "realty suffered the most
# at 3.46 per cent followed by banking (2.04 pc)")
# "reversed early gains to close sharply lower": an infinitive close with no figure
PHRASE_MOVES += tuple(((verb, *adverb, word), direction)
                      for verb in ("close", "end", "finish")
                      for adverb in ((), ("sharply",), ("slightly",), ("modestly",), ("mostly",), ("marginally",),
                                     ("fractionally",), ("a", "tick"), ("a", "touch"), ("a", "shade"), ("a", "tad"))
                      for word, direction in (("lower", "down"), ("higher", "up")))
# "..., edging up 0.1 percent": the participles of the small moves; "Seoul stocks edge down": a headline's
PHRASE_MOVES += tuple(((verb, word), direction)
                      for verb in ("edging", "inching", "ticking", "creeping", "drifting", "moving", "edge", "edges",
                                   "inch", "inches", "tick", "ticks", "drift", "drifts")
                      for word, direction in (("up", "up"), ("higher", "up"), ("down", "down"), ("lower", "down")))
#: a close's verb in the past and the present tense (a headline's "ends at record")
_CLOSE_FORMS = ("closed", "ended", "finished", "settled", "closes", "ends", "finishes")
# "closed at a record high", "ends at record": a new closing high is a rise, a new closing low a fall
PHRASE_MOVES += tuple(((verb, "at", *article, *record, *extreme), direction)
                      for verb in _CLOSE_FORMS
                      for article in ((), ("a",), ("a", "new"), ("another",), ("a", "fresh"), ("fresh",), ("new",))
                      for record in (("record",), ("all-time",), ("fresh", "record"), ("lifetime",))
                      for extreme, direction in ((("high",), "up"), (("closing", "high"), "up"), ((), "up"),
                                                 (("low",), "down"), (("closing", "low"), "down"),
                                                 # PTI's "ended at fresh lifetime peaks", "closed at record highs"
                                                 (("highs",), "up"), (("peak",), "up"), (("peaks",), "up"),
                                                 (("lows",), "down")))
# "Wall Street had its weakest day since 2019", "the Nasdaq posted its best session in a month"
PHRASE_MOVES += tuple(((verb, owner, extreme, day), direction)
                      for verb in ("had", "has", "suffered", "posted", "logged", "notched", "recorded", "saw", "marked")
                      for owner in ("its", "their")
                      for extreme, direction in (("worst", "down"), ("best", "up"))
                      for day in ("day", "session"))
# "notched their steepest one-day gains in nearly six years", "suffered its steepest one-day fall"
PHRASE_MOVES += tuple(((verb, owner, extreme, *span, noun), direction)
                      for verb in ("had", "suffered", "posted", "logged", "notched", "recorded", "saw", "marked")
                      for owner in ("its", "their", "the")  # ("had the biggest gain in more than a week")
                      for extreme in ("biggest", "largest", "sharpest", "steepest", "worst", "best")
                      for span in ((), ("single-day",), ("one-day",), ("daily",), ("single", "-", "day"),
                                   ("one", "-", "day"), ("daily", "percentage"), ("percentage",), ("points",),
                                   ("one-day", "points"), ("one", "-", "day", "points"), ("daily", "points"))
                      for noun, direction in (("gain", "up"), ("gains", "up"), ("rally", "up"), ("rise", "up"),
                                              ("drop", "down"), ("fall", "down"), ("loss", "down"),
                                              ("losses", "down"), ("decline", "down"), ("selloff", "down"),
                                              # PA's "Builders suffered the biggest falls among blue-chip stocks"
                                              ("falls", "down"), ("drops", "down"), ("declines", "down"),
                                              ("rises", "up"))
                      # ("had its worst daily percentage decline in about three weeks"; no "worst gain")
                      if (extreme, direction) not in (("worst", "up"), ("best", "down")))
# "ended with a gain of 1.25%", "closed with a loss of 0.4%"
PHRASE_MOVES += tuple(((verb, "with", "a", noun, "of"), direction)  # AP's live "The Dow is ending with a loss of"
                      for verb in ("closed", "ended", "finished", "settled", "closing", "ending", "finishing", "closes",
                                   "ends", "finishes")
                      for noun, direction in (("gain", "up"), ("rise", "up"), ("loss", "down"), ("fall", "down"),
                                              ("drop", "down"), ("decline", "down")))
# "The JSE all share closed weaker on Wednesday", "the rand ended firmer": a close's tone word with no figure
# (with one, "closed 1.2% weaker" is read by the close rule)
PHRASE_MOVES += tuple(((verb, *adverb, tone), direction)
                      for verb in _CLOSE_FORMS
                      for adverb in ((), ("slightly",), ("sharply",), ("marginally",), ("mostly",))
                      for tone, direction in (("weaker", "down"), ("softer", "down"), ("firmer", "up"),
                                              ("stronger", "up"),
                                              # PTI's "domestic markets ended weak", "the Sensex ended firm"
                                              ("weak", "down"), ("firm", "up"), ("soft", "down")))
# "The Nikkei closed below the key 9,000 mark", "closed above 60,000 for the first time": a threshold crossed
# at the close (the level is the threshold's, no close)
PHRASE_MOVES += tuple(((verb, side), direction)
                      for verb in _CLOSE_FORMS
                      for side, direction in (("below", "down"), ("above", "up")))
# Yonhap's "the KOSPI broke below the 2,600 mark", "broke above 3,000": a threshold crossed, read as "fell below"
PHRASE_MOVES += tuple(((verb, side), direction) for verb in ("broke", "breaks", "breaking")
                      for side, direction in (("below", "down"), ("above", "up")))
#: the side of an Indian exchange's daily price band a stock was held at, and the verbs that put it there (the
#: band's figure before its side is read in moves.py: "was locked in a 10% upper circuit")
CIRCUIT_SIDES = {"upper": "up", "higher": "up", "lower": "down"}
CIRCUIT_VERBS = frozenset({"hit", "hits", "hitting", "locked", "froze", "frozen", "touched", "touches", "stuck"})
# Indian papers' daily price bands: "hit an upper circuit limit of 10%", "was locked in the lower circuit of 5 per cent"
PHRASE_MOVES += tuple(((*verb, *article, side, "circuit", *tail), direction)
                      for verb in (("hit",), ("hits",), ("hitting",), ("touched",), ("was", "locked", "in"),
                                   ("were", "locked", "in"), ("locked", "in"))
                      for article in (("an",), ("the",), ("its",), ())
                      for side, direction in CIRCUIT_SIDES.items()
                      for tail in ((), ("limit",), ("of",), ("limit", "of"), ("filter", "of")))
# Reuters' "Banking and energy stocks staged a comeback", "staged a late rally": a rise with no figure
PHRASE_MOVES += tuple(((verb, "a", *late, noun), "up")
                      for verb in ("staged", "stages", "staging", "mounted", "mounts")
                      for late in ((), ("late",), ("strong",), ("sharp",), ("modest",))
                      for noun in ("comeback", "rebound", "recovery", "rally", "turnaround"))
# Bloomberg's "Kestrel Tech was the largest drag on the benchmark Hang Seng Index": the company fell
PHRASE_MOVES += tuple(((verb, "the", *most, "drag"), "down")
                      for verb in ("was", "were")
                      for most in (("biggest",), ("largest",), ("heaviest",), ("single", "biggest"), ("main",)))
# "closed on a positive note", "ended on a weak note"
PHRASE_MOVES += tuple(((verb, "on", "a", tone, "note"), direction)
                      for verb in ("closed", "ended", "finished", "settled")
                      for tone, direction in (("positive", "up"), ("firm", "up"), ("strong", "up"), ("high", "up"),
                                              ("negative", "down"), ("weak", "down"), ("soft", "down"),
                                              ("low", "down"), ("sour", "down")))
# figures-only direction verbs that need a figure: these words are too common alone
NEEDS_FIGURE = frozenset({"dragged", "improved", "improving", "expanded", "grabbed", "collected", "crashes", "cheered",
                          "roared", "raced", "bled",
                          "accelerated", "docked", "docking", "vaulted", "vaults",
                          "up", "down", "off", "higher", "lower", "added", "adding", "lost", "losing", "loses", "lose", "shed", "eased",
                          "easing", "increased", "increasing", "increases", "decreased", "decreasing", "decreases",
                          "gain", "gains", "rise", "rises", "fall", "falls", "drop", "drops", "decline",
                          "declines", "advance", "advances", "rally", "rallies", "dip", "dips", "slide",
                          "slides", "slip", "slips", "retreat", "retreats", "rebound", "rebounds",
                          "weakened", "weakening", "strengthening", "firmed", "firming", "ticked", "sagged",
                          "earned", "earning", "shot", "recovered", "recovering", "grew", "grow", "grows", "trimmed", "shaved",
                          "shrank", "shrunk", "shrinks", "shrinking", "contracted", "contracts", "conceded", "concedes",
                          "conceding",
                          "surrendered", "surrenders", "surrendering", "shied", "appreciated", "appreciates",
                          "appreciating", "depreciated", "depreciates", "depreciating", "corrected", "corrects",
                          "receded", "recedes", "receding",
                          "descended", "descends", "dumped", "reduced", "lagged", "regained", "add", "adds",
                          "diminished", "diminishes", "crack", "cracks", "cracked"})
HEDGES = {
    ("nearly",): True, ("almost",): True, ("about",): True, ("around",): True, ("roughly",): True,
    ("approximately",): True, ("over",): True, ("more", "than"): True, ("close", "to"): True,
    ("in", "the", "region", "of"): True,  # the Irish Times' "were both down in the region of 8 per cent"
    ("some",): True, ("as", "much", "as"): True, ("up", "to"): True, ("around", "about"): True,
    ("just", "over"): True, ("just", "under"): True, ("less", "than"): True, ("under",): True,
    ("~",): True, ("approx",): True, ("approx.",): True, ("circa",): True, ("almost", "a"): True,
    ("just", "shy", "of"): True, ("shy", "of"): True,  # the HuffPost's "fell just shy of 22%"
    ("at", "least"): True, ("well", "over"): True, ("a", "little", "over"): True, ("upwards", "of"): True,
    ("a", "bit", "over"): True, ("a", "bit", "more", "than"): True, ("a", "little", "more", "than"): True,
    ("a", "bit", "under"): True, ("a", "bit", "less", "than"): True, ("a", "little", "under"): True,
    ("near",): True,  # Reuters' "CSL's near 4 per cent rise", "Afterpay's near 6% gain"
}
#: causal cues, longest first; the value is the cue as reported
CUES: tuple[str, ...] = (
    "on the back of", "in the wake of", "in wake of", "in the aftermath of", "on the heels of", "riding on", "in response to", "thanks to", "due to",
    # the News' "In the backdrop of a worsening political scenario coupled with poor economic data, the index fell"
    "in the backdrop of", "against the backdrop of", "against a backdrop of",
    "owing to", "because of", "as a result of", "on account of", "buoyed by", "supported by", "underpinned by", "boosted by", "lifted by", "helped by", "aided by",
    "propped up by", "shored up by", "held back by", "held down by",  # Reuters' "propped up by gains in banks"
    "weighed by", "weighed down by", "weighed on by", "dragged down by", "dragged by", "pressured by",
    "hit by", "hurt by", "influenced by", "compounded by", "driven by", "fuelled by", "fueled by",
    "penalized by", "penalised by",  # the Jornal Económico's "PSI 20 starts in the red ..., penalized by Galp and BCP"
    "spurred on by", "spurred by", "sparked by", "triggered by", "led by", "powered by", "propelled by", "prompted by",
    "responding to", "in reaction to", "rattled by", "unsettled by", "spooked by", "blamed on", "wary of",
    "attributed to", "ascribed to", "following the lead of", "followed the lead of", "took their cue from", "took cues from",
    "taking their cue from", "taking cues from", "taking the cue from", "taking a cue from", "taking its cue from", "tracking", "tracked", "mirroring", "in line with", "reacted to", "responded to", "reacting to",
    # FXLeaders' "Industrias Penoles ... jumping 7.83%, responding positively to China's stimulus package"
    *(f"{verb} {how} to" for verb in ("responding", "responded", "reacting", "reacted")
      for how in ("positively", "negatively", "favourably", "favorably", "badly", "well", "strongly", "sharply")),
    "over", "following", "after", "amid", "amidst", "as", "on",
    "upon", "paced by", "paced higher by", "paced lower by", "pulled down by", "pulled lower by", "dampened by",
    "bolstered by", "battered by", "hammered by", "led lower by", "led higher by", "dragged lower by", "pushed lower by", "pushed higher by",
    "pushed down by", "pushed up by", "pushed upwards by", "pushed downwards by", "driven lower by", "driven higher by", "pulled up by", "pulled higher by",
    "taking a cue from", "took a cue from", "because",
    # China Daily's "Galvanized by the influx of foreign capital, ... the Hang Seng Index leaped 2.69 percent"
    "galvanized by", "galvanised by", "encouraged by", "cheered by", "dented by", "depressed by", "inspired by",
    # Jiji's "Shares rose in Tokyo on Tuesday, backed by the weaker yen"
    "backed by", "buttressed by",
    # the Associated Press' "Shares slid once more today, weakened by ailing insurance companies" (not "affected
    # by", "impacted by": review 85's "Dealing at the Osaka exchange was affected by a system outage" moved no
    # price)
    "weakened by", "strengthened by", "undermined by", "hampered by",
    # "Korean shares were negatively impacted by the won's slide": a cue that tells its side
    *(f"{how} {verb} by" for how in ("positively", "negatively", "adversely") for verb in ("affected", "impacted")),
    # AP's "Wall Street slumped on Wednesday under the weight of pressure from the bond market", the Guardian's
    # "with investors plagued by lingering concerns", the Journal-World's "Slammed hard by the soaring price of crude"
    "under the weight of", "under pressure from", "plagued by", "slammed by", "slammed hard by", "hit hard by",
    "benefited from", "benefiting from", "drew support from", "drawing support from", "took support from",
    # Reuters' "Wall Street rallied sharply on Monday, juiced by a jump in Apple shares", "The Nasdaq also got a boost
    # from Gilead Sciences"
    "juiced by", "got a boost from", "got a lift from", "getting a boost from", "getting a lift from",
    # a cue with its adverb ("The Nikkei closed lower due mainly to selling in banks"); an expectation's cue, a
    # pressure's, a shock's
    "due mainly to", "due largely to", "due partly to", "due in part to", "due in large part to", "due primarily to",
    "in anticipation of", "in expectation of",
    "under the pressure of", "shaken by",
)
#: every word a cue starts with ("after", "on", "due", ...)
CUE_FIRST_WORDS = frozenset(cue.split()[0] for cue in CUES)

#: verbs whose subject is the cause and whose object the market moved: "Fears over X rattled Asian
#: markets", "Greek Vote, China Weigh on East Asia Stock Prices", "A and B sent Asian indices lower"
CAUSE_VERBS: frozenset[tuple[str, ...]] = frozenset(tuple(v.split()) for v in (
    "helped lift|helped push|helped drive|helped pull|helped boost|helped send|helped drag|helping lift|"
    "helping push|helped to lift|helped to push|helped|helping|"
    "helps|helps lift|helps push|"  # Reuters' bullet "* Strong data helps Germany rise" (not "help": "to help X")
    # Reuters' "Strength in Tencent shares helped prop up the Hang Seng Index", Jiji's "gave a lift to stocks"
    "propped up|props up|prop up|propping up|helped prop up|helped to prop up|helping prop up|"
    "gave a lift to|gives a lift to|giving a lift to|gave a boost to|gives a boost to|giving a boost to|"
    # The Local's "Debt and Korea cause Stockholm market fall", "X caused share prices in Stockholm to fall"
    "caused|causes|cause|"
    "rattled|rattle|rattles|roiled|roil|roils|spooked|spook|spooks|unsettled|unsettle|unsettles|battered|"
    "hammered|sent|send|sends|triggered|trigger|triggers|sparked|spark|sparks|provoked|provoke|provokes|"
    "driven down|driven up|drove down|drove up|"
    "forced|force|forces|hit|hits|dragged|drag|drags|pushed|push|pushes|lifted|lift|lifts|boosted|boost|"
    "boosts|buoyed|buoy|buoys|pressured|pressure|pressures|weighed on|weigh on|weighs on|weighing on|"
    "weighed down on|weighs down on|weighing down on|"  # Fin24's "A softer rand weighed down on the Resources index"
    "dragged down|drags down|drag down|took a toll on|took its toll on|taking their toll on|"
    "taking a toll on|taking its toll on|took their toll on|contributed to|contributing to|contributes to|added to|"
    "adding to|spilled over into|spilled over to|knocked|knock|knocks|dented|dent|dents|hurt|hurts|"
    "pummeled|pummelled|propelled|propel|propels|powered|fuelled|fueled|fuels|supported|underpinned|"
    "weighed heavily on|weigh heavily on|weighs heavily on|sapped|saps|lifted|drove|drive|drives|"
    "put pressure on|puts pressure on|putting pressure on|piled pressure on|kept pressure on|"
    "pulled|pull|pulls|pulled down|knocked down|sent down|helped push down|helped drag down|helped pull down|"
    "helped send down|helped push up|helped lift up|pressuring|dragging down|pushing down|contributed the most to|"
    "contributed most to|contributing the most to|contributing most to|gives|gave|give|giving|dragged on|drags on|dragging on|drag on|"
    # a move verb with a market as its object: "Alibaba, Meituan, Tencent sink Hong Kong stocks" (moves.py
    # reads no move of the subjects there)
    "sink|sinks|sank|sinking|"
    # Chosun Biz's "the hawkish tone of the Fed led to a steep fall in U.S. chip stocks", "fears have resulted in a
    # worldwide equity sell-off" (the object a move in a market: the verb's effect is found after it)
    "led to|leads to|lead to|resulted in|results in|result in|"
    # "Worries over tensions in Ukraine saw the FTSE 100 drift lower": with the object's move right after it
    "saw|sees|"
    # CNN's "Retailers like Finch and Wren led the S&P 500 0.9% lower" (with the object's move right after it);
    # "Fresh debt worries left the Footsie 0.2 percent lower" (likewise)
    "led|left|leaves|leaving|"
    # the Evening Standard's "A flight from UK assets today weakened the shares of Marks & Spencer ... by 3%"
    "weakened|weakens|weaken").split("|"))
#: the words a cause verb opens with ("lifted", "hurt", "dragged")
CAUSE_VERB_FIRST: frozenset[str] = frozenset(v[0] for v in CAUSE_VERBS)
#: cause verbs that move a market only with one of these objects after it: "gives Dubai index a lift"
GIVING = frozenset({"gives", "gave", "give", "giving"})
GIVEN_MOVES = frozenset({"lift", "boost", "fillip", "push", "jolt", "knock", "hit"})
#: after a comma, a participle whose object moved because of the clause before it
#: ("X raided the firm, prompting the main index to suffer its biggest drop", "Femsa rose 1.5%, contributing
#: the most to the index's gains", "Petrobras posted a record profit, helping the Ibovespa to rise")
CAUSE_PARTICIPLES = frozenset({"prompting", "sending", "pushing", "dragging", "driving", "lifting", "boosting",
                               "triggering", "sparking", "forcing", "contributing", "helping",
                               # "Country Garden lost 9.5 per cent, leading a broader 3.6 per cent slide in the
                               # Hang Seng Properties Index"
                               "leading"})
#: predicates that state a move without a figure, beyond the direction verbs ("were in a slump",
#: "sustained major losses", "saw their biggest gain", "were big decliners")
BARE_PREDICATES: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in (
    "in free fall|in freefall|in a slump|in a tailspin|in a free fall|reversed course|topped|traded above|"
    "traded below|shot up|shot higher|big decliners|big gainers|biggest decliners|biggest gainers|"
    "off to a good start|off to a strong start|off to a weak start|"
    # "had their worst day since 2020" (the auxiliary "had" is skipped as an adverb is)
    "their worst day|its worst day|their best day|its best day|posted their worst day|posted its worst day|"
    # "Nikkei hits record high as weak yen lifts exporters"
    "hits record high|hit record high|hits a record high|hit a record high|hits record|hit a record|"
    "hits all-time high|hit an all-time high|hits fresh record|hit a fresh record|at a record high|at record high|"
    # "Canada's main stock index continued its decline today as X", "Stocks ... still logged sharp losses Monday as X"
    "continued its decline|continued its slide|continued its losses|continued its rally|continued its gains|"
    "continued to slide|continued to fall|continued to rise|continued to rally|continued to decline|"
    # a headline's present: "Chinese stocks continue to slide, hit by X"
    "continue to slide|continue to fall|continue to rise|continue to rally|continue to decline|continue to climb|"
    "continues to slide|continues to fall|continues to rise|continues to rally|continues to decline|"
    "continues to climb|continued to climb|"
    "logged sharp losses|logged losses|logged gains|logged sharp gains|"
    "posted their worst performance|posted its worst performance|posted their best performance|posted its best performance|"
    # "Bank shares were under pressure after X", "Retailers also suffered as X"
    "under pressure|under heavy pressure|under selling pressure|suffered|struggled|"
    # "the Singapore index reversed early gains after X"
    "reversed early gains|reversed earlier gains|reversed early losses|reversed earlier losses|erased early gains|"
    "erased earlier gains|erased early losses|erased earlier losses|"
    # "Basic resources stocks took a hit on the back of X", "Carnival got a boost after X"
    "took a hit|took a beating|took a battering|took a tumble|took a knock|taking a hit|taking a beating|"
    "takes a hit|got a boost|got a lift|gets a boost|received a boost|saw a boost|saw a lift|felt pressure|"
    # "Banks were the main casualties, hit by X" (the "the" is skipped as an adverb is)
    "main casualties|biggest casualties|big casualties|heavy casualties|among the casualties|biggest losers|"
    "among the biggest losers|"
    "top losers|among the top losers|among the biggest gainers|top gainers|among the top gainers|"
    # Fox Business's "Kestrel Corp. and Osprey Group were among the hardest hit after X"
    "among the hardest hit|the hardest hit|hardest hit|among the hardest-hit|"
    "worst performers|among the worst performers|best performers|among the best performers|"
    # "Miners are among the worst off today after X", "Smith & Nephew did well, after X", "Philippine shares were
    # among weak spots after X", "SEB was the top performer" (auxiliaries and "the" are skipped before these)
    "among the worst off|worst off|did well|fared well|did badly|fared badly|fared worst|fared best|"
    "among weak spots|among the weak spots|"
    "top stock performer|top performer|worst performer|best performer|top laggards|biggest laggards|among the laggards|"
    # Jiji's and the Japan Times' "Exporters were downbeat due to the higher yen", "Stocks met with selling as X",
    # "Banks attracted buying on Y"; Yonhap's "Tech stocks performed well, largely on Z"
    "downbeat|upbeat|met with selling|met with buying|attracted buying|attracted selling|drew buying|drew selling|"
    # Jiji's "Oil names such as X and Y attracted purchases thanks to Z", "The Tokyo market attracted heavy buybacks
    # from the outset, as Z", "X attracted popularity as Z"
    "attracted purchases|drew purchases|attracted heavy buying|attracted buybacks|attracted heavy buybacks|"
    "attracted popularity|met with heavy selling|met with profit-taking|"
    "performed well|performed poorly|"
    # Nikkei Asia's "the Nikkei Stock Average breached the 30,000 mark ... as X"; the Japan Times' "The Tokyo market was
    # bullish from the outset, buoyed by X"
    "breached|pierced|surpassed|bullish|bearish"
    ).split("|")) + tuple(
    # a day's record with a verb of any tense, and a headline's with no "its": CNN's "Hong Kong stocks have worst day
    # in three months on worries about rates", "Hang Seng posts worst day since March as X"
    # ("have", "has" and "had" are skipped as adverbs are)
    (*verb, *owner, side, span)
    for verb in ((), ("post",), ("posts",), ("posted",), ("suffer",), ("suffers",), ("see",), ("sees",), ("saw",),
                 ("log",), ("logs",), ("logged",), ("record",), ("records",), ("recorded",), ("mark",), ("marks",),
                 ("marked",), ("notch",), ("notches",), ("notched",))
    for owner in ((), ("its",), ("their",)) for side in ("worst", "best") for span in ("day", "session")) + tuple(
    # NZN's "Australian shares have joined a worldwide sell-off, driven by X", "Tokyo joined the regional rally as Y"
    (verb, article, *scope, *move)
    for verb in ("joined", "joins", "join", "joining") for article in ("a", "the")
    for scope in ((), ("global",), ("regional",), ("broader",), ("wider",), ("worldwide",), ("broad",), ("market",))
    for move in (("sell", "-", "off"), ("selloff",), ("rout",), ("slump",), ("rally",), ("retreat",), ("decline",),
                 ("slide",), ("rebound",)))
#: the adjectives of a session's "note": "closed the quarter on a negative note", "ended on a high note"
NOTE_SIDES = frozenset({"negative", "positive", "weak", "strong", "high", "low", "sour", "bright", "firm", "subdued",
                        "bearish", "bullish", "upbeat", "gloomy", "cheerful", "soft", "sombre", "somber", "mixed"})
#: verbs that take a loss or gain as object: "sustained major losses", "saw their biggest gain"
RESULT_VERBS = frozenset({"sustained", "suffered", "saw", "posted", "recorded", "logged", "booked", "notched",
                          "extended", "suffer", "see", "post", "registered", "registers", "made", "clocked"})
RESULT_NOUNS = frozenset({"loss", "losses", "gain", "gains", "drop", "drops", "decline", "declines", "rally",
                          "slide", "fall", "falls", "plunge", "selloff", "sell-off", "rise", "jump", "surge",
                          "advance", "rebound", "slump"})
#: "the rise in the yen was blamed on X": nouns that name a move of what follows them
MOVE_NOUNS = frozenset({"rise", "fall", "drop", "decline", "selling", "sell-off", "selloff", "rally", "surge",
                        "slide", "plunge", "gains", "losses", "jump", "slump", "rebound", "weakness", "strength"})
SECTOR_HEADS = frozenset({
    "stocks", "shares", "sector", "sectors", "names", "players", "firms", "companies", "makers",
    "drugmakers", "automakers", "carmakers", "chipmakers", "miners", "producers", "developers",
    "insurers", "lenders", "banks", "brokers", "brokerages", "counters", "plays", "platforms",
    "heavyweights", "giants", "champions", "financials", "industry", "equities", "issues", "space",
    "operators", "carriers", "airlines", "retailers", "manufacturers", "suppliers", "exporters",
    "utilities", "biotechs", "techs", "stock", "group", "segment", "segments", "theme", "themes",
    # RTHK's "Tech majors were down 1.6 percent", "oil majors", "homebuilders"
    "majors", "homebuilders", "shippers",
    "petrochemicals",  # the Gulf wraps' "while petrochemicals climbed 3.6%"
    "housebuilders",  # (the London press's word: PA's "Builders suffered", Proactive's "the housebuilders")
    # the Tokyo sub-indices as Reuters names them: "Oil explorers rose", "trading houses" (not "refiners": sugar's,
    # palm oil's and gold's as often as petroleum's)
    "explorers", "houses",
    # the Manila press's counters: the Inquirer's "pushing up the property subsector by 3.36 percent"
    "subsector", "subsectors", "sub-sector", "sub-sectors",
})
#: what the number of a sized name counts: "the 30-stock MICEX Index", "the BSE 30-share barometer"
SIZE_NOUNS = frozenset({"stock", "share", "member", "issue", "scrip", "company"})
MARKET_HEADS = frozenset({"stocks", "shares", "equities", "indices", "indexes", "index", "market", "markets", "exchanges",
                          "benchmark", "bourse", "gauge", "benchmarks", "gauges", "bourses", "barometer", "averages",
                          "sharemarket", "sharemarkets",  # (AAP's "The Australian sharemarket")
                          "stockmarket", "stockmarkets"})  # (El País' "The Shanghai stockmarket closed 8.49% down")
#: heads of a market phrase only after a place or a stock word: "Tel Aviv stock exchange", "Bangkok share
#: prices", "Shanghai's Composite", "the Tokyo average"
MARKET_HEADS_AFTER = {"exchange": frozenset({"stock", "securities"}), "prices": frozenset({"stock", "share", "equity"}),
                      "composite": frozenset(), "average": frozenset(), "measure": frozenset()}
#: market heads that stand alone ("the market", "the benchmark"); others need a place ("Hong Kong stocks")
MARKET_HEADS_ALONE = frozenset({"benchmark", "benchmarks", "market", "markets", "index", "indices", "indexes", "sharemarket",
                                "stockmarket",
                                "gauge", "gauges", "bourse", "bourses", "barometer"})  # ("the local stock barometer")
#: heads that name one index, not a market: "the main U.S. index" is the S&P 500; "U.S. stocks" and
#: "U.S. indexes" are Wall Street
INDEX_HEADS = frozenset({"index", "benchmark", "gauge", "average", "composite", "barometer"})
#: words a market phrase may hold between its place and its head ("Japan's main stock index")
MARKET_MODIFIERS = frozenset("""
stock share equity exchange market main key major benchmark broader broad blue-chip regional other local domestic
leading weighted composite all-share three two four five its their big top primary headline flagship premier general
volatile beleaguered embattled jittery ailing struggling booming red-hot frothy nervous shaky fragile sluggish buoyant
""".split())  # ("general": WAM's "Abu Dhabi's general index", Athens' and Cyprus's general index)
#: modifiers a market phrase allows only before "market(s)": "Asian financial markets", not "financial stocks"
MARKET_ONLY_MODIFIERS = frozenset({"financial", "capital", "equities"})
#: a company's legal tail after its name: "Dubai Financial Market PJSC", "Bursa Malaysia Bhd"
CORPORATE_TAILS = frozenset("pjsc psc qpsc plc inc inc. ltd ltd. corp corp. llc bhd berhad tbk".split())
#: the words that leave names out of what a statement says of the rest: "All sectors except energy fell", "except for
#: Madrid", "apart from Tokyo"
EXCEPT_WORDS = frozenset({"except", "excluding", "barring", "apart", "save"})


def excepting_at(lows: list[str], k: int) -> int | None:
    """Where the excepting word stands whose names start at token or item k ("except Madrid", "except for Madrid",
    "apart from Tokyo"), given the lower-cased words; None if no such word stands right before k."""
    if k >= 2 and lows[k - 1] in ("for", "from") and lows[k - 2] in EXCEPT_WORDS:
        return k - 2
    return k - 1 if k >= 1 and lows[k - 1] in EXCEPT_WORDS and lows[k - 1] != "apart" else None
#: the participles after a place and a hyphen that describe where a company is: "Canadian-listed", "L.A.-based"
PLACED_PARTICIPLES = frozenset({"listed", "based", "headquartered", "registered", "traded", "domiciled"})
#: the units a good's price is quoted per: "$80 a barrel", "155.9p a litre", "$1,928.60 an ounce"
GOODS_UNITS = frozenset({"litre", "liter", "gallon", "barrel", "ounce", "tonne", "ton", "kilo", "kilogram", "kg", "pound",
                         "bushel", "unit", "head", "dozen"})
#: a place named by its kind: "Insurers in the emirate rose", "as the country's largest lender First Abu Dhabi Bank sank"
PLACE_NOUNS = frozenset({"country", "nation", "region", "kingdom", "emirate", "territory", "island", "city-state",
                         "republic"})
#: a market head followed by one of these is a modifier of a compound: "market turmoil", "markets regulator"
MARKET_COMPOUND_NEXT = frozenset("""
turmoil value values capitalisation capitalization cap share regulator regulators watchdog crash rout sell-off
selloff volatility sentiment participants players operator operators debut debuts listing listings data hours
reform reforms holiday holidays closure outlook conditions exposure access futures fund funds investors traders
analysts strategist strategists movers bubble boom confidence stability makers maker jitters woes
heavyweight heavyweights leader leaders bellwether bellwethers darling darlings watchers
optimism pessimism euphoria fears nerves gloom uncertainty expectations rumours rumors speculation momentum mood
""".split()) | CORPORATE_TAILS  # (a corporate tail: "Dubai Financial Market PJSC" is the exchange's listed operator, a company;
#   "market heavyweight First Abu Dhabi Bank" describes a company)
#: nouns after which "in <place>" names a market: "indexes in London and Paris", "losses in Seoul"
#: (not "prices" or "trade": "consumer prices in Tokyo", "trade in China" are no markets)
MARKET_SLOT_NOUNS = MARKET_HEADS | frozenset({"losses", "gains", "declines", "trading", "drops", "falls", "rises",
                                              "advances", "session", "sessions", "selloff", "sell-off", "rally",
                                              "rallies"})
#: after a market head: "stock markets across the world", "shares around the globe"
MARKET_WORLD_WORDS = frozenset({"world", "globe"})
#: the words that may follow an index name as part of it: "Nikkei index", "Dow Jones Industrial Index",
#: "Nikkei stock average", "Kospi composite index"
INDEX_TAIL_MODIFIERS = frozenset({"stock", "share", "price", "composite", "benchmark", "industrial", "industrials",
                                  "weighted", "main", "equity", "all-share"})
INDEX_TAIL_HEADS = frozenset({"index", "average", "composite", "market"})  # "the tech-heavy Kosdaq market"
#: capitalised words that start sentences or headings but never name a company
#: what a company reports, which can rise or fall without its stock ("Sales at Toyota rose 8%")
BUSINESS_NOUNS = frozenset({"sales", "revenue", "revenues", "profit", "profits", "earnings", "deliveries", "orders",
                            "output", "exports", "imports", "production", "shipments", "income", "margins",
                            "bookings", "traffic", "spending", "costs", "volumes", "subscribers", "users",
                            "ebitda", "ebit", "eps", "pat", "turnover",  # (NDTV Profit's "Ebitda up 56.8% at Rs 1,858 crore")
                            "lending", "loans", "deposits",  # ("Banks saw declines of 2% in lending")
                            "numbers", "passengers", "arrivals"})  # ("Airlines saw declines of 12% in passenger numbers")
#: words after "as" that open no clause, so no cause: "as much as", "as well as", "as part of", "as expected"
AS_NO_CLAUSE = frozenset({"much", "well", "many", "low", "high", "part", "of", "a", "an", "soon", "far", "long",
                          "expected", "usual"})
#: the forms of "be" and "have" a title-case headline writes after its subject: "Dow Is Down 2%", "The Dow Has Lost"
BE_HAVE = frozenset({"is", "are", "was", "were", "has", "have", "had"})
NAME_STOPWORDS = frozenset("""
the a an this that these those it its their his her our we they he she i you shares stocks stock share index indices
market markets sector sectors overall meanwhile elsewhere however indeed moreover nonetheless nevertheless instead
besides additionally furthermore likewise similarly conversely consequently thereafter subsequently regardless
heavyweight heavyweights
while and but or also in on at for of to by whether although though because unless whereas could would should might
with from as after amid despite following separately notably notable analysts analyst investors traders
bookings cancellations sales revenue revenues profits profit exports imports output inflation unemployment
homes houses jobs claims payrolls permits shipments wages rents mortgages
retail trading turnover volume volumes liquidity deals transactions prices price yields yield bonds bond futures gold oil crude silver copper
hong kong china chinese japan japanese us u.s. uk europe european asia asian america american beijing tokyo
mainland global world washington wall street government president fed federal reserve central bank
pmi cpi ppi gdp fdi m1 m2 m3 ipo ipos ai ev evs etf etfs npc rrr lpr q1 q2 q3 q4 h1 h2 fy ceo cfo
key takeaways takeaway strategic analysis insight editorial brief desk market heartbeat overview background
sector performance popular top10 top gainers losers gainer loser risers riser fallers faller decliners decliner
advancers advancer laggards laggard movers mover macroeconomic tech technology financials metals airlines
biotech internet hardware software energy property consumer healthcare banks insurers utilities materials
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december on its moves move rally gains losses session day week year month
jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
southbound northbound capital funds money inflows outflows smart-driving lidar non-ferrous precious
ltd ltd. inc inc. corp corp. co co. plc limited llc sa ag nv se holdings group
having being
filings
capitalization capitalisation heps eps ebitda
during most some many several earlier later before since although though when where if yet still among under
over about against between through across around within without according first then so because
only even just both each all few other such than what which who how why ahead into upon via later shortly
more less fewer nearly almost roughly around here there
covid covid-19 coronavirus omicron sars brexit part much coming rounding topping trailing yesterday today tomorrow
leading sector-wise stock-wise index-wise
sentiment morale mood optimism pessimism caution
worst best biggest fellow benchmark benchmarks basic been
along bullish bearish
""".split()) | BUSINESS_NOUNS | BE_HAVE  # (BE_HAVE: "The Dow Has Lost Nearly 14%" names the Dow)
#: an adverb set off by commas between a subject and its verb: "The Topix, meanwhile, fell", "DIIs, however, bought"
ASIDE_ADVERBS = frozenset({"meanwhile", "however", "though", "too", "also", "likewise", "similarly", "instead",
                           "overall", "elsewhere", "conversely", "separately"})
SUBJECT_SKIP = frozenset({"also", "all", "collectively", "sharply", "slightly", "modestly", "marginally",
                          "respectively", "each", "both", "further", "likewise", "similarly", "too",
                          "shares", "share", "stock", "counter", "scrip", "ticker",  # (VnExpress' "The ticker rose")
                          "'s", "’s", "were", "was", "have", "has", "had", "initially",
                          "broadly", "largely", "mostly", "steadily", "significantly", "strongly", "simultaneously",
                          "provisionally", "unofficially", "tentatively",
                          "finally", "eventually", "ultimately",  # "It finally ended the day at 18,167.64, down 1.47%"
                          # AAP's "The broader All Ordinaries meanwhile closed up 38.4 points"; the Korea Herald's
                          # "The tech-heavy Kosdaq bourse closed at 985.86 points, down 0.17 percent"
                          "meanwhile", "bourse",
                          "index", "listed", "hong", "kong", "h", "a", "-", "adrs", "adr", "us-listed",
                          "hk-listed", "depositary", "receipts", "us", "u.s.", "price", "prices", "is", "are",
                          "has", "have", "indexes", "indices", "index's", "average", "benchmark", "gauge",
                          "composite", "exchange", "together", "jointly", "again", "then", "just", "only", "still", "crude", "oil",
                          "alone",  # the Daily Beast's "Citigroup alone dropped 22 percent, to $6.40"
                          "itself", "themselves"})  # ERR's "The OMXT index itself had fallen 2.9 percent"
#: a broker's rating, as in "downgraded to sell from neutral", "rated it a Buy"
#: a broker's verbs of a rating change: "upgraded", "downgrades"
UPGRADE_VERBS = frozenset({"upgraded", "upgrades", "upgrading", "upgrade"})
DOWNGRADE_VERBS = frozenset({"downgraded", "downgrades", "downgrading", "downgrade"})
#: plain verbs that tell a rating change when a rating follows ("was cut to hold from buy at SEB", "cut the stock to
#: underperform")
RATING_CUT_VERBS = frozenset({"cut", "lowered", "reduced", "trimmed"})
RATING_RAISE_VERBS = frozenset({"raised", "lifted", "boosted", "upped", "hiked"})  # ("UBS hiked Reckitt to neutral")
RATING_WORDS = frozenset({"buy", "sell", "hold", "neutral", "overweight", "underweight", "outperform", "underperform",
                          "equal-weight", "market-perform", "sector-perform", "accumulate", "reduce", "add",
                          "peer-perform", "in-line", "equalweight", "marketperform", "sectorperform"})
#: a rating's first word that is a rating only with its second ("equal weight", "market perform", "strong buy")
RATING_FIRSTS = {"equal": ("weight",), "market": ("perform",), "sector": ("perform",), "peer": ("perform",),
                 "strong": ("buy", "sell"), "in": ("line",)}
#: every grade a broker's note gives, in lower case, one word or two: "neutral", "equal weight"
GRADES = RATING_WORDS | {f"{first} {second}" for first, seconds in RATING_FIRSTS.items() for second in seconds}
ROLE_WORDS = frozenset({"founder", "co-founder", "ceo", "chairman", "chairwoman", "chief", "executive",
                        "president", "director", "cfo", "coo", "cto", "boss", "vice", "billionaire", "and",
                        "officer", "head", "controlling", "shareholder", "major"})


#: capitalised heads of company names that take "of" and a place: "Bank of Ireland", "Royal Bank of Scotland"
NAME_HEADS_BEFORE_OF = frozenset({"Bank", "Banco", "Insurance", "Airlines", "Airways", "Railway", "Railways", "Electric",
                                   "Power", "Steel", "Telecom", "Petroleum", "Industries", "Corporation", "Trust"})
#: the news agencies a wrap quotes as its source ("Analysts polled by Reuters", "comments ... to Reuters"): some of
#: them listed companies, but never the company an "it" or "its stock" after them stands for
NEWS_SOURCES = frozenset({"reuters", "bloomberg", "xinhua", "afp", "kyodo", "yonhap", "bernama", "jiji", "cnbc",
                          "dow jones newswires", "agence france-presse", "the associated press", "associated press",
                          # PRI's "Dow Jones also finished the quarter at a new closing record, the Wall Street
                          # Journal reported, rising 52.38 points"
                          "wall street journal", "the wall street journal", "financial times", "the financial times"})

#: the words for a broker's analysts: "UBS analysts", "a Citigroup analyst raised"
ANALYST_NOUNS = frozenset({"analyst", "analysts", "strategist", "strategists"})
