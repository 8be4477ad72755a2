"""Appointment events: "ҚР Президентінің Жарлығымен X Абай облысының әкімі болып тағайындалды",
"Мәжіліс төрағалығына X тағайындалды", "Президент X-ты ... министрі лауазымына тағайындады",
"X ... болып сайланды", and acting posts: "... әкімінің міндетін атқару X-қа жүктелді".

The event's object is the person appointed (the nominative name before a passive verb, the accusative
one before an active verb), its position the post named before "болып", "лауазымына/қызметіне" or
"төрағалығына" (made a Position with a nominative label when no extractor found it), its agent who
appointed: the issuer of an instrument ("Жарлығымен", "өкімімен") or the subject of an active verb.
The person is also kz:appointedTo the post and kz:appointedBy the agent.

``post_phrase`` is shared with the dismissal extractor.
"""

from __future__ import annotations

from graph.doc import Sentence
from graph.extractors.base import Context
from graph.extractors.legal_act import THIS, act_type
from graph.extractors.match import CASES, fold, is_cap, is_genitive, lemma, looks_like_surname, nominative
from graph.extractors.person_post import UNITS, owner_start, post_label, post_lemma, unit_owner
from graph.extractors.organization import is_org_head
from graph.extractors.phrase import capital_start, inner_word, object_of_verbal_noun
from graph.extractors.signing import (
    act_and_actor, patient,
    ACT_CLASSES, finite_past, full_person, genitive_issuer, instrument_in, is_dative, issuer_of, named_in, sentence_dates, sentence_span,
)
from graph.facts import Entity

APPOINT_STEMS = ("тағайында", "сайла")
# Words that name the slot a post is given in: "X лауазымына", "X қызметіне", "X болып".
SLOT_WORDS = ("лауазым", "қызмет", "орын")
CHAIR_WORDS = ("төрағалығ", "төрағалық")
REGION_WORDS = {"облыс", "облыстың", "облыстық", "аудан", "ауданның", "аудандық", "қала", "қаланың", "қалалық"}


MODIFIER_WORDS = {"және", "басқарушы", "облысы", "қаласы", "ауданы", "істері", "ісі", "бірінші", "вице", "бас", "атқарушы"}


FORMER_CLAUSE = {"атқарған", "атқарып", "істеген", "болған", "басқарған", "жүрген"}  # a relative clause: a former post
ADVERBS = {"кейін", "кейіннен", "бұрын", "содан", "сондай-ақ", "былтыр", "биыл", "қазір"}


def post_phrase(ctx: Context, sent: Sentence, head: int) -> tuple[Entity, int] | None:
    """The post whose head word is token ``head`` ("әкімі", "төрайымы"), with its modifiers to the
    left (genitives, capitalised words, organisation names), as a Position and its first token."""
    toks = sent.tokens
    if post_lemma(toks[head]) is None:
        return None
    start = head
    skip: set[int] = set()
    while start > 0 and head - start < 12:
        prev = toks[start - 1]
        if prev.text == ")" and start >= 4 and toks[start - 3].text == "(" and toks[start - 2].text.isupper():
            skip.update(range(start - 3, start))  # "агенттігінің (БҚДА) төрағасы": the acronym is an aside
            start -= 3
            continue
        if prev.is_punct or looks_like_surname(prev) or prev.tags[:1] == ("PRON",) or act_type(prev) \
                or fold(prev.text) in THIS:
            break  # "Ол | Қостанай облысы әкімінің орынбасары", "Осы Жарлықпен | МІҚА төрағасы болып"
        if fold(prev.text) in REGION_WORDS:
            start -= 1  # "облыс әкімінің орынбасары", "облыстың ... басқармасының басшысы"
            continue
        if prev.text[:1].islower() and toks[start].text[:1].islower() and any(is_org_head(t) for t in toks[start:head]):
            # "облыстың | ауыл шаруашылығы және жер қатынастары басқармасының", "Жетісу облысының | жұмыспен
            # қамтуды үйлестіру ...": lower-case words of a body's name, when an owner stands before them
            j = start - 1
            while j >= 0 and toks[j].text[:1].islower() and start - j <= 8 and (
                    (inner_word(toks[j]) and not set(toks[j].tags) & CASES) or object_of_verbal_noun(toks, j)):
                j -= 1
            owner = ctx.facts.covering(toks[j].start, toks[j].end) if j >= 0 else None
            if j < start - 1 and j >= 0 and (fold(toks[j].text) in REGION_WORDS or (is_genitive(toks[j]) and owner is not None
                                                                  and owner.type in ("Organization", "Place"))):
                start = j + 1
                continue
        opening = start - 1 == 0 and bool(set(prev.tags[1:]) - {"Gen", "Poss3", "Plur", "Ger"})  # "Съезде | партия төрағасы" (but "Оқу-ағарту министрі")
        if set(prev.tags) & {"Loc", "Abl", "Dat"} and "Rel" not in prev.tags or fold(prev.text) in ADVERBS or opening:
            break  # "Кейін | «KEGOC» АҚ-та | департамент директоры": where and when, not whose
        owner = owner_start(ctx, toks, start)
        if owner is not None:
            start = owner  # a body named before the post, whatever its inner words
            continue
        ent = ctx.facts.covering(prev.start, prev.end)
        if ent is not None and ent.type == "Person" and not is_genitive(prev):
            break
        if (ent is not None and ent.type in ("Organization", "Place")) or is_genitive(prev) or is_cap(prev) \
                or fold(prev.text) in MODIFIER_WORDS or is_org_head(prev):  # "... АҚ басқарма төрағасы"
            start -= 1
            continue
        break
    if start > 0 and inner_word(toks[start - 1]):
        # "Ғылым және жоғары білім бірінші вице-министрі": lower-case words after a capitalised one
        wide = capital_start(toks, start, stop=lambda i: looks_like_surname(toks[i]) or _is_person(ctx, toks[i])
                             or (toks[i].text == "," and i > 0 and post_lemma(toks[i - 1]) is not None))
        # (the comma after a post closes it: "X бөлімінің басшысы, | Y басқармасының басшысы қызметтерін атқарған")
        if wide is not None and wide < start:
            start = wide
    body = ctx.facts.covering(toks[start].start, toks[start].end, ("Organization",))
    first = next((m.start for m in body.mentions if m.start < toks[start].start < m.end), None) if body else None
    if first is not None and start < head:
        # "Ш. Есенов атындағы Каспий ... университетінің проректоры": the body's whole name, not from its first capital
        start = next((i for i in range(start, -1, -1) if toks[i].start == first), start)
    # an existing Position with exactly this head keeps its label (person_post found it already)
    existing = ctx.facts.covering(toks[head].start, toks[head].end)
    if existing is not None and existing.type == "Position" and start == head:
        return existing, head
    label = post_label([t for n, t in enumerate(toks[start:head + 1], start) if n not in skip], ctx)
    return ctx.facts.entity("Position", label, ctx.tokens_span(toks[start:head + 1])), start


