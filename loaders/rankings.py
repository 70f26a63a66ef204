"""Moves stated by ranking: "Kestrel Pharma (2.84 percent) and Osprey Foods (1.97 percent) were among the
top gainers", "Top losers on the Nifty were Finch Tech (down 3 percent) and Wren Bank", "Heron Motors
(up 2.61 percent), Heron Steel (up 2.18 percent) were among the major movers".

The ranking noun gives the direction (gainers up, losers down); a bracketed figure after a
name is that name's move, signed by "up"/"down" or "+"/"-" inside the bracket where the noun
gives none ("movers"). A name without a figure is a move without one.
"""
from __future__ import annotations

from dataclasses import dataclass

from marketkg.loaders.dates import WEEKDAYS
from marketkg.loaders.items import Item, word_indices
from marketkg.loaders.lexicon import BUSINESS_NOUNS, DOWN_VERBS, PREPOSITIONS, UP_VERBS
from marketkg.loaders.mentions import Mention
from marketkg.loaders.quantities import parse_number

__all__ = ["RANK_NOUNS", "RANKING_ADJECTIVES", "Ranked", "governing_preposition", "ranked_moves"]

_UP_NOUNS = frozenset({"gainer", "gainers", "advancer", "advancers", "outperformer", "outperformers", "riser",
                       "risers", "winner", "winners"})
_DOWN_NOUNS = frozenset({"loser", "losers", "decliner", "decliners", "laggard", "laggards", "underperformer",
                         "underperformers", "faller", "fallers", "drag", "drags"})  # ("among the biggest drags on the Dow")
_NEUTRAL_NOUNS = frozenset({"movers", "mover", "performers", "performer"})
RANK_NOUNS = _UP_NOUNS | _DOWN_NOUNS | _NEUTRAL_NOUNS
#: the adjectives that make "drag" a ranking: "among the biggest drags on the Dow", "the top drags"
RANKING_ADJECTIVES = frozenset({"biggest", "top", "largest", "heaviest", "main", "major", "leading", "worst"})
#: words between a copula and its ranking noun: "were among the top gainers"
_RANK_FILLER = RANKING_ADJECTIVES | frozenset({
    "among", "the", "big", "notable", "key", "market", "best", "prominent", "other", "also", "both", "all", "index",
    "sensex", "nifty", "bse", "nse", "early", "session", "day", "'s", "’s",
    # "HSBC was one of the biggest gainers", "Wealth managers were some of the biggest risers"
    "one", "some", "of",
    "a", "an", "standout", "stand-out", "clear", "sole", "lone"})  # "was a standout riser up 5.6%"
_COPULAS = frozenset({"was", "were", "is", "are"})
#: the day of a ranking before its copula: "Among the worst performers Monday were A and B"
_RANK_DAYS = frozenset(WEEKDAYS) | {"yesterday", "today"}
#: verbs that rank their subject first among the noun's names: Xinhua's "Aggreko led the top losers of the
#: blue chips with a share price drop of 1.91 percent"
_LEAD_VERBS = frozenset({"led", "topped", "headed", "leads", "tops", "heads"})
_INTRO_VERBS = frozenset({"were", "was", "included", "include", "includes", "are", "is", ":"})
_INTRO_VERBS_BE = _INTRO_VERBS | {"be"}  # (after "stood out to")
#: the words of a ranking's scope that make it another period's: "the top gainers of the year"
_SPAN_SCOPES = frozenset({"year", "month", "week", "quarter", "decade", "half", "years", "months", "weeks", "since",
                          "ytd"})
_SUBJECT_KINDS = frozenset({"ref", "candidate", "sector"})


@dataclass(slots=True)
class Ranked:
    """One name's move read from a ranking."""

    subject: Mention
    direction: str
    pct: float | None
    verb_start: int  # item index of the copula or ranking noun
    end: int  # item index after the ranking


