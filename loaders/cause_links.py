"""Causes whose effect is a market named in the sentence but stated with no figure.

The move rules report a move with its figure; a wrap's causal sentences often carry none:
"Asian markets are in free fall Monday as investors turn pessimistic", "Wall Street Higher on
Investor Optimism", "Fears over X have rattled Asian markets", "A and B sent Asian indices on
a downward spiral". These shapes are read here, and their effect is the mention itself
(:attr:`RawCause.subjects`): the caller resolves it and records only the cause, never a move.

* a market subject, a figure-less predicate, then a cue ("closed sharply lower on Thursday,
  responding to X", "Shares in Asian banks were big decliners Tuesday, as X");
* the cause first: "X rattled / weighed on / sent / triggered <market>";
* a participle after the cause's clause: "X raided Y, prompting the main stock index to ...";
* a passive move noun: "the rise in the yen was blamed on X", "selling in the New York market
  was triggered by X".
"""
from __future__ import annotations

from functools import lru_cache

from marketkg.loaders.causes import (
    PARTICIPLE_CUES, RawCause, cause_phrases, chained_causes, cue_after, cue_at, make_causes,
    participle_opens, past_tense, temporal_end,
)
from marketkg.loaders import cause_words as W
from marketkg.loaders.dates import MONTHS
from marketkg.loaders.items import (DESCRIPTION_STOPS, Item, description_end, has_words, joined_hyphen, mention_indices,
                                    size_compound_end, word_indices, words_at)
from marketkg.loaders.lexicon import (
    BARE_PREDICATES, BUSINESS_NOUNS, CAUSE_PARTICIPLES, CAUSE_VERB_FIRST, CAUSE_VERBS, CUE_FIRST_WORDS, DOWN_VERBS,
    GIVEN_MOVES, GIVING, MOVE_NOUNS, NOTE_SIDES, PUSH_SIDES, RESULT_NOUNS, RESULT_VERBS, UP_VERBS,
)
from marketkg.loaders.mentions import Mention, sector_ids
from marketkg.loaders.moves import (
    DESCRIPTORS, RawMove, after_dateline, closing_extreme, home_market, level_of, multi_period, owned_shares_end,
    predicate_at,
)
from marketkg.loaders.rankings import RANKING_ADJECTIVES
from marketkg.ontology.enums import EntityType
from marketkg.ontology.reference import reference

__all__ = ["linked_causes"]

_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _p in sorted(BARE_PREDICATES, key=len, reverse=True):
    _BY_FIRST.setdefault(_p[0], []).append(_p)
_VERBS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _v in sorted(CAUSE_VERBS, key=len, reverse=True):
    _VERBS_BY_FIRST.setdefault(_v[0], []).append(_v)
#: the words a cause-first clause's verb can open with
_FIRST_OPENERS = CAUSE_VERB_FIRST | frozenset(CAUSE_PARTICIPLES)


#: a word before "drag", "boost", "hit" that makes it a noun
#: cause verbs whose bare form is also a noun: "The small drag on the index", "a modest boost to miners"
_NOUN_LIKE_VERBS = frozenset({"drag", "boost", "lift", "push", "pull", "knock", "support", "spur", "fuel", "dent",
                              "weight", "pressure"})  # (not "hit", a past tense too: "The selloff hit Asian markets";
# "heavy selling pressure in banks" is a noun)
_NOUN_BEFORE = frozenset({"the", "a", "an", "biggest", "largest", "main", "major", "big", "its", "their", "another", "top",
                          "heaviest", "single", "further", "key", "huge", "strong", "downward", "upward", "keep",
                          "keeps", "kept", "selling", "buying", "more", "less", "some", "much", "added", "renewed"})


def _words(items: list[Item], k: int, words: tuple[str, ...]) -> bool:
    return k + len(words) <= len(items) and all(
        items[k + x].low == w and items[k + x].kind in ("W", "M") for x, w in enumerate(words))


def _rally_verb(items: list[Item], k: int) -> bool:
    """Whether the move word ending in "ly" at item k is the verb ("Stocks Rally After Jobs Report"), not a noun
    before one ("London's market rally continued on Friday as X")."""
    return items[k].low in UP_VERBS and not (k + 1 < len(items) and items[k + 1].kind == "W"
                                             and items[k + 1].low.endswith("ed"))


def _predicate_end(items: list[Item], k: int) -> int | None:
    """End of a predicate that states a move without a figure, starting at item k (None if none).
    A single title-case word the name finder took ("Asian Markets Close Lower", "Mostly Higher")
    reads as a word."""
    while k < len(items) and (items[k].kind == "W" or items[k].kind == "M" and " " not in items[k].low) \
            and (items[k].low in W.ADVERBS or items[k].low.endswith("ly") and not _rally_verb(items, k)):
        k += 1  # (not "Stocks Rally After Jobs Report": a verb that ends in "ly")
    if k >= len(items):
        return None
    it = items[k]
    if it.kind == "M" and " " in it.low:
        return None
    for words in _BY_FIRST.get(it.low, ()):
        if _words(items, k, words):
            return k + len(words)
    extreme = closing_extreme(items, k, k) if it.low in _HIT_VERBS else None
    if extreme is not None:  # Reuters' "the Nikkei hit a 26-year high on Tuesday, helped by X"
        e = k + extreme[1]
        in_results = e + 1 < len(items) and items[e].word("in") \
            and any(x.low in BUSINESS_NOUNS for x in items[e + 1:e + 4])
        earlier = k >= 1 and items[k - 1].word("had") or multi_period(items, e)
        # (not "posted a 10-year high in operating profit on chip demand"; nor review 77's "had hit fresh closing highs
        # on Friday on X", "hit fresh closing highs last week on X": an earlier day's record)
        return None if in_results or earlier else e
    if it.low in _HIT_VERBS and it.low not in RESULT_VERBS:
        return None
    if it.low in RESULT_VERBS:
        for j in range(k + 1, min(k + 6, len(items))):
            if items[j].low in RESULT_NOUNS:
                return j + 1
            if items[j].kind != "W" or items[j].low in (",", "as", "after", "on"):
                break
        return None
    if it.low in W.CLOSE_VERBS:
        j = k + 1
        if j + 1 < len(items) and items[j].word("the") and items[j + 1].word("day", "session", "week", "month", "year"):
            j += 2  # "Chile's IPSA ends the session higher, driven by Kestrel Copper"
        elif j < len(items) and items[j].kind == "W" and items[j].low in MONTHS:
            j += 1  # a headline's "Market ends March lower amid heavy profit taking"
        if j + 3 < len(items) and items[j].word("on") and items[j + 1].word("a") and items[j + 2].low in NOTE_SIDES \
                and items[j + 3].word("note"):
            return j + 4  # Viet Nam News' "Main indices ended the quarter on a negative note, weighed down by X"
        while j < len(items) and items[j].kind == "W" and (items[j].low in W.ADVERBS or items[j].low.endswith("ly")):
            j += 1
        if j < len(items) and items[j].low in W.SIDES:
            return j + 1
        if j + 1 < len(items) and items[j].word("at") and it.low in _CLOSING and level_of(items[j + 1]) is not None \
                and not items[k - 1].word("had"):
            # Profit's headline "Benchmark KSE-100 closes at 113,247.29 due to market optimism": the day's close (not
            # review 76's "had closed at 72,000 on March 1 as X": an earlier day's)
            return j + 2 + (j + 2 < len(items) and items[j + 2].word("points"))
        found = predicate_at(items, k)  # "Vietnam ended at a two-week high as X": a closing extreme
        return k + found[1] if found is not None and found[1] > 1 else None
    if it.kind == "M":
        probe = [Item("W", it.start, it.end, it.start_char, it.end_char, it.low, it.text)] + items[k + 1:k + 3]
        found = predicate_at(probe, 0)
    else:
        found = predicate_at(items, k)
    if found is None:
        return None
    j = k + found[1]
    return j + 1 if j < len(items) and items[j].kind == "W" and items[j].low in W.SIDES else j


#: the words that make a predicate without a move verb a move: "took a late afternoon fall", "performed the worst",
#: "were among the largest equity losers", "opened in the deep red", "continued to erode", "led the march up"
_MOVE_WORDS = W.MARKET_MOVE_NOUNS | W.SIDES | frozenset({
    "rise", "surge", "slump", "slumped", "high", "low", "highs", "lows", "lift", "erode", "eroded",
    "trailing", "worst", "best", "weights", "pressure", "losers", "gainers", "decliners", "red", "green"})


def _market_like(mention: Mention) -> bool:
    """Whether a mention names a market, a place's market, a sector, an index or a commodity (no company)."""
    return mention.kind in ("market", "place", "sector") \
        or (mention.entity_id or "").startswith(("idx-", "market-", "cmd-"))


def _worded_move_end(items: list[Item], k: int) -> int | None:
    """The cue's item after a predicate from item k that states a move in words the move verbs do not read ("The share
    market took a late-session fall after X"): plain words up to a cue, one of them a move word, none a name, a
    clause's end, a "with" (the breadth of "closed negative with 16 losers as X") or another subject ("it", "investors").
    A modal or "had" first ("may fall further on X") is no move of the day; a possessive ("London's market rally
    continued on Friday as X") or a move noun ("the market rally continued as X") leaves the subject to that noun; a
    preposition first is no predicate ("with Kestrel and Osprey among the decliners as X": the market's cause)."""
    if k >= len(items) or items[k].low in W.NEGATIONS or items[k].low in _HIT_VERBS or items[k].low in _MOVE_WORDS \
            or items[k].word("had", "'s", "’s", "among", "in", "on", "at", "of", "for", "from", "to", "by"):
        return None  # (a verb that reaches an extreme, or a move word as a verb: _predicate_end has read them)
    moving = False
    for j in range(k, min(k + 10, len(items))):
        it = items[j]
        if it.kind != "W" or it.low in W.CLAUSE_END or it.low in W.AGENTS or it.low in (",", "with", "and", "last"):
            return None
        if j > k and cue_at(items, j) is not None:
            return j if moving else None
        if it.low in BUSINESS_NOUNS:
            return None  # "set a record high in trading profit": the business's figure, no price
        moving = moving or it.low in _MOVE_WORDS
    return None


#: the close verbs whose level is the day's close (not "opened at 7,000")
_CLOSING = frozenset({"closed", "close", "closes", "ended", "end", "ends", "finished", "finish", "finishes"})
#: verbs that reach a new extreme: "hit a 26-year high", "touched a three-month low"
_HIT_VERBS = frozenset({"hit", "hits", "touched", "touches", "reached", "reaches", "scaled", "plumbed", "post", "posts",
                        "posted", "notch", "notches", "notched", "mark", "marks", "marked"})


