"""The fast paths of the fifth speed round read what the plain ones read, and a read doc
holds no reference cycle (so reference counting frees it, not the cyclic collector)."""
from __future__ import annotations

import gc
import weakref

from marketkg.loaders.extract import _ArticleExtractor
from marketkg.loaders.pipeline import shared_pipeline
from marketkg.loaders.quantities import quantity_spans, quantity_tokens
from marketkg.loaders.text import working_text
from marketkg.ontology.models import Article

_WRAP = ("Hang Seng Index Falls as Tech Stocks Slide\n\n"
         "The Hang Seng Index fell 2.38% to 25,222.02 on Tuesday, with turnover at HK$98.7 billion. "
         "Alibaba (9988.HK) rose 4.19% after JPMorgan upgraded the stock to overweight, while Tencent "
         "shed 1.2 percent. In Tokyo, the Nikkei index slipped three percent as investors worried about "
         "rates. It pared losses to close at 38,100.\n\nBaidu jumped 4.56%, followed by Xiaomi (+4.35%).")


def _article(text: str) -> Article:
    return Article(id="a", source="a.txt", text=text)


def test_a_read_doc_is_freed_by_reference_counting() -> None:
    """Nothing the pipeline and the fact rules keep on a doc points back to it: a doc held in a
    reference cycle is freed only by the cyclic collector, whose collections then walk every
    mention, quantity and token list of the batch, and promote them to the oldest generation."""
    nlp = shared_pipeline()
    gc.disable()
    try:
        doc = nlp(working_text(_WRAP))
        facts = _ArticleExtractor(_article(_WRAP), doc).run()
        assert facts.moves and quantity_spans(doc)
        alive = weakref.ref(doc)
        del doc
        assert alive() is None
    finally:
        gc.enable()


def test_quantity_tokens_are_the_span_group() -> None:
    """quantity_tokens gives each span of the tagger's group, as token offsets, with its label and
    quantity; quantity_spans the same as spans; a group set anew after the tagger is read again."""
    doc = shared_pipeline()("Alibaba (9988.HK) rose 4.2% to HK$147.60.")
    group = list(doc.spans["mkg_quantities"])
    assert quantity_tokens(doc) == [(s.start, s.end, s.label_, s._.quantity) for s in group]
    assert [(s.start, s.end, s.label_, q) for s, q in quantity_spans(doc)] == quantity_tokens(doc)
    assert all(s._.quantity is q for s, q in quantity_spans(doc))
    doc.spans["mkg_quantities"] = group[1:]
    assert [q.text for *_, q in quantity_tokens(doc)] == ["4.2%", "HK$147.60"]


def _examples_items() -> list:
    from pathlib import Path

    from marketkg.loaders.items import sentence_items
    texts = [_WRAP, "Rally Holdings rose 3%. Shares of Closed Loop Inc fell as investors sold. Gold gained, lifting "
             "miners; the rise in stocks was blamed on hopes."]
    texts += [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parents[2].joinpath("examples", "articles")
                                                           .glob("*.txt"))[:8]]
    out = []
    for doc in shared_pipeline().pipe([working_text(t) for t in texts]):
        out += [sentence_items(s, doc._.mkg_mentions or []) for s in doc.sents]
    return [items for items in out if items]


def test_word_indices_are_the_plain_scan() -> None:
    """word_indices finds the plain-word items whose lower case is in the set, as the loop it
    replaced did: never a mention or a quantity with such a text ("Rally Holdings", a name
    holding "closed"), in order, and none in a sentence that lacks the words."""
    from marketkg.loaders import actions, action_phrases, cause_links, items as items_mod, moves
    sets = [moves._MOVE_OPENERS, moves._CLOSE_STATED, moves.KNOCK_ON_WORDS, cause_links._FIRST_OPENERS,
            cause_links.MOVE_NOUNS, actions._ACTION_WORDS, action_phrases._OPENERS, frozenset({"rally", "closed"})]
    all_items = _examples_items()
    assert len(all_items) > 50
    seen_special = False
    for items in all_items:
        assert len(items.word_lows) == len(items)
        for words in sets:
            plain = [k for k, it in enumerate(items) if it.kind == "W" and it.low in words]
            assert items_mod.word_indices(items, words) == plain
            assert items_mod.word_indices(list(items), words) == plain  # a plain list: the plain scan
        seen_special = seen_special or any(it.kind != "W" and any(w in {"rally", "closed"} for w in it.low.split())
                                           for it in items)
    assert seen_special, "a mention holding a set word is among the inputs"


