"""Finding the things a sentence can talk about: reference entities (a gazetteer
built from the shipped data), company-like names the data do not know, sector
phrases ("gold and non-ferrous metal stocks") and market phrases ("Hong Kong stocks").

Mentions are candidates: whether "Japan" or "Cambridge Technology" is a company is
decided by the fact rules from the slot a mention fills, not here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress

from spacy.language import Language
from spacy.tokens import Doc, Span

from marketkg.loaders.dates import MONTHS, WEEKDAYS
from marketkg.loaders.gazetteer import GazetteerMatcher
from marketkg.loaders.sentences import start_tokens
from marketkg.loaders.token_table import indices_in, table_view, token_table
from marketkg.loaders.lexicon import (
    AGENT_ADVERBS, ANALYST_NOUNS, BE_HAVE, BUSINESS_NOUNS, CAUSE_PARTICIPLES, CAUSE_VERBS, DOWN_VERBS, INDEX_HEADS,
    MARKET_HEADS, MARKET_HEADS_AFTER, MOVE_NOUNS, NAME_HEADS_BEFORE_OF, NAME_STOPWORDS, PLACED_PARTICIPLES, RATING_WORDS, ROLE_WORDS,
    SECTOR_HEADS, SIZE_NOUNS, UP_VERBS,
)
from marketkg.loaders.cause_words import HOLIDAYS
from marketkg.loaders.quantities import Quantity, quantity_tokens
from marketkg.loaders.places import (
    Place, find_places, in_market_slot, index_inside_name, index_place_prefix, index_tail, list_starts, market_phrase,
    place_role,
)
from marketkg.ontology.enums import EntityType
from marketkg.ontology.reference import GENERIC_TAILS, RMB_COUNTER_CLASSES, ReferenceData, reference

__all__ = ["Mention", "find_mentions", "sector_ids", "sector_parts", "mentions_component", "GazetteerMatcher",
           "NAME_HEADS_BEFORE_OF", "SHARE_CLASS_WORDS", "CORPORATE_TAIL_TOKENS", "PERSON_TITLES", "shouted",
           "GLUED_AMOUNT", "LEADING_PARTICIPLES"]

_SUFFIX_TOKENS = {"W", "SW", "S", "B", "R", "WR", "SWR", "SR", "H"}
_GENERIC_MODIFIERS = frozenset("""
popular leading major large big top heavyweight heavyweights related some other several many most few selected
certain blue-chip large-cap small-cap mid-cap key index listed individual high-volume hot index-heavy
index-heavyweight heavily-weighted weighted the a an its their these those such various all both main three two
four five stock stocks share shares concept concepts linked -linked mainland-listed hong-kong-listed us-listed
domestic local overseas global chinese china's hong kong's hong kong us u.s. japanese european asian
benchmark broader broad composite headline overall whole entire wider
lone only sole single best worst biggest weakest strongest best-performing worst-performing top-performing
""".split())
_MARKET_HEAD_WORDS = MARKET_HEADS | frozenset(MARKET_HEADS_AFTER) | {"chips", "blue-chips"}  # (after "blue" only)
#: sector names that stand bare as a subject, in lower case: "as consumer discretionary and tech gained 1.9
#: percent and 2 percent", "Energy fell 1.5%" (CNBC, Reuters US); only before a move verb or a list's joint
_BARE_SECTOR_HEADS = frozenset({"tech", "technology", "energy", "utilities", "industrials", "materials", "healthcare",
                                "discretionary", "staples", "telecoms", "telecom", "metal", "auto", "realty",
                                "pharma", "fmcg", "commodities", "bankex", "automobile", "autos", "property",
                                "electronics", "semiconductors", "media", "infra",
                                "estate", "care",  # (Xinhua's "Real estate and health care led the declines")
                                "telecommunications"})  # (AAP's "led by telecommunications which was up 2.1 per cent")
# (the Indian sectoral indices too: "followed by IT, automobile and FMCG")
_BARE_SECTOR_NEXT = UP_VERBS | DOWN_VERBS | frozenset({"and", "&", ",", "were", "was", "also", "both", "each", "led", "ended",
                                                       "closed", "finished", "suffered", "took", "lead", "leads",
                                                       "which"})  # (AAP's "led by telecommunications which was up 2.1
# per cent")
# a sector or market phrase ends in one of these ("resources" only after "basic": see _sector_and_market_mentions)
_HEAD_WORDS = SECTOR_HEADS | _MARKET_HEAD_WORDS | _BARE_SECTOR_HEADS | {"resources"}
#: words before "metals" that make them a sector: China's "non-ferrous metals" (tokens "non", "-", "ferrous")
_FERROUS = frozenset({"ferrous", "nonferrous"})
#: the participles whose "by" names a leading sector: "led by energy, which climbed 2.1%", "dragged by property"
LEADING_PARTICIPLES = frozenset({"led", "paced", "dragged", "pulled", "lifted", "boosted", "buoyed", "supported",
                                 "weighed"})
#: the data a "led by" breaks down, besides a business's figures: "Consumer prices rose 0.4%, led by energy"
_DATA_NOUNS = frozenset({"prices", "inflation", "gdp", "economy", "indicator", "data", "activity"})
#: words before a bare sector word that make it goods or a field ("spending on autos", "demand for energy")
_GOODS_BEFORE = frozenset({"on", "for", "of", "in", "by", "from", "to", "with", "into"})
# (written "IT", the Indian IT index stands bare: "IT fell 0.9%"; China's "non-ferrous metals" is a sector, where
# "metals" alone is as often the commodities)
_HEADS_OR_IT = _HEAD_WORDS | {"it", "metals"}
#: the last words of a company's name that a local paper's "of" and town follow: the Boston Globe's "Cubist
#: Pharmaceuticals of Lexington", "RXi Pharmaceuticals of Westborough" (not "Bank of America": a bank's "of" names it)
_TOWN_AFTER = frozenset({"Pharmaceuticals", "Therapeutics", "Technologies", "Biosciences", "Sciences", "Networks",
                         "Software", "Biotherapeutics", "Biotech", "Labs", "Laboratories"})
# (not "Corp", "Corporation": "Potash Corp of Saskatchewan", "PowerGrid Corporation of India" are names)
#: lower-case words inside a name: "Bank of Ireland", "Banco do Brasil", "Cassa dei Risparmi di Kestrel"
_NAME_CONNECT = frozenset({"&", "of", "de", "and", "e", "di", "dei", "del", "della", "do", "da", "dos", "du", "des", "van",
                           "von", "der", "den", "n",  # ("Pick n Pay")
                           "al", "el", "bin",  # (the Gulf press's "Masraf al Rayan", "Bank al Jazira")
                           "ve"})  # (Turkish names in Investing.com's lists: "Coca Cola Icecek ve Ticaret AS (IS:CCOLA )")
#: words that end a clause's object, not a sector's name, before "and" and a sector head
_NOT_SECTOR_WORDS = frozenset({"report", "reports", "data", "results", "earnings", "news", "outlook", "forecast",
                               "forecasts", "comments", "remarks", "weakness", "strength", "demand", "prices",
                               "rates", "yields", "growth", "inflation", "profit", "profits", "sales",
                               # "the yen climbed to a seven-week peak and exporters slid": a level, no sector
                               "high", "highs", "low", "lows", "record", "peak", "level", "levels", "gains", "losses"})
_FOR_HEADS = frozenset({"Company", "Corporation", "Co.", "Bank"})  # ("United Bank for Africa")


def _company_tail_ahead(texts: list[str], k: int, name_like: list[bool]) -> bool:
    """Whether the capitalised words from token k end, within five, in a company's tail: Arab News's "Perfect
    Presentation for Commercial Services Co." is one name across its "for"."""
    for x in range(k, min(k + 5, len(texts))):
        if texts[x] in CORPORATE_TAIL_TOKENS:
            return x > k
        if not name_like[x]:
            return False
    return False
#: words before a capitalised commodity that say where or how it trades ("Spot Gold"), not whose name it ends
_MARKET_OF_COMMODITY = frozenset({"spot", "comex", "nymex", "physical", "benchmark", "futures", "cash", "lme", "shfe",
                                  "brent", "wti", "london", "shanghai", "international", "global", "world"})
_NO_NAME_BEFORE_COMMODITY = NAME_STOPWORDS | _MARKET_OF_COMMODITY
#: the words before "market" of a market that trades no shares: "the oil market", "the bond market"
_NO_SHARE_MARKETS = frozenset({"oil", "crude", "gold", "bond", "bonds", "currency", "currencies", "forex", "fx",
                               "commodity", "commodities", "credit", "debt", "treasury", "housing", "labor", "labour",
                               "job", "jobs", "money", "metals", "copper", "grain", "grains", "energy", "gas"})
#: people a capitalised word before them describes: "U.S. Democratic lawmakers", "Labour voters"
_PEOPLE_AFTER = frozenset({"lawmakers", "senators", "legislators", "politicians", "voters", "leaders", "officials",
                           "ministers", "congressmen", "supporters", "candidates", "presidential"})
#: corporate tails after a bracketed country inside a name: "GAIL (India) Ltd"
_COUNTRY_TAILS = frozenset({"Ltd", "Ltd.", "Limited", "Plc", "PLC", "plc", "Bhd", "Berhad", "Tbk", "Inc", "Inc.", "Co",
                            "Co.", "Corp", "Corp.", "SA", "AG", "NV", "Pvt"})
#: what a person's name is followed by after a comma ("Anja Schuchhardt, spokeswoman for the regulator")
_PERSON_ROLES = frozenset({"spokeswoman", "spokesman", "spokesperson", "analyst", "economist", "strategist",
                           "chief", "head", "director", "president", "chairman", "chairwoman", "minister", "governor",
                           "senior", "managing", "portfolio", "fund", "trader", "partner", "founder", "co-founder",
                           "ceo", "cfo", "who"})
#: lower-case words before a name that make it no company: "financial regulator Bafin", "analyst Jane Doe"
_NOT_COMPANY_BEFORE = frozenset({"regulator", "watchdog", "ministry", "spokeswoman", "spokesman", "analyst",
                                 "economist", "strategist", "minister", "governor",
                                 # "Short-seller Gotham City Research elaborated ...": an investor, not the stock
                                 "short-seller", "seller",
                                 # "chief executive Jayne Hrdlicka", "tycoon Carlos Slim's telecoms giant": a person
                                 "executive", "officer", "tycoon", "billionaire", "founder", "co-founder", "chairman",
                                 "chairwoman", "magnate", "investor", "shareholder", "CEO", "CFO", "COO"})
#: titles that open a person's name read as one: "CEO Jane Holloway", "Chairman Choi Yun-beom", "Mr. Damani"
PERSON_TITLES = frozenset({"CEO", "CFO", "COO", "Chairman", "Chairwoman", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr",
                     "Dr.", "Billionaire", "Tycoon"})
#: people who open a headline's clause, its verb in title case after them ("as Traders Bet on Fed Cuts")
_PEOPLE_FIRST = frozenset({"Traders", "Investors", "Analysts", "Dealers", "Buyers", "Sellers", "Funds"})
#: an asset class's word opening a sentence, alone: no company's name ("Equity benchmark Sensex", "Equities rose")
_ASSET_CLASS_WORDS = frozenset({"Equity", "Equities", "Bonds", "Commodities", "Stocks", "Shares", "Blue"})
#: the labels of a note added to a story, before a colon or a dash
_NOTE_LABELS = frozenset({"update", "updated", "correction", "clarification"})
#: an economy's trades, alone at a sentence's start: the trade, no company's name (review 92's "Tourism saw a sharp drop
#: after the attacks": visitors; not "Tourism Holdings fell")
_TRADE_NOUNS = frozenset({"Tourism", "Construction", "Manufacturing", "Agriculture", "Farming", "Hospitality"})
_TRADE_STOCKS = frozenset({"and", "stocks", "shares", "stock", "equities", "sector", "sectors", "index", "counters",
                           "names", "companies", "firms", "issues", "plays"})
#: words of a sum or a measure before a lower-case noun, no company's name: "Total sales", "Net profit"
_SUM_WORDS = frozenset({"Total", "Net", "Gross", "Combined", "Average"})
#: the words of a market's trade before its measure: the Saigon Times' "Trade volume totaled ..., down 13.5% in volume"
_TRADE_WORDS = frozenset({"Trade", "Trading", "Market", "Share", "Stock", "Transaction"})
_MEASURE_NOUNS = BUSINESS_NOUNS | {"volume", "trading", "value", "assets", "debt", "market", "returns", "deposits",
                                   "loans", "capacity", "holdings", "transactions", "inflows", "outflows", "buying",
                                   "selling", "purchases", "foreign", "daily", "monthly", "annual", "quarterly",
                                   "operating"}
#: Brazil's share classes after a name: "Petrobras PN", "Vale ON", "Braskem PNA" (Reuters, Valor)
SHARE_CLASS_WORDS = frozenset({"ON", "PN", "PNA", "PNB", "UNT"})
# ("Honda Motor", "Nissan Motor Co.": not a company "Motor"; the Gulf's "Emaar Properties PJSC")
CORPORATE_TAIL_TOKENS = frozenset({"Group", "Holdings", "Holding", "Inc.", "Inc", "Ltd.", "Ltd", "Limited", "Co.", "Co", "Cos.", "Cos",
                                    "Company", "Corp.", "Corp", "Corporation", "PLC", "plc", "SA", "AG", "NV", "LLC", "SE",
                                    "Motor", "Motors", "PJSC", "PSC", "QPSC", "QSC", "SAOG", "Bhd", "Berhad", "Tbk", "PT", "PCL",
                                    "K.K.", "KK", "Plc", "N.V.", "S.A.", "A.G.", "S.p.A.", "SpA", "ASA", "AB", "Oyj", "A/S",
                                    "KGaA",
                                    # Investing.com's German share classes ("Allianz SE VNA O.N.", "Siemens AG NA O.N.")
                                    # and a US bank's "Citibank NA"
                                    "O.N.", "VNA", "NA", "VZO"})


