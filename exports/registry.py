"""Exporters by format name. Built-in formats register exactly as a plug-in would."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from marketkg.ontology.errors import MarketKGError
from marketkg.ontology.ids import DEFAULT_BASE_IRI

__all__ = ["Exporter", "register", "get", "names"]

#: writes the graph to a file: ``writer(G, dest, **options) -> Path``
Exporter = Callable[..., Path]
_REGISTRY: dict[str, tuple[Exporter, str]] = {}


def register(name: str, writer: Exporter, *, filename: str) -> None:
    """Make ``writer`` available as format ``name``; ``filename`` is its default file name."""
    _REGISTRY[name] = (writer, filename)


def get(name: str) -> tuple[Exporter, str]:
    """(writer, default file name) of a format."""
    _load_builtins()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise MarketKGError(f"unknown export format {name!r}; known: {', '.join(names())}") from None


def names() -> list[str]:
    _load_builtins()
    return sorted(_REGISTRY)


def _load_builtins() -> None:
    if _REGISTRY:
        return
    from marketkg.exports import graph_json, html, rdf

    def ttl(G: nx.MultiDiGraph, dest: Path, **options: Any) -> Path:
        return rdf.write_turtle(G, dest, base=options.get("base_iri") or DEFAULT_BASE_IRI)

    def page(G: nx.MultiDiGraph, dest: Path, **options: Any) -> Path:
        return html.write_html(G, dest, max_nodes=options.get("html_max_nodes"), day=options.get("html_day"),
                               max_edges=options.get("html_max_edges", html.DEFAULT_MAX_EDGES))

    register("ttl", ttl, filename="graph.ttl")
    register("html", page, filename="graph.html")
    register("json", lambda G, dest, **_: graph_json.write_graph_json(G, dest), filename="graph.json")
