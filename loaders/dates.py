"""Dates: publication dates, datelines and the trading day a sentence speaks of.

A year is never invented: a month and day with no known year give ``--MM-DD``, and a
weekday with no publication date gives nothing.

>>> parse_date("2025.11.21 08:13")
'2025-11-21'
>>> parse_date("Tuesday, 21 May 2024")
'2024-05-21'
>>> resolve_month_day(11, 25, published=None)
'--11-25'
>>> resolve_month_day(12, 31, published="2026-01-02")
'2025-12-31'
>>> resolve_weekday("Monday", published="2025-11-26")
'2025-11-24'
"""
from __future__ import annotations

import datetime as dt
import re

from marketkg.ontology.calendars import is_session, previous_session, session_on_or_before

from marketkg.loaders.scan import candidates, finditer, finditer_folded, folded

__all__ = ["parse_date", "find_dateline", "resolve_month_day", "resolve_weekday", "day_mentions", "DayMention",
           "session_day", "previous_session_day", "story_day", "far_from_story",
           "previous_weekday", "stamp_line"]

MONTHS = {
    name: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1)
    for name in names
}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_NUMERIC = re.compile(r"\b(?P<y>(?:19|20)\d\d)[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})\b")
# a month name opens with one of these letters: the look-ahead spares the regex engine trying
# every month at every position (same matches, a third of the time)
_MON_FIRST = "(?=[adfjmnos])"
_MDY = re.compile(rf"\b{_MON_FIRST}{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_DMY = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}\s*,?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_MD = re.compile(rf"\b{_MON_FIRST}{_MON}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d\d)(?![\d,.]*\d)",
                 re.I)
_DM = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}\b(?!\s*,?\s*(?:19|20)\d\d)", re.I)
_OVERNIGHT = re.compile(r"\bovernight\b(?!\s+(?:lending|rate|repo|index|swap|interbank|deposit))", re.I)
_WEEKDAY = re.compile(r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
# a date is the trading day only where the text says "on <date>" or opens with it; a weekday
# also where it stands bare after a verb or figure, as wires write ("fell 1% Tuesday");
# "since November 17", "by Friday" or "until March 3" name other days.
# where a _DMY or _DM match can start (see marketkg.loaders.scan): a day's figure before a month name
_DIGIT = re.compile(r"\d(?=\d?(?:st|nd|rd|th)?\s+[adfjmnos])", re.I)
# where an _MDY or _MD match, a _WEEKDAY or an _OVERNIGHT can start, in the lower-cased text
# (see marketkg.loaders.scan.finditer_folded): a month name before a figure, a weekday, "overnight"
# (one pattern per month and per weekday, each led by a literal that re finds fast: see scan.finditer)
_MONTH_FIRST = tuple(re.compile(prefix + "(?:" + "|".join(sorted((n[3:] for n in MONTHS if n.startswith(prefix)),
                                                                 key=len, reverse=True)) + r")\.?\s*\d")
                     for prefix in dict.fromkeys(n[:3] for n in MONTHS))
_WEEKDAY_FIRST = tuple(re.compile(day) for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                   "sunday"))
#: the weekend's days, a session only of an exchange known to trade on them (Riyadh's, Dhaka's Sunday)
_WEEKEND_DAYS = frozenset({"saturday", "sunday"})
_OVERNIGHT_FIRST = re.compile("overnight")
# "in the previous session", "on the prior trading day" (not "from the previous session's close")
_PREVIOUS = re.compile(r"\b(?:in|on|during)\s+the\s+(?:previous|prior|preceding)\s+(?:trading\s+)?(?:session|day)\b"
                       r"(?!['\u2019]s)", re.I)