@dataclass(slots=True)
class Mention:
    """A stretch of a sentence that may name an entity."""

    start: int  # token index
    end: int
    kind: str  # ref, candidate, sector, market, place (see marketkg.loaders.places)
    text: str
    start_char: int
    end_char: int
    entity_id: str | None = None
    share_class: str | None = None
    ticker: str | None = None
    sectors: tuple[str, ...] = ()
    region: str | None = None
    plural: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The surface without a share-class suffix: 'Alibaba -W' -> 'Alibaba'."""
        if self.share_class:
            return re.sub(r"\s?-\s?[A-Z]{1,3}$", "", self.text).strip()
        return self.text


#: adverbs that open a sentence before a comma and are no name ("Separately, ..."); others end in "-ally"
_OPENING_ADVERBS = frozenset({"Separately", "Similarly", "Likewise", "Lastly", "Currently", "Previously", "Recently",
                              "Broadly", "Domestically", "Abroad"})
#: the words after a sentence's opening participle that make it no name: "Looking at investor trends, ..."
_PARTICIPLE_OBJECTS = frozenset({"at", "to", "into", "ahead", "back", "forward", "through", "across", "beyond"})
#: how a sector traded, before its head: "the most actively traded sector" names none
_HOW_TRADED = frozenset({"traded", "performing", "hit", "affected", "watched", "weighted", "sold", "bought", "favoured",
                         "favored", "shorted", "active"})
#: words that count a sector phrase's members, never a sector's word: "almost all counters", "most issues"
_HOW_MANY = frozenset({"almost", "nearly", "virtually", "all", "most", "some", "many", "several", "few", "both", "each",
                       "every"})
#: capitalised in headings or at a sentence start, these words are never part of a name
_NEVER_NAME = frozenset("""
upgraded upgrades upgrade downgraded downgrades downgrade bought buys sold sells purchased raised raises cut cuts
increased reduced boosted lifted trimmed acquired buoyed supported weighed dragged influenced driven fuelled
fueled spurred boosted helped hit hurt following after amid amidst thanks due owing because led powered propelled
prompted underpinned aided pressured compounded sparked triggered upon despite while although as on in at by
for with from into among between against versus vs fuel fuels shine shines accelerate accelerates pauses pause
tick ticks under over top tops hits sees sees saw extends extended posts posted leads lead
weigh weighs trigger triggers provoke provokes force forces send sends rattle rattles drag drags
weakness strength losses gains selling buying net three four two five another other tracking tracked but yet
closes ends finishes settles session sessions
a.i.""".split())  # (KBS's "KOSPI Closes Thursday Up"; not "Closed Loop Inc"; the New York Times' "the exuberance over
# A.I.": the technology, no company)


#: never-name words that end a company's name when capitalised after it (not before another capitalised word)
_NAME_NOUNS = frozenset({"Fuel", "Fuels"})
#: verbs of a broker's or an investor's that take a sector as their object, no word of the sector's phrase (a
#: list of its own: action_phrases, whose OBJECT_VERBS are the trades only, imports this module)
_VERBS_BEFORE_OBJECT = frozenset({"upgraded", "downgraded", "upgrades", "downgrades", "upgrade", "downgrade", "upgrading",
                           "downgrading", "bought", "sold", "buys", "sells", "buying", "selling", "purchased", "rated",
                           "dumped", "offloaded", "favoured", "favored", "shunned"})
_SESSION_VERBS = frozenset({"close", "end", "finish", "open", "trade"})
_SESSION_SIDES = frozenset({"up", "down", "higher", "lower", "mixed", "flat", "firmer", "weaker", "stronger"})


def _session_verb(texts: list[str], j: int) -> bool:
    """Whether token j is a headline's session verb before its side: "Markets Close Down", "Stocks End Higher"
    (not "Close Brothers", a name)."""
    return texts[j].lower() in _SESSION_VERBS and j + 1 < len(texts) and texts[j + 1].lower() in _SESSION_SIDES


@lru_cache(maxsize=16384)  # asked for every token of every article; the answer depends on the text alone
def _is_name_token(text: str) -> bool:
    """Whether a token with this text can be part of a company-like name."""
    low = text.lower()
    if low in UP_VERBS or low in DOWN_VERBS or low in _NEVER_NAME:
        return False
    if text[:1].isupper():
        # (BusinessDay's "increased from N6.55 to N7": naira; "downgraded the lender to Baa2": a credit grade)
        return GLUED_AMOUNT.fullmatch(text) is None and _CREDIT_GRADE.fullmatch(text) is None
    if text[:1].isdigit() and any(c.isupper() for c in text[1:]) and any(c.isalpha() for c in text):
        return True  # 3SBio
    if len(text) >= 4 and text[:1] in "ie" and text[1:2].isupper() and text[2:3].islower() and text.isalpha():
        return True  # a brand's lower-case first letter: "iEdge Singapore Next 50 Index", "iShares", "eBay"
    return _ELIDED_PARTICLE.fullmatch(text) is not None  # "Banca Popolare dell'Emilia Romagna", "Cassa d'Italia"


#: an amount with its currency's letters glued before it: "N12.9" (naira), "R2.50" (rand), "P1.85" (peso),
#: "Rs12.5", "K3.2", "KSh25" (not a model's code: "A320", "ID3", "S24")
GLUED_AMOUNT = re.compile(r"(?:N|R|P|K|Rs|KSh|Sh)\d[\d,]*(?:\.\d+)?")
#: Moody's grades of credit below the top one, with their tier's digit ("Baa2", "Aa3"; not "A2 Milk")
_CREDIT_GRADE = re.compile(r"(?:Aa|Baa|Ba|Caa)[1-3]|Aaa")
#: an elided particle joined to a capitalised name: "dell'Emilia", "d'Italia", "dall'Asta"
_ELIDED_PARTICLE = re.compile(r"(?:d|dell|dall|nell|sull|l)['’][A-Z]\w*")


#: _is_name_token by token text, kept across docs (emptied past _MAX_NAME_FLAGS entries): one
#: look-up per token in C where a call of the cached function per token cost more
_NAME_FLAGS: dict[str, bool] = {}
_MAX_NAME_FLAGS = 200_000


def name_token_flags(texts: list[str]) -> list[bool]:
    """``[_is_name_token(t) for t in texts]``, read from a cache by text."""
    if len(_NAME_FLAGS) > _MAX_NAME_FLAGS:
        _NAME_FLAGS.clear()
    try:
        return list(map(_NAME_FLAGS.__getitem__, texts))
    except KeyError:  # a text not seen before: add the new ones, then read all again
        for t in texts:
            if t not in _NAME_FLAGS:
                _NAME_FLAGS[t] = _is_name_token(t)
        return list(map(_NAME_FLAGS.__getitem__, texts))


def _sector_parts(words: list[str]) -> list[str]:
    parts, cur = [], []
    for w in words:
        if w.lower() in {"and", "&", ",", "or", "as well as"}:
            if cur:
                parts.append(" ".join(cur))
            cur = []
        else:
            cur.append(w)
    if cur:
        parts.append(" ".join(cur))
    return parts


_JOINT = re.compile(r",\s*(?:and\s+)?|\s+(?:and|&)\s+")


def sector_parts(mention: Mention) -> list[Mention]:
    """The parts of one sector phrase that joins sectors ("financials and miners", "consumer
    discretionary and tech"), each a mention of its own sector and words; none when the phrase's
    parts and sectors do not pair up one to one."""
    if mention.kind != "sector" or len(mention.sectors) < 2:
        return []
    spans, at = [], 0
    for m in _JOINT.finditer(mention.text):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(mention.text)))
    if len(spans) != len(mention.sectors):
        return []
    base = mention.start_char
    return [Mention(mention.start, mention.end, "sector", mention.text[a:b], base + a, base + b, sectors=(sid,))
            for (a, b), sid in zip(spans, mention.sectors)]


_BLUE_CHIP = re.compile(r"\bblue\s*-?\s*chips?\b")  # (the words are joined with spaces: "blue - chip")


def _commodity_word(word: str, ref: ReferenceData) -> bool:
    """Whether a word names a commodity in the reference data ("gold", "copper"): in "Brent crude, gold, and bank stocks
    all rose" the metal moved, not a sector of gold miners."""
    found = ref.lookup(word) or ref.lookup(word.capitalize())
    return found is not None and found.type is EntityType.COMMODITY


#: the sectors' own names that outlets write in title case before "stocks" or "companies" (GICS names and a few more)
_TITLED_SECTORS = frozenset({"real estate", "information technology", "consumer staples", "consumer discretionary",
                             "health care", "communication services", "basic materials", "financial services",
                             "consumer services", "consumer goods"})


def sector_ids(phrase_words: list[str], ref: ReferenceData | None = None) -> tuple[str, ...]:
    """Canonical sector ids for a sector phrase's words ("gold and non-ferrous metal stocks").

    >>> sector_ids("gold and non-ferrous metal stocks".split())
    ('sector-metals_mining',)
    >>> sector_ids("Financials and smart-driving concept shares".split())
    ('sector-financials', 'sector-smart_driving')
    """
    out: list[str] = []
    for part in _sector_parts(phrase_words):
        sid = _sector_of(_BLUE_CHIP.sub("", part.lower()), ref or reference())  # "blue chip financials" are no chips
        if sid and sid not in out:
            out.append(sid)
    return tuple(out)


@lru_cache(maxsize=4096)
def _sector_of(part: str, ref: ReferenceData) -> str | None:
    for sid, pattern in _sector_patterns(ref):
        if pattern.search(part):
            return sid
    return None


@lru_cache(maxsize=4)
def _sector_patterns(ref: ReferenceData) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One compiled pattern per sector, in table order: the first sector whose keyword a part holds wins."""
    return tuple((sid, re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, sorted(kws, key=len, reverse=True)))
                                  + r")(?![\w])")) for sid, kws in ref.sector_keywords)


def _shared_head(doc: Doc, market: Mention, place_at: dict[int, Place], taken: set[int], lows: list[str],
                 sent_starts: set[int]) -> Mention | None:
    """'French and German shares gained 3%', 'London and Paris stock markets rebounded', 'Hong Kong and mainland
    Chinese shares lost ground': the place right before the 'and' names a market of its own with the phrase's head
    ("French shares", "London", "Hong Kong"): a place noun by its own name, an adjective with the phrase's words
    after its place ("French stock markets")."""
    s, head = market.start, market.extra.get("head")
    before = place_at.get(s - 2) if s >= 2 else None
    if before is None or market.region is None or not head or lows[s - 1] != "and" or before.end != s - 1 \
            or (s - 2) in taken or before.role != "adjective" and not in_market_slot(doc, before.start, sent_starts):
        return None  # (not "exports to China and Asian markets": a place noun where no market stands)
    table, o = table_view(doc)
    start_char, end_char = table.idx[o + before.start], table.end_char(o + before.end - 1)
    text = table.doc_text[start_char:end_char]
    if before.role == "adjective":
        first = place_at.get(s)
        text += market.text[len(first.text):] if first is not None and first.start == s else f" {head}"
    return Mention(before.start, before.end, "market", text, start_char, end_char, region=before.region,
                   plural=market.plural, extra={"head": head})


#: the kind of business a commodity word describes before a company's name: "oil giant Saudi Aramco", "gold miner
#: Newmont", "oil major BP"
_COMMODITY_BUSINESS = frozenset({"giant", "major", "producer", "miner", "explorer", "company", "firm", "group",
                                 "refiner", "trader", "heavyweight", "behemoth", "titan", "supplier", "driller"})


_BARE_INDEX_HEADS = frozenset({"index", "gauge", "benchmark", "barometer"})
_EXCHANGE_HEADS = frozenset({"exchange", "market", "bourse"})


def _index_on_exchange(mentions: list[Mention], lows: list[str]) -> None:
    """'The top index on the Dubai Financial Market (DFM)', 'the main index of the Tokyo Stock Exchange': a bare index
    is the exchange's that follows it, whatever market the story is about (its region is set in place)."""
    exchange_at = {m.start: m for m in mentions if m.kind == "market" and m.region
                   and m.extra.get("head") in _EXCHANGE_HEADS}
    if not exchange_at:
        return
    for x, m in enumerate(mentions):
        if m.kind == "market" and m.region is None and m.extra.get("head") in _BARE_INDEX_HEADS \
                and m.end + 2 < len(lows) and lows[m.end] in ("on", "of", "at") and lows[m.end + 1] == "the" \
                and (exchange := exchange_at.get(m.end + 2)) is not None:
            mentions[x] = replace(m, region=exchange.region)


#: a move told by a noun with its figure: "led by a 1.9% fall in information technology", "a 2% gain in energy"
_FIGURE_NOUNS = MOVE_NOUNS | {"gain", "advance", "loss"}


def _sector_label(lows: list[str], i: int, sent_starts) -> bool:
    """Whether the sector word at token i is a sentence of its own, a list's label: the Canadian Press' "Kestrel
    Corp. (TSX:KES). Industrials. Down 21 cents" (and "Health care.": the word before it opens the sentence)."""
    return i + 1 < len(lows) and lows[i + 1] == "." and (i in sent_starts or i - 1 in sent_starts)


def _figure_noun_before(lows: list[str], i: int) -> bool:
    """Whether a bare sector word at token i ends "a 1.9% fall in (information) technology": a figure's move noun,
    "in", at most one word of the sector's name (not "spending on autos", "demand for semiconductors")."""
    x = i - 1 if i >= 1 and lows[i - 1] == "in" else i - 2 if i >= 2 and lows[i - 2] == "in" and lows[i - 1].isalpha() \
        else -1
    if i + 1 < len(lows) and lows[i + 1].isalpha() and lows[i + 1] not in _AFTER_FIGURE_SECTOR:
        return False  # "a 1.9 percent fall in energy consumption", "a 5% rise in energy bills": a statistic
    return x >= 2 and lows[x - 1] in _FIGURE_NOUNS and lows[x - 2] in ("%", "percent", "cent", "pct")


#: words that may follow such a sector word: the clause goes on ("a 2% fall in energy led the decliners")
_AFTER_FIGURE_SECTOR = frozenset({"and", "or", "led", "was", "were", "as", "while", "after", "amid", "on", "to", "with",
                                  "helped", "weighed", "dragged", "lifted", "pushed", "offset", "but"})


def _market_mention(doc: Doc, i: int, taken: set[int], place_at: dict[int, Place], index_tokens: frozenset[int],
                    sent_starts: set[int]) -> Mention | None:
    span = market_phrase(doc, i, taken, place_at, index_tokens, sent_starts)
    if span is None:
        return None
    extra = dict(span.extra, head=span.head)
    if span.places:
        extra["places"] = span.places
    if span.regional:
        extra["regional"] = True
    table, o = table_view(doc)
    start_char, end_char = table.idx[o + span.start], table.end_char(o + span.end - 1)
    return Mention(span.start, span.end, "market", table.doc_text[start_char:end_char], start_char, end_char,
                   region=span.region,
                   plural=span.head in {"indices", "indexes", "benchmarks", "markets", "gauges", "bourses"}, extra=extra)


#: "Banks helped lift stocks": a cause verb's words end a sector phrase before its head
_CAUSE_VERB_WORDS = frozenset(w for verb in CAUSE_VERBS for w in verb) - {
    "up", "down", "on", "to", "into", "a", "its", "their", "over",
    "led"}  # (a cause verb only before an index and its figure: "Insurance sectors led shares lower" keeps its phrase)
#: words before a sector head that end the sector phrase (an "and" may join two)
_SECTOR_STOPS = frozenset({"the", "a", "an", "of", "in", "on", "with", "while", "whereas", "as", "by", "for", "to", "that",
                           "which", "from", "among", "including", "like", "and", "but", "than", "at", "into",
                           # PA's "and as such these two miners should benefit": a determiner, no modifier
                           "such", "these", "those", "except", "excluding", "barring",  # ("All sectors except energy")
                           # "amid fresh concerns over China's property sector": a cue's phrase is no sector name
                           "over", "amid", "about", "after", "following", "despite", "across", "against", "toward",
                           "towards", "through", "since", "until", "around", "behind", "under", "above", "below",
                           "together", "other",  # ("A number of other financial stocks were lower")
                           # "producers including Vale followed commodities lower": a verb's object, no modifier
                           "followed", "tracked", "mirrored", "trailed", "tracking", "mirroring", "trailing",
                           "outpaced", "outperformed", "underperformed", "joined",
                           # "Banks were the worst performing sector": a ranking, no sector's name
                           "performing", "worst", "best",
                           # "on concerns Chinese technology companies face new curbs": the noun of a clause of its
                           # own (what is feared, hoped, bet on), never a sector's modifier
                           "concerns", "concern", "worries", "worry", "fears", "fear", "hopes", "hope", "expectations",
                           "speculation", "bets", "bet", "optimism", "pessimism", "jitters", "doubts", "anxiety",
                           "signs", "belief",
                           # a forecast's or a saying's verb before its object: "Strategists expect tech stocks in the US
                           # to fall 5%" (the forecast stays visible to the move rules)
                           "expect", "expects", "expected", "predict", "predicts", "forecast", "forecasts", "see", "sees",
                           "said", "say", "says", "think", "believe", "believes", "reckon",
                           # a clause's subject and modal before a verb's object: "Beijing said it will let licensed
                           # mainland lenders to invest" (the banks only; not "it", which is IT in lower case)
                           "they", "we", "he", "she", "will", "would", "can", "could", "may", "might", "should",
                           "must", "shall", "allow", "allowed", "allows", "allowing",
                           # other verbs and frames the walk met in the blind sets: "a stock called China's tech sector",
                           # "Takeover talk surrounding catering group", "at least three big Chinese lenders"
                           "were", "was", "is", "are", "called", "surrounding", "includes", "include", "help",
                           "helps", "helped", "reforms", "least", "between", "leaving", "victims",
                           # a sentence's adverb before a list of sectors: Xinhua's "Meanwhile, technology and energy led
                           # the gainers by rising 1.38 percent and 1.08 percent, respectively"
                           "meanwhile", "however", "elsewhere", "separately", "similarly", "likewise", "conversely",
                           "overall", "still", "yet", "moreover", "additionally", "besides", "instead"})


_SECTOR_INDEX_HEADS = frozenset({"index", "indices", "indexes", "subindex", "sub-index", "gauge"})
#: words before "index" that make it no sector's: "the consumer price index", "its index"
_NOT_SECTOR_INDEX = frozenset({"price", "prices", "confidence", "sentiment", "volatility", "dollar", "purchasing",
                               "managers", "manufacturing", "leading", "fear", "its", "their"})


def _sector_index_word(word: str) -> bool:
    """A lower-case word that can name a sector before "index" (not "tech-heavy", not "blue" of "blue chip")."""
    return word.replace("-", "").isalpha() and word.islower() and word not in _NOT_SECTOR_INDEX \
        and word not in _SECTOR_STOPS and not word.startswith("blue") \
        and not word.endswith(("heavy", "weighted", "laden", "dominated"))


#: sectors named by an acronym before "index" (in capitals only: "it" is a pronoun)
_SECTOR_ACRONYMS = {"IT": "sector-technology", "FMCG": "sector-consumer"}
#: upper-case words that qualify a sector in Indian wraps: "PSU and private bank stocks"
_QUALIFIER_ACRONYMS = frozenset({"PSU", "PSB", "NBFC", "NBFCs", "ITES"})


def _sector_index(table, lo: int, texts: list[str], i: int, taken: set[int], ref: ReferenceData) -> Mention | None:
    """'the real estate index', 'the banking index', 'the broader property index': one or two lower-case
    words of a sector before an index word name that sector's index (a sector mention); None otherwise (nor
    the end of a compound: "the blue-chip index", "the blue chip index")."""
    for j in (i - 3, i - 2, i - 1):
        if j == i - 3:
            # "the oil and gas index", "the oil & gas index": two sector words joined (Nigeria's and the JSE's indices)
            if j < 0 or texts[j + 1] not in ("and", "&") or any(x in taken for x in range(j, i)) \
                    or not (_sector_index_word(texts[j]) and _sector_index_word(texts[j + 2])):
                continue
            sectors = sector_ids(texts[j:i], ref)
        elif j == i - 1 and j >= 0 and texts[j] in _SECTOR_ACRONYMS and j not in taken \
                and not (j >= 1 and texts[j - 1][:1].isupper() and texts[j - 1] != "The"):  # (not "the Nifty IT index")
            sectors = (_SECTOR_ACRONYMS[texts[j]],)  # the Indian sectoral "IT index", "FMCG index"
        elif j == i - 1 and j >= 2 and texts[j].istitle() and texts[j - 1] in ("'s", "’s") and (j - 2) in taken \
                and j not in taken and _sector_index_word(texts[j].lower()):
            sectors = sector_ids([texts[j].lower()], ref)  # Reuters' "Nifty's Auto index added nearly 2%": an index
            # family's own sector index, capitalised as its name
        elif j < 0 or any(x in taken for x in range(j, i)) or j > 0 and texts[j - 1].lower().rstrip("-") in ("", "blue") \
                or not all(_sector_index_word(w) for w in texts[j:i]):
            continue
        else:
            sectors = sector_ids(texts[j:i], ref)
        if sectors:
            start_char, end_char = table.idx[lo + j], table.end_char(lo + i)
            return Mention(j, i + 1, "sector", table.doc_text[start_char:end_char], start_char, end_char,
                           sectors=sectors)
    return None


def _sector_and_market_mentions(doc: Doc, taken: set[int], ref: ReferenceData,
                                index_tokens: frozenset[int] = frozenset(),
                                place_at: dict[int, Place] | None = None,
                                sent_starts: set[int] | None = None) -> list[Mention]:
    found: list[Mention] = []
    taken = set(taken)
    place_at = place_at or {}
    if sent_starts is None:
        sent_starts = start_tokens(doc if isinstance(doc, Doc) else doc.doc)
    table = token_table(doc if isinstance(doc, Doc) else doc.doc)
    lo, hi = (0, len(doc)) if isinstance(doc, Doc) else (doc.start, doc.end)  # doc or span indices
    lows, texts, alpha, num, space = (table.lower[lo:hi], table.text[lo:hi], table.is_alpha[lo:hi],
                                      table.like_num[lo:hi], table.is_space[lo:hi])
    # right to left, so "Financials and smart-driving concept shares" is one phrase
    heads = indices_in(lows, _HEADS_OR_IT)
    for i in reversed(heads):
        low = lows[i]
        if i in taken or texts[i] == "Group":
            continue  # "Mitsubishi UFJ Financial Group" is a name, not the financial group of stocks
        sub = 2 if i >= 2 and lows[i - 1] == "-" and lows[i - 2] == "sub" else 1 if i >= 1 and lows[i - 1] == "sub-" else 0
        if sub:  # (Xinhua's "The Finance sub- index": the hyphen's space is a typo)
            w = i - 1 - sub  # the sector's word
            if w >= 1 and lows[w] in ("sector", "group") and alpha[w - 1]:
                w -= 1  # Reuters' "with its property sector sub-index sliding 0.64 percent", the CBC's "The metals
                # group sub-index was down by 11 per cent"
            sectors = sector_ids([texts[w]], ref) if w >= 0 and w not in taken and alpha[w] else ()
            if sectors:  # "The electronics sub-index closed 0.2 percent higher": that sector's index
                start_char, end_char = table.idx[lo + w], table.end_char(lo + i)
                found.append(Mention(w, i + 1, "sector", table.doc_text[start_char:end_char], start_char, end_char,
                                     sectors=sectors))
                taken.update(range(w, i + 1))
            if not sectors and low == "index" and w >= 0 and lows[w] == "the" and i not in taken \
                    and not (i + 1 < len(lows) and lows[i + 1] in ("of", "for", "tracking", "covering", "measuring")):
                # "Banks were the best performers, with the sub-index up 2%": the sector's own index, which the facts
                # read as "the sector index" (the sector named before it; not "The sub-index of Hong Kong's financial
                # stocks", named after it)
                start_char, end_char = table.idx[lo + i], table.end_char(lo + i)
                found.append(Mention(i, i + 1, "market", table.doc_text[start_char:end_char], start_char, end_char,
                                     extra={"head": "index"}))
                taken.add(i)
            continue  # "Three sub-indices lost ground": an index's parts, no market
        sector_index = _sector_index(table, lo, texts, i, taken, ref) if low in _SECTOR_INDEX_HEADS else None
        if sector_index is not None:  # "the energy index rose 2%": that sector's index, not the market's
            found.append(sector_index)
            taken.update(range(sector_index.start, sector_index.end))
            continue
        if low in ("market", "markets", "territory") and i >= 1 and lows[i - 1] in ("bear", "bull"):
            continue  # "Tokyo plunged into bear market with a 3.7 per cent drop": a state of the market, no market
        if low in ("market", "markets") and i >= 1 and lows[i - 1] in _NO_SHARE_MARKETS:
            continue  # "Over in the bond market, yields rose": a market of no shares
        market = _market_mention(doc, i, taken, place_at, index_tokens, sent_starts) \
            if low in _MARKET_HEAD_WORDS else None
        if market is not None and market.start == i and low in ("stocks", "shares", "equities") and i >= 1 \
                and alpha[i - 1] and (i - 1) not in taken \
                and lows[i - 1] not in _NOT_SECTOR_WORDS and sector_ids([texts[i - 1]], ref) \
                and not (i >= 2 and lows[i - 2] in ("blue", "-")):
            market = None  # "Property stocks in Hong Kong fell 2%": the sector's stocks, the place where (not "blue
            # chip stocks")
        if market is not None:
            found.append(market)
            taken.update(range(market.start, market.end))
            shared = _shared_head(doc, market, place_at, taken, lows, sent_starts)
            if shared is not None:
                found.append(shared)
                taken.update(range(shared.start, shared.end))
            continue
        basic = low == "resources" and i >= 1 and lows[i - 1] == "basic"  # the Stoxx 600's "Basic resources took the
        # biggest hit" (not the JSE's "Resources shed 0.6%", an index of its own)
        if low not in SECTOR_HEADS and not basic and not (low == "metals" and i >= 1 and lows[i - 1] in _FERROUS) and not (
                (low in _BARE_SECTOR_HEADS and (texts[i].islower() or i in sent_starts or _joined_to_sector(lows, i))
                 and not (i >= 1 and lows[i - 1] in _GOODS_BEFORE and not (i >= 2 and lows[i - 1] == "of"
                                                                  and lows[i - 2] in ("shares", "stocks"))
                          and not (i >= 2 and lows[i - 1] == "by" and lows[i - 2] in LEADING_PARTICIPLES
                                   and not any(w in BUSINESS_NOUNS or w in _DATA_NOUNS for w in lows[max(0, i - 14):i]))
                          and not _figure_noun_before(lows, i))
                 # (Investment Executive's "rose led by energy, which climbed 2.10%": the leading sector)
                 # ("Spending on autos rose 3%", "Demand for semiconductors rose 20 percent": goods, no sector;
                 # RTHK's "Shares of semiconductors dropped" are the sector's)
                 or texts[i] == "IT" and not shouted(texts, i))  # (India's "IT fell 0.9%": the IT index; "it"
                # is a pronoun, so is "IT" in an all-caps headline: "THE DOLLAR: IT ROSE 0.5%")
                and (i + 1 < len(lows) and lows[i + 1] in _BARE_SECTOR_NEXT or _figure_noun_before(lows, i)
                     or _bracketed_figure_after(lows, texts, num, i) or _sector_label(lows, i, sent_starts))):
            continue
        j = i
        while j > 0 and (j - 1) not in taken:
            pl = lows[j - 1]
            if j in sent_starts or space[j - 1] or num[j - 1] and pl not in {"three", "two"}:
                break
            # a serial comma: "while property, consumer, and tech stocks each added"
            serial = pl == "and" and j >= 3 and lows[j - 2] == "," and alpha[j - 3] and (j - 3) not in taken \
                and bool(sector_ids([texts[j - 3]], ref)) and not _commodity_word(texts[j - 3], ref)
            if pl in _SECTOR_STOPS and not serial and not (
                    pl in {"and", "&"} and j - 2 >= 0 and lows[j - 2] not in {"the", ","}
                    and (j - 2) not in taken and i - j < 6 and alpha[j - 2]
                    and not (texts[j - 2].isupper() and len(texts[j - 2]) > 2 and texts[j - 2] not in _SECTOR_ACRONYMS
                             and texts[j - 2] not in _QUALIFIER_ACRONYMS)  # (Reuters' "had to rescue regional savings
                    # bank CCM and auto stocks weighed": a name's acronym is no sector's word; "PSU and private bank
                    # stocks" are)
                    and lows[j - 2] not in _NOT_SECTOR_WORDS):
                break  # ("analysts' report and exporters": a report is no sector joined to the exporters)
            if pl in UP_VERBS or pl in DOWN_VERBS or pl in _CAUSE_VERB_WORDS or pl.endswith("ly") and pl not in {"early"} \
                    or pl in CAUSE_PARTICIPLES and not (j >= 2 and lows[j - 2] == "-") \
                    or pl in _NEVER_NAME and texts[j - 1][:1].isupper() \
                    or pl in _VERBS_BEFORE_OBJECT \
                    or pl == "led" and j >= 2 and (j - 2) in taken:  # (SCMP's "HSBC led financials lower": a name's verb)
                # "... Company Provokes Tokyo Stock Plunge"; "Barclays downgraded UK
                break  # housebuilders": the verb before its object
            if not (alpha[j - 1] or "-" in texts[j - 1] or pl in {",", "&", "'s", "-"}):
                break
            if pl == "-" and (table.ws[lo + j - 1] or j >= 2 and table.ws[lo + j - 2]) and j >= 2 \
                    and (texts[j - 2].isupper() or texts[j - 2] == ")"):
                break  # a dateline's dash ends the phrase: "JOHANNESBURG - Banks fell", "(Reuters) - Banks fell"
            if pl == "," and "and" not in lows[j:i]:
                break
            j -= 1
        while j < i and lows[j] in {",", "and", "&", "-"}:
            j += 1
        if j > 0 and lows[j - 1] in ("'s", "’s") or i > j + 1 and lows[i - 1] in ("'s", "’s") and texts[i - 2][:1].isupper() \
                or any("listed" in w for w in lows[j:i]):
            continue  # "Xiaomi's Hong Kong-listed shares", "lender Silicon Valley Bank's shares" are the company's
        words = texts[j:i + 1]
        if texts[i][:1].isupper() and i + 1 < len(texts) and texts[i + 1] in CORPORATE_TAIL_TOKENS:
            continue  # "American Airlines Group Inc. declined": a company's name, not the airlines
        if i - j > 1 and any(w in CORPORATE_TAIL_TOKENS and w != "Group" for w in words[:-1]):
            continue  # "Henan Dayou Energy Co, Yunnan Coal & Energy Co and Zhengzhou Coal Industry": companies
        mods = [w for w in words[:-1] if w.lower() not in _GENERIC_MODIFIERS and w not in {",", "&", "and", "-"}]
        if len(mods) >= 2 and all(m[:1].isupper() for m in mods) and i + 1 < len(texts) and texts[i + 1].islower() \
                and " ".join(mods).lower() not in _TITLED_SECTORS:
            continue  # "Lithium Americas shares jump 97.9%": a company's name before "shares", not the lithium sector
            # (but "Real Estate companies gained 0.9%": a sector's name in title case, as sector tables write it)
        own = mods[max((x + 1 for x, m in enumerate(mods) if m.lower() in ("based", "-based")), default=0):]
        if texts[i] in _NAME_HEADS and len(own) == 1 and own[0].istitle() and own[0].isalpha() \
                and own[0].lower() not in _GENERIC_MODIFIERS and own[0] not in ref.place_forms:
            continue  # the Miami Herald's "Miramar-based Spirit Airlines fell more than 7%": a company's name, its head
            # capitalised after a capitalised word no place (not "Chinese airlines", "Asian Airlines")
        if texts[i] in _NAME_HEADS and len(own) == 1 and own[0].istitle() and own[0] in ref.place_forms \
                and own[0] not in _REGIONAL_ADJECTIVES and i + 1 < len(texts) and not texts[i + 1][:1].isupper():
            continue  # a country's flag carrier in running text: "Turkish Airlines was the best performer", "Thai Airways
            # rose" (not a headline's "Chinese Airlines Fall", nor "Asian Airlines")
        sectors = sector_ids(["technology" if w == "IT" else w for w in words], ref)  # "the IT sector", "IT shares"
        index_after = _bare_index_after(found, i) if sectors else None
        if index_after is not None:  # "The banks index lost 3.1%": one sector index, not banks and an index
            found.remove(index_after)
            i = index_after.end - 1
        start_char, end_char = table.idx[lo + j], table.end_char(lo + i)
        if low in MARKET_HEADS and not sectors:
            continue  # a market head that names no market and no sector: "stocks", "Xiaomi's shares"
        if sectors:
            found.append(Mention(j, i + 1, "sector", table.doc_text[start_char:end_char], start_char, end_char,
                                 sectors=sectors))
            taken.update(range(j, i + 1))
        elif 0 < len(mods) <= 2 and all(m.islower() or "-" in m or m == texts[j] and j in sent_starts and m.istitle()
                                        and len(mods) == 2 and all(w.isalpha() for w in words) for m in mods) \
                and not any(m in ("'s", "’s") for m in mods) \
                and low not in {"stock", "group", "space", "issues"} \
                and not (j > 0 and num[j - 1] and low in {"companies", "firms", "stocks", "shares"}) \
                and not any(m.lower() in _HOW_MANY or m.lower() in _HOW_TRADED for m in mods):
            # (nor a count's: "an index of 50 innovative companies": how many, of what kind)
            # ("all first-section issues", "the most actively traded sector", "the worst performing sector": no sector)
            # (nor "nearly all counters were in the red": how many of them)
            # ("Cruise line companies are rising": a sentence's capital opens the phrase; nor an owner's "'s" read as
            # the sector's word: Vista Radio's "seven of 11 of the index's sectors traded lower" names no sector)
            found.append(Mention(j, i + 1, "sector", table.doc_text[start_char:end_char], start_char, end_char,
                                 sectors=(f"sector-{'-'.join(m.lower() for m in mods)[:60]}",)))
            taken.update(range(j, i + 1))
    found.sort(key=lambda m: m.start)
    for i in heads:
        if lows[i] == "sector" and i not in taken and i >= 2 and lows[i - 1] == "the" \
                and lows[i - 2] in ("with", ",", "and", "while", "as"):  # a clause's subject ("upgraded the sector": no)
            before = _sector_before(found, i - 1, sent_starts)
            if before is not None:  # "Shares of miners tumbled, with the sector down 1.4%": the miners
                start_char, end_char = table.idx[lo + i], table.end_char(lo + i)
                found.append(Mention(i, i + 1, "sector", before.text, start_char, end_char, sectors=before.sectors))
    return sorted(found, key=lambda m: m.start)


def _sector_before(found: list[Mention], i: int, sent_starts: set[int]) -> Mention | None:
    """The last sector mention ending by token i in the same sentence: what 'the sector' names."""
    before = [m for m in found if m.kind == "sector" and m.end <= i]
    if before and not any(x in sent_starts for x in range(before[-1].end, i + 1)):
        return before[-1]
    return None


#: the words after a commodity that make it a sector: "Gold stocks", "Oil shares" (the sector pass reads them)
_COMMODITY_STOCKS = frozenset({"stocks", "shares", "miners", "producers", "counters", "names", "equities"})


def _hyphen_after(texts: list[str], ws: list[bool], i: int) -> bool:
    """Whether token i is joined by a hyphen to the word after it ("oil-services", "gold-mining")."""
    return i + 2 < len(texts) and texts[i + 1] == "-" and not ws[i] and not ws[i + 1]


def _adjective_compound(texts: list[str], i: int, ws: list[bool], offset: int) -> bool:
    """'State-run', 'State-owned', 'Government-backed', 'Tokyo-based', 'Short-seller' at token i: a
    capitalised word joined by a hyphen to a participle (or a seller), which describes the name after it."""
    return i + 2 < len(texts) and texts[i + 1] == "-" and not ws[offset + i] and not ws[offset + i + 1] \
        and texts[i + 2].islower() and (texts[i + 2].endswith("ed") or texts[i + 2] in _COMPOUND_TAILS
                                        or texts[i] in _COMPOUND_HEADS)


#: lower-case words after a capitalised word and a hyphen that make a modifier: "State-run", "Rate-sensitive"
#: (participles in -ed are read as such: "Export-oriented", "Hong Kong-listed")
_COMPOUND_TAILS = frozenset({"run", "seller", "sellers", "sensitive", "heavy", "cap", "caps", "chip", "chips", "ferrous",
                             "grade", "term", "end", "scale"})
#: capitalised words that open a modifier before a hyphen: "Non-ferrous metals jumped 4%", "Mid-cap stocks"
_COMPOUND_HEADS = frozenset({"Non", "Anti", "Semi", "Multi", "Cross", "Pre", "Post", "Mid", "Small", "Large", "Micro",
                             "Blue", "Rate", "Interest", "Export", "Import", "Long", "Short", "High", "Low"})


#: adjectives that open a sentence's noun phrase, capitalised there only: no name when they stand alone
_OPENING_ADJECTIVES = frozenset({"weak", "strong", "stronger", "weaker", "firm", "firmer", "soft", "softer", "upbeat",
                                 "downbeat", "solid", "robust", "disappointing", "renewed", "fresh", "heavy",
                                 "persistent", "lingering", "growing", "mounting"})
#: the nouns an acronym describes, besides the business kinds: "The DIY group", "the EV maker"
_ACRONYM_HEADS = frozenset({"company", "firm", "group", "maker", "giant", "bank", "chain", "specialist", "major"})
#: the acronym's nouns that describe whatever stands before them after a lower-case "the"
_ACRONYM_DESCRIBES = frozenset({"maker", "giant", "specialist", "major"})
#: a business's kind that opens a sentence before its name, capitalised only as the sentence's first word
_OPENING_DESCRIPTORS = frozenset({"airline", "carmaker", "automaker", "chipmaker", "miner", "lender", "insurer",
                                  "retailer", "drugmaker", "brewer", "conglomerate", "brokerage", "broker", "jeweller",
                                  "steelmaker", "shipbuilder",
                                  # Reuters' "Refiner Idemitsu Kosan 5019.T cut early losses to end 5.58% higher"
                                  "refiner", "homebuilder", "housebuilder", "exporter", "supplier", "distributor",
                                  "manufacturer", "outsourcer", "broadcaster", "publisher", "developer", "telco",
                                  "grocer", "explorer", "producer",
                                  # Reuters' "Indebted China Evergrande Group declined 0.8%": a state before the name
                                  "indebted", "embattled", "troubled", "beleaguered", "ailing", "struggling"})  # (not "Supermarket Income REIT", "Carrier
# Access", "Bank Hapoalim": a name's own first word)


def shouted(texts: list[str], i: int) -> bool:
    """Whether a word beside token i is an upper-case word too: token i stands in an all-caps line."""
    return any(0 <= x < len(texts) and len(texts[x]) > 1 and texts[x].isalpha() and texts[x].isupper()
               for x in (i - 1, i + 1))


def _bracketed_figure_after(lows: list[str], texts: list[str], num: list[bool], i: int) -> bool:
    """Whether a bracketed figure follows the word at i, as in a list of sectors and their moves: "Just the health
    sector (1.1%), utilities (0.7%) and energy (0.2%) finished higher"."""
    if i >= 1 and (lows[i - 1] in ("-", "\u2013") or texts[i - 1][:1].isupper() and lows[i - 1] not in _LIST_OPENERS):
        return False  # (not "non-metal (-2.14%)", a compound; nor "OTE telecom (0.8%)", a company's descriptor)
    j = i + 2 + (i + 2 < len(lows) and lows[i + 2] in ("+", "-", "\u2212"))
    return i + 1 < len(lows) and lows[i + 1] == "(" and j < len(lows) and num[j]


#: capitalised words that may stand before a list's sector: "Only energy (0.4%) ...", "But utilities (0.2%) ..."
_LIST_OPENERS = frozenset({"only", "but", "however", "and", "while", "the"})


def _joined_to_sector(lows: list[str], i: int) -> bool:
    """'Materials and Healthcare led the way up': a capitalised sector word joined to another sector's."""
    return i >= 2 and lows[i - 1] in {"and", "&", ","} and (lows[i - 2] in _BARE_SECTOR_HEADS or lows[i - 2] in SECTOR_HEADS)


#: capitalised heads that end a company's name after one capitalised word: "Spirit Airlines", "Alaska Air"
_NAME_HEADS = frozenset({"Airlines", "Airways"})
#: place adjectives of a region, whose "Airlines" are the region's airlines, not one company
_REGIONAL_ADJECTIVES = frozenset({"Asian", "European", "African", "Arab", "Gulf", "Nordic", "Scandinavian", "Latin",
                                  "Western", "Eastern", "Middle", "Pacific", "Atlantic", "Global", "Regional"})


def _bare_index_after(found: list[Mention], i: int) -> Mention | None:
    """The market mention of a bare 'index' right after token i ('banks index', 'miners sub-index')."""
    for m in found:
        if m.start == i + 1 and m.kind == "market" and m.extra.get("head") in _SECTOR_INDEX_HEADS \
                and m.end - m.start <= 3 and m.text.lower() in _SECTOR_INDEX_HEADS | {"sub-index", "sub-indices"}:
            return m
    return None


_DESCRIBED_HEADS = frozenset({"index", "measure", "benchmark", "gauge", "indicator"})


def _code_description(doc: Doc, s: int) -> str | None:
    """The words that describe an index right before its code at token s, from the market's
    name on: "Dubai's main share index .DFMGI", "The Qatari index .QSI" (Reuters prints the code
    after the description); None when no name opens them ("the index .ADI")."""
    table = token_table(doc)
    texts = table.text
    j = s - 1
    if j < 1 or texts[j].lower() not in _DESCRIBED_HEADS:
        return None
    k = j - 1
    while k >= 0 and j - k <= 4 and (texts[k].isalpha() and texts[k].islower() and texts[k] != "the"
                                     or texts[k] == "-" and k >= 1 and texts[k - 1].isalpha()):
        k -= 1  # "main share", "blue-chip", "all-share"
    if k >= 1 and texts[k] in ("'s", "’s") and texts[k - 1].istitle():
        k -= 1
        while k >= 1 and texts[k - 1].istitle() and texts[k - 1].isalpha() and j - k < 8:
            k -= 1  # "Saudi Arabia's benchmark index"
    elif not (k >= 0 and texts[k].istitle() and texts[k].isalpha() and texts[k] != "The"):
        return None
    return table.doc_text[table.idx[k]:table.end_char(j)]


def _mention(doc: Doc, s: int, e: int, kind: str, tickers: dict[int, Quantity], *,
             entity_id: str | None = None) -> Mention:
    """A mention of tokens s..e, extended over an HKEX share-class suffix ("Alibaba -W",
    "Baidu Group-SW"), with the ticker that follows it, if any."""
    share_class = None
    table = token_table(doc)
    texts = table.text
    if e < len(texts) and texts[e].startswith("-") and texts[e][1:] in _SUFFIX_TOKENS:
        share_class, e = texts[e][1:], e + 1
    elif e + 1 < len(texts) and texts[e] == "-" and texts[e + 1] in _SUFFIX_TOKENS:
        share_class, e = texts[e + 1], e + 2
    start_char, end_char = table.idx[s], table.end_char(e - 1)
    m = Mention(s, e, kind, table.doc_text[start_char:end_char], start_char, end_char,
                entity_id=entity_id, share_class=share_class)
    if e + 3 in tickers and e in tickers and tickers[e].code in ("ADR", "ADS"):
        m.ticker = tickers[e + 3].code  # "Kestrel Inc (ADR) (NASDAQ:KSTL)": the listing's kind first
    elif e in tickers:
        m.ticker = tickers[e].code
    return m


#: capitalised words after a company's name that continue no other name: "Baidu Upgraded by JPMorgan" (a
#: run-in heading), "Alibaba Shares Jump", "Tencent ADRs"
_NO_NAME_AFTER_COMPANY = frozenset("""upgraded downgraded upgrade downgrade upgrades downgrades shares share stock stocks
adr adrs says said results earnings profit profits sales revenue chief ceo founder chairman rallies slumps jumps
soars tumbles surges sinks plunges gains rises falls drops climbs unit units subsidiary""".split()) | ROLE_WORDS


#: the words a sentence-opening participle takes before its object: "Bucking the trend", "Tracking its peers"
_PARTICIPLE_OBJECT_WORDS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "these", "those",
                                      "some", "most", "all", "early", "earlier", "recent", "strong", "weak"})


