"""The facts of an article made of one body text written for a test, and its relations by label."""

from __future__ import annotations

from kazkg.graph.article import parse_article
from kazkg.graph.build import extract_article


def facts_of(body: str):
    facts, _ = extract_article(parse_article(f"Жаңалықтар\n\n{body}\n"))
    return facts


def relations(body: str, predicate: str) -> set[tuple[str, str]]:
    """(subject label, object label) of every ``predicate`` relation between two entities."""
    facts = facts_of(body)
    return {(facts.entities[r.subject].label, facts.entities[r.object].label) for r in facts.relations.values()
            if r.predicate == predicate and r.subject in facts.entities and r.object in facts.entities}
