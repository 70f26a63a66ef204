"""Regenerate ``ontology/data/listed.csv`` from the ``pytickersymbols`` package.

    pip install 'pytickersymbols==1.17.10'
    python tools/gen_listed.py            # writes ontology/data/listed.csv

pytickersymbols ships the constituents of 20 indices (S&P 500, NASDAQ 100, Dow, FTSE
100, DAX, Nikkei 225, ...) with names, Yahoo/Google symbols, ISINs, industries and
Wikipedia pages. It is only needed here, never at run time: the generated CSV is
committed, and the version that made it is written into its first line.

One row per company: its home listing first (from the package's primary ``symbol``),
then its US listing when the company is foreign and trades on NYSE/Nasdaq (an ADR or
US line: never a home-market ticker). Frankfurt second-line quotes, London IOB lines
and OTC tickers are dropped: wraps do not quote them.
"""
from __future__ import annotations

import csv
import io
import re
import sys
from importlib.metadata import version
from pathlib import Path

__all__ = ["main", "SUFFIX_MIC", "INDEX_IDS"]

#: Yahoo symbol suffix -> (ISO 10383 MIC, ISO country)
SUFFIX_MIC = {
    "T": ("XTKS", "JP"), "L": ("XLON", "GB"), "DE": ("XETR", "DE"), "F": ("XFRA", "DE"), "PA": ("XPAR", "FR"),
    "AS": ("XAMS", "NL"), "MC": ("XMAD", "ES"), "ST": ("XSTO", "SE"), "HE": ("XHEL", "FI"), "BR": ("XBRU", "BE"),
    "SW": ("XSWX", "CH"), "MI": ("XMIL", "IT"), "CO": ("XCSE", "DK"), "OL": ("XOSL", "NO"), "VI": ("XWBO", "AT"),
    "LS": ("XLIS", "PT"), "IR": ("XDUB", "IE"), "HK": ("XHKG", "HK"), "SS": ("XSHG", "CN"), "SZ": ("XSHE", "CN"),
    "KS": ("XKRX", "KR"), "KQ": ("XKRX", "KR"), "AX": ("XASX", "AU"), "NS": ("XNSE", "IN"), "BO": ("XBOM", "IN"),
    "TW": ("XTAI", "TW"), "SI": ("XSES", "SG"), "TO": ("XTSE", "CA"),
}
#: pytickersymbols index name -> marketkg index id (``indices.csv``)
INDEX_IDS = {
    "AEX": "aex", "BEL 20": "bel20", "CAC_40": "cac40", "CAC Mid 60": "cacmid60", "DAX": "dax",
    "DOW JONES": "djia", "EURO STOXX 50": "sx5e", "FTSE 100": "ftse100", "IBEX 35": "ibex35", "MDAX": "mdax",
    "NASDAQ 100": "ndx", "NIKKEI 225": "n225", "OMX Helsinki 25": "omxh25", "OMX Stockholm 30": "omxs30",
    "SDAX": "sdax", "S&P 100": "sp100", "S&P 500": "spx", "S&P 600": "sp600", "Switzerland 20": "smi",
    "TecDAX": "tecdax",
}
#: words of a pytickersymbols industry -> marketkg sector id (first hit wins)
INDUSTRY_SECTORS = (
    ("semiconductor", "semiconductors"), ("software", "software"), ("internet", "internet"), ("e-commerce", "internet"),
    ("bank", "banks"), ("insurance", "insurance"), ("reit", "property"), ("real estate", "property"),
    ("immobilien", "property"), ("pharma", "healthcare"), ("biotech", "healthcare"), ("health", "healthcare"),
    ("medical", "healthcare"), ("automo", "autos_ev"), ("auto,", "autos_ev"), ("telecom", "telecom"),
    ("utilit", "utilities"), ("oil", "energy"), ("gas", "energy"), ("petrol", "energy"), ("energy", "energy"),
    ("fossil", "energy"), ("mining", "metals_mining"), ("metal", "metals_mining"), ("steel", "metals_mining"),
    ("mineral", "metals_mining"), ("airline", "airlines"), ("aerospace", "industrials"), ("transport", "transport"),
    ("railway", "transport"), ("food", "food_beverage"), ("beverage", "food_beverage"), ("drink", "food_beverage"),
    ("retail", "retail"), ("media", "media"), ("broadcast", "media"), ("chemi", "materials"),
    ("materials", "materials"), ("brokerage", "brokers"), ("investment banking", "brokers"),
    ("financ", "financials"), ("technology", "technology"), ("electronic", "hardware"), ("machinery", "industrials"),
    ("industrial", "industrials"), ("construction", "industrials"), ("consumer", "consumer"),
    ("conglomerate", "conglomerates"),
)


