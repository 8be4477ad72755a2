"""Places: known places from the gazetteer, in any case form (Қазақстанда -> Қазақстан), and any
capitalised name followed by a settlement or region noun: "Курчатов қаласының" -> Курчатов,
"Абай облысында" -> Абай облысы (regions and districts keep their noun, cities drop it, as the
gazetteer writes them)."""

from __future__ import annotations

from kazkg.graph import gazetteer
from kazkg.graph.extractors.base import Context
from kazkg.graph.grammar.lexicon import LEGAL_ACT_TYPES
from kazkg.graph.grammar.match import (
    CASE_ENDING,
    CASES,
    fold,
    in_quotes,
    is_cap,
    is_form_of,
    lemma,
    looks_like_surname,
    nominative,
)

# settlement or region noun -> whether the label keeps it (облысы, ауданы) or not (қаласы, ауылы)
PLACE_NOUNS = {"қала": False, "облыс": True, "аудан": True, "ауыл": False, "кент": False,
               "көше": True, "көл": True, "өзен": True, "даңғыл": True,  # "Абай көшесі", "Қопа көлі"
               "теңіз": True, "шығанақ": True, "аңғар": True,  # "Каспий теңізі", "Парсы шығанағы", "Шу аңғары"
               "округ": True}  # "Азғыр ауылдық округі" (the noun is two words: see RURAL)
POSSESSED = {"облыс": "облысы", "аудан": "ауданы", "қала": "қаласы", "ауыл": "ауылы", "кент": "кенті",
             "көше": "көшесі", "көл": "көлі", "өзен": "өзені", "даңғыл": "даңғылы",
             "теңіз": "теңізі", "шығанақ": "шығанағы", "аңғар": "аңғары", "округ": "ауылдық округі"}
RURAL = "ауылдық"  # "ауылдық округ": a rural district, its noun of two words
NATURAL = {"көл", "өзен", "теңіз", "шығанақ", "аңғар"}  # called by the name alone too: "Алакөл", "Сырдария"


def in_title(sent, i: int) -> bool:
    """Is token i inside «...» that names a programme, project, party or paper (not an act's title,
    where "Қазақстан Республикасында" is still the state)?"""
    if not in_quotes(sent, i):
        return False
    toks = sent.tokens
    close = next((j for j in range(i + 1, len(toks)) if toks[j].text in ("»", "”")), None)
    after = toks[close + 1] if close is not None and close + 1 < len(toks) else None
    return after is not None and after.text[:1].islower() and not is_form_of(after, *LEGAL_ACT_TYPES)


JOINERS = {"және", "мен", "пен", "бен", "немесе"}
TIME_ADVERBS = {"былтыр", "биыл", "бүгін", "кеше", "ертең", "қазір", "жуырда", "бұрын", "кейін", "сондай-ақ", "алдымен"}


def name_word(tok, listed: bool = False) -> bool:
    """A capitalised word that may begin or continue a place name (not an acronym like АҚ). In a list
    before a place noun an accusative reading is the lexicon's guess at a name ("Ескелді" as Ескел+ді)."""
    if tok.text.casefold() in TIME_ADVERBS:
        return False  # "Былтыр | Алматы, Астана және Шымкент қалаларында": a time word opening the sentence
    if listed and is_cap(tok) and tok.text.isalpha() and not tok.text.isupper() and set(tok.tags[1:]) == {"Acc"}:
        return True
    return is_cap(tok) and tok.text.isalpha() and not tok.text.isupper() and bare(tok)


def bare(tok) -> bool:
    """A word without a case or plural ending, as the words of a place name are ("Шал ақын", not
    "Құжатқа"): by its tags when read as a noun, else by the surface (the lexicon reads some names as
    verbs: Ұлытау, Қарағанды)."""
    if tok.tags[:1] in (("PROPN",), ("NOUN",)):
        return not set(tok.tags) & {"Gen", "Dat", "Loc", "Abl", "Acc", "Ins", "Plur"}
    return not CASE_ENDING.search(tok.text.casefold())


