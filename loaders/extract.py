"""Article in, facts out: runs the pipeline and the fact rules, resolves mentions,
dates every fact, and merges what one article states twice (headline and body)."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
import datetime as dt
from itertools import chain
import re
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span

from marketkg.loaders.action_phrases import NEVER_MOVERS, RATING_AGENCIES, ROLE_PREFIX, SP_RATINGS, Phrase, sector_of_word
from marketkg.loaders.actions import RawAction, find_actions, phrase_investor, phrase_target, role_holder
from marketkg.loaders.cause_links import linked_causes
from marketkg.loaders.cause_words import AUXILIARIES, CLOSE_VERBS, IRREGULAR_PAST, NEGATIONS, WEEKDAYS
from marketkg.loaders.causes import (
    INDEX_EPITHETS, LEADING_CUES, RawCause, back_reference, caused_move, clause_causes, opening_cause, rating_causes,
    with_members,
)
from marketkg.loaders.dates import DayMention, day_mentions, far_from_story, previous_session_day, stamp_line, story_day
from marketkg.loaders.descriptions import Description, fits
from marketkg.loaders.drivers import driver_for
from marketkg.loaders.gc_scope import fewer_collections
from marketkg.loaders.items import Item, mention_at, mention_indices, sentence_items
from marketkg.loaders.lexicon import CAUSE_PARTICIPLES, DOWN_VERBS, DOWNGRADE_VERBS, GOODS_UNITS, UP_VERBS, UPGRADE_VERBS
from marketkg.loaders.mentions import Mention
from marketkg.loaders.moves import (ANOTHER_COMPANY, DESCRIPTORS, RawMove, cause_follows, close_statements,
                                    exchange_end, find_moves, intraday_clause, multi_period, news_source, opening_close,
                                    opening_figure, predicate_at)
from marketkg.loaders.pipeline import shared_pipeline
from marketkg.loaders.quantities import CURRENCY_CODES
from marketkg.loaders.resolve import Resolver
from marketkg.loaders.text import working_text
from marketkg.loaders.token_table import doc_text, token_table
from marketkg.ontology.calendars import exchange_of
from marketkg.ontology.enums import ActionKind, Direction, EntityType
from marketkg.ontology.figures import decimals, figures_agree
from marketkg.ontology.models import (
    Article, ArticleFacts, Cause, Entity, Evidence, InvestorAction, Membership, PriceMove,
)
from marketkg.ontology.reference import reference

__all__ = ["extract", "extract_many"]

T = TypeVar("T")

#: the analysts a broker acts through, right after its name: "UBS analysts", "a Citigroup analyst"
_ANALYSTS_AFTER = re.compile(r" (?:analysts?|strategists?)\b")
#: a sentence that opens with its day sets it for the rest of its paragraph
_OPENING_DAY = re.compile(r"\s*(?:On|on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b")
#: "the sector index", "the industry index": a sector's index, not the market's
_SECTOR_BEFORE = re.compile(r"\b(?:sector|sectoral|industry|sub)[\s-]*$", re.I)
#: a cause clause between a move's verb and a day: the day is the cause's, not the move's
_CAUSE_BETWEEN = re.compile(r"\b(?:after|following|tracking|as|amid|since|because|when|news|that|which|while|but|whereas)\b"
                            r"|[;(]", re.I)
#: the kinds of a move's subject that name no one entity themselves: "the lender", "it", a market's phrase ("Chinese
#: shares", "the June contract" read as an index in a line on futures), which stands for the region's main index
_NOT_NAMED = frozenset({"description", "pronoun", "market"})
def _week_before(day: str | None, story: str | None) -> str | None:
    """A day-before move's weekday that fell on or after the story's session is the week before's ("sank 4 percent on
    Thursday, extending Friday's 6 percent drop" in a Thursday story: the Friday before; review 106)."""
    if day is None or story is None or not (_ISO_DAY.match(day) and _ISO_DAY.match(story)) or day < story:
        return day
    return (dt.date.fromisoformat(day) - dt.timedelta(days=7)).isoformat()


_ISO_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
#: a participle clause after the move's figures: a day named in it is the clause's
_ASIDE_BETWEEN = re.compile(r",\s(?:extending|erasing|paring|reversing|undoing|snapping|adding|bringing|taking|pulling|"
                            r"retreating|recovering|rebounding|building|continuing|having)\b", re.I)
#: a weekday named as a move's day: "slid 4% on Thursday", "On Wednesday, the carmaker had dropped"
_WEEKDAY_NAMED = re.compile(r"\b(?:(?:[Oo]n|[Ll]ate|[Ee]arly)\s+)?("
                            + "|".join(d.title() for d in sorted(WEEKDAYS)) + r")\b")
#: what ends a move's own clause before a weekday after it ("slid 3%, two days after the group announced on Monday")
_CLAUSE_BREAK = re.compile(r"[,;(]|\b(?:after|before|when|while|whereas|since|as|said|says|and|but|following)\b", re.I)
#: a turn to another clause of the same subject: a day named before it is the clause before's
_TURN_BETWEEN = re.compile(r",\s*(?:but|whereas|only\s+to)\s+(?:then\s+|later\s+)?$", re.I)
#: a market's own words as a participle's subject, before their verb: "Shares ended lower on Wall Street Friday,
#: dragging the S&P 500" (the verb is checked against the lexicon: _market_own_move)
_MARKET_OWN_MOVE = re.compile(r"(?:(?:U\.S\.|US|Asian|European|Chinese|Japanese|Indian|Hong Kong|local)\s+)?"
                              r"(?:stocks|shares|equities|markets|Wall Street)\s+(\w+)", re.I)
#: a day's own move named before another clause's move ("wiped out all of Monday's 1.6% gain as the composite
#: plummeted 2.8%", "extended Friday's rally, rising 1%"): the day is that earlier move's (not "a spillover from
#: Friday's slide in New York, with the Dow ... all losing two percent": the same move, told twice)
_DAYS_MOVE = re.compile(r"['’]s\s+(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+|\w+\s+)?"
                        r"(?:gains?|rall(?:y|ies)|loss(?:es)?|rises?|falls?|drops?|declines?|slides?|rebounds?|"
                        r"sell-?offs?|advances?|slumps?|plunges?|surges?|jumps?|tumbles?|rout)\b"
                        r".*?(?:\b(?:as|while|but|whereas|when)\b|,\s*$)", re.I | re.S)
#: an aside of the run so far opened before a day mention and not closed before it
_SO_FAR_OPEN = re.compile(r",\s(?:already|still)\s[^,;]*$", re.I)
#: a relative clause opened before a day mention and not closed before it
_RELATIVE_OPEN = re.compile(r",\s(?:which|who)\s[^,;]*$", re.I)
_MOVER_TYPES = frozenset({EntityType.COMPANY, EntityType.SECURITY, EntityType.INDEX, EntityType.SECTOR,
                          EntityType.COMMODITY, EntityType.CURRENCY, EntityType.MARKET, EntityType.INVESTOR})
#: a close told as what was left of an earlier, larger figure: "After giving back some of the gains, Sony ended
#: the day up 6.5% at 3,072 yen" (the figure before it was the day's peak, not its close)
_GAVE_BACK = re.compile(r"\b(?:giving|gave|given|handing|handed) back\b|\bpar(?:ed|ing)\b|\btrimm(?:ed|ing)\b"
                        r"|\beras(?:ed|ing)\b|\bcutting (?:its|their) gains\b", re.I)
#: investors that are money flows, not listed firms: they never have a share price
_FLOWS = frozenset({"inv-southbound", "inv-northbound", "inv-national-team"})


@dataclass
class _Sentence:
    span: Span
    items: list[Item]
    moves: list[RawMove] = field(default_factory=list)
    day: str | None = None
    line: int = 0
    days: list[DayMention] = field(default_factory=list)  # the day mentions inside the sentence
    evidence: Evidence | None = None  # made once, on first use (see _sentence_evidence)
    lead: list = field(default_factory=list)  # the moves before its ", while" clause, if it has one


@dataclass
class _MoveDraft:
    entity: Entity
    direction: str
    pct: float | None
    approx: bool
    close: float | None
    turnover: str | None
    date: str | None
    evidence: list[Evidence]
    conflicts: list[float] = field(default_factory=list)
    settled: bool = False  # the figure is the one the session closed with
    figure_at: int = -1  # where the sentence the figure was read from starts (-1: no figure yet)
    intraday: bool = False  # the figure's own clause tells the session's course ("dived 8 percent at the open")
    weak_close: bool = False  # the close is a mark the move crossed ("fell below the 10,000 mark"): a stated one replaces it
    span: bool = False  # the figure is a span's ("capped its best week with a 3.9% gain"): the day's replaces it
    weekday: str | None = None  # the weekday an undated story names for the move: another weekday's is another move
    described: bool = False  # the figure's subject named no entity (a description, a pronoun, a market's phrase)


#: the words of a session's course or of a span before a move's verb or in its predicate: "At midday, the Kospi was
#: up 1.6% at 2,670", "The Nikkei ended the week 2.3% higher"
_COURSE_OR_SPAN_WORDS = frozenset({"midday", "noon", "lunch", "morning", "afternoon", "intraday", "early", "week",
                                   "month", "year", "quarter"})


def _course_or_span(items: list[Item], raw: RawMove) -> bool:
    """Whether a move's sentence tells the session's course before its verb, or a span in its predicate (review 105:
    neither figure outranks the day's close told for a description)."""
    return any(it.kind == "W" and it.low in _COURSE_OR_SPAN_WORDS for it in items[:raw.end]) \
        or intraday_clause(items, raw)


def _named_and_past(items: list[Item], x: int) -> bool:
    """Whether item x is a past verb right after a name ("the Fed raised"): a clause of its own."""
    it, before = items[x], items[x - 1] if x > 0 else None
    if before is None or not (it.kind == "W" and len(it.low) > 3 and it.low.endswith("ed") and it.text.islower()):
        return False
    if before.kind == "M":  # (investors are the market's own: "Weighed by X, investors turned cautious")
        return not (before.mention.entity_id or "").startswith("inv-")
    return before.kind == "W" and before.text[:1].isupper()


def _evidence(article: Article, span: Span) -> Evidence:
    """The sentence as written, trimmed of what the working text blanked at its ends (white space,
    a table row's bars, markup)."""
    text, work = article.text, doc_text(span.doc)  # (joined once per doc, not per sentence)
    s, e = span.start_char, span.end_char
    while s < e and work[s].isspace():
        s += 1
    while e > s and work[e - 1].isspace():
        e -= 1
    return Evidence(article=article.id, sentence=text[s:e], start=s, end=e)


def _sentence_evidence(article: Article, sent: _Sentence) -> Evidence:
    """The sentence's evidence, one object for every fact it states (validated once)."""
    if sent.evidence is None:
        sent.evidence = _evidence(article, sent.span)
    return sent.evidence


def _default_region(doc: Doc) -> str | None:
    """The story's market: the first index or market its text names, else the place of its dateline. Not one named
    as the night before's lead ("Following the overnight slide on Wall Street, Seoul's Kospi fell 1%"): another
    market's session."""
    ref = reference()
    text = doc_text(doc)
    for m in doc._.mkg_mentions or []:
        if _OVERNIGHT_BEFORE.search(text, max(0, m.start_char - 24), m.start_char):
            continue
        if m.kind == "ref" and (m.entity_id or "").startswith("idx-"):
            return ref.index_market.get(m.entity_id)
        if m.kind == "market" and m.region:
            return m.region
    return _dateline_region(text)


_OVERNIGHT_BEFORE = re.compile(r"\b(?:overnight|previous night's|night's)\s+(?:[\w-]+\s+)?$", re.I)


#: a wire's dateline at a line's start near the top: the place in capitals before a comma, a bracket or a dash
#: ("MUMBAI, May 14 (Reuters) -", "COLOMBO (AP) —", "SINGAPORE -"), or in title case before its date ("Karachi,
#: May 14:")
_DATELINE_PLACE = re.compile(r"^[ \t]*(?:([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?=[ \t]*(?:,|\(|[-\u2013\u2014:]))"
                             r"|([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
                             r"|Dec)[a-z]*\.?[ \t]+\d)", re.M)


#: the words of a story about shares, whose dateline's place is its market
_SHARE_STORY = re.compile(r"\b(?:stocks?|shares|equities|bourses?|stock market|stock exchange)\b", re.I)


