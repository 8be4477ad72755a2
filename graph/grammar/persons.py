"""Person names: which capitalised words open, link and close a name, and its nominative label."""

from __future__ import annotations

import re

from kazkg.graph import lang
from kazkg.graph.context import Context
from kazkg.graph.doc import Token
from kazkg.graph.grammar.bodies import is_org_head
from kazkg.graph.grammar.lexicon import LEGAL_ACT_TYPES, NON_NAME_POS, POLICY_TYPES, SURNAME
from kazkg.graph.grammar.match import (
    PATRONYMIC_WORD,
    fold,
    is_cap,
    is_form_of,
    is_initials,
    looks_like_surname,
    nominative,
)

NOT_NAMES = {"мемлекет", "президент", "үкімет", "парламент", "мәжіліс", "сенат", "ассамблея", "қазақстан",
             "республика", "елбасы", "премьер-министр", "министр", "әкім", "сондай-ақ", "бүгін", "бұл",
             "корольдік", "сұлтандық", "әмірлік", "федерация", "князьдік"}  # "Марокко Корольдігінде": a state


PATRONYMIC = re.compile(r"(ұлы|қызы)$")


DASHES = {"–", "—", "-"}


# Titles that name one person rather than a post (Елбасы is Nazarbayev): resolved by the gazetteer.
PERSONAL_TITLES = {"елбасы"}


def non_name_word(tok: Token, first: bool) -> bool:
    """An adverb, conjunction, pronoun or verb by its tags. A capitalised word inside a sentence that
    the lexicon reads as a verb (Құдайбергенова as a converb) is still taken for a name."""
    if not tok.tags or tok.tags[0] not in NON_NAME_POS or looks_like_surname(tok):
        return False
    return first or tok.tags[0] != "VERB"


NAME_LINKS = {"бин", "ибн", "фон", "ван", "ди", "да"}  # not "бен": the Kazakh "and" (Тараз бен Талдықорған)


def opens_a_name(toks: list[Token], j: int) -> bool:
    """"Тоқаев | Құрылыс кодексіне қол қойды": a capitalised word right before a document's or a body's
    word opens that name, not a person's."""

    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if toks[j].tags[:1] != ("NOUN",) or looks_like_surname(toks[j]):
        return False  # a name read as a name ("Ахметов жобаны таныстырды") goes on
    return nxt is not None and nxt.text[:1].islower() and (
        bool(is_form_of(nxt, *LEGAL_ACT_TYPES, *POLICY_TYPES)) or is_org_head(nxt))


def linked_names(toks: list[Token]) -> dict[int, int]:
    """"Салим бин Нассер әл-Харти", "Урсула фон дер Ляйен": names joined by a lower-case particle,
    keyed by first token -> end (exclusive)."""
    out = {}
    for k in range(1, len(toks) - 1):
        if fold(toks[k].text) in NAME_LINKS and is_cap(toks[k - 1]) and is_cap(toks[k + 1]) \
                and toks[k - 1].text.isalpha() and not toks[k - 1].is_punct:
            end = k + 2
            while end < len(toks) and (fold(toks[end].text).startswith("әл-") or fold(toks[end].text) in ("дер", "ден")
                                       or (is_cap(toks[end]) and fold(toks[end - 1].text) in ("дер", "ден"))):
                end += 1
            out[k - 1] = end
    return out


def common_word(tok: Token) -> bool:
    """A word KazNERD writes in lower case inside sentences (Энергетика in "Асхат Бекұлы Энергетика
    министрі"), so no surname."""
    from kazkg.graph.ner.tagger import default_extractor_resources

    return default_extractor_resources()[2].get(fold(tok.text)) == "l"


def surname_of_known(ctx: Context, tok: Token) -> bool:
    """Is the token the surname of a person the article has named already?"""
    word = fold(lang.strip_case(tok.text))
    return any(" " in p.label and fold(p.label.split()[-1]) == word for p in ctx.facts.of_type("Person"))


def without_patronymic(label: str) -> tuple[str, str | None]:
    """"Айгүл Сапарбекқызы Жолдасбекова" -> ("Айгүл Жолдасбекова", the full name): the canonical
    label is first name + surname, so the same person named with and without it is one node."""
    words = label.split()
    if len(words) == 3 and PATRONYMIC_WORD.search(words[1]) and "." not in label:
        return f"{words[0]} {words[2]}", label
    return label, None


INSTRUMENTAL_AFTER_VOWEL = re.compile(r"^([А-ЯӘҒҚҢӨҰҮҺІЁA-Z][\w-]{2,}[аәеиоөұүыіэюяу])мен$")


# A surname in the accusative the lexicon does not know: -ты/-ті after a voiceless consonant (Новакты), -ны/-ні
# after a vowel (Танабэні), -ды/-ді after м, н, ң, з, ж, й (Төлепбергенді); not after р, л (Құдайберді, Жанболды are names).
NAME_ACCUSATIVE = re.compile(r"^([А-ЯӘҒҚҢӨҰҮҺІЁ][\w-]{2,}?(?:[кқпстшфх](?=т[ыі]$)|[аәеиоөұүыіэюя](?=н[ыі]$)"
                        r"|[мнңзжй](?=д[ыі]$)))[тнд][ыі]$")  # (not after р, л: Құдайберді, Жанболды are names)


def person_label(toks: list[Token]) -> str:
    """Nominative name: the surname's case ending is cut even where the lexicon does not know the
    surname (Болат Әбдіралиевті -> Болат Әбдіралиев), by the -ов/-ев/-ин/-ұлы shape."""
    if len(toks) == 1 and is_initials(toks[0]):
        return toks[0].text
    def shouted(t: Token) -> bool:  # a byline's capitals ("Айдана ЕРМЕКҚЫЗЫ"), not initials ("Д.А.")
        return t.text.isupper() and len(t.text) > 3 and not is_initials(t)

    if any(shouted(t) for t in toks):
        return " ".join(t.text[:1] + t.text[1:].lower() if shouted(t) else t.text for t in toks)
    last = toks[-1].text
    m = SURNAME.search(last)
    if m and m.group(2) and m.group(2) not in ("а", "е", "н"):
        return " ".join([t.text for t in toks[:-1]] + [last[: m.start(2)]])
    w = INSTRUMENTAL_AFTER_VOWEL.match(last) or NAME_ACCUSATIVE.match(last)
    if len(toks) >= 2 and w:
        # "Сэмюэл Омондимен": a foreign surname ending in a vowel takes -мен, which the lexicon does not cut
        return " ".join([t.text for t in toks[:-1]] + [w.group(1)])
    return nominative(toks)
