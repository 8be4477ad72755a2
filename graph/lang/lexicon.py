"""The stem lexicon that ranks candidate splits, and how it is derived from UD-KTB and KazNERD.

Why a lexicon: many stems end in something shaped like a suffix (Алматы, Павлодар, Дариға), so a
split is trusted only when its stem is attested.  Three kinds of evidence (KAZAKH.md §3 "Pitfalls"):

* ``lemmas``: gold lemmas with their UPOS from UD-KTB (a stem we know, and whether it is a verb);
* ``forms``: gold form -> lemma pairs from UD-KTB (irregular and ambiguous words: оның -> ол);
* ``stems``: stems induced from KazNERD surface forms: a stem seen with many distinct suffix
  chains (and on its own) is a real stem; KazNERD has no lemmas, so this is paradigm evidence;
* ``propn``: capitalised words inside KazNERD entity spans, proof of a proper-noun stem.

The shipped file ``data/lexicon.tsv.gz`` is built by ``scripts/build_lexicon.py``.
"""

from __future__ import annotations

import gzip
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

LEXICON_FILE = "lexicon.tsv.gz"
PRIOR_MAX_COUNT = 0  # see chain_prior
ENDING3_MIN = 1000


@dataclass(slots=True)
class Lexicon:
    lemmas: dict[str, str] = field(default_factory=dict)  # lower lemma -> most frequent UPOS
    lemma_case: dict[str, str] = field(default_factory=dict)  # lower lemma -> cased PROPN lemma
    forms: dict[str, tuple[str, str]] = field(default_factory=dict)  # lower form -> (lemma, UPOS)
    stems: dict[str, int] = field(default_factory=dict)  # lower stem -> distinct chains seen
    words: dict[str, int] = field(default_factory=dict)  # lower word -> corpus frequency
    propn: dict[str, str] = field(default_factory=dict)  # lower -> cased proper noun
    prior: dict[str, float] = field(default_factory=dict)  # chain text -> log reliability

    # --- serialisation ------------------------------------------------------------------------
    def dump(self, path: Path) -> None:
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
            fh.write("# kazkg lexicon: derived from UD_Kazakh-KTB (CC BY-SA 4.0) and KazNERD (CC BY 4.0)\n")
            for k in sorted(self.lemmas):
                fh.write(f"L\t{self.lemma_case.get(k, k)}\t{self.lemmas[k]}\n")
            for k in sorted(self.forms):
                lemma, pos = self.forms[k]
                fh.write(f"F\t{k}\t{lemma}\t{pos}\n")
            for k in sorted(self.stems):
                fh.write(f"S\t{k}\t{self.stems[k]}\t{self.words.get(k, 0)}\n")
            for k in sorted(self.words):
                if k not in self.stems:
                    fh.write(f"W\t{k}\t{self.words[k]}\n")
            for k in sorted(self.propn):
                fh.write(f"P\t{self.propn[k]}\n")
            for k in sorted(self.prior):
                fh.write(f"C\t{k}\t{self.prior[k]:.3f}\n")

    @classmethod
    def load(cls, path: Path | None = None) -> "Lexicon":
        lex = cls()
        if path is None:
            ref = resources.files("kazkg.graph.lang.data").joinpath(LEXICON_FILE)
            if not ref.is_file():
                return lex
            raw = ref.read_bytes()
        else:
            raw = Path(path).read_bytes()
        for line in gzip.decompress(raw).decode("utf-8").splitlines():
            if not line or line[0] == "#":
                continue
            p = line.split("\t")
            kind = p[0]
            if kind == "L":
                low = p[1].lower()
                lex.lemmas[low] = p[2]
                if p[1] != low:
                    lex.lemma_case[low] = p[1]
            elif kind == "F":
                lex.forms[p[1]] = (p[2], p[3])
            elif kind == "S":
                lex.stems[p[1]] = int(p[2])
                if int(p[3]):
                    lex.words[p[1]] = int(p[3])
            elif kind == "W":
                lex.words[p[1]] = int(p[2])
            elif kind == "P":
                lex.propn[p[1].lower()] = p[1]
            elif kind == "C":
                lex.prior[p[1]] = float(p[2])
        return lex


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The committed lexicon (empty if the data file is missing: rules still work)."""
    return Lexicon.load()


# --- building ---------------------------------------------------------------------------------
def read_conllu(path: Path) -> list[list[tuple[str, str, str]]]:
    """Sentences of (form, lemma, upos) syntactic words; multi-word token lines are skipped."""
    sents, cur = [], []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        if line.startswith("#"):
            continue
        p = line.split("\t")
        if len(p) == 10 and p[0].isdigit():
            cur.append((p[1], p[2], p[3]))
    if cur:
        sents.append(cur)
    return sents


def read_kaznerd(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, IOB2 tag) from a KazNERD CoNLL file."""
    sents, cur = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            tok, _, tag = line.rpartition(" ")
            cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


