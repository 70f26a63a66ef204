"""``marketkg resolve NAME [--context ARTICLE]``: what a name resolves to, the candidates and why."""
from __future__ import annotations

import argparse
import difflib

from marketkg.ontology.errors import MarketKGError

__all__ = ["add_commands", "resolve_report"]


def _why(ref, name: str) -> tuple[str | None, str]:
    """(entity id, the rule that gave it) for a name alone."""
    if name in ref.surface:
        return ref.surface[name], "an exact name or alias in the reference data"
    if name.casefold() in ref.folded:
        return ref.folded[name.casefold()], "a name or alias in the reference data, in other casing"
    if name.upper() in ref.tickers:
        return ref.tickers[name.upper()], "a ticker of one of its listings"
    if name.upper() in ref.isins:
        return ref.isins[name.upper()], "an ISIN"
    loose = ref.lookup_company_loose(name)
    if loose is not None:
        return loose.id, "a company name with a generic tail (Motors, Group, ...)"
    return None, "no name, alias, ticker or ISIN of the reference data"


def _is_description(name: str) -> bool:
    from marketkg.loaders.descriptions import read_description

    return read_description(name.split()) is not None


def _context(name: str, path: str) -> list[str]:
    """Lines on how ``name`` reads inside an article: its market, the listing, a description's antecedent."""
    from marketkg.loaders.descriptions import fits, read_description
    from marketkg.loaders.sources import iter_articles
    from marketkg.loaders.extract import extract_many
    from marketkg.ontology.calendars import exchange_of
    from marketkg.ontology.reference import reference

    articles = [a for a in iter_articles([path]) if not isinstance(a, Exception)]
    if not articles:
        raise MarketKGError(f"{path}: no article could be read")
    facts = next(iter(extract_many(articles[:1])))
    region = facts.market
    ref = reference()
    lines = [f"context   {path}: market {region or 'unknown'}, exchange {exchange_of(region) or 'unknown'}"]
    ident, _ = _why(ref, name)
    if ident and ref.listings.get(ident):
        lst = ref.listing(ident, region)
        lines.append(f"listing   {lst.mic} {lst.ticker} (the listing a move in this article is on)")
    desc = read_description(name.split())
    if desc is not None:
        named = [m.entity for m in facts.moves] + [a.target for a in facts.investor_actions if a.target]
        fit = next((e for e in reversed(named) if fits(e, desc)), None)
        lines.append(f"described {desc.descriptor!r}" + (f", country {desc.country}" if desc.country else "")
                     + (f": {fit.name} ({fit.id}), the latest company of the article that fits" if fit
                        else ": no company of the article fits; it names nothing"))
    return lines


def resolve_report(name: str, context: str | None = None) -> str:
    """The plain-text answer of ``marketkg resolve``."""
    from marketkg.ontology.reference import reference

    ref = reference()
    ident, why = _why(ref, name.strip())
    lines = [f"name      {name}"]
    if ident:
        ent = ref.entities[ident]
        lines.append(f"resolves  {ent.name} ({ent.id}, {ent.type.value}): {why}")
        for n, lst in enumerate(ref.listings.get(ident, ()), start=1):
            lines.append(f"listing   {lst.mic} {lst.ticker}" + ("  (home)" if n == 1 else ""))
        info = ref.company_info.get(ident)
        if info is not None:
            lines.append(f"country   {info.country or '-'}; industry {info.industry or '-'}; "
                         f"ISIN {', '.join(info.isins) or '-'}")
    elif name.split()[:1] in (["the"], ["The"]) and _is_description(name):
        lines.append("resolves  nothing alone: a description, which names a company met before it in an article "
                     "(see --context), never a company of its own")
    else:
        from marketkg.ontology.ids import company_id

        lines.append(f"resolves  nothing known: {why}; as a company it would be {company_id(name=name)}")
    close = difflib.get_close_matches(name, list(ref.surface), n=6, cutoff=0.75)
    candidates = [f"{c} -> {ref.surface[c]}" for c in close if ref.surface[c] != ident]
    lines.append("candidates " + ("; ".join(candidates) if candidates else "none close"))
    if context:
        lines += _context(name, context)
    return "\n".join(lines) + "\n"


def _cmd(args: argparse.Namespace) -> int:
    print(resolve_report(args.name, args.context), end="")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Add ``resolve`` to the ``marketkg`` parser."""
    from marketkg.exports.cli import add_reference_option

    p = sub.add_parser("resolve", help="what a name, alias, ticker or ISIN resolves to, the candidates and why")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--context", metavar="ARTICLE", help="an article to read the name in (its market, the listing, "
                                                        "what a description stands for)")
    add_reference_option(p)
    p.set_defaults(func=_cmd)
