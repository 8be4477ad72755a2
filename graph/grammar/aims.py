"""Aims named before a purpose word, each as its own concise noun phrase (GOLD.md: a Goal is an aim's
noun phrase, not a sentence).

- ``A-у, B-у және C-у мақсатында`` (in order to): verbal nouns listed before one ``мақсатында``;
- ``A-уға және B-уға бағытталған / ықпал етеді`` (aimed at, contributes to): datives before the predicate;
- ``A-у үшін`` (so as to): one verbal noun before ``үшін``.

An item whose objects share one verb (``жағдайды әрі байланысын жақсарту``) gives one aim per object,
each with the verb. The phrase runs left from the purpose word to the clause's start: a sentence start,
a stop, a dash, a finite verb, or a nominative name (the subject: ``Жаңа Ата заң ... бағытталған``).
"""

from __future__ import annotations

from dataclasses import dataclass

from kazkg.graph.context import Context
from kazkg.graph.doc import Sentence, Token
from kazkg.graph.grammar.documents import AGREEMENTS
from kazkg.graph.grammar.lexicon import LEGAL_ACT_TYPES, POLICY_TYPES
from kazkg.graph.grammar.match import fold, is_form_of
from kazkg.graph.lang import nominative

PURPOSE = ("мақсатында", "мақсатымен", "мақсатта")
DATIVE_PREDICATES = ("бағытталған", "бағытталады", "бағытталды", "бағытталып")
CONTRIBUTE = ("ықпал",)  # "... нығайтуға ықпал етеді"
FOR = "үшін"
SEPARATORS = {",", "және", "әрі", "сондай-ақ", ";"}
FILLERS = ("одан әрі ", "бұдан әрі ", "түбегейлі ")
SUBJECT_TYPES = {"Person", "Organization", "Position"} | set(LEGAL_ACT_TYPES.values()) | set(POLICY_TYPES.values())
FINITE = {"Past", "Pres", "Fut"}
PRONOUNS = {"ол", "бұл", "олар"}
DATIVE_ENDINGS = ("уға", "уге", "юға", "юге")


@dataclass
class Aim:
    label: str
    start: int
    end: int


@dataclass
class Purpose:
    """A purpose word and what it introduces: the aims, and the token after which the owner may stand."""

    kind: str  # "purpose" (мақсатында, үшін) or "dative" (бағытталған, ықпал етеді)
    marker: int  # index of the purpose word in the sentence
    aims: list[Aim]
    first: int  # index of the aims' first token


def verbal_noun(tok: Token) -> bool:
    """арттыру, қол жеткізу; with its own subject: тазаруы (its being purified)."""
    w = fold(tok.text)
    return "Ger" in tok.tags or len(w) > 3 and tok.tags[:1] in (("VERB",), ("NOUN",)) and (
        w.endswith(("у", "ю")) and not set(tok.tags) & {"Gen", "Acc", "Dat", "Loc", "Abl", "Ins", "Poss3"}
        or w.endswith(("уы", "уі")))


def dative_verbal_noun(tok: Token) -> bool:
    return fold(tok.text).endswith(DATIVE_ENDINGS)


def doc_noun(tok: Token) -> bool:
    """A document or act noun in the nominative (Заң, Конституция, тұжырымдама): a subject."""
    word = is_form_of(tok, *LEGAL_ACT_TYPES) or is_form_of(tok, *POLICY_TYPES)
    return tok.tags[:1] in (("NOUN",), ("PROPN",)) and not set(tok.tags[1:]) - {"Plur"} and word is not None \
        and word not in AGREEMENTS  # ("келісім": also accord; "жоспарлы", planned, is no plan)


def _entity_name(ctx: Context, tok: Token) -> bool:
    """A nominative mention of a person, body, post or document: the clause's subject, not part of the aim."""
    ent = ctx.facts.covering(tok.start, tok.end)
    if ent is None or ent.type not in SUBJECT_TYPES:
        return False
    return ent.type == "Person" or not set(tok.tags) & {"Gen", "Acc", "Dat", "Loc", "Abl", "Ins"}