def _opening_participle(texts: list[str], i: int) -> bool:
    """Whether the capitalised word i opening a sentence is a participle before its object
    ("Bucking the trend", "Reversing early gains", "Extending its losses") or its agent
    ("Galvanized by"): a name the reference lacks ("Boeing", "Keating") is never followed by
    an article or "its", nor by "by"."""
    word = texts[i]
    if len(word) > 4 and word.endswith("ed") and word[1:].islower() and i + 1 < len(texts) and (
            texts[i + 1] == "by" or i + 2 < len(texts) and texts[i + 1] in AGENT_ADVERBS and texts[i + 2] == "by"):
        return True  # "Galvanized by the influx of foreign capital, ...", "Slammed hard by": a participle and its agent
    if len(word) > 5 and word.endswith("ed") and word[1:].islower() and i + 2 < len(texts) \
            and texts[i + 1].isalpha() and texts[i + 1].islower() and texts[i + 1].endswith("s") \
            and texts[i + 1] not in ("shares", "stocks", "units", "bonds", "notes", "warrants") \
            and texts[i + 2] in ("are", "were", "include", "included", "have", "had"):
        return True  # "Affected regions are North America and Europe": a participle and its plural noun, no name
    if word in _VOLUME_PARTICIPLES and i + 1 < len(texts) and texts[i + 1] in ("shares", "stocks", "volume", "volumes",
                                                                                "value"):
        return True  # Al Eqtisadiah's "Traded shares dropped 4% by some 9 million shares": the day's volume, no name
    return len(word) > 4 and word.endswith("ing") and word[1:].islower() and i + 1 < len(texts) \
        and texts[i + 1] in _PARTICIPLE_OBJECT_WORDS


