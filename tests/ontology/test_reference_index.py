"""The reference index: companies and indices from maintained packages merged with the
curated lists, listings per company, the legal-suffix normaliser, the versioned cache."""
from __future__ import annotations

import pickle

import pytest

from marketkg.ontology.enums import EntityType
from marketkg.ontology.listings import legal_name
from marketkg.ontology.ref_cache import cached, index_digest
from marketkg.ontology.reference import build_reference, reference


def test_enough_companies_and_indices():
    ref = reference()
    kinds = [e.type for e in ref.entities.values()]
    assert kinds.count(EntityType.COMPANY) >= 2000
    assert kinds.count(EntityType.INDEX) >= 80


@pytest.mark.parametrize(("region", "entity", "ticker"), [
    ("jp", "tkr-7203-t", "7203.T"), ("us", "tkr-7203-t", "TM"), ("asia", "tkr-7203-t", "7203.T"),
    ("jp", "tkr-6758-t", "6758.T"), ("us", "tkr-6758-t", "SONY"),
    ("dk", "tkr-novo-b-co", "NOVO-B.CO"), ("eu", "tkr-novo-b-co", "NOVO-B.CO"), ("us", "tkr-novo-b-co", "NVO"),
    ("hk", "hkex-9988", "9988.HK"), ("us", "hkex-9988", "BABA"), ("nl", "tkr-asml-as", "ASML.AS"),
    ("tw", "tkr-2330-tw", "2330.TW"), ("kr", "tkr-005930-ks", "005930.KS"), ("au", "tkr-bhp-ax", "BHP.AX"),
])
def test_a_move_is_on_the_listing_of_its_wrap_never_an_adr_at_home(region, entity, ticker):
    assert reference().listing(entity, region).ticker == ticker


def test_a_ticker_printed_in_the_text_picks_the_listing():
    assert reference().listing("tkr-7203-t", "jp", "TM").ticker == "TM"


def test_isins_and_tickers_resolve():
    ref = reference()
    assert ref.isins["JP3633400001"] == "tkr-7203-t"
    assert ref.isins["US0378331005"] == "tkr-aapl"
    assert ref.tickers["NVO"] == ref.tickers["NOVO-B.CO"] == "tkr-novo-b-co"


def test_investors_keep_their_names_over_listed_companies_of_the_same_name():
    ref = reference()
    assert ref.lookup("Morgan Stanley").id == "inv-morgan-stanley"
    assert ref.lookup("Goldman Sachs").id == "inv-goldman-sachs"


@pytest.mark.parametrize("word", ["Next", "Target", "Compass", "Sage", "Orange", "NOW", "Block", "Match"])
def test_common_word_names_are_not_matched_alone(word):
    assert reference().surface.get(word) is None


def test_two_generated_companies_sharing_a_short_name_keep_it_for_neither():
    ref = reference()
    assert ref.lookup("SoftBank").id == "tkr-9984-t"  # curated: SoftBank Group, not SoftBank Corp.
    assert ref.entities["tkr-9434-t"].name == "SoftBank"


@pytest.mark.parametrize(("name", "short"), [
    ("Chow Tai Fook Jewellery Group Ltd", "Chow Tai Fook Jewellery"), ("Apple Inc.", "Apple"),
    ("Next plc", "Next"), ("Henkel AG & Co. KGaA", "Henkel"), ("The Coca-Cola Company", "Coca-Cola"),
    ("Mercedes-Benz Group AG", "Mercedes-Benz"), ("Nokia Oyj", "Nokia"), ("Group", "Group"),
    ("Bank of China Limited", "Bank of China"), ("Volvo AB (publ)", "Volvo"),
])
def test_legal_name(name, short):
    assert legal_name(name) == short


