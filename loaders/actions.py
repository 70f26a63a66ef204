"""Investor actions: trades, stake changes, rating changes and Stock Connect flows."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from marketkg.loaders.action_phrases import (
    ANALYST_NOUNS, BROKER_TAILS, CENTRAL_BANK, CENTRAL_BANKS, MADE_TO, NEVER_MOVERS, OBJECT_VERBS, RATING_MULTIPLIERS,
    Phrase, analyst_firm, co_rated, object_phrase, past_analyst, phrase_actions, role_before, shared_rater,
    target_price_follows, words_at,
)
from marketkg.loaders import cause_words as W
from marketkg.loaders.items import Item, has_lows, has_words, mention_at, word_indices
from marketkg.loaders.lexicon import (ASIDE_ADVERBS, DOWNGRADE_VERBS, GRADES, HEDGES, RATING_CUT_VERBS, RATING_FIRSTS,
                                      RATING_RAISE_VERBS, RATING_WORDS, ROLE_WORDS, SUBJECT_SKIP, UPGRADE_VERBS)
from marketkg.loaders.mentions import Mention
from marketkg.loaders.descriptions import Description, fits, read_description
from marketkg.loaders.resolve import new_entity
from marketkg.ontology.enums import EntityType
from marketkg.ontology.ids import named_id
from marketkg.ontology.models import Entity

__all__ = ["RawAction", "find_actions", "phrase_investor", "phrase_target", "role_holder"]

_BUY = frozenset({"bought", "purchased", "acquired", "buys", "purchases", "acquires", "buying", "purchasing"})
_SELL = frozenset({"sold", "sells", "selling", "disposed", "offloaded", "offloading", "dumped", "dumping", "unloaded"})
_STAKE_UP = frozenset({"increased", "raised", "boosted", "lifted", "upped", "increases", "raises", "increasing",
                       "raising", "boosting", "added", "adding"})
_STAKE_DOWN = frozenset({"cut", "reduced", "trimmed", "lowered", "decreased", "cuts", "reduces", "trims",
                         "cutting", "reducing", "trimming", "slashed"})
#: verbs that raise a stake only to a figure: "bought 1m shares to take its stake to 6.189%"
_STAKE_TO = frozenset({"take", "takes", "taking", "took", "bring", "brings", "bringing", "brought"})
_HOLDING = frozenset({"holding", "holdings", "stake", "stakes", "position", "shareholding", "ownership", "interest"})
#: the words before a holding that say what it holds or whose it is: "its stock holding", Asia Financial's "has
#: increased his personal stake in Alibaba"
_HOLDING_KINDS = frozenset({"stock", "share", "equity", "personal", "direct", "indirect", "existing", "overall"})
_POSSESSIVE = frozenset({"its", "his", "her", "their", "the"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_ACTION_WORDS = _BUY | _SELL | _STAKE_UP | _STAKE_DOWN | _STAKE_TO | UPGRADE_VERBS | DOWNGRADE_VERBS | RATING_RAISE_VERBS \
    | RATING_CUT_VERBS | {"picked"}
_THE_STOCK = (("the", "stock"), ("the", "shares"), ("the", "company"), ("the", "counter"), ("the", "name"),
              ("it",), ("its", "shares"), ("its", "rating"))
_RATING_TO_FROM = re.compile(r"to\s+[\"']?(?P<to>[A-Za-z][A-Za-z -]{1,20}?)[\"']?\s+from\s+[\"']?(?P<from>[A-Za-z][A-Za-z -]{1,20}?)[\"'.]*(?:\s|$|,|\.)")
_RATING_TO = re.compile(r"^\s*(?:[A-Z][\w.&'-]*\s){0,4}to\s+[\"']?(?P<to>buy|sell|hold|neutral|overweight|underweight|outperform|underperform|equal-weight|market-perform|accumulate|reduce)\b", re.I)
_RATING_TO_ANYWHERE = re.compile(r"\bto\s+[\"']?(?P<to>buy|sell|hold|neutral|overweight|underweight|outperform|"
                                 r"underperform|equal-weight|market-perform|accumulate|reduce)\b", re.I)
_RATING = re.compile(r"from\s+[\"']?(?P<from>[A-Za-z][A-Za-z -]{1,20}?)[\"']?\s+to\s+[\"']?(?P<to>[A-Za-z][A-Za-z -]{1,20}?)[\"'.]*(?:\s|$|,|\.)")
#: the flow words and the action each states. Money moving ("net inflows", "capital outflows") and a
#: group's net trade told by a noun ("net purchases", "were net sellers") are fund flows, as the facts
#: contract has them; one told by a verb ("sold a net 427 billion won", "net bought") is bought or sold
_FLOWS = ((("net", "inflows"), "net_inflow"), (("net", "inflow"), "net_inflow"), (("capital", "inflows"), "net_inflow"),
          (("inflows",), "net_inflow"), (("net", "outflows"), "net_outflow"), (("net", "outflow"), "net_outflow"),
          (("capital", "outflows"), "net_outflow"), (("outflows",), "net_outflow"),
          (("net", "purchases"), "net_inflow"), (("net", "purchase"), "net_inflow"), (("net", "buying"), "net_inflow"),
          (("net", "bought"), "net_inflow"), (("net", "buyers"), "net_inflow"), (("net", "buyer"), "net_inflow"),
          (("net", "buys"), "net_inflow"), (("net", "buy"), "net_inflow"), (("net", "selling"), "net_outflow"), (("net", "sold"), "net_outflow"),
          (("net", "sales"), "net_outflow"), (("net", "sell"), "net_outflow"), (("net", "sellers"), "net_outflow"),
          (("net", "seller"), "net_outflow"), (("net", "foreign", "selling"), "net_outflow"),
          (("net", "foreign", "buying"), "net_inflow"), (("net", "foreign", "sales"), "net_outflow"),
          (("net", "foreign", "purchases"), "net_inflow"), (("foreign", "net", "selling"), "net_outflow"),
          (("foreign", "net", "buying"), "net_inflow"),
          # Zee News' "Domestic institutional investors ... made a net investment of Rs 149.96 crore"
          (("net", "investment"), "net_inflow"), (("net", "investments"), "net_inflow"),
          # the Egyptian exchange's daily "Arab investors were sellers with EGP 12 million": the day's net side
          (("buyers", "with"), "net_inflow"), (("sellers", "with"), "net_outflow"),
          # Chinese outlets' "a net influx of 610 million yuan" through the Stock Connect
          (("net", "influx"), "net_inflow"), (("net", "influxes"), "net_inflow"),
          # "northbound funds flowed into A-shares": money moving, its investor right before the verb
          (("flowed", "into"), "net_inflow"), (("flowing", "into"), "net_inflow"), (("flowed", "out"), "net_outflow"),
          (("flowing", "out"), "net_outflow"))
#: the net trades told by a verb among the flow words: "Foreign investors net sold Samsung shares"
_NET_VERBS = {("net", "bought"): "bought", ("net", "sold"): "sold"}
#: the flow words that need their investor right before them (not "money flowed into bonds")
_MOVING = frozenset({"flowed", "flowing"})
#: the flow words with "net": a participle after one states the flow's amount
_NET_FLOW_WORDS = tuple(words for words, _action in _FLOWS if "net" in words)
#: the fund flow a buying or selling verb states when "net" goes with it and its investor is a Stock Connect channel:
#: "Mainland investors bought a net HK$7.5 billion via the link"
_NET_TRADES = {"bought": "net_inflow", "sold": "net_outflow"}
#: flows whose words name their doer: "Total net foreign selling reached P2.05 billion"
_FOREIGN_FLOWS = frozenset(words for words, _action in _FLOWS if "foreign" in words)
_RESPECTIVELY = frozenset({"respectively"})
_FLOW_FIRST = frozenset(words[0] for words, _action in _FLOWS)
_INVESTOR_KINDS = frozenset({"ref", "candidate"})
#: reference entities that are traded, never trade: "Brent crude ... is selling at $39.96" quotes a price
_NOT_INVESTORS = ("cmd-", "fx-", "idx-", "sector-")


@dataclass(slots=True)
class RawAction:
    """An investor action before mentions are resolved to entities."""

    investor: Mention | None
    default_investor: str | None  # reference id used when the sentence names no investor
    action: str
    target: Mention | None
    amount: str | None = None
    price: float | None = None
    stake_pct: float | None = None
    rating_from: str | None = None
    rating_to: str | None = None
    target_is_subject: bool = False  # "the stock": the sentence's mover
    named_before: Mention | None = None  # the one company the sentence names before the action, if no mover
    clause_company: Mention | None = None  # the company of the action's own clause, when a clause before names another
    investor_phrase: str | None = None  # a state named by a place: "Beijing", "Japan"
    target_phrase: Phrase | None = None  # "equities", "the carmaker", "U.S."
    investor_is_mover: bool = False  # "UniCredit rose after it raised its stake": the company that moved
    bought: bool = False  # a stake raised by a purchase told with its purpose: a purchase if no company is named


def _past_code(items: list[Item], j: int) -> int:
    """The item before the code or short form that ends at item j ("Credit Suisse (CS)", "investors (DIIs)",
    "UnitedHealth Group (UNH -1.03%)"), else ``j``."""
    if j >= 1 and items[j].qkind == "TICKER":
        return j - 1
    if j >= 3 and items[j].word(")"):
        opened = next((x for x in range(j - 2, max(0, j - 5), -1) if items[x].word("(")), None)
        if opened is not None:
            return opened - 1
    return j


#: words between a possessive and the holding it names: "its remaining 8.2 per cent stake", "his entire holding"
_HOLDING_MODIFIERS = _HOLDING_KINDS | {"remaining", "entire", "whole", "residual", "partial", "small", "large",
                                      "minority", "majority", "controlling", "per", "cent", "percent"}


def _held_stake_end(items: list[Item], x: int) -> int | None:
    """The item of the holding a possessive at item x opens ("its stake", "its remaining 8.2 per cent
    shareholding"), else None."""
    if not (x < len(items) and items[x].low in _POSSESSIVE):
        return None
    for y in range(x + 1, min(x + 6, len(items))):
        if items[y].kind == "W" and items[y].low in _HOLDING:
            return y
        if not (items[y].qkind == "PERCENT" or items[y].kind == "W" and items[y].low in _HOLDING_MODIFIERS):
            return None
    return None


def _actor_before(items: list[Item], k: int) -> Mention | None:
    j = k - 1
    if j >= 1 and items[k].low in ("upgrade", "downgrade") and items[j].word("rating", "ratings", "stock"):
        j -= 1  # "following a Citigroup rating upgrade": the broker before the rating's noun
    elif j >= 2 and items[k].low in ("upgrade", "downgrade") and items[j].word("to") and items[j - 2].low in MADE_TO:
        j -= 1  # "The outlook prompted Moody's to downgrade the lender": done, as the past verb before it says
    while j >= 0 and items[j].kind == "W" and (items[j].low in SUBJECT_SKIP or items[j].low.endswith("ly")
                                               or items[j].low in _TIME_WORDS or items[j].low in RATING_MULTIPLIERS
                                               or j >= 1 and items[j].word("far") and items[j - 1].word("so")):
        j -= 1  # "foreign investors last month sold a net NT$14.62 billion"
        if j >= 0 and items[j].word("so") and items[j + 1].word("far"):
            j -= 1  # "Overseas portfolio funds have so far sold equities worth Rs 6,418.35 crore"
    if j >= 3 and items[j].word("who") and items[j - 1].word(",") and items[j - 2].low in ANALYST_NOUNS \
            and _is_investor(items[j - 3]) and (items[j - 3].mention.entity_id or "").startswith("inv-"):
        j -= 2  # "climbed after Jefferies analysts, who upgraded it to buy, praised its margins": the relative's broker
    if j >= 1 and items[j].kind == "W" and items[j].low in ("analysts", "analyst", "strategists") \
            and _is_investor(items[j - 1]):
        j -= 1  # "Heron Securities analysts cut the shares of Wren Bank": the broker's
    if j >= 3 and items[j].word(",") and items[j - 1].low in ASIDE_ADVERBS and items[j - 2].word(","):
        j -= 3  # "Domestic institutional investors (DIIs), however, bought shares worth Rs 2,810.7 crore"
    if j >= 1 and items[j].word(",") and _is_investor(items[j - 1]) and not (j >= 2 and items[j - 2].word("in", "of")):
        j -= 1  # "The founder of Naver, Lee Hae-jin, has cut his stock holdings" (not "Ping An, the biggest
        # shareholder in HSBC, boosted its stake": the name that ends a description set off by commas)
    elif j >= 3 and items[j].word(",") and (items[k].low in _STAKE_UP or items[k].low in _STAKE_DOWN
                                             or items[k].low in UPGRADE_VERBS or items[k].low in DOWNGRADE_VERBS):
        # "Ping An, the biggest shareholder in the British lender, boosted its stake": the investor before the
        # description set off by commas (a stake or a rating; not "Apple, the iPhone maker, bought back shares")
        c = next((x for x in range(j - 2, max(0, j - 14), -1) if items[x].word(",")), None)
        # (past its short form: "Bahadur Chand Investments (BCIPL), one of the promoters of Hero MotoCorp, raised")
        d = -1 if c is None else _past_code(items, c - 1)
        if d >= 0 and _is_investor(items[d]) and (
                items[c + 1].word("the", "a", "an", "its", "their", "one")
                or items[c + 1].kind == "M" and items[c + 2].low in ("'s", "\u2019s")
                or items[c + 1].word("in", "on") and j - c <= 5 and all(it.kind == "W" for it in items[c + 1:j])):
            j = d  # (CNBC-TV18's "Morgan Stanley, in a report, downgraded the stock")
    # "domestic institutional investors (DIIs) bought", "analysts at Credit Suisse (CS) downgraded": the name
    j = _past_code(items, j)  # before its short form or its code
    if j >= 2 and items[j - 1].word("since", "after", "before", "following", "ahead") and _is_investor(items[j - 2]) \
            and not (items[j].kind == "M" and items[j].mention.kind == "ref"):  # (not "... after BlackRock bought")
        j -= 2  # "The foreign investors since Budget have sold shares": the budget says when
    j = past_analyst(items, j) if j >= 0 else j  # AP's "Morgan Stanley's Scott Devitt cut ..."
    if j >= 0 and _is_investor(items[j]):
        return items[j].mention
    return None


def _co_rated_actions(items: list[Item], found: list[RawAction]) -> list[RawAction]:
    """The same note on each stock of a rated list: "cut recommendations for A (AAA US) and B (BBB US)", "raised
    its price targets on A, B and C" (each rating or target action of the sentence, once per stock)."""
    seen = {(id(a.investor), a.action, id(a.target)) for a in found}
    out: list[RawAction] = []
    for a in found:
        if a.action not in ("upgraded", "downgraded", "other") or a.target is None:
            continue
        for x in co_rated(items, a.target):
            key = (id(a.investor), a.action, id(items[x].mention))
            if key not in seen:
                seen.add(key)
                out.append(replace(a, target=items[x].mention))
    return out


def _clause_broker(items: list[Item], k: int) -> Mention | None:
    """The broker whose clause a participle at item k goes on: the investor named before k right before its own past
    verb ("Heron Securities put Wren Bank on its top picks, while upgrading Finch Foods")."""
    return next((items[x].mention for x in range(k - 3, -1, -1) if _is_investor(items[x])
                 and (items[x].mention.entity_id or "").startswith("inv-") and items[x + 1].kind == "W"
                 and items[x + 1].low.endswith("ed")), None)  # (the nearest: "Goldman cut X, and Morgan Stanley
    # followed, while upgrading Y": Morgan Stanley's)


#: time words between an investor and its verb
_TIME_WORDS = frozenset({"last", "this", "week", "month", "yesterday", "today", "earlier", "recently", "monday",
                         "tuesday", "wednesday", "thursday", "friday", "on", "has", "have", "had"})


def _is_investor(it: Item) -> bool:
    return it.kind == "M" and it.mention.kind in _INVESTOR_KINDS \
        and not (it.mention.entity_id or "").startswith(_NOT_INVESTORS)


def _known_investor(it: Item) -> bool:
    """Whether item ``it`` names an investor of the reference data (a group or a broker: an ``inv-`` id)."""
    return _is_investor(it) and (it.mention.entity_id or "").startswith("inv-")


def _co_actors(items: list[Item], actor: Mention) -> list[Mention]:
    """Investor groups joined to the actor: "Individuals and institutions sold", "retail
    investors, insurers and pension funds bought". Only groups (``inv-`` ids), so a company
    and an investor joined by "and" stay apart."""
    return _listed_before(items, actor, _known_investor)[0]


def _listed_before(items: list[Item], last: Mention, fits: Callable[[Item], bool]) -> tuple[list[Mention], int]:
    """The names joined by "and" or commas before ``last`` that ``fits`` accepts, in order, and the item before
    the first of them."""
    j = _index_of(items, last) - 1
    out: list[Mention] = []
    while j >= 1 and items[j].word("and", ","):
        code = 1 if j >= 2 and items[j - 1].qkind == "TICKER" else 0  # Reuters' "Toll Brothers Inc TOL.N and KB Home"
        if not fits(items[j - 1 - code]):
            break
        out.insert(0, items[j - 1 - code].mention)
        j -= 2 + code
    return out, j


def _co_subjects(items: list[Item], subject: Mention) -> list[Mention]:
    """Companies listed before ``subject`` as one subject with it: "Netflix and Spotify were upgraded",
    "Tesco, Sainsbury's and Ocado were downgraded"."""
    out, j = _listed_before(items, subject, _is_company)
    # the list is the clause's subject: it opens the sentence or a clause (not "Investors favoured Tesco and Ocado
    # was downgraded", "Jefferies upgraded Tesco and Ocado was downgraded by UBS"), after its description if any
    # (Reuters' "Home builders Toll Brothers Inc TOL.N and KB Home KBH.N both were upgraded")
    d = j
    while out and d >= 0 and j - d < 3 and (items[d].kind == "W" and items[d].text.isalpha() and items[d].text.islower()
                                            or items[d].kind == "M" and items[d].mention.kind in ("sector", "candidate")):
        d -= 1
    return out if out and (j < 0 or items[j].word(*_CLAUSE_OPENERS) or d < 0 or items[d].word(*_CLAUSE_OPENERS)) else []


#: what a clause's subject list may follow
_CLAUSE_OPENERS = (",", ";", ":", "-", "--", "—", "–", "while", "whereas", "but", "as", "after", "and", "meanwhile",
                   "elsewhere", "also")  # (a dateline's dash: "LONDON (Reuters) - Tesco and Ocado were downgraded")


def _co_objects(items: list[Item], obj: Mention) -> list[Mention]:
    """Companies listed after ``obj`` as one object with it: "upgraded Applied Materials and Micron",
    "cut Tesco, Sainsbury's and Ocado to sell"."""
    j = _index_of(items, obj) + 1
    out: list[Mention] = []
    while j + 1 < len(items) and items[j].word("and", ","):
        nxt = j + 2 if items[j].word(",") and items[j + 1].word("and") else j + 1
        if nxt >= len(items) or not _is_company(items[nxt]):
            break
        out.append(items[nxt].mention)
        j = nxt + 1
    # the list ends the object, past its shares: a rating, a clause's end or a cue follows (not "downgraded Nestle
    # and Danone shares fell 2%", "upgraded Tesco and Ocado said ...": the last name opens a clause of its own)
    if j < len(items) and items[j].word("shares", "stock", "stocks"):
        j += 1  # "downgraded Tesco and Ocado shares to underweight"
    return out if j >= len(items) or items[j].kind == "W" and items[j].low in _OBJECT_LIST_END else []


_OBJECT_LIST_END = frozenset({".", ",", ";", ":", "to", "from", "on", "at", "after", "as", "in", "with", "while",
                              "amid", "following", "—", "-", "and", "both", "each", "citing", "saying", "'", "’",
                              "by", "for", "ahead", "before", "this", "last", "over", "again", "too", "also"})
# ("by one notch", "for the first time", "ahead of its results")


def _role_company(items: list[Item], actor_index: int) -> Mention | None:
    """'Xiaomi founder and CEO Lei Jun': the company named before the role words."""
    j = actor_index - 1
    saw_role = False
    while j >= 0 and items[j].kind == "W" and items[j].low in ROLE_WORDS:
        saw_role = saw_role or items[j].low != "and"  # "Individuals and institutions": no role
        j -= 1
    if saw_role and j >= 0 and items[j].kind == "M" and items[j].mention.kind in ("ref", "candidate"):
        return items[j].mention
    return None


def _index_of(items: list[Item], mention: Mention) -> int:
    return next(i for i, it in enumerate(items) if it.mention is mention)


def _is_company(it: Item) -> bool:
    return it.kind == "M" and it.mention.kind in ("ref", "candidate") \
        and not (it.mention.entity_id or "").startswith(("inv-", "idx-", *_NOT_INVESTORS))


def _target_after(items: list[Item], k: int) -> tuple[Mention | None, bool]:
    for j in range(k, min(k + 6, len(items))):
        it = items[j]
        if it.kind == "M" and it.mention.entity_id in NEVER_MOVERS:
            break  # "foreigners sold 42 billion won and retail investors offloaded ...": the next group's clause
        if it.kind == "M" and it.mention.kind in ("ref", "candidate"):
            if j > k and items[j - 1].word("to") and _rating_at(items, j):
                break  # "cut to Equal Weight": the grade, no company
            return it.mention, False
        example = _group_example(items, j)
        if example is not None:
            return example, False
        if it.kind == "M" and it.mention.kind == "sector" and it.mention.sectors \
                and (items[k - 1].low.endswith("ed") or items[k - 1].low in ("sold", "bought")):
            # "Jefferies upgraded the semiconductor sector", "Barclays downgraded UK housebuilders" (not "Sweeping
            # downgrades across the mining sector": a noun); "the regional bank stock" is the company's
            return (None, True) if it.low.endswith(" stock") else (it.mention, False)
        owner = next((j + len(w) for w in _SHARES_OF if words_at(items, j, w)), None)
        if owner is not None and owner < len(items) and items[owner].kind == "M" \
                and items[owner].mention.kind in ("ref", "candidate"):
            return items[owner].mention, False  # "Heron Securities analysts cut the shares of Wren Bank"
        named = next((x + 1 for x in range(owner, min(owner + 9, len(items) - 1)) if items[x].word(",")), None) \
            if owner is not None and owner < len(items) and items[owner].kind == "W" else None
        if named is not None and items[named].kind == "M" and items[named].mention.kind in ("ref", "candidate") \
                and all(it.kind == "W" for it in items[owner:named - 1]):
            return items[named].mention, False  # Bloomberg's "upgraded its rating on the nation's second-largest
            # mill, JFE Holdings Inc.": the name after the description
        if any(words_at(items, j, w) for w in _THE_STOCK):
            return None, True
        if it.kind == "W" and it.low in {",", ";", "after", "as", "while", "but"}:
            break
    return None, False


def _group_example(items: list[Item], j: int) -> Mention | None:
    """The first company named as an example of the group whose phrase opens at item j: "cut its ratings on several
    mid-sized lenders, including Kestrel Bank and Osprey Financial" (each rated: the rest are read as its list)."""
    for x in range(j, min(j + 8, len(items) - 2)):
        lead = x + items[x].word(",")  # (with a comma or none: "several lenders such as Kestrel Bank")
        n = lead + 1 if items[lead].word("including") else lead + 2 if words_at(items, lead, ("such", "as")) else None
        if n is not None and n < len(items) and _is_company(items[n]):
            return items[n].mention
        if items[x].kind != "W" and not (items[x].kind == "M" and items[x].mention.kind == "sector") \
                or items[x].low in _TRADE_CLAUSE_END or items[x].word(","):
            return None
    return None


#: the words before the company whose shares a rating names: "downgraded the shares of Citigroup"
_SHARES_OF = (("the", "shares", "of"), ("shares", "of"), ("the", "stock", "of"), ("its", "rating", "on"),
              ("the", "shares", "in"))


#: a sector phrase that describes one company's stock: Reuters' "cut its rating on the German lender's stock"
_DESCRIBED_STOCK = re.compile(r"['’]s (?:stock|shares)$")
#: an object phrase of a company's own shares: "19.6 billion of its H-shares", "10 million of their shares"
_OWN_SHARES = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?(?:shares|stock|H-shares|A-shares)\b", re.I)
#: words after "bought" / "sold" that do not open an object phrase of their own
_NOT_AN_OBJECT = frozenset({"shares", "stock", "stocks", "the", "a", "an", "net", "more", "back", "its", "their", "it",
                            "them", "some", "heavily", "off", "into", "out", "up", "on", "in", "at", "to", "for"}
                           | {words[0] for words in HEDGES if len(words) == 1})  # ("bought about 9,200 shares")
#: words that end the clause of a trade before the company whose shares were traded is named
_TRADE_CLAUSE_END = frozenset({".", ";", "after", "as", "while", "amid", "following", "because", "but", "which", "who",
                               "and"})
_HELD_WORDS = _HOLDING | {"shares", "share", "stock"}
#: the actions of a trade in a company's shares
_STAKE_TRADES = frozenset({"bought", "sold", "raised_stake", "cut_stake"})


def _target_price_of(rating: RawAction) -> RawAction:
    """The target price the broker changed along with its rating, of the same company."""
    return replace(rating, action="other", rating_from=None, rating_to=None)


def _sole_company_before(items: list[Item], k: int, actor: Mention | None) -> Mention | None:
    """The one company the sentence names before the action word at k, its actor aside: "after BT extended
    its run, following an upgrade from Morgan Stanley"."""
    named = {it.mention.text: it.mention for it in items[:k] if _is_company(it) and it.mention is not actor}
    known = [m for m in named.values() if m.kind == "ref"]  # (not "Miner" in "Miner Rio Tinto was the top riser")
    return known[0] if len(known) == 1 else next(iter(named.values())) if len(named) == 1 else None


def _share_held_company(actions: list[RawAction]) -> None:
    """"A purchased 4.50 lakh shares, B purchased 75,000 shares and C purchased 2 lakh shares in BCL
    Industries": the one company the sentence's trades name is each named investor's."""
    trades = [a for a in actions if a.action in _STAKE_TRADES and a.amount is not None and a.investor is not None
              and a.investor.entity_id not in NEVER_MOVERS]
    held = {a.target.text: a.target for a in trades if a.target is not None}
    if len(held) != 1 or len(trades) < 2:
        return
    for a in trades:
        if a.target is None and a.target_phrase is None:
            a.target, a.target_is_subject = next(iter(held.values())), False


#: words between "from" and the seller: "from its promoter Financial Technologies", "from another promoter firm"
_SELLER_WORDS = frozenset({"its", "the", "their", "promoter", "promoters", "parent", "founder", "founders", "co-promoter",
                           "shareholder", "owner", "firm", "company", "group"})


def _seller_after(items: list[Item], k: int, bought: Mention | None) -> Mention | None:
    """The seller of a stake bought at item k: "bought a 1.96% stake in MCX from its promoter Financial
    Technologies", "had bought a 29.89 percent stake in Intraco from Hanwell Holdings" (a name, not a price's
    "from Rs 100" or a place)."""
    for x in range(k + 1, min(k + 20, len(items) - 1)):
        if items[x].kind == "W" and items[x].low in _TRADE_CLAUSE_END - {"and"}:
            return None
        if items[x].word("from"):
            y = x + 1
            while y < len(items) - 1 and items[y].kind == "W" and items[y].low in _SELLER_WORDS:
                y += 1
            it = items[y]
            if it.kind == "M" and it.mention.kind in ("ref", "candidate") and it.mention is not bought \
                    and not (it.mention.entity_id or "").startswith(("idx-", *_NOT_INVESTORS)) \
                    and (it.mention.entity_id or "") not in NEVER_MOVERS:
                return it.mention
            return None
    return None


def _held_company(items: list[Item], k: int) -> Mention | None:
    """The company whose shares the trade at k was in, named after the amount: "purchased 4.50 lakh shares
    (3.18% stake) in BCL Industries", "sold 11 lakh shares at Rs 109.90 per share in BCL Industries"."""
    held = False
    for j in range(k + 1, min(k + 25, len(items) - 1)):
        it = items[j]
        if it.kind == "W" and it.low in _TRADE_CLAUSE_END:
            return None
        held = held or it.low in _HELD_WORDS or it.kind == "Q" and it.text.lower().endswith(("shares", "stake"))
        if held and it.word("in", "of") and _is_company(items[j + 1]):
            return items[j + 1].mention
    return None


_MARKET_WIDE = -1


def _bought_object_start(items: list[Item], k: int) -> int | None:
    """Where the object of the buying or selling verb at k starts, when it is what was bought and
    not the sentence's mover: 'bought 70 billion yen of exchange-traded funds', 'bought foreign
    currency worth 2 billion francs'; ``_MARKET_WIDE`` for 'bought equities worth ...'."""
    of = next((x + 2 for x in range(k + 1, min(k + 4, len(items) - 1))
               if items[x].qkind == "MONEY" and items[x + 1].word("of")), None)
    if of is not None or k + 2 >= len(items):
        return of
    nxt = items[k + 1]
    if nxt.low in ("equities", "stocks", "shares") and not items[k + 2].word("of", "in"):
        return _MARKET_WIDE
    if nxt.kind == "W" and nxt.low.isalpha() and nxt.low not in _NOT_AN_OBJECT:
        return k + 1
    return None


#: verbs whose subject is given a rating: "received an upgrade from", "won a double upgrade from"
_RECEIVED = frozenset({"received", "receives", "receiving", "got", "gets", "won", "wins", "earned", "earns", "drew",
                       "draws", "garnered", "scored", "secured"})


def _receiver(items: list[Item], k: int) -> Mention | None:
    """The company that received the rating word at k: "UnitedHealth Group (UNH) received an upgrade from
    Goldman Sachs" (the subject of the receiving verb before "a"/"an" and at most two adjectives)."""
    j = k - 1
    while j >= 0 and k - j <= 3 and items[j].kind == "W" and items[j].low not in ("a", "an"):
        j -= 1
    if not (j >= 2 and items[j].word("a", "an") and items[j - 1].low in _RECEIVED):
        return None
    j = _past_code(items, j - 2)  # ("UnitedHealth Group (UNH -1.03%) received")
    return items[j].mention if j >= 0 and _is_company(items[j]) else None


def _place_object(items: list[Item], k: int) -> Mention | None:
    """A place standing as a verb's object ("downgraded France", "cut Italy's rating")."""
    if k < len(items) and items[k].word("the"):
        k += 1
    if k < len(items) and items[k].kind == "M" and items[k].mention.kind == "place":
        return items[k].mention
    return None


def _stake_after(items: list[Item], k: int) -> float | None:
    """'boosting his stake to 23.26%', 'raised its stake in Tencent to 5.02%'."""
    for j in range(k, min(k + 12, len(items))):
        if items[j].kind == "W" and items[j].low in _HOLDING:
            for x in range(j + 1, min(j + 6, len(items)) - 1):
                if items[x].word("to") and items[x + 1].qkind == "PERCENT":
                    return items[x + 1].qty.value
    return None


def _price_after(items: list[Item], k: int) -> float | None:
    for j in range(k, min(k + 10, len(items))):
        if items[j].qkind == "MONEY" and j >= 1 and items[j - 1].low in {"of", "at"}:
            window = {x.low for x in items[max(k, j - 4):j]}
            if window & {"price", "at"}:
                return items[j].qty.value
    return None


def _amount_after(items: list[Item], k: int, kinds: tuple[str, ...] = ("SHARES", "MONEY"), *,
                  traded: bool = False) -> str | None:
    """The amount of shares or money within a few items from k; ``traded``: not a price a price step rose or fell to
    (the Malay Mail's "PetGas picked up 10 sen to RM15.40", Baystreet's "acquired a penny to $81.79"), which no trade
    states (review 71: "picked up 20 million Axiata shares to RM2.90 apiece", "bought stocks amounting to 1 trillion yen"
    still do)."""
    for j in range(k, min(k + 8, len(items))):
        if items[j].qkind in kinds and not (traded and items[j].qkind == "MONEY" and j > k + 1 and items[j - 1].word("to")
                                            and (items[j - 2].low in _PRICE_STEPS or items[j - 2].qkind == "MONEY")):
            return items[j].qty.text
        if "SHARES" in kinds and items[j].kind == "W" and items[j].low in _COUNT_WORDS:
            e = j + 1 + (j + 1 < len(items) and items[j + 1].low in _SCALE_WORDS)
            if e < len(items) and items[e].word("shares") and e > j + 1:
                return " ".join(it.text for it in items[j:e + 1])  # Bloomberg's "sold about five million shares"
        if items[j].word(";", "while", "but"):
            break
    return None


#: the small units of a price's step before the price it reached: "picked up 10 sen to RM15.40"
_PRICE_STEPS = frozenset({"sen", "cent", "cents", "penny", "pence", "paise", "kobo", "fils", "halalas", "points", "pts",
                          "baht", "yen", "won"})
#: a number of shares in words: "five million shares", "two billion shares"
_COUNT_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "several"})
_SCALE_WORDS = frozenset({"million", "billion", "thousand"})


