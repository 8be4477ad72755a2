"""Entities the tagger finds that no rule typed: typed nodes with nominative labels.

Runs last, so a rule's entity wins: a tagged span overlapping an existing mention only adds nothing
(the rule's span is the better one); a new span becomes a Person, Organization, Place, Position,
LegalAct or Event node labelled with its nominative form.
"""

from __future__ import annotations

from kazkg.graph.extractors.base import Context
from kazkg.graph.grammar.bodies import is_org_head
from kazkg.graph.grammar.documents import AGREEMENTS, act_type
from kazkg.graph.grammar.lexicon import LEGAL_ACT_TYPES, POLICY_TYPES
from kazkg.graph.grammar.match import CASE_ENDING, is_form_of, looks_like_surname, nominative

COUNTS = {"екі", "үш", "төрт", "бес", "бірнеше", "барлық"}
CLASSES = {
    "PERSON": "Person",
    "ORGANISATION": "Organization",
    "GPE": "Place",
    "LOCATION": "Place",
    "POSITION": "Position",
    "LAW": "LegalAct",
    "EVENT": "Event",
}


def leading_word(ctx: Context, tok, nxt) -> bool:
    """A capitalised first word of a sentence in a case or the plural, before a lower-case word: the
    tagger took the sentence's capital for a name."""
    first = any(s.start == tok.start for s in ctx.sentences)
    inflected = bool(set(tok.tags) & {"Loc", "Dat", "Abl", "Acc", "Ins", "Plur"}) or bool(CASE_ENDING.search(tok.text.casefold()))
    return first and nxt.text[:1].islower() and inflected


class NerEntityExtractor:
    name = "entities_from_ner"
    requires = ("sentences", "ner")
    provides = tuple(sorted(set(CLASSES.values())))

    @staticmethod
    def _named_event(ctx: Context, start: int, end: int) -> bool:
        """A named event (not a name the covering test sees) already holds this span."""
        return any(m.start < end and start < m.end for e in ctx.facts.of_type("Event") for m in e.mentions)

    @staticmethod
    def _before_a_name(ctx: Context, toks: list) -> list:
        """"Тоқаев Құрылыс кодексіне қол қойды": a capitalised word that opens the name of a document or body
        after a surname is not part of the person's name."""
        following = ctx.doc.tokens_from(toks[-1].end)
        nxt = following[0] if following else None
        while len(toks) > 1 and nxt is not None and not looks_like_surname(toks[-1]) \
                and (act_type(nxt) or is_form_of(nxt, *POLICY_TYPES) or is_org_head(nxt)):
            nxt, toks = toks[-1], toks[:-1]
        return toks

    def __call__(self, ctx: Context) -> None:
        for start, end, label in ctx.ner:
            cls = CLASSES.get(label)
            if cls is None or ctx.facts.covering(start, end) is not None or self._named_event(ctx, start, end):
                continue
            toks = ctx.doc.tokens_within(start, end)
            while toks and toks[0].is_punct:
                toks = toks[1:]
            while toks and toks[-1].is_punct:
                toks = toks[:-1]
            while len(toks) > 1 and cls in ("Organization", "Position") and leading_word(ctx, toks[0], toks[1]):
                toks = toks[1:]  # "Съезде партия төрағасы", "Делегаттар партия ...": a sentence's first word
            if cls == "Person":
                toks = self._before_a_name(ctx, toks)
            if not toks:
                continue
            if cls == "LegalAct":
                word = next((act_type(t) for t in reversed(toks) if act_type(t)), None)
                if word is None or word in AGREEMENTS:
                    continue  # "Қоғамдық келісім" (accord) is no act: agreements come from the signing rule
                cls = LEGAL_ACT_TYPES[word]
            name = nominative(toks)
            if cls == "Position" and any(t.text.casefold().startswith("ғылымдар") for t in toks):
                continue  # "техника ғылымдарының докторы": an academic degree, not a post
            if cls == "Position" and (toks[0].tags[:1] == ("NUM",) or toks[0].text.casefold() in COUNTS):
                continue  # "екі вице-министр": a number of posts, not one
            if cls == "Position":
                name = name[:1].upper() + name[1:] if name.casefold() in {"президент", "премьер-министр"} else name
            ctx.facts.entity(cls, name, ctx.span(toks[0].start, toks[-1].end))