def _dateline_region(text: str, head: int = 600) -> str | None:
    """The market of the place a dateline near the top of the text names: a story about shares filed from Colombo
    that names no index by its own name ("The All Share Price Index added 0.4%") is Colombo's (not a story of consumer
    prices or the dollar filed from London or New York, whose "index" is no share index)."""
    if _SHARE_STORY.search(text) is None:
        return None
    forms = reference().place_forms
    for m in _DATELINE_PLACE.finditer(text, 0, head):
        found = forms.get((m.group(1) or "").title() or m.group(2))
        if found is not None:
            return found[0]
    return None


def _headline_end(text: str, *, any_case: bool = False) -> int:
    """End of a title-case headline: a short first line with no closing full stop whose words
    are mostly capitalised (0 if there is none). In such a line capitals mark no names.
    ``any_case`` also takes a sentence-case one ("Sensex, Nifty end lower as IT stocks drag")
    standing alone above a blank line."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    title_case = len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)
    # (or above a page's time stamp: "... rising yen" then "12/12/2008 17:22")
    alone = any_case and (text.startswith(("\n\n", "\r\n\r\n"), end)
                          or end + 1 < len(text) and stamp_line(text, end + 1) and text.find("\n", end + 1) > 0)
    return end if (title_case or alone) and len(line) < 200 and not line.endswith((".", "!", "?", ":")) else 0


#: sentences after the headline that make a story's lead
LEAD_SENTENCES = 2


def _lead_end(doc, headline_end: int) -> int:
    """Where the lead ends: the headline and the first LEAD_SENTENCES sentences after it (a line
    with no closing full stop, such as a sentence-case headline or a byline, is no sentence)."""
    count = 0
    table = token_table(doc)  # (no Token objects: the table's flags and text)
    for sent in doc.sents:
        if sent.start_char >= headline_end and any(table.is_alpha[sent.start:sent.end]) \
                and table.doc_text[sent.start_char:sent.end_char].rstrip().endswith((".", "!", "?", ".\"", ".”", ")")):
            count += 1
            if count == LEAD_SENTENCES:
                return sent.end_char
    return len(doc.text)


def _the_index(mention) -> bool:
    """'the index', 'the benchmark': a bare singular index word names the index named before it."""
    return mention.kind == "market" and mention.region is None and not mention.extra.get("places") \
        and mention.text.lower() in ("index", "benchmark", "gauge", "benchmark index")


def _without_run_ons(causes: dict[tuple[str, str], tuple]) -> list[tuple]:
    """The causes, less any that runs on past another of the same effect and sentence into its
    verb: "as worries about inflation weighed on the market" is the cause "worries about
    inflation", which "weighed on" already gave."""
    by_effect: dict[str, list[tuple[str, set]]] = {}
    for (effect_id, text), entry in causes.items():
        by_effect.setdefault(effect_id, []).append((text, set(entry[5])))
    out = []
    for (effect_id, text), entry in causes.items():
        evidence = set(entry[5])
        if not any(other != text and text.startswith(other + " ") and evidence & other_ev
                   for other, other_ev in by_effect[effect_id]):
            out.append(entry)
    return out


_INDEX_PLURALS = frozenset({"indexes", "indices", "benchmarks", "averages", "gauges"})
#: a price per unit of a good, no share's price: "155.9p a litre", "$80 per barrel"
_UNIT_PRICE = re.compile(rf"\b(?:a|an|per)\s+(?:{'|'.join(sorted(GOODS_UNITS, key=lambda u: (-len(u), u)))})\b", re.I)
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}


def _moved_in(text: str) -> bool:
    """Whether a cause's words tell a move ("Kestrel fell 3%"), not news ("Kestrel slashed its outlook")."""
    return any(w in UP_VERBS or w in DOWN_VERBS for w in re.findall(r"[a-z]+", text.lower()))