def _flow_subject(items: list[Item], k: int, investor: Mention) -> bool:
    """Whether ``investor`` is the subject of the flow words at item k, right before a copula ("were", "turned")."""
    return k >= 2 and items[k - 1].word("were", "was", "turned", "remained", "became", "are", "have", "had") \
        and items[k - 2].kind == "M" and items[k - 2].mention is investor


#: the words that give a flow's sum further on: "net sellers for the seventh session to the tune of VND209 billion",
#: "Net inflow of southbound capital ... was at 905.75 million yuan"
_FLOW_TOTALS = (("to", "the", "tune", "of"), ("was", "at"), ("stood", "at"), ("came", "to"), ("amounted", "to"),
                ("totalled",), ("totaled",), ("reached",))


def _flow_total(items: list[Item], k: int) -> str | None:
    """The sum of the flow whose words end before item k, given further on in its clause after words that
    give a total."""
    for x in range(k, min(k + 16, len(items) - 1)):
        if items[x].word(";", "while", "but", "compared", "versus"):
            return None
        for words in _FLOW_TOTALS:
            if words_at(items, x, words) and items[x + len(words)].qkind == "MONEY":
                return items[x + len(words)].qty.text
    return None


def _flows(items: list[Item], flow_default: str | None) -> list[RawAction]:
    out: list[RawAction] = []
    if not has_lows(items, _FLOW_FIRST):
        return out
    resume = 0  # a flow's clause read, the next flow is looked for after it: "Individual investors net sold 310
    # billion won, while institutions net bought 290 billion won" (two flows, each its clause's)
    for k in range(len(items)):
        if k < resume or items[k].low not in _FLOW_FIRST:
            continue
        for hit, action in _FLOWS:
            if not words_at(items, k, hit):
                continue
            if hit[0] in _MOVING:  # "while northbound funds flowed out": the money named right before the verb
                if not (k > 0 and items[k - 1].kind == "M" and items[k - 1].mention.entity_id in NEVER_MOVERS):
                    continue
                investor = items[k - 1].mention
            else:
                investor = next((it.mention for it in items if it.kind == "M" and it.mention.entity_id in
                                 ("inv-southbound", "inv-northbound")), None) if not out else None
            by = k + len(hit)
            if investor is None and by + 1 < len(items) and items[by].word("by") and items[by + 1].kind == "M" \
                    and items[by + 1].mention.entity_id in NEVER_MOVERS:
                x = by + 1  # "416.7 billion won net buying by institutions and individuals": the last of the
                while x + 2 < len(items) and items[x + 1].word(",", "and") and items[x + 2].kind == "M" \
                        and items[x + 2].mention.entity_id in NEVER_MOVERS:  # list (the others join it)
                    x += 2
                investor = items[x].mention
            if investor is None:  # "foreign investors were net sellers of $1.2 billion"
                investor = next((it.mention for it in reversed(items[:k]) if it.kind == "M"
                                 and it.mention.entity_id in NEVER_MOVERS), None)
            # the amount: the nearest money after the flow words, or just before them
            amount = _amount_after(items, k + len(hit), ("MONEY",)) or _flow_total(items, k + len(hit))
            if amount is None:
                for j in range(k - 1, max(-1, k - 4), -1):
                    if items[j].qkind == "MONEY":
                        amount = items[j].qty.text
                        break
            default = "inv-foreign-investors" if hit in _FOREIGN_FLOWS else flow_default
            # (no sum is needed where the investors are the clause's subject: Xinhua's "The foreigners were net
            # sellers")
            if amount is None and not (investor is not None and _flow_subject(items, k, investor)) \
                    or investor is None and default is None:
                continue
            # the company the clause is about ("Alibaba led the charge, attracting HKD 56 billion in net
            # inflows"), not one before the investor that does the flow ("PSE data showed ... while
            # foreigners were net buyers"); "Total net foreign selling" has none
            doer = next((x for x in range(k - 1, -1, -1) if items[x].mention is investor), -1) if investor else -1
            # (not "Kestrel rose 2 per cent, as the total net inflows from southbound funds into the Hong Kong
            # market grew": a clause of its own, the market's flow)
            opened = next((x for x in range(k - 1, doer, -1) if items[x].word(*_CLAUSE_CUES)), doer)
            target = next((it.mention for it in items[opened + 1:k] if _is_company(it)), None) \
                if hit not in _FOREIGN_FLOWS else None
            if target is None and doer > 0 and hit not in _FOREIGN_FLOWS and (
                    doer >= 2 and items[doer - 1].word("which") and items[doer - 2].word("in", "of")
                    or any(words_at(items, x, ("its", "shares")) or words_at(items, x, ("its", "stock"))
                           for x in range(k, min(k + 10, len(items))))):
                # "Tencent, in which southbound investors were net buyers"; "Tencent rose as mainland investors
                # net bought HK$1.2 billion of its shares": the company before the investor after all
                target = next((it.mention for it in reversed(items[:doer]) if _is_company(it)), None)
            after = k + len(hit) + (1 if words_at(items, k + len(hit), ("of",)) else 0)
            if target is None and after < len(items) and _is_company(items[after]):
                target = items[after].mention  # "Foreign investors net sold Samsung Electronics shares worth ..."
            into = next((x for x in range(k + len(hit), min(k + len(hit) + 4, len(items) - 1))
                         if items[x].word("into")), None) if target is None and hit not in _FOREIGN_FLOWS else None
            if into is not None and _is_company(items[into + 1]):
                target = items[into + 1].mention  # "amid net inflows of HK$2 billion into Tencent from southbound"
            if investor is not None and hit in _NET_VERBS:
                action = _net_trade_action(items, investor, _NET_VERBS[hit])  # "Foreign investors net sold X": a sale
            new = [RawAction(None, default, action, target, amount=amount)] if investor is None \
                else _group_flows(items, investor, action, target, amount, k + len(hit))
            if out and (investor is None or any(a.investor is investor for a in out)):
                return out  # (a later clause's flow of no one named, or of the same investor: the flow told already)
            out += new
            resume = _clause_stop(items, k + len(hit))
            break
    return out


