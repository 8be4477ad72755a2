"""Posts a person held, from biography sentences: "Бұған дейін ол Ауыл шаруашылығы вице-министрі
қызметін атқарған", "Әр жылдары Ұлттық ғылым академиясының вице-президенті болып қызмет атқарған",
"Ержан Сапаров 2019 жылдан бері облыс әкімі болған" -> Person kz:holdsPosition Position.

The holder is the person named before the post in the sentence, else (a pronoun "ол" or no subject
at all, as biographies run on) the person last named in an earlier sentence. Appointment and release
sentences are left to their own extractors.
"""

from __future__ import annotations

from kazkg.graph import lang
from kazkg.graph.doc import Sentence
from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import Entity
from kazkg.graph.grammar.match import fold, is_genitive
from kazkg.graph.grammar.posts import post_lemma, post_phrase
from kazkg.graph.grammar.statements import CAREER, list_items

# "болып қызмет атқарды", "болып жұмыс істеді", "қызметін атқарған", "лауазымында болды", "болған"
HEADED = {"басқарған"}  # "X ауданын басқарған Y": Y was X's akim
SERVE_STEMS = ("атқар", "істе", "еңбек", "жұмыс", "қызмет")
COPULA = ("болған", "болды", "болатын", "болып келген", "болып келді")
EVENT_STEMS = ("тағайында", "сайла", "босат", "жүктел", "ұсын", "кандидат")


def serves_after(toks, s: int) -> bool:
    """Does the clause after the post (token s on) say the person served in it?"""
    words = [fold(t.text) for t in toks[s:s + 5]]
    if not words:
        return False
    if words[0] == "болып":
        return len(words) > 1 and words[1].startswith(SERVE_STEMS) or " ".join(words[:3]).startswith(COPULA)
    if words[0].startswith(("лауазымынан", "қызметінен")):
        return len(words) > 1 and words[1].startswith(("кет", "бас"))  # "... лауазымынан бас тартты / кетті"
    if words[0].startswith(("қызметін", "қызметтерін", "лауазымын", "лауазымдарын", "лауазымында", "қызметінде")):
        return any(w.startswith(("атқар", "бол", "істе", "жұмыс")) for w in words[1:3]) or words[0].endswith("да")
    return words[0] in COPULA or " ".join(words[:2]) in COPULA


