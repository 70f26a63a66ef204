"""Price moves: a table of genre sentences -> the moves they state (and traps that state none)."""
from __future__ import annotations

import pytest

from tests.conftest import facts_of

# sentence, [(entity id, direction, change_pct, close, approx)]
MOVES = [
    ("The S&P 500 dropped 1.4% to 5,614.56 on Tuesday, while the Nasdaq Composite slid 2.1%.",
     [("idx-spx", "down", -1.4, 5614.56, False), ("idx-ixic", "down", -2.1, None, False)]),
    ("The Dow Jones Industrial Average edged up 0.5%, or 210 points, to 42,000.12.",
     [("idx-djia", "up", 0.5, 42000.12, False)]),
    ("The Hang Seng Index rose 412.3 points, or 1.7%, to 24,683.86.",
     [("idx-hsi", "up", 1.7, 24683.86, False)]),
    ("In Tokyo, the Nikkei 225 index finished down 1.8% at 37,155.50.",
     [("idx-n225", "down", -1.8, 37155.5, False)]),
    ("Europe's STOXX 600 ended 0.4% higher, and Germany's DAX climbed 0.8%.",
     [("idx-sxxp", "up", 0.4, None, False), ("idx-dax", "up", 0.8, None, False)]),
    ("France's CAC 40 was flat.", [("idx-cac40", "flat", 0.0, None, False)]),
    ("Tencent rose 7.6%; Meituan, XPeng up 5%; BYD rose 3.6%.",
     [("hkex-0700", "up", 7.6, None, False), ("hkex-3690", "up", 5.0, None, False),
      ("hkex-9868", "up", 5.0, None, False), ("hkex-1211", "up", 3.6, None, False)]),
    ("Shares of Novo Nordisk sank 12% after the drugmaker cut its sales forecast.",
     [("tkr-novo-b-co", "down", -12.0, None, False)]),
    ("SoftBank Group plunged nearly 9.5%, and Tokyo Electron dropped about 4%.",
     [("tkr-9984-t", "down", -9.5, None, True), ("tkr-8035-t", "down", -4.0, None, True)]),
    ("Sunny Optical (2382.HK) fell 3.2%; AAC Technologies (2018.HK) slid 2.9%.",
     [("hkex-2382", "down", -3.2, None, False), ("hkex-2018", "down", -2.9, None, False)]),
    ("Meituan -W (3690.HK) closing price HKD 95.55, down 2.99%, trading volume HKD 4.434 billion",
     [("hkex-3690", "down", -2.99, 95.55, False)]),
    ("Zijin Mining was the top gainer, rising 6.1%, followed by China Hongqiao, up 5.3%.",
     [("hkex-2899", "up", 6.1, None, False), ("hkex-1378", "up", 5.3, None, False)]),
    ("Brent crude rose 2% to $75 a barrel, lifting PetroChina by 3.5% and CNOOC by 4%.",
     [("cmd-brent", "up", 2.0, 75.0, False), ("hkex-0857", "up", 3.5, None, False),
      ("hkex-0883", "up", 4.0, None, False)]),
    ("Geely Automobile surged as much as 12% intraday before paring gains to close 6% higher.",
     [("hkex-0175", "up", 6.0, None, False)]),
    ("Nio (+3.1%) and Li Auto (-2.4%) diverged.",
     [("co-nio", "up", 3.1, None, False), ("hkex-2015", "down", -2.4, None, False)]),  # a signed bracketed figure
    # after a name is its move, predicate or not (Korean and Pakistani wraps list sectors and stocks so)
    ("Gold miners such as Zijin Mining (+4.2%) and Zhaojin Mining (+3.9%) rallied.",
     [("hkex-2899", "up", 4.2, None, False), ("hkex-1818", "up", 3.9, None, False),
      ("sector-metals_mining", "up", None, None, False)]),
    ("Cambridge Technology dropped 5.7% while Apple stock edged up 0.3%.",
     [("co-cambridge-technology", "down", -5.7, None, False), ("tkr-aapl", "up", 0.3, None, False)]),
    ("Hang Seng Index drops 2% as tech rout deepens", [("idx-hsi", "down", -2.0, None, False)]),
    ("At the end of trade, the benchmark Hang Seng was down 412.35 points, or 1.6%, at 25,456.12.",
     [("idx-hsi", "down", -1.6, 25456.12, False)]),
    ("The top gainer was Sino Biopharmaceutical, which rose 6.2%, while the biggest loser was Kuaishou, "
     "which fell 7.5%.", [("hkex-1177", "up", 6.2, None, False), ("hkex-1024", "down", -7.5, None, False)]),
    ("Japan's Nikkei index was up 0.2%.", [("idx-n225", "up", 0.2, None, False)]),
    ("The pan-European STOXX 600 benchmark rose 0.9% to a record close of 560.21.",
     [("idx-sxxp", "up", 0.9, 560.21, False)]),
    ("\u2022 Hang Seng Index: +0.85% to 25,928.08\n\u2022 HSCEI: -0.9%\n- Xiaomi (1810.HK): +6.3%, after strong EV orders",
     [("idx-hsi", "up", 0.85, 25928.08, False), ("idx-hscei", "down", -0.9, None, False),
      ("hkex-1810", "up", 6.3, None, False)]),
    ("The hang seng index rised 0.85 % ; NIO climbed 7 per cent. Alibaba Group Holding Ltd shares slipped 1.1 pc.",
     [("idx-hsi", "up", 0.85, None, False), ("hkex-9866", "up", 7.0, None, False),
      ("hkex-9988", "down", -1.1, None, False)]),
    ("Oil prices fell 1.2% as OPEC+ signalled it would raise output; UBS shares jumped 9.2%.",
     [("cmd-crude-oil", "down", -1.2, None, False), ("tkr-ubsg-sw", "up", 9.2, None, False)]),
    ("Southbound capital inflows surged to HK$12 billion.", []),
    ("Tencent, the gaming and social media giant, rose 2.3%, while Xiaomi's Hong Kong-listed shares fell 1.1%.",
     [("hkex-0700", "up", 2.3, None, False), ("hkex-1810", "down", -1.1, None, False)]),
    ("Alibaba's US-listed shares rose 3% overnight.", [("hkex-9988", "up", 3.0, None, False)]),
    ("HSI closed 123 pts higher at 25,456, while HSCEI rose 51 pts or 0.6% to 9,102.",
     [("idx-hsi", "up", None, 25456.0, False), ("idx-hscei", "up", 0.6, 9102.0, False)]),
    ("Hang Seng Index 25,222.02 (-2.38%)", [("idx-hsi", "down", -2.38, 25222.02, False)]),
    ("Tencent Holdings closed at HK$610, a decline of 1.77%. Meituan's closing price was HKD 95.55, a drop of 2.99%.",
     [("hkex-0700", "down", -1.77, 610.0, False), ("hkex-3690", "down", -2.99, 95.55, False)]),
    ("China Mobile posted a 2% gain, while China Unicom recorded a 1.5% loss.",
     [("hkex-0941", "up", 2.0, None, False), ("hkex-0762", "down", -1.5, None, False)]),
    ("Pop Mart hit a record high, rising as much as 8% before closing up 5.3%.",
     [("hkex-9992", "up", 5.3, None, False)]),
    ("Xpeng Motors soared 10.5%; TENCENT's stock price fell 1%.",
     [("hkex-9868", "up", 10.5, None, False), ("hkex-0700", "down", -1.0, None, False)]),
    ("The yuan weakened 0.2% to 7.12 per dollar, while the yen strengthened 0.5%.",
     [("fx-cny", "down", -0.2, 7.12, False), ("fx-jpy", "up", 0.5, None, False)]),
]