#: the words that open a clause of its own between a company and a flow
_CLAUSE_CUES = ("as", "after", "amid", "while", "following", "because", "since", "whereas")


def _group_flows(items: list[Item], investor: Mention, action: str, target: Mention | None, amount: str | None,
                 after: int) -> list[RawAction]:
    """The flow of an investor and of the groups joined to it: "retail investors and pension
    funds posted net purchases of A and B, respectively" gives each group its own amount (or the
    one amount each); ``after`` is where the amounts start."""
    out = [RawAction(investor, None, action, target, amount=amount)]
    if not (investor.entity_id or "").startswith("inv-"):
        return out
    co = _co_actors(items, investor)
    stop = _clause_stop(items, after)  # (the clause's own amounts: "..., while retail investors purchased X")
    amounts = [it.qty.text for it in items[after:stop] if it.qkind == "MONEY"]
    if co and len(amounts) == len(co) + 1 and has_words(items, _RESPECTIVELY):
        out[-1].amount = amounts[len(co)]  # the group named last takes the last amount
        return out + [RawAction(c, None, action, target, amount=a) for c, a in zip(co, amounts)]
    return out + [RawAction(c, None, action, target, amount=amount) for c in co]


def _clause_stop(items: list[Item], k: int) -> int:
    """Where the clause going on at item k ends: at "while", "whereas", "but", ";", "with", or a comma before
    "and", "with" or "while" (the end of the sentence if none)."""
    return next((x for x in range(k, len(items)) if items[x].word("while", "whereas", "but", ";", "with")
                 or items[x].word(",") and x + 1 < len(items) and items[x + 1].word("and", "with", "while")), len(items))


