"""From a mention to the entity it names, inside one article.

Reference data first (by ticker, then by name); then a stable id from an exchange
code or the normalised name, so the same unknown company gets the same id in every
article. HKEX share-class suffixes fold into the company, except the RMB counters
("-R", "-WR"), which are a distinct security of the same company.

A market or place mention resolves by its region (its own, else the article's) with
:meth:`ReferenceData.market_entity`: "Hong Kong stocks" and "Seoul" are the market's
benchmark index, "Wall Street" and "Asian markets" market entities. The entity records
the mention and every place it was built on ("Stock prices in Tokyo" also records
"Tokyo"), so its aliases carry the names the article used.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from marketkg.loaders.lexicon import GRADES, INDEX_HEADS, MARKET_HEADS, MARKET_MODIFIERS, NAME_STOPWORDS, SIZE_NOUNS
from marketkg.loaders.mentions import (CORPORATE_TAIL_TOKENS, NAME_HEADS_BEFORE_OF, PERSON_TITLES, Mention,
                                       is_rmb_counter, sector_parts)
from marketkg.loaders.places import INDEX_PREFIX_WORDS
from marketkg.ontology.enums import EntityType
from marketkg.ontology.ids import company_id, named_id
from marketkg.ontology.models import Entity
from marketkg.ontology.reference import ReferenceData, reference

__all__ = ["Resolver", "new_entity"]


#: an ISIN: country code, nine characters, check digit
_ISIN = re.compile(r"[A-Z]{2}[A-Z0-9]{9}[0-9]")
#: an index's name written with its head word: "China Enterprises Index", "Shenzhen index"
_INDEX_HEAD = re.compile(r"(.+?)\s+[Ii]ndex")
#: a name with its abbreviation in brackets: "Dubai Financial Market (DFM)", "Dubai Islamic Bank (DIB)"
_BRACKETED_ABBREVIATION = re.compile(r"(?P<name>\S.*?)\s?\((?P<abbr>[A-Z][A-Z0-9&]{1,7})\)(?P<rest>.*)")
#: an exchange's instrument code of a company outside the reference data ("1120.SE", "EMAA.DU", "7203.T")
_INSTRUMENT_CODE = re.compile(r"[A-Z0-9]{2,12}\.[A-Z]{1,3}")


@lru_cache(maxsize=4096)
def new_entity(**fields) -> Entity:
    """``Entity(**fields)``, made once per distinct fields and shared (an Entity is frozen): the
    same unknown company, sector or driver is named in many sentences and articles, and each
    Entity checks its name and aliases character by character in Python."""
    return Entity(**fields)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w and w[0].isalpha()).upper()


def _own_initials(name: str, code: str, listed_name: str) -> bool:
    """Whether a bracketed code is the name's own initials, and the company the reference lists under that code shares
    no word with the name: the Peninsula's "Commercial Bank (CB)" is no Chubb (CB on the NYSE)."""
    words = name.split()
    return len(words) > 1 and code == _initials(words) \
        and not ({w.lower() for w in words} & {w.lower() for w in listed_name.split()}) - _COMMON_NAME_WORDS
    # (review 85's "Doha Bank (DB)" shares only "Bank" with Deutsche Bank)


#: words many company names share, which tell no two companies apart
_COMMON_NAME_WORDS = frozenset({"bank", "group", "holdings", "holding", "company", "co", "corp", "corporation", "inc",
                                "plc", "ltd", "limited", "international", "the", "of", "and", "&", "financial"})


_GENERIC_WORDS = MARKET_HEADS | MARKET_MODIFIERS | {"the", "a", "an", "stock", "share"}


#: a country's possessive before a name: "Mexico's peso", "Brazil's real"
_OWNER = re.compile(r"^[A-Z][\w.]*(?: [A-Z][\w.]*)*['’]s? (\S.*)$")


def generic_surface(surface: str) -> bool:
    """Whether a surface form is a description any market could have ("the market", "local shares",
    "Stocks", "index"): an article's alias of its own market, no name for the graph."""
    return _GENERIC_WORDS.issuperset(surface.split())