def kaznerd_evidence(sents) -> tuple[dict[str, int], dict[str, int], dict[str, str]]:
    """Surface frequencies, induced stems and proper-noun spellings from KazNERD sentences."""
    from kazkg.graph.lang.morphology import splits

    words: Counter = Counter()
    caps: Counter = Counter()
    for sent in sents:
        for i, (tok, tag) in enumerate(sent):
            if not any(c.isalpha() for c in tok):
                continue
            low = tok.lower()
            words[low] += 1
            if tag != "O" and tok[:1].isupper() and not tok.isupper():
                # the last word of an izafet name carries the possessive (Қазақстан халқы
                # Ассамблеясы): inside a span, a word ending in -ы/-і is no proof of a bare stem
                if tag.startswith("I-") and low.endswith(("ы", "і")):
                    continue
                caps[tok] += 1
    chains: dict[str, set] = defaultdict(set)
    for w in words:
        for stem, ch in splits(w, min_stem=2):
            # one-letter chains and bare imperatives prove little (себебі+н would make a stem)
            if len(ch.text) > 1 and ch.tags[-1] != "Imp":
                chains[stem].add(ch.text)
    # A stem counts when seen with >= 2 distinct chains, or with one chain and on its own.
    stems = {}
    for stem, cs in chains.items():
        n = len(cs) + (1 if stem in words else 0)
        if n >= 2:
            stems[stem] = n
    words_kept = {w: c for w, c in words.items() if c >= 2 or w in stems}
    propn = {}
    for tok, c in caps.items():
        low = tok.lower()
        # keep the base spelling of capitalised entity words (lemma-like: those seen uninflected)
        if c >= 1 and (low in stems or words[low] >= 2):
            propn[low] = tok
    return stems, words_kept, propn


def build_lexicon(ud_sents, kaznerd_sents=None, evidence=None) -> Lexicon:
    """A Lexicon from UD sentences plus KazNERD sentences (or precomputed ``evidence``)."""
    lex = Lexicon()
    pos_count: dict[str, Counter] = defaultdict(Counter)
    form_count: dict[str, Counter] = defaultdict(Counter)
    for sent in ud_sents:
        for form, lemma, upos in sent:
            if upos == "PUNCT" or lemma == "_":
                continue
            low = lemma.lower()
            pos_count[low][upos] += 1
            if upos == "PROPN" and lemma[:1].isupper():
                lex.lemma_case[low] = lemma
            form_count[form.lower()][(lemma, upos)] += 1
    lex.lemmas = {k: c.most_common(1)[0][0] for k, c in pos_count.items()}
    lex.forms = {k: c.most_common(1)[0][0] for k, c in form_count.items()}
    if evidence is None and kaznerd_sents is not None:
        evidence = kaznerd_evidence(kaznerd_sents)
    if evidence is not None:
        lex.stems, lex.words, lex.propn = evidence
    lex.prior = chain_prior(ud_sents, max_count=PRIOR_MAX_COUNT)
    return lex


def chain_prior(ud_sents, lex: Lexicon | None = None, scale: float = 2.0, max_count: int = 0) -> dict[str, float]:
    """How often a chain that matches a word's ending is really its ending, from gold lemmas.

    This is suffix knowledge, not word knowledge: e.g. a word ending in -ның is nearly always a
    genitive, one ending in -ы is a 3rd-person possessive only some of the time.  Returned as
    ``scale * log P`` with add-one smoothing; the key "" is the unsplit word, "#xy" the unsplit
    word ending in xy.  With ``max_count``, only forms seen at most that often are counted: the
    frequent ones are remembered whole (``Lexicon.forms``), so rare forms are what the prior
    must decide, and their suffix statistics differ (fewer bare function words).
    """
    import math

    from kazkg.graph.lang.morphology import splits

    num: Counter = Counter()
    den: Counter = Counter()
    freq = Counter(form.lower() for sent in ud_sents for form, _, _ in sent)
    for sent in ud_sents:
        for form, lemma, upos in sent:
            if upos == "PUNCT" or not any(c.isalpha() for c in form):
                continue
            f, g = form.lower(), lemma.lower()
            if max_count and freq[f] > max_count:
                continue
            ends = ("", "#" + f[-2:])
            for key in ends:
                den[key] += 1
                if f == g:
                    num[key] += 1
            texts = {ch.text for _, ch in splits(f)}
            for text in texts:
                den[text] += 1
            for stem, ch in splits(f):
                if stem == g:
                    num[ch.text] += 1
                    break
    out = {}
    for k in den:
        if k.startswith("#"):
            continue
        out[k] = round(scale * math.log((num[k] + 0.5) / (den[k] + 1.0)), 3)
    # the unsplit word: P(lemma = word | its last two letters), smoothed towards P(lemma = word)
    # (3-letter endings were tried and did not help in cross-validation)
    p0 = (num[""] + 0.5) / (den[""] + 1.0)
    out[""] = round(scale * math.log(p0), 3)
    for k in den:
        if k.startswith("#"):
            out[k] = round(scale * math.log((num[k] + 2 * p0) / (den[k] + 2)), 3)
    return out

