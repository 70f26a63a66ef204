"""marketkg: market news in, one knowledge graph out.

The package is four rooms, importing one way only::

    ontology  <- loaders  <- graph  <- exports

``ontology`` holds the vocabulary (models, enums, identifiers, reference data),
``loaders`` reads articles and extracts facts, ``graph`` resolves and merges them
into one networkx graph and answers questions, ``exports`` writes RDF, HTML and
JSON Lines and hosts the command line.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