#: "The TAIEX moved lower yesterday" (Taipei Times, Gulf News): the session before the story's date; not
#: "yesterday's record cash injection", an event's day
_YESTERDAY = re.compile(r"\byesterday\b(?!['\u2019]s)", re.I)
# where a _PREVIOUS or _YESTERDAY match can start, in the lower-cased text (see _MONTH_FIRST): led by literals
_PREVIOUS_FIRST = tuple(re.compile(lead + r"\s+the\s+(?:previous|prior|preceding)") for lead in ("in", "on", "during"))
_YESTERDAY_FIRST = re.compile("yesterday")
#: "retreated almost 1 percent today": the session of the story's day (not "until today", "to date")
_TODAY = re.compile(r"(?<!until )(?<!till )\btoday\b(?!['\u2019]s)", re.I)
_TODAY_FIRST = re.compile("today")
_ON_BEFORE = re.compile(r"(?:\bon|\bOn|^|[\n.;:|]|\(|,|\s-)\s*$")
_BARE_WEEKDAY_BEFORE = re.compile(r"(?:\b[a-z]+|%|\d)\s+$")  # "fell 1% Tuesday"
# "Stocks fell on Wall Street Tuesday": after a name too, but not as a possessive ("Despite Tuesday's Drop")
_NAME_WEEKDAY_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
#: a day this close after these words (in its sentence) is an event's, to come, never a session of the story
_EVENT_TO_COME = re.compile(r"\b(?:ahead of|due (?:on|out|for)|scheduled|next|until|pending|awaiting)\b[^.;!?]*$", re.I)
_POSSESSIVE = re.compile(r"['\u2019]s\b")
#: a day after an extreme ("its recent high of 17,265 reached on 18 September", "its peak on 4 September"): when
#: the extreme was, not the story's session
_EXTREME_BEFORE = re.compile(r"\b(?:high|low|peak|record|top|bottom)s?(?:\s+of\s+[\d,.]+(?:\s*points)?)?\s+(?:reached|hit|"
                             r"set|touched|struck|notched|seen|recorded|marked)\s+on\s*$"
                             r"|\b(?:from|since|off)\s+(?:its|their|the|a)\s+(?:recent\s+|previous\s+|all-time\s+|record\s+)?"
                             r"(?:high|low|peak|top)s?\s+on\s*$", re.I)
_NAMED_DATE_BEFORE = re.compile(r"\b(?:settlement|ex-dividend|record|payment|expiry|expiration|maturity|delivery|"
                                r"closing|listing)\s+date\s*(?:is|was|of|:|-)?\s*$", re.I)
#: "from yesterday", "than the previous session": the base a figure is compared with, not the move's day
_COMPARED_BEFORE = re.compile(r"\b(?:from|than|since|versus|vs\.?|compared (?:with|to)|over)\s+(?:the\s+)?$", re.I)
#: a day this close after these words (in its sentence) is an earlier event's, not the story's session
# (a figure's point is no stop: "rose 1.1 percent after a 2.3 percent drop on Monday")
_EVENT_BEFORE = re.compile(r"\b(?:after|following)\b(?:[^.;!?]|(?<=\d)\.(?=\d))*$", re.I)
#: a part of the session after a day: "after rising as much as 1.5 percent on Monday morning" is that session's course
_SESSION_PART_AFTER = re.compile(r"\s+(?:morning|afternoon|trade|trading|session)\b", re.I)
#: ... but not past the comma of a sentence's opening phrase: "After an initial rally, the Sensex crashed 340 points
#: today" (a comma inside the phrase keeps it: "rose after the bank, at its meeting on Wednesday, kept rates")
_OPENING_AFTER = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:After|Following)\b(?:[^.;!?,]|(?<=\d)\.(?=\d))*,"
                            r"(?:[^.;!?]|(?<=\d)\.(?=\d))*$")
#: a day's own move named by its possessive, which the story's session follows: "last Friday's selloff"
# (and with its figure: "extending Friday's 8 percent loss", "Monday's 1.2% rise")
_PAST_MOVE_AFTER = re.compile(r"(?:'s|\u2019s)\s+(?:[\w.%-]+\s+){0,3}(?:sell-?off|selloff|loss(?:es)?|gains?|"
                              r"slide|drop|decline|rout|plunge|surge|rally|tumble|slump|rise|fall|advance|jump|"
                              r"climb|rebound)\b", re.I)
#: a day inside a participle's aside after a move, on the subject's move before: ", undoing a 0.6 per cent gain
#: on Monday", ", having fallen 0.9% on Wednesday" (the day before the story's)
_ASIDE_BEFORE = re.compile(r",\s(?:extending|erasing|reversing|undoing|adding\s+to|having|snapping)\b"
                           r"(?:[^.;!?,]|(?<=\d)\.(?=\d))*?\d(?:[^.;!?,]|(?<=\d)\.(?=\d))*"
                           r"(?:%|per\s?cent|percent)(?:[^.;!?,]|(?<=\d)\.(?=\d))*$", re.I)