def _passive_cue(items: list[Item], k: int) -> int | None:
    """'Markets in Europe were dragged by X', 'Japanese stocks reacted to X': the cue stands right
    after the subject; returns its index (None if none)."""
    aside = k < len(items) and items[k].word(",")
    if aside:
        k += 1  # "The Nikkei, weighed down by exporters, fell 2%" (not "The STAR 50, tracking Shanghai's
        # tech-focused board, closed ...": an aside's verb cue describes the index)
    found = cue_at(items, k) if k < len(items) else None  # (a cue with its own adverb: "adversely hit by")
    while found is None and k < len(items) and items[k].kind == "W" and (items[k].low in W.ADVERBS
                                                                          or items[k].low.endswith("ly")):
        k += 1
        found = cue_at(items, k) if k < len(items) else None
    return k if found is not None and (found[0] in PARTICIPLE_CUES or found[0] in W.VERB_CUES and not aside) else None


def _subject_slot(items: list[Item], k: int) -> bool:
    it = items[k]
    if it.kind != "M" or it.mention.kind not in W.EFFECT_KINDS:
        return False
    if it.mention.kind == "place" and not it.mention.extra.get("market_slot"):
        return False  # "Japan slipped into recession": a place is a market only where one can stand
    if it.mention.kind == "place" and k >= 2 and items[k - 1].word("in") and items[k - 2].kind == "M" \
            and items[k - 2].mention.kind in ("sector", "ref", "candidate"):
        return False  # "Property stocks in Hong Kong fell on rate fears": where the sector's stocks are
    if k >= 2 and items[k - 1].word("with") and it.mention.kind == "sector" and _passive_cue(items, k + 1) is not None:
        return True  # the AFR's "The ASX dropped, with technology stocks weighed down by another sharp pullback in the
        # US technology sector": the absolute clause's subject is the passive's
    if it.mention.kind in ("ref", "candidate") and (k == 2 or k == 3 and items[0].word("the")) \
            and items[k - 1].word("of") and items[k - 2].word("shares"):
        return True  # "Shares of Tesla hit a record high after X": the company whose shares open the sentence
    return k == 0 or items[k - 1].kind == "W" and items[k - 1].low in W.SUBJECT_BEFORE or after_dateline(items, k) \
        or k >= 3 and items[k - 1].word("other") and items[k - 2].word("and") and items[k - 3].kind == "M" \
        and _subject_slot(items, k - 3)  # "Toyota Motor Corp. and other automakers were pulled down by X"


def _listed_before(items: list[Item], k: int, moved: set[int]) -> list[Mention]:
    """'Sensex, Nifty end lower as ...': the subjects listed before the one next to the verb."""
    out: list[Mention] = []
    j = k - 1
    if j >= 1 and items[j].word("the") and items[j - 1].word("and"):
        j -= 1  # "The TSX and the Dow also softened"
    elif j >= 2 and items[j].word("other") and items[j - 1].word("and") and items[k].mention.kind == "sector":
        j -= 1  # "Toyota Motor Corp., Honda Motor Co. and other automakers were pulled down by the stronger yen"
    while j >= 1 and items[j].word(",", "and") and items[j - 1].kind == "M" \
            and items[j - 1].mention.kind in W.EFFECT_KINDS and id(items[j - 1].mention) not in moved:
        out.insert(0, items[j - 1].mention)
        j -= 2
        if j >= 0 and items[j].word(","):
            continue
    return out


def _bare_effects(items: list[Item], moved: set[int], text: str, heading: bool,
                  later: frozenset[int] | set[int] = frozenset()) -> list[RawCause]:
    """'Asian markets are in free fall Monday as X', 'Shares in Asian banks were big decliners, as X',
    'Share prices mostly fell on Asian stock markets Monday after X'; ``later``: the subjects whose figure
    came in a participle after a comma, whose bare predicate before it may carry a cue too."""
    out: list[RawCause] = []
    if not has_words(items, CUE_FIRST_WORDS):
        return out  # each cause below hangs on a cue (cue_after)
    stops = {i for i in mention_indices(items) if items[i].mention.kind in W.EFFECT_KINDS}
    # a subject is a mention or a share word: only those are looked at
    subjects = [k for k, it in enumerate(items) if it.kind == "M" or it.kind == "W" and it.low in W.SHARE_WORDS] \
        if has_words(items, W.SHARE_WORDS) else mention_indices(items)  # no share word: the mentions alone
    for k in subjects:
        it = items[k]
        subject, end = None, None
        # past the name's bracketed short form: "The Jakarta Composite Index (JCI) saw slight gains as X"
        verb = k + 4 if k + 3 < len(items) and items[k + 1].word("(") and items[k + 2].kind == "M" \
            and items[k + 3].word(")") else k + 1
        if it.kind == "M" and id(it.mention) in moved and _subject_slot(items, k):
            # "The Nikkei tracked losses on Wall Street, falling 1.1%": a verb cue before the move's own verb
            subject, end = it.mention, _passive_cue(items, verb)
            if end is None and verb + 1 < len(items) and items[verb].word("shares", "stock") \
                    and it.mention.kind in ("ref", "candidate"):
                end = _passive_cue(items, verb + 1)  # "Qantas shares, hit by rising fuel costs, fell 3 percent"
            if end is None and id(it.mention) in later:
                end = _predicate_end(items, verb)  # "took a hit on the back of X, closing down 6.4 percent"
                if end is None and _market_like(it.mention):
                    end = _worded_move_end(items, verb)  # "took a late-session fall after X and ended 0.7% lower"
        elif it.kind == "M" and id(it.mention) not in moved and _subject_slot(items, k):
            # (past a company's share word: "Kestrel shares hit a record high after X")
            shares = verb < len(items) and items[verb].word("shares", "stock") \
                and it.mention.kind in ("ref", "candidate")
            subject, end = it.mention, _predicate_end(items, verb + shares)
            if end is None and _market_like(it.mention):
                end = _worded_move_end(items, verb)  # (a company's words are its business: "reported its best quarter")
        elif it.kind == "W" and k + 2 < len(items) and (home := home_market(items, k)) is not None \
                and ((end := _predicate_end(items, k + 1)) is not None or (end := _passive_cue(items, k + 1)) is not None) \
                and not (end + 1 < len(items) and items[end].word("on", "in", "across") and items[end + 1].kind == "M"):
            # AP's and Fox's "Stocks plunged Friday as X", "Local stocks were weighed down by X": the story's own market
            subject = home
        elif it.kind == "W" and it.low in W.SHARE_WORDS and (
                k == 0 or items[k - 1].low in ("share", "stock", "\u2014", "\u2013", "-", "--", ":")):
            # (a dash or colon: the text opens after a dateline, "BANGKOK (AP) \u2014 Shares fell in Asia ...")
            # "Share prices mostly fell on Asian stock markets": the market is after the verb
            j = _predicate_end(items, k + 1)
            if j is not None and j + 1 < len(items) and items[j].word("on", "in", "across") \
                    and items[j + 1].kind == "M" and items[j + 1].mention.kind in ("market", "place") \
                    and id(items[j + 1].mention) not in moved:
                subject, end = items[j + 1].mention, j + 2
        if subject is not None and end is None and (subject.kind != "sector"
                                                    or k + 1 < len(items) and not items[k + 1].word(",")):
            end = _passive_cue(items, k + 1)  # "Energy-related shares tracked oil prices" (not "Banks, tracking X,")
        if subject is None or end is None:
            continue
        found = cue_after(items, end, stops - {k}, through_with=True)
        if found is None and it.kind == "M" and (verb_cue := _passive_cue(items, verb)) is not None and verb_cue < end:
            # "European shares got a lift from upbeat results": the predicate's own words are the cue
            found = cue_after(items, verb_cue, stops - {k}, through_with=True)
        if found is None:
            continue
        cue, n, c = found
        subjects = _listed_before(items, k, moved) + [subject] if it.kind == "M" else [subject]
        for cause in chained_causes(items, c + n, cue, set(), heading, [], text):
            cause.subjects = subjects
            out.append(cause)
    return out


#: a market named by a description, the story's own: "weighed on the index", "Banking falls drag local
#: shares down" (the resolver takes the story's market, or its benchmark for an index word)
_GENERIC_EFFECTS: tuple[tuple[str, ...], ...] = (
    ("the", "local", "market"), ("the", "local", "bourse"), ("the", "index"), ("the", "benchmark"),
    ("the", "market"), ("the", "bourse"), ("local", "shares"), ("local", "stocks"), ("local", "equities"))


#: a bare word for the story's market as a cause verb's object, and the words after it that name another
_BARE_MARKET_OBJECTS = frozenset({"stocks", "shares", "equities", "markets"})
_PLACE_AFTER = frozenset({"in", "on", "across", "of", "from", "at", "around", "throughout", "'s", "’s", "-"})


#: words before "to" and a cause verb that make it a forecast: "likely to drive markets", "expected to weigh"
_FORECASTING = frozenset({"likely", "unlikely", "expected", "set", "poised", "seen", "forecast", "predicted", "bound",
                          "going", "due", "tipped", "projected", "anticipated"})


#: cause verbs that after "to" state a purpose or a hedge ("measures to prop up the market", "weren't enough to
#: boost stocks", "awaiting the next catalyst to drive the market"), not what moved it, unless the "to" is
#: help's ("helped to prop up the index")
_PURPOSE_VERBS = frozenset({"prop", "propping", "props", "propped", "support", "lift", "boost", "push", "drive"})
_HELPING = frozenset({"helped", "helping", "help", "helps"})


def _after_a_move(items: list[Item], x: int) -> bool:
    """Whether item x, right before "to", ends a move or a trade, whose result the infinitive tells ("Tokyo
    Electron rose 4 percent to lift the Nikkei", "Chip stocks rallied to lift the Nikkei", "bought a net 208.6
    billion won to lift the index")."""
    it = items[x]
    return it.kind == "Q" or it.kind == "W" and (it.low in UP_VERBS or it.low in DOWN_VERBS
                                                 or it.low in ("higher", "lower"))


def _bare_object(items: list[Item], x: int) -> bool:
    """Whether the bare market word at item x ends its phrase: no place after it, past a direction
    ("Global Fears Force Shares Down in Europe"), and no verb of its own ("leading shares finally
    finished down 2.6%": the subject of a clause; a participle is the verb's: "sent stocks tumbling")."""
    n = x + 1
    while n < len(items) and items[n].kind == "W" and (items[n].low in ("down", "up", "lower", "higher")
                                                       or items[n].low.endswith("ly")):
        n += 1
    if n < len(items) and (items[n].kind == "M" or items[n].low in _PLACE_AFTER):
        return False
    # (a participle completes the verb: "figures sent stocks tumbling Tuesday")
    return not (n < len(items) and predicate_at(items, n) is not None and not items[n].low.endswith("ing"))


