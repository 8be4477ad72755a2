"""Policy documents: concepts, programmes, strategies, plans. "Қазақстан халқы Ассамблеясының 2022-2026
жылдарға арналған даму тұжырымдамасы" -> Concept valid 2022-2026 concerning the Assembly.

A name runs left from the document word over its modifiers (genitive owner, the period phrase, plain
nouns) up to a boundary (punctuation, an act word, a verb); a name counts as a new document only when
it has an owner, a period or a quoted title, otherwise the word refers back to the document of the
article (coreference: Құжат, Тұжырымдама, ҚХА-ның жаңа тұжырымдамасы).
"""

from __future__ import annotations

import re

from kazkg.graph.doc import Sentence, Token
from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import Entity, Value
from kazkg.graph.grammar.documents import act_type, documents
from kazkg.graph.grammar.lexicon import DOC_ANAPHORS, LEGAL_ACT_TYPES, POLICY_TYPES, QUALIFIED
from kazkg.graph.grammar.match import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    fold,
    in_quotes,
    is_acronym,
    is_cap,
    is_form_of,
    is_genitive,
    looks_like_surname,
    nominative,
)
from kazkg.graph.grammar.phrase import event_noun as noun
from kazkg.graph.grammar.posts import is_org_head_word, post_lemma


def owned(toks: list[Token], i: int) -> bool:
    """Is the noun at i owned by a genitive before it ("құрылтайдың IV отырысында"), so part of a description?"""
    j = i - 1
    while j >= 0 and (toks[j].text.isupper() and toks[j].text.isalpha() or toks[j].tags[:1] == ("NUM",)):
        j -= 1  # ordinals: IV, 2-ші
    return j >= 0 and is_genitive(toks[j])


def event_noun(tok: Token) -> bool:
    return noun(tok) is not None

ACT_CLASSES = set(LEGAL_ACT_TYPES.values())
INTENSIFIERS = {"аса", "ең", "өте"}  # "аса қауіпті аурулар" inside a name
# "Қоса беріліп отырған ... жоспары бекітілсін": the enacting clause's "attached" is not part of the name
STOP_WORDS = {"және", "бойынша", "туралы", "сәйкес", "үшін", "жаңа", "осы", "бұл", "сол", "тиісті", "отырған"}
VERB_ENDINGS = ("ды", "ді", "ты", "ті", "йды", "йді", "ады", "еді", "уда", "уде", "ған", "ген", "қан", "кен", "ып", "іп", "п")


