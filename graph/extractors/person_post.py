"""People and the posts they hold: "Мемлекет басшысы Қасым-Жомарт Тоқаевтың" -> Person Қасым-Жомарт
Тоқаев holdsPosition Президент (also called Мемлекет басшысы).

A name is a run of capitalised words with a surname shape (-ов/-ев/-ұлы/-қызы ...), initials
(Қ.-Ж. Тоқаев, Н.Назарбаев), a gazetteer person or a PERSON span of the tagger; only its last word is
inflected, so the label is the run with that word's case ending stripped. A post phrase right before
a name is the post that person holds. A surname alone refers back to the full name in the article.
"""

from __future__ import annotations

import bisect
import re

from graph import gazetteer, lang
from graph.doc import Sentence, Token
from graph.extractors.base import Context
from graph.extractors.lexicon import (SURNAME, LEGAL_ACT_TYPES, ORG_HEADS, NON_NAME_POS, POLICY_TYPES, POSITION_ALIASES, POSITION_PATTERNS,
                                      UNIQUE_POSTS)
from graph.extractors.match import (
    CASES, GENITIVE, OBLIQUE, PATRONYMIC_WORD, fold, is_cap,
    is_form_of, is_genitive, is_initials, lemma, looks_like_surname, nominative,
)
from graph.extractors.phrase import capital_start, inner_word, object_of_verbal_noun
from graph.facts import Entity

NOT_NAMES = {"мемлекет", "президент", "үкімет", "парламент", "мәжіліс", "сенат", "ассамблея", "қазақстан",
             "республика", "елбасы", "премьер-министр", "министр", "әкім", "сондай-ақ", "бүгін", "бұл",
             "корольдік", "сұлтандық", "әмірлік", "федерация", "князьдік"}  # "Марокко Корольдігінде": a state
POST_MODIFIER_STOP = {"және", "мен", "пен", "бен", ","}
PATRONYMIC = re.compile(r"(ұлы|қызы)$")
DASHES = {"–", "—", "-"}
NOT_MODIFIERS = {"жаңа", "бұрынғы", "осы", "сол", "бұл", "қазіргі", "алдыңғы", "екі", "кейін", "кейіннен", "бұрын", "содан", "сондай-ақ"}
FORMER = {"бұрынғы", "жаңа", "қазіргі"}  # "X ауданының бұрынғы әкімі": a time word inside the post, not part of it
ORDINAL_POST = {"бірінші", "екінші"}  # "бірінші вице-министрі", "әкімінің бірінші орынбасары"
DOC_WORDS = (*LEGAL_ACT_TYPES, *POLICY_TYPES)
# Titles that name one person rather than a post (Елбасы is Nazarbayev): resolved by the gazetteer.
PERSONAL_TITLES = {"елбасы"}


def non_name_word(tok: Token, first: bool) -> bool:
    """An adverb, conjunction, pronoun or verb by its tags. A capitalised word inside a sentence that
    the lexicon reads as a verb (Құдайбергенова as a converb) is still taken for a name."""
    if not tok.tags or tok.tags[0] not in NON_NAME_POS or looks_like_surname(tok):
        return False
    return first or tok.tags[0] != "VERB"


NAME_LINKS = {"бин", "ибн", "фон", "ван", "ди", "да"}  # not "бен": the Kazakh "and" (Тараз бен Талдықорған)


def opens_a_name(toks: list[Token], j: int) -> bool:
    """"Тоқаев | Құрылыс кодексіне қол қойды": a capitalised word right before a document's or a body's
    word opens that name, not a person's."""
    from graph.extractors.organization import is_org_head

    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if toks[j].tags[:1] != ("NOUN",) or looks_like_surname(toks[j]):
        return False  # a name read as a name ("Ахметов жобаны таныстырды") goes on
    return nxt is not None and nxt.text[:1].islower() and (
        bool(is_form_of(nxt, *LEGAL_ACT_TYPES, *POLICY_TYPES)) or is_org_head(nxt))