def _noun_direction(items: list[Item], r: int) -> str | None:
    """Direction a ranking noun gives: gainers up, losers down, "best/worst performers" by their
    adjective, "movers" none."""
    low = items[r].low
    if low in _UP_NOUNS:
        return "up"
    if low in _DOWN_NOUNS:
        return "down"
    if low in _RANKED_STOCKS:  # "the biggest gaining stocks of the session", "the declining issues"
        side = items[r - 1].low if r >= 1 else ""
        return "up" if side in _GAINING else "down" if side in _LOSING else None
    before = {it.low for it in items[max(0, r - 3):r]}
    if low.startswith("performer"):
        return "up" if "best" in before else "down" if "worst" in before else None
    return None


#: a company's kind written after its name, before its bracketed figure: "OTE telecom (1.10%)"
_KIND_AFTER_NAME = frozenset({"bank", "telecom", "group", "insurer", "lender", "miner", "airline", "carrier", "utility",
                              "developer", "brewer", "retailer"})


def _bracket_after(items: list[Item], j: int) -> tuple[float | None, str | None, int]:
    """'(3.17 percent)', '(up 3.14 percent)', '(+3.17%)' at item j, or PTI's bare '5.58 per cent' and 'up 4.51%':
    (value, direction it states, next index)."""
    bare = j + 1 if j + 1 < len(items) and items[j].word("up", "down") else j
    if bare < len(items) and items[bare].qkind == "PERCENT" and not (bare + 1 < len(items) and items[bare + 1].word("(")):
        qty = items[bare].qty  # "Major losers from the Nifty pack include Hindalco 5.58 per cent, Cairn 3.20 per cent"
        stated = items[j].low if bare > j else "up" if qty.signed and qty.value > 0 else "down" if qty.signed else None
        return abs(qty.value), stated, bare + 1
    if not (j + 2 < len(items) and items[j].word("(")):
        return None, None, j
    k, stated = j + 1, None
    if items[k].word("up", "down", "off"):
        stated, k = ("up" if items[k].low == "up" else "down"), k + 1
    elif items[k].word("which", "that") and items[k + 1].kind == "W" and (items[k + 1].low in UP_VERBS
                                                                          or items[k + 1].low in DOWN_VERBS):
        # a radio station's "Among the worst performers Monday were Dow Inc (which fell more than 21%)"
        stated, k = ("up" if items[k + 1].low in UP_VERBS else "down"), k + 2
        while k < len(items) and k - j < 7 and items[k].kind == "W" and items[k].low in _BRACKET_HEDGES:
            k += 1
    e = k + 1
    if e + 2 < len(items) and items[k].qkind == "PERCENT" and items[k].qty.signed and items[e].word("to", "at") \
            and (items[e + 1].qkind == "MONEY"
                 or items[e + 1].kind == "W" and parse_number(items[e + 1].text) is not None):
        e += 2  # Daba Finance's "Sonatel (+0.42% to 19,330 FCFA)", "Sicable (-5.71% at 990 FCFA)": the price inside
        # (after a signed figure; "(up 3.1 percent at Rs.410.20)" keeps its price as the close, read elsewhere)
        if e + 1 < len(items) and items[e].text.isalpha() and items[e].text.isupper() and items[e + 1].word(")"):
            e += 1  # (its currency after it)
    if e < len(items) and items[k].qkind == "PERCENT" and items[e].word(")"):
        qty = items[k].qty
        if stated is None and qty.signed and qty.value:
            stated = "up" if qty.value > 0 else "down"
        return abs(qty.value), stated, e + 1
    return None, None, j


#: hedges between a bracketed relative's verb and its figure: "(which fell more than 21%)", "(which shed about 4%)"
_BRACKET_HEDGES = frozenset({"more", "than", "over", "nearly", "almost", "about", "around", "some", "just", "by",
                             "roughly", "close", "to", "under", "less"})