TRAPS = [
    "China's exports rose 7% in November from a year earlier, beating forecasts.",
    "The 10-year Treasury yield rose to 4.6%.",
    "Xiaomi's revenue jumped 30% year on year, while its smartphone shipments grew 5%.",
    "Analysts expect Meituan shares to rise 20% over the next year.",
    "The unemployment rate dropped to 3.8%, and the Caixin PMI increased to 51.2.",
    "Bookings on flights to Japan dropped 29% since mid-November.",
    "Sales could grow sixfold, with the bank projecting a 10% decline in ad revenue.",
    "The index briefly surpassed the 26,000-point mark during intraday trading.",
    "Norges Bank increased its holding, lifting its ownership to 5.16%.",
    "Around 17 tech companies have raised a combined HK$52 billion, a sevenfold increase.",
    "There were 423 stocks that rose, 1,886 that fell and 814 that closed flat.",
]


@pytest.mark.parametrize(("sentence", "expected"), MOVES, ids=[s[:40] for s, _ in MOVES])
def test_moves_table(sentence, expected):
    got = [(m.entity.id, m.direction.value, m.change_pct, m.close, m.approx) for m in facts_of(sentence).moves]
    assert sorted(got) == sorted(expected)


@pytest.mark.parametrize("sentence", TRAPS, ids=[s[:40] for s in TRAPS])
def test_traps_are_not_moves(sentence):
    assert facts_of(sentence).moves == ()


def test_headline_and_body_are_one_move_with_both_evidences():
    text = ("**Bilibili Surges 5%**\nBilibili Inc. (BILI) rose 5.22% to HKD 213.60 after a stake purchase.")
    (move,) = facts_of(text).moves
    assert (move.change_pct, move.close) == (5.22, 213.6)
    assert len(move.evidence) == 2


def test_conflicting_figures_in_one_article_are_kept_and_flagged():
    facts = facts_of("Alibaba rose 4.1% on Monday.\nLater on, Alibaba rose 6.3%, the data show.")
    (move,) = facts.moves
    assert move.change_pct == 4.1 and move.conflicts == (6.3,)
    assert any("conflicting" in w for w in facts.warnings)


def test_evidence_quotes_the_original_text_exactly():
    text = "Rare\u2011earth names rallied: JL Mag Rare\u2011Earth climbed 5.2% on Friday."
    facts = facts_of(text)
    assert facts.moves
    for move in facts.moves:
        for ev in move.evidence:
            assert text[ev.start:ev.end] == ev.sentence
