"""Sentence boundaries for wrap-up text: line breaks, bullets and headings end a
sentence; so does a full stop before a capital, except after an abbreviation."""
from __future__ import annotations

from bisect import bisect_right
from itertools import compress
import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from marketkg.loaders.quantities import RIC_SUFFIXES
from marketkg.loaders.token_table import TokenTable, indices_in, token_table

__all__ = ["sentence_starts", "start_positions", "sentencizer_component", "start_tokens", "sentence_bounds"]

#: plural corporate abbreviations that end no sentence only before another tail or a bracket: "Loblaw Cos. Ltd. gained",
#: "gainers included Kestrel Hlds. (8.1%)" (not "... losses at TJX Cos. The S&P 500 retail index fell")
_PLURAL_TAILS = frozenset({"cos.", "bros.", "hldgs.", "hlds."})
_TAILS_AFTER = frozenset({"Ltd.", "Ltd", "Inc.", "Inc", "Plc", "PLC", "plc", "Limited", "Corp.", "Corp", "LLC"})
#: a company's tail, one token with its full stop, ends a sentence only before a word that opens one: NDTV's "...
#: and Axis Bank Ltd. This was its worst six-day decline" (not "Tata Motors Ltd. Chairman N. Chandrasekaran")
_CORPORATE_TAILS = frozenset({"Co.", "Ltd.", "Inc.", "Corp.", "Plc.", "Bhd.", "Ent.", "Grp.", "Intl."})
#: the same tails where the tokenizer splits their full stop off: "Standard Chartered Plc. Shares closed 3.5% lower"
_TAIL_ABBREV = frozenset(tail.lower() for tail in _CORPORATE_TAILS)
#: abbreviations that end no sentence, the tails among them (Asia Economy's "JYP Ent. (-4.41%)"); "rs." before a figure
#: only ("worth Rs. 7,103 crore": the rupee's sign)
_ABBREV = frozenset({"mr.", "mrs.", "ms.", "dr.", "no.", "u.s.", "u.k.", "st.", "jan.", "feb.", "mar.", "apr.", "jun.",
                     "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "vs.", "e.g.", "i.e.", "approx.", "est.",
                     "jr.", "sr.", "rs."}) | _TAIL_ABBREV
#: the pronouns and determiners that open a sentence, and with them other words that do
_PRONOUN_OPENERS = frozenset({"The", "This", "That", "These", "Those", "It", "Its", "They", "Their", "There", "He",
                              "She", "We"})
_SENTENCE_OPENERS = _PRONOUN_OPENERS | {"In", "On", "At", "Meanwhile", "However", "But", "Shares", "Stocks"}
_ENDS = frozenset({".", "!", "?", "...", ".\"", "!\"", "?\""})
#: dotted abbreviations the tokenizer keeps whole with their last full stop, which end a sentence only before a word
#: that opens one as a pronoun or determiner: the New York Times' "the exuberance over A.I. Its revenues rose" (not
#: "U.S. Steel", "the U.S. Federal Reserve")
_DOTTED = frozenset({"A.I.", "U.S.", "U.K.", "U.N.", "E.U."})
_ENDS_OR_BAR = _ENDS | {"|"}
#: a Reuters code's stem, which English's infixes split from its exchange suffix: "Siltronic WAFGn.DE gained"
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,11}_?[a-z]")  # (and a preference share's "VOWG_p.DE")
_MAX_TOKENS = 400  # very long "sentences" are cut, so no rule ever scans a 10,000-token run
#: the end of a table's row glued to the next row's name (see tokenizer_rules.GLUED_ROW): "+1.92%Beta Mining (BMN)"
_GLUED_ROW = re.compile(r"[0-9]%(?=[A-Z][^%\n]{0,60}?\(\s*[A-Z0-9][A-Z0-9.]{0,9}\s*\)\s*[0-9])")  # (a row: name, (CODE),
# price; not "rose 5%Monday after")


def sentence_starts(doc: Doc) -> list[bool]:
    """For each token, whether it starts a sentence."""
    starts = [False] * len(doc)
    for i in start_positions(doc):
        starts[i] = True
    return starts


def _possible_ends(texts: list[str], space: list[bool]) -> list[int]:
    """The tokens a sentence can end with, in order: an end mark or a bar (found in C), or a
    white-space token holding a newline (among the few white-space ones)."""
    newlines = [k for k in compress(range(len(texts)), space) if "\n" in texts[k]]
    return sorted(indices_in(texts, _ENDS_OR_BAR) + newlines + indices_in(texts, _CORPORATE_TAILS)
                  + indices_in(texts, _DOTTED))