def linked_names(toks: list[Token]) -> dict[int, int]:
    """"Салим бин Нассер әл-Харти", "Урсула фон дер Ляйен": names joined by a lower-case particle,
    keyed by first token -> end (exclusive)."""
    out = {}
    for k in range(1, len(toks) - 1):
        if fold(toks[k].text) in NAME_LINKS and is_cap(toks[k - 1]) and is_cap(toks[k + 1]) \
                and toks[k - 1].text.isalpha() and not toks[k - 1].is_punct:
            end = k + 2
            while end < len(toks) and (fold(toks[end].text).startswith("әл-") or fold(toks[end].text) in ("дер", "ден")
                                       or (is_cap(toks[end]) and fold(toks[end - 1].text) in ("дер", "ден"))):
                end += 1
            out[k - 1] = end
    return out


def common_word(tok: Token) -> bool:
    """A word KazNERD writes in lower case inside sentences (Энергетика in "Асхат Бекұлы Энергетика
    министрі"), so no surname."""
    from graph.ner.tagger import default_extractor_resources

    return default_extractor_resources()[2].get(fold(tok.text)) == "l"


def surname_of_known(ctx: Context, tok: Token) -> bool:
    """Is the token the surname of a person the article has named already?"""
    word = fold(lang.strip_case(tok.text))
    return any(" " in p.label and fold(p.label.split()[-1]) == word for p in ctx.facts.of_type("Person"))


def post_lemma(tok: Token) -> str | None:
    if "Plur" in tok.tags:
        return None  # "қоғам өкілдері", "депутаттар": a group, not one person's post
    lem, word = lemma(tok), fold(tok.text)
    for key, pat in POSITION_PATTERNS.items():
        if lem == key or pat.search(word):
            return key
    return None


class PersonPostExtractor:
    name = "person_post"
    requires = ("sentences", "lemmas", "organization")
    provides = ("Person", "Position", "holdsPosition")

    def __call__(self, ctx: Context) -> None:
        people: list[Entity] = []
        for sent in ctx.sentences:
            for i, j in self._names(ctx, sent):
                toks = sent.tokens[i:j]
                person = self._person(ctx, toks, people)
                self._also = []
                post = self._post_before(ctx, sent, i)
                if post is None:
                    post = self._post_before_membership(ctx, sent, i)
                if post is not None and " " not in post.label and post.label not in UNIQUE_POSTS:
                    post = self._fuller_post(ctx, person, post)  # "Министр Омонди": his post named in full before
                for p in ([post] if post is not None else []) + self._also:
                    ctx.facts.relate(person.key, "holdsPosition", p.key, ctx.span(sent.tokens[self._post_start].start, toks[-1].end))
        self._bare_posts(ctx)

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
                    and (ACCUSATIVE.match(following.text) is not None or not common_word(following))))
                # "Мирас Жұмабайұлы Төлепбергенді": after a first name and a patronymic comes the surname
                if j - i >= 2 and following is not None and is_cap(following) and surname_of_known(ctx, toks[j - 1]):
                    break  # "Томаш Новак | Ерік Сағындықовпен": a known person's surname closes the name
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
                known = any(fold(p.label.split()[-1]) == fold(lang.strip_case(run[-1].text))
                            for p in ctx.facts.of_type("Person"))
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
            if word in FORMER and start == k and k >= 2 and is_genitive(toks[k - 2]):
                skipped.add(start - 1)  # "Аққулы ауданының бұрынғы әкімі": the post is "Аққулы ауданының әкімі"
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
                        or fold(tok.text) in ("мен", "пен", "бен") or (known is not None and known.type not in ("Organization", "Place"))
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


HEADS_OF = {"мемлекет": ("Президент", "Мемлекет басшысы"), "үкімет": ("Премьер-министр", "Үкімет басшысы")}


