"""Percentages, money, share counts, price levels and tickers, read with regular
expressions over the working text and attached to the Doc as spans.

>>> [(q.kind, q.value) for q in find_quantities("fell 4.65% to HKD 147.60, turnover HK$20.9bn")]
[('PERCENT', 4.65), ('MONEY', 147.6), ('MONEY', 20900000000.0)]
>>> [(q.kind, q.value, q.approx) for q in find_quantities("advanced between ~4-6%")]
[('RANGE', None, True)]
>>> [(q.kind, q.value) for q in find_quantities("(+4.35%) and (-1.2 per cent)")]
[('PERCENT', 4.35), ('PERCENT', -1.2)]
>>> [(q.kind, q.value) for q in find_quantities("lost just over one percent, then half a percent")]
[('PERCENT', 1.0), ('PERCENT', 0.5)]
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from marketkg.loaders.scan import finditer, folded
from marketkg.loaders.token_table import doc_text
from marketkg.loaders.tokenizer_rules import GLUED_WORDS

__all__ = ["RIC_SUFFIXES", "CURRENCY_CODES", "Quantity", "find_quantities", "parse_number", "TICKER", "quantities_component", "quantity_spans",
           "quantity_tokens"]

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_PCT_WORD = r"(?:\s?%|[\s-]?per\s?cent\b|[\s-]?percent\b|\s?pct\b|\s?pc\b|\s?percentage points?\b|\s?pp\b)"
_RANGE = re.compile(rf"(?P<tilde>~\s?)?(?P<a>{_NUM})\s?%?\s?(?:-|to)\s?(?P<b>{_NUM}){_PCT_WORD}", re.I)
# "2 1/2 percent" (AP and VOA write a mixed fraction)
_MIXED = r"(?:\s(?P<frac>1/2|1/4|3/4|1/3|2/3))?"
_FRACTION_VALUES = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "1/3": 1 / 3, "2/3": 2 / 3}
# "fell 1,1 percent", "up 0,45%": a comma before one or two digits and a percent is a decimal comma
# ("1,100 percent" has three digits after it: a thousands separator)
_DECIMAL_COMMA = re.compile(rf"(?<![\w.,])(?:(?P<sign>[+\-])\s?)?(?P<int>\d{{1,3}}),(?P<dec>\d{{1,2}}){_PCT_WORD}",
                            re.I)
_PERCENT = re.compile(rf"(?P<tilde>~\s?)?(?:(?P<sign>[+\-])\s?)?(?P<num>{_NUM}){_MIXED}{_PCT_WORD}", re.I)
# figures written in words: "three percent", "six-point-two percent", "four and a half percent",
# "a fifth of a percent", "one-half of one percent" (VOA and AP spell figures out; Reuters does not)
_UNITS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * n for n, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if n > 1}
_FRACTIONS = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
              "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1}
_UNIT_RX = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_RX = "|".join(_TENS)
_CARDINAL = rf"(?:(?:{_TENS_RX})(?:[- ](?:{_UNIT_RX}))?|{_UNIT_RX})"
_FRACTION_RX = "|".join(sorted(_FRACTIONS, key=len, reverse=True))
_WORD_PCT = r"(?:\s|-)(?:percentage\spoints?|percent|per\s?cent|%)(?![\w-])"
_WORD_FIRST = "(?=[aefhnostz])"  # the first letters of the words below: spares trying them all at each position
_WORD_PERCENT = re.compile(
    rf"(?<![\w-]){_WORD_FIRST}(?:"
    rf"(?P<int>{_CARDINAL})(?:[- ]point[- ](?P<dec>(?:{_UNIT_RX})(?:[- ](?:{_UNIT_RX}))*))?"
    # (VOA's "five and half percent", the article dropped)
    # (and CNBC's "one-and-three quarter percent": a count of the fraction after "and")
    rf"(?:[\s-](?:and[\s-](?:(?:a|one|(?P<andnum>two|three))[- ])?|(?:a|one)[- ])"
    rf"(?P<andfrac>half|quarters?|thirds?))?{_WORD_PCT}"
    rf"|(?:(?P<fnum>a|one|two|three|four|seven|nine)[- ](?P<frac>{_FRACTION_RX})|half)"
    rf"(?:\s(?:of\s)?(?:a|one))?{_WORD_PCT}"
    # after a hedge: "each slipping by less than a percent", "nearly a full percent"
    rf"|(?:(?<=than\s)|(?<=about\s)|(?<=nearly\s)|(?<=almost\s)|(?<=over\s)|(?<=under\s)|(?<=around\s)"
    rf"|(?<=roughly\s)|(?<=by\s)|(?=a\sfull\s)|(?=a\spercentage\spoint))(?P<apct>a)(?:\sfull)?{_WORD_PCT}"
    rf"(?P<ahalf>\sand\sa\shalf)?"  # (and AP's "the Nasdaq gained a full percentage point", hedged or not)
    rf")", re.I)


#: a share of a stock's value: AP's "lost about a fifth of its value", "shed half their market value" (a percent)
_VALUE_SHARE = re.compile(
    rf"(?<![\w-])(?:(?P<fnum>a|one|two|three)[- ](?P<frac>{_FRACTION_RX})(?:\sof)?|(?P<half>half)(?:\sof)?)"
    r"\s(?:its|their)\s(?:market\s)?value\b", re.I)


def _value_share(m: re.Match[str]) -> float:
    """The percent a ``_VALUE_SHARE`` figure states.

    >>> [_value_share(_VALUE_SHARE.search(t)) for t in ("lost about a fifth of its value", "half their market value",
    ...  "two-thirds of its value")]
    [20.0, 50.0, 66.67]
    """
    if m.group("half"):
        return 50.0
    count = {"a": 1, "one": 1}.get(m.group("fnum").lower()) or _UNITS[m.group("fnum").lower()]
    return round(100 * count * _FRACTIONS[m.group("frac").lower()], 2)


#: KBS World's figures read out, the decimals in digits: "zero-point-34 percent", "seven-point-29 percent"
_POINT_DIGITS = re.compile(rf"(?<![\w-])(?P<int>{_CARDINAL})[- ]point[- ](?P<dec>\d+){_WORD_PCT}", re.I)


def _point_digits_value(m: re.Match[str]) -> float:
    """The value of a ``_POINT_DIGITS`` figure.

    >>> [_point_digits_value(_POINT_DIGITS.search(t)) for t in ("zero-point-34 percent", "seven-point-29 percent",
    ...  "twenty-one-point-5 percent")]
    [0.34, 7.29, 21.5]
    """
    return float(f"{_cardinal_value(m.group('int')):.0f}.{m.group('dec')}")


def _cardinal_value(words: str) -> float:
    """The value of a cardinal in words: "twenty-one" -> 21.0."""
    return float(sum(_TENS.get(p, 0) + _UNITS.get(p, 0) for p in re.split(r"[- ]", words.lower())))


def _word_value(m: re.Match[str]) -> float | None:
    """The value of a figure written in words (see ``_WORD_PERCENT``).

    >>> [_word_value(_WORD_PERCENT.search(t)) for t in ("three percent", "six-point-two percent",
    ...  "four and a half percent", "a fifth of a percent", "one-half of one percent", "twenty-five per cent",
    ...  "five and half percent", "one-and-three quarter percent")]
    [3.0, 6.2, 4.5, 0.2, 0.5, 25.0, 5.5, 1.75]
    """
    if m.group("int"):
        value = _cardinal_value(m.group("int"))
        if m.group("dec"):
            digits = "".join(str(_UNITS[d]) for d in re.split(r"[- ]", m.group("dec").lower()) if _UNITS.get(d, 10) < 10)
            value += float(f"0.{digits}") if digits else 0.0
        if m.group("andfrac"):
            count = _UNITS[m.group("andnum").lower()] if m.group("andnum") else 1
            value += round(count * _FRACTIONS[m.group("andfrac").lower()], 2)
        return value
    if m.group("frac"):
        count = {"a": 1, "one": 1}.get(m.group("fnum").lower()) or _UNITS[m.group("fnum").lower()]
        return round(count * _FRACTIONS[m.group("frac").lower()], 2)
    if m.group("apct"):
        return 1.5 if m.group("ahalf") else 1.0  # "less than a percent", Mint's "almost a per cent and a half"
    return 0.5  # "half a percent"


def _letter_sign(letter: str) -> str:
    """A one-letter currency sign glued to a price, as Manila's and Lagos' wraps print the peso and the naira: with two
    decimals ("P28.15", "N18.88"), with thousands ("P1,050", "N1,350"), or a bare number after "at" or "to" ("to close
    at N15", "to P245"; not "N95 masks", "the P2 line")."""
    return (rf"{letter}(?=\d[\d,]*\.\d\d\b)|{letter}(?=\d{{1,3}}(?:,\d{{3}})+(?![\d.,]\d))"
            rf"|(?<=\b(?:at|to) ){letter}(?=\d{{1,4}}(?![\d.,]\d))")


_CUR_SIGNS = r"HK\$|US\$|S\$|A\$|NT\$|C\$|R\$|RMB|CNY|HKD|USD|JPY|EUR|GBP|SGD|AUD|INR|KRW|AED|VNĐ|VND|RM|Dh|QR|SR|KSh|Sh(?=\d)|Rp|Rs\.?\s?|R(?=\d)|K[cč](?=\d)|PHP|" \
    + _letter_sign("P") + "|" + _letter_sign("N") + r"|P(?=\d[\d,.]*\s?(?:billion|million|trillion)\b)|₱|₹|₩|\$|€|£|¥"
_SCALE = r"lakh crore|trillion|billion|million|thousand|crore|lakh|tn|bn|mn|mln|mil|cr|m|b|k"  # crore, lakh: India
#: the ISO codes of currencies, which the text may write after a figure (Asia Economy's "Samsung Electronics closed at
#: 52,900 KRW, up 0.57%") and which are no company's name ("SEK 15 million")
CURRENCY_CODES = frozenset("""
KRW USD HKD JPY EUR GBP INR CNY RMB SGD AUD AED SAR QAR VND IDR PHP MYR THB TWD CHF CAD SEK NOK DKK PLN CZK HUF ZAR
NGN KES EGP TRY BRL MXN""".split())
_CODES_AFTER = "|".join(sorted(CURRENCY_CODES))
#: the signs and codes before a figure, with the codes _CUR_SIGNS lacks: Soko Directory's "unchanged at KES 15.10", TT's "SEK 15 million"
_CUR = _CUR_SIGNS + "|" + "|".join(sorted(code for code in CURRENCY_CODES
                                         if not re.search(rf"(?:^|\|){code}(?:\||$)", _CUR_SIGNS)))
_MONEY = re.compile(
    rf"(?:(?<![A-Za-z])(?P<cur>{_CUR})\s?(?P<num>{_NUM})(?:\s?(?P<scale>{_SCALE})\b)?"
    rf"|(?P<num2>{_NUM})\s?(?P<scale2>{_SCALE})?\s(?P<cur2>yuan|hkd|HKD|dollars|HK dollars|Hong Kong dollars|yen|euros|won|rupees|Swiss francs|francs|pounds|baht|ringgit|rupiah|pesos|reais|rand|rubles|roubles|dirhams|riyals|dong|kronor|kroner|krona|krone|zlotys|zloty|liras|lira|shekels|{_CODES_AFTER})\b)",
)
_SHARES = re.compile(rf"(?P<num>{_NUM})\s?(?P<scale>{_SCALE})?\s(?:(?:[A-Z]-|H-|A-|class [AB] )?shares|share units)\b")
#: a ticker: 9988.HK anywhere, or a code/symbol in brackets after a name: (700.HK), (BABA), (NYSE: BABA)
#: the exchanges named before a code: "(NYSE: BABA)", "[JSE:L4L]"
_EXCHANGES = (
    r"HKEX|HKG|HK|SEHK|NYSE|NASDAQ|Nasdaq|NYSE American|SHA|SHE|SH|SZ|SSE|SZSE|TYO|TSE|LSE|KRX|ASX|NSE|BSE"
    r"|TSX|LON|ETR|EPA|XETRA|SGX|KOSDAQ|TWSE|SIX|BIT|BME|AMS|STO|JSE|TASE|TADAWUL|DFM|ADX|EGX|BIST|MOEX|IDX|PSE|SET"
    r"|HOSE|KLSE|NZX|TSXV|OTC|DE|PA|AS|MC|MI|SW|ST|HE|CO|OL|BR|LS|VI|IR|WA|IS|CBOE|Xetra|Euronext|Other OTC"
    r"|BUL|BVB|WSE|BUD|ZSE|LJSE"  # SeeNews' "Central Cooperative Bank [BUL:4CF]"; Bucharest, Warsaw, Budapest, Zagreb
    # Euronext's Lisbon, Brussels and Amsterdam, Sao Paulo's B3, Mexico's BMV, Athens, Milan and the Nordic exchanges
    r"|ELI|EBR|EAM|BVMF|BMV|ATH|ATHEX|MIL|HEL|CPH|OSL|VIE"
    r"|L|T|F|J|SA|SS|NS|BO|TO|AX|KS|SI|TW"  # Investing.com's: "Lloyds (L:LLOY)", "Toyota (T:7203)", "Reliance (NS:RELI)"
    # CNBC's spelled-out exchange: "(Tokyo Stock Exchange: 7269.T-JP)", "(Korea Exchange: 005930-KR)"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} (?:Stock )?Exchange|Euronext(?: [A-Z][a-z]+)?|Nasdaq(?: [A-Z][a-z]+)+")
TICKER = re.compile(
    r"(?P<bare>\b\d{1,5}\.HK\b)"
    rf"|\(\s*(?:(?P<exch>{_EXCHANGES})?"
    r"\s*:\s*)?"  # (and CNBC's lost exchange: "Metso (:METSO-FI)")
    # Reuters instrument codes too: (.HSI), (.N225), (7203.T), (005930.KS), (RELIANCE.NS), (NVDA.O); MT Newswires'
    # "(0669:HK)"
    r"(?P<code>\d{1,5}(?:\.HK|:HK)?|[A-Z]{1,5}:US|\d{6}\.S[HZ]|\.[A-Z][A-Z0-9]{1,9}|\d{4,6}\.(?:T|TW|KS|KQ|SS|SZ|SI|KL|BK)"
    r"|[A-Z][A-Z0-9&]{0,9}[ab]?\.(?:NS|BO|AX|L|PA|DE|AS|MI|SW|TO|SI|KL|BK|JK|SA|MX|MC|ST|CO|HE|OL|BR)"  # ("NOVOb.CO")
    # (Bloomberg's six-letter codes: "Pandora (PNDORA) A/S"; Investing.com's "(DE: IFXGn )": a Reuters class letter)
    r"|[A-Z]{1,6}(?:\.[A-Z]{1,2})?|[A-Z]{2,5}n"
    r"|[A-Z]{1,2}&[A-Z]{1,2}(?<!S&P)"  # an Indian wire's short name in brackets: "Larsen & Toubro (L&T)", "(M&M)"
    r"|(?(exch)[A-Z0-9][A-Z0-9]{1,5}(?:n|_p)?|(?!))"  # ("(DE:ENR1n)", "(DE:1COVG)", "(DE:VOWG_p)")
    r"|(?(exch)[A-Z0-9]{1,3}[0-9][A-Z0-9]{0,2}|(?!))"  # an exchange's letters and digits: "(SGX:BS6)", "(SGX: D05)"
    r"|\d{4,6}\.[A-Z]{1,3}|[A-Z]{3,6}=|[A-Z]{1,4}c[12]"  # "(1120.SE)", commodities' "(XAU=)", "(CLc1)"
    r"|[A-Z0-9]{1,6}(?:/[A-Z])? (?:US|UN|UW|UQ|JP|JT|HK|LN|GY|FP|CN|AU|KS|SW|NA|IM|SM|TT|SP"  # Bloomberg's "(BAC US)"
    r"|CC|MM|BZ|AR|PE|CB|IN|IJ|TB|MK|PM|SJ|RM|TI|AB|QD|ID|FH|DC|NO|SS|PW|GA|AV|BB|PL|NZ|CH|IT|LI))"  # ("(CHILE CC)")
    r"(?:-[A-Z]{2}(?![A-Za-z]))?(?:\s*-\s*news)?"  # CNBC's country suffix "7269.T-JP"; Yahoo's "(Xetra: S7E.DE - news)"
    # the same stock's code on a second exchange: "(NYSE: TEVA; TASE: TEVA)" (Globes)
    r"(?:\s*;\s*[A-Z]{2,8}\s*:\s*[A-Z0-9.]{1,10})?"
    r"(?:\s*,\s*Fortune (?:Global )?[1-9]00{1,2})?"  # CNNMoney's "Home Depot (HD, Fortune 500)"
    # Reuters' web pages' "(ANTO.L: Quote, Profile, Research, Stock Buzz)", its links lost in copies ("(ANTO.L: )"),
    # and TheStreet's exchange after the code: "(BBBB:Nasdaq)"
    # (a bare colon only after a Reuters code: Investing.com's "Vale ON (SA:)" is an exchange whose code was lost)
    r"(?:\s*:\s*(?:Quote, Profile, Research(?:, Stock Buzz)?|Nasdaq|NYSE|Amex|AMEX|NASDAQ)|(?:(?<=\.[A-Z])|(?<=\.[A-Z]{2})):\s*)?"
    r"\s*\)"
)
# the characters each pattern's matches can start with (see marketkg.loaders.scan); a digit only
# where what follows the figure can still fit (a look-ahead tried in C spares a full match try).
# Each opens with one character class, which re scans for in C, and its look-arounds hold only
# what every match starting there must have: a sign or "~"; a digit whose run of figure
# characters goes on to a percent word ("%", or "pe", "pc", "pp" in any case: per cent, percent,
# pct, pc, percentage point, pp); a currency's symbol with a digit at most four characters on,
# or a currency code's capital followed by the code's second character (K S $ T M N P U B G R s E h p c č:
# HK$ US$ S$ A$ NT$ C$ R$ RMB CNY HKD USD JPY EUR GBP SGD AUD INR KRW AED VND RM Dh QR SR Rp Rs) and a
# digit at most three characters further ("Rs. " and a space), or South Africa's R or the Philippines' P right before a digit; a figure followed by a currency word
# (the first three characters of yuan dollars "HK dollars" Hong yen euros won rupees Swiss francs
# pounds baht ringgit rupiah pesos reais rand rubles roubles dirhams riyals dong kronor kroner zloty lira shekels), after at most a two-word scale ("lakh crore"); "(" or a bare HKEX
# code's digits before ".HK". A digit of a level or a date, or a capital opening a name, is no
# candidate any more: a fifth of them are left.
_RANGE_FIRST = re.compile(r"[~\d](?:(?<=~)|(?=[\d,.]*\s?%?\s?(?:-|to)))", re.I)
_SHARES_FIRST = re.compile(r"\d(?=[\d,.]*\s?[a-z]*\s(?:[A-Z]-|class [AB] |share))")
#: a figure in words ends in a letter before its percent word: a text with none has no such figure
_WORD_PCT_HINT = re.compile(r"[a-z](?:\s|-)(?:percent|per\s?cent|%)", re.I)  # ("percentage point" opens "percent")
# Where a figure in words can start (see _word_figure_starts): its percent word stands after white
# space or "-" and opens with "per" or "%" (found as literals, in C); the figure's words hold no
# digit, "_" or punctuation, so it opens after the last such character before its percent word,
# at a word's first letter (_WORD_PERCENT's look-behind and first letters)
_PCT_WORD_AT = re.compile(r"[\s-](?:percent|per\s?cent|%)", re.I)
_PER, _PCT_SIGN = re.compile("per"), re.compile("%")
_HINT_LETTER = re.compile("[a-z]", re.I)
_WORD_OPEN = re.compile(r"(?<![\w-])[aefhnostz]", re.I)
_LAST_BREAK = re.compile(r"[\s\S]*(?:[^\w\s-]|[\d_])")
_WORD_REACH = 200  # further back than this from a percent word with no break: the plain scan
_PERCENT_FIRST = re.compile(r"[~+\-\d](?:(?<=[~+\-])|(?=[\d,.]*[\s-]?(?:[1-3]/[2-4]\s?)?(?:%|[pP][eEcCpP])))")
_DECIMAL_COMMA_FIRST = re.compile(r"[+\-\d](?:(?<=[+\-])|(?=\d{0,2},\d{1,2}\s?(?:%|[pP][eEcC])))")
_MONEY_FIRST = re.compile(r"[HUSANCRJEGKIDQPVZTMBFL₱₹₩$€£¥\d](?:(?<=[A-Z])(?=[KS$TMNPUBGRsEhpcč][\s\S]{0,3}\d)"
                          r"|(?<=[A-Z])(?=[A-Z]{2}\s?\d)|(?<=[RPN])(?=\d)"  # (a code: "ZAR 98.50", "TRY 3.2")
                          r"|(?<=[₱₹₩$€£¥])(?=[\s\S]{0,4}\d)"
                          r"|(?<=\d)(?=[\d,.]*\s?(?:[a-z]+(?: [a-z]+)?)?\s"
                          r"(?:yua|hkd|HKD|dol|HK |Hon|yen|eur|won|rup|Swi|fra|pou|bah|rin|pes|rea|ran|rub|rou|dir|riy|don|kro|zlo|lir|she"
                          rf"|{_CODES_AFTER})))")
#: a Reuters instrument code standing bare after a company's name, as syndicated copies print it ("Al Rajhi
#: Bank 1120.SE gaining 1%", "Emaar Malls EMAA.DU", "Apple AAPL.O"; the original's "<1120.SE>" too): digits or
#: capitals, a dot and an exchange's suffix, with white space, "(" or "<" before it. Found from its dot and
#: capital (a literal the scan jumps to in C), then read back to the code's start: a pattern tried at every
#: character cost 5% of an extraction.
#: a move's word glued to the figure after it ("was up1.1%"; the tokenizer splits them: tokenizer_rules.GLUED_WORD)
_GLUED_WORD = re.compile(rf"(?<![\w-])(?:{'|'.join(GLUED_WORDS)})$")
_RIC_DOT = re.compile(r"\.[A-Z]")
#: the exchange suffixes of Reuters codes
RIC_SUFFIXES = frozenset(
    "SE DU AD QA CA KW BH OM T TW TWO KS KQ SS SZ SI KL BK JK PS HM HN NS BO AX NZ L PA DE AS MI SW S TO V SA MX MC ST CO "
    "HE OL BR LS AT VI IR WA IS J JO TA N O OQ K MM LG NR KA CM".split())  # (Lagos, Nairobi, Karachi, Colombo)
_BARE_RIC = re.compile(
    rf"(?P<code>(?:\d{{4,6}}|[A-Z][A-Z0-9]{{1,11}}(?:_?[a-z])?)\.(?:{'|'.join(sorted(RIC_SUFFIXES, key=lambda x: (-len(x), x)))}))"
    r"(?!\w|\.\w)")
_RIC_BEFORE = frozenset(" \t\n(<\u00a0")
_GLUED_CODE = re.compile(r"[a-z]{3}(?=[A-Z][A-Z0-9]{1,5}[a-z]?$)")


#: Reuters codes of a commodity or a currency after its name: "The price of gold XAU= declined", "oil CLc1 settled"
_COMMODITY_RIC = re.compile(r"(?<![^\s(<])(?P<code>[A-Z]{3,6}=|[A-Z]{1,4}c[12])(?![\w=])")  # (front and second month)


_EMPTY_CODE = re.compile(r"\(\s?[A-Z]{2,8}\s?:\s?\)")


def _commodity_codes(text: str):
    if "=" in text or "c1" in text or "c2" in text:
        yield from _COMMODITY_RIC.finditer(text)


def _bare_codes(text: str):
    """The matches of ``_BARE_RIC`` that stand as words of their own (see above)."""
    for dot in _RIC_DOT.finditer(text):
        at = b = dot.start()
        while b > 0 and at - b <= 30 and (text[b - 1].isalnum() and text[b - 1].isascii() or text[b - 1] == "_"):
            b -= 1
        if b == at or b > 0 and text[b - 1] not in _RIC_BEFORE:
            continue
        glued = _GLUED_CODE.search(text, b, at) if not text[b:at].isupper() else None
        if glued is not None:
            b = glued.end()  # glued to the name before it: "PhilipsPHG.AS" (the tokenizer splits it there too)
        m = _BARE_RIC.match(text, b)
        if m is not None:
            yield m


#: Benzinga's code printed bare after a name's corporate tail: "Valhi, Inc. VHI up 5 percent", "Akorn, Inc. AKRX shares
#: dropped" (not "Apple Inc. CEO Tim Cook": a title)
_TAIL_CODE = re.compile(r"\b(?:Inc|Corp|Ltd|Co|plc|Plc|PLC|LLC|Limited|Corporation|Holdings)\.?,? (?P<code>[A-Z]{2,5})"
                        r"(?: (?P<code2>[A-Z]{2,4}[FY]))?(?=[ ,])")  # (and its US over-the-counter code: "BABA BABAF")
_NOT_CODES = frozenset({"CEO", "CFO", "COO", "CTO", "CIO", "USA", "US", "UK", "EU", "IPO", "ADR", "ADRS", "ETF", "NYSE",
                        "AI", "EV", "EVS", "AND", "THE", "FDA", "SEC", "GDP", "ESG", "NASDAQ", "OTC", "LSE", "TSX", "ASX"})
_TICKER_FIRST = re.compile(r"[\d(](?:(?<=\()|(?=\d{0,4}\.HK))")
_SCALES = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6,
           "mln": 1e6, "mil": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3, "lakh crore": 1e12, "crore": 1e7, "cr": 1e7, "lakh": 1e5}
_CURRENCY = {"HK$": "HKD", "HKD": "HKD", "US$": "USD", "USD": "USD", "$": "USD", "RMB": "RMB", "CNY": "RMB",
             "yuan": "RMB", "JPY": "JPY", "yen": "JPY", "¥": "JPY", "EUR": "EUR", "€": "EUR", "euros": "EUR",
             "GBP": "GBP", "£": "GBP", "S$": "SGD", "SGD": "SGD", "A$": "AUD", "AUD": "AUD", "NT$": "TWD",
             "C$": "CAD", "won": "KRW", "rupees": "INR", "Swiss francs": "CHF", "hkd": "HKD", "francs": "CHF", "pounds": "GBP", "baht": "THB",
             "ringgit": "MYR", "rupiah": "IDR", "pesos": "MXN", "reais": "BRL", "rand": "ZAR", "INR": "INR", "Rs": "INR", "Rs.": "INR", "₹": "INR", "KRW": "KRW", "₩": "KRW", "dollars": "USD", "HK dollars": "HKD", "Hong Kong dollars": "HKD",
             "R$": "BRL", "R": "ZAR", "VND": "VND", "VNĐ": "VND", "dong": "VND", "PHP": "PHP", "P": "PHP", "₱": "PHP", "AED": "AED", "N": "NGN", "Dh": "AED", "dirhams": "AED", "RM": "MYR", "QR": "QAR", "SR": "SAR",
             "riyals": "SAR", "Rp": "IDR", "rubles": "RUB", "roubles": "RUB",
             "Kc": "CZK", "Kč": "CZK",  # (ČTK's "Kestrel Bank ... to Kc1,415 per share")
             # (Bloomberg's Nordic wraps: Swedish kronor, Danish and Norwegian kroner)
             "kronor": "SEK", "krona": "SEK", "kroner": "DKK", "krone": "DKK", "zloty": "PLN", "zlotys": "PLN",
             "lira": "TRY", "liras": "TRY", "shekels": "ILS"}


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity found in text: kind, span, parsed value, and how it was written."""

    kind: str  # PERCENT, RANGE, MONEY, SHARES, TICKER
    start: int
    end: int
    value: float | None
    text: str
    approx: bool = False
    signed: bool = False
    currency: str | None = None
    code: str | None = None


def parse_number(text: str) -> float | None:
    """'25,222.02' -> 25222.02; anything that is not a plain finite number -> None."""
    first = text[:1]
    if not first or not (first.isdecimal() or first in "+-.iInN" or first.isspace()):
        return None  # a word ("the", ","): float() would raise, and the rules ask it of every word
    if "," in text and "." in text and _CONTINENTAL.fullmatch(text):
        text = text.replace(".", "").replace(",", ".")  # the Times of Malta's "to 15.089,74 points"
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


#: a figure written the continental way, dots between the thousands and a decimal comma: "15.089,74"
#: (read the English way it is no number: a comma after the decimals)
_CONTINENTAL = re.compile(r"\d{1,3}(?:\.\d{3})+,\d{1,3}")


def _word_figure_starts(text: str) -> list[int] | None:
    """Every place a match of ``_WORD_PERCENT`` can start, in order (more places, never fewer),
    for :func:`marketkg.loaders.scan.finditer`; none when ``_WORD_PCT_HINT`` finds nothing;
    None where only the plain scan is sure (a text :func:`folded` refuses, or a run of words
    longer than ``_WORD_REACH`` before a percent word). The plain scan tried the pattern at
    every position of each text with a figure in words, and the hint at every letter."""
    low = folded(text)
    if low is None:
        return None
    ats = sorted({m.start() - 1 for rx, guide in ((_PER, low), (_PCT_SIGN, text)) for m in rx.finditer(guide)})
    ats = [p for p in ats if p >= 0 and _PCT_WORD_AT.match(text, p)]
    if not any(p >= 1 and _HINT_LETTER.match(text, p - 1) for p in ats):
        return []
    starts: set[int] = set()
    done = 0  # the word openings before the last percent word are in starts already
    for p in ats:
        lo = max(done, p - _WORD_REACH)
        brk = _LAST_BREAK.match(text, lo, p)
        if brk is None and lo > done:
            return None
        starts.update(map(re.Match.start, _WORD_OPEN.finditer(text, lo if brk is None else brk.end(), p)))
        done = p
    return sorted(starts)


#: a plain figure before a percent and "and": "rose 2.37 and 2.08 per cent", "6.4, 5.9 and 3 per cent,
#: respectively" (one percent word for the list); a figure of at most two whole digits, after no
#: currency sign, decimal point or word character
_SHARED_UNIT = re.compile(r"(?<![\w.,$€£¥])(?P<num>\d{1,2}(?:\.\d+)?)(?P<joint>,\s?|,?\sand\s)$")
_SHARED_REACH = 16


#: a figure in words sharing the next one's percent word: "four and three per cent"
_SHARED_UNIT_WORD = re.compile(r"(?<![\w-])(?P<num>zero|one|two|three|four|five|six|seven|eight|nine|ten)"
                               r"(?P<joint>,\s?|,?\sand\s)$", re.I)


def _shared_unit(text: str, q: Quantity, add, pattern: re.Pattern[str] = _SHARED_UNIT) -> None:
    """Add the figures that share the percent word of ``q`` ('2.37 and 2.08 per cent'; with
    ``_SHARED_UNIT_WORD``, Business Standard's 'four and three per cent'), right to left; the last
    joint is an 'and' ('between 2 and 3 percent' is one figure of a range; '80.12, or 0.3%' is points)."""
    end = q.start
    while end > 1 and text[end - 1] in " ,dna":
        m = pattern.search(text, max(0, end - _SHARED_REACH), end)
        if m is None or end == q.start and m.group("joint")[-2:] != "d " \
                or text[max(0, m.start() - 8):m.start()].lower() == "between ":
            return
        num = m.group("num")
        value = float(num) if num[:1].isdigit() else float(_UNITS[num.lower()])
        add(Quantity("PERCENT", m.start(), m.start() + len(num), value, num))
        end = m.start()


#: Bloomberg's exchange codes ("BAC US", "7203 JP", "BARC LN") and the suffix of the same listing's
#: Reuters code, which the reference data use (US listings have none)
_BLOOMBERG_EXCHANGES = {"US": "", "UN": "", "UW": "", "UQ": "", "JP": ".T", "JT": ".T", "LN": ".L", "GY": ".DE",
                        "FP": ".PA", "CN": ".TO", "AU": ".AX", "KS": ".KS", "SW": ".S", "NA": ".AS", "IM": ".MI",
                        "SM": ".MC", "TT": ".TW", "SP": ".SI"}


def _ticker_code(raw: str) -> str:
    raw = raw.upper()
    if " " in raw:
        code, exchange = raw.split(" ", 1)
        if exchange == "HK" and code.isdigit():
            return f"{int(code):04d}.HK"
        return code.replace("/", ".") + _BLOOMBERG_EXCHANGES.get(exchange, "")
    digits = raw.removesuffix(".HK")
    if digits.isdigit() and len(digits) <= 5:
        return f"{int(digits):04d}.HK"
    return raw  # a code of another market, or a bare "(.HK)" with no number in it


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order, none overlapping."""
    found: list[Quantity] = []
    starts: list[int] = []  # the spans taken so far, disjoint and sorted: a bisect finds an overlap
    ends: list[int] = []    # (a linear scan made a 5 MB line quadratic)

    def free(s: int, e: int) -> bool:
        i = bisect.bisect_right(starts, s)
        return not (i and ends[i - 1] > s) and not (i < len(starts) and starts[i] < e)

    def add(q: Quantity) -> None:
        if free(q.start, q.end):
            found.append(q)
            i = bisect.bisect_right(starts, q.start)
            starts.insert(i, q.start)
            ends.insert(i, q.end)

    for m in finditer(_RANGE, _RANGE_FIRST, text):
        if m.start() and text[m.start() - 1] in "+-\u2212" and not m.group("tilde"):
            continue  # a quote line's signed points and percent ("Hang Seng -105.20 -0.38%"), no range
        dash = text.find("-", m.end("a"), m.start("b"))
        if dash > m.end("a") and text[dash - 1].isspace() and dash + 1 == m.start("b"):
            continue  # Bloomberg's "Nikkei 225 -0.4%": a name's number, then a signed figure (a range's dash has
            # space on both sides or none)
        add(Quantity("RANGE", m.start(), m.end(), None, m.group(0), approx=True))
    for m in finditer(_DECIMAL_COMMA, _DECIMAL_COMMA_FIRST, text):  # "fell 1,1 percent": a continental decimal
        value = float(f"{m.group('int')}.{m.group('dec')}") * (-1 if m.group("sign") == "-" else 1)
        add(Quantity("PERCENT", m.start(), m.end(), value, m.group(0), signed=m.group("sign") is not None))
    for m in finditer(_PERCENT, _PERCENT_FIRST, text):
        dot = m.start() - 1
        sign = text[dot - 1] if dot >= 1 and text[dot - 1] in "+-" else ""
        at = dot - len(sign)
        if dot >= 0 and text[dot] == "." and (at == 0 or text[at - 1].isspace()) and m.group("num").isdigit() \
                and not m.group("sign"):
            # "was also up .85 per cent", "losing -.90 percent": a fraction written without its leading zero
            add(Quantity("PERCENT", at, m.end(), float("0." + m.group("num")) * (-1 if sign == "-" else 1),
                         sign + "." + m.group(0), signed=bool(sign)))
            continue
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "./") \
                and not _GLUED_WORD.search(text, max(0, m.start() - 10), m.start()):
            continue  # (after "/": the "2 percent" of "1/2 percent" is no figure of its own)
        if not m.group("sign") and "." not in m.group("num") \
                and re.search(r"\d[.,]\s$", text[max(0, m.start() - 3): m.start()]):
            continue  # "1. 39 percent": a broken number is no figure (not UPI's "added 11.99, 0.81 percent")
        value = parse_number(m.group("num"))
        if value is None:
            continue
        value += _FRACTION_VALUES.get(m.group("frac") or "", 0.0)
        sign = m.group("sign")
        signed = sign is not None
        if sign == "-":
            value = -value
        add(Quantity("PERCENT", m.start(), m.end(), value, m.group(0), approx=bool(m.group("tilde")), signed=signed))
    for q in list(found):
        if q.kind == "PERCENT" and q.text[:1].isdigit():
            _shared_unit(text, q, add)
    word_starts = _word_figure_starts(text)
    if word_starts is None:
        word_figures = _WORD_PERCENT.finditer(text) if _WORD_PCT_HINT.search(text) else ()
    else:
        word_figures = finditer(_WORD_PERCENT, word_starts, text)
    for m in word_figures:
        value = _word_value(m)
        if value is not None:
            q = Quantity("PERCENT", m.start(), m.end(), value, m.group(0))
            add(q)
            _shared_unit(text, q, add, _SHARED_UNIT_WORD)
    if " value" in text:  # (a literal every such figure holds)
        for m in _VALUE_SHARE.finditer(text):
            add(Quantity("PERCENT", m.start(), m.end(), _value_share(m), m.group(0)))
    if "point-" in text or "point " in text:  # (a literal every such figure holds)
        for m in _POINT_DIGITS.finditer(text):
            add(Quantity("PERCENT", m.start(), m.end(), _point_digits_value(m), m.group(0)))
    for m in finditer(_SHARES, _SHARES_FIRST, text):
        value = parse_number(m.group("num"))
        if value is not None:
            add(Quantity("SHARES", m.start(), m.end(), value * _SCALES.get((m.group("scale") or "").lower(), 1),
                         m.group(0)))
    for m in finditer(_MONEY, _MONEY_FIRST, text):
        num = m.group("num") or m.group("num2")
        value = parse_number(num)
        if value is None:
            continue
        scale = (m.group("scale") or m.group("scale2") or "").lower()
        cur = m.group("cur") or m.group("cur2")
        add(Quantity("MONEY", m.start(), m.end(), value * _SCALES.get(scale, 1), m.group(0).strip(),
                     currency=_CURRENCY.get(cur.strip(), cur.strip())))
    for m in finditer(TICKER, _TICKER_FIRST, text):
        raw = m.group("bare") or m.group("code")
        if raw in _WIRE_CODES:
            continue  # "BANGKOK (AP) —": a dateline's news agency, not a ticker
        code = _ticker_code(raw)
        add(Quantity("TICKER", m.start(), m.end(), None, m.group(0),
                     code=_on_exchange(code, m.group("exch")) if m.group("code") else code))
    for m in _bare_codes(text):
        add(Quantity("TICKER", m.start(), m.end(), None, m.group(0), code=m.group("code")))
    if "Inc" in text or "Corp" in text or "Ltd" in text or "Co" in text or "plc" in text.lower():
        for m in _TAIL_CODE.finditer(text):
            if m["code"] not in _NOT_CODES:
                add(Quantity("TICKER", m.start("code"), m.end("code"), None, m["code"], code=m["code"]))
                if m["code2"]:
                    add(Quantity("TICKER", m.start("code2"), m.end("code2"), None, m["code2"], code=m["code2"]))
    for m in _commodity_codes(text):
        add(Quantity("TICKER", m.start(), m.end(), None, m.group(0), code=m.group("code")))
    if "[" in text:  # Fin24's "Long4Life [JSE:L4L] jumped 6.67%"
        for m in _SQUARE_TICKER.finditer(text):
            add(Quantity("TICKER", m.start(), m.end(), None, m.group(0),
                         code=_on_exchange(m.group("code"), m.group("exch"))))
    if ":" in text:  # the Armchair Trader's "Proton Motor Power LON:PPS also fared well": a code with no brackets
        for m in finditer(_BARE_EXCHANGE_TICKER, _BARE_EXCHANGE_FIRST, text):
            add(Quantity("TICKER", m.start(), m.end(), None, m.group(0),
                         code=_on_exchange(m.group("code"), m.group("exch"))))
    if ":)" in text or ": )" in text:  # a code a web copy lost, its exchange left: "Petrobras PN (SA:) retreated 3.6%"
        for m in _EMPTY_CODE.finditer(text):
            add(Quantity("TICKER", m.start(), m.end(), None, m.group(0), code=""))
    return sorted(found, key=lambda q: q.start)


#: a code after its exchange, with no brackets, between spaces: "LON:PPS", "NYSE:STT" (the exchanges whose names are
#: no words of their own)
_BARE_EXCHANGE_TICKER = re.compile(r"(?<![\w\[(:])(?P<exch>LON|AIM|LSE|NYSE|NASDAQ|ASX|TSX|TSXV|CVE|JSE|NSE|BSE|SGX|NZX"
                                   r"|EPA|ETR|XETRA|BIT|BME|AMS|STO|SIX|TYO|KRX|HKEX)"
                                   r":(?P<code>[A-Z][A-Z0-9]{0,6}(?:\.[A-Z]{1,2})?)(?![\w:])")
_BARE_EXCHANGE_FIRST = re.compile(r"[LANTCJSBEXKH](?=[A-Z]{1,5}:[A-Z])")  # (where such a code can start)
#: a code in square brackets after its exchange: "[JSE:L4L]", "[ASX: BHP]", Yicai's "[SHA: 000001]"
_SQUARE_TICKER = re.compile(rf"\[\s*(?P<exch>{_EXCHANGES})\s*:\s*(?P<code>[A-Z0-9][A-Z0-9.]{{0,9}})\s*\]")
#: the suffix of a code on an exchange outside the US, as the reference data write it: "(JSE: VOD)" is Vodacom,
#: VOD.JO, not Vodafone's VOD.L
_EXCHANGE_SUFFIX = {"JSE": ".JO", "ASX": ".AX", "LSE": ".L", "LON": ".L", "NSE": ".NS", "BSE": ".BO", "TSX": ".TO",
                    "SGX": ".SI", "NZX": ".NZ", "TYO": ".T", "KRX": ".KS", "KOSDAQ": ".KQ", "TWSE": ".TW",
                    "XETRA": ".DE", "Xetra": ".DE", "ETR": ".DE", "EPA": ".PA", "BIT": ".MI", "BME": ".MC",
                    "AMS": ".AS", "STO": ".ST", "SIX": ".SW", "KLSE": ".KL", "SET": ".BK", "IDX": ".JK",
                    # SeeNews' Balkan and Central European codes (review 72: "Electrica [BVB:EL]" was Estée Lauder's EL)
                    "BUL": ".BB", "BVB": ".RO", "WSE": ".WA", "BUD": ".BU", "ZSE": ".ZA", "LJSE": ".LJ",
                    # (Investing.com's "Osprey SGPS (ELI:SEM)" is Lisbon's SEM, no US company's)
                    "ELI": ".LS", "EBR": ".BR", "EAM": ".AS", "BVMF": ".SA", "BMV": ".MX", "ATH": ".AT", "ATHEX": ".AT",
                    "MIL": ".MI", "HEL": ".HE", "CPH": ".CO", "OSL": ".OL", "VIE": ".VI"}


def _on_exchange(code: str, exchange: str | None) -> str:
    """The code with its exchange's suffix ("VOD" on the JSE is "VOD.JO"); a code with a suffix of its own, or a
    number (a Hong Kong, Tokyo or Seoul code), as it is."""
    suffix = _EXCHANGE_SUFFIX.get(exchange or "")
    return code if suffix is None or "." in code or code.isdigit() else code + suffix


#: news agencies as datelines write them in brackets
_WIRE_CODES = frozenset({"AP", "AFP", "UPI", "CNN", "VOA", "BBC", "IANS", "PTI", "ANI", "DPA", "EFE", "ANSA", "CNA",
                         "KYODO", "UNI", "WAM", "SPA", "APA"})


if not Span.has_extension("quantity"):
    Span.set_extension("quantity", default=None)


@Language.factory("mkg_quantities")
def quantities_component(nlp: Language, name: str) -> QuantityTagger:
    """Attach quantities as ``doc.spans["mkg_quantities"]``, each with ``span._.quantity``."""
    return QuantityTagger()


class QuantityTagger:
    def __call__(self, doc: Doc) -> Doc:
        found = []
        for q in find_quantities(doc_text(doc)):
            span = doc.char_span(q.start, q.end, label=q.kind, alignment_mode="expand")
            if span is not None:
                span._.quantity = q
                found.append((span, q))
        doc.spans["mkg_quantities"] = [span for span, _ in found]
        doc.user_data["mkg_quantity_tokens"] = [(span.start, span.end, span.label_, q) for span, q in found]
        return doc


def quantity_tokens(doc: Doc) -> list[tuple[int, int, str, Quantity]]:
    """The doc's quantities as the tagger found them: (first token, end token, label, quantity)
    of each span of ``doc.spans["mkg_quantities"]``. Each read of ``doc.spans`` makes a new
    ``Span`` per quantity and each ``span._.quantity`` is a look-up in Python, and the rules read
    them several times per doc, so they are kept in ``doc.user_data``; as token offsets, not
    spans: a ``Span`` kept there holds its doc, and a doc in a reference cycle is freed only by
    the cyclic garbage collector, with everything it holds, long after the article was read."""
    group = doc.spans.get("mkg_quantities", [])
    found = doc.user_data.get("mkg_quantity_tokens")
    if found is None or len(found) != len(group):
        found = doc.user_data["mkg_quantity_tokens"] = [(s.start, s.end, s.label_, s._.quantity) for s in group]
    return found


def quantity_spans(doc: Doc) -> list[tuple[Span, Quantity]]:
    """The doc's quantity spans, each with its quantity (see :func:`quantity_tokens`)."""
    return [(Span(doc, s, e, label=label), q) for s, e, label, q in quantity_tokens(doc)]