def test_misspelt_index_lookup_tries_only_forms_sharing_an_end_letter() -> None:
    """lookup_index_misspelt tries only the index forms that share the name's first or last
    letter (one edit keeps one of them): the same answer as trying every form of a fitting
    length, on one-edit variants of every index form and on near misses."""
    import random

    from marketkg.ontology.reference import _one_edit, reference

    ref = reference()
    ref._index_forms()
    every = sorted({form for forms in ref.index_forms.values() for form, _ in forms})
    by_length: dict[int, list[tuple[str, str]]] = {}
    for forms in ref.index_forms.values():
        for form, ident in forms:
            if (form, ident) not in by_length.setdefault(len(form), []):
                by_length[len(form)].append((form, ident))

    def plain(name: str):
        name = name.casefold().removesuffix(" index")
        if len(name) < 8:
            return None
        found = {ident for size in (len(name) - 1, len(name), len(name) + 1) for form, ident in by_length.get(size, ())
                 if _one_edit(form, name)}
        return ref.entities[found.pop()] if len(found) == 1 else None

    rng = random.Random(5)
    names = ["Hang Sang Tech", "Nikkie 225", "Dow Jonas Transport", "Hang Seng Tech Index", "x" * 12]
    for form in rng.sample(every, min(300, len(every))):
        k = rng.randrange(len(form))
        names += [form[:k] + "q" + form[k + 1:], form[:k] + form[k + 1:], form[:k] + "e" + form[k:],
                  form[:k] + form[k + 1:k + 2] + form[k:k + 1] + form[k + 2:], "z" + form[1:-1] + "z", form.title()]
    hits = 0
    for name in names:
        expected = plain(name)
        assert ref.lookup_index_misspelt(name) == expected, name
        hits += expected is not None
    assert hits > 100


# -- the cause phrase walks read each item's plain word once: the same ends as the .word() calls --

def _plain_phrase_end(items, k, stops):
    """causes._phrase_end as it was, with an Item.word() call per test."""
    from marketkg.loaders import cause_words as W, causes
    j = k
    inside = False
    while j < len(items):
        it = items[j]
        if j in stops and causes._owner_of_move_noun(items, j):
            j += 1
            break
        apposed = causes._apposed_name_end(items, j, stops) if it.word(",") and j > k else None
        if apposed is not None:
            j = apposed
            continue
        if it.word(",") and j > k and causes._noun_list_end(items, j) is not None:
            j = causes._noun_list_end(items, j)
            break
        aside = causes._example_aside_end(items, j) if it.word(",") and j > k else None
        if aside is not None:
            j = aside
            continue
        if it.word(",") and j > k + 1 and j + 1 < len(items) and items[j + 1].word("said", "warned", "noted", "say") \
                and any(x.word(",") for x in items[k:j]):
            j += 1
            continue
        more = causes._figure_or_list_end(items, k, j) if it.word(",") and j > k else None
        if more is not None:
            j = more
            break
        if j in stops and (causes._mover_in_phrase(items, k, j) or inside and items[j - 1].word("and", ",")):
            inside = True  # the movers inside the cause's own noun phrase
            j += 1
            continue
        if j in stops:
            d = j  # past the next mover's description back to its "and"
            while d - 1 > k and j - d < 5 and items[d - 1].kind == "W" and items[d - 1].text.isalpha() \
                    and items[d - 1].text.islower() and not items[d - 1].word("and"):
                d -= 1
            if d < j and d - 1 > k and items[d - 1].word("and"):
                j = d - 1
            break
        if (it.kind == "W" and it.low in W.BOUNDARY - {"-"}) or it.word(","):
            break
        if it.word("-") and j > k and items[j - 1].end_char < it.start_char \
                and not (j + 2 < len(items) and items[j + 1].word("and") and items[j + 2].word(*causes._NOUN_OPENERS)):
            break
        if it.word("(") and j + 1 < len(items) and items[j + 1].kind == "Q":
            if j > k and items[j - 1].kind == "Q" and j + 2 < len(items) and items[j + 2].word(")"):
                j += 3
                continue
            break
        if it.word("as") and j > k and causes.cue_at(items, j) is not None and not items[j - 1].word("and") \
                and not causes._as_a_role(items, j):
            break
        if it.word("such") and j > k and j + 1 < len(items) and items[j + 1].word("as"):
            break
        if it.word("amid", "amidst") and j > k and (items[k].kind == "M" or items[j - 1].kind == "M"
                                                   and items[j - 1].mention.kind in ("ref", "candidate")
                                                   and all(x.kind == "W" and x.text.islower() for x in items[k:j - 1])):
            break
        if it.word("on", "after", "following") and j > k and causes._movers(items, k, j) \
                and causes.temporal_end(items, j) is None:
            break
        j += 1
    while j > k and items[j - 1].word("and", "or", "with", "\"", "'", "in", "of", "on", "for", "to", "about", "over",
                                      "the", "a", "an", "by", "from", "at", "after", "following", "amid", "as"):
        j -= 1
    return j


