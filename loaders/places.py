"""Places and market phrases: the words that name a market by where it trades.

A market is named three ways in the genre: by a place ("In Australia, stocks fell",
"indexes in London, Frankfurt and Paris", "the Oslo stock exchange"), by a phrase
around a market head ("Hong Kong stocks", "Asian markets", "Thailand's stock market",
"Stock prices in Tokyo", "stock markets across the world") and by a name of its own
("Wall Street"). The place words are data (``ontology/data/markets.csv``); this module
only finds them. It returns plain spans; :mod:`marketkg.loaders.mentions` turns them
into mentions:

* a market phrase, or a market name standing alone, is a ``market`` mention;
* a country or city standing alone is a ``place`` mention: only a candidate, since
  "exports to China rose 5%" is no market move. Its ``extra["market_slot"]`` says
  whether it stands where a market can (:func:`in_market_slot`); the move rules
  decide. Both kinds carry the ``region`` they name.

A place is no mention when it is part of a longer name ("New York Times", "Bank of
Japan", "Tokyo Electron", "North Korea") or a possessive modifier ("Japan's exports").
Before an index name, a possessive place joins the index mention ("Seoul's Kospi",
"Japan's benchmark Nikkei"): the entity is the index, and a list of such names reads as
one list. An index mention also takes the words after it that belong to its name
("Nikkei index", "Dow Jones Industrial Index"), so its aliases carry the article's form;
an index name that starts another name ("Dow Chemical", "Nikkei Asia") is no index.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from marketkg.loaders.dates import MONTHS, WEEKDAYS
from marketkg.loaders.lexicon import (
    BE_HAVE, BUSINESS_NOUNS, CORPORATE_TAILS, DOWN_VERBS, UP_VERBS, INDEX_TAIL_HEADS, INDEX_TAIL_MODIFIERS,
    MARKET_COMPOUND_NEXT, MARKET_HEADS, MARKET_HEADS_AFTER,
    MARKET_HEADS_ALONE, MARKET_MODIFIERS, MARKET_ONLY_MODIFIERS, MARKET_SLOT_NOUNS, MARKET_WORLD_WORDS,
    NAME_HEADS_BEFORE_OF, excepting_at,
)
from marketkg.loaders.sentences import sentence_bounds
from marketkg.loaders.token_table import TokenTable, table_view, token_table
from marketkg.ontology.reference import ReferenceData

__all__ = ["INDEX_PREFIX_WORDS", "OPENING_PLACE_ADVERBS", "Place", "MarketSpan", "place_matcher", "filter_matches",
           "find_places", "market_phrase", "place_role", "list_starts", "in_market_slot", "index_tail",
           "index_inside_name", "index_place_prefix"]

_POSSESSIVE = frozenset({"'s", "’s"})
#: participles that describe a market's mood, read as its modifiers right after a place's possessive only
_MOOD_PARTICIPLES = frozenset({"rattled", "battered", "bruised", "troubled", "shaken", "spooked"})
#: the word before "index" in an economic indicator's name: "consumer price index", "purchasing managers' index"
_MACRO_INDEX_WORDS = frozenset({"price", "prices", "managers", "managers'", "manager", "confidence", "sentiment",
                                "activity", "production", "diffusion", "conditions", "leading", "coincident",
                                "misery", "wage", "cost", "cpi", "ppi", "pmi",
                                # the ISM's "its manufacturing index rose to 60.8%", "the services index"
                                "manufacturing", "services", "nonmanufacturing", "non-manufacturing", "employment",
                                "inflation", "housing", "purchasing"})
_LIST_LINKS = frozenset({",", "and", "or", "&"})
_MAX_MODIFIERS = 12  # a market phrase's words before its head: "Japan's main stock market index" needs 5


@dataclass(frozen=True, slots=True)
class Place:
    """A place word in a sentence: tokens start..end name ``region`` in ``role``."""

    start: int
    end: int
    region: str
    role: str  # name (Wall Street), place (Japan, Tokyo) or adjective (Japanese)
    text: str


@dataclass(slots=True)
class MarketSpan:
    """A market phrase found: tokens start..end, the region it names, what it is built on."""

    start: int
    end: int
    region: str | None
    head: str
    places: tuple[str, ...] = ()
    regional: bool = False
    extra: dict = field(default_factory=dict)


def place_matcher(nlp: Language, ref: ReferenceData) -> PhraseMatcher:
    """A case-sensitive matcher of every place form (and its capitalised form, for headings; in capitals too, for
    Reuters' closing tables, "SAUDI ARABIA down 0.4%", and AFP's leads, "ASIAN stocks plunged Tuesday")."""
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    by_label: dict[str, list[str]] = {}
    for form, (region, role) in sorted(ref.place_forms.items()):
        capitals = (form.upper(),) if len(form) > 3 and form[:1].isupper() else ()
        for variant in dict.fromkeys((form, form[:1].upper() + form[1:], *capitals)):
            by_label.setdefault(f"{region}|{role}", []).append(variant)
    for label, forms in by_label.items():
        matcher.add(label, list(nlp.tokenizer.pipe(forms)))
    return matcher


def filter_matches(matches: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """spaCy's ``filter_spans`` on (label, start, end) tuples: the longest match first (the
    first given of equal ones), no two sharing a token, in order of start.

    >>> filter_matches([("a", 1, 3), ("b", 1, 4), ("c", 3, 5), ("d", 5, 6)])
    [('b', 1, 4), ('d', 5, 6)]
    """
    result = []
    seen: set[int] = set()
    for m in sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True):
        if m[1] not in seen and m[2] - 1 not in seen:
            result.append(m)
            seen.update(range(m[1], m[2]))
    return sorted(result, key=lambda m: m[1])


def find_places(doc: Doc, matches: list[tuple[str, int, int]], taken: set[int]) -> list[Place]:
    """Place matches (label, start, end) of :func:`place_matcher` run over ``doc``, filtered as
    spaCy's ``filter_spans`` would, that no reference name holds."""
    table = token_table(doc)
    out = []
    for label, start, end in filter_matches(matches):
        if any(t in taken for t in range(start, end)):
            continue  # "Hang Seng Bank", "Tokyo Electron": the reference data name them
        if end + 1 < len(table.text) and table.text[end] == "&" and table.text[end + 1][:1].isupper():
            continue  # "Australia & New Zealand Banking Group": a company's name
        text = table.doc_text[table.idx[start]:table.end_char(end - 1)]
        if len(text) > 3 and text.isupper() and "." not in text \
                and not (end < len(table.text) and table.text[end].islower()):
            continue  # a dateline's "SINGAPORE -", "TOKYO (AP) —": a closing table's "OMAN lost 0.2%" is a market
        region, role = label.split("|")
        out.append(Place(start, end, region, role, text))
    return out


