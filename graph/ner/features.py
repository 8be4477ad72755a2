"""Token features for the KazNERD CRF: word form, shape, affixes, a light Kazakh stem, word lists, clusters.

Self-contained on purpose (no import of ``kazkg.graph.lang``): the tagger must give the same features whatever
the language layer does. The suffix stripper follows KAZAKH.md §3: work from the right, one layer at a
time (-ғы relative, case, possessive, plural), accept both harmony variants, keep a stem of >= 3 letters,
cut at a hyphen after an abbreviation or a number (``АҚШ-тың``, ``15-і``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Mapping, Sequence

import kazkg.graph.ner.wordlists as wl
from kazkg.graph.ner.name_lists import Gazetteer
from kazkg.graph.ner.stems import _ORDINAL, _script, long_shape, shape, stem

DATA_DIR = Path(__file__).resolve().parent / "data"


_OPEN_QUOTES = frozenset("«“\"„'")
_CLOSE_QUOTES = frozenset("»”\"“'")
_STOPS = frozenset(".,;:!?()")
_HEAD_LISTS = (
    ("L:art", wl.ART_HEADS), ("L:event", wl.EVENT_HEADS), ("L:proj", wl.PROJECT_HEADS),
    ("L:prod", wl.PRODUCT_HEADS), ("L:fac", wl.FACILITY_HEADS),
)
_HEAD_FLAGS = frozenset(
    ["L:pos", "L:org", "L:doc", "L:place", "L:month", "L:art", "L:event", "L:proj", "L:prod", "L:fac"]
)
_LOOKAHEAD = 6
_EXACT_LISTS = (
    ("L:pos", wl.POSITIONS), ("L:org", wl.ORG_HEADS), ("L:orgacr", wl.ORG_ACRONYMS), ("L:doc", wl.DOC_TYPES),
    ("L:month", wl.MONTHS), ("L:wday", wl.WEEKDAYS), ("L:date", wl.DATE_WORDS), ("L:time", wl.TIME_WORDS),
    ("L:place", wl.PLACE_HEADS), ("L:cur", wl.CURRENCY), ("L:pct", wl.PERCENT), ("L:unit", wl.UNITS),
    ("L:num", wl.NUMBER_WORDS),
) + _HEAD_LISTS
_PREFIX_LISTS = (
    ("L:pos", wl.POSITIONS), ("L:org", wl.ORG_HEADS), ("L:doc", wl.DOC_TYPES), ("L:month", wl.MONTH_STEMS),
    ("L:place", wl.PLACE_HEADS),
) + _HEAD_LISTS


def _is_num(token: str, word) -> bool:
    return token[:1].isdigit() or "L:num" in word[1] or "L:ord" in word[1]


def _table(lists) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for flag, words in lists:
        for w in words:
            table.setdefault(w, []).append(flag)
    return {w: tuple(f) for w, f in table.items()}


_EXACT = _table(_EXACT_LISTS)
_PREFIX = _table(_PREFIX_LISTS)
_PAD = (["-2:PAD"], ["-1:PAD"], ["1:PAD"], ["2:PAD"])


class FeatureExtractor:
    """Turn a token list into per-token feature strings for python-crfsuite.

    Args:
        clusters (Mapping[str, Sequence[str]]): lower-cased word -> cluster ids at several granularities
            (from ``graph/ner/data/clusters.tsv``); empty mapping for none.
        lexicon (Mapping[str, int]): lower-cased word -> corpus count, used to choose stems.
        caps (Mapping[str, str]): lower-cased word -> how often it is capitalised mid-sentence (U/M/l/?).
        gazetteer (Gazetteer): entity names seen in training data; built inside each CV fold by
            ``train.py`` (never from the sentences being scored).
    """

    def __init__(self, clusters: Mapping[str, Sequence[str]] | None = None,
                 lexicon: Mapping[str, int] | None = None,
                 caps: Mapping[str, str] | None = None,
                 gazetteer: "Gazetteer | None" = None):
        self.clusters = clusters or {}
        self.lexicon = lexicon or {}
        self.caps = caps or {}
        self.gazetteer = gazetteer
        self._word_cache: dict[str, tuple] = {}

    # -- per word type ------------------------------------------------------------------------
    def _word(self, w: str) -> tuple:
        """(own features, context features, then the context features prefixed for offsets -2, -1, +1,
        +2) for one word type, memoised."""
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
        if w.isdecimal():
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
        cap = self.caps.get(lw) or self.caps.get(st) or "-"
        own.append("cap=" + cap)
        ctx.append("cap=" + cap)
        cl = self.clusters.get(lw) or self.clusters.get(st)
        if cl:
            for i, c in enumerate(cl):
                own.append(f"c{i}=" + c)
                ctx.append(f"c{i}=" + c)
        else:
            own.append("c=none")
        if len(self._word_cache) > 200_000:
            self._word_cache.clear()
        near = ctx
        far = ctx[:3] + ctx[5:]
        hit = (own, ctx, [f"-2:{x}" for x in far], [f"-1:{x}" for x in near],
               [f"1:{x}" for x in near], [f"2:{x}" for x in far])
        self._word_cache[w] = hit
        return hit

    @staticmethod
    def _lists(lw: str, st: str) -> list[str]:
        """Word-list flags (``L:pos`` ...): exact word or stem, or a list word that is a prefix of the
        inflected form covering most of it (``министрлігінің`` starts with ``министрлігі``)."""
        flags = set(_EXACT.get(lw, ())) | set(_EXACT.get(st, ()))
        decided = set()
        for n in range(min(len(lw), 14), 1, -1):
            hit = _PREFIX.get(lw[:n])
            if hit:
                ok = n >= len(lw) - 6 and n >= len(st) - 2
                for f in hit:
                    if f not in decided:
                        decided.add(f)
                        if ok:
                            flags.add(f)
        if _ORDINAL.match(lw):
            flags.add("L:ord")
        if lw in wl.NAME_PARTS or lw.endswith(("ұлы", "қызы", "ұлының", "қызының")):
            flags.add("L:name")
        if lw.endswith(("ов", "ев", "ова", "ева", "ин", "ина")) or st.endswith(("ов", "ев", "ова", "ева")):
            flags.add("L:surn")
        return sorted(flags)

    # -- per sentence ---------------------------------------------------------------------------
    def _long_range(self, tokens: Sequence[str], words) -> list[list[str]]:
        """Features beyond the ±2 window: what follows a quoted name or a capitalised run, and which
        head word (position, state body, document, place, month) comes next within LOOKAHEAD tokens.

        In KazNERD the class of «Болашақ» or «Марс» is fixed by the word after the closing quote
        (бағдарламасы, операциясы, фильмі), and of a multi-word name by its head noun.
        """
        n = len(tokens)
        extra: list[list[str]] = [[] for _ in range(n)]
        # quoted stretches
        i = 0
        while i < n:
            if tokens[i] in _OPEN_QUOTES:
                j = i + 1
                while j < n and j - i <= 12 and tokens[j] not in _CLOSE_QUOTES:
                    j += 1
                if j < n and tokens[j] in _CLOSE_QUOTES and j > i + 1:
                    after = words[j + 1][1] if j + 1 < n else None
                    feats = ["inq", "qlen=" + str(min(j - i - 1, 5))]
                    if after:
                        feats.append("qn:" + after[1])  # st=
                        feats.extend("qn:" + x for x in after[5:])
                    else:
                        feats.append("qn:END")
                    for k in range(i + 1, j):
                        extra[k].extend(feats)
                        if k == i + 1:
                            extra[k].append("qfirst")
                        if k == j - 1:
                            extra[k].append("qlast")
                    i = j
            i += 1
        # capitalised runs
        i = 0
        while i < n:
            if tokens[i][:1].isupper():
                j = i
                while j < n and tokens[j][:1].isupper():
                    j += 1
                after = words[j][1] if j < n else None
                nxt = ("cn:" + after[1]) if after else "cn:END"
                before = ("cp:" + words[i - 1][1][1]) if i > 0 else "cp:BOS"
                for k in range(i, j):
                    extra[k].append(nxt)
                    extra[k].append(before)
                    extra[k].append("crun=" + str(min(j - i, 4)) + "/" + str(min(k - i, 3)))
                    if after:
                        extra[k].extend("cn:" + x for x in after[5:] if x.startswith("L:"))
                i = j
            else:
                i += 1
        # runs of numbers (digits or number words): compound numerals are multi-token CARDINAL spans
        i = 0
        while i < n:
            if _is_num(tokens[i], words[i]):
                j = i + 1
                while j < n and _is_num(tokens[j], words[j]):
                    j += 1
                if j - i > 1:
                    after = words[j][1] if j < n else None
                    for k in range(i, j):
                        extra[k].append(f"nrun={min(j - i, 4)}/{min(k - i, 3)}")
                        extra[k].append(("nn:" + after[1]) if after else "nn:END")
                i = j
            else:
                i += 1
        # next head word within the lookahead, stopping at sentence punctuation
        nxt_head: list[str] = []
        for i in range(n - 1, -1, -1):
            extra_i = extra[i]
            if tokens[i] in _STOPS:
                nxt_head = []
                continue
            for flag, d in nxt_head:
                if d - i <= _LOOKAHEAD:
                    extra_i.append("ah=" + flag)
                    extra_i.append(f"ah={flag}@{min(d - i, 4)}")
            flags = [x for x in words[i][1] if x in _HEAD_FLAGS]
            if flags:
                nxt_head = [(f, i) for f in flags] + [(f, d) for f, d in nxt_head if f not in flags]
        return extra

    def sent(self, tokens: Sequence[str]) -> list[list[str]]:
        n = len(tokens)
        words = [self._word(t) for t in tokens]
        extra = self._long_range(tokens, words)
        if self.gazetteer is not None:
            self.gazetteer.mark([w[0][0] for w in words], [w[0][3] for w in words], extra)
        lows = [f[0][0] for f in words]  # "w=..."
        shapes = [f[0][1] for f in words]
        stems = [f[0][3] for f in words]
        out = []
        for i in range(n):
            f = list(words[i][0])
            if i == 0:
                f.append("BOS")
            if i == n - 1:
                f.append("EOS")
            # window: word types carry their offset-prefixed context features ready-made
            f.extend(words[i - 2][2] if i >= 2 else _PAD[0])
            f.extend(words[i - 1][3] if i >= 1 else _PAD[1])
            f.extend(words[i + 1][4] if i + 1 < n else _PAD[2])
            f.extend(words[i + 2][5] if i + 2 < n else _PAD[3])
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
            f.extend(extra[i])
            out.append(f)
        return out


def load_resources(path: Path | None = None):
    """Read ``clusters.tsv`` (word, count, capitalisation class, cluster ids...) into
    (clusters, lexicon, caps) dicts keyed by the lower-cased word."""
    path = path or DATA_DIR / "clusters.tsv"
    clusters, lexicon, caps = {}, {}, {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            lexicon[parts[0]] = int(parts[1])
            caps[parts[0]] = parts[2]
            if len(parts) > 3:
                clusters[parts[0]] = tuple(parts[3:])
    return clusters, lexicon, caps


