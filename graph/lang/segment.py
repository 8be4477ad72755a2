"""Sentence splitting over the token stream, paragraph by paragraph.

A sentence ends at a line break, or after . ! ? … (with any closing quote or bracket that follows)
when the next token starts a new sentence: an upper-case letter, a digit, an opening quote or a
dash.  Abbreviation and initial tokens (ж., т.б., Қ.-Ж.) carry their own stop and never end a
sentence by themselves, except an abbreviation at the end of a line.
"""

from __future__ import annotations

from kazkg.graph.lang.tokens import token_list

_FINAL = frozenset(".!?…")
_CLOSERS = frozenset("»”\"')]")
_OPENERS = frozenset("«“\"(–—-")


def _starts_sentence(tok: str) -> bool:
    c = tok[0]
    return c.isupper() or c.isdigit() or c in _OPENERS


def split_sentences(text: str, regions: list[tuple[int, int]] | None = None):
    """Sentences of ``text`` as lists of (surface, start, end, kind) tokens, in text order."""
    if regions is None:
        regions = [(0, len(text))]
    out: list[list[tuple]] = []
    for rs, re_ in sorted(regions):
        toks = token_list(text, rs, re_)
        cur: list[tuple] = []
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i]
            if cur and text.find("\n", cur[-1][2], tok[1]) >= 0:
                out.append(cur)
                cur = []
            cur.append(tok)
            surf = tok[0]
            if tok[3] == "punct" and surf[-1] in _FINAL:
                # swallow closing quotes/brackets glued to the stop
                while i + 1 < n and toks[i + 1][0] in _CLOSERS and toks[i + 1][1] == cur[-1][2]:
                    i += 1
                    cur.append(toks[i])
                if i + 1 >= n or _starts_sentence(toks[i + 1][0]):
                    out.append(cur)
                    cur = []
            i += 1
        if cur:
            out.append(cur)
    return out