def _list_right(items: list[Item], j: int) -> tuple[list[tuple[Mention, float | None, str | None]], int]:
    """Names with their bracketed figures from item j on: 'A (3.17 percent), B and C (2.26 percent)'."""
    found: list[tuple[Mention, float | None, str | None]] = []
    while j < len(items):
        if items[j].word("the") and j + 1 < len(items) and items[j + 1].kind == "M":
            j += 1
        it = items[j]
        if it.kind != "M" or it.mention.kind not in _SUBJECT_KINDS:
            break
        j += 1
        if j < len(items) and items[j].qkind == "TICKER" and items[j].text.startswith("("):
            j += 1  # Reuters' "Peabody Energy Corp (BTU.N) was the biggest loser": the name's code
        if j + 1 < len(items) and items[j].kind == "W" and items[j].low in _KIND_AFTER_NAME and items[j].text.islower() \
                and items[j + 1].word("("):
            j += 1  # Kathimerini's "Jumbo (2.34%) and OTE telecom (1.10%)", El País' "Santander bank (-6.68%)"
        value, stated, j = _bracket_after(items, j)
        found.append((it.mention, value, stated))
        if j < len(items) and items[j].word(","):
            j += 1
        if j < len(items) and items[j].word("and", "&"):
            j += 1
        elif not (j < len(items) and items[j].kind == "M" and (items[j - 1].word(",")
                                                               or value is not None and items[j - 1].word(")"))):
            break  # (review 75's "Adani Ports (5.6%) Tata Motors (4.2%) and ITC (1.1%)": a comma left out)
    return found, j


def _past_relative(items: list[Item], end: int) -> int:
    """Left of a relative clause between a name and its verb ("Micro Focus, which bought the software assets of
    Hewlett Packard Enterprise, led the decliners"): the name's item; else ``end``."""
    if end < 3 or not items[end].word(","):
        return end
    for c in range(end - 1, max(0, end - 24), -1):
        if items[c].word(";", "(", ")"):
            break
        if items[c].word(",") and items[c + 1].word("which", "who") and items[c - 1].kind == "M":
            # (not "The deal with Vodafone, which was announced Monday, led the gainers": a preposition's object)
            return c - 1 if c < 2 or not items[c - 2].word(*PREPOSITIONS) \
                or c >= 3 and items[c - 3].low in ("shares", "stock", "stocks") else end  # ("Shares of Infosys, which")
        of = next((x for x in range(c + 2, min(c + 5, end)) if items[x].word("of")), None) \
            if items[c].word(",") and items[c + 1].word("the", "a", "an") and c >= 1 and items[c - 1].kind == "M" \
            and items[c - 1].mention.kind in ("ref", "candidate") else None
        if of is not None and all(it.kind == "W" and it.text.islower() for it in items[c + 2:of]):
            return c - 1  # "Kingfisher, the owner of B&Q and Screwfix, was the biggest riser": the names describe it
    return end


def governing_preposition(items: list[Item], x: int) -> int | None:
    """The index of the preposition that governs the name at item x ("in the Dow industrials", "on the Nikkei"),
    or None."""
    p = x - 1 - (x >= 2 and items[x - 1].word("the"))
    return p if x >= 1 and items[x].kind == "M" and p >= 0 and items[p].word("in", "on", "of", "at", "among") else None


def _list_left(items: list[Item], end: int) -> list[tuple[Mention, float | None, str | None]]:
    """The names of a list that ends at item ``end`` (inclusive), read right to left, in text order."""
    start = end
    while start >= 0 and (items[start].kind == "M" or items[start].word(",", "and", "&", "(", ")", "up", "down",
                                                                        "the")
                          or items[start].qkind == "PERCENT"
                          or items[start].qkind == "TICKER" and items[start].text.startswith("(")):
        if items[start].word(",") and (p := governing_preposition(items, start - 1)) is not None \
                and (p == 0 or not any(it.word("and", "&") for it in items[start:end + 1])):
            break  # Reuters' "Of the 50 stocks in the Euro STOXX, Kestrel SA was the weakest performer": the
            # opening phrase's object is no list member
        start -= 1
    start += 1
    while start <= end and items[start].kind != "M":
        start += 1
    found, stop = _list_right(items, start)
    return found if stop > end else []


