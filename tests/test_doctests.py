"""The examples in docstrings are run as tests."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["marketkg.ontology.ids", "marketkg.ontology.reference", "marketkg.ontology.figures",
           "marketkg.loaders.dates", "marketkg.loaders.quantities", "marketkg.loaders.text",
           "marketkg.loaders.mentions"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
