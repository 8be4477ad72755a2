"""Word features of the NER model: a fast suffix-stripping stem and word shapes.

This stem is a *feature* the shipped CRF and BiLSTM-CRF were trained with (it must stay byte-for-byte
the same as at training time), not a grammatical decision: extraction reads case and lemmas from the
language layer (``kazkg.graph.lang``) only.
"""

from __future__ import annotations

import re
from typing import Mapping

import kazkg.graph.ner.wordlists as wl

VOWELS = set("аәеоөұүыіэюяёиу")


# One layer each, longest first inside a layer; tag names become features.
_RELATIVE = ("ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі", "ғы", "гі", "қы", "кі")


_CASE = (
    ("ның", "GEN"), ("нің", "GEN"), ("дың", "GEN"), ("дің", "GEN"), ("тың", "GEN"), ("тің", "GEN"),
    ("нда", "LOC"), ("нде", "LOC"), ("да", "LOC"), ("де", "LOC"), ("та", "LOC"), ("те", "LOC"),
    ("нан", "ABL"), ("нен", "ABL"), ("дан", "ABL"), ("ден", "ABL"), ("тан", "ABL"), ("тен", "ABL"),
    ("менен", "INS"), ("мен", "INS"), ("бен", "INS"), ("пен", "INS"),
    ("на", "DAT"), ("не", "DAT"), ("ға", "DAT"), ("ге", "DAT"), ("қа", "DAT"), ("ке", "DAT"),
    ("ны", "ACC"), ("ні", "ACC"), ("ды", "ACC"), ("ді", "ACC"), ("ты", "ACC"), ("ті", "ACC"),
    ("н", "ACC"),
)


_POSS = (
    ("ымыз", "P1P"), ("іміз", "P1P"), ("мыз", "P1P"), ("міз", "P1P"),
    ("ыңыз", "P2P"), ("іңіз", "P2P"), ("ңыз", "P2P"), ("ңіз", "P2P"),
    ("сы", "P3"), ("сі", "P3"), ("ы", "P3"), ("і", "P3"),
    ("ым", "P1"), ("ім", "P1"), ("ың", "P2"), ("ің", "P2"),
)


_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")


_VOICE = {"ғ": "қ", "г": "к", "б": "п"}


_ORDINAL = ("ші", "шы", "інші", "ыншы", "нші", "ншы")


_HYPHEN_TAILS = frozenset(
    [c for c, _ in _CASE] + list(_RELATIVE) + [p for p, _ in _POSS] + list(_ORDINAL)
    + [p + c for p, _ in _POSS for c, _ in _CASE] + [c + "ғы" for c, _ in _CASE] + [c + "гі" for c, _ in _CASE]
    + [p + r for p, _ in _POSS for r in _RELATIVE]
)


_HYPHEN_SUFFIX = re.compile(r"^(.+?)[-–‑]([а-яәіңғүұқөһё]{1,8})$")


_DIGITS = re.compile(r"\d")


_ORDINAL = re.compile(wl.ORDINAL_RE)


def _letters(s: str) -> int:
    return sum(ch.isalpha() for ch in s)


def _has_vowel(s: str) -> bool:
    return any(ch in VOWELS for ch in s)


_TIME_STEMS = frozenset(
    "жыл бүгін қазір соң қыс кеш күз жаз көктем былтыр ертең түн таң түс ай апта ғасыр күн ілгер кей".split()
)


def _cut(word: str, suf: str) -> str | None:
    """The stem left when ``suf`` is cut from ``word``, or None if the cut breaks a §3 rule."""
    if not word.endswith(suf):
        return None
    st = word[: -len(suf)]
    if len(st) < 2 or not _has_vowel(st) or (len(st) < 3 and len(suf) < 3):
        return None
    if suf[0] == "н":  # н-initial allomorphs follow a vowel (or м н ң for -нан/-ның)
        if not (st[-1] in VOWELS or (suf in _N_AFTER_S1 and st[-1] in "мнң")):
            return None
    elif suf in ("сы", "сі"):
        if st[-1] not in VOWELS:
            return None
    elif suf in ("ы", "і", "ым", "ім", "ың", "ің"):
        if st[-1] in VOWELS:
            return None
    return st