def _name_word(table: TokenTable, i: int, sent_starts: set[int]) -> bool:
    """Whether token i (of the table's doc) is a capitalised word that opens no sentence, or a word in camel case
    that does ("RailWorks America shares fell": a name, as no English word is written so)."""
    text = table.text[i]
    return text[:1].isupper() and table.is_alpha[i] and (i not in sent_starts or _camel_case(text))


def _camel_case(text: str) -> bool:
    """"RailWorks", "JetBlue", "PetroChina" (not "USA", "Apple")."""
    return len(text) > 3 and text[1:].lower() != text[1:] and text[1:].upper() != text[1:] and text.isalpha()


#: day and month names: after a place or an index they continue no name ("on Wall Street Tuesday")
_DAY_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
#: capitalised words after a place in a title-case heading that do not continue a name: "Wall Street Higher"
_HEADLINE_PREDICATES = UP_VERBS | DOWN_VERBS | frozenset("""
close closes closed end ends ended open opens opened mixed flat steady extends extend hits hit posts post sees see
edges edge""".split()) | BE_HAVE  # ("Dow Is Down 2% As Banks Slide")


#: capitalised words before a place that do not make it part of a longer name ("In Tokyo", "But Seoul")
_PLACE_LEADS = frozenset("""
in at from on across throughout the and but while meanwhile elsewhere for by with to of as markets stocks shares
""".split())