def _left_edge(ctx: Context, sent: Sentence, k: int) -> int:
    """Index of the first token of the phrase ending before token k."""
    toks = sent.tokens
    depth = 0
    j = k - 1
    while j >= 0 and k - j <= 40:
        t = toks[j]
        w = t.text
        if w in ("»", "”") or (w == '"' and depth == 0):
            depth += 1
        elif w in ("«", "“") or w == '"':
            if depth == 0:
                break
            depth -= 1
        elif depth:
            pass
        elif w == ",":
            if j + 1 >= k or j == 0 or not (verbal_noun(toks[j - 1]) or dative_verbal_noun(toks[j - 1])
                                            or "Acc" in toks[j - 1].tags):
                break  # a comma closes an earlier clause unless it separates items of the list
        elif t.is_punct and w not in ("-",):
            break
        elif FINITE & set(t.tags) and "Ger" not in t.tags and not (
                j + 1 < k and (verbal_noun(toks[j + 1]) or dative_verbal_noun(toks[j + 1]))):
            break  # (a "finite" word right before the verbal noun is an attribute read as a verb: ізгілікті)
        elif fold(w) in PRONOUNS or doc_noun(t) and not (j + 1 < k and "Poss3" in toks[j + 1].tags):
            break  # "Ол ...", "Жаңа Ата заң ...": the clause's subject (not "заң жүзінде", legally)
        elif _entity_name(ctx, t) and not (j + 1 < k and "Poss3" in toks[j + 1].tags and not t.tags[1:]):
            break  # (but "үкімет қолдауын": a bare possessor inside the aim)
        j -= 1
    first = j + 1
    stop = ctx.facts.covering(toks[j].start, toks[j].end) if j >= 0 else None
    while stop is not None and first < k and stop is ctx.facts.covering(toks[first].start, toks[first].end):
        first += 1  # the rest of the name the phrase stopped at
    return first


def _items(toks: list[Token], dative: bool) -> list[list[Token]]:
    """Split the phrase at separators that follow an item's last word."""
    out: list[list[Token]] = [[]]
    for n, t in enumerate(toks):
        prev = out[-1][-1] if out[-1] else None
        ends = prev is not None and (dative_verbal_noun(prev) if dative else verbal_noun(prev))
        if fold(t.text) in SEPARATORS and ends and n + 1 < len(toks):
            out.append([])
            continue
        if fold(t.text) in SEPARATORS and not out[-1]:
            continue  # ", сондай-ақ": a second separator
        out[-1].append(t)
    return [i for i in out if i]


def _distribute(item: list[Token]) -> list[list[Token]]:
    """``жағдайды әрі байланысын жақсарту`` -> ``жағдайды жақсарту``, ``байланысын жақсарту``."""
    cuts = [n for n in range(1, len(item) - 1)
            if fold(item[n].text) in (",", "әрі", "және") and "Acc" in item[n - 1].tags]
    last_acc = max((n for n, t in enumerate(item) if "Acc" in t.tags), default=None)
    if not cuts or last_acc is None or last_acc >= len(item) - 1:
        return [item]
    verb = item[last_acc + 1:]
    parts, start = [], 0
    for c in cuts:
        parts.append(item[start:c] + verb)
        start = c + 1
    parts.append(item[start:])
    return parts


def _text(text: str, toks: list[Token]) -> str:
    """The tokens as written: the text between neighbours kept, a gap (a shared verb moved) one space."""
    out = text[toks[0].start:toks[0].end]
    for a, b in zip(toks, toks[1:]):
        gap = text[a.end:b.start]
        out += (gap if b.start - a.end < 3 and "," not in gap else " ") + text[b.start:b.end]
    return out


def _label(text: str, toks: list[Token], dative: bool) -> str:
    label = " ".join(text.split()).strip(" ,;")
    if label.count("«") != label.count("»"):
        label = label.strip("«»")
    for filler in FILLERS:
        label = label.replace(filler, "")
    last = toks[-1]
    if dative and dative_verbal_noun(last):
        label = label[: len(label) - 2]  # жақсартуға -> жақсарту
    elif dative and "Dat" in last.tags:
        words = label.split()
        label = " ".join(words[:-1] + [nominative(words[-1:])])  # игілігіне -> игілігі
    return label


def purposes(ctx: Context, sent: Sentence) -> list[Purpose]:
    """Every purpose word of the sentence with the aims it introduces."""
    toks = sent.tokens
    out: list[Purpose] = []
    for k, tok in enumerate(toks):
        w = fold(tok.text)
        if w in PURPOSE and k > 0 and verbal_noun(toks[k - 1]):
            kind = "purpose"
        elif w == FOR and k > 0 and "Ger" in toks[k - 1].tags:
            kind = "purpose"
        elif (w.startswith(DATIVE_PREDICATES) or w in CONTRIBUTE) and k > 0 and dative_verbal_noun(toks[k - 1]):
            kind = "dative"
        else:
            continue
        first = _left_edge(ctx, sent, k)
        span = toks[first:k]
        if not span:
            continue
        aims = []
        for item in _items(span, kind == "dative"):
            for part in (_distribute(item) if kind == "purpose" or dative_verbal_noun(item[-1]) else [item]):
                if len(part) < 2 and not dative_verbal_noun(part[-1]) and not verbal_noun(part[-1]) \
                        or fold(part[0].text) in ("оны", "мұны", "соны"):
                    continue  # ("Оны іске асыру үшін": carrying "it" out is no aim of its own)
                text = _text(ctx.text, part)
                aims.append(Aim(_label(text, part, kind == "dative"), part[0].start, part[-1].end))
        if aims:
            out.append(Purpose(kind, k, aims, first))
    return out
