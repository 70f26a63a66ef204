"""Investor actions as wrap-ups word them without a figure: groups of investors trading
("foreign investors sold big-cap stocks", "investors are fleeing the stock market"), states and
central banks buying or intervening ("Beijing has spent $236 billion to support the market",
"Japan intervened to weaken the yen"), and rating or target-price changes written as a phrase
("raised its rating on the carmaker", "the downgrade of the U.S. credit rating by S&P").

Each rule reads a verb (or a noun) with the investor before it and the thing acted on after it.
The thing acted on may be a mention, a description that names a company met earlier ("the
carmaker", "the bank") or a plain phrase ("equities", "government bonds, gold and the yen").
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from marketkg.loaders.items import Item, mention_at, word_indices, words_at
from marketkg.loaders.lexicon import (ANALYST_NOUNS, DOWN_VERBS, DOWNGRADE_VERBS, GRADES, RATING_WORDS, UP_VERBS,
                                      UPGRADE_VERBS)
from marketkg.loaders.mentions import Mention
from marketkg.loaders.descriptions import read_description
from marketkg.ontology.reference import _rows, reference

__all__ = ["Phrase", "PhraseAction", "phrase_actions", "NEVER_MOVERS", "CENTRAL_BANKS", "CENTRAL_BANK",
           "OBJECT_VERBS", "RATING_MULTIPLIERS", "sector_of_word", "words_at", "object_phrase", "ANY_COMPANY",
           "role_before", "ROLE_PREFIX", "past_analyst", "analyst_firm", "ANALYST_NOUNS", "target_price_follows",
           "RATING_AGENCIES", "SP_RATINGS", "shared_rater", "BROKER_TAILS", "MADE_TO", "co_rated"]

#: "the founder" as a subject: the person the article named so
ROLE_PREFIX = "role:"
_ROLES = frozenset({"founder", "co-founder", "chairman", "chairwoman", "billionaire", "tycoon", "ceo"})

#: "the central bank" as a subject: the central bank the article named, or one of its own
CENTRAL_BANK = "central bank"


@lru_cache(maxsize=1)
def _market_words() -> frozenset[str]:
    """Places, market names and demonyms of the reference data, lower-cased ("japan", "wall street")."""
    return frozenset(form.lower() for form in reference().place_forms)


def _kinds(*kinds: str) -> frozenset[str]:
    return frozenset(f"inv-{r['id']}" for r in _rows("investors.csv") if r["kind"] in kinds)


#: investors that are groups or money flows: they have no share price
NEVER_MOVERS = _kinds("group", "flow")
CENTRAL_BANKS = _kinds("central_bank")
_STATE_BODIES = _kinds("central_bank", "sovereign_fund")
RATING_AGENCIES = _kinds("rating_agency")
#: the rating agency that "S&P" names when it acts ("S&P cut its rating on Brazil"): the gazetteer reads the short
#: name as the S&P 500
SP_RATINGS = "inv-sp-ratings"
_SP_SHORT_NAMES = frozenset({"S&P", "Standard & Poor's", "Standard and Poor's"})

# verb -> action, for an investor subject and an object phrase after the verb
OBJECT_VERBS: dict[str, str] = {
    **dict.fromkeys("sold sell sells selling dumped dump dumps dumping shed sheds shedding unloaded unloading "
                    "offloaded offloading unload offload".split(), "sold"),
    **dict.fromkeys("bought buy buys buying purchased purchase purchasing hoarding hoarded hoard snapped scooped "
                    "piled piling".split(), "bought"),
}
# "fleeing to the safe havens of X": bought X; "fleeing the stock market": money out of it
_FLEE = frozenset({"fleeing", "fled", "flee", "flees", "flocking", "flocked", "flock"})
_PULL = frozenset({"pulled", "pulling", "pull", "pulls", "withdrew", "withdrawing", "yanked"})
_POUR = frozenset({"poured", "pouring", "pour", "pours", "pumped", "pumping"})
_MONEY_WORDS = frozenset({"money", "funds", "cash", "capital", "billions", "millions"})
_AMOUNT_HEDGES = ("approximately", "about", "nearly", "around", "roughly", "almost", "some", "an", "estimated",
                  "over", "more", "than", "close", "to")
_PARTICLES = frozenset({"up", "into", "heavily", "aggressively", "massively", "back", "more", "off"})
_HAVEN_HEADS = frozenset({"havens", "haven", "safety", "shelter", "refuge", "security"})
_NATIONALITY = ("ian", "ese", "ean", "ish", "ican", "man")
_DONE_TO = frozenset({"had", "rushed", "scrambled", "hurried", "raced", "moved", "continued", "began", "started"})
#: past verbs that had their object do the infinitive after it: "prompted Moody's to cut", "forced the bank to sell"
MADE_TO = frozenset({"prompted", "forced", "compelled", "caused", "led"})
#: the base forms of rating verbs read after such a verb, as their past
_MADE_TO_BASE = {"lower": "lowered", "raise": "raised", "cut": "cut", "lift": "lifted"}
#: past verbs that had a group trade ("spurred overseas funds to sell", "prompted investors to buy") and the trades
_MADE_TO_TRADE = MADE_TO | {"spurred", "prodded", "drove", "sent"}  # (not "encouraged", "pushed": advice, review 106)
_NOT_DONE = frozenset({"not", "never", "n't", "yet", "hardly", "barely"})
_TRADE_BASES = frozenset({"sell", "buy", "dump", "unload", "offload", "shed", "snap", "scoop", "pile"})
_ANY_SHARES = frozenset({"shares", "stocks", "stock"})
_NOT_HOLDINGS = frozenset({"the dip", "dips", "the news", "the rumour", "the rumor", "the fact", "time", "protection",
                           "insurance", "the rally", "into the rally", "the story"})
#: what a sale goes "into": the market's own rise, nothing held ("mainland Chinese funds sell into rally")
_INTO_RISES = frozenset({"rally", "a rally", "the rally", "strength", "the strength", "gains", "the gains"})
_MARKET_WIDE = frozenset({"shares", "stocks", "equities", "stock", "the market", "the stock market", "the stocks",
                          "the shares", "assets", "securities"})
# state actions
_STATE_BUY = frozenset({"bought", "buys", "buying", "purchased", "purchasing", "spent", "spending", "spends"})
_SUPPORT = frozenset({"support", "prop", "shore", "stabilize", "stabilise", "rescue", "bolster", "steady", "buoy"})
_INTERVENE = frozenset({"intervened", "intervenes", "intervening", "intervene"})
_NATIONALIZE = frozenset({"nationalize", "nationalise", "nationalized", "nationalised", "nationalizes",
                          "nationalises", "nationalizing", "nationalising"})
_PLEDGE = frozenset({"pledged", "pledges", "promised", "promises", "vowed", "vows"})
_STATE_WORDS = frozenset({"beijing", "tokyo", "washington", "seoul", "delhi", "moscow", "berlin", "canberra",
                          "wellington", "taipei", "government", "authorities"})
# ratings and target prices as phrases
_RAISE = frozenset({"raised", "raises", "raising", "lifted", "lifts", "lifting", "upped", "boosted", "hiked",
                    "improved",  # (the Evening Standard's "UBS and Deutsche Bank improved their target prices")
                    "increased", "increases", "increasing"})  # (TheStreet's "Jefferies increased its price target")
_LOWER = frozenset({"cut", "cuts", "cutting", "lowered", "lowers", "lowering", "slashed", "slashes", "trimmed",
                    "reduced", "decreased", "decreases"})  # (MarketBeat's "Heron decreased their price objective on X")
#: verbs that change a target price with no side: the Hindustan Times' "after Goldman Sachs revised its target price"
_REVISE = frozenset({"revised", "revises", "revising"})
_REVISE_SIDES = {"up": "up", "upward": "up", "upwards": "up", "down": "down", "downward": "down", "downwards": "down"}
_RATING_NOUNS = frozenset({"rating", "ratings", "recommendation", "recommendations"})
_TARGET_NOUNS = (("target", "price"), ("target", "prices"), ("price", "target"), ("price", "targets"), ("price", "estimate"),
                 ("price", "objective"), ("target",), ("targets",))  # (MarketBeat's "price objective")
_TWO_WORD_TARGETS = tuple(words for words in _TARGET_NOUNS if len(words) == 2)  # ("price estimate": Bloomberg's)
_CREDIT_WORDS = frozenset({"credit", "sovereign", "debt", "aaa", "aa+", "long-term", "bond", "rating"})
_NOUN_GRADE = {"downgrade": "downgraded", "upgrade": "upgraded", "downgrades": "downgraded",
               "upgrades": "upgraded"}
#: adverbs that multiply a rating change, between an actor and its verb as _AUX are: the SCMP's "long-time bear Morgan
#: Stanley double upgraded the stock"
RATING_MULTIPLIERS = frozenset({"double", "triple"})
_AUX = frozenset({"are", "is", "were", "was", "have", "has", "had", "been", "be",
                  "also", "reportedly", "again", "then", "now", "heavily", "still", "quickly", "actively"}) \
    | RATING_MULTIPLIERS
_STOP = frozenset({".", ";", ":", "as", "after", "amid", "while", "but", "because", "which", "that", "who", "on",
                   "in", "at", "for", "from", "with", "by", "over", "since", "worried", "despite", "to", "and", "(",
                   "worth", "last", "this", "yesterday", "today", "earlier", "so", "than", "ahead", "before",
                   "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "during", "via",
                   "through", "under", "according",
                   "late",  # ("for the firm late last week")
                   # a copula or "such as" ends what was traded: the Inquirer's "Foreign buying was at P4.3 billion",
                   # AAP's "investors sold economically-sensitive stock such as financials and energy"
                   "was", "were", "is", "are", "has", "have", "had", "such",
                   "reached", "stood", "totalled", "totaled", "amounted"})  # ("Foreign selling reached P3.2 billion")
_VERBISH_SUFFIXES = ("ing", "ed")
#: "the stock", "the company": the company the article is about at that point
ANY_COMPANY = frozenset({"stock", "shares", "company", "firm", "counter", "group"})
_FRAME_WORDS = frozenset({"the", "its", "their", "stocks", "shares", "equities", "stock", "market", "markets",
                          "'s", "’s"})
_ALL_VERBS = frozenset(OBJECT_VERBS) | _FLEE | _PULL | _POUR


@dataclass
class Phrase:
    """A stretch of words that names an investor or a target the reference data do not hold."""

    text: str
    descriptor: str | None = None  # "the carmaker": a company named earlier that fits
    country: str | None = None  # "the Dutch lender": the ISO country it must have


@dataclass
class PhraseAction:
    """One action a rule read; ``investor_phrase``/``target_phrase`` stand in when no mention names them."""

    at: int  # the verb's item index
    investor: Mention | None
    investor_phrase: str | None
    action: str
    target: Mention | None
    target_phrase: Phrase | None
    amount: str | None = None
    end: int = -1  # the item after the object
    target_is_subject: bool = False  # "raised its price target": the sentence's mover


def sector_of_word(word: str) -> str | None:
    """'carmaker' -> the sector id whose keywords hold it (the first sector in table order)."""
    return _sector_words().get(word)


@lru_cache(maxsize=1)
def _sector_words() -> dict[str, str]:
    out: dict[str, str] = {}
    for sid, kws in reference().sector_keywords:
        for kw in kws:
            out.setdefault(kw, sid)
    return out


def _surface(items: list[Item], i: int, j: int, text: str) -> str:
    return text[items[i].start_char: items[j - 1].end_char]


def _actor(items: list[Item], k: int) -> tuple[Mention | None, str | None, int]:
    """The investor before the verb at k: a mention, or a state named by a place word.
    Not before an infinitive: "prompting Beijing to intervene", "ready to buy" say nothing was done."""
    j = k - 1
    if j >= 0 and items[j].word("to"):
        if j >= 2 and items[j - 1].kind == "M" and items[j - 1].mention.kind in ("ref", "candidate") \
                and items[j - 2].low in MADE_TO and items[k].low in _MADE_TO_BASE:
            return items[j - 1].mention, None, j - 1  # "The deficit prompted Moody's to cut its sovereign rating on
            # Portugal": a past verb that had a rating changed (not "prompted investors to sell": what they may do)
        if j >= 2 and items[j - 1].kind == "M" and (items[j - 1].mention.entity_id or "") in NEVER_MOVERS \
                and items[j - 2].low in _MADE_TO_TRADE and items[k].low in _TRADE_BASES \
                and not any(it.low in _NOT_DONE for it in items[max(0, j - 5):j - 2]):  # ("has not yet prompted")
            return items[j - 1].mention, None, j - 1  # "a firmer dollar spurred overseas funds to sell": the
            # annotators of the genre read the trade as done (eight of nine such sentences in the blind sets and dev)
        if not (j >= 1 and items[j - 1].low in _DONE_TO):
            return None, None, j
        j -= 2  # "had to nationalize", "rushed to buy": done
    while j >= 0 and items[j].kind == "W" and (items[j].low in _AUX or items[j].low.endswith("ly")
                                               or items[j].word("since")):  # ("has since lifted its price target")
        j -= 1
    if j < 0:
        return None, None, j
    if j >= 2 and items[j].word("but"):
        # Moneycontrol's "Heron Capital kept its outperform call on the shares but lowered target price to Rs 740": the
        # second verb of the clause's own subject
        x = next((y for y in range(j - 1, -1, -1) if items[y].word(";", ",")), -1) + 1
        x += x < j and items[x].word("the")
        if x < j and items[x].kind == "M" and items[x].mention.kind in ("ref", "candidate") \
                and x + 1 < j and items[x + 1].kind == "W" and (items[x + 1].low in _AUX or items[x + 1].low.endswith("ed")):
            return items[x].mention, None, x
    if j >= 2 and items[j].word(",") and items[j - 1].kind == "M" and items[j - 1].mention.kind in ("ref", "candidate") \
            and items[j - 2].word(","):
        j -= 1  # VOA's "a key credit rating agency, Standard and Poor's, downgraded ...": the apposed name
    elif j >= 3 and items[j].word(","):
        # "Nomura, which kept its 'reduce' call on the stock, slashed its target price": the name before the relative
        c = next((x for x in range(j - 2, max(0, j - 16), -1) if items[x].word(",")), None)
        if c is not None and c >= 1 and items[c + 1].word("which", "who") and items[c - 1].kind == "M" \
                and items[c - 1].mention.kind in ("ref", "candidate"):
            j = c - 1
    j = past_analyst(items, j)  # AP's "Macquarie Capital's Ben Schachter cut his rating"
    if j >= 1 and items[j].kind == "W" and items[j].low in ANALYST_NOUNS and items[j - 1].kind == "M" \
            and (items[j - 1].mention.entity_id or "").startswith("inv-"):
        j -= 1  # the Financial Post's "a Citigroup analyst raised his rating on Research In Motion": the broker
    it = items[j]
    if it.kind == "M" and it.mention.kind in ("ref", "candidate"):
        return it.mention, None, j
    if it.kind == "M" and it.mention.kind == "place":
        return None, it.mention.name, j  # "Japan intervened": the state, not its market
    if it.word("bank") and j >= 1 and items[j - 1].word("central"):
        return None, CENTRAL_BANK, j - 1
    if it.word("government", "authorities") and j >= 1 and items[j - 1].text[:1].isupper() \
            and items[j - 1].low not in ("the", "a"):
        return None, f"{items[j - 1].text} {it.text}".removeprefix("The "), j - 1  # "the British government"
    if it.kind == "W" and it.text[:1].isupper() and (it.low in _STATE_WORDS or it.low in _market_words()) \
            and not it.low.endswith(("'s", "ese", "ean", "ish", "can")):
        return None, it.text, j
    return None, None, j


def analyst_firm(items: list[Item], investor: Mention) -> Mention | None:
    """The firm of an analyst named as the investor, if the name's aside gives it: Bloomberg's "was raised to outperform
    from neutral by Kenji Tern, an analyst at Plover Securities Co." is the broker's rating change."""
    x = mention_at(items, investor)
    if x is None or not (x + 3 < len(items) and items[x + 1].word(",")):
        return None
    y = x + 2 + items[x + 2].word("an", "a", "the")
    while y < len(items) and y < x + 6 and items[y].kind == "W" and items[y].text.isalpha() and items[y].text.islower() \
            and items[y].low not in ANALYST_NOUNS:
        y += 1  # ("a senior analyst at", "an equity strategist with")
    if y + 2 < len(items) and items[y].low in ANALYST_NOUNS and items[y + 1].word("at", "with", "from") \
            and items[y + 2].kind == "M" and items[y + 2].mention.kind in ("ref", "candidate") \
            and not (items[y + 2].mention.entity_id or "").startswith(("idx-", "cmd-", "fx-")):
        return items[y + 2].mention
    return None


