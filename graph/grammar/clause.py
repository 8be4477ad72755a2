"""Clause roles around a verb: subject, patient, instrument, issuer, dates, and the case tests they need."""

from __future__ import annotations

import re

from kazkg.graph.context import Context
from kazkg.graph.doc import Sentence, Token
from kazkg.graph.facts import STATEMENT_TYPES, Entity, Span, Value
from kazkg.graph.grammar.coordination import conjuncts
from kazkg.graph.grammar.documents import POLICY_CLASSES
from kazkg.graph.grammar.lexicon import LEGAL_ACT_TYPES
from kazkg.graph.grammar.match import (
    KK,
    fold,
    in_quotes,
    is_genitive,
    is_instrumental,
)
from kazkg.graph.grammar.posts import holder, post_lemma
from kazkg.graph.grammar.quotes import quote_speaker

ACT_CLASSES = set(LEGAL_ACT_TYPES.values())


DOC_CLASSES = ACT_CLASSES | POLICY_CLASSES


ACTORS = {"Person", "Position", "Organization"}






# Finite past (-ды/-ді/-ты/-ті), optionally passive; participles, verbal nouns and the present are
# not reports of an event ("тағайындау рәсімі", "өзі тағайындаған", "тағайындайды").
FINITE_PAST = re.compile(r"(ды|ді|ты|ті)(р)?$")


# -- shared helpers ----------------------------------------------------------------------------
def entity_at(ctx: Context, tok: Token, types: set[str]) -> Entity | None:
    """The entity of ``types`` with the longest mention over ``tok`` (a longer name of another type,
    such as a person span run into "Жарлығымен", does not hide it)."""
    if not STATEMENT_TYPES & set(types):  # names only: the facts' mention index answers it in O(log n)
        return ctx.facts.covering(tok.start, tok.end, tuple(types))
    best, best_len = None, -1
    for ent in ctx.facts.entities.values():
        if ent.type not in types:
            continue
        for m in ent.mentions:
            if m.start < tok.end and tok.start < m.end and m.end - m.start > best_len:
                best, best_len = ent, m.end - m.start
    return best


def named_in(ctx: Context, sent: Sentence, types: set[str], lo: int = 0, hi: int | None = None) -> list[tuple[Entity, int, int]]:
    """Entities of ``types`` named in tokens [lo, hi) of the sentence: (entity, first, last token index),
    in text order; an entity named twice is listed at its last mention."""
    out: dict[str, tuple[Entity, int, int]] = {}
    toks = sent.tokens
    hi = len(toks) if hi is None else hi
    i = lo
    while i < hi:
        ent = entity_at(ctx, toks[i], types)
        if ent is None:
            i += 1
            continue
        j = i
        while j + 1 < hi and entity_at(ctx, toks[j + 1], types) is ent:
            j += 1
        out.pop(ent.key, None)
        out[ent.key] = (ent, i, j)
        i = j + 1
    return list(out.values())


def is_dative(tok: Token) -> bool:
    return KK.is_case(tok, "Dat")


def is_accusative(tok: Token) -> bool:
    return KK.is_case(tok, "Acc")


def is_oblique(tok: Token) -> bool:
    """Marked for a case other than the nominative (so not the subject of the sentence)."""
    return KK.case(tok) is not None


def finite_past(tok: Token, *stems: str) -> bool:
    """Is ``tok`` a finite past form (active or passive) of a verb beginning with one of ``stems``?"""
    w = fold(tok.text)
    return w.startswith(stems) and bool(FINITE_PAST.search(w)) and "Ger" not in tok.tags


def as_actor(ctx: Context, ent: Entity | None) -> Entity | None:
    """A person or body that can act: a post stands for its one holder in the article, or for itself
    when the article names no single holder ("Президент" in an article naming two presidents)."""
    if ent is None:
        return None
    if ent.type == "Position":
        return holder(ctx, ent) or ent
    return ent if ent.type in ("Person", "Organization", "Publisher") else None


def full_person(ctx: Context, person: Entity) -> Entity:
    """A person named by surname alone is the one person of the article with that surname in full."""
    if person.type != "Person" or " " in person.label:
        return person
    full = [p for p in ctx.facts.of_type("Person") if " " in p.label and p.label.split()[-1] == person.label]
    return full[0] if len(full) == 1 else person


def issuer_of(ctx: Context, act: Entity | None) -> Entity | None:
    if act is None:
        return None
    for key in ctx.facts.objects(act.key, "issuedBy"):
        ent = as_actor(ctx, ctx.facts.entities.get(key))
        if ent is not None:
            return ent
    return None


def subject_of(ctx: Context, sent: Sentence, hi: int, types: set[str] = ACTORS) -> Entity | None:
    """The grammatical subject before token ``hi``: the first actor there in the nominative that is not
    a modifier of a post ("ҚХА Төрағасы"), as an actor; else a bare surname of a person the article
    names in full ("Тоқаев ... тапсырды")."""
    toks = sent.tokens
    for ent, i, j in named_in(ctx, sent, types, 0, hi):
        if is_oblique(toks[j]):
            continue
        if ent.type != "Position" and j + 1 < len(toks) and post_lemma(toks[j + 1]) is not None:
            continue
        actor = as_actor(ctx, ent)
        if actor is not None:
            return actor
    people = {p.label.split()[-1]: p for p in ctx.facts.of_type("Person") if " " in p.label}
    for tok in toks[:hi]:
        if tok.text[:1].isupper() and not is_oblique(tok) and tok.text in people:
            return people[tok.text]
    return None