def _broker_after(items: list[Item], k: int) -> int | None:
    """Where the broker named right after a rating word at k is: "an upgrade from JPMorgan", "a bullish
    upgrade from investment firm Bernstein", Sharecast's "a downgrade at Morgan Stanley" (a lower-case
    description may stand before the name; a broker of the reference data only)."""
    rated = k + 3 < len(items) and items[k + 1].word("to") and _rating_at(items, k + 2)
    if rated:
        # "an upgrade to 'outperform' by Bernstein", "... at RBC Capital Markets", "an upgrade to buy from hold
        # from SunTrust": past the ratings
        k = next((x - 1 for x in range(k + 3, min(k + 10, len(items) - 1)) if items[x].word("from", "by", "at")
                  and items[x + 1].kind == "M"), k)
    if not (k + 2 < len(items) and items[k + 1].word("from", "by", "at")):
        return None
    for j in range(k + 2, min(k + 5, len(items))):
        it = items[j]
        if it.kind == "M":
            # (past stated ratings, a name the reference data lacks is the broker too: "following an upgrade to
            # outperform from neutral at Halvorsen Research")
            # (and any firm its analysts speak for: "gained on an upgrade from analysts at Commerzbank")
            return j if (it.mention.entity_id or "").startswith("inv-") or rated and j == k + 2 \
                and it.mention.kind == "candidate" or j >= k + 4 and items[j - 1].word("at", "from", "with") \
                and items[j - 2].low in ANALYST_NOUNS and it.mention.kind in ("ref", "candidate") \
                and not (it.mention.entity_id or "").startswith(("idx-", "cmd-", "fx-", "market-")) \
                or it.mention.kind == "candidate" and it.text.split()[-1].lower() in BROKER_TAILS else None
            # (and a firm whose name says it is a broker: "a downgrade by Harbor Research Partners")
        if it.kind != "W" or not it.text.isalpha() or not it.text.islower():
            return None
    return None


#: the Stock Connect channels, whose net trade is a flow of money across the border by name
_CONNECT_CHANNELS = frozenset({"inv-southbound", "inv-northbound"})
#: the words that name the Stock Connect as the way a trade went: "through the Stock Connect", "via the link"
_CONNECT_WORDS = frozenset({"connect", "link", "stock connect"})


def _net_trade_action(items: list[Item], investor: Mention, action: str) -> str:
    """What a group's net trade told by a verb is: a purchase or a sale ("Overseas funds sold a net 412 billion won",
    "individuals purchased a net 655 billion won": the verb's, as readers and the genre's annotators take it;
    nouns of flow, "net inflows", "were net sellers", are flows elsewhere), but a flow through a Stock Connect
    channel, named as the investor or as the way ("Mainland investors bought a net HK$7.5 billion via the link",
    "Overseas investors sold a net 3 billion yuan through the Stock Connect": money crossing the border, as the seed
    articles count it)."""
    through = has_lows(items, _CONNECT_WORDS) and any(
        it.low.endswith("stock connect") or words_at(items, x, ("stock", "connect"))
        or words_at(items, x, ("the", "link")) or words_at(items, x, ("trading", "link")) for x, it in enumerate(items))
    return _NET_TRADES[action] if investor.entity_id in _CONNECT_CHANNELS or through else action


