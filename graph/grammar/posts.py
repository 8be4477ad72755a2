"""Noun phrases for posts: the post word, its owner (region, district, body, country) and its label."""

from __future__ import annotations

import re
from functools import lru_cache

from kazkg.graph import gazetteer, lang
from kazkg.graph.context import Context
from kazkg.graph.doc import Sentence, Token
from kazkg.graph.facts import Entity
from kazkg.graph.grammar.bodies import is_org_head, possessed_form
from kazkg.graph.grammar.documents import THIS, act_type
from kazkg.graph.grammar.lexicon import LEGAL_ACT_TYPES, ORG_HEADS, POLICY_TYPES, POSITION_PATTERNS
from kazkg.graph.grammar.match import (
    CASES,
    GENITIVE,
    OBLIQUE,
    fold,
    is_cap,
    is_genitive,
    lemma,
    looks_like_surname,
    nominative,
)
from kazkg.graph.grammar.phrase import capital_start, inner_word, object_of_verbal_noun

# Words that name the slot a post is given in: "X лауазымына", "X қызметіне", "X болып".
SLOT_WORDS = ("лауазым", "қызмет", "орын")


REGION_WORDS = {"облыс", "облыстың", "облыстық", "аудан", "ауданның", "аудандық", "қала", "қаланың", "қалалық"}


MODIFIER_WORDS = {"және", "басқарушы", "облысы", "қаласы", "ауданы", "істері", "ісі", "бірінші", "вице", "бас", "атқарушы"}


ADVERBS = {"кейін", "кейіннен", "бұрын", "содан", "сондай-ақ", "былтыр", "биыл", "қазір", "бүгін", "кеше", "ертең"}


def post_phrase(ctx: Context, sent: Sentence, head: int) -> tuple[Entity, int] | None:
    """The post whose head word is token ``head`` ("әкімі", "төрайымы"), with its modifiers to the
    left (genitives, capitalised words, organisation names), as a Position and its first token."""
    toks = sent.tokens
    if post_lemma(toks[head]) is None:
        return None
    start = head
    skip: set[int] = set()
    while start > 0 and head - start < 12:
        prev = toks[start - 1]
        if prev.text == ")" and start >= 4 and toks[start - 3].text == "(" and toks[start - 2].text.isupper():
            skip.update(range(start - 3, start))  # "агенттігінің (БҚДА) төрағасы": the acronym is an aside
            start -= 3
            continue
        if prev.is_punct or looks_like_surname(prev) or prev.tags[:1] == ("PRON",) or act_type(prev) \
                or fold(prev.text) in THIS:
            break  # "Ол | Қостанай облысы әкімінің орынбасары", "Осы Жарлықпен | МІҚА төрағасы болып"
        if fold(prev.text) in REGION_WORDS:
            start -= 1  # "облыс әкімінің орынбасары", "облыстың ... басқармасының басшысы"
            continue
        if prev.text[:1].islower() and toks[start].text[:1].islower() and any(is_org_head(t) for t in toks[start:head]):
            # "облыстың | ауыл шаруашылығы және жер қатынастары басқармасының", "Жетісу облысының | жұмыспен
            # қамтуды үйлестіру ...": lower-case words of a body's name, when an owner stands before them
            j = start - 1
            while j >= 0 and toks[j].text[:1].islower() and start - j <= 8 and (
                    (inner_word(toks[j]) and not set(toks[j].tags) & CASES) or object_of_verbal_noun(toks, j)):
                j -= 1
            owner = ctx.facts.covering(toks[j].start, toks[j].end) if j >= 0 else None
            if j < start - 1 and j >= 0 and (fold(toks[j].text) in REGION_WORDS or (is_genitive(toks[j]) and owner is not None
                                                                  and owner.type in ("Organization", "Place"))):
                start = j + 1
                continue
        opening = start - 1 == 0 and bool(set(prev.tags[1:]) - {"Gen", "Poss3", "Plur", "Ger"})  # "Съезде | партия төрағасы" (but "Оқу-ағарту министрі")
        if set(prev.tags) & {"Loc", "Abl", "Dat"} and "Rel" not in prev.tags or fold(prev.text) in ADVERBS or opening:
            break  # "Кейін | «KEGOC» АҚ-та | департамент директоры": where and when, not whose
        owner = owner_start(ctx, toks, start)
        if owner is not None:
            start = owner  # a body named before the post, whatever its inner words
            continue
        ent = ctx.facts.covering(prev.start, prev.end)
        if ent is not None and ent.type == "Person" and not is_genitive(prev):
            break
        if (ent is not None and ent.type in ("Organization", "Place")) or is_genitive(prev) or is_cap(prev) \
                or fold(prev.text) in MODIFIER_WORDS or is_org_head(prev):  # "... АҚ басқарма төрағасы"
            start -= 1
            continue
        break
    if start > 0 and inner_word(toks[start - 1]):
        # "Ғылым және жоғары білім бірінші вице-министрі": lower-case words after a capitalised one
        wide = capital_start(toks, start, stop=lambda i: looks_like_surname(toks[i]) or _is_person(ctx, toks[i])
                             or (toks[i].text == "," and i > 0 and post_lemma(toks[i - 1]) is not None))
        # (the comma after a post closes it: "X бөлімінің басшысы, | Y басқармасының басшысы қызметтерін атқарған")
        if wide is not None and wide < start:
            start = wide
    body = ctx.facts.covering(toks[start].start, toks[start].end, ("Organization",))
    first = next((m.start for m in body.mentions if m.start < toks[start].start < m.end), None) if body else None
    if first is not None and start < head:
        # "Ш. Есенов атындағы Каспий ... университетінің проректоры": the body's whole name, not from its first capital
        start = next((i for i in range(start, -1, -1) if toks[i].start == first), start)
    # an existing Position with exactly this head keeps its label (person_post found it already)
    existing = ctx.facts.covering(toks[head].start, toks[head].end)
    if existing is not None and existing.type == "Position" and start == head:
        return existing, head
    label = post_label([t for n, t in enumerate(toks[start:head + 1], start) if n not in skip], ctx)
    return ctx.facts.entity("Position", label, ctx.tokens_span(toks[start:head + 1])), start


