"""Statements and quotations: "«...», - деді Елбасы", "«...», - делінген Жарлықта", "..., - деді Берік
Уәли", "X ... тапсыратынын мәлімдеді".

A quotation may run over several sentences: it is read from the article text, from the quote mark
that closes right before the frame ("- деді", "- делінген", "деп") back to the one that opens it.
Unquoted direct speech is the frame sentence's text before ", -". A reported statement
("мәлімдеді", "атап өтті") quotes the clause between the speaker and the verb.

The speaker (kz:agent) is the person or body named after "деді" / before "мәлімдеді" (a unique post
stands for its holder); a document named after "делінген" ("жарлығында") is the statement's
instrument when it is a legal act, and its issuer the agent. The quotation is ``"..."@kk``.
"""

from __future__ import annotations

import re

from kazkg.graph.doc import Sentence
from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import Entity, Value, norm
from kazkg.graph.grammar.clause import (
    ACT_CLASSES,
    DOC_CLASSES,
    as_actor,
    genitive_issuer,
    issuer_of,
    named_in,
    sentence_dates,
    subject_of,
)
from kazkg.graph.grammar.match import fold, in_quotes

SAID = ("деді", "деген", "деп", "делінген", "делінеді", "делді")
REPORTED = ("мәлімдеді", "мәлімдеген", "атап өтті", "айтты", "хабарлады")
OPENERS = {"»": "«", "”": "“", '"': '"', "“": "„"}
# «...», - деді / «...» деп / «...», – делінген : a closing quote, a comma or dash, a saying verb
FRAME = re.compile(r"([»”\"“])\s*[,.!?]?\s*[-–—]*\s*(деді|деген|деп|делінген|делінеді|делді)\b", re.I)
DASH_FRAME = re.compile(r"[,.!?]\s*[-–—]+\s*(деді|делінген|делді)\b", re.I)
NAMING = {"атал", "атан"}
SPEAKERS = {"Person", "Position", "Organization", "Publisher"}


def opening(text: str, close: int, closer: str, limit: int = 3000) -> int | None:
    """Offset of the quote mark that opens the quotation closed at ``close``, within its paragraph
    (nested quotes counted; a straight quote opens when a word follows it and closes when it follows
    a word). With unbalanced quotes the outermost opener of the paragraph is taken."""
    opener = OPENERS[closer]
    depth, outermost = 0, None
    for i in range(close - 1, max(-1, close - limit), -1):
        ch = text[i]
        if ch == "\n":
            break
        if ch != opener and ch != closer:
            continue
        if opener == closer:  # straight quotes: tell opening from closing by the neighbours
            opens = i + 1 < len(text) and not text[i + 1].isspace() and (i == 0 or not text[i - 1].isalnum())
        else:
            opens = ch == opener
        if not opens:
            depth += 1
        elif depth == 0:
            return i
        else:
            depth -= 1
            outermost = i
    return outermost


def short(text: str, n: int = 8) -> str:
    words = text.split()
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


