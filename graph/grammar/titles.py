"""Unquoted titles of acts and documents: ``Сенат депутаттарын тағайындау туралы Жарлыққа``,
``Македониямен ... келісімді ратификациялау туралы заң жобасы`` (GOLD.md: a titled act is labelled by its
title and type, quoted or not).

The title runs left from ``туралы`` to the clause's edge: a stop or comma, an unbalanced quote, a finite
verb, a person (the issuer or the subject), a genitive post (``Президентінің``: the issuer), a name in
the nominative that heads nothing (the subject: ``Мәжіліс ... туралы заңды қабылдады``), a date in its
attributive form (``15 қыркүйектегі``: the act's date, not its title) or a word that says where the act
was put (``депутаттар талқысына``). A date before the title is the clause's (``3 ақпанда | X туралы Заңға
қол қойды``), though a title may open with one.
"""

from __future__ import annotations

import re

from kazkg.graph.context import Context
from kazkg.graph.doc import Sentence
from kazkg.graph.grammar.lexicon import LEGAL_ACT_TYPES
from kazkg.graph.grammar.match import fold, is_form_of

FINITE = {"Past", "Pres", "Fut"}
CASES = {"Gen", "Acc", "Dat", "Loc", "Abl", "Ins"}
PRONOUNS = {"ол", "бұл", "онда", "мұнда", "сол", "осы", "оның", "бұның"}
SUBMITTED = ("талқы", "қарау", "назар")  # "депутаттар талқысына", "Сенат қарауына": where the act was put
MAX_WORDS = 40
FRAMES = {"барысында", "аясында", "шеңберінде", "қорытындысында", "нәтижесінде", "кезінде",
          "арасында", "арасындағы",  # (the parties of an agreement come before its title)
          "қарсаңында", "орай", "байланысты", "құрметіне"}  # ("мерекесі қарсаңында": on the eve of)


def _stops(ctx: Context, sent: Sentence, j: int, k: int) -> bool:
    toks = sent.tokens
    t = toks[j]
    w = fold(t.text)
    tags = set(t.tags)
    nxt = toks[j + 1] if j + 1 < k else None
    if w == "," or (t.is_punct and w not in ("-", "(", ")", ":")):
        return True  # (a dash too: "бірегей институт – X құру туралы": an apposition before the title)
    if w in FRAMES or (w == "бойынша" and j > 0 and fold(toks[j - 1].text).startswith(("қорытынды", "нәтиже"))):
        return True  # "Кездесу қорытындысы бойынша", "сессия барысында": when, not what
    if FINITE & tags and "Ger" not in tags and "Part" not in tags and not (nxt is not None and "Ger" in nxt.tags):
        return True  # (a "finite" -ті right before a verbal noun is an accusative read as a verb: кәсіпкерлікті)
    if set(t.tags) == {"NOUN", "Plur"} and t.text.islower():
        return True  # "депутаттар | ... туралы заң жобасын": a bare plural is the clause's subject
    if w in PRONOUNS or (w.startswith(SUBMITTED) and "Dat" in tags) or (j == 0 and "Loc" in tags):
        return True  # (a sentence opening "Сессияда": where it was said, not the title)
    date = next((d for d in ctx.doc.dates if d.start <= t.start < d.end), None)
    if date is not None and t.end == date.end:
        # "15 қыркүйектегі": the act's date; "2024 жылғы 3 ақпанда | X туралы Заңға қол қойды": when it was signed
        # (the commoner reading of a date before an unquoted title, though some titles open with one)
        return True
    ent = ctx.facts.covering(t.start, t.end)
    if ent is None:
        return False
    after = j + 1
    while after < k and ctx.facts.covering(toks[after].start, toks[after].end) is ent:
        after += 1
    named_after = after < k and fold(toks[after].text).startswith("атында")  # "Әлихан Бөкейхан атындағы": a name's part
    if (ent.type == "Person" and not named_after) or (ent.type == "Organization" and "Dat" in tags):
        return True  # (a body in the dative is where the act goes: "Мәжіліске ... заң жобасын енгізу")
    heads = nxt is not None and "Poss3" in nxt.tags  # "Парламенті Мәжілісі депутаттарының": part of the title
    if ent.type == "Position" and "Gen" in tags and not heads:
        return True
    before_act = nxt is not None and act_word(nxt)  # "... туралы үкіметаралық | келісімді": the title's own words
    return ent.type in ("Organization", "Position") and not tags & CASES and not heads and not before_act \
        and any(m.end == t.end for m in ent.mentions)


