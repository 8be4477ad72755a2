"""Where a name phrase that ends in a head noun begins, when its middle words are lower-case.

Kazakh names of committees, ministries and posts put their head noun last and may hold lower-case
words, commas and verbal nouns in between: "Аграрлық мәселелер, табиғатты пайдалану және ауылдық
аумақтарды дамыту комитеті", "Ғылым және жоғары білім бірінші вице-министрі". Such a run is a name
only when it opens with a capitalised word; case endings other than the accusative and genitive (a
verbal noun's object, an owner) end it, as do finite verbs, quotes and other punctuation.
"""

from __future__ import annotations

import re

from kazkg.graph.doc import Token
from kazkg.graph.grammar.match import fold, is_cap, is_initials, lemma, looks_like_surname

STOP_CASES = {"Loc", "Dat", "Abl", "Ins"}
# case endings a capitalised first word may show when the lexicon does not know it (Съезде, Құжатқа)
SENTENCE_START_CASE = re.compile(r"(ға|ге|қа|ке|да|де|та|те|нан|нен|дан|ден|тан|тен|лар|лер|дар|дер|тар|тер)$")
INNER_WORDS = {"және", "мен", "пен", "бен", "ісі", "істері", ",", "жөніндегі", "жанындағы"}
INNER_POS = {"NOUN", "ADJ", "PROPN", "NUM"}
MAX_WORDS = 12


def inner_word(tok: Token) -> bool:
    """A lower-case word that may sit inside a long name: a noun, an adjective or a verbal noun."""
    if fold(tok.text) in INNER_WORDS:
        return True
    if {"Poss1sg", "Poss2sg", "Poss2pol"} & set(tok.tags) and tok.text.isalpha():
        return True  # "my/your" has no place in a body's name: "құжаттама" misread as құжатта+м+а
    if tok.is_punct or any(c.isdigit() for c in tok.text) or set(tok.tags) & STOP_CASES:
        return False
    pos = tok.tags[0] if tok.tags else "NOUN"
    # unknown lower-case words (X: "ауыл") are mostly nouns; possessed genitives read as verbs
    # ("басқармасының") still link a name
    return pos in INNER_POS | {"X"} or (pos == "VERB" and ("Ger" in tok.tags or {"Poss3", "Gen"} <= set(tok.tags)))


def object_of_verbal_noun(toks: list[Token], i: int) -> bool:
    """"жұмыспен қамтуды үйлестіру": an object or instrument inside a name, before the verbal noun it
    depends on (within two words)."""
    return bool({"Acc", "Ins"} & set(toks[i].tags)) and any(verbal_noun(t) for t in toks[i + 1:i + 3])


def verbal_noun(tok: Token) -> bool:
    """"реттеу", "қамту", "үйлестіру": a verb's -у noun (the lexicon tags some as plain nouns)."""
    return "Ger" in tok.tags or (tok.text[:1].islower() and len(tok.text) > 3 and tok.text.endswith(("у", "ю"))
                                 and tok.tags[:1] in (("NOUN",), ("VERB",)))


def capital_start(toks: list[Token], end: int, stop=lambda i: False) -> int | None:
    """Index of the capitalised word that opens a name run ending at token ``end - 1``, or None.

    Walks left over inner words to the furthest capitalised word (not a surname, initials or a
    sentence-initial adverb) before the run breaks or ``stop(i)`` says token i belongs to something
    else (an owner body, a person).
    """
    best, i = None, end - 1
    while i >= 0 and end - i <= MAX_WORDS:
        tok = toks[i]
        if stop(i) or looks_like_surname(tok) or is_initials(tok):
            break
        if is_cap(tok) and tok.text[:1].isalpha():
            object_of_next = "Acc" in tok.tags and i + 1 < end and "Ger" in toks[i + 1].tags  # "Қалдықтарды басқару"
            if set(tok.tags) & STOP_CASES or ("Acc" in tok.tags and not object_of_next) \
                    or (tok.tags and tok.tags[0] not in INNER_POS | {"X"}):
                break
            if i == 0 and i + 1 < len(toks) and toks[i + 1].text[:1].islower() and (
                    "Plur" in tok.tags or SENTENCE_START_CASE.search(fold(tok.text))):
                break  # "Съезде партия ...", "Делегаттар ...": a sentence's inflected first word
            best = i
        elif not inner_word(tok) or ({"Acc", "Poss3"} <= set(tok.tags) and not object_of_verbal_noun(toks[:end], i)):
            break  # "Бюджет жобасын | облыс әкімдігінің ...": an object ends the name (but "жұмыспен қамтуды үйлестіру")
        i -= 1
    while best is not None and best < end and fold(toks[best].text) in INNER_WORDS:
        best += 1
    return best


EVENT_NOUNS = {"сессия", "отырыс", "жиналыс", "съезд", "форум", "саммит", "конференция", "сайлау",
               "кеңес-мәжіліс", "пленум", "брифинг", "референдум", "көрме", "фестиваль"}


HOLIDAY = "күн"  # "Полиция күні", "Мемлекеттік қызметкерлер күні": a day named by a capitalised phrase


def event_noun(tok) -> str | None:
    """The event noun this token is a form of (by lemma, or by its stem where the lexicon lacks it)."""
    lem, word = lemma(tok), fold(tok.text)
    if "-" in word and not word.startswith("кеңес-"):
        word = word.rsplit("-", 1)[1]  # "бизнес-форумы": a forum
        lem = word
    if looks_like_surname(tok):
        return None  # "Сайлаубеков" begins like "сайлау" (election)
    if lem == HOLIDAY and "Poss3" in tok.tags:
        return HOLIDAY
    for noun in EVENT_NOUNS:
        if lem == noun or (word.startswith(noun) and not word.startswith(noun + "шы")):
            return noun
    if word.startswith("съез"):
        return "съезд"  # "съезі", "съезіне": the д drops before the possessive
    return None
