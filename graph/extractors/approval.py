"""Approval events: "... Жарлығымен ... тұжырымдамасы бекітілді", "Үкімет ... қаулыны қабылдады",
"Президент ... тұжырымдамасын бекітті".

The event links who approved (the issuer of the instrument, or the sentence's subject: a person, a
unique post's holder or a body), the instrument (an act in the instrumental case), what was approved
(a policy document, else the act itself) and the date (the instrument's). An act whose title says
"X-ты бекіту туралы" approves X. One approval per approved document, whatever the number of mentions.
"""

from __future__ import annotations

import re

from kazkg.graph import lang
from kazkg.graph.doc import Sentence
from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import Entity, Value
from kazkg.graph.grammar.clause import entity_at
from kazkg.graph.grammar.documents import POLICY_CLASSES, act_type
from kazkg.graph.grammar.lexicon import APPROVAL_STEMS, LEGAL_ACT_TYPES
from kazkg.graph.grammar.match import CLOSING_QUOTES, fold, in_quotes, is_instrumental
from kazkg.graph.grammar.posts import holder

ACT_CLASSES = set(LEGAL_ACT_TYPES.values())
PARTICIPLE = re.compile(r"(ған|ген|қан|кен)$")
PASSED_BY_PARLIAMENT = {"Law", "Code"}


ANAPHORS = {"оны", "құжатты", "оған"}  # "it", "the document": the act just named


def clause_start(sent: Sentence, k: int) -> int:
    """Offset where the clause of the verb at k begins: after the last finite verb before it."""
    for tok in reversed(sent.tokens[:k]):
        if tok.tags[:1] == ("VERB",) and {"Past", "Pres"} & set(tok.tags) or fold(tok.text) in ("ал", "ал,"):
            return tok.end
    return sent.start


def approval_verb(word: str) -> bool:
    w = fold(word)
    if w.endswith(("у", "уі", "уге", "уді")):
        return False  # "шаралар қабылдау тапсырылды": a verbal noun reports no approval
    return w.startswith(APPROVAL_STEMS) or lang.verb_stem(w) in APPROVAL_STEMS


