"""Facts of many articles -> one merged networkx ``MultiDiGraph``.

Nodes are keyed by entity id and carry ``type`` (company, security, index, sector,
investor, driver, market, session), ``name``, ``ticker``, ``aliases`` and the ids of
the ``articles`` that mention them.

Edges carry ``kind``:

* ``move``: entity -> trading session (market + day), with direction, change_pct,
  close, turnover, approx and evidence. Everything that moved on a day is one hop
  from the session node. Two articles reporting the same move (entity + day) make
  one edge with both sources; figures that disagree are kept side by side in
  ``reports`` and the edge is flagged ``conflict``.
* ``cause``: driver (or the sector/entity that drove it) -> the entity whose move it
  explains, with the day, cue, stated cause and the move's edge key.
* ``action``: investor -> target (or -> market node for market-wide flows).
* ``member_of``: company -> sector / index, from reference data or the text.
* ``security_of``: a second counter (RMB) -> its company.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import networkx as nx

from marketkg.graph.resolve import alias_map, merge_entity
from marketkg.loaders.resolve import generic_surface
from marketkg.ontology.enums import EdgeKind, EntityType
from marketkg.ontology.figures import figures_agree
from marketkg.ontology.gc import gc_paused
from marketkg.ontology.calendars import exchange_of
from marketkg.ontology.ids import session_id
from marketkg.ontology.models import ArticleFacts, Entity, Evidence
from marketkg.ontology.reference import reference

__all__ = ["build_graph", "build_graph_from", "entity_of", "market_of"]


def _evidence(ev: Evidence, source: str) -> dict[str, Any]:
    return {"article": ev.article, "source": source, "sentence": ev.sentence, "start": ev.start, "end": ev.end}


def market_of(entity_id: str, fallback: str | None) -> str:
    """The market a mover trades in: HKEX codes are Hong Kong, indices know theirs."""
    if entity_id.startswith("hkex-"):
        return "hk"
    market = reference().index_market.get(entity_id)
    return market or fallback or "unknown"


def entity_of(G: nx.MultiDiGraph, node: str) -> Entity:
    """The node as an :class:`Entity` model."""
    data = G.nodes[node]
    return Entity(id=node, name=data["name"], type=EntityType(data["type"]), ticker=data.get("ticker"),
                  aliases=tuple(data.get("aliases", ())), category=data.get("category"),
                  parent=data.get("parent"))


def _mention(articles: list[str], article: str) -> None:
    """Add ``article`` to a node's list once. Facts come one article at a time, so it can
    only be the last one listed: a look at the end, not a search of the whole list, which
    made the build quadratic (a company in 30k articles searched a 30k-long list each time)."""
    if not articles or articles[-1] != article:
        articles.append(article)


def _signature(entity: Entity) -> tuple[object, ...]:
    """The fields of an entity, as a key (hashing the frozen model itself costs more)."""
    return (entity.id, entity.name, entity.type, entity.ticker, entity.aliases, entity.category, entity.parent)


class _Builder:
    def __init__(self, remap: dict[str, str]) -> None:
        self.G = nx.MultiDiGraph()
        self.remap = remap
        self.entities: dict[str, Entity] = {}
        self.merged: set[str] = set()  # ids whose entity came out of merge_entity (its aliases sorted)
        #: id -> the entities (as :func:`_signature`) already merged into it: merging one again
        #: changes nothing (see :meth:`node`), and most mentions are of an entity seen before
        self.absorbed: dict[str, set[tuple[object, ...]]] = {}
        self.sessions: dict[tuple[str, str], str] = {}

    def node(self, entity: Entity, article: str) -> str:
        ident = self.remap.get(entity.id, entity.id)
        sig = _signature(entity)
        absorbed = self.absorbed.setdefault(ident, set())
        if sig in absorbed and ident in self.merged:
            # merge_entity(known, entity) == known once entity was merged into known (or into
            # an entity merged into known): it keeps the ticker and pools the aliases, so the
            # node's data, set from known, stays as it is
            _mention(self.G.nodes[ident]["articles"], article)
            return ident
        absorbed.add(sig)
        if ident != entity.id:
            entity = entity.model_copy(update={"id": ident})
        known = self.entities.get(ident)
        if known is not None:  # a merged entity merged again with an equal one stays as it is
            entity = known if ident in self.merged and known == entity else merge_entity(known, entity)
            self.merged.add(ident)
        self.entities[ident] = entity
        G = self.G
        if ident not in G:
            G.add_node(ident, articles=[])
        data = G.nodes[ident]
        # an article's generic words for its market ("local shares", "the index") name no node
        data.update(type=entity.type.value, name=entity.name, ticker=entity.ticker,
                    aliases=[a for a in entity.aliases if not generic_surface(a)])
        if entity.category is not None:
            data["category"] = entity.category.value
        if entity.parent is not None:
            data["parent"] = entity.parent
        _mention(data["articles"], article)
        return ident

    def session(self, market: str, day: str | None, article: str) -> str:
        key = day if day else f"undated-{article}"
        ident = self.sessions.get((market, key))
        if ident is None:
            ident = self.sessions[market, key] = session_id(market, key)
        if ident not in self.G:
            label = day or "undated"
            self.G.add_node(ident, type=EntityType.SESSION.value, name=f"{market.upper()} session {label}",
                            market=market, exchange=exchange_of(market), date=day, ticker=None, aliases=[],
                            articles=[])
        _mention(self.G.nodes[ident]["articles"], article)
        return ident

    def market(self, region: str | None) -> str:
        ident = f"market-{region or 'unknown'}"
        if ident not in self.G:
            self.G.add_node(ident, type=EntityType.MARKET.value, name=f"{(region or 'unknown').upper()} market",
                            ticker=None, aliases=[], articles=[])
        return ident

    def add(self, facts: ArticleFacts) -> None:
        G = self.G
        art = facts.article
        src = art.source
        move_keys: dict[tuple[str, str | None], str] = {}
        for m in facts.moves:
            ent = self.node(m.entity, art.id)
            market = market_of(ent, facts.market)
            sess = self.session(market, m.date, art.id)
            key = f"move:{ent}:{m.date or 'undated-' + art.id}"
            move_keys[(m.entity.id, m.date)] = key
            report = {"article": art.id, "direction": m.direction.value, "change_pct": m.change_pct,
                      "close": m.close, "approx": m.approx}
            evidence = [_evidence(ev, src) for ev in m.evidence]
            if G.has_edge(ent, sess, key):
                e = G.edges[ent, sess, key]
                agree = e["direction"] == m.direction.value and figures_agree(
                    e["change_pct"], m.change_pct, approx=e["approx"] or m.approx)
                if not agree:
                    e["conflict"] = True
                else:
                    if e["change_pct"] is None:
                        e["change_pct"], e["approx"] = m.change_pct, m.approx
                    e["close"] = e["close"] if e["close"] is not None else m.close
                    e["turnover"] = e["turnover"] or m.turnover
                e["reports"].append(report)
                e["evidence"].extend(evidence)
                e["articles"].append(art.id)
            else:
                G.add_edge(ent, sess, key=key, kind=EdgeKind.MOVE.value, direction=m.direction.value,
                           change_pct=m.change_pct, close=m.close, turnover=m.turnover, approx=m.approx,
                           date=m.date, market=market, conflict=bool(m.conflicts), reports=[report],
                           evidence=evidence, articles=[art.id])
        for c in facts.causes:
            drv = self.node(c.driver, art.id)
            eff = self.node(c.effect, art.id)
            key = f"cause:{drv}:{eff}:{c.date or 'undated-' + art.id}"
            evidence = [_evidence(ev, src) for ev in c.evidence]
            if G.has_edge(drv, eff, key):
                e = G.edges[drv, eff, key]
                if c.cause not in e["causes"]:
                    e["causes"].append(c.cause)
                e["evidence"].extend(evidence)
                e["articles"].append(art.id)
            else:
                G.add_edge(drv, eff, key=key, kind=EdgeKind.CAUSE.value, date=c.date, cue=c.cue,
                           causes=[c.cause], move=move_keys.get((c.effect.id, c.date)), evidence=evidence,
                           articles=[art.id])
        for a in facts.investor_actions:
            inv = self.node(a.investor, art.id)
            tgt = self.node(a.target, art.id) if a.target else self.market(facts.market)
            key = f"action:{inv}:{a.action.value}:{tgt}:{a.date or 'undated-' + art.id}"
            evidence = [_evidence(ev, src) for ev in a.evidence]
            if G.has_edge(inv, tgt, key):
                G.edges[inv, tgt, key]["evidence"].extend(evidence)
                G.edges[inv, tgt, key]["articles"].append(art.id)
            else:
                G.add_edge(inv, tgt, key=key, kind=EdgeKind.ACTION.value, action=a.action.value, date=a.date,
                           amount=a.amount, price=a.price, stake_pct=a.stake_pct, rating_from=a.rating_from,
                           rating_to=a.rating_to, evidence=evidence, articles=[art.id])
        for ms in facts.memberships:
            member = self.node(ms.member, art.id)
            group = self.node(ms.group, art.id)
            self._member(member, group, "text", [_evidence(ev, src) for ev in ms.evidence])

    def _member(self, member: str, group: str, origin: str, evidence: list[dict[str, Any]]) -> None:
        key = f"member:{member}:{group}"
        if self.G.has_edge(member, group, key):
            self.G.edges[member, group, key]["evidence"].extend(evidence)
        else:
            self.G.add_edge(member, group, key=key, kind=EdgeKind.MEMBER_OF.value, origin=origin, evidence=evidence)

    def reference_links(self, *, members: bool = True) -> None:
        """Sector and index memberships (unless ``members`` is false), and counters' companies,
        from the reference data."""
        ref = reference()
        for node, data in list(self.G.nodes(data=True)):
            if data["type"] == EntityType.SECURITY.value and data.get("parent"):
                parent = data["parent"]
                if parent not in self.G and parent in ref.entities:
                    self.node(ref.entities[parent], data["articles"][0])
                if parent in self.G:
                    self.G.add_edge(node, parent, key=f"security_of:{node}", kind=EdgeKind.SECURITY_OF.value)
            if not members or data["type"] != EntityType.COMPANY.value:
                continue
            groups = [ref.sectors.get(node), *ref.more_sectors.get(node, ()), *ref.index_members.get(node, ())]
            for group in filter(None, groups):
                if group not in self.G:
                    if group not in ref.entities:
                        continue
                    g = ref.entities[group]
                    self.G.add_node(group, type=g.type.value, name=g.name, ticker=None,
                                    aliases=list(g.aliases), articles=[])
                self._member(node, group, "reference", [])


def build_graph(all_facts: Iterable[ArticleFacts], *, reference_members: bool = True) -> nx.MultiDiGraph:
    """One graph from the facts of many articles.

    Articles are merged in order of their id (a hash of their text), so the same set of
    articles gives the same graph whatever order they came in. Without
    ``reference_members``, the memberships the reference data give (member_of edges of
    origin ``reference`` and the groups only they bring) are left out: an article's own
    named graph holds none of them, and they were a fifth of the cost of making it.
    """
    facts = sorted(all_facts, key=lambda f: f.article.id)
    return build_graph_from(lambda: facts, reference_members=reference_members)


def build_graph_from(facts_in_id_order: Callable[[], Iterable[ArticleFacts]], *,
                     aliases: dict[str, str] | None = None, reference_members: bool = True) -> nx.MultiDiGraph:
    """:func:`build_graph` over facts that need not all be in memory at once.

    ``facts_in_id_order()`` gives the facts anew on each call, ordered by article id
    (a knowledge base reads them from its files). It is called twice, once for the
    cross-article aliases and once to add the facts, unless ``aliases`` (what
    :func:`~marketkg.graph.resolve.alias_map` gives for the same facts) is passed.
    Holding 10k articles' facts took 870 MB; the graph built from them, 230 MB.
    """
    with gc_paused():
        builder = _Builder(alias_map(facts_in_id_order()) if aliases is None else aliases)
        articles: dict[str, dict[str, Any]] = {}
        for f in facts_in_id_order():
            builder.add(f)
            articles[f.article.id] = {"source": f.article.source, "title": f.article.title,
                                      "published": f.article.published, "trading_day": f.trading_day,
                                      "outlet": f.article.outlet, "warnings": list(f.warnings)}
        builder.reference_links(members=reference_members)
        G = builder.G
        G.graph["articles"] = articles
    return G