# (with its own figure only: "snapping a three-day losing streak on Wednesday" names the move's own day, review 106)
# named days that are no session of the story: "Black Monday", "Good Friday", "Super Tuesday"
_NAMED_DAY_BEFORE = re.compile(r"\b(?:Black|Blue|Cyber|Super|Good|Holy|Easter|Ash|Maundy|Giving|Manic)\s+$")
# "in Tuesday trade", "during Thursday's session": the weekday names the session whatever comes before
# "a spillover from Tuesday's losses on Wall Street": that day's own move, whatever comes before
_SESSION_AFTER = re.compile(r"(?:'s|\u2019s)?\s+(?:trade|trading|session)\b|(?:'s|\u2019s)\s+(?:losses|gains|rally|"
                            r"sell-?off|slide|drop|decline|rout|rebound|plunge|surge)\b"
                            # (and with its figure: "adding to Monday's 0.8 percent rise")
                            r"|(?:'s|\u2019s)\s+(?:\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+)"
                            r"(?:loss|losses|gain|gains|rise|fall|drop|decline|slide|rally|advance|jump|surge|plunge|"
                            r"rebound)\b", re.I)
_NOT_SESSION = re.compile(r"\b(?:since|from|until|till|through|by|before|after|in|to|between|and|ahead of|next|last|"
                          r"compared with|compared to|versus|than)\s*$", re.I)  # "compared with Tuesday's close"


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(value: str) -> str | None:
    """An ISO date from a date as publishers write it, or None if there is none."""
    value = value.strip()
    for rx in (_NUMERIC, _MDY, _DMY):
        m = rx.search(value)
        if m:
            gd = m.groupdict()
            month = int(gd["m"]) if gd.get("m") else MONTHS[gd["mon"].lower()]
            return _iso(int(gd["y"]), month, int(gd["d"]))
    return None


def find_dateline(text: str, *, head: int = 400) -> str | None:
    """The publication date a dateline near the top of the text gives, if any ("SEOUL, Feb. 4, 2016 (Yonhap)
    --", "Posted on June 9, 2024", "(Daily Courier - March 3, 2021)"); not an earlier day a sentence names after a
    preposition ("its best close since June 8, 2015", "the peak it set on October 9, 2007")."""
    top = text[:head]
    for rx in (_NUMERIC, _MDY, _DMY):
        for m in rx.finditer(top):
            lead = top[top.rfind("\n", 0, m.start()) + 1:m.start()]
            if len(lead) <= _DATELINE_LEAD or not (_NOT_SESSION.search(lead) or _SET_ON.search(lead)) \
                    or _PAGE_DATE.search(lead):
                return parse_date(m.group(0))
    return None


#: the most characters a dateline's lead-in spans before its date: a place, an outlet, "Posted on", "By X |"
_DATELINE_LEAD = 48
#: a page's own date words at the end of a long byline line: "By X, Senior Correspondent | Updated on"
_PAGE_DATE = re.compile(r"\b(?:updated|published|posted|first published|last updated)\b\s*(?:on|at)?\s*:?\s*$", re.I)
#: the words before an earlier day in a sentence beside those of _NOT_SESSION ("since June 8, 2015"): "the peak it set
#: on October 9, 2007", "the crash of October 19, 1987"
_SET_ON = re.compile(r"\b(?:on|of|at)\s*$", re.I)


def resolve_month_day(month: int, day: int, *, published: str | None) -> str | None:
    """A month and day as a date: the year from ``published`` (the latest such day not
    after it), else ``--MM-DD``."""
    if _iso(2000, month, day) is None:  # 2000 is a leap year, so 29 February passes
        return None
    if published is None or not re.match(r"^\d{4}-", published):
        return f"--{month:02d}-{day:02d}"
    pub = dt.date.fromisoformat(published)
    for year in (pub.year, pub.year - 1):
        iso = _iso(year, month, day)
        if iso and dt.date.fromisoformat(iso) <= pub + dt.timedelta(days=1):
            return iso
    return None