def test_the_cache_is_read_back_and_named_by_the_data(tmp_path, monkeypatch):
    monkeypatch.setenv("MARKETKG_CACHE", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"built": len(calls)}

    assert cached(build) == {"built": 1}
    assert cached(build) == {"built": 1} and len(calls) == 1
    (path,) = tmp_path.iterdir()
    assert index_digest() in path.name
    path.write_bytes(b"not a pickle")  # a damaged cache is rebuilt, never an error
    assert cached(build) == {"built": 2}
    assert pickle.loads(path.read_bytes()) == {"built": 2}


def test_the_cache_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("MARKETKG_CACHE", "off")
    assert cached(lambda: 42) == 42


def test_the_cached_index_equals_the_built_one():
    built, loaded = build_reference(), reference()
    assert built.surface == loaded.surface and built.tickers == loaded.tickers
    assert built.listings == loaded.listings


# -- descriptions and unknown names (issue 11, item 2) -------------------------------------------------

from tests.conftest import facts_of  # noqa: E402


def _acts(text):
    return [(a.investor.id, a.action.value, a.target.id if a.target else None) for a in facts_of(text).investor_actions]


def _moves(text):
    return [(m.entity.id, m.change_pct) for m in facts_of(text).moves]


def test_a_description_with_a_nationality_takes_the_company_of_that_country():
    text = "ASML rose 3%. Infineon fell 2%. Jefferies upgraded the Dutch chipmaker to buy."
    assert _acts(text) == [("inv-jefferies", "upgraded", "tkr-asml-as")]
    assert _acts("ASML rose 3.2%. Jefferies upgraded the Dutch chip-equipment maker to buy.") == [
        ("inv-jefferies", "upgraded", "tkr-asml-as")]


@pytest.mark.parametrize("text", [
    "Jefferies upgraded the Dutch chip-equipment maker to buy.",
    "Volkswagen fell 2%. Jefferies upgraded the Japanese carmaker to buy.",
])
def test_a_description_with_no_antecedent_that_fits_names_nothing(text):
    facts = facts_of(text)
    assert not facts.investor_actions
    names = {m.entity.name for m in facts.moves}
    assert not names & {"Dutch", "Japanese"}


def test_a_described_subject_moves_the_company_that_fits():
    assert _moves("ING reported higher profit on Monday. The Dutch lender gained 3%.") == [("tkr-inga-as", 3.0)]
    assert _moves("ING reported higher profit on Monday. The German lender gained 3%.") == []
    assert _moves("Volkswagen cut its outlook. The German carmaker fell 2%.") == [("tkr-vow3-de", -2.0)]




def _graph_ids(*sentences):
    from marketkg.graph import build_graph
    from marketkg.loaders import extract_many
    from marketkg.ontology.models import Article
    from marketkg.ontology.ids import content_id
    arts = [Article(id=content_id(s), source=f"a{i}.txt", text=s, published="2025-03-05")
            for i, s in enumerate(sentences)]
    G = build_graph(list(extract_many(arts)))
    return {n for n, d in G.nodes(data=True) if d.get("type") == "company"}


def test_variants_of_an_unknown_name_merge_across_articles():
    ids = _graph_ids("Zhongyuan Pearl Jewellery Group Ltd rose 3%.", "Zhongyuan Pearl Jewellery rose 2%.",
                     "Zhongyuan Pearl fell 1%.")
    assert len(ids) == 1, ids


def test_distinct_unknown_names_never_merge():
    ids = _graph_ids("Qilin Health rose 3%.", "Qilin Group fell 2%.")
    assert len(ids) == 2, ids


@pytest.mark.parametrize(("a", "b"), [("Bank of China", "Bank of Communications"),
                                      ("Hang Seng Bank", "Hang Seng Index"), ("Alibaba Health", "Alibaba Group")])
def test_distinct_reference_names_stay_apart(a, b):
    ref = reference()
    assert ref.lookup(a).id != ref.lookup(b).id


# -- identifiers in RDF (issue 11, item 5) ---------------------------------------------------------------

