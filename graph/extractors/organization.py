"""Organisations: state bodies named by a run of words ending in a body noun (Қазақстан халқы
Ассамблеясы, Білім және ғылым министрлігі, Үкімет), gazetteer bodies, and their acronyms.

Acronyms are tied to a full name when their letters are the initials of its words (ҚХА = Қазақстан
халқы Ассамблеясы) or when they are written in brackets after it; a bare head word (Ассамблея) refers
back to the one body of the article with that head.
"""

from __future__ import annotations

from kazkg.graph import gazetteer
from kazkg.graph.doc import Sentence
from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import Entity
from kazkg.graph.grammar.bodies import (
    CONNECTORS,
    COUNTRY_PREFIXES,
    DOCUMENT_WORDS,
    GENERIC_KINDS,
    INNER_POSTPOSITIONS,
    LEGAL_FORMS,
    STATE_WORDS,
    UNIT_ADJECTIVES,
    beside,
    initials,
    inside_longer_name,
    is_org_head,
    is_person_at,
    named_after_start,
    not_inner,
    possessed_form,
    post_word,
    surname_after_patronymic,
    tail_of_a_name,
    territorial_start,
)
from kazkg.graph.grammar.lexicon import (
    NON_NAME_POS,
    ORG_HEAD_PATTERNS,
    STANDALONE_ORGS,
)
from kazkg.graph.grammar.match import (
    OBLIQUE,
    fold,
    is_acronym,
    is_cap,
    is_genitive,
    is_initials,
    lemma,
    looks_like_surname,
    nominative,
)
from kazkg.graph.grammar.phrase import (
    SENTENCE_START_CASE,
    capital_start,
    inner_word,
    object_of_verbal_noun,
    verbal_noun,
)
from kazkg.graph.grammar.posts import UNITS, unit_name

ANAPHORIC_HEADS = {"мәслихат", "әкімдік"}
NEW_OR_THIS = {"жаңа", "осы", "бұл", "аталған", "аталмыш", "бұрынғы"}


