"""The one small error hierarchy every room raises from."""
from __future__ import annotations

__all__ = ["MarketKGError", "InputError", "ExportError", "UnknownEntityError", "printable"]


class MarketKGError(Exception):
    """Base of every error marketkg raises on purpose."""


class InputError(MarketKGError):
    """An input source could not be read as an article.

    The message always names the source (and line, for JSON Lines) and the problem,
    so the command line can print it as one line.
    """

    def __init__(self, source: str, problem: str, *, line: int | None = None) -> None:
        self.source = source
        self.problem = problem
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {problem}")


class ExportError(MarketKGError):
    """An output could not be written (the previous file, if any, is left intact)."""


class UnknownEntityError(MarketKGError):
    """A name given by a user matches no entity; carries the closest matches."""

    def __init__(self, name: str, suggestions: list[str], *, ambiguous: bool = False) -> None:
        self.name = name
        self.suggestions = suggestions
        self.ambiguous = ambiguous
        if ambiguous:
            super().__init__(f"{name!r} names more than one entity: {', '.join(suggestions)}; say which")
        else:
            hint = f"; closest: {', '.join(suggestions)}" if suggestions else ""
            super().__init__(f"no entity named {name!r}{hint}")


def printable(text: str, limit: int = 160) -> str:
    r"""Text from outside (a server, a file, a parser's message) safe in a one-line message:
    control, format and separator characters (but the plain space) escaped, at most
    ``limit`` characters.

    >>> printable("OK\x1b[2J\u202e")
    'OK\\x1b[2J\\u202e'
    """
    out = "".join(ch if ch.isprintable() else
                  f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else
                  f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}" for ch in text)
    return out if len(out) <= limit else out[:limit - 3] + "..."
