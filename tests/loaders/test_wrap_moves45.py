"""Moves the 244th and 245th sets (Chinese and London wraps) showed missed or misdated: Yicai's codes in square
brackets ("The Shanghai Composite Index [SHA: 000001] closed up 1.3 percent"), "today" as the story's session and
a day named before ", but" as the clause before's ("closed up 1.3 percent yesterday, but retreated almost 1 percent
today"), Proactive's "descended 4.94%", and a London price in pence with a thousands comma ("to 1,815p").

Sentences were written for these tests in the styles of Yicai and Proactive Investors, not copied."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str, published: str = "2025-10-10"):
    return [(m.entity.name, m.change_pct, m.close, m.date) for m in facts_of(text, published=published).moves]


def test_codes_in_square_brackets_after_the_name():
    assert _moves("The Shenzhen Component Index [SHE: 399001] added 0.5 percent to 13,725.56, while the ChiNext Index "
                  "[SHE: 399006] jumped 0.7 percent to 3,261.82.") == [
        ("Shenzhen Component Index", 0.5, 13725.56, "2025-10-10"), ("ChiNext Index", 0.7, 3261.82, "2025-10-10")]


def test_yesterday_then_today():
    assert _moves("The Shanghai Composite Index [SHA: 000001] closed up 1.3 percent at 3,933.94 yesterday, but "
                  "retreated almost 1 percent today to 3,897.03.") == [
        ("Shanghai Composite Index", 1.3, 3933.94, "2025-10-09"), ("Shanghai Composite Index", -1.0, 3897.03,
                                                                    "2025-10-10")]


def test_today_is_the_story_s_session():
    assert _moves("Tokyo report\n\nThe Nikkei rose 2% on Thursday. The Nikkei fell 1% today.", "2025-10-10") == [
        ("Nikkei 225", 2.0, None, "2025-10-09"),
        ("Nikkei 225", -1.0, None, "2025-10-10")]


def test_a_day_before_another_clause_of_its_subject_stays_its_own():
    # (a guard: the day opens the sentence; the clause after "but" has a subject of its own)
    assert _moves("On Monday, the Nikkei rose 1%, but the Topix fell 2%.") == [
        ("Nikkei 225", 1.0, None, "2025-10-06"), ("TOPIX", -2.0, None, "2025-10-06")]


def test_descended_with_a_figure_and_a_close_in_pence():
    assert _moves("Easyjet (LON:EZJ) descended 3.82% to 1,544p, while Shell added 1.96% to 2,035p.", "2015-10-07") == [
        ("EasyJet", -3.82, 1544.0, "2015-10-07"), ("Shell plc", 1.96, 2035.0, "2015-10-07")]
    # (a guard: no figure, no move)
    assert not _moves("The plane descended into Heathrow.", "2015-10-07")


def test_dumped_with_a_figure():
    assert _moves("Singapore's Straits Times Index dumped 26.95 points, or 0.8%, to 3,217.11.", "2024-02-21") == [
        ("Straits Times Index", -0.8, 3217.11, "2024-02-21")]
    # (a guard: investors who dumped shares made no move)
    assert not _moves("Foreign investors dumped Indian shares worth Rs 500 crore.", "2024-02-21")