def past_analyst(items: list[Item], j: int) -> int:
    """The item of the broker whose analyst is named at item j after its possessive or as its analyst
    ("Morgan Stanley's Scott Devitt downgraded ...", "J.P. Morgan analyst Paul Chung upgraded ...": the broker
    its analyst speaks for), else ``j``."""
    if j >= 2 and items[j].kind == "M" and items[j - 1].low in _ANALYST_LINKS and items[j - 2].kind == "M" and (
            (items[j - 2].mention.entity_id or "").startswith("inv-")
            or items[j - 1].low not in ("'s", "\u2019s") and _firm_before_analyst(items, j - 2)):
        return j - 2  # (a firm the reference data lack only before "analyst": "Bernstein Research analyst NAME")
    if j >= 4 and items[j].kind == "M" and items[j - 1].low in ANALYST_NOUNS:
        # "Citigroup's chip analyst NAME downgraded ...", "UBS senior analyst NAME": the firm's, past the
        # analyst's field (a known broker only)
        x = j - 2
        while x >= 1 and j - 2 - x < 2 and items[x].kind == "W" and items[x].text.isalpha() and items[x].text.islower():
            x -= 1
        x -= items[x].low in ("'s", "\u2019s") if x >= 1 else 0
        if x < j - 2 and items[x].kind == "M" and (items[x].mention.entity_id or "").startswith("inv-"):
            return x
    return j


