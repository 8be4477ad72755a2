"""Cross-article entity resolution: one node per real-world entity, every mention kept.

Keys are already shared across articles (type + normalised nominative label); this pass merges what
keys cannot: gazetteer alternative names to the canonical one (Елбасы's Нұрсұлтан Әбішұлы Назарбаев ->
Нұрсұлтан Назарбаев), a surname or initials form (Тоқаев, Қ.-Ж. Тоқаев, Н.Назарбаев) to the one full name
with that surname and those initials, and an organisation known only by its acronym to the named body
carrying that acronym. Deterministic: candidates are visited in sorted key order.
"""

from __future__ import annotations

import re

from graph import gazetteer
from graph.facts import Facts, entity_key, norm
from graph.linking import COARSE

INITIAL = re.compile(r"([^\W\d_])\.", re.UNICODE)


def _initials(given: str) -> list[str]:
    if "." in given:
        return [c.casefold() for c in INITIAL.findall(given)]
    return [part[0].casefold() for part in re.split(r"[\s\-]+", given) if part]


def resolve_corpus(facts: Facts) -> None:
    _to_gazetteer_names(facts)
    _short_person_names(facts)
    _acronym_only_orgs(facts)


def _to_gazetteer_names(facts: Facts) -> None:
    gaz = gazetteer.load()
    for key in sorted(facts.entities):
        ent = facts.entities.get(key)
        coarse = COARSE.get(ent.type) if ent else None
        if coarse is None or ent.type == "Publisher":
            continue
        entry = gaz.lookup(ent.label, coarse)
        if entry is not None and norm(entry.kk) != norm(ent.label):
            facts.rekey(key, entity_key(ent.type, entry.kk), label=entry.kk)


def _short_person_names(facts: Facts) -> None:
    people = sorted(facts.of_type("Person"), key=lambda e: e.key)
    full: dict[str, list] = {}
    for p in people:
        words = p.label.split()
        if len(words) >= 2 and "." not in p.label:
            full.setdefault(norm(words[-1]), []).append(p)
    for p in people:
        words = p.label.replace(".", ". ").split()
        if len(words) >= 2 and "." not in p.label:
            continue
        surname = norm(words[-1])
        given = " ".join(words[:-1])
        wanted = _initials(given) if given else []
        cands = [c for c in full.get(surname, [])
                 if _initials(" ".join(c.label.split()[:-1]))[:len(wanted)] == wanted]
        if len(cands) == 1 and cands[0].key != p.key:
            facts.rekey(p.key, cands[0].key)


def _acronym_only_orgs(facts: Facts) -> None:
    orgs = sorted(facts.of_type("Organization"), key=lambda e: e.key)
    for o in orgs:
        if not (o.label.isupper() and len(o.label) <= 6):
            continue
        cands = [c for c in orgs if c is not o and o.label in c.acronyms]
        if len(cands) == 1:
            facts.rekey(o.key, cands[0].key)
