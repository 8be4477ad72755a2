"""Signing events: "Мемлекет басшысы ... жарлыққа қол қойды", "Президент ... Заңына қол қойды".

The event links who signed (the sentence's subject: a person, a unique post's holder or a body; else
the issuer of the act), what was signed (a legal act or policy document in the dative right before
"қол қой-") and a full date said in the sentence. One signing per signed document.

The helpers below are shared by the other event extractors (appointment, dismissal, establishment,
instruction, statement): entities named in a sentence with their token index, case tests, finite
verb forms, and the agent behind a subject or an instrument.
"""

from __future__ import annotations

import re

from graph import lang
from graph.doc import Sentence, Token
from graph.extractors.base import Context
from graph.extractors.lexicon import LEGAL_ACT_TYPES
from graph.extractors.match import fold, in_quotes, is_genitive, is_instrumental
from graph.extractors.person_post import holder, post_lemma
from graph.extractors.policy_document import POLICY_CLASSES
from graph.facts import STATEMENT_TYPES, Entity, Span, Value

ACT_CLASSES = set(LEGAL_ACT_TYPES.values())
DOC_CLASSES = ACT_CLASSES | POLICY_CLASSES
ACTORS = {"Person", "Position", "Organization"}
# Acts one official issues by signing (a law is passed by Parliament, not by who signs it).
SIGNED_BY_ISSUER = {"Decree", "Order", "Law", "Code"}
DATIVE = re.compile(r"(ға|ге|қа|ке|на|не|а|е)$")
ACCUSATIVE = re.compile(r"(ны|ні|ды|ді|ты|ті|н)$")
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
    return "Dat" in tok.tags or bool(DATIVE.search(fold(tok.text.split("-")[-1])))


def is_accusative(tok: Token) -> bool:
    return "Acc" in tok.tags or bool(ACCUSATIVE.search(fold(tok.text.split("-")[-1])))


def is_oblique(tok: Token) -> bool:
    """Marked for a case other than the nominative (so not the subject of the sentence)."""
    return bool({"Gen", "Dat", "Acc", "Ins", "Abl", "Loc"} & set(tok.tags)) or is_genitive(tok) or is_instrumental(tok)


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


def sentence_dates(ctx: Context, sent: Sentence, lo: int | None = None, hi: int | None = None) -> list[Value]:
    """Day dates said in the sentence, outside quotations, between offsets lo and hi: xsd:date, or
    xsd:gMonthDay where the text gives no year ("14 қаңтар күні")."""
    lo = sent.start if lo is None else lo
    hi = sent.end if hi is None else hi
    out = []
    for d in ctx.doc.dates:
        if d.kind in DAY_KINDS and lo <= d.start < hi:
            idx = next((k for k, t in enumerate(sent.tokens) if t.start >= d.start), None)
            if idx is not None and in_quotes(sent, idx):
                continue
            out.append(Value(d.value, DAY_KINDS[d.kind]))
    return out


DAY_KINDS = {"date": "date", "monthday": "gMonthDay"}


def sentence_span(ctx: Context, sent: Sentence) -> Span:
    return ctx.span(sent.start, sent.end)


# -- the extractor -----------------------------------------------------------------------------
def signing_verb(sent: Sentence, k: int) -> bool:
    """"қол қойды / қол қойылды / қол қойылған / қол қойылғанына" at tokens k, k+1."""
    toks = sent.tokens
    return (fold(toks[k].text) == "қол" and k + 1 < len(toks)
            and (fold(toks[k + 1].text).startswith("қой") or lang.verb_stem(fold(toks[k + 1].text)) == "қой"))


AND = {"мен", "пен", "бен", "және"}


def named_after(ctx: Context, sent: Sentence, ent: Entity, i: int) -> bool:
    """Is ``ent`` named in the sentence after token i?"""
    lo = sent.tokens[i].end
    return any(lo <= m.start < sent.end for m in ent.mentions)


def co_signers(ctx: Context, sent: Sentence, agent: Entity, k: int) -> list[Entity]:
    """People joined to the signer by "мен/пен/бен/және" before the verb: both sides of an agreement."""
    toks = sent.tokens
    people = [(e, i, j) for e, i, j in named_in(ctx, sent, {"Person"}, 0, k) if not is_oblique(toks[j])]
    out, joined = [], False
    for n, (e, i, j) in enumerate(people):
        if n and any(fold(t.text) in AND for t in toks[people[n - 1][2] + 1:i]):
            joined = True
            out.extend(p for p in (people[n - 1][0], e) if p is not agent and p not in out)
    return out if joined else []


