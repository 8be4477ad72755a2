"""Genre vocabulary for the extractors: document types, state bodies, posts, event verbs.

Data only. Words are given as lemmas (lower case); ``STEM_PATTERNS`` add surface patterns for the
long, unambiguous stems so a document word is found even when the lemmatiser does not know it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kazkg.graph import terms


@dataclass(frozen=True)
class DocumentWord:
    cls: str  # the ontology class (under kz:LegalAct or kz:PolicyDocument)
    nominative: str  # the head of the graph label ("Жарлық", "Қағидалар")
    pattern: str | None = None  # surface pattern (case-folded) for stems the lemmatiser may not know


@dataclass(frozen=True)
class PostWord:
    label: str | None  # the post's canonical head ("төрайым" -> "төраға"); None: found by its pattern only
    pattern: str | None = None  # surface pattern (case-folded): forms that are this post, not a derived word


@dataclass(frozen=True)
class BodyWord:
    pattern: str | None = None  # surface pattern (case-folded)
    by_lemma: bool = True  # False: found by the pattern only ("паркі": a park's name, not the plural)


# Documents, one row per word (lemma). The negative look-aheads keep verbs and derived words out
# (жоспарлануда "is planned", заңды "lawful", заңнама "legislation"). Whether a word names a legal act
# or a policy document follows from its class in the ontology.
DOCUMENTS: dict[str, DocumentWord] = {
    "жарлық": DocumentWord("Decree", "Жарлық", r"^жарл[ықғ]"),
    "қаулы": DocumentWord("Resolution", "Қаулы", r"^қаулы(?!қ)"),
    "бұйрық": DocumentWord("Order", "Бұйрық", r"^бұйр[ықғ](?!.*ла)"),
    "өкім": DocumentWord("Order", "Өкім"),
    "заң": DocumentWord("Law", "Заң", r"^заң(ы|ға|да|ды|нан|мен|ын|ына|ының|ында|ымен|дар|дары|дарға|дардың|ның)?$"),
    "кодекс": DocumentWord("Code", "Кодекс", r"^кодекс"),
    "конституция": DocumentWord("Law", "Конституция", r"^конституция(?!лы[қғ])"),
    "келісім": DocumentWord("Agreement", "Келісім", r"^келісім(?!сіз|ді|шарт|пе)"),  # only when signed or titled: "келісімінсіз" is "without consent"
    "меморандум": DocumentWord("Agreement", "Меморандум", r"^меморандум"),
    "шешім": DocumentWord("Decision", "Шешім", r"^шешім"),  # only when numbered or dated: "шешім қабылдады" is "decided"
    "тұжырымдама": DocumentWord("Concept", "Тұжырымдама", r"^тұжырымдама"),
    "бағдарлама": DocumentWord("Programme", "Бағдарлама", r"^бағдарлама(?!ла)"),
    "стратегия": DocumentWord("Strategy", "Стратегия", r"^стратегия"),
    "жоспар": DocumentWord("Plan", "Жоспар", r"^жоспар(?!ла)"),
    "жолдау": DocumentWord("Address", "Жолдау", r"^жолдау"),
    "доктрина": DocumentWord("Concept", "Доктрина", r"^доктрина"),
    "декларация": DocumentWord("PolicyDocument", "Декларация", r"^декларация"),  # "... бірлескен декларация": states aims, binds no one
    "жоба": DocumentWord("Programme", "Жоба", r"^жоба(?!ла)"),  # only as "ұлттық жоба" (QUALIFIED)
    "карта": DocumentWord("Plan", "Карта", r"^карта(?!ла)"),  # only as "жол картасы" (QUALIFIED)
    "қағида": DocumentWord("Rules", "Қағидалар", r"^қағида(?!т)"),  # named by a quoted title («... қағидалары»)
    "бюджет": DocumentWord("Budget", "Бюджет", r"^бюджет(?!тік)"),  # with a period (... жылдарға арналған бюджет)
}
LEGAL_ACT_TYPES = {k: d.cls for k, d in DOCUMENTS.items() if d.cls in terms.subclasses("LegalAct")}
POLICY_TYPES = {k: d.cls for k, d in DOCUMENTS.items() if d.cls in terms.subclasses("PolicyDocument")}
DOC_NOMINATIVE = {k: d.nominative for k, d in DOCUMENTS.items()}
# Document words that name a document only after their qualifier: "заң жобасы" is a bill and
# "инвестициялық жоба" an investment, but "ұлттық жоба" a national programme.
QUALIFIED = {"жоба": "ұлттық", "карта": "жол"}
# Words that refer back to the document the article is about (coreference).
DOC_ANAPHORS = {"құжат"}
STEM_PATTERNS = {**{k: re.compile(d.pattern) for k, d in DOCUMENTS.items() if d.pattern},
                 "құжат": re.compile(r"^құжат(?!тама)")}  # құжаттама is documentation

# Heads of organisation names, one row per word: a name is a run of words ending in one of these.
BODIES: dict[str, BodyWord] = {
    "ассамблея": BodyWord(r"^ассамблея"),
    "министрлік": BodyWord(r"^министрлі[кг]"),
    "комитет": BodyWord(r"^комитет"),
    "агенттік": BodyWord(r"^агентті[кг]"),
    "әкімдік": BodyWord(r"^әкімді[кг]"),
    "үкімет": BodyWord(r"^үкімет"),
    "парламент": BodyWord(r"^парламент"),
    "мәжіліс": BodyWord(r"^мәжіліс"),
    "сенат": BodyWord(r"^сенат(?!ор)"),
    "әкімшілік": BodyWord(r"^әкімшілі[кг]"),
    "қор": BodyWord(),
    "партия": BodyWord(r"^партия"),
    "банк": BodyWord(),
    "сот": BodyWord(),
    "прокуратура": BodyWord(r"^прокуратура"),
    "кеңес": BodyWord(),
    "құрылтай": BodyWord(r"^құрылта[йи]"),
    "комиссия": BodyWord(r"^комиссия"),
    "палата": BodyWord(),
    "департамент": BodyWord(r"^департамент"),
    "басқарма": BodyWord(r"^басқарма(?!ған|йды|йтын)"),
    "академия": BodyWord(r"^академия"),
    "университет": BodyWord(r"^университет"),
    "корпорация": BodyWord(r"^корпорация"),
    "холдинг": BodyWord(r"^холдинг"),
    "компания": BodyWord(),
    "одақ": BodyWord(),
    "ұйым": BodyWord(),
    "орталық": BodyWord(),
    "инспекция": BodyWord(),
    "мәслихат": BodyWord(r"^мәслихат"),
    "институт": BodyWord(r"^институт"),
    "елшілік": BodyWord(r"^елшілі[кг]"),
    "хатшылық": BodyWord(r"^хатшылы[қғ]"),
    "аурухана": BodyWord(r"^аурухана"),
    "бөлім": BodyWord(r"^бөлімі"),
    "кәсіпорын": BodyWord(r"^кәсіпорн|^кәсіпорын"),
    "технопарк": BodyWord(r"^технопарк"),
    "кітапхана": BodyWord(r"^кітапхана(?!лар)", by_lemma=False),
    "парк": BodyWord(r"^паркі", by_lemma=False),
}
ORG_HEADS = {k for k, b in BODIES.items() if b.by_lemma}
ORG_HEAD_PATTERNS = [re.compile(b.pattern) for b in BODIES.values() if b.pattern]
# Single capitalised words that name one body on their own (Үкімет, Мәжіліс ...).
STANDALONE_ORGS = {"үкімет", "парламент", "мәжіліс", "сенат", "ассамблея", "құрылтай", "мәслихат"}

# Posts, one row per word (lemma): its canonical head and the surface forms that are the post.
POSTS: dict[str, PostWord] = {
    "президент": PostWord("Президент", r"^президент(?!тік)"),
    "премьер-министр": PostWord("Премьер-министр", r"^премьер-министр"),
    "министр": PostWord("министр", r"^министр(?!лі)"),
    "әкім": PostWord("әкім", r"^әкім(?!ді|дік|ші|шілік|ият)"),
    "төраға": PostWord("төраға", r"^төраға(?!лы[қғ])|^төрайым"),
    "хатшы": PostWord("хатшы", r"^хатшы"),
    "басшы": PostWord("басшы", r"^басшы(?!лы[қғ])"),
    "депутат": PostWord("депутат", r"^депутат"),
    "сенатор": PostWord("сенатор", r"^сенатор(?!лар)"),
    "елбасы": PostWord("Елбасы", r"^елбасы"),
    "вице-спикер": PostWord("вице-спикер", r"^вице-спикер"),
    "орынбасар": PostWord("орынбасар", r"^орынбасар"),
    "кеңесші": PostWord("кеңесші", r"^кеңесші"),
    "вице-министр": PostWord("вице-министр", r"^вице-министр"),
    "вице-президент": PostWord("вице-президент", r"^вице-президент(?!тік)"),
    "вице-премьер": PostWord("вице-премьер", r"^вице-премьер"),
    "елші": PostWord("елші", r"^елші(?!лік|лер)"),
    "консул": PostWord("консул", r"^консул(?!дық|дар)"),
    "директор": PostWord("директор", r"^директор(?!лар|лық)"),
    "ректор": PostWord("ректор", r"^ректор(?!лар|лық)"),
    "проректор": PostWord("проректор", r"^проректор(?!лар|лық)"),
    "прокурор": PostWord("прокурор", r"^прокурор(?!лар|лық|ы?тұра)"),
    "судья": PostWord("судья", r"^судья(?!лар)"),
    "бастық": PostWord("бастық", r"^бастығ|^бастық(?!тар)"),
    "меңгеруші": PostWord("меңгеруші", r"^меңгеруші(?!лер)"),
    "уәкіл": PostWord("уәкіл", r"^уәкіл(?!дер|етт)"),
    "қолбасшы": PostWord("қолбасшы", r"^қолбасшы(?!лар)"),
    "өкіл": PostWord("өкіл", r"^өкілі"),
    "дәрігер": PostWord(None, r"^дәрігері"),
    "омбудсмен": PostWord("омбудсмен", r"^омбудсмен"),
    "аким": PostWord(None, r"^губернатор|^мэр(?!ия)"),
    "төрайым": PostWord("төраға"),
    "спикер": PostWord("спикер", r"^спикер(?!лер)"),
}
POSITION_ALIASES = {(k,): p.label for k, p in POSTS.items() if p.label}
POSITION_PATTERNS = {k: re.compile(p.pattern) for k, p in POSTS.items() if p.pattern}
# Posts that are one office in the state: a bare mention of them means the holder (coreference).
UNIQUE_POSTS = {"Президент", "Елбасы", "Премьер-министр"}

# Verbs of approving by verb stem (kazkg.graph.lang.verb_stem); the other events' verbs are in their
# declarations (kazkg.graph.events) or their extractors.
APPROVAL_STEMS = ("бекіт", "қабылда", "мақұлда")

# Surnames and patronymic endings: a capitalised word ending so is very likely a person's name.
SURNAME = re.compile(
    r"(ов|ев|ёв|ова|ева|ин|ина|ұлы|қызы|баев|баева|бекова|беков|ский|ская|енко|уәли|ұлы)"
    r"(тың|тің|дың|дің|ның|нің|қа|ке|ға|ге|ты|ті|ды|ді|ны|ні|пен|мен|бен|та|те|да|де|тан|тен|дан|ден|нан|нен|а|е|н)?$"
)
INITIALS = re.compile(r"^(?:[А-ЯӘҒҚҢӨҰҮҺІЁ]\.-?){1,3}$")

# Parts of speech (kazkg.graph.lang tags) that never start or continue a name: Бүгін, Ал, Сондай-ақ, Бұл ...
NON_NAME_POS = {"ADV", "VERB", "AUX", "CCONJ", "SCONJ", "PRON", "DET", "PART", "NUM", "ADP", "INTJ"}
