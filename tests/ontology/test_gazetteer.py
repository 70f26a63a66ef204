"""The gazetteer's cached patterns (issue 11: loading the reference adds under 0.3 s) and
the reference cache's safety: a damaged, truncated or foreign cache file is rebuilt, never
an error; files are written whole; the same data give the same file and the same matches."""
from __future__ import annotations

import json
import os
import pickle
from types import SimpleNamespace

import pytest
import spacy
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from marketkg.loaders import gazetteer as gz
from marketkg.loaders.gazetteer import GazetteerMatcher, TokenMatcher, form_tokens, patterns_key, read_patterns
from marketkg.ontology.ref_cache import cached
from marketkg.ontology.reference import ReferenceData, build_reference, reference

FORMS = ["Hang Seng Bank", "Alibaba -W", "A.P. Moller - Maersk", "9988.HK", "Toyota Motor Corp."]


@pytest.fixture()
def nlp():
    return spacy.blank("en")


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MARKETKG_CACHE", str(tmp_path))
    return tmp_path


def _files(folder, prefix="gazetteer-"):
    return sorted(p for p in folder.iterdir() if p.name.startswith(prefix))


def _spacy_spans(nlp, ref, doc):
    """What the gazetteer matched before its patterns were cached: two spaCy PhraseMatchers."""
    exact, folded = PhraseMatcher(nlp.vocab, attr="ORTH"), PhraseMatcher(nlp.vocab, attr="LOWER")
    for matcher, table in ((exact, ref.surface), (folded, ref.folded)):
        by_id: dict[str, list[str]] = {}
        for form, ident in sorted(table.items()):
            by_id.setdefault(ident, []).append(form)
        for ident, forms in by_id.items():
            matcher.add(ident, list(nlp.tokenizer.pipe(forms)))
    spans = [doc[s:e] for m, s, e in exact(doc)] + [doc[s:e] for m, s, e in folded(doc)]
    labels = [doc.vocab.strings[m] for m, s, e in exact(doc)] + [doc.vocab.strings[m] for m, s, e in folded(doc)]
    for span, label in zip(spans, labels):
        span.label_ = label
    return [(s.start, s.end, s.label_) for s in filter_spans(spans)]


def test_matches_equal_spacys_phrase_matcher_on_every_form(nlp, cache):
    ref = reference()
    forms = sorted(ref.surface)
    text = "\n".join([" . ".join(forms), " . ".join(f.upper() for f in forms), " . ".join(f.lower() for f in forms),
                      "Shares of Hang Seng Bank and the Hang Seng Index; Alibaba Health, Alibaba Group-SW (9988.HK)."])
    doc = nlp.make_doc(text)
    ours = [(s.start, s.end, s.label_) for s in GazetteerMatcher(nlp, ref)(doc)]
    assert len(ours) > len(forms)
    assert ours == _spacy_spans(nlp, ref, doc)


def test_token_matcher_finds_overlapping_and_repeated_patterns():
    m = TokenMatcher([(("Bank", "of", "China"), "boc"), (("Bank", "of", "Communications"), "bocom"),
                      (("China",), "cn"), (("China",), "cn")])
    assert m(["Bank", "of", "China", "and", "Bank", "of", "Communications", "Bank", "of"]) == [
        ("boc", 0, 3), ("cn", 2, 3), ("bocom", 4, 7)]
    assert m([]) == []


def test_patterns_are_cached_and_read_back(nlp, cache, monkeypatch):
    first = form_tokens(nlp, FORMS)
    (path,) = _files(cache)
    assert patterns_key(nlp) in path.name
    assert first["Alibaba -W"] == ("Alibaba", "-W") and first["9988.HK"] == ("9988.HK",)

    def pipe(forms):
        assert not list(forms), "the cache should have answered"
        return iter(())
    assert form_tokens(SimpleNamespace(lang=nlp.lang, tokenizer=SimpleNamespace(pipe=pipe)), FORMS) == first


def test_a_form_the_cache_lacks_is_tokenized_and_the_cache_kept(nlp, cache):
    form_tokens(nlp, FORMS)
    (path,) = _files(cache)
    before = path.read_bytes()
    got = form_tokens(nlp, [*FORMS, "My Own Co. Ltd"])  # a user's --reference name
    assert got["My Own Co. Ltd"] == tuple(t.text for t in nlp.make_doc("My Own Co. Ltd"))
    assert path.read_bytes() == before


@pytest.mark.parametrize("damage", [
    lambda b: b[: len(b) // 2],  # truncated
    lambda b: b"",
    lambda b: b"\xff\xfe not json",
    lambda b: b"[1, 2, 3]",
    lambda b: json.dumps({"key": "another-version", "forms": {"Hang Seng Bank": ["x"]}}).encode(),
    lambda b: b.replace(b'"Hang","Seng","Bank"', b'1,2'),  # right key, wrong values
    lambda b: b.replace(b'"Hang","Seng","Bank"', b''),  # no tokens
])
def test_a_damaged_or_foreign_cache_is_rebuilt_never_an_error(nlp, cache, damage):
    good = form_tokens(nlp, FORMS)
    (path,) = _files(cache)
    whole = path.read_bytes()
    path.write_bytes(damage(whole))
    assert form_tokens(nlp, FORMS) == good
    assert path.read_bytes() == whole  # written again, whole


def test_another_data_version_is_another_file(nlp, cache, monkeypatch):
    form_tokens(nlp, FORMS)
    monkeypatch.setattr(gz, "index_digest", lambda: "0" * 20)
    assert read_patterns(_files(cache)[0].read_bytes(), patterns_key(nlp)) is None
    form_tokens(nlp, FORMS)
    assert len(_files(cache)) == 2


def test_the_cache_file_is_deterministic(nlp, tmp_path, monkeypatch):
    outs = []
    for name in ("a", "b"):
        monkeypatch.setenv("MARKETKG_CACHE", str(tmp_path / name))
        form_tokens(nlp, list(reversed(FORMS)) if name == "b" else FORMS)
        outs.append(_files(tmp_path / name)[0].read_bytes())
    assert outs[0] == outs[1]


def test_an_unwritable_cache_folder_is_no_error(nlp, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("MARKETKG_CACHE", str(blocker / "sub"))  # a folder under a file
    assert form_tokens(nlp, FORMS)["Hang Seng Bank"] == ("Hang", "Seng", "Bank")
    monkeypatch.setenv("MARKETKG_CACHE", "off")
    assert form_tokens(nlp, FORMS)["Hang Seng Bank"] == ("Hang", "Seng", "Bank")


def test_no_temporary_file_is_left(nlp, cache):
    form_tokens(nlp, FORMS)
    assert [p.name for p in cache.iterdir()] == [_files(cache)[0].name]


def test_a_truncated_reference_cache_is_rebuilt(cache):
    first = cached(build_reference, ReferenceData)
    (path,) = _files(cache, "reference-")
    whole = path.read_bytes()
    for bad in (whole[: len(whole) // 3], pickle.dumps({"not": "an index"})):
        path.write_bytes(bad)
        again = cached(build_reference, ReferenceData)
        assert isinstance(again, ReferenceData) and again.surface == first.surface
        assert path.read_bytes() == whole
    assert not [p for p in os.listdir(cache) if not p.startswith(("reference-", "gazetteer-"))]