_REL_D = {suf: "REL" for suf in _RELATIVE}


_CASE_D = dict(_CASE)


_POSS_D = dict(_POSS)


_PL_D = {suf: "PL" for suf in _PLURAL}


def _endings(word: str, table: Mapping[str, str]):
    """(suffix, tag) pairs of ``table`` that ``word`` ends with, longest first."""
    for n in range(min(5, len(word) - 2), 0, -1):
        tag = table.get(word[-n:])
        if tag:
            yield word[-n:], tag


def _candidates(word: str) -> list[tuple[str, tuple[str, ...]]]:
    """Every analysis STEM + [PL] + [POSS] + [CASE | REL] of ``word``, innermost tag first."""
    outer = [(word, ())]
    for suf, _ in _endings(word, _REL_D):
        st = _cut(word, suf)
        if st and (len(suf) > 2 or st in _TIME_STEMS):
            outer.append((st, ("REL",)))
    for suf, tag in _endings(word, _CASE_D):
        st = _cut(word, suf)
        if st:
            outer.append((st, (tag,)))
    out = []
    for w, tags in outer:
        out.append((w, tags))
        for suf, tag in _endings(w, _POSS_D):
            st = _cut(w, suf)
            if not st:
                continue
            if suf in ("ы", "і") and st[-1] in _VOICE:
                out.append((st[:-1] + _VOICE[st[-1]], (tag,) + tags))
            out.append((st, (tag,) + tags))
            for pl, _ in _endings(st, _PL_D):
                st2 = _cut(st, pl)
                if st2:
                    out.append((st2, ("PL", tag) + tags))
        for pl, _ in _endings(w, _PL_D):
            st2 = _cut(w, pl)
            if st2:
                out.append((st2, ("PL",) + tags))
    return out


def stem(word: str, lexicon: Mapping[str, int] | None = None) -> tuple[str, str]:
    """Return (stem, suffix tags) of a lower-cased word, e.g. ``тоқаевтың`` -> (``тоқаев``, ``GEN``).

    With a ``lexicon`` (word -> corpus count) the analysis whose stem is the most frequent word wins,
    so ``алматы`` stays whole while ``ауданындағы`` -> ``аудан``; without one, the longest cut wins.
    Tags name the stripped layers from the stem outward, joined by ``+``; ``""`` if nothing was cut.
    """
    m = _HYPHEN_SUFFIX.match(word)
    if m and m.group(2) in _HYPHEN_TAILS:
        # abbreviation or number + hyphenated suffix (АҚШ-тың, 15-і): cut at the hyphen
        return m.group(1), "HYPH"
    cands = _candidates(word)
    best = min(cands, key=lambda c: (len(c[0]), -len(c[1])))
    if lexicon and len(cands) > 1:
        known = max(cands[1:], key=lambda c: (lexicon.get(c[0], 0), len(c[1]), -len(c[0])))
        n_known, n_self = lexicon.get(known[0], 0), lexicon.get(word, 0)
        if n_self >= 5 * max(n_known, 1):
            best = cands[0]  # a frequent word whose "stem" is rare is a stem itself (Алматы, not алма)
        elif n_known:
            best = known
    return best[0], "+".join(best[1])


def shape(word: str) -> str:
    out = []
    for ch in word:
        if ch.isupper():
            c = "X"
        elif ch.isalpha():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def long_shape(word: str) -> str:
    out = []
    for ch in word[:8]:
        if ch.isupper():
            out.append("X")
        elif ch.isalpha():
            out.append("x")
        elif ch.isdigit():
            out.append("d")
        else:
            out.append(ch)
    return "".join(out)


def _script(word: str) -> str:
    for ch in word:
        if ch.isalpha():
            return "lat" if ch < "\u0400" else "cyr"
    return "none"


def _prefix_in(s: str, words: frozenset, st: str = "", max_len: int = 14) -> bool:
    # true if some list word is a prefix of s (an inflected form) covering most of it and its stem
    for n in range(min(len(s), max_len), 1, -1):
        if s[:n] in words:
            return n >= len(s) - 6 and n >= len(st) - 2
    return False


_N_AFTER_S1 = ("нан", "нен", "ның", "нің")
