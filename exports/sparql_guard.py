"""Finding a ``SERVICE`` clause in SPARQL text, so that ``marketkg sparql`` fetches nothing
from the network unless asked to (``--allow-service``).

pyoxigraph runs ``SERVICE <http://...>`` itself, with its own HTTP client, and offers no
switch to turn that off; the query is therefore read first. Comments, string literals and
IRIs are blanked out (they may say "service" harmlessly), then any ``SERVICE`` keyword
counts. The reading errs on the side of refusing: a text it cannot split cleanly (an
unterminated string) is searched whole, and variables and prefixed names called
``service`` are the only look-alikes let through.
"""
from __future__ import annotations

import re

__all__ = ["has_service", "blanked"]

_IRI = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_LONG = {'"""': re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""', re.S),
         "'''": re.compile(r"'''(?:[^'\\]|\\.|'(?!''))*'''", re.S)}
_SHORT = {'"': re.compile(r'"(?:[^"\\\n\r]|\\.)*"'), "'": re.compile(r"'(?:[^'\\\n\r]|\\.)*'")}
_COMMENT = re.compile(r"#[^\n\r]*")
#: the keyword, not a variable (?service), a prefixed name (service:x, ex:service) or part of a word
_SERVICE = re.compile(r"(?<![\w?$:-])service(?![\w:.-])", re.I)


def blanked(query: str) -> str | None:
    """``query`` with comments, strings and IRIs blanked (spaces, same length, so offsets
    hold), or None when it does not split cleanly."""
    out: list[str] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        m = None
        if ch == "<":
            m = _IRI.match(query, i)
        elif ch in "\"'":
            long = query[i:i + 3]
            pattern = _LONG.get(long) or _SHORT[ch]
            m = pattern.match(query, i)
            if m is None:
                return None
        elif ch == "#":
            m = _COMMENT.match(query, i)
        if m is None:
            out.append(ch)
            i += 1
        else:
            out.append(" " * (m.end() - i))
            i = m.end()
    return "".join(out)


def has_service(query: str) -> bool:
    """Whether the SPARQL text may hold a ``SERVICE`` clause (federated query).

    >>> has_service('SELECT * { ?s ?p ?o . SERVICE <http://example.org/sparql> { ?s ?q ?r } }')
    True
    >>> has_service('SELECT ?service { ?service ?p "a SERVICE" } # SERVICE')
    False
    """
    text = blanked(query)
    return bool(_SERVICE.search(query if text is None else text))
