"""Suffix chains of Kazakh nouns and verbs, and the candidate (stem, chain) splits of a word.

Kazakh is agglutinative: STEM + PLURAL + POSSESSIVE + CASE [+ -ғы + ...] for nominals and
STEM + [PASSIVE] + [NEGATION] + FORM + [PERSON | nominal endings] for verbs (KAZAKH.md §3).  We
generate every well-formed chain once, joining allomorphs by the final-letter class of what
precedes, and index the chains by their surface string.  Splitting a word is then one dict look-up
per split point.  Vowel harmony is NOT enforced at the stem boundary (loans and surnames break it,
e.g. Шүкеновтің); it is only a soft preference when ranking.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kazkg.graph.lang.data import suffixes as S
from kazkg.graph.lang.data.phonology import (
    BACK_VOWELS,
    CLASS_OF,
    FRONT_VOWELS,
    UNVOICE,
    VOWEL_DROP,
    VOWELS,
)


@dataclass(frozen=True, slots=True)
class Chain:
    """A suffix chain: its surface string, tags, the stem classes it may follow, and its kind."""

    text: str
    tags: tuple[str, ...]
    first: frozenset  # final-letter classes of the stem this chain may attach to
    kind: str  # "N" nominal, "V" verbal
    front: bool  # harmony of the chain (False = back)
    parts: tuple[str, ...] = ()  # surface of each morpheme, in order


@dataclass(slots=True)
class _Partial:
    text: str
    tags: tuple[str, ...]
    first: frozenset | None  # None while empty
    last: str | None  # class seen by the next suffix; None = the stem's own class
    front: bool
    parts: tuple[str, ...] = ()


def letter_class(ch: str) -> str:
    """The final-letter class of a stem ending in ``ch`` (V, S1, L, S2, Z, T)."""
    return CLASS_OF.get(ch, "T")


def _extend(p: _Partial, table: dict, tag: str, after: str | None = None):
    """Append the allomorph of ``table`` that follows ``p``; yields nothing if none fits."""
    idx = 1 if p.front else 0
    if p.last is None:
        by_form: dict[str, set] = {}
        for cls in S.ALL:
            if cls in table:
                by_form.setdefault(table[cls][idx], set()).add(cls)
        for form, classes in by_form.items():
            if not form:
                continue
            last = after or letter_class(form[-1])
            yield _Partial(form, p.tags + (tag,), frozenset(classes), last, p.front, (form,))
        return
    form = table.get(p.last, (None, None))[idx]
    if not form:
        return
    last = after or letter_class(form[-1])
    yield _Partial(p.text + form, p.tags + (tag,), p.first, last, p.front, p.parts + (form,))


def _noun_layers(p: _Partial):
    """Yield p + [PLURAL | ORDINAL] + [POSS] + [CASE] + [-ғы [+PLURAL] [+CASE]] (each optional)."""
    starts = [p] + list(_extend(p, S.PLURAL, "Plur")) + list(_extend(p, S.ORDINAL, "Ord"))
    if p.text == "":  # derivation only straight on the stem
        starts += list(_extend(p, S.COMPARATIVE, "Cmp"))
    for q in starts:
        poss = [q]
        for tag, table in S.POSSESSIVE.items():
            poss += list(_extend(q, table, tag, S.AFTER_POSSESSIVE.get(tag)))
        for r in poss:
            yield r
            for case, table in S.CASES.items():
                for c in _extend(r, table, case):
                    yield c
                    if case == "Loc":
                        for g in _extend(c, S.RELATIVE, "Rel"):
                            yield g
                            yield from _extend(g, S.PLURAL, "Plur")
                            for case2, t2 in S.CASES.items():
                                yield from _extend(g, t2, case2)
            yield from _extend(r, S.INS_LONG, "Ins")
    # -ғы straight on the stem (жылғы, бүгінгі, қазіргі)
    for g in _extend(p, S.RELATIVE, "Rel"):
        yield g
        for case2, t2 in S.CASES.items():
            yield from _extend(g, t2, case2)


def _const(form: str) -> dict:
    """A table with one allomorph (same back and front) for every class."""
    return {c: (form, form) for c in S.ALL + ("P3", "P12")}


def _verb_layers(p: _Partial):
    """Yield verbal chains: [PASSIVE] [NEG] FORM [+ person | nominal endings]."""
    voices = [p] + list(_extend(p, S.PASSIVE, "Pass")) + list(_extend(p, S.PASSIVE_N, "Pass"))
    voices += list(_extend(p, S.RECIPROCAL, "Rcp"))
    for v in voices:
        negs = [v] + list(_extend(v, S.NEGATION, "Neg"))
        for n in negs:
            if n.text:  # a bare verb stem is the imperative; the empty chain is added once, elsewhere
                yield _Partial(n.text, n.tags + ("Imp",), n.first, n.last, n.front, n.parts)
            for form, (table, pers) in S.VERB_FORMS.items():
                if pers == "direct":
                    if n is v and v is p:  # only on a bare stem: отыр+мын
                        idx = 1 if p.front else 0
                        for *forms, person in S.PERSONAL["direct"]:
                            yield from _extend(p, _const(forms[idx]), person)
                    continue
                for f in _extend(n, table, form):
                    if pers == "nominal":
                        yield from _noun_layers(f)
                        if form == "PartPast":  # predicate person on a participle (армандағанмын)
                            idx = 1 if f.front else 0
                            for *forms, person in S.PERSONAL["direct"]:
                                yield from _extend(f, _const(forms[idx]), person)
                    elif pers == "poss":
                        for tag in ("Poss3", "Poss1sg", "Poss2sg", "Poss1pl"):
                            yield from _extend(f, S.POSSESSIVE[tag], tag)
                    elif pers == "none":
                        yield f
                    else:
                        idx = 1 if f.front else 0
                        for *forms, person in S.PERSONAL[pers]:
                            yield _Partial(f.text + forms[idx], f.tags + (person,), f.first, f.last, f.front,
                                           f.parts + ((forms[idx],) if forms[idx] else ()))


@lru_cache(maxsize=1)
def chain_index() -> dict[str, tuple[Chain, ...]]:
    """Every nominal and verbal chain, indexed by surface string (built once, ~0.2 s)."""
    index: dict[str, dict] = {}
    for front in (False, True):
        empty = _Partial("", (), None, None, front)
        for kind, gen in (("N", _noun_layers(empty)), ("V", _verb_layers(empty))):
            for p in gen:
                if not p.text:
                    continue
                key = (p.tags, p.first, kind, front)
                index.setdefault(p.text, {})[key] = Chain(p.text, p.tags, p.first, kind, front, p.parts)
    return {k: tuple(v.values()) for k, v in index.items()}


@lru_cache(maxsize=1)
def max_chain_len() -> int:
    return max(len(k) for k in chain_index())


def last_vowel_front(stem: str) -> bool | None:
    """Harmony of a stem: True front, False back, None when it has no harmonic vowel."""
    for ch in reversed(stem):
        if ch in FRONT_VOWELS:
            return True
        if ch in BACK_VOWELS:
            return False
        if ch == "и":  # и counts as front in loans (Путиннің)
            return True
    return None


# Orthographic fusions at a verb stem's end before a й-initial suffix: ы/і + й is written и
# (оқы+й+ды = оқиды, кемі+й+ді = кеміді -> кемиді), й + а is written я (той+а+ды = тояды).
_FUSED = {"и": ("ый", "ій"), "я": ("йа",), "ю": ("йу",)}


_FUSED_CHARS = frozenset(_FUSED)


def splits(word: str, min_stem: int = 1):
    """All (stem, chain) splits of a lower-cased word (see ``_splits``), plus the verbal splits
    behind an orthographic fusion (оқиды = оқы+й+ды)."""
    out = _splits(word, min_stem)
    n = len(word)
    lo = max(1, n - max_chain_len())
    if _FUSED_CHARS.isdisjoint(word[lo:]):  # most words: skip the per-letter scan
        return out
    index = chain_index()
    for i in range(lo, n):
        ch = word[i]
        if ch in _FUSED:
            reps = _FUSED[ch]
            if ch == "и":
                fr = last_vowel_front(word[:i])
                reps = reps if fr is None else (reps[1] if fr else reps[0],)
            for rep in reps:
                alt = word[:i] + rep + word[i + 1 :]
                cut = i + 1  # the stem keeps the first letter of the fused pair
                chains = index.get(alt[cut:])
                if not chains:
                    continue
                stem = alt[:cut]
                cls = letter_class(stem[-1])
                for c in chains:
                    if c.kind == "V" and cls in c.first:
                        out.append((stem, c))
    return out


def _splits(word: str, min_stem: int = 1):
    """All (stem, chain) splits of a lower-cased word whose chain fits the stem's final letter.

    Stems are given in their dictionary shape: final ғ/г/б before a vowel-initial chain is also
    offered unvoiced as қ/к/п (жарлығы -> жарлық), and the closed vowel-drop list is restored
    (халқы -> халық).  The unsplit word is not included.
    """
    index = chain_index()
    n = len(word)
    out = []
    for i in range(max(min_stem, n - max_chain_len()), n):
        chains = index.get(word[i:])
        if not chains:
            continue
        stem = word[:i]
        cls = CLASS_OF.get(stem[-1], "T")  # letter_class, inlined: this runs for every new word
        vowel_initial = word[i] in _VOWEL_INITIAL  # every chain here starts with word[i]
        for ch in chains:
            if cls not in ch.first:
                continue
            out.append((stem, ch))
            if vowel_initial:
                last = stem[-1]
                if last in UNVOICE:
                    out.append((stem[:-1] + UNVOICE[last], ch))
                full = VOWEL_DROP.get(stem)
                if full:
                    out.append((full, ch))
    return out


_VOWEL_INITIAL = VOWELS | frozenset("уы")


_VOICE = {v: k for k, v in UNVOICE.items()}  # қ->ғ, к->г, п->б


def inflect(stem: str, *tags: str) -> str:
    """Generate a nominal form: ``inflect("Тоқаев", "Gen") == "Тоқаевтың"``.

    Tags, innermost first: Plur, Poss3 / Poss1sg / Poss2sg / Poss2pol / Poss1pl, a case (Gen Acc
    Dat Loc Abl Ins Sim), Rel.  Harmony follows the stem's last vowel (of the root, for
    surnames in -ов/-ев); a final қ/к/п of a stem of
    two or more syllables is voiced before a vowel (жарлық -> жарлығы).  Raises KeyError on an
    unknown tag.  Used by tests of the allomorph table and by callers that need a surface form.
    """
    low = stem.lower()
    front = bool(last_vowel_front(low))
    if low.endswith(("ов", "ев", "ёв")) and last_vowel_front(low[:-2]) is not None:
        # surnames in -ов/-ев follow the Kazakh root (Тоқаевтың, Назарбаевтың; KAZAKH.md §3)
        front = bool(last_vowel_front(low[:-2]))
    p = _Partial("", (), frozenset(S.ALL), letter_class(stem[-1].lower()), front)
    for tag in tags:
        if tag == "Plur":
            table, after = S.PLURAL, None
        elif tag in S.POSSESSIVE:
            table, after = S.POSSESSIVE[tag], S.AFTER_POSSESSIVE.get(tag)
        elif tag in S.CASES:
            table, after = S.CASES[tag], None
        elif tag == "Rel":
            table, after = S.RELATIVE, None
        else:
            raise KeyError(tag)
        nxt = list(_extend(p, table, tag, after))
        if not nxt:
            raise KeyError(f"{tag} cannot follow {p.tags}")
        p = nxt[0]
    out = stem
    syllables = sum(1 for c in stem.lower() if c in VOWELS or c in "иу")
    if p.text and p.text[0] in VOWELS and stem[-1] in _VOICE and syllables >= 2:
        out = stem[:-1] + _VOICE[stem[-1]]
    return out + p.text