#: the words after a market's own name that make it a company's ("Bursa Malaysia Bhd", "JSE Ltd", "B3 SA")
_CORPORATE_TAILS = CORPORATE_TAILS | {"limited", "sa", "s.a.", "ag", "nv", "group", "holdings", "securities"}


def place_role(doc: Doc, place: Place, sent_starts: set[int]) -> str:
    """How a place word stands: ``alone`` (a mention of its own), ``name`` (inside a longer
    name: "New York Times", "Bank of Japan", "North Korea", "Tokyo Electron") or ``modifier``
    (an adjective, or a possessive: "Japan's exports", "Seoul's Kospi")."""
    t = token_table(doc)
    texts, lows = t.text, t.lower
    nxt = place.end if place.end < len(doc) else None
    if nxt is not None and _name_word(t, nxt, sent_starts) and lows[nxt] not in _HEADLINE_PREDICATES \
            and lows[nxt] not in _DAY_WORDS:  # "on Wall Street Tuesday" is no longer name
        return "name"
    if nxt is not None and place.role == "name" and lows[nxt] in _CORPORATE_TAILS:
        return "name"  # review 76's "Shares in Bursa Malaysia Bhd rose", "ASX Ltd": the exchange's listed operator
    if nxt is not None and texts[nxt] == "-" and nxt + 1 < len(doc) and not t.ws[nxt - 1] and not t.ws[nxt] \
            and texts[nxt + 1][:1].isupper() and texts[nxt + 1][1:].islower():
        return "name"  # "Toronto-Dominion Bank" ("Hong Kong-listed shares": the place's modifier)
    prev = place.start - 1 if place.start > 0 else None
    if prev is not None and texts[prev][:1].isupper() and t.is_alpha[prev] and lows[prev] not in _PLACE_LEADS:
        return "name"
    if prev is not None and lows[prev] == "of" and prev > 0 and _name_word(t, prev - 1, sent_starts):
        return "name"
    if place.role == "adjective" or nxt is not None and (texts[nxt] in _POSSESSIVE
                                                         or texts[nxt] in {"-", "–"} and not t.ws[nxt - 1]):
        return "modifier"  # "Japan's exports", "Hong Kong-listed shares" (not a roundup's label: "Qatar - The index")
    if prev is not None and texts[prev] in _POSSESSIVE:
        # "Xiaomi's Hong Kong shares"; but a market's own name after its country's possessive stands alone: review
        # 76's "Australia's ASX fell", "Vietnam's HoSE" (the mention takes the country in)
        return "alone" if place.role == "name" and prev >= 1 and texts[prev - 1][:1].isupper() else "modifier"
    return "alone"


_CLAUSE_START = frozenset({",", ";", ":", "and", "but", "while", "whereas", "-", "--", "—", "–", "(", "meanwhile",
                           "elsewhere", "also", "with"})


def list_starts(doc: Doc, places: list[Place]) -> dict[int, int]:
    """For each place, the first token of the list it stands in ("London, Frankfurt and
    Paris"): one pass, so a long list costs no more than its length."""
    out: dict[int, int] = {}
    prev: Place | None = None
    lows = token_table(doc).lower
    for p in sorted(places, key=lambda p: p.start):
        linked = (prev is not None and prev.role != "adjective" and p.role != "adjective" and prev.end == p.start - 1
                  and lows[p.start - 1] in _LIST_LINKS)
        out[p.start] = out[prev.start] if linked else p.start
        prev = p
    return out