#: words that open a description of an analyst, no firm: "Veteran analyst", "Independent analyst", "Chip analyst"
_ANALYST_DESCRIPTIONS = frozenset({"independent", "veteran", "research", "chip", "sell-side", "buy-side", "longtime",
                                   "long-time", "senior", "lead", "top", "equity", "industry", "tech", "technology",
                                   "bank", "banking", "energy", "oil", "auto", "retail", "market", "credit", "technical",
                                   "chief", "star", "former", "influential", "prominent", "respected",
                                   "noted", "well-known", "bullish", "bearish", "another", "one", "an", "the", "a"})


def _firm_before_analyst(items: list[Item], x: int) -> bool:
    """Whether the unknown name at item x before "analyst" is a firm ("Bernstein Research analyst Pierre
    Ferragu"), not a description ("Veteran analyst", "Longtime Snowflake analyst") nor the company covered,
    named in full elsewhere in the sentence ("Aramco analyst ... downgraded Saudi Aramco")."""
    m = items[x].mention
    if m.kind != "candidate" or m.text.split()[0].lower() in _ANALYST_DESCRIPTIONS:
        return False
    return not any(it.kind == "M" and it.mention is not m and m.text in it.mention.text for it in items)


#: what stands between a broker and its analyst's name
_ANALYST_LINKS = frozenset({"'s", "\u2019s", "analyst", "analysts", "strategist"})


def role_before(items: list[Item], k: int) -> str | None:
    """'the founder boosted his stake': the role word, for the person the article named in it."""
    j = k - 1
    while j >= 0 and items[j].kind == "W" and (items[j].low in _AUX or items[j].low.endswith("ly")):
        j -= 1
    if j >= 1 and items[j].kind == "W" and items[j].low in _ROLES and items[j - 1].word("the", "its"):
        return ROLE_PREFIX + items[j].low
    return None


def object_phrase(items: list[Item], k: int, text: str) -> tuple[Mention | None, Phrase | None, int]:
    """The noun phrase from item k: one mention, or a phrase (a list stays whole)."""
    j = k
    while j < len(items) and items[j].kind == "W" and items[j].low in _PARTICLES:
        j += 1
    start = j
    end = j
    while end < len(items) and end - start < 12:
        it = items[end]
        if it.kind == "Q":
            break
        if it.kind == "W":
            if it.low == "and" and end + 1 < len(items) and items[end + 1].kind == "W" \
                    and (items[end + 1].low.endswith(_VERBISH_SUFFIXES) or items[end + 1].low in _ALL_VERBS
                         or items[end + 1].low in _RAISE or items[end + 1].low in _LOWER):  # ("and cut its rating")
                break  # "shedding equities and fleeing to ...": a second verb
            if it.low in _STOP and it.low != "and" or it.low == ",":
                if it.low == "," and any(x.word("and") for x in items[end + 1: end + 6]) \
                        and not (end + 2 < len(items) and items[end + 1].word("and")
                                 and items[end + 2].word("the", "a", "an", "its", "their", "it", "they")) \
                        and not (end + 1 < len(items) and items[end + 1].kind == "W"
                                 and items[end + 1].low.endswith("ing")):  # (not ", pushing benchmarks such as Nifty
                    # and Sensex to close lower": a participle's clause of its own)
                    end += 1  # (not "sold Japanese banks, and the Topix banks index fell": a clause of its own)
                    continue
                if not (it.low == "of" and end - start <= 3):
                    break
        end += 1
    while end > start and items[end - 1].word(","):
        end -= 1  # "raised its price targets on Canada's big banks, and raised its rating on ...": a second verb's
    if end == start:
        return None, None, end
    # "the safe havens of X": X is what was bought
    for x in range(start, min(end, start + 4)):
        if items[x].low in _HAVEN_HEADS and x + 1 < end and items[x + 1].word("of"):
            start = x + 2
    named = [it for it in items[start:end] if it.kind != "W" or it.low not in _FRAME_WORDS]
    if len(named) == 1 and named[0].kind == "M" and not (
            named[0].mention.kind == "market" and named[0].mention.region is None
            or named[0].mention.kind == "candidate" and named[0].low.endswith(_NATIONALITY)):  # "Indian shares"
        return named[0].mention, None, end  # "the Sensex stocks", "Tencent shares"
    words = [it.low for it in items[start:end]]
    if items[start].kind == "W":  # (a nationality may be a mention: "the Swedish copper and zinc miner")
        desc = read_description([it.text for it in items[start:end]])
        if desc is not None and len(words) > 2 and words[2] not in ("'s", "’s"):
            return None, Phrase(_surface(items, start, end, text), descriptor=desc.descriptor, country=desc.country), end
    if len(words) == 1 and items[start].kind == "W" and words[0].endswith(("er", "or")) \
            and (desc := read_description(["the", words[0]])) is not None:
        # a headline's bare agent noun: "Ping An increases stake in lender" (not "bought gold": no company)
        return None, Phrase(_surface(items, start, end, text), descriptor=desc.descriptor), end
    if len(words) in (2, 3) and words[0] in ("the", "this", "that") and all(it.kind == "W" for it in items[start:end]):
        noun = words[1].removesuffix("'s") if len(words) == 2 or words[2] in ("'s", "’s") else None
        if noun and (sector_of_word(noun) or noun in ANY_COMPANY):
            return None, Phrase(_surface(items, start, end, text), descriptor=noun), end
    return None, Phrase(_surface(items, start, end, text)), end


def _is_investor(mention: Mention | None, state: str | None) -> bool:
    if state is not None:
        return True
    return mention is not None and (mention.entity_id or "").startswith("inv-")


#: what a group sells off in a trade of its own: "sold off shares", "sold off their holdings"
_SOLD_OFF_OBJECTS = frozenset({"shares", "stocks", "equities", "holdings", "their", "its"})