def resolve_weekday(name: str, *, published: str | None, mic: str | None = None) -> str | None:
    """The latest such weekday on or before the publication date; None without one, and None
    when it was no session of the exchange ``mic`` (a holiday): a wrap's "on Thursday" never
    names a day its market did not trade. The day after a publication date from Monday to
    Thursday is that day, not the week before's, for a market ahead of London's clock (or one not
    known): a story dated in New York or London tells of Asia's next session ("Asian shares sank on
    Wednesday" in a Tuesday story); a Wall Street story's "on Friday" in a Thursday story is last week's.

    >>> resolve_weekday("Thursday", published="2025-12-30")  # Christmas Day
    '2025-12-25'
    >>> resolve_weekday("Thursday", published="2025-12-30", mic="XNYS") is None
    True
    >>> resolve_weekday("Wednesday", published="2025-04-08")  # a Tuesday
    '2025-04-09'
    >>> resolve_weekday("Wednesday", published="2025-04-08", mic="XNYS")
    '2025-04-02'
    """
    if published is None or not re.match(r"^\d{4}-", published):
        return None
    pub = dt.date.fromisoformat(published)
    back = (pub.weekday() - WEEKDAYS[name.lower()]) % 7
    if back == 6 and pub.weekday() <= 3 and (mic is None or mic in _AHEAD_OF_LONDON):
        back = -1  # (a weekly review of Sunday's or Saturday's date looks back: "On Monday, stocks fell")
    day = pub - dt.timedelta(days=back)
    return day.isoformat() if mic is None or is_session(mic, day) else None


#: the exchanges whose session opens before London's day begins: Asia and the Pacific, India to New Zealand
_AHEAD_OF_LONDON = frozenset({"XASX", "XBKK", "XBOM", "XHKG", "XIDX", "XKAR", "XKLS", "XKRX", "XNZE", "XPHS", "XSES",
                              "XSHG", "XTAI", "XTKS"})


class DayMention(tuple):
    """(start, end, day) of a trading-day mention in a text."""

    __slots__ = ()


def day_mentions(text: str, *, published: str | None, mic: str | None = None) -> list[DayMention]:
    """Trading-day mentions ("On November 25", "on Monday") resolved to days, in order; with
    the story's exchange ``mic``, a weekday that was no session of it names no day."""
    found: list[DayMention] = []
    taken = bytearray(len(text) + 1)  # 1 where a found mention covers the character
    low = folded(text)
    months = list(candidates(_MONTH_FIRST, low)) if low is not None else []  # each list serves two patterns
    digits = list(candidates(_DIGIT, text))
    for rx, first, case in ((_MDY, months, True), (_DMY, digits, False), (_MD, months, True),
                            (_DM, digits, False), (_WEEKDAY, _WEEKDAY_FIRST, True)):
        for m in (finditer_folded(rx, first, text, low) if case else finditer(rx, first, text)):
            before = text[max(0, m.start() - 25): m.start()]
            gd = m.groupdict()
            if not (gd.get("wd") and _SESSION_AFTER.match(text, m.end())) and (_NOT_SESSION.search(before) or not (
                    _ON_BEFORE.search(before) or gd.get("wd") and (_BARE_WEEKDAY_BEFORE.search(before) or (
                        _NAME_WEEKDAY_BEFORE.search(before) and not _POSSESSIVE.match(text, m.end()))))):
                continue
            if gd.get("wd") and _NAMED_DAY_BEFORE.search(before):
                continue
            if _EVENT_TO_COME.search(text, max(0, m.start() - 60), m.start()):
                continue  # "surged 7% ahead of its earnings report on Thursday": the event's day
            if _EXTREME_BEFORE.search(text, max(0, m.start() - 50), m.start()):
                continue  # "compared to its recent high of 17,265 reached on 18 September": the high's day
            if _NAMED_DATE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # the Irish Times' "Settlement date: September 8th", "record date": a date of its own kind
            if stamp_line(text, m.start()):
                continue  # a page's time stamp under the headline ("09:11, March 14, 2012"): when it was posted
            if gd.get("wd"):
                if mic is None and gd["wd"].lower() in _WEEKEND_DAYS:
                    continue  # ("talks on Sunday" in a story of no known exchange: no session to name)
                day = resolve_weekday(gd["wd"], published=published, mic=mic)
            elif gd.get("y"):
                day = _iso(int(gd["y"]), MONTHS[gd["mon"].lower()], int(gd["d"]))
            else:
                day = resolve_month_day(MONTHS[gd["mon"].lower()], int(gd["d"]), published=published)
            if day and not taken[m.start()]:
                _take(found, taken, DayMention((m.start(), m.end(), day)))
    # "had risen 3% in the previous session", "moved lower yesterday": the story's exchange's session before
    for rx, first in ((_PREVIOUS, _PREVIOUS_FIRST), (_YESTERDAY, _YESTERDAY_FIRST)):
        for m in finditer_folded(rx, first, text, low):
            if _COMPARED_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue  # Xinhua's "lost 484.68 points, or 5.56 percent, from yesterday": the base compared with
            day = previous_session_day(mic, published)
            if day and not taken[m.start()]:
                _take(found, taken, DayMention((m.start(), m.end(), day)))
    for m in finditer_folded(_TODAY, _TODAY_FIRST, text, low):
        day = session_day(mic, published)
        if day and not taken[m.start()]:
            _take(found, taken, DayMention((m.start(), m.end(), day)))
    # Wall Street's session before the story ("overnight" in an Asian wrap)
    for m in finditer_folded(_OVERNIGHT, _OVERNIGHT_FIRST, text, low):
        day = previous_session_day("XNYS", published)
        if day and not taken[m.start()]:
            _take(found, taken, DayMention((m.start(), m.end(), day)))
    return sorted(found)