def in_market_slot(doc: Doc, start: int, sent_starts: set[int]) -> bool:
    """Whether a place whose list starts at token ``start`` is where a market can be: a
    clause's subject ("Tokyo fell", "Seoul and Taipei rose"), an opening "In Australia, ..."
    or "in" after a market word ("indexes in London, Frankfurt and Paris", "losses in
    Seoul"); not "exports to China", "bookings to Japan", "sales in Japan"."""
    k = start
    if k == 0 or k in sent_starts:
        return True
    lows = token_table(doc).lower
    prev = lows[k - 1]
    if prev in ("both", "all") and k >= 2 and lows[k - 2] in ("in", "across"):
        k, prev = k - 1, lows[k - 2]  # "the indexes in both Hong Kong and Sydney closed 1.8% higher"
    if prev in {"in", "across"}:
        return (k - 1) in sent_starts or k - 1 == 0 or lows[k - 2] in MARKET_SLOT_NOUNS \
            or lows[k - 2] in OPENING_PLACE_ADVERBS and (k - 2 == 0 or k - 2 in sent_starts)  # "Elsewhere in Europe,"
    if (e := excepting_at(lows, k)) is not None:
        if e in sent_starts or e == 0:  # "Apart from Tokyo, which rose 0.5 percent, Asian markets ended lower"
            return any(w in _EXCEPTED_FROM or w == "markets" for w in lows[k:k + 14])
        # "Most bourses in the region slid, except Madrid, which ended 0.4% higher" (not "Car sales fell in every market
        # except India", "Home prices fell in most markets except Sydney", "Yields fell in most markets except Japan")
        before = lows[max(0, e - 9):e]
        return any(w in _EXCEPTED_FROM or w == "markets" for w in before) \
            and not any(w in BUSINESS_NOUNS or w in _NOT_STOCK_MEASURES for w in before)
    return prev in _CLAUSE_START or prev == "the" and (k - 1 in sent_starts or k - 1 == 0)


#: adverbs that may open a sentence before its opening place: "Elsewhere in Europe, London gained 0.4%"
OPENING_PLACE_ADVERBS = frozenset({"elsewhere", "meanwhile", "also", "over", "and", "but"})
#: the words of stock markets a place is excepted from: "Most bourses slid, except Madrid"
_EXCEPTED_FROM = frozenset({"bourses", "indices", "indexes", "exchanges", "benchmarks", "equities", "stocks", "shares"})
#: what else a place's markets measure: "Home prices fell in most markets except Sydney"
_NOT_STOCK_MEASURES = frozenset({"prices", "yields", "currencies", "bonds", "rates", "property", "housing", "home",
                                 "homes"})


#: words between a possessive place and its index: "Japan's benchmark Nikkei", "China's blue-chip CSI300"
INDEX_PREFIX_WORDS = frozenset({"benchmark", "main", "key", "broader", "broad", "blue-chip", "leading", "primary",
                                 "flagship", "headline", "tech-heavy", "wider"})


#: words before "Frankfurt DAX" / "German DAX" that make the place word part of the index's name
_BEFORE_PLACED_INDEX = frozenset({"the", "benchmark", "main", "key", "blue-chip", "and", ","})


def index_place_prefix(doc: Doc, start: int, place_end_at: dict[int, Place]) -> int:
    """The start of an index name with its possessive place ("Seoul's Kospi", "Japan's
    benchmark Nikkei"), so a list of such names reads as one list ("Taiwan's TSEC and
    Mumbai's Sensex"); ``start`` itself when there is none. The entity is the index."""
    k = start
    t = token_table(doc)
    while k > 0 and t.lower[k - 1] in INDEX_PREFIX_WORDS and start - k < 3:
        k -= 1
    if k > 0 and t.text[k - 1] in _POSSESSIVE:
        place = place_end_at.get(k - 1)
        if place is not None and place.role != "adjective":
            return place.start
    place = place_end_at.get(start) if k == start else None
    if place is not None and place.start > 0 and t.lower[place.start - 1] in _BEFORE_PLACED_INDEX:
        # "the Frankfurt DAX", "the benchmark German DAX and French CAC": the place's word is part of the index's name
        return place.start
    return start


