"""Quotation frames: who speaks a quotation, named before it ("Мемлекет басшысы: «...»") or after it
("«...», – деді Тоқаев", "«...», – деп мәлімдеді Тоқаев"). What a quoted speaker says in the first
person is theirs: "менің Жарлығыммен" is the speaker's decree."""

from __future__ import annotations

import re

from kazkg.graph.context import Context
from kazkg.graph.facts import Entity

PAIRS = {"«": "»", "“": "”"}
SAID_AFTER = re.compile(r"\s*[,.!?]?\s*[-–—]*\s*(?:деді|деген|деп\s+\w+|делінген)\s+", re.I)
SPEAKERS = ("Person", "Position", "Organization")
REACH = 80  # characters between the speaker's name and the colon or the saying verb


def enclosing_quote(text: str, offset: int) -> tuple[int, int] | None:
    """(opening, closing) offsets of the quotation around ``offset``: « », “ ” or straight quotes
    (inside when an odd number of them stand before it in the text)."""
    for opening, closing in PAIRS.items():
        o = text.rfind(opening, 0, offset)
        if o >= 0 and text.rfind(closing, o, offset) < 0:
            c = text.find(closing, offset)
            return (o, c if c >= 0 else len(text))
    if text.count('"', 0, offset) % 2 == 1:
        o = text.rfind('"', 0, offset)
        c = text.find('"', offset)
        return (o, c if c >= 0 else len(text))
    return None


def _named_between(ctx: Context, lo: int, hi: int, last: bool) -> Entity | None:
    found = [(m.start, e) for e in ctx.facts.entities.values() if e.type in SPEAKERS
             for m in e.mentions if lo <= m.start and m.end <= hi]
    if not found:
        return None
    return (max if last else min)(found, key=lambda x: x[0])[1]


def quote_speaker(ctx: Context, offset: int) -> Entity | None:
    """The one who speaks the quotation around ``offset``, or None (not quoted, no frame)."""
    text = ctx.text
    span = enclosing_quote(text, offset)
    if span is None:
        return None
    opening, closing = span
    before = text[:opening].rstrip()
    if before.endswith(":"):
        colon = len(before) - 1
        return _named_between(ctx, max(0, colon - REACH), colon, last=True)
    m = SAID_AFTER.match(text, closing + 1)
    if m is not None:
        return _named_between(ctx, m.end(), m.end() + REACH, last=False)
    return None
