"""Entity resolution across articles.

Within one article, mentions already resolve to reference entities or to ids made
from exchange codes and normalised names. Across articles one more step is needed:
a company first seen with its code ("GaoDi Co., Ltd. (1676.HK)") and later by name
alone ("GaoDi") must be one node. :func:`alias_map` finds such pairs from the
surface forms of all articles and the reference data.
"""
from __future__ import annotations

import json
from collections import ChainMap
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set as AbstractSet
from functools import lru_cache
from types import MappingProxyType

from marketkg.ontology.enums import EntityType
from marketkg.ontology.models import ArticleFacts, Entity
from marketkg.ontology.ids import name_key
from marketkg.ontology.reference import reference

__all__ = ["name_key", "alias_map", "company_alias_map", "company_rows", "stored_companies", "merge_entity"]

#: where ArticleFacts hold entities: list field -> the entity fields of each item
ENTITY_FIELDS = (("moves", ("entity",)), ("causes", ("effect", "driver")), ("investor_actions", ("investor", "target")),
                 ("memberships", ("member", "group")))


def _companies(all_facts: Iterable[ArticleFacts]) -> Iterator[tuple[str, str, Sequence[str]]]:
    """(id, name, aliases) of each company the facts name."""
    for f in all_facts:
        for field, roles in ENTITY_FIELDS:
            for item in getattr(f, field):
                for role in roles:
                    ent = getattr(item, role)
                    if ent is not None and ent.type is EntityType.COMPANY:
                        yield ent.id, ent.name, ent.aliases


def company_rows(facts: ArticleFacts) -> str:
    """The companies of one article's facts as JSON, ``[[id, name, aliases], ...]``, each once
    (in the order first named): what :func:`stored_companies` reads of its stored facts, kept
    by the knowledge base's index so that the alias pass need not read every article again."""
    return json.dumps(list(dict.fromkeys((i, n, tuple(a)) for i, n, a in _companies([facts]))),
                      ensure_ascii=False, separators=(",", ":"))


def stored_companies(data: str | bytes) -> Iterator[tuple[str, str, Sequence[str]]]:
    """:func:`_companies` of one article's stored facts (``ArticleFacts.model_dump_json``), read
    as plain JSON: the alias pass over a knowledge base needs no more, at a fifth of the cost."""
    doc = json.loads(data)
    for field, roles in ENTITY_FIELDS:
        for item in doc.get(field) or ():
            for role in roles:
                ent = item.get(role)
                if ent is not None and ent.get("type") == EntityType.COMPANY.value:
                    yield ent["id"], ent["name"], ent.get("aliases") or ()


@lru_cache(maxsize=1)
def _reference_keys() -> Mapping[str, str]:
    """Name key -> id of every reference company's name and alias, computed once per process."""
    keys: dict[str, str] = {}
    for ent in reference().entities.values():
        if ent.type is EntityType.COMPANY:
            for form in (ent.name, *ent.aliases):
                keys.setdefault(name_key(form), ent.id)
    return MappingProxyType(keys)


@lru_cache(maxsize=1)
def _reference_tails() -> dict[str, frozenset[str]]:
    """:func:`_tail_extensions` of the reference names alone, computed once per process: every
    article's graph is resolved against them (the per-article N-Quads of a knowledge base too)."""
    return {k: frozenset(v) for k, v in _tail_extensions(_reference_keys(), {}).items()}


def alias_map(all_facts: Iterable[ArticleFacts]) -> dict[str, str]:
    """Ids to rewrite: an unknown company's name-based id -> the id of the entity with
    a code or reference entry whose name or alias reduces to the same key."""
    return company_alias_map(_companies(all_facts))


def company_alias_map(companies: Iterable[tuple[str, str, Sequence[str]]]) -> dict[str, str]:
    """:func:`alias_map` of the (id, name, aliases) of every company the facts name."""
    known = _reference_keys()
    coded: dict[str, str] = {}  # keys of the entities with a code the articles name (the reference's win)
    loose: dict[str, set[str]] = {}
    for ident, name, aliases in companies:
        keys = {name_key(form) for form in (name, *aliases)}
        if ident.startswith("co-"):
            for k in keys:
                loose.setdefault(k, set()).add(ident)
        else:
            for k in keys:
                if k not in known:
                    coded.setdefault(k, ident)
    remap: dict[str, str] = {}
    longer = _tail_extensions(coded, loose, known=_reference_tails())
    anchored = ChainMap(known, coded)
    for key, ids in sorted(loose.items()):
        variants = longer.get(key, set()) if len(key) >= 5 else set()
        target = anchored.get(key) or (min(variants) if len(variants) == 1 else None)
        if target:
            for ident in sorted(ids):
                if ident != target:
                    remap.setdefault(ident, target)
    for ident in sorted(remap):  # "Acme" -> "Acme Motors" -> the reference entity "Acme Motors Ltd"
        seen = {ident}
        while remap[ident] in remap and remap[ident] not in seen:
            seen.add(remap[ident])
            remap[ident] = remap[remap[ident]]
        if remap[ident] == ident:
            del remap[ident]
    return remap


#: words a company's short name drops: "Chow Tai Fook" for "Chow Tai Fook Jewellery"; not words that
#: make another company ("Alibaba Health", "Hang Seng Bank", "Bank of Communications")
NAME_TAILS = frozenset({"jewellery", "jewelry", "motors", "motor", "auto", "automobile", "automotive", "technology",
                        "technologies", "tech", "pharma", "pharmaceutical", "pharmaceuticals", "electronics",
                        "international", "industries", "industrial", "enterprises", "corporation", "co", "inc",
                        "ltd", "limited", "holdings", "group"})


def _tail_extensions(anchored: Mapping[str, str], loose: dict[str, set[str]],
                     known: Mapping[str, frozenset[str]] | None = None) -> Mapping[str, AbstractSet[str]]:
    """Name key -> the ids of entities whose key is it plus tail words only; added to
    ``known``, the extensions already found of other names (left unchanged).

    >>> _tail_extensions({}, {"acme": {"co-acme"}, "acme motors": {"co-acme-motors"}, "acme health": {"co-x"}})
    {'acme': {'co-acme-motors'}}
    """
    known = known or {}
    out: dict[str, set[str]] = {}
    for other, ids in [*((k, {v}) for k, v in anchored.items()), *loose.items()]:
        words = other.split()
        n = len(words)
        while n > 1 and words[n - 1] in NAME_TAILS:
            n -= 1
            key = " ".join(words[:n])
            if key not in out:
                out[key] = set(known.get(key, ()))
            out[key].update(ids)
    return ChainMap(out, known) if known else out


def merge_entity(a: Entity, b: Entity) -> Entity:
    """One entity from two views of it: the reference view wins, aliases are pooled."""
    keep = a if (a.ticker or not b.ticker) else b
    aliases = tuple(sorted(set(a.aliases) | set(b.aliases) | {a.name, b.name} - {keep.name}))
    if aliases == keep.aliases:  # the same entity again, mostly: a copy equal to it costs a model copy
        return keep
    return keep.model_copy(update={"aliases": aliases})