def index_tail(doc: Doc, end: int, taken: set[int]) -> int:
    """The end of an index name extended over a trailing "index", "average", "stock index",
    "composite index" that belongs to it ("Nikkei index", "Dow Jones Industrial Index")."""
    k = end
    lows = token_table(doc).lower
    if k + 3 < len(doc) and lows[k] == "blue" and lows[k + 1] == "-" and lows[k + 2] == "chip" \
            and lows[k + 3] in INDEX_TAIL_HEADS and not taken.intersection(range(k, k + 4)):
        return k + 4  # "Britain's FTSE 100 blue-chip index added 0.6%": the index's epithet, then its head
    while k < len(doc) and k not in taken and lows[k] in INDEX_TAIL_MODIFIERS and k - end < 3:
        k += 1
    if k < len(doc) and k not in taken and lows[k] in INDEX_TAIL_HEADS:
        return k + 1
    if k == end and k + 2 < len(doc) and lows[k] == "sub" and lows[k + 1] == "-" and lows[k + 2] == "index" \
            and not taken.intersection(range(k, k + 3)) \
            and not (k + 3 < len(doc) and lows[k + 3] in ("of", "for", "tracking", "covering", "measuring")):
        # (not review 92's "The Topix sub-index of banks rose 2.1%": the sector's sub-index, named after it)
        return k + 3  # "The Bank Nifty sub-index slid 2.2 percent on Monday"
    if k > end and lows[k - 1] in INDEX_TAIL_HEADS:
        return k  # "the tech-heavy Nasdaq Composite fell": the alias matched was "tech-heavy Nasdaq"
    return end


#: capitalised words after an index name that do not make it another name
_NOT_A_NAME_AFTER = frozenset("""
futures index average composite on in at for to as after amid and or of the with from by but while
""".split()) | _DAY_WORDS


def _title_case(table: TokenTable, doc: Doc, i: int) -> bool:
    """Whether the sentence of token i (of the table's ``doc``) is a title-case heading."""
    start, end = sentence_bounds(doc, i)
    words = [w for w, alpha in zip(table.text[start:end], table.is_alpha[start:end]) if alpha and len(w) > 3]
    if len(words) < 4 or sum(w[:1].isupper() for w in words) < 0.8 * len(words):
        return False
    # a sentence of names still has its verb in lower case ("Shares of Anglo American Platinum rose 0.91%",
    # "Impala Platinum was 9.81% up"); a heading capitalises it ("Hang Seng Index Falls as Tech Stocks Slide")
    return not any(w in _SENTENCE_VERBS for w in table.text[start:end])


#: lower-case verbs that make a run of capitalised words a sentence, not a title-case heading
_SENTENCE_VERBS = (UP_VERBS | DOWN_VERBS | frozenset({"was", "were", "is", "are", "has", "have", "had", "closed",
                                                      "ended", "finished"})) - frozenset({"up", "down", "off"})


def index_inside_name(doc: Doc, end: int, sent_starts: set[int]) -> bool:
    """Whether an index name is the start of another name: "Dow Chemical", "Nikkei Asia",
    "S&P Global", "Nifty Bank" (a sector index). Not in a title-case heading, where every
    word is capitalised ("Nikkei Hits Record High")."""
    if end >= len(doc):
        return False
    t = token_table(doc)
    if not _name_word(t, end, sent_starts) or t.lower[end] in _HEADLINE_PREDICATES or t.lower[end] in _NOT_A_NAME_AFTER:
        return False
    return not _title_case(t, doc, end)


