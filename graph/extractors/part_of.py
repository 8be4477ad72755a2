"""Bodies inside bodies, as the text names them: "Парламент Мәжілісі", "Сенаттың ... комитеті",
"Ғылым және жоғары білім министрлігі Ғылым комитеті" -> the inner body kz:partOf the outer one.

The outer body is written right before the inner one, in the genitive or as a bare name ending in
a body noun; nothing is inferred from world knowledge.
"""

from __future__ import annotations

import re

from kazkg.graph.extractors.base import Context
from kazkg.graph.grammar.bodies import is_org_head
from kazkg.graph.grammar.lexicon import STANDALONE_ORGS
from kazkg.graph.grammar.match import fold, is_cap, is_genitive, lemma, nominative
from kazkg.graph.mention_index import BySentence

POSSESSED = re.compile(r"(ы|і|сы|сі)(ның|нің|на|не|н|нда|нде|нан|нен|мен|нша|нше)?$")


def possessed(tok) -> bool:
    """A possessed noun ("Мәжілісі", "департаменті"), by its tags or, for words the lexicon lacks, its ending."""
    return "Poss3" in tok.tags or bool(POSSESSED.search(fold(tok.text)))


# Bodies that are never inside one another when written side by side (ministries, agencies, akimats, banks).
PEER_HEADS = ("министрлі", "агентті", "әкімді", "банк")


def peers(inner, outer) -> bool:
    return fold(inner.label.split()[-1]).startswith(PEER_HEADS) and fold(outer.label.split()[-1]).startswith(PEER_HEADS)


class PartOfExtractor:
    name = "part_of"
    requires = ("sentences", "lemmas", "Organization")
    provides = ("partOf", "Organization")

    def __call__(self, ctx: Context) -> None:
        orgs = ctx.facts.of_type("Organization")
        named = BySentence(orgs, [(s.start, s.end) for s in ctx.sentences])  # not every body per sentence
        for n, sent in enumerate(ctx.sentences):
            toks = sent.tokens
            index = {t.start: i for i, t in enumerate(toks)}
            ends = {t.end: t for t in toks}
            for inner in named.entities_in(n):
                for m in named.mentions_in(inner, n):
                    i = index.get(m.start)
                    if i is None or not sent.start <= m.start < sent.end:
                        continue
                    head = ends.get(m.end)
                    if head is None or not possessed(head):
                        continue  # only a possessed name belongs to its owner: "Парламент Мәжілісі", not "... Үкіметпен"
                    outer = self._outer(ctx, toks, i, m)
                    if outer is not None and peers(inner, outer):
                        continue  # "Оқу-ағарту министрлігі Қаржы министрлігімен": two ministries side by side
                    if outer is not None and outer is not inner:
                        ctx.facts.relate(inner.key, "partOf", outer.key, ctx.span(toks[max(i - 1, 0)].start, m.end))
                        self._full_name(ctx, toks, i, m, inner, outer)

    @staticmethod
    def _full_name(ctx: Context, toks, i: int, mention, inner, outer) -> None:
        """"Ғылым және жоғары білім министрлігі Ғылым комитеті": the unit is also called by the name that
        holds its owner's, as written (an alternative label; the label stays the unit's own name)."""
        if i == 0 or not fold(outer.label.split()[-1]).startswith(("министрлі", "агентті", "прокуратура", "сенат", "мәжіліс")):
            return
        prev = toks[i - 1]
        om = next((n for n in outer.mentions if n.end == prev.end), None)
        first = next((k for k, t in enumerate(toks) if om is not None and t.start == om.start), None)
        last = next((k for k, t in enumerate(toks) if t.end == mention.end), None)
        if first is None or last is None:
            return
        full = nominative(toks[first:last + 1])
        if full != inner.label:
            inner.alt_labels.add(full)

    @staticmethod
    def _outer(ctx: Context, toks, i: int, mention):
        first = toks[i]
        if lemma(first) in STANDALONE_ORGS and is_cap(first) and mention.end > first.end and not is_genitive(first):
            # "Парламент Мәжілісі" read as one name: its first word is the outer body
            head = toks[i + 1] if i + 1 < len(toks) else None
            if head is not None and is_org_head(head) and lemma(head) != lemma(first):
                return ctx.facts.entity("Organization", fold(first.text).capitalize(), ctx.tokens_span([first]))
        if i == 0:
            return None
        prev = toks[i - 1]
        if not is_org_head(prev) or not (is_genitive(prev) or "Poss3" in prev.tags or lemma(prev) in STANDALONE_ORGS):
            return None
        outer = ctx.facts.covering(prev.start, prev.end)
        if outer is None or outer.type != "Organization":
            return None
        if not any(n.end == prev.end for n in outer.mentions):
            return None
        return outer