#: an index named by its place and a lower-case head: "Shanghai index", "Tokyo stock index"
_PLACE_INDEX = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s(?:stock\s|share\s)?index")


#: the blue-chip index of a market whose benchmark is another: the Dow beside the S&P 500, the CSI 300
#: beside the Shanghai Composite, the Euro Stoxx 50 beside the Stoxx 600
_BLUE_CHIPS = {"us": "idx-djia", "cn": "idx-csi300", "eu": "idx-sx5e"}
#: results that a title-case headline runs into a name: "CBS 2Q Profits", "Apple Q3 Revenue"
_RESULT_WORDS = frozenset({"profit", "profits", "revenue", "revenues", "earnings"})  # (not "Supermarket Income REIT")
#: words of a company's name that are stop words alone: "China Zheshang Bank", "Japan Airlines Group"
_CORPORATE_WORDS = frozenset(t.lower() for t in CORPORATE_TAIL_TOKENS) | {"bank", "airlines", "energy"}
_BLUE_CHIP = re.compile(r"\bblue[- ]?\s*chip", re.IGNORECASE)
#: a market's second exchange, named by its city, and that exchange's index: "Shanghai rose 0.6% and Shenzhen
#: 1.5%" are two indices of one market (China's benchmark is Shanghai's)
_CITY_INDEX = {("cn", "Shenzhen"): "idx-szse"}
_CITY = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+)(?:['\u2019]s)?(?:\s+(?:market|stocks|shares|bourse|exchange|"
                   # (Xinhua's "the Shenzhen Stock Exchange Index stood at 10,416.9 points, up 0.92%")
                   r"stock market|stock exchange|(?i:stock exchange index|stock index|index)))?$")
#: an all-share index's name, as a size: "All Share Price", "All-Share", "all shares price"
_ALL_SHARE_NAME = re.compile(r"all ?shares?(?: price)?")
#: the index a market's news means by a bare size word: "the mid-cap index" in London is the FTSE 250, "the
#: small-cap index" in New York the Russell 2000 (an Indian wrap's may be the BSE's or the NSE's: no entry)
_SIZE_INDEX = {("uk", "midcap"): "idx-ftse250", ("us", "smallcap"): "idx-rut", ("us", "midcap"): "idx-sp400",
               ("de", "midcap"): "idx-mdax", ("de", "smallcap"): "idx-sdax",
               # a market's all-share index, for "the all-share index" where the benchmark is another index
               ("za", "allshare"): "idx-jse-alsi", ("uk", "allshare"): "idx-ftseas", ("lk", "allshare"): "idx-aspi",
               ("ng", "allshare"): "idx-ngxasi", ("ke", "allshare"): "idx-nasi", ("ph", "allshare"): "idx-pse-all",
               ("qa", "allshare"): "idx-qe-allshare",  # (the Gulf Times' "All Share Index by 0.27%")
               ("no", "allshare"): "idx-oseax",  # (review 67: "Oslo's All Share index")
               ("kw", "allshare"): "idx-bkam"}
#: an index called its market's general one: "Kuwait's general index", "the general index"
_GENERAL = re.compile(r"\bgeneral\b", re.I)


#: the points of the compass that open a region's name or adjective: "North American", "East Asian"
_COMPASS = frozenset({"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"})


#: the kinds of a listing printed in brackets after a name: "Kestrel Inc (ADR)"
_LISTING_KINDS = frozenset({"ADR", "ADRs", "ADS", "GDR", "GDRs"})


@dataclass
class Resolver:
    """Resolves mentions of one article and remembers every surface form per entity."""

    ref: ReferenceData = field(default_factory=reference)
    region: str | None = None
    seen: dict[str, Entity] = field(default_factory=dict)
    surfaces: dict[str, set[str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    #: the codes this article gave unknown companies in brackets: "New Delhi Television (NDTV)", then "NDTV"
    codes: dict[str, Entity] = field(default_factory=dict)

    def note_surface(self, entity_id: str, surface: str) -> None:
        """One more surface form of an entity this article names (kept only if the entity is in its facts)."""
        self.surfaces.setdefault(entity_id, set()).add(surface.strip())

    def _note(self, entity: Entity, surface: str) -> Entity:
        self.seen.setdefault(entity.id, entity)
        self.note_surface(entity.id, surface)
        return entity

    def entities(self, mention: Mention, *, as_investor: bool = False, as_stock: bool = False) -> list[Entity]:
        """The entities a mention names (a sector phrase may name two sectors). ``as_stock``: the
        subject of a price move, where a broker's name is its listed company ("UBS jumped 9%")."""
        if mention.kind == "sector":
            out = []
            # "IT, automobile and FMCG": each sector's own words are its surface form, when they pair up
            surfaces = [part.text for part in sector_parts(mention)] or [mention.text] * len(mention.sectors)
            for sid, surface in zip(mention.sectors, surfaces):
                words = sid.removeprefix("sector-").replace("-", " ")
                base = self.ref.entities.get(sid) or new_entity(  # ("PSU" as written, an acronym)
                    id=sid, name=surface if surface.isupper() and surface.lower() == words else words,
                    type=EntityType.SECTOR)
                if mention.extra.get("surface"):
                    self._note(base, mention.extra["surface"])  # "STOXX Europe 600 retail index"
                owned = _OWNER.match(surface)
                if owned:
                    self._note(base, owned.group(1))  # "Japan's chip-related shares": "chip-related shares" too
                out.append(self._note(base, surface))
            return out
        if mention.kind in ("market", "place"):
            return self._market(mention)
        entity = self._company(mention, as_investor=as_investor)
        listed = self.ref.listed_investors.get(entity.id) if entity is not None and as_stock else None
        if listed is not None:
            entity = self._note(self._on_listing(self.ref.entities[listed], mention.ticker), mention.text)
        return [entity] if entity else []

    def _market(self, mention: Mention) -> list[Entity]:
        if mention.region is None and mention.extra.get("places"):
            return []  # "indexes in London, Frankfurt and Paris": each place is a mention of its own
        if mention.extra.get("sectoral"):
            return []  # "Five of the sector indexes retreated": some sectors, no one entity
        region = mention.region
        info = self.ref.markets.get(self.region or "")
        index_head = mention.extra.get("head") in INDEX_HEADS
        if region is None and info is not None and not (info.aggregate and index_head):
            # "the benchmark" in a Hong Kong story, "financial markets" in a European one;
            # not "the index" in a world round-up: no one index is the world's
            region = self.region
        if mention.extra.get("regional"):  # "regional markets": the aggregate the story's market belongs to
            region = info.regional if info else None
        entity = self.ref.market_entity(region, index_head=index_head)
        if entity is not None and _GENERAL.search(mention.text) and "general" not in entity.name.lower():
            # review 68's "Kuwait's general index": the market's all-share index where its benchmark is another
            entity = self.ref.entities.get(_SIZE_INDEX.get((region or "", "allshare"), ""), entity)
        if mention.extra.get("all_share") and entity is not None and "share" not in entity.name.lower():
            # "the broader all-share index" of a market whose benchmark is another: London's FTSE All-Share
            entity = self.ref.entities.get(_SIZE_INDEX.get((region or "", "allshare"), ""), entity)
        if index_head and region in _BLUE_CHIPS and _BLUE_CHIP.search(mention.text):
            # "The blue-chip index, the Nasdaq and the Russell 2000 gained": a market whose blue chips are no benchmark
            entity = self.ref.entities.get(_BLUE_CHIPS[region], entity)
        if mention.extra.get("count") and entity is not None:
            entity = self._counted_index(region, mention.extra["count"]) or entity
        if (city := _CITY.match(mention.text)) is not None and (region, city.group(1)) in _CITY_INDEX:
            entity = self.ref.entities.get(_CITY_INDEX[region, city.group(1)], entity)
        elif (region, mention.extra.get("opening_place")) in _CITY_INDEX:
            # "while in Shenzhen the component index gained 0.81 percent": the city's own exchange
            entity = self.ref.entities.get(_CITY_INDEX[region, mention.extra["opening_place"]], entity)
        if entity is None:
            return []
        # a list of places ("indexes in London and Paris") names several markets: not this one's names
        places = mention.extra.get("places", ()) if mention.region else ()
        if mention.extra.get("opening_place"):
            places = (*places, mention.extra["opening_place"])  # "In Shanghai, the stock index fell"
        if (place := self._owner_place(mention.text)) is not None:
            places = (*places, place)  # Reuters' "Dubai's index (.DFMGI)": the market named by its place
        if (place := self._adjective_place(mention.text)) is not None:
            places = (*places, place)  # AFP's "Australian share prices ended 0.73 percent higher": Australia's market
        for surface in (mention.text, *places, *mention.extra.get("subject_words", ())):
            self._note(entity, surface)
        owned = _OWNER.match(mention.text)
        if owned and entity.type is EntityType.INDEX:
            # VOA's "China's main Shanghai stock index": also "Shanghai stock index", the name past its owner and epithet
            words = owned.group(1).split()
            while len(words) > 2 and words[0].lower() in INDEX_PREFIX_WORDS:
                words = words[1:]
            if words[0][:1].isupper():
                self._note(entity, " ".join(words))
        return [entity]

    def _counted_index(self, region: str | None, count: str) -> Entity | None:
        """The one index of the region whose names count its shares so ("50-share Nifty", "30-scrip Sensitive
        Index"): "the 50-share index" in an Indian story is the Nifty, not the Sensex."""
        sized = re.compile(rf"\b{count}-(?:{'|'.join(sorted(SIZE_NOUNS))})\b", re.I)
        found = [e for e in self.ref.entities.values() if e.type is EntityType.INDEX
                 and self.ref.index_market.get(e.id) == region and any(sized.search(a) for a in e.aliases)]
        return found[0] if len(found) == 1 else None

    def _owner_place(self, text: str) -> str | None:
        """The place a possessive opens ``text`` with when the rest is no name but a description ("Egypt's
        blue-chip index" -> "Egypt"; not "Japan's Nikkei"), else None."""
        owner = _OWNER.match(text)
        if owner is None or not owner.group(1).islower():
            return None
        place = re.sub(r"['\u2019]s?\s*$", "", text[:owner.start(1)])
        return place if place in self.ref.place_forms else None

    def entity(self, mention: Mention, *, as_investor: bool = False, as_stock: bool = False) -> Entity | None:
        found = self.entities(mention, as_investor=as_investor, as_stock=as_stock)
        return found[0] if found else None

    def _company(self, mention: Mention, *, as_investor: bool) -> Entity | None:
        ticker = mention.ticker
        by_ticker = self.ref.entities.get(self.ref.tickers.get(ticker or "", ""))
        if mention.kind == "ref":
            base = self.ref.entities[mention.entity_id]
            if base.id == "inv-chinese-investors" and self.region == "hk":
                # the SCMP's "Chinese investors dumped HK$1.9 billion of Hong Kong stocks", "mainland funds sell into
                # rally": in a Hong Kong story, the mainland's money through the Connect (a Shanghai story's own
                # investors are not)
                base = self._note(self.ref.entities["inv-southbound"], mention.text)
            if mention.extra.get("surface"):
                self._note(base, mention.extra["surface"])
            owned = _OWNER.match(mention.text)
            if owned:  # "Mexico's peso": the article's name for it is "peso", its country's prefix dropped
                self._note(base, owned.group(1))
            placed = _PLACE_INDEX.fullmatch(mention.text) if base.type is EntityType.INDEX else None
            if placed and placed.group(1) in self.ref.place_forms:
                self._note(base, placed.group(1))  # "the Shanghai index": the market named by its place
            elif base.type is EntityType.INDEX and (place := self._owner_place(mention.text)
                                                    or self._owner_place(mention.extra.get("surface", ""))) is not None:
                # Reuters' "Egypt's blue-chip index (.EGX30)", and the description before a bare code: "Dubai's main
                # share index .DFMGI"
                self._note(base, place)
            if base.type is EntityType.INDEX and (unplaced := self._unplaced(mention.text, base.id)) is not None:
                self._note(base, unplaced)  # "The US Standard & Poor's 500 Index tumbled": also "Standard & Poor's 500 Index"
            if ticker and by_ticker is not None and by_ticker.id != base.id:
                self.warnings.append(f"{mention.text!r} is given ticker {ticker}, which the reference data "
                                     f"know as {by_ticker.name}; kept {base.name} ({base.ticker})")
            elif ticker and by_ticker is None and ticker.endswith(".HK") and base.ticker and base.ticker != ticker:
                self.warnings.append(f"{mention.text!r} is given ticker {ticker}; the reference data say "
                                     f"{base.ticker}")
            if ticker and (by_ticker is None or by_ticker.id == base.id) and ticker.isalpha() and ticker.isupper() \
                    and base.type is EntityType.COMPANY:
                self.codes.setdefault(ticker, base)  # "Kestrel Inc (NASDAQ:KSTL) ... KSTL fell"
        elif by_ticker is not None and not _own_initials(mention.name, ticker or "", by_ticker.name):
            base = by_ticker
        elif _ISIN.fullmatch(mention.name) and mention.name in self.ref.isins:  # "US0378331005 rose 2%"
            base = self.ref.entities[self.ref.isins[mention.name]]
        else:
            words = mention.name.split()
            while not mention.extra.get("commodity_name") and not mention.extra.get("titled_index") and words \
                    and words[0].lower() in NAME_STOPWORDS \
                    and len(words) > 1 and not (
                    words[1] == "of" and words[0] in NAME_HEADS_BEFORE_OF) and not (
                    words[0] == "First" and len(words) > 2) and not (  # "First Abu Dhabi Bank", "First Quantum Minerals"
                    words[0] == "Central" and words[1][:1].isupper() and words[1] not in ("Bank", "Banks")) and not (
                    # SeeNews' "Central Cooperative Bank [BUL:4CF]", "Central Pattana" (not "Central Bank ...")
                    words[0] == "Bank" and (words[1][:1].isupper() or words[1] in ("al", "el") and len(words) > 2
                                            or words[1].startswith(("al-", "el-")))) \
                    and not (  # "Bank Rakyat Indonesia", "Bank Leumi", the Gulf's "Bank al Jazira"
                    (words[0] in self.ref.place_forms or words[0] == "Washington")
                    and not any(w.lower() in NAME_STOPWORDS - _CORPORATE_WORDS for w in words[1:])):  # "Japan Display"
                words = words[1:]  # ("Shares of Sun Art Retail", not "Bank of Ireland"; "China Stocks" is no name)
            name = " ".join(words)
            if not name or name.lower() in NAME_STOPWORDS or name.lower() in GRADES:
                return None  # (a grade in capitals is no company: "downgraded X to Equal Weight", "to Neutral")
            if len(words) > 1 and any(w.lower() in _RESULT_WORDS for w in words[1:]):
                return None  # a headline's "CBS 2Q Profits Jump 11%": the company's results, no name
            if not ticker and name in self.codes:
                return self._note(self.codes[name], mention.text)  # the company its code was given to
            longer = self._named_longer(words) if not (ticker or as_investor or mention.extra.get("index")) else None
            if longer is not None:
                return self._note(longer, mention.text)  # "Keisei Electric Railway Co. jumped ... Keisei's stock"
            if name.isupper() and name.title() in self.ref.place_forms:
                return None  # a dateline's "SINGAPORE -": the place the story is filed from, no company
            if len(words) == 2 and words[0] in _COMPASS and words[1] in self.ref.place_forms:
                return None  # "a build-up in North American potash inventory": a region's adjective, no company
            if name == "City" and not ticker:
                return None  # Scotland on Sunday's "interim profits beat City expectations": London's financial district
            if not (ticker or as_investor) and (mention.extra.get("index") or len(name) >= 9):
                misspelt = self.ref.lookup_index_misspelt(name)
                if misspelt is not None:
                    return self._note(misspelt, re.sub(r"^[Tt]he\s+", "", mention.text))  # "Hang Sang Tech Index"
            if mention.extra.get("index"):
                name = re.sub(r"\s+(?:[Ii]ndex|[Gg]auge|[Ii]ndices|[Ii]ndexes)$", "", name)
                family = self.ref.lookup(f"{mention.extra['family']} {name}") if mention.extra.get("family") else None
                if family is not None:  # "the BSE midcap and smallcap indices": the BSE's smallcap index
                    return self._note(family, mention.text)
                size = re.sub(r"^the\s+|\s+(?:index|gauge|indices|indexes)$", "", mention.text.lower()).replace("-", "")
                size = "allshare" if _ALL_SHARE_NAME.fullmatch(size) else size  # "the All Share Price Index" in a
                # Colombo story: the market's all-share index (several markets' are so called)
                sized = self.ref.entities.get(_SIZE_INDEX.get((self.region or "", size), ""))  # (not "the Dow Jones
                # U.S. Small-Cap index": a name before the size)
                if sized is not None:
                    return self._note(sized, re.sub(r"^[Tt]he\s+", "", mention.text))
                # (a name in lower case is a description: "the smallcap index" is the "smallcap index")
                shown = f"{name} index" if name.islower() and not name.endswith(("indices", "indexes")) else name
                return self._note(new_entity(id=named_id("idx", name), name=shown, type=EntityType.INDEX),
                                  re.sub(r"^[Tt]he\s+", "", mention.text))
            if as_investor and not ticker:
                if len(words) > 2 and words[0] in PERSON_TITLES:
                    words = words[1:]  # Bloomberg's "Chairman Pony Ma sold about five million shares": the person
                    name = " ".join(words)
                named = self._person_named(words)
                if named is not None:
                    return self._note(named, mention.text)  # "Jack Dorsey bought ... Dorsey has sold"
                return self._note(new_entity(id=named_id("inv", name), name=name, type=EntityType.INVESTOR),
                                  mention.text)
            loose = None if ticker else self.ref.lookup_company_loose(name)
            if loose is not None:
                return self._note(loose, mention.text)
            hk = re.fullmatch(r"(\d{4,5})\.HK", ticker or "")
            if hk:
                ident = company_id(hkex=hk.group(1))
            elif ticker and ticker.isalpha() and ticker != _initials(words):
                ident = company_id(ticker=ticker)
            elif ticker and _INSTRUMENT_CODE.fullmatch(ticker):
                ident = company_id(name=name)  # "Al Rajhi Bank 1120.SE": known by its name, the code kept beside it
            else:
                ticker = None
                ident = company_id(name=name)
            base = new_entity(id=ident, name=name, type=EntityType.COMPANY, ticker=ticker)
            if ticker and ticker.isalpha() and ticker.isupper():
                self.codes.setdefault(ticker, base)
            elif mention.ticker and mention.ticker.isalpha() and mention.ticker == _initials(words):
                # "Kestrel Transnational Incorporated (KTI) ... KTI slipped 1.25%": the name's initials in brackets are
                # no ticker, but the article's short name for it
                self.codes.setdefault(mention.ticker, base)
        base = self._on_listing(base, ticker)
        if is_rmb_counter(mention) and base.type is EntityType.COMPANY:
            base = new_entity(id=f"{base.id}-rmb", name=f"{base.name} (RMB counter)", type=EntityType.SECURITY,
                          parent=base.id)
        if mention.extra.get("surface"):
            self._note(base, mention.extra["surface"])  # "Pandora (PNDORA) A/S": also "Pandora A/S"
        return self._note(base, mention.text)

    def _named_longer(self, words: list[str]) -> Entity | None:
        """The one company the article named before whose name opens with these one or two words, for a name
        the reference data lack ("Keisei Electric Railway" for "Keisei", "Jollibee Foods" for "Jollibee")."""
        if not 1 <= len(words) <= 2 or len(words[0]) < 4 or not words[0][:1].isupper() or words[0].isupper() \
                or words[0] in self.ref.place_forms:
            return None
        found = [e for e in self.seen.values() if e.type is EntityType.COMPANY
                 and len(e.name.split()) > len(words) and e.name.split()[:len(words)] == words]
        return found[0] if len(found) == 1 else None

    def _person_named(self, words: list[str]) -> Entity | None:
        """The one investor the article named before in full whose last name this is ("Dorsey" for "Jack
        Dorsey", "Ashley" for "Mike Ashley")."""
        if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper():
            return None
        found = [e for e in self.seen.values() if e.type is EntityType.INVESTOR
                 and len(e.name.split()) in (2, 3) and e.name.split()[-1] == words[0]]
        return found[0] if len(found) == 1 else None

    def _on_listing(self, base: Entity, ticker: str | None) -> Entity:
        """A reference company with the ticker of the listing this article's move is on: the
        ticker printed in the text, else the listing on the wrap's exchange, else the home one
        (Toyota in a Tokyo wrap is 7203.T, never the ADR TM)."""
        listing = self.ref.listing(base.id, self.region, ticker) if base.type is EntityType.COMPANY else None
        if listing is None or listing.ticker == base.ticker:
            return base
        return base.model_copy(update={"ticker": listing.ticker})

    def _adjective_place(self, text: str) -> str | None:
        """The place a market phrase's opening adjective is of ("South Korean stocks": "South Korea", "Vietnamese
        shares": "Vietnam"); None if the phrase opens with no such adjective (see ReferenceData.place_of_adjective)."""
        words = text.split()
        for n in (2, 1):
            adjective = " ".join(words[:n])
            form = self.ref.place_forms.get(adjective) if len(words) > n else None
            if form is not None and form[1] == "adjective":
                return self.ref.place_of_adjective(adjective)
        return None

    def _unplaced(self, text: str, entity_id: str) -> str | None:
        """An index's name as written after the place word the mention opens with ("US", "Japanese", "Hong Kong"),
        when that rest names the same index ("Standard & Poor's 500 Index"); None if there is none."""
        words = text.split()
        for n in (1, 2):
            rest = " ".join(words[n:])
            if len(words) > n and " ".join(words[:n]) in self.ref.place_forms and rest[:1].isupper():
                found = self.ref.lookup(rest) or self.ref.lookup(re.sub(r"\s[Ii]ndex$", "", rest))
                if found is not None and found.id == entity_id:
                    return rest
        return None

    def finished(self, entity: Entity) -> Entity:
        """The entity with every surface form this article used for it (the facts contract), the
        generic ones too for a market or an index ("local shares", "Stocks": the graph leaves those
        out, see :func:`generic_surface`), not for a company ("the stock" names it only there)."""
        seen = {s for s in self.surfaces.get(entity.id, ())
                if entity.type is not EntityType.COMPANY or not generic_surface(s)}
        for s in list(seen):
            if "(" in s and (m := _BRACKETED_ABBREVIATION.fullmatch(s)):
                seen |= {(m["name"] + m["rest"]).strip()}  # "(DFM)" names it as well as the name does (not "(ADR)":
                seen |= {m["abbr"]} - _LISTING_KINDS  # the kind of the listing, any foreign company's)
        if entity.type is EntityType.INDEX:
            # "The China Enterprises Index rose" names "China Enterprises" too, as annotators and readers drop the
            # head word of an index's name (not "the index": a name's words stand before it)
            seen |= {m[1] for s in seen if (m := _INDEX_HEAD.fullmatch(s)) and m[1][:1].isupper()}
        aliases = tuple(sorted(seen | {entity.name} | set(entity.aliases if entity.type is EntityType.INDEX else ())))
        return entity.model_copy(update={"aliases": aliases})
