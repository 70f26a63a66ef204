"""A story's byline and a quote's time words are no antecedent: "By Renae Merle / Washington Post Staff Writer" names
people, not companies; "The company's stock plummeted 39 percent" after "the government stepped in ... to bolster
Citigroup" is Citigroup's (a bank the reference data know as a broker is its listed stock here); "The week began on a
sour note, and it has ended on a sour note" tells of the week (the Washington Post, 2009).

Sentences were written for these tests in the style of the Washington Post, not copied."""
from __future__ import annotations

from tests.conftest import facts_of

_STORY = """Stocks Slide Again

By Jane Doe
Washington Post Staff Writer

Stocks fell again yesterday as the government moved for a second time to prop up Citigroup, the New York bank. The \
company's stock plunged 38 percent, to $1.60 a share. "The month began on a bad note, and it has ended on a bad \
note," said an analyst.
"""


def test_a_byline_is_no_company_and_a_listed_broker_is_its_stock():
    facts = facts_of(_STORY, published="2009-02-28")
    assert [(m.entity.name, m.change_pct, m.close) for m in facts.moves] == [("Citigroup", -38.0, 1.6)]