def generic_market(items: list[Item], x: int) -> tuple[Mention, int] | None:
    """A description of the story's market starting at item x, and the index after it."""
    for words in _GENERIC_EFFECTS:
        if x + len(words) <= len(items) and all(items[x + n].kind == "W" and items[x + n].low == w
                                                for n, w in enumerate(words)):
            first, last = items[x], items[x + len(words) - 1]
            if x + len(words) < len(items) and items[x + len(words)].kind == "M":
                return None  # "the index of Hang Seng", "the market's Tencent": a name follows
            head = "index" if words[-1] in ("index", "benchmark") else "market"
            return Mention(first.start, last.end, "market", " ".join(it.text for it in items[x:x + len(words)]),
                           first.start_char, last.end_char, extra={"head": head}), x + len(words)
    return None


#: the last word of a name the reference data does not know that makes it an index: "driving the Nifty PSU
#: Bank index 1.1% higher" (its first word a known index family's: not "the NAHB Housing Market index")
_INDEX_HEADS = frozenset({"index", "sub-index", "subindex", "gauge"})


@lru_cache(maxsize=1)
def _index_brands() -> frozenset[str]:
    """The first words of the reference indices' names and aliases ("nifty", "s&p", "hang", "ftse")."""
    ref = reference()
    return frozenset(name.split()[0].lower() for e in ref.entities.values() if e.type is EntityType.INDEX
                     for name in (e.name, *e.aliases) if name and not name.startswith("."))


def _shares_of_clause(items: list[Item], k: int) -> tuple[Mention, int] | None:
    """The company whose shares the participle at item k moves, named by a pronoun or "the" (", sending the shares
    down 6%"): the one company the clause before it names ("Heron Securities trimmed its target for KSTL to $40",
    "Kestrel slashed its outlook"; a broker is no such company), and the index of the shares' last word."""
    start = next((x + 1 for x in range(k - 2, -1, -1) if items[x].word(";", ".", ":")), 0)
    named = [(x, it.mention) for x, it in enumerate(items[start:k - 1], start=start) if it.kind == "M"
             and it.mention.kind in ("ref", "candidate")
             and not (it.mention.entity_id or "").startswith(("inv-", "idx-", "cmd-", "fx-", "market-"))]
    if len({m.text for _x, m in named}) > 1:  # a broker the reference does not know, and the stock its note is on
        named = [(x, m) for x, m in named if items[x - 1].word("on", "for", "of")]
    return (named[-1][1], k + 2) if named and len({m.text for _x, m in named}) == 1 else None


def _effect_after(items: list[Item], j: int) -> tuple[Mention, int] | None:
    """The market a cause verb acts on, within a few words after it, and the index of its last item."""
    x, reach = j - 1, j + 7
    while x + 1 < min(reach, len(items)):
        x += 1
        it = items[x]
        if it.word("-") and joined_hyphen(items, x):
            reach += 2  # a compound's hyphen and its second part count as one word: "the small-cap growth index X"
            continue
        if it.kind == "M" and x + 3 < len(items) and items[x + 1].word("-") and items[x + 2].low in _DESCRIBING_TAILS:
            x += 2  # "pushed British Airways-owner IAG lower", "lifted Hong Kong-listed Tencent": a description
            continue
        if size_compound_end(items, x) > x:
            x += 2  # "dragging the 30-stock MICEX Index 0.9 percent lower"
            continue
        if it.qkind == "PERCENT" and x + 1 < len(items) and items[x + 1].low in W.OBJECT_SKIP:
            continue  # "driving a 3.6 per cent slide in the Hang Seng Properties Index": the object's own figure
        if it.word("price", "prices") and x >= 1 and items[x - 1].word("the") and x + 2 < len(items) \
                and items[x + 1].word("of") and items[x + 2].kind == "M" and items[x + 2].mention.kind == "ref" \
                and (items[x + 2].mention.entity_id or "").startswith("cmd-"):
            x += 1
            continue  # "has dragged down the price of copper": the commodity priced
        generic = generic_market(items, x) if it.kind == "W" and it.low in ("the", "local") else None
        if generic is not None:
            return generic[0], generic[1] - 1
        if it.low in _BARE_MARKET_OBJECTS and (it.kind == "W" or it.mention.kind == "market" and it.mention.region is None
                                               and not it.mention.extra.get("places")) and _bare_object(items, x):
            # "Bleak reports hurt stocks Monday", "X also weighed on the markets": the story's market (not
            # "hurt shares in Asia", "lifted stocks across the region": the place after them is the effect)
            bare = it.mention or Mention(it.start, it.end, "market", it.text, it.start_char, it.end_char,
                                         extra={"head": "market"})
            return bare, x
        if it.kind == "M" and it.low in W.OBJECT_SKIP:
            continue  # "Triggers Tumult in Tokyo": a headline's capital made a name of a noun
        if it.kind == "M" and it.mention.kind == "candidate" and x + 1 < len(items) and items[x + 1].kind == "M" \
                and items[x + 1].mention.kind in ("market", "ref", "sector"):
            continue  # "pushing the PHLX chip index down 3.3%": the index's publisher, then the index
        if it.kind == "M" and it.mention.kind == "place" and x + 1 < len(items) and items[x + 1].kind == "M" \
                and items[x + 1].mention.kind == "sector":
            continue  # "The data sent U.K. property stocks to the bottom": the place's sector
        if it.kind == "M":
            # (a place right after the verb is its market where its own move verb follows: "helps Germany rise")
            ok = it.mention.kind in W.EFFECT_KINDS and (it.mention.kind != "place" or x > j and (
                it.mention.extra.get("market_slot") or items[x - 1].word("in"))
                or x + 1 < len(items) and predicate_at(items, x + 1) is not None) \
                or it.mention.kind == "candidate" and (
                    it.low.split()[0] in _index_brands() if it.low.rsplit(None, 1)[-1] in _INDEX_HEADS
                    else _figure_follows(items, owned_shares_end(items, x + 1)))  # (not "the NAHB Housing Market index": a
            # gauge, no stock; "sent Frasers' shares 5 percent lower": an unknown company's shares and their figure)
            return (it.mention, x) if ok else None
        if it.kind == "W" and it.low not in W.OBJECT_SKIP and it.text[:1].islower():
            d = description_end(items, x, 1, 7, _INDEX_DESCRIPTION_STOPS)
            if d + 1 < len(items) and items[d].word("index", "gauge") and items[d + 1].kind == "M":
                x, reach = d, max(reach, d + 2)  # "dragging the small-cap growth index ChiNext 1.4% lower": the
                continue  # index's description, its kind, then its name
        if it.kind != "W" or it.low not in W.OBJECT_SKIP and not (
                it.low in W.INDEX_DESCRIBERS and x + 1 < len(items) and items[x + 1].kind == "M"):
            return None
    return None


#: what ends an index's description before its kind word: "the small-cap growth index X"
_INDEX_DESCRIPTION_STOPS = DESCRIPTION_STOPS | {"index", "gauge"}
#: the hedges and sides a cause verb's figure may open with: "sent Target more than 10% lower", "sent Target down 9%"
_BEFORE_FIGURE = frozenset({"as", "much", "more", "than", "over", "nearly", "almost", "about", "by", "some", "just",
                            "around", "up", "down"})


def _figure_then_side(items: list[Item], x: int) -> bool:
    """Whether a figure and a side follow at item x, hedged or not: "0.2 percent lower", "12.5 points lower", "more
    than 1% higher"."""
    while x < len(items) and items[x].kind == "W" and items[x].low in _BEFORE_FIGURE:
        x += 1
    if x + 1 < len(items) and items[x].kind == "W" and items[x].text.replace(",", "").replace(".", "").isdigit() \
            and items[x + 1].word("points", "pts"):
        x += 1  # (the points' number is a plain word)
    return x + 1 < len(items) and (items[x].kind == "Q" or items[x].word("points", "pts")) \
        and items[x + 1].low in PUSH_SIDES


def _sector_words_only(items: list[Item], begin: int, stop: int) -> bool:
    """Whether items begin..stop are only a sector's name ("consumer durables", "realty"): a list member after "Selling
    in IT, ..." (not "rising bond yields", "weak rupee": causes of their own)."""
    return 1 <= stop - begin <= 3 and (all(x.kind == "M" and x.mention.kind == "sector" for x in items[begin:stop])
                                       or all(x.kind == "W" for x in items[begin:stop])
                                       and bool(sector_ids([x.text for x in items[begin:stop]])))


def _market_moved(items: list[Item], start: int, end: int) -> bool:
    """Whether the clause at items start..end is a whole market's move: "Stocks are ending higher on Wall Street",
    "U.S. stocks rallied" (a bare "Stocks" or a market phrase as subject, a move's predicate after it)."""
    subject = items[start]
    market = subject.kind == "M" and subject.mention.kind == "market" \
        or subject.kind == "W" and subject.low in ("stocks", "equities") and start == 0
    return market and any(predicate_at(items, x) is not None for x in range(start + 1, min(end, start + 4)))


def _figure_follows(items: list[Item], x: int) -> bool:
    """Whether the names from item x on (", Wren", "and Wren") end in the move a cause verb gave them: "sent
    Finch and Wren more than 8% lower", "sent Finch down 7%" (a name the reference data do not know is an
    effect only so: not "pushed Congress to act")."""
    while x + 1 < len(items) and items[x].word(",", "and") and items[x + 1].kind == "M":
        x += 2
    if x + 1 < len(items) and items[x].word("to") and (items[x + 1].low in UP_VERBS or items[x + 1].low in DOWN_VERBS
                                                      or items[x + 1].low in ("increase", "decrease", "trade")):
        x += 2  # "caused Acme Widgets' shares to fall 3.9%": the move in the infinitive after the cause verb
    while x < len(items) and items[x].kind == "W" and items[x].low in _BEFORE_FIGURE:
        x += 1
    return x < len(items) and (items[x].qkind == "PERCENT" or items[x].kind == "W" and items[x].low in PUSH_SIDES
                               and items[x - 1].kind == "M")