class StatementExtractor:
    name = "statement"
    requires = ("sentences", "lemmas", "Person", "Position", "Organization", "LegalAct", "PolicyDocument")
    provides = ("Statement", "agent", "quotation", "quotedFrom", "instrument", "eventDate")

    def __call__(self, ctx: Context) -> None:
        text = ctx.text
        done: set[int] = set()
        for sent in ctx.sentences:
            body = text[sent.start:sent.end]
            for m in FRAME.finditer(body):
                close = sent.start + m.start(1)
                start = opening(text, close, m.group(1))
                if start is None or close in done:
                    continue
                done.add(close)
                if fold(m.group(2)) == "деп" and fold(body[m.end(2):].lstrip()[:4]) in NAMING:
                    continue  # «...» деп аталатын: a name, not words said
                self._emit(ctx, sent, start, close + 1, text[start + 1:close], sent.start + m.end(2), fold(m.group(2)))
            if not any(sent.start <= c < sent.end for c in done):
                m = DASH_FRAME.search(body)
                if m and not FRAME.search(body):
                    lead = re.match(r"^\s*[-–—]?\s*", body).end()
                    quote = body[lead:m.start()]
                    if len(quote.split()) >= 3:
                        self._emit(ctx, sent, sent.start + lead, sent.start + m.start(), quote,
                                   sent.start + m.end(1), fold(m.group(1)))
                        continue
            self._reported(ctx, sent)

    def _speaker(self, ctx: Context, sent: Sentence, after: int) -> tuple[Entity | None, Entity | None]:
        """(agent, document) named right after the frame verb at offset ``after``: a document
        ("делінген Тоқаевтың жарлығында") speaks for its issuer, else the first person or body."""
        toks = sent.tokens
        k = next((i for i, t in enumerate(toks) if t.start >= after), len(toks))
        hi = min(len(toks), k + 8)
        docs = named_in(ctx, sent, DOC_CLASSES, k, hi)
        if docs:
            doc, i, _ = docs[0]
            return issuer_of(ctx, doc) or genitive_issuer(ctx, sent, i), doc
        for ent, i, j in named_in(ctx, sent, SPEAKERS, k, hi):
            actor = as_actor(ctx, ent)
            if actor is not None:
                return actor, None
        return None, None

    def _emit(self, ctx: Context, sent: Sentence, start: int, end: int, quote: str, after: int, verb: str) -> None:
        quote = " ".join(quote.split()).strip(" ,.-–—")
        if len(quote.split()) < 3:
            return  # a title in quotes («Нұр Отан» деп аталатын), not a statement
        agent, doc = self._speaker(ctx, sent, after)
        span = ctx.span(start, sent.end)
        who = agent.label if agent is not None else doc.label if doc is not None else "—"
        event = ctx.facts.entity("Statement", f"Мәлімдеме: {who}: «{short(quote)}»", span, key=f"Statement:{norm(quote)}")
        ctx.facts.relate(event.key, "quotation", Value(quote, "kk"), span)
        if agent is not None:
            ctx.facts.relate(event.key, "agent", agent.key, span)
        if doc is not None:
            ctx.facts.relate(event.key, "quotedFrom", doc.key, span)
            if doc.type in ACT_CLASSES:
                ctx.facts.relate(event.key, "instrument", doc.key, span)
        for date in sentence_dates(ctx, sent, end, sent.end)[:1]:
            ctx.facts.relate(event.key, "eventDate", date, span)

    def _reported(self, ctx: Context, sent: Sentence) -> None:
        """"X ... -тынын мәлімдеді": the clause between the speaker and the verb."""
        toks = sent.tokens
        k = next((i for i, t in enumerate(toks) if fold(t.text).startswith("мәлімде") and not in_quotes(sent, i)
                  and fold(t.text).endswith(("ді", "ды"))), None)
        if k is None:
            return
        agent = subject_of(ctx, sent, k)
        if agent is None:
            return
        # the clause starts after the last mention of the speaker (or of the post it holds)
        last = max((j for ent, i, j in named_in(ctx, sent, SPEAKERS, 0, k) if as_actor(ctx, ent) is agent), default=None)
        if last is None or last + 1 >= k:
            return
        start, end = toks[last + 1].start, toks[k - 1].end
        quote = ctx.text[start:end]
        if len(quote.split()) < 3:
            return
        span = ctx.span(sent.start, sent.end)
        quote = " ".join(quote.split())
        event = ctx.facts.entity("Statement", f"Мәлімдеме: {agent.label}: «{short(quote)}»", span, key=f"Statement:{norm(quote)}")
        ctx.facts.relate(event.key, "quotation", Value(quote, "kk"), span)
        ctx.facts.relate(event.key, "agent", agent.key, span)
        for date in sentence_dates(ctx, sent)[:1]:
            ctx.facts.relate(event.key, "eventDate", date, span)
