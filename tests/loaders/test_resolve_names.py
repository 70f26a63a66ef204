"""Company names that are common words. (The table of names across markets, written by hand,
is tests/ontology/test_name_table.py.)"""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


@pytest.mark.parametrize("text", ["Next week, stocks may rise 2%.", "Target prices rose 2% on average.",
                                  "Orange juice futures rose 2%.", "Compass readings aside, the index rose 2%."])
def test_common_words_that_are_company_names_are_never_the_listed_company(text):
    assert not [m for m in facts_of(text).moves if m.entity.id.startswith("tkr-")]