def head_of(ctx: Context, toks: list[Token], k: int) -> Entity:
    """"Мемлекет басшысы" is the President's post, "Үкімет басшысы" the Prime Minister's; the body word
    is part of the post's mention, not a mention of the Government."""
    label, alt = HEADS_OF[lemma(toks[k - 1])]
    body = ctx.facts.covering(toks[k - 1].start, toks[k - 1].end)
    if body is not None and body.type == "Organization":
        ctx.facts.forget(body, toks[k - 1].start, toks[k - 1].end)
    return ctx.facts.entity("Position", label, ctx.tokens_span(toks[k - 1:k + 1]), alt_labels=[alt])


def foreign_owner(ctx: Context, toks: list[Token], k: int) -> int | None:
    """Start of another state's name right before the post word at k ("Өзбекстан Республикасының |
    Президенті", "Францияның | Президенті"), or None (no state, or Kazakhstan)."""
    i = k - 1
    if i >= 0 and fold(toks[i].text).startswith("республика"):
        i -= 1
    if i < 0:
        return None
    tok = toks[i]
    place = next((p for p in ctx.facts.of_type("Place")
                  if any(m.start < tok.end and tok.start < m.end for m in p.mentions)), None)
    if place is None or place.label == "Қазақстан" or lemma(tok) in UNITS or set(tok.tags) & OBLIQUE:
        return None  # ("Үкімет үйінде | Премьер-министр": where, not whose)
    return next((t for t in range(i, -1, -1) if any(m.start == toks[t].start for m in place.mentions)), i)


def foreign_post(ctx: Context, toks: list[Token], start: int, k: int) -> Entity:
    """"Өзбекстан Президенті" for "Өзбекстан Республикасының Президенті" and "Өзбекстан Президентімен"."""
    tok = toks[start]
    place = next(p for p in ctx.facts.of_type("Place") if any(m.start < tok.end and tok.start < m.end for m in p.mentions))
    label = lang.nominative([place.label, toks[k].text])
    return ctx.facts.entity("Position", label, ctx.tokens_span(toks[start:k + 1]))


COUNTRY = ("Қазақстан Республикасының ", "Қазақстан Республикасы ", "ҚР ")
OWNER_GENITIVE = {"Президентінің": "Президенттің", "Премьер-Министрінің": "Премьер-министрдің",
                  "Премьер-министрінің": "Премьер-министрдің", "Үкіметінің": "Үкіметтің"}


UNITS = {"облыс": "облысы", "қала": "қаласы", "аудан": "ауданы"}
MEMBER_POSTS = {"сенатор", "депутат"}  # a member's post standing alone, without its chamber


def unit_name(ctx: Context | None, unit: str, at: int | None = None) -> str | None:
    """The one region (облыс), city (қала) or district (аудан) the article names, for "облыс әкімі"; of
    several, the one named most, or (``at``: where the bare word stands) the one named last before it
    in its sentence ("Павлодар қаласының әкімі ... қала әкімінің орынбасары")."""
    if ctx is None:
        return None
    noun = UNITS[unit]
    names: dict[str, list] = {}
    if unit == "облыс":  # "Солтүстік Қазақстан облыстық мәслихаты" names the region too
        for org in ctx.facts.of_type("Organization"):
            m = re.match(r"^(.+?) (?:облыстық|облысының|облысы) ", org.label)
            if m and m.group(1)[:1].isupper():
                names.setdefault(m.group(1), []).extend(org.mentions)
    for place in ctx.facts.of_type("Place"):
        if place.label.endswith(" " + noun):
            names.setdefault(place.label[: -len(noun) - 1], []).extend(place.mentions)
        elif any(fold(ctx.text[m.end:m.end + 8].lstrip()).startswith(unit)
                 or (" " in m.text and fold(m.text.split()[-1]).startswith(unit)) for m in place.mentions):
            names.setdefault(place.label, []).extend(place.mentions)
    if len(names) == 1:
        return next(iter(names))
    # several: the article's own region is the one named first and most ("Батыс Қазақстан облысы ... Атырау облысында істеген")
    if at is not None:
        sent = next((s for s in ctx.sentences if s.start <= at < s.end), None)
        here = {n: max(m.start for m in ms if sent.start <= m.start < at) for n, ms in names.items()
                if sent is not None and any(sent.start <= m.start < at for m in ms)}
        if here:
            return max(here, key=here.get)
    ranked = sorted(names.items(), key=lambda kv: (-len(kv[1]), min(m.start for m in kv[1])))
    if len(ranked) >= 2 and len(ranked[0][1]) > len(ranked[1][1]):
        return ranked[0][0]
    return None