def _net_trade(items: list[Item], k: int) -> bool:
    """Whether the buying or selling verb at k is a net trade: "sold a net", "net bought", "bought net", "on a net
    basis"; or a group's market-wide trade beside another group's net one ("Institutions bought a net 500 billion won,
    while foreigners sold 40 billion won": the sentence gives the exchange's net figures; not "offloaded 180 billion
    won of Samsung Electronics shares, while buying a net 50 billion won of SK hynix", nor "bringing net outflows")."""
    if _net_at(items, k):
        return True
    return _target_after(items, k + 1)[0] is None and any(
        _net_at(items, x) for x in word_indices(items, _TRADE_WORDS) if x != k)


def _net_at(items: list[Item], k: int) -> bool:
    """Whether "net" is said of the buying or selling verb at k itself."""
    if k >= 1 and items[k - 1].word("net"):
        return True
    j = k + 2 if k + 1 < len(items) and items[k + 1].word("up", "shares", "stocks") else k + 1  # ("scooped up a net",
    # "sold shares net Rs 1,023.12 crore")
    if words_at(items, j, ("a", "net")) or words_at(items, j, ("net",)) or words_at(items, j, ("worth", "a", "net")):
        return True  # (Reuters' "Overseas funds bought shares worth a net $6,204,318")
    # PTI's "On a net basis, overseas funds picked up equities worth Rs 2,946 crore", "purchased
    # equities worth Rs 5,301.62 crore on a net basis"
    return any(words_at(items, x, ("net", "basis")) for x in range(max(0, k - 8), _clause_stop(items, k + 1)))


#: the verbs of a group's trade: "bought", "offloaded", "scooped up"
_TRADE_WORDS = _BUY | _SELL | frozenset(OBJECT_VERBS)
#: the last word of what a group trades across the market: "local shares", "Indian equities", "domestic stocks"
_MARKET_WIDE_HELD = frozenset({"shares", "stocks", "equities", "equity", "securities"})


def _read_rating(raw: RawAction, tail: str) -> None:
    """The ratings 'from hold to buy' / 'to buy' stated in the text right after an upgrade."""
    m = _RATING.search(tail) or _RATING_TO_FROM.search(tail)
    if m:
        raw.rating_from, raw.rating_to = m.group("from").strip(), m.group("to").strip()
    elif (m := _RATING_TO.search(tail)) is not None:
        raw.rating_to = m.group("to")


#: the auxiliaries of a passive rating change: "was downgraded", "has been upgraded", "after being cut"
_PASSIVE_AUXILIARIES = ("was", "were", "is", "are", "been", "being", "got", "gets", "get")


#: adverbs between a passive's auxiliary and its verb: "Hammerson was also downgraded to Sell by Stifel"
_PASSIVE_ADVERBS = ("also", "again", "just", "now", "recently", "likewise", "both", "all")  # ("were both upgraded")


def _passive_at(items: list[Item], k: int) -> bool:
    """Whether the verb at item k is a passive's: "was downgraded", "was also downgraded", a headline's "upgraded to
    Buy at"."""
    if k >= 1 and items[k - 1].word(*_PASSIVE_AUXILIARIES):
        return True
    if k + 2 < len(items) and items[k + 1].word("to") and _rating_at(items, k + 2) and items[k].low.endswith("ed") \
            and any(items[x].word("at", "by") and items[x + 1].kind == "M"
                    for x in range(k + 3, min(k + 8, len(items) - 1))):
        return True  # a headline's passive with no auxiliary: "Acme upgraded to Buy at Jefferies"
    return k >= 2 and items[k - 1].word(*_PASSIVE_ADVERBS) and items[k - 2].word(*_PASSIVE_AUXILIARIES)


#: the last words of a body that puts a stock on a list or under a rule, no rater of it: "the Korea Exchange"
_NO_RATER_HEADS = frozenset({"Exchange", "Commission", "Authority", "Regulator", "Bourse", "Ministry", "Board"})


def _rater_after(items: list[Item], k: int, *, investors_only: bool = False) -> Mention | None:
    """The broker named after "by" or "at" in the clause of the passive rating at item k, past its rating and a
    target in brackets (24/7 Wall St.'s "was downgraded to Neutral from Outperform with a $9 price target (versus
    a $9.10 prior close) at Macquarie"); None if the clause ends first."""
    for x in range(k + 1, min(k + 24, len(items) - 1)):
        if items[x].word(";", "while", "but", "whereas"):
            return None
        y = x + 1 + (x + 2 < len(items) and items[x + 1].word("the") and items[x + 2].kind == "M"
                     and items[x + 2].text.split()[-1] not in _NO_RATER_HEADS)  # "by The Goldman Sachs Group" (not "by
        # the Korea Exchange to a watch list")
        if items[x].word("by", "at") and items[y].kind == "M" \
                and (not investors_only or items[y].mention.kind in _INVESTOR_KINDS):
            return items[y].mention
    return None


def _subject_before_relative(items: list[Item], k: int) -> Mention | None:
    """The company that opens the sentence and that a relative clause describes, right before the passive
    whose verb is at item k: "Hammerson, which owns properties rather than tries to flog them, was also
    downgraded" (None if no such clause ends there, or another name comes first: "Sainsbury's, unlike Tesco,
    which kept its rating, was downgraded", "Persimmon, a rival of Barratt, which ...")."""
    aux = k - 1 - items[k - 1].word(*_PASSIVE_ADVERBS)
    if aux < 4 or not items[aux - 1].word(","):
        return None
    opening = 1 if items[0].word("the") else 0
    if not (opening + 2 < aux and _is_company(items[opening]) and items[opening + 1].word(",")
            and items[opening + 2].word("which", "that")):
        return None
    return items[opening].mention if not any(it.word(";") for it in items[opening:aux]) else None


def _passive_rating(items: list[Item], k: int) -> bool:
    """Whether the plain verb at item k ("cut", "raised") is a broker's rating change in the passive: after
    "was", with a rating after its "to" ("was cut to “hold” from “buy” at SEB AB", "whose rating was lowered
    by Morgan Stanley to underweight"), not "was cut to 2% by the central bank"."""
    if not _passive_at(items, k):
        return False
    for x in range(k + 1, min(k + 8, len(items) - 1)):
        if items[x].word("to"):
            return _rating_at(items, x + 1)
        if items[x].word(",", ";") or items[x].kind == "Q":
            return False
    return False


#: the words by which a description names another company than the story's: "the rival carmaker", "its parent"
_OTHER_COMPANY = frozenset({"rival", "rivals", "peer", "competitor", "parent", "unit", "subsidiary", "partner",
                            "smaller", "larger", "bigger"})


def _description_before_to(items: list[Item], k: int) -> int:
    """Where "to" stands after a company's description that opens at item k ("lifted the Dutch brewer to buy",
    "lowered the chemicals group to underperform"): a few plain words after "the" that read as a description; 0 when
    none does."""
    if not (k + 2 < len(items) and items[k].word("the")):
        return 0
    to = next((x for x in range(k + 2, min(k + 7, len(items))) if items[x].word("to")), None)
    if to is None or not all(it.kind == "W" and it.text.replace("-", "").isalpha() for it in items[k + 1:to]) \
            or any(it.low in _OTHER_COMPANY for it in items[k + 1:to]):
        return 0  # (not "lifted the rival carmaker to buy": another company than the one that moved)
    return to if read_description([it.text for it in items[k:to]]) is not None else 0


def _active_rating(items: list[Item], k: int) -> bool:
    """Whether the plain verb at item k is a broker's rating change with the company as its object and a
    rating after "to": "Berenberg cut Metro to “hold” from “buy”", "raised Rio Tinto shares to outperform"
    (by a broker, not a company: "BP cut Shell to sell in its list of peers"; a rating that ends its phrase,
    not "to buy American status")."""
    if k + 2 < len(items) and items[k + 1].word("to") and _rating_at(items, k + 2) \
            and (actor := _actor_before(items, k)) is not None and (actor.entity_id or "").startswith("inv-") \
            and not (k + 3 < len(items) and items[k + 3].word("its", "their", "the", "a", "an")):
        return True  # "Heron Securities cut to Hold too": the story's stock, by a broker (not "cut to Neutral its
        # call on Indian banks": the object after the grade)
    stock = k + 3 < len(items) and items[k + 1].word("the", "its") and items[k + 2].word("stock", "shares")
    shares_of = not stock and k + 4 < len(items) and items[k + 1].word("shares") and items[k + 2].word("of") \
        and _is_company(items[k + 3])  # the New York Sun's "raised shares of Alcoa to overweight from neutral"
    described = not stock and not shares_of and _description_before_to(items, k + 1)
    if k + 3 >= len(items) or not (_is_company(items[k + 1]) or items[k + 1].word("it") or stock or shares_of
                                   or described):
        return False  # ("as Barclays upped it to 'equalweight' from 'underweight'": the company the sentence is about;
        # Reuters' "Rubis fell 5% after Berenberg cut the stock to 'hold' from 'buy'": the stock the sentence moved)
    actor = _actor_before(items, k) or shared_rater(items, k)
    if actor is None or actor.kind == "ref" and not (actor.entity_id or "").startswith("inv-"):
        return False
    x = k + 3 if stock else k + 4 if shares_of else described if described \
        else k + 2 + items[k + 2].word("shares", "stock")
    # (an article before the rating: Reuters' "Heron Securities cut the stock to a “sell” from a “neutral”")
    y = x + 1 + (x + 2 < len(items) and items[x + 1].word("a", "an"))
    if not (x < len(items) - 1 and items[x].word("to") and _rating_at(items, y)):
        return False
    while y < len(items) and items[y].low in _QUOTES:
        y += 1
    y += 1  # (past the rating, and its second word: "equal weight", "market-perform")
    while y < len(items) and (items[y].low in _QUOTES or items[y].word("-", "weight", "perform")):
        y += 1
    return y >= len(items) or items[y].word(".", ",", ";", "from", "and", "with", "on", "after", "as", "citing")


def _rating_at(items: list[Item], y: int) -> bool:
    """Whether a rating stands at item y, past quotes: "hold", “buy”, "equal weight", "equal-weight"."""
    while y < len(items) and items[y].low in _QUOTES:
        y += 1
    if y < len(items) and items[y].kind == "M":  # a capitalised grade read as a name: "to Equal Weight", "to Neutral"
        return items[y].text.lower().replace("-", " ") in GRADES
    if y >= len(items) or items[y].kind != "W":
        return False
    hyphen = y + 2 < len(items) and items[y + 1].word("-")
    second = items[y + 2] if hyphen else items[y + 1] if y + 1 < len(items) else None  # ("equal weight",
    # "equal-weight" in three tokens)
    if second is not None and second.low in RATING_FIRSTS.get(items[y].low, ()):
        return True
    return items[y].low in RATING_WORDS and not hyphen  # (not "buy-side interest")


