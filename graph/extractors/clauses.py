"""Shared by the goal, role, measure and result extractors: a sentence as a node of its own.

Such nodes are labelled with the statement itself (a quotation's frame «...», - делінген құжатта is
dropped) and keyed by it, so the same statement read twice is one node.
"""

from __future__ import annotations

from graph.doc import Sentence
from graph.extractors.base import Context
from graph.extractors.match import clause_text, fold
from graph.facts import Entity


def last_words(sent: Sentence, n: int = 3) -> list[str]:
    """The clause's final words (case-folded), quotation frame and punctuation left out."""
    start, end = clause_text(sent)
    words = [fold(t.text) for t in sent.tokens if start <= t.start and t.end <= end and not t.is_punct]
    return words[-n:]


def heading(sent: Sentence) -> bool:
    """"Жоспарда мынадай шаралар көзделген:" introduces a list: its items are the statements, not it."""
    return sent.text.rstrip().endswith(":")


def words(sent: Sentence) -> list[str]:
    return [fold(t.text) for t in sent.tokens if not t.is_punct]


def statement_node(ctx: Context, sent: Sentence, cls: str, owner: Entity, predicate: str) -> Entity:
    start, end = clause_text(sent)
    span = ctx.span(start, end)
    label = " ".join(span.text.split())
    node = ctx.facts.entity(cls, label, span)
    ctx.facts.relate(owner.key, predicate, node.key, ctx.span(sent.start, sent.end))
    return node


# What a document is counted in: "Жоспарда 46 іс-шара көзделген" says how many, not what.
ITEMS = ("шара", "іс-шара", "бағыт", "міндет", "тармақ", "бөлім", "бап", "жоба", "индикатор", "көрсеткіш")
CONJUNCTIONS = {"және", "мен", "пен", "бен"}


def item_count(ctx: Context, sent: Sentence, predicates: tuple[str, ...]) -> bool:
    """A sentence that only counts a document's items: besides the document's own words and the
    predicate, nothing but numbers, item nouns ("шара", "бағыт") and "және"."""
    toks = [t for t in sent.tokens if not t.is_punct]
    named = [ctx.facts.covering(t.start, t.end) is not None for t in toks]
    counted = False
    for i, t in enumerate(toks):
        if named[i] or (t.text[:1].isupper() and i + 1 < len(toks) and named[i + 1]):
            continue  # the document's words ("Іс-қимыл | жоспарында": a short name's first word)
        w = fold(t.text)
        if t.tags[:1] == ("NUM",) or w.isdigit():
            counted = True
        elif not (w.startswith(ITEMS) or w in CONJUNCTIONS or w.startswith(predicates)):
            return False
    return counted


def mentioned(ctx: Context, sent: Sentence, types: set[str]) -> list[Entity]:
    out: list[Entity] = []
    for tok in sent.tokens:
        ent = ctx.facts.covering(tok.start, tok.end)
        if ent is not None and ent.type in types and ent not in out:
            out.append(ent)
    return out


def first_named(ctx: Context, start: int, end: int, types) -> Entity | None:
    """The first entity of ``types`` named between two offsets (the owner a heading names)."""
    for sent in ctx.doc.sentences:  # in text order: skip whole sentences, not every token of the article
        if sent.end <= start:
            continue
        if sent.start >= end:
            break
        for tok in sent.tokens:
            if start <= tok.start < end:
                ent = ctx.facts.covering(tok.start, tok.end)
                if ent is not None and ent.type in types:
                    return ent
    return None


AIM_TYPES = {"Goal", "Principle", "Role", "ExpectedResult", "PlannedMeasure"}


def stated(ctx: Context, start: int, end: int) -> bool:
    """Has an extractor already made text in [start, end) an aim, principle, role, result or measure?
    One sentence is one statement node, whichever extractor reads it first."""
    return any(e.type in AIM_TYPES and any(m.start < end and start < m.end for m in e.mentions)
               for e in ctx.facts.entities.values())