def _figure_after(items: list[Item], j: int) -> tuple[float | None, int]:
    """', down 2%' / 'down 2%' / ', falling 2%' right after a ranking noun: (unsigned value, end)."""
    k = j + (j < len(items) and items[j].word("'", "’"))
    if k < len(items) and items[k].low in _TABLE_NOUNS:
        j = k = k + 1  # Lagos' "topped the losers’ chart dropping by 8.4 percent": the ranking's table, then its figure
    dashed = k < len(items) and items[k].word("-", "--", "\u2014", "\u2013")
    k = k + 1 if k < len(items) and items[k].word(",", "-", "--", "\u2014", "\u2013") else k  # (a dash's aside too:
    # "was the top gainer -- up 6.2 percent -- after", its figure alone in it: not review 92's "was the biggest loser -
    # down 40 percent since its listing -", a span's)
    if k < len(items) and items[k].word("among", "on", "in", "of"):
        # Business Standard's "was the biggest loser among the sectoral indices down 2.4%", "the biggest gainer
        # among the sectoral indices on the BSE up 1.8%": the ranking's scope, then its figure
        x = k + 1
        while x < len(items) and x - k <= 7 and (items[x].kind == "M" or items[x].kind == "W" and items[x].text.isalpha()
                                                 and items[x].low not in _FIGURE_WORDS):
            x += 1
        if x + 1 < len(items) and items[x].word(",") and items[x + 1].low in _FIGURE_WORDS:
            x += 1  # Reuters' "was the biggest loser among the S&P energy names, falling 3.7 percent"
        k = x if x < len(items) and items[x].low in _FIGURE_WORDS else k
    if k + 2 < len(items) and items[k].word("which", "that") and items[k + 1].low in _CLOSE_WORDS:
        k += 2  # "HDFC Bank was the top Sensex loser which ended down 3.6%"
    if k + 1 < len(items) and items[k].kind == "W" and items[k].low in _FIGURE_WORDS:
        f = k + 1 + (k + 2 < len(items) and items[k + 1].word("by"))  # (and "dropping by 9.67 percent")
        if items[f].qkind == "PERCENT" and not (dashed and f + 1 < len(items)
                                                and not items[f + 1].word("-", "--", "\u2014", "\u2013", ".")):
            return abs(items[f].qty.value), f + 1
    if k + 1 < len(items) and items[k].word("with", "by") and items[k + 1].qkind == "PERCENT" \
            and not (k + 2 < len(items) and items[k + 2].word("of")) \
            and not any(it.low in BUSINESS_NOUNS for it in items[k + 2:k + 6]):
        return abs(items[k + 1].qty.value), k + 2  # Nairametrics' "Julius Berger led the losers with 9.81%", Lagos
        # papers' "led the losers' chart by 9.7 per cent" (not "with 12% of its revenue", "with 25 per cent gains in
        # sales")
    if k + 3 < len(items) and items[k].word("with"):
        # domain-b's "Dabur was the best performer with gains of nearly 4 per cent": the noun's figure
        n = k + 1 + items[k + 1].word("a", "an")
        if n + 2 < len(items) and items[n].low in _FIGURE_NOUNS and items[n + 1].word("of"):
            p = n + 2
            while p < len(items) and p - n < 5 and items[p].kind == "W" and items[p].low in _HEDGE_WORDS:
                p += 1
            if p < len(items) and items[p].qkind == "PERCENT" and not (
                    p + 2 < len(items) and items[p + 1].word("in") and items[p + 2].low in BUSINESS_NOUNS):
                return abs(items[p].qty.value), p + 1  # (not "with a rise of 5 percent in sales": the results')
    return None, j


