"""The look-ups that replaced scans on the per-article path (issue 13, point 7) give the scans' answers:
Doc's token and date look-ups, the gazetteer's pruned longest match, the cached word-form tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kazkg.graph import gazetteer, lang
from kazkg.graph.doc import Doc, Sentence, Token
from kazkg.graph.grammar.match import is_form_of
from kazkg.graph.grammar.posts import post_lemma

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def doc() -> Doc:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "bench" / "heldout").glob("*.txt"))[:3])
    return lang.analyse(text)


@settings(max_examples=300, deadline=None)
@given(st.integers(-5, 30_000), st.integers(0, 400))
def test_token_lookups_equal_the_scans(doc, start, width):
    end = start + width
    assert doc.tokens_within(start, end) == [t for t in doc.tokens if start <= t.start and t.end <= end]
    assert doc.tokens_from(start) == [t for t in doc.tokens if t.start >= start][:1]
    assert doc.tokens_from(start, 3) == [t for t in doc.tokens if t.start >= start][:3]


def test_date_lookup_equals_the_scan(doc):
    assert doc.dates, "the sample has dates"
    for end in {d.end for d in doc.dates} | {0, 1, len(doc.text)}:
        assert doc.dates_ending_at(end) == [d for d in doc.dates if d.end == end]


def test_lookups_fall_back_to_the_scan_when_tokens_are_out_of_order():
    toks = [Token("б", 10, 11), Token("а", 0, 1), Token("в", 5, 6)]
    d = Doc("а    в    б", [Sentence(0, "", 0, 11, toks)])
    assert d.tokens_within(0, 6) == [toks[1], toks[2]]
    assert d.tokens_from(4) == [toks[0]]  # the first in the document's order, as the scan gives


def _plain_match(gaz, tokens):
    """The gazetteer's longest match as it was written before the look-ups were pruned."""
    out, i = [], 0
    while i < len(tokens):
        hit = None
        for n in range(min(gaz.longest, len(tokens) - i), 0, -1):
            words = [t.text.casefold() for t in tokens[i:i + n]]
            last = tokens[i + n - 1].text
            for variant in {last.casefold(), lang.strip_case(last).casefold(), lang.lemmatize(last).casefold(),
                            last.split("-")[0].casefold()}:
                e = gaz.by_name.get(tuple(words[:-1]) + (variant,))
                if e and n == 1 and last[:1].islower() and e.type in gazetteer.CAPITALISED_ONLY \
                        and e.kk.casefold() not in gazetteer.LOWER_CASE_BODIES:
                    e = None
                if e and n == 1 and e.kk in gazetteer.COMMON_WORD_NAMES and not gazetteer._names_party(tokens, i + 1):
                    e = None
                if e:
                    hit = (i, i + n, e)
                    break
            if hit:
                break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


def test_gazetteer_match_equals_the_unpruned_match(doc):
    gaz = gazetteer.load()
    found = 0
    for sent in doc.sentences:
        got = gaz._match(sent.tokens)
        assert got == _plain_match(gaz, sent.tokens)
        found += len(got)
    assert found > 0, "the sample names known people and bodies"


def test_cached_word_tests_follow_the_token_not_the_first_answer():
    minister = Token("министрі", 0, 8, "министр", ("NOUN", "Poss3"))
    ministers = Token("министрі", 0, 8, "министр", ("NOUN", "Plur", "Poss3"))
    assert post_lemma(minister) == "министр"
    assert post_lemma(ministers) is None  # a group, though the word form is cached
    law = Token("Заңына", 0, 6, "заң", ("NOUN", "Dat"))
    assert is_form_of(law, "заң") == "заң"
    assert is_form_of(law, "жарлық") is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.integers(0, 99), max_size=8), min_size=1, max_size=6),
       st.lists(st.tuples(st.integers(0, 5), st.integers(0, 99)), max_size=6), st.integers(0, 40))
def test_mentions_by_sentence_walk_like_the_double_loop(mentions, added, every):
    """BySentence gives the (entity, mention) pairs of a loop over every sentence, entity and mention,
    also when mentions are added during the walk (as an extractor's new entity mention is)."""
    from kazkg.graph.facts import Entity, Span
    from kazkg.graph.mention_index import BySentence

    bounds = [(0, 10), (10, 35), (40, 60), (60, 100)]  # a gap: 35-40 is in no sentence

    def walk(fast: bool) -> list:
        ents = [Entity("Organization", f"o{k}", f"o{k}", [Span(s, s + 1, "x") for s in starts])
                for k, starts in enumerate(mentions)]
        todo, seen = list(added), []
        named = BySentence(ents, bounds)
        for n, (s, e) in enumerate(bounds):
            for ent in (named.entities_in(n) if fast else ents):
                for m in (named.mentions_in(ent, n) if fast else ent.mentions):
                    if not s <= m.start < e:
                        continue
                    seen.append((ent.key, m.start))
                    if todo and len(seen) % (every + 1) == 0:
                        k, start = todo.pop(0)
                        ents[k % len(ents)].add_mention(Span(start, start + 2, "y"))
        return seen

    assert walk(True) == walk(False)