class _ArticleExtractor:
    def __init__(self, article: Article, doc: Doc) -> None:
        self.article = article
        self.doc = doc
        self.resolver = Resolver(region=_default_region(doc))
        days = day_mentions(doc_text(doc), published=article.published, mic=exchange_of(self.resolver.region))
        self.days = days
        self.day_starts = [d[0] for d in days]
        # the first day named on which the story's exchange traded ("overnight" and holidays are not),
        # else the publication day or the exchange's last session before it (a Saturday story)
        self.trading_day = story_day(days, doc_text(doc), exchange_of(self.resolver.region), article.published,
                                     lead_end=_lead_end(doc, _headline_end(article.text)))
        self.moves: list[_MoveDraft] = []
        self.move_index: dict[tuple[str, str | None], list[_MoveDraft]] = {}
        self.causes: dict[tuple[str, str], tuple[Entity, str, Entity, str | None, str | None, list[Evidence]]] = {}
        self.actions: dict[tuple, dict] = {}
        self.read: list[_Sentence] = []
        self.members: dict[tuple[str, str], tuple[Entity, Entity, list[Evidence]]] = {}
        self.headline_end = _headline_end(article.text)
        self.title_end = _headline_end(article.text, any_case=True)  # a headline's figures are rounded
        self.antecedent: Entity | None = None  # the entity a sentence-initial "It" names
        self.sentence_first: Entity | None = None
        self.pending_closes: dict[str, tuple[float, int]] = {}
        self.named: list[Entity] = []  # what _named_so_far found in self.read[:named_count]
        self.described: set[str] = set()  # ids named there only inside another name's appositive
        self.named_count = 0
        self.listed_named: dict[str, Mention] = {}  # a named broker's mention, by the broker's id, where it is listed
        self.moves_of: dict[str, list[_MoveDraft]] = {}  # self.moves by entity id

    def _days_within(self, start: int, end: int) -> list[DayMention]:
        """The day mentions that start in [start, end), found by bisection (a scan of every
        day per sentence made an article naming a day in each sentence quadratic)."""
        return self.days[bisect_left(self.day_starts, start):bisect_left(self.day_starts, end)]

    # -- moves -----------------------------------------------------------------------------
    def _weekday_named(self, raw: RawMove, sent: _Sentence) -> str | None:
        """The weekday a move's sentence names for it (opening the sentence, or right after the figure in the move's
        own clause), in a story no day can be told for ("slid 4% on Thursday", then "On Wednesday, the carmaker had
        dropped 9%": two days, two moves; not "slid 3%, two days after the group announced on Monday")."""
        if self.article.published is not None or "multi-period" in raw.flags:
            return None
        text = sent.span.text
        end = sent.items[raw.end - 1].end_char - sent.span.start_char
        for m in _WEEKDAY_NAMED.finditer(text):
            if m.start() < end and not text[:m.start()].strip() and m.group(0)[0] in "Oo" \
                    and text[m.end():m.end() + 1] == ",":
                return m.group(1).lower()  # the sentence opens with it: "On Wednesday, the carmaker had dropped 9%"
            # right after the figure: "slid 4% on Thursday", AP's "slid 4% Thursday" (not "from Monday's close", "by
            # Friday")
            if m.start() >= end and not _CLAUSE_BREAK.search(text, end, m.start()) and m.start() - end <= 40 \
                    and (m.group(0)[0] in "Oo" or not text[end:m.start()].strip()) \
                    and text[m.end():m.end() + 2] not in ("'s", "\u2019s"):
                return m.group(1).lower()
        return None

    def _day_of(self, raw: RawMove, sent: _Sentence) -> str | None:
        """The trading day of a move: the day its sentence names nearest its verb, leaving out
        days inside a cause clause ("fell 3% following news that the rate soared on Wednesday")."""
        if "multi-period" in raw.flags:
            return None  # "fell 2% last week": no one trading day
        text = self.article.text
        best: tuple[int, str] | None = None
        for start, end, day in sent.days:
            if "dated-after" in raw.flags and start < raw.start_char:
                continue  # "... after jumping 2.7 per cent on Thursday": the day named after the figure
            lo, hi = sorted((raw.start_char, start))
            if start > raw.start_char and (_CAUSE_BETWEEN.search(text, lo, hi) or _ASIDE_BETWEEN.search(text, lo, hi)):
                continue  # (", extending its pullback from a record closing high on Monday": the aside's day)
            if start < raw.start_char and _TURN_BETWEEN.search(text, end, raw.start_char) \
                    and any(later > raw.start_char for later, _, _ in sent.days):
                continue  # "closed up 1.3 percent yesterday, but retreated almost 1 percent today": the clause
                # before's (not "climbed 0.6% on Monday, but fell 0.2% in the final hour": no day of its own)
            if start < raw.start_char and _DAYS_MOVE.match(text, end, raw.start_char):
                continue  # "wiped out all of Monday's 1.6% gain as the composite plummeted 2.8%"
            if start < raw.start_char and "," in text[start:raw.start_char] \
                    and (_RELATIVE_OPEN.search(text, max(0, start - 120), start)
                         or _SO_FAR_OPEN.search(text, max(0, start - 120), start)):
                continue  # "ADNOC Distribution, which leapt 5.5% in the previous session, retreated 0.9%", "The
                # Kospi, already up 3 percent on Monday, rose a further 1 percent"
            if best is None or abs(start - raw.start_char) < best[0]:
                best = (abs(start - raw.start_char), day)
        if best is not None:
            return _week_before(best[1], self.trading_day) if "day-before" in raw.flags else best[1]
        return self.trading_day if sent.days else sent.day

    def _subject_entities(self, raw: RawMove, sent: _Sentence) -> list[Entity]:
        """The entities a move's subject names; a pronoun ("It pared losses") names the entity
        that moved first in this sentence, else in the last sentence that stated a move."""
        if raw.subject.kind == "pronoun" and raw.subject.extra.get("count"):
            # "Both fell more than 1 percent": the two that moved in the sentence before, if two did
            before = list({d.entity.id: d.entity for d in (self.read[-1].moves if self.read else [])}.values())
            if len(before) != raw.subject.extra["count"] == 2 and self.read:
                before = self._named_pair(self.read[-1])  # "Utilities gained, led by A and B. Both rose 5%"
            return before if len(before) == raw.subject.extra["count"] else []
        if raw.subject.kind == "pronoun":
            antecedent = self.sentence_first or self.antecedent
            return [antecedent] if antecedent is not None else []
        if raw.subject.extra.get("stock_of_named"):
            named = self._stock_of(raw, sent)
            return [named] if named is not None else []
        if raw.subject.kind == "description":
            # (not a name inside another's appositive: "Kingfisher, the owner of B&Q and Screwfix, was the biggest
            # riser. The firm's shares jumped 2.4%" is Kingfisher)
            pool = [e for e in self._named_so_far(sent) if e.id not in self.described]
            if pool and pool[-1].id in self.listed_named:
                # a listed broker named last is its stock here: "to bolster Citigroup, the large New York bank. The
                # company's stock plummeted" (not one named before another: "... Morgan Stanley ... shore up Credit
                # Suisse, the Swiss lender. The bank's shares jumped" is no Morgan Stanley move)
                pool[-1] = self.resolver.entity(self.listed_named[pool[-1].id], as_stock=True) or pool[-1]
            if raw.subject.text in _ANY_COMPANY:
                # "shares of the company advanced 5 per cent ... on BSE": a word any company fits names one
                # that moved before, not the exchange named last
                # (a company that moved: Invezz's "the Footsie shed 27.71 points ..., as well as a hefty drop in
                # Micro Focus ... The group's shares ended the session 16.92 percent in the red", not the index)
                pool = self._moved_companies(pool)
            named = phrase_target(Phrase(raw.subject.text, descriptor=raw.subject.text,
                                         country=raw.subject.extra.get("country")), pool)
            return [named] if named is not None else []
        owner = self._with_clause_market(raw.subject, sent)
        if owner is not None:  # "Asian shares slid, with major benchmarks down 1.9%": Asia's
            return self.resolver.entities(owner)
        counted = self._counted_indices(raw.subject, sent)
        if counted is not None:
            return counted  # "All three indexes closed lower": the three indices named before
        sector_word = self._sector_word_before(raw.subject, sent) if _the_index(raw.subject) else None
        if sector_word is not None:  # "dragging the healthcare index down 1.8%": that sector's index
            sid = sector_of_word(sector_word.low)
            phrase = Mention(sector_word.start, raw.subject.end, "sector", f"{sector_word.text} {raw.subject.text}",
                             sector_word.start_char, raw.subject.end_char, sectors=(sid,))
            return self.resolver.entities(phrase)
        if _the_index(raw.subject) and _SECTOR_BEFORE.search(self.article.text, 0, raw.subject.start_char):
            # "Banks were a bright spot, with the sector index up 0.9%": the sector named before it
            sector = _sector_before(raw.subject, sent)
            return self.resolver.entities(sector) if sector is not None else []
        sub = raw.subject.text.lower()
        if raw.subject.kind == "ref" and sub.replace(" ", "").endswith(("sub-index", "subindex")) \
                and not any(sector_of_word(w) for w in sub.split()[:-1]) \
                and (sector := _sector_before(raw.subject, sent)) is not None:
            # "Banks were the best performers, with the Nifty sub-index up 2%": the sector named before, a part of the
            # broad index (not "the Bank Nifty sub-index", an index of a sector's own)
            return self.resolver.entities(sector)
        if _the_index(raw.subject) and (named := self._bracketed_name_before(raw.subject, sent)):
            return named  # "the Korea Securities Dealers Automated Quotations (KOSDAQ) index surged by 3.7%"
        if _the_index(raw.subject):
            here = self._index_named_before(raw.subject, sent)
            if here is not None:
                return [here]  # "The Nasdaq wiped out all of Monday's gain as the index plummeted 2.8%"
            last = next((d.entity for d in reversed(self.moves) if d.entity.type is EntityType.INDEX), None) \
                or next((e for e in reversed(self._named_so_far(sent)) if e.type is EntityType.INDEX), None)
            if last is not None:  # "The Hang Seng fell 1.3%. On Tuesday, the index slumped 2.7%"; else the index
                return [last]  # named last (the Armchair Trader's "Strong gains for the AIM All Share index today
                # after ... The index posted its largest daily gain in nearly three years")
        return self.resolver.entities(raw.subject, as_stock=True)

    @staticmethod
    def _with_clause_market(subject: Mention, sent: _Sentence) -> Mention | None:
        """The market a with-clause's plural market words with no place of their own tell of: the clause's subject
        before "with" ("Asian stocks slumped, with major benchmarks falling 2%"), not the story's market."""
        if not (subject.kind == "market" and subject.region is None and subject.plural
                and not subject.extra.get("places") and not subject.extra.get("regional")):
            return None
        at = mention_at(sent.items, subject)
        if at is None or at < 3 or not any(it.word("with") for it in sent.items[max(0, at - 3):at]):
            return None
        return next((it.mention for it in reversed(sent.items[:at]) if it.kind == "M" and it.mention.kind == "market"
                     and it.mention.region is not None), None)  # (the clause's right before "with": "Asian shares slid
        # while Wall Street rallied overnight, with major benchmarks up 1%" is Wall Street's)

    def _bracketed_name_before(self, subject: Mention, sent: _Sentence) -> list[Entity]:
        """The index a bracketed name right before a bare index word names: "(KOSDAQ) index"."""
        at = mention_at(sent.items, subject)
        if at is None or at < 2:
            return []
        before, name = sent.items[at - 1], sent.items[at - 2]
        if before.qkind == "TICKER" and before.text.startswith("("):  # (the abbreviation read as a ticker)
            entity = reference().lookup(before.text.strip("()"))
            if entity is not None and entity.type is EntityType.INDEX:
                return [entity]
        elif not before.word(")"):
            return []
        if name.kind != "M":
            return []
        if name.mention.kind == "market" and name.mention.region:  # "the Shanghai Stock Exchange (SSE) index"
            entity = reference().market_entity(name.mention.region, index_head=True)
            return [entity] if entity is not None and entity.type is EntityType.INDEX else []
        return [e for e in self.resolver.entities(name.mention) if e.type is EntityType.INDEX]

    def _indices_before(self, mention: Mention, sent: _Sentence) -> list[Entity]:
        """The indices the sentence names by name before ``mention``, in order."""
        return [e for it in sent.items if it.kind == "M" and it.mention.end <= mention.start and it.mention.kind == "ref"
                for e in self.resolver.entities(it.mention) if e.type is EntityType.INDEX]

    def _index_named_before(self, subject: Mention, sent: _Sentence) -> Entity | None:
        """The one index named by name earlier in the subject's own sentence, if exactly one is ("The Nasdaq
        wiped out Monday's gain as the index plummeted"); None when none or several are (then the index that
        moved last is meant)."""
        if not self.article.text[max(0, subject.start_char - 4):subject.start_char].lower() == "the ":
            return None  # (not "the Korea Securities Dealers Automated Quotations (KOSDAQ) index": a name's word)
        named = {e.id: e for e in self._indices_before(subject, sent)}
        return next(iter(named.values())) if len(named) == 1 else None

    def _counted_indices(self, subject: Mention, sent: _Sentence) -> list[Entity] | None:
        """'all three (major) indexes', 'both indices': the last that many indices the article named
        before this sentence; None when the subject counts no indices or the article named fewer."""
        words = subject.text.lower().split()
        if subject.kind != "market" or subject.region is not None or not words or words[-1] not in _INDEX_PLURALS:
            return None
        before = [it.low for it in sent.items if it.end_char <= subject.start_char][-3:]
        count = next((_COUNTS[w] for w in reversed(before + words[:-1]) if w in _COUNTS), None)
        if count is None:
            return None
        indices = list({e.id: e for e in self._named_so_far(sent) if e.type is EntityType.INDEX}.values())
        if len(indices) < count:
            return None  # named fewer: read as any plural market word ("the two main indices of the Shenzhen ...")
        return indices[-count:]

    @staticmethod
    def _sector_word_before(subject: Mention, sent: _Sentence) -> Item | None:
        """The lower-case sector word right before a bare 'index' ("the healthcare index"), if any."""
        at = next((x for x in range(len(sent.items) - 1, -1, -1) if sent.items[x].end_char <= subject.start_char), None)
        before = sent.items[at] if at is not None else None
        if before is None or before.kind != "W" or not before.text.islower() or before.end_char != subject.start_char - 1:
            return None
        if at > 0 and sent.items[at - 1].end_char == before.start_char:
            return None  # "the blue-chip index": the tail of a compound
        return before if sector_of_word(before.low) is not None else None

    def _stock_of(self, raw: RawMove, sent: _Sentence) -> Entity | None:
        """What 'its shares' or 'the stock' stands for: the company named last before it, in its
        own sentence ("Citi cut Tesla to sell, and its shares fell") or in the one before
        ("Alibaba beat forecasts. Its shares jumped"); further back is too far to guess."""
        before = [it for it in sent.items if it.end_char <= raw.subject.start_char]
        if not any(it.kind == "M" for it in before) and self.antecedent is not None \
                and self.antecedent.type is EntityType.COMPANY and self.antecedent.id in self.moves_of \
                and self.article.text[raw.subject.start_char:raw.subject.start_char + 4].lower() == "its ":
            return self.antecedent  # "Hormel, the maker of Spam and Dinty Moore stew, had ... Its stock climbed": its subject's
        if not any(it.kind == "M" and it.mention.kind in ("ref", "candidate") for it in before) and self.read \
                and not ANOTHER_COMPANY.search(raw.subject.text):
            movers = [d for d in self.read[-1].moves if d.entity.type is EntityType.COMPANY]
            if len({d.entity.id for d in movers}) == 1 and all(d.direction == raw.direction for d in movers):
                return movers[0].entity  # "Steinhoff shares slumped after a magazine reported ... The retailer's stock
                # dropped 14%": the one company that moved in the sentence before, the same way, not the last name in
                # it (not "Wesfarmers rose after Coles reported weak sales. The rival retailer's stock fell")
        back = [s.items for s in reversed(self.read[-2:])]
        if len(back) == 2 and any(it.kind == "M" and it.mention.kind in ("ref", "candidate") and not _a_person(it.mention)
                                  and not _according_to(back[0], x) for x, it in enumerate(back[0])):
            back.pop()  # (two sentences back only past one that names nobody, or a person: "Part of that is because of
            # X.", "Vocus Chairman Bob Mansfield said ...", or its source: "According to Yahoo Finance, ...")
        # (an investor acts as one where a rating, a stake or an underwriting is told: the stock's own sentence too,
        # "The stock tumbled 12% following the downgrade")
        acting = any(it.kind == "W" and it.low in _INVESTOR_ACTS for items in (sent.items, *back) for it in items)
        for items in (before, *back):
            # a known company before an unknown name ("Tesla ... after the Elon Musk-led company said"), then any; where
            # an investor acts as one (a rating, a stake), its own stock last ("JPMorgan upgraded Yangzijiang
            # Shipbuilding. The shares rose": not JPMorgan's; "JPMorgan reported a 20 percent rise in profit, beating
            # estimates compiled by LSEG. Its shares rose": the bank's)
            players = -1  # where a kind of market player was passed over ("investors"): no unknown name after it
            for kind, investor in (("ref", False), ("candidate", False), ("ref", True)) if acting else (
                    ("ref", None), ("candidate", None)):
                for x in range(len(items) - 1, -1, -1):
                    it = items[x]
                    if kind == "candidate" and x > players >= 0 and _through(items, x):
                        continue  # (review 104's "Foreign investors bought shares through the Connect. The counter
                        # gained 1.1 percent": the way the players bought, no company the story follows)
                    if it.kind == "M" and it.mention.kind == kind and not _no_stock_at(items, x) \
                            and (investor is None or (it.mention.entity_id or "").startswith("inv-") == investor) \
                            and not (it.mention.kind == "candidate" and x + 1 < len(items) and items[x + 1].kind == "M"):
                        # (not an unknown word right before a name: "Embattled Citigroup (C) could not escape")
                        entity = self.resolver.entity(it.mention, as_stock=True)  # Goldman Sachs the bank, not the broker
                        # (not a kind of market player: "Kestrel Land slid as investors feared a weaker yuan. The
                        # counter lost 5 per cent" is Kestrel Land's)
                        if entity is not None and entity.id in NEVER_MOVERS:
                            players = max(players, x)
                        if entity is not None and (entity.type is EntityType.COMPANY or entity.type is EntityType.INVESTOR
                                                   and it.mention.kind == "ref" and not acting
                                                   and entity.id not in NEVER_MOVERS):
                            return entity  # (a bank the reference lists only as an investor, as its moves are: "Credit
                            # Suisse reported another loss. The shares fell 4 percent"; not a broker that rated another:
                            # "Jefferies raised its price target to $98, and the shares are 6.1% higher")
        return None

    def _restated(self, s: _Sentence, previous: list[_MoveDraft]) -> None:
        """'... to close at 13,474. The 2.2 percent loss was the second biggest': a sentence that
        opens with a noun-form figure gives it to the one figure-less move before it."""
        figure = opening_figure(s.items)
        bare = [d for d in previous if d.pct is None]
        if figure is not None and len(bare) == 1 and len(previous) == 1 and bare[0].direction == figure[0]:
            bare[0].pct = figure[1]
            bare[0].evidence.append(_sentence_evidence(self.article, s))
        level = opening_close(s.items)  # "The Dow dropped 3%. Monday's close was 18,592."
        if level is not None and len(previous) == 1 and (previous[0].close is None or previous[0].weak_close
                                                         and previous[0].date == s.day):
            previous[0].close, previous[0].weak_close = level, False
            previous[0].evidence.append(_sentence_evidence(self.article, s))

    def _closes(self, s: _Sentence) -> None:
        """Closing levels stated apart from the move ("closed at a record high of 13,089.89"):
        they go to that entity's move of the day, in this sentence or the next."""
        for entity_id in list(self.pending_closes):
            level, line = self.pending_closes[entity_id]
            if line < s.line - 1:
                del self.pending_closes[entity_id]
        for mention, level in close_statements(s.items):
            for entity in self.resolver.entities(mention):
                self.pending_closes[entity.id] = (level, s.line)
        for entity_id in list(self.pending_closes):  # its first move with no close takes it
            # (a crossed mark's level gives way to a close of the same day: "fell below the 10,000 mark on Monday. On
            # Tuesday, the Nikkei closed at 10,200" leaves Monday's mark)
            d = next((d for d in self.moves_of.get(entity_id, ()) if d.close is None or d.weak_close and d.date == s.day),
                     None)
            if d is not None:
                d.close, d.weak_close = self.pending_closes.pop(entity_id)[0], False

    def _named_pair(self, s: _Sentence) -> list[Entity]:
        """The two companies a sentence names last as "A and B" ("led by Harbour Energy and Kestrel Power"), else
        none."""
        items = s.items
        for x in range(len(items) - 2, 0, -1):
            if items[x].word("and") and items[x - 1].kind == "M" and items[x + 1].kind == "M":
                pair = [self.resolver.entity(items[y].mention) for y in (x - 1, x + 1)]
                return pair if all(e is not None and e.type is EntityType.COMPANY for e in pair) else []
        return []

    def _sentence_subject(self, s: _Sentence) -> Entity | None:
        """What a following "It" names: the sentence's first mover, else a known name opening it,
        else the one known name it holds ("Weakness in tech stocks pulled the Nasdaq lower. It fell")."""
        before = self.read[-2] if len(self.read) >= 2 and self.read[-1] is s else self.read[-1] if self.read else None
        if len(s.items) <= 4 and s.items[-1].word(".") and not any(it.kind == "Q" for it in s.items) \
                and before is not None and any(it.qkind == "TICKER" for it in before.items) and len(before.items) <= 4:
            return None  # the Canadian Press' "Kestrel Corp. (TSX:KES). Communication services. Up 31 cents ...": the
            # line's label after the name with its code, no name of its own
        if s.moves:
            figured = {d.entity.id for d in s.moves if d.pct is not None}
            for x in range(2, len(s.items) - 2) if figured else ():
                it = s.items[x]
                if it.kind == "M" and it.mention.kind in ("ref", "candidate") and (
                        s.items[x - 1].word("while", "whereas") or s.items[x - 1].word("and") and s.items[x - 2].word(",")) \
                        and (s.items[x + 1].word("was") or s.items[x + 1].word("also") and s.items[x + 2].word("was")):
                    # "IFG fell 4.2 per cent, while FBD was also in the red. It gave up 3.8 per cent": the name
                    # whose clause told no figure
                    found = self.resolver.entity(it.mention)
                    if found is not None and found.type is EntityType.COMPANY and found.id not in figured:
                        return found
                    break
            return s.moves[0].entity
        first = s.items[0]
        for x, it in enumerate(s.items[:4]):
            if it.kind == "M" and it.mention.kind == "candidate" and x + 2 < len(s.items) \
                    and s.items[x + 1].low in DESCRIPTORS and s.items[x + 2].kind == "M":
                continue  # "Exploration firm Dragon Oil enjoyed a strong bounce": the firm, not its description
            if it.kind != "W" or it.low not in ("the", "a", "an", "benchmark") and it.low not in DESCRIPTORS:
                first = it  # (past "Retailer" of "Retailer Puregold Price Club Inc. was the most actively traded")
                break
        known = [it for it in s.items if it.kind == "M" and it.mention.kind == "ref" and not news_source(it.mention)
                 and not (it.text.islower() and (it.mention.entity_id or "").startswith("inv-"))]
        # (not "value-buying by investors": a group of buyers, no name a later "It" stands for)
        named = [it for x, it in enumerate(s.items) if it.kind == "M" and it.mention.kind in ("ref", "candidate")
                 and not (x >= 1 and s.items[x - 1].word("said", "says", "that")) and not news_source(it.mention)
                 and not (x + 1 < len(s.items) and s.items[x + 1].word("said", "says", "told", "added", "wrote"))
                 and not _according_to(s.items, x)
                 and not _a_person(it.mention) and not _place_word(s.items, x)]
        # (not "Traders said X had been buying": an investor reported; not "Analysts polled by Reuters", "According to
        # Yahoo Finance, ...": the source)
        opened = first.kind == "M" and first.mention.kind in ("ref", "candidate") and not _a_person(first.mention)
        if not opened and (len(known) == 1 or len(named) == 1):
            first, opened = known[0] if len(known) == 1 else named[0], True  # "There was a little strength in C&C. It
            # added 2.4%"
        if opened:
            found = self.resolver.entity(first.mention)
            if found is not None and found.type in (EntityType.COMPANY, EntityType.INDEX, EntityType.COMMODITY):
                return found
        return None

    def _add_move(self, raw: RawMove, sent: _Sentence) -> list[_MoveDraft]:
        if raw.subject.kind == "place" and raw.pct is None and not raw.subject.extra.get("generic_subject"):
            return []  # "Germany slipped into recession": a bare place is a market only with a figure
        if raw.verb_start >= 1 and sent.items[raw.verb_start - 1].word("had") \
                and far_from_story(self._day_of(raw, sent), self.article.published):
            return []  # Mangalore Today's "It had tumbled by 512.40 points or 4.17 per cent on March 9, 2011": history
            # told for comparison, a dated past move of no session of the story
        out = []
        for entity in self._subject_entities(raw, sent):
            if self.sentence_first is None and raw.subject.kind not in ("pronoun", "description"):
                self.sentence_first = entity
            if entity.type not in _MOVER_TYPES or entity.id in _FLOWS or entity.id in NEVER_MOVERS:
                continue
            if "threshold" in raw.flags and entity.type in (EntityType.CURRENCY, EntityType.COMMODITY):
                continue  # "The yen closed above 150 per dollar": a quote's side tells no direction of the yen
            ev = _sentence_evidence(self.article, sent)
            day = self._day_of(raw, sent)
            if not sent.days and day is not None and day == self.trading_day and self._wall_street_before(entity) \
                    and not _LIVE_QUOTE.search(sent.span.text):  # (not "Futures on the S&P 500 fell 0.4 percent today")
                # AP's Asian wrap: "WALL STREET: ... The benchmark S&P 500 gained 0.8 percent": the US session
                # before the story's day, as "overnight" would say
                day = previous_session_day("XNYS", self.trading_day) or day
            key = (entity.id, day)
            weekday = self._weekday_named(raw, sent) if day is None and raw.pct is not None else None
            drafts = [d for d in self.move_index.get(key, []) if not (weekday and d.weekday and d.weekday != weekday)]
            # (an undated story keys the day's move and the week's alike: "jumped 3 per cent on Thursday", then "closed
            # out the week with a 2.6 per cent advance" is no finer figure of the day's)
            week_of_day = day is None and "multi-period" in raw.flags and raw.pct is not None
            for draft in drafts:
                if draft.direction == raw.direction and not (week_of_day and not draft.span and draft.pct is not None
                                                             and draft.figure_at >= self.title_end) \
                        and figures_agree(draft.pct, raw.pct, approx=draft.approx or raw.approx):
                    had = draft.pct
                    intraday = raw.pct is not None and intraday_clause(sent.items, raw)
                    self._merge(draft, raw, ev, body_over_headline=self._headline_rounded(draft, ev),
                                snapshot=intraday and "settled" not in raw.flags)
                    if raw.pct is not None and had is None:  # the figure is this clause's now
                        draft.intraday = intraday
                        draft.span = "multi-period" in raw.flags
                        draft.described = raw.subject.kind in _NOT_NAMED
                    out.append(draft)
                    break
            else:
                same_dir = [d for d in drafts if d.direction == raw.direction]
                if same_dir and raw.pct is not None and ("settled" in raw.flags or raw.close is not None
                                                         and same_dir[0].intraday or same_dir[0].intraday
                                                         and same_dir[0].evidence[-1] == ev and len(sent.days) <= 1
                                                         and not intraday_clause(sent.items, raw)) \
                        and not same_dir[0].settled \
                        and (same_dir[0].evidence[-1] == ev or same_dir[0].intraday
                             or raw.close is not None and same_dir[0].close is None and "multi-period" not in raw.flags
                             and not multi_period(sent.items, raw.end) and _GAVE_BACK.search(sent.span.text)):
                    # "the market dropped 6% - it closed 4.4% down": the close is the day's; so it is after
                    # "The FTSE 100 index initially dived more than 8 percent at the open", and the figure after the
                    # course in its own sentence ("spiked as much as 9 percent, and were last up 4.3 percent")
                    draft = same_dir[0]
                    if draft.pct is not None and ev != draft.evidence[-1]:
                        draft.conflicts.append(draft.pct)
                        draft.evidence.append(ev)
                    draft.pct, draft.approx, draft.settled, draft.figure_at = raw.pct, raw.approx, True, ev.start
                    draft.described = raw.subject.kind in _NOT_NAMED
                    if raw.close is not None:
                        draft.close, draft.weak_close = raw.close, "threshold-level" in raw.flags
                    out.append(draft)
                    continue
                if same_dir and raw.pct is not None:
                    # the same move stated with another figure: keep both figures, flag it; the exact figure
                    # stated with its level outranks a hedged one ("the Dow has dropped more than 5%" in a
                    # month's review, then "The Dow sank 800.49 points, or 3%, to 25,479.42")
                    draft = same_dir[0]
                    if draft.span and "multi-period" not in raw.flags and day is None:
                        # an undated story's "rose 2 percent as it capped its best week with a 3.9 percent gain": the
                        # day's figure, the week's a conflict (a dated story keys the span's move apart)
                        draft.conflicts.append(draft.pct)
                        draft.pct, draft.approx, draft.figure_at, draft.span = raw.pct, raw.approx, ev.start, False
                        draft.described = raw.subject.kind in _NOT_NAMED
                        draft.close = raw.close if raw.close is not None else draft.close
                    elif (draft.approx or self._headline_rounded(draft, ev) or draft.described
                          and raw.subject.kind not in _NOT_NAMED and not _course_or_span(sent.items, raw)) \
                            and not raw.approx \
                            and raw.close is not None and draft.pct is not None \
                            and "multi-period" not in raw.flags and not multi_period(sent.items, raw.end) \
                            and not _snapshot(sent.items, raw):
                        # (and a headline's figure, which the body's figure told with its close outranks: "Kospi
                        # falls 1.5%" in the headline, then "the Kospi closed 1.7% lower at 2,480.3"; and a figure
                        # read for a description, which the name's does: a futures line's "the June index plunged 9
                        # percent", then "The Shanghai Composite shed 6.1 percent to 3,240.5")
                        draft.conflicts.append(draft.pct)
                        draft.pct, draft.approx, draft.figure_at, draft.close = raw.pct, False, ev.start, raw.close
                        draft.described = False
                    else:
                        draft.conflicts.append(raw.pct)
                    if ev not in draft.evidence[-1:]:
                        draft.evidence.append(ev)
                    self.resolver.warnings.append(
                        f"{entity.name}: conflicting figures {draft.pct} and {raw.pct} on {day or 'an undated day'}")
                    out.append(draft)
                    continue
                draft = _MoveDraft(entity, raw.direction, raw.pct, raw.approx, raw.close, raw.turnover,
                                   day, [ev], figure_at=-1 if raw.pct is None else ev.start,
                                   intraday=raw.pct is not None and intraday_clause(sent.items, raw),
                                   weak_close="threshold-level" in raw.flags, span="multi-period" in raw.flags,
                                   weekday=weekday, described=raw.subject.kind in _NOT_NAMED)
                self.moves.append(draft)
                self.moves_of.setdefault(entity.id, []).append(draft)
                self.move_index.setdefault(key, []).append(draft)
                out.append(draft)
            if raw.group is not None:
                for group in self.resolver.entities(raw.group):
                    if group.id != entity.id:
                        self.members.setdefault((entity.id, group.id), (entity, group, []))[2].append(ev)
        return out

    def _wall_street_before(self, entity: Entity) -> bool:
        """Whether a US market's move in a story of an Asia-Pacific market is the US session before the story's
        day (New York closes before Asia opens)."""
        return self.resolver.region in _ASIA_PACIFIC and (
            entity.id == "market-us" or reference().index_market.get(entity.id) == "us")

    def _headline_rounded(self, draft: _MoveDraft, ev: Evidence) -> bool:
        """Whether a draft whose figure is the headline's meets its body figure, which is then the
        move's ("Infosys slips 2%" ... "Infosys fell 2.1 per cent": the headline rounds)."""
        return ev.start >= self.title_end and 0 <= draft.figure_at < self.title_end

    @staticmethod
    def _merge(draft: _MoveDraft, raw: RawMove, ev: Evidence, *, body_over_headline: bool = False,
               snapshot: bool = False) -> None:
        # (a finer figure taken during the session is no finer close of a day's figure stated in the body: "slid 4%
        # on Thursday", then "was down 4.2% at HK$8.31 by the lunch break")
        snapshot = snapshot and draft.pct is not None and not draft.intraday and not body_over_headline
        if raw.pct is not None and (draft.pct is None or (draft.approx and not raw.approx) or body_over_headline
                                    or decimals(raw.pct) > decimals(draft.pct) and not raw.approx and not snapshot):
            draft.pct, draft.approx, draft.figure_at = raw.pct, raw.approx, ev.start
        if raw.close is not None and not snapshot and (
                draft.close is None or draft.weak_close and "threshold-level" not in raw.flags
                or _finer_level(raw.close, draft.close)):
            draft.close, draft.weak_close = raw.close, "threshold-level" in raw.flags
        draft.turnover = draft.turnover or raw.turnover
        # evidence is appended in sentence order, so a repeat can only be the last one
        # (scanning the whole list made a 5 MB one-line article quadratic)
        if ev not in draft.evidence[-1:]:
            draft.evidence.append(ev)

    # -- causes ----------------------------------------------------------------------------
    def _add_cause(self, cause: RawCause, drafts: list[_MoveDraft], sent: _Sentence) -> None:
        driver = driver_for(cause, self.resolver)
        own = self._named(cause.subject)
        for d in drafts:
            if d.entity.id not in own:  # "Stocks finished flat, as the PSE index finished 4.61 points lower": a restatement
                self._record_cause(cause, d.entity, d.date, driver, sent)

    def _named(self, item: Item | None) -> set[str]:
        """The ids of the entities a mention item names (none for no item or a plain word)."""
        return {e.id for e in self.resolver.entities(item.mention)} if item is not None and item.kind == "M" else set()

    def _record_cause(self, cause: RawCause, effect: Entity, date: str | None, driver: Entity,
                      sent: _Sentence) -> None:
        if driver.id == effect.id:
            return
        if effect.type is EntityType.INDEX and cause.cue in CAUSE_PARTICIPLES and _market_own_move(cause.text):
            return  # AP's "Shares ended lower on Wall Street Friday, dragging the S&P 500 to its weakest level": the
            # market's own move told again, no cause of its index
        ev = _sentence_evidence(self.article, sent)
        # (the working text's blanks stand where it rewrote or masked something: "sold a net 300-point-6 billion won"
        # reads "sold a net       300.6 billion won" there)
        phrase = " ".join(cause.text.split()) if "  " in cause.text else cause.text
        if phrase.lower() in {effect.name.lower(), *(a.lower() for a in effect.aliases)}:
            return  # "Barclays led the increase and gained 2.7%": the mover itself, no cause of its own move
        key = (effect.id, phrase.lower())
        entry = self.causes.setdefault(key, (effect, phrase, driver, cause.cue, date, []))
        if ev not in entry[5][-1:]:
            entry[5].append(ev)

    def _add_linked_cause(self, cause: RawCause, sent: _Sentence) -> None:
        """A cause whose effect is a market mention stated with no figure ("Asian markets are in
        free fall as ..."): the cause is recorded, no move is (the move rules decide moves)."""
        driver = driver_for(cause, self.resolver)
        own = self._named(cause.first_item) | self._named(cause.subject)
        for mention in cause.subjects:
            # (the subject of a move: "Wren Bank and Heron Bank were also lower" names the banks' shares, not a broker)
            entities = self.resolver.entities(mention, as_stock=True)
            if mention.extra.get("story_index"):  # "the top contributors to the day's gain": the index the story
                # moved first (its benchmark), else the one it named first
                side = mention.extra.get("side")  # (the way its noun says it went: "the day's losses")
                first = next((d.entity for d in self.moves if d.entity.type is EntityType.INDEX
                              and side in (None, d.direction)), None) \
                    or next((e for e in self._named_so_far(sent) if e.type is EntityType.INDEX), None)
                entities = [first] if first is not None else entities
            elif _the_index(mention):  # "X weighed on the index the most": the index named last (in this sentence,
                # else before it), not the story's benchmark
                named = self._indices_before(mention, sent) \
                    or [e for e in self._named_so_far(sent) if e.type is EntityType.INDEX]
                entities = named[-1:] or entities
            for entity in entities:
                if entity.id in own and not (entity.type is EntityType.COMPANY and cause.cue in CAUSE_PARTICIPLES
                                             and not _moved_in(cause.text)):
                    continue  # "Hong Kong stocks closed up, pushing the benchmark to ...": one market, no cause (but
                    # "Kestrel slashed its outlook, sending its shares tumbling": the company's own news)
                if entity.type in _MOVER_TYPES and entity.type is not EntityType.INVESTOR and entity.id not in _FLOWS:
                    self._record_cause(cause, entity, sent.day, driver, sent)

    @staticmethod
    def _own_index_opening(cause: RawCause, items: list[Item]) -> str | None:
        """The index a cause clause opens with, with a verb of its own: "China stocks slumped ... after the
        flagship Shanghai Composite Index crashed through 3,000" states the effect's own index, no cause of
        it (not "as Nikkei heavyweight Fast Retailing climbed", "after the Nikkei reported that ...")."""
        at = next((x for x, it in enumerate(items) if cause.start_char <= it.start_char < cause.end_char
                   and not (it.kind == "W" and (it.low == "the" or it.low in INDEX_EPITHETS))), None)
        if at is None or items[at].kind != "M" or not (items[at].mention.entity_id or "").startswith("idx-"):
            return None
        verb = at + 1
        if verb + 1 < len(items) and items[verb].word("on") and items[verb + 1].low in WEEKDAYS:
            verb += 2  # "after the Kospi on Monday notched its best close"
        if verb >= len(items) or items[verb].kind != "W" or items[verb].low in ("reported", "said", "showed", "listed"):
            return None
        low = items[verb].low
        moved = low.endswith("ed") or low in UP_VERBS or low in DOWN_VERBS or low in ("broke", "hit")
        return items[at].mention.entity_id if moved else None

    # -- actions ---------------------------------------------------------------------------
    def _add_action(self, raw: RawAction, sent: _Sentence, previous: list[_MoveDraft]) -> None:
        ref = reference()
        if raw.investor is None and (raw.investor_phrase or "").startswith(ROLE_PREFIX):
            raw.investor = role_holder(raw.investor_phrase.removeprefix(ROLE_PREFIX), [s.items for s in self.read])
            raw.investor_phrase = None
            if raw.investor is None:
                return
        if raw.investor_is_mover:  # "UniCredit rose 3.2% after it raised its stake in Commerzbank"
            movers = [d.entity for d in sent.moves if d.entity.type is EntityType.COMPANY]
            if len(movers) != 1 or raw.target is None:
                return
            self._add_action_of(movers[0], raw, sent, previous)
            return
        investor = (self.resolver.entity(raw.investor, as_investor=True) if raw.investor
                    else phrase_investor(raw.investor_phrase, self._named_so_far(sent)) if raw.investor_phrase
                    else ref.entities.get(raw.default_investor or ""))
        if investor is not None and investor.type is EntityType.INDEX:
            # "S&P cut its rating on Brazil": the rating agency, never the index, acts; no other index does
            investor = ref.entities.get(SP_RATINGS) if investor.id == "idx-spx" else None
            if investor is not None:
                self.resolver.note_surface(investor.id, raw.investor.text)  # "S&P" names the agency here
        if investor is not None and raw.investor is not None \
                and (analysts := _ANALYSTS_AFTER.match(doc_text(self.doc), raw.investor.end_char)) is not None:
            # "UBS analysts downgraded the company's stock": the broker as the article names it acting
            self.resolver.note_surface(investor.id, raw.investor.text + analysts.group(0))
        if investor is not None:
            self._add_action_of(investor, raw, sent, previous)

    def _add_action_of(self, investor: Entity, raw: RawAction, sent: _Sentence, previous: list[_MoveDraft],
                       fixed: Entity | None = None) -> None:
        target = fixed or (self.resolver.entity(raw.target, as_stock=True) if raw.target else None)
        if target is None and raw.target_phrase is not None and _BOTH_STOCKS.fullmatch(raw.target_phrase.text.lower()):
            # Bloomberg's "Kestrel and Osprey slid after a broker cut its rating on both stocks": each mover
            movers = list({d.entity.id: d.entity for d in sent.moves if d.entity.type is EntityType.COMPANY}.values())
            if len(movers) == 2:
                for mover in movers:
                    self._add_action_of(investor, raw, sent, previous, fixed=mover)
            return
        if target is None and raw.target_phrase is not None:
            # (not the actor: "Credit Suisse raised its target price on the tire manufacturer")
            named = [e for e in self._named_so_far(sent) if e.id != investor.id and e.name != investor.name]
            # a broker's rating or target price is on a company: "the shares in Denmark's biggest company"
            # names one, "the index", "the sector" none; neither is a market of that name
            phrase = raw.target_phrase
            rated = raw.action in ("upgraded", "downgraded", "other") and phrase.descriptor is None \
                and phrase.text.startswith("the ")
            head = phrase.text.lower().split()[-1] if rated else ""
            broker = rated and (head in DESCRIPTORS or head in _STOCK_WORDS or sector_of_word(head) is not None
                                or bool(_STOCK_WORDS.intersection(phrase.text.lower().split())))
            if rated and not broker and head in _NO_COMPANY_HEADS:
                return  # "lifted its price target for the index": no company
            # ("the iPhone maker", "the AI chip leader": the mover; "the United States": a market of that name)
            here = {d.entity.id: d.entity for d in sent.moves if _rated_stock(d.entity, investor)}
            the_stock = phrase.descriptor in _STOCK_WORDS and phrase.text.lower().split()[-1:] == [phrase.descriptor]
            if the_stock and len(here) == 1:
                target = next(iter(here.values()))  # "Bank of America fell after Credit Suisse downgraded the stock"
            elif (the_stock and not here or raw.action in ("raised_stake", "cut_stake") and phrase.descriptor is None
                  and phrase.text.startswith("the ")) and (before_it := self._named_before(raw, investor, sent)) is not None:
                # "Miner Rio Tinto was the top riser after Credit Suisse upgraded the stock"; "BCIPL, one of the
                # promoters of Hero MotoCorp, raised its holding in the two-wheeler major"
                target = before_it
            elif phrase.descriptor is not None and raw.action in ("upgraded", "downgraded", "other") and len(here) == 1:
                target = next(iter(here.values()))  # "Shares of Bed Bath & Beyond jumped 7.6% after WedBush upgraded the
                # home goods retailer": the sentence's one mover, whatever company named before fits the words
            elif phrase.descriptor is not None and raw.action in ("upgraded", "downgraded", "other") and len(here) > 1 \
                    and raw.investor is not None and len(earlier := self._movers_before(here, sent, raw.investor)) == 1:
                target = earlier[0]  # Reuters' "Credit Agricole dropped 3.0% after Goldman Sachs downgraded the French
                # bank to sell, while Commerzbank slid 3.3%": the one mover named before the broker
            elif broker:
                target = None
            else:  # "CLSA downgraded the stock": a word any company fits names one that moved, not the exchange named
                # last ("... down 7.46 per cent on the BSE"), unless the sentence names a company before the broker
                # ("Kite Chemicals was given a boost after a broker lifted its target on the stock")
                moved_only = phrase.descriptor in _ANY_COMPANY and not self._company_before(raw.investor, sent)
                target = phrase_target(phrase, self._moved_companies(named) if moved_only else named)
            if target is None and (phrase.descriptor is not None or broker):
                # "Ocado fell after Jefferies downgraded the grocer"; "Boliden slid 3%. Exane cut its
                # recommendation on the Swedish miner": the one company that moved here, or in the sentence
                # just before if it fits (its broad sector may: Boliden is filed under materials)
                desc = Description(phrase.descriptor or "company", phrase.country)
                before = self.read[-2].moves if len(self.read) >= 2 else []
                movers = [d.entity for d in sent.moves if d.entity.type is EntityType.COMPANY] or [
                    d.entity for d in before if d.entity.type is EntityType.COMPANY and fits(d.entity, desc, near=True)]
                target = movers[0] if len(movers) == 1 else None
            if target is None and raw.action == "other" and (phrase.descriptor is not None or broker):
                # the Evening Standard's "a broker lifted its target price for the shares ..., after two rivals
                # raised their target prices for the group": the company a broker rated earlier in the sentence
                target = self._rated_in(sent)
            if target is None and not raw.target_is_subject:
                return  # "the carmaker" with no carmaker named before
        if target is None and raw.target_is_subject:
            here = [d for d in sent.moves if _rated_stock(d.entity, investor)]
            # (not a group's trade: "Foreign investors sold 310 billion yen ($2.1 billion) of Japanese stocks" after a
            # sentence on one company's move traded no share of that company)
            before = {d.entity.id: d for d in previous if _rated_stock(d.entity, investor)} \
                if not (investor.id in NEVER_MOVERS and raw.action in _STAKE_TRADE_ACTIONS) else {}
            # (from the sentences before, only the one company that moved: "National Grid fell 5.3% and WPP
            # 2.1%. ... after a target price for the stock was raised" names neither)
            pool = here or (list(before.values()) if len(before) == 1 else [])
            target = pool[0].entity if pool else None
            own = self.resolver.entity(raw.clause_company) if raw.clause_company is not None else None
            if own is not None and _rated_stock(own, investor) and own.type is EntityType.COMPANY:
                # "X rose 4.1% on an upgrade at A, while Y fell after a downgrade at B": B rated Y
                here, target = [d for d in here if d.entity.id == own.id] or here, own
            named = self._named_before(raw, investor, sent) if not here else None
            if named is not None:
                # "... after BT extended its run, following an upgrade from Morgan Stanley": the one company
                # this sentence names before the rating, before the company that moved in the sentence before
                target = named
            if target is None and raw.action == "raised_stake" and raw.bought:
                raw = replace(raw, action="bought")  # "Elliott bought 1m shares to take its stake to 6.189%": the
                # purchase stays, though no company is named whose stake it raised
            elif target is None and raw.action in ("upgraded", "downgraded", "raised_stake", "cut_stake", "other"):
                return
        if target is not None and target.id == investor.id:
            return
        key: tuple = (investor.id, raw.action, target.id if target else None)
        ev = _sentence_evidence(self.article, sent)
        entry = self.actions.get(key)
        if entry is not None and raw.amount is not None and entry["amount"] not in (None, raw.amount):
            key += (raw.amount,)  # "sold a net 858 billion won ... when they dumped a net 955.1 billion": two trades
            entry = self.actions.get(key)
        if entry is None:
            self.actions[key] = {"investor": investor, "action": ActionKind(raw.action), "target": target,
                                 "amount": raw.amount, "price": raw.price, "stake_pct": raw.stake_pct,
                                 "rating_from": raw.rating_from, "rating_to": raw.rating_to,
                                 "date": sent.day, "evidence": [ev]}
        else:
            for k in ("amount", "price", "stake_pct", "rating_from", "rating_to"):
                if entry[k] is None:
                    entry[k] = getattr(raw, k)
            if ev not in entry["evidence"][-1:]:
                entry["evidence"].append(ev)

    def _rated_in(self, sent: _Sentence) -> Entity | None:
        """The one company a broker's action of this sentence rated before, else None."""
        ev = _sentence_evidence(self.article, sent)
        rated = {a["target"].id: a["target"] for a in self.actions.values() if a["target"] is not None
                 and a["action"].value in ("upgraded", "downgraded", "other") and ev in a["evidence"]
                 and a["target"].type is EntityType.COMPANY}
        return next(iter(rated.values())) if len(rated) == 1 else None

    def _rating_causes(self, sent: _Sentence, actions: list[dict]) -> None:
        """"Miner Rio Tinto was the top riser after Credit Suisse upgraded the stock": a broker's note is the
        cause of the move its company made in the article, when the note's sentence gives that move no figure."""
        notes = [a for a in actions if a["target"] is not None and a["action"].value in ("upgraded", "downgraded", "other")
                 and a["investor"].id not in RATING_AGENCIES]  # (an agency rates debt: "after Moody's upgraded
        # its rating" explains a bond's rally)
        moved_here = {d.entity.id for d in sent.moves}
        if any(a["target"].id in moved_here or any(key[0] == a["target"].id for key in self.causes) for a in notes):
            return  # (the note's own sentence gave the move, or a cause of the company was read before)
        for cause in rating_causes(sent.items, doc_text(self.doc)):
            # the cue's clause is the broker's own note ("after Credit Suisse upgraded the stock"), not the reason
            # for it ("after the company's credit rating was cut by S&P") nor a note on another company
            named = {e.id for it in sent.items if it.kind == "M" and cause.start_char <= it.start_char < cause.end_char
                     for e in self.resolver.entities(it.mention, as_investor=True)}
            driver = driver_for(cause, self.resolver)
            for note in notes:
                moves = self.moves_of.get(note["target"].id)
                if not moves or note["investor"].id not in named:
                    continue
                move = moves[-1]
                if sent.day is not None and move.date is not None and sent.day != move.date:
                    continue  # (a Tuesday note does not explain Monday's move)
                self._record_cause(cause, note["target"], move.date, driver, sent)

    def _moved_companies(self, pool: list[Entity]) -> list[Entity]:
        """The companies of ``pool`` that moved in the article so far, else the whole pool: what "the company" or "the
        stock" names when any company would fit the word."""
        return [e for e in pool if e.id in self.moves_of and e.type is EntityType.COMPANY] or pool

    def _company_before(self, mention: Mention | None, sent: _Sentence) -> bool:
        """Whether the sentence names a company before ``mention``."""
        return mention is not None and any(
            it.kind == "M" and it.mention.kind in ("ref", "candidate") and it.end_char <= mention.start_char
            and (e := self.resolver.entity(it.mention)) is not None and e.type is EntityType.COMPANY for it in sent.items)

    def _named_before(self, raw: RawAction, investor: Entity, sent: _Sentence) -> Entity | None:
        """The one company the action's sentence names before it (see ``RawAction.named_before``), if the
        reference data know it, it moved in the article, or it opens the sentence as its subject (Sharecast's
        "GKN also got a broker note boost as Bank of America Merrill Lynch upgraded its stance on the stock")."""
        named = self.resolver.entity(raw.named_before) if raw.named_before is not None else None
        if named is None or named.type is not EntityType.COMPANY or named.name == investor.name:
            return None
        return named if raw.named_before.kind == "ref" or named.id in self.moves_of \
            or raw.named_before.start_char == sent.span.start_char else None

    def _movers_before(self, here: dict[str, Entity], sent: _Sentence, mention: Mention) -> list[Entity]:
        """The companies of ``here`` (this sentence's movers) that the sentence names before ``mention``."""
        ids = {e.id for it in sent.items if it.kind == "M" and it.end_char <= mention.start_char
               and it.mention.kind in ("ref", "candidate") and (e := self.resolver.entity(it.mention)) is not None}
        return [e for ident, e in here.items() if ident in ids]

    def _named_so_far(self, upto: _Sentence) -> list[Entity]:
        """Entities the article has named in the sentences read so far (``upto`` among them
        once it is read), in order (for "the carmaker"). Each sentence is resolved once, when
        first asked for, and kept: resolving every sentence again per call was quadratic.
        Callers only read the list."""
        while self.named_count < len(self.read):
            items = self.read[self.named_count].items
            for x, it in enumerate(items):
                if it.kind == "M" and it.mention.kind in ("ref", "candidate") and not it.mention.extra.get("person"):
                    ent = self.resolver.entity(it.mention)
                    if ent is not None:
                        self.named.append(ent)
                        if ent.id in self.resolver.ref.listed_investors and not (
                                x >= 1 and items[x - 1].word("at", "by", "from", "of")):
                            self.listed_named[ent.id] = it.mention  # (not "questioned by analysts at UBS": the broker)
                        else:
                            self.listed_named.pop(ent.id, None)
                        if _in_appositive(items, x):
                            self.described.add(ent.id)
                        else:
                            self.described.discard(ent.id)
            self.named_count += 1
        return self.named

    # -- the article -----------------------------------------------------------------------
    def run(self) -> ArticleFacts:
        text = doc_text(self.doc)
        sentences: list[_Sentence] = []
        paragraph_day: str | None = None
        paragraph_start = 0
        line = line_counted = 0  # lines before line_counted: counted as sentences go, not from 0 each time
        mentions = self.doc._.mkg_mentions or []
        for sent in self.doc.sents:
            items = sentence_items(sent, mentions)
            if not items:
                continue
            own = self._days_within(sent.start_char, sent.end_char)
            if "\n\n" in text[paragraph_start:sent.start_char]:
                paragraph_day = None  # a new paragraph (the sentence before ends with its blank line)
            if own and _OPENING_DAY.match(text, sent.start_char):
                paragraph_day = own[0][2]  # "On Thursday, the Dow slipped ... The Nasdaq lost 0.7%."
            paragraph_start = sent.start_char
            line += text.count("\n", line_counted, sent.start_char)
            line_counted = sent.start_char
            s = _Sentence(sent, items, day=own[0][2] if own else paragraph_day or self.trading_day,
                          line=line, days=own)
            sentences.append(s)
        flow_default = None
        previous: list[_MoveDraft] = []
        line_moves: dict[int, list[_MoveDraft]] = {}
        paragraph_moves: list[_MoveDraft] = []
        last_line = -1
        table_side: str | None = None  # the direction of the risers or fallers table read last
        for s in sentences:
            self.sentence_first = None
            for it in s.items:
                if it.kind == "M" and it.mention.kind in ("candidate", "ref") and it.mention.ticker:
                    # "Brokers turned to Kestrel Inc (NASDAQ:KSTL) today": the code the story goes on to use ("KSTL
                    # slid 6%") is that company's, though the sentence states no fact of it
                    self.resolver.entity(it.mention)
            if len(s.items) > 2 and s.items[0].kind == "M" and s.items[1].word(":") \
                    and s.items[0].mention.kind in ("ref", "candidate"):
                # a run-in head: "Titan: It lost 5.24 percent", "ONGC: The company closed at Rs 98.05, down 5.54%"
                self.sentence_first = self.resolver.entity(s.items[0].mention, as_stock=True)
            self._restated(s, previous)
            raw_moves = find_moves(s.items)
            if not any("unsigned_row" in raw.flags or "table_row" in raw.flags for raw in raw_moves):
                # a heading sets the side of the rows under it; any other sentence (prose, "Highest dividend
                # yields") ends the table (read from the doc's text: Span.text joins the tokens again)
                table_side = _table_side(text[s.span.start_char:s.span.end_char])
            for raw in raw_moves:
                if "unsigned_row" in raw.flags and table_side == "down":
                    raw.direction, raw.pct = "down", -raw.pct  # a row of "FTSE 100 - Fallers" printed unsigned
            raw_moves = [raw for raw in raw_moves if "unsigned_row" not in raw.flags or table_side is not None]
            drafts_by_raw: list[tuple[RawMove, list[_MoveDraft]]] = []
            for raw in raw_moves:
                drafts = self._add_move(raw, s)
                drafts_by_raw.append((raw, drafts))
                s.moves.extend(d for d in drafts if d not in s.moves)
            cut = next((it.start_char for x, it in enumerate(s.items) if x > 0 and it.word("while", "whereas")
                        and s.items[x - 1].word(",")), None) if len(raw_moves) > 1 else None
            if cut is not None:  # "TASI closed 1.14 percent higher, while the Nomu market added 0.8 percent"
                s.lead = [d for raw, drafts in drafts_by_raw if raw.subject.start_char < cut for d in drafts]
            if s.line != last_line and "\n\n" in text[max(0, s.span.start_char - 3): s.span.start_char + 1]:
                paragraph_moves = []
            last_line = s.line
            # causes in the move's clause
            for cause in chain(clause_causes(s.items, raw_moves, text, heading=s.span.start_char < self.title_end),
                               with_members(s.items, raw_moves, text)):
                # (not "Tencent gained as its shares rebounded 2%": the cause states the effect's own move)
                inside = {d.entity.id for raw, drafts in drafts_by_raw
                          if cause.start_char <= raw.subject.start_char < cause.end_char for d in drafts}
                own_index = self._own_index_opening(cause, s.items)
                if own_index is not None:
                    inside.add(own_index)
                if cause.subjects and not cause.effects:
                    self._add_linked_cause(cause, s)  # the names that moved the effect ("A led the index higher
                    continue  # after being upgraded": A's cause)
                targets = [d for raw, drafts in drafts_by_raw if raw in cause.effects for d in drafts
                           if d.entity.id not in inside]
                if cause.cue == "as":
                    # "Alpha gave up 1.61%, as National advanced 0.24%": a move the other way, with its own
                    # figure, is a contrast, no cause
                    against = {raw.direction for raw in raw_moves if raw.pct is not None
                               and cause.start_char <= raw.subject.start_char < cause.end_char}
                    targets = [d for d in targets if not against or d.direction in against]
                named = [raw.subject for raw in cause.effects if raw.subject.kind in ("market", "sector")
                         or raw.subject.kind == "place" and raw.subject.extra.get("market_slot")
                         and cause_follows(s.items, raw.end, loose=True)] if not cause.subjects and not any(
                    drafts for raw, drafts in drafts_by_raw if raw in cause.effects) else []
                if named:
                    # the effects' moves made no draft (a headline's "Tokyo gains as X": no figure): the cause of
                    # the markets they name still stands, as it does where no move was read at all (not "Japan
                    # slipped into recession as X": a country, no market)
                    cause.subjects = named
                    self._add_linked_cause(cause, s)
                    continue
                self._add_cause(cause, targets, s)
            for cause in linked_causes(s.items, raw_moves, text, heading=s.span.start_char < self.title_end):
                self._add_linked_cause(cause, s)
            openings = opening_cause(s.items, text)
            # (not "Hit by X and heavy losses in banks, Australian shares fell": the banks' own move, no effect of the
            # opening)
            inside = {d.entity.id for raw, drafts in drafts_by_raw for d in drafts
                      if any(o.start_char <= raw.subject.start_char < o.end_char for o in openings)}
            for opening in openings:
                if s.moves:
                    self._add_cause(opening, [d for d in s.moves if d.entity.id not in inside], s)
                elif previous and not any(it.start_char >= opening.end_char and (
                        it.kind == "M" and not (it.mention.entity_id or "").startswith("inv-")
                        or predicate_at(s.items, x) is not None or _named_and_past(s.items, x))
                        for x, it in enumerate(s.items)):
                    # (not "After a series of jumbo hikes last year, the Fed raised rates": a clause of its own)
                    # "Following X, the index fell further": the moves before; not "Following X, Turkish lira
                    # lost ground": a subject of its own that moved with no figure
                    self._add_cause(opening, [d for d in previous if d.pct is not None], s)
            back = back_reference(s.items, text)
            if back is None:
                back = caused_move(s.items, text)
            semicolon = next((x for x in range(1, len(s.items) - 3) if s.items[x].word(";")), None) \
                if back is None and raw_moves else None
            if semicolon is not None and (moved := caused_move(s.items, text, semicolon + 1)) is not None:
                # "Sensex rises 419 points; IT, banks lead rally": the clause after the semicolon leads the moves
                # before it that went its way
                causes, direction = moved
                for cause in causes:
                    cause.subjects = cause.subjects or [raw.subject for raw in raw_moves if raw.direction == direction
                                                        and raw.subject.end <= s.items[semicolon].start]
                back = (causes, direction) if causes[0].subjects else None
            if back is not None and back[0][0].subjects:
                for cause in back[0]:
                    self._add_linked_cause(cause, s)  # "Miners lead fall on London's FTSE 100": the market named
            elif back is not None:
                causes, direction = back
                pool = {id(d): d for d in line_moves.get(s.line, []) + paragraph_moves if d.direction == direction}
                told = bool(previous) and bool(self.read) and self.read[-1].moves == previous  # (the sentence right
                # before stated moves)
                if direction == "before":  # "This came after X": the last move of the sentence right before (of its
                    # main clause: "TASI closed 1.14 percent higher, while Nomu added 0.8 percent. This was driven by X")
                    said = " ".join(c.text.lower() for c in causes)
                    in_cause = [d for d in previous if any(len(f) > 2 and f.lower() in said
                                                           for f in (d.entity.name, *d.entity.aliases))]
                    # (not where the cause names the while-clause's mover: "This was driven by a downgrade ... on L&G")
                    said_it = [d for d in previous if s.items[0].word("it") and self.antecedent is not None
                               and d.entity.id == self.antecedent.id]  # "It was dragged by X": the subject before
                    last = (in_cause or said_it or self.read[-1].lead or previous)[-1] if told else None
                    pool = {id(last): last} if last is not None else {}
                elif direction.startswith("before-"):  # "Its surge was driven by X": that move, if it went that way
                    last = previous[-1] if told else None
                    pool = {id(last): last} if last is not None and last.direction == direction[7:] else {}
                elif direction.startswith("this-"):  # "These declines were driven by X": the moves of the sentence
                    # right before that went that way (none where it told exports, not a market, falling)
                    pool = {id(d): d for d in previous if d.direction == direction[5:]} if told else {}
                elif not pool:
                    # "Analysts attribute the dive to X" after a heading, "The decline was led by X" in a paragraph
                    # of its own, "Banks paced Friday's declines":
                    lead = next((d for d in self.moves if d.direction == direction
                                 and d.entity.type in (EntityType.INDEX, EntityType.MARKET)), None) \
                        or next((d for d in self.moves if d.direction == direction), None)  # the story's move (its
                    # market's first: not "Tech shares led the rally" read before "The energy sector led the rises")
                    pool = {id(lead): lead} if lead is not None else {}
                for cause in causes:
                    first = cause.first_item
                    own = {e.id for e in self.resolver.entities(first.mention)} if _leading_cue(cause.cue) \
                        and first is not None and first.kind == "M" else set()
                    # "Ayala Land led the losses", "Gains were led by Infosys that rose 2%": the leader's own move is
                    # no effect of itself
                    self._add_cause(cause, [d for d in pool.values() if d.entity.id not in own and not (
                        _leading_cue(cause.cue) and d.entity.type is EntityType.SECTOR)], s)
                    # (nor one sector's: "Tech shares led the rally. The energy sector led the rises": two leaders of
                    # the market's move, neither the other's cause)
            flows = [s.items[k].mention.entity_id for k in mention_indices(s.items)
                     if s.items[k].mention.entity_id in ("inv-southbound", "inv-northbound")]
            flow_default = flows[-1] if flows else flow_default  # the last one named
            self.read.append(s)
            acted = len(self.actions)
            for raw in find_actions(s.items, text, flow_default=flow_default):
                self._add_action(raw, s, previous)
            if len(self.actions) > acted:
                self._rating_causes(s, list(self.actions.values())[acted:])
            self._closes(s)
            self.antecedent = self._sentence_subject(s) or self.antecedent
            if s.moves:
                previous = list(s.moves)
                line_moves.setdefault(s.line, []).extend(s.moves)
                paragraph_moves.extend(s.moves)
        for before, mention in zip(mentions, mentions[1:]):
            if before.kind == "candidate" and mention.kind == "ref" and before.end_char + 1 == mention.start_char \
                    and text[before.end_char] == " " and not before.extra.get("person") \
                    and len(before.text.split()) <= 3 and all(w[:1].isupper() for w in before.text.split()) \
                    and before.start_char >= self.title_end and not self.doc[before.start].is_sent_start:
                # VOA's "the Australian Stock Exchange All Ordinaries Index": the name the reference data know with the
                # words the article puts before it is one surface form too (not a title-case headline's words, nor a
                # sentence's first word: "Heavyweight Tencent", "Rival Persimmon")
                entity = self.resolver.entity(mention)
                if entity is not None and entity.type in (EntityType.COMPANY, EntityType.INDEX):
                    self.resolver.note_surface(entity.id, text[before.start_char:mention.end_char])
        written = self.article.text if len(self.article.text) == len(text) else None
        for mention in mentions:
            if mention.kind in ("market", "ref"):
                # its surface joins its market's or index's aliases ("Australian shares", Reuters' "The Nasdaq
                # Composite .IXIC was up 0.41 percent": the move's subject is the code after the name)
                self.resolver.entities(mention)
            surface = written[mention.start_char:mention.end_char] if written is not None else mention.text
            if surface != mention.text and surface.strip() and mention.kind in ("market", "ref", "candidate"):
                for entity in self.resolver.entities(mention):  # the name as the article wrote it, where the working
                    self.resolver.note_surface(entity.id, surface)  # text mended it: The Local's "the OMXS-index"
            if mention.kind in ("ref", "candidate") and (short := _SHORT_FORM.match(text, mention.end_char)):
                # "Foreign institutional investors (FIIs)", "Bahadur Chand Investments (BCIPL)": the name with the
                # short form it is given is one surface form too
                for entity in {e.id: e for as_investor in (False, True)
                               for e in self.resolver.entities(mention, as_investor=as_investor)}.values():
                    self.resolver.note_surface(entity.id, f"{mention.text} ({short.group(1)})")
        return self._facts()

    def _stated(self, d: _MoveDraft) -> bool:
        """Whether a move is stated firmly enough to report: one with no figure needs a known
        entity ("Speculation rose", "Before falling back" name nothing) and a sentence that is
        not the headline (a headline's title case makes names of any word)."""
        if d.pct is not None:
            return True
        if d.entity.type is EntityType.MARKET:
            return False  # "Global stocks rallied": an aggregate's move counts with a figure only (its cause stays)
        if d.entity.type is EntityType.COMPANY and d.entity.id not in reference().entities and (
                d.close is None or any(_UNIT_PRICE.search(ev.sentence) for ev in d.evidence)):
            return False  # (a name the reference does not know moves with a price stated: the Northern Echo's
            # "Finch Foods rose 9p to 212.5p - after the group shrugged off weak demand"; not a
            # price per unit: review 83's "Petrol rose 2p to 155.9p a litre")
        if any(o.pct is not None and o.direction != d.direction for o in self.move_index.get((d.entity.id, d.date), ())):
            return False  # "lost nearly 11 points, but was unchanged percentage-wise": the figure is the day's move
        return any(ev.start >= self.headline_end for ev in d.evidence)

    def _facts(self) -> ArticleFacts:
        finished: dict[int, Entity] = {}  # by id() of the draft's entity: each copied with its aliases once

        def fin(entity: Entity) -> Entity:
            found = finished.get(id(entity))
            if found is None:
                found = finished[id(entity)] = self.resolver.finished(entity)
            return found
        moves = []
        for d in filter(self._stated, self.moves):
            # (a level is never below zero: a sign a rule misread drops the close, not the article)
            moves.append(PriceMove(entity=fin(d.entity), direction=Direction(d.direction), change_pct=d.pct,
                                   close=d.close if d.close is None or d.close >= 0 else None, turnover=d.turnover,
                                   date=d.date, approx=d.approx,
                                   evidence=tuple(d.evidence), conflicts=tuple(d.conflicts)))
        causes = [Cause(effect=fin(effect), cause=text, driver=fin(driver), cue=cue, date=date,
                        evidence=tuple(ev))
                  for effect, text, driver, cue, date, ev in _without_run_ons(self.causes)]
        actions = []
        for entry in self.actions.values():
            entry = dict(entry, investor=fin(entry["investor"]), evidence=tuple(entry["evidence"]),
                         target=fin(entry["target"]) if entry["target"] else None)
            actions.append(InvestorAction(**entry))
        members = [Membership(member=fin(m), group=fin(g), evidence=tuple(ev)) for m, g, ev in self.members.values()]
        return ArticleFacts(article=self.article, moves=tuple(moves), causes=tuple(causes),
                            investor_actions=tuple(actions), memberships=tuple(members),
                            trading_day=self.trading_day, market=self.resolver.region, warnings=tuple(dict.fromkeys(
                                self.article.warnings + tuple(self.resolver.warnings))))


