"""Entity resolution across articles.

Within one article, mentions already resolve to reference entities or to ids made
from exchange codes and normalised names. Across articles one more step is needed:
a company first seen with its code ("GaoDi Co., Ltd. (1676.HK)") and later by name
alone ("GaoDi") must be one node. :func:`alias_map` finds such pairs from the
surface forms of all articles and the reference data.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from marketkg.ontology.enums import EntityType
from marketkg.ontology.models import ArticleFacts, Entity
from marketkg.ontology.ids import name_key
from marketkg.ontology.reference import reference

__all__ = ["name_key", "alias_map", "merge_entity"]

def _entities(all_facts: Iterable[ArticleFacts]) -> Iterable[Entity]:
    for f in all_facts:
        for m in f.moves:
            yield m.entity
        for c in f.causes:
            yield c.effect
            yield c.driver
        for a in f.investor_actions:
            yield a.investor
            if a.target:
                yield a.target
        for ms in f.memberships:
            yield ms.member
            yield ms.group


@lru_cache(maxsize=1)
def _reference_keys() -> tuple[tuple[str, str], ...]:
    """(name key, id) of every reference company's name and alias, computed once per process."""
    keys: dict[str, str] = {}
    for ent in reference().entities.values():
        if ent.type is EntityType.COMPANY:
            for form in (ent.name, *ent.aliases):
                keys.setdefault(name_key(form), ent.id)
    return tuple(keys.items())


def alias_map(all_facts: Iterable[ArticleFacts]) -> dict[str, str]:
    """Ids to rewrite: an unknown company's name-based id -> the id of the entity with
    a code or reference entry whose name or alias reduces to the same key."""
    anchored = dict(_reference_keys())
    loose: dict[str, set[str]] = {}
    for ent in _entities(all_facts):
        if ent.type is not EntityType.COMPANY:
            continue
        keys = {name_key(form) for form in (ent.name, *ent.aliases)}
        if ent.id.startswith("co-"):
            for k in keys:
                loose.setdefault(k, set()).add(ent.id)
        else:
            for k in keys:
                anchored.setdefault(k, ent.id)
    remap: dict[str, str] = {}
    for key, ids in sorted(loose.items()):
        target = anchored.get(key)
        if target:
            for ident in sorted(ids):
                remap.setdefault(ident, target)
    return remap


def merge_entity(a: Entity, b: Entity) -> Entity:
    """One entity from two views of it: the reference view wins, aliases are pooled."""
    keep = a if (a.ticker or not b.ticker) else b
    aliases = tuple(sorted(set(a.aliases) | set(b.aliases) | {a.name, b.name} - {keep.name}))
    return keep.model_copy(update={"aliases": aliases})