def find_actions(items: list[Item], text: str, *, flow_default: str | None = None) -> list[RawAction]:
    """Investor actions stated in a sentence's items."""
    out: list[RawAction] = []
    phrased = {p.at: p for p in phrase_actions(items, text)}
    for k in word_indices(items, _ACTION_WORDS):  # the look-arounds that follow are for action words only
        it = items[k]
        low = it.low
        action = None
        if k in phrased and phrased[k].action in ("upgraded", "downgraded"):
            continue  # "S&P downgraded the U.S. credit rating": the country, not the sentence's mover
        if k + 2 < len(items) and items[k + 1].word("at") and not (
                (low in UPGRADE_VERBS or low in DOWNGRADE_VERBS) and items[k + 2].kind == "M"):
            continue  # "is selling at $39.96 per barrel": a price quote (not "was downgraded at Nomura")
        if low in _SELL and _held_stake_end(items, k + 1) is not None:
            action = "cut_stake"  # "sold its remaining 8.2 per cent stake in the bank": the holding, not an amount
        elif low in _BUY and _amount_after(items, k + 1, traded=True) or low == "picked" and k + 1 < len(items) \
                and items[k + 1].word("up") and _amount_after(items, k + 2, traded=True):
            action = "bought"  # "bought a net 314.7 billion won", "picked up a net 104.4 billion won": a trade
        elif low in _SELL and _amount_after(items, k + 1, traded=True):
            action = "sold"
        elif (low in _STAKE_UP or low in _STAKE_DOWN) and k + 2 < len(items) and (
                _held_stake_end(items, k + 1) is not None
                or items[k + 1].low in _HOLDING and items[k + 2].word("in", "of")):  # "increased holdings in"
            action = "raised_stake" if low in _STAKE_UP else "cut_stake"
        elif low in _STAKE_TO and k + 4 < len(items) and items[k + 1].low in _POSSESSIVE and items[k + 2].word("stake") \
                and items[k + 3].word("to") and any(it.qkind == "PERCENT" for it in items[k + 4:k + 7]):
            action = "raised_stake"  # "Polaris Capital Management bought 1m shares to take its stake to 6.189%"
        elif low in UPGRADE_VERBS or low in DOWNGRADE_VERBS:
            action = "upgraded" if low in UPGRADE_VERBS else "downgraded"
        elif (low in RATING_CUT_VERBS or low in RATING_RAISE_VERBS) and (_passive_rating(items, k) or _active_rating(items, k)):
            action = "downgraded" if low in RATING_CUT_VERBS else "upgraded"  # Bloomberg's "was cut to hold from buy at SEB AB"
        if action is None:
            continue
        if low in ("upgrades", "downgrades") and k + 1 < len(items) and items[k + 1].word("in", "of", "on", "across") \
                and not (k >= 1 and _known_investor(items[k - 1])):
            continue  # "Sweeping downgrades across the mining sector hit the FTSE": a noun, no one's verb (not
            # "Bernstein downgrades on valuation": a broker's verb)
        if low in _STAKE_TO and items[k - 1].word("to") and out and out[-1].action == "bought" \
                and not any(it.word("plans", "plan", "aims", "intends", "hopes", "wants") for it in items[:k]):
            # "bought 1m shares to take its stake to 6.189%": the purchase raised it (not "plans to take its stake
            # to 10% over time": an aim)
            out[-1].action, out[-1].bought = "raised_stake", True
            continue
        actor = _actor_before(items, k)
        if actor is None and action in ("upgraded", "downgraded"):
            actor = shared_rater(items, k)  # "upgraded Unilever to buy and cut Reckitt to sell"
        if actor is None and action in ("upgraded", "downgraded") and low.endswith("ing") \
                and items[k - 1].word("while"):
            actor = _clause_broker(items, k)  # "Heron put X on its picks, while upgrading Y"
        if actor is None and low.endswith("ing") and k >= 1 and items[k - 1].word(","):
            # "Overseas funds were net buyers of Korean equities, purchasing 380 billion won": the
            # participle states the amount of the flow before it
            if action in _NET_TRADES and any(words_at(items, x, hit) for x in range(k - 1) for hit in _NET_FLOW_WORDS):
                action = _NET_TRADES[action]
            actor = next((it.mention for it in items[:k] if it.kind == "M" and it.mention.kind in _INVESTOR_KINDS
                          and (it.mention.entity_id or "").startswith("inv-")), None)
        b = _broker_after(items, k) if actor is None and action in ("upgraded", "downgraded") else None
        if b is not None:  # "on the back of an upgrade from JPMorgan", "after being downgraded by Citi to sell"
            receiver = _receiver(items, k)  # ("UnitedHealth Group received an upgrade from Goldman Sachs")
            if receiver is None and _passive_at(items, k):
                receiver = _subject_before_relative(items, k)
            raw = RawAction(items[b].mention, None, action, receiver, target_is_subject=receiver is None,
                            named_before=_sole_company_before(items, k, items[b].mention))
            _read_rating(raw, text[items[b].end_char: items[b].end_char + 80])
            out.append(raw)
            x = b + 1
            while x + 1 < len(items) and items[x].word("and", ",") and _known_investor(items[x + 1]):
                out.append(replace(raw, investor=items[x + 1].mention))  # "following downgrades from UBS and Bernstein"
                x += 2
            phrased.pop(k, None)
            continue
        if actor is None and action in ("upgraded", "downgraded") and _passive_at(items, k):
            # "after it was downgraded at Nomura", "The mutual fund manager was downgraded to Sell at Ticonderoga":
            # the broker rated the stock the sentence, or the one before it, moved
            broker = _rater_after(items, k, investors_only=True)
            if broker is not None:
                subject = _subject_before_relative(items, k)
                raw = RawAction(broker, None, action, subject, target_is_subject=subject is None)
                _read_rating(raw, text[items[k].end_char: items[k].end_char + 80])
                out.append(raw)
                if target_price_follows(items, k):
                    out.append(_target_price_of(raw))
                phrased.pop(k, None)
            continue
        passive, co_targets = False, []  # (co_targets: the other companies of a listed object or passive subject)
        if action in ("upgraded", "downgraded") and actor is not None and actor.kind == "ref" \
                and not (actor.entity_id or "").startswith("inv-") and k + 2 < len(items) and items[k + 1].word("by") \
                and items[k + 2].kind == "M":
            actor, target, passive = items[k + 2].mention, actor, True  # "Baidu upgraded by JPMorgan"
        elif action in ("upgraded", "downgraded") and actor is not None and _passive_at(items, k):
            # "Autoliv was downgraded to neutral at Morgan Stanley": the broker after "at" or "by" rated the
            # subject; with no broker named the sentence says who was rated, not who rated it
            broker = _rater_after(items, k)
            if broker is None:
                continue
            actor, target, passive = broker, actor, True
            co_targets = _co_subjects(items, target)  # "Netflix and Spotify were both upgraded to Buy by Citi"
        if actor is not None and low in ("upgrade", "downgrade") and not (actor.entity_id or "").startswith("inv-") \
                and (a := _index_of(items, actor)) >= 1 and items[a - 1].word("a", "an", "the"):
            continue  # "a General Motors (GM) upgrade sent the Dow higher": the company upgraded, by no one named
        role = role_before(items, k) if actor is None else None
        pronoun = actor is None and role is None and action in ("raised_stake", "cut_stake") and k >= 1 \
            and (items[k - 1].word("it") or low.endswith("ing") and items[k - 1].word("after", "following", "on"))
        # (the Times of Malta's "Kestrel gained after lifting its stake in Osprey": the gerund's subject is the mover's)
        if actor is None and role is None and not pronoun:
            continue
        if not passive:
            target, _the_stock = _target_after(items, k + 1)
            if target is not None and action in ("upgraded", "downgraded"):
                co_targets = _co_objects(items, target)  # "Goldman Sachs upgraded Applied Materials and Micron"
            if target is None and actor is not None:
                target = _role_company(items, _index_of(items, actor))
        if action in _NET_TRADES and actor is not None and actor.entity_id in NEVER_MOVERS and not passive \
                and _net_trade(items, k):
            # "Retail investors sold a net 155.4 billion won", "foreigners and individuals scooped up a net
            # A and B, respectively": a group's net trade is a fund flow, market-wide unless a company is named
            out += _group_flows(items, actor, _net_trade_action(items, actor, action), _target_after(items, k + 1)[0],
                                _amount_after(items, k + 1, ("MONEY",)), k + 1)
            phrased.pop(k, None)
            continue
        if action in ("net_inflow", "net_outflow"):
            amount = _amount_after(items, k + 1, ("MONEY",))
            out.append(RawAction(actor, None, action, target, amount=amount))
            phrased.pop(k, None)
            continue
        own_amount = None  # the actor's amount when each group of a list has its own
        if actor is not None and action in ("bought", "sold") and (actor.entity_id or "").startswith("inv-"):
            co = _co_actors(items, actor)
            stop = _clause_stop(items, k + 1)  # (the clause's own amounts: "..., while retail investors purchased X")
            amounts = [x.qty.text for x in items[k + 1:stop] if x.qkind == "MONEY"]
            if co and len(amounts) == len(co) + 1 and any(it.low in _RESPECTIVELY for it in items[k + 1:stop + 2]):
                # "Foreigners and institutions sold local shares worth 386 billion won and 94.4 billion won,
                # respectively": each its own amount, the group named last the last one
                out += [RawAction(c, None, action, target, amount=a) for c, a in zip(co, amounts)]
                own_amount = amounts[len(co)]
            else:
                out += [RawAction(c, None, action, target, amount=_amount_after(items, k + 1)) for c in co]
        if target is None and action in ("upgraded", "downgraded") and (
                words_at(items, k + 1, ("the", "sector")) or words_at(items, k + 1, ("the", "industry"))):
            # "Chinese insurers rose after Morgan Stanley upgraded the sector": the sector named before
            target = next((it.mention for it in reversed(items[:k]) if it.kind == "M" and it.mention.kind == "sector"),
                          None)
        described = _described_after(items, k + 1, text) if target is None and not passive else None
        if described is not None and words_at(items, k + 1, ("the", "company", "'s")) and k + 4 < len(items) \
                and items[k + 4].low in ("stock", "stocks", "shares", "share") \
                and (k + 5 >= len(items) or items[k + 5].kind != "M"):
            described = None  # "downgraded the company's stocks": the mover (not "the company's rival AMD")
        elif described is not None and words_at(items, k + 1, ("the", "company", "'s")):
            # "upgraded the company's rival AMD": the company named after its relation
            owned = next((x for x in range(k + 4, min(k + 7, len(items))) if _is_company(items[x])), None)
            if owned is not None:
                target, described = items[owned].mention, None
        raw = RawAction(actor, None, action, target, target_is_subject=target is None and described is None,
                        investor_phrase=role, target_phrase=described, investor_is_mover=pronoun,
                        named_before=_sole_company_before(items, k, actor) if target is None else None)
        if target is None and action in ("raised_stake", "cut_stake"):
            h = next((x for x in range(k + 1, min(k + 4, len(items))) if items[x].low in _HOLDING), None)
            if h is not None and h + 1 < len(items) and items[h + 1].word("in", "of"):
                # "increased holdings of exchange-traded funds": the thing held, named as a phrase
                target, held, _ = object_phrase(items, h + 2, text)
                if target is not None or held is not None and held.descriptor is None:
                    raw.target, raw.target_phrase, raw.target_is_subject = target, held, False
        if action in ("upgraded", "downgraded") and not passive:
            country = _place_object(items, k + 1) if raw.target is None or raw.target.kind != "sector" else None
            if country is not None:  # "Fitch downgraded France to AA-": the state, not a company "AA" (not "the U.S.
                # semiconductor sector": the sector of that place)
                raw.target, raw.target_phrase, raw.target_is_subject = None, Phrase(country.text), False
        if action in ("bought", "sold") and raw.target is None:
            start = _bought_object_start(items, k)
            if start == _MARKET_WIDE:
                raw.target_is_subject = False  # "DIIs bought equities worth Rs 7,453 crore"
            elif start is not None:
                target, held, _ = object_phrase(items, start, text)
                if target is None and held is not None and (held.text.lower().split()[0] in ("shares", "stocks") or (
                        actor is not None and actor.entity_id in NEVER_MOVERS and held.descriptor is None
                        and held.text.lower().split()[-1] in _MARKET_WIDE_HELD)):
                    # "sold a net NT$14.62 billion of shares", "Foreigners dumped 512.4 billion won of local shares": a
                    # group's trade across the market
                    held, raw.target_is_subject = None, False
                if target is not None or held is not None:
                    raw.target, raw.target_phrase, raw.target_is_subject = target, held, False
        if action in _STAKE_TRADES and raw.target is None and raw.target_phrase is None \
                and (held := _held_company(items, k)) is not None:
            raw.target, raw.target_is_subject = held, False
        seller = _seller_after(items, k, raw.target) if action in ("bought", "raised_stake") else None
        if seller is not None:  # "bought a 1.96% stake in MCX from its promoter Financial Technologies": the
            out.append(replace(raw, investor=seller, action="cut_stake", named_before=None))  # seller's stake fell
        if action in ("bought", "sold", "raised_stake", "cut_stake"):
            raw.amount = own_amount or _amount_after(items, k + 1)
            raw.price = _price_after(items, k + 1)
            raw.stake_pct = _stake_after(items, k + 1)
        else:
            _read_rating(raw, text[it.end_char: it.end_char + 80])
        # (the listed companies in the order the text names them)
        out += sorted([raw, *(replace(raw, target=co) for co in co_targets)],
                      key=lambda r: r.target.start_char if r.target is not None else -1)
        if action in ("upgraded", "downgraded") and target_price_follows(items, k):
            out.append(_target_price_of(raw))  # "... to outperform and lifted the price target to 3,600p"
        phrased.pop(k, None)
    for p in phrased.values():
        if p.action in _NET_TRADES and p.investor is not None and p.investor.entity_id in NEVER_MOVERS \
                and _net_trade(items, p.at):
            out += _group_flows(items, p.investor, _net_trade_action(items, p.investor, p.action), p.target, p.amount,
                                p.at + 1)
            continue
        raw = RawAction(p.investor, None, p.action, p.target, amount=p.amount, investor_phrase=p.investor_phrase,
                        target_phrase=p.target_phrase, target_is_subject=p.target_is_subject)
        own_shares = p.target is None and p.target_phrase is not None and _OWN_SHARES.search(p.target_phrase.text)
        described = p.target is not None and p.target.kind == "sector" and _DESCRIBED_STOCK.search(p.target.text)
        owner = _sole_company_before(items, p.at, p.investor) if own_shares or described else None
        if owner is not None:  # Xinhua's "CCB also said Bank of America had bought 19.6 billion of its H-shares": the
            raw.target, raw.target_phrase = owner, None  # company whose shares they are, named before
        if p.action in ("upgraded", "downgraded"):  # "raised its rating on the carmaker to overweight"
            tail = text[items[p.at].end_char: items[-1].end_char]
            m = _RATING_TO_FROM.search(tail)
            if m:
                raw.rating_from, raw.rating_to = m.group("from").strip(), m.group("to").strip()
            elif (m := _RATING_TO_ANYWHERE.search(tail)) is not None:
                raw.rating_to = m.group("to")
        out.append(raw)
        if p.action in ("upgraded", "downgraded") and target_price_follows(items, p.at):
            out.append(_target_price_of(raw))
    out += _co_rated_actions(items, out)
    _share_held_company(out)
    # the flow words' facts, unless a verb told the same group's flow ("Foreigners sold a net 300 billion won,
    # while retail investors were net buyers of 280 billion won": the second group's flow is the words')
    told = {(a.investor.entity_id, a.action) for a in out if a.investor is not None and a.action.startswith("net_")}
    out += [f for f in _flows(items, flow_default) if not (
        f.investor is not None and (f.investor.entity_id, f.action) in told
        or f.investor is None and any(action == f.action for _, action in told))]
    if out:
        out += _named_in_trade(items, out)
    taken = {a.investor.entity_id for a in out if a.investor is not None}
    out += [a for a in _nominal_actions(items) if a.investor.entity_id not in taken]
    if has_lows(items, _STAKE) and not any(a.action in ("raised_stake", "cut_stake") for a in out):
        out += _stake_deals(items)
    if out and has_words(items, _AND):
        out += _co_raters(items, out)
    if out and has_words(items, ANALYST_NOUNS):
        out = [replace(a, investor=firm) if a.investor is not None
               and (firm := analyst_firm(items, a.investor)) is not None else a for a in out]
    if out and has_words(items, _CLAUSE_JOINS):
        for a in out:
            if a.target_is_subject and a.investor is not None:
                a.clause_company = _clause_company(items, a.investor)
    return out


