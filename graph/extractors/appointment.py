"""Appointment events: "ҚР Президентінің Жарлығымен X Абай облысының әкімі болып тағайындалды",
"Мәжіліс төрағалығына X тағайындалды", "Президент X-ты ... министрі лауазымына тағайындады",
"X ... болып сайланды", and acting posts: "... әкімінің міндетін атқару X-қа жүктелді".

The event's object is the person appointed (the nominative name before a passive verb, the accusative
one before an active verb), its position the post named before "болып", "лауазымына/қызметіне" or
"төрағалығына" (made a Position with a nominative label when no extractor found it), its agent who
appointed: the issuer of an instrument ("Жарлығымен", "өкімімен") or the subject of an active verb.
The person is also kz:appointedTo the post and kz:appointedBy the agent.

``post_phrase`` (kazkg.graph.grammar.posts) is shared with the declared events (kazkg.graph.events).
"""

from __future__ import annotations

from kazkg.graph.doc import Sentence
from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import Entity
from kazkg.graph.grammar.clause import (
    ACT_CLASSES,
    act_and_actor,
    decree_behind,
    finite_past,
    full_person,
    genitive_issuer,
    instrument_in,
    is_dative,
    issuer_of,
    named_in,
    patients,
    sentence_dates,
    sentence_span,
)
from kazkg.graph.grammar.coordination import gapped_owners
from kazkg.graph.grammar.documents import THIS
from kazkg.graph.grammar.match import fold, is_cap, is_genitive, lemma, nominative
from kazkg.graph.grammar.post_reader import post_before
from kazkg.graph.grammar.posts import (
    MODIFIER_WORDS,
    SLOT_WORDS,
    UNITS,
    post_label,
    post_lemma,
    post_phrase,
    unit_owner,
)

APPOINT_STEMS = ("тағайында", "сайла")
JUSSIVE = {"тағайындалсын", "сайлансын"}  # a decree's operative text: "X ... болып тағайындалсын"
CHAIR_WORDS = ("төрағалығ", "төрағалық")


FORMER_CLAUSE = {"атқарған", "атқарып", "істеген", "болған", "басқарған", "жүрген"}  # a relative clause: a former post


def post_named_before(ctx: Context, sent: Sentence) -> tuple[Entity, int] | None:
    """The last post named in the sentence before ``sent`` ("Бүгін Айыртау ауданының әкімі ауысты. Бұл
    лауазымға ..."), read as a phrase; its start index is that sentence's, so it is only an entity."""
    before = [s for s in ctx.sentences if s.end <= sent.start]
    if not before:
        return None
    prev = before[-1]
    heads = [i for i, t in enumerate(prev.tokens) if post_lemma(t) is not None]
    return post_phrase(ctx, prev, heads[-1]) if heads else None


def chair_post(ctx: Context, sent: Sentence, k: int) -> tuple[Entity, int] | None:
    """"Мәжіліс төрағалығына" -> Position "Мәжіліс Төрағасы" (the body's chair)."""
    toks = sent.tokens
    start = k
    while start > 0 and k - start < 6:
        prev = toks[start - 1]
        ent = ctx.facts.covering(prev.start, prev.end)
        if prev.is_punct or ent is None or ent.type not in ("Organization", "Place") and not is_genitive(prev):
            break
        start -= 1
    if start == k:
        return None
    label = f"{nominative(toks[start:k])} Төрағасы"
    return ctx.facts.entity("Position", label, ctx.tokens_span(toks[start:k + 1])), start


def slot_post(ctx: Context, sent: Sentence, k: int) -> tuple[Entity, int] | None:
    """The post named right before the verb at ``k``: "... әкімі болып", "... министрі лауазымына",
    "... төрағалығына", "... қызметінен" (the slot word may be followed by the person's name)."""
    toks = sent.tokens
    reach = 6
    for s in range(k - 1, -1, -1):
        if k - s >= reach:
            break
        w = fold(toks[s].text)
        if s + 1 < k and fold(toks[s + 1].text) in FORMER_CLAUSE and (lemma(toks[s]) in SLOT_WORDS or w == "болып"):
            reach = k - s + 8  # "... болып | бұған дейін X қызметін атқарған | Ғалия Тәжібаева тағайындалды"
            continue
        if w == "болып" and s + 2 < k and lemma(toks[s + 1]) in SLOT_WORDS and fold(toks[s + 2].text) in FORMER_CLAUSE:
            reach = k - s + 8  # "... болып қызмет атқарып келген | X тағайындалды": a former post
            continue
        if w in ("болып", "етіп") and s >= 1:  # "X болып тағайындалды", "Y-ты X етіп сайлады"
            found = post_phrase(ctx, sent, s - 1)
            if found:
                return found
        if w.startswith(CHAIR_WORDS):
            found = chair_post(ctx, sent, s)
            if found:
                return found
        if lemma(toks[s]) in SLOT_WORDS and s >= 1 and fold(toks[s - 1].text) in THIS and "Dat" in toks[s].tags:
            found = post_named_before(ctx, sent)  # "Бұл лауазымға X тағайындалды": the post just named
            if found:
                return found
        if lemma(toks[s]) in SLOT_WORDS or w.startswith(tuple(f"{x}ы" for x in SLOT_WORDS)):
            if s >= 1:
                found = post_phrase(ctx, sent, s - 1)
                if found:
                    return found
    return None


