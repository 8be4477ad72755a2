"""The shipped KazNERD tagger on the seed sentence (issue 4); needs no ../shared data."""

from __future__ import annotations

import pytest

from kazkg.graph.ner import Tagger, load_tagger, spans

SEED = (
    "Мемлекет басшысы Қасым-Жомарт Тоқаевтың 2022 жылғы 15 қыркүйектегі Жарлығымен Қазақстан халқы "
    "Ассамблеясының 2022-2026 жылдарға арналған даму тұжырымдамасы бекітілді , деп хабарлайды El.kz ."
).split()


@pytest.fixture(scope="module")
def seed_spans():
    tagger = load_tagger()
    labels = tagger.tag(SEED)
    assert len(labels) == len(SEED)
    return {(" ".join(SEED[s:e]), cls) for s, e, cls in spans(SEED, labels)}


@pytest.mark.parametrize(
    "text, cls",
    [
        ("Қасым-Жомарт Тоқаевтың", "PERSON"),
        ("Қазақстан халқы Ассамблеясының", "ORGANISATION"),
        ("2022 жылғы 15 қыркүйектегі", "DATE"),
    ],
)
def test_tagger_seed_entities(seed_spans, text, cls):
    assert (text, cls) in seed_spans, sorted(seed_spans)


def test_tagger_seed_programme_period(seed_spans):
    # the programme period is a DATE on its own or the start of a PROJECT/LAW name
    texts = {t for t, c in seed_spans}
    assert any(t.startswith("2022-2026") for t in texts), sorted(seed_spans)


def test_tagger_seed_head_of_state_not_a_person(seed_spans):
    assert not any("Мемлекет" in t and c == "PERSON" for t, c in seed_spans)


@pytest.mark.parametrize("tokens", [[]])
def test_tagger_empty_input(tokens):
    tagger = load_tagger()
    assert tagger.tag(tokens) == []
    assert tagger.tag_sents([]) == []
    assert tagger.tag_sents([[], ["Астана"]])[0] == []


def test_tagger_labels_are_iob2():
    labels = load_tagger().tag_sents([SEED, ["Алматы", "қаласында", "."]])
    for sent in labels:
        for lab in sent:
            assert lab == "O" or lab[:2] in ("B-", "I-")


def test_tagger_load_is_cached():
    assert load_tagger() is load_tagger()


def test_tagger_missing_model_is_model_error(tmp_path):
    from kazkg.graph.errors import ModelError

    with pytest.raises(ModelError):
        Tagger(tmp_path / "nope.crfsuite")
    bad = tmp_path / "bad.crfsuite"
    bad.write_text("not a model", encoding="utf-8")
    with pytest.raises(ModelError):
        Tagger(bad)