#: participles that open a sentence about the day's volume ("Traded shares fell 6%"; not "United shares jumped")
_VOLUME_PARTICIPLES = frozenset({"Traded", "Exchanged", "Transacted", "Combined"})
#: the business words of a company's name joined by "and" before its corporate tail
_AND_NAME_WORDS = frozenset("""
Petrochemical Petrochemicals Fragrances Investments Investment Development Industries Industry Trading Services Electricity
Engineering Construction Chemicals Chemical Technology Technologies Finance Financial Insurance Energy Power Gas Electric
Electronics Marketing Refining Logistics Resources Minerals Mining Manufacturing Communications Telecommunications
Securities Properties Property Infrastructure Shipping Transport Transportation Trust Contracting Cement Steel Foods
Beverages Pharmaceuticals Health Healthcare Realty Leisure Entertainment Media Clearing Commerce Banking Retail Supply
Equipment Materials Machinery Textiles Products Systems Solutions Utilities Water Tourism Hotels Exploration Production
Offshore Fertilizers Fertilisers Paper
Food Beverage Product Service Solution System Agriculture Agricultural Education Learning Packaging Printing Publishing
Aviation Aerospace Defense Defence Marine Automotive Apparel Tobacco Gaming Plantations
""".split())


#: business words that join a name across "and" only before a corporate tail ("Kaori Machine and Tool Co.")
_AND_TAIL_WORDS = frozenset("""
Tool Tools Dye Dyeing Instruments Appliances Components Devices Parts Plastics Rubber Glass Metal Metals Paints Coatings
Ceramics Cable Cables Wire Electrical
""".split())


def _and_in_name(texts: list[str], j: int) -> bool:
    """Whether the "and" at token j joins the words of one company's name: business words after it up
    to a corporate tail ("Rabigh Refining and Petrochemical Co.", "International Flavors and
    Fragrances Inc."); "Acme and Beta Corp." stays two names, and so do two names the first of which ends on its
    tail ("Emirati Investors Group and Kestrel Holding Group")."""
    if j >= 1 and texts[j - 1] in CORPORATE_TAIL_TOKENS and texts[j - 1] not in _INNER_TAILS:
        return False
    k = j + 1
    while k < len(texts) and k - j <= 3 and (texts[k] in _AND_NAME_WORDS or texts[k] in _AND_TAIL_WORDS):
        k += 1
    if k > j + 1 and k < len(texts) and texts[k] in CORPORATE_TAIL_TOKENS and texts[k] != "Group":
        return True
    if any(texts[x] in _AND_TAIL_WORDS for x in range(j + 1, k)):
        return False  # (a maker's word names one company only before its tail: not "the Nifty Pharma and Metal indices")
    if k > j + 1 and k < len(texts) and texts[k].isalpha() and texts[k].islower() and j >= 1 and texts[j - 1].istitle() \
            and (texts[k] not in _PLURAL_INDEX_HEADS or (texts[j - 1], texts[j + 1]) in _PAIRED_BUSINESS_WORDS) \
            and (texts[j - 1] not in _AND_NAME_WORDS or _owned_business_words(texts, j - 1, k)):
        return True  # Capital Market's "China Overseas Land and Investment slid 0.7%": business words up to the verb
        # (not PTI's "the Nifty Metal and Realty indices rose": two indices, their plural head after them)
    # an agency's name: "the U.S. Federal Aviation Administration", "the Securities and Exchange Commission"
    head = next((x for x in range(j + 1, min(j + 3, len(texts))) if texts[x] in _AGENCY_HEADS), None)
    return head is not None and all(texts[x].istitle() for x in range(j + 1, head))