def unit_owner(ctx: Context | None, toks: list[Token]) -> str | None:
    """"Қостанай облысы" for a post phrase opening with a bare "облыс" ("облыс әкімі" -> "Қостанай
    облысының"), when the article names one region; None otherwise."""
    unit = lemma(toks[0]) if len(toks) >= 2 else None
    if unit not in UNITS or GENITIVE.sub("", fold(toks[0].text)) != unit:
        return None  # "облыс әкімі", "қаланың әкімі"
    name = unit_name(ctx, unit, toks[0].start)
    if name is None:
        return None
    noun = UNITS[unit]
    return f"{name} {noun[:-1]}ының" if len(toks) == 2 else f"{name} {noun}"


def regional_post(ctx: Context | None, toks: list[Token]) -> str | None:
    """A post of a body of "the region" is that of the article's region, named as the body is:
    "Облыстың X басқармасының басшысы" and "облыс әкімдігінің X басқармасының басшысы" (a department of
    the akimat is "Y облысының X басқармасы") -> "Y облысының X басқармасының басшысы"; "облыстық
    мәслихаттың хатшысы" -> "Y облыстық мәслихатының хатшысы"."""
    from graph.extractors.organization import possessed_form

    if len(toks) < 3:
        return None
    first = fold(toks[0].text)
    if first == "облыс" and lemma(toks[1]) == "әкімдік" and is_genitive(toks[1]) and len(toks) >= 4:
        rest = toks[2:]
    elif first == "облыстың":
        rest = toks[1:]
    elif first == "облыстық" and is_org_head_word(toks[1]):  # "облыстық мәслихат(тың) хатшысы"
        rest = None
    else:
        return None
    region = unit_name(ctx, "облыс")
    if region is None:
        return None
    if rest is not None:
        return f"{region} облысының {nominative(rest)}"
    body = possessed_form(lemma(toks[1]))
    genitive = body + ("нің" if body[-1] in "і" else "ның")
    return f"{region} облыстық {genitive} {nominative(toks[1:]).split(' ', 1)[1]}"


COMPANY_HEAD = re.compile(r"^(орталығы|компаниясы|қоғамы|корпорациясы|холдингі|банкі|қоры|кәсіпорны|ақ)$")


def bare_body_post(ctx: Context | None, toks: list[Token]) -> str | None:
    """"агенттік төрағасы", "басқарма басшысы", "басқармасы басшысының орынбасары": a post of a body
    named by its kind alone is the post of the body of that kind the article is about (named most
    often before, then last), named in full."""
    if ctx is None or len(toks) < 2 or not toks[0].text[:1].islower() or is_cap(toks[1]):
        return None  # ("министрліктің Орман шаруашылығы ... комитеті": the unit is named, see post_label)
    word = fold(toks[0].text)
    base = GENITIVE.sub("", word)
    gen = base != word
    head = base if base in ORG_HEADS else next(  # possessed, with its final consonant voiced: агенттік -> агенттігі
        (h for h in ORG_HEADS if base.startswith(h[:-1]) and len(base) - len(h) in (1, 2) and base[-1] in "ыі"), None)
    if head is None:
        return None
    # "басқармасы | басшысының орынбасары", "комитет | төрағасының орынбасары": a chain takes the compound form
    possessed = (base != head or len(toks) > 2) and not gen
    body = [o for o in ctx.facts.of_type("Organization") if fold(o.label.split()[-1]).startswith(head[:-1])
            and " " in o.label and any(m.end <= toks[0].start for m in o.mentions)
            and not ctx.facts.objects(o.key, "partOf")]  # (a unit is named with its owner: leave it)
    rest = nominative(toks).split(" ", 1)[1]
    if not body and head == "басқарма" and not gen and len(toks) == 2:
        # "X-ты басқарма төрағасы етіп сайлады": the management board of the company the article is about
        companies = [o for o in ctx.facts.of_type("Organization") if COMPANY_HEAD.search(fold(o.label.split()[-1]))
                     and any(m.end <= toks[0].start for m in o.mentions)]
        if companies:
            company = max(companies, key=lambda o: len(o.mentions))
            return f"{company.label} басқармасының {rest}"
    if not body:
        return None
    best = max(body, key=lambda o: (sum(m.end <= toks[0].start for m in o.mentions),
                                    max(m.end for m in o.mentions if m.end <= toks[0].start)))
    return f"{best.label if possessed else lang.inflect(best.label, 'Gen')} {rest}"