#: the end of a table's row before the next row's name on the same line, a space between (Sharecast's tables as pages
#: flatten them: "Kestrel Motors (KSM) 412.60p 2.15% Osprey Foods (OSF) 1,204.00p 1.80%"): the row's code, price and
#: change before it, a code and a price after the name
_SPACED_ROW = re.compile(r"\)\s*[0-9][0-9,]*(?:\.[0-9]+)?p?\s+[+-]?[0-9]+(?:\.[0-9]+)?%"
                         r"(?=\s+[A-Z][^%\n]{0,60}?\(\s*[A-Z0-9][A-Z0-9.]{0,9}\s*\)\s*[0-9])")


def _row_starts(table: TokenTable) -> list[int]:
    """The tokens that open a table's row on the line of the row before it, glued to it ("+1.92%Beta Mining") or after
    a space (see _SPACED_ROW), found in C on the text."""
    text, n = table.doc_text, len(table.idx)
    if "%" not in text:
        return []
    glued = (bisect_right(table.idx, m.end()) - 1 for m in _GLUED_ROW.finditer(text))
    spaced = (bisect_right(table.idx, m.end()) for m in _SPACED_ROW.finditer(text))
    return [i for i in glued if 0 < i < n and table.idx[i] == table.end_char(i - 1)] + [i for i in spaced if 0 < i < n]


def start_positions(doc: Doc) -> list[int]:
    """The tokens that start a sentence, in order: the first; a token after a line break, a
    bar or a sentence end (see the module); and, in a run of ``_MAX_TOKENS`` tokens with no
    such start, the token that ends it. Only tokens after a possible end are looked at."""
    table = token_table(doc)
    texts, ws, space = table.text, table.ws, table.is_space
    n = len(texts)
    if not n:
        return []
    out, last = [0], 0
    # i is the token after a possible end (a newline in it, "|", a full stop ...); a token's trailing
    # white space in the table is one space or none, never a newline
    for k in _possible_ends(texts, space):
        i = k + 1
        prev = texts[k]
        if i < n and space[i] and prev in _ENDS and "\n" not in texts[i]:
            i += 1  # "above.  The losses": two spaces after a full stop are a token of their own
        if i >= n or space[i]:
            continue
        if prev in _CORPORATE_TAILS and not (ws[k] and texts[i] in _SENTENCE_OPENERS):
            continue
        if prev in _DOTTED and not (ws[k] and texts[i] in _PRONOUN_OPENERS):
            continue
        if prev in _ENDS and not ("\n" in ws[k] or "\n" in texts[i - 1] or space[k] and "\n" in prev or prev == "|"):
            abbrev = texts[k - 1].lower() + "." if k >= 1 else ""
            first = texts[i][:1]
            if abbrev in _ABBREV and (abbrev != "rs." or first.isdigit()) \
                    and not (abbrev in _TAIL_ABBREV and texts[i] in _SENTENCE_OPENERS) \
                    or abbrev in _PLURAL_TAILS and (texts[i] in _TAILS_AFTER or first == "(") \
                    or not ws[k] and texts[i] in RIC_SUFFIXES and ws[k - 1] == "" and _CODE.fullmatch(texts[k - 1]) \
                    or not (first.isupper() or first.isdigit() or first in "\"'("):
                continue
        while last + _MAX_TOKENS < i:  # very long "sentences" are cut
            last += _MAX_TOKENS
            out.append(last)
        out.append(i)
        last = i
    rows = _row_starts(table)
    if rows:
        out = sorted(set(out).union(rows))
        last = out[-1]
    while last + _MAX_TOKENS < n:
        last += _MAX_TOKENS
        out.append(last)
    return out


@Language.factory("mkg_sentences")
def sentencizer_component(nlp: Language, name: str) -> SentenceSplitter:
    """Set sentence starts for the genre (see :func:`sentence_starts`)."""
    return SentenceSplitter()


class SentenceSplitter:
    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            positions = start_positions(doc)
            flags = numpy.full(len(doc), -1, dtype=numpy.int64)  # -1 = "not a start"
            flags[positions] = 1
            doc.from_array([SENT_START], flags.astype(numpy.uint64).reshape(-1, 1))
            doc.user_data["mkg_sent_starts"] = frozenset(positions)
        return doc


def start_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens that start a sentence (kept by the splitter; iterating
    ``doc.sents`` for them costs more than the rules that ask)."""
    found = doc.user_data.get("mkg_sent_starts")
    if found is None:
        found = frozenset(s.start for s in doc.sents)
        doc.user_data["mkg_sent_starts"] = found
    return found


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """(start, end) of the sentence that holds token i: the tokens of ``doc[i].sent``, found by
    bisection in the sorted sentence starts (kept per doc) without making a ``Token``."""
    starts = doc.user_data.get("mkg_sent_start_list")
    if starts is None:
        starts = doc.user_data["mkg_sent_start_list"] = sorted(start_tokens(doc) | {0})
    k = bisect_right(starts, i)
    return starts[k - 1], starts[k] if k < len(starts) else len(doc)
