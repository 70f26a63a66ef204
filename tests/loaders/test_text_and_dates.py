"""Offset-preserving clean-up, noise, and dates."""
from __future__ import annotations

import pytest

from marketkg.loaders.dates import day_mentions
from marketkg.loaders.text import working_text
from tests.conftest import facts_of


def test_working_text_keeps_every_offset():
    text = "Rare\u2011earth \u201cnames\u201d rose 5\u20136%\u00a0\u2014 **Heading** Body.\n1Hang Seng Index rose."
    out = working_text(text)
    assert len(out) == len(text)
    assert "Rare-earth \"names\" rose 5-6%" in out and "\n Hang Seng Index" in out


def test_disclaimer_and_widgets_are_not_read():
    text = ("Tencent rose 2%.\nShare Article\nRelated Articles\nComments\n"
            "Disclaimer: Investing carries risk. Alibaba fell 9% in this boilerplate.")
    facts = facts_of(text)
    assert [m.entity.id for m in facts.moves] == ["hkex-0700"]


def test_bot_introduction_and_caption_are_not_read():
    text = ("I'm PortAI, I can summarize articles.\n"
            "A stunning view of the harbour with modern towers and a quiet promenade at dusk.\n"
            "Meituan fell 3%.")
    assert [m.entity.id for m in facts_of(text).moves] == ["hkex-3690"]


def test_list_number_glue_is_not_part_of_the_name():
    facts = facts_of("Key Takeaways\n  \u2022 1Hang Seng Index closed up 0.31%; Hang Seng TECH Index rose 0.9%.")
    assert sorted(m.entity.id for m in facts.moves) == ["idx-hsi", "idx-hstech"]


@pytest.mark.parametrize(("text", "published", "day"), [
    ("On November 25, the Hang Seng Index climbed 0.69%.", None, "--11-25"),
    ("On November 25, the Hang Seng Index climbed 0.69%.", "2025-11-26", "2025-11-25"),
    ("On December 31, the Hang Seng Index climbed 0.69%.", "2026-01-02", "2025-12-31"),
    ("The Hang Seng Index climbed 0.69% on Monday.", "2025-11-26", "2025-11-24"),
    ("The Hang Seng Index climbed 0.69% on Monday.", None, None),
    ("The Hang Seng Index climbed 0.69%.", "2025-11-26", "2025-11-26"),
    ("The Hang Seng Index climbed 0.69%.", None, None),
])
def test_move_dates_never_invent_a_year(text, published, day):
    (move,) = facts_of(text, published=published).moves
    assert move.date == day


def test_since_and_until_days_are_not_the_trading_day():
    assert day_mentions("downloads since November 17 grew; testing until March 3.", published=None) == []


def test_a_sentence_with_its_own_day_keeps_it():
    facts = facts_of("On November 24, Tencent rose 2%. On November 25, Tencent fell 1%.", published=None)
    assert sorted((m.date, m.direction.value) for m in facts.moves) == [("--11-24", "up"), ("--11-25", "down")]


def test_a_weekday_after_a_name_is_the_session():
    """Wires write the day bare after a place: "on Wall Street Tuesday". Before, only a
    lower-case word could stand there, so a later "late Monday" (yesterday's yield) set the
    story's trading day."""
    text = ("Stocks sank on Wall Street Tuesday as bond yields jumped. The S&P 500 lost 0.8%. "
            "The 10-year Treasury's yield climbed to 4.46% from 4.37% late Monday.")
    facts = facts_of(text, published="2025-10-14")
    assert facts.trading_day == "2025-10-14"
    assert [m.date for m in facts.moves] == ["2025-10-14"]


@pytest.mark.parametrize("text", [
    "Asian Markets Higher Despite Tuesday's Big Drop in US Markets",  # dev 11 (VOA), a headline's possessive
    "Traders still remember Black Monday.",
    "Retailers rallied into Cyber Monday.",
])
def test_named_and_possessive_weekdays_are_no_session(text):
    assert day_mentions(text, published="2020-10-07") == []


def test_a_day_of_an_event_to_come_is_not_the_moves():
    """Nikkei style: "surged 7% ahead of its earnings report on Thursday" in a Tuesday story
    moved on Tuesday; before, the move was dated the Thursday before."""
    facts = facts_of("SoftBank Group surged 7% ahead of its quarterly earnings report on Thursday.",
                     published="2025-08-05")
    assert [m.date for m in facts.moves] == ["2025-08-05"]


def test_a_wire_paragraph_opening_with_a_is_read_and_a_caption_is_not():
    # a one-sentence paragraph in the past tense tells what happened; a caption describes a picture
    text = ("Sydney stocks fall\n\nA slump in the big banks dragged Australian shares lower.\n\n"
            "A trader works on the floor of the Australian Securities Exchange in Sydney.\n\n"
            "The S&P/ASX 200 ended 0.9% lower.\n")
    facts = facts_of(text)
    assert [(c.effect.name, c.cause) for c in facts.causes] == [("S&P/ASX 200", "A slump in the big banks")]
    assert not any("trader" in ev.sentence for m in facts.moves for ev in m.evidence)


@pytest.mark.parametrize(("headline", "expected"), [
    # Xinhua's slugs before a headline are no part of it; "S.Korean" is Korea's
    ("Roundup: Hong Kong stocks close down on weak overseas markets", ("Hang Seng Index", "weak overseas markets")),
    ("1st LD Writethru: S.Korean stocks advance 2 pct on foreign purchase", ("KOSPI", "foreign purchase")),
    ("Update 2: S.Korea's Kospi closes higher on chip rally", ("KOSPI", "chip rally")),
])
def test_a_wire_slug_before_the_headline_is_skipped(headline, expected):
    text = headline + "\n\nThe market was busy.\n"
    assert len(working_text(text)) == len(text)
    assert [(c.effect.name, c.cause) for c in facts_of(text).causes] == [expected]