#: a short form in brackets right after a name: " (FIIs)", " (BCIPL)", " (CDB)" (not a listing's code, "(KTKM.NS)")
_SHORT_FORM = re.compile(r" ?\(((?=[A-Za-z&\-]*[A-Z][A-Za-z&\-]*[A-Z])[A-Za-z&\-]{2,10})\)")
#: a rated phrase that names the sentence's two movers
_BOTH_STOCKS = re.compile(r"both(?: the)? (?:stocks|companies|shares|firms)|the two (?:stocks|companies|firms)")


def _market_own_move(text: str) -> bool:
    """Whether a cause's text is a market's own move ("Shares ended lower on Wall Street Friday")."""
    m = _MARKET_OWN_MOVE.match(text)
    return m is not None and (m[1].lower() in UP_VERBS or m[1].lower() in DOWN_VERBS or m[1].lower() in CLOSE_VERBS)


def _no_stock_at(items: list[Item], x: int) -> bool:
    """Whether the name at item x cannot be the company whose "its shares" a later sentence tells of: a person, a
    place that says where a company is, the rater of an outlook or an upgrade, a news source or one a sentence is
    "according to", a public body, an exchange, or the company a description relates its subject to ("a major Tesla
    supplier"; "Boeing suppliers warned" still names Boeing)."""
    return _person_at(items, x) or _place_word(items, x) or news_source(items[x].mention) or _on_an_exchange(items, x) \
        or items[x].mention.kind == "candidate" and (items[x].text in CURRENCY_CODES or x == 0 and " " not in items[x].text
                                                     and x + 1 < len(items) and items[x + 1].text.islower()
                                                     and items[x + 1].text.isalpha() and not _verb_word(items[x + 1])) \
        or x >= 2 and items[x - 1].word("by", "from") and items[x - 2].low in _RATING_NOUNS \
        or _according_to(items, x) or items[x].text.split()[-1] in _BODY_HEADS \
        or x + 1 < len(items) and items[x + 1].low in _RELATION_NOUNS \
        and any(items[y].word("a", "an") for y in range(max(0, x - 3), x))