def patient(ctx: Context, sent: Sentence, hi: int, passive: bool) -> tuple[Entity, int, int] | None:
    """The person an appointment or release is about, before token ``hi``: the subject of a passive
    verb (X тағайындалды), the accusative object of an active one (X-ты тағайындады); never a
    genitive owner. (entity, first, last token index), the full name where a surname stands alone."""
    toks = sent.tokens
    people = [(e, i, j) for e, i, j in named_in(ctx, sent, {"Person"}, 0, hi) if not is_genitive(toks[j])]
    if passive:
        people = [(e, i, j) for e, i, j in people if not is_oblique(toks[j])]
    else:
        people = [(e, i, j) for e, i, j in people if is_accusative(toks[j])]
    if not people and passive:
        # "Осы Жарлықпен ол ... лауазымынан босатылды": "ол" is the person last named before the sentence
        pron = next((i for i, t in enumerate(toks[:hi]) if fold(t.text) == "ол"), None)
        before = [(m.start, p) for p in ctx.facts.of_type("Person") for m in p.mentions if m.end <= sent.start]
        if pron is not None and before:
            return full_person(ctx, max(before, key=lambda x: x[0])[1]), pron, pron
    if not people:
        return None
    person, i, j = people[-1]
    return full_person(ctx, person), i, j


def patients(ctx: Context, sent: Sentence, hi: int, passive: bool) -> list[tuple[Entity, int, int]]:
    """The patient (see ``patient``) and the names coordinated with it: "A, B және C ... тағайындалды"."""
    found = patient(ctx, sent, hi, passive)
    if found is None:
        return []
    named = named_in(ctx, sent, {"Person"}, 0, hi)
    at = next((n for n, (_, i, _) in enumerate(named) if i == found[1]), None)
    if at is None:
        return [found]
    return [(full_person(ctx, e), i, j) for e, i, j in conjuncts(sent.tokens, named, at)[:-1]] + [found]


def act_and_actor(ctx: Context, sent: Sentence, hi: int, passive: bool, subject_before: int):
    """(instrument, agent) of an appointment or release at token ``hi``: the act in the instrumental
    ("Жарлығымен") and its issuer; failing that, for an active verb, the subject before ``subject_before``."""
    inst = instrument_in(ctx, sent, hi)
    instrument = inst[0] if inst else None
    agent = None
    if instrument is not None:
        agent = issuer_of(ctx, instrument) or genitive_issuer(ctx, sent, inst[1])
    if agent is None and not passive:
        agent = subject_of(ctx, sent, subject_before)
    return instrument, agent


DECREES = {"Decree", "Order"}  # acts that appoint: the head of state's decree, an akim's or a minister's order


def decree_behind(ctx: Context, sent: Sentence, instrument: Entity | None) -> tuple[Entity | None, Entity | None]:
    """(act, its issuer) behind an appointment whose sentence names no agent: an act the sentence names
    in any case ("... тағайындалсын - делінген Президент жарлығында", "Жарлығына сәйкес"; "менің
    Жарлығыммен" in a quotation: its speaker's), else the
    one decree or order of the article with a known issuer ("Президент Жарлыққа қол қойды. ... X ...
    болып тағайындалды": later agentless passives of the same account)."""
    named = [(e, j) for e, _, j in named_in(ctx, sent, ACT_CLASSES) if e.type in DECREES]
    for act, j in ([(instrument, None)] if instrument is not None else []) + named:
        issuer = issuer_of(ctx, act)
        if issuer is not None:
            return act, issuer
        if j is not None and "Poss1sg" in sent.tokens[j].tags:
            speaker = as_actor(ctx, quote_speaker(ctx, sent.tokens[j].start))
            if speaker is not None:  # «... менің Жарлығыммен X ... тағайындалды» : the speaker's decree
                return act, speaker
    acts = [a for a in ctx.facts.of_type(*DECREES) if issuer_of(ctx, a) is not None]
    issuers = {issuer_of(ctx, a).key for a in acts}
    if len(issuers) == 1:
        return instrument or acts[0], issuer_of(ctx, acts[0])
    return instrument, None


def instrument_in(ctx: Context, sent: Sentence, hi: int) -> tuple[Entity, int] | None:
    """A legal act in the instrumental case before token ``hi`` ("Жарлығымен", "өкімімен")."""
    for ent, i, j in reversed(named_in(ctx, sent, ACT_CLASSES, 0, hi)):
        if is_instrumental(sent.tokens[j]):
            return ent, i
    return None


def genitive_issuer(ctx: Context, sent: Sentence, at: int) -> Entity | None:
    """"Президентінің Жарлығымен": the actor in the genitive a few words before the act at ``at``."""
    for ent, i, j in reversed(named_in(ctx, sent, ACTORS, max(0, at - 4), at)):
        if is_genitive(sent.tokens[j]):
            return as_actor(ctx, ent)
    return None


def sentence_dates(ctx: Context, sent: Sentence, lo: int | None = None, hi: int | None = None,
                   outside=()) -> list[Value]:
    """Day dates said in the sentence, outside quotations and the spans ``outside`` (an act's unquoted title:
    "2026 жылғы 15 наурызда референдум өткізу туралы Жарлық"), between offsets lo and hi: xsd:date, or
    xsd:gMonthDay where the text gives no year ("14 қаңтар күні")."""
    lo = sent.start if lo is None else lo
    hi = sent.end if hi is None else hi
    out = []
    for d in ctx.doc.dates:
        if d.kind in DAY_KINDS and lo <= d.start < hi:
            idx = next((k for k, t in enumerate(sent.tokens) if t.start >= d.start), None)
            if idx is not None and in_quotes(sent, idx) or any(m.start <= d.start < m.end for m in outside):
                continue
            out.append(Value(d.value, DAY_KINDS[d.kind]))
    return out


DAY_KINDS = {"date": "date", "monthday": "gMonthDay"}


def sentence_span(ctx: Context, sent: Sentence) -> Span:
    return ctx.span(sent.start, sent.end)
