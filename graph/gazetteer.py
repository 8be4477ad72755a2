"""The shipped gazetteer (graph/data/gazetteer.tsv): known people, posts, bodies and places.

Used twice: to find names in text (longest match over tokens, the last token compared without its
case ending) and to link entities to Wikidata with English labels.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from kazkg.graph import lang
from kazkg.graph.doc import Token

PATH = files("kazkg.graph") / "data" / "gazetteer.tsv"


@dataclass(frozen=True)
class Entry:
    id: str
    type: str
    kk: str
    alt: tuple[str, ...]
    ru: str
    en: str
    wikidata: str

    def kk_title(self, folded: str) -> str:
        """The entry's alternative name spelled as ``folded`` (Елбасы), as the gazetteer writes it."""
        return next((a for a in self.alt if a.casefold() == folded), folded)


INITIALS = re.compile(r"^((?:[А-ЯӘҒҚҢӨҰҮҺІЁA-Z]\.\s*-?\s*){1,3})\s*([А-ЯӘҒҚҢӨҰҮҺІЁ][\w-]+)$")


def _words(name: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in name.replace("«", "").replace("»", "").split())


# One-word names of bodies and people are matched only when capitalised: many are common words too
# (the party Ауыл is "village", Байтақ "vast"). The state's supreme bodies are often written in lower
# case ("парламенттің", "мәжіліске") and stay matched.
CAPITALISED_ONLY = {"Organization", "Person"}
LOWER_CASE_BODIES = {"үкімет", "парламент", "мәжіліс", "сенат", "құрылтай"}


# Parties whose one-word name is a common word: only "«Ауыл» партиясы", "Ауыл партиясы" name them.
COMMON_WORD_NAMES = {"Ауыл", "Байтақ"}


def _names_party(tokens: list[Token], j: int) -> bool:
    nxt = [t.text.casefold() for t in tokens[j:j + 2]]
    return bool(nxt) and (nxt[0].startswith("партия") or (nxt[0] in "»”\"" and len(nxt) > 1 and nxt[1].startswith("партия")))


class Gazetteer:
    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self.by_name: dict[tuple[str, ...], Entry] = {}
        for e in entries:
            for name in (e.kk, *e.alt):
                if name:
                    self.by_name.setdefault(_words(name), e)
        self.longest = max((len(k) for k in self.by_name), default=0)
        self._heads = {k[:-1] for k in self.by_name}  # every name's words but its last: most spans start none
        self._seen: dict[tuple[str, ...], list] = {}

    def lookup(self, name: str, type_: str | None = None) -> Entry | None:
        e = self.by_name.get(_words(name))
        if e is None and type_ in (None, "Person"):
            e = self.by_initials(name)
        return e if e and (type_ is None or e.type == type_) else None

    def by_initials(self, name: str) -> Entry | None:
        """"Қ.-Ж. Тоқаев", "Н.Ә. Назарбаев", "О. Бектенов": the one known person with that surname whose
        given name (and patronymic) begin with those letters."""
        m = INITIALS.match(name.strip())
        if m is None:
            return None
        letters = [x.casefold() for x in re.findall(r"\w", m.group(1))]
        surname = m.group(2).casefold()
        found = []
        for e in self.entries:
            if e.type != "Person":
                continue
            for full in (e.kk, *e.alt):
                parts = full.replace("-", " ").split()
                if len(parts) >= 2 and parts[-1].casefold() == surname and len(parts) - 1 >= len(letters) \
                        and all(p[:1].casefold() == x for p, x in zip(parts, letters)):
                    found.append(e)
                    break
        return found[0] if len(found) == 1 else None

    def match(self, tokens: list[Token]) -> list[tuple[int, int, Entry]]:
        """Non-overlapping longest matches (token start, end exclusive, entry). Three extractors ask
        about each sentence, so answers are kept for the last few hundred sentences."""
        key = tuple(t.text for t in tokens)
        hit = self._seen.get(key)
        if hit is None:
            if len(self._seen) > 512:
                self._seen.clear()
            hit = self._seen[key] = self._match(tokens)
        return list(hit)

    def _match(self, tokens: list[Token]) -> list[tuple[int, int, Entry]]:
        out, i = [], 0
        texts = [t.text for t in tokens]
        low = [x.casefold() for x in texts]
        heads, by_name = self._heads, self.by_name
        while i < len(tokens):
            hit = None
            for n in range(min(self.longest, len(tokens) - i), 0, -1):
                head = tuple(low[i:i + n - 1])
                if head not in heads:
                    continue  # no name starts with these words: no need to read the last one's forms
                last = texts[i + n - 1]
                for variant in _variants(last):
                    e = by_name.get(head + (variant,))
                    if e and n == 1 and last[:1].islower() and e.type in CAPITALISED_ONLY \
                            and e.kk.casefold() not in LOWER_CASE_BODIES:
                        e = None  # "ауыл" (a village) is not the party Ауыл
                    if e and n == 1 and e.kk in COMMON_WORD_NAMES and not _names_party(tokens, i + 1):
                        e = None  # "Ауыл шаруашылығы министрлігі" is not the party either
                    if e:
                        hit = (i, i + n, e)
                        break
                if hit:
                    break
            if hit:
                out.append(hit)
                i = hit[1]
            else:
                i += 1
        return out


@lru_cache(maxsize=1 << 16)
def _variants(last: str) -> tuple[str, ...]:
    """The forms a name's last word is looked up by (as written, without its case, its lemma, before a
    hyphen), worked out once per word form; their order is the set's, as the matcher always took it."""
    return tuple({last.casefold(), lang.strip_case(last).casefold(), lang.lemmatize(last).casefold(),
                  last.split("-")[0].casefold()})


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    try:
        text = PATH.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return Gazetteer([])
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    entries = [
        Entry(r["id"], r["type"], r["kk"].strip(), tuple(a.strip() for a in (r.get("kk_alt") or "").split("|") if a.strip()),
              (r.get("ru") or "").strip(), (r.get("en") or "").strip(), (r.get("wikidata") or "").strip())
        for r in rows if r.get("id") and r.get("kk")
    ]
    return Gazetteer(entries)
