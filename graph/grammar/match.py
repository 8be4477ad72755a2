"""Token-level tests the extractors share: is this token a form of lemma X, a name, a case form."""

from __future__ import annotations

import re
from functools import lru_cache

from kazkg.graph import lang
from kazkg.graph.doc import Sentence, Token
from kazkg.graph.grammar.lexicon import INITIALS, STEM_PATTERNS, SURNAME
from kazkg.graph.lang.languages import for_language

CYR_UPPER = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
# the grammar layer reads Kazakh: case decisions are the language object's, in one place
KK = for_language("kk")
BAI = re.compile(r"бай(дың|ға|ды|мен|да|дан)?$")
GENITIVE = re.compile(r"(ның|нің|дың|дің|тың|тің)$")


@lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Case- and ё-folded text; cached: the extractors fold the same words millions of times."""
    return text.casefold().replace("ё", "е")


def lemma(tok: Token) -> str:
    return fold(tok.lemma or lang.lemmatize(tok.text))


@lru_cache(maxsize=65536)
def _surface_is(word: str, target: str) -> bool:
    pat = STEM_PATTERNS.get(target)
    return bool(pat and pat.search(word))


def is_form_of(tok: Token, *lemmas: str) -> str | None:
    """The lemma (of ``lemmas``) this token is an inflected form of, by the lemmatiser or a stem pattern."""
    return _form_of(tok.lemma, tok.text, lemmas)


@lru_cache(maxsize=1 << 18)
def _form_of(lem: str, text: str, lemmas: tuple[str, ...]) -> str | None:
    """``is_form_of`` by the token's lemma and text only, so a word form's answer is worked out once."""
    lem = fold(lem or lang.lemmatize(text))
    word = fold(text.split("-")[0] if text[:1].isupper() and "-" in text else text)
    for target in lemmas:
        if lem == target or _surface_is(word, target) or fold(text) == target:
            return target
    return None


def is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def is_acronym(tok: Token) -> str | None:
    """ҚХА, ҚР, АҚШ (a hyphenated case ending is cut: ``ҚХА-ның`` -> ``ҚХА``)."""
    head = tok.text.split("-")[0]
    if 2 <= len(head) <= 6 and head.isupper() and head.isalpha() and all(c in CYR_UPPER for c in head):
        return head
    return None


def is_initials(tok: Token) -> bool:
    return bool(INITIALS.match(tok.text))


def looks_like_surname(tok: Token) -> bool:
    """-ов/-ев/-ин/-ұлы/-қызы ... or a long -бай name (Дәдебай; not Абай)."""
    if not is_cap(tok) or len(tok.text) <= 3:
        return False
    return bool(SURNAME.search(tok.text)) or (len(tok.text) >= 6 and bool(BAI.search(tok.text)))


def is_genitive(tok: Token) -> bool:
    return KK.is_case(tok, "Gen")


def is_instrumental(tok: Token) -> bool:
    return KK.is_case(tok, "Ins")


def nominative(tokens: list[Token]) -> str:
    """The name in the nominative, spaced as the text spaces it ("Қазақстан–Оман", "«Даму» қоры")."""
    if not tokens:
        return ""
    texts = [t.text for t in tokens]
    number, dash, noun = texts[-1].partition("-")
    if dash and number.isdigit() and noun:  # "35-сессиясында": the number stays, the noun is read
        texts[-1] = noun
    words = lang.nominative(texts).split(" ")
    if dash and number.isdigit() and noun and len(words) == len(tokens):
        words[-1] = f"{number}-{words[-1]}"
    if len(words) != len(tokens):  # the lemmatiser changed the word count: fall back to plain spacing
        return " ".join(words)
    out = words[0]
    for prev, tok, word in zip(tokens, tokens[1:], words[1:]):
        out += ("" if tok.start == prev.end else " ") + word
    return out


# Case tags of the language layer: the oblique cases, and all cases but the nominative
OBLIQUE = frozenset({"Dat", "Loc", "Abl", "Acc", "Ins"})
CASES = OBLIQUE | {"Gen"}
OPENING_QUOTES = {"«", "“", "„", '"'}
CLOSING_QUOTES = {"»", "”", '"'}
# A patronymic (Жұмабайұлы, Серікқызы, Петрович): the capitalised word after it is the surname
PATRONYMIC_WORD = re.compile(r"(ұлы|қызы|ович|евич|овна|евна|ична)$")


def in_quotes(sent: Sentence, i: int) -> bool:
    """Is token i inside « » or “ ” or "..." within its sentence (a title, not the sentence's own verb)?"""
    depth = 0
    for tok in sent.tokens[:i]:
        if tok.text in ("«", "“", "„"):
            depth += 1
        elif tok.text in ("»", "”") and depth:
            depth -= 1
    return depth > 0


QUOTE_FRAME = re.compile(r"[»”\"]\s*[,.]?\s*[-–—]*\s*(делінген|деді|деп|айтты|мәлімдеді|делінеді|айтылған|атап өтті)", re.S)


LIST_MARKER = re.compile(r"\s*(?:[-–—•*·]|\d{1,2}[.)]|[a-zа-яәғқңөұүһі]\))\s+")
ACCORDING_TO = re.compile(r"\s*[А-ЯӘҒҚҢӨҰҮҺІа-яәғқңөұүһі]+(?:ға|ге|қа|ке|на|не|а|е)\s+сәйкес\s*,\s*")
# "Оның айтуынша, X", "Вице-министрдің сөзінше, X": who says it is no part of what is said
SPEAKER = re.compile(r"\s*(?:[\w.-]+\s+){1,3}?(?:айтуынша|сөзінше|пікірінше|мәліметінше)\s*,\s*")


def clause_text(sent: Sentence) -> tuple[int, int]:
    """The statement a sentence makes, without a quotation's frame: «X», - делінген құжатта -> X.

    A quotation may span sentences, so a sentence can hold only its opening « or only its closing
    »,- деді X; either part of the frame is dropped on its own.
    """
    text = sent.text
    start, end = 0, len(text.rstrip())
    m = QUOTE_FRAME.search(text)
    if m:
        end = m.start()
    lead = re.match(r"^\s*[«“\"]", text)
    if lead and (m or not re.search(r"[»”]", text[lead.end():])):
        start = lead.end()
    marker = LIST_MARKER.match(text, start)
    if marker:  # "– 650 пункт салынады;": a list item's dash or number is no part of what it says
        start = marker.end()
    opener = ACCORDING_TO.match(text, start) or SPEAKER.match(text, start)
    if opener:  # "Құжатқа сәйкес, X" and "Оның айтуынша, X" state X
        start = opener.end()
    while end > start and text[end - 1] in " .;,":
        end -= 1
    return sent.start + start, sent.start + end


CASE_ENDING = re.compile(r"(ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|да|де|та|те|нан|нен|дан|ден|(?<!с)тан|тен|мен|бен|пен|лар|лер|дар|дер|тар|тер)$")
