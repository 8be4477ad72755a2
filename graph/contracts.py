"""Extractors' contracts, checked while they run.

An extractor declares ``requires`` (language layers and the ontology terms it reads) and ``provides``
(the ontology terms it emits); it adds facts and never changes or removes facts another step made.
Renames, merges and removals are *passes* (``kazkg.graph.passes``): named functions that run right after
the extractor whose output they settle, each declaring the terms it ``edits`` and, in its
docstring, why. ``run`` compares the facts before and after every step, so an extractor that emits
an undeclared term or edits another's facts is caught on the article where it happens: an error
when ``KAZKG_STRICT_CONTRACTS=1`` (the test suite sets it), a warning otherwise, so a user's build
of a corpus is never lost to a bookkeeping slip.
"""

from __future__ import annotations

import os
import warnings

from kazkg.graph.errors import KazkgError
from kazkg.graph.facts import Facts


class ContractError(KazkgError):
    code = "K910"
    exit_code = 3  # a bug of ours, not the user's input


def strict() -> bool:
    return os.environ.get("KAZKG_STRICT_CONTRACTS") == "1"


def _snapshot(facts: Facts) -> tuple[dict, set]:
    ents = {k: (e.type, e.label, len(e.mentions)) for k, e in facts.entities.items()}
    return ents, set(facts.relations)


def violations(step, before: tuple[dict, set], facts: Facts) -> list[str]:
    """What ``step`` did beyond its contract, as readable lines (empty when it kept to it)."""
    ents, rels = before
    allowed = set(getattr(step, "provides", ())) | set(getattr(step, "edits", ()))
    edits = set(getattr(step, "edits", ()))
    out = []
    for key, ent in facts.entities.items():
        if key not in ents and ent.type not in allowed:
            out.append(f"emits undeclared class {ent.type} ({ent.label!r})")
    for s, p, o in facts.relations.keys() - rels:
        if p not in allowed:
            out.append(f"emits undeclared property {p}")
    for key, (type_, label, n) in ents.items():
        now = facts.entities.get(key)
        changed = now is None or (now.type, now.label) != (type_, label) or len(now.mentions) < n
        if changed and type_ not in edits:
            out.append(f"edits another step's {type_} {label!r} without declaring it")
    for s, p, o in rels - facts.relations.keys():
        if p not in edits:
            out.append(f"removes another step's {p} relation without declaring it")
    return sorted(set(out))


def run(ctx, steps) -> None:
    """Run extractors and passes in order on one article, checking each against its contract."""
    hard = strict()
    for step in steps:
        before = _snapshot(ctx.facts)
        step(ctx)
        bad = violations(step, before, ctx.facts)
        if bad:
            message = f"{step.name}: " + "; ".join(bad)
            if hard:
                raise ContractError(message)
            warnings.warn(message, stacklevel=2)