class PolicyDocumentExtractor:
    name = "policy_document"
    requires = ("sentences", "lemmas", "dates", "Organization", "LegalAct")
    provides = ("PolicyDocument", "Concept", "Programme", "Strategy", "Plan", "Address", "Rules", "Budget", "validFrom",
                "validUntil", "concerns")

    def __call__(self, ctx: Context) -> None:
        refs: list[tuple[Sentence, int, str]] = []
        for sent in ctx.sentences:
            for k, tok in enumerate(sent.tokens):
                word = is_form_of(tok, *POLICY_TYPES, *DOC_ANAPHORS)
                if not word or (k + 1 < len(sent.tokens) and is_org_head_word(sent.tokens[k + 1])) \
                        or ("Plur" in tok.tags and word != "қағида"):
                    continue  # "... әлеуметтік бағдарламалар басқармасы" is a body; "бағдарламалар" are several
                if word in QUALIFIED and not (k > 0 and fold(sent.tokens[k - 1].text) == QUALIFIED[word]):
                    refs.append((sent, k, word))  # "Жоба аясында": the national project, if the article names one
                    continue
                if word in DOC_ANAPHORS or not self._named(ctx, sent, k, word):
                    refs.append((sent, k, word))
        merge_same_owner(ctx)
        merge_headline(ctx)
        for sent, k, word in refs:
            self._refer(ctx, sent, k, word)

    def _named(self, ctx: Context, sent: Sentence, k: int, word: str) -> bool:
        toks = sent.tokens
        start = k
        skip: set[int] = set()
        if in_quotes(sent, k) and k + 1 < len(toks) and toks[k + 1].text in CLOSING_QUOTES:
            # «Өрт сөндірудің ... ұйымдастыру қағидалары»: a whole quoted title ending in the document word
            opening = next((j for j in range(k - 1, -1, -1) if toks[j].text in OPENING_QUOTES), None)
            start = opening + 1 if opening is not None else start
        while start > 0 and not (start < k and toks[start - 1].text in OPENING_QUOTES and in_quotes(sent, k)):
            prev = toks[start - 1]
            if prev.text == ")" and start >= 4 and toks[start - 3].text == "(" and is_acronym(toks[start - 2]):
                skip.update(range(start - 3, start))  # "палатасының (ҰКП) 2024-2028 ...": the acronym is an aside
                start -= 3
                continue
            w = fold(prev.text)
            if prev.text in CLOSING_QUOTES:
                opening = next((j for j in range(start - 2, -1, -1) if toks[j].text in OPENING_QUOTES), None)
                if opening is not None:
                    start = opening  # "«Қазақстан балалары» бірыңғай бағдарламасы": the quoted title opens the name
                break
            if w == "бірлескен" and start == k:
                start -= 1  # "... туралы бірлескен декларация": a joint document
                continue
            if w in DESCRIPTORS and (start == k or start == k - 1 and fold(toks[k - 1].text) == "бірлескен"):
                start -= 1  # "... жүзеге асыру туралы жоспар": the plan's subject is part of its name
                continue
            if w == "және" and start >= 2 and not toks[start - 2].is_punct and (
                    "Ger" in toks[start - 2].tags or (is_cap(toks[start - 2]) and toks[start - 2].tags[:1] in (("ADJ",), ("NOUN",), ("PROPN",)))):
                start -= 1  # "ауруларының алдын алу және ... қамтамасыз етудің ... бағдарламасы": two activities named
                continue
            if w == "жаңа" and start - 1 < k - 1 and start >= 2 and is_genitive(toks[start - 2]):
                start -= 1  # "Шымкент қаласының жаңа тұрғын алаптарын ... жоспары": "new" inside the name
                continue
            if prev.is_punct and prev.text not in ("-", "–") or w in STOP_WORDS or act_type(prev):
                break
            if w in ("мен", "пен", "бен", "және") and start >= 2 and (
                    toks[start - 2].tags[:1] in (("NOUN",), ("ADJ",)) or "Ger" in toks[start - 2].tags):
                start -= 1  # "Дене шынықтыру мен спортты дамытудың ...": a conjunction inside the name
                continue
            place = ctx.facts.covering(prev.start, prev.end)
            surname = looks_like_surname(prev) and not (place is not None and place.type == "Place")  # Қонаев is a town
            if surname or post_lemma(prev) is not None or (is_adverb(prev) and w not in INTENSIFIERS) \
                    or (event_noun(prev) and not owned(toks, start - 1)):
                break  # "Президент | ... жоспарға қол қойды", "Үкімет отырысында | ...": not part of the name
            actor = ctx.facts.covering(prev.start, prev.end)
            ends_here = actor is not None and any(m.end == prev.end for m in actor.mentions)
            if ends_here and actor.type in ("Organization", "Person") and not is_genitive(prev):
                break  # "Үкімет | ... бағдарламаны бекітті": a body in the nominative is the subject
            if is_finite_verb(prev) or (start == 1 and "Plur" in prev.tags) or (
                    prev.tags[:1] == ("VERB",) and {"PartPast", "Pass"} <= set(prev.tags) and w != "арналған"):
                # ("қарауына ұсынылған | ... облыс бюджеті": what was done to it is no part of its name)
                break  # "Депутаттар | 2026-2028 жылдарға арналған бюджетті бекітті": the subject
            if "Plur" in prev.tags and prev.text[:1].islower() and is_cap(toks[start]) and not is_genitive(prev):
                break  # "мүдделі ұйымдар | Іс-қимыл жоспарын іске асырады": a plural subject before a short name
            start -= 1
        while start < k and toks[start].text in ("-", "–"):
            start += 1
        span = ctx.tokens_span(toks[start:k + 1])
        name = [t for n, t in enumerate(toks[start:k + 1], start) if n not in skip]
        period = [d for d in ctx.doc.dates if d.kind == "interval" and span.start <= d.start < span.end]
        until = [d for d in ctx.doc.dates if d.relation == "until" and span.start <= d.start < span.end]
        # "2023 жылға арналған республикалық бюджет": a single year the document is for
        period = period or [d for d in ctx.doc.dates if d.kind == "year" and d.relation == "for"
                            and span.start <= d.start < span.end]
        owner = [t for t in name[:-1] if is_cap(t)]
        described = len(name) >= 3 and fold(name[-2].text) in DESCRIPTORS
        titled = in_title(sent, k)
        if not (period or until or described or (owner and len(name) >= 3) or (len(name) >= 2 and titled)):
            return False
        approved_by = start > 0 and act_type(toks[start - 1]) is not None and is_cap(toks[start]) and len(name) >= 3
        if word == "қағида" and not (len(name) >= 2 and titled or approved_by) or word == "бюджет" and not (period or until):
            return False  # rules are named by a quoted title or right after the act approving them, a budget by its period
        concerns = None
        head_quoted = in_quotes(sent, k)  # the whole name inside an act's quoted title: its words do name
        for n, t in enumerate(name[:-1]):
            if in_quotes(sent, toks.index(t)) and not head_quoted:
                continue  # «Таза Қазақстан» ұлттық жобасы is not about Kazakhstan as a place: a title
            ent = ctx.facts.covering(t.start, t.end, ("Organization", "Place"))
            if ent is not None:
                concerns = ent
                break
        cls = POLICY_TYPES[word]
        label = nominative(name)
        if word == "жолдау":  # "Мемлекет басшысының Қазақстан халқына Жолдауы": the Address is titled "... Жолдау"
            label = " ".join([t.text for t in name[:-1]] + [name[-1].text[:len(word)]])
            concerns = None  # "Қазақстан халқына": whom it is addressed to, not what it is about
        doc = ctx.facts.entity(cls, label, span)
        if concerns is not None:
            ctx.facts.relate(doc.key, "concerns", concerns.key, span)
        if period:
            d = period[0]
            ctx.facts.relate(doc.key, "validFrom", Value(d.value[:4], "gYear"), ctx.span(d.start, d.end))
            if d.end_value or d.kind == "year":  # (a single year: from and until it)
                ctx.facts.relate(doc.key, "validUntil", Value((d.end_value or d.value)[:4], "gYear"), ctx.span(d.start, d.end))
        elif until:
            d = until[0]
            ctx.facts.relate(doc.key, "validUntil", Value(d.value[:4], "gYear"), ctx.span(d.start, d.end))
        return True

    def _refer(self, ctx: Context, sent: Sentence, k: int, word: str) -> None:
        tok: Token = sent.tokens[k]
        docs = documents(ctx)
        if word in QUALIFIED:
            docs = [d for d in docs if fold(d.label.split()[-1]).startswith(word)]
        elif word not in DOC_ANAPHORS:
            docs = [d for d in docs if d.type == POLICY_TYPES[word] and not fold(d.label.split()[-1]).startswith(tuple(QUALIFIED))]
        if k > 0:  # "ҚХА-ның жаңа тұжырымдамасы": prefer the document concerning that owner
            owners = {e.key for t in sent.tokens[max(0, k - 3):k] if (e := ctx.facts.covering(t.start, t.end))}
            owned = [d for d in docs if owners & set(ctx.facts.objects(d.key, "concerns"))]
            docs = owned or docs
        if not docs and word in DOC_ANAPHORS:
            # "Құжатқа екі министр қол қойды": with no policy document, "the document" is the article's one act
            acts = [e for e in ctx.facts.entities.values() if e.type in ACT_CLASSES]
            if len(acts) > 1:
                # a treaty named only inside the title of the law ratifying it is not "the document"
                acts = [a for a in acts if not body_mentions_nested(ctx, a, acts)] or acts
            if len(acts) > 1:
                acts = [a for a in [last_named_before(ctx, acts, tok.start)] if a is not None]
            docs = acts if len(acts) == 1 else []
        if len(docs) == 1:
            docs[0].add_mention(ctx.tokens_span([tok]))
            self._period_before(ctx, sent, k, docs[0])

    @staticmethod
    def _period_before(ctx: Context, sent: Sentence, k: int, doc: Entity) -> None:
        """"2026–2029 жылдарға арналған құжатты": a period said of a word referring to the document is its."""
        if ctx.facts.objects(doc.key, "validFrom") or ctx.facts.objects(doc.key, "validUntil"):
            return
        tok = sent.tokens[k]
        for d in ctx.doc.dates:
            said = ctx.text[d.start:tok.start]  # the date mention may hold "жылдарға арналған" itself
            if d.kind == "interval" and sent.start <= d.start and d.end <= tok.start \
                    and re.search(r"арналған\s*$", said) \
                    and re.fullmatch(r"\s*(?:(?:жылдарға|жылға)\s+)?(?:арналған\s*)?", ctx.text[d.end:tok.start]):
                ctx.facts.relate(doc.key, "validFrom", Value(d.value[:4], "gYear"), ctx.span(d.start, tok.end))
                if d.end_value:
                    ctx.facts.relate(doc.key, "validUntil", Value(d.end_value[:4], "gYear"), ctx.span(d.start, tok.end))