def _object_list(items: list[Item], x: int) -> tuple[list[Mention], int]:
    """The names listed after the effect that ends at item x ("the dollar and bank shares", "Tencent,
    Alibaba and JD.com"), and the index of the last; none if no list goes on."""
    out: list[Mention] = []
    start, closed = x, False
    # a list of companies may hold a name the reference data do not know ("Rio Tinto, Antofagasta, Kazakhmys
    # and BHP Billiton")
    kinds = W.EFFECT_KINDS | {"candidate"} if items[x].kind == "M" and items[x].mention.kind in ("ref", "candidate") \
        and not (items[x].mention.entity_id or "").startswith(("idx-", "market-")) else W.EFFECT_KINDS
    while not closed and x + 2 < len(items) and (items[x + 1].word(",", "and") or _code_after(items, x + 1)):
        if _code_after(items, x + 1):
            x += 1  # "Kestrel Corp. (KSTL), Osprey Computer Inc. (OSPR) and Finch (FNCH)": past each name's code
            continue
        closed = items[x + 1].word("and") or items[x + 2].word("and")
        y = x + 2 if not (items[x + 1].word(",") and items[x + 2].word("and")) else x + 3
        if y < len(items) and items[y].word("the"):
            y += 1
        d = y
        while d < len(items) and d - y < 6 and items[d].kind == "W" and (items[d].text == "-" or items[d].text.islower()
                                                                          and items[d].text.replace("-", "").isalpha()) \
                and items[d].low not in ("and", "or", "other"):
            d += 1  # "lifted Toyota, chip-making equipment manufacturer Tokyo Electron and ...": a description first
        if d > y and d < len(items) and items[d].kind == "M" and items[d - 1].low in DESCRIPTORS:
            y = d
        if not (y < len(items) and items[y].kind == "M" and items[y].mention.kind in kinds
                and items[y].mention.kind != "place"):
            break
        if y + 1 < len(items) and predicate_at(items, y + 1) is not None:
            break  # "lifted the dollar and the yen slid": a clause of its own, no object
        out.append(items[y].mention)
        x = y
    # (an "and" closes a list: "battered export-oriented names, brokers said" lists nothing)
    return (out, x) if closed and out else ([], start)


def _code_after(items: list[Item], x: int) -> bool:
    """Whether item x is a bracketed code after a name in a list ("(MSFT)"), with the list going on after it."""
    return x + 1 < len(items) and items[x].qkind == "TICKER" and items[x].text.startswith("(") \
        and items[x + 1].word(",", "and")


_SEEING = frozenset({"saw", "sees"})
_LEAVING = frozenset({"left", "leaves", "leaving"})
_TIMES = frozenset({"session", "day", "week", "month", "year", "trading", "trade", "morning", "afternoon", "today",
                    "yesterday", "quarter", "open", "close", "start", "end"})
#: the second half of a hyphenated description before a name: "British Airways-owner IAG", "Hong Kong-listed X"
_DESCRIBING_TAILS = frozenset({"owner", "parent", "listed", "based", "backed", "controlled", "owned"})


def _clause_start(items: list[Item], k: int, heading: bool) -> int:
    """Where the clause whose verb stands at k starts: never inside a dateline that opens the sentence (Reuters'
    "LONDON, May 4 Miners and banks lifted European shares")."""
    dated = next((x for x in range(3, min(k, 12)) if after_dateline(items, x)), 0) \
        if items[0].text.isupper() or items[0].kind == "M" and items[0].mention.kind == "place" else 0
    j = k - 1
    while j >= max(dated, k - 40):  # a cause clause is short; a 5 MB run-on sentence is not walked back
        it = items[j]
        if joined_hyphen(items, j):
            j -= 1  # "Yen Near 18-Month High Weighs on Exporters": a compound's hyphen, no dash opening the clause
            continue
        if it.low == "that" and j >= 1 and (items[j - 1].low in _TOPIC_NOUNS or items[j - 1].low in _CONTENT_NOUNS) \
                and _opens_subject(items, j - 1):
            j -= 1  # BusinessLine's "Growing bets that US rates will rise lifted the dollar": the content of its noun,
            continue  # inside the subject
        if it.kind == "W" and (it.low in W.CLAUSE_OPEN and not (heading and it.low == ",")):
            return j + 1 + (it.low == "because" and j + 1 < k and items[j + 1].word("of"))  # (past "because of")
        if it.word("before", "until") and j + 1 < k:
            return k  # "The gauge peaked in April, two weeks before the minister rattled markets": another time's
            # clause, whose verb tells no cause of the story's move
        if cue_at(items, j) is not None and j > 0 and not (
                it.low in ("on", "over", "about") and items[j - 1].low in _TOPIC_NOUNS) \
                and not (it.low == "on" and (items[j - 1].low, "on") in CAUSE_VERBS):
            # (not Xinhua's "Uncertainty ... weighed on the sentiment on the market here, driving the DAX down":
            # a cause verb's particle, its subject further left)
            opening = _noun_phrase_opening(items, j)
            if opening is not None:
                return opening  # "A surge in oil prices on the back of supply cuts has helped the FTSE 100":
                # the cue inside the subject, whose head is the cause
            return j + len(cue_at(items, j)[0].split())  # (not "reports on manufacturing": the reports' topic)
        j -= 1
    return j + 1


def _opens_subject(items: list[Item], n: int) -> bool:
    """Whether the noun at item n heads the clause it stands in, only describing words before it ("Growing bets",
    "Fresh signs"; not "There were signs", "said in a report": the "that" clause is another verb's)."""
    x = n - 1
    while x >= 0 and n - x <= 6 and not (items[x].kind == "W" and items[x].low in W.CLAUSE_OPEN):
        it = items[x]
        if it.kind == "W" and it.low in _CUES_BEFORE_A_NOUN and cue_at(items, x) is not None:
            return True  # "on expectations that X, prompting Y": the cue's own object
        if it.kind != "W" or it.low in _NOT_BEFORE_A_SUBJECT or past_tense(it):
            return False
        x -= 1
    return n - x <= 6


#: cues whose object a noun with its "that" clause may be: "on expectations that X, prompting Y"
_CUES_BEFORE_A_NOUN = W.WEAK_CUES | {"amid", "after", "following"}
#: words that put a noun after a verb or a preposition, no subject's head: "There were signs", "said in a report"
_NOT_BEFORE_A_SUBJECT = frozenset({"there", "were", "was", "is", "are", "said", "says", "say", "in", "of", "to", "by",
                                   "for", "showed", "shows", "saw", "see", "sees", "despite"})


def _shared_subject_end(items: list[Item], end: int) -> int | None:
    """Where the subject ends when the cause verb at ``end`` is the second of two verbs joined by "and" ("A plunge
    in home sales and a rise in claims added to worries that the economy is cooling and helped push stocks lower",
    "Higher copper prices lifted mining shares and sparked a rally in London"): at the sentence's first past verb,
    itself a cause verb, with no comma, semicolon or colon between it and the "and" (a clause of its own); None where
    "and" stands not right before the verb or no such first verb does."""
    if not (end >= 4 and items[end - 1].word("and")):
        return None
    first = next((x for x in range(2, end - 2) if items[x].kind == "W" and items[x].text.islower()
                  and past_tense(items[x])), None)
    if first is None or items[first].low not in CAUSE_VERB_FIRST or any(
            it.kind == "Q" or it.word(",", ";", ":", "-", "while", "but") for it in items[first + 1:end - 1]):
        return None  # (the first verb a cause verb too: not "Analysts said X hurt sentiment and pushed the index
        # lower", "Reports that Beijing planned stimulus lifted sentiment and sent ...": a clause inside the subject)
    pred = predicate_at(items, first)
    if pred is not None and not pred[2]:
        return None  # (not "Oil fell and weighed on energy shares": the mover's own course; "added to worries" is no
        # move, its verb needing a figure)
    while first > 1 and items[first - 1].kind == "W" and (items[first - 1].low in W.AUXILIARIES
                                                         or items[first - 1].low.endswith("ly")):
        first -= 1  # "Bank earnings have lifted sentiment and sent X": the subject before "have" (or an adverb)
    return first


def _noun_phrase_opening(items: list[Item], j: int) -> int | None:
    """Where the sentence's opening noun phrase starts when the cue at item j stands inside it (a few words from
    the sentence's start, opening with an article, with no verb or figure among them: "A rally in metals prices on
    the back of ..."), else None ("Stocks fell after strong data lifted ...": a move's clause before the cue)."""
    # past a quote's opening mark, or a wire's dateline ("LONDON, Sept 2 (Reuters) - A rally in metals ...")
    o = next((x + 1 for x in range(1, min(j, 12)) if items[x].word("-", "—", "–")
              and (items[x - 1].word(")") or items[0].text.isupper() and len(items[0].text) > 2)), 0)
    o += 1 if o < len(items) and items[o].word("\"", "“", "'", "‘") else 0
    if j - o > 8 or j - o < 2 or not items[o].word("a", "an", "the"):
        return None
    if any(it.kind == "Q" or it.low in W.CLAUSE_OPEN or past_tense(it) or predicate_at(items, x) is not None
           and not items[x - 1].word("a", "an", "the", "its", "their")  # ("A rally in ...": a noun)
           for x, it in enumerate(items[o:j], start=o)):
        return None
    return o


#: nouns whose "on", "over" or "about" gives their topic, no cause: "Bleak reports on manufacturing hurt stocks"
_TOPIC_NOUNS = W.CONCERN_NOUNS | {"report", "reports", "data", "figures", "news", "bets", "bet", "comments", "remarks",
                                  "talks", "statement", "statements", "update", "updates", "readings", "survey",
                                  "surveys", "numbers", "views", "optimism", "hopes", "decision", "decisions",
                                  # a broker's note on a stock: "trimmed its target on KSTL, sending the shares down"
                                  "target", "targets", "rating", "ratings", "recommendation", "stance", "call"}


#: nouns whose "that" clause tells what they hold: "expectations that rates will rise", "signs that growth is slowing"
_CONTENT_NOUNS = frozenset({"expectations", "expectation", "speculation", "signs", "sign", "belief", "beliefs",
                            "fear", "hope", "worry", "concern", "confidence", "evidence", "indications"})


#: adverbs between a cause's subject and its verb: "The news had earlier sparked a fall"
_VERB_ADVERBS = frozenset({"earlier", "also", "already", "further", "again", "initially", "later", "then",
                           # "Continuous buying by funds and gains on heavyweights helped propel the index": the help
                           # is the verb's, not the cause's (not "Promises of government help lifted ...": a noun)
                           "helped", "helping",
                           # an emphatic "do": "Those figures, though, did weigh on Tokyo stocks"
                           "did", "does", "do",
                           # "Kestrel and Osprey together contributed 90 points": the list is one cause
                           "together"})
#: sentence adverbs set off by commas between a cause verb's subject and the verb
_COMMA_ADVERBS = frozenset({"however", "though", "meanwhile", "too", "also", "moreover", "nonetheless", "nevertheless"})


#: words that make no cause's subject on their own: "the", and the adverbs of "but in turn helping the index"
_NO_SUBJECT_WORDS = frozenset({"the", "in", "turn", "thereby", "thus", "also", "but", "and", "which", "so"})
#: move verbs that are cause verbs only with a market right after them as their object
_MOVE_VERBS_AS_CAUSE = frozenset({"sink", "sinks", "sank", "sinking"})