def _is_person(ctx: Context, tok) -> bool:
    known = ctx.facts.covering(tok.start, tok.end)
    return known is not None and known.type == "Person"




NOT_MODIFIERS = {"жаңа", "бұрынғы", "осы", "сол", "бұл", "қазіргі", "алдыңғы", "екі", "кейін", "кейіннен", "бұрын", "содан", "сондай-ақ",
                 "туралы"}  # "X туралы | облыс әкімінің қаулысы": a title ends, the post begins


FORMER = {"бұрынғы", "жаңа", "қазіргі"}  # "X ауданының бұрынғы әкімі": a time word inside the post, not part of it


ORDINAL_POST = {"бірінші", "екінші"}  # "бірінші вице-министрі", "әкімінің бірінші орынбасары"


DOC_WORDS = (*LEGAL_ACT_TYPES, *POLICY_TYPES)


def post_lemma(tok: Token) -> str | None:
    if "Plur" in tok.tags:
        return None  # "қоғам өкілдері", "депутаттар": a group, not one person's post
    return _post_key(tok.lemma, tok.text)


@lru_cache(maxsize=1 << 16)
def _post_key(lem: str, text: str) -> str | None:
    """``post_lemma`` by the token's lemma and text, worked out once per word form."""
    lem, word = fold(lem or lang.lemmatize(text)), fold(text)
    for key, pat in POSITION_PATTERNS.items():
        if lem == key or pat.search(word):
            return key
    return None


HEADS_OF = {"мемлекет": ("Президент", "Мемлекет басшысы"), "үкімет": ("Премьер-министр", "Үкімет басшысы")}


def head_of(ctx: Context, toks: list[Token], k: int) -> Entity:
    """"Мемлекет басшысы" is the President's post, "Үкімет басшысы" the Prime Minister's (the pass
    ``kazkg.graph.passes.posts.body_word_of_head_post`` then drops the body word as the Government's mention)."""
    label, alt = HEADS_OF[lemma(toks[k - 1])]
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
    said = lang.nominative([t.text for t in toks[start:k + 1]])  # as the text names it, for the reader
    also = [said, re.sub(r"Республикасы (?=\S+$)", "Республикасының ", said)]
    return ctx.facts.entity("Position", label, ctx.tokens_span(toks[start:k + 1]), alt_labels=also)


FIRST = "тұңғыш"  # "Қазақстанның Тұңғыш Президенті": the First President's title, not the President's post
FIRST_LABELS = ("Қазақстанның Тұңғыш Президенті", "Қазақстан Республикасының Тұңғыш Президенті")


def first_president(ctx: Context, toks: list[Token], k: int) -> tuple[Entity, int] | None:
    """"Қазақстанның Тұңғыш Президенті", "ҚР Тұңғыш президенті": the First President's post and its first token."""
    if k < 1 or fold(toks[k - 1].text) != FIRST:
        return None
    start = k - 1
    if start >= 1 and fold(toks[start - 1].text).startswith(("қазақстан", "қр")):
        start -= 1
        if start >= 1 and fold(toks[start].text).startswith("республика") and fold(toks[start - 1].text) == "қазақстан":
            start -= 1
    post = ctx.facts.entity("Position", FIRST_LABELS[0], ctx.tokens_span(toks[start:k + 1]), alt_labels=FIRST_LABELS[1:])
    return post, start


COUNTRY = ("Қазақстан Республикасының ", "Қазақстан Республикасы ", "ҚР ")


OWNER_GENITIVE = {"Президентінің": "Президенттің", "Премьер-Министрінің": "Премьер-министрдің",
                  "Премьер-министрінің": "Премьер-министрдің", "Үкіметінің": "Үкіметтің"}


HEAD_OWNERS = {"Үкімет басшысының ": "Премьер-министрдің ", "Мемлекет басшысының ": "Президенттің "}


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
    for head, post in HEAD_OWNERS.items():
        if label.startswith(head) and len(label) > len(head):
            return post + label[len(head):]  # "Үкімет басшысының орынбасары" is the Prime Minister's deputy
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

    return is_org_head(tok)


def holder(ctx: Context, position: Entity) -> Entity | None:
    """The one person the article says holds ``position`` (for "Мемлекет басшысы ... бекітті")."""
    holders = ctx.facts.subjects("holdsPosition", position.key)
    return ctx.facts.entities.get(holders[0]) if len(holders) == 1 else None