def last_named_before(ctx: Context, acts: list[Entity], at: int) -> Entity | None:
    """Of several acts, the one named last before offset ``at`` (a name inside another's title does not count)."""
    head = ctx.article.headline or (0, 0)
    best = None
    for act in acts:
        outer = [m for a in acts if a is not act for m in a.mentions]
        for m in act.mentions:
            if m.end <= at and not head[0] <= m.start < head[1] \
                    and not any(o.start <= m.start and m.end <= o.end for o in outer):
                if best is None or m.start > best[0]:
                    best = (m.start, act)
    return best[1] if best else None


def body_mentions_nested(ctx: Context, act: Entity, acts: list[Entity]) -> bool:
    """Is every mention of ``act`` outside the headline inside another act's mention?"""
    head = ctx.article.headline or (0, 0)
    outer = [m for a in acts if a is not act for m in a.mentions]
    body = [m for m in act.mentions if not head[0] <= m.start < head[1]]
    return bool(body) and all(any(o.start <= m.start and m.end <= o.end for o in outer) for m in body)


# "X туралы / жөніндегі / бойынша / қарсы жоспар": what the document is about names it
DESCRIPTORS = {"туралы", "жөніндегі", "бойынша", "қарсы"}
NONFINITE = {"PartPast", "PartFut", "PartPres", "Ger", "ConvP", "ConvA", "Inf"}


