"""Plain records between the extractors and RDF: entities, relations and the spans they came from.

Extractors stay testable without rdflib (assert on records and spans); IRIs and provenance are minted
once, in ``kazkg.graph.build``. Every record carries the ``Span`` it was read from, so every triple of the
graph can be traced back to the article, sentence and characters.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from kazkg.graph.mention_index import EntityTable, MentionIndex, Mentions, changed
from kazkg.graph.terms import event_classes

ARTICLE = "@article"  # subject key standing for the article being read
# Classes whose nodes are labelled by a whole clause, not a name.
STATEMENT_TYPES = frozenset({"Goal", "Principle", "Role", "ExpectedResult", "PlannedMeasure", "Event"}) | event_classes()


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into the article text (``Article.text``), and the exact surface text."""

    start: int
    end: int
    text: str
    article: str = ""  # the article's id, stamped by the builder once extraction is done


@dataclass(frozen=True, slots=True)
class Value:
    """A literal object. datatype: date, dateTime, gYear, integer, string, kk (a Kazakh text), anyURI."""

    lexical: str
    datatype: str = "string"


@dataclass(slots=True)
class Entity:
    type: str
    label: str
    key: str
    mentions: list[Span] = field(default_factory=list)
    alt_labels: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    # Filled by the linker from the gazetteer: wikidata QID, English label.
    wikidata: str | None = None
    label_en: str | None = None

    def __post_init__(self) -> None:
        self.mentions = self.mentions

    def __setattr__(self, name, value) -> None:
        if name == "mentions":  # a list that reports its changes to the mention index
            value = Mentions(value, owner=self)
            if value:
                changed()
        object.__setattr__(self, name, value)

    def add_mention(self, span: Span) -> None:
        if span not in self.mentions:
            self.mentions.append(span)


@dataclass(slots=True)
class Relation:
    subject: str
    predicate: str
    object: str | Value
    evidence: list[Span] = field(default_factory=list)


def norm(text: str) -> str:
    """A merge key part: NFC, case-folded, quotes dropped, whitespace folded."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = text.translate(str.maketrans("", "", "«»\"“”„'’"))
    return " ".join(text.replace("–", "-").split())


def entity_key(type_: str, label: str) -> str:
    return f"{type_}:{norm(label)}"


class Facts:
    """What the extractors found in one article (or, merged, in a corpus).

    Entities merge by key: the same key from two extractors or two articles is one entity with all
    mentions kept. Relations merge by (subject, predicate, object) and keep every evidence span.
    """

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = EntityTable()
        self._index = MentionIndex(self.entities, STATEMENT_TYPES)
        self.relations: dict[tuple, Relation] = {}
        self.types_rank: dict[str, int] = {}

    # -- entities --------------------------------------------------------------------------
    def entity(self, type_: str, label: str, span: Span | None = None, *, key: str | None = None,
               alt_labels=(), acronyms=()) -> Entity:
        key = key or entity_key(type_, label)
        ent = self.entities.get(key)
        if ent is None:
            ent = self.entities[key] = Entity(type=type_, label=label, key=key)
        if span is not None:
            ent.add_mention(span)
        ent.alt_labels.update(a for a in alt_labels if a and a != ent.label)
        ent.acronyms.update(a for a in acronyms if a)
        return ent

    def of_type(self, *types: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.type in types]

    def covering(self, start: int, end: int, types: tuple[str, ...] = ()) -> Entity | None:
        """The named entity with a mention overlapping [start, end), the longest mention first.

        Nodes that stand for a whole statement (goals, roles, events) are not names and never cover.
        ``types`` looks past longer names of other types (a place inside a decree's quoted title).
        """
        if self._index.table is not self.entities:  # the table was replaced: index the new one
            self.entities = EntityTable(self.entities)
            self._index = MentionIndex(self.entities, STATEMENT_TYPES)
        return self._index.covering(start, end, types)

    def forget(self, ent: Entity, start: int, end: int) -> None:
        """Drop the entity's mentions inside [start, end) (another name holds those words); an entity
        left with no mention and no relation goes too."""
        ent.mentions[:] = [m for m in ent.mentions if not (start <= m.start and m.end <= end)]
        if not ent.mentions and not any(ent.key in (r.subject, r.object) for r in self.relations.values()):
            self.entities.pop(ent.key, None)

    # -- relations -------------------------------------------------------------------------
    def relate(self, subject: str, predicate: str, obj: str | Value, span: Span | None = None) -> Relation:
        k = (subject, predicate, obj)
        rel = self.relations.get(k)
        if rel is None:
            rel = self.relations[k] = Relation(subject, predicate, obj)
        if span is not None and span not in rel.evidence:
            rel.evidence.append(span)
        return rel

    def objects(self, subject: str, predicate: str) -> list:
        return [r.object for r in self.relations.values() if r.subject == subject and r.predicate == predicate]

    def subjects(self, predicate: str, obj) -> list[str]:
        return [r.subject for r in self.relations.values() if r.predicate == predicate and r.object == obj]

    # -- corpus ----------------------------------------------------------------------------
    def stamp(self, article_id: str) -> "Facts":
        """Mark every span with its article and replace the ``@article`` key, before corpus merging."""
        from dataclasses import replace

        def fix(span: Span) -> Span:
            return replace(span, article=article_id)

        def key(k):
            return article_id if k == ARTICLE else k

        for ent in self.entities.values():
            ent.mentions = [fix(m) for m in ent.mentions]
        rels = {}
        for rel in self.relations.values():
            new = Relation(key(rel.subject), rel.predicate, key(rel.object) if isinstance(rel.object, str) else rel.object,
                           [fix(e) for e in rel.evidence])
            rels[(new.subject, new.predicate, new.object)] = new
        self.relations = rels
        return self

    def rekey(self, old: str, new: str, label: str | None = None) -> None:
        """Make ``old`` the same entity as ``new`` (created from it if absent); relations follow."""
        ent = self.entities.pop(old, None)
        if ent is None or old == new:
            if ent is not None:
                self.entities[old] = ent
            return
        target = self.entities.get(new)
        if target is None:
            if label and label != ent.label:
                ent.alt_labels.add(ent.label)
                ent.label = label
            ent.key = new
            ent.alt_labels.discard(ent.label)
            self.entities[new] = ent
        else:
            for m in ent.mentions:
                target.add_mention(m)
            target.alt_labels |= (ent.alt_labels | {ent.label}) - {target.label}
            target.acronyms |= ent.acronyms
            target.wikidata = target.wikidata or ent.wikidata
        rels = list(self.relations.values())
        self.relations = {}
        for rel in rels:
            s = new if rel.subject == old else rel.subject
            o = new if rel.object == old else rel.object
            for e in rel.evidence or [None]:
                self.relate(s, rel.predicate, o, e)

    def merge(self, other: "Facts") -> None:
        """Fold another article's facts in: same key, same entity; every mention and evidence kept."""
        for ent in other.entities.values():
            mine = self.entities.get(ent.key)
            if mine is None:
                self.entities[ent.key] = ent
                continue
            for m in ent.mentions:
                mine.add_mention(m)
            mine.alt_labels |= ent.alt_labels - {mine.label}
            mine.acronyms |= ent.acronyms
            mine.wikidata = mine.wikidata or ent.wikidata
            mine.label_en = mine.label_en or ent.label_en
        for rel in other.relations.values():
            for e in rel.evidence:
                self.relate(rel.subject, rel.predicate, rel.object, e)