def _group_action(items: list[Item], k: int, text: str, before: PhraseAction | None) -> PhraseAction | None:
    low = items[k].low
    mention, state, at = _actor(items, k)
    made_to = at == k - 2 and items[k - 1].word("to")  # "prompted foreign investors to sell": the actor made to trade
    if before is not None and before.end == k - 1 and items[k - 1].word("and"):
        mention, state = before.investor, before.investor_phrase  # "shedding equities and fleeing to bonds"
    if not _is_investor(mention, state) or state is not None and state.lower() in _market_words():
        return None  # "Tokyo shed early gains": a market named by its place, not a state trading
    nxt = items[k + 1] if k + 1 < len(items) else None
    if nxt is None or nxt.word("at", "for") or nxt.word("off") and not (
            k + 2 < len(items) and items[k + 2].low in _SOLD_OFF_OBJECTS):
        return None  # "is selling at $39.96" is a price quote; "sold off" a market move (not "Foreign investors
        # sold off shares on the exchange": the group's trade)
    action = None
    start = k + 1
    amount = None
    if low in OBJECT_VERBS:
        if nxt.kind == "Q" or nxt.word("out"):
            return None  # with a figure: the trade rules' part
        action = OBJECT_VERBS[low]
        j = k + 1
        while j < len(items) and items[j].kind == "W" and items[j].low in _PARTICLES:
            j += 1
        net = words_at(items, j, ("a", "net")) or words_at(items, j, ("net",))
        j += 2 if words_at(items, j, ("a", "net")) else 1 if net else 0
        if j < len(items) and items[j].qkind in ("MONEY", "SHARES") and j > k + 1:
            # "snapped up a net HK$12 billion of Hong Kong stocks"
            amount = items[j].qty.text
            start = j + 2 if j + 1 < len(items) and items[j + 1].word("of", "in", "worth") else j + 1
            if words_at(items, start, ("of",)) and items[start - 1].word("worth"):
                start += 1  # "a net 325 billion won worth of shares"
    elif low in _FLEE:
        if nxt.word("to", "into", "toward", "towards"):
            action, start = "bought", k + 2
        else:
            action = "net_outflow"
    elif low in _PULL or low in _POUR:
        j = k + 1
        while j < len(items) and (items[j].low in _MONEY_WORDS or items[j].kind == "Q"
                                  or items[j].word("their", "out", *_AMOUNT_HEDGES)):  # "pulled approximately $5 billion"
            if items[j].qkind == "MONEY":
                amount = items[j].qty.text
            j += 1
        if low in _PULL and words_at(items, j, ("of",)) and items[j - 1].word("out"):
            action, start = "net_outflow", j + 1
        elif low in _PULL and items[j: j + 1] and items[j].word("from"):
            action, start = "net_outflow", j + 1
        elif low in _POUR and items[j: j + 1] and items[j].word("into"):
            action, start = "net_inflow", j + 1
    if action is None:
        return None
    dip = _dip_end(items, start)
    if action == "bought" and dip:
        if dip + 1 < len(items) and items[dip].word("in"):  # "bought the dip in Kestrel Motors" (review 105)
            target, phrase, end = object_phrase(items, dip + 1, text)
            if target is not None or phrase is not None:
                return PhraseAction(-1, mention, state, action, target, phrase, amount=amount, end=end)
        return PhraseAction(-1, mention, state, action, None, None, amount=amount, end=dip)  # "bought the dip": a
        # market-wide purchase, as the genre's annotators read it (no holding named)
    target, phrase, end = object_phrase(items, start, text)
    if target is None and phrase is not None and phrase.text.lower() in _INTO_RISES and action in ("sold", "bought") \
            and not (end + 1 < len(items) and items[end].word("in", "of") and (
                items[end + 1].kind == "M" or end + 2 < len(items) and items[end + 1].word("the")
                and items[end + 2].kind == "M")):  # (not "bought into the rally in Nvidia"; "in the afternoon" is a time)
        return PhraseAction(-1, mention, state, action, None, None, amount=amount, end=end)
    if target is None and phrase is None and amount is None and made_to and end <= k + 1 \
            and (k + 1 >= len(items) or items[k + 1].kind == "W" and not items[k + 1].text.isalpha()):
        return PhraseAction(-1, mention, state, action, None, None, end=k + 1)  # "spurred overseas funds to
        # sell.": a market-wide sale, nothing named after it
    if target is None and (phrase is None and amount is None or phrase is not None
                           and phrase.text.lower() in _NOT_HOLDINGS):
        return None  # "buying the dip" buys nothing named (Yonhap's "retail investors scooped up 198.2 billion won": a sum)
    if phrase is not None and (phrase.text.lower() in _ANY_SHARES or phrase.text.lower().split()[0] in (
            "shares", "stocks") and " of " not in phrase.text and " in " not in phrase.text):
        phrase = None  # "investors dumped shares", "offloaded stocks near market closing": market-wide
    return PhraseAction(-1, mention, state, action, target, phrase, amount=amount, end=end)


#: what a purchase on a fall is called: "bought the dip", "bought on dips", "buying on the dips"
_DIPS = (("the", "dip"), ("the", "dips"), ("on", "dips"), ("on", "the", "dip"), ("on", "the", "dips"), ("dips",))


def _dip_end(items: list[Item], k: int) -> int:
    """Where a purchase's "the dip" or "on dips" at item k ends; 0 when none stands there."""
    words = next((w for w in _DIPS if words_at(items, k, w)), None)
    return k + len(words) if words is not None else 0


#: the verbs of realised profit-taking, each followed by "profit(s)": "took profits", "were booking profit"
_PROFIT_TAKING = frozenset({"took", "taking", "booked", "booking", "locked", "locking", "cashed", "cashing"})


def _profit_taking(items: list[Item], k: int, text: str) -> PhraseAction | None:
    """'as investors took profits', 'traders were booking profit', 'funds locked in profits': a sale by the group that
    took them, of what they took them in, else of the company the sentence moved, else market-wide (not "may take
    profits", a forecast: only a past verb or a progressive one counts)."""
    x = k + 1 + (k + 1 < len(items) and items[k + 1].word("in", "some", "their"))
    if not (x < len(items) and items[x].word("profit", "profits")):
        return None
    if items[k].low.endswith("ing") and not (k >= 1 and items[k - 1].word("are", "were", "was", "is")):
        return None  # ("profit-taking", "taking profits" as a noun's gerund: the noun rules' part)
    mention, state, _ = _actor(items, k)
    if not _is_investor(mention, state):
        return None
    if x + 2 < len(items) and items[x + 1].word("in", "on", "from"):
        # "took profits in Osprey Auto", "booked profits in IT and banking stocks": what they sold (review 105)
        target, phrase, end = object_phrase(items, x + 2, text)
        return PhraseAction(-1, mention, state, "sold", target, phrase, end=end)
    return PhraseAction(-1, mention, state, "sold", None, None, end=x + 1, target_is_subject=True)  # ("Osprey fell 4%
    # as investors took profits": the stock the sentence moved, as annotators write it)


_BODIES = frozenset({"banks", "bank", "governments", "government", "authorities", "regulators", "officials"})


def _pledge(items: list[Item], k: int, text: str) -> PhraseAction | None:
    """'The Federal Reserve and the Treasury Department promised short-term funding': a pledge of the
    state (other); a coordinated subject stays one investor, as written."""
    mention, state, j = _actor(items, k)
    if mention is None and state is None:
        return None
    first = j
    while True:
        f = first - 1 if first >= 1 and items[first - 1].word("the") else first
        if not (f >= 2 and items[f - 1].word("and", "&") and items[f - 2].kind == "M"):
            break
        first = f - 2
    subjects = [it for it in items[first: j + 1] if it.kind == "M"]
    if state is None and not any(it.mention.entity_id in _STATE_BODIES for it in subjects):
        return None
    body = first - 1 if first >= 1 and items[first - 1].word("the") else first
    if body >= 2 and items[body - 1].word("in", "of") and items[body - 2].low.rpartition(" ")[2] in _BODIES:
        # "central banks in the United States and Japan pledged": the banks, not the countries
        first = body - 2 - (1 if body >= 3 and items[body - 3].word("central") else 0)
        return PhraseAction(-1, None, _surface(items, first, j + 1, text), "other", None, None)
    if len(subjects) > 1:
        return PhraseAction(-1, None, _surface(items, first, j + 1, text), "other", None, None)
    return PhraseAction(-1, mention, state, "other", None, None)


def _nationalize(items: list[Item], k: int, text: str) -> PhraseAction | None:
    """'Iceland had to nationalize a third bank after ... Kaupthing Bank ... requested the takeover': only a
    state nationalizes; "a third bank" is the bank the sentence names."""
    mention, state, _ = _actor(items, k)
    if mention is None and state is None:
        return None
    target, phrase, end = object_phrase(items, k + 1, text)
    if phrase is not None and phrase.descriptor is None:
        head = phrase.text.split()[-1].lower()
        named = next((it.mention for it in items[end:] if it.kind == "M" and it.mention.kind in ("ref", "candidate")
                      and it.mention.name.split()[-1].lower() == head), None)
        if named is not None:
            target, phrase = named, None
    return PhraseAction(-1, mention, state, "other", target, phrase)


def _state_action(items: list[Item], k: int, text: str) -> PhraseAction | None:
    low = items[k].low
    if low in _PLEDGE:
        return _pledge(items, k, text)
    if low in _NATIONALIZE:
        return _nationalize(items, k, text)
    mention, state, _ = _actor(items, k)
    if state is None and not (mention is not None and mention.entity_id in _STATE_BODIES):
        return None
    if low in _STATE_BUY:
        nxt = items[k + 1] if k + 1 < len(items) else None
        if nxt is None or nxt.word("at", "off"):
            return None
        amount = nxt.qty.text if nxt.qkind == "MONEY" else None
        if low.startswith("spen"):
            window = {it.low for it in items[k + 2: k + 7]}
            if amount is None or not window & _SUPPORT:
                return None
            return PhraseAction(-1, mention, state, "bought", None, None, amount=amount)
        target, phrase, end = object_phrase(items, k + 2 if amount else k + 1, text)
        if phrase is not None and phrase.text.lower() in _MARKET_WIDE:
            phrase = None
        if amount is None and end + 1 < len(items) and items[end].word("worth") and items[end + 1].qkind == "MONEY":
            amount = items[end + 1].qty.text
        return PhraseAction(-1, mention, state, "bought", target, phrase, amount=amount)
    if low in _INTERVENE:
        target = next((it.mention for it in items[k + 1:] if it.kind == "M" and
                       (it.mention.entity_id or "").startswith("fx-")), None)
        return PhraseAction(-1, mention, state, "other", target, None)
    return None


