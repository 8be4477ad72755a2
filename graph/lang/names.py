"""Canonical forms for extractors: nominative of multi-word names, case stripping, verb stems.

Grammar fact used (KAZAKH.md §3 "Multi-word entity spans"): in a Kazakh name only the last word
carries the case; earlier words are nominative or genitive inside an izafet chain, and the 3rd-
person possessive on the last word links it to the words before it (Қазақстан халқы
Ассамблеясы), so it belongs to the name and is kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kazkg.graph.lang.lemma import Analysis, default_lemmatizer
from kazkg.graph.lang.morphology import chain_index

# Outer layers that strip_case removes: case endings and the relative -ғы (and the plural/case
# that may follow -ғы: -дағылар, -дағыны).
OUTER = frozenset({"Gen", "Acc", "Dat", "Loc", "Abl", "Ins", "Sim", "Rel"})
POSSESSIVES = frozenset({"Poss3", "Poss1sg", "Poss2sg", "Poss2pol", "Poss1pl"})
# A case ending after the 3rd-person possessive, for words the lexicon misreads as verbs.
POSS_CASE = re.compile(r"(сы|сі)(ның|нің|на|не|нда|нде|нан|нен|мен|н)$")


def _best(word: str) -> Analysis:
    """The best analysis; if it came from a word list (no chain), the best suffix analysis that
    agrees with it, so that callers see the morphemes."""
    analyses = default_lemmatizer().analyse(word)
    best = analyses[0]
    if not best.kind:
        for a in analyses[1:]:
            if a.kind and a.lemma.lower() == best.lemma.lower():
                return a
    return best


def _outer_tags(tags: tuple[str, ...]) -> tuple[str, ...]:
    """The trailing case/-ғы tags of an analysis (after a -ғы, a plural counts as outer too)."""
    morph = tags[1:]
    i = len(morph)
    while i > 0 and (morph[i - 1] in OUTER or (morph[i - 1] == "Plur" and "Rel" in morph[: i - 1])):
        i -= 1
    return morph[i:]


@lru_cache(maxsize=1 << 16)
def strip_case(word: str) -> str:
    """``word`` without its case and -ғы layers, possessive kept.

    Ассамблеясының -> Ассамблеясы, Тоқаевтың -> Тоқаев, қыркүйектегі -> қыркүйек,
    тұжырымдамасын -> тұжырымдамасы (accusative -н after a possessive), ҚХА-ның -> ҚХА.
    """
    head, sep, tail = word.rpartition("-")
    best = _best(word)
    if sep and best.lemma == head:
        return head
    if best.kind == "N" and best.lemma.endswith(("сын", "сін")):
        # "академиясын-да" is "академия-сы-нда": a lemma ending in an accusative is the possessive misread
        poss = next((a for a in default_lemmatizer().analyse(word)
                     if a.kind == "N" and "Poss3" in a.tags and _outer_tags(a.tags)), None)
        best = poss or best
    if best.kind != "N":
        # a possessed noun with a case (басқарма-сы-ның), never a bare name with a case-like ending (Қызылорда)
        noun = next((a for a in default_lemmatizer().analyse(word)
                     if a.kind == "N" and _outer_tags(a.tags) and POSSESSIVES & set(a.tags)), None)
        if noun is None:
            m = POSS_CASE.search(word)  # no noun reading at all (басқармасының read as a verb)
            return word[: m.start(2)] if m else word
        best = noun
    outer = _outer_tags(best.tags)
    if not outer:
        return word
    for ch in chain_index().get(best.suffix, ()):
        if ch.kind == "N" and ch.tags == best.tags[1:] and len(ch.parts) == len(ch.tags):
            cut = sum(len(x) for x in ch.parts[len(ch.parts) - len(outer) :])
            return word[: len(word) - cut]
    return word


def nominative(words: list[str]) -> str:
    """The nominative canonical form of a multi-word name whose last word may be inflected.

    Only the last word's case (and -ғы) layer is removed; the possessive stays, because in a
    multi-word name it is the izafet link (Қазақстан халқы Ассамблеясының -> Қазақстан халқы
    Ассамблеясы; Қазақстан Республикасы Президентінің -> Қазақстан Республикасы Президенті).
    Rule for a single word: a lone word has no possessor inside the name, so a 3rd-person
    possessive on it points outside (Президенттің Жарлығымен): it is dropped too and the lemma
    is returned with the word's capitalisation (Жарлығымен -> Жарлық).
    """
    words = [w for w in words if w]
    if not words:
        return ""
    last = words[-1]
    if len(words) == 1:
        best = _best(last)
        morph = set(best.tags[1:])
        if best.kind == "N" and morph & POSSESSIVES:
            lemma = best.lemma
            if last[:1].isupper() and not lemma[:1].isupper():
                lemma = lemma[:1].upper() + lemma[1:]
            return lemma
        return strip_case(last)
    return " ".join(words[:-1] + [strip_case(last)])


def verb_stem(word: str) -> str:
    """The verb stem (KTB verb lemma) of a verb form: бекітілді/бекітті -> бекіт,
    қабылданды -> қабылда, тағайындалды -> тағайында, босатылды -> босат, құрылды -> құр,
    "қол қойды" -> қой (the last word of a light-verb phrase carries the verb)."""
    last = word.split()[-1] if word.split() else word
    analyses = default_lemmatizer().analyse(last)
    verbal = [a for a in analyses if a.kind == "V" or a.tags[0] in ("VERB", "AUX")]
    if not verbal:
        return analyses[0].lemma.lower()
    top = verbal[0]
    # KTB verb lemmas drop the passive: prefer a reading that strips it from the same stem
    # (тағайындалды: тағайындал+ды -> тағайында+л+ды).
    for a in verbal[1:]:
        if "Pass" in a.tags and "Pass" not in top.tags and top.lemma.lower().startswith(a.lemma.lower()):
            if a.score > top.score - 8.0:
                return a.lemma.lower()
    return top.lemma.lower()


def lemma_is(token_or_word, *lemmas: str) -> bool:
    """True if the token (a kazkg.graph.doc.Token or a str) is a form of one of ``lemmas``.

    Compares lower-cased; accepts the best lemma, the verb stem, or any reading whose stem is an
    attested one of ``lemmas`` (so Жарлығымен matches "жарлық" and бекітілді matches "бекіт").
    """
    targets = {t.lower().rstrip("-") for t in lemmas}
    if isinstance(token_or_word, str):
        word, lemma = token_or_word, None
    else:
        word, lemma = token_or_word.text, token_or_word.lemma or None
    if lemma and lemma.lower() in targets:
        return True
    analyses = default_lemmatizer().analyse(word)
    if analyses[0].lemma.lower() in targets:
        return True
    best = analyses[0].score
    for a in analyses[1:]:
        if a.lemma.lower() in targets and a.score > best - 4.0:
            return True
    return False


def has_stem(word, stem: str) -> bool:
    """``lemma_is`` for one stem: is ``word`` (str or Token) an inflected form of ``stem``?"""
    return lemma_is(word, stem)