def test_rdf_carries_listings_isins_and_same_as_and_passes_shacl():
    from rdflib import OWL, Literal, URIRef

    from marketkg.exports.rdf import to_rdf, validate_rdf
    from marketkg.graph import build_graph
    from marketkg.ontology.vocab import MKG

    G = build_graph([facts_of("Japanese stocks rose on Monday. Toyota rose 2.5% and Sony fell 1%.",
                              published="2025-11-25")])
    g = to_rdf(G)
    toyota = next(s for s, _, o in g.triples((None, None, Literal("tkr-7203-t"))))
    listings = {(str(g.value(ls, MKG.mic)), str(g.value(ls, MKG.ticker)), int(g.value(ls, MKG.listingRank)))
                for ls in g.objects(toyota, MKG.listing)}
    assert listings == {("XTKS", "7203.T", 1), ("XNYS", "TM", 2)}
    assert Literal("JP3633400001") in set(g.objects(toyota, MKG.isin))
    assert URIRef("http://dbpedia.org/resource/Toyota") in set(g.objects(toyota, OWL.sameAs))
    sessions = [s for s, _, _ in g.triples((None, MKG.market, None))]
    assert {str(g.value(s, MKG.mic)) for s in sessions} == {"XTKS"}
    ok, report = validate_rdf(g)
    assert ok, report


# -- the user's reference file and `marketkg resolve` (issue 11, item 6) --------------------------------

from pathlib import Path  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "reference" / "my_companies.csv"


def test_a_users_reference_file_is_merged_over_the_built_in_data():
    from marketkg.ontology.user_reference import merge_user_reference

    ref = build_reference()
    merge_user_reference(ref, EXAMPLE)
    assert ref.lookup("ZY Pearl").id == "co-zhongyuan-pearl"
    assert ref.tickers["8888.HK"] == "co-zhongyuan-pearl"
    assert ref.lookup("TMC").id == "tkr-7203-t" and ref.lookup("Toyota").id == "tkr-7203-t"  # old names kept
    assert ref.entities["idx-my-ev"].type is EntityType.INDEX


@pytest.mark.parametrize(("content", "message"), [
    ("id,name,type\nBad Id,X,company\n", "line 2: id 'Bad Id'"),
    ("id,name,type\nco-x,X,bond\n", "line 2: type 'bond'"),
    ("id,name,type,isin\nco-x,X,company,NOTANISIN\n", "line 2: 'NOTANISIN' is not an ISIN"),
    ("name,type\nX,company\n", "no column id"),
])
def test_a_bad_reference_file_is_one_error_line_naming_file_and_line(tmp_path, capsys, content, message):
    from marketkg.exports.cli import main

    bad = tmp_path / "ref.csv"
    bad.write_text(content, encoding="utf-8")
    assert main(["resolve", "Toyota", "--reference", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"marketkg: error: {bad}: ") and message in err


def test_resolve_prints_the_resolution_the_listings_and_why(capsys):
    from marketkg.exports.cli import main

    assert main(["resolve", "Novo"]) == 0
    out = capsys.readouterr().out
    assert "Novo Nordisk (tkr-novo-b-co, company)" in out and "XCSE NOVO-B.CO  (home)" in out
    assert main(["resolve", "US0378331005"]) == 0
    assert "an ISIN" in capsys.readouterr().out


def test_resolve_reads_a_description_in_its_article(tmp_path, capsys):
    from marketkg.exports.cli import main

    art = tmp_path / "a.txt"
    art.write_text("---\npublished: 2025-11-21\n---\nEuropean stocks rose on Friday. ASML rose 3.2%. "
                   "Jefferies upgraded the Dutch chip-equipment maker to buy.\n", encoding="utf-8")
    assert main(["resolve", "the Dutch chip-equipment maker", "--context", str(art)]) == 0
    out = capsys.readouterr().out
    assert "never a company of its own" in out and "ASML Holding (tkr-asml-as)" in out
