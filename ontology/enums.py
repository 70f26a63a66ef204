"""Closed value sets. Each is a ``str`` enum so it serialises as its value."""
from __future__ import annotations

from enum import Enum

__all__ = ["EntityType", "Direction", "ActionKind", "DriverCategory", "EdgeKind"]


class EntityType(str, Enum):
    """What a node is."""

    COMPANY = "company"
    SECURITY = "security"  # a second counter of a company, e.g. the RMB counter "-R"/"-WR"
    INDEX = "index"
    SECTOR = "sector"
    INVESTOR = "investor"
    DRIVER = "driver"
    COMMODITY = "commodity"
    CURRENCY = "currency"
    MARKET = "market"
    SESSION = "session"


class Direction(str, Enum):
    """Which way a price moved."""

    UP = "up"
    DOWN = "down"
    FLAT = "flat"


class ActionKind(str, Enum):
    """What an investor did."""

    BOUGHT = "bought"
    SOLD = "sold"
    RAISED_STAKE = "raised_stake"
    CUT_STAKE = "cut_stake"
    UPGRADED = "upgraded"
    DOWNGRADED = "downgraded"
    NET_INFLOW = "net_inflow"
    NET_OUTFLOW = "net_outflow"
    OTHER = "other"


class DriverCategory(str, Enum):
    """The small closed set of reasons a market moves."""

    MONETARY_POLICY = "monetary_policy"
    TRADE_POLICY = "trade_policy"
    FISCAL_STIMULUS = "fiscal_stimulus"
    GEOPOLITICS = "geopolitics"
    EARNINGS = "earnings"
    ANALYST_RATING = "analyst_rating"
    PRODUCT_LAUNCH = "product_launch"
    ORDERS_CONTRACTS = "orders_contracts"
    STAKE_CHANGE = "stake_change"
    CAPITAL_FLOWS = "capital_flows"
    MACRO_DATA = "macro_data"
    SECTOR_ROTATION = "sector_rotation"
    REGULATION = "regulation"
    COMMODITY_PRICES = "commodity_prices"
    SENTIMENT = "sentiment"
    OTHER = "other"


class EdgeKind(str, Enum):
    """The kinds of edge in the merged graph."""

    MOVE = "move"
    CAUSE = "cause"
    ACTION = "action"
    MEMBER_OF = "member_of"
    SECURITY_OF = "security_of"