class OrganizationExtractor:
    name = "organization"
    requires = ("sentences", "lemmas")
    provides = ("Organization", "acronym", "partOf")

    def __call__(self, ctx: Context) -> None:
        gaz = gazetteer.load()
        for sent in ctx.sentences:
            taken: set[int] = set()
            for i, j, entry in gaz.match(sent.tokens):
                cited = ctx.facts.covering(sent.tokens[i].start, sent.tokens[j - 1].end)
                if cited is not None and cited.type == "Publisher":
                    taken.update(range(i, j))  # "деп хабарлайды ҚазАқпарат": the source, already a publisher
                    continue
                if entry.type == "Place" and fold(sent.tokens[i].text).startswith(tuple(STANDALONE_ORGS)):
                    taken.update(range(i, j))  # "Үкімет үйінде": a building, not the Government
                    continue
                if entry.type == "Organization" and tail_of_a_name(sent.tokens, i):
                    continue  # "Жасанды интеллект және | цифрлық даму министрлігі": another, longer name
                if entry.type == "Organization":
                    foreign = self._foreign_government(ctx, sent.tokens, i, j) if entry.kk == "Үкімет" else None
                    if foreign is None:
                        ctx.facts.entity("Organization", entry.kk, ctx.tokens_span(sent.tokens[i:j]))
                    taken.update(range(i, j))
            self._quoted_companies(ctx, sent, taken)
            self._names(ctx, sent, taken)
        orgs = ctx.facts.of_type("Organization")
        for sent in ctx.sentences:
            self._acronyms_and_heads(ctx, sent, orgs)

    def _names(self, ctx: Context, sent: Sentence, taken: set[int]) -> None:
        toks = sent.tokens
        for k, tok in enumerate(toks):
            press = k > 0 and lemma(tok) == "қызмет" and fold(toks[k - 1].text) == "баспасөз"
            if k in taken or not (is_org_head(tok) or press) or inside_longer_name(toks, k):
                continue
            if "Plur" in tok.tags and not any(t.tags[:1] == ("PROPN",) or ctx.facts.covering(t.start, t.end, ("Place",))
                                              for t in toks[max(0, k - 4):k]):
                continue  # "Білім беру ұйымдарында", "Облыс әкімдіктері": a kind of body (but "Абай облыстық мәслихаттары")
            if fold(tok.text) == "әкімшілік" and k + 1 < len(toks) and toks[k + 1].text[:1].islower() \
                    and toks[k + 1].text.isalpha():
                continue  # "Әкімшілік полиция комитеті": "administrative", not an Administration
            if lemma(tok) == "орталық" and k > 0 and fold(toks[k - 1].text) == "әкімшілік":
                continue  # "облыстың әкімшілік орталығы" is a town (the region's seat), not a body
            if lemma(tok) == "орталық" and "Poss3" not in tok.tags and k + 1 < len(toks) \
                    and toks[k + 1].text[:1].islower() and "Poss3" in toks[k + 1].tags:
                continue  # "Агенттіктің орталық аппараты": "central", not a centre
            first = k - 1 if press else k  # "... баспасөз қызметі": a two-word head
            start = first
            while start > 0:
                prev = toks[start - 1]
                if fold(prev.text) in INNER_POSTPOSITIONS and start >= 2 and not toks[start - 2].is_punct:
                    start -= 1
                    continue
                if prev.text in ("–", "-") and start >= 2 and is_cap(toks[start - 2]) and is_cap(toks[start]) \
                        and toks[start - 2].text.isalpha():
                    start -= 1  # "Қазақстан–Оман үкіметаралық комиссиясы": two states name one body
                    continue
                if start - 1 > 0 and is_cap(prev) and set(prev.tags[1:]) == {"Acc"} and (
                        fold(toks[start].text) in UNIT_ADJECTIVES
                        or (toks[start].tags[:1] in (("NOUN",), ("ADJ",)) and "Ger" not in toks[start].tags
                            and toks[start].text[:1].islower() and start < k)):  # "Көпжақты | ынтымақтастық департаменті"
                    start -= 1  # "Ескелді аудандық мәслихаты": a place name the lexicon reads as an accusative
                    continue
                if start - 1 not in taken and start - 1 > 0 and (object_of_verbal_noun(toks, start - 1) or (
                        verbal_noun(prev) and start >= 2 and object_of_verbal_noun(toks, start - 2))):
                    start -= 1  # "Табиғи монополияларды | реттеу комитеті" (an object read as a verb form, too)
                    continue
                known = ctx.facts.covering(prev.start, prev.end, ("Place",))
                if known is not None and fold(prev.text) in fold(known.label).split() and is_cap(prev):
                    start -= 1  # "Қарағанды техникалық университеті": a known place, uninflected, whatever the tagger read
                    continue
                if prev.is_punct or start - 1 in taken or (prev.tags and prev.tags[0] in NON_NAME_POS) \
                        or (set(prev.tags) & OBLIQUE and not (is_cap(prev) and "Rel" in prev.tags)
                            and not object_of_verbal_noun(toks, start - 1)):  # "Табиғи монополияларды реттеу комитеті"
                    break  # only the head of a name is inflected: "Шетелде | Абай институты" (but "Жапониядағы елшілігі")
                if looks_like_surname(prev) or is_initials(prev) or surname_after_patronymic(toks, start - 1):
                    break  # "Ерлан Қошанов Мәжіліс ...", "Мирас Жұмабайұлы Төлепбергенді басқарма ...": a person's name
                if lemma(prev) in DOCUMENT_WORDS and fold(prev.text) == lemma(prev):
                    break  # "Шешім | Ескелді аудандық мәслихатының сессиясында қабылданды": the act, then the body
                if post_word(prev) and start - 1 != first - 1:
                    break  # "Президент Ұлттық ғарыш агенттігі" (but "Президент Әкімшілігі" is one name)
                if start - 1 == 0 and not toks[start].text[:1].isupper() and (
                        "Plur" in prev.tags or SENTENCE_START_CASE.search(fold(prev.text))
                        and not (prev.tags == ("PROPN",))):  # (but "Түркістан қаласы әкімдігі": a name in -стан)
                    break  # "Съезде партия ...", "Делегаттар партия ...": the sentence's first word is no name
                if is_cap(prev) or fold(prev.text) in CONNECTORS | INNER_POSTPOSITIONS:
                    start -= 1  # "Сейсмикалық қауіпсіздік жөніндегі ұлттық орталық"
                    continue
                # a lower-case word inside a name (халқы, ғылым) only when a capital word is just before it
                if start >= 2 and is_cap(toks[start - 2]) and not toks[start - 2].is_punct:
                    start -= 1
                    continue
                break
            if start >= 2 and fold(toks[start - 1].text) == "бойынша":
                start = territorial_start(ctx, toks, start)
            if press:  # the owner is part of the name: "Көлік министрлігінің / Атырау облысы әкімінің баспасөз қызметі"
                wide = capital_start(toks, first, stop=lambda i: is_person_at(ctx, toks[i]))
                start = wide if wide is not None else first
                if wide is None and self._regional_press(ctx, toks, first, k):
                    continue
            elif start > 0 and inner_word(toks[start - 1]) and not surname_after_patronymic(toks, start - 1):
                # "Аграрлық мәселелер, табиғатты пайдалану және ауылдық аумақтарды дамыту комитеті"
                wide = capital_start(toks, start, stop=lambda i: not_inner(ctx, toks, i, taken))
                if wide is not None and wide < start:
                    start = wide
            anaphor = False
            start = beside(toks, start)
            while start < k and (fold(toks[start].text) in CONNECTORS | NEW_OR_THIS or not is_cap(toks[start])):
                anaphor = anaphor or fold(toks[start].text) in NEW_OR_THIS
                start += 1  # "Жаңа орталық ...": "the new centre" is the body named before, not a name
            if anaphor and start == k:
                ref = self._by_head(ctx, lemma(tok), exclude_single=True)
                if ref is not None:
                    ref.add_mention(ctx.tokens_span(toks[k - 1:k + 1]))
                continue
            start = named_after_start(toks, start)
            name = toks[start:k + 1]
            cited = ctx.facts.covering(name[0].start, name[0].end, ("Publisher",))
            if cited is not None:
                cited.add_mention(ctx.tokens_span(name))  # "деп хабарлайды Kazinform халықаралық ақпарат агенттігі"
                continue
            if press and start == first:
                continue  # a press service nobody owns in the phrase
            single = start == k
            if single and not is_cap(tok):
                if not self._akimat_department(ctx, toks, k, taken) and not self._unit_body(ctx, toks, k, taken) \
                        and lemma(tok) in ANAPHORIC_HEADS:
                    ref = self._by_head(ctx, lemma(tok), exclude_single=True)  # "мәслихаттың шешімі": the one named
                    if ref is not None:
                        ref.add_mention(ctx.tokens_span([tok]))
                continue
            if single and k > 0 and k - 1 in taken and is_genitive(toks[k - 1]) and is_cap(tok):
                # "Қауіпсіздік Кеңесінің Хатшылығы": a unit named by its head after its owner body
                owner = ctx.facts.covering(toks[k - 1].start, toks[k - 1].end)
                m = next((m for m in owner.mentions if m.end == toks[k - 1].end), None) if owner else None
                if m is not None:
                    first_tok = next(t for t in toks if t.start == m.start)
                    unit = ctx.facts.entity("Organization", nominative(toks[toks.index(first_tok):k + 1]),
                                            ctx.span(m.start, tok.end))
                    ctx.facts.relate(unit.key, "partOf", owner.key, ctx.span(m.start, tok.end))
                    taken.add(k)
                    continue
            if single and lemma(tok) not in STANDALONE_ORGS | {"ассамблея"}:
                # "Агенттік ... жауапты болады": a capitalised head alone is the article's one body with that head
                ref = self._by_head(ctx, lemma(tok), exclude_single=True)
                if ref is not None:
                    ref.add_mention(ctx.tokens_span(name))
                continue
            if single and sent.tokens[0] is tok and not any(p.search(fold(tok.text)) for p in ORG_HEAD_PATTERNS):
                continue
            label = nominative(name)
            full = None
            for prefix in COUNTRY_PREFIXES:
                if label.startswith(prefix) and len(label) > len(prefix) + 3 and "Rel" not in name[len(prefix.split())].tags \
                        and not post_word(name[len(prefix.split())]):  # (but "ҚР Президентінің Әкімшілігі")
                    full, label = label, label[len(prefix):]  # "Қазақстан Республикасының X агенттігі" is "X агенттігі"
                    break
            if single:
                ref = self._by_head(ctx, lemma(tok), exclude_single=True)
                if ref is not None:
                    ref.add_mention(ctx.tokens_span(name))
                    continue
            ctx.facts.entity("Organization", label, ctx.tokens_span(name), alt_labels=[full] if full else ())
            taken.update(range(start, k + 1))

    @staticmethod
    def _quoted_companies(ctx: Context, sent: Sentence, taken: set[int]) -> None:
        """«Қазақтелеком» АҚ: a quoted name before a company's legal form is an organisation, labelled by
        its name (the form and quotes kept in the alternative label)."""
        toks = sent.tokens
        for k, tok in enumerate(toks):
            if k >= 2 and toks[k - 1].text in ("»", "”") and tok.text[:1].islower():
                # «Kazakh Invest» ұлттық компаниясы, «Бәйтерек» холдингі: a quoted name with its kind of body
                head = next((j for j in range(k, min(k + 6, len(toks))) if is_org_head(toks[j])), None)
                if head is not None and all(t.text[:1].islower() and not t.is_punct for t in toks[k:head + 1]):
                    opening = next((j for j in range(k - 2, -1, -1) if toks[j].text in ("«", "“")), None)
                    if opening is not None and k - opening <= 10 and not taken & set(range(opening, head + 1)):
                        label = short = " ".join(ctx.text[toks[opening + 1].start:toks[k - 2].end].split())
                        full = nominative(toks[opening:head + 1])
                        generic = all(fold(t.text) in GENERIC_KINDS for t in toks[k:head])
                        if head + 1 < len(toks) and toks[head + 1].text in ("»", "”") and not generic:
                            label = full  # «Даму» кәсіпкерлікті дамыту қоры» АҚ: the inner quote is part of the name
                        ctx.facts.entity("Organization", label, ctx.tokens_span(toks[opening:head + 1]),
                                         alt_labels=[full, short])  # (the quoted name alone is how it is called)
                        taken.update(range(opening, head + 1))
                continue
            if tok.text.split("-")[0].upper() not in LEGAL_FORMS or k < 2 or toks[k - 1].text not in ("»", "”"):
                continue  # «Сейсмология институты» ЖШС(-ның)
            opening = next((j for j in range(k - 2, -1, -1) if toks[j].text in ("«", "“")), None)
            if opening is None or k - opening > 14:
                continue
            inner = next((i for i in range(opening, k) if i in taken), None)
            if inner is not None:
                # «QazaqGaz» ұлттық компаниясы» АҚ: the body read from its inner name takes the whole as a mention
                body = ctx.facts.covering(toks[inner].start, toks[inner].end)
                if body is not None and body.type == "Organization":
                    body.add_mention(ctx.tokens_span(toks[opening:k + 1]))
                    taken.update(range(opening, k + 1))
                continue
            name = toks[opening:k + 1]
            full = " ".join(ctx.text[name[0].start:name[-1].end].split())
            full = full[: len(full) - len(tok.text)] + tok.text.split("-")[0]
            label = " ".join(ctx.text[toks[opening + 1].start:toks[k - 2].end].split())  # the name, as parties are
            ctx.facts.entity("Organization", label, ctx.tokens_span(name), alt_labels=[full])
            taken.update(range(opening, k + 1))

    @staticmethod
    def _regional_press(ctx: Context, toks, first: int, k: int) -> bool:
        """"облыс әкімдігінің баспасөз қызметі": the press service of the article's region's akimat."""

        if first < 2 or not is_genitive(toks[first - 1]) or fold(toks[first - 2].text) not in UNITS:
            return False
        region = unit_name(ctx, fold(toks[first - 2].text))
        if region is None:
            return False
        unit = UNITS[fold(toks[first - 2].text)]
        label = f"{region} {unit} {toks[first - 1].text} баспасөз қызметі"
        ctx.facts.entity("Organization", label, ctx.tokens_span(toks[first - 2:k + 1]))
        return True

    @staticmethod
    def _foreign_government(ctx: Context, toks, i: int, j: int) -> Entity | None:
        """"Кения Республикасының Үкіметі", "Грузия Үкіметі", "Катар Мемлекетінің Үкіметі": another state's
        government, not Kazakhstan's: one body per state, labelled "Кения Үкіметі", the full form kept as another name."""
        start = i - 1 if i >= 1 and fold(toks[i - 1].text).startswith(STATE_WORDS) else i
        if start < 1:
            return None
        place = ctx.facts.covering(toks[start - 1].start, toks[start - 1].end, ("Place",))
        if place is None or place.label == "Қазақстан" or " " in place.label:
            return None
        first = next((t for t in range(start - 1, -1, -1) if any(m.start == toks[t].start for m in place.mentions)), start - 1)
        full = nominative(toks[first:j])
        short = f"{place.label} Үкіметі"
        return ctx.facts.entity("Organization", short, ctx.tokens_span(toks[first:j]), alt_labels=[full])

    @staticmethod
    def _unit_body(ctx: Context, toks, k: int, taken: set[int]) -> bool:
        """"облыстық мәслихаттың", "облыстық соттың", "облыс әкімдігінің қаулысымен", "қала әкімдігі": a body of
        the region (city, district) the article is about, in lower case. Akimats are labelled as written here;
        canonical_akimats gives them their legal name."""

        word = fold(toks[k - 1].text) if k >= 1 else None
        if word is None or k - 1 in taken:
            return False
        if word == "облыстық":
            unit, body = "облыс", f"облыстық {possessed_form(lemma(toks[k]))}"
        elif word in UNITS and lemma(toks[k]) == "әкімдік" \
                and not (k + 1 < len(toks) and fold(toks[k + 1].text) == "баспасөз"):  # (see _regional_press)
            unit, body = word, f"{UNITS[word]} әкімдігі"
        else:
            return False
        name = unit_name(ctx, unit, toks[k - 1].start)
        if name is None:
            return False
        ctx.facts.entity("Organization", f"{name} {body}", ctx.tokens_span(toks[k - 1:k + 1]))
        taken.update((k - 1, k))
        return True

    @staticmethod
    def _akimat_department(ctx: Context, toks, k: int, taken: set[int]) -> bool:
        """A lower-case department name after its region: "облыс әкімдігінің экономика және бюджеттік
        жоспарлау басқармасы" (a department of the akimat of the article's region: "Y облысының экономика
        ... басқармасы", part of "Y облысының әкімдігі"), "облыстың жер қатынастары басқармасы", "Жетісу
        облысының жұмыспен қамтуды үйлестіру ... басқармасы"."""

        start = k
        while start > 0 and toks[start - 1].text[:1].islower() and k - start < 8 and (
                (inner_word(toks[start - 1]) and not set(toks[start - 1].tags) & (OBLIQUE | {"Gen"}))
                or object_of_verbal_noun(toks, start - 1)):
            start -= 1
        if start == k or fold(toks[k].text).startswith("баспасөз"):
            return False
        akimat_of = start >= 2 and fold(toks[start - 2].text) == "облыс" and lemma(toks[start - 1]) == "әкімдік" \
            and is_genitive(toks[start - 1])
        owner_start, owner = start - 1, None
        if akimat_of or (start >= 1 and fold(toks[start - 1].text) == "облыстың"):
            region = unit_name(ctx, "облыс")
            owner = f"{region} облысының" if region else None
            owner_start = start - 2 if akimat_of else start - 1
        elif start >= 1 and is_genitive(toks[start - 1]):
            place = ctx.facts.covering(toks[start - 1].start, toks[start - 1].end)
            if place is not None and place.type == "Place" and place.label.endswith(("облысы", "ауданы", "қаласы")):
                owner = place.label + "ның"  # "Жетісу облысы" -> "Жетісу облысының"
                owner_start = next((i for i in range(start - 1, -1, -1)
                                    if any(m.start == toks[i].start for m in place.mentions)), start - 1)
        if owner is None:
            return False
        span = ctx.tokens_span(toks[owner_start:k + 1])
        unit = ctx.facts.entity("Organization", f"{owner} {nominative(toks[start:k + 1])}", span)
        if akimat_of:
            akimat = ctx.facts.entity("Organization", f"{owner} әкімдігі", ctx.tokens_span(toks[start - 2:start]))
            ctx.facts.relate(unit.key, "partOf", akimat.key, span)
        taken.update(range(owner_start, k + 1))
        return True


    def _by_head(self, ctx: Context, head_lemma: str, exclude_single: bool = False) -> Entity | None:
        cands = [e for e in ctx.facts.of_type("Organization")
                 if fold(e.label.split()[-1]).startswith(head_lemma[:-1] if len(head_lemma) > 4 else head_lemma)
                 and (not exclude_single or " " in e.label)]
        return cands[0] if len(cands) == 1 else None

    def _acronyms_and_heads(self, ctx: Context, sent: Sentence, orgs: list[Entity]) -> None:
        toks = sent.tokens
        for k, tok in enumerate(toks):
            acr = is_acronym(tok)
            if not acr:
                continue
            span = ctx.span(tok.start, tok.start + len(acr)) if False else ctx.tokens_span([tok])
            # "(ҚХА)" or "(бұдан әрі – СҚҰО)" right after a name defines it
            o = k - 1
            while o > 0 and fold(toks[o].text) in ("бұдан", "әрі", "–", "-", "—"):
                o -= 1
            if o >= 1 and toks[o].text == "(":
                ent = ctx.facts.covering(toks[o - 1].start, toks[o - 1].end)
                if ent is None or ent.type != "Organization":
                    # «X орталық» шаруашылық жүргізу құқығындағы ... кәсіпорны (бұдан әрі – СҚҰО): the quoted body
                    ent = next((e for j in range(o - 1, max(-1, o - 10), -1)
                                if (e := ctx.facts.covering(toks[j].start, toks[j].end)) is not None
                                and e.type == "Organization" and toks[j + 1].text in ("»", "”")), None)
                if ent is not None and ent.type == "Organization":
                    ent.acronyms.add(acr)
                    ent.add_mention(span)
                    continue
            match = [o for o in orgs if initials(o.label) == acr or acr in o.acronyms]
            if len(match) == 1:
                match[0].acronyms.add(acr)
                match[0].add_mention(span)
                continue
            entry = gazetteer.load().lookup(acr, "Organization")
            if entry is not None:
                ctx.facts.entity("Organization", entry.kk, span, acronyms=[acr])
