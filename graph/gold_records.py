"""A kazkg graph as gold-format records (``{"entities", "relations"}``, ``bench/gold/README.md``), and
the normalisation both sides are compared under; ``kazkg.graph.evaluate`` scores them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from rdflib import RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef

from kazkg.graph import terms
from kazkg.graph.vocab import KZ

ARTICLE = "article"  # the reserved id of the article in relations (publishedBy, datePublished)


ENTITY_TYPES = (
    "Person", "Position", "Organization", "LegalAct", "PolicyDocument", "Date", "Period",
    "Place", "Publisher", "Goal", "Principle", "Event",
)


PREDICATES = (
    "holdsPosition", "approved", "signed", "issuedBy", "dateOfIssue", "validDuring", "concerns",
    "hasGoal", "hasPrinciple", "appointedTo", "appointedBy", "publishedBy", "datePublished",
    "locatedIn", "memberOf", "partOf",
)


SENTENCE_TYPES = {"Goal", "Principle"}  # labels are sentences: token-overlap matching


OVERLAP = 0.6


# kz: class -> gold type. Role, ExpectedResult and PlannedMeasure are Goals in gold (one entity per
# stated aim/role/measure/result sentence); the relation-events (Approval, Signing, Appointment ...)
# are not entities: they become the relations approved, signed, appointedTo ... (see _event_relations).
GOAL_LIKE = ("Goal", "Role", "ExpectedResult", "PlannedMeasure")


CLASS_TYPES = {
    **{c: "LegalAct" for c in terms.subclasses("LegalAct")},
    **{c: "PolicyDocument" for c in terms.subclasses("PolicyDocument")},
    **{c: "Goal" for c in GOAL_LIKE},
    **{c: c for c in ("Person", "Position", "Organization", "Publisher", "Place", "Principle", "Event")},
}


RELATION_EVENTS = terms.event_classes()


NOT_ENTITIES = RELATION_EVENTS | {"NewsArticle", "Mention"}


# When a node carries several classes, the more specific reading wins.
_PRIORITY = ["Publisher", "LegalAct", "PolicyDocument", "Goal", "Principle", "Person", "Position",
             "Place", "Organization", "Event"]


# Direct entity-to-entity properties of the contract and the gold predicate each one counts as.
SIMPLE_PROPERTIES = {
    "holdsPosition": "holdsPosition", "issuedBy": "issuedBy", "concerns": "concerns",
    "hasGoal": "hasGoal", "hasRole": "hasGoal", "hasExpectedResult": "hasGoal",
    "hasPlannedMeasure": "hasGoal", "hasPrinciple": "hasPrinciple",
    "appointedTo": "appointedTo", "appointedBy": "appointedBy",
    # gold has no dismissal predicate: the post someone is dismissed from is a post they held
    "dismissedFrom": "holdsPosition",
    "locatedIn": "locatedIn", "memberOf": "memberOf", "partOf": "partOf",
}


def _kz(name: str) -> URIRef:
    return URIRef(str(KZ) + name) if isinstance(KZ, Namespace) else KZ[name]


_KZ_BASE = str(_kz("Person"))[: -len("Person")]


# -- normalisation -------------------------------------------------------------------------------
def normalise(text: str) -> str:
    """NFC, case-folded, quotes/punctuation/symbols to spaces, whitespace folded (``«Адырна»`` = ``адырна``)."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = "".join(" " if unicodedata.category(c)[0] in "PSZC" else c for c in text)
    return " ".join(text.split())


def _tokens(text: str) -> set[str]:
    return set(normalise(text).split())


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _same_date(pred: str, gold: str) -> bool:
    pred, gold = pred.strip(), gold.strip()
    if pred == gold:
        return True
    # The text gave no year: a predicted year (borrowed from the date line) is not held against it.
    if gold.startswith("--") and re.fullmatch(r"\d{4}-\d\d-\d\d", pred):
        return pred[4:] == gold[1:]
    return False


