r"""Offset-preserving clean-up of article text.

Extraction never works on a shortened copy of the text. Every clean-up here maps one
character to one character (odd dashes and quotes to ASCII, noise to spaces), so an
offset in the working text is the same offset in the original, and every evidence
span quotes the original exactly.

>>> working_text("Rare\u2011earth stocks rose 5\u20136%")
'Rare-earth stocks rose 5-6%'
>>> working_text("  \u2022 1Hang Seng Index closed up 0.31%.")
'  \n  Hang Seng Index closed up 0.31%.'
>>> working_text("*Seoul rose 1%.\n*Bangkok fell 2%.")
'\nSeoul rose 1%.\n\nBangkok fell 2%.'
>>> working_text("Honda 7267, -4.25% sank 4%")
'Honda              sank 4%'
>>> working_text("The Nasdaq Composite COMP -0.72% fell 0.6%")
'The Nasdaq Composite             fell 0.6%'
"""
from __future__ import annotations

import re

from marketkg.loaders.lexicon import CUE_FIRST_WORDS, DOWN_VERBS
from marketkg.ontology.names import format_chars

__all__ = ["normalise_chars", "mask_noise", "working_text", "HEADING_BREAK"]

_CHAR_MAP = {
    **dict.fromkeys(map(ord, format_chars()), " "),  # bidi controls, zero-widths, tags: a space (soft hyphen: "-")
    **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad\ufe58\ufe63\uff0d"), "-"),
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\uff07\u02bc"), "'"),  # (\u02bc: the BBJ's "Exchange\u02bcs")
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033\uff02"), '"'),
    **dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\t\f\v"), " "),
    ord("\uff05"): "%",
    ord("\uff0c"): ",",
    ord("\uff1b"): ";",
    ord("\uff1a"): ":",
    ord("\uff08"): "(",
    ord("\uff09"): ")",
    ord("\u2026"): ".",
    ord("\r"): "\n",
}

#: Characters that end a sentence by themselves: bullets and heading markers.
HEADING_BREAK = "\u25aa\u2022\u25cf\u25e6\u2023\u2043\u25a0\u25a1\u25b6\u25ba\u27a2\u2219\u00b7|"