#: a company's results, after its possessive: "boosted UnitedHealth's bottom line", "lifted Johnson & Johnson's results"
_RESULT_WORDS = BUSINESS_NOUNS | {"results", "line", "outlook", "guidance", "forecast", "prospects", "growth"}


def _owned_results(items: list[Item], covered: int) -> bool:
    """Whether the object that ends at item ``covered`` is a company's results ("UnitedHealth's bottom line")."""
    x = covered + 1
    if not (x + 1 < len(items) and items[x].low in ("'s", "’s")):
        return False
    near = items[x + 1:min(x + 8, len(items))]
    # (not "lifted Meta's earnings and its shares": the price too; but "lifted Intel's earnings per share, while its
    # stock price fell 3%": the results only)
    joined = any(a.word("and") and b.low in ("its", "the", "their") and c.low in ("shares", "stock", "stocks")
                 for a, b, c in zip(near, near[1:], near[2:]))
    return any(it.kind == "W" and it.low in _RESULT_WORDS for it in near[:3]) and not joined


def _cause_first(items: list[Item], text: str, heading: bool) -> list[RawCause]:
    """'Fears over X have rattled Asian markets', 'A and B sent Asian indices on a downward
    spiral', 'Greek Vote, China Weigh on East Asia Stock Prices', 'X raided Y, prompting the
    main stock index to suffer ...'."""
    out: list[RawCause] = []
    covered = -1  # a verb's object reaches its market: no second verb inside ("added to pressure on ...")
    for k in word_indices(items, _FIRST_OPENERS):  # where a cause verb or participle opens
        it = items[k]
        if k <= covered:
            continue
        verbs = _VERBS_BY_FIRST.get(it.low)  # most words open no verb: no generator for them
        verb = next((v for v in verbs if _words(items, k, v)), None) if verbs else None
        share = _share_to(items, k) if verb is None and it.low in _CONTRIBUTING else None
        if share is not None:
            verb = (it.low, "to")  # "HDFC Bank contributed 95 points to the Sensex's rise": its share of it
        participle = it.low in CAUSE_PARTICIPLES and k > 0 and items[k - 1].word(",") \
            and not (k + 1 < len(items) and items[k + 1].word("to"))  # (", leading to selling": a result, no object)
        if verb is None and not participle:
            continue
        if k > 0 and items[k - 1].word("-") and items[k - 1].end_char == it.start_char:
            continue  # "Fellow taxpayer-supported Lloyds", "state-backed lenders": a compound adjective, no verb
        if verb and k > 0 and items[k - 1].low in _NOUN_BEFORE \
                and not (items[k - 1].low in ("buying", "selling") and it.low not in _NOUN_LIKE_VERBS):
            continue  # "the biggest drag on the S&P 500", "a boost to miners", "buying support": a noun, not a verb
            # (but "Strong buying lifted Indian shares": a past verb after its subject)
        if verb and k > 1 and items[k - 2].word("the", "a", "an") and items[k - 1].kind == "W" \
                and items[k - 1].text.isalpha() and items[k - 1].text.islower() and not items[k - 1].low.endswith("s") \
                and it.low in _NOUN_LIKE_VERBS:
            continue  # "The small drag on the benchmark was caused by X": a singular's noun (a verb would be "the
            # banks drag on", "the stock drags on")
        if verb and k + len(verb) < len(items) and items[k + len(verb)].word("together"):
            continue  # "regulators pushed together two huge banks": merged them, moved nothing
        if verb and k > 1 and items[k - 1].low in _HELPING and items[k - 2].word("to"):
            continue  # "coincided with a debt crisis to help cause a sell-off": an infinitive, no cause told
        if verb and k > 1 and items[k - 1].word("to") and (items[k - 2].low in _FORECASTING or (
                verb[0] in _PURPOSE_VERBS and items[k - 2].low not in _HELPING and not _after_a_move(items, k - 2))):
            # (VOA's "prompting Beijing to intervene to prop up the market": a purpose, no cause)
            continue  # "are likely to drive markets going ahead": a forecast (not "helped to pull the index")
        if verb and verb[0] in _MOVE_VERBS_AS_CAUSE and not (
                k + 1 < len(items) and items[k + 1].kind == "M" and items[k + 1].mention.kind in ("market", "ref")):
            continue  # "Tech stocks sink in Hong Kong": their own move; "A, B sink Hong Kong stocks": a cause
        shares = participle and k + 2 < len(items) and items[k + 1].word("its", "the", "their") \
            and items[k + 2].word("shares", "stock")  # (", sending the shares down": whose, the clause before tells)
        found = _shares_of_clause(items, k) if shares else _effect_after(
            items, share + 1 if share is not None else k + (len(verb) if verb else 1))
        if found is None:
            continue
        effect, covered = found
        if share is not None and not _move_noun_after(items, covered + 1):
            continue  # "Brazil contributed 18 percent to Kestrel Bank's annual profit": a profit's share
        if verb == ("led",) and not ((effect.entity_id or "").startswith("idx-") and _figure_follows(items, covered + 1)):
            # "led the S&P 500 0.9% lower" (not "led Apple to record profits", nor "led the Nasdaq's gains"; nor "Apple
            # Computer led technology shares lower as X": a mover's own lead, its cause after it)
            continue
        if _owned_results(items, covered):
            continue  # "Pharmacy revenue boosted UnitedHealth's bottom line": the company's results, no price
        if verb and verb[0] in _LEAVING and not _figure_then_side(items, covered + 1):
            continue  # "left the Footsie 0.2 percent lower", "12.5 points lower" (not "left the company", "left rates
            # unchanged", "left the Stoxx 600 nearly 15 percent below its June record": a distance from a peak)
        if verb and verb[0] in _SEEING and not (covered + 1 < len(items) and predicate_at(items, covered + 1) is not None):
            continue  # "Worries saw the FTSE 100 drift lower" (not "Analysts saw the index as cheap")
        if verb == ("pressuring",) and effect.kind != "market" and not (effect.entity_id or "").startswith("idx-"):
            continue  # "are pressuring Facebook to do a better job": a demand, no price; "pressuring the index"
        if verb and len(verb) == 1 and verb[0] in GIVING and not (covered + 2 < len(items) and items[covered + 1].word(
                "a", "an") and items[covered + 2].low in GIVEN_MOVES):
            continue  # "gives Dubai index a lift", not "gave investors a reason"
        named, covered = _named_after_sector(items, covered) if items[covered].kind == "M" else ([], covered)
        if not named and effect.kind in ("ref", "candidate"):
            named, covered = _companies_moved(items, covered)
        effects = named or [effect]
        if not named:
            more, covered = _object_list(items, covered)
            effects += more  # "lifted the dollar and bank shares", "hurt Tencent and Alibaba": each an effect
        end = k - 1 if participle else k
        if end > 1 and items[end - 1].word("to") and items[end - 2].word("helped", "helping", "help", "helps"):
            end -= 1  # "helped to propel"
        together = end if end > 0 and items[end - 1].word("together") else 0  # (past it: the list and "together")
        while end > 0 and items[end - 1].kind == "W" and (items[end - 1].low in W.AUXILIARIES | W.NEGATIONS
                                                          or items[end - 1].low in _VERB_ADVERBS
                                                          or _modal_adverb(items, end - 1)):
            if items[end - 1].low in W.NEGATIONS:
                end = -1  # "has not pushed the economy into recession", "will hit the Nasdaq"
                break
            end -= 1
        if end < 0:
            continue
        if not participle and end >= 3 and items[end - 1].word(",") and items[end - 2].low in _COMMA_ADVERBS \
                and items[end - 3].word(","):
            end -= 3  # "Those figures, though, did weigh on Tokyo stocks": the subject before the adverb's commas
        if not participle and end >= 3 and items[end - 1].word(","):
            # "A rally among financial stocks and rising commodity prices, which propelled mining stocks higher,
            # helped the FTSE 100 close in positive territory": the subject before its relative clause
            end = next((x for x in range(end - 3, max(0, end - 16), -1) if items[x].word(",")
                        and (items[x + 1].word("which", "who") or _agent_aside(items, x + 1, end))), end)
            # (and an agent's aside: "Strong optimism, fuelled by carmakers, pushed the Kospi up 0.6 percent")
        shared = _shared_subject_end(items, end) if not participle else None
        if shared is not None:
            end = shared  # "A and B added to worries that X and helped push stocks lower": the first verb's subject
        start = _clause_start(items, end, heading and not participle)
        antecedent = False  # the subject is a clause "which" stands for, read whole
        if not participle and start >= 2 and items[start].word("which") and items[start - 1].word(",") \
                and start + 1 < len(items) and (items[start + 1] is it or items[start + 1].word("alone", "also")):
            # the Economic Times' "Auto stocks advanced the most in trade, which lifted the Nifty Auto index 3.48 per
            # cent", "After the steep fall in Infosys, which alone dragged the Sensex": what "which" stands for
            a_end = start - 1
            a_start = next((x + 1 for x in range(a_end - 1, -1, -1) if items[x].word(",", ";", ":")), 0)
            a_start += a_start < a_end and items[a_start].word("after", "following")
            # (not "... amid gloom and a rising yen, which hurts exporters": the noun before it, not the clause; nor
            # "compared with 4.91% late Friday, which helped": a participle's phrase)
            antecedent = a_start < a_end \
                and not (items[a_start].kind == "W" and items[a_start].low.endswith(("ed", "ing"))) \
                and not any(x.word(*_CLAUSE_CUES) for x in items[a_start + 1:a_end])
            if antecedent:
                start, end = a_start, a_end
        if not participle:
            start = _listed_subjects_start(items, start)
        whole = None  # a subject read past its relative clause, with its own verb: one cause, whole
        if not participle and start >= 3 and items[start - 1].word(",") and past_tense(items[start]) \
                and 1 <= end - start <= 3:
            # "Oil prices, which had been rising, slumped and weighed on energy stocks": the subject before its relative
            # clause, with the verb before the cause verb (its own), is the cause
            before = _subject_before_aside(items, start, heading)
            if before < start:
                start = before
                whole = (start, end - items[end - 1].word("and", "then"))
        if participle:
            start = _subject_before_aside(items, start, heading)
            while start >= 3 and items[start].word("its", "their") and items[start - 1].word(",") \
                    and items[start - 2].kind == "Q":
                # "HSBC roared ahead 3.18 per cent to HK$63.25, its highest level in 52 weeks, leading the Hang Seng
                # gainers": the level's appositive is no subject, the clause before it is (and the cause)
                end = start - 1
                start = _clause_start(items, start - 1, heading)
        if end - start < 1 or all(x.kind == "W" and (x.low in W.AGENTS or x.low in _NO_SUBJECT_WORDS)
                                  for x in items[start:end]):
            # (not "but in turn lifting the broader French index": an adverb, no subject)
            continue
        if participle and (effect.entity_id or "").startswith("idx-") and _market_moved(items, start, end):
            continue  # "Stocks are ending higher on Wall Street, pushing the S&P 500 to a record close": the market's
            # own move, its index's told again
        if participle and items[start].word("and", "or") \
                and not any(predicate_at(items, x) is not None for x in range(start + 1, end)):
            continue  # "Traders fretted over levies on steel, aluminium, and lumber, pushing U.S. stocks lower": a
            # list's last member, no clause of its own (not ", and energy stocks rallied, pushing X higher")
        if verb and verb[0] in _SEEING and any(x.kind == "W" and (x.low in W.WEEKDAYS or x.low in _TIMES)
                                               for x in items[start:end]):
            continue  # "Monday saw the Nikkei fall 2%", "The session saw heavy selling": a time, no cause
        if participle and predicate_at(items, start) is not None:
            continue  # "ONGC, the country's biggest explorer, surged 4.3 percent, helping X": no subject in the clause
        listed = None if participle or heading or antecedent else _listed_phrases(items, start, end)
        whole_list = antecedent or listed or together  # ("A and B together lifted X": one cause, review 106)
        spans = listed or [(start, together or end)] if whole_list else cause_phrases(items, start, set(), end=end) \
            if participle or not heading else []  # (the clause "which" stands for is one cause, whole)
        if not participle and not listed and len(spans) < 2 and end - start <= 8 and not together:
            spans = _heading_list(items, start, end)  # "Greek vote and China weighed on ...": short subjects
        spans = [(a, b) for a, b in spans  # (not "Reliance Industries, which weighed on the index": the pronoun)
                 if not all(x.kind == "W" and x.low in _NO_SUBJECT_WORDS for x in items[a:b])]
        if whole is not None:
            spans = [whole]
        for cause in make_causes(items, spans, " ".join(verb) if verb else it.low, [], text):
            cause.subjects = effects
            out.append(cause)
        for cause in [] if participle else _behind_the_verb(items, covered + 1, text):
            # "miners weighed on the market after weak metal prices hit sentiment" (not "Dubai shares tumbled,
            # leading a slump throughout the Middle East as oil extended its retreat": the sentence's own move's)
            cause.subjects = effects
            first = next((x for x in range(covered + 1, len(items)) if items[x] is cause.first_item), None)
            movers = [x.mention for x in items[start:end] if x.kind == "M" and x.mention.kind in _MOVERS]
            if first is not None and participle_opens(items, first) and movers and all(
                    e.kind in ("market", "sector") or (e.entity_id or "").startswith("idx-") for e in effects) \
                    and not any((m.entity_id or "").startswith("inv-") for m in movers):
                # "Apple led the Nasdaq higher after reporting strong sales": a participle's subject is the verb's (not
                # "OPEC+ sent oil prices higher after agreeing to ...": an actor moving no index, the object's cause)
                cause.subjects = movers
            out.append(cause)
    return out