def _about(ctx: Context, sent: Sentence, k: int) -> tuple[int, int | None] | None:
    """Index of the ``туралы`` that ends the title of the word at k, and where a gap before k starts:
    right before it, before one modifier (``туралы үкіметаралық келісім``), or before the issuer
    (``туралы облыс әкімінің қаулысы``)."""
    toks = sent.tokens
    if k >= 2 and fold(toks[k - 1].text) == "туралы":
        return k - 1, None
    if k >= 3 and fold(toks[k - 2].text) == "туралы" and not set(toks[k - 1].tags) & CASES and toks[k - 1].text.islower():
        return k - 2, None
    for j in range(k - 2, max(0, k - 7), -1):
        if fold(toks[j].text) == "туралы":
            between = toks[j + 1:k]
            last = between[-1]
            izafet = not set(last.tags) & CASES and "Poss3" in toks[k].tags  # "облысының әкімдігі ҚАУЛЫСЫ"
            if ("Gen" in last.tags or izafet) and not any(t.is_punct or FINITE & set(t.tags) for t in between):
                return j, j + 1  # (the genitive issuer: "облыс әкімінің", "Қарағанды облысының әкімдігі")
            return None
    return None


def _coordinated(ctx: Context, sent: Sentence, k: int):
    """"X туралы әкімдігі ҚАУЛЫСЫ және мәслихаттың шешімі": the second act of a pair shares the first's title."""
    toks = sent.tokens
    for j in range(k - 1, max(0, k - 6), -1):
        if fold(toks[j].text) == "және":
            if j < 1 or not act_word(toks[j - 1]) or not all("Gen" in t.tags or not t.tags[1:] for t in toks[j + 1:k]):
                return None
            return unquoted_title(ctx, sent, j - 1)
    return None


def unquoted_title(ctx: Context, sent: Sentence, k: int) -> tuple[str, int, int | None] | None:
    """(title, start offset, index where an issuer between title and act starts, or None) of the act or
    document word at k when its title ends in ``туралы``."""
    toks = sent.tokens
    about = _about(ctx, sent, k)
    if about is None:
        shared = _coordinated(ctx, sent, k)
        if shared is None:
            return None
        title, start, _ = shared
        return title, start, k  # (the issuer stands right before the act word)
    k, gap = about[0] + 1, about[1]
    depth = 0
    j = k - 2
    while j >= 0 and k - j <= MAX_WORDS:
        w = toks[j].text
        if w in ("»", "”"):
            depth += 1
        elif w in ("«", "“"):
            if depth == 0:
                break
            depth -= 1
        elif not depth and _stops(ctx, sent, j, k):
            break
        j -= 1
    first = j + 1
    while first < k - 1 and fold(toks[first].text) in ("және", "мен", "сондай-ақ", "атап", "айтқанда", "-", "–"):
        first += 1
    if first >= k - 1:
        return None
    start, end = toks[first].start, toks[k - 1].end
    title = " ".join(ctx.text[start:end].split())
    if gap is None and k < len(toks) and toks[k].text.islower() and not act_word(toks[k]):
        title = f"{title} {toks[k].text}"  # "туралы үкіметаралық келісім": the modifier belongs to the name
    return expand_country(fix_script(title)), start, gap


LATIN_IN_KAZAKH = re.compile(r"(?<=[а-яәғқңөұүһі])[iI](?=[а-яәғқңөұүһі])|(?<=[а-яәғқңөұүһі])[iI]\b|\b[IY](?=[а-яәғқңөұүһі])")
LATIN_LOOKALIKE = {"i": "і", "I": "І", "Y": "Ү"}


