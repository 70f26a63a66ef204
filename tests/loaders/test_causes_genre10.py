"""Causes from the blind sets of the Gulf, Korean, European and Indian wires: a sector's worries
after 'on', 'This came after X' pointing at the sentence before, an index's with-list of the
stocks that moved it, 'the sector' naming the sector before it, and names with lower-case
particles (sentences written for these tests in the styles of Reuters, Yonhap, CNBC and IANS;
not copied)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of


def _causes(text: str) -> list[tuple[str, str]]:
    return [(c.effect.name, c.cause) for c in facts_of(text).causes]


def _moves(text: str) -> list[tuple[str, float | None]]:
    return [(m.entity.name, m.change_pct) for m in facts_of(text).moves]


@pytest.mark.parametrize(("text", "expected"), [
    # a sector named before the concern noun: the cause, not where the move happened
    ("Seoul stocks sink 1.3 pct on chip sector worries\n\nThe KOSPI fell 1.3 percent on Friday.",
     [("KOSPI", "chip sector worries")]),
    ("Taiwan stocks fall 2.1% on tech sector fears", [("TAIEX", "tech sector fears")]),
    # "This came after X": the move of the sentence right before
    ("Shares of Glencore plunged 9 percent.\n\nThis came after a broker questioned the value left for "
     "shareholders.", [("Glencore", "a broker questioned the value left for shareholders")]),
    ("The Nifty fell 1.2 per cent. The weakness came on the back of weak global cues.",
     [("Nifty 50", "weak global cues")]),
])
def test_pointing_back_and_sector_concerns(text, expected):
    assert _causes(text) == expected


@pytest.mark.parametrize("text", [
    # no move right before "This": nothing to explain
    "The Nifty fell 1.2 per cent.\n\nThe mood was sour all week. This came after a long holiday.",
    # a sector's shares after "on" are where, not why
    "The index rose 1% on bank shares.",
])
def test_no_cause(text):
    assert [c for c in facts_of(text).causes if c.cause.startswith(("a long", "bank"))] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # the companies of an index's with-list moved the index with them
    ("Abu Dhabi's index rose 0.6%, with developer Aldar Properties climbing 2.4% and First Abu Dhabi Bank "
     "adding 1.1%.", [("FTSE ADX General Index", "developer Aldar Properties climbing 2.4%"),
                      ("FTSE ADX General Index", "First Abu Dhabi Bank adding 1.1%")]),
    ("Egypt's blue-chip index fell 0.8%, with Commercial International Bank losing 2.3%.",
     [("EGX 30", "Commercial International Bank losing 2.3%")]),
    # one that moved against the index is no cause of it
    ("Egypt's blue-chip index fell 0.8%, with Commercial International Bank gaining 2.3%.", []),
    # a sector's with-list is no index's ("members" of a sector are read as co-movers)
    ("Property stocks rallied 2%, with Longfor up 6%.", []),
])
def test_with_list_of_an_index(sentence, expected):
    assert _causes(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "the sector" names the sector before it in its sentence
    ("Shares of Australian miners slid, with the sector down 1.4 per cent by the close.",
     [("Metals and mining", -1.4)]),
    ("European banking stocks slid on Thursday, with the sector closing 1.9 percent lower.", [("Banks", -1.9)]),
    # lower-case particles inside a name
    ("Banca Kestrel dei Colli di Lucca slid 2.6%.", [("Banca Kestrel dei Colli di Lucca", -2.6)]),
    ("Banco do Brasil rose 2.1% and Credit du Nord fell 1%.", [("Banco do Brasil", 2.1), ("Credit du Nord", -1.0)]),
])
def test_names_and_the_sector(sentence, expected):
    assert _moves(sentence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an amount given again in another currency stays inside the cause
    ("Standard Bank fell 3.4 percent after it took an $80 million (R844 million) hit from bad loans.",
     [("Standard Bank Group", "it took an $80 million (R844 million) hit from bad loans")]),
    # a figure-less predicate of a sector, then its cue
    ("Bank shares were under pressure after the regulator released its annual stress test results.",
     [("Banks", "the regulator released its annual stress test results")]),
    ("Retailers also suffered as a grocer warned of the worst trading in 40 years.",
     [("Retail", "a grocer warned of the worst trading in 40 years")]),
    # "The afternoon decline came after X": a move noun with its time of day points back
    ("The FTSE 100 fell 1.5%. The afternoon decline came after jobless claims rose unexpectedly.",
     [("FTSE 100", "jobless claims rose unexpectedly")]),
    # the mover going on as before is no cause; another entity's course is
    ("Admiral dropped 5.5% on Friday, as the car insurer extended Thursday's losses.", []),
    ("The Nikkei fell 1% as the yen extended its gains.", [("Nikkei 225", "the yen extended its gains")]),
])
def test_more_western_wire_causes(text, expected):
    assert _causes(text) == expected


def test_results_released_are_no_product_launch():
    [cause] = facts_of("Bank shares were under pressure after the regulator released its annual stress test "
                       "results.").causes
    assert cause.driver.name != "Product launch"


@pytest.mark.parametrize(("text", "expected"), [
    # a concern of its own after "and": two causes
    ("South Korean stocks closed 1.2 percent lower on Friday as investors worried about the outlook for chipmakers "
     "and political uncertainties in Washington.",
     [("KOSPI", "investors worried about the outlook for chipmakers"),
      ("KOSPI", "political uncertainties in Washington")]),
    # a sector subject with a verb cue right after it
    ("Energy-related shares tracked strength in global oil prices.", [("Energy", "strength in global oil prices")]),
    # an index that gave up its early gains, then the cue
    ("The Singapore index reversed early gains after the city-state cut its growth outlook.",
     [("Straits Times Index", "the city-state cut its growth outlook")]),
    # "the overall sector" names no sector of its own
    ("Lenovo fell 0.4%, but the overall sector was dragged down by adjustments in the tech industry.", []),
])
def test_second_concerns_and_sector_cues(text, expected):
    assert _causes(text) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # two sectors that moved, named in one phrase: two causes, the second with the clause's verb
    ("The Sensex closed 0.8 percent lower, as healthcare and automobile stocks slid.",
     [("BSE Sensex", "healthcare"), ("BSE Sensex", "automobile stocks slid")]),
    ("The S&P 500 advanced 1.3%, as energy shares and materials shares rallied.",
     [("S&P 500", "energy shares"), ("S&P 500", "materials shares rallied")]),
])
def test_two_sectors_that_moved(sentence, expected):
    assert _causes(sentence) == expected


def test_each_sector_of_a_joined_mover_has_its_own_driver():
    causes = facts_of("The S&P 500 advanced 1.3%, as energy shares and materials shares rallied.").causes
    assert [c.driver.name for c in causes] == ["Energy", "Materials"]


@pytest.mark.parametrize(("text", "expected"), [
    # a company's reported loss and a day are its results, not the market's earlier move
    ("Chemical maker Mexichem dropped 1.29 percent after the company reported a quarterly loss on Monday.",
     [("Mexichem", "the company reported a quarterly loss on Monday")]),
    ("The Nikkei rose 1% after Wednesday's 3 percent drop.", []),
    # TheStreet's quote widget after a code; a second clause after an irregular past tense
    ("Halliburton  (HAL) - Get Free Report shares surged 6% as crude prices rose and Morgan Stanley upgraded the "
     "oil-services company to overweight.",
     [("Halliburton", "crude prices rose"),
      ("Halliburton", "Morgan Stanley upgraded the oil-services company to overweight")]),
])
def test_results_widgets_and_second_clauses(text, expected):
    assert _causes(text) == expected


def test_a_commodity_inside_a_compound_is_no_commodity():
    # "the oil-services company" is Halliburton, not oil
    [action] = facts_of("Halliburton shares surged 6% after Morgan Stanley upgraded the oil-services company to "
                        "overweight.").investor_actions
    assert (action.action.value, action.target.name) == ("upgraded", "Halliburton")


@pytest.mark.parametrize(("text", "expected"), [
    # a participle that leads a wider slump, where it was, then the cue; "and on X" repeats the cue; the
    # leader's move is the wider slump's cause
    ("Dubai shares tumbled, leading a slump in stocks throughout the Middle East as oil extended its retreat and "
     "on concern global growth may slow.",
     [("DFM General Index", "oil extended its retreat"), ("DFM General Index", "concern global growth may slow"),
      ("Middle East markets", "Dubai shares tumbled")]),
    # the cause's subject with an "including" aside, then its verb
    ("Country Garden tumbled 15.3 per cent as analysts, including those at BCA Research, Trivium China and abrdn, "
     "said stimulus efforts fell short.",
     [("Country Garden Holdings", "analysts, including those at BCA Research, Trivium China and abrdn, said stimulus "
                                  "efforts fell short")]),
])
def test_leading_asides_and_long_subjects(text, expected):
    assert _causes(text) == expected