#: the last words of a public body's name, no company with shares: "the Securities and Exchange Commission"
_BODY_HEADS = frozenset({"Commission", "Authority", "Regulator", "Ministry", "Agency", "Council", "Court", "Department",
                         "Administration", "Bureau"})


def _sector_before(subject: Mention, sent: _Sentence) -> Mention | None:
    """The sector the sentence names last before ``subject`` (a sub-index's or a sector index's), else None."""
    return next((it.mention for it in reversed(sent.items) if it.kind == "M" and it.mention.kind == "sector"
                 and it.mention.end_char <= subject.start_char), None)


def _according_to(items: list[Item], x: int) -> bool:
    """Whether the name at item x is a source a sentence is "according to" ("According to Yahoo Finance, ...")."""
    return x >= 2 and items[x - 1].word("to") and items[x - 2].word("according")


def _verb_word(item: Item) -> bool:
    """Whether a word may be the verb a name opening a sentence is the subject of ("rose", "reported", "was", "says",
    "will"), not a noun it qualifies ("Order intake")."""
    return item.low.endswith(("ed", "s")) or item.low in IRREGULAR_PAST or item.low in AUXILIARIES \
        or item.low in NEGATIONS  # (the modals: "will", "could")


#: the words of an investor acting as one on another company: a rating, a target, a stake, a holding
_INVESTOR_ACTS = UPGRADE_VERBS | DOWNGRADE_VERBS | frozenset({
    "rating", "ratings", "rated", "target", "stake", "stakes", "shareholder", "shareholders", "holder", "holders",
    "holding", "holdings", "overweight", "underweight", "outperform", "underperform", "coverage", "initiated",
    "underwrite", "underwrote", "underwriter", "underwriters"})


