"""The ontology's classes as the drawing sees them: key, labels, family, colour and shape, read from
ontology/kazkg.ttl so that a class added there (an event type, an act type) is drawn without a code change.

The family of a class is its top kazkg superclass (Event, LegalAct, PolicyDocument ..., from kazkg.graph.terms); every
class gets its own colour from colorcet's Glasbey palette (colours chosen to be told apart, categorical
order), and the family gives the shape, so two classes never look the same even where colours are close.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import OWL, RDF, RDFS, URIRef

from kazkg.graph import terms
from kazkg.graph.vocab import KZ

NOT_DRAWN = {"Mention"}  # provenance, shown in the side panel instead of as nodes
SHAPES = {"Event": "diamond", "LegalAct": "square", "PolicyDocument": "triangle", "NewsArticle": "star"}
FALLBACK_COLOUR = "#969696"


@dataclass(frozen=True)
class ClassInfo:
    """One drawable ontology class."""

    key: str  # local name, as in kz:Decree
    label_kk: str
    label_en: str
    family: str  # top kazkg superclass, or the class itself
    colour: str
    shape: str


def _local(term) -> str:
    return str(term)[len(str(KZ)):]


def _family(name: str, names: list[str]) -> str:
    """The topmost kazkg class above ``name`` (itself when it has none): the one with most classes below."""
    return max((c for c in names if name in terms.subclasses(c)), key=lambda c: (len(terms.subclasses(c)), c))


def _label(onto, cls: URIRef, lang: str) -> str:
    for lit in onto.objects(cls, RDFS.label):
        if getattr(lit, "language", None) == lang:
            return str(lit)
    return _local(cls)


@lru_cache(maxsize=1)
def class_table() -> dict[str, ClassInfo]:
    """Every kazkg class to draw, keyed by local name, in a stable order (family, then name)."""
    from colorcet import palette

    from kazkg.ontology import load_ontology

    onto = load_ontology()
    names = sorted(_local(c) for c in onto.subjects(RDF.type, OWL.Class)
                   if isinstance(c, URIRef) and str(c).startswith(str(KZ)) and _local(c) not in NOT_DRAWN)
    family = {n: _family(n, names) for n in names}
    names.sort(key=lambda n: (family[n], n))
    colours = palette["glasbey_bw_minc_20_maxl_70"]  # no pale colours on white
    return {n: ClassInfo(n, _label(onto, KZ[n], "kk"), _label(onto, KZ[n], "en"), family[n],
                         colours[i % len(colours)], SHAPES.get(family[n], "dot"))
            for i, n in enumerate(names)}


def event_classes() -> list[str]:
    """Keys of the classes declared ``rdfs:subClassOf kz:Event`` (directly or not), Event itself excluded."""
    return sorted(terms.event_classes())
