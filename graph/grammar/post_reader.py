"""Person names and the post phrase before them, read token by token (used by the person_post
extractor and by any extractor that needs the post standing before a name)."""

from __future__ import annotations

import bisect

from kazkg.graph import gazetteer, lang
from kazkg.graph.context import Context
from kazkg.graph.doc import Sentence, Token
from kazkg.graph.facts import Entity
from kazkg.graph.grammar.lexicon import (
    NON_NAME_POS,
    POSITION_ALIASES,
    POSITION_PATTERNS,
    UNIQUE_POSTS,
)
from kazkg.graph.grammar.match import (
    CASES,
    OBLIQUE,
    fold,
    is_cap,
    is_form_of,
    is_genitive,
    is_initials,
    lemma,
    looks_like_surname,
)
from kazkg.graph.grammar.persons import (
    DASHES,
    NAME_ACCUSATIVE,
    NOT_NAMES,
    PATRONYMIC,
    PERSONAL_TITLES,
    common_word,
    linked_names,
    non_name_word,
    opens_a_name,
    person_label,
    surname_of_known,
    without_patronymic,
)
from kazkg.graph.grammar.phrase import capital_start, inner_word, object_of_verbal_noun
from kazkg.graph.grammar.posts import (
    DOC_WORDS,
    FORMER,
    HEADS_OF,
    NOT_MODIFIERS,
    ORDINAL_POST,
    first_president,
    foreign_owner,
    foreign_post,
    head_of,
    is_org_head_word,
    owner_start,
    post_label,
    post_lemma,
)