def _modal_adverb(items: list[Item], x: int) -> bool:
    """Whether item x is an adverb in -ly after a modal or a negation ("will certainly hit", "could likely weigh"):
    part of the verb, which the modal makes a forecast."""
    return x >= 1 and items[x].low.endswith("ly") and items[x].text.isalpha() and items[x - 1].kind == "W" \
        and items[x - 1].low in W.NEGATIONS


_CONTRIBUTING = frozenset({"contributed", "contributes", "contributing"})
#: the move nouns a contribution's figure can be a share of: "to the Nifty 50's gain", "to the index decline"
_SHARED_MOVES = RESULT_NOUNS | MOVE_NOUNS


def _move_noun_after(items: list[Item], x: int) -> bool:
    """Whether a move's noun follows item x, past a possessive and two describing words ("'s total gain", "'s overall
    rally", "decline")."""
    x += x < len(items) and items[x].low in ("'s", "’s")
    return any(it.kind == "W" and it.low in _SHARED_MOVES for it in items[x:x + 3])


def _share_to(items: list[Item], k: int) -> int | None:
    """The "to" after a contribution's figure ("contributed 95 points to", "contributes 30% to"), else None."""
    x = k + 1
    if x < len(items) and items[x].qkind == "PERCENT":
        x += 1
    elif x + 1 < len(items) and items[x].kind == "W" and items[x].low.replace(",", "").replace(".", "").isdigit() \
            and items[x + 1].word("points", "pts", "point"):
        x += 2
    else:
        return None
    return x if x < len(items) and items[x].word("to") else None


#: the cues inside a clause before ", which" that leave "which" to the noun after them
_CLAUSE_CUES = ("amid", "amidst", "after", "as", "following", "despite", "while", "because", "on", "over")
#: the kinds of name a participle's cause can belong to as the subject of a cause verb
_MOVERS = frozenset({"ref", "candidate", "sector"})


def _agent_aside(items: list[Item], x: int, end: int) -> bool:
    """Whether a participle and its agent open at item x an aside that a comma before item ``end`` closes
    ("fuelled by carmakers", "led by banks"): the subject before it is the cause verb's."""
    return x + 2 < end and items[x].kind == "W" and items[x].text.islower() \
        and ((items[x].low.endswith("ed") or items[x].low in ("driven", "hit", "shaken", "spurred"))
             and items[x + 1].word("by")
             or items[x].low in ("combined", "coupled", "along", "together") and items[x + 1].word("with"))
    # (and "Strong buying, combined with fresh foreign inflows, lifted the indices": the subject's companion)


def _listed_subjects_start(items: list[Item], start: int) -> int:
    """Where a comma list of names that opens the sentence starts, when the clause found at ``start`` is its last
    names ("ICICI Bank, M&M, State Bank of India, Shriram Finance and Sun Pharma contributed the most to the
    gains": the whole list, not "Shriram Finance and Sun Pharma"); ``start`` when no such list stands before it."""
    x = start
    while x >= 2 and items[x - 1].word(",") and items[x - 2].kind == "M" \
            and items[x - 2].mention.kind in ("ref", "candidate", "sector"):
        x -= 2
    return x if x == 0 and x < start else start


#: the words that open a sentence's phrase that is no cause in a list: "On Monday, ...", "In Tokyo, ...", "However, ..."
_NOT_LISTED_OPENERS = frozenset({"on", "in", "at", "after", "before", "for", "by", "as", "while", "meanwhile",
                                 "however", "but", "and", "also", "still", "yet", "with", "since", "during", "despite",
                                 "according", "analysts", "traders", "investors", "overall", "elsewhere", "separately"})


#: plural heads a list of modifiers may share
_SHARED_HEADS = frozenset({"sectors", "stocks", "shares", "indices", "indexes", "segments", "groups", "companies"})


def _listed_phrases(items: list[Item], start: int, end: int) -> list[tuple[int, int]] | None:
    """The phrases of a comma list that opens the sentence and ends in the clause start..end before a cause verb, one
    cause each (the AP's "Sticky prices, the strike at the ports, weak factory orders and higher rates weighed on
    the markets"); None when the phrases before ``start`` are no such list (a dateline's city, "On Monday,", a name
    and its appositive: "BNP Paribas, France's biggest bank, spooked the market")."""
    if start < 2 or not items[start - 1].word(","):
        return None
    chunks, stop = [], start - 1
    while stop > 0:
        begin = next((x + 1 for x in range(stop - 1, -1, -1) if items[x].word(",")), 0)
        chunks.append((begin, stop))
        if begin == 0:
            break
        stop = begin - 1
    chunks.reverse()
    last = start + 1 if items[start].word("and") else start
    joined = next((x for x in range(end - 1, last, -1) if items[x].word("and")), None)
    chunks += [(last, joined), (joined + 1, end)] if joined is not None else [(last, end)]
    if len(chunks) >= 4 and items[0].low in _NOT_LISTED_OPENERS and items[0].low not in ("and", "but", "with") \
            and chunks[0][1] - chunks[0][0] <= 3:
        chunks = chunks[1:]  # review 85's "On Thursday, weaker oil prices, a softer loonie and profit-taking weighed on
        # the Toronto market": the opening time is no cause, the list after it is
    elif items[0].kind == "M":
        return None  # a name first: its appositive or relative clause follows ("Reliance, whose business is oil,")
    if items[end - 1].low.split()[-1] in _SHARED_HEADS:
        return None  # one noun the list's words all modify: "Losses in the energy, retail and leisure, and
        # healthcare sectors dragged the indices down"
    first_in = next((x for x in range(chunks[0][0] + 1, chunks[0][1]) if items[x].word("in", "of", "from")), None)
    if first_in is not None and len(chunks) >= 3 and all(_sector_words_only(items, begin, stop)
                                                           for begin, stop in chunks[1:]):
        return [(chunks[0][0], chunks[-1][1])]  # "Profit-taking in metals, pharma, realty, media dragged on the
        # benchmarks": one noun's list of objects, one cause
    for begin, stop in chunks:
        if not 1 <= stop - begin <= 10 or items[begin].low in _NOT_LISTED_OPENERS \
                or all(x.kind == "M" for x in items[begin:stop]) \
                or any(x.kind == "Q" or x.kind == "W" and (x.low in W.CLAUSE_END and not joined_hyphen(items, n)
                                                            or x.low in W.WEEKDAYS or x.low == "whose")
                       or cue_at(items, n) is not None for n, x in enumerate(items[begin:stop], begin)) \
                or any(predicate_at(items, n) is not None for n in range(begin + 1, stop)) \
                or any(past_tense(x) or x.word("before", "after", "since", "until") for x in items[begin + 1:stop]):
            return None  # (a participle that opens a phrase is its adjective: "Rising inflation"; a name alone is a list
            # of movers: "Five large-cap stocks - A, B, C and D - helped the DSEX rise"; a clause of its own or a time
            # is no listed cause: "The gauge topped out on April 2, two weeks before the minister rattled markets")
    return chunks


def _named_after_sector(items: list[Item], x: int) -> tuple[list[Mention], int]:
    """'pulled up rival pub operators Mitchells & Butlers and Enterprise Inns': the companies a
    sector phrase at item x introduces, and the index of the last; ([], x) if it names none."""
    if items[x].mention.kind != "sector":
        return [], x
    named: list[Mention] = []
    j = x + 1
    while j < len(items) and items[j].kind == "M" and items[j].mention.kind in ("ref", "candidate"):
        named.append(items[j].mention)
        if _code_after(items, j + 1):
            j += 1  # "tech companies Kestrel Corp. (KSTL), Osprey Computer Inc. (OSPR) and Finch": past the code
        if j + 2 < len(items) and items[j + 1].word(",", "and") and items[j + 2].kind == "M":
            j += 2
        elif j + 3 < len(items) and items[j + 1].word(",") and items[j + 2].word("and") and items[j + 3].kind == "M":
            j += 3
        else:
            break
    return named, (j if named else x)