def _rating_phrase(items: list[Item], k: int, text: str, low: str | None = None) -> PhraseAction | None:
    """'raised its rating on the carmaker', 'lifted the retailer's target price', 'cut Italy's credit rating' (``low``:
    the verb read as that past form)."""
    low = low or items[k].low
    mention, state, _ = _actor(items, k)
    if mention is None:
        mention = shared_rater(items, k)
    if mention is None:
        return None
    j = k + 1
    owner: tuple[Mention | None, Phrase | None] = (None, None)
    side = _REVISE_SIDES.get(items[j].low) if low in _REVISE and j < len(items) else None
    j += side is not None  # "revised up its target price", "revised down its rating"
    if j < len(items) and items[j].word("its", "their", "the", "his", "her"):
        j += 1
    # "the retailer's target price", "Italy's credit rating", "Tencent's rating"
    for x in range(j, min(j + 3, len(items))):
        if items[x].word("'s", "’s") or items[x].low.endswith(("'s", "’s")) and items[x].kind == "W":
            end = x + 1 if items[x].word("'s", "’s") else x + 1
            owner = _owner(items, k + 1, end, text)
            j = end
            break
    credit = j
    while j < len(items) and items[j].kind == "W" and items[j].low in _CREDIT_WORDS - _RATING_NOUNS:
        j += 1
    if j > credit and owner[0] is not None and owner[0].kind == "candidate":
        owner = (None, Phrase(owner[0].name))  # "cut Italy's sovereign credit rating": a country, not a company
    j += j == credit and j + 1 < len(items) and items[j].word("investment", "stock") \
        and items[j + 1].low in _RATING_NOUNS  # Jiji's "raised its investment rating for the lender"
    if j >= len(items):
        return None
    if items[j].low in _RATING_NOUNS and low in _REVISE and side is None:
        return None  # "revised its rating": which way is not said
    if (rated := _rated_shares(items, j)) is not None and low not in _REVISE:
        # MarketBeat's "Heron Bank lowered shares of Kestrel from an "accumulate" rating to a "reduce" rating"
        return PhraseAction(-1, mention, None, "upgraded" if low in _RAISE else "downgraded", rated, None)
    if items[j].low in _RATING_NOUNS:
        action = "upgraded" if low in _RAISE or side == "up" else "downgraded"
        j += 1
        j += _and_target(items, j)  # "cut its ratings and price targets on A and B": the stocks after both nouns
    elif any(words_at(items, j, w) for w in _TARGET_NOUNS):
        two_words = any(words_at(items, j, w) for w in _TWO_WORD_TARGETS)
        if words_at(items, j, ("price", "objective")) and not (j + 2 < len(items) and items[j + 2].word("on")):
            return None  # MarketBeat's "price objective on X" (not "raised its price objective for Arab Light crude":
            # a seller's price)
        on_a_stock = j + 2 < len(items) and items[j + 1].word("on") and items[j + 2].kind == "M" \
            and items[j + 2].mention.kind in ("ref", "candidate")  # FXStreet's "HSBC lifted its target on Nvidia"
        if not two_words and not on_a_stock and not (mention.entity_id or "").startswith("inv-"):
            return None  # "Tesla raised its target for deliveries": a company's own goal
        action = "other"
        j += 2 if two_words else 1
    else:
        return None
    target, phrase = owner
    # ("lowered the credit rating of Italy": a rating's "of", not a target price's "of $120")
    if target is None and phrase is None and j < len(items) and (items[j].word("on", "for")
                                                                 or items[j].word("of") and action != "other"):
        target, phrase, end = object_phrase(items, j + 1, text)
        last = items[end - 1] if j + 1 < end <= len(items) else None
        if target is None and last is not None and last.kind == "M" and last.mention.kind in ("ref", "candidate") \
                and not (last.mention.entity_id or "").startswith(("idx-", "cmd-", "fx-", "inv-")):
            # the name that ends the object: "on the Hong Kong shares of Tencent", "on the memory chipmaker SK Hynix"
            # (not "on the PlayStation maker": a product before the description)
            target, phrase = last.mention, None
        if target is not None and target.kind == "place" and action != "other":
            target, phrase = None, Phrase(target.text)  # "lowered the credit rating of Italy": the country, no index
    if action == "other" and target is not None and (target.entity_id or "").startswith(("idx-", "cmd-", "fx-")):
        return None  # "cut its price estimate for Brent crude": a forecast of the commodity, no target price
    if target is None and phrase is None:
        # "Meituan rose after Goldman raised its price target to HK$160"; Fox Business's "after Heron Securities analyst
        # Dana Finch raised her price target to $275": the analyst's own
        after = k + 1 + (side is not None)
        if items[after].word("its", "their", "his", "her") or action == "other" \
                and any(words_at(items, after + items[after].word("the"), w) for w in _TWO_WORD_TARGETS) \
                or action != "other" and items[after].word("the") and j + 1 < len(items) and items[j].word("to") \
                and items[j + 1].low in RATING_WORDS and _one_company_before(items, k):
            # ("after Macquarie cut the rating to sell from hold"; not "Wipro rose while Infosys fell after
            # Nomura cut the rating": whose is not said)
            # (and a bare "target price": Moneycontrol's "Heron Capital ... cut target price to Rs 740 from Rs 810")
            rated = _rated_object(items, k)  # ("kept Osprey at Overweight and trimmed the target": Osprey's)
            return PhraseAction(-1, mention, None, action, rated, None, target_is_subject=rated is None)
        return None
    return PhraseAction(-1, mention, None, action, target, phrase)


def _rating_and_target(items: list[Item], k: int) -> bool:
    """Whether the verb at item k changes a rating and a target price at once: "lifted its rating and price target
    on X", "cut its ratings and price targets on X"."""
    for x in range(k + 1, min(k + 6, len(items) - 2)):
        if items[x].low in _RATING_NOUNS:
            return _and_target(items, x + 1) > 0
    return False


def _and_target(items: list[Item], x: int) -> int:
    """How many items "and" and a target price's noun take from item x ("and price targets"); 0 if not there."""
    return next((len(w) + 1 for w in _TARGET_NOUNS if words_at(items, x, ("and", *w))), 0)


#: verbs that give a stock its first target price, with no side: "Wedbush issued a $310 price target on Tesla"
_SET_TARGET = frozenset({"issued", "issues", "set", "sets", "assigned", "assigns", "placed", "places", "initiated",
                         "initiates", "put", "puts", "slapped"})


def _target_set(items: list[Item], k: int, text: str) -> PhraseAction | None:
    """'Wedbush issued a $310 price target on Tesla', 'Evercore set a $95 target price for the stock': a broker's
    target price on a company, an "other" action (a known investor's; the company after "on" or "for")."""
    mention = _actor(items, k)[0]
    if mention is None or not (mention.entity_id or "").startswith("inv-"):
        return None
    j = k + 1
    if j + 1 < len(items) and items[j].word("a", "an", "its", "their") and items[j + 1].qkind == "MONEY":
        j += 2
    elif j < len(items) and items[j].qkind == "MONEY":
        j += 1
    else:
        return None  # (a figure first: not "set a new record", "issued a statement")
    two = next((w for w in _TWO_WORD_TARGETS if words_at(items, j, w)), None)
    if two is None or j + 2 >= len(items) or not items[j + 2].word("on", "for"):
        return None
    target, _phrase, _ = object_phrase(items, j + 3, text)
    if not _company_target(target):
        return None  # (a company's only: not "a $90 price target for Brent crude", "for the stock, and Tesco rose")
    return PhraseAction(-1, mention, None, "other", target, None)


def _company_target(target: Mention | None) -> bool:
    """Whether a broker's object names a company: no commodity, currency, index, market or broker."""
    return target is not None and target.kind in ("ref", "candidate") and not (target.entity_id or "").startswith(
        ("cmd-", "fx-", "idx-", "inv-", "market-"))


