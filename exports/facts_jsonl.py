"""Facts as JSON Lines, in the form of the facts contract (one object per article)."""
from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from typing import Any

from marketkg.ontology.models import ArticleFacts, Entity, Evidence

__all__ = ["facts_record", "to_facts_jsonl", "facts_jsonl_lines"]


def _entity(e: Entity | None) -> dict[str, Any] | None:
    if e is None:
        return None
    out: dict[str, Any] = {"id": e.id, "name": e.name, "type": e.type.value, "ticker": e.ticker,
                           "aliases": list(e.aliases)}
    if e.category is not None:
        out["category"] = e.category.value
    if e.parent is not None:
        out["parent"] = e.parent
    return out


def _sources(evidence: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    return [{"sentence": ev.sentence, "start": ev.start, "end": ev.end} for ev in evidence]


def facts_record(facts: ArticleFacts) -> dict[str, Any]:
    """The contract's object for one article (extra fields: ids, spans, drivers, warnings)."""
    a = facts.article
    return {
        "source": a.source,
        "article_id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "published": a.published if a.published and a.published[0].isdigit() else None,
        "trading_day": facts.trading_day,
        "moves": [
            {"entity": _entity(m.entity), "direction": m.direction.value, "change_pct": m.change_pct,
             "close": m.close, "turnover": m.turnover, "date": m.date, "approx": m.approx,
             "evidence": m.evidence[0].sentence, "sources": _sources(m.evidence),
             **({"conflicting_pct": list(m.conflicts)} if m.conflicts else {})}
            for m in facts.moves
        ],
        "causes": [
            {"effect": _entity(c.effect), "cause": c.cause, "cue": c.cue, "driver": _entity(c.driver),
             "date": c.date, "evidence": c.evidence[0].sentence, "sources": _sources(c.evidence)}
            for c in facts.causes
        ],
        "investor_actions": [
            {"investor": _entity(x.investor), "action": x.action.value, "target": _entity(x.target),
             "amount": x.amount, "price": x.price, "stake_pct": x.stake_pct, "rating_from": x.rating_from,
             "rating_to": x.rating_to, "date": x.date, "evidence": x.evidence[0].sentence,
             "sources": _sources(x.evidence)}
            for x in facts.investor_actions
        ],
        "memberships": [
            {"member": _entity(m.member), "group": _entity(m.group), "evidence": m.evidence[0].sentence}
            for m in facts.memberships
        ],
        "warnings": list(facts.warnings),
    }


#: Characters JSON leaves raw in a string but that split a line for some readers
#: (Python's ``str.splitlines``, JavaScript before ES2019): escaped, so a record is one line.
_LINE_BREAKS = {ord("\x85"): "\\u0085", ord("\u2028"): "\\u2028", ord("\u2029"): "\\u2029"}


def _finite(value: Any) -> Any:
    """NaN and infinities become null: they are not JSON."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


def _line(record: dict[str, Any]) -> str:
    try:
        text = json.dumps(record, ensure_ascii=False, allow_nan=False)
    except ValueError:
        text = json.dumps(_finite(record), ensure_ascii=False, allow_nan=False)
    return text.translate(_LINE_BREAKS) + "\n"


def facts_jsonl_lines(all_facts: Iterable[ArticleFacts]) -> Iterator[str]:
    """The lines of :func:`to_facts_jsonl`, one article at a time (for writing a large file
    without holding it, or the facts, whole)."""
    return (_line(facts_record(f)) for f in all_facts)


def to_facts_jsonl(all_facts: Iterable[ArticleFacts]) -> str:
    """JSON Lines text: one line per article (whatever line separators the text holds),
    keys in a fixed order, UTF-8 text kept as it is; never NaN or Infinity."""
    return "".join(facts_jsonl_lines(all_facts))