_STAMP_WORDS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:mon|tues?|wed|thu|thurs|"
                          r"fri|sat|sun)[a-z]*\.?|\b(?:[ap]\.?m\.?|gmt|utc|et|hkt|ist|jst|bst|updated|published|posted|originally|"
                          r"on|at|last)\b",
                          re.I)


def stamp_line(text: str, at: int) -> bool:
    """Whether the character at ``at`` stands on a line holding only a date and a time ("09:11, March 14,
    2012", "12/12/2008 17:22", "Updated: Dec 12, 2008 5:22 PM"): a page's stamp of when it was posted, not
    the day a move was made."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:len(text) if end < 0 else end]
    return len(line) <= 60 and any(c.isdigit() for c in line) and not any(c.isalpha() for c in _STAMP_WORDS.sub("", line))


def _take(found: list[DayMention], taken: bytearray, mention: DayMention) -> None:
    """Keep a mention and mark its characters, so a later pattern's match that starts inside
    it is refused in one look-up (testing it against every mention found was quadratic)."""
    found.append(mention)
    start, end = mention[0], mention[1]
    taken[start:end] = b"\x01" * (end - start)


def previous_session_day(mic: str | None, published: str | None) -> str | None:
    """The exchange's last session before the publication date; None without one.

    >>> previous_session_day("XNYS", "2025-11-28"), previous_session_day("XNYS", "2025-12-01")
    ('2025-11-26', '2025-11-28')
    """
    if published is None or not re.match(r"^\d{4}-", published):
        return None
    return previous_session(mic, dt.date.fromisoformat(published)).isoformat()


def session_day(mic: str | None, published: str | None) -> str | None:
    """The session a story published that day reports when it names none: that day if the
    exchange trades on it, else its last session before (a Saturday story, a holiday).

    >>> session_day("XHKG", "2025-12-25"), session_day("XHKG", "2025-11-22"), session_day("XHKG", "2025-11-21")
    ('2025-12-24', '2025-11-21', '2025-11-21')
    """
    if published is None or not re.match(r"^\d{4}-", published):
        return published
    return session_on_or_before(mic, dt.date.fromisoformat(published)).isoformat()


def story_day(days: list[DayMention], text: str, mic: str | None, published: str | None, *,
              lead_end: int | None = None) -> str | None:
    """The session a story reports, which its moves take when their sentence names no day:
    the first day it names on which its exchange traded, else :func:`session_day`. A day on a line
    of its own is the page's date line, and a day right after "said" a statement's: neither is a session.

    "Overnight" is Wall Street's session before the story's, never the story's own. A named
    day the exchange did not trade on is never the story's session either: a holiday ("shut
    on Monday for Easter"), or another market's session ("Wall Street fell on Monday" in a
    Hong Kong wrap the day after an HKEX holiday), or a weekday that fell on a holiday ("on
    Thursday" in a New York story of Tuesday 30 December is Christmas Day).

    >>> story_day([DayMention((12, 21, "2025-04-21"))], "Stocks fell on Monday.", "XHKG", "2025-04-22")  # Easter
    '2025-04-22'
    >>> story_day([DayMention((12, 21, "2025-04-21"))], "Stocks fell on Monday.", "XNYS", "2025-04-22")
    '2025-04-21'

    Only a day the lead names (before ``lead_end``) is the story's: "On Monday, both stocks
    were the major movers" deep in a story is its back-story.
    """
    for start, end, day in days:
        if lead_end is not None and start >= lead_end:
            break
        if text[start:end].lower() == "overnight" or _EVENT_BEFORE.search(text, max(0, start - 80), start) \
                and not _OPENING_AFTER.search(text, max(0, start - 200), start) \
                and not _SESSION_PART_AFTER.match(text, end):
            continue  # "it was not a convincing rise after the 2% decline on Thursday": the event's day
        if _THE_DAYS_EVENT.search(text, max(0, start - 5), start) and _NOUN_AFTER.match(text, end):
            continue  # Kathimerini's "The Wednesday respite proved short-lived ... on Thursday": an event's day
        if _PAST_MOVE_AFTER.match(text, end) or _ASIDE_BEFORE.search(text, max(0, start - 120), start):
            continue  # CNN's "rebounds nearly 300 points recovering from last Friday's selloff": a move before
        if _FUTURE_BEFORE.search(text, max(0, start - 120), start):
            continue  # PTI's "as markets will stay shut on Monday for Diwali": a day to come
        if _STATEMENT_BEFORE.search(text, max(0, start - 12), start) or _date_line(text, start, end):
            continue  # CNBC's key points, "The European Commission said Friday that ...": a statement's day; a
            # page's date line, "Xinhua, August 25, 2015" over a story of Monday's session
        if far_from_story(day, published):
            continue  # PTI's "surpassing its previous low of 68.85 on August 28, 2013" in a 2016 story: history
        if not re.match(r"^\d{4}-\d\d-\d\d$", day) or is_session(mic, dt.date.fromisoformat(day)):
            return day
    return session_day(mic, published)


#: the most days a story's session lies from its publication (a Monday paper's Friday; a holiday week's wrap)
_STORY_SPAN = 10


def far_from_story(day: str | None, published: str | None) -> bool:
    """Whether a full date lies further than a story's span from its publication date: history, not the session.

    >>> far_from_story("2009-07-06", "2009-08-20"), far_from_story("2025-11-21", "2025-11-24")
    (True, False)
    >>> far_from_story("--07-06", "2009-08-20"), far_from_story("2009-07-06", None)
    (False, False)
    """
    if day is None or not published:
        return False
    try:
        return abs((dt.date.fromisoformat(day) - dt.date.fromisoformat(published)).days) > _STORY_SPAN
    except ValueError:
        return False  # (a day with no year: "--06-22")


#: "the" before a day and a lower-case noun after it: the day names an event ("The Wednesday respite")
_THE_DAYS_EVENT = re.compile(r"\b[Tt]he\s+$")
_NOUN_AFTER = re.compile(r"\s+(?!morning|afternoon|evening|session|trading|trade|night|and|or)[a-z]")
#: a future in the words right before a day, in the same clause: "markets will remain closed on Friday", CNBC's
#: "the company might name a CEO during its earnings release on Wednesday"
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|is due to|are due to|is set to|are set to|might|could|would|"
                            r"(?:is|are) expected to|plans? to)\b[^.;:!?\n]{0,100}$", re.I)
#: a speech verb right before a day: the day something was said, not the session's
_STATEMENT_BEFORE = re.compile(r"\b(?:said|says|announced|reported|told)\s+$", re.I)


def _date_line(text: str, start: int, end: int) -> bool:
    """Whether the day at text[start:end] stands on a line of its own beside at most an outlet's name or a
    time ("Xinhua, August 25, 2015", "Published: 14 June 2024 10:13"): the page's date, not a session's."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    rest = text[ls:start] + " " + text[end:le if le >= 0 else len(text)]
    # (no word in lower case but a time's: "Stocks rally on Monday", a headline, has its verb)
    return len(rest) <= 40 and len(rest.split()) <= 4 and not rest.rstrip().endswith(".") \
        and not any(w.islower() and w not in _TIME_WORDS for w in re.findall(r"[A-Za-z.]+", rest))


_TIME_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "gmt", "ist", "et", "hkt", "jst", "utc"})


def previous_weekday(published: str | None) -> str | None:
    """The weekday before the publication date ("overnight" in a morning wrap); None without one.

    >>> previous_weekday("2025-11-24")
    '2025-11-21'
    """
    if published is None or not re.match(r"^\d{4}-", published):
        return None
    day = dt.date.fromisoformat(published) - dt.timedelta(days=1)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day.isoformat()
