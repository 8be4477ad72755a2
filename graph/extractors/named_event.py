"""Named events: sessions, sittings, congresses, elections and holidays named in the text
("Қазақстан халқы Ассамблеясының ХХІХ сессиясы", "Үкіметтің кеңейтілген отырысы", "Полиция күні"),
with the date and the place the sentence gives them.

A name is an event noun with its modifiers to the left: an owner in the genitive, ordinals (IV,
бірінші), participles and adjectives (кеңейтілген); it counts only when it has an owner or a capital
letter, so "отырыста" alone is no event. A bare event noun later refers back to the one event of the
article with that noun.
"""

from __future__ import annotations

import re

from kazkg.graph import lang
from kazkg.graph.doc import Sentence
from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import Value
from kazkg.graph.grammar.bodies import is_org_head
from kazkg.graph.grammar.lexicon import NON_NAME_POS
from kazkg.graph.grammar.match import (
    OBLIQUE,
    fold,
    is_cap,
    is_genitive,
    lemma,
    looks_like_surname,
    nominative,
)
from kazkg.graph.grammar.phrase import HOLIDAY, event_noun
from kazkg.graph.grammar.posts import post_lemma, regional_post

ELECTED = {"мәжіліс", "сенат", "парламент", "мәслихат", "президент", "президенттік"}
HELD = {"өткен", "болған", "шақырылған", "өтетін"}
ABOUT = {"жөнінде", "жөніндегі", "бойынша"}  # "... мәселелері жөнінде кеңес өткізді": a meeting on a topic
MEETING_VERBS = ("өткіз", "өтті", "өтеді", "өткен", "өтетін")
PARTICIPLE = re.compile(r"(ған|ген|қан|кен|атын|етін|йтын|йтін)$")
ROMAN = re.compile(r"^[IVXLCХІ]+$")
ORDINAL = re.compile(r"(інші|ыншы|нші|ншы|-ші|-шы)$")
# "кезекті XXVIII сессиясы", "кезектен тыс сессиясы" (read as an accusative and an ablative)
SESSION_KINDS = {"кезекті", "кезектен", "тыс", "шұғыл", "бірлескен"}
ATTRIBUTIVE = re.compile(r"(ғы|гі|қы|кі)$")


