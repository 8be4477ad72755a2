"""Lemmatisation: rank the (stem, chain) splits of a word against the stem lexicon.

Every candidate gets a linear score: evidence for its stem (UD-KTB lemma and its POS, KazNERD
paradigm evidence and word frequency, KazNERD proper noun), the reliability of its chain
(``Lexicon.prior``, learned from the treebank: how often a chain that matches a word's ending
really is its ending; for the unsplit word, how often a word with these last two letters is its
own lemma), and grammar-motivated penalties (``WEIGHTS``: a verbal chain on a noun lemma, a stem
that itself ends in a plural suffix, 1st/2nd-person endings that are rare in news, ...).  The
weights were tuned by 10-fold cross-validation, never on the held-out fold.
Lemma conventions follow UD-KTB (KAZAKH.md §2.2): common nouns lower-cased, proper nouns keep
their capital, possessive and passive stripped, final қ/к/п voicing undone.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import NamedTuple

from kazkg.graph.lang.data.closed import INVARIABLE, PRONOUN_FORMS
from kazkg.graph.lang.lexicon import Lexicon, default_lexicon
from kazkg.graph.lang.morphology import last_vowel_front, splits

VERBAL_POS = frozenset({"VERB", "AUX"})
_SCORE = attrgetter("score")
_FIRST = itemgetter(0)
_KEEP = 12  # readings returned per word (best first)
_KEEP_MARGIN = 25.0  # ... and none scoring this much below the unsplit reading
_STEM_CACHE_MAX = 200_000  # stems per cache before it is emptied (long corpus runs)
_FRONT = frozenset("әеөүіэи")
_BACK = frozenset("аоұыяёю")
_PLURALS = ("лар", "лер", "дар", "дер", "тар", "тер")
_PERSON12 = frozenset({"1sg", "2sg", "2pol", "1pl", "2pl", "2polpl"})
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*%?$")


class Analysis(NamedTuple):
    """One reading of a word: lemma, tags (UPOS first, then morphemes), and its score.

    A NamedTuple rather than a frozen dataclass: every word builds a dozen of them, and tuple
    construction is several times cheaper (this matters for analyse() speed)."""

    lemma: str
    tags: tuple[str, ...]
    score: float = 0.0
    suffix: str = ""  # the stripped surface chain ("" if none)
    kind: str = ""  # "N" nominal chain, "V" verbal chain, "" unsplit or listed


_VOWEL_SET = frozenset("аәеоөұүыіэюяёиу")
# Harmony of a word's prefixes in one C call: every front vowel becomes ә and every back vowel а,
# so the last ә or а before a split point gives the stem's harmony (two str.rfind calls per
# candidate instead of a Python loop over every letter of every word).
_HARMONY_MAP = str.maketrans({**{c: "ә" for c in _FRONT}, **{c: "а" for c in _BACK}})
# NamedTuple's generated __new__ is a Python function; building the tuple directly skips that
# frame for the few Analysis objects every new word creates.
_new_analysis = tuple.__new__


# Letters no Kazakh verb stem ends in (loanwords only): a verbal reading there is a noun's case ending.
_LOAN_ENDS = frozenset("вжфцщчх")


# Scoring weights, tuned by 10-fold cross-validation on UD-KTB dev (bench/bench_lemma.py).
WEIGHTS = {
    "lemma": 4.0,  # stem is a treebank lemma
    "verb_ok": 1.5,  # ... of a verb, under a verbal chain
    "verb_bad": -6.0,  # ... of a non-verb, under a verbal chain
    "loan_verb": -6.0,  # a verbal chain on an unknown stem in -в, -ж, -ф ...: no Kazakh verb stem ends so (инклюзивті, багажды)
    "noun_on_verb": -2.0,  # nominal chain on a verb lemma (verbal nouns are analysed as Ger)
    "stems": 0.6,  # per log2 of distinct KazNERD chains seen on the stem (capped)
    "stems_cap": 3.5,
    "words": 2.2,  # per log2 of the stem's KazNERD frequency as a word (nominal chains)
    "words_cap": 4.0,
    "propn": 2.0,  # stem is a KazNERD proper noun
    "unknown": 0.0,  # stem with no evidence at all
    "unknown_cap": -3.0,  # ... for a capitalised word (names are an open class)
    "unknown_id": -2.5,  # the unsplit word with no evidence
    "short": -3.0,  # stem of one letter, or without a vowel
    "prior": 1.0,  # weight of the chain reliability
    "no_prior": -3.5,  # chain never seen in training
    "per_tag": 0.3,  # per morpheme stripped
    "harmony": -0.7,  # chain harmony differs from the stem's last vowel
    "id_words": 0.6,  # per log2 of the unsplit word's KazNERD frequency
    "voiced_end": -0.3,  # stem left ending in ғ/г (dictionary forms end in қ/к)
    "ger": 0.0,  # verbal noun -у stripped (KTB keeps it when the word is a NOUN: сайлау)
    "agent": 0.0,  # agent noun -ушы stripped (NOUN билеуші keeps it)
    "neg_imp": -6.0,  # negative imperative (бөлме, қазба look like one): rare in news
    "cap_verb": -0.3,  # verbal chain on a capitalised word (Төлегеннің is a name)
    "person12": -2.5,  # 1st/2nd-person verb endings (rare in news; -тық/-дік look like them)
    "poss12": 0.0,  # 1sg/2sg possessives (rare in news; -ым/-ың end many stems)
    "pass_pref": 0.3,  # margin within which a passive-stripping reading of the same verb wins
    "rcp": -1.5,  # reciprocal -ыс stripped
    "plural_end": -3.0,  # stem itself ends in a plural suffix (шаралар-): lemmas rarely do
    "poss_end": -1.0,  # stem ends in vowel + -сы/-сі, the possessive after a vowel (Ассамблеясы-)
    "short2": -3.0,  # two-letter stem known only from KazNERD (қа-, ты-: often spurious)
    "phon": 0.3,  # per log2 of how many attested stems end in the same two letters
}


_ABBR_CASES = (  # the case an ending after a hyphen marks: ҚХА-ның, КСРО-дағы, АҚ-та, БҰҰ-ға
    (("дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі"), ("Loc", "Rel")),
    (("ның", "нің", "дың", "дің", "тың", "тің"), ("Gen",)),
    (("дан", "ден", "тан", "тен", "нан", "нен"), ("Abl",)),
    (("мен", "пен", "бен"), ("Ins",)),
    (("нда", "нде", "да", "де", "та", "те"), ("Loc",)),
    (("ға", "ге", "қа", "ке", "на", "не", "а", "е"), ("Dat",)),
    (("ды", "ді", "ты", "ті", "ны", "ні"), ("Acc",)),
)


def _abbreviation_case(tail: str) -> tuple[str, ...]:
    for endings, tags in _ABBR_CASES:
        if tail in endings:
            return tags
    return ()


class Lemmatizer:
    """Ranks analyses with one lexicon; ``analyse`` is cached per word form."""

    def __init__(self, lexicon: Lexicon | None = None, weights: dict | None = None):
        self.lex = lexicon if lexicon is not None else default_lexicon()
        self.prior = self.lex.prior
        self.w = dict(WEIGHTS, **(weights or {}))
        self.analyse = lru_cache(maxsize=200_000)(self._analyse)
        # Stem scores per capitalisation and chain kind (unsplit, "N", "V"), as plain floats keyed
        # by the stem: the stem's POS is one look-up away (lex.lemmas), and floats and strings are
        # not tracked by the cyclic GC, unlike the key and value tuples an lru_cache would keep.
        self._stem_scores: dict[bool, tuple[dict[str, float], dict[str, float], dict[str, float]]] = {}
        self._chain_static: dict[int, float] = {}
        self.min_stem = 2  # one-letter stems (е-) come from the closed lists
        # Phonotactics of stem ends: how many attested stems end in each letter pair.  An unknown
        # stem ending in an unusual cluster (абырж-) is less likely than one ending in -ла.
        ends: dict[str, int] = {}
        for stem in list(self.lex.lemmas) + [k for k, v in self.lex.stems.items() if v >= 3]:
            ends[stem[-2:]] = ends.get(stem[-2:], 0) + 1
        self.ends = {k: math.log2(1 + v) for k, v in ends.items()}

    def clear_caches(self) -> None:
        """Forget analysed word forms and stem scores (the lexicon and chain scores stay)."""
        self.analyse.cache_clear()
        self._stem_scores.clear()

    # --- scoring --------------------------------------------------------------------------
    def _stem_caches(self, cap: bool) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
        """The stem-score caches of one capitalisation, for the unsplit word, nominal chains and
        verbal chains (all emptied when they grow too big)."""
        caches = self._stem_scores.get(cap)
        if caches is None or sum(map(len, caches)) > _STEM_CACHE_MAX:
            caches = self._stem_scores[cap] = ({}, {}, {})
        return caches

    def _stem_score_uncached(self, stem: str, kind: str, cap: bool = False) -> tuple[float, str | None]:
        lex, w = self.lex, self.w
        pos = lex.lemmas.get(stem)
        s = 0.0
        if pos is not None:
            s += w["lemma"]
            if kind == "V":
                s += w["verb_ok"] if pos in VERBAL_POS else w["verb_bad"]
            elif kind == "N" and pos in VERBAL_POS:
                s += w["noun_on_verb"]
        elif kind == "V" and stem[-1:] in _LOAN_ENDS:
            s += w["loan_verb"]
        ev = lex.stems.get(stem, 0)
        if ev:
            s += min(w["stems_cap"], w["stems"] * math.log2(1 + ev))
        if kind == "N" and stem in lex.words:
            s += min(w["words_cap"], w["words"] * math.log2(1 + lex.words[stem]))
        if stem in lex.propn:
            s += w["propn"]
        if s == 0.0:
            s = w["unknown_cap"] if cap else w["unknown"]
        if len(stem) < 2 or _VOWEL_SET.isdisjoint(stem):
            s += w["short"]
        elif len(stem) == 2 and pos is None:
            s += w["short2"]
        if len(stem) > 5 and stem.endswith(_PLURALS):
            s += w["plural_end"]
        if len(stem) > 4 and stem[-1] in "ыі" and stem[-2] == "с" and stem[-3] in _VOWEL_SET:
            s += w["poss_end"]
        s += w["phon"] * self.ends.get(stem[-2:], 0.0)
        return s, pos

    def _chain_score(self, ch) -> float:
        """The part of a split's score that depends on the chain alone (cached per chain)."""
        w = self.w
        p = self.prior.get(ch.text, None)
        s = w["prior"] * p if p is not None else w["no_prior"]
        s += w["per_tag"] * len(ch.tags)
        tags = ch.tags
        if ch.kind == "V":
            if "Ger" in tags:
                s += w["ger"]
            if "Agent" in tags:
                s += w["agent"]
            if "Rcp" in tags:
                s += w["rcp"]
            if tags[-1] == "Imp" and "Neg" in tags:
                s += w["neg_imp"]
            if tags[-1] in _PERSON12:
                s += w["person12"]
        elif "Poss1sg" in tags or "Poss2sg" in tags or "Poss2pol" in tags:
            s += w["poss12"]
        return s

    def _analyse(self, word: str) -> tuple[Analysis, ...]:
        word = word.strip()
        if not word:
            return (Analysis(word, ("X",)),)
        low = word.lower()
        cap = word[:1].isupper()
        lex = self.lex
        out: list[Analysis] = []
        if low in PRONOUN_FORMS:
            lemma, pos = PRONOUN_FORMS[low]
            out.append(Analysis(lemma, (pos,), 20.0))
        if " " in low:
            # analytic forms kept as one syntactic word (келген жоқ, болған емес): the verb is first
            parts = word.split()
            key = parts[0] if parts[-1].lower() in ("жоқ", "емес") else parts[-1]
            return tuple(Analysis(a.lemma, a.tags, a.score, a.suffix, a.kind) for a in self.analyse(key))
        if low in lex.forms and (cap or lex.forms[low][1] != "PROPN"):
            lemma, pos = lex.forms[low]
            out.append(Analysis(lemma if pos == "PROPN" else lemma.lower(), (pos,), 15.0))
        if low in INVARIABLE:
            out.append(Analysis(low, ("X",), 12.0))
        # hyphenated abbreviations and numbers: КСРО-дағы, ҚХА-ның, 15-і -> cut at the hyphen
        head, sep, tail = word.rpartition("-")
        if sep and head and tail and (head.isupper() or _NUMBER.match(head)) and not tail.isupper():
            isnum = bool(_NUMBER.match(head))
            case = _abbreviation_case(tail.lower())
            out.append(Analysis(head.rstrip("%") if isnum else head, ("NUM" if isnum else "PROPN", "Suff", *case), 14.0, tail))
        compound = None
        if sep and head.isalpha() and tail.isalpha() and tail.islower() and low not in lex.forms:
            # compounds (бизнес-форумында, вице-министрінің): the last part inflects, so read it alone
            best = self.analyse(tail)[0]
            if best.suffix:
                compound = (head.lower() + "-" + best.lemma, best.tags, best.suffix, best.kind)
        if not word.isalpha() and not any(c.isalpha() for c in word):
            lemma = word.rstrip("%") if _NUMBER.match(word) else word
            out.append(Analysis(lemma, ("NUM" if any(c.isdigit() for c in word) else "SYM",), 30.0))
            out.sort(key=_SCORE, reverse=True)
            return tuple(out)
        # identity
        w = self.w
        scores_id, scores_n, scores_v = self._stem_caches(cap)
        stem_score_uncached = self._stem_score_uncached
        s = scores_id.get(low)
        if s is None:
            s = scores_id[low] = stem_score_uncached(low, "", cap)[0]
        pos = lex.lemmas.get(low)
        if pos is None and low not in lex.stems:
            s = w["unknown_id"] + w["phon"] * self.ends.get(low[-2:], 0.0)
        if low in lex.words:
            s += w["id_words"] * math.log2(1 + lex.words[low])
        pid = self.prior.get("#" + low[-2:], self.prior.get("", 0.0))
        out.append(_new_analysis(Analysis, (low, (pos or ("PROPN" if cap else "NOUN"),), s + w["prior"] * pid, "", "")))
        # harmony of a stem = that of the word's prefix of the same length (stems are prefixes, up
        # to a changed final consonant, which does not change harmony); see _HARMONY_MAP
        harm = low.translate(_HARMONY_MAP)
        nlow = len(low)
        static = self._chain_static
        lemma_pos = lex.lemmas.get
        harmony, voiced_end, cap_verb = w["harmony"], w["voiced_end"], w["cap_verb"]
        cands = []  # (score, stem, chain, upos): plain tuples, Analysis built for the best only
        add = cands.append
        for stem, ch in splits(low, self.min_stem):
            key = id(ch)
            cs = static.get(key)
            if cs is None:
                cs = static[key] = self._chain_score(ch)
            kind = ch.kind
            scores = scores_v if kind == "V" else scores_n  # chains are "N" or "V"
            s = scores.get(stem)
            if s is None:
                s = scores[stem] = stem_score_uncached(stem, kind, cap)[0]
            pos = lemma_pos(stem)
            s += cs
            n = len(stem)
            if n <= nlow:
                f, b = harm.rfind("ә", 0, n), harm.rfind("а", 0, n)
                sf = None if f == b else f > b  # equal only when both are -1: no vowel
            else:
                sf = last_vowel_front(stem)
            if sf is not None and sf != ch.front:
                s += harmony
            if stem[-1] in "ғг":
                s += voiced_end
            if kind == "V":
                if cap:
                    s += cap_verb
                upos = pos or "VERB"
            else:
                upos = pos or ("PROPN" if cap else "NOUN")
            add((s, stem, ch, upos))
        cands.sort(key=_FIRST, reverse=True)
        floor = max(out, key=_SCORE).score - _KEEP_MARGIN
        for s, stem, ch, upos in cands[:_KEEP]:
            if s < floor:
                break
            out.append(_new_analysis(Analysis, (stem, (upos,) + ch.tags, s, ch.text, ch.kind)))
        out.sort(key=_SCORE, reverse=True)
        if compound is not None:
            lemma, tags, suffix, kind = compound
            out.insert(0, Analysis(lemma, tags, out[0].score + 1.0, suffix, kind))
        top = out[0]
        if top.kind == "V" and "Pass" not in top.tags and w["pass_pref"] > 0:
            # KTB verb lemmas drop the passive (жазалануға -> жазала), even when only the passive
            # stem is attested: prefer a passive-stripping reading of the same verb if close.
            for a in out[1:]:
                if top.score - a.score > w["pass_pref"]:
                    break
                if a.kind == "V" and "Pass" in a.tags and top.lemma.startswith(a.lemma):
                    out.remove(a)
                    out.insert(0, a)
                    break
        top = out[0]
        if not top.kind:
            # a listed reading (word memory): borrow the morpheme tags of the suffix reading
            # that agrees with it, so Tokens still carry Poss3/Gen/... tags
            for a in out[1:]:
                if a.kind and a.lemma.lower() == top.lemma.lower():
                    out[0] = Analysis(top.lemma, top.tags[:1] + a.tags[1:], top.score, a.suffix, a.kind)
                    break
        if not cap:
            return tuple(out)
        return tuple(self._case(a, word, cap) for a in out)

    def _case(self, a: Analysis, word: str, cap: bool) -> Analysis:
        """Restore the capital of proper nouns (Тоқаевтың -> Тоқаев); common nouns stay lower."""
        if not cap or a.lemma[:1].isupper() or a.tags[0] != "PROPN":
            return a
        low = a.lemma
        cased = self.lex.lemma_case.get(low) or self.lex.propn.get(low)
        if cased is None and a.tags[0] == "PROPN":
            cased = word[: len(low)] if word[: len(low)].lower() == low else low[:1].upper() + low[1:]
        if cased is None:
            return a
        return _new_analysis(Analysis, (cased, a.tags, a.score, a.suffix, a.kind))


@lru_cache(maxsize=1)
def default_lemmatizer() -> Lemmatizer:
    return Lemmatizer()