def _is_head(lows: list[str], i: int) -> bool:
    low = lows[i]
    if low in MARKET_HEADS:
        return True
    if low in _CHIPS:
        return _blue_before(lows, i) is not None  # "Hong Kong blue chips sank to new lows"
    before = MARKET_HEADS_AFTER.get(low)
    return before is not None and (not before or i > 0 and lows[i - 1] in before)


def _post_places(lows: list[str], i: int, place_at: dict[int, Place]) -> tuple[list[Place], int, bool]:
    """Places after a head ("Shares in Taipei", "indexes in London, Frankfurt and Paris",
    "stock markets across the world"): (places, end of the phrase, names the world)."""
    k = i + 1
    n = len(lows)
    if k + 1 < n and lows[k] == "elsewhere" and lows[k + 1] in {"in", "across"}:
        k += 1  # Reuters' "Shares elsewhere in Asia rose on the back of X"
    if k >= n or lows[k] not in {"in", "across", "around", "throughout"} and not (
            lows[k] == "for" and lows[i] in ("benchmark", "index")):  # AP's "The benchmark for Italy ... fell 11%"
        return [], i + 1, False
    k += 1
    if k < n and lows[k] == "the":
        if k + 1 < n and lows[k + 1] in MARKET_WORLD_WORDS:
            return [], k + 2, True
        k += 1
    found: list[Place] = []
    while k in place_at and place_at[k].start == k and place_at[k].role != "adjective":
        if place_at[k].end < n and (lows[place_at[k].end] in ("'s", "\u2019s")
                                    or place_at[k].role == "name" and lows[place_at[k].end] in _CORPORATE_TAILS):
            break  # "Shares in Germany's Metro": the place owns the company, no market of its own; "Shares in Bursa
            # Malaysia Bhd": the exchange's operator
        found.append(place_at[k])
        k = place_at[k].end
        while k < n and lows[k] in _LIST_LINKS:
            k += 1
        if not (k in place_at and place_at[k].start == k):
            break
    end = found[-1].end if found else i + 1
    if found and end < n and lows[end] in ("region", "area"):
        end += 1  # "Share prices in the Asia-Pacific region"
    return found, end, False


def _in_place_comma(lows: list[str], j: int, place_at: dict[int, Place], sent_starts: set[int]) -> Place | None:
    """The place of an opening "In Singapore, stocks ..." ("Across Asia, shares ...", "On Wall Street, stocks ...")
    before token j; without the comma only before "the" and at the sentence's start ("In Abu Dhabi the index added
    0.2%")."""
    if j < 2 or lows[j - 1] not in (",", "the"):
        return None
    place = place_at.get(j - 2)
    if place is None or place.role == "adjective" or place.end != j - 1 or place.start == 0:
        return None
    if lows[j - 1] == "the" and place.start - 1 not in sent_starts:
        return None
    if lows[place.start - 1] == "on" and place.role == "name":
        # AP's "On Wall Street, stocks slid as ...": the market's own name (not "stocks of banks": a sector's)
        return None if j + 1 < len(lows) and lows[j + 1] in ("of", "in") else place
    return place if lows[place.start - 1] in {"in", "across"} else None


def _place_of_the_market(lows: list[str], i: int, j: int, place_at: dict[int, Place],
                         sent_starts: set[int]) -> Place | None:
    """'Trading was suspended in South Korea as the market dropped 6%': "the market" after the one
    place its sentence is 'in' is that place's market."""
    if lows[i] != "market" or not (lows[j] == "the" or j > 0 and lows[j - 1] == "the"):
        return None
    found: list[Place] = []
    k = j - 1
    while k >= 0:
        place = place_at.get(k)
        if place is not None:
            if place.role != "adjective" and place.start > 0 and lows[place.start - 1] == "in":
                found.append(place)
            k = place.start
        if k in sent_starts:
            break
        k -= 1
    return found[0] if len({p.text for p in found}) == 1 else None


_GAUGE_WORDS = frozenset({"gauge", "measure", "barometer"})


