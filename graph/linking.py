"""Entity linking against the shipped gazetteer: canonical name, Wikidata QID, English label."""

from __future__ import annotations

from kazkg.graph import gazetteer
from kazkg.graph.facts import Facts

# Our classes -> the gazetteer's coarse types.
COARSE = {"Person": "Person", "Position": "Position", "Organization": "Organization", "Place": "Place",
          "Publisher": "Organization"}


def link(facts: Facts) -> None:
    gaz = gazetteer.load()
    for ent in facts.entities.values():
        coarse = COARSE.get(ent.type)
        if coarse is None:
            continue
        entry = None
        for name in (ent.label, *sorted(ent.acronyms), *sorted(ent.alt_labels)):
            entry = gaz.lookup(name, coarse)
            if entry:
                break
        if entry is None:
            continue
        if ent.type == "Person" and ent.label != entry.kk and gazetteer.INITIALS.match(ent.label):
            ent.alt_labels.add(ent.label)  # "Қ.-Ж. Тоқаев" is Қасым-Жомарт Тоқаев: the full name labels him
            ent.label = entry.kk
        ent.wikidata = entry.wikidata or None
        ent.label_en = entry.en or None
        ent.alt_labels.update(a for a in entry.alt if a != ent.label and not a.isupper())
        ent.acronyms.update(a for a in entry.alt if a.isupper() and len(a) <= 6)