def gapped_posts(ctx: Context, sent: Sentence, first: int, post: tuple[Entity, int]) -> list[tuple[Entity, tuple[Entity, int]]]:
    """"Мүсәпірбеков Абай ауданының, ... ал Тоқтаров Шемонаиха ауданының әкімі болып тағайындалды": the
    earlier people take the post word of the last one with their own owner ("Абай ауданының әкімі")."""
    toks = sent.tokens
    entity, start = post
    mention = next((m for m in entity.mentions if m.start == toks[start].start), None)
    if mention is None:
        return []
    head = next((h for h in range(start, len(toks)) if toks[h].end >= mention.end), None)
    if head is None or head == start or not is_genitive(toks[head - 1]):
        return []
    named = [(e, i, j) for e, i, j in named_in(ctx, sent, {"Person"}, 0, first)]
    out = []
    for person, (lo, hi) in gapped_owners(toks, named, first):
        label = post_label(toks[lo:hi] + [toks[head]], ctx)
        gapped = ctx.facts.entity("Position", label, ctx.tokens_span(toks[lo:hi]))
        out.append((full_person(ctx, person), (gapped, lo)))
    return out


class AppointmentExtractor:
    name = "appointment"
    requires = ("sentences", "lemmas", "dates", "Person", "Position", "LegalAct")
    provides = ("Appointment", "Position", "agent", "eventObject", "eventPosition", "instrument", "eventDate",
                "appointedTo", "appointedBy", "issuedBy")

    def __call__(self, ctx: Context) -> None:
        for sent in ctx.sentences:
            for k, tok in enumerate(sent.tokens):
                if finite_past(tok, *APPOINT_STEMS) or fold(tok.text) in JUSSIVE \
                        or (finite_past(tok, "бекіт") and self._as_post(sent, k)) \
                        or (finite_past(tok, "ауыс") and self._moved_to_post(sent, k)):
                    self._event(ctx, sent, k)
                elif fold(tok.text).startswith("жүктел") and not fold(tok.text).startswith("жүктелу"):
                    self._acting(ctx, sent, k)

    @staticmethod
    def _moved_to_post(sent: Sentence, k: int) -> bool:
        """"X ... басшысы лауазымына ауысты": moving to a post is being appointed to it."""
        w = fold(sent.tokens[k - 1].text) if k >= 1 else ""
        return w.startswith(tuple(f"{x}ы" for x in SLOT_WORDS)) and w.endswith(("на", "не"))

    @staticmethod
    def _own_post(sent: Sentence, k: int) -> bool:
        """"өз лауазымына/қызметтеріне ... тағайындалды": reappointed to the post already held."""
        toks = sent.tokens
        return any(fold(toks[s].text) == "өз" and lemma(toks[s + 1]) in SLOT_WORDS
                   or fold(toks[s + 1].text).startswith(SLOT_WORDS) for s in range(max(0, k - 4), k - 1)
                   if fold(toks[s].text) == "өз")

    @staticmethod
    def _as_post(sent: Sentence, k: int) -> bool:
        """"X ... төрағасы болып бекітілді": confirmed in a post is appointed to it."""
        return any(fold(t.text) == "болып" for t in sent.tokens[max(0, k - 6):k])

    def _acting(self, ctx: Context, sent: Sentence, k: int) -> None:
        """"Y әкімінің міндетін атқару ... X-қа жүктелді": X is appointed acting Y (a post of its own,
        labelled "Y әкімінің міндетін атқарушы")."""
        toks = sent.tokens
        m = next((i for i in range(1, k - 1) if fold(toks[i].text) == "міндетін"
                  and fold(toks[i + 1].text).startswith("атқару")), None)
        if m is None:
            self._duty(ctx, sent, k)
            return
        if post_lemma(toks[m - 1]) is None:
            return
        people = [(e, i, j) for e, i, j in named_in(ctx, sent, {"Person"}, m + 2, k) if is_dative(toks[j])]
        if not people:
            return
        person = full_person(ctx, people[-1][0])
        start = m - 1
        while start > 0 and m - 1 - start < 6:
            prev = toks[start - 1]
            if prev.is_punct or not (is_cap(prev) or is_genitive(prev) or fold(prev.text) in MODIFIER_WORDS | set(UNITS)):
                break
            start -= 1
        owner = unit_owner(ctx, toks[start:m + 1])
        words = ([owner] if owner else [toks[start].text]) + [t.text for t in toks[start + 1:m + 1]]
        label = " ".join(words) + " атқарушы"
        label = label[:1].upper() + label[1:]
        post = ctx.facts.entity("Position", label, ctx.tokens_span(toks[start:m + 2]))
        inst = instrument_in(ctx, sent, k)
        instrument = inst[0] if inst else None
        agent = (issuer_of(ctx, instrument) or genitive_issuer(ctx, sent, inst[1])) if inst else None
        self._emit(ctx, sent, person, (post, start), agent, instrument)

    def _duty(self, ctx: Context, sent: Sentence, k: int) -> None:
        """"X-ке Премьер-Министрдің орынбасары қызметі жүктелді": the post's duties laid on a person (in
        the dative) appoint them to it."""
        toks = sent.tokens
        if k < 2 or fold(toks[k - 1].text) not in ("қызметі", "лауазымы", "міндеті"):
            return
        post = post_phrase(ctx, sent, k - 2)
        people = [(e, i, j) for e, i, j in named_in(ctx, sent, {"Person"}, 0, k) if is_dative(toks[j])]
        if post is None or not people:
            return
        inst = instrument_in(ctx, sent, k)
        instrument = inst[0] if inst else None
        agent = (issuer_of(ctx, instrument) or genitive_issuer(ctx, sent, inst[1])) if inst else None
        self._emit(ctx, sent, full_person(ctx, people[-1][0]), post, agent, instrument)

    def _event(self, ctx: Context, sent: Sentence, k: int) -> None:
        toks = sent.tokens
        # "X лауазымына ауысты": the mover is the subject, as with a passive verb
        passive = fold(toks[k].text).startswith(("тағайындал", "сайлан", "ауыс")) or "Pass" in toks[k].tags
        people = patients(ctx, sent, k, passive)
        if not people:
            return
        person, pi, pj = people[-1]
        post = slot_post(ctx, sent, k)
        if post is None and self._own_post(sent, k):
            # "Үкімет басшысының орынбасары A, B және C өз лауазымдарына қайта тағайындалды": the post they hold
            post = post_before(ctx, sent, people[0][1])
        instrument, agent = act_and_actor(ctx, sent, k, passive, people[0][1])
        if agent is None and passive:
            instrument, agent = decree_behind(ctx, sent, instrument)
            if instrument is not None and agent is not None and not ctx.facts.objects(instrument.key, "issuedBy"):
                # «... менің Жарлығыммен ...»: the quoted speaker's own decree
                ctx.facts.relate(instrument.key, "issuedBy", agent.key, sentence_span(ctx, sent))
        for other, _, _ in people:
            self._emit(ctx, sent, other, post, agent, instrument)
        if post is not None:
            for other, gapped in gapped_posts(ctx, sent, people[0][1], post):
                self._emit(ctx, sent, other, gapped, agent, instrument)
        if post is not None and post[1] >= 2 and toks[post[1] - 1].text in ("–", "—") \
                and post_lemma(toks[post[1] - 2]) is not None:
            # "КеАҚ басқарма төрағасы – ректоры": a combined post, two posts of one holder
            first = post_phrase(ctx, sent, post[1] - 2)
            if first is not None:
                self._emit(ctx, sent, person, first, agent, instrument)

    def _emit(self, ctx: Context, sent: Sentence, person: Entity, post: tuple[Entity, int] | None,
              agent: Entity | None, instrument: Entity | None) -> None:
        span = sentence_span(ctx, sent)
        label = f"Тағайындау: {person.label} — {post[0].label}" if post else f"Тағайындау: {person.label}"
        event = ctx.facts.entity("Appointment", label, span,
                                 key=f"Appointment:{person.key}|{post[0].key if post else ''}")
        ctx.facts.relate(event.key, "eventObject", person.key, span)
        if post is not None:
            ctx.facts.relate(event.key, "eventPosition", post[0].key, span)
            ctx.facts.relate(person.key, "appointedTo", post[0].key, span)
        if agent is not None and agent is not person:
            ctx.facts.relate(event.key, "agent", agent.key, span)
            ctx.facts.relate(person.key, "appointedBy", agent.key, span)
        if instrument is not None and instrument.type in ACT_CLASSES:
            ctx.facts.relate(event.key, "instrument", instrument.key, span)
        for date in sentence_dates(ctx, sent)[:1]:
            ctx.facts.relate(event.key, "eventDate", date, span)