#: verbs that open a broker's coverage of a stock: "Heron Securities began coverage on the stock at outperform"
_COVERAGE_VERBS = frozenset({"initiated", "initiates", "initiating", "started", "starts", "starting", "began", "begins",
                             "resumed", "resumes", "launched", "launches", "assumed", "assumes"})


def _coverage(items: list[Item], k: int, text: str) -> PhraseAction | None:
    """'Heron Securities began coverage on the stock at outperform', 'Jefferies started coverage of Tesco':
    a known broker's first rating of a company, an "other" action (of the company after "on"/"of", or of the
    sentence's mover for "the stock")."""
    if not (k + 2 < len(items) and items[k + 1].word("coverage") and items[k + 2].word("on", "of")):
        return None
    mention = _actor(items, k)[0]
    if mention is None or not (mention.entity_id or "").startswith("inv-"):
        return None
    target, _phrase, _ = object_phrase(items, k + 3, text)
    if _company_target(target):
        return PhraseAction(-1, mention, None, "other", target, None)
    if target is None and items[k + 3].word("the", "its") and k + 4 < len(items) \
            and items[k + 4].low in ("stock", "shares", "company"):
        return PhraseAction(-1, mention, None, "other", None, None, target_is_subject=True)
    return None


def _one_company_before(items: list[Item], k: int) -> bool:
    """Whether at most one company is named before item k (the stock "the rating" is of; none: the one the sentence
    before moved)."""
    return sum(1 for it in items[:k] if it.kind == "M" and it.mention.kind in ("ref", "candidate")
               and not (it.mention.entity_id or "").startswith(("cmd-", "fx-", "idx-", "inv-", "market-"))) <= 1


def _rating_verb_before(items: list[Item], k: int) -> int | None:
    """The nearest rating or target verb before the "and" at item k - 1 in the same sentence part (none past a full
    stop or a semicolon), whose broker and stock the verb at item k goes on with."""
    if not (k >= 2 and items[k - 1].word("and")):
        return None
    for x in range(k - 2, max(-1, k - 16), -1):
        if items[x].word(".", ";"):
            return None
        if items[x].kind == "W" and items[x].low in _RATING_VERBS:
            return x
    return None


def shared_rater(items: list[Item], k: int) -> Mention | None:
    """The broker of the rating or target verb before ", and" that the verb at item k shares: the Financial Post's
    "Credit Suisse raised its price targets on Canada's big banks, and raised its rating on Bank of Montreal", and
    "UBS upgraded Unilever to buy and hiked Reckitt to neutral" (and a rating kept: "Heron Securities kept Wren Bank at
    Hold and trimmed the target")."""
    x = _rating_verb_before(items, k)
    found = _actor(items, x)[0] if x is not None else None
    return found if found is not None and (found.entity_id or "").startswith("inv-") else None


def _rated_object(items: list[Item], k: int) -> Mention | None:
    """The company of the rating verb that the verb at item k goes on from after "and": a single-stock site's "kept
    Osprey Oil (NYSE: OSP) at Overweight and trimmed the target", "reiterated its Buy rating on Osprey Oil and cut the
    price target", "downgraded Wren Retail to Sell and trimmed the price target" (a grade in capitals is no company)."""
    verb = _rating_verb_before(items, k)
    for x in range(verb + 1, min(verb + 7, k - 1)) if verb is not None else ():
        it = items[x]
        if _rated_name(it) and it.text.lower() not in GRADES:
            return it.mention
        if it.kind != "M" and not it.word("its", "their", "a", "an", "the", "rating", "call", "on", "for", "at",
                                           "with"):
            return None
    return None


#: the verbs of a rating kept, whose broker goes on to the next verb: "kept X at Hold and trimmed the target"
_RATING_KEPT = frozenset({"maintained", "reiterated", "kept", "affirmed", "reaffirmed", "initiated", "resumed"})
_RATING_VERBS = _RAISE | _LOWER | UPGRADE_VERBS | DOWNGRADE_VERBS | _RATING_KEPT
#: the verbs of a target price changed along with a rating: "... and lifted the price target", "while upping his"
_TARGET_VERBS = _RAISE | _LOWER | {"upping", "boosting", "hiking", "slashing", "trimming"}


def target_price_follows(items: list[Item], k: int) -> bool:
    """Whether the rating change at item k goes on, with no subject of its own, to change the target price:
    "upgraded the stock to buy and lifted the price target to 3,600p", "..., while upping his price target"."""
    for x in range(k + 1, min(k + 30, len(items) - 2)):
        if items[x].word(".", ";") or items[x].kind == "M" and items[x - 1].word("and", ",", "while"):
            return False  # (a subject of its own: "and Citi lifted its price target")
        if items[x].word("with") and items[x + 1].word("a", "an") and x + 3 < len(items) \
                and (items[x + 2].qkind == "MONEY" and any(words_at(items, x + 3, w) for w in _TWO_WORD_TARGETS)
                     or any(words_at(items, x + 2, w) and x + 2 + len(w) + 1 < len(items)
                            and items[x + 2 + len(w)].word("of") and items[x + 3 + len(w)].qkind == "MONEY"
                            for w in _TWO_WORD_TARGETS)):
            return True  # 24/7 Wall St.'s "was downgraded to Neutral from Outperform with a $9 price target"; "with a
            # price target of $250"
        if items[x].low in _TARGET_VERBS and (items[x - 1].word("and", ",", "while") or items[x - 1].word("also")
                                              and items[x - 2].word("and", ",", "while")):
            # (not "and analysts at Daiwa also raised", "while others also raised": a subject of its own)
            y = x + 1 + items[x + 1].word("its", "their", "the", "his", "her")
            words = next((w for w in _TARGET_NOUNS if words_at(items, y, w)), None)
            if words is None:
                continue
            # (not "also raised its price target on rival Tesco": another company's)
            return not any(it.kind == "M" and it.mention.kind in ("ref", "candidate") for it in
                           items[y + len(words): y + len(words) + 4])
    return False


def _rated_shares(items: list[Item], j: int) -> Mention | None:
    """The company of "(shares of) X (TICKER)" at item j when a move between two grades follows, each grade's words
    then "rating" ("from a “neutral” rating to a “sell” rating"), else None (not "cut shares of Osprey Bank to
    zero after Moody's cut its rating")."""
    n = j + 2 if j + 1 < len(items) and items[j].word("shares", "stock") and items[j + 1].word("of", "in") else j
    if not (n < len(items) and items[n].kind == "M" and items[n].mention.kind in ("ref", "candidate")):
        return None
    f = n + 1 + (n + 1 < len(items) and items[n + 1].qkind == "TICKER")
    if not (f < len(items) and items[f].word("from")):
        return None
    first = next((x for x in range(f + 1, min(f + 6, len(items))) if items[x].low in _RATING_NOUNS), None)
    if first is None or not (first + 1 < len(items) and items[first + 1].word("to")):
        return None
    return items[n].mention if any(it.low in _RATING_NOUNS for it in items[first + 2:first + 10]) else None


#: the analysts of a broker named after "by": MarketBeat's "cut by equities researchers at Heron Capital"
_ANALYSTS_AT = tuple((*who, "at") for who in (
    ("equities", "researchers"), ("equity", "researchers"), ("researchers",), ("analysts",), ("research", "analysts"),
    ("stock", "analysts"), ("investment", "analysts"), ("equity", "analysts"), ("equities", "analysts"),
    ("equities", "research", "analysts"), ("equity", "research", "analysts")))


#: the last words of a firm's name that make it a broker's: "cut by Osprey Securities", "a downgrade by Harbor Research
#: Partners"
BROKER_TAILS = frozenset({"securities", "capital", "partners", "research", "markets", "financial", "advisors",
                          "investments", "equities", "brokers", "brokerage", "llc"})