_WALK_WORDS = (", - ( ) as such well and or with \" ' in of on for to the a by from at after following amid ; . while "
               "but which that fell rose sharply investors worries over the rate cut shares closing highs").split()


def _random_items(rng) -> list:
    from marketkg.loaders.items import Item
    from marketkg.loaders.mentions import Mention
    from marketkg.loaders.quantities import Quantity
    out, char = [], 0
    for k in range(rng.randint(1, 30)):
        low = rng.choice(_WALK_WORDS)
        gap = rng.choice((0, 1, 1))
        kind = rng.choices("WMQ", weights=(8, 1, 1))[0]
        if kind == "M":  # a mention whose text reads like a word: never one
            out.append(Item("M", k, k + 1, char + gap, char + gap + len(low), low, low,
                            mention=Mention(k, k + 1, "candidate", low, char + gap, char + gap + len(low))))
        elif kind == "Q":
            out.append(Item("Q", k, k + 1, char + gap, char + gap + 2, "2%", "2%",
                            qty=Quantity("PERCENT", char + gap, char + gap + 2, 2.0, "2%"), qkind="PERCENT"))
        else:
            out.append(Item("W", k, k + 1, char + gap, char + gap + len(low), low, low))
        char = out[-1].end_char
    return out


def test_cause_phrase_ends_where_the_word_calls_ended() -> None:
    """_phrase_end reads each item's plain word once: the same ends as the walk with a .word()
    call per test, on random streams where mentions and quantities read like the words it tests."""
    import random

    from marketkg.loaders import causes

    rng = random.Random(55)
    for _ in range(3000):
        items = _random_items(rng)
        k = rng.randrange(len(items))
        stops = set(rng.sample(range(len(items)), rng.randint(0, min(3, len(items)))))
        assert causes._phrase_end(items, k, stops) == _plain_phrase_end(items, k, stops)


def test_quantity_items_carry_their_kind() -> None:
    """qkind is a field now, not a property reading qty: every item sentence_items makes has
    qkind == qty.kind (None for words and mentions)."""
    items = [it for items in _examples_items() for it in items]
    assert any(it.kind == "Q" for it in items)
    for it in items:
        assert it.qkind == (it.qty.kind if it.qty else None)


def test_token_matcher_gives_every_label_of_a_pattern_in_order() -> None:
    """The trie walk appends each label that ends at a token in the order the patterns were
    given, shorter patterns first, overlapping ones too (as the generator it replaced did)."""
    from marketkg.loaders.gazetteer import TokenMatcher

    m = TokenMatcher([(("Hang", "Seng"), "a"), (("Hang", "Seng"), "b"), (("Hang", "Seng", "Bank"), "c"),
                      (("Seng",), "d"), (("Hang", "Seng"), "a")])
    assert m(["Hang", "Seng", "Bank", "Hang", "Seng"]) == [
        ("a", 0, 2), ("b", 0, 2), ("c", 0, 3), ("d", 1, 2), ("a", 3, 5), ("b", 3, 5), ("d", 4, 5)]
