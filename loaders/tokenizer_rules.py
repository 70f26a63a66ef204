"""English's tokenizer, less the special cases that split a chunk just as the affix rules do.

spaCy 3.8's tokenizer keeps a cache of the chunks (runs of non-space text) it has split,
but stops adding to it for the rest of a doc once any special case has been used in that
doc (``Tokenizer._save_cached`` returns at once when the doc's ``has_special`` flag is set).
130 of English's 1,347 special cases change nothing the rules here read: ``"\\n"``, ``" "``,
``"'"``, ``"it's"``, ``"D.C."`` and others give the token texts the prefix, suffix and infix
rules give (some set a ``NORM``, ``"ll"`` -> ``"will"``, which no rule reads). A line break
stands in most articles, so most chunks of most docs were split afresh on every read.
Without those cases the tokens are the same (text, offset, trailing space) and the cache
fills until a doc's first special case that splits otherwise ("U.S.", "Mr.", "a.m.", "I'm").

The tokenizer is built once, through spaCy's registry (``create_trimmed_tokenizer``), not
built and then reloaded: loading 1,200 special cases costs about 60 ms. Which cases go is
read from ``ontology/data/spacy_redundant_special_cases.json`` when it was written for the
installed spaCy and language (finding them costs 20-35 ms a process: 1,347 cases split, new
lexemes made); another spaCy finds them anew. Regenerate the file with
``python -m marketkg.loaders.tokenizer_rules > ontology/data/spacy_redundant_special_cases.json``.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import resources
import json

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

__all__ = ["TOKENIZER_NAME", "create_trimmed_tokenizer", "redundant_special_cases", "affix_tokenizer",
           "dropped_special_cases", "shipped_special_cases", "SHIPPED", "GLUED_WORDS"]

#: the registry name of the tokenizer factory, for ``spacy.blank(..., config=...)``
TOKENIZER_NAME = "marketkg.TrimmedTokenizer.v1"
#: the file naming the dropped cases, beside the reference data
SHIPPED = "spacy_redundant_special_cases.json"


#: a full stop glued between a figure and the capitalised word of the next sentence, as web copies run paragraphs
#: together: "to close at 812.46.Kestrel Motors retreated" (English's infixes split "sessions.The" already)
GLUED_STOP = r"(?<=[0-9])\.(?=[A-Z][a-z])"
#: an opening bracket glued to the word before it: Zee Business's "Nifty Bank(+ 0.70 per cent)", "Apple(AAPL)"
GLUED_BRACKET = r"(?<=[A-Za-z])\((?=[+\-\u2212A-Z0-9])"
#: a Reuters code glued to the name before it, as some syndicated copies print them: "Among single stocks,
#: PhilipsPHG.AS tumbled 5.6%" (split before the code's capitals; the code is read as a ticker). Only the suffixes of
#: codes made of letters (Europe, London, Tokyo, Hong Kong, Toronto, Sydney, New York): digit codes stand apart
GLUED_CODE = r"(?<=[a-z]{3})(?=[A-Z][A-Z0-9]{1,5}[a-z]?\.(?:AS|DE|PA|MI|MC|ST|CO|HE|OL|BR|LS|SW|S|L|T|HK|TO|AX|N|O)\b)"

#: a figure's unit glued to it: the Free Press Journal's "Nifty Bank rose 233points or 0.49 per cent"
GLUED_UNIT = r"(?<=[0-9])(?=(?:points|pts|percent)\b)"
#: a comma glued between a price and its signed change, as Indian portals list movers: "Infosys Ltd. (Rs.
#: 1,520.40,+2.31%)"
GLUED_SIGNED = r"(?<=[0-9]),(?=[+\-\u2212][0-9])"
#: a table's rows run together, as copies of web quote tables lose their cells' breaks: "Acme Widgets (ACW) 1,214.50p
#: +1.92%Beta Mining (BMN) 402.10p -3.05%" (the next row's name right after the percent sign)
GLUED_ROW = r"(?<=[0-9]%)(?=[A-Z][a-z])"

#: a move's word glued to the figure after it, as typed in haste: "the Nikkei was up1.1% at 38,120.5", "Infosys
#: fell1.2%" (one fixed-width look-behind a word, after a word boundary: "startup1" and "Nifty50" stay whole)
GLUED_WORDS = ("up", "down", "by", "to", "at", "rose", "fell", "gained", "lost", "added", "shed", "slid", "sank",
               "jumped", "slipped", "dropped", "climbed", "declined", "advanced", "eased", "surged", "tumbled")
GLUED_WORD = "(?:" + "|".join(rf"(?<=\b{w})" for w in GLUED_WORDS) + r")(?=[0-9])"


def affix_tokenizer(nlp: Language) -> Tokenizer:
    """A tokenizer with the language's affix and match rules (and the glued forms above), on its vocab, and no
    special cases."""
    d = nlp.Defaults
    infixes = [*(d.infixes or ()), GLUED_STOP, GLUED_BRACKET, GLUED_CODE, GLUED_UNIT, GLUED_SIGNED, GLUED_ROW,
               GLUED_WORD]
    return Tokenizer(nlp.vocab, rules={},
                     prefix_search=compile_prefix_regex(d.prefixes).search if d.prefixes else None,
                     suffix_search=compile_suffix_regex(d.suffixes).search if d.suffixes else None,
                     infix_finditer=compile_infix_regex(infixes).finditer,
                     token_match=d.token_match, url_match=d.url_match)


def _splits(tokenizer: Tokenizer, chunks: list[str]) -> dict[str, list[str]]:
    """The token texts of each chunk as ``tokenizer`` splits it. The chunks without white space
    are split in one doc, joined by spaces (a chunk is split on its own whatever stands beside
    it): one call, not 1,300."""
    spaced = [c for c in chunks if not c or any(ch.isspace() for ch in c)]
    solid = [c for c in chunks if c and not any(ch.isspace() for ch in c)]
    split: dict[str, list[str]] = {c: [t.text for t in tokenizer(c)] for c in spaced}
    starts = {}
    at = 0
    for c in solid:
        starts[at] = c
        split[c] = []
        at += len(c) + 1
    current = None
    for t in tokenizer(" ".join(solid)):
        current = starts.get(t.idx, current)
        split[current].append(t.text)
    return split


def redundant_special_cases(rules: Mapping[str, list[dict]], plain: Tokenizer) -> set[str]:
    """The special cases whose token texts are those ``plain`` (no special cases) gives. A
    tokenizer without them may still split one otherwise, through another special case inside
    it ("°c." -> "°" and "c." by the case "c."): :func:`_trimmed` checks again."""
    split = _splits(plain, list(rules))
    return {c for c, tokens in rules.items() if split[c] == [t[ORTH] for t in tokens]}


def _tokenizer(plain: Tokenizer, rules: Mapping[str, list[dict]]) -> Tokenizer:
    return Tokenizer(plain.vocab, rules=dict(rules), prefix_search=plain.prefix_search,
                     suffix_search=plain.suffix_search, infix_finditer=plain.infix_finditer,
                     token_match=plain.token_match, url_match=plain.url_match)


def _trimmed(rules: Mapping[str, list[dict]], plain: Tokenizer) -> tuple[Tokenizer, set[str]]:
    """A tokenizer like ``plain`` with the special cases of ``rules`` that change how it splits,
    and the cases left out: those of :func:`redundant_special_cases`, unless the tokenizer
    without them splits them otherwise (then they go back in, until none does)."""
    gone = redundant_special_cases(rules, plain)
    tokenizer = _tokenizer(plain, {c: t for c, t in rules.items() if c not in gone})
    while True:
        split = _splits(tokenizer, sorted(gone))
        back = [c for c in sorted(gone) if split[c] != [t[ORTH] for t in rules[c]]]
        if not back:
            return tokenizer, gone
        for c in back:
            tokenizer.add_special_case(c, rules[c])
            gone.discard(c)


def shipped_special_cases(lang: str, rules: Mapping[str, list[dict]]) -> set[str] | None:
    """The cases the shipped file drops, if it was written for this spaCy and language (and
    all of them are cases of ``rules``); else None."""
    with resources.files("marketkg.ontology").joinpath("data", SHIPPED).open(encoding="utf-8") as fh:
        data = json.load(fh)
    cases = set(data.get("cases", ()))
    if data.get("spacy") != spacy.__version__ or data.get("lang") != lang or not cases <= rules.keys():
        return None
    return cases


def dropped_special_cases(nlp: Language) -> set[str]:
    """The special cases of ``nlp``'s language that the trimmed tokenizer leaves out, found anew."""
    return _trimmed(nlp.Defaults.tokenizer_exceptions, affix_tokenizer(nlp))[1]


@registry.tokenizers(TOKENIZER_NAME)
def create_trimmed_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's tokenizer factory for the language, less the redundant special cases."""

    def factory(nlp: Language) -> Tokenizer:
        rules = nlp.Defaults.tokenizer_exceptions
        gone = shipped_special_cases(nlp.lang, rules)
        if gone is None:
            return _trimmed(rules, affix_tokenizer(nlp))[0]
        return _tokenizer(affix_tokenizer(nlp), {c: t for c, t in rules.items() if c not in gone})

    return factory


def main() -> None:
    """Print the file of dropped cases for the installed spaCy's English."""
    print(json.dumps({"spacy": spacy.__version__, "lang": "en",
                      "cases": sorted(dropped_special_cases(spacy.blank("en")))}, indent=0))


if __name__ == "__main__":
    main()
