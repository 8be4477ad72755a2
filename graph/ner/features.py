"""Token features for the KazNERD CRF: word form, shape, affixes, a light Kazakh stem, word lists, clusters.

Self-contained on purpose (no import of ``graph.lang``): the tagger must give the same features whatever
the language layer does. The suffix stripper follows KAZAKH.md §3: work from the right, one layer at a
time (-ғы relative, case, possessive, plural), accept both harmony variants, keep a stem of >= 3 letters,
cut at a hyphen after an abbreviation or a number (``АҚШ-тың``, ``15-і``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from graph.ner import wordlists as wl

DATA_DIR = Path(__file__).resolve().parent / "data"

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


def _letters(s: str) -> int:
    return sum(ch.isalpha() for ch in s)


def _has_vowel(s: str) -> bool:
    return any(ch in VOWELS for ch in s)


_N_AFTER_S1 = ("нан", "нен", "ның", "нің")
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


def _candidates(word: str) -> list[tuple[str, tuple[str, ...]]]:
    """Every analysis STEM + [PL] + [POSS] + [CASE | REL] of ``word``, innermost tag first."""
    outer = [(word, ())]
    for suf in _RELATIVE:
        st = _cut(word, suf)
        if st and (len(suf) > 2 or st in _TIME_STEMS):
            outer.append((st, ("REL",)))
    for suf, tag in _CASE:
        st = _cut(word, suf)
        if st:
            outer.append((st, (tag,)))
    out = []
    for w, tags in outer:
        out.append((w, tags))
        for suf, tag in _POSS:
            st = _cut(w, suf)
            if not st:
                continue
            if suf in ("ы", "і") and st[-1] in _VOICE:
                out.append((st[:-1] + _VOICE[st[-1]], (tag,) + tags))
            out.append((st, (tag,) + tags))
            for pl in _PLURAL:
                st2 = _cut(st, pl)
                if st2:
                    out.append((st2, ("PL", tag) + tags))
        for pl in _PLURAL:
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


def _prefix_in(s: str, words: frozenset, max_len: int = 14) -> bool:
    # true if some list word is a prefix of s (s inflected) and covers most of it
    for n in range(min(len(s), max_len), 1, -1):
        if s[:n] in words and n >= len(s) - 6:
            return True
    return False


class FeatureExtractor:
    """Turn a token list into per-token feature strings for python-crfsuite.

    Args:
        clusters (Mapping[str, Sequence[str]]): lower-cased word -> cluster ids at several granularities
            (from ``graph/ner/data/clusters.tsv``); empty mapping for none.
        lexicon (Mapping[str, int]): lower-cased word -> corpus count, used to choose stems.
        gazetteer (Mapping[str, str]): lower-cased word -> ``CLASS`` hints (most frequent entity class
            of the word in the training data); built inside each fold by ``train.py``.
    """

    def __init__(self, clusters: Mapping[str, Sequence[str]] | None = None,
                 lexicon: Mapping[str, int] | None = None,
                 gazetteer: Mapping[str, str] | None = None):
        self.clusters = clusters or {}
        self.lexicon = lexicon or {}
        self.gazetteer = gazetteer or {}
        self._word_cache: dict[str, tuple[list[str], list[str]]] = {}

    # -- per word type ------------------------------------------------------------------------
    def _word(self, w: str) -> tuple[list[str], list[str]]:
        """(own features, short context features) for one word type, memoised."""
        hit = self._word_cache.get(w)
        if hit is not None:
            return hit
        lw = w.lower()
        st, tag = stem(lw, self.lexicon)
        shp = shape(w)
        own = [
            "w=" + lw,
            "sh=" + shp,
            "ls=" + long_shape(w),
            "st=" + st,
            "sfx=" + tag,
            "scr=" + _script(w),
            "len=" + str(min(len(w), 12)),
        ]
        for n in range(1, 6):
            if len(lw) >= n:
                own.append(f"p{n}=" + lw[:n])
                own.append(f"s{n}=" + lw[-n:])
        if w[:1].isupper():
            own.append("title")
            own.append("st_t=" + st)
        if w.isupper() and len(w) > 1:
            own.append("caps")
        if w.isdigit():
            own.append("digit")
            own.append("dlen=" + str(len(w)))
            if len(w) == 4 and w[:2] in ("19", "20"):
                own.append("year")
            elif len(w) <= 2 and 1 <= int(w) <= 31:
                own.append("day")
        if "-" in w:
            own.append("hyph")
        flags = self._lists(lw, st)
        own.extend(flags)
        ctx = ["w=" + lw, "st=" + st, "sh=" + shp, "sfx=" + tag, "s3=" + lw[-3:]]
        ctx.extend(flags)
        cl = self.clusters.get(lw) or self.clusters.get(st)
        if cl:
            for i, c in enumerate(cl):
                own.append(f"c{i}=" + c)
                ctx.append(f"c{i}=" + c)
        else:
            own.append("c=none")
        g = self.gazetteer.get(lw)
        if g:
            own.append("gz=" + g)
            ctx.append("gz=" + g)
        g = self.gazetteer.get("st:" + st)
        if g:
            own.append("gzs=" + g)
            ctx.append("gzs=" + g)
        if len(self._word_cache) > 200_000:
            self._word_cache.clear()
        hit = (own, ctx)
        self._word_cache[w] = hit
        return hit

    @staticmethod
    def _lists(lw: str, st: str) -> list[str]:
        out = []
        if lw in wl.POSITIONS or st in wl.POSITIONS or _prefix_in(lw, wl.POSITIONS):
            out.append("L:pos")
        if lw in wl.ORG_HEADS or st in wl.ORG_HEADS or _prefix_in(lw, wl.ORG_HEADS):
            out.append("L:org")
        if lw in wl.DOC_TYPES or st in wl.DOC_TYPES or _prefix_in(lw, wl.DOC_TYPES):
            out.append("L:doc")
        if st in wl.MONTHS or _prefix_in(lw, wl.MONTH_STEMS):
            out.append("L:month")
        if st in wl.WEEKDAYS or lw in wl.WEEKDAYS:
            out.append("L:wday")
        if lw in wl.DATE_WORDS or st in wl.DATE_WORDS:
            out.append("L:date")
        if lw in wl.TIME_WORDS or st in wl.TIME_WORDS:
            out.append("L:time")
        if lw in wl.PLACE_HEADS or st in wl.PLACE_HEADS or _prefix_in(lw, wl.PLACE_HEADS):
            out.append("L:place")
        if lw in wl.CURRENCY or st in wl.CURRENCY:
            out.append("L:cur")
        if lw in wl.PERCENT or st in wl.PERCENT:
            out.append("L:pct")
        if lw in wl.UNITS or st in wl.UNITS:
            out.append("L:unit")
        if lw in wl.NUMBER_WORDS or st in wl.NUMBER_WORDS:
            out.append("L:num")
        if lw in wl.NAME_PARTS or lw.endswith(("ұлы", "қызы", "ұлының", "қызының")):
            out.append("L:name")
        if lw.endswith(("ов", "ев", "ова", "ева", "ин", "ина")) or st.endswith(("ов", "ев", "ова", "ева")):
            out.append("L:surn")
        return out

    # -- per sentence ---------------------------------------------------------------------------
    def sent(self, tokens: Sequence[str]) -> list[list[str]]:
        n = len(tokens)
        words = [self._word(t) for t in tokens]
        lows = [f[0][0] for f in words]  # "w=..."
        shapes = [f[0][1] for f in words]
        stems = [f[0][3] for f in words]
        out = []
        for i in range(n):
            own, _ = words[i]
            f = list(own)
            if i == 0:
                f.append("BOS")
            if i == n - 1:
                f.append("EOS")
            for off in (-2, -1, 1, 2):
                j = i + off
                if 0 <= j < n:
                    ctx = words[j][1]
                    if off in (-1, 1):
                        f.extend(f"{off}:{x}" for x in ctx)
                    else:
                        f.extend(f"{off}:{x}" for x in ctx[:3])
                        f.extend(f"{off}:{x}" for x in ctx[5:])
                else:
                    f.append(f"{off}:PAD")
            # conjunctions
            pw = lows[i - 1] if i > 0 else "w=BOS"
            nw = lows[i + 1] if i + 1 < n else "w=EOS"
            ps = shapes[i - 1] if i > 0 else "sh=BOS"
            ns = shapes[i + 1] if i + 1 < n else "sh=EOS"
            f.append("pw|w=" + pw + "|" + lows[i])
            f.append("w|nw=" + lows[i] + "|" + nw)
            f.append("pst|st=" + (stems[i - 1] if i > 0 else "BOS") + "|" + stems[i])
            f.append("st|nst=" + stems[i] + "|" + (stems[i + 1] if i + 1 < n else "EOS"))
            f.append("shp3=" + ps + "|" + shapes[i] + "|" + ns)
            out.append(f)
        return out


def load_resources(path: Path | None = None) -> tuple[dict[str, tuple[str, ...]], dict[str, int]]:
    """Read ``clusters.tsv`` (word, count, cluster ids...) into (clusters, lexicon)."""
    path = path or DATA_DIR / "clusters.tsv"
    clusters, lexicon = {}, {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            lexicon[parts[0]] = int(parts[1])
            if len(parts) > 2:
                clusters[parts[0]] = tuple(parts[2:])
    return clusters, lexicon