#: a move's nouns after "with (a)" and before "of": "with gains of nearly 4 per cent", "with a loss of 2%"
_FIGURE_NOUNS = frozenset({"gain", "gains", "rise", "loss", "losses", "fall", "decline", "drop", "jump", "surge",
                           "increase", "advance", "decrease", "rises", "falls", "declines", "drops", "jumps", "surges",
                           "increases", "advances", "decreases"})  # ("was the best performer with an increase of 6.1%")
_HEDGE_WORDS = frozenset({"nearly", "almost", "about", "around", "over", "just", "close", "to", "more", "than", "some",
                          "roughly"})


_CLOSE_WORDS = frozenset({"ended", "closed", "finished", "settled", "was", "is"})
#: the tables a ranking's names stand on: "led the gainers' table", "topped the losers chart"
_TABLE_NOUNS = frozenset({"chart", "charts", "table", "tables", "list", "log", "board"})


_FIGURE_WORDS = frozenset({"up", "down", "off", "rising", "falling", "gaining", "losing", "dropping", "climbing",
                           "sliding", "jumping", "adding", "shedding",
                           # review 81's "Oando led the gainers' table, appreciating by 9.98 percent"
                           "appreciating", "depreciating", "advancing", "declining", "increasing", "decreasing"})


def _index_before_noun(items: list[Item], c: int) -> bool:
    """Whether item c is a market's name between "the top" and a ranking noun: the Economic Times'
    "were the top Sensex losers", "the biggest FTSE 100 fallers"."""
    return items[c].kind == "M" and items[c].mention.kind in ("ref", "market") and c >= 1 \
        and items[c - 1].kind == "W" and items[c - 1].low in _RANK_FILLER and c + 1 < len(items) \
        and items[c + 1].kind == "W" and items[c + 1].low in RANK_NOUNS