class CareerExtractor:
    name = "career"
    requires = ("sentences", "lemmas", "Person", "Position", "Appointment", "Dismissal")
    provides = ("holdsPosition", "Position")

    def __call__(self, ctx: Context) -> None:
        last: Entity | None = None
        for sent in ctx.sentences:
            toks = sent.tokens
            self._this_post(ctx, sent)
            self._headed_place(ctx, sent)
            if any(fold(t.text).startswith(EVENT_STEMS) for t in toks):
                self._former_in_relative_clause(ctx, sent)
                self._headed_before(ctx, sent)
            else:
                for k, tok in enumerate(toks):
                    if post_lemma(tok) is None or not serves_after(toks, k + 1):
                        continue
                    found = post_phrase(ctx, sent, k)
                    if found is None:
                        continue
                    post, start = found
                    posts = [post] + self._listed_before(ctx, sent, start)
                    holder = self._named_before(ctx, sent, min(start, *(s for _, s in self._listed)) if self._listed else start) or last
                    if holder is not None:
                        for p in posts:
                            ctx.facts.relate(holder.key, "holdsPosition", p.key, ctx.span(sent.start, sent.end))
            people = self._people(ctx, sent)
            if people:
                last = people[-1]

        self._career_list(ctx)

    _listed: list = []

    @staticmethod
    def _career_list(ctx: Context) -> None:
        """"Еңбек жолында мынадай қызметтерді атқарған:" followed by "– X әкімінің орынбасары;" items: each
        item's post was held by the person the heading's paragraph is about."""

        regions = ctx.article.regions
        for n, (s, e) in enumerate(regions):
            heading = fold(ctx.text[s:e]).rstrip()
            if not heading.endswith(":") or not any(w in heading for w in CAREER):
                continue
            people = [(m.start, p) for p in ctx.facts.of_type("Person") for m in p.mentions if m.start < e]
            if not people:
                continue
            person = max(people, key=lambda x: x[0])[1]
            for s2, e2, _ in list_items(ctx, n):
                sent = next((x for x in ctx.sentences if x.start <= s2 < x.end or s2 <= x.start < e2), None)
                if sent is None:
                    continue
                heads = [k for k, t in enumerate(sent.tokens) if s2 <= t.start < e2 and post_lemma(t) is not None]
                found = post_phrase(ctx, sent, heads[-1]) if heads else None
                if found is not None:
                    ctx.facts.relate(person.key, "holdsPosition", found[0].key, ctx.span(s2, e2))

    @staticmethod
    def _headed_place(ctx: Context, sent: Sentence) -> None:
        """"Ескелді ауданын 2022 жылдан бері басқарған Дәулет Жаңабаев": who headed a district, town or
        region was its akim."""
        toks = sent.tokens
        for k, tok in enumerate(toks):
            if fold(tok.text) not in HEADED:
                continue
            at, place = next(((t, p) for t in reversed(toks[max(0, k - 5):k]) if "Acc" in t.tags
                              and (p := ctx.facts.covering(t.start, t.end, ("Place",)))), (None, None))
            person = next((e for t in toks[k + 1:k + 4] if (e := ctx.facts.covering(t.start, t.end, ("Person",)))), None)
            if place is None or person is None:
                continue
            unit = place.label if place.label.endswith(("ауданы", "облысы")) else f"{place.label} қаласы"
            post = ctx.facts.entity("Position", f"{lang.inflect(unit, 'Gen')} әкімі", ctx.span(at.start, tok.end))
            ctx.facts.relate(person.key, "holdsPosition", post.key, ctx.span(sent.start, sent.end))

    @staticmethod
    def _headed_before(ctx: Context, sent: Sentence) -> None:
        """"Дариға Назарбаева бұған дейін басқарған X комитетінің төрайымы болып Y тағайындалды": the person
        who headed the body before held the post the sentence appoints to."""
        toks = sent.tokens
        k = next((i for i, t in enumerate(toks) if fold(t.text) in ("басқарған", "басқарып келген")), None)
        slot = next((i for i, t in enumerate(toks) if fold(t.text) == "болып" and k is not None and i > k), None)
        if k is None or slot is None:
            return
        person = next((e for t in reversed(toks[max(0, k - 4):k]) if (e := ctx.facts.covering(t.start, t.end, ("Person",)))), None)
        found = post_phrase(ctx, sent, slot - 1) if person is not None else None
        if found is not None:
            ctx.facts.relate(person.key, "holdsPosition", found[0].key, ctx.span(sent.start, sent.end))

    @staticmethod
    def _this_post(ctx: Context, sent: Sentence) -> None:
        """"Енді бұл қызметті Дариға Назарбаева атқарады": the post named last before is now hers."""
        toks = sent.tokens
        k = next((i for i in range(len(toks) - 1) if fold(toks[i].text) in ("бұл", "осы")
                  and fold(toks[i + 1].text) in ("қызметті", "лауазымды")), None)
        if k is None or not any(fold(t.text).startswith("атқар") for t in toks[k + 2:]):
            return
        person = next((e for t in toks[k + 2:] if (e := ctx.facts.covering(t.start, t.end, ("Person",)))), None)
        i = ctx.sentences.index(sent)
        since = ctx.sentences[i - 1].start if i else sent.start  # the post named in this or the previous sentence
        posts = [(m.start, p) for p in ctx.facts.of_type("Position") for m in p.mentions
                 if since <= m.start and m.end <= toks[k].start]
        if person is not None and posts:
            ctx.facts.relate(person.key, "holdsPosition", max(posts, key=lambda x: x[0])[1].key,
                             ctx.span(sent.start, sent.end))

    @staticmethod
    def _former_in_relative_clause(ctx: Context, sent: Sentence) -> None:
        """"... бұған дейін Ауыл шаруашылығы вице-министрі қызметін атқарған Ғалия Тәжібаева тағайындалды":
        the post a relative clause says the appointee held."""
        toks = sent.tokens
        for k, tok in enumerate(toks[:-3]):
            if post_lemma(tok) is None or fold(toks[k + 1].text) not in ("қызметін", "лауазымын") \
                    or fold(toks[k + 2].text) not in ("атқарған", "атқарып"):
                continue
            after = next((t for t in toks[k + 3:k + 6] if not t.is_punct), None)
            person = ctx.facts.covering(after.start, after.end, ("Person",)) if after is not None else None
            found = post_phrase(ctx, sent, k) if person is not None else None
            if found is not None:
                ctx.facts.relate(person.key, "holdsPosition", found[0].key, ctx.span(sent.start, sent.end))

    def _listed_before(self, ctx: Context, sent: Sentence, start: int) -> list[Entity]:
        """Earlier posts of a list that ends in the serving verb: "X орынбасары, Y басшысы қызметтерін атқарған"."""
        toks, out, self._listed = sent.tokens, [], []
        while True:
            # "2012–2016 жылдары X басшысы, 2016–2021 жылдары Y орынбасары болды": years may open each item
            while start >= 1 and (any(c.isdigit() for c in toks[start - 1].text) or toks[start - 1].text in "–—-"
                                  or fold(toks[start - 1].text).startswith("жыл")
                                  or fold(toks[start - 1].text) in ("бастап", "бері", "дейін")):
                start -= 1
            if not (start >= 2 and fold(toks[start - 1].text) in (",", "және", "мен")):
                break
            head = start - 2
            found = post_phrase(ctx, sent, head) if post_lemma(toks[head]) is not None else None
            if found is None:
                break
            out.append(found[0])
            self._listed.append(found)
            start = found[1]
        return out

    @staticmethod
    def _people(ctx: Context, sent: Sentence) -> list[Entity]:
        seen: list[Entity] = []
        for tok in sent.tokens:
            ent = ctx.facts.covering(tok.start, tok.end)
            if ent is not None and ent.type == "Person" and ent not in seen:
                seen.append(ent)
        return seen

    @staticmethod
    def _named_before(ctx: Context, sent: Sentence, start: int) -> Entity | None:
        """The subject: a person named in the nominative before the post."""
        for tok in reversed(sent.tokens[:start]):
            ent = ctx.facts.covering(tok.start, tok.end)
            if ent is not None and ent.type == "Person":
                return None if is_genitive(tok) or set(tok.tags) & {"Dat", "Acc", "Ins", "Abl", "Loc"} else ent
        return None
