"""Dismissal events: "X ... қызметінен босатылды", "X ... лауазымынан босатылды", "Y X-ты ... босатты".

The event's object is the person released (nominative before a passive verb, accusative before an
active one), its position the post named before "қызметінен/лауазымынан/орнынан" or, when only the
slot word is there, the post the article says the person holds; its agent the issuer of an
instrument ("өкімімен") or the subject of an active verb. The person is kz:dismissedFrom the post.
"""

from __future__ import annotations

from graph.doc import Sentence
from graph.extractors.base import Context
from graph.facts import Entity
from graph.grammar.clause import (
    ACT_CLASSES,
    act_and_actor,
    finite_past,
    patient,
    sentence_dates,
    sentence_span,
)
from graph.grammar.match import fold, lemma
from graph.grammar.posts import SLOT_WORDS, post_lemma, post_phrase

DISMISS_STEMS = ("босат",)


def held_post(ctx: Context, person: Entity, head: str | None = None) -> Entity | None:
    """The post the article says ``person`` holds (with head word ``head`` if given), if only one."""
    posts = [ctx.facts.entities[k] for k in ctx.facts.objects(person.key, "holdsPosition") if k in ctx.facts.entities]
    if head is not None:
        same = [p for p in posts if fold(p.label.split()[-1]).startswith(head[:4])]
        posts = same or posts
    return posts[0] if len(posts) == 1 else None


class DismissalExtractor:
    name = "dismissal"
    requires = ("sentences", "lemmas", "dates", "Person", "Position", "LegalAct")
    provides = ("Dismissal", "Position", "agent", "eventObject", "eventPosition", "instrument", "eventDate",
                "dismissedFrom")

    def __call__(self, ctx: Context) -> None:
        for sent in ctx.sentences:
            for k, tok in enumerate(sent.tokens):
                if finite_past(tok, *DISMISS_STEMS):
                    self._event(ctx, sent, k)

    def _slot(self, sent: Sentence, k: int) -> int | None:
        """Index of "қызметінен / лауазымынан / орнынан" (ablative slot word) just before the verb."""
        for s in range(k - 1, max(-1, k - 4), -1):
            w = fold(sent.tokens[s].text)
            if (lemma(sent.tokens[s]) in SLOT_WORDS or w.startswith(SLOT_WORDS)) and w.endswith(("нан", "нен", "дан", "ден", "тан", "тен")):
                return s
        return None

    def _event(self, ctx: Context, sent: Sentence, k: int) -> None:
        toks = sent.tokens
        slot = self._slot(sent, k)
        if slot is None:
            return  # "жұмыстан босатады", "салықтан босатылды": not a release from a post
        passive = fold(toks[k].text).startswith("босатыл") or "Pass" in toks[k].tags
        found = patient(ctx, sent, slot, passive)
        if found is None:
            return
        person, pi, pj = found
        post = None
        if slot - 1 > pj and post_lemma(toks[slot - 1]) is not None:
            found = post_phrase(ctx, sent, slot - 1)
            post = found[0] if found else None
            held = held_post(ctx, person, post_lemma(toks[slot - 1]))
            if post is not None and held is not None and held is not post and \
                    fold(held.label.split()[0])[:4] == fold(post.label.split()[0])[:4]:
                post = held  # "Атырау қаласы әкімі" is the "Атырау қаласының әкімі" he holds
        if post is None:
            post = held_post(ctx, person)
        instrument, agent = act_and_actor(ctx, sent, k, passive, pi)
        span = sentence_span(ctx, sent)
        what = post.label if post else person.label
        event = ctx.facts.entity("Dismissal", f"Босату: {person.label} — {what}", span,
                                 key=f"Dismissal:{person.key}|{post.key if post else ''}")
        ctx.facts.relate(event.key, "eventObject", person.key, span)
        if post is not None:
            ctx.facts.relate(event.key, "eventPosition", post.key, span)
            ctx.facts.relate(person.key, "dismissedFrom", post.key, span)
        if agent is not None and agent is not person:
            ctx.facts.relate(event.key, "agent", agent.key, span)
        if instrument is not None and instrument.type in ACT_CLASSES:
            ctx.facts.relate(event.key, "instrument", instrument.key, span)
        for date in sentence_dates(ctx, sent)[:1]:
            ctx.facts.relate(event.key, "eventDate", date, span)