def ranked_moves(items: list[Item]) -> list[Ranked]:
    """Moves read from rankings in a sentence's items."""
    out: list[Ranked] = []
    for r in word_indices(items, RANK_NOUNS) + word_indices(items, _RANKED_STOCKS):
        direction = _noun_direction(items, r)
        if items[r].low in _RANKED_STOCKS and direction is None:
            continue  # ("stocks" with no participle of a side before it ranks nothing)
        c = r - 1
        while c >= 0 and (items[c].kind == "W" and items[c].low in _RANK_FILLER or _index_before_noun(items, c)):
            c -= 1
        if items[r].low in ("drag", "drags") and not any(it.low in RANKING_ADJECTIVES for it in items[c + 1:r]):
            continue  # "among the biggest drags on the Dow" ranks; "The strong yen was a drag on exporters" does not
        if c >= 1 and items[c].kind == "W" and (items[c].low in _COPULAS or items[c].low in _LEAD_VERBS
                                                and items[c + 1].word("the")) and (items[c - 1].kind in ("M", "W")
                                                                                   or items[c - 1].qkind in ("TICKER", "PERCENT")):
            last = c - 2 if c >= 2 and items[c - 1].word("stock", "shares") and items[c - 2].kind == "M" else c - 1
            # (Saudi Gazette's "Riyadh Cement stock was the biggest loser, down 4.3 percent")
            names, verb, end = _list_left(items, _past_relative(items, last)), c, r + 1  # "A and B were among the top gainers"
            value, end = _figure_after(items, r + 1)
            if len(names) == 1 and names[0][1] is None and value is not None:
                names = [(names[0][0], value, None)]  # "Antofagasta was the biggest faller, down 2%"
        else:
            j = r + 1  # "Top losers on the Nifty were A (down 3 percent) and B"
            while j < len(items) and j < r + 6 and (items[j].word("on", "in", "among", "the", "of", "today", "from")
                                                    or items[j].kind == "W" and items[j].low in _RANK_DAYS
                                                    or items[j].kind == "M" and items[j - 1].word("on", "in", "the", "-")
                                                    or items[j].kind == "M" and items[j - 1].low in _INDEX_EPITHETS
                                                    and items[j - 2].word("the")
                                                    or items[j].kind == "W" and items[j].low in _INDEX_EPITHETS
                                                    and items[j - 1].word("the")
                                                    or items[j].word("pack") and items[j - 1].kind == "M"
                                                    or items[j].kind == "W" and items[j].text.isdigit()
                                                    and j + 1 < len(items) and items[j + 1].word("-")
                                                    or items[j].word("-") and items[j - 1].text.isdigit()
                                                    or items[j].word("day", "session") and items[j - 1].word("the")):
                j += 1  # (PTI's "Major losers from the Nifty pack include A 5.58 per cent, B 3.20 per cent"; IRIS'
                # "Major gainers in the 30-share index were A (14.65%)"; Daba Finance's "Top gainers on the day included")
            if j + 3 < len(items) and items[j].word("stood") and items[j + 1].word("out") and items[j + 2].word("to") \
                    and items[j + 3].word("be"):
                j += 3  # "The top gainers stood out to be A (+10%), B (+7.39%) and C"
            if r + 2 < len(items) and items[r + 1].word("of"):
                # Business Today's "Other gainers of today's rally were A (12.94%), B (9.41%)": the ranking's scope
                j = next((x for x in range(j, min(r + 7, len(items))) if items[x].kind == "W"
                          and items[x].low in _INTRO_VERBS_BE and all(y.kind == "W" and y.low not in _SPAN_SCOPES
                                                                       for y in items[r + 1:x])), j)
                # (not "Top gainers of the year were A (40%)": another period's ranking)
            opened = items[0].word("among") and r <= 5  # "Among the biggest gaining stocks of the session, A (6.38%),
            # B (+5.12%) and C (+3.75%) stand out" (El Mercurio's, EFE's): the list after the comma
            if opened and j < len(items) and items[j].word(","):
                names, end = _list_right(items, j + 1)
                names = names if len(names) >= 2 and all(value is not None for _, value, _ in names) else []
            elif not (j < len(items) and items[j].kind == "W" and items[j].low in _INTRO_VERBS_BE):
                continue
            else:
                names, end = _list_right(items, j + 1)
            verb = r
        for mention, value, stated in names:
            dir_here = stated or direction
            if dir_here is None:
                continue
            pct = None if value is None else (value if dir_here == "up" else -value)
            out.append(Ranked(mention, dir_here, pct, verb, end))
    for r in word_indices(items, _LISTED_MOVE_NOUNS):
        # Trading Economics' "with notable gains from A (10.3%), B (11.9%) and C (16.7%)": a move noun, then its names,
        # each with its bracketed figure (not "gains in Tencent and Alibaba": no figure of each name's)
        if r + 2 < len(items) and items[r + 1].word("from", "in", "by") and items[r + 2].kind == "M":
            names, end = _list_right(items, r + 2)
            if len(names) >= 2 and all(value is not None for _, value, _ in names):
                noun = "up" if items[r].low in _UP_MOVE_NOUNS else "down"
                out.extend(Ranked(m, stated or noun, value if (stated or noun) == "up" else -value, r, end)
                           for m, value, stated in names)
    return out


#: the words that describe the index a ranking is of: Reuters' "The biggest percentage gainers in the main Shenzhen
#: Component index were A up 9.98 percent"
_INDEX_EPITHETS = frozenset({"main", "benchmark", "broader", "wider", "key", "blue-chip", "leading", "smaller"})
#: the plural nouns a participle of a side ranks: "the main gaining stocks", "declining issues"
_RANKED_STOCKS = frozenset({"stocks", "shares", "issues", "securities", "counters"})
_GAINING = frozenset({"gaining", "advancing", "rising", "climbing"})
_LOSING = frozenset({"losing", "declining", "falling", "sliding"})


#: plural move nouns that may open a list of names with their figures: "notable gains from A (10.3%), B (11.9%)"
_UP_MOVE_NOUNS = frozenset({"gains", "advances", "rises", "increases"})
_LISTED_MOVE_NOUNS = _UP_MOVE_NOUNS | {"losses", "declines", "falls", "drops", "decreases"}
