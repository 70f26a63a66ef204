"""Bindings of ``sparql --bind`` as a ``VALUES`` block the query planner sees.

Oxigraph applies SEP-0007 substitutions after planning: a query whose selective
pattern is its bound parameter (``?subject dcterms:identifier ?entity``) is planned as
if the parameter were free, and matches every price move of every article graph
first (minutes on a 1k knowledge base). The same binding written as a ``VALUES``
block at the head of the query's ``WHERE`` group is planned from: an index lookup on
the value, then on what it joins (milliseconds).

The block is made of terms pyoxigraph serializes (N-Triples syntax: a literal's
quotes and backslashes escaped, an IRI validated when the term was made), and goes
only where the lexer of :mod:`marketkg.exports.sparql_guard` is sure of the place: the first ``{`` outside comments,
strings and IRIs of a ``SELECT`` or ``ASK`` query, when that group is not a
sub-select. Anything else (``CONSTRUCT``, ``DESCRIBE``, a triple term, a variable the
query does not name) returns ``None``: the caller passes substitutions as before.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from marketkg.exports.sparql_guard import blanked

__all__ = ["with_values"]

_WORD = re.compile(r"[A-Za-z]+")


def _where_brace(query: str) -> int | None:
    """Offset just past the ``{`` opening the WHERE group of a SELECT or ASK query."""
    text = blanked(query)
    if text is None:
        return None
    brace = text.find("{")
    if brace < 0:
        return None
    words = {w.upper() for w in _WORD.findall(text[:brace])}
    if not words & {"SELECT", "ASK"} or words & {"CONSTRUCT", "DESCRIBE"}:
        return None
    after = _WORD.match(text[brace + 1:].lstrip())
    if after and after.group(0).upper() == "SELECT":  # WHERE { SELECT ... }: no room for VALUES
        return None
    return brace + 1


def _names(query: str) -> set[str]:
    text = blanked(query) or ""
    return set(re.findall(r"[?$]([A-Za-z0-9_]+)", text))


def with_values(query: str, bindings: Mapping[str, Any]) -> str | None:
    """``query`` with ``bindings`` (variable name -> pyoxigraph term) as a ``VALUES``
    block heading its WHERE group, or ``None`` when that cannot be done safely."""
    import pyoxigraph as ox

    if not bindings:
        return None
    if not all(isinstance(t, (ox.NamedNode, ox.Literal)) for t in bindings.values()):  # no blank node in VALUES
        return None
    if not set(bindings) <= _names(query):
        return None
    at = _where_brace(query)
    if at is None:
        return None
    names = sorted(bindings)
    block = (f" VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(str(bindings[n]) for n in names)}) }}\n")
    return query[:at] + block + query[at:]