#: the trades of a group in a company's shares, which a company named only in a sentence before is not the object of
_STAKE_TRADE_ACTIONS = frozenset({"bought", "sold"})


def _rated_stock(entity: Entity, investor: Entity) -> bool:
    """Whether a mover can be the stock an investor's action is on: a company or a security, or a bank the reference
    knows as an investor whose shares moved ("Credit Suisse climbed 5 per cent after Jefferies upgraded the stock"),
    never the actor itself."""
    return entity.id != investor.id and entity.type in (EntityType.COMPANY, EntityType.SECURITY, EntityType.INVESTOR)


def _a_person(mention: Mention) -> bool:
    """Whether a name is a person's: so marked, or a name the finder did not know with a capitalised title
    (ShareCafe's "Vocus Chairman Bob Mansfield said ... Its shares rose 3.8%": the shares are Vocus', no chairman's)."""
    return bool(mention.extra.get("person")) or mention.kind == "candidate" and any(
        w.istitle() and w.lower() in _PERSON_TITLES for w in mention.text.split())


#: what an analyst gives a stock, by or from whom the name after it: "an upgraded outlook by Next Inning Technology
#: Research", "an upgrade from JPMorgan" (the rater, not the stock whose shares then moved)
_RATING_NOUNS = frozenset(w + plural for w in ("outlook", "upgrade", "downgrade", "rating", "note", "call", "target",
                                                "recommendation") for plural in ("", "s"))


