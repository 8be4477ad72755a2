"""The engine of declared events (``kazkg.graph.events.EVENTS``): one reading of trigger -> voice -> roles
for every event kind that shares the shape "a person leaves or takes a post by a verb after a slot
word". The roles come from the grammar layer; this module only puts them together."""

from __future__ import annotations

from kazkg.graph.doc import Sentence
from kazkg.graph.events import EVENTS, EventShape
from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import Entity
from kazkg.graph.grammar.clause import (
    ACT_CLASSES,
    act_and_actor,
    finite_past,
    patient,
    sentence_dates,
    sentence_span,
)
from kazkg.graph.grammar.match import fold, in_quotes, lemma
from kazkg.graph.grammar.posts import post_lemma, post_phrase

ROLES = ("agent", "eventObject", "eventPosition", "instrument", "eventDate")


def held_post(ctx: Context, person: Entity, head: str | None = None) -> Entity | None:
    """The post the article says ``person`` holds (with head word ``head`` if given), if only one."""
    posts = [ctx.facts.entities[k] for k in ctx.facts.objects(person.key, "holdsPosition") if k in ctx.facts.entities]
    if head is not None:
        same = [p for p in posts if fold(p.label.split()[-1]).startswith(head[:4])]
        posts = same or posts
    return posts[0] if len(posts) == 1 else None


class DeclaredEventExtractor:
    name = "declared_events"
    requires = ("sentences", "lemmas", "dates", "Person", "Position", "LegalAct")
    provides = tuple(sorted({*(e.cls for e in EVENTS), *(e.person_to_post for e in EVENTS if e.person_to_post),
                             *ROLES, "Position"}))

    def __call__(self, ctx: Context) -> None:
        for sent in ctx.sentences:
            for k, tok in enumerate(sent.tokens):
                for shape in EVENTS:
                    if finite_past(tok, *shape.triggers) and not in_quotes(sent, k):
                        self._event(ctx, sent, k, shape)

    @staticmethod
    def _slot(sent: Sentence, k: int, shape: EventShape) -> int | None:
        """Index of the slot word ("қызметінен", "отставкаға") among the three words before the verb."""
        for s in range(k - 1, max(-1, k - 4), -1):
            t = sent.tokens[s]
            if lemma(t) in shape.slot_lemmas and set(t.tags) & set(shape.slot_cases):
                return s
        return None

    def _event(self, ctx: Context, sent: Sentence, k: int, shape: EventShape) -> None:
        toks = sent.tokens
        slot = self._slot(sent, k, shape)
        if slot is None:
            return  # "жұмыстан босатады", "сапарға шықты": not about a post
        passive = shape.intransitive or "Pass" in toks[k].tags or fold(toks[k].text).startswith(shape.passive_stems or ("\0",))
        found = patient(ctx, sent, slot, passive)
        if found is None:
            return
        person, pi, pj = found
        post = None
        if shape.post_slot and slot - 1 > pj and post_lemma(toks[slot - 1]) is not None:
            phrase = post_phrase(ctx, sent, slot - 1)
            post = phrase[0] if phrase else None
            held = held_post(ctx, person, post_lemma(toks[slot - 1]))
            if post is not None and held is not None and held is not post and (
                    fold(held.label.split()[0])[:4] == fold(post.label.split()[0])[:4]
                    or " " not in post.label and fold(held.label.split()[-1])[:5] == fold(post.label)[:5]):
                post = held  # "Атырау қаласы әкімі", a bare "министр": the post the article says he holds
        if post is None:
            post = held_post(ctx, person)
        instrument, agent = act_and_actor(ctx, sent, k, passive, pi)
        span = sentence_span(ctx, sent)
        what = post.label if post else person.label
        event = ctx.facts.entity(shape.cls, f"{shape.label}: {person.label} — {what}", span,
                                 key=f"{shape.cls}:{person.key}|{post.key if post else ''}")
        ctx.facts.relate(event.key, "eventObject", person.key, span)
        if post is not None:
            ctx.facts.relate(event.key, "eventPosition", post.key, span)
            if shape.person_to_post:
                ctx.facts.relate(person.key, shape.person_to_post, post.key, span)
        if agent is not None and agent is not person and not shape.intransitive:
            ctx.facts.relate(event.key, "agent", agent.key, span)
        if instrument is not None and instrument.type in ACT_CLASSES:
            ctx.facts.relate(event.key, "instrument", instrument.key, span)
        for date in sentence_dates(ctx, sent)[:1]:
            ctx.facts.relate(event.key, "eventDate", date, span)