#: heads of a market phrase only after "blue": "Hong Kong blue chips", "London's blue-chips"
_CHIPS = frozenset({"chips", "blue-chips"})
#: the words that make a market phrase the article's own market, with no place: "local stocks", "domestic shares"
_HOME_WORDS = frozenset({"local", "domestic"})
#: words that make such a phrase some of the market's stocks, not the market
_SOME_OF = frozenset({"other", "some", "several", "many", "most", "few", "among"})
#: the letters of the classes of shares listed on the mainland's exchanges, as in "A-shares"
_MAINLAND_CLASSES = frozenset({"A", "B"})


def _named_class(table: TokenTable, o: int, letter: int, place_at: dict[int, Place]) -> bool:
    """Whether the class letter at token ``letter`` follows a company's name ("Volvo B-shares", "Vanke
    A-shares"): a capitalised word that is no place and does not open the sentence."""
    before = letter - 1
    if before < 0 or place_at.get(before) is not None:
        return False
    text = table.text[o + before]
    return text[:1].isupper() and text not in ("The", "A", "An") and text.isalpha()


def _blue_before(lows: list[str], k: int) -> int | None:
    """Where "blue" starts before "chip" at k ("blue chip", "blue- chip", "blue - chip"); None if not there.
    ("blue-chips", one token, is its own start.)"""
    if lows[k] == "blue-chips":
        return k
    if k >= 1 and lows[k - 1] in ("blue", "blue-"):
        return k - 1
    return k - 2 if k >= 2 and lows[k - 1] == "-" and lows[k - 2] == "blue" else None


