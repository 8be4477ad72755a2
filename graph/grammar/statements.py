"""Shared by the goal, role, measure and result extractors: a sentence as a node of its own.

Such nodes are labelled with the statement itself (a quotation's frame «...», - делінген құжатта is
dropped) and keyed by it, so the same statement read twice is one node.
"""

from __future__ import annotations

import re

from kazkg.graph.context import Context
from kazkg.graph.doc import Sentence
from kazkg.graph.facts import Entity
from kazkg.graph.grammar.match import clause_text, fold


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


def last_token(sent):
    """The clause's last word, by the language layer's tags (a passive present: енгізіледі, салынады)."""

    start, end = clause_text(sent)
    words = [t for t in sent.tokens if start <= t.start and t.end <= end and not t.is_punct]
    return words[-1] if words else None


def in_force(sent) -> bool:
    """"... күшіне енеді / қолданысқа енгізіледі": when an act takes effect is no measure or aim."""
    text = sent.text.casefold()
    return "күшіне" in text or "қолданысқа" in text


def reporting(sent) -> bool:
    """"Жоспардың орындалуы туралы ақпарат жыл сайын Үкіметке ұсынылады": a duty to report, no measure or aim."""
    words = [t.text.casefold() for t in sent.tokens if not t.is_punct]
    return any(w.startswith(("ақпарат", "есеп")) for w in words) and bool(words) \
        and words[-1].startswith(("ұсыныл", "жолдан", "беріл", "тапсырыл", "береді", "ұсынады"))


EFFECT = re.compile(r"(ады|еді|йды|йді)$")  # present-future: what the document does


def past(sent) -> bool:
    """"Заң жобасын Мәжіліс қабылдады": -ады/-еді is also the past tense; what happened is no aim."""
    last = last_token(sent)
    return last is not None and "Past" in last.tags


OPENERS = {"сондай-ақ", "құжатқа", "сәйкес", "бұдан", "әрі", "бөлек", "де", "ал", "осылайша", "тұжырымдамаға", ","}


CAREER = ("атқарған", "атқарды", "жұмыс істеген", "қызмет еткен")  # a heading over the posts someone held


ITEM = re.compile(r"^\s*(?:[-–—•*·]|\d{1,2}[.)]|[a-zа-яәғқңөұүһі]\))\s*")


def is_item(text: str) -> bool:
    """A list item: a marker, a lower-case start, or a short paragraph without a full stop."""
    t = text.strip()
    return bool(ITEM.match(t)) or (t[:1].islower() and len(t) < 300) or (len(t) < 120 and not t.endswith((".", ":")))


def list_items(ctx: Context, n: int):
    """(start, end, text start after the list marker) of each list item under the heading region n."""
    for s2, e2 in ctx.article.regions[n + 1:]:
        item = ctx.text[s2:e2]
        if not item.strip() or not is_item(item):
            return
        m = ITEM.match(item)
        yield s2, e2, s2 + (m.end() if m else 0)