def _subject_before_aside(items: list[Item], start: int, heading: bool) -> int:
    """'Developments at Piraeus Bank, with its share capital increase, dominated proceedings, leading the
    benchmark to losses': a clause that opens with its verb after an aside starts at its subject, before
    the aside (start unchanged otherwise)."""
    if not (start >= 3 and items[start - 1].word(",") and past_tense(items[start])):
        return start
    opening = next((x for x in range(start - 2, max(0, start - 12), -1) if items[x].word(",")), None)
    if opening is None or opening < 1:
        return start
    # "SBI, India's largest lender by assets, climbed 2.2%, driving the index higher": a name's appositive
    appositive = items[opening - 1].kind == "M" and (items[opening + 1].word("the", "a", "an", "its", "their") or (
        opening + 2 < start and items[opening + 2].low in ("'s", "’s"))) \
        and not any(predicate_at(items, x) for x in range(opening + 1, start - 1))
    if not (appositive or items[opening + 1].word("with", "which", "who", "including")):
        return start
    before = _clause_start(items, opening, heading)
    return before if before < opening else start


def _companies_moved(items: list[Item], x: int) -> tuple[list[Mention], int]:
    """'pushed IAG and Easyjet lower': the companies listed from item x when a direction word ends the
    list, and the index of the last; ([], x) otherwise (one object)."""
    named, j = [items[x].mention], x
    while j + 2 < len(items) and items[j + 1].word(",", "and") and items[j + 2].kind == "M" \
            and items[j + 2].mention.kind in ("ref", "candidate"):
        j += 2
        named.append(items[j].mention)
    if len(named) > 1 and j + 1 < len(items) and items[j + 1].word("lower", "higher", "down", "up"):
        return named, j
    return [], x


def _behind_the_verb(items: list[Item], j: int, text: str) -> list[RawCause]:
    """The causes a cue right after a cause verb's object gives for the same effect: 'X weighed
    on the market after A and B hit sentiment' (A and B are behind the weighing, so the market's)."""
    while j < len(items) and items[j].kind == "W" and items[j].low in ("lower", "higher", "down", "up"):
        j += 1
    found = cue_at(items, j) if j < len(items) else None
    if found is None or found[0] not in _BEHIND_CUES or temporal_end(items, j) is not None:
        return []
    return make_causes(items, cause_phrases(items, j + found[1], set()), found[0], [], text)


_BEHIND_CUES = frozenset({"after", "amid", "following", "as", "on"})


_PHRASE_PREPOSITIONS = ("in", "of", "at", "from", "for", "on", "over", "about", "with",
                        "like", "including",  # ("Retailers like Target and Kohl's led ...": one cause, its examples)
                        "between")  # ("a tariff spat between Washington and Ottawa hit copper": one)


def _heading_list(items: list[Item], start: int, end: int) -> list[tuple[int, int]]:
    """'Greek Vote, China Weigh on ...': a headline's comma list names two causes."""
    # (not inside a prepositional phrase: "Losses in Tencent and Meituan dragged ..." is one cause)
    # ("Bleak reports on manufacturing and car sales hurt stocks": one cause, its "and" after a preposition)
    first_of = next((x for x in range(start, end) if items[x].word(*_PHRASE_PREPOSITIONS)), end)
    cuts = [x for x in range(start, first_of) if items[x].word(",", "and")]
    bounds = [start - 1, *cuts, end]
    return [(a + 1, b) for a, b in zip(bounds, bounds[1:]) if b > a + 1]


def _passive(items: list[Item], text: str) -> list[RawCause]:
    """'The rise in the yen against the dollar was blamed on X', 'selling in the New York market
    was triggered by X'."""
    out: list[RawCause] = []
    for k in word_indices(items, MOVE_NOUNS):
        if not (k + 2 < len(items) and items[k + 1].word("in", "on")):
            continue
        m = k + 2 + (1 if items[k + 2].word("the") else 0)
        if m >= len(items) or items[m].kind != "M" or items[m].mention.kind not in W.EFFECT_KINDS | {"candidate"}:
            continue
        for x in range(m + 1, min(m + 7, len(items) - 1)):
            if items[x].word("was", "were", "is", "are") or _words(items, x, ("has", "been")):
                c = x + (2 if items[x].low == "has" else 1)
                found = cue_at(items, c) if c < len(items) else None
                if found is not None and found[0] not in ("as", "on", "after", "amid", "following", "upon"):
                    spans = cause_phrases(items, c + found[1], set())
                    for cause in make_causes(items, spans, found[0], [], text):
                        cause.subjects = [items[m].mention]
                        out.append(cause)
                break
    return out


def linked_causes(items: list[Item], moves: list[RawMove], text: str, heading: bool = False) -> list[RawCause]:
    """Causes of figure-less market moves named in the sentence (effects in ``subjects``)."""
    moved = {id(m.subject) for m in moves}
    # a mention inside a move's subject moved with it: "The retailer's shares fell" (a sector word in a description)
    spans = [(m.subject.start_char, m.subject.end_char) for m in moves]
    if spans:  # (most sentences state no move)
        moved |= {id(m) for k in mention_indices(items) if id(m := items[k].mention) not in moved
                  and any(a < m.end_char and m.start_char < b for a, b in spans)}
    # "Basic resources stocks took a hit on the back of X, closing down 6.4 percent": moved in a participle after a comma
    # or in a second predicate after "and": "took a late-session fall after X and ended 0.7 percent lower"
    later = {id(m.subject) for m in moves if m.verb_start > 0 and (
        items[m.verb_start - 1].word(",") and items[m.verb_start].low.endswith("ing")
        or items[m.verb_start - 1].word("and") and m.subject.start_char < items[m.verb_start - 1].start_char)}
    return _bare_effects(items, moved, text, heading, later) + _cause_first(items, text, heading) + _passive(items, text) \
        + _lead_followed(items, text) + _biggest_drag(items, text)


_DRAG_NOUNS = frozenset({"drag", "drags", "boost", "boosts", "contributor", "contributors", "support", "weight",
                         "weights", "driver", "drivers"})
#: the words before a drag noun that make it a ranking's: "the biggest drag on", "the top two contributors to", "Key
#: negative contributors to"
_DRAG_RANKS = RANKING_ADJECTIVES | {"key", "primary", "principal"}
_DRAG_FILLERS = frozenset({"two", "three", "four", "five", "single", "negative", "positive", "point"})
#: the move nouns of "the biggest contributors to the decline", "to the index's upward movement"
_DRAGGED_MOVES = W.BACK_SUBJECTS | {"movement"}
#: the plural heads of a drag's subject phrase that names a group of companies: "Petronas-linked companies"
_GROUP_NOUNS = frozenset(d[:-1] + "ies" if d.endswith("y") else d + "s" for d in DESCRIPTORS) | {"stocks", "names",
                                                                                                   "counters"}
_DAY_WORDS = frozenset({"day's", "session's", "monday's", "tuesday's", "wednesday's", "thursday's", "friday's",
                        "today's"})


def _dragged_move(items: list[Item], n: int) -> tuple[Mention, int] | None:
    """The story's index as a drag noun's object that names no index: "to the decline", "to the day's gain", "to
    the index's upward movement", "to the index", "of Wednesday's rise" (and the index after it)."""
    x = n + 1 if n < len(items) and items[n].word("the") else n
    first = x
    if x < len(items) and items[x].low in _DAY_WORDS:
        x += 1
    elif x + 1 < len(items) and items[x].low + "'s" in _DAY_WORDS and items[x + 1].word("'s", "’s"):
        x += 2  # ("Wednesday" and "'s" are two tokens)
    elif x + 1 < len(items) and items[x].low in ("index", "market", "benchmark") and items[x + 1].word("'s", "’s"):
        x += 2
    elif x < len(items) and items[x].low in ("index's", "market's", "benchmark's"):
        x += 1
    elif x < len(items) and items[x].low in ("index", "benchmark") and x > first:
        return Mention(items[first].start, items[x].end, "market", items[x].text, items[first].start_char,
                       items[x].end_char, extra={"head": "index", "story_index": True}), x + 1
    if x < len(items) and items[x].low in ("upward", "downward", "weekly", "daily", "overall"):
        x += 1
    if x + 1 < len(items) and items[x].low in ("index", "market", "benchmark") and items[x + 1].low in _DRAGGED_MOVES:
        x += 1  # the Qatar Tribune's "the primary contributors to the weekly index rise"
    if x >= len(items) or x == n or items[x].kind != "W" or items[x].low not in _DRAGGED_MOVES:
        return None
    if x + 1 < len(items) and items[x + 1].word("in", "of"):
        return None  # "the biggest contributors to the rise in oil prices": another thing's move
    return Mention(items[first].start, items[x].end, "market", " ".join(it.text for it in items[first:x + 1]),
                   items[first].start_char, items[x].end_char,
                   extra={"head": "index", "story_index": True, "side": _drag_side(items, x)}), x + 1


_DRAG_UPS = W.UP_WORDS | {"upward"}


def _drag_side(items: list[Item], x: int) -> str | None:
    """The way the move noun at item x (or the word before it) says the index went: "the day's losses" down."""
    for it in (items[x], items[x - 1]):
        if it.low in _DRAG_UPS:
            return "up"
        if it.low in _DRAGGED_MOVES or it.low == "downward":
            return "down" if it.low not in ("movement", "move", "moves", "movements") else None
    return None


def _drag_effect(items: list[Item], n: int) -> tuple[Mention, int] | None:
    """The index or market after a drag noun's preposition, named or the story's."""
    named = n + (1 if n < len(items) and items[n].word("the") else 0)
    if named < len(items) and items[named].kind == "M" and (items[named].mention.kind in ("market", "place") or (
            items[named].mention.entity_id or "").startswith(("idx-", "market-"))):
        v = named + 1
        if v + 1 < len(items) and items[v].word("'s", "’s"):  # "to the index's upward movement", "to the Dow's loss"
            v += 2 if items[v + 1].low in ("upward", "downward") else 1
            v += 1 if v < len(items) and items[v].low in _DRAGGED_MOVES else 0
        m = items[named].mention
        if m.kind == "market" and m.region is None and m.text.lower() in ("index", "benchmark", "gauge"):
            # "Main negative contributors to the index": the story's index
            side = _drag_side(items, v - 1) if v - 1 > named else None
            return Mention(m.start, m.end, "market", m.text, m.start_char, m.end_char,
                           extra={"head": "index", "story_index": True, "side": side}), v
        return m, v
    return _dragged_move(items, n)