def _mic(symbol: str, google: str = "") -> tuple[str, str]:
    """(MIC, country) of a Yahoo symbol; a bare US symbol is NYSE or Nasdaq by its Google prefix."""
    if "." in symbol and symbol.rsplit(".", 1)[1] in SUFFIX_MIC:
        return SUFFIX_MIC[symbol.rsplit(".", 1)[1]]
    return ("XNAS" if google.startswith("NASDAQ:") else "XNYS"), "US"


def _sector(industries: list[str]) -> str:
    for ind in industries:
        low = ind.lower()
        for word, sector in INDUSTRY_SECTORS:
            if word in low:
                return sector
    return ""


def _rows() -> list[dict[str, str]]:
    from pytickersymbols import PyTickerSymbols  # only the generator needs it

    tickers = PyTickerSymbols()
    members: dict[str, set[str]] = {}
    for index in tickers.get_all_indices():
        for stock in tickers.get_stocks_by_index(index):
            members.setdefault(stock["name"], set()).add(INDEX_IDS[index])
    rows: dict[str, dict[str, str]] = {}
    for stock in tickers.get_all_stocks():
        name, home = stock["name"].strip(), (stock.get("symbol") or "").strip()
        if not home or name in rows:
            continue
        yahoo = [s["yahoo"] for s in stock.get("symbols", [])]
        isin_country = (stock.get("isins") or ["US"])[0][:2]
        if "." not in home and home not in yahoo and isin_country != "US":
            # a bare home symbol of a foreign company ("1U1"): its suffixed quote, else Xetra
            home = next((y for y in yahoo if y.split(".")[0] == home and "." in y), f"{home}.DE")
        mic, country = _mic(home, next((s["google"] for s in stock.get("symbols", []) if s["yahoo"] == home), ""))
        listings = [f"{mic}:{home}"]
        if country != "US":
            for sym in stock.get("symbols", []):
                google = sym.get("google", "")
                if "." not in sym["yahoo"] and google.split(":")[0] in ("NYSE", "NASDAQ"):
                    listings.append(f"{_mic(sym['yahoo'], google)[0]}:{sym['yahoo']}")
        meta = stock.get("metadata") or {}
        rows[name] = {
            "name": name, "country": country, "industry": (stock.get("industries") or [""])[0],
            "sector": _sector(stock.get("industries") or []), "indices": "|".join(sorted(members.get(name, ()))),
            "listings": "|".join(dict.fromkeys(listings)), "isin": "|".join(stock.get("isins") or []),
            "wikipedia": meta.get("wikipedia_url", ""),
        }
    return [rows[k] for k in sorted(rows)]


def main(argv: list[str] | None = None) -> int:
    out = Path(argv[0] if argv else Path(__file__).resolve().parent.parent / "ontology" / "data" / "listed.csv")
    buf = io.StringIO()
    buf.write(f"# generated by tools/gen_listed.py from pytickersymbols {version('pytickersymbols')}; do not edit\n")
    writer = csv.DictWriter(buf, ["name", "country", "industry", "sector", "indices", "listings", "isin", "wikipedia"],
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows(_rows())
    out.write_text(buf.getvalue(), encoding="utf-8")
    print(f"wrote {out} ({buf.getvalue().count(chr(10)) - 2} companies)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