def post_label(toks: list[Token], ctx: Context | None = None) -> str:
    """Nominative post name without the country ("Қазақстан Республикасы Ғылым және жоғары білім
    вице-министрі" is "Ғылым және жоғары білім вице-министрі"); the mention keeps the whole phrase.
    A bare "облыс әкімінің орынбасары" names the article's one region: "Қостанай облысы әкімінің
    орынбасары" ("облыс әкімі" -> "Қостанай облысының әкімі")."""
    regional = regional_post(ctx, toks)
    if regional is not None:
        return regional
    if ctx is not None and len(toks) == 2 and toks[0].text.isupper() and toks[0].text.isalpha() \
            and gazetteer.load().lookup(toks[0].text) is None:
        # "МІҚА төрағасы": the post of the body the article defined the acronym for, by its name (a known
        # acronym stays, as the post is called: "ҚХА Төрағасы")
        body = [o for o in ctx.facts.of_type("Organization") if toks[0].text in o.acronyms]
        if len(body) == 1 and body[0].label.endswith(("ы", "і")):
            return f"{lang.inflect(body[0].label, 'Gen')} {toks[1].text}"
    body_post = bare_body_post(ctx, toks)
    if body_post is not None:
        return body_post
    named = unit_owner(ctx, toks)
    if named is not None:
        return f"{named} {nominative(toks).split(' ', 1)[1]}"
    if len(toks) >= 3 and toks[0].text[:1].islower() and is_genitive(toks[0]) and is_cap(toks[1]) \
            and is_org_head_word(toks[0]):
        toks = toks[1:]  # "министрліктің Орман шаруашылығы ... комитеті төрағасының орынбасары": "the ministry's" is no name
    label = nominative(toks)
    if label in MEMBER_POSTS:
        return label.capitalize()  # "сенатор Айнаш Бекбосынова": the post is "Сенатор", as "Депутат"
    words = label.split()
    if len(words) >= 3 and words[-2] in UNITS.values():
        # "Батыс Қазақстан облысы әкімінің өкімі" -> "Батыс Қазақстан облысының әкімі", as the post is written
        words[-2] = words[-2][:-1] + "ының"
        label = " ".join(words)
    for prefix in COUNTRY:
        if label.startswith(prefix) and len(label.split()) > len(prefix.split()) + 1:
            first, _, rest = label[len(prefix):].partition(" ")
            if any(re.search(r"(дағы|дегі|тағы|тегі)$", w) for w in label[len(prefix):].split()[:2]):
                # "Қазақстан Республикасының Жапониядағы елшісі", "... Португалия Республикасындағы Елшісі":
                # the country is whose post it is
                return label
            # without "Республикасы" the owner takes the plain genitive: Президентінің -> Президенттің
            return f"{OWNER_GENITIVE.get(first, first)} {rest}"
    first, _, rest = label.partition(" ")
    if first in OWNER_GENITIVE and rest:
        return f"{OWNER_GENITIVE[first]} {rest}"  # "Премьер-министрінің орынбасары" -> "Премьер-министрдің орынбасары"
    return label