class ApprovalExtractor:
    name = "approval"
    requires = ("sentences", "lemmas", "Person", "Position", "LegalAct", "PolicyDocument")
    provides = ("Approval", "approves", "agent", "instrument", "eventDate", "basedOn", "issuedBy")

    def __call__(self, ctx: Context) -> None:
        for sent in ctx.sentences:
            for k, tok in enumerate(sent.tokens):
                established = fold(tok.text).startswith(("белгіленді", "белгілеген", "белгіледі")) and any(
                    is_instrumental(t) and act_type(t) for t in sent.tokens[:k])  # "Жарлығымен белгіленді"
                if (approval_verb(tok.text) or established) and not in_quotes(sent, k):
                    self._event(ctx, sent, k)
                elif fold(tok.text) == "туралы" and in_quotes(sent, k) and k >= 1 and fold(sent.tokens[k - 1].text).startswith("бекіту"):
                    self._title_approval(ctx, sent, k)

    def _in_sentence(self, ctx: Context, sent: Sentence, types: set[str], before: int | None = None) -> list[tuple[Entity, int]]:
        """Entities of ``types`` named in the sentence, each with the index of its last token there."""
        out: dict[str, tuple[Entity, int]] = {}
        for i, tok in enumerate(sent.tokens[:before]):
            ent = entity_at(ctx, tok, types)  # not just the longest name there: an act's title holds a plan's
            if ent is not None:
                out.pop(ent.key, None)
                out[ent.key] = (ent, i)
        return list(out.values())

    def _event(self, ctx: Context, sent: Sentence, k: int) -> None:
        # a document named inside a quoted title is what the act approves, not the verb's object
        # (but «X қағидалары» бекітілді: a whole quoted title is the document itself)
        docs = [(d, i) for d, i in self._in_sentence(ctx, sent, POLICY_CLASSES, before=k)
                if not in_quotes(sent, i) or (i + 1 < k and sent.tokens[i + 1].text in CLOSING_QUOTES)]
        acts = self._in_sentence(ctx, sent, ACT_CLASSES, before=k)
        instrument = next((a for a, i in acts if is_instrumental(sent.tokens[i])), None)
        target = docs[-1][0] if docs else next((a for a, i in acts if a is not instrument), None)
        if target is None and instrument is not None and k + 1 < len(sent.tokens) and PARTICIPLE.search(fold(sent.tokens[k].text)):
            # "шешімімен бекітілген құжатқа сәйкес": the participle's noun is what was approved
            after = entity_at(ctx, sent.tokens[k + 1], POLICY_CLASSES | ACT_CLASSES)
            target = after if after is not instrument else None
        if target is None and instrument is not None:
            # "Жарлығымен Полиция күні мерекесі бекітілді": a holiday established by an act
            events = self._in_sentence(ctx, sent, {"Event"}, before=k)
            target = events[-1][0] if events else None
        if target is None and any(fold(t.text) in ANAPHORS for t in sent.tokens[:k]):
            # "Құжатты Мәжіліс 5 қарашада қабылдаған, ал Сенат оны мақұлдады": the act named just before
            target = self._act_before(ctx, sent)
        several = self._several_before(ctx, sent, k) if instrument is None else []
        if len(several) >= 2:
            # "Мәжіліс екі заңды қабылдады", "Сенат құжаттарды мақұлдады": each law named before
            for act in several:
                self._approve(ctx, sent, k, act, None)
            return
        if target is None:
            return
        self._approve(ctx, sent, k, target, instrument)

    @staticmethod
    def _several_before(ctx: Context, sent: Sentence, k: int) -> list[Entity]:
        """The laws and codes named (by title, date or number) before a plural object: "екі заңды",
        "заңдарды", "құжаттарды"."""
        toks = sent.tokens[:k]
        plural = any(fold(t.text).startswith("құжаттар") or (act_type(t) and "Plur" in t.tags)
                     or (fold(t.text) == "екі" and i + 1 < len(toks) and act_type(toks[i + 1]))
                     for i, t in enumerate(toks))
        if not plural:
            return []
        named = [a for a in ctx.facts.of_type(*PASSED_BY_PARLIAMENT) if not a.key.endswith(ctx.article_id)
                 and any(m.start < sent.start for m in a.mentions)]
        return sorted(named, key=lambda a: min(m.start for m in a.mentions))[:3]

    def _approve(self, ctx: Context, sent: Sentence, k: int, target: Entity, instrument: Entity | None) -> None:
        agent = self._agent(ctx, sent, k, instrument)
        span = ctx.span(sent.start, sent.tokens[k].end)
        if target.type in ACT_CLASSES and target.type not in PASSED_BY_PARLIAMENT and agent is not None \
                and instrument is None and agent.type == "Organization":
            # "Үкімет ... қаулыны қабылдады": a body adopting its own act issues it; nothing else is approved
            if not ctx.facts.objects(target.key, "issuedBy"):
                ctx.facts.relate(target.key, "issuedBy", agent.key, span)
            return
        chamber = agent is not None and agent.type == "Organization" and target.type in PASSED_BY_PARLIAMENT
        # each chamber's vote is its own event, with its own date ("Мәжіліс 21 қаңтарда қабылдаған, ал Сенат ...")
        key = f"Approval:{target.key}|{agent.key}" if chamber else f"Approval:{target.key}"
        event = ctx.facts.entity("Approval", f"Бекіту: {target.label}", span, key=key)
        ctx.facts.relate(event.key, "approves", target.key, span)
        if agent is not None:
            ctx.facts.relate(event.key, "agent", agent.key, span)
            if target.type in ACT_CLASSES and not ctx.facts.objects(target.key, "issuedBy") \
                    and not (target.type in PASSED_BY_PARLIAMENT and agent.type == "Organization"):
                # "Үкімет ... қаулыны қабылдады"; a chamber that passes a law approves it, the signer issues it
                ctx.facts.relate(target.key, "issuedBy", agent.key, span)
        if instrument is not None:
            ctx.facts.relate(event.key, "instrument", instrument.key, span)
            ctx.facts.relate(instrument.key, "approves", target.key, span)
            if target.type in POLICY_CLASSES:
                ctx.facts.relate(target.key, "basedOn", instrument.key, span)
            for date in ctx.facts.objects(instrument.key, "dateOfIssue"):
                ctx.facts.relate(event.key, "eventDate", date, span)
        elif chamber:
            clause = clause_start(sent, k)
            dates = [d for d in ctx.doc.dates if clause <= d.start and d.end <= sent.tokens[k].start
                     and d.kind in ("date", "monthday")]
            if dates:
                d = dates[-1]
                ctx.facts.relate(event.key, "eventDate", Value(d.value, "date" if d.kind == "date" else "gMonthDay"), span)
        else:
            for d in ctx.doc.dates:
                if sent.start <= d.start < sent.end and d.kind == "date":
                    ctx.facts.relate(event.key, "eventDate", Value(d.value, "date"), span)
                    break

    @staticmethod
    def _act_before(ctx: Context, sent: Sentence) -> Entity | None:
        """The act (a law or code passed by Parliament) named last before this sentence ends, in it or
        the sentence before."""
        i = ctx.sentences.index(sent)
        since = ctx.sentences[i - 1].start if i else sent.start
        named = [(m.start, a) for a in ctx.facts.of_type(*PASSED_BY_PARLIAMENT) for m in a.mentions
                 if since <= m.start < sent.end]
        return max(named, key=lambda x: x[0])[1] if named else None

    def _agent(self, ctx: Context, sent: Sentence, k: int, instrument: Entity | None) -> Entity | None:
        if instrument is not None:
            issuers = ctx.facts.objects(instrument.key, "issuedBy")
            if issuers:
                return ctx.facts.entities.get(issuers[0])
        actors = self._in_sentence(ctx, sent, {"Person", "Position", "Organization"}, before=k)
        # "Заңды Мәжіліс қабылдаған, ал Сенат мақұлдады": each verb's agent is named in its own clause
        lo = max((i for i, t in enumerate(sent.tokens[:k]) if approval_verb(t.text) and not in_quotes(sent, i)), default=-1)
        actors = [(e, i) for e, i in actors if i > lo] or actors
        for ent, i in actors:
            if ent.type == "Position":
                ent = holder(ctx, ent) or ent
            if ent is not None:
                return ent
        return None

    def _title_approval(self, ctx: Context, sent: Sentence, k: int) -> None:
        """«X-ты бекіту туралы» қаулы: the act named so approves X."""
        docs = self._in_sentence(ctx, sent, POLICY_CLASSES, before=k)
        after = [t for t in sent.tokens[k + 1:k + 12] if act_type(t)]  # «... бекіту туралы» 2026 жылғы ... № 58 қаулы
        if not docs or not after:
            return
        act = ctx.facts.covering(after[0].start, after[0].end)
        if act is None or act.type not in ACT_CLASSES:
            return
        span = ctx.span(sent.tokens[0].start, after[0].end)
        ctx.facts.relate(act.key, "approves", docs[-1][0].key, span)
        ctx.facts.relate(docs[-1][0].key, "basedOn", act.key, span)