def _listed_causes(items: list[Item], x: int, text: str, cue: str, effect: Mention) -> list[RawCause]:
    """One cause for each company of the "A, B and C" list that starts at item x ("Key contributors to the index's
    decline included FFC, EFERT and ENGRO", as "led by A, B and C" gives one for each)."""
    out = []
    while x < len(items) and items[x].kind == "M" and items[x].mention.kind in ("ref", "candidate", "sector") \
            and not (items[x].mention.entity_id or "").startswith(("idx-", "market-")):
        cause = RawCause([], items[x].text, cue, items[x].start_char, items[x].end_char, items[x])
        cause.subjects = [effect]
        out.append(cause)
        x += 1
        if x + 1 < len(items) and items[x].word("(") and (y := next((y for y in range(x + 1, min(x + 6, len(items)))
                                                                 if items[y].word(")")), None)) is not None:
            x = y + 1  # "Fertilizer (-261.85 points) and Cement (-95.49 points)"
        if x + 1 < len(items) and items[x].word(",") and items[x + 1].word("and"):
            x += 2
        elif x < len(items) and items[x].word(",", "and"):
            x += 1
        else:
            break
    return out


def _biggest_drag(items: list[Item], text: str) -> list[RawCause]:
    """'The biggest drag on the STOXX 600 was Novartis', 'the largest boost to the Nikkei came from
    Fast Retailing', 'VIC and VRE were the top two contributors to the day's gain', 'Key contributors to the index's
    decline included Fertilizer and Cement': the names are causes of the index's move."""
    out: list[RawCause] = []
    for k in word_indices(items, _DRAG_NOUNS):
        r = k - 1
        while r >= 0 and r >= k - 3 and items[r].kind == "W" and items[r].low in _DRAG_FILLERS:
            r -= 1
        if r >= 0 and items[r].kind == "W" and items[r].low in _DRAG_RANKS:
            ranked = r
        elif r >= 1 and r == k - 1 and items[r].word("a") and items[k].low in ("contributor", "driver") \
                and items[r - 1].word("as"):
            ranked = r + 1  # "Petronas-linked companies also emerged as a contributor to the index's rise"
        else:
            continue
        n = k + 1
        if not (n + 1 < len(items) and items[n].word("on", "to", "for", "of")):
            continue
        if items[n].word("of") and items[k].low not in ("driver", "drivers"):
            continue
        # (a driver is the day's move's only: "FIIs, the major drivers of the market who took the Sensex to 7,000")
        found = _dragged_move(items, n + 1) if items[k].low in ("driver", "drivers") else _drag_effect(items, n + 1)
        if found is None:
            continue
        effect, v = found
        cue = items[k].low if ranked == k else f"{items[ranked].low} {items[k].low}"
        opener = ranked - 1 if ranked >= 1 and items[ranked - 1].word("the", "a") else ranked
        subject_end = opener - 1
        if subject_end >= 1 and items[subject_end].word("as") and items[subject_end - 1].word("emerged"):
            subject_end -= 2 + (1 if subject_end >= 3 and items[subject_end - 2].word("also") else 0)
        elif subject_end >= 1 and items[subject_end].word("was", "were") and items[subject_end - 1].word("also"):
            subject_end -= 2
        elif subject_end >= 0 and items[subject_end].word("was", "were", "provided", "proved", "became", "remained"):
            subject_end -= 1  # (and "Developers provided the largest drag on X", "proved the largest boost to")
        else:
            subject_end = -1
        if subject_end >= 0 and (items[subject_end].kind == "M" or items[subject_end].word(")")):
            # the Chicago Tribune's "Johnson & Johnson, Pfizer and Merck were the biggest contributors to the Dow's
            # loss": the subject's list, whole (as the genre's annotators keep a leading list)
            listed = _names_listed_before(items, subject_end) or (
                [subject_end] if items[subject_end].kind == "M" and items[subject_end].mention.kind == "sector" else [])
            if listed:
                first, last = items[listed[0]], items[listed[-1]]
                cause = RawCause([], text[first.start_char:last.end_char], cue, first.start_char, last.end_char, first)
                cause.subjects = [effect]
                out.append(cause)
            continue
        if subject_end >= 0 and items[subject_end].kind == "W" and items[subject_end].low in _GROUP_NOUNS:
            # the Malay Mail's "Petronas-linked companies also emerged as a contributor to the index's rise", Apple
            # Daily's "Mainland Chinese tech giants were the main drivers of Wednesday's rise": the subject's phrase
            start = subject_end
            while start >= 1 and subject_end - start < 5 and not items[start - 1].word(",", ";", "the"):
                start -= 1
            first, last = items[start], items[subject_end]
            cause = RawCause([], text[first.start_char:last.end_char], cue, first.start_char, last.end_char, first)
            cause.subjects = [effect]
            out.append(cause)
            continue
        if opener >= 2 and items[opener].word("the") and items[opener - 1].word(","):
            # Reuters' "Tencent Holdings shed 3.1 percent, the biggest drag on Hong Kong's benchmark index": the
            # clause's subject, apposed its role
            mover = next((it for it in items[:opener - 1] if it.kind == "M"), None)
            if mover is not None and mover.mention.kind in ("ref", "candidate") \
                    and not (mover.mention.entity_id or "").startswith(("idx-", "market-")):
                end = items[opener - 2].end_char  # the clause up to its comma: "Tencent Holdings shed 3.1 percent"
                cause = RawCause([], text[mover.start_char:end], cue, mover.start_char, end, mover)
                cause.subjects = [effect]
                out.append(cause)
            continue
        if v < len(items) and items[v].word("included", "include", "includes", "were"):
            out += _listed_causes(items, v + 1, text, cue, effect)
            continue
        verb = ("came", "from") if words_at(items, v, ("came", "from")) else ("was",) if items[v: v + 1] and \
            items[v].word("was", "were") else None
        if verb is None or v + len(verb) >= len(items) or items[v + len(verb)].kind != "M":
            continue
        cause_item = items[v + len(verb)]
        cause = RawCause([], cause_item.text, cue, cause_item.start_char, cause_item.end_char, cause_item)
        cause.subjects = [effect]
        out.append(cause)
    return out


def _names_listed_before(items: list[Item], x: int) -> list[int]:
    """The items of the companies of an "A, B and C" list that ends at item x, in order (none if x is no company)."""
    found: list[int] = []
    if x >= 2 and items[x].word(")") and (o := next((y for y in range(x - 1, max(-1, x - 6), -1) if items[y].word("(")),
                                                   None)) is not None:
        x = o - 1  # "VIC (+1.5%) and its subsidiary VRE (+2.8%) were the top two contributors"
    while x >= 0 and items[x].kind == "M" and items[x].mention.kind in ("ref", "candidate") \
            and not (items[x].mention.entity_id or "").startswith(("idx-", "market-")):
        found.append(x)
        y = x - 1
        while y >= 2 and y >= x - 3 and items[y].kind == "W" and items[y].text.islower() \
                and not items[y].word("and", ",", "the"):
            y -= 1  # "and its subsidiary VRE": a description before the next name
        if y < x - 1 and not items[y].word("and", ","):
            break
        if y >= 3 and items[y].word("and") and items[y - 1].word(","):
            x = y - 2
        elif y >= 1 and items[y].word(",", "and"):
            x = y - 1
        else:
            break
        if x >= 2 and items[x].word(")") and (o := next((z for z in range(x - 1, max(-1, x - 6), -1)
                                                         if items[z].word("(")), None)) is not None:
            x = o - 1
    return found[::-1]


_FOLLOW_VERBS = frozenset({"followed", "following", "follows", "tracked", "tracking", "took"})


def _lead_followed(items: list[Item], text: str) -> list[RawCause]:
    """'European markets followed Asia's lead', 'Tokyo stocks took their lead from Wall Street's
    rally': the market whose lead was followed is the cause."""
    out: list[RawCause] = []
    for k in word_indices(items, _FOLLOW_VERBS):
        c = k + 1
        if items[k].low == "took":
            if not (words_at(items, c, ("their", "lead", "from")) or words_at(items, c, ("its", "lead", "from"))):
                continue
            c += 3
            end = c + 1
            while end < len(items) and not items[end].word(",", ".", ";") and end - c < 6:
                end += 1
        else:
            x = c  # "Asia's lead", "Wall Street's lead": a name, tagged or not
            while x < len(items) and x - c < 3 and (items[x].kind == "M" or items[x].text[:1].isupper()):
                x += 1
            if c < x and x + 1 < len(items) and items[x].low in ("'s", "’s") and items[x + 1].word("lead"):
                end = x + 2
            else:
                # "followed Australia down", "followed commodity prices lower": what it went down with
                end = next((y for y in range(c + 1, min(c + 5, len(items))) if items[y].kind == "W"
                            and items[y].low in ("lower", "higher", "down", "up")), None)
                if end is None or items[c].word("suit") or any(
                        it.kind == "Q" or it.word(",", "the") and n == 0 or it.low in W.CLAUSE_END
                        for n, it in enumerate(items[c:end])):
                    continue  # (not "followed suit, closing down": the same move, no lead)
        if c >= len(items) or k < 1:
            continue
        subjects = _followers(items, k)
        if not subjects:
            continue
        s, e = items[c].start_char, items[end - 1].end_char
        cause = RawCause([], text[s:e], "followed", s, e, items[c])
        cause.subjects = subjects
        out.append(cause)
    return out


def _followers(items: list[Item], k: int) -> list[Mention]:
    """The market or companies before a follow verb at k: 'European markets followed', 'The local
    market followed', 'Petroleo Brasileiro and miner Vale followed'."""
    if _subject_slot(items, k - 1):
        return [items[k - 1].mention]
    for n in (3, 2):
        generic = generic_market(items, k - n) if k >= n else None
        if generic is not None and generic[1] == k and (k == n or items[k - n - 1].kind == "W"
                                                        and items[k - n - 1].low in W.SUBJECT_BEFORE):
            return [generic[0]]
    if k >= 1 and items[k - 1].kind == "M" and items[k - 1].mention.kind in ("ref", "candidate"):
        named = [items[k - 1].mention]
        j = k - 2
        while j >= 1 and items[j].kind == "W" and items[j].low.isalpha() and items[j].low == items[j].text \
                and items[j].low not in ("and", "or") and k - j < 4:
            j -= 1  # "and miner Vale SA": a description before the name
        while j >= 1 and items[j].word("and", ",") and items[j - 1].kind == "M" \
                and items[j - 1].mention.kind in ("ref", "candidate"):
            named.insert(0, items[j - 1].mention)
            j -= 2
        return named
    return []
