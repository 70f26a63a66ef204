"""Reuters' Gulf wraps with codes in brackets (the 313th set): a list of movers with a code after the first and a
described second ("as Emaar Properties (EMAR.DU) and unit Emaar Malls (EMAA.DU) dropped 1%"), and a mover named
after its country's description set off by commas ("as the country's largest lender, Commercial International Bank,
(COMI.CA) rose 1%").

Sentences were written for these tests in the style of Reuters, not copied."""
from __future__ import annotations

from tests.conftest import moves_and_causes


def _facts(text: str):
    return moves_and_causes(text, published="2021-06-09")


def test_movers_with_codes_and_a_described_second():
    moves, causes = _facts("Dubai's index eased 0.2% as Emaar Properties (EMAR.DU) and unit Emaar Malls (EMAA.DU) "
                           "dropped 1.1%.")
    assert [(name, pct) for name, _, pct, _ in moves] == [
        ("DFM General Index", -0.2), ("Emaar Properties", -1.1), ("Emaar Malls", -1.1)]
    assert ("DFM General Index", "Emaar Properties (EMAR.DU) and unit Emaar Malls (EMAA.DU) dropped 1.1%") in causes


def test_a_mover_after_its_country_s_description_set_off_by_commas():
    _, causes = _facts("Egypt's blue-chip index (.EGX30) closed 0.7% higher as the country's largest lender, Commercial "
                       "International Bank, (COMI.CA) rose 1.1%.")
    assert causes == {("EGX 30", "the country's largest lender, Commercial International Bank, (COMI.CA) rose 1.1%")}
