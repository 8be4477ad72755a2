"""Events named by common nouns (GOLD.md: "a named or clearly identified occurrence"):

- a chamber's plenary sitting with no owner named ("жалпы отырыс өтті", "Палатаның жалпы отырысында")
  is the sitting of the one chamber the article names: "Мәжілістің жалпы отырысы";
- a nationwide vote named by its scope ("республикалық референдум", "Конституциялық өзгерістер
  бойынша республикалық референдум"), in lower case;
- an anniversary of a named owner ("Парламенттің 25 жылдығы", "Әлихан Бөкейханның 155 жылдығы",
  "ел Тәуелсіздігінің 30 жылдығы" -> "Тәуелсіздіктің 30 жылдығы").
"""

from __future__ import annotations

from kazkg.graph import lang
from kazkg.graph.doc import Sentence
from kazkg.graph.extractors.base import Context
from kazkg.graph.grammar.match import fold, is_cap, is_genitive, lemma, nominative

CHAMBERS = ("Мәжіліс", "Сенат")
CHAMBER_WORDS = ("палата",)  # "Палатаның": the chamber the article is about
SCOPES = ("республикалық", "жалпыхалықтық", "жалпыұлттық")
VOTES = ("референдум",)
ABOUT = ("бойынша", "жөніндегі")


def chamber(ctx: Context):
    """The one chamber of Parliament the article names, or None."""
    named = [o for o in ctx.facts.of_type("Organization") if o.label in CHAMBERS]
    return named[0] if len(named) == 1 else None


class CommonEventExtractor:
    name = "common_events"
    requires = ("sentences", "lemmas", "Organization", "Person")
    provides = ("Event", "partOf")

    def __call__(self, ctx: Context) -> None:
        body = chamber(ctx)
        for sent in ctx.sentences:
            toks = sent.tokens
            for k, tok in enumerate(toks):
                word = fold(tok.text)
                if body is not None and word.startswith("отырыс") and k >= 1 and fold(toks[k - 1].text) == "жалпы":
                    self._sitting(ctx, sent, k, body)
                elif word.startswith(VOTES) and k >= 1 and fold(toks[k - 1].text) in SCOPES:
                    self._vote(ctx, sent, k)
                elif word.startswith("жылдығ") and k >= 2 and any(c.isdigit() for c in toks[k - 1].text):
                    self._anniversary(ctx, sent, k)

    @staticmethod
    def _sitting(ctx: Context, sent: Sentence, k: int, body) -> None:
        toks = sent.tokens
        start = k - 1
        if start >= 1 and lemma(toks[start - 1]) in CHAMBER_WORDS:
            start -= 1  # "Палатаның жалпы отырысында"
        elif start >= 1 and is_genitive(toks[start - 1]):
            return  # another owner ("Сенаттың жалпы отырысы", found by named_event)
        label = f"{lang.inflect(body.label, 'Gen')} жалпы отырысы"
        span = ctx.tokens_span(toks[start:k + 1])
        event = ctx.facts.entity("Event", label, span)
        ctx.facts.relate(event.key, "partOf", body.key, span)

    @staticmethod
    def _vote(ctx: Context, sent: Sentence, k: int) -> None:
        toks = sent.tokens
        start = k - 1
        if start >= 2 and fold(toks[start - 1].text) in ABOUT:
            # "Конституциялық өзгерістер бойынша республикалық референдум": the topic is part of the name
            first = start - 2
            while first > 0 and start - first < 6 and toks[first - 1].text[:1].isalpha() \
                    and not is_cap(toks[first]) and "Gen" not in toks[first - 1].tags:
                first -= 1
            if is_cap(toks[first]):
                start = first
        label = nominative(toks[start:k + 1])
        ctx.facts.entity("Event", label[:1].upper() + label[1:], ctx.tokens_span(toks[start:k + 1]))

    @staticmethod
    def _anniversary(ctx: Context, sent: Sentence, k: int) -> None:
        toks = sent.tokens
        own = k - 2
        if not is_genitive(toks[own]):
            return
        start = own
        named = ctx.facts.covering(toks[own].start, toks[own].end, ("Organization", "Person", "Place"))
        if named is not None:
            m = next((m for m in named.mentions if m.start <= toks[own].start < m.end), None)
            start = next((i for i in range(own, -1, -1) if m is not None and toks[i].start == m.start), own)
        elif own >= 1 and (org := ctx.facts.covering(toks[own - 1].start, toks[own - 1].end, ("Organization",))):
            # "Қазақстан халқы Ассамблеясы қызметінің 30 жылдығы": the owner's activity
            m = next((m for m in org.mentions if m.start <= toks[own - 1].start < m.end), None)
            start = next((i for i in range(own - 1, -1, -1) if m is not None and toks[i].start == m.start), own)
        if not any(is_cap(t) for t in toks[start:own + 1]):
            return  # "жұмысының 10 жылдығы": no named owner
        words = [t.text for t in toks[start:own + 1]]
        if start == own and "Poss3" in toks[own].tags and own >= 1 and toks[own - 1].text.isalpha() \
                and ctx.facts.covering(toks[own - 1].start, toks[own - 1].end) is None:
            # "ел Тәуелсіздігінің": the possessor is left out, the owner takes the plain genitive
            base = lemma(toks[own])
            words = [lang.inflect(base[:1].upper() + base[1:], "Gen")]
        label = " ".join(words + [lang.nominative([toks[k - 1].text, toks[k].text])])
        ctx.facts.entity("Event", label, ctx.tokens_span(toks[start:k + 1]))