def iso_date(value: Literal | str) -> str | None:
    """An xsd:date/dateTime/gYear/gMonthDay literal as the ISO string gold uses (day precision at most)."""
    s = str(value).strip()
    m = re.match(r"(\d{4}-\d\d-\d\d)(?:T|$|Z|[+-]\d\d:)", s)
    if m:
        return m.group(1)
    m = re.fullmatch(r"(--\d\d-\d\d)(?:Z|[+-]\d\d:\d\d)?", s)
    if m:
        return m.group(1)
    m = re.fullmatch(r"(\d{4}(?:-\d\d)?)(?:Z|[+-]\d\d:\d\d)?", s)
    return m.group(1) if m else None


# -- graph -> records ----------------------------------------------------------------------------
def _local(iri: URIRef) -> str | None:
    s = str(iri)
    return s[len(_KZ_BASE):] if s.startswith(_KZ_BASE) else None


def _class_type(g: Graph, cls: URIRef, seen: frozenset = frozenset()) -> str | None:
    """The gold type of a kz: class, following rdfs:subClassOf when the ontology is in the graph."""
    name = _local(cls)
    if name in NOT_ENTITIES:
        return "-"
    if name in CLASS_TYPES:
        return CLASS_TYPES[name]
    for sup in g.objects(cls, RDFS.subClassOf):
        if isinstance(sup, URIRef) and sup not in seen:
            t = _class_type(g, sup, seen | {cls})
            if t:
                return t
    return None


def _label(g: Graph, node) -> str:
    best: dict[int, str] = {}
    for rank, prop in ((0, SKOS.prefLabel), (2, RDFS.label)):
        for lit in g.objects(node, prop):
            lang = getattr(lit, "language", None) or ""
            if lang == "kk":
                best.setdefault(rank, str(lit))
            elif not lang:
                best.setdefault(rank + 1, str(lit))
            elif lang not in ("kk-Latn", "en"):
                best.setdefault(9, str(lit))
    if best:
        return best[min(best)]
    s = str(node)
    return re.split(r"[#/]", s)[-1]


def _mentions(g: Graph, node) -> list[str]:
    spans = set(g.objects(node, _kz("hasMention"))) | set(g.subjects(_kz("mentionOf"), node))
    out = {str(a) for m in spans for a in g.objects(m, _kz("anchorOf"))}
    return sorted(out)


