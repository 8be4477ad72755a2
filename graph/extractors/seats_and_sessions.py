"""Holders of a body's seat or chair are its members, and a body's sessions and sittings are part of it
(GOLD.md): "Сенат депутаты Ерлан Қошанов" -> memberOf Сенат; "Мәжіліс төрағасы X", "ҚХА төрағасының
орынбасары X", "облыстық ішкі саясат басқармасының басшысы X" -> memberOf that body; "Мәжілістің жалпы
отырысы", "Ұлттық құрылтайдың екінші отырысы" -> partOf the body.

Both read the body named at the start of the post's or the event's own mention, so a post owned by
a place ("Абай облысының әкімі") or by a ministry's minister ("Әділет министрі": no body named) gives
nothing. The Prime Minister, the deputy prime ministers and the state's ministers sit in the
Government: they are its members when the article names the Government. The holder is the one who
holds the post or has just been appointed or elected to it.
"""

from __future__ import annotations

from kazkg.graph.extractors.base import Context
from kazkg.graph.grammar.bodies import is_org_head
from kazkg.graph.grammar.match import fold, is_genitive, nominative

# posts that are a seat or a chair of the body named before them (a minister is not a ministry's member)
SEATS = ("депутат", "сенатор", "мүше", "төраға", "төрайым", "хатшы", "спикер", "вице-спикер", "басшы",
         "бастығ", "бастық", "орынбасар")
SITTINGS = ("сессия", "отырыс", "жиналыс", "пленум", "съезд", "құрылта")  # a body's own sittings, not its election
# a seat named after these bodies is theirs whatever stands between ("Сенаттың ... комитетінің төрағасы");
# not Парламент: "Парламент төменгі палатасының вице-спикері" sits in the Мәжіліс
CHAMBERS = {"Сенат", "Мәжіліс", "Қазақстан халқы Ассамблеясы", "Ұлттық құрылтай", "Орталық сайлау комиссиясы"}
CABINET = ("премьер-министр", "вице-премьер", "министр")  # posts of the Government (not вице-министр)
HOLDS = ("holdsPosition", "appointedTo")


def _body_at_start(ctx: Context, start: int, end: int):
    """The Organization whose mention opens the span [start, end) (not the whole span itself)."""
    for org in ctx.facts.of_type("Organization"):
        for m in org.mentions:
            if m.start == start and m.end < end:
                return org, m
    return None


def _holders(ctx: Context, post_key: str) -> set[str]:
    return {s for p in HOLDS for s in ctx.facts.subjects(p, post_key)}


def _foreign(ctx: Context, post) -> bool:
    """A post of another state: a place other than Қазақстан named inside its mention."""
    for place in ctx.facts.of_type("Place"):
        if place.label == "Қазақстан":
            continue
        for pm in place.mentions:
            if any(m.start <= pm.start and pm.end <= m.end for m in post.mentions):
                return True
    return False


def cabinet_post(label: str) -> bool:
    """"Премьер-министр", "Премьер-Министрдің орынбасары", "Ұлттық экономика министрі": a Government post."""
    words = [fold(w) for w in label.split()]
    if not words or words[0].startswith("вице-министр") or words[-1].startswith("вице-министр"):
        return False
    if words[0].startswith(("премьер-министр", "вице-премьер")):
        return True
    return words[-1].startswith("министр") and len(words) >= 2


class SeatsAndSessionsExtractor:
    name = "seats_and_sessions"
    requires = ("Organization", "Person", "Position", "Event")
    provides = ("Organization", "memberOf", "partOf")

    def __call__(self, ctx: Context) -> None:
        facts = ctx.facts
        government = next((o for o in facts.of_type("Organization") if o.label == "Үкімет"), None)
        for post in facts.of_type("Position"):
            if government is not None and cabinet_post(post.label) and not _foreign(ctx, post):
                for holder in _holders(ctx, post.key):
                    facts.relate(holder, "memberOf", government.key, post.mentions[0] if post.mentions else None)
                continue
            last = fold(post.label.split()[-1])
            if not last.startswith(SEATS) or post.label.split()[0] in ("Президент", "Премьер-министр"):
                continue
            for m in post.mentions:
                found = _body_at_start(ctx, m.start, m.end) or self._lower_case_body(ctx, m)
                if found is None or not (found[0].label in CHAMBERS or self._owned(ctx, found[1], m)):
                    continue
                for holder in _holders(ctx, post.key):
                    facts.relate(holder, "memberOf", found[0].key, m)
                break
        for event in facts.of_type("Event"):
            if not fold(event.label.split()[-1]).startswith(SITTINGS):
                continue  # "Мәжіліс сайлауы", "Әділет министрлігі ... күні": about the body, not part of it
            for m in event.mentions:
                found = _body_at_start(ctx, m.start, m.end)
                if found is not None:
                    facts.relate(event.key, "partOf", found[0].key, m)
                    break

    @staticmethod
    def _owned(ctx: Context, body_mention, post_mention) -> bool:
        """The body owns the seat when nothing but post words follow its name in the post's mention
        ("Президент Әкімшілігінің басшысы", "ҚХА төрағасының орынбасары"; not "Парламент төменгі
        палатасының вице-спикері", a seat of the lower chamber)."""
        rest = ctx.text[body_mention.end:post_mention.end].split()
        if rest and fold(rest[0]) in ("", "ның", "нің", "дың", "дің", "тың", "тің"):
            rest = rest[1:]  # "ҚР-ның": the genitive ending written apart
        return 1 <= len(rest) <= 2 and all(fold(w).startswith(SEATS) for w in rest)

    @staticmethod
    def _lower_case_body(ctx: Context, m):
        """A body named in lower case before the seat ("облыстық мәслихат хатшысы", "облыстық ішкі саясат
        басқармасының басшысы"): the words up to a body's head word are the body, made an Organization."""
        for sent in ctx.sentences:  # the mention's own words
            if sent.start <= m.start < sent.end:
                toks = [t for t in sent.tokens if m.start <= t.start and t.end <= m.end]
                break
        else:
            return None
        if not toks or not toks[0].text[:1].islower() or (is_org_head(toks[0]) and is_genitive(toks[0])):
            return None  # a capitalised first word, or a body's head word first ("комитетінің ... басқармасы"),
            # belongs to a longer name the organization extractor reads
        head = next((k for k in range(len(toks) - 1, 0, -1) if is_org_head(toks[k])), None)
        if head is None or not all(fold(t.text).startswith(SEATS) for t in toks[head + 1:]) \
                or not (is_genitive(toks[head]) or head + 1 == len(toks) - 1):
            return None  # (the seat words alone follow the body: the body owns the seat)
        label = nominative(toks[:head + 1])
        body = ctx.facts.entity("Organization", label[:1].upper() + label[1:], ctx.tokens_span(toks[:head + 1]))
        return body, ctx.tokens_span(toks[:head + 1])
