"""Passes after the organization extractor: which words are a body's name, and which names are one body."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kazkg.graph import lang
from kazkg.graph.context import Context
from kazkg.graph.facts import entity_key
from kazkg.graph.grammar.bodies import possessed_form
from kazkg.graph.grammar.match import fold
from kazkg.graph.grammar.posts import unit_name
from kazkg.graph.passes import settles

REGIONAL = {"облыстың": "облысының", "облыстық": "облыстық", "облыс": "облысы"}
AKIMAT = re.compile(r"^(.+) (облыс|қала|аудан)(?:с?ы|с?ының) әкімдігі$")


@settles(after="organization", edits=("Place",))
def places_inside_names(ctx: Context) -> None:
    """"Қызылорда университеті", "Батыс Қазақстан медицина университеті", "Сәтбаев атындағы ...": a
    place word in the bare form inside a body's name is part of that name, not a mention of the place
    (an owner in the genitive or possessive, "Қостанай облысы әкімдігі", stays a place)."""
    spans = sorted((m.start, m.end) for o in ctx.facts.of_type("Organization") for m in o.mentions)
    starts = [s for s, _ in spans]
    longest = max((e - s for s, e in spans), default=0)  # a body's mention holding m starts this far before m's end at most
    ends = {t.end: t for t in ctx.doc.tokens}
    for place in list(ctx.facts.of_type("Place")):
        keep = []
        for m in place.mentions:
            last = ends.get(m.end)
            near = spans[bisect_left(starts, m.end - longest):bisect_right(starts, m.start)]
            inside = any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in near)
            bare = last is not None and (not set(last.tags) & {"Poss3", "Gen", "Loc", "Dat", "Abl", "Acc", "Ins"}
                                         or fold(last.text) == fold(place.label))  # (Қарағанды read as a verb)
            if not (inside and bare):
                keep.append(m)
        if len(keep) < len(place.mentions):
            place.mentions[:] = keep
            if not keep:
                del ctx.facts.entities[place.key]


@settles(after="organization", edits=("Organization",))
def regional_bodies(ctx: Context) -> None:
    """"Облыстың энергетика басқармасы", "Облыстық мәслихат": a body of "the region" is the body of
    the article's region (Солтүстік Қазақстан облысының энергетика басқармасы)."""

    region = None
    for org in list(ctx.facts.of_type("Organization")):
        first, _, rest = org.label.partition(" ")
        form = REGIONAL.get(fold(first))
        if form is None or not rest:
            continue
        region = region or unit_name(ctx, "облыс")
        if region is None:
            return
        if form == "облыстық" and " " not in rest and not rest.endswith(("ы", "і")):
            rest = possessed_form(rest)  # "Облыстық мәслихат" -> "... облыстық мәслихаты"
        label = f"{region} {form} {rest}"
        new = ctx.facts.entity("Organization", label)
        if new is not org:
            ctx.facts.rekey(org.key, new.key)


@settles(after="organization", edits=("Organization",))
def merge_short_named_after(ctx: Context) -> None:
    """"Атырау университеті" in a headline is the body named in full "Х. Досмұхамедов атындағы Атырау
    университеті" in the text: a name equal to what follows "атындағы" in one other name is that body."""
    orgs = [e for e in ctx.facts.of_type("Organization")]
    for short in orgs:
        key = fold(short.label)
        full = [o for o in orgs if o is not short and o.key in ctx.facts.entities
                and " атындағы " in fold(o.label) and fold(o.label).split(" атындағы ", 1)[1] == key]
        if len(full) == 1 and short.key in ctx.facts.entities:
            ctx.facts.rekey(short.key, full[0].key)


@settles(after="organization", edits=("Organization",))
def merge_headline_short_names(ctx: Context) -> None:
    """A headline shortens names: "Бәсекелестікті қорғау агенттігі" there is the body's "Бәсекелестікті
    қорғау және дамыту агенттігі" when only one body of the text has all its words and its head."""
    head = ctx.article.headline
    if not head:
        return
    orgs = ctx.facts.of_type("Organization")
    for short in orgs:
        if short.key not in ctx.facts.entities or not all(head[0] <= m.start < head[1] for m in short.mentions):
            continue
        words = fold(short.label).split()
        if len(words) < 2:
            continue
        full = [o for o in orgs if o is not short and o.key in ctx.facts.entities
                and any(not head[0] <= m.start < head[1] for m in o.mentions)
                and fold(o.label).split()[-1] == words[-1] and set(words) < set(fold(o.label).split())]
        if len(full) == 1:
            ctx.facts.rekey(short.key, full[0].key)


@settles(after="organization", edits=("Organization",))
def canonical_akimats(ctx: Context) -> None:
    """"Ақтөбе облысы әкімдігі" and "Ақтөбе облысының әкімдігі" are one body: labelled by the legal name
    (genitive), the compound form kept as another name, so articles using either merge."""
    for org in list(ctx.facts.of_type("Organization")):
        m = AKIMAT.match(org.label)
        if m is None or org.key not in ctx.facts.entities:
            continue
        place, unit = m.groups()
        compound = f"{place} {possessed_form(unit)} әкімдігі"
        legal = f"{lang.inflect(f'{place} {possessed_form(unit)}', 'Gen')} әкімдігі"
        key = entity_key("Organization", legal)
        if org.key != key:
            ctx.facts.rekey(org.key, key, label=legal)
        ctx.facts.entities[key].alt_labels.add(compound)