class PlaceExtractor:
    name = "place"
    requires = ("sentences", "lemmas")
    provides = ("Place",)

    def __call__(self, ctx: Context) -> None:
        gaz = gazetteer.load()
        for sent in ctx.sentences:
            for i, j, entry in gaz.match(sent.tokens):
                if entry.type != "Place":
                    continue
                toks = sent.tokens[i:j]
                if j < len(sent.tokens) and lemma(sent.tokens[j]) == "аудан" and "Poss3" in sent.tokens[j].tags \
                        and not entry.kk.endswith(("облысы", "ауданы")):
                    continue  # "Сарыағаш ауданы": the district named after the town (read by its noun below)
                if in_title(sent, i):
                    continue  # «Қазақстан балалары» бағдарламасы, «Таза Қазақстан» жобасы: part of a name
                cited = ctx.facts.covering(toks[0].start, toks[-1].end)
                if cited is not None and cited.type == "Publisher":
                    continue  # "деп хабарлайды Ақорданың ресми сайты": part of the source's name
                town = entry.kk.rsplit(" ", 1)  # "Ақсу қаласы" (so labelled apart from the river) is "Ақсу" too
                ctx.facts.entity("Place", entry.kk, ctx.tokens_span(toks),
                                 alt_labels=[town[0]] if len(town) == 2 and town[1] == "қаласы" else ())
            self._by_noun(ctx, sent)
            self._coordinated(ctx, sent)

    def _by_noun(self, ctx: Context, sent) -> None:
        toks = sent.tokens
        for k in range(1, len(toks)):
            noun = lemma(toks[k])
            if fold(toks[k].text).startswith("округ") and not fold(toks[k].text).startswith("округтер"):
                noun = "округ"  # ("округі": the lexicon lacks it)
            elif noun not in PLACE_NOUNS or "Poss3" not in toks[k].tags or "Plur" in toks[k].tags:
                continue  # "Курчатов қаласы": the noun of a place name takes the possessive (plurals: _coordinated)
            if noun == "округ":
                if k >= 2 and fold(toks[k - 1].text) == RURAL and name_word(toks[k - 2]) \
                        and ctx.facts.covering(toks[k - 2].start, toks[k - 2].end) is None:
                    ctx.facts.entity("Place", f"{toks[k - 2].text} {POSSESSED[noun]}", ctx.tokens_span(toks[k - 2:k + 1]))
                continue
            name = toks[k - 1]
            if noun == "аудан" and self._two_word_district(ctx, toks, k):
                self._forget(ctx, toks[k - 2:k])
                ctx.facts.entity("Place", nominative(toks[k - 2:k + 1]), ctx.tokens_span(toks[k - 2:k + 1]))
                continue
            if noun == "аудан" and fold(name.text) == "шағын" and k >= 2 and is_cap(toks[k - 2]):
                # "Сарыарқа шағын ауданы": a microdistrict keeps its two-word noun
                ctx.facts.entity("Place", nominative(toks[k - 2:k + 1]), ctx.tokens_span(toks[k - 2:k + 1]))
                continue
            if not is_cap(name) or name.is_punct or not name.text.replace("-", "").isalpha() \
                    or name is toks[0] and not name.tags[:1] == ("PROPN",):  # ("Форт-Шевченко қаласы" is a town)
                continue
            known = ctx.facts.covering(name.start, name.end)
            if known is not None and not (noun in NATURAL and known.type == "Place" and known.label == name.text):
                continue
            if known is not None:  # "Каспий | теңізі": the gazetteer's short name is the sea's
                self._forget(ctx, [name])
            if PLACE_NOUNS[noun]:
                label = nominative([name, toks[k]])
                ctx.facts.entity("Place", label, ctx.tokens_span([name, toks[k]]),
                                 alt_labels=[name.text] if noun in NATURAL else ())
            else:
                ctx.facts.entity("Place", name.text, ctx.tokens_span([name]))

    def _coordinated(self, ctx: Context, sent) -> None:
        """"Ұлытау, Қарағанды және Шығыс Қазақстан облыстарында", "Шал ақын және Айыртау аудандары": names
        joined before one plural noun are one place each, with that noun ("Қарағанды облысы", not the city)."""
        toks = sent.tokens
        for k, tok in enumerate(toks):
            noun = "округ" if fold(tok.text).startswith("округтер") else lemma(tok)
            if noun not in PLACE_NOUNS or "Plur" not in tok.tags and noun != "округ":
                continue
            names, end = [], k
            if noun == "округ":
                if k < 1 or fold(toks[k - 1].text) != RURAL:
                    continue
                end = k - 1  # "Нұржау, Азғыр ауылдық округтері"
            while end > 0:
                start = end
                while start > 0 and (name_word(toks[start - 1], listed=start == end)
                                     or (start >= 2 and toks[start - 1].text.islower() and name_word(toks[start - 2])
                                         and toks[start - 1].text not in JOINERS
                                         and toks[start - 1].tags[:1] not in (("ADP",), ("CCONJ",), ("ADV",), ("PRON",))
                                         and bare(toks[start - 2]) and bare(toks[start - 1]))):
                    start -= 1
                if start == end:
                    break
                names.append(toks[start:end])
                if start >= 2 and (toks[start - 1].text == "," or toks[start - 1].text in JOINERS):
                    end = start - 1
                else:
                    break
            if len(names) < 2:
                continue
            singular = POSSESSED[noun]
            for name in names:
                self._forget(ctx, name)
                label = " ".join(t.text for t in name)
                ctx.facts.entity("Place", f"{label} {singular}" if PLACE_NOUNS[noun] else label, ctx.tokens_span(name))

    @staticmethod
    def _two_word_district(ctx: Context, toks, k: int) -> bool:
        """"Бөкей ордасы ауданы" (the second word in lower case, possessed), "Мағжан Жұмабаев ауданы" (a
        person's first name and surname): a district named by the two words before its noun."""
        if k < 2 or not is_cap(toks[k - 2]) or not toks[k - 2].text.isalpha():
            return False
        name = toks[k - 1]
        if is_cap(name):
            return looks_like_surname(name) and ctx.facts.covering(toks[k - 2].start, toks[k - 2].end) is None
        return name.text.isalpha() and lemma(name) not in PLACE_NOUNS and fold(name.text) != "шағын" \
            and "Poss3" in name.tags and not set(name.tags) & CASES

    @staticmethod
    def _forget(ctx: Context, name) -> None:
        """Drop other places' mentions inside a name (the city Қарағанды inside "Қарағанды ... облыстары")."""
        lo, hi = name[0].start, name[-1].end
        for place in ctx.facts.of_type("Place"):
            if any(lo <= m.start and m.end <= hi for m in place.mentions):
                ctx.facts.forget(place, lo, hi)