#: corporate tails that may stand inside a name before its "and": "Tata Motors and ...", "Holding and Investment Co."
_INNER_TAILS = frozenset({"Motor", "Motors", "Holding", "Company", "PT"})
_AGENCY_HEADS = frozenset({"Administration", "Commission", "Authority", "Agency", "Bureau", "Board"})
#: plural index heads after two joined names that make them two: "the Metal and Realty indices" (not "Oil and Gas
#: stocks", one sector's)
_PLURAL_INDEX_HEADS = frozenset({"indices", "indexes", "sub-indices"})


def _owned_business_words(texts: list[str], first: int, k: int) -> bool:
    """Whether the business words from token ``first`` (one before "and", more after it, up to token k) follow their
    owner's own name: "Kestrel Exploration and Production rose" (not an index's "BSE Oil and Gas index", "Nifty Oil and
    Gas rose", nor a sector's words opening the sentence)."""
    owner = texts[first - 1] if first >= 1 else ""
    return (texts[first], texts[first + 2]) in _PAIRED_BUSINESS_WORDS and owner.isalpha() \
        and (owner.istitle() or owner.isupper()) and owner not in _AND_NAME_WORDS \
        and owner.lower() not in _INDEX_OWNERS and texts[k].lower() not in _INDEX_HEADS_AFTER


#: the business words a company's name pairs across "and" (not "JSW Energy and Power Finance rose 2% each": two)
_PAIRED_BUSINESS_WORDS = frozenset({("Exploration", "Production"), ("Oil", "Gas"), ("Refining", "Marketing"),
                                    ("Engineering", "Construction"), ("Food", "Beverage"), ("Foods", "Beverages"),
                                    ("Trading", "Investment"), ("Development", "Investment"), ("Gas", "Power"),
                                    ("Investment", "Finance")})
#: the index families and exchanges whose sector indices read like a company's business words ("BSE Oil and Gas")
_INDEX_OWNERS = frozenset({"bse", "nse", "nifty", "sensex", "ftse", "msci", "stoxx", "s&p", "dow", "topix", "kse",
                           "psx", "dse", "cse", "tsx", "asx", "jse", "sgx", "idx", "set", "hang", "seng", "csi", "sse",
                           "szse", "the", "a", "an"})
#: the words after a business phrase that make it an index or a sector, not a company: "Oil and Gas index fell"
_INDEX_HEADS_AFTER = frozenset({"index", "indices", "indexes", "sector", "sectors", "sub-index", "subindex", "stocks",
                                "shares", "counters", "companies", "firms", "names", "issues", "space", "group"})


def _possessive_in_name(texts: list[str], j: int, first: int) -> bool:
    """Whether the possessive at token j is inside a company's name: one capitalised word and a
    corporate tail after it ("Hudson's Bay Co.", "Macy's Inc." has its tail right after), or, after a
    name of one word (``first`` is j - 1), capitalised words up to a lower-case one: a brand named for
    its founder, then its verb ("Domino's Pizza popped", "Dick's Sporting Goods rose"; not a
    title-case headline's "Macy's Sales Lift Stocks", where no lower-case word ends the run)."""
    if j + 1 >= len(texts):
        return False
    if texts[j + 1] in CORPORATE_TAIL_TOKENS or texts[j + 1].istitle() and j + 2 < len(texts) \
            and texts[j + 2] in CORPORATE_TAIL_TOKENS:
        return True
    if first != j - 1 or texts[first].lower() in _NO_FOUNDERS:
        return False  # ("the People's Alliance won 53.6 percent", "Friday's Jobs Report showed")
    k = j + 1
    while k < len(texts) and k - j <= 3 and texts[k].istitle() and texts[k].isalpha():
        k += 1
    return j + 1 < k < len(texts) and k - j <= 3 and texts[k].isalpha() and texts[k].islower()


#: capitalised words before a possessive that are no founder's name: a party's, a day's, a month's
_NO_FOUNDERS = frozenset({"people", "nation", "children", "women", "men", "workers", "citizens", "farmers", "veterans",
                          "world", "investors", "traders", "country", "party", "today", "year", "week", "month",
                          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                          "january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december"})


def _descriptor_word(text: str) -> bool:
    """'Insurer', 'Carmaker', 'Chipmaker', 'Miners': a capitalised description noun opening a
    sentence, a company's agent noun or a plural. A sector's mass noun is no description there: it
    opens many names ("Power Grid Corp", "Coal India", "Energy Transfer", "Steel Authority of India")."""
    from marketkg.loaders.descriptions import COMPANY_NOUNS, describes_sector  # a cycle at import time otherwise
    low = text.lower()
    return low in COMPANY_NOUNS and low != "major" or low in _RELATION_NOUNS or low.endswith("maker") \
        or describes_sector(low) and (low.endswith("s") or low.endswith(("er", "or")) and low not in _MASS_NOUNS_IN_ER)


#: a company named by its tie to another: "Affiliate Samsung Life Insurance advanced", "Rival Meituan fell"
#: (not "partner": "Partner Communications rose" is a name)
_RELATION_NOUNS = frozenset({"affiliate", "rival", "peer", "subsidiary", "sister", "competitor", "arch-rival",
                             "compatriot", "counterpart"})
#: opening adverbs in -ly shorter than eight letters (longer ones are read as adverbs by their length)
_SHORT_OPENING_ADVERBS = frozenset({"notably", "finally", "lastly", "briefly", "largely", "broadly", "clearly",
                                    "equally", "oddly", "mostly", "partly", "firstly", "thirdly", "sadly", "happily"})
#: sector nouns that end like an agent noun and open names: "Power Grid", "Water Corp", "Copper Mountain"
_MASS_NOUNS_IN_ER = frozenset({"power", "water", "paper", "rubber", "timber", "copper", "silver", "leather"})


def _named_before_commodity(texts: list[str], s: int, sent_starts: set[int]) -> bool:
    """Whether the word right before the capitalised commodity at s (or before its "&") is a name's:
    capitalised, not a word that opens a commodity's phrase ("Brent", "Comex", "Spot")."""
    if s >= 3 and texts[s - 1] == "&":  # "Copper & Gold" inside a name (not a heading's "Copper & Gold Rally")
        return texts[s - 2][:1].isupper() and s - 2 not in sent_starts and texts[s - 3][:1].isupper()
    word = texts[s - 1]
    return word[:1].isupper() and word.isalpha() and word.lower() not in _NO_NAME_BEFORE_COMMODITY


def _name_goes_on(doc: Doc, e: int, sent_starts: set[int]) -> bool:
    """Whether the capitalised word after a known company's name makes another company's name:
    "Celltrion Healthcare", "Alibaba Health", "Samsung C&T", "J.P. Morgan Chase" (not "Baidu Upgraded
    by JPMorgan", a run-in heading, nor "Tencent ADRs")."""
    if e >= len(doc):
        return False
    text = token_table(doc).text[e]
    if text.lower() in _NO_NAME_AFTER_COMPANY:
        return False
    if "&" in text and text[:1].isupper() and text.replace("&", "").isalpha() and e not in sent_starts:
        return True  # "Samsung C&T"
    if text.istitle() and text.lower() in _BARE_COMMODITIES:
        return True  # the older "Freeport-McMoRan Copper & Gold", "Newmont Gold": a commodity naming the company
    return index_inside_name(doc, e, sent_starts)


def _name_starts_before(texts: list[str], s: int, sent_starts: set[int], place_end_at: dict[int, Place],
                        tail: bool) -> bool:
    """Whether the capitalised word right before a known company's name at s opens a longer name that
    holds it: Norway's "Aker BP", not a description ("Carmaker Toyota", "Rival Tencent"), a place or its
    adjective ("Swiss UBS", "Dutch Shell"), a month or a verb, nor a word of a title-case headline
    ("Oil Stocks Lift BP": a capitalised word before the word before). A sentence's first word opens
    the name only with a corporate tail after it (``tail``: "Aker BP ASA gained"; "Miners Antofagasta
    and Glencore rose", "Peers KPN and Orange fell" describe)."""
    p = s - 1
    if p < 0 or s in place_end_at or not texts[p].istitle() or not texts[p].isalpha() or len(texts[p]) < 2:
        return False
    low = texts[p].lower()
    if low in NAME_STOPWORDS or low in MONTHS or low in WEEKDAYS or low in _NO_NAME_AFTER_COMPANY \
            or low in _FORMAL_PREFIXES or low in _REGION_ADJECTIVES or low in _DESCRIPTION_WORDS \
            or not _is_name_token(texts[p]) or _descriptor_word(texts[p]):
        return False  # (a description after a dateline's dash: "TOKYO (Reuters) - Bellwether Toyota rose")
    return tail if p in sent_starts else not texts[p - 1][:1].isupper()


#: description nouns that open a sentence or follow a dateline before a company's name, which _descriptor_word does
#: not know: "Grocer Tesco", "Airline easyJet", "Bellwether Toyota", "Utility Centrica"
_DESCRIPTION_WORDS = frozenset({"bellwether", "grocer", "brewer", "airline", "utility", "supermarket", "jeweller",
                                "jeweler", "broadcaster", "telecom", "builder", "engineer", "explorer", "shipper",
                                "distiller", "bookmaker", "publisher", "outsourcer", "caterer", "housebuilder",
                                "homebuilder", "chemicals", "tobacco", "defence", "defense", "cruise", "steelmaker"})


#: the formal words a company's full name opens with, before the name the reference knows: "Royal KPN",
#: "Koninklijke Ahold Delhaize", "Groupe Danone", "Deutsche Lufthansa", "Grupo Santander", "Companhia Vale"
_FORMAL_PREFIXES = frozenset({"royal", "koninklijke", "groupe", "grupo", "gruppo", "deutsche", "companhia", "compagnie",
                              "compania", "compañía", "banco", "banca", "societe", "société", "sociedad", "general",
                              "nippon", "china", "hong", "svenska", "norsk", "dansk", "suomen", "bank", "the"})
#: regional adjectives the place data do not hold: "Kiwi Fletcher Building", "Nordic Nokia"
_REGION_ADJECTIVES = frozenset({"kiwi", "aussie", "nordic", "scandinavian", "gulf", "arab", "latin", "baltic", "iberian",
                                "continental", "transatlantic"})


def _commodity_opens_name(texts: list[str], e: int) -> bool:
    """Whether the capitalised words after a commodity's name at token e make it a company's: two more of them
    ("Gold One International", "Copper Mountain Mining", "Gold Road Resources") or a company's word ("Oil Search",
    "Silver Mines"; not a headline's "Gold Hits Record", "Oil Prices Rise", "Gold Futures")."""
    if e >= len(texts) or not texts[e].isalpha() or not texts[e][:1].isupper():
        return False
    low = texts[e].lower()
    if low in NAME_STOPWORDS or low in _NO_NAME_AFTER_COMPANY or low in _NOT_AFTER_COMMODITY or low in UP_VERBS \
            or low in DOWN_VERBS or low in _BARE_COMMODITIES:
        return False
    if texts[e] in CORPORATE_TAIL_TOKENS or low in _COMMODITY_COMPANY_WORDS:
        return True
    nxt = texts[e + 1] if e + 1 < len(texts) else ""
    return nxt.isalpha() and nxt[:1].isupper() and (nxt in CORPORATE_TAIL_TOKENS or nxt.lower() in GENERIC_TAILS
                                                     or nxt.lower() in _COMMODITY_COMPANY_WORDS)


#: words that follow a commodity's name in a headline, no company's: "Oil Prices Rise", "Gold Futures Slip"
_NOT_AFTER_COMMODITY = frozenset({"futures", "prices", "price", "stocks", "shares", "miners", "producers", "exports",
                                  "imports", "output", "demand", "supply", "reserves", "market", "markets", "etf", "etfs",
                                  "sector", "index", "rally", "slump", "hits", "nears", "tops", "extends", "holds",
                                  "steadies", "edges", "eases", "firms", "dips", "slips"})
#: the words that make a currency's name a company's: "Sterling Bank", "Sterling Financial Holdings"
_CURRENCY_COMPANY_WORDS = frozenset({"Bank", "Financial", "Capital", "Insurance", "Holdings", "Group", "Trust", "Asset",
                                     "Assets", "Investments", "Investment", "Securities", "Finance", "Partners"})
#: the words that make a commodity's name a company's: "Oil Search", "Silver Mines", "Gold Road Resources"
_COMMODITY_COMPANY_WORDS = frozenset({"search", "mines", "mining", "refineries", "refinery", "resources", "minerals",
                                      "metals", "exploration", "royalties", "fields", "corp", "energy", "petroleum",
                                      "ventures", "industries"})


def _top_40_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    """'the top 40 lost 0.19%', 'the blue-chip top 40 gained', 'The top 40 index shed 0.32%': Business
    Day's lower-case name of Johannesburg's Top 40, when a verb follows it (not "the top 40 companies",
    "the top 40 Alsi futures"). Read before the market words, which would take its "index"."""
    table = token_table(doc)
    lows, texts = table.lower, table.text
    out = []
    south_african = None  # (read from the story once, when a candidate needs it)
    for i in indices_in(lows, _TOP):
        end = i + 3 if i + 2 < len(lows) and lows[i + 2] == "index" else i + 2
        the = i - 1 if lows[i - 1] == "the" else i - 4 if i >= 4 and lows[i - 1] == "chip" else -1  # "the blue-chip"
        if texts[i] != "top" or the < 0 or lows[the] != "the" or end >= len(lows) \
                or lows[i + 1] != "40" or any(t in taken for t in range(i, end)) or lows[end] not in _TOP_40_NEXT \
                or the >= 1 and lows[the - 1] in _PREPOSITIONS_BEFORE_TOP_40:
            continue  # ("Seven of the top 40 fell", "Shares in the top 40 fell 1.2% on average": its members)
        if south_african is None:
            south_african = _SOUTH_AFRICAN.search(table.doc_text) is not None
        if not south_african:
            continue  # (the top 40 of a ranking, in a story of no South African market: its exchange, city,
            # country, all-share or currency name none)
        out.append(_mention(doc, i, end, "ref", {}, entity_id="idx-jse-top40"))
        taken.update(range(i, end))
    return out


_TOP = frozenset({"top"})
_PREPOSITIONS_BEFORE_TOP_40 = frozenset({"of", "in", "among", "across", "from", "on", "for", "to"})
_TOP_40_NEXT = UP_VERBS | DOWN_VERBS | frozenset({"was", "closed", "ended", "finished", "edged", "firmed", "softened",
                                                  "weakened", "strengthened", ",", "(", "also"})
_SOUTH_AFRICAN = re.compile(r"\bJSE\b|Johannesburg|South Africa|\b[Aa]ll[ -][Ss]hare\b|\brand\b")


