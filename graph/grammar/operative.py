"""Operative text of acts quoted in news: the enacting formula (``... мақсатында қаулы етемін:``,
``Үкімет ҚАУЛЫ ЕТЕДІ:``, ``БҰЙЫРАМЫН:``), the jussive of its items (``... жүктелсін``, ``... шақырылсын``,
``... қолдау тапсын``) and the act the article prints (named in its headline or first lines).

Read once here so that no extractor takes ``қаулы етемін`` (I decree) for an act named ``Қаулы``, and
every extractor can tell an item of a decree from a sentence of the news around it.
"""

from __future__ import annotations

import re

from kazkg.graph.context import Context
from kazkg.graph.doc import Sentence, Token
from kazkg.graph.facts import Entity
from kazkg.graph.grammar.lexicon import LEGAL_ACT_TYPES
from kazkg.graph.grammar.match import fold

# "қаулы етемін", "ҚАУЛЫ ЕТЕДІ", "шешім етеді", "бұйырамын", "шешті", "ұйғарады", at the end of a clause
ENACTING = re.compile(r"(?:(?:қаулы|шешім|жарлық)\s+ет(?:емін|еміз|еді|ті)|бұйырамын|бұйырады|ұйғарамын|ұйғарады)[\s:\-–]*$")
JUSSIVE = ("сын", "сін")  # 3rd-person imperative: бекітілсін, жүктелсін, шақырылсын, тапсын
ACT_CLASSES = set(LEGAL_ACT_TYPES.values())
HEAD_CHARS = 400  # the headline and the act's heading lines


def enacting(sent: Sentence) -> bool:
    """Does the clause end in an enacting formula (what follows is the act's operative text)?"""
    return ENACTING.search(fold(sent.text[-40:])) is not None  # (a formula closes its clause: its tail is enough)


def enacting_line(ctx: Context) -> tuple[int, str] | None:
    """(offset of the end of, folded text of) the first line that ends in an enacting formula."""
    pos = 0
    for line in ctx.text.split("\n"):
        tail = fold(line[-40:])
        if ("ет" in tail or "ұйғар" in tail or "бұйыр" in tail) and ENACTING.search(tail):
            return pos + len(line), fold(line).rstrip(" :-–")
        pos += len(line) + 1
    return None


def enacting_verb(sent: Sentence, k: int) -> bool:
    """Is token k the noun of an enacting formula (``қаулы`` of ``қаулы етемін``), not an act?"""
    toks = sent.tokens
    return k + 1 < len(toks) and fold(toks[k].text) in ("қаулы", "шешім", "жарлық") \
        and fold(toks[k + 1].text).startswith(("етемін", "етеміз", "етеді", "етті"))


def jussive(tok: Token) -> bool:
    return "Imp3" in tok.tags or tok.tags[:1] == ("VERB",) and len(tok.text) > 4 and fold(tok.text).endswith(JUSSIVE)


def operative(sent: Sentence) -> bool:
    """A clause of an act's operative text: it ends in a jussive verb (``... Склярға жүктелсін``)."""
    words = [t for t in sent.tokens if not t.is_punct]
    return bool(words) and jussive(words[-1])


def printed_act(ctx: Context) -> Entity | None:
    """The act the article prints: one named in its first lines, else the article's only act."""
    acts = [e for e in ctx.facts.entities.values() if e.type in ACT_CLASSES and e.mentions]
    early = [a for a in acts if min(m.start for m in a.mentions) < HEAD_CHARS]
    pool = early or (acts if len(acts) == 1 else [])
    return min(pool, key=lambda a: min(m.start for m in a.mentions)) if pool else None