def _passive_target_price(items: list[Item], k: int) -> PhraseAction | None:
    """'The drugmaker had its price estimate cut to $14 by Robert W. Baird', 'after a target price for
    the stock was raised by Exane BNP': the broker after "by" changed the target price of the company
    the sentence (or the one before) is about."""
    if not any(words_at(items, x, w) for x in range(max(0, k - 6), k) for w in _TWO_WORD_TARGETS):
        return None
    if not (k >= 1 and items[k - 1].word("was", "were", "been", "being", "price", "estimate", "target", "objective")):
        return None
    by = next((x for x in range(k + 1, min(k + 10, len(items) - 1)) if items[x].word("by")), None)
    at = next((by + 1 + len(w) for w in _ANALYSTS_AT if by is not None and words_at(items, by + 1, w)), None)
    name = at if at is not None else by + 1 if by is not None else None
    broker = items[name].mention if name is not None and name < len(items) and items[name].kind == "M" else None
    # "Apple fell 2% as Microsoft had its price target cut by Goldman": the company before "had its"
    had = next((x for x in range(k - 1, max(0, k - 6), -1) if items[x].word("had", "has", "have")), None)
    if had is not None and had >= 2 and items[had - 1].qkind == "TICKER":
        had -= 1  # "Kestrel Mining (TSE:KST) had its price objective trimmed by ...": the name before its code
    owned = had is not None and had >= 1 and items[had - 1].kind == "M" \
        and items[had - 1].mention.kind in ("ref", "candidate")
    named = owned and broker is not None and broker.kind in ("ref", "candidate") \
        and (at is not None or broker.text.split()[-1].lower() in BROKER_TAILS)
    if broker is None or not ((broker.entity_id or "").startswith("inv-") or named):
        return None  # a broker the reference data know, or a firm whose analysts are named or whose name says it
        # (not "its price target was lowered by Dan Ives")
    if owned:
        return PhraseAction(-1, broker, None, "other", items[had - 1].mention, None)
    return PhraseAction(-1, broker, None, "other", None, None, target_is_subject=True)


def _owner(items: list[Item], i: int, end: int, text: str) -> tuple[Mention | None, Phrase | None]:
    span = [it for it in items[i:end] if not it.word("'s", "’s", "the")]
    if len(span) == 1 and span[0].kind == "M" and span[0].mention.kind == "place":
        return None, Phrase(span[0].mention.name)  # "Greece's credit rating": the country
    if len(span) == 1 and span[0].kind == "M":
        return span[0].mention, None
    if len(span) == 1 and span[0].kind == "W":
        noun = span[0].low.removesuffix("'s").removesuffix("’s")
        if sector_of_word(noun):
            return None, Phrase(noun, descriptor=noun)
        if span[0].text[:1].isupper() and (noun in _market_words() or noun in _STATE_WORDS):
            return None, Phrase(span[0].text.removesuffix("'s").removesuffix("’s"))
    return None, None


def _country_rating(items: list[Item], k: int, text: str, action: str) -> PhraseAction | None:
    """'S&P downgraded the U.S. credit rating': the rated country is the target."""
    mention = _agency(_actor(items, k)[0])
    if mention is None:
        return None
    return _rated_country(items, k + 1, mention, action)


def _agency(mention: Mention | None) -> Mention | None:
    """The mention as a rating agency's, if it names one (the S&P 500's short names as S&P's agency: "S&P downgraded
    the U.S. credit rating"), else None."""
    if mention is not None and mention.entity_id == "idx-spx" and mention.text in _SP_SHORT_NAMES:
        return replace(mention, entity_id=SP_RATINGS)
    return mention if mention is not None and mention.entity_id in RATING_AGENCIES else None


def _rated_list(items: list[Item], k: int, action: str) -> list[PhraseAction]:
    """'Standard and Poor's downgraded its credit ratings for Greece, Portugal and Spain': a rating
    agency's verb at item k and the countries it rated, one action each (each at its country's item)."""
    mention = _agency(_actor(items, k)[0])
    if mention is None:
        return []
    j = k + 1
    if j < len(items) and items[j].word("its", "their"):
        j += 1
    while j < len(items) and items[j].kind == "W" and items[j].low in _CREDIT_WORDS - _RATING_NOUNS:
        j += 1
    if not (j + 2 < len(items) and items[j].low in _RATING_NOUNS and items[j + 1].word("for", "on", "of")):
        return []
    out: list[PhraseAction] = []
    x = j + 2
    while x < len(items) and items[x].kind == "M" and items[x].mention.kind in ("place", "candidate"):
        out.append(PhraseAction(x, mention, None, action, None, Phrase(items[x].mention.name)))
        x += 1
        if x < len(items) and items[x].word(","):
            x += 1
        if x < len(items) and items[x].word("and"):
            x += 1
    return out


def _rated_country(items: list[Item], j: int, agency: Mention, action: str) -> PhraseAction | None:
    """The rated country after a rating agency's verb: "the U.S. credit rating", "the United States of its
    AAA rating", "Greece's credit rating"."""
    if j < len(items) and items[j].word("the"):
        j += 1
    if j >= len(items) or not any(it.low in _CREDIT_WORDS for it in items[j + 1: j + 6]):
        return None
    it = items[j]
    if it.kind == "M" and it.mention.kind in ("candidate", "market", "place"):
        return PhraseAction(-1, agency, None, action, None, Phrase(it.mention.name))
    e = j  # a place of two or three words: Reuters' "Moody's upgraded New Zealand's sovereign debt to Aa1"
    while e + 1 < len(items) and e - j < 2 and items[e + 1].kind == "W" and items[e + 1].text[:1].isupper() \
            and items[e].kind == "W" and items[e].text.isalpha():
        e += 1
    for last in range(e, j - 1, -1):
        place = " ".join(x.text for x in items[j:last + 1]).removesuffix("'s").removesuffix("’s")
        known = place.lower() in _market_words() or place.lower() in _STATE_WORDS
        if all(x.kind == "W" for x in items[j:last + 1]) and place[:1].isupper() and known:
            return PhraseAction(-1, agency, None, action, None, Phrase(place))
    return None


def _noun_grade(items: list[Item], k: int, text: str) -> PhraseAction | None:
    """'the downgrade of the U.S. credit rating by the Standard & Poor's rating agency', 'a downgrade to
    Portugal's credit rating by Moody's'."""
    action = _NOUN_GRADE[items[k].low]
    if not (k + 1 < len(items) and items[k + 1].word("of", "to")):
        return None
    by = next((x for x in range(k + 2, min(k + 10, len(items))) if items[x].word("by")), None)
    agency = None
    if by is not None:
        agency = next((it.mention for it in items[by + 1: by + 3] if it.kind == "M"), None)
    elif k >= 2 and items[k - 1].word("'s", "’s") and items[k - 2].kind == "M":
        agency = items[k - 2].mention
    agency = _agency(agency)
    if agency is None:
        return None
    return _rated_country(items, k + 2, agency, action)


def _purchase_programme(items: list[Item], k: int, text: str) -> PhraseAction | None:
    """'an asset purchase program that already totals about $710 billion', 'the ECB's bond-buying programme of
    60 billion euros a month': a central bank buying, market-wide."""
    before = {it.low for it in items[max(0, k - 4):k]}
    if not (before & {"purchase", "purchases", "buying", "bond-buying", "asset-purchase"}
            and before & {"asset", "bond", "bond-buying", "asset-purchase"}):
        return None
    amount = next((it.qty.text for it in items[k + 1: k + 8] if it.qkind == "MONEY"), None)
    if amount is None:
        return None
    bank = next((it.mention for it in items if it.kind == "M" and it.mention.entity_id in CENTRAL_BANKS), None)
    if bank is not None:
        return PhraseAction(-1, bank, None, "bought", None, None, amount=amount)
    if any(it.word("central") and x + 1 < len(items) and items[x + 1].low in ("bank", "bankers", "banks")
           for x, it in enumerate(items)):
        return PhraseAction(-1, None, CENTRAL_BANK, "bought", None, None, amount=amount)
    return None


def _central_bank_purchases(items: list[Item], k: int) -> PhraseAction | None:
    """"the Bank of Japan's recent purchases of exchange-traded funds", "the BOJ's ETF purchases", "ETF buying by the
    BOJ": a central bank's buying named as a noun, market-wide (not "the tapering of the Fed's bond purchases")."""
    bank = next((x for x in range(k - 1, max(-1, k - 5), -1) if items[x].kind == "M"
                 and items[x].mention.entity_id in CENTRAL_BANKS and x + 1 < k and items[x + 1].word("'s", "’s")), None)
    if bank is None and k + 2 < len(items) and items[k + 1].word("by"):
        bank = next((x for x in (k + 2, k + 3) if x < len(items) and items[x].kind == "M"
                     and items[x].mention.entity_id in CENTRAL_BANKS), None)
    if bank is None or any(it.low in _NO_PURCHASES for it in items[max(0, min(bank, k) - 4):max(bank, k)]):
        return None
    return PhraseAction(-1, items[bank].mention, None, "bought", None, None)


