"""Regenerate ``ontology/data/calendars.json`` from the ``exchange-calendars`` package.

    pip install 'exchange-calendars==4.13.2'
    python tools/gen_calendars.py

For each exchange (by ISO 10383 MIC) of ``markets.csv`` that exchange-calendars knows, it
writes the weekdays that are no session (holidays) and the weekend days that are, from
2000 to 2030. marketkg reads that file at run time and never imports pandas or
exchange-calendars (slow to import); the package and version that made the file are in it.
"""
from __future__ import annotations

import csv
import json
import sys
from importlib.metadata import version
from pathlib import Path

__all__ = ["main"]

START, END = "2000-01-03", "2030-12-31"
#: exchanges that share another's calendar
SAME_AS = {"XNAS": "XNYS", "XSHE": "XSHG", "XNSE": "XBOM", "ARCX": "XNYS", "XASE": "XNYS"}


def main(argv: list[str] | None = None) -> int:
    import exchange_calendars as xcals  # only the generator needs it (and pandas)
    import pandas as pd

    root = Path(__file__).resolve().parent.parent / "ontology" / "data"
    mics = sorted({m for row in csv.DictReader(open(root / "markets.csv", encoding="utf-8"))
                   for m in row["mics"].split("|") if m})
    names = set(xcals.get_calendar_names(include_aliases=False))
    out: dict = {"generator": "tools/gen_calendars.py",
                 "source": f"exchange-calendars {version('exchange-calendars')}", "start": START, "end": END,
                 "same_as": {}, "calendars": {}}
    for mic in mics:
        base = SAME_AS.get(mic, mic)
        if base != mic:
            out["same_as"][mic] = base
            mic = base
        if mic not in names or mic in out["calendars"]:
            continue
        try:
            try:
                cal = xcals.get_calendar(mic, start=START, end=END)
            except ValueError:  # a calendar whose data cover fewer years: its own bounds
                cal = xcals.get_calendar(mic)
        except Exception as err:  # noqa: BLE001 - a calendar this pandas cannot build is left out, and said so
            print(f"skipped {mic}: {type(err).__name__}", file=sys.stderr)
            continue
        sessions = {d.date().isoformat() for d in cal.sessions}
        days = pd.date_range(cal.first_session, cal.last_session, freq="D")
        closed = [d.date().isoformat() for d in days if d.weekday() < 5 and d.date().isoformat() not in sessions]
        weekend = [d.date().isoformat() for d in days if d.weekday() >= 5 and d.date().isoformat() in sessions]
        out["calendars"][mic] = {"first": cal.first_session.date().isoformat(),
                                 "last": cal.last_session.date().isoformat(), "closed": closed,
                                 "weekend_sessions": weekend}
    out["same_as"] = {k: v for k, v in out["same_as"].items() if v in out["calendars"]}
    dest = Path(argv[0]) if argv else root / "calendars.json"
    dest.write_text(json.dumps(out, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {dest} ({len(out['calendars'])} exchanges)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