def market_phrase(doc: Doc, i: int, taken: set[int], place_at: dict[int, Place], index_tokens: frozenset[int],
                  sent_starts: set[int]) -> MarketSpan | None:
    """The market phrase whose head is token i, if it names a market."""
    table, o = table_view(doc)  # plain lists: each doc[i] made a spaCy Token
    lows = table.lower if o == 0 else table.lower[o:o + len(doc)]  # by doc's own token indices
    low = lows[i]
    # The Local's "the Stockholm exchange" (lower case: "Hong Kong Exchange and Clearing" is a company's name)
    place_exchange = low == "exchange" and place_at.get(i - 1) is not None and table.text[o + i] == "exchange"
    if not (_is_head(lows, i) or place_exchange) or i in taken or (i + 1) in index_tokens or (i - 1) in index_tokens:
        return None  # "the benchmark Nikkei", "Nikkei index": the index names itself
    if i + 1 < len(doc) and lows[i + 1] in MARKET_COMPOUND_NEXT:
        return None  # "market turmoil", "markets regulator"
    before = i - 2 if i > 1 and lows[i - 1] in ("'", "’") else i - 1  # ("purchasing managers' index")
    if low in ("index", "indices", "indexes") and before >= 0 and lows[before] in _MACRO_INDEX_WORDS:
        return None  # "April's consumer price index was up 2.3 percent": macro data, no market
    j, regions, places, regional = i, [], [], False
    if low in _CHIPS:
        j = _blue_before(lows, i)  # (the head's own "blue")
    mainland_class = False  # "Chinese A-shares": the class of stock traded on the Shanghai and Shenzhen exchanges
    while j > 0 and j not in sent_starts and (j - 1) not in taken and i - j < _MAX_MODIFIERS:
        k = j - 1
        place = place_at.get(k)
        if place is not None and place.start >= 2 and lows[place.start - 1] == "of" \
                and table.text[o + place.start - 2] in NAME_HEADS_BEFORE_OF:
            return None  # "Bank of Ireland shares slumped": the bank's, a name the candidate pass reads
        if place is not None:
            regions.insert(0, place.region)
            if place.role != "adjective":
                places.insert(0, place.text)
            j = place.start
            continue
        word = lows[k]
        if word == "-" and k >= 1 and table.text[o + k - 1] in _MAINLAND_CLASSES and lows[k + 1] in ("shares", "stocks", "share") \
                and not table.ws[o + k - 1] and not table.ws[o + k] and not _named_class(table, o, k - 1, place_at):
            j, mainland_class = k - 1, True  # "A-shares soar as bull run sets in", "the A-share market"
        elif (word in _POSSESSIVE or word in ("'", "’") and lows[k - 1].endswith("s")) and (k - 1) in place_at:
            j = k  # "Seoul's", and "Athens' stock exchange"
        elif word in MARKET_MODIFIERS or word in MARKET_ONLY_MODIFIERS and low in {"market", "markets"} \
                or word == "securities" and low == "exchange":  # "the Nairobi Securities Exchange" (not "securities stocks")
            regional = regional or word == "regional"
            j = k
        elif word in _MOOD_PARTICIPLES and k >= 2 and lows[k - 1] in _POSSESSIVE and (k - 2) in place_at:
            j = k  # This is Money's "China's rattled stock market crashed" (not "woes have rattled Asian markets")
        elif word == "chip" and (blue := _blue_before(lows, k)) is not None:
            j = blue  # "Britain's blue chip index", "The blue- chip index": the blue-chip index, no chip index
        else:
            break
    if j > 0 and table.text[o + j - 1] in _POSSESSIVE:
        return None  # "Xiaomi's shares" are Xiaomi's
    if j >= 3 and j - 3 not in taken and lows[j - 1] == "of" and lows[j - 2] in _GAUGE_WORDS \
            and lows[j - 3] in ("a", "an", "the") and (j - 2) not in taken \
            and ((j - 3) in sent_starts or j >= 4 and lows[j - 4] in (",", "while", "and", "as", "but", "whereas", ";")):
        j -= 3  # Bloomberg's "A gauge of Asian stocks fell 0.8 percent": the gauge is the market's
    if j > 0 and _name_word(table, o + j - 1, sent_starts) and lows[j - 1] not in _NOT_A_NAME_AFTER \
            and not _title_case(table, doc if o == 0 else doc.doc, o + i):
        return None  # "the Nifty Bank index", "the Philadelphia Semiconductor index": an index of its own
    end = i + 1
    extra: dict = {}
    if not regions:
        after, after_end, world = _post_places(lows, i, place_at)
        if world:
            regions, end = ["world"], after_end
        elif len(after) == 1:
            regions, places, end = [after[0].region], [after[0].text], after_end
        elif after:
            extra["places"] = tuple(p.text for p in after)  # each place is a mention of its own
        else:
            opening = _in_place_comma(lows, j, place_at, sent_starts) or _place_of_the_market(lows, i, j, place_at, sent_starts)
            if opening is not None and j == i and low in ("shares", "stock") and i + 2 < len(lows) \
                    and lows[i + 1] in ("of", "in") and i + 2 not in place_at and table.text[o + i + 2][:1].isupper():
                return None  # "In Tokyo, shares of Sony plunged 13.7 percent": the company's shares, not the market
            if opening is not None:
                regions, places = [opening.region], [opening.text]
    if mainland_class and not regions:
        regions = ["cn"]  # (an A-share is a mainland listing: no place is needed to say where)
    # the market of the article named by a word of home: BusinessWorld's "LOCAL STOCKS dropped", NDTV's "Domestic
    # equities traded higher", the Star's "Blue chips closed higher" (not "local stock exchange rules")
    home = (low in _CHIPS or any(lows[x] in _HOME_WORDS for x in range(j, i))) \
        and not any(lows[x] in _SOME_OF for x in range(max(0, j - 1), i))  # (not "For other blue chips, ...")
    if not regions and not regional and low not in MARKET_HEADS_ALONE and not home \
            and not (low == "averages" and j < i):  # "the major averages" (not "moving averages")
        return None
    return MarketSpan(j, end, regions[0] if regions else None, low, tuple(places), regional and not regions, extra)
