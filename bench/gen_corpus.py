"""A seeded generator of realistic Hong Kong market wrap-ups, any number of them.

Articles are built from templates and the shipped reference data (companies, indices,
brokers and other investors, drivers), so they read like the sample articles: index
moves with closes and turnover, movers with figures and causes, broker ratings, stake
changes, southbound flows, "Gold miners like A (+x%) and B (+y%)" lists, and now and
then a company not in the reference data, first seen with its code and later by name.

    python bench/gen_corpus.py --n 10000 --out /tmp/corpus            # JSON Lines, 1000 a file
    python bench/gen_corpus.py --n 50 --out /tmp/corpus --format txt  # one .txt a file

The same ``--seed`` gives the same bytes.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

from marketkg.ontology.enums import EntityType
from marketkg.ontology.reference import reference

__all__ = ["generate", "write_corpus"]

_UP = ["rose", "gained", "climbed", "jumped", "advanced", "added", "surged", "rallied"]
_DOWN = ["fell", "dropped", "declined", "slipped", "slid", "lost", "tumbled", "retreated"]
_UP_CAUSES = [
    "hopes of a Federal Reserve rate cut", "expectations of fresh stimulus from Beijing",
    "the PBOC's cut to the loan prime rate", "strong quarterly results", "robust earnings",
    "a new contract win", "the launch of a new AI model", "southbound inflows", "improving risk appetite",
    "better-than-expected PMI data", "rising gold prices", "a share buyback",
]
_DOWN_CAUSES = [
    "fresh US tariffs", "escalating trade tensions", "profit-taking", "hawkish signals from the Fed",
    "weak quarterly results", "a regulatory probe", "falling oil prices", "geopolitical tensions",
    "a tech sell-off", "a stronger dollar", "disappointing retail sales data",
]
_CUES = ["after", "amid", "on"]
_OPENERS_UP = ["Hong Kong stocks extended gains on {day}", "Hong Kong shares closed higher on {day}",
               "The Hong Kong market rebounded on {day}"]
_OPENERS_DOWN = ["Hong Kong stocks fell on {day}", "Hong Kong shares closed lower on {day}",
                 "The Hong Kong market retreated on {day}"]
_UNKNOWN = ["GaoDi", "Lianhe Robotics", "Zhongke Quantum", "Huaxin Biotech", "Pearl River Semis",
            "Jiangnan Battery", "Tianma Cloud", "Xinhai Mining", "Boyu Logistics", "Longsheng Foods"]
_SECTOR_GROUPS = [("Gold miners like", "metals"), ("Tech heavyweights including", "tech"),
                  ("Property developers such as", "property"), ("Chipmakers including", "chips")]


def _pct(rng: random.Random, lo: float = 0.3, hi: float = 9.0) -> float:
    return round(rng.uniform(lo, hi), 2)


def _trading_days(rng: random.Random, start: dt.date) -> Iterator[dt.date]:
    day = start
    while True:
        if day.weekday() < 5:
            yield day
        day += dt.timedelta(days=1)


class _Refs:
    def __init__(self) -> None:
        ref = reference()
        companies = [e for e in ref.entities.values() if e.type is EntityType.COMPANY and e.id.startswith("hkex-")]
        self.companies = sorted(companies, key=lambda e: e.id)
        self.brokers = sorted((e for e in ref.entities.values() if e.type is EntityType.INVESTOR
                               and e.id not in ("inv-southbound", "inv-northbound")), key=lambda e: e.id)
        self.brokers = [b for b in self.brokers if " " not in b.name or len(b.name) < 30][:18]


def _article(rng: random.Random, refs: _Refs, day: dt.date, n: int) -> dict[str, str]:
    up = rng.random() < 0.55
    weekday = day.strftime("%A")
    hsi = _pct(rng, 0.1, 3.5)
    level = round(rng.uniform(16_000, 28_000), 2)
    turnover = round(rng.uniform(90, 320), 2)
    verb = rng.choice(_UP if up else _DOWN)
    cause = rng.choice(_UP_CAUSES if up else _DOWN_CAUSES)
    opener = rng.choice(_OPENERS_UP if up else _OPENERS_DOWN).format(day=weekday)
    paras = [
        f"{opener}, {rng.choice(['amid', 'on', 'weighed by' if not up else 'buoyed by'])} {cause}.",
        f"The Hang Seng Index {verb} {hsi}% to {level:,.2f}, while the Hang Seng Tech Index "
        f"{rng.choice(_UP if up else _DOWN)} {_pct(rng, 0.1, 4.5)}% and the Hang Seng China Enterprises Index "
        f"{rng.choice(_UP if up else _DOWN)} {_pct(rng, 0.1, 3.0)}%. Main board turnover was HKD {turnover} billion.",
    ]
    movers = rng.sample(refs.companies, k=rng.randint(5, 9))
    lines = []
    for i, co in enumerate(movers):
        m_up = rng.random() < (0.7 if up else 0.3)
        pct = _pct(rng)
        v = rng.choice(_UP if m_up else _DOWN)
        name = rng.choice([co.name, *co.aliases]) if co.aliases else co.name
        r = rng.random()
        if r < 0.3:
            lines.append(f"{name} {v} {pct}% {rng.choice(_CUES)} {rng.choice(_UP_CAUSES if m_up else _DOWN_CAUSES)}.")
        elif r < 0.45 and refs.brokers:
            b = rng.choice(refs.brokers)
            act, rating = ("upgraded", "buy") if m_up else ("downgraded", "neutral")
            lines.append(f"{name} {v} {pct}% after {b.name} {act} the stock to {rating}.")
        elif r < 0.55:
            price = round(rng.uniform(2, 600), 2)
            lines.append(f"{name} ({co.ticker}) {v} {pct}% to HKD {price}.")
        else:
            lines.append(f"{name} {v} {pct}%.")
    paras.append(" ".join(lines))
    group, _ = rng.choice(_SECTOR_GROUPS)
    pair = rng.sample(refs.companies, k=2)
    sign = "+" if up else "-"
    paras.append(f"{group} {pair[0].name} ({sign}{_pct(rng)}%) and {pair[1].name} ({sign}{_pct(rng)}%) "
                 f"{'advanced' if up else 'declined'} {rng.choice(_CUES)} {cause}.")
    flow = round(rng.uniform(1, 25), 2)
    paras.append(f"Southbound funds recorded net {'inflows' if up else 'outflows'} of HK${flow} billion on {weekday}.")
    if rng.random() < 0.3:
        co = rng.choice(refs.companies)
        stake = round(rng.uniform(5, 25), 2)
        shares = round(rng.uniform(0.5, 9.5), 1)
        paras.append(f"{rng.choice(refs.brokers).name} raised its stake in {co.name} to {stake}%, "
                     f"buying {shares} million shares, according to HKEX filings.")
    if rng.random() < 0.2:
        unk = rng.choice(_UNKNOWN)
        code = 1600 + _UNKNOWN.index(unk)
        paras.append(f"{unk} Co., Ltd. ({code}.HK) {rng.choice(_UP)} {_pct(rng)}% in its trading debut.")
    if rng.random() < 0.2:
        unk = rng.choice(_UNKNOWN)
        paras.append(f"Elsewhere, {unk} {rng.choice(_DOWN)} {_pct(rng)}% on profit-taking.")
    text = "\n\n".join(paras) + "\n"
    title = f"Hang Seng {'gains' if up else 'slips'} {hsi}% {('as' if up else 'amid')} {cause}"
    return {"id": f"wrap-{n:07d}", "title": title, "published": day.isoformat(), "source": "generated", "text": text}


def generate(n: int, *, seed: int = 7, start: str = "2024-01-02") -> Iterator[dict[str, str]]:
    """``n`` articles as JSON Lines records ``{id, title, published, source, text}``."""
    rng = random.Random(seed)
    refs = _Refs()
    days = _trading_days(rng, dt.date.fromisoformat(start))
    day = next(days)
    # four wrap-ups a day up to 10k articles; more a day above, so that any size spans
    # about ten years (100k at four a day would run to the year 2100, which no reader takes)
    turn = 1 / max(4.0, n / 2500)
    for i in range(n):
        if i and rng.random() < turn:
            day = next(days)
        yield _article(rng, refs, day, i)


def write_corpus(n: int, out: str | Path, *, seed: int = 7, fmt: str = "jsonl", per_file: int = 1000) -> list[Path]:
    """Write ``n`` articles under ``out``: JSON Lines files of ``per_file`` records, or .txt files."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if fmt == "txt":
        for rec in generate(n, seed=seed):
            path = out / f"{rec['id']}.txt"
            path.write_text(f"---\npublished: {rec['published']}\ntitle: {rec['title']}\n---\n{rec['text']}",
                            encoding="utf-8")
            written.append(path)
        return written
    batch: list[str] = []
    for rec in generate(n, seed=seed):
        batch.append(json.dumps(rec, ensure_ascii=False))
        if len(batch) == per_file:
            written.append(out / f"part-{len(written):05d}.jsonl")
            written[-1].write_text("\n".join(batch) + "\n", encoding="utf-8")
            batch = []
    if batch:
        written.append(out / f"part-{len(written):05d}.jsonl")
        written[-1].write_text("\n".join(batch) + "\n", encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, required=True, help="number of articles")
    p.add_argument("--out", required=True, help="folder to write into")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--format", choices=["jsonl", "txt"], default="jsonl")
    p.add_argument("--per-file", type=int, default=1000, help="records per JSON Lines file")
    args = p.parse_args(argv)
    files = write_corpus(args.n, args.out, seed=args.seed, fmt=args.format, per_file=args.per_file)
    print(f"{args.n} articles in {len(files)} file(s) under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