#: words that open a sentence's later clause, with a subject of its own
_CLAUSE_JOINS = frozenset({"while", "whereas", "but", "and", ";"})


def _clause_company(items: list[Item], investor: Mention) -> Mention | None:
    """The last company named before an investor's action in the clause the action is told in, when the
    sentence named another company in a clause before: "Rivian rose 4.1% on an upgrade at Halvorsen Research,
    while Lucid fell after a downgrade at Osprey Partners" (Osprey rated Lucid, not the sentence's first
    mover); "..., while Finch Retail rose 0.9% and Kestrel Motors climbed 2.7% following an upgrade from UBS"."""
    at = mention_at(items, investor)
    if at is None:
        return None
    start = next((x for x in range(at - 1, 0, -1) if items[x].word("while", "whereas", "but", ";")
                  or items[x].word("and") and items[x - 1].word(",")), None)
    if start is None or not any(_is_company(it) for it in items[:start]):
        return None
    return next((it.mention for it in reversed(items[start + 1: at]) if _is_company(it)), None)


_AND = frozenset({"and"})


def _co_raters(items: list[Item], actions: list[RawAction]) -> list[RawAction]:
    """The broker joined by "and" before a rating change's broker: "after both Citigroup and Morgan Stanley
    downgraded the stock" (the Guardian) is two downgrades."""
    out: list[RawAction] = []
    for a in actions:
        if a.action not in ("upgraded", "downgraded") or a.investor is None:
            continue
        x = mention_at(items, a.investor)
        if x is not None and x >= 2 and items[x - 1].word("and") and _is_investor(items[x - 2]) \
                and items[x - 2].mention.entity_id != a.investor.entity_id and (
                    x == 2 or not items[x - 3].word(",")):  # (not the last of a longer list of names)
            out.append(replace(a, investor=items[x - 2].mention))
    return out


#: a market-wide trade or flow and the trade it names companies in: "net buyers ..., mainly buying SSI"
_TRADED = {"bought": "bought", "sold": "sold", "net_inflow": "bought", "net_outflow": "sold"}


def _named_in_trade(items: list[Item], found: list[RawAction]) -> list[RawAction]:
    """'Overseas funds were net buyers of VND612.07 billion, chiefly buying Kestrel and the
    builder Osprey': the companies a market-wide trade names, each bought (or sold)."""
    trades = [a for a in found if a.action in _TRADED and a.target is None and a.investor is not None]
    if not trades:
        return []
    out: list[RawAction] = []
    for k in word_indices(items, frozenset({"buying", "selling"})):
        if not (k >= 1 and (items[k - 1].word(",") or items[k - 1].word("mainly", "mostly", "largely", "chiefly"))):
            continue
        action = "bought" if items[k].low == "buying" else "sold"
        trade = next((a for a in trades if _TRADED[a.action] == action), None)
        if trade is None:
            continue
        j = k + 1
        while j < len(items):
            while j < len(items) and items[j].kind == "W" and items[j].text.islower() and items[j].text.isalpha() \
                    and items[j].low not in ("and", "or") and j - k < 8:
                j += 1  # "private conglomerate Vingroup": a description before the name
            if j < len(items) and items[j].kind == "M" and items[j].mention.kind in _INVESTOR_KINDS:
                out.append(RawAction(trade.investor, None, action, items[j].mention))
                j += 1
                if j < len(items) and items[j].qkind == "TICKER":
                    j += 1  # "Vingroup (VIC)"
                if j < len(items) and items[j].word(",", "and"):
                    j += 1
                    continue
            break
    return out


_STAKE_TAKEN = frozenset({"bought", "acquired", "obtained", "taken", "took", "purchased", "buys", "acquires", "takes",
                          "buy", "acquire", "take", "picked", "snapped",
                          "unveiled", "disclosed", "revealed", "built",  # (an activist's stake made public)
                          "amassed", "accumulated"})  # ("Carl Icahn has amassed a large stake in the casino operator")
_STAKE_SOLD = frozenset({"sold", "sells", "sell", "offloaded", "divested", "disposed"})
_STAKE_SIZE = frozenset({"controlling", "minority", "majority", "strategic", "further", "additional", "total",
                         "sizeable", "sizable", "large", "big", "significant", "substantial", "small"})
_STAKE_VERBS = _STAKE_TAKEN | _STAKE_SOLD
_STAKE = frozenset({"stake"})


#: the part of a holding a seller names before its own stake: "sold most of its stake", "offloaded part of its stake"
_STAKE_PARTS = frozenset({"most", "part", "all", "half", "some", "much", "rest", "bulk", "remainder", "majority"})
_OWN_STAKE_SIZES = frozenset({"entire", "remaining", "whole", "residual", "full"})


def _own_stake_end(items: list[Item], j: int) -> int | None:
    """The item after "its stake" in "sold (most of) its (entire) stake" from item j; None if the verb's object
    is no stake of the seller's own."""
    if j + 2 < len(items) and items[j].word("the") and items[j + 1].low in _STAKE_PARTS and items[j + 2].word("of"):
        j += 3  # "sold the bulk of its stake"
    elif j + 1 < len(items) and items[j].low in _STAKE_PARTS and items[j + 1].word("of"):
        j += 2
    if not (j < len(items) and items[j].word("its", "his", "her", "their")):
        return None
    j += 1
    if j < len(items) and items[j].low in _OWN_STAKE_SIZES:
        j += 1
    return j + 1 if j < len(items) and items[j].word("stake", "holding", "shareholding") else None


