"""When two stated figures can describe the same move."""
from __future__ import annotations

from decimal import Decimal

__all__ = ["figures_agree", "decimals"]


def figures_agree(a: float | None, b: float | None, *, approx: bool = False) -> bool:
    """Whether two stated changes can be the same move: equal, one a rounding of the
    other ("Bilibili Surges 5%" and "rose 5.22%", "a half percent fall" and "down 0.55%": a half
    either way), within a point when hedged, or one unstated.

    >>> figures_agree(5.0, 5.22), figures_agree(4.65, 4.65), figures_agree(2.38, 3.21), figures_agree(-0.5, -0.55)
    (True, True, False, True)
    >>> figures_agree(4.2, 4.26), figures_agree(4.2, 4.31), figures_agree(5.0, 5.9)
    (True, False, False)
    """
    if a is None or b is None:
        return True
    if abs(a - b) < 0.011:
        return True
    if approx and abs(a - b) <= 1.0:
        return True
    # (not round(): -0.55 is stored as -0.55000000000000004 and rounds to -0.6); a figure with decimals may also cut
    # the finer one short: Reuters' bullet "LG Display up 4.2 pct" over its body's "climbing 4.26 percent"
    return any(decimals(x) < decimals(y) and (abs(x - y) <= 0.5 * 10.0 ** -decimals(x) + 1e-9
                                              or decimals(x) > 0 and _truncated(x, y))
               for x, y in ((a, b), (b, a)))


def _truncated(short: float, long: float) -> bool:
    """Whether ``short`` is ``long`` cut to fewer decimals (4.2 of 4.26, -1.3 of -1.38)."""
    return (short < 0) == (long < 0) and 0 <= abs(long) - abs(short) < 10.0 ** -decimals(short) - 1e-9


def decimals(figure: float) -> int:
    """How many decimals a stated figure has, as written: "6%" none, "6.4%" one, "6.40%" one (as parsed);
    repr may have no "." at all ("5e+29", "1e-05").

    >>> decimals(6.0), decimals(6.4), decimals(12099.49), decimals(1e-05)
    (0, 1, 2, 5)
    """
    return max(0, -int(Decimal(repr(float(figure))).normalize().as_tuple().exponent))