class SigningExtractor:
    name = "signing"
    requires = ("sentences", "lemmas", "dates", "person_post", "legal_act", "policy_document")
    provides = ("Signing", "agent", "eventObject", "eventDate")

    def __call__(self, ctx: Context) -> None:
        for sent in ctx.sentences:
            for k in range(len(sent.tokens)):
                if signing_verb(sent, k) and not in_quotes(sent, k):
                    self._event(ctx, sent, k)

    def _event(self, ctx: Context, sent: Sentence, k: int) -> None:
        docs = named_in(ctx, sent, DOC_CLASSES, 0, k)
        dative = [(d, i) for d, i, j in docs if is_dative(sent.tokens[j]) and not in_quotes(sent, j)]
        # "X Заңына және Y Заңына қол қойды": each act joined to the last one is signed too
        for obj, at in dative[:-1]:
            if any(fold(t.text) in AND for t in sent.tokens[at:dative[-1][1]]):
                self._sign(ctx, sent, k, obj, at)
        if dative:
            obj, at = dative[-1]
            approver = self._approving_act(ctx, obj) if fold(sent.tokens[at].text).startswith("құжат") else None
            self._sign(ctx, sent, k, approver or obj, at)

    @staticmethod
    def _approving_act(ctx: Context, doc: Entity) -> Entity | None:
        """"X қаулысымен Y жол картасы бекітілді ... Құжатқа Премьер-министр қол қойды": "the document" a
        person signs is the act that approved the plan, not the plan."""
        if doc.type not in POLICY_CLASSES:
            return None
        acts = [ctx.facts.entities[s] for s in ctx.facts.subjects("approves", doc.key)
                if s in ctx.facts.entities and ctx.facts.entities[s].type in ACT_CLASSES]
        return acts[0] if len(acts) == 1 else None

    def _sign(self, ctx: Context, sent: Sentence, k: int, obj: Entity, at: int) -> None:
        # (an "арасындағы" inside a quoted title, "«... Үкіметі арасындағы келісімді ратификациялау туралы» Заңына", does not count)
        between = next((i for i, t in enumerate(sent.tokens[:k]) if fold(t.text) == "арасындағы" and not in_quotes(sent, i)), None)
        if between is not None:
            # "Үкіметі мен Моңғолия Үкіметі арасындағы келісімге X пен Y қол қойды": the parties are not the signers
            agent = subject_of(ctx, sent, k, {"Person"}) if between < at else None
            agent = agent if agent is not None and named_after(ctx, sent, agent, between) else None
        else:
            agent = subject_of(ctx, sent, k) or genitive_issuer(ctx, sent, at) or issuer_of(ctx, obj)
        span = sentence_span(ctx, sent)
        event = ctx.facts.entity("Signing", f"Қол қою: {obj.label}", span, key=f"Signing:{obj.key}")
        ctx.facts.relate(event.key, "eventObject", obj.key, span)
        if agent is not None:
            ctx.facts.relate(event.key, "agent", agent.key, span)
            for other in co_signers(ctx, sent, agent, k):
                ctx.facts.relate(event.key, "agent", other.key, span)  # "X пен Y қол қойды"
            if obj.type in SIGNED_BY_ISSUER:
                issuers = ctx.facts.objects(obj.key, "issuedBy")
                # the post an order was issued by is held by whoever signs it
                posts = {i for i in issuers if ctx.facts.entities.get(i) is not None and ctx.facts.entities[i].type == "Position"}
                for post in [i for i in issuers if agent.type == "Person" and i in posts]:
                    # "облыс әкімінің өкімі ... Өкімге облыс әкімі Бекзат Ысқақов қол қойды": the post's holder issued it
                    ctx.facts.relations.pop((obj.key, "issuedBy", post), None)
                    issuers = [i for i in issuers if i != post]
                if not issuers:
                    ctx.facts.relate(obj.key, "issuedBy", agent.key, span)  # a decree is issued by who signs it
        for date in sentence_dates(ctx, sent)[:1]:
            ctx.facts.relate(event.key, "eventDate", date, span)
            if obj.type in SIGNED_BY_ISSUER and not ctx.facts.objects(obj.key, "dateOfIssue"):
                ctx.facts.relate(obj.key, "dateOfIssue", date, span)  # a law or decree dates from its signing
