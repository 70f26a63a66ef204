"""A participle's aside before the verb, and the words around a daily price limit (sentences
written for these tests in the styles of Bloomberg and Xinhua; not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.close) for m in facts_of("Markets\n\n" + text).moves]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the aside's object, and an appositive after it, are no subject
    ("Huaxin Cement Co., controlled by Holcim Ltd., the world's second-biggest cement maker, gained 10 percent "
     "to 25.56 yuan.", [("Huaxin Cement Co.", 10.0, 25.56)]),
    ("Jidong Cement Co., owned in part by BBMG Corp., the Beijing builder, fell 3 percent.",
     [("Jidong Cement Co.", -3.0, None)]),
    # an appositive of the subject itself still names it
    ("Anhui Conch, China's biggest cement producer, added 5.5 percent.", [("Anhui Conch Cement", 5.5, None)]),
])
def test_the_subject_before_an_aside(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Kestrel Cement Co. rose by the daily 20 percent limit to 31.46 yuan.",
    "Kestrel Cement Co. rose by the daily limit of 20 percent to 31.46 yuan.",
    "Kestrel Cement Co. rose by the 20 percent daily limit to 31.46 yuan.",
    "Kestrel Cement Co. rose by the maximum 20 percent to 31.46 yuan.",
    "Kestrel Cement Co., based in the eastern Anhui province, rose by the daily 20 percent limit to 31.46 yuan.",
])
def test_a_daily_limit(sentence):
    assert _moves(sentence) == [("Kestrel Cement Co.", 20.0, 31.46)]