COUNTRY_SHORT = re.compile(r"\bҚР(?:-(?P<suf>[а-яәғқңөұүһі]+))?(?![\w-])")
COUNTRY_CASES = {"дағы": "ндағы", "дегі": "ндағы", "да": "нда", "ның": "ның", "нің": "ның", "ға": "на", "на": "на", "дан": "нан"}


def expand_country(text: str) -> str:
    """``ҚР-дағы сайлау туралы``: the country's abbreviation written out, as the act's title has it."""
    def full(m: re.Match) -> str:
        suf = m.group("suf")
        return "Қазақстан Республикасы" + (COUNTRY_CASES.get(suf, "") if suf else "")
    return COUNTRY_SHORT.sub(full, text)


def act_word(tok) -> bool:
    return is_form_of(tok, *LEGAL_ACT_TYPES) is not None


def fix_script(text: str) -> str:
    """``өткiзу``, ``Yкiмет`` with a Latin i or Y typed for the Kazakh і, Ү: the label spells the word right."""
    return LATIN_IN_KAZAKH.sub(lambda m: LATIN_LOOKALIKE[m.group()], text)


def drafted(sent: Sentence, k: int):
    """The ``жобасы`` token after the act word at k (``заң жобасы``, ``қаулысының жобасы``), else None."""
    toks = sent.tokens
    if k + 1 >= len(toks) or not fold(toks[k + 1].text).startswith("жоба") or fold(toks[k + 1].text).startswith("жобала"):
        return None
    return toks[k + 1] if not set(toks[k].tags) & (CASES - {"Gen"}) else None


def kind_of(sent: Sentence, k: int, noun: str) -> str:
    """The act's type as its label names it: ``Конституциялық заң``; the country's Constitution in full."""
    toks = sent.tokens
    prev = [fold(t.text) for t in toks[max(0, k - 2):k]]
    if noun == "Заң" and prev[-1:] == ["конституциялық"]:
        return "Конституциялық заң"
    if noun == "Конституция" and prev[-2:] in (["қазақстан", "республикасы"], ["қазақстан", "республикасының"]):
        return "Қазақстан Республикасының Конституциясы"
    return noun


def _stems(label: str) -> set[str]:
    """The title's words by their first five letters, without ``туралы`` and the type noun."""
    words = re.findall(r"[^\W\d_]+", fold(label))[:-1]
    return {w[:5] for w in words if w != "туралы"}


def same_titles(ctx: Context, named: dict[str, list]) -> None:
    """«Балалардың құқықтарын цифрлық ортада қорғау туралы» Заңы ... балаларды цифрлық ортада қорғау туралы
    заң: two titles of one kind whose words (by their stems) mostly agree, or an unquoted one whose words
    are nearly all in a quoted one, name one act, the fuller title its label. (Drafts stay apart.)"""
    for cls, acts in named.items():
        live = [a for a in acts if a.key in ctx.facts.entities and " туралы" in f" {fold(a.label)}"]
        for a in sorted(live, key=lambda x: len(x.label)):
            for b in live:
                if a is b or a.key not in ctx.facts.entities or b.key not in ctx.facts.entities \
                        or len(b.label) < len(a.label) or a.key.endswith(":draft") != b.key.endswith(":draft"):
                    continue
                x, y = _stems(a.label), _stems(b.label)
                # (a headline's unquoted paraphrase inside the quoted title: its words are the title's)
                inside = "«" not in a.label and "«" in b.label and len(x & y) >= 0.8 * len(x)
                if x and y and (2 * len(x & y) / (len(x) + len(y)) >= 0.8 or inside):
                    ctx.facts.rekey(a.key, b.key)
                    ctx.facts.entities[b.key].alt_labels.add(a.label)
                    break
        named[cls] = [a for a in acts if a.key in ctx.facts.entities]
