"""Pydantic models for articles, entities and the facts read from them.

Every model is frozen and forbids unknown fields, so a fact cannot be changed after
it was extracted and a misspelt field is an error rather than silent data.
"""
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from marketkg.ontology.enums import ActionKind, DriverCategory, Direction, EntityType
from marketkg.ontology.names import clean_name

__all__ = [
    "TradingDay",
    "Article",
    "Evidence",
    "Entity",
    "PriceMove",
    "Cause",
    "InvestorAction",
    "Membership",
    "ArticleFacts",
]

#: An ISO date ``YYYY-MM-DD``, or ``--MM-DD`` when the year cannot be known.
TradingDay = Annotated[str, Field(pattern=r"^(\d{4}|-)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Article(_Frozen):
    """One article as read from a source, before extraction."""

    id: str = Field(description="Content hash of the text: the same text is the same article.")
    source: str = Field(description="Where it was read from: a path, or path:line for JSON Lines.")
    text: str = Field(description="The original text; every evidence offset points into it.")
    title: str | None = Field(default=None, description="Title from front matter or JSON.")
    published: TradingDay | None = Field(default=None, description="Publication day, if known.")
    outlet: str | None = Field(default=None, description="Publisher or feed name, if given.")
    warnings: tuple[str, ...] = Field(default=(), description="What reading the source noticed (an unreadable date).")


class Evidence(_Frozen):
    """Where a fact was read: the article, the sentence and its character span."""

    article: str = Field(description="Article id.")
    sentence: str = Field(description="The sentence as it stands in the original text.")
    start: int = Field(ge=0, description="Offset of the sentence's first character.")
    end: int = Field(ge=0, description="Offset one past the sentence's last character.")

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError(f"evidence end {self.end} is before start {self.start}")
        return self


class Entity(_Frozen):
    """A node: a company, index, sector, investor, driver, ..."""

    id: str = Field(min_length=1, description="Stable key: same real entity, same id, every run.")
    name: str = Field(min_length=1, description="Canonical display name.")
    type: EntityType
    ticker: str | None = Field(default=None, description="Primary ticker, e.g. 9988.HK.")
    aliases: tuple[str, ...] = Field(default=(), description="Surface forms seen or known.")
    category: DriverCategory | None = Field(default=None, description="For drivers only.")
    parent: str | None = Field(default=None, description="For a second counter: its company id.")

    @field_validator("name")
    @classmethod
    def _visible_name(cls, name: str) -> str:
        """No bidi control or other invisible character, so a name cannot display as another."""
        cleaned = clean_name(name)
        if not cleaned:
            raise ValueError(f"name {name!r} has no visible character")
        return cleaned

    @field_validator("aliases")
    @classmethod
    def _visible_aliases(cls, aliases: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(a for a in map(clean_name, aliases) if a)


class PriceMove(_Frozen):
    """An entity's price moved on a trading day."""

    entity: Entity
    direction: Direction
    change_pct: float | None = Field(default=None, description="Signed percent; None if unstated.")
    close: float | None = Field(default=None, ge=0, description="Closing level or price.")
    turnover: str | None = Field(default=None, description="Turnover as stated, e.g. HKD 20.975 billion.")
    date: TradingDay | None = None
    approx: bool = Field(default=False, description="The text hedges the figure.")
    evidence: tuple[Evidence, ...] = Field(min_length=1)
    conflicts: tuple[float, ...] = Field(default=(), description="Other figures stated for it.")

    @model_validator(mode="after")
    def _sign_agrees(self) -> PriceMove:
        pct = self.change_pct
        if pct is not None and pct != 0 and (pct > 0) != (self.direction is Direction.UP):
            raise ValueError(f"change {pct} disagrees with direction {self.direction.value}")
        return self


class Cause(_Frozen):
    """A driver explains an entity's move."""

    effect: Entity
    cause: str = Field(min_length=1, description="The cause as stated, a short phrase.")
    driver: Entity = Field(description="The canonical driver node the cause maps to.")
    cue: str | None = Field(default=None, description="The linking word: after, as, amid, ...")
    date: TradingDay | None = None
    evidence: tuple[Evidence, ...] = Field(min_length=1)


class InvestorAction(_Frozen):
    """An investor bought, sold, rated or moved money into an entity or a market."""

    investor: Entity
    action: ActionKind
    target: Entity | None = Field(default=None, description="None for a market-wide flow.")
    amount: str | None = Field(default=None, description="As stated: 2.6 million shares, HKD 56 billion.")
    price: float | None = Field(default=None, ge=0, description="Average price paid, if stated.")
    stake_pct: float | None = Field(default=None, ge=0, le=100, description="Resulting stake.")
    rating_from: str | None = None
    rating_to: str | None = None
    date: TradingDay | None = None
    evidence: tuple[Evidence, ...] = Field(min_length=1)


class Membership(_Frozen):
    """A company belongs to a sector or an index (stated in the text)."""

    member: Entity
    group: Entity
    evidence: tuple[Evidence, ...] = Field(min_length=1)


class ArticleFacts(_Frozen):
    """Everything read from one article."""

    article: Article
    moves: tuple[PriceMove, ...] = ()
    causes: tuple[Cause, ...] = ()
    investor_actions: tuple[InvestorAction, ...] = ()
    memberships: tuple[Membership, ...] = ()
    trading_day: TradingDay | None = Field(default=None, description="The session the article covers.")
    market: str | None = Field(default=None, description="Region code of the market the article covers, e.g. hk.")
    warnings: tuple[str, ...] = ()