FINITE = {"Past", "Pres", "Fut", "Imp", "Cond", "Opt"}


def in_title(sent: Sentence, k: int) -> bool:
    """Token k inside a quoted title, closed in the sentence ("«... бағдарламасын бекіту туралы» қаулы"),
    not inside someone's quoted words ("«... бағдарламасын ашамыз», – деді")."""
    if not in_quotes(sent, k):
        return False
    toks = sent.tokens
    close = next((j for j in range(k + 1, len(toks)) if toks[j].text in ("»", "”")), None)
    return close is not None and not (close + 1 < len(toks) and toks[close + 1].text in (",", "–", "—"))


def is_finite_verb(tok: Token) -> bool:
    """A verb that ends a clause (бекітті, қабылданды), not a participle or verbal noun inside a name
    ("кітап оқу мәдениетін": a verb reading with no tense is a verbal noun)."""
    return tok.tags[:1] in (("VERB",), ("AUX",)) and not NONFINITE & set(tok.tags) and bool(FINITE & set(tok.tags))


def is_adverb(tok: Token) -> bool:
    return tok.tags[:1] in (("ADV",), ("CCONJ",), ("PRON",), ("DET",))


def merge_same_owner(ctx: Context) -> None:
    """Two names of one document in an article (the headline's shorter wording and the body's):
    documents of one kind concerning the same owner are one, under the longest name."""
    groups: dict[tuple, list[Entity]] = {}
    for doc in documents(ctx):
        for owner in ctx.facts.objects(doc.key, "concerns"):
            groups.setdefault((doc.type, owner), []).append(doc)
        period = (tuple(ctx.facts.objects(doc.key, "validFrom")), tuple(ctx.facts.objects(doc.key, "validUntil")))
        if any(period):
            groups.setdefault((doc.type, period), []).append(doc)
    for docs in groups.values():
        periods = {tuple(ctx.facts.objects(d.key, "validFrom")) for d in docs} - {()}
        if len(docs) < 2 or len(periods) > 1:
            continue
        docs = [d for d in docs if d.key in ctx.facts.entities]
        if len(docs) < 2:
            continue
        keep = max(docs, key=lambda d: (len(d.label), d.key))
        for d in docs:
            if d is not keep:
                ctx.facts.rekey(d.key, keep.key)


def merge_headline(ctx: Context) -> None:
    """A document named only in the headline ("Ветеринариялық қауіпсіздіктің төрт жылдық бағдарламасы")
    is the body's one document of that kind, under the body's (official) name."""
    head = ctx.article.headline
    if not head:
        return
    docs = [d for d in documents(ctx) if d.key in ctx.facts.entities]
    for d in docs:
        if not all(head[0] <= m.start < head[1] for m in d.mentions):
            continue
        body = [b for b in docs if b is not d and b.type == d.type and b.key in ctx.facts.entities
                and any(not head[0] <= m.start < head[1] for m in b.mentions)]
        if len(body) == 1:
            ctx.facts.rekey(d.key, body[0].key)


