"""Synthetic articles for store tests: names drawn from a pool that exercises every resolution pass
(gazetteer names and their other forms, initials, bare surnames, acronyms, labels that differ only where
an IRI cannot show), with mentions and relations, and no extraction."""

from __future__ import annotations

import random

from kazkg.graph import gazetteer, iris
from kazkg.graph.build import ArticleRecord
from kazkg.graph.facts import Entity, Facts, Span, Value, entity_key
from kazkg.graph.store import KgStore


def _initials(name: str) -> str:
    *given, surname = name.split()
    return " ".join(f"{'.-'.join(p[0] for p in g.split('-'))}." for g in given) + " " + surname


def pool() -> list[tuple[str, str, set[str]]]:
    """(type, label, acronyms): gazetteer names and their other forms, initials, bare surnames, acronyms,
    made-up names sharing surnames and acronyms, and labels that differ only where an IRI cannot show."""
    gaz = gazetteer.load()
    people = [e for e in gaz.entries if e.type == "Person"][:12]
    out: list[tuple[str, str, set[str]]] = []
    for e in people:
        out += [("Person", e.kk, set()), ("Person", _initials(e.kk), set()), ("Person", e.kk.split()[-1], set())]
        out += [("Person", alt, set()) for alt in e.alt]
    for made in ("Бауыржан Жұмабеков", "Болат Жұмабеков", "Б. Жұмабеков", "Жұмабеков", "Бауыржан-Жұмабеков",
                 "Әсет Тоқаев", "Ә. Тоқаев", "Қ. Тоқаев"):
        out.append(("Person", made, set()))
    for e in [e for e in gaz.entries if e.type == "Organization" and e.alt][:10]:
        acr = {a for a in e.alt if a.isupper() and len(a) <= 6}
        out += [("Organization", e.kk, acr), ("Organization", e.alt[0], set())]
        out += [("Organization", a, set()) for a in acr]
    out += [("Organization", "Ақпарат агенттігі", {"АА"}), ("Organization", "Басқа агенттік", {"АА", "ББ"}),
            ("Organization", "АА", set()), ("Organization", "ББ", {"ВВ"}), ("Organization", "ВВ", set()),
            ("Organization", "«Нұр Отан» партиясы", set()), ("Organization", "Нұр-Отан партиясы", set())]
    for e in [e for e in gaz.entries if e.type == "Place" and e.alt][:8]:
        out += [("Place", e.kk, set()), ("Place", e.alt[0], set())]
    out += [("Position", "Премьер-Министр", set()), ("Publisher", "Kazinform", set()), ("Publisher", "ҚазАқпарат", set())]
    return out


POOL = pool()


def entity(rng: random.Random, type_: str, label: str, acr: set[str]) -> Entity:
    alts = {lab for t, lab, _ in rng.sample(POOL, 2) if t == type_}
    return Entity(type_, label, entity_key(type_, label), [], alts, set(acr))


def article(rng: random.Random, n: int):
    picks = rng.sample(POOL, rng.randint(2, 8))
    text = " ".join(lab for _, lab, _ in picks) + f" {n}."
    aid = f"article-{iris.digest(text)}"
    facts, pos = Facts(), 0
    for t, lab, acr in picks:
        ent = facts.entity(t, lab, key=entity_key(t, lab), alt_labels=entity(rng, t, lab, acr).alt_labels,
                           acronyms=set(acr))
        ent.add_mention(Span(pos, pos + len(lab), lab, aid))
        pos += len(lab) + 1
    keys = [entity_key(t, lab) for t, lab, _ in picks]
    for k, (s, o) in enumerate(zip(keys, keys[1:])):  # the same link in two articles is one shared triple
        facts.relate(s, rng.choice(["memberOf", "partOf"]), o, Span(0, 1, text[0], aid))
        if k == 0:
            facts.relate(s, "dateOfIssue", Value(f"2024-01-0{n % 3 + 1}", "date"), Span(1, 2, text[1], aid))
            facts.relate(aid, "concerns", o)
    facts.relate(keys[0], "hasGoal", Value("a\x01b" if n % 5 == 0 else "ab", "string"), Span(0, 2, text[:2], aid))
    return f"/src/a{n}.txt", ArticleRecord(aid, f"a{n}.txt", text, None, [(0, len(text))]), facts


def quads(store: KgStore) -> list[str]:
    return sorted(str(q) for q in store.ox.quads_for_pattern(None, None, None))