def _is_person(ctx: Context, tok) -> bool:
    known = ctx.facts.covering(tok.start, tok.end)
    return known is not None and known.type == "Person"


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
        if w in ("болып", "етіп") and s >= 1:  # "X болып тағайындалды", "Y-ты X етіп сайлады"
            found = post_phrase(ctx, sent, s - 1)
            if found:
                return found
        if w.startswith(CHAIR_WORDS):
            found = chair_post(ctx, sent, s)
            if found:
                return found
        if lemma(toks[s]) in SLOT_WORDS or w.startswith(tuple(f"{x}ы" for x in SLOT_WORDS)):
            if s >= 1:
                found = post_phrase(ctx, sent, s - 1)
                if found:
                    return found
    return None


class AppointmentExtractor:
    name = "appointment"
    requires = ("sentences", "lemmas", "dates", "person_post", "legal_act")
    provides = ("Appointment", "Position", "agent", "eventObject", "eventPosition", "instrument", "eventDate",
                "appointedTo", "appointedBy")

    def __call__(self, ctx: Context) -> None:
        for sent in ctx.sentences:
            for k, tok in enumerate(sent.tokens):
                if finite_past(tok, *APPOINT_STEMS) or (finite_past(tok, "бекіт") and self._as_post(sent, k)) \
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
    def _as_post(sent: Sentence, k: int) -> bool:
        """"X ... төрағасы болып бекітілді": confirmed in a post is appointed to it."""
        return any(fold(t.text) == "болып" for t in sent.tokens[max(0, k - 6):k])

    def _acting(self, ctx: Context, sent: Sentence, k: int) -> None:
        """"Y әкімінің міндетін атқару ... X-қа жүктелді": X is appointed acting Y (a post of its own,
        labelled "Y әкімінің міндетін атқарушы")."""
        toks = sent.tokens
        m = next((i for i in range(1, k - 1) if fold(toks[i].text) == "міндетін"
                  and fold(toks[i + 1].text).startswith("атқару")), None)
        if m is None or post_lemma(toks[m - 1]) is None:
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

    def _event(self, ctx: Context, sent: Sentence, k: int) -> None:
        toks = sent.tokens
        # "X лауазымына ауысты": the mover is the subject, as with a passive verb
        passive = fold(toks[k].text).startswith(("тағайындал", "сайлан", "ауыс")) or "Pass" in toks[k].tags
        found = patient(ctx, sent, k, passive)
        if found is None:
            return
        person, pi, pj = found
        post = slot_post(ctx, sent, k)
        instrument, agent = act_and_actor(ctx, sent, k, passive, pi)
        self._emit(ctx, sent, person, post, agent, instrument)
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