def _place_word(items: list[Item], x: int) -> bool:
    """Whether the name at item x says where a company is: "an aircraft electronics manufacturer based in
    Clearwater", "VMware, the Palo Alto maker of virtualization software" (the Tampa Bay Times', the Mercury News')."""
    return x >= 2 and items[x - 1].word("in") and items[x - 2].word("based", "headquartered") \
        or x >= 1 and items[x - 1].word("the", "a", "an") and x + 1 < len(items) and items[x + 1].kind == "W" \
        and items[x + 1].low in DESCRIPTORS


def _person_at(items: list[Item], x: int) -> bool:
    """Whether the name at item x is a person's: by itself, or after a title, alone or first of two ("non-executive
    directors Jon Brett and Rhoda Phillippo went")."""
    if _a_person(items[x].mention):
        return True
    if items[x].mention.kind != "candidate":
        return False
    p = x - 3 if x >= 3 and items[x - 1].word("and") and items[x - 2].kind == "M" else x - 1
    return p >= 0 and items[p].kind == "W" and items[p].low in _PERSON_TITLES | _PERSON_TITLE_PLURALS


_PERSON_TITLE_PLURALS = frozenset({"directors", "executives", "analysts", "strategists", "economists", "founders",
                                   "ministers", "governors", "chairmen"})
