"""A cue right after a cause verb's object gives causes of the same effect: "miners weighed on
the market after weak metal prices and renewed worries hit sentiment". Sentences written in the
style of Reuters wraps."""
from __future__ import annotations

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str]]:
    return [(c.effect.name, c.cause) for c in facts_of(text).causes]


def test_the_cue_after_the_object_explains_the_same_effect():
    causes = _causes("Australian shares finished down 0.8 percent on Tuesday as financials and miners weighed on the "
                     "market after weak metal prices and renewed worries about Cyprus hit investor sentiment.")
    assert ("S&P/ASX 200", "financials") in causes and ("S&P/ASX 200", "miners") in causes
    assert ("S&P/ASX 200", "weak metal prices") in causes
    assert len(causes) == 4


def test_a_time_after_the_object_is_no_cause():
    assert _causes("Miners weighed on the FTSE 100 after the open.") == [("FTSE 100", "Miners")]