def _all_share_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    """'the all share', 'the all-share index' in lower case, and 'the All Share Index' as a whole name:
    the story's market's all-share index, as Johannesburg's and Lagos's papers name it ("The all share
    closed 0.75% lower"); the resolver reads it as the story's benchmark, like "the index". Not "all
    share prices"."""
    table = token_table(doc)
    lows, texts = table.lower, table.text
    out = []
    for i in indices_in(lows, _ALL):
        j = i if lows[i] != "all" else i + 2 if i + 2 < len(lows) and lows[i + 1] == "-" else i + 1
        # (capitalised only as a whole name: "The All Share Index (ASI) of the Nigerian Exchange", Lagos's papers)
        # (and Philstar's "the broader All Shares index")
        named = texts[i] == "All" and j + 1 < len(texts) and (texts[j] == "Share" and texts[j + 1] == "Index"
                                                              or texts[j] == "Shares" and lows[j + 1] == "index")
        # Colombo's "All Share Price Index" (ASPI), a whole name with its "Price" (no "all share prices")
        priced = texts[i] == "All" and j + 2 < len(texts) and texts[j] == "Share" and texts[j + 1] == "Price" \
            and texts[j + 2] == "Index"
        named = named or priced
        # BusinessWorld's "the broader all-shares index", "The broader allshares index": the plural before "index"
        plural = texts[i][:1].islower() and j + 1 < len(lows) and lows[j] in ("shares", "allshares", "allshare") \
            and lows[j + 1] == "index"
        the = i - 2 if i >= 2 and lows[i - 1] in ("broader", "wider", "broad") else i - 1  # "the broader all-share index"
        # "The Colombo Stock Exchange's All Share Price Index": the exchange's own name before it
        owned = named and the >= 0 and lows[the] in ("'s", "’s")
        if not (the >= 0 and (lows[the] == "the" or owned) and (texts[i][:1].islower() or named) and j < len(lows)
                and (lows[j] == "share" or named or plural)) \
                or i in taken or j in taken \
                or not priced and j + 1 < len(lows) and lows[j + 1] in ("price", "prices", "holders"):
            continue
        end = j + 3 if priced else j + 2 if j + 1 < len(lows) and lows[j + 1] == "index" and j + 1 not in taken \
            else j + 1
        start_char, end_char = table.idx[i], table.end_char(end - 1)
        out.append(Mention(i, end, "market", table.doc_text[start_char:end_char], start_char, end_char,
                           region="lk" if priced and not owned else None,  # (the name is Colombo's own)
                           extra={"head": "index", "all_share": True}))
        taken.update(range(i, end))
    return out


_ALL = frozenset({"all", "allshares", "allshare"})
#: a price written with its currency's letters and no space: "$C84.45", "HK1.25"
_PRICE_TOKEN = re.compile(r"[A-Z]{1,3}\d+\.\d+")
#: a three-letter stock code, as Vietnam's exchanges list them ("VCB", "CTG", "VNM")
_LISTING_CODE = re.compile(r"[A-Z]{3}")
#: the words before a rating that is no name: "downgraded to Sell", "from Buy", "rated it a Hold", "at Neutral"
_RATING_BEFORE = frozenset({"to", "from", "a", "at", "as"})