_PERSON_TITLES = frozenset({"chairman", "chairwoman", "ceo", "chief", "president", "director", "founder", "minister",
                            "governor", "analyst", "strategist", "economist", "secretary"})


def _snapshot(items: list[Item], raw: RawMove) -> bool:
    """Whether a move is a quote of the moment ("It was trading 6.40% higher ... as of 9:33 a.m."): its verb
    is "trading", or the sentence tells a time of day."""
    return items[raw.verb_start].low == "trading" or any(
        it.kind == "W" and it.low in ("a.m.", "p.m.", "am", "pm", "gmt", "ist", "et", "hkt", "jst") for it in items)


def _finer_level(level: float, kept: float) -> bool:
    """Whether ``level`` states ``kept`` with more digits ("at 12,099.49" after a headline's "at 12,099"):
    the same level, rounded in the one kept."""
    return decimals(level) > decimals(kept) and abs(level - kept) < 1 and round(level) == round(kept)


_LIVE_QUOTE = re.compile(r"\b(?:futures|today|tonight|this morning|this evening|early trade|early trading)\b", re.I)
#: the markets whose session follows New York's close on the same calendar day
_ASIA_PACIFIC = frozenset({"asia", "jp", "kr", "hk", "cn", "tw", "au", "nz", "sg", "in", "my", "th", "id", "ph", "vn",
                           "sea"})

#: the words of a phrase that make it a company's stock: "the shares in Denmark's biggest company"
#: a table's heading: "FTSE 100 - Risers", "Top losers:"
_TABLE_HEADING = re.compile(r"\b(?:(?P<up>risers|gainers|advancers|winners)|(?P<down>fallers|losers|decliners|laggards))"
                            r"\W*$", re.IGNORECASE)


def _table_side(sentence: str) -> str | None:
    """The direction of the rows under a table heading ("FTSE 100 - Fallers": down), else None: a heading is
    a few words that end with one side and name no other ("Top gainers and losers" tells no side), not prose
    ("Banks led the gainers")."""
    if len(sentence) > 80 or "%" in sentence:
        return None  # (every sentence is asked: prose is too long to split)
    words = [w for w in sentence.split() if any(c.isalpha() for c in w)]  # ("LONDON (Sharecast) - FTSE 100 - Risers")
    if len(words) > 5 or _TABLE_VERBS.intersection(w.lower() for w in words):
        return None
    m = _TABLE_HEADING.search(sentence)
    if m is None or len(_TABLE_SIDES.findall(sentence)) > 1:
        return None
    return "up" if m.group("up") else "down"


_TABLE_SIDES = re.compile(r"\b(?:risers|gainers|advancers|winners|fallers|losers|decliners|laggards)\b", re.IGNORECASE)
#: words of prose, never of a heading: "Banks led the gainers", "Miners were the biggest losers"
_TABLE_VERBS = frozenset({"led", "were", "was", "are", "is", "among", "included", "include", "topped", "the"})


def _through(items: list[Item], x: int) -> bool:
    """Whether the name at item x is the object of a preposition ("through the Connect", "via the link")."""
    p = x - 1 - (x >= 1 and items[x - 1].word("the"))
    return p >= 0 and items[p].word("through", "via", "in", "into", "from", "on", "of")


_STOCK_WORDS = frozenset({"shares", "stock", "company", "firm", "group", "counter"})
#: heads of a rated phrase that name no company: "the index", "the market", "the country's sovereign debt"
_NO_COMPANY_HEADS = frozenset({"index", "indices", "indexes", "market", "markets", "sector", "sectors", "benchmark",
                               "gauge", "debt", "economy", "bonds", "currency", "country", "industry"})
#: descriptions that any company fits
_ANY_COMPANY = frozenset({"company", "firm", "group", "stock", "shares"})
#: nouns after a company's name that relate another company to it: "a major Tesla supplier", "an Apple rival"
_RELATION_NOUNS = frozenset({"supplier", "suppliers", "customer", "customers", "client", "clients", "rival", "rivals",
                             "partner", "partners", "peer", "peers", "competitor", "competitors", "affiliate",
                             "subsidiary", "unit", "spinoff", "spin-off", "backer", "investor", "shareholder"})


def extract(article: Article, *, nlp: Language | None = None) -> ArticleFacts:
    """Every fact one article states, with its evidence."""
    nlp = nlp or shared_pipeline()
    with fewer_collections():
        doc = nlp(working_text(article.text))
        return _ArticleExtractor(article, doc).run()


def extract_many(articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 32,
                 on_error: Callable[[Article, Exception], None] | None = None) -> Iterator[ArticleFacts]:
    """Facts of many articles, reading them through ``nlp.pipe`` in batches.

    An article the extractor fails on raises, unless ``on_error`` is given: then it is
    called with the article and the exception, the article is skipped, and the rest of
    the batch still goes through.
    """
    nlp = nlp or shared_pipeline()
    for batch in _batches(articles, batch_size):
        yield from _batch_facts(batch, nlp, on_error)


def _batch_facts(batch: list[Article], nlp: Language,
                 on_error: Callable[[Article, Exception], None] | None) -> list[ArticleFacts]:
    """The facts of one batch, read and extracted in one :func:`fewer_collections` scope, the
    batch's docs freed before it ends. A scope per article put the threshold back while the
    batch's docs were alive: every article's end was followed by a collection that walked what
    it had left and moved the docs towards the old generations (a full collection every
    dozen passes). The caller's code between the facts yielded runs outside the scope, as
    before."""
    with fewer_collections():
        texts = [working_text(a.text) for a in batch]
        try:
            docs = list(nlp.pipe(texts, batch_size=len(batch)))
        except Exception:
            if on_error is None:
                raise
            docs = [_guarded(lambda t=t: nlp(t), a, on_error) for t, a in zip(texts, batch)]
        out = []
        for article, doc in zip(batch, docs):
            if doc is None:
                continue
            if on_error is None:
                facts = _ArticleExtractor(article, doc).run()
            else:
                facts = _guarded(lambda a=article, d=doc: _ArticleExtractor(a, d).run(), article, on_error)
            if facts is not None:
                out.append(facts)
        del docs, doc
        return out


def _on_an_exchange(items: list[Item], x: int) -> bool:
    """Whether the name at item x is where a stock trades: "On the NSE, the stock crashed 13.38 per cent", "Kestrel
    rose 3% on the BSE, and the stock has gained 12% this year" (an exchange's name after "on" anywhere)."""
    y = x - 1 - (x >= 1 and items[x - 1].word("the"))
    if y < 0 or not items[y].word("on", "at"):
        return False
    return (y == 0 or items[y - 1].word(",")) and x + 1 < len(items) and items[x + 1].word(",") \
        or items[y].low == "on" and exchange_end(items, y + 1) == x + 1


def _leading_cue(cue: str) -> bool:
    """Whether a cue says its phrase led the move: "led", "paced", and the passive "were led by", "was paced by"."""
    words = cue.split()
    return cue in LEADING_CUES or len(words) >= 2 and words[-1] == "by" and words[-2] in LEADING_CUES


def _in_appositive(items: list[Item], x: int) -> bool:
    """Whether the mention at item x stands inside an appositive of a name before it, closed by a comma:
    "Kingfisher, the owner of B&Q and Screwfix, was ..." (B&Q and Screwfix describe Kingfisher)."""
    end = next((y for y in range(x + 1, min(x + 6, len(items))) if items[y].kind != "M" and not items[y].word("and")),
               None)
    if end is None or not items[end].word(","):
        return False
    for y in range(x - 1, max(1, x - 10), -1):
        it = items[y]
        if it.word(",", ";") or it.kind == "Q":
            return False
        if it.word("the", "a", "an") and items[y - 1].word(",") and items[y - 2].kind == "M" \
                and items[y - 2].mention.kind in ("ref", "candidate"):  # (y >= 2: the range stops there)
            return True
    return False


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _guarded(step: Callable[[], T], article: Article, on_error: Callable[[Article, Exception], None]) -> T | None:
    try:
        return step()
    except Exception as exc:  # noqa: BLE001 (reported through on_error; the batch goes on)
        on_error(article, exc)
        return None