def graph_to_records(g: Graph) -> dict:
    """A kazkg graph (``notes/graph-model.md``) as gold-format records ``{"entities", "relations"}``.

    Entity ids are the node IRIs; the news article is ``article``; dates are entities ``date:<ISO>``
    read from kz:dateOfIssue, kz:eventDate, kz:reportsDate and kz:datePublished; a document's kz:validFrom/validUntil
    years give a Period ``period:<from>/<until>``. Role, ExpectedResult and PlannedMeasure count as
    Goal (hasRole/hasExpectedResult/hasPlannedMeasure as hasGoal); the relation-events Approval,
    Signing, Appointment, Dismissal are read as the relations approved, signed, appointedTo,
    appointedBy (and holdsPosition for the post someone was dismissed from), not as entities.
    """
    entities: dict[str, dict] = {}
    node_id: dict = {}
    events: dict = {}  # relation-event node -> its kz: class name
    for node, cls in g.subject_objects(RDF.type):
        name = _local(cls) if isinstance(cls, URIRef) else None
        if name is None:
            continue
        if name == "NewsArticle":
            node_id[node] = ARTICLE
            continue
        if name in RELATION_EVENTS:
            events[node] = name
            continue
        t = _class_type(g, cls)
        if t and t != "-":
            prev = entities.get(str(node))
            if prev is None or _PRIORITY.index(t) < _PRIORITY.index(prev["type"]):
                entities[str(node)] = {"id": str(node), "type": t, "label": "", "mentions": []}
            node_id[node] = str(node)
    for node in list(events):  # a relation-event is not also an Event entity
        if str(node) in entities and entities[str(node)]["type"] == "Event":
            del entities[str(node)]
            node_id.pop(node, None)
    for node, nid in node_id.items():
        if nid != ARTICLE:
            entities[nid]["label"] = _label(g, node)
            entities[nid]["mentions"] = _mentions(g, node)
            entities[nid]["alt"] = sorted({str(a) for a in g.objects(node, SKOS.altLabel)
                                           if getattr(a, "language", None) in (None, "", "kk")})

    relations: set[tuple[str, str, str]] = set()

    def add(s, p: str, o) -> None:
        # graph nodes go through node_id; plain str ends are the ids of date/period entities
        si = s if type(s) is str else node_id.get(s)
        oi = o if type(o) is str else node_id.get(o)
        if si and oi and (si == ARTICLE or si in entities) and oi in entities:
            relations.add((si, p, oi))

    def date_entity(lit) -> str | None:
        iso = iso_date(lit)
        if iso is None:
            return None
        did = f"date:{iso}"
        entities.setdefault(did, {"id": did, "type": "Date", "label": iso, "mentions": []})
        return did

    for prop, pred in SIMPLE_PROPERTIES.items():
        for s, o in g.subject_objects(_kz(prop)):
            add(s, pred, o)
    for s, o in g.subject_objects(_kz("dateOfIssue")):
        did = date_entity(o)
        if did:
            add(s, "dateOfIssue", did)
    for s, o in g.subject_objects(_kz("datePublished")):
        did = date_entity(o)
        if did and node_id.get(s) == ARTICLE:
            relations.add((ARTICLE, "datePublished", did))
    for s, o in g.subject_objects(_kz("citesSource")):
        if node_id.get(s) == ARTICLE and node_id.get(o):
            relations.add((ARTICLE, "publishedBy", node_id[o]))
    for prop in ("eventDate", "reportsDate"):
        for s, o in g.subject_objects(_kz(prop)):
            date_entity(o)  # a date of an event, or one the article names, is an entity without a gold predicate
    for s, o in g.subject_objects(_kz("eventPlace")):
        if s not in events:  # a named event's place
            add(s, "locatedIn", o)
    # validity period of a document
    for doc in set(g.subjects(_kz("validFrom"), None)) | set(g.subjects(_kz("validUntil"), None)):
        if doc not in node_id:
            continue
        a, b = g.value(doc, _kz("validFrom")), g.value(doc, _kz("validUntil"))
        label = f"{str(a)[:4] if a is not None else '..'}/{str(b)[:4] if b is not None else '..'}"
        if a is not None and b is not None and str(a)[:4] == str(b)[:4]:
            label = str(a)[:4]  # a single year (GOLD.md: "2023" for "2023 жылға арналған")
        pid = f"period:{label}"
        entities.setdefault(pid, {"id": pid, "type": "Period", "label": label, "mentions": []})
        add(doc, "validDuring", pid)
    # an act that approves something: the act and its issuer approved it
    for act, obj in g.subject_objects(_kz("approves")):
        if act in events:
            continue
        add(act, "approved", obj)
        for issuer in g.objects(act, _kz("issuedBy")):
            add(issuer, "approved", obj)
    for ev, kind in events.items():
        _event_relations(g, ev, kind, add)

    return {
        "entities": sorted(entities.values(), key=lambda e: e["id"]),
        "relations": [
            {"subject": s, "predicate": p, "object": o} for s, p, o in sorted(relations)
        ],
    }


def _event_relations(g: Graph, ev, kind: str, add: Callable) -> None:
    agents = list(g.objects(ev, _kz("agent")))
    objects = list(g.objects(ev, _kz("eventObject")))
    instruments = list(g.objects(ev, _kz("instrument")))
    issuers = [i for act in instruments for i in g.objects(act, _kz("issuedBy"))]
    if kind == "Approval":
        for x in objects + list(g.objects(ev, _kz("approves"))):
            for a in agents or issuers:
                add(a, "approved", x)
            for act in instruments:
                add(act, "approved", x)
    elif kind == "Signing":
        for x in objects:
            for a in agents or issuers:
                add(a, "signed", x)
    elif kind in ("Appointment", "Dismissal"):
        positions = list(g.objects(ev, _kz("eventPosition")))
        for person in objects:
            for pos in positions:
                add(person, "appointedTo" if kind == "Appointment" else "holdsPosition", pos)
            if kind == "Appointment":
                for a in agents or issuers:
                    add(person, "appointedBy", a)
