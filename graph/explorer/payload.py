"""The explorer's data as compact JSON: nodes and edges by index, provenance spans by sentence index.

Sentences are stored once each (many mentions share one) and only those some mention points into; a
span is ``[sentence, start, end]`` with offsets inside the sentence, so the page can highlight it.
"""

from __future__ import annotations

from kazkg.graph.classes import class_table
from kazkg.graph.explorer import layout
from kazkg.graph.explorer.model import Model
from kazkg.graph.vocab import KZ

K = str(KZ)
DATE_FACTS = {K + p for p in ("eventDate", "dateOfIssue", "datePublished", "validFrom", "validUntil")}


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _predicate_labels() -> dict[str, str]:
    """Kazakh labels of the ontology's properties, for the side panel."""
    from rdflib import RDFS

    from kazkg.ontology import load_ontology

    out = {}
    for p, lit in load_ontology().subject_objects(RDFS.label):
        if str(p).startswith(K) and getattr(lit, "language", None) == "kk":
            out[str(p)[len(K):]] = str(lit)
    return out


class _Builder:
    def __init__(self, m: Model):
        self.m = m
        self.sent_index: dict[str, int] = {}
        self.sents: list[list] = []
        self.art_index: dict[str, int] = {}
        self.arts: list[list] = []
        self.preds: dict[str, int] = {}

    def pred(self, iri: str) -> int:
        return self.preds.setdefault(_local(iri), len(self.preds))

    def article(self, iri: str) -> int:
        i = self.art_index.get(iri)
        if i is None:
            a = self.m.articles.get(iri, {})
            i = self.art_index[iri] = len(self.arts)
            self.arts.append([a.get("headline", ""), (a.get("date") or "")[:10], a.get("url", ""), a.get("file", "")])
        return i

    def span(self, mention: str) -> list | None:
        rec = self.m.mentions.get(mention)
        if rec is None or rec[0] is None:
            return None
        sentence, _, begin, end, article, _ = rec
        s = self.m.mentions.get(sentence)
        if s is None or s[5] is None:
            return None
        text = s[5]
        i = self.sent_index.get(sentence)
        if i is None:
            i = self.sent_index[sentence] = len(self.sents)
            self.sents.append([text, self.article(article) if article else -1])
        base = int(s[2] or 0)
        start = max(0, int(begin) - base)
        return [i, start, max(start, min(len(text), int(end) - base))]

    def spans(self, mentions: list[str]) -> list[list]:
        out = [sp for sp in map(self.span, sorted(mentions)) if sp is not None]
        return sorted(out, key=lambda sp: (self.arts[self.sents[sp[0]][1]][1] if self.sents[sp[0]][1] >= 0 else "", sp))


def build_payload(m: Model) -> dict:
    """Nodes, edges, classes, sentences and articles of ``m``, with precomputed positions."""
    table = class_table()
    classes = [c for c in table.values()]
    class_index = {c.key: i for i, c in enumerate(classes)}
    iris = sorted(m.nodes, key=lambda i: (m.nodes[i].cls, m.label(i), i))
    index = {iri: i for i, iri in enumerate(iris)}
    b = _Builder(m)
    adj: list[set[int]] = [set() for _ in iris]
    edges = []
    for s, p, o in sorted(m.edges):
        i, j = index[s], index[o]
        if i != j:
            adj[i].add(j)
            adj[j].add(i)
        ev = m.evidence.get((s, p, _iri_term(o)), [])
        edges.append([i, j, b.pred(p), b.spans(ev)])
    labels = [m.label(iri) for iri in iris]
    skip = {i for i, iri in enumerate(iris) if m.nodes[iri].cls == "NewsArticle"}
    shown = layout.overview(adj, skip)
    pos = layout.layout(adj, labels, shown)
    nodes, facts = [], []
    for i, iri in enumerate(iris):
        node = m.nodes[iri]
        spans = b.spans(node.mentions)
        node_facts, dates = [], []
        for p, o in node.facts:
            value = o.value
            if p in DATE_FACTS:
                dates.append(value[:10])
            node_facts.append([b.pred(p), value, b.spans(m.evidence.get((iri, p, o), []))])
        dates += [b.arts[b.sents[sp[0]][1]][1] for sp in spans if b.sents[sp[0]][1] >= 0]
        dates = [d for d in dates if d]
        latin = node.labels.get("kk-latn", "")
        english = node.labels.get("en", "")
        nodes.append([labels[i], class_index.get(node.cls, -1), " | ".join(sorted(node.aliases)),
                      round(float(pos[i][0]), 1), round(float(pos[i][1]), 1), len(adj[i]),
                      min(dates) if dates else "", max(dates) if dates else "", iri, latin, english])
        facts.append(node_facts)
        nodes[-1] += [spans, layout.node_size(len(adj[i]))]
    kk = _predicate_labels()
    return {
        "classes": [[c.key, c.label_kk, c.label_en, c.colour, c.shape, c.family] for c in classes],
        "preds": [[p, kk.get(p, p)] for p in b.preds],
        "nodes": nodes,  # label, class, aliases, x, y, links, first date, last date, iri, latin, en, spans, size
        "facts": facts,  # per node: [predicate, value, spans]
        "edges": edges,  # from, to, predicate, spans
        "overview": shown,
        "small": len(shown) == sum(1 for a in adj if a),
        "sents": b.sents,  # text, article
        "arts": b.arts,  # headline, date, url, file
    }


def _iri_term(iri: str):
    import pyoxigraph as ox

    return ox.NamedNode(iri)
