"""Cross-article entity resolution: one node per real-world entity, every mention kept.

Keys are already shared across articles (type + normalised nominative label); this pass merges what
keys cannot: gazetteer alternative names to the canonical one (Елбасы's Нұрсұлтан Әбішұлы Назарбаев ->
Нұрсұлтан Назарбаев), a surname or initials form (Тоқаев, Қ.-Ж. Тоқаев, Н.Назарбаев) to the one full name
with that surname and those initials, and an organisation known only by its acronym to the named body
carrying that acronym. Deterministic: candidates are visited in sorted key order.
"""

from __future__ import annotations

import re

from kazkg.graph import gazetteer, iris
from kazkg.graph.facts import Entity, Facts, entity_key, norm
from kazkg.graph.linking import COARSE, link

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
    carriers: dict[str, list] = {}  # acronym -> bodies carrying it, so a corpus is not scanned per acronym
    for c in orgs:
        for acr in c.acronyms:
            carriers.setdefault(acr, []).append(c)
    for o in orgs:
        if not (o.label.isupper() and len(o.label) <= 6):
            continue
        cands = [c for c in carriers.get(o.label, ()) if c is not o]
        if len(cands) == 1:
            target = facts.entities.get(cands[0].key)
            facts.rekey(o.key, cands[0].key)
            if target is not None:  # it now carries o's acronyms too, as rekey merged them
                for acr in o.acronyms:
                    if not any(c is target for c in carriers.setdefault(acr, [])):
                        carriers[acr].append(target)


class _Tracking(Facts):
    """Facts that remember which original keys each entity absorbed, so a store can map every key an
    extractor made to the entity it was resolved to."""

    def __init__(self) -> None:
        super().__init__()
        self.members: dict[str, set[str]] = {}

    def rekey(self, old: str, new: str, label: str | None = None) -> None:
        moving = old != new and old in self.entities
        super().rekey(old, new, label)
        if moving:
            self.members.setdefault(new, set()).update(self.members.pop(old, {old}))


def resolve_entities(entities) -> tuple[dict[str, str], dict[str, Entity]]:
    """Resolve and link entities given whole (each the merge of its key over the corpus), without their
    mentions or relations: ``(moved, resolved)``, where ``moved`` maps every key that was folded into
    another to the key it became, and ``resolved`` holds the resulting entities by key."""
    facts = _Tracking()
    for ent in entities:
        facts.entities[ent.key] = ent
    facts.members = {k: {k} for k in facts.entities}
    resolve_corpus(facts)
    link(facts)
    moved = {raw: key for key, raws in facts.members.items() for raw in raws if raw != key}
    return moved, facts.entities


def merge_same_iri(ents: list[Entity]) -> Entity:
    """Keys that differ only in what an IRI cannot show (a dash, a quote) name one entity: the smallest
    key gives its class and label, the others fold in as ``Facts.rekey`` folds them."""
    ents = sorted(ents, key=lambda e: e.key)
    first = ents[0]
    out = Entity(first.type, first.label, first.key, [], set(first.alt_labels), set(first.acronyms),
                 first.wikidata, first.label_en)
    for e in ents[1:]:
        out.alt_labels |= (e.alt_labels | {e.label}) - {out.label}
        out.acronyms |= e.acronyms
        out.wikidata = out.wikidata or e.wikidata
    return out


def comparison_tokens(ent: Entity) -> set[str]:
    """What resolution can join ``ent`` to another name on: its key and its gazetteer name's key, the
    surname of a person's label (or canonical label), an organisation's acronyms and acronym-only label,
    the IRI its key or canonical key would mint. Two names that share no chain of tokens are never
    merged and never share an IRI, so a store re-resolves only the names linked to changed ones: each
    pass above compares names only on these (kept in step with them by tests/test_resolve_tokens.py)."""
    labels, keys = {ent.label}, {ent.key}
    coarse = COARSE.get(ent.type)
    if coarse is not None and ent.type != "Publisher":
        entry = gazetteer.load().lookup(ent.label, coarse)
        if entry is not None and norm(entry.kk) != norm(ent.label):
            labels.add(entry.kk)
            keys.add(entity_key(ent.type, entry.kk))
    out = {f"g:{k}" for k in keys} | {f"i:{iris.entity_iri(ent.type, k)}" for k in keys}
    if ent.type == "Person":
        out |= {f"s:{norm(words[-1])}" for words in (lab.replace(".", ". ").split() for lab in labels) if words}
    elif ent.type == "Organization":
        out |= {f"a:{lab}" for lab in labels if lab.isupper() and len(lab) <= 6}
        out |= {f"a:{acr}" for acr in ent.acronyms}
    return out