def _all_share_phrases(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The market phrase "share index" after "all-" or "all" is the all-share index ("the broader all-share
    index", "the all share index"): the phrase takes the words before it and says so."""
    table = token_table(doc)
    lows = table.lower
    out = mentions
    bare_index = {m.start: x for x, m in enumerate(mentions) if m.kind == "market" and m.text.lower() == "index"}
    for x, m in enumerate(mentions):
        if m.extra.get("all_share") and m.end in bare_index:
            # "the broader all-shares index": the index word a market phrase took is the all-share name's
            if out is mentions:
                out = list(mentions)
            index = mentions[bare_index[m.end]]
            out[x] = replace(m, end=index.end, end_char=index.end_char, text=table.doc_text[m.start_char:index.end_char])
            out[bare_index[m.end]] = None
            continue
        if m.kind != "market" or lows[m.start] != "share" or m.start < 1:
            continue
        s = m.start - 2 if m.start >= 2 and lows[m.start - 1] == "-" and lows[m.start - 2] == "all" \
            else m.start - 1 if lows[m.start - 1] == "all" else None
        if s is None:
            continue
        if out is mentions:
            out = list(mentions)
        start_char = table.idx[s]
        out[x] = replace(m, start=s, start_char=start_char, text=table.doc_text[start_char:m.end_char],
                         extra={**m.extra, "all_share": True})
    return [m for m in out if m is not None] if out is not mentions else out


#: corporate tails the tokenizer parts from their full stop (it knows "Ltd.", "Inc.", "Corp."): Malaysia's "Bhd.",
#: Indonesia's "Tbk.", Thailand's "Pcl."
_DOTTED_TAILS = frozenset({"Bhd", "Tbk", "Pcl", "PCL", "Hlds", "Hldgs", "Hldg"})


#: what follows a dateline's place: "PARIS (Reuters) -", "NEW YORK -", "MEXICO CITY:", "TOKYO, March 3"
_DATELINE_NEXT = frozenset({"(", "-", "\u2014", "\u2013", ",", ":"})


def _dateline_end(texts: list[str], i: int, ref: ReferenceData) -> int | None:
    """The token after a dateline's place in capitals at token i (one to three words the reference data
    know as a place), else None."""
    k = i
    while k < len(texts) and k - i < 3 and texts[k].isalpha() and texts[k].isupper():
        k += 1
    place = " ".join(texts[i:k]).title()
    while k < len(texts) and not texts[k].strip():
        k += 1  # (the working text blanks a wire's "(Reuters)")
    if k == i or k >= len(texts) or texts[k] not in _DATELINE_NEXT:
        return None
    return k if place in ref.place_forms else None


def find_mentions(doc: Doc | Span, gazetteer: GazetteerMatcher, ref: ReferenceData | None = None) -> list[Mention]:
    """All mentions in ``doc``, sorted, none overlapping."""
    ref = ref or reference()
    base = doc if isinstance(doc, Doc) else doc.doc
    offset = 0 if isinstance(doc, Doc) else doc.start
    mentions: list[Mention] = []
    taken: set[int] = set()
    quantities = quantity_tokens(base)
    tickers = {s: q for s, _e, label, q in quantities if label == "TICKER"}
    in_quantities = {i for s, e, _label, _q in quantities for i in range(s, e)}
    # a code after its exchange with no brackets ("Tesla NASDAQ:TSLA fell"): the exchange's name there is no index's
    in_bare_codes = {i for s, e, label, q in quantities if label == "TICKER" and ":" in q.text
                     and q.text[:1] not in "([" for i in range(s, e)}
    sent_starts = start_tokens(base)
    place_matches = [(label, s + offset, e + offset)
                     for label, s, e in gazetteer.place_matches(doc if isinstance(doc, Doc) else doc.as_doc())]
    all_places = find_places(base, place_matches, set())
    place_end_at = {p.end: p for p in all_places}
    base_texts, base_ws = token_table(base).text, token_table(base).ws
    for label, s, e in gazetteer.matches(doc if isinstance(doc, Doc) else doc.as_doc()):
        s, e = s + offset, e + offset
        if s in in_bare_codes:
            continue
        ent = ref.entities[label]
        matched = e
        # swallow corporate tails and HKEX share-class suffixes: "Baidu Group-SW", "Alibaba -W", and the
        # generic tails the reference's loose lookup reads the same way: "Cisco Systems" is Cisco
        while ent.type in (EntityType.COMPANY, EntityType.INVESTOR) and e < len(base_texts) and (
                base_texts[e] in CORPORATE_TAIL_TOKENS
                or base_texts[e][:1].isupper() and base_texts[e].casefold() in GENERIC_TAILS
                or base_texts[e] == "," and e + 1 < len(base_texts) and base_texts[e + 1] in CORPORATE_TAIL_TOKENS
                or base_texts[e] == "&" and e + 1 < len(base_texts) and base_texts[e + 1] in ("Co.", "Co")):
            e += 1  # "GaoDi Co., Ltd.", "Wells Fargo & Co."
        if ent.type is EntityType.INVESTOR and e > matched and matched - s == 1 and base_texts[s].isupper() \
                and base_texts[matched] not in CORPORATE_TAIL_TOKENS \
                and not (e < len(base_texts) and base_texts[e].lower() in ANALYST_NOUNS):
            continue  # Reuters' "BOE Technology": an acronym of an investor's ("BOE", the Bank of England) opening a
            # company's name with a generic word after it, which the candidate pass reads (not the broker's "UBS
            # Technology analysts", review 105)
        if ent.type is EntityType.COMPANY and e + 1 < len(base_texts) and base_texts[e] == "-" and not base_ws[e - 1] \
                and not base_ws[e] and base_texts[e + 1][:1].isupper() and base_texts[e + 1].isalpha() \
                and base_texts[e + 1] not in ("SW", "W", "S", "B", "H", "A"):
            e += 2  # Reuters' "Spirax-Sarco": the company's older hyphenated name (not a share class: "Baidu-SW")
        if e + 1 < len(base_texts) and base_texts[e] == "." and base_texts[e - 1] in _DOTTED_TAILS and not base_ws[e - 1] \
                and not base_texts[e + 1][:1].isupper():  # (not a sentence's end: "sold Sime Darby Bhd. The FBM KLCI")
            e += 1  # Bloomberg's "Tenaga Nasional Bhd. (TNB) advanced 5.1 percent": the tail's own full stop
        # the company's own ticker printed bare after its name: "Kestrel KSTL, down 4.2%, Osprey OSPR, down 3.1%"
        own_ticker = ent.type is EntityType.COMPANY and ent.ticker is not None and e < len(base_texts) \
            and len(base_texts[e]) >= 2 and base_texts[e] == ent.ticker.split(".")[0] and base_texts[e].isupper()
        if ent.type in (EntityType.COMPANY, EntityType.INVESTOR) and e == matched and e - s <= 3 and not own_ticker \
                and _name_goes_on(base, e, sent_starts):  # (no corporate tail was swallowed)
            continue  # "Celltrion Healthcare", "Alibaba Health": another company, which the candidate pass reads
        if ent.type is EntityType.COMPANY and e + 1 < len(base_texts) and base_texts[e - 1] in NAME_HEADS_BEFORE_OF \
                and base_texts[e] == "of" and base_texts[e + 1].istitle():
            continue  # "Industrial and Commercial Bank of Vietnam": a longer name, another bank's (ICBC's own name,
            # "... of China", is matched whole)
        if ent.type is EntityType.INVESTOR and e > matched and base_texts[s][:1].isupper() \
                and all(a[:1].islower() for a in ent.aliases):
            continue  # "Emirati Investors Group": a company's name, which the candidate pass reads (the investors
            # that a common noun names have no corporate tail)
        if ent.type is EntityType.COMPANY and _name_starts_before(base_texts, s, sent_starts, place_end_at, e > matched):
            continue  # "Aker BP", "Cosmo Shell": a longer name that holds a known one's, which the candidate pass reads
        if ent.type is EntityType.COMMODITY and base_texts[s][:1].isupper() and _commodity_opens_name(base_texts, e):
            continue  # "Gold One International", "Copper Mountain Mining", "Oil Search": a company's name, which the
            # candidate pass reads
        if ent.type is EntityType.CURRENCY and base_texts[s][:1].isupper() and e < len(base_texts) \
                and (base_texts[e] in _CURRENCY_COMPANY_WORDS or _commodity_opens_name(base_texts, e)):
            continue  # Lagos' "Sterling Bank", "Sterling Financial Holdings": a currency's word opens a company's name
        if ent.type is EntityType.COMMODITY and (_hyphen_after(base_texts, base_ws, e - 1) or e < len(base_texts)
                                                  and base_texts[e] in _COMMODITY_STOCKS):
            continue  # "the oil-services company", "gold-mining stocks", "Gold stocks were higher": no commodity
        if ent.type is EntityType.COMMODITY and s >= 1 and base_texts[s][:1].isupper() and s not in sent_starts \
                and _named_before_commodity(base_texts, s, sent_starts):
            continue  # "Barrick Gold", "Kinross Gold", "Freeport-McMoRan Copper & Gold": a company's name, which the
            # candidate pass reads
        if e - s == 1 and base_texts[s] == "won" and e < len(base_texts) and (
                base_texts[e][:1].isdigit() or base_texts[e].lower() in ("the", "a", "an", "its", "their")) \
                and not (s >= 1 and base_texts[s - 1].lower() in ("the", "korean")):
            continue  # "Johnson & Johnson won 2.0 percent", WAtoday's "Lynas won the day with a 12 per cent share price
            # jump": the verb (the currency follows its amount: "858 billion won")
        if ent.type is EntityType.INDEX:
            if s >= 2 and base_texts[s - 1] == "-" and not base_ws[s - 2] and not base_ws[s - 1] \
                    and base_texts[s - 2].lower() not in WEEKDAYS \
                    or s >= 1 and base_texts[s - 1].lower() in ("blue", "blue-"):
                continue  # "the blue-chip index", "the CAC 40 blue chip index": a compound's tail, not the chip index
            if e + 1 < len(base_texts) and base_texts[e] == "-" and not base_ws[e - 1] \
                    and base_texts[e + 1].lower() in ("style", "like", "type", "linked", "tracking"):
                continue  # "China's NASDAQ-style board": a compound's head, no move of the Nasdaq
            if e + 1 < len(base_texts) and base_texts[e] == "-" and not base_ws[e - 1] and not base_ws[e] \
                    and base_texts[e + 1].isalpha() and base_texts[e + 1].isupper():
                continue  # Warsaw's "the WIG-INFO index", "WIG-BANKI": a sub-index the candidate pass names whole
            if index_inside_name(base, e, sent_starts):
                continue  # "Dow Chemical", "Nikkei Asia": the candidate pass reads the longer name
            if base_texts[e - 1].isdigit() and e + 1 < len(base_texts) and base_texts[e] == "-" \
                    and not base_ws[e - 1] and base_texts[e + 1].lower() in SIZE_NOUNS:
                # PTI's "The BSE 30-share barometer": the number counts the index's shares, the whole is its name
                e += 2
                if e < len(base_texts) and base_texts[e].lower() in INDEX_HEADS:
                    e += 1
            e = index_tail(base, e, taken | in_quantities)  # "Nikkei index", "Dow Jones Industrial Index"
            placed = index_place_prefix(base, s, place_end_at)  # "Seoul's Kospi"
            if not taken.intersection(range(placed, s)):  # (not a place inside the name before it: "The Stock
                s = placed  # Exchange of Thailand's SET Index", whose "Thailand" is the exchange's)
        mentions.append(_mention(base, s, e, "ref", tickers, entity_id=ent.id))
        # another surface form of the entity beside the mention's own, for its aliases
        if ent.type is EntityType.INDEX and base_texts[s].startswith("."):
            described = _code_description(base, s)
            if described:
                mentions[-1].extra["surface"] = described  # "Dubai's main share index .DFMGI"
        elif ent.type is EntityType.COMPANY and s >= 1 and base_texts[s - 1] == "PT":
            mentions[-1].extra["surface"] = "PT " + mentions[-1].text  # Indonesia's "PT Bank Negara Indonesia"
        if own_ticker:  # the ticker is the mention's, as a bracketed one would be; the name alone its text
            named = mentions[-1]
            named.end, named.end_char, named.ticker = named.end + 1, token_table(base).end_char(named.end), ent.ticker
        e = mentions[-1].end
        taken.update(range(s, e))
    taken |= in_quantities
    mentions += _top_40_mentions(base, taken)
    index_tokens = frozenset(i for m in mentions if (m.entity_id or "").startswith("idx-") for i in range(m.start, m.end))
    places = [p for p in all_places if not any(t in taken for t in range(p.start, p.end))]  # find_places(..., taken)
    place_at = {t: p for p in places for t in range(p.start, p.end)}
    for m in _sector_and_market_mentions(base if isinstance(doc, Doc) else doc, taken, ref, index_tokens, place_at,
                                         sent_starts if isinstance(doc, Doc) else None):
        if m.kind == "market" and _markets_in_name(base_texts, m.start, m.end, place_at):
            continue  # "Kestrel Markets tumbled 12%": a broker's name, which the candidate pass reads
        if not any(t in taken for t in range(m.start, m.end)):
            mentions.append(m)
            taken.update(range(m.start, m.end))
    _index_on_exchange(mentions, token_table(base).lower)
    mentions += _place_mentions(base, places, taken, sent_starts)
    mentions += _all_share_mentions(base, taken)
    mentions = _all_share_phrases(base, mentions)
    # a bare "Index" the market pass took, which a name before it may claim ("Bloomberg Dollar Spot Index")
    base_low = token_table(base).lower
    bare_index = {m.start: m for m in mentions if m.kind == "market" and m.end == m.start + 1
                  and base_low[m.start] == "index"}
    # company-like names the reference data do not know
    i = 0
    texts = token_table(base).text[offset: offset + len(doc)]  # token i of doc is token offset + i of base
    n_toks = len(texts)
    name_like = name_token_flags(texts)  # _is_name_token of each token
    for n in indices_in(token_table(base).lower[offset: offset + n_toks], _BARE_COMMODITIES):
        if texts[n].istitle() and _commodity_opens_name(texts, n + 1):
            name_like[n] = True  # "Gold One International", "Oil Search": a commodity's name opens a company's
    for first in compress(range(n_toks), name_like):  # only these can open a name
        if first < i or offset + first in taken:
            continue
        i = first
        if texts[i].lower().rstrip(".") in MONTHS and i + 1 < n_toks and texts[i + 1][:1].isdigit():
            continue  # "on Oct 15", "Tokyo, Sep 15": a date, no name
        if i >= 1 and texts[i - 1].lower() in ("on", "in", "by", "until", "since") \
                and (texts[i].lower() in WEEKDAYS or texts[i].lower() in MONTHS) and texts[i].istitle():
            continue  # "On Friday Kestrel rose 2%", "In March Kestrel fell": the day or month, then the name
        if texts[i].isupper() and (dateline := _dateline_end(texts, i, ref)) is not None:
            i = dateline  # "PARIS (Reuters) -", "MEXICO CITY:": the place the story is filed from, no name
            continue
        if texts[i] in SHARE_CLASS_WORDS and i > 0 and texts[i - 1].endswith(")"):
            continue  # "Itau Unibanco (SA:) PN rose": the class of the name before its code, no name of its own
        if offset + i in sent_starts and _adjective_compound(texts, i, base_ws, offset):
            continue  # "State-run Korea Electric Power rose", "Government-backed X": a description, no name
        if "-" in texts[i] and texts[i].rsplit("-", 1)[1] in PLACED_PARTICIPLES:
            continue  # the Los Angeles Business Journal's "L.A.-based file-sharing pioneer Napster Inc.": one token
            # the tokenizer kept whole, a description
        if offset + i in sent_starts and _opening_participle(texts, i):
            continue  # "Bucking the trend, the Qatari index fell": a participle's clause, no name
        if offset + i in sent_starts and i + 2 < n_toks and texts[i].istitle() and texts[i + 1] in _OPENING_DESCRIPTORS \
                and (name_like[i + 2] or offset + i + 2 in taken):
            continue  # "Domestic brokerage Kestrel cut the shares": a state or origin, the business's kind, then
            # the name
        if offset + i in sent_starts and texts[i].lower() in _OPENING_DESCRIPTORS and i + 1 < n_toks \
                and (name_like[i + 1] or offset + i + 1 in taken):
            continue  # "Airline SAS rose 4.2 percent": the description, then the name (read from the next word, or
            # known: "Refiner Idemitsu Kosan cut early losses")
        if (offset + i in sent_starts or i >= 1 and texts[i - 1] in ("-", "--", "—", "–", ":")) and i + 1 < n_toks \
                and texts[i + 1] == "," and (
                texts[i].endswith("ly") and (len(texts[i]) >= 8 or texts[i].lower() in _SHORT_OPENING_ADVERBS)
                or texts[i].lower() in ("overnight", "earlier", "later", "yesterday", "today", "meantime")):
            continue  # "Similarly, the Sensex traded between X and Y, closing 0.82% lower", Reuters' "Overnight, the S&P
            # 500 ... rose": an adverb, no name
            # (not "Lilly, the maker of Zepbound, jumped 4 percent", "Italy,", "Kelly,": short names end so too)
        if offset + i in sent_starts and i + 1 < n_toks and name_like[i + 1] and offset + i + 1 not in taken \
                and (texts[i] == "The" and i + 2 < n_toks and name_like[i + 2] or _descriptor_word(texts[i])
                     and texts[i] != "Bank"):  # ("Bank Hapoalim", "Bank Mandiri": the name's own first word)
            i += 1  # "Insurer FBD declined 2.1pc": the description opening the sentence is no part of the name
        if _session_verb(texts, i) or i >= 1 and _session_verb(texts, i - 1):
            continue  # a headline's "US Markets Close Down More Than 1%", "China Stocks End Flat": the close, no name
        j = i
        while j < n_toks and offset + j not in taken:
            t = texts[j]
            if _session_verb(texts, j):
                break
            if name_like[j] and offset + j not in sent_starts or j == i:
                j += 1
            elif t in _NAME_NOUNS and j > i and (j + 1 >= n_toks or not texts[j + 1][:1].isupper()):
                j += 1  # CNBC's "Clean Energy Fuels — The stock was 3.6% higher" (not a headline's "Rally Fuels Gains")
            elif (t in _NAME_CONNECT and (t != "and" or _and_in_name(texts, j))
                  and not (t == "of" and j - 1 > i and texts[j - 1] in _TOWN_AFTER and j + 2 < n_toks
                           and not name_like[j + 2])
                  or t == "for" and (texts[j - 1] in _FOR_HEADS or _company_tail_ahead(texts, j + 1, name_like))) \
                    and j + 1 < n_toks and name_like[j + 1]:
                j += 1  # ("Abu Dhabi National Oil Company for Distribution", "Rabigh Refining and Petrochemical Co.")
            elif t in ("al", "el") and j > i and j + 2 < n_toks and texts[j + 1] == "-" and not base_ws[offset + j] \
                    and not base_ws[offset + j + 1] and name_like[j + 2]:
                j += 2  # review 85's "Masraf al-Rayan", "Bank al-Bilad": the particle glued to the name's next word
            elif t in ("'s", "’s") and j > i and offset + j + 1 not in taken and _possessive_in_name(texts, j, i):
                j += 1  # "Hudson's Bay Co."
            elif t == "/" and j > i and texts[j - 1] == "A" and j + 1 < n_toks and texts[j + 1] == "S":
                j += 2  # the Nordic "A/S": "A.P. Moeller-Maersk A/S"
            elif t == "-" and j > i and j + 1 < n_toks and not base_ws[offset + j - 1] and not base_ws[offset + j] \
                    and (name_like[j + 1] or texts[j + 1].isalpha() and texts[j + 1].islower() and len(texts[j + 1]) <= 4
                         and texts[j - 1][:1].isupper() and (j + 2 >= n_toks or not name_like[j + 2])):
                j += 1  # "Freeport-McMoran", "Rolls-Royce", "Lee Hae-jin": one name across its hyphen
                if not name_like[j]:
                    j += 1  # (the given name's lower-case syllable ends the name)
                    break
            elif t.isdigit() and j > i and j + 1 < n_toks and name_like[j + 1] and offset + j + 1 not in taken \
                    and offset + j + 1 not in sent_starts:
                j += 1  # "STOXX Europe 600 Healthcare Index": a number inside a name
            elif t in {",", "Co.", "Ltd.", "Inc.", "Corp.", "Co", "Ltd"} and j > i and j + 1 < n_toks \
                    and texts[j + 1] in {"Ltd.", "Ltd", "Inc.", "Co.", "Limited", "LLC", "Corp."}:
                j += 1
            elif t in {"Ltd.", "Inc.", "Limited", "Corp.", "plc"} and j > i:
                j += 1  # ("Energean plc fell 2.05%": the lower-case tail too)
            elif t == "." and j > i and texts[j - 1] in _DOTTED_TAILS and not base_ws[offset + j - 1] \
                    and j + 1 < n_toks and not texts[j + 1][:1].isupper():
                j += 1  # "Genting Bhd. (GENT) climbed 2 percent": the tail's own full stop
                break
            elif t == "(" and j > i and j + 3 < n_toks and texts[j + 1].istitle() and texts[j + 2] == ")" \
                    and texts[j + 3] in _COUNTRY_TAILS:
                j += 3  # "GAIL (India) Ltd", "Sri Trang Gloves (Thailand) Plc": the country inside the name
            elif t == "AS" and j > i and j + 1 < n_toks and texts[j + 1] == "(":
                j += 1  # the Turkish and Nordic company form before its code: "Ford Otomotiv Sanayi AS (IS:FROTO )"
            else:
                break
            if j - i > 7:
                break
        while j - i > 1 and texts[j - 1] in _NAME_CONNECT:
            j -= 1  # "Deliveries of Tesla": the name Tesla was taken, so no "of" ends this one
        if j - i > 1 and texts[j - 1] == "-" and not (j < n_toks and texts[j] in ("index", "Index")):
            j -= 1  # "via the HK-Shanghai link": a place taken already after the hyphen (not "the VN30-Index")
        if j - i > 1 and texts[j - 1] in ("Shares", "Stock", "Stocks"):
            j -= 1  # a headline's "Godrej Industries Shares Tumble Over 6%": the company, then its shares
        if j - i > 1 and texts[j - 1].istitle() and texts[j - 1].lower() in WEEKDAYS:
            j -= 1  # Sherwood's "no real news out for SoundHound Monday": the name, then the day
        if j - i > 1 and texts[j - 1].istitle() and texts[j - 1].lower() in BE_HAVE:
            j -= 1  # a title-case headline's "Dow Is Down 2%", "Nasdaq Has Best Day": the name, then its verb
        if j + 1 < n_toks and texts[j] == "-" and texts[j + 1].lower() in PLACED_PARTICIPLES:
            i = j
            continue  # Reuters' "Its Canadian-listed stock rose": where it is listed, no name
        words = texts[i:j]
        if len(words) == 1 and _PRICE_TOKEN.fullmatch(words[0]):
            i = j
            continue  # "an all-time high of $C84.45": a price with its currency's letter, no name
        if len(words) == 1 and words[0].lower() in RATING_WORDS and i >= 1 and texts[i - 1].lower() in _RATING_BEFORE:
            i = j
            continue  # "was downgraded to Sell by Stifel", "cut to Hold from Buy": a rating, no name
        people = j < n_toks and texts[j] in _PEOPLE_AFTER  # "Democratic lawmakers": a party's, no company's name
        people = people or words[0] in _PEOPLE_FIRST  # a headline's "Traders Bet on Fed Cuts": the subject and its verb
        people = people or words == ["Back"] and j < n_toks and texts[j] == "home"  # BusinessWorld's "Back home, ..."
        people = people or len(words) == 2 and words[0] == "The" and words[1].isupper() and words[1].isalpha() \
            and len(words[1]) <= 4 and j < n_toks and (texts[j] in _OPENING_DESCRIPTORS or texts[j] in _ACRONYM_HEADS)
        # (the FT's "The DIY retailer fell 2.2 per cent": an acronym describing the business, no name)
        people = people or len(words) == 1 and i >= 1 and texts[i - 1] == "the" and words[0].isupper() \
            and words[0].isalpha() and len(words[0]) <= 4 and j < n_toks and texts[j] in _ACRONYM_DESCRIBES
        # (India's "Shares of the FMCG major rose", "the EV maker": not "the HSBC group", a name and its group)
        people = people or len(words) == 2 and words[0] == "Class" and len(words[1]) == 1 and words[1].isupper() \
            and j < n_toks and texts[j] in ("shares", "stock")  # "Class A shares of Osprey Holdings": a class
        people = people or words == ["One"] and offset + i in sent_starts  # "One shining stock on the market was X"
        people = people or len(words) == 1 and words[0].lower() in _NOTE_LABELS and j < n_toks \
            and texts[j] in (":", "-", "\u2013", "\u2014")  # a later note's label: "UPDATE: On Thursday, the stock
        # opened down 25%" (not "Update Software AG rose 4 percent")
        people = people or len(words) == 1 and offset + i in sent_starts and j < n_toks and texts[j] == "," and (
            len(words[0]) > 6 and words[0].endswith("ally") or words[0] in _OPENING_ADVERBS)
        people = people or words == ["Abroad"] and offset + i in sent_starts  # Reuters' "Abroad European shares fell"
        people = people or len(words) == 1 and offset + i in sent_starts and words[0].endswith("ing") \
            and j < n_toks and texts[j] in _PARTICIPLE_OBJECTS  # "Looking at investor trends, foreigners sold"
        # (the Philippine Star's "Locally, nearly all counters were in the red": an adverb; not "Lilly, the maker")
        people = people or len(words) == 1 and words[0] in _ASSET_CLASS_WORDS \
            and offset + i in sent_starts  # "Equity benchmark Sensex slumped" (not "Shares in Equity rose")
        people = people or len(words) == 1 and words[0] in _TRADE_NOUNS and offset + i in sent_starts \
            and j < n_toks and texts[j][:1].islower() and texts[j] not in _TRADE_STOCKS  # (not a list's first
        # sector: "Tourism, Industrial Services and Real Estate sectors fell"; nor the
        # trade's stocks: "Tourism stocks jumped 4.2 percent")
        people = people or len(words) == 1 and words[0] in _SUM_WORDS and j < n_toks \
            and texts[j] in _MEASURE_NOUNS  # "Total trading volume was up 4.59 percent", "Total sales ... up 10 per cent"
        people = people or len(words) == 1 and words[0].lower() in HOLIDAYS  # "on Christmas eve" (not "Christmas
        # Tree Shops", "EID Parry": a name that opens with the word)
        people = people or len(words) == 1 and offset + i in sent_starts and words[0].lower() in _OPENING_ADJECTIVES
        # (review 85's "Weak global cues, heavy FII selling and caution ... dragged the Sensex": an adjective, not
        # "Solid Power", "Fresh Del Monte")
        people = people or len(words) == 1 and words[0] in _TRADE_WORDS and j < n_toks \
            and texts[j] in ("volume", "volumes", "value", "turnover")  # "Trade volume totaled 475 million shares"
        # "The Producer Price Index fell 0.2 percent": a macro gauge, no market's index
        macro = (words[-1] == "Index" or j < n_toks and texts[j] in ("index", "Index")
                 or j + 1 < n_toks and texts[j] in ("'", "’") and texts[j + 1] in ("index", "Index")) \
            and _MACRO_INDEX.search(" ".join(words)) is not None  # (and "the Purchasing Managers' Index")
        # (a word glued to a dash is that word: the Peninsula's "on Sunday- the week's opening session")
        named = not people and not macro and any(w.lower().rstrip("-–—") not in NAME_STOPWORDS
                                                 for w in words if w not in _NAME_CONNECT and w != ",")
        titled = not people and not macro and not named and _titled_index(words)  # "The Tech Index": common words
        if named or titled:
            index = j < n_toks and texts[j] in ("index", "Index") and (
                offset + j not in taken or offset + j in bare_index)
            if index and offset + j in bare_index:
                mentions.remove(bare_index.pop(offset + j))
            elif not index and j + 2 < n_toks and texts[j].lower() == "sub" and texts[j + 1] == "-" \
                    and texts[j + 2].lower() == "index" and not any(offset + x in taken for x in range(j, j + 3)):
                index = 3  # "Hang Seng IT sub-index added 1.9%": a sector's index the reference lacks
            elif not index and j < n_toks and texts[j].lower() == "subindex" and offset + j not in taken:
                index = 1  # ("the Topix Iron and Steel subindex": the word unhyphenated)
            m = _mention(base, offset + i, offset + j + index, "candidate", tickers)
            if texts[i].lower() in _BARE_COMMODITIES:
                m.extra["commodity_name"] = True  # "Gold One International": the commodity's word is the name's own
            if len(words) >= 3 and words[1] == "of" and _LISTING_CODE.fullmatch(words[0]):
                # VnExpress's "VCB of Vietcombank and CTG of VietinBank added 5.2 percent and 0.5 percent": the
                # stock's code, then its company's name, which names the mention (the span keeps both)
                m.start_char = base[offset + i + 2].idx
                m.text = token_table(base).doc_text[m.start_char:m.end_char]
            if index or len(words) > 1 and words[-1] == "Index":  # "The Hang Sang Tech Index": a name of an index
                m.extra["index"] = True  # "The Nifty IT index slumped": an index the reference data lack
            if titled:
                m.extra["titled_index"] = True  # (its common words are the name: none is dropped as a stop word)
            if j + 1 < n_toks and texts[j] == "," and texts[j + 1].lower() in _PERSON_ROLES \
                    or i >= 1 and texts[i - 1] in _NOT_COMPANY_BEFORE or len(words) > 1 and words[0] in PERSON_TITLES \
                    or words[-1] in _BYLINE_ROLES or i >= 1 and texts[i - 1] in ("By", "BY") and offset + i - 1 in sent_starts:
                # "Anja Schuchhardt, spokeswoman for the regulator", "German financial regulator Bafin": no company; nor
                # a byline's "By Renae Merle" and "Washington Post Staff Writer"
                m.extra["person"] = True
            mentions.append(m)
            taken.update(range(m.start, m.end))
        i = max(j, i + 1)
    # lower-case commodity words (by exact text: lower case, or capitalised opening a sentence) left after sector phrases took
    # "gold miners"; not right after a mention ("Brent crude" keeps its crude)
    # ("Oil rose 2% to $80.50 a barrel": capitalised where it opens a sentence)
    # (tested on the lower case first: a word that is a key or whose lower case is one)
    lows = token_table(base).lower[offset: offset + len(doc)]
    for n in [n for n in indices_in(lows, _BARE_COMMODITIES) if (
              texts[n] in _BARE_COMMODITIES or texts[n].istitle() and offset + n in sent_starts)]:
        ident = _BARE_COMMODITIES[texts[n].lower()]
        if _hyphen_after(base_texts, base_ws, offset + n):
            continue  # (as above: "the oil-services company")
        if n + 2 < len(lows) and lows[n + 1] in _COMMODITY_BUSINESS and texts[n + 2][:1].isupper() \
                or n + 4 < len(lows) and lows[n + 1] == "and" and lows[n + 3] in _COMMODITY_BUSINESS \
                and texts[n + 4][:1].isupper():
            continue  # "a drop in oil giant Saudi Aramco", "gold miner Newmont", "Oil and gas producer Woodside": the
            # company's business
        if ident and offset + n not in taken and offset + n - 1 not in taken and ident in ref.entities:
            mentions.append(_mention(base, offset + n, offset + n + 1, "ref", tickers, entity_id=ident))
            taken.add(offset + n)
    people = {m.text for m in mentions if m.extra.get("person")}
    for m in mentions:  # a name once shown to be a person's or a regulator's is one wherever it stands
        if m.kind == "candidate" and m.text in people:
            m.extra["person"] = True
    mentions.sort(key=lambda m: m.start)
    _owned_codes(base, mentions)
    families = _family_surfaces(base, mentions)
    if families:  # (the family's name is its sector index's: "the Nifty media index and the Nifty private banking
        # index closing 1.99 per cent and 1.67 per cent higher" lists two indices, not four names)
        mentions = [m for m in mentions if id(m) not in families]
    _shared_brands(base, mentions, ref)
    return _size_indices(base, mentions, tickers)


def _shared_brands(doc: Doc, mentions: list[Mention], ref: ReferenceData) -> None:
    """Give the second of two joined indices its brand, in place: "the BSE Midcap and Smallcap gauges" names the BSE
    Smallcap (a known index's name once the first's brand stands before it), not a company "Smallcap"."""
    for x in range(1, len(mentions)):
        m, before = mentions[x], mentions[x - 1]
        if m.kind != "candidate" or m.end - m.start != 1 or before.kind != "ref" or before.end + 1 != m.start \
                or doc[before.end].lower_ != "and" or not (before.entity_id or "").startswith("idx-") \
                or " " not in before.text:
            continue
        found = ref.lookup(f"{before.text.split()[0]} {m.text}")
        if found is not None and found.type is EntityType.INDEX:
            mentions[x] = replace(m, kind="ref", entity_id=found.id)


def _titled_index(words: list[str]) -> bool:
    """Whether a title-case name of common words is an index's: "The Property Index rose 0.9 per cent", "The broader
    Main Board Price Index (MBPI) rose" (a macro gauge's is not kept: see _MACRO_INDEX)."""
    return len(words) > 1 and words[-1] == "Index" and words[-2][:1].isupper() and words[-2] not in _DETERMINERS


_DETERMINERS = frozenset({"The", "This", "That", "Its", "Their", "An", "A"})
#: index names of macro data, sentiment or currencies, no stock index's, read across the whole name (not only its last
#: word, as places' _MACRO_INDEX_WORDS reads a lower-case head: "services", "weighted" and "price" end named market
#: indices too: "Nifty Financial Services Index", "Kuwait's SE Price Index")
_MACRO_INDEX = re.compile(r"(?i)\b(?:(?:consumer|producer|wholesale|retail|import|export|house|home|housing|commodity|"
                          r"food|factory|input|output|services?)\s+prices?|purchasing|managers|confidence|sentiment|"
                          r"fear|misery|leading|activity|manufacturing|business|economic|happiness|development|freedom|"
                          r"perception|sales|employment|unemployment|wages?|cost|production|jobs?|rental|supply|"
                          r"trade[\s-]weighted)\b")  # (review 84's "The Retail Sales Index dropped 0.8 percent")


#: capitalised words before "Markets" that name markets, not a company: "Emerging Markets", "Global Markets"
_MARKETS_MODIFIERS = frozenset({"Emerging", "Global", "World", "Frontier", "Developed", "Financial", "Equity", "Stock",
                                "Share", "Bond", "Money", "Capital", "European", "Asian", "Gulf", "Arab", "Regional",
                                "Major", "Key", "Other", "Most", "All", "The", "Nordic", "Scandinavian", "Baltic",
                                "African", "Latin", "Eastern", "Western", "Northern", "Southern", "Pacific", "Overseas",
                                "Domestic", "Local", "Foreign", "Regional", "Frontier"})


def _markets_in_name(texts: list[str], s: int, e: int, place_at: dict[int, Place]) -> bool:
    """Whether a market phrase is the "Markets" of a company's name: "Kestrel Markets (KSTM.L) tumbled", "IG Markets
    fell" (one capitalised word that is no place before it, and a lower-case word or a code after it, not a
    headline's capitals: "Emerging Markets Fall")."""
    if e - s != 1 or texts[s] not in ("Markets", "Market") or s == 0:
        return False
    before = texts[s - 1]
    return before[:1].isupper() and before.isalpha() and before not in _MARKETS_MODIFIERS and (s - 1) not in place_at \
        and e < len(texts) and (texts[e][:1].islower() or texts[e] == "(")


def _owned_codes(doc: Doc, mentions: list[Mention]) -> None:
    """A company's trading code after its possessive is the company: VnExpress's "budget airline Vietjet's VJC led
    losses", "Techcombank's TCB" (the code, an unknown upper-case word, takes the owner's name and is its ticker)."""
    lows = token_table(doc).lower
    for x in range(1, len(mentions)):
        m, before = mentions[x], mentions[x - 1]
        if m.kind == "candidate" and m.end - m.start == 1 and m.text.isupper() and m.text.isalpha() \
                and 2 <= len(m.text) <= 5 and before.kind in ("candidate", "ref") and before.end + 1 == m.start \
                and lows[before.end] in ("'s", "\u2019s") and not (before.entity_id or "").startswith(
                    ("idx-", "market-", "inv-")) and not before.extra.get("person"):
            mentions[x] = replace(before, start=m.start, end=m.end, start_char=m.start_char, end_char=m.end_char,
                                  ticker=before.ticker or m.text, extra={**before.extra, "code_of": True})


#: the last word of a byline's role: "Washington Post Staff Writer", "Reuters Correspondent"
_BYLINE_ROLES = frozenset({"Writer", "Reporter", "Correspondent", "Editor", "Columnist", "Contributor"})


def _family_surfaces(doc: Doc, mentions: list[Mention]) -> set[int]:
    """A sector's index right after the index family it belongs to is also named with the family:
    Reuters' "The STOXX Europe 600 retail index fell 0.2%", "the S&P/ASX consumer discretionary index"
    (the sector mention is "retail index"; its surface form for the aliases is the whole name). Returns the
    ids of the family mentions so read, which name no entity of their own there: the sector's mention takes
    their words."""
    text = token_table(doc).doc_text
    families: set[int] = set()
    for before, m in zip(mentions, mentions[1:]):
        if m.kind == "sector" and len(m.sectors) == 1 and before.end == m.start \
                and (before.entity_id or "").startswith("idx-") and m.text.lower().endswith(("index", "sub-index")) \
                and text[before.end_char:m.start_char].isspace():
            m.extra["surface"] = text[before.start_char:m.end_char]
            m.start, m.start_char = before.start, before.start_char  # (the family's words are the index's)
            families.add(id(before))
    return families


#: words that make a bare "index" or "gauge" an index of its own: "the smallcap index", "the BSE midcap gauge"
#: ("the blue-chip index" is no such word: it is the index named before it)
_SIZE_WORDS = frozenset({"midcap", "smallcap", "mid-cap", "small-cap", "microcap", "micro-cap", "largecap", "large-cap"})


def _sized_as(named: Mention, size: str) -> bool:
    """Whether a named index is the size it is described as: one of its aliases has the size word ("small-cap
    Russell 2000", "mid-cap FTSE 250")."""
    entity = reference().entities.get(named.entity_id or "")
    size = size.replace("-", "")
    return entity is not None and any(size in a.lower().replace("-", "") for a in entity.aliases)


def _size_indices(doc: Doc, mentions: list[Mention], tickers: dict[int, Quantity]) -> list[Mention]:
    """A bare index word after size words is a size index the reference data lack, not 'the index'
    named before it ("the BSE midcap gauge declined 1.8 per cent and the smallcap index fell 2.1
    per cent"); a name right before the size words is part of it."""
    lows = token_table(doc).lower
    out: list[Mention] = []
    for m in mentions:
        s = m.start
        if m.kind == "market" and s >= 2 and lows[s] in SIZE_NOUNS and lows[s - 1] == "-" and lows[s - 2].isdigit():
            m.extra["count"] = lows[s - 2]  # "The 50-share index closed at 9,359": the index of fifty shares
        if m.kind == "market" and s >= 1 and lows[s - 1] in ("sector", "sectoral") and lows[m.end - 1] in (
                "indexes", "indices", "gauges"):
            m.extra["sectoral"] = True  # "Five of the sector indexes retreated": sectors, not the market's benchmark
        if m.kind == "market" and m.end == s + 1 and lows[s] in ("index", "gauge", "indices", "indexes"):
            while s > 0 and (lows[s - 1] in _SIZE_WORDS or s > 2 and lows[s - 2] == "-"
                             and lows[s - 3] + "-" + lows[s - 1] in _SIZE_WORDS):
                s -= 1 if lows[s - 1] in _SIZE_WORDS else 3  # "midcap", or "mid-cap" as the tokenizer splits it
            if s == m.start and s >= 2 and lows[s - 1].isdigit() and out and out[-1].end == s - 1 \
                    and out[-1].kind in ("candidate", "ref", "place", "market"):
                s = out.pop().start  # "The BSE 200 Index", "the Tel Aviv 125 Index": a name, a number, "index"
        if s == m.start:
            out.append(m)
            continue
        family = None
        if lows[m.start] in ("indices", "indexes") and s >= 2 and lows[s - 1] == "and" and lows[s - 2] in _SIZE_WORDS:
            # PTI's "the BSE midcap and smallcap indices lost 0.8 per cent and 0.5 per cent, respectively": two
            # indices, the plural head shared; the exchange before the first size word names both
            if out and out[-1].end == s - 1 and (out[-1].entity_id or "").startswith("idx-"):
                family = out[-1].text.split()[0]  # "BSE midcap", read as the BSE's index already
            else:
                if out and out[-1].end == s - 2 and out[-1].kind in ("candidate", "ref") and len(out[-1].text.split()) == 1:
                    family = out[-1].text  # "the NSE midcap and smallcap indices"
                first = _mention(doc, s - 2, s - 1, "candidate", tickers)
                first.extra.update(index=True, **({"family": family} if family else {}))
                out.append(first)
        if out and out[-1].end == s and out[-1].kind == "ref" and _sized_as(out[-1], "".join(lows[s:m.start])):
            named = out.pop()  # "The Russell 2000 small-cap index": the index named, described (not "the Topix
            out.append(replace(named, end=m.end, end_char=m.end_char,  # mid-cap index", an index of its own)
                               text=doc.text[named.start_char:m.end_char]))
            continue
        if out and out[-1].end == s and (out[-1].kind == "candidate" or (out[-1].entity_id or "").startswith("idx-")):
            s = out.pop().start  # "the BSE midcap gauge", "the Topix mid-cap index"
        index = _mention(doc, s, m.end, "candidate", tickers)
        index.ticker = index.ticker or m.ticker  # "the mid-cap index (.FTMC)"
        index.extra["index"] = True
        if family is not None:
            index.extra["family"] = family
        out.append(index)
    return out


def _dated(texts: list[str], k: int) -> bool:
    """Whether a comma and a month's day follow token k: a dateline's date (", Jan 23", ", Sept. 15")."""
    return k + 2 < len(texts) and texts[k] == "," and texts[k + 1].lower().rstrip(".") in MONTHS \
        and texts[k + 2][:1].isdigit()


def _place_mentions(doc: Doc, places: list[Place], taken: set[int], sent_starts: set[int]) -> list[Mention]:
    """Places no market phrase holds: a market name alone ("Wall Street") is a ``market``
    mention, a country or city alone ("In Australia, ...") a ``place`` mention. Place words
    that are no mention (adjectives, possessives) are still taken: "Thai" is no company."""
    out = []
    table = token_table(doc)
    first = list_starts(doc, places)
    ends = {p.end: p for p in places if p.role != "adjective"}  # a possessive's place, by the token after it
    for p in places:
        if any(t in taken for t in range(p.start, p.end)):
            continue
        if p.start in sent_starts and _dated(table.text, p.end):
            taken.update(range(p.start, p.end))  # IANS's "Mumbai, Jan 23 (IANS) The Indian equity markets ...": a
            continue  # dateline's place, no market of the sentence
        role = place_role(doc, p, sent_starts)
        if role == "name" or p.start >= 2 and table.text[p.start - 1] in ("of", "for") \
                and table.text[p.start - 2] in NAME_HEADS_BEFORE_OF:  # ("United Bank for Africa")
            continue  # "Tokyo Electron", "North Korea", "Bank of Ireland": a name the candidate pass reads
        if role == "alone":
            kind = "market" if p.role == "name" else "place"
            start = p.start
            owner = ends.get(p.start - 1) if p.role == "name" and p.start >= 2 \
                and table.text[p.start - 1] in ("'s", "\u2019s") else None
            if owner is not None and owner.region == p.region:
                start = owner.start  # review 76's "Australia's ASX", "Vietnam's HoSE": the market's own name, its
                # country's, as "Seoul's Kospi" is one index
            text = p.text if start == p.start else doc[start:p.end].text
            out.append(Mention(start, p.end, kind, text,
                               table.idx[start], table.end_char(p.end - 1), region=p.region,
                               extra={"head": "market",
                                      "market_slot": in_market_slot(doc, first[p.start], sent_starts)}))
        taken.update(range(p.start, p.end))
    return out


#: commodities news names in one lower-case word ("gold is selling at $1,928.60, down 0.7%")
_BARE_COMMODITIES = {"gold": "cmd-gold", "silver": "cmd-silver", "copper": "cmd-copper", "oil": "cmd-crude-oil",
                     "crude": "cmd-crude-oil", "wheat": "cmd-wheat", "rice": "cmd-rice", "bitcoin": "cmd-bitcoin"}


def is_rmb_counter(m: Mention) -> bool:
    return m.share_class in RMB_COUNTER_CLASSES


if not Doc.has_extension("mkg_mentions"):
    Doc.set_extension("mkg_mentions", default=None)


@Language.factory("mkg_mentions")
def mentions_component(nlp: Language, name: str) -> MentionTagger:
    """Attach :class:`Mention` lists per sentence as ``doc._.mkg_mentions``."""
    return MentionTagger(nlp)


class MentionTagger:
    def __init__(self, nlp: Language) -> None:
        self.ref = reference()
        self.gazetteer = GazetteerMatcher(nlp, self.ref)

    def __call__(self, doc: Doc) -> Doc:
        doc._.mkg_mentions = find_mentions(doc, self.gazetteer, self.ref)
        return doc