def owner_start(ctx: Context, toks: list[Token], start: int) -> int | None:
    """Index of the first word of a body or place named (in one mention) right before token ``start``."""
    prev = toks[start - 1]
    owner = ctx.facts.covering(prev.start, prev.end)
    if owner is None or owner.type not in ("Organization", "Place"):
        return None
    if owner.type == "Place" and not is_genitive(prev):
        return None  # "Абай облысы | Курчатов қаласының әкімі": a nominative place is an apposition
    for m in owner.mentions:
        if m.end == prev.end and m.start < prev.start:
            idx = next((t for t in range(start - 1, -1, -1) if toks[t].start == m.start), None)
            if idx is not None:
                return idx
    return None


def is_org_head_word(tok: Token) -> bool:
    from graph.extractors.organization import is_org_head

    return is_org_head(tok)


def holder(ctx: Context, position: Entity) -> Entity | None:
    """The one person the article says holds ``position`` (for "Мемлекет басшысы ... бекітті")."""
    holders = ctx.facts.subjects("holdsPosition", position.key)
    return ctx.facts.entities.get(holders[0]) if len(holders) == 1 else None




def without_patronymic(label: str) -> tuple[str, str | None]:
    """"Айгүл Сапарбекқызы Жолдасбекова" -> ("Айгүл Жолдасбекова", the full name): the canonical
    label is first name + surname, so the same person named with and without it is one node."""
    words = label.split()
    if len(words) == 3 and PATRONYMIC_WORD.search(words[1]) and "." not in label:
        return f"{words[0]} {words[2]}", label
    return label, None


INSTRUMENTAL_AFTER_VOWEL = re.compile(r"^([А-ЯӘҒҚҢӨҰҮҺІЁA-Z][\w-]{2,}[аәеиоөұүыіэюяу])мен$")
# A surname in the accusative the lexicon does not know: -ты/-ті after a voiceless consonant (Новакты), -ны/-ні
# after a vowel (Танабэні), -ды/-ді after м, н, ң, з, ж, й (Төлепбергенді); not after р, л (Құдайберді, Жанболды are names).
ACCUSATIVE = re.compile(r"^([А-ЯӘҒҚҢӨҰҮҺІЁ][\w-]{2,}?(?:[кқпстшфх](?=т[ыі]$)|[аәеиоөұүыіэюя](?=н[ыі]$)"
                        r"|[мнңзжй](?=д[ыі]$)))[тнд][ыі]$")  # (not after р, л: Құдайберді, Жанболды are names)


def person_label(toks: list[Token]) -> str:
    """Nominative name: the surname's case ending is cut even where the lexicon does not know the
    surname (Болат Әбдіралиевті -> Болат Әбдіралиев), by the -ов/-ев/-ин/-ұлы shape."""
    if len(toks) == 1 and is_initials(toks[0]):
        return toks[0].text
    def shouted(t: Token) -> bool:  # a byline's capitals ("Айдана ЕРМЕКҚЫЗЫ"), not initials ("Д.А.")
        return t.text.isupper() and len(t.text) > 3 and not is_initials(t)

    if any(shouted(t) for t in toks):
        return " ".join(t.text[:1] + t.text[1:].lower() if shouted(t) else t.text for t in toks)
    last = toks[-1].text
    m = SURNAME.search(last)
    if m and m.group(2) and m.group(2) not in ("а", "е", "н"):
        return " ".join([t.text for t in toks[:-1]] + [last[: m.start(2)]])
    w = INSTRUMENTAL_AFTER_VOWEL.match(last) or ACCUSATIVE.match(last)
    if len(toks) >= 2 and w:
        # "Сэмюэл Омондимен": a foreign surname ending in a vowel takes -мен, which the lexicon does not cut
        return " ".join([t.text for t in toks[:-1]] + [w.group(1)])
    return nominative(toks)


def post_before(ctx: Context, sent: Sentence, i: int) -> tuple[Entity, int] | None:
    """The post phrase ending right before token i, as an entity, and the index of its first token."""
    ext = PersonPostExtractor()
    post = ext._post_before(ctx, sent, i)
    return (post, ext._post_start) if post is not None else None