_NOISE_LINE = re.compile(
    r"""^\W*(?:
        disclaimer\b.*
      | share\ (?:this\ )?article\W*
      | related\ (?:articles|news|stories|posts)\b.*
      | no\ related\ articles\ found\W*
      | comments?\W*
      | (?:read|see)\ (?:more|also)\b.*
      | (?:sign\ up|subscribe)\b.*
      | i'?m\ \w+(?:\ ?ai)?,\ i\ can\ (?:summari[sz]e|help)\b.*
      | this\ (?:article|content|summary)\ (?:is|was)\ (?:generated|written|produced)\ by\b.*
      | (?:image|photo|picture)\ ?(?:credit|source)?:.*
      | editor'?s\W*
      | key\ takeaways\W*
      | advertisement\W*
      | copyright\b.*
      | all\ rights\ reserved\b.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Line-start patterns use [^\S\n]* (blanks within the line), never \s*: a \s* after ^ runs
# across every following blank line, which made a long run of blank lines quadratic.
#: an asterisk that opens a line before a capitalised word, as a bullet (not markdown's "**bold**")
_STAR_BULLET = re.compile(r"^([^\S\n]*)\*(?=[^\S\n]*[A-Z])", re.MULTILINE)
_LIST_GLUE = re.compile(r"^([^\S\n]*(?:[-*\u2022\u25aa\u25cf][^\S\n]*)?)(\d{1,2})(?=[A-Z][a-z])", re.MULTILINE)
_MARKDOWN = re.compile(r"\*\*|__|^#{1,6} |^[^\S\n]*> ", re.MULTILINE)
_HEADING = re.compile(r"^([^\S\n]*)\*\*([^*\n]+?)\*\*(?=.)", re.MULTILINE)
_NOT_NEWLINE = re.compile(r"[^\n]+")
#: a quote widget a web page inlines after a name: "Toyota 7203, -2.94% off more than 2%" (MarketWatch):
#: the price when the page was stored, not the article's figure
_QUOTE_WIDGET = re.compile(r"(?<=[A-Za-z.]) [A-Z0-9]{2,8}(?:\.[A-Z]{1,2})?, [+-]\d+\.\d\d%(?=[ ,;.)])")
#: the same widget with no comma, a ticker of capitals right after the name, then the sentence going on in lower
#: case: MarketWatch's "The Nasdaq Composite COMP +0.83% rose 91.27 points", "led by Kestrel Corp.
#: KSTL -1.94% after a broker lowered its view" (not "The Hang Seng HSI +1.2%" ending a line)
_BARE_QUOTE_WIDGET = re.compile(r"(?<=[A-Za-z.]) [A-Z]{2,5} [+-]\d+\.\d\d%(?= [a-z])")
#: the Motley Fool's live quote inside a name's brackets: "Shares of Cardlytics (CDLX -6.87%) skyrocketed 42.9%", "Bank
#: of America (BAC 1.70%)": the quote when the page was read, not the day's move; the code stays
_BRACKET_QUOTE = re.compile(r"(\([A-Z]{1,5}(?:\.[A-Z]{1,2})?)( [+-]?\d{1,4}\.\d\d%)(?=\))")
#: a line break inside a hard-wrapped paragraph (wire copy, e-mail, text from a PDF): "ended 0.3\npercent
#: firmer", "The Philippines\nclosed 1.8 percent down": a line that goes on in lower case continues the line
#: before it (a heading or a list item does not open in lower case), and so does one that goes on at the ampersand of
#: a name ("Larsen\n& Toubro", "Larsen\n&Toubro": no sentence opens with one; nor ends with one, "Larsen &\nToubro")
# (the line before a lower-case one is checked in _unwrap: a look-behind there first made re try every character)
_WRAPPED = re.compile(r"\n(?=[a-z]|&)|(?<= &)\n")
_NEW_TAB = re.compile(r",? opens new tab\b")
#: MarketScreener's link after each company it names: "Capita (>> Capita) was the worst performer"
_QUOTE_LINK = re.compile(r" ?\(>> [^()\n]{1,60}\)")
_WRAPPED_FIGURE = re.compile(r"(?<=[a-z])\n(?=\d[\d,.]*(?:-[a-z]|\s?%|\s[a-z]))")  # (not a date line: "12/12/2008 17:22")
#: a wire's slug before a headline or lead: Xinhua's "Roundup: ", "1st LD Writethru: ", "Update 2: "
_SLUG = re.compile(r"(?im)^[ \t]*(?:\d+(?:st|nd|rd|th)[ \t]+)?(?:LD[ \t]+)?(?:roundup|writethru|update(?:[ \t]+\d+)?|"
                   r"factbox|wrapup(?:[ \t]+\d+)?|market[ \t]+wrap|markets[ \t]+wrap|closing[ \t]+bell|"
                   r"stock[ \t]+market[ \t]+today|breaking(?:[ \t]+news)?|refile|corrected)[ \t]*:[ \t]*")
_SLUG_SPAN = 400  # the characters a slug can stand in: the headline's and the lead's lines
#: the shouted section labels of AP's business stories, at a line's start anywhere: "THE SPARK: Analyst Dana Finch
#: raised ...", "SHARE ACTION: Shares increased $1.04" (read as a name, "ACTION" moved 4.5 percent)
_SECTION_LABEL = re.compile(r"(?m)^[ \t]*(?:THE[ \t]+|SHARE[ \t]+|WHAT'S[ \t]+|WHY[ \t]+IT[ \t]+|BY[ \t]+THE[ \t]+|BOTTOM[ \t]+|"
                            r"KEY[ \t]+)?(?:SPARK|ACTION|BIG[ \t]+PICTURE|BACKGROUND|OPINION|NEXT|MATTERS|TAKEAWAY|"
                            r"DEAL|QUOTE|NUMBERS|LINE|POINTS|ANALYSIS|OUTLOOK|DETAILS):(?=[ \t])")
#: a wire's tags in brackets: Yonhap's "(LEAD)", "(2nd LEAD)", "(URGENT)" opening a headline and its editor's
#: note "(ATTN: ADDS bond yields at bottom)" on a line of its own; the agency's credit in a dateline, "SEOUL,
#: Aug. 26 (Yonhap) --", "BEIJING, Oct. 25 (Xinhua) --", "BUENOS AIRES Oct 25 (Reuters) -" (read as a name, it
#: stood between the dateline and the sentence's subject)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
_WIRES = r"Yonhap|Xinhua|Reuters|AFP|AP|Bernama|IANS|PTI|Kyodo|Jiji|Bloomberg|UNI|ANI|Antara|Anadolu|TASS|WAM|SPA|KUNA"
_WIRE_TAG = re.compile(r"(?m)^[ \t]*\((?:(?:\d+(?:st|nd|rd|th)[ \t]+)?LEAD|URGENT|ATTN:[^)\n]*)\)"
                       rf"|(?<=[A-Za-z0-9.])[ \t]+\((?:{_WIRES})\)(?=[ \t]+-)"
                       # a web copy's dateline that lost its dash, whole: "Tokyo, Sep 15 (AP) Asian shares were ...",
                       # "Mumbai, Jan 23 (IANS) The Indian equity markets ..."
                       rf"|^[ \t]*[A-Z][A-Za-z. ]{{1,24}},[ \t]+(?P<date>{_MONTH}\.?[ \t]+\d{{1,2}})[ \t]+\((?:{_WIRES})\)(?=[ \t]+[A-Z])"
                       # a web copy's lead that lost its dateline, the dash glued to the first word: "(Reuters) -Canada's"
                       rf"|^[ \t]*\((?:{_WIRES})\)[ \t]*[-\u2013\u2014]+(?=[A-Z])"
                       # Reuters' Indian desk's column label opening its item: "Reuters Market Eye - Shares in X rose"
                       r"|^[ \t]*Reuters[ \t]+Market[ \t]+Eye[ \t]*[-\u2013\u2014]+(?=[ \t]+[A-Z])"
                       # an outlet's tag opening the lead: Korean papers' "[Financial News] The KOSPI ended ..."
                       r"|^[ \t]*\[(?:[A-Z][A-Za-z.]*[ \t]){0,3}(?:News|Times|Herald|Daily|Post|Economy)\][ \t]*(?=[A-Z])")


def _blank_wire_tag(m: re.Match) -> str:
    """A wire tag blanked, less the month and day of a dateline that lost its dash ("Mumbai, May 3 (IANS) The
    Sensex ..."): with no year on the page, that day is still the story's ("--05-03")."""
    if m["date"] is None:
        return " " * len(m.group(0))
    return " " * (m.start("date") - m.start()) + m["date"] + " " * (m.end() - m.end("date"))


#: MarketWatch's index codes after the index's name, the quote itself gone (copies on Morningstar and others):
#: "The S&P 500 SPX rose 1.4%", "The Nasdaq Composite COMP ended up 2.2%"
_MW_INDEX_CODE = re.compile(r"(?<=S&P 500) SPX\b|(?<=Nasdaq Composite) COMP\b|(?<=Russell 2000) RUT\b|(?<=Nasdaq 100) NDX\b")
_MW_QUOTE = re.compile(r"/zigman2/quotes/\d+/\w+\s+[A-Z0-9.:]{1,12}\s+[+-]?\d+(?:\.\d+)?%")
#: Reuters' older instrument codes in angle brackets: "Vodafone <VOD.L>", "index <.GSPTSE>", "<CLc1>", "<XAU=>"
_ANGLED_CODE = re.compile(r"<(\.?[A-Za-z0-9][A-Za-z0-9.=^#]{0,15})>")
#: ". 84 percent": found from its literal dot and space (a pattern opening with digits, tried at every
#: character, cost more than the rest of working_text); the digits before the dot are read back (_split_decimals)
#: Business Standard's move glued to a name in brackets: "IDFCBANK(up 4.0 per cent), Bandhan Bank(up 2.54 per cent)"
_GLUED_MOVE = re.compile(r"(?<=[A-Za-z.])\(((?:up|down) [\d.]+ ?(?:per cent|percent|pct|%))\)")
_SPLIT_DECIMAL = re.compile(r"\. (\d{1,3})(?= ?(?:percent|per cent|pct|%))")
_FREE_REPORT = re.compile(r"(?<=\))\s*-\s*Get (?:Free )?(?:[A-Z][\w.&'’-]* ){0,5}Report\b"
                          r"|(?<=[A-Z]) - Get (?:Free )?(?:[A-Z][\w.&'’-]* ){0,5}Report(?=\))")
# (TheStreet's widget after a code, outside its bracket or inside: "Deutsche Bank (DB - Get Report) fell",
# "Amazon.com (AMZN) - Get Report finished down 4.1%", "Disney (DIS) - Get Walt Disney Company Report rose")
_WHILST = re.compile(r"\b([Ww])hilst\b")
def _dashed_aside(m: re.Match) -> str:
    """An aside between two spaced dashes that holds a figure, a description or a cause, read as one between commas
    ("closed 247 points - or 3.34 per cent - down to 7,118", "The CBOE Volatility Index (VIX) - widely seen as the fear
    gauge - dipped 8%", "The yen - buoyed by a hawkish Bank of Japan - rose 0.9%"); names alone, as part of the
    sentence ("benchmarks - Sensex and Nifty - ended higher", "The main gauges - the Dow, the Nasdaq and the
    Russell - finished higher"); any before a cue, as written ("slid - off 29.5p lower to 150.5p - after sales growth
    halved")."""
    aside, end = m.group(1), m.end()
    after = m.string[end:end + 20].split(maxsplit=1)
    if after and after[0].lower() in CUE_FIRST_WORDS:
        return m.group(0)  # the cause of what the opening dash closed: "tumbled 1.6% - the steepest fall since March -
        # following the shock departure of ..."
    words = aside.replace(",", " ").split()
    if any(w[:1].isupper() for w in words) and all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_JOINERS
                                                  for w in words) and "%" not in aside:
        return "   " + aside + "   "
    if any(ch.isdigit() for ch in aside) or aside[:1].islower():
        return " , " + aside + " , "
    return m.group(0)


#: the lower-case words a list of names between dashes may hold
_NAME_JOINERS = frozenset({"the", "and", "&", "of"})

#: an aside between two spaced dashes inside a sentence (no sentence end, no third dash between)
_DASHED_ASIDE = re.compile(r"(?<=[\w%)]) - ([^\n.!?;-]{1,80}?|[^\n!?;-]{1,80}?\d\.\d[^\n!?;-]{0,40}?) - (?=\w)")
#: an agency's credit in brackets with the dash after it glued to the next word: "(CNA)-Taiwan shares closed"
_GLUED_CREDIT_DASH = re.compile(r"(\([A-Z][A-Za-z]{1,9}\))[-\u2013\u2014](?=[A-Z])")
#: The Local's "London's FTSE-index fell 1.6 percent", "Frankfurt's DAX-index": the name, a space, "index" (a
#: capitalised "-Index" is part of a name as printed: "the VN30-Index")
_GLUED_INDEX = re.compile(r"(?<=[A-Za-z0-9])(?<![Ss]ub)-(?=index\b)")  # (not a "sub-index")
_MOVE_HINT = re.compile(r"\d(?:\.\d+)?\s?%|\b(?:rose|fell|gained|lost|climbed|dropped|up|down)\b", re.I)
#: a figure's sign spelt out before it, read as the sign (the same length: five blanks and "-")
_MINUS_WORD = re.compile(r"\b[Mm]inus (?=\d)")
#: the words of a fall a spelt-out sign must follow (within six words) to be read as one: not "rose minus 0.2 percent",
#: whose sign and verb disagree (review 71)
_FALL_WORDS = DOWN_VERBS | {"loss", "decrease", "correction"}


def _minus_sign(m: re.Match[str]) -> str:
    """ "minus " as the sign "-" (the same length) where a word of a fall comes shortly before it."""
    before = m.string[max(0, m.start() - 80):m.start()].lower().split()[-6:]
    return "     -" if any(w.strip(",.;:") in _FALL_WORDS for w in before) else m.group(0)


_MAPPED = frozenset(map(chr, _CHAR_MAP))
_MAPPED_ASCII = tuple(sorted(c for c in _MAPPED if c.isascii()))  # tab, vertical tab, form feed, CR
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


#: the low single quote a publishing system printed for a comma (Business Day's "56\u201a176.40 points", "shed 5.3%\u201a
#: resources 1.4%"): between digits or before white space (a quote it opens is followed by a word)
_LOW_COMMA = re.compile(r"(?<=\d)\u201a(?=\d)|\u201a(?=\s)")


def normalise_chars(text: str) -> str:
    """Map odd dashes, quotes, spaces and full-width punctuation to ASCII, one for one.

    (The mapped characters the text holds are found in C and each is replaced with
    ``str.replace``: ``str.translate`` looked every character of a non-ASCII text up in
    the map, and a regex class of the 211 mapped characters tested each character against
    it, about 0.2 us a character. The four ASCII ones are each looked for with ``in``; the
    others among the text's non-ASCII characters only, and in an ASCII text not at all
    (hashing every character into a set cost more than everything else in the function). No
    replacement is itself a mapped character, so the order of the replacements does not
    matter.)
    """
    found = [ch for ch in _MAPPED_ASCII if ch in text]
    if not text.isascii():
        if "\u201a" in text:
            text = _LOW_COMMA.sub(",", text)
        found += _MAPPED.intersection(_NON_ASCII.findall(text))
    for ch in found:
        text = text.replace(ch, _CHAR_MAP[ord(ch)])
    return text


def _unwrap(text: str) -> str:
    """A space for each line break of a hard-wrapped paragraph (see ``_WRAPPED``): one after a character
    that is no white space."""
    cuts = [m.start() for m in _WRAPPED.finditer(text) if m.start() and not text[m.start() - 1].isspace()]
    if "\n" in text:
        # Reuters' "ended at a fresh\n28-month high": a line that goes on with a figure after a word in lower case
        # (not a heading's or a table's name, "Hang Seng Index\n25,000.12")
        cuts += [at for at in map(re.Match.start, _WRAPPED_FIGURE.finditer(text))
                 if (word := text[text.rfind(" ", 0, at) + 1:at]).isalpha() and word.islower()]
        cuts.sort()
    if not cuts:
        return text
    if len(cuts) >= 3:
        cuts = sorted(cuts + _wrapped_before_capitals(text, cuts))
    parts, last = [], 0
    for at in cuts:
        parts += [text[last:at], " "]
        last = at + 1
    return "".join(parts) + text[last:]


_BEFORE_CAPITAL = re.compile(r"\n(?=[A-Z])")
#: words a line of a hard-wrapped text may end on only inside a sentence
_GOES_ON = frozenset({"on", "in", "at", "of", "the", "a", "an", "to", "by", "with", "from", "and", "or", "than", "its",
                      "their", "was", "were", "is", "are", "for", "as", "after", "amid", "since", "into", "over"})


def _wrapped_before_capitals(text: str, cuts: list[int]) -> list[int]:
    """In a hard-wrapped text (its lines cut before lower-case words at ``cuts``), the line breaks before
    a capital that also cut a sentence: the line as long as the text's wrapped lines and ending in a word
    or a comma ("... weak spots after data showed\nApril's exports hit a three-month low."), not a
    shorter headline's or a list's."""
    widths = sorted(at - text.rfind("\n", 0, at) - 1 for at in cuts)
    width = widths[len(widths) // 2]
    continued = set(cuts)
    out = []
    for m in _BEFORE_CAPITAL.finditer(text):
        at = m.start()
        start = text.rfind("\n", 0, at)
        length = at - start - 1
        if at and (text[at - 1].isalnum() or text[at - 1] == ",") and (
                0.85 * width <= length <= 1.15 * width + 5
                # a line that ends on a word no sentence or heading ends on: "SHANGHAI - Chinese shares ended higher
                # on\nThursday as hopes rose ..." (Reuters' wire copy, its lead's line shorter than the rest)
                or length <= 1.15 * width + 5 and text[text.rfind(" ", start + 1, at) + 1:at] in _GOES_ON
                # a line that itself continues the line before it is no heading, though a ragged margin left
                # it shorter ("... a slowdown in\nthe Chinese economy. Industrial and Commercial\nBank of China"); a
                # much shorter one may be a list's or a footer's ("... beat\nexpectations\nAlibaba fell 2 percent")
                or start in continued and 0.6 * width <= length <= 1.15 * width + 5):
            out.append(at)
            continued.add(at)  # (the next line continues this one: Reuters' "saw gains, with\nKite Display climbing
            # 3.18 percent while Kite\nElectronics rose 1.92 percent")
    return out


def _blank(text: str) -> str:
    return _NOT_NEWLINE.sub(lambda m: " " * len(m.group(0)), text)


def _is_caption(line: str) -> bool:
    """An image caption: a lone descriptive line with no market content and no past tense ("A
    stunning view of the harbour at dusk.", "A trader works on the floor of the exchange."); a
    wire's one-sentence paragraph tells what happened ("A slump in the big four banks offset
    strong gains in the mining sector as the market was unable to ...") and is read."""
    return (  # cheapest test first: most lines fail it
        line.rstrip().endswith(".")
        and re.match(r"^(?:A|An)\s", line.strip()) is not None
        and 6 <= len(line.split()) <= 40
        and not _MOVE_HINT.search(line)
        and not _PAST_TENSE.search(line)
    )


#: a past-tense verb: a regular "-ed" form, or a common irregular one
_PAST_TENSE = re.compile(r"\b(?:\w{2,}ed|led|fell|rose|hit|cut|said|sent|was|were|had|took|made|left|struck|saw|won|"
                         r"lost|sank|slid|drove|gave|came|went|held|kept|paid|sold|bought|told|brought|began|would)\b",
                         re.I)


def mask_noise(text: str) -> str:
    """Blank out disclaimers, share/comment widgets, bot introductions and captions.

    A disclaimer line blanks everything after it too: in this genre it closes the
    article, and what follows is boilerplate.
    """
    parts: list[str] = []  # built once: blanking line by line in a copy of the whole text was quadratic
    kept = pos = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        if body and (_NOISE_LINE.match(body) or _is_caption(body)):
            end = len(text) if re.match(r"^\W*disclaimer\b", body, re.IGNORECASE) else pos + len(line)
            parts += [text[kept:pos], _blank(text[pos:end])]
            kept = end
            if end == len(text):
                break
        pos += len(line)
    return "".join(parts) + text[kept:]


_TABLE_ROW = re.compile(r"(?m)^\|([^\n]*)\|(?=[ \t]*$)")


_DIGIT_WORDS = {w: str(n) for n, w in enumerate("zero one two three four five six seven eight nine".split())}
#: a figure read out with its decimals in digits, as KBS World writes it: "21-point-06", "four-point-47",
#: "four-thousand-129-point-68"
_SPOKEN_DECIMAL = re.compile(r"(?<![\w.,-])(?:(?P<thousands>zero|one|two|three|four|five|six|seven|eight|nine)-thousand-"
                             r"(?P<rest>\d{3})|(?P<word>zero|one|two|three|four|five|six|seven|eight|nine)|"
                             r"(?P<digits>\d{1,3}(?:,\d{3})*|\d+))-point-(?P<dec>\d+)(?![\w-])", re.I)


def _spoken_decimal(m: re.Match[str]) -> str:
    """The figure in digits, the spaces it saves before it (the text keeps its length).

    >>> [_SPOKEN_DECIMAL.sub(_spoken_decimal, t) for t in ("21-point-06", "four-point-47", "four-thousand-129-point-68")]
    ['      21.06', '         4.47', '                   4129.68']
    """
    if m.group("thousands"):
        whole = _DIGIT_WORDS[m.group("thousands").lower()] + m.group("rest")
    else:
        whole = _DIGIT_WORDS[m.group("word").lower()] if m.group("word") else m.group("digits")
    figure = f"{whole}.{m.group('dec')}"
    return " " * (len(m.group(0)) - len(figure)) + figure


def _split_decimals(text: str) -> str:
    """'3. 84 percent' -> ' 3.84 percent': the space moves before the figure, one character for one."""
    parts, last = [], 0
    for m in _SPLIT_DECIMAL.finditer(text):
        b = m.start()
        while b > 0 and b > m.start() - 3 and text[b - 1].isdigit():
            b -= 1
        if b == m.start() or b > 0 and (text[b - 1].isdigit() or text[b - 1] in ".,"):
            continue  # no whole part, or one of four digits or more ("in 2024. 84 percent of ...")
        parts += [text[last:b], " ", text[b:m.start()], ".", m.group(1)]
        last = m.end()
    return "".join(parts) + text[last:] if parts else text


#: thousands set apart by spaces, as South African and some European outlets print them: "closed at 52 309.2
#: points", "to 7 123" (a level after "at" or "to", or one with decimals or "points" after it; not "in 2023 100
#: companies", nor a count: "40 100-share")
_SPACED_THOUSANDS = re.compile(r"(?<![\w.,])\d{1,3}(?: \d{3})+(?!\w|[.,]\d{3}|,\d)")
#: two or more codes' brackets with their exchanges and no code: "(HK:)(OTC:)", "(HK: ) (NYSE: )"
_EMPTY_CODES = re.compile(r"\(\s?[A-Z]{2,8}\s?:\s?\)(?:\s?\(\s?[A-Z]{2,8}\s?:\s?\))+")
#: a backtick between letters, typed for an apostrophe
_BACKTICK_APOSTROPHE = re.compile(r"(?<=[A-Za-z])`(?=[A-Za-z])")
_LEVEL_LEADS = ("at ", "to ")
_SPACED_DIGITS = re.compile(r"\d \d\d\d")


def _spaced_thousands(m: re.Match[str]) -> str:
    """The figure with commas for its spaces (the text keeps its length), where it is a level."""
    figure = m.group(0)
    start = m.start()
    lead = m.string[max(0, start - 3):start]
    if lead not in _LEVEL_LEADS and not _SPACED_LEVEL_AFTER.match(m.string, m.end()):
        return figure
    before = m.string[m.string.rfind(" ", 0, max(0, start - 1)) + 1:max(0, start - 1)]
    if lead not in _LEVEL_LEADS and before in _NUMBERED_INDEX_STEMS:
        return figure  # an index's number, then the figure: a gapped "while the S&P 500 194.1 points or 3.2%, to 3,310"
    return figure.replace(" ", ",")


#: the names whose number is part of them ("S&P 500", "FTSE 100", "CSI 300"), before the figure of a gapped clause
_NUMBERED_INDEX_STEMS = frozenset({"S&P", "FTSE", "Stoxx", "STOXX", "CAC", "Nasdaq", "NASDAQ", "ASX", "Nifty", "NIFTY",
                                   "KSE", "AEX", "ISEQ", "SBF", "CSI", "Russell", "Topix", "TOPIX", "Kospi", "KOSPI"})


_SPACED_LEVEL_AFTER = re.compile(r"\.\d|\s?(?:points|point|pts)\b")


#: the common typo "it's" for "its" before a stock's nouns: "Kestrel saw it's stock price fall by 0.9 percent"
_ITS_TYPO = re.compile(r"\b([Ii]t)['\u2019]s(?= (?:stock|shares?|share price|price|market value)\b)")

#: "per cent" glued to the word after it: "3 per centto LE40.3"
_GLUED_PER_CENT = re.compile(r"(?<=\d )per cent(to|at|on|in|and)\b")
_GLUED_PER_CENT_COMMA = re.compile(r"(?<=\d )per cent,(?=\d)")


def working_text(text: str) -> str:
    """The text extraction reads: normalised, noise blanked, same length as ``text``."""
    out = mask_noise(normalise_chars(text))
    out = _LIST_GLUE.sub(lambda m: m.group(1) + " " * len(m.group(2)), out)
    if "*" in out:  # AFP's "*Seoul closed up 0.28 percent": an asterisk bullet, read as the bullet it stands for
        out = _STAR_BULLET.sub(lambda m: m.group(1) + "\u2022", out)
    # "**Heading** Body text": the heading ends a sentence of its own.
    if "**" in out:  # _HEADING finds nothing without it
        out = _HEADING.sub(lambda m: m.group(1) + "  " + m.group(2) + "\n\n", out)
    if "**" in out or "__" in out or "#" in out or ">" in out:  # _MARKDOWN finds nothing without them
        out = _MARKDOWN.sub(lambda m: " " * len(m.group(0)), out)
    if "|" in out:  # a markdown table row reads as one quote line: "Sensex, 82,029.98, -0.36%"
        out = _TABLE_ROW.sub(lambda m: " " + m.group(1).replace("|", ",") + " ", out)
    out = _unwrap(out)
    if "/zigman2/" in out:  # MarketWatch's inline quote: "The Dow Jones Industrial Average /zigman2/quotes/210598065/realtime DJIA +0.12% shed"
        out = _MW_QUOTE.sub(lambda m: " " * len(m.group(0)), out)
    if "<" in out:  # read as a code in round brackets is: "Vodafone (VOD.L) fell"
        out = _ANGLED_CODE.sub(lambda m: "(" + m.group(1) + ")", out)
    if ". " in out:  # a stray space inside a figure: "fell 448.35 points, or 3. 84 percent" (Xinhua)
        out = _split_decimals(out)
    if ":)" in out or ": )" in out:  # codes a web copy lost, their exchanges left, two or more in a row: Investing.com's
        # "Tencent Holdings (HK:)(OTC:) rose 1.32%" (blanked; one alone is read as a code: "Itau Unibanco (SA:) PN")
        out = _EMPTY_CODES.sub(lambda m: " " * len(m.group(0)), out)
    if "minus " in out:  # Antara's "declined minus 0.77 percent and minus 0.76 percent": the sign spelt out
        out = _MINUS_WORD.sub(_minus_sign, out)
    if "`" in out:  # the Dong-A Ilbo's "Moody`s" and "Standard & Poor`s": a backtick for an apostrophe
        out = _BACKTICK_APOSTROPHE.sub("'", out)
    if _SPACED_DIGITS.search(out):  # _SPACED_THOUSANDS finds nothing without them
        out = _SPACED_THOUSANDS.sub(_spaced_thousands, out)
    if "-point-" in out:  # KBS World's read-out figures: "climbed 21-point-06 points", "to close at 919-point-67"
        out = _SPOKEN_DECIMAL.sub(_spoken_decimal, out)
    if "(up " in out or "(down " in out:
        out = _GLUED_MOVE.sub(lambda m: " " + m.group(1) + " ", out)
    if "-index" in out:
        out = _GLUED_INDEX.sub(" ", out)
    if "hilst" in out:  # Puls Biznesu's "up 4.3 percent on the day whilst the WIG closed up 3.4 percent": "while",
        # the same length with a space after it
        out = _WHILST.sub(lambda m: m.group(1) + "hile ", out)
    if ")-" in out or ")\u2013" in out or ")\u2014" in out:  # CNA's dateline "Taipei, Oct. 11 (CNA)-Taiwan shares
        # closed": the agency's credit, then its dash glued to the story's first word
        out = _GLUED_CREDIT_DASH.sub(lambda m: m.group(1) + " ", out)
    if "t's " in out or "t\u2019s " in out:  # "it's stock": "its " and a space, the same length
        out = _ITS_TYPO.sub(lambda m: m.group(1) + "s ", out)
    if "per cent" in out:  # Ahram Online's "dropped, down by 3.5 per centto LE40.3": "percent to", the same length; the
        # Times of Oman's "1.38 per cent,1.32 per cent": "percent, 1.32"
        out = _GLUED_PER_CENT.sub(lambda m: "percent " + m.group(1), out)
        out = _GLUED_PER_CENT_COMMA.sub("percent, ", out)
    if "Report" in out and "- Get " in out:  # TheStreet's quote widget after each code: "Halliburton  (HAL) - Get Free Report shares"
        out = _FREE_REPORT.sub(lambda m: " " * len(m.group(0)), out)
    if ": " in out and ("ACTION:" in out or "THE " in out or "KEY " in out or "LINE:" in out or "NEXT:" in out
                        or "MATTERS:" in out):  # _SECTION_LABEL finds nothing without one of its words
        out = _SECTION_LABEL.sub(lambda m: " " * len(m.group(0)), out)
    if ":" in out[:_SLUG_SPAN]:  # a slug heads the story and ends in a colon: only the head is searched
        out = _SLUG.sub(lambda m: " " * len(m.group(0)), out[:_SLUG_SPAN]) + out[_SLUG_SPAN:]
    if ") -" in out or "LEAD)" in out or "(ATTN:" in out or "(URGENT)" in out \
            or ") " in out[:_SLUG_SPAN] or "] " in out[:_SLUG_SPAN] or "Market Eye" in out:  # _WIRE_TAG finds nothing
        # without (a dateline, an outlet's tag in the lead or a column's label)
        out = _WIRE_TAG.sub(_blank_wire_tag, out)
    if "(>> " in out:
        out = _QUOTE_LINK.sub(lambda m: " " * len(m.group(0)), out)
    if "opens new tab" in out:  # Reuters' web pages after each linked code: "Kite (6123.TW), opens new tab was down"
        out = _NEW_TAB.sub(lambda m: " " * len(m.group(0)), out)
    for ch in HEADING_BREAK:
        out = out.replace(ch, "\n")
    out = out.replace(" -- ", " -  ")  # AP's dash between clauses: the spaced dash other outlets write
    if out.count(" - ") > 1:  # an aside between two dashes reads as one between commas: "closed at 15,699.97 - lowest
        # since November 3, 2009 - down 365.45 points or 2.27 per cent"
        out = _DASHED_ASIDE.sub(_dashed_aside, out)
    if ", +" in out or ", -" in out:  # in every quote widget: _QUOTE_WIDGET finds nothing without them
        out = _QUOTE_WIDGET.sub(lambda m: " " * len(m.group(0)), out)
    if " +" in out or " -" in out:
        out = _BARE_QUOTE_WIDGET.sub(lambda m: " " * len(m.group(0)), out)
    if "%)" in out:
        out = _BRACKET_QUOTE.sub(lambda m: m.group(1) + " " * len(m.group(2)), out)
    if " SPX" in out or " COMP" in out or " RUT" in out or " NDX" in out:  # (after the widgets: "COMP -0.72%" is one)
        out = _MW_INDEX_CODE.sub(lambda m: " " * len(m.group(0)), out)
    assert len(out) == len(text)
    return out