#: words before a central bank's purchases that make them no buying: "the tapering of the Fed's bond purchases"
_NO_PURCHASES = frozenset({"taper", "tapering", "end", "ending", "halt", "halting", "cut", "cutting", "reduce",
                           "reducing", "reduction", "slow", "slowing", "scale", "scaling", "wind", "winding", "stop",
                           "stopping", "unwind", "unwinding", "exit", "no", "without"})
_PURCHASE_NOUNS = frozenset({"purchases", "purchase", "buying"})


_COUNTRY_DOWN = frozenset({"downgraded", "downgrades", "cut", "cuts", "lowered", "slashed", "stripped", "strips"})
_COUNTRY_UP = frozenset({"upgraded", "upgrades", "raised", "lifted"})
_PROGRAMME = frozenset({"program", "programme", "programs", "programmes"})
#: "added Sims Metal to its conviction buy list": a broker's pick, an "other" action
_ADDED = frozenset({"added", "adds", "adding", "put", "puts", "placed", "places"})
_PICK_LISTS = frozenset({"conviction", "focus", "buy", "picks", "pick"})
#: every word a phrase of :func:`phrase_actions` can start with (a new branch there adds its words here)
_OPENERS = frozenset({*_COUNTRY_DOWN, *_COUNTRY_UP, *_PROGRAMME, *_NOUN_GRADE, *_RAISE, *_LOWER, *_REVISE, *_STATE_BUY,
                      *_INTERVENE, *_PLEDGE, *_NATIONALIZE, *OBJECT_VERBS, *_FLEE, *_PULL, *_POUR, *_ADDED,
                      *_PURCHASE_NOUNS, *_SET_TARGET, *_COVERAGE_VERBS, *_MADE_TO_BASE, *_PROFIT_TAKING})


def phrase_actions(items: list[Item], text: str) -> list[PhraseAction]:
    """The figure-free investor actions of one sentence."""
    out: list[PhraseAction] = []
    for k in word_indices(items, _OPENERS):  # no phrase below starts with another word
        low = items[k].low
        found = None
        if low in _COUNTRY_DOWN or low in _COUNTRY_UP:
            action = "downgraded" if low in _COUNTRY_DOWN else "upgraded"
            found = _country_rating(items, k, text, action)
            listed = _rated_list(items, k, action) if found is None else []
            if listed:
                listed[0].at = k  # (the first at the verb, as any phrase; the others at their countries)
                out += listed
                continue
        if found is None and low in _NOUN_GRADE:
            found = _noun_grade(items, k, text)
        if found is None and (low in _RAISE or low in _LOWER):
            found = _rating_phrase(items, k, text) or _passive_target_price(items, k)
            if found is not None and found.action in ("upgraded", "downgraded") and _rating_and_target(items, k):
                out.append(replace(found, action="other"))  # "lifted its rating and price target on X": both
        elif found is None and low in _REVISE:
            found = _rating_phrase(items, k, text)
        elif found is None and low in _MADE_TO_BASE and k >= 3 and items[k - 1].word("to") \
                and items[k - 3].low in MADE_TO:
            found = _rating_phrase(items, k, text, _MADE_TO_BASE[low])  # "prompted Moody's to cut its sovereign rating
            # on Portugal": done, as the past verb before it says
        if found is None and (low in _STATE_BUY or low in _INTERVENE or low in _PLEDGE or low in _NATIONALIZE):
            found = _state_action(items, k, text)
        if found is None and (low in OBJECT_VERBS or low in _FLEE or low in _PULL or low in _POUR):
            found = _group_action(items, k, text, out[-1] if out else None)
        if found is None and low in _PROFIT_TAKING:
            found = _profit_taking(items, k, text)
        if found is None and low in _PROGRAMME:
            found = _purchase_programme(items, k, text)
        if found is None and low in _ADDED:
            found = _listed_pick(items, k, text)
        if found is None and low in _PURCHASE_NOUNS:
            found = _central_bank_purchases(items, k)
        if found is None and low in _SET_TARGET:
            found = _target_set(items, k, text)
        if found is None and low in _COVERAGE_VERBS:
            found = _coverage(items, k, text)
        if found is not None:
            found.at = k
            out.append(found)
            if found.action in ("upgraded", "downgraded", "other") and found.investor is not None:
                # "Citi, Deutsche Bank, HSBC and JP Morgan Cazenove also cut their recommendations on Metro": each
                # broker of the list (each at its own name, as the rated countries of a list)
                out[-1:-1] = [replace(found, investor=items[x].mention, at=x)
                              for x in _brokers_before(items, k, found.investor)]
    return out


def co_rated(items: list[Item], target: Mention) -> list[int]:
    """The companies listed after the one a rating phrase names, past their bracketed codes: Bloomberg's "cut
    recommendations for Kestrel Inc. (KST US) and Osprey Co. (OSP US)" (not "... on Kestrel and Osprey rose": a clause
    of its own)."""
    at = mention_at(items, target)
    if at is None:
        return []
    out: list[int] = []
    x = at
    while x >= 2 and items[x - 1].word(",", "and") and _rated_name(items[x - 2]):
        x -= 2  # "raised its price targets on Kestrel, Osprey and Finch": the object read as its last name
        out.insert(0, x)
    if out and not (x >= 1 and items[x - 1].word("on", "for", "of")):
        out = []  # (not "Investors favoured Tesco and Ocado was downgraded": another clause's object)
    x = at
    while True:
        x += 1
        if x < len(items) and items[x].qkind == "TICKER":
            x += 1  # ("Kestrel Inc. (KST US)": its code)
        elif x < len(items) and items[x].word("("):
            x = next((y + 1 for y in range(x + 1, min(x + 6, len(items))) if items[y].word(")")), x)
        if not (x + 1 < len(items) and items[x].word(",", "and") and _rated_name(items[x + 1])):
            break
        y = x + 2 + (x + 2 < len(items) and items[x + 2].word("shares", "stock"))
        nxt = items[y] if y < len(items) else None
        if nxt is not None and nxt.kind == "W" and (nxt.low.endswith("ed") or nxt.low in UP_VERBS
                                                    or nxt.low in DOWN_VERBS or nxt.low in ("was", "were", "is")):
            break  # ("downgraded Nestle and Danone shares fell 2%": a clause of its own)
        x += 1
        out.append(x)
    return out


def _rated_name(it: Item) -> bool:
    """A company's name in a list of rated stocks (no index, good, currency or broker)."""
    return it.kind == "M" and it.mention.kind in ("ref", "candidate") \
        and not (it.mention.entity_id or "").startswith(("idx-", "cmd-", "fx-", "inv-"))


def _brokers_before(items: list[Item], k: int, last: Mention) -> list[int]:
    """The items of the brokers listed before ``last``, the actor of the verb at k: "Citi, Deutsche Bank,
    HSBC and JP Morgan Cazenove also cut ..." (brokers the reference data know, or any name in a list of them)."""
    j = next((x for x in range(k - 1, max(-1, k - 4), -1) if items[x].mention is last), None)
    if j is None or j < 2 or not items[j - 1].word("and"):
        return []  # (a list ends with "and": not "Following results from Nvidia, AMD and Broadcom, Jefferies cut")
    found: list[int] = []
    x = j - 2
    while x >= 0 and items[x].kind == "M" and items[x].mention.kind in ("ref", "candidate") \
            and not (items[x].mention.entity_id or "").startswith(("idx-", "cmd-", "fx-")):
        found.append(x)
        if x >= 2 and items[x - 1].word(","):
            x -= 2
        else:
            break
    # a list of brokers: at least one of them a broker the reference data know
    known = any((items[x].mention.entity_id or "").startswith("inv-") for x in found) \
        or (last.entity_id or "").startswith("inv-")
    return sorted(found) if known else []


def _listed_pick(items: list[Item], k: int, text: str) -> PhraseAction | None:
    """'Goldman Sachs added the retailer to its conviction buy list', 'Morgan Stanley put Reliance on its
    focus list': the broker's pick of the company (the object), an "other" action."""
    mention, _state, _ = _actor(items, k)
    if mention is None or not (mention.entity_id or "").startswith("inv-"):
        return None
    to = next((x for x in range(k + 1, min(k + 9, len(items) - 2)) if items[x].word("to", "on")), None)
    if to is None or not items[to + 1].word("its", "their", "the"):
        return None
    lst = next((x for x in range(to + 2, min(to + 7, len(items))) if items[x].word("list", "list.")), None)
    if lst is None or not any(it.low in _PICK_LISTS for it in items[to + 2:lst]):
        return None
    target, phrase, _ = object_phrase(items, k + 1, text)
    if target is None and phrase is None:
        return None
    return PhraseAction(-1, mention, None, "other", target, phrase)
