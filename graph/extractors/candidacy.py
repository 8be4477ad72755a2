"""Candidacies (GOLD.md: `approved` for a candidacy's post): "Мәжілістің комитеті Денсаулық сақтау
министрі лауазымына тағайындау үшін Алексей Цойдың кандидатурасын қолдады", "Жақыповтың
кандидатурасын 103 депутат қолдап ...", "126 депутаттың 102-сі Берік Уәлидің кандидатурасына дауыс
берді" -> an Approval whose agent is the body, which approves the post the candidate is put forward
for (gold: the body `approved` the post).

The post is the one named before "лауазымына/қызметіне" in the sentence, else the one the article
says the candidate was appointed or elected to. The body is the sentence's subject when it is a body;
when deputies vote, the body whose deputies the article names ("облыстық мәслихат депутаттары"), else
the one chamber it names.
"""

from __future__ import annotations

from kazkg.graph.doc import Sentence
from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import Entity
from kazkg.graph.grammar.clause import full_person, named_in, sentence_span, subject_of
from kazkg.graph.grammar.match import fold, is_genitive, lemma
from kazkg.graph.grammar.posts import SLOT_WORDS, post_label, post_lemma, post_phrase

SUPPORT = ("қолда", "мақұлда", "жақта")  # "қолдады", "қолдап", "мақұлдады", "жақтады"
CONSENT = {("келісім", "бер"), ("дауыс", "бер")}  # "келісім берді", "кандидатурасына дауыс берді"
CHAMBERS = ("Мәжіліс", "Сенат")


def supported(toks, k: int) -> bool:
    """Is the word at k a verb of support or consent (not a verbal noun: "қолдау", "мақұлдау")?"""
    w = fold(toks[k].text)
    if w.startswith(SUPPORT) and not w.endswith(("у", "уы", "уін", "уға")):
        return True
    return k >= 1 and (fold(toks[k - 1].text), w[:3]) in CONSENT and not w.endswith("у")


class CandidacyExtractor:
    name = "candidacy"
    requires = ("sentences", "lemmas", "Person", "Position", "Organization")
    provides = ("Approval", "approves", "agent", "Position")

    def __call__(self, ctx: Context) -> None:
        for sent in ctx.sentences:
            toks = sent.tokens
            for c, tok in enumerate(toks):
                if not fold(tok.text).startswith("кандидатура") or fold(tok.text).startswith("кандидатуралар"):
                    continue
                verb = next((k for k in range(c + 1, min(len(toks), c + 8)) if supported(toks, k)), None)
                person = self._candidate(ctx, sent, c)
                if verb is None or person is None:
                    continue
                post = self._post(ctx, sent, c, person)
                body = self._body(ctx, sent, c, verb)
                if post is not None and body is not None:
                    span = sentence_span(ctx, sent)
                    event = ctx.facts.entity("Approval", f"Кандидатура: {person.label} — {post.label}", span,
                                             key=f"Approval:{post.key}|{body.key}")
                    ctx.facts.relate(event.key, "approves", post.key, span)
                    ctx.facts.relate(event.key, "agent", body.key, span)

    @staticmethod
    def _candidate(ctx: Context, sent: Sentence, c: int) -> Entity | None:
        """The person named in the genitive right before "кандидатурасы"."""
        for e, i, j in named_in(ctx, sent, {"Person"}, max(0, c - 5), c):
            if j == c - 1 and is_genitive(sent.tokens[j]):
                return full_person(ctx, e)
        return None

    @staticmethod
    def _post(ctx: Context, sent: Sentence, c: int, person: Entity) -> Entity | None:
        toks = sent.tokens
        for s in range(c - 1, 0, -1):
            if lemma(toks[s]) in SLOT_WORDS and "Dat" in toks[s].tags:
                # the subject body before the post is not its owner: "Комитет | Денсаулық сақтау министрі лауазымына"
                cut = max((j + 1 for e, i, j in named_in(ctx, sent, {"Organization"}, max(0, s - 8), s - 1)
                           if not is_genitive(toks[j])), default=None)
                if cut is not None and cut < s and post_lemma(toks[s - 1]) is not None:
                    return ctx.facts.entity("Position", post_label(toks[cut:s], ctx), ctx.tokens_span(toks[cut:s]))
                found = post_phrase(ctx, sent, s - 1)
                if found is not None:
                    return found[0]  # "Денсаулық сақтау министрі лауазымына тағайындау үшін"
        posts = ctx.facts.objects(person.key, "appointedTo")
        return ctx.facts.entities.get(posts[0]) if len(posts) == 1 else None

    @staticmethod
    def _body(ctx: Context, sent: Sentence, c: int, verb: int) -> Entity | None:
        toks = sent.tokens
        subject = subject_of(ctx, sent, c, {"Organization"})
        if subject is not None and subject.type == "Organization":
            return subject
        if not any(fold(t.text).startswith("депутат") for t in toks[:verb]):
            return None
        whose = set()
        for org in ctx.facts.of_type("Organization"):
            for m in org.mentions:
                after = ctx.text[m.end:m.end + 12].split()
                if after and fold(after[0]).startswith("депутат"):
                    whose.add(org.key)
        if len(whose) == 1:
            return ctx.facts.entities[whose.pop()]
        chambers = [o for o in ctx.facts.of_type("Organization") if o.label in CHAMBERS]
        return chambers[0] if len(chambers) == 1 else None