class PostReader:
    """State of one scan: ``_post_start`` is the first token of the last post read, ``_also``
    other posts of the same holder."""

    _post_start: int = 0
    _also: list = []

    # -- names -----------------------------------------------------------------------------
    def _names(self, ctx: Context, sent: Sentence) -> list[tuple[int, int]]:
        toks, out, i = sent.tokens, [], 0
        # the tagger's spans come in text order: this sentence's by bisection, not a scan of the article's
        here = ctx.ner[bisect.bisect_left(ctx.ner, (sent.start,)):bisect.bisect_left(ctx.ner, (sent.end,))]
        ner = [(s, e) for s, e, c in here if c == "PERSON" and sent.start <= s < sent.end]
        # the tagger's documents and bodies: "Тоқаев | Салық кодексіне" (LAW) ends the person's name
        named_else = [(s, e) for s, e, c in here if c in ("LAW", "ORGANISATION", "PROJECT") and sent.start <= s < sent.end]
        gaz = {(a, b) for a, b, e in gazetteer.load().match(toks) if e.type == "Person"}
        linked = linked_names(toks)
        while i < len(toks):
            if i in linked:
                out.append((i, linked[i]))
                i = linked[i]
                continue
            j = i
            while j < len(toks) and (is_initials(toks[j]) or (is_cap(toks[j]) and toks[j].text[:1].isalpha()
                                                              and fold(toks[j].text) not in NOT_NAMES
                                                              and lemma(toks[j]) not in NOT_NAMES
                                                              and not is_form_of(toks[j], *DOC_WORDS)
                                                              and post_lemma(toks[j]) is None
                                                              and not non_name_word(toks[j], j == 0)
                                                              and not (j > i and opens_a_name(toks, j))
                                                              and not (j > i and any(s <= toks[j].start < e for s, e in named_else)))):
                known = ctx.facts.covering(toks[j].start, toks[j].end)
                if known is not None and known.type in ("Place", "Organization", "Publisher"):
                    break  # "Тоқаев Астанада": the name ends where a known place, body or source begins
                j += 1
                following = toks[j] if j < len(toks) else None
                then_surname = following is not None and (looks_like_surname(following) or (
                    j - i >= 2 and PATRONYMIC.search(toks[j - 1].text) is not None and is_cap(following)
                    and following.text.isalpha() and post_lemma(following) is None
                    and ctx.facts.covering(following.start, following.end) is None
                    and (NAME_ACCUSATIVE.match(following.text) is not None or not common_word(following))))
                # "Мирас Жұмабайұлы Төлепбергенді": after a first name and a patronymic comes the surname
                if j - i >= 2 and following is not None and is_cap(following) and surname_of_known(ctx, toks[j - 1]):
                    break  # "Томаш Новак | Ерік Сағындықовпен": a known person's surname closes the name
                if j - i == 1 and looks_like_surname(toks[i]) and not is_initials(toks[i]) and not PATRONYMIC.search(toks[i].text) \
                        and following is not None and is_cap(following) and not looks_like_surname(following) \
                        and j + 1 < len(toks) and looks_like_surname(toks[j + 1]) and is_cap(toks[j + 1]):
                    break  # "Тоқаев | Өмірзақ Шөкеевті қабылдады": a surname, then another person's full name
                if set(toks[j - 1].tags) & CASES and not then_surname:
                    break  # only a name's last word takes a case ending: "Шетелде | Абай ..."
                if j - i >= 2 and looks_like_surname(toks[j - 1]) and not is_initials(toks[j - 1]) and not (
                        PATRONYMIC.search(toks[j - 1].text) and then_surname):
                    break  # a surname closes the name (but "Айгүл Сапарбекқызы Жолдасбекова" goes on)
            if j > i:
                run = toks[i:j]
                by_shape = looks_like_surname(run[-1]) and (len(run) >= 2 or is_initials(run[0]) or i > 0) or (
                    len(run) >= 3 and PATRONYMIC.search(run[-2].text) is not None)  # "Мирас Жұмабайұлы Төлепберген"
                by_ner = any(s <= run[0].start and run[-1].end <= e + 1 for s, e in ner) or any(
                    run[0].start <= s < run[-1].end for s, e in ner)
                by_gaz = any(a >= i and b <= j for a, b in gaz)
                # a known person's surname, looked up only where it decides (a scan of every person per run)
                known = not (by_ner or by_gaz) and (not by_shape or (len(run) == 1 and i == 0)) and any(
                    fold(p.label.split()[-1]) == fold(lang.strip_case(run[-1].text)) for p in ctx.facts.of_type("Person"))
                if (by_shape or by_ner or by_gaz or known) and not (len(run) == 1 and i == 0 and not (by_ner or by_gaz or known)):
                    out.append((i, j))
                i = j
            else:
                i += 1
        return out

    def _person(self, ctx: Context, toks: list[Token], people: list[Entity]) -> Entity:
        label = person_label(toks)
        label = label.replace(". ", ".").replace(".", ". ").replace(" -", "-").replace(".  ", ". ").strip()
        label = label.replace(".-", ".-").replace(". -", ".-")
        label, full_name = without_patronymic(label)
        surname = label.split()[-1]
        span = ctx.tokens_span(toks)
        full = [p for p in people if p.label.split()[-1] == surname and " " in p.label and "." not in p.label]
        if (len(toks) == 1 or is_initials(toks[0])) and len(full) == 1:
            full[0].add_mention(span)
            return full[0]
        entry = gazetteer.load().lookup(label, "Person")
        person = ctx.facts.entity("Person", entry.kk if entry else label, span, alt_labels=[full_name])
        if person not in people:
            people.append(person)
        return person

    # -- posts -----------------------------------------------------------------------------
    _post_start = 0
    _also: list = []

    @staticmethod
    def _fuller_post(ctx: Context, person: Entity, bare: Entity) -> Entity:
        head = fold(bare.label)[:5]
        held = [ctx.facts.entities[k] for k in ctx.facts.objects(person.key, "holdsPosition") if k in ctx.facts.entities]
        full = [p for p in held if " " in p.label and fold(p.label.split()[-1]).startswith(head)]
        if len(full) != 1:
            return bare
        for m in list(bare.mentions):
            full[0].add_mention(m)
        if not ctx.facts.subjects("holdsPosition", bare.key):
            del ctx.facts.entities[bare.key]
        return full[0]

    def _post_before_membership(self, ctx: Context, sent: Sentence, i: int) -> Entity | None:
        """"Мәжіліс депутаты, «Ақ жол» партиясының мүшесі Серік Тілеубердиев": the post named before the
        membership the name follows (the membership itself is member_of's)."""
        toks = sent.tokens
        if i < 2 or not fold(toks[i - 1].text).startswith("мүшесі"):
            return None
        comma = next((j for j in range(i - 2, max(0, i - 10), -1) if toks[j].text == ","), None)
        if comma is None or post_lemma(toks[comma - 1]) is None:
            return None
        return self._post_before(ctx, sent, comma)

    def _post_before(self, ctx: Context, sent: Sentence, i: int) -> Entity | None:
        """The post phrase ending right before token i: [modifiers] post-word."""
        toks = sent.tokens
        if i == 0:
            return None
        k = i - 1
        if k >= 2 and fold(toks[k].text).startswith("атқарушы") and fold(toks[k - 1].text) == "міндетін":
            return self._acting(ctx, sent, k)
        head = post_lemma(toks[k])
        if head is None or head in PERSONAL_TITLES:
            return None
        start = k
        # "Мемлекет басшысы" is the President, "Үкімет басшысы" the Prime Minister
        if head == "басшы" and k >= 1 and lemma(toks[k - 1]) in HEADS_OF:
            self._post_start = k - 1
            return head_of(ctx, toks, k)
        alias = next((v for key, v in POSITION_ALIASES.items() if key == (head,)), head)
        first = first_president(ctx, toks, k) if head == "президент" else None
        if first is not None:
            self._post_start = first[1]
            return first[0]
        foreign = foreign_owner(ctx, toks, k)
        if alias in UNIQUE_POSTS and foreign is not None:
            # "Өзбекстан Республикасының Президенті Шавкат Мирзиёев": another state's post, not ours
            self._post_start = foreign
            return foreign_post(ctx, toks, foreign, k)
        if alias in UNIQUE_POSTS:
            # "Қазақстан Республикасының Президенті" is still the President
            self._post_start = k
            return ctx.facts.entity("Position", alias, ctx.tokens_span(toks[k:k + 1]))
        # a specific post: "Абай облысының әкімі", "Білім және ғылым министрі", "Атырау қаласы әкімінің орынбасары"
        steps = 0
        skipped: set[int] = set()
        while start > 0 and steps < 8 and k - start < 24:
            steps += 1
            prev = toks[start - 1]
            tags = set(prev.tags)
            word = fold(prev.text)
            owner = owner_start(ctx, toks, start)
            if owner is not None:
                start = owner  # "Сенаттың Аграрлық мәселелер, ... комитетінің | төрағасы": the body's whole name
                continue
            if word == "және":
                if start >= 2 and not looks_like_surname(toks[start - 2]) and (
                        is_cap(toks[start - 2]) or toks[start - 2].tags[:1] in (("NOUN",), ("PROPN",))):
                    start -= 1  # "Білім және ғылым министрі": a conjunction between two name words
                    continue
                break
            if word in ORDINAL_POST:
                start -= 1
                continue
            if post_lemma(prev) is not None and not tags & {"Gen", "Poss3"} and prev.text[:1].islower() and "-" not in prev.text:
                break  # "кениялық министр | Қазақстанның Сыртқы істер министрі": another person's bare title
            named = ctx.facts.covering(toks[start].start, toks[start].end) if start < k else None
            if post_lemma(prev) is not None and not tags & {"Gen", "Poss3"} and named is not None \
                    and named.type in ("Place", "Organization"):
                break  # "Президент | Жамбыл облысының әкімі Б. Ордабаевқа тапсырды": the subject's title, then another post
            if (word in FORMER or prev.tags[:1] == ("NUM",)) and start == k and k >= 2 and is_genitive(toks[k - 2]):
                skipped.add(start - 1)  # "Аққулы ауданының бұрынғы әкімі": the post is "Аққулы ауданының әкімі";
                # "Үкімет басшысының үш орынбасары": a count of holders is no part of the post either
                start -= 1
                continue
            place = ctx.facts.covering(prev.start, prev.end)
            # "Денсаулық сақтау министрі", but not "міндетін атқару | қала әкімінің орынбасары"
            # inside a body's name: "жұмыспен қамтуды үйлестіру ... басқармасының басшысы" (not "міндетін атқару | ...")
            in_body = toks[start].text[:1].islower() and any(is_org_head_word(t) for t in toks[start:k])
            verbal_noun = ("Ger" in tags and not tags & OBLIQUE and (start < 2 or "Acc" not in toks[start - 2].tags or in_body)) \
                or (prev.tags[:1] == ("VERB",) and {"Poss3", "Gen"} <= tags)  # "басқармасының" read as a verb
            if prev.is_punct or (prev.tags and prev.tags[0] in NON_NAME_POS and not verbal_noun) \
                    or (tags & OBLIQUE and "Rel" not in tags and not (in_body and object_of_verbal_noun(toks, start - 1))) \
                    or is_initials(prev) \
                    or (looks_like_surname(prev) and not (place and place.type == "Place")) or word in NOT_MODIFIERS:
                break
            if "Poss3" in tags and not {"Gen", "Rel"} & set(tags) and is_cap(toks[start]) and start != k \
                    and post_lemma(toks[start]) is None:
                break  # "Абай облысы | Курчатов қаласының әкімі": a new name begins an apposition (but not
                # "Қазақстан Республикасындағы | Төтенше және Өкілетті Елшісі": -дағы describes)
            if is_cap(prev) or verbal_noun or (prev.tags[:1] in (("NOUN",), ("ADJ",), ("PROPN",))):
                start -= 1
                continue
            break
        if start > 0 and inner_word(toks[start - 1]) and not (toks[start - 1].text == "," and (is_cap(toks[start]) or start == k)):
            # "Оман Сұлтандығының Сауда, өнеркәсіп және инвестицияларды ілгерілету министрі": a long name
            def stop(j: int) -> bool:  # a person, another post, a list of people or a clause boundary
                tok = toks[j]
                known = ctx.facts.covering(tok.start, tok.end)
                return (looks_like_surname(tok) or is_initials(tok) or post_lemma(tok) is not None
                        or fold(tok.text) in ("мен", "пен", "бен", "туралы") or (known is not None and known.type not in ("Organization", "Place"))
                        or is_form_of(tok, *DOC_WORDS)  # "Жоспардың орындалуын бақылау | қала әкімінің орынбасары"
                        or (tok.text == "," and j + 1 < len(toks) and is_cap(toks[j + 1]))
                        or ("Poss3" in tok.tags and "Gen" not in tok.tags and j + 1 < len(toks) and is_cap(toks[j + 1])))

            wide = capital_start(toks, start, stop=stop)
            if wide is not None and wide < start:
                start = wide
        if start > 0 and owner_start(ctx, toks, start) is not None:
            start = owner_start(ctx, toks, start)  # "«QazaqGaz» ұлттық компаниясы» АҚ | басқармасының төрағасы"
        self._post_start = start
        self._also = []
        span = ctx.tokens_span(toks[start:k + 1])
        for t in range(start, k):
            left, sep, right = toks[t].text.partition("-")
            if sep and right and any(p.search(fold(left)) for p in POSITION_PATTERNS.values()):
                # "Президенттің кеңесшісі-баспасөз хатшысы": two posts sharing their owner
                owner = [x.text for x in toks[start:t]]
                first = " ".join(owner + [left])
                second = " ".join(owner + [right] + [x.text for x in toks[t + 1:k]] + [lang.strip_case(toks[k].text)])
                self._also.append(ctx.facts.entity("Position", first, span))
                return ctx.facts.entity("Position", second, span)
        label = post_label([t for n, t in enumerate(toks[start:k + 1], start) if n not in skipped], ctx)
        if start == k:
            label = label[:1].upper() + label[1:] if head == "премьер-министр" else label
        post = ctx.facts.entity("Position", label, span)
        if start >= 2 and toks[start - 1].text in DASHES and post_lemma(toks[start - 2]) is not None:
            # "Президентінің кеңесшісі – Президенттің баспасөз хатшысы Берік Уәли": two posts, one person
            also, first = list(self._also), start
            other = self._post_before(ctx, sent, start - 1)
            self._also = also + ([other] if other is not None else []) + self._also
            self._post_start = min(self._post_start, first)
        return post

    def _acting(self, ctx: Context, sent: Sentence, k: int) -> Entity | None:
        """"Ауыл шаруашылығы министрінің міндетін атқарушы(ның)": the acting holder of a post is a post."""
        toks = sent.tokens
        inner = self._post_before(ctx, sent, k - 1)
        if inner is None:
            return None
        start = self._post_start
        words = [t.text for t in toks[start:k - 1]]
        owner = post_label(toks[start:k - 1], ctx)  # the country dropped as for any post
        words = owner.split()[:-1] + [toks[k - 2].text] if len(words) > 1 else [toks[k - 2].text]
        label = " ".join(words + ["міндетін", "атқарушы"])
        self._post_start, self._also = start, []
        lo, hi = toks[start].start, toks[k].end
        ctx.facts.forget(inner, lo, hi)  # (gone if the post itself was named only as the acting one's)
        return ctx.facts.entity("Position", label[:1].upper() + label[1:], ctx.tokens_span(toks[start:k + 1]))

    @staticmethod
    def _owned_post(toks: list[Token], k: int) -> int | None:
        """Index of a post word owned by the post at k ("Президенттің кеңесшісі", "... бірінші орынбасары")."""
        j = k + 1
        while j < len(toks) and fold(toks[j].text) in ORDINAL_POST:
            j += 1
        return j if j < len(toks) and post_lemma(toks[j]) is not None else None

    def _bare_posts(self, ctx: Context) -> None:
        """Unique posts mentioned without a name (Президент, Мемлекет басшысы) are mentions of the post."""
        for sent in ctx.sentences:
            toks = sent.tokens
            for k, tok in enumerate(toks):
                head = post_lemma(tok)
                if head == "басшы" and k >= 1 and lemma(toks[k - 1]) in HEADS_OF and not is_genitive(toks[k - 1]):
                    head_of(ctx, toks, k)
                elif head in PERSONAL_TITLES:
                    entry = gazetteer.load().lookup(tok.text[:1].upper() + head[1:], "Person")
                    if entry is not None:
                        ctx.facts.entity("Person", entry.kk, ctx.tokens_span([tok]), alt_labels=[entry.kk_title(head)])
                elif head in ("президент", "премьер-министр") and foreign_owner(ctx, toks, k) is not None:
                    foreign_post(ctx, toks, foreign_owner(ctx, toks, k), k)
                elif head in ("президент", "премьер-министр") and is_genitive(tok) and self._owned_post(toks, k):
                    j = self._owned_post(toks, k)  # "Премьер-министрдің бірінші орынбасары": the deputy's post
                    known = ctx.facts.covering(toks[j].start, toks[j].end)
                    if known is None or known.type != "Position":
                        ctx.facts.entity("Position", post_label(toks[k:j + 1], ctx), ctx.tokens_span(toks[k:j + 1]))
                elif head in ("президент", "премьер-министр") and not fold(tok.text).startswith("президенттік"):
                    label = {"президент": "Президент", "премьер-министр": "Премьер-министр"}[head]
                    if k + 1 < len(toks) and is_org_head_word(toks[k + 1]) and "Poss3" in toks[k + 1].tags:
                        continue  # "Президент Әкімшілігі" is a body, not the post (but "Президент Үкіметке ...")
                    ctx.facts.entity("Position", label, ctx.tokens_span([tok]))


def post_before(ctx: Context, sent: Sentence, i: int) -> tuple[Entity, int] | None:
    """The post phrase ending right before token i, as an entity, and the index of its first token."""
    ext = PostReader()
    post = ext._post_before(ctx, sent, i)
    return (post, ext._post_start) if post is not None else None