def _stake_deals(items: list[Item]) -> list[RawAction]:
    """'Sibanye said it had obtained a 38% stake in DRD Gold', 'Nonfemet has taken a 50.1 per cent
    controlling stake in Perilya': a stake bought (or sold) in a named company."""
    out: list[RawAction] = []
    for k in word_indices(items, _STAKE_VERBS):
        j = k + 1
        if j < len(items) and items[j].word("up"):
            j += 1  # "picked up a 5% stake"
        own = _own_stake_end(items, j) if items[k].low in _STAKE_SOLD else None
        if own is not None:  # the Times of Malta's "Plover Resorts slid after Tern sold much of its stake"
            actor = _actor_before(items, k)
            target = items[own + 1].mention if own + 1 < len(items) and items[own].word("in") \
                and items[own + 1].kind == "M" and items[own + 1].mention.kind in _INVESTOR_KINDS else None
            if actor is not None and (target is None or target.text != actor.text):
                named = _sole_company_before(items, k, actor) if target is None else None
                out.append(RawAction(actor, None, "cut_stake", target or named, target_is_subject=target is None
                                     and named is None))
            continue
        if j < len(items) and items[j].word("a", "an", "another"):
            j += 1  # (PTI's "promoter Anil Merlin and his family firms sold another 1.84 per cent stake")
        elif not (j < len(items) and (items[j].qkind == "PERCENT" or items[j].word("more", "over", "nearly", "about"))):
            continue  # (Business Standard's "Essel Group sold more than 5% stake": no article before a figure)
        while j < len(items) and j < k + 6 and items[j].kind == "W" and items[j].low in _STAKE_HEDGES:
            j += 1
        pct = items[j].qty.value if j < len(items) and items[j].qkind == "PERCENT" else None
        j += 1 if pct is not None or j < len(items) and items[j].qkind == "MONEY" else 0  # ("a $1 billion stake")
        while j < len(items) and items[j].low in _STAKE_SIZE:
            j += 1
        if not (j < len(items) and items[j].word("stake")):
            continue
        j += 1
        if j < len(items) and items[j].word("("):  # "a 11.4 percent stake (or 121 million shares) in HP"
            j = next((x + 1 for x in range(j + 1, min(j + 10, len(items))) if items[x].word(")")), j)
        if j + 1 < len(items) and items[j].word("of"):  # "unveiled a stake of more than one per cent in Nestle"
            f = j + 1
            while f < len(items) and f < j + 4 and items[f].kind == "W" and items[f].low in _STAKE_HEDGES:
                f += 1
            if f < len(items) and items[f].qkind == "PERCENT":
                pct, j = items[f].qty.value, f + 1
        actor = _actor_before(items, k)
        if not (j + 1 < len(items) and items[j].word("in")):
            if not (items[k].low in _STAKE_SOLD and actor is not None and (j >= len(items) or items[j].word(
                    "worth", ",", ".", "for", "on", "to"))):
                continue
            # PTI's "Finch Bank shares tumbled over 17 per cent as promoter Anil Merlin and his family firms sold
            # another 1.84 per cent stake worth Rs 385 crore": a stake sold in the company the sentence moved
            target = _sole_company_before(items, k, actor)
            if target is not None and target.text != actor.text:
                out.append(RawAction(actor, None, "cut_stake", target, stake_pct=pct))
            continue
        target = items[j + 1].mention if items[j + 1].kind == "M" and items[j + 1].mention.kind in _INVESTOR_KINDS \
            else _described_company(items, j + 1, k, actor)
        if target is None:
            continue
        if actor is None:
            x = k - 1
            while x >= 0 and items[x].kind == "W" and items[x].low in ("has", "had", "have", "it", "said", "that"):
                x -= 1  # "Sibanye said it had obtained": the company that said it
            actor = items[x].mention if x >= 0 and items[x].kind == "M" and items[x].mention.kind in _INVESTOR_KINDS \
                and any(items[y].word("it") for y in range(x + 1, k)) else None
        if actor is None or target is actor or target.text == actor.text:
            continue  # (no one, or the actor itself: "Elliott said it built a stake in the company")
        action = "cut_stake" if items[k].low in _STAKE_SOLD else "raised_stake"
        out.append(RawAction(actor, None, action, target, stake_pct=pct))
        seller = _seller_after(items, j + 1, target) if action == "raised_stake" else None
        if seller is not None and seller.text != actor.text:  # "bought a 1.96% stake in MCX from its promoter
            out.append(RawAction(seller, None, "cut_stake", target, stake_pct=pct))  # Financial Technologies"
    return out


_STAKE_HEDGES = frozenset({"more", "than", "over", "nearly", "almost", "just", "under", "around", "roughly",
                           "estimated", "reported"})  # ("has amassed an estimated $450 million stake")
#: the nouns of a description any company fits: "a stake in the infrastructure company" (not "the lender": a
#: company named before need not be one)
_COMPANY_NOUNS = frozenset({"company", "firm"})


def _described_company(items: list[Item], j: int, k: int, actor: Mention | None) -> Mention | None:
    """The company a description at item j names ("the infrastructure company"): the one company the sentence
    named before the verb at k, other than the actor ("IVRCL fell 8% after Essel Group sold more than 5% stake
    in the infrastructure company"); None if the description is none, or names no such company."""
    if not (j < len(items) and items[j].word("the")):
        return None
    noun = next((x for x in range(j + 1, min(j + 4, len(items))) if items[x].low in _COMPANY_NOUNS), None)
    if noun is None or any(it.kind != "W" for it in items[j + 1:noun]) or noun + 1 < len(items) and items[noun + 1].word(","):
        return None  # (", Ambuja Cements": the name the description goes on with is the target's)
    named = [it.mention for it in items[:k] if it.kind == "M" and it.mention.kind in _INVESTOR_KINDS
             and not (it.mention.entity_id or "").startswith("inv-") and it.mention is not actor
             and (actor is None or it.mention.text != actor.text)]
    return named[0] if len(named) == 1 else None


#: "selling by foreign investors", "outflows by FIIs", "buying by domestic institutions": a noun's doer
_NOMINAL_ACTIONS = {"selling": "sold", "sales": "sold", "sell-off": "sold", "buying": "bought",
                    "purchases": "bought", "outflows": "net_outflow", "outflow": "net_outflow",
                    "inflows": "net_inflow", "inflow": "net_inflow"}


def _nominal_actions(items: list[Item]) -> list[RawAction]:
    """Market-wide actions named by a noun and its doer: "due to selling by investors",
    "accelerating outflows by foreign investors", "offsetting unabated buying by domestic
    institutional investors". The doer must be a known investor."""
    out: list[RawAction] = []
    for k in word_indices(items, _NOMINAL_ACTIONS):
        by = _doer_by(items, k)
        if by is None:
            continue
        action = _NOMINAL_ACTIONS[items[k].low]
        if k >= 1 and items[k - 1].word("net") and action in _NET_OF:
            action = _NET_OF[action]  # the SCMP's "net selling by mainland traders": a flow, not a trade
        out.append(RawAction(items[by].mention, None, action, None))
    return out


#: a trade's flow when it is net: "net buying", "net selling"
_NET_OF = {"bought": "net_inflow", "sold": "net_outflow"}


def _doer_by(items: list[Item], k: int) -> int | None:
    """The investor who does the trade the noun at item k names: "selling by investors", "the first single-day
    net selling in four months by mainland investors" (past a short phrase of time); None if no known one."""
    x = k + 1
    if x < len(items) and items[x].word("in"):
        y = x + 1
        while y < len(items) and y <= x + 3 and items[y].kind == "W" and (items[y].low in W.COUNTS
                                                                        or items[y].low in W.SPANS):
            y += 1
        x = y if y > x + 1 else x
    the = x + 2 < len(items) and items[x].word("by", "from") and items[x + 1].word("the")  # "by the foreign funds"
    if not (x + 1 + the < len(items) and items[x].word("by", "from") and items[x + 1 + the].kind == "M"
            and (items[x + 1 + the].mention.entity_id or "").startswith("inv-")):
        return None
    return x + 1 + the



def role_holder(role: str, read: Iterable[list[Item]]) -> Mention | None:
    """Who "the founder" is: the last name the article gave that role ("founder Lei Jun",
    "Lei Jun, the company's founder")."""
    found = None
    for items in read:
        for x, it in enumerate(items):
            if not it.word(role):
                continue
            if x + 1 < len(items) and items[x + 1].kind == "M":
                found = items[x + 1].mention  # "founder Lei Jun"
                continue
            comma = next((y for y in range(x - 1, max(-1, x - 5), -1) if items[y].word(",")), None)
            if comma is not None and comma >= 1 and items[comma - 1].kind == "M":
                found = items[comma - 1].mention  # "Lei Jun, the company's founder"
        for it in items:  # "Founder Lei Jun" read as one name
            if it.kind == "M" and it.mention.kind == "candidate" and it.mention.text.lower().startswith(role + " "):
                cut = len(role) + 1
                found = replace(it.mention, text=it.mention.text[cut:], start_char=it.mention.start_char + cut)
    return found


def phrase_investor(phrase: str, seen: Iterable[Entity]) -> Entity:
    """A state named by a place ("Beijing", "Japan"): one stable investor per name; "the central bank"
    is the central bank the article named last."""
    if phrase == CENTRAL_BANK:
        named = [e for e in seen if e.id in CENTRAL_BANKS]
        if named:
            return named[-1]
        phrase = "Central bank"
    return new_entity(id=named_id("inv", phrase), name=phrase, type=EntityType.INVESTOR)


def _described_after(items: list[Item], k: int, text: str) -> Phrase | None:
    """'upgraded the Dutch chip-equipment maker to buy': a description as the object, which
    names a company met before that fits (or nothing), never the company that moved last."""
    end = k
    while end < len(items) and end - k < 7 and items[end].kind == "W" and not items[end].word("to", "from", ",", "."):
        end += 1
    for stop in range(end, k + 1, -1):
        desc = read_description([it.text for it in items[k:stop]])
        if desc is not None:
            return Phrase(text[items[k].start_char: items[stop - 1].end_char], descriptor=desc.descriptor,
                          country=desc.country)
    return None


#: the words after a country's name that name its state, whose rating is the country's: "the U.S. government"
_STATE_OF = re.compile(r"\s+(?:government|administration|sovereign|treasury)$", re.I)


def phrase_target(phrase: Phrase, seen: Iterable[Entity]) -> Entity | None:
    """What a phrase names: "the carmaker" is the latest company met that fits (by sector or by name);
    anything else ("equities", "U.S.") is a market of its own name."""
    if phrase.descriptor is None:
        name = _STATE_OF.sub("", phrase.text.removeprefix("the ")) or phrase.text  # "the U.S. government": the U.S.
        return new_entity(id=named_id("mkt", name), name=name, type=EntityType.MARKET)
    desc = Description(phrase.descriptor, phrase.country)
    seen = list(seen)
    for ent in reversed(seen):
        if fits(ent, desc):
            return ent
    # none fits exactly: the one company filed under the broader sector ("Tesco ... the retailer"), if
    # only one is ("Tesco fell and Unilever rose. The retailer's shares": either, so neither)
    near = {ent.id: ent for ent in seen if fits(ent, desc, near=True)}
    return next(iter(near.values())) if len(near) == 1 else None
