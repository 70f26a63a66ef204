"""Moves from a risers and fallers table (Sharecast's "FTSE 100 - Risers" rows of name, code, price and
change), from "Shares in Germany's Metro", and from names with their code in square brackets after the
exchange (Fin24's "Long4Life [JSE:L4L]"), whose exchange tells which listing the code is (sentences written
for these tests in those styles; not copied)."""
from __future__ import annotations

from tests.conftest import facts_of


def _moves(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.entity.name, m.change_pct, m.close) for m in facts_of(text, published="2024-05-15").moves]


_TABLE = """London close: FTSE 100 ends higher

FTSE 100 - Risers

Whitbread (WTB) 2,951.00p 4.20%

Smith (DS) (SMDS) 474.20p 0.96%

FTSE 100 - Fallers

National Grid (NG.) 998.60p -0.59%

Diageo (DGE) 2,480.50p 1.55%
"""


def test_the_rows_of_a_risers_and_fallers_table():
    moves = _moves(_TABLE)
    assert ("Whitbread", 4.2, 2951.0) in moves
    assert ("Smith", 0.96, 474.2) in moves
    assert ("National Grid plc", -0.59, 998.6) in moves
    # an unsigned change under "Fallers" is a fall
    assert ("Diageo", -1.55, 2480.5) in moves


def test_an_unsigned_row_with_no_heading_is_no_move():
    # (a guard, as the next: the code before the table rows read none of these either)
    assert _moves("Results today.\n\nWhitbread (WTB) 2,951.00p 4.20%\n") == []


def test_a_row_needs_its_price_and_only_its_codes():
    # (a sentence with words between the name and the figures is no row)
    assert _moves("FTSE 100 - Risers\n\nWhitbread said profit was 2,951.00p 4.20%\n") == []


def test_a_place_that_owns_the_company_is_no_market():
    # Reuters: "Shares in Germany's Metro fell a further 4 percent"
    assert _moves("Shares in Germany's Metro fell a further 4 percent on Wednesday.") == [("Metro", -4.0, None)]


def test_codes_in_square_brackets():
    # Fin24: "Long4Life [JSE:L4L] jumped 6.67% to close at R5.92 per share"
    text = ("Long4Life [JSE:L4L] jumped 6.67% to close at R5.92 per share. Retailers Pick n Pay [JSE:PIK] and "
            "Mr Price [JSE:MRP] gained 3.73% and 2.72% respectively.")
    assert _moves(text) == [("Long4Life", 6.67, 5.92), ("Pick n Pay", 3.73, None), ("Mr Price", 2.72, None)]


def test_the_exchange_tells_the_listing():
    # "[JSE:VOD]" is Vodacom in Johannesburg, not Vodafone's VOD in London; "(ASX: BHP)" is still BHP
    moves = _moves("Vodacom [JSE:VOD] rose 4.41% and Naspers (JSE: NPN) fell 1%. Shares of BHP (ASX: BHP) rose 2%.")
    assert [name for name, _, _ in moves] == ["Vodacom", "Naspers", "BHP Group"]


def test_the_name_after_a_ranking_and_its_copula():
    # Arab News' style: "The top-performing stock of the session was Kestrel Refining Co., rising 3.62 percent"
    assert _moves("The top-performing stock of the session was Almarai Co., rising 3.62 percent to SR71.40.") == [
        ("Almarai Co.", 3.62, 71.4)]
    # (a guard: the rank after its name was read before too)
    assert _moves("The top gainer was Almarai, up 3%.") == [("Almarai", 3.0, None)]


def test_the_philippine_all_shares_index():
    # The Philippine Star's style: "while the wider All Shares index shed 31.40 points or 0.69 percent"
    text = ("MANILA - The PSEi lost 1.2% to 7,482.10 while the wider All Shares index shed 31.40 points or 0.69 "
            "percent to end at 4,552.80.")
    assert _moves(text) == [("PSEi", -1.2, 7482.1), ("PSE All Shares Index", -0.69, 4552.8)]


def test_a_companys_hyphenated_name():
    # Reuters: "Spirax-Sarco was the STOXX 600's best performer, closing up 6 percent": the whole name
    assert _moves("Spirax-Sarco was the STOXX 600's best performer, closing up 6 percent.") == [
        ("Spirax Group", 6.0, None)]
    # (a guard: a share class after the hyphen stays the class: "Baidu-SW", "Alibaba-W")
    assert _moves("Baidu-SW rose 2% and Alibaba-W fell 1%.") == [("Baidu Inc", 2.0, None),
                                                                ("Alibaba Group Holding", -1.0, None)]


def test_a_name_across_its_for():
    # Arab News: "Other top gainers included Perfect Presentation for Commercial Services Co., whose share price
    # rose 3.37 percent" (a guard first: "Company for" was one name before)
    assert _moves("Other top gainers included National Company for Glass Industries, which rose 3.37 percent to "
                  "SR11.66, and Zamil Trading Co., which gained 2.22 percent.") == [
        ("National Company for Glass Industries", 3.37, 11.66), ("Zamil Trading Co.", 2.22, None)]
    assert _moves("Other top gainers included Perfect Presentation for Commercial Services Co., whose share price "
                  "rose 3.37 percent to SR11.66.") == [("Perfect Presentation for Commercial Services Co.", 3.37, 11.66)]