class NamedEventExtractor:
    name = "named_event"
    requires = ("sentences", "lemmas", "dates", "Place", "Organization")
    provides = ("Event", "eventDate", "eventPlace")

    def __call__(self, ctx: Context) -> None:
        refs = []
        for sent in ctx.sentences:
            for k, tok in enumerate(sent.tokens):
                noun = event_noun(tok)
                if noun == HOLIDAY and not any(is_cap(t) for t in sent.tokens[max(0, k - 3):k]):
                    continue
                if noun:
                    if not self._named(ctx, sent, k, noun):
                        refs.append((sent, k, noun))
        for sent in ctx.sentences:
            self._meeting(ctx, sent)
        events = {}  # the events this loop sees do not change (it only adds mentions): found once per noun
        for sent, k, noun in refs:
            if noun[:4] not in events:
                events[noun[:4]] = [e for e in ctx.facts.of_type("Event") if fold(e.label.split()[-1]).startswith(noun[:4])]
            same = events[noun[:4]]
            if len(same) == 1:
                same[0].add_mention(ctx.tokens_span([sent.tokens[k]]))

    def _meeting(self, ctx: Context, sent: Sentence) -> None:
        """"Ақордада елді мекендерді газдандыру мәселелері жөнінде кеңес өткізді": a meeting named by its
        topic ("... мәселелері жөніндегі кеңес"), with the sentence's date and place."""
        toks = sent.tokens
        for k in range(1, len(toks) - 1):
            if fold(toks[k].text) not in ("кеңес", "кеңесте", "кеңесінде") or fold(toks[k - 1].text) not in ABOUT \
                    or not fold(toks[k + 1].text).startswith(MEETING_VERBS) and fold(toks[k].text) == "кеңес":
                continue
            start = k - 1
            while start > 0 and k - start < 9:
                prev = toks[start - 1]
                if prev.is_punct or ctx.facts.covering(prev.start, prev.end) is not None or not prev.text[:1].islower() \
                        or {"Loc", "Abl"} & set(prev.tags) or any(c.isdigit() for c in prev.text):
                    break
                start -= 1
            if start == k - 1:
                continue
            topic = " ".join(t.text for t in toks[start:k - 1])
            label = f"{topic[:1].upper()}{topic[1:]} жөніндегі кеңес"
            event = ctx.facts.entity("Event", label, ctx.tokens_span(toks[start:k + 1]))
            self._when_and_where(ctx, sent, event, toks[start:k + 1])

    def _named(self, ctx: Context, sent: Sentence, k: int, noun: str) -> bool:
        toks = sent.tokens
        start = k
        skip: set[int] = set()
        dated = None  # "Үкіметтің 21 шілдедегі отырысы": a date inside the name is the event's
        after_owner = False
        subject_owner = None
        if k + 1 < len(toks) and is_org_head(toks[k + 1]):
            return False  # "Орталық сайлау комиссиясы": the noun names a body, not an event
        while start > 0 and k - start < 7:
            prev = toks[start - 1]
            tags = set(prev.tags)
            word = fold(prev.text)
            owner = ctx.facts.covering(prev.start, prev.end)
            held = word in HELD and start >= 2  # "мәслихатының | 24 сәуірде өткен | кезектен тыс сессиясы"
            date_end = toks[start - 2].end if held else prev.end
            date = next((d for d in ctx.doc.dates_ending_at(date_end) if d.kind in ("date", "monthday")
                         and (held or ATTRIBUTIVE.search(d.text))), None)
            first = next((i for i in range(start - 1, -1, -1) if date is not None and toks[i].start == date.start), None)
            if dated is None and first and is_genitive(toks[first - 1]) and (
                    (o := ctx.facts.covering(toks[first - 1].start, toks[first - 1].end)) is not None
                    and o.type == "Organization"):
                skip.update(range(first, start))  # "Сенаттың | 20 қарашадағы | жалпы отырысы"
                dated, start = date, first
                continue
            if dated is None and first and noun in ("отырыс", "сессия") and (
                    (o := ctx.facts.covering(toks[first - 1].start, toks[first - 1].end, ("Organization",))) is not None
                    and " " not in o.label and not set(toks[first - 1].tags) & (OBLIQUE | {"Gen"})
                    and any(m.end == toks[first - 1].end for m in o.mentions)):
                # "Парламент Сенаты | 5 ақпандағы жалпы отырысында мақұлдады": the subject's own sitting
                skip.update(range(first, start))
                dated, start, subject_owner = date, first, o
                break
            if prev.text in ("»", "”"):
                opening = next((j for j in range(start - 2, max(-1, start - 8), -1) if toks[j].text in ("«", "“")), None)
                if opening is not None:
                    start = opening  # "«Ақ жол» демократиялық партиясының XXI съезі": a quoted name opens it
                    break
            if prev.text in ("–", "-") and start >= 2 and is_cap(toks[start - 2]) and is_cap(toks[start]):
                start -= 2  # "Қазақстан–Кения бизнес-форумы": two countries joined by a dash begin the name
                break
            if owner is not None and owner.type == "Organization" and is_genitive(prev):
                m = next((m for m in owner.mentions if m.end == prev.end), None)
                first = next((i for i in range(start - 1, -1, -1) if m is not None and toks[i].start == m.start), None)
                if first is not None:
                    start = first  # "Қазақстан–Оман үкіметаралық комиссиясының | бесінші отырысы": the owner's whole name
                    after_owner = True  # only modifiers of the owner may follow: "Сегізінші сайланған парламенттің"
                    continue
            if ROMAN.match(prev.text) or ORDINAL.search(word) or PARTICIPLE.search(word) and not is_cap(prev) \
                    or word in SESSION_KINDS:
                start -= 1
                continue
            if prev.is_punct or tags & OBLIQUE or word in ("және", "мен", "пен", "бен") or looks_like_surname(prev) \
                    or post_lemma(prev) is not None or (prev.tags and prev.tags[0] in NON_NAME_POS) or after_owner:
                break
            start -= 1
        while start < k and PARTICIPLE.search(fold(toks[start].text)):
            start += 1  # "өтіп жатқан ... сессиясы": a relative clause, not the name
        whole = toks[start:k + 1]
        name = [t for i, t in enumerate(whole, start) if i not in skip]
        elected = noun == "сайлау" and len(name) == 2 and fold(name[0].text) in ELECTED  # "мәжіліс сайлауы"
        if not (any(is_cap(t) for t in name) or elected or subject_owner is not None) or (start == k):
            return False
        if dated is None and start >= 2 and fold(toks[start - 1].text) in HELD:
            # "19 наурызда өткен | мәжіліс сайлауы": the date the event was held
            dated = next((d for d in ctx.doc.dates_ending_at(toks[start - 2].end) if d.kind in ("date", "monthday")), None)
        if noun == HOLIDAY and not all(is_cap(t) or t.tags[:1] in (("NOUN",), ("ADJ",)) for t in name[:-1]):
            return False
        # "облыстық мәслихаттың кезекті сессиясы" is the session of the article's region's maslikhat
        label = regional_post(ctx, name) or nominative(name)
        if subject_owner is not None:
            label = f"{lang.inflect(subject_owner.label, 'Gen')} {label}"
        if elected:
            label = label[:1].upper() + label[1:]  # "Мәжіліс сайлауы", as the chamber is named
        event = ctx.facts.entity("Event", label, ctx.tokens_span(whole))
        self._when_and_where(ctx, sent, event, name, dated)
        return True

    @staticmethod
    def _when_and_where(ctx: Context, sent: Sentence, event, name, dated=None) -> None:
        """The event's date and place in its sentence: the date it was held (or the sentence's date that
        modifies no act), and a place in the locative outside the event's own name."""
        toks, span = sent.tokens, ctx.span(sent.start, sent.end)
        for d in [dated] if dated else ctx.doc.dates:
            if sent.start <= d.start < sent.end and d.kind in ("date", "monthday") and (d is dated or not ATTRIBUTIVE.search(d.text)):
                # "2007 жылғы 5 маусымдағы жарлықпен": a date that modifies an act is the act's, not the event's
                ctx.facts.relate(event.key, "eventDate", Value(d.value, "date" if d.kind == "date" else "gMonthDay"), span)
                break
        for i, tok in enumerate(toks):
            place = ctx.facts.covering(tok.start, tok.end)
            # "Астанада", "Прага қаласында": the place, or its noun after it, in the locative
            where = "Loc" in tok.tags or (i + 1 < len(toks) and "Loc" in toks[i + 1].tags
                                          and lemma(toks[i + 1]) in ("қала", "ауыл", "аудан", "облыс", "кент"))
            if place is not None and place.type == "Place" and where and not (name[0].start <= tok.start < name[-1].end):
                ctx.facts.relate(event.key, "eventPlace", place.key, span)
                if not ("Rel" in tok.tags and any("Loc" in t.tags and "Rel" not in t.tags and ctx.facts.covering(
                        t.start, t.end, ("Place",)) for t in toks[i + 1:])):
                    break  # "Астанадағы Тәуелсіздік сарайында": held in both, the palace named next
