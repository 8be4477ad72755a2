"""Genre vocabulary for the extractors: document types, state bodies, posts, event verbs.

Data only. Words are given as lemmas (lower case); ``STEM_PATTERNS`` add surface patterns for the
long, unambiguous stems so a document word is found even when the lemmatiser does not know it.
"""

from __future__ import annotations

import re

# Legal acts (ELI LegalResource): lemma -> ontology class.
LEGAL_ACT_TYPES = {
    "жарлық": "Decree",
    "қаулы": "Resolution",
    "бұйрық": "Order",
    "өкім": "Order",
    "заң": "Law",
    "кодекс": "Code",
    "конституция": "Law",
    "келісім": "Agreement",  # only when signed or titled: "келісімінсіз" is "without consent"
    "меморандум": "Agreement",
    "шешім": "Decision",  # only when numbered or dated: "шешім қабылдады" is "decided"
}
# Policy documents with a plan period and aims: lemma -> ontology class.
POLICY_TYPES = {
    "тұжырымдама": "Concept",
    "бағдарлама": "Programme",
    "стратегия": "Strategy",
    "жоспар": "Plan",
    "жолдау": "Address",
    "доктрина": "Concept",
    "декларация": "PolicyDocument",  # "Стратегиялық әріптестік туралы бірлескен декларация": states aims, binds no one
    # two-word names: a national project ("ұлттық жоба") and a road map ("жол картасы"), see QUALIFIED
    "жоба": "Programme",
    "карта": "Plan",
    # named only by a quoted title («... қағидалары») or with a period (2026-2028 жылдарға арналған бюджет)
    "қағида": "Rules",
    "бюджет": "Budget",
}
# Document words that name a document only after their qualifier: "заң жобасы" is a bill and
# "инвестициялық жоба" an investment, but "ұлттық жоба" a national programme.
QUALIFIED = {"жоба": "ұлттық", "карта": "жол"}
# Nominative, title-cased canonical form of each document word (the graph label's head).
DOC_NOMINATIVE = {
    "жарлық": "Жарлық", "қаулы": "Қаулы", "бұйрық": "Бұйрық", "өкім": "Өкім", "заң": "Заң",
    "кодекс": "Кодекс", "конституция": "Конституция", "келісім": "Келісім", "меморандум": "Меморандум", "тұжырымдама": "Тұжырымдама", "бағдарлама": "Бағдарлама",
    "стратегия": "Стратегия", "жоспар": "Жоспар", "жолдау": "Жолдау", "доктрина": "Доктрина", "декларация": "Декларация", "жоба": "Жоба", "карта": "Карта",
    "шешім": "Шешім", "қағида": "Қағидалар", "бюджет": "Бюджет",
}
# Surface patterns (case-folded) for document words; the negative look-aheads keep verbs out
# (жоспарлануда "is planned", заңды "lawful", заңнама "legislation").
STEM_PATTERNS = {
    "жарлық": re.compile(r"^жарл[ықғ]"),
    "қаулы": re.compile(r"^қаулы(?!қ)"),
    "бұйрық": re.compile(r"^бұйр[ықғ](?!.*ла)"),
    "заң": re.compile(r"^заң(ы|ға|да|ды|нан|мен|ын|ына|ының|ында|ымен|дар|дары|дарға|дардың|ның)?$"),
    "кодекс": re.compile(r"^кодекс"),
    "конституция": re.compile(r"^конституция(?!лы[қғ])"),
    "келісім": re.compile(r"^келісім(?!сіз|ді|шарт|пе)"),
    "меморандум": re.compile(r"^меморандум"),
    "тұжырымдама": re.compile(r"^тұжырымдама"),
    "бағдарлама": re.compile(r"^бағдарлама(?!ла)"),
    "стратегия": re.compile(r"^стратегия"),
    "жоспар": re.compile(r"^жоспар(?!ла)"),
    "жолдау": re.compile(r"^жолдау"),
    "доктрина": re.compile(r"^доктрина"),
    "декларация": re.compile(r"^декларация"),
    "жоба": re.compile(r"^жоба(?!ла)"),
    "карта": re.compile(r"^карта(?!ла)"),
    "құжат": re.compile(r"^құжат(?!тама)"),  # құжаттама is documentation
    "шешім": re.compile(r"^шешім"),
    "қағида": re.compile(r"^қағида(?!т)"),  # қағидат is a principle
    "бюджет": re.compile(r"^бюджет(?!тік)"),
}
# Words that refer back to the document the article is about (coreference).
DOC_ANAPHORS = {"құжат"}

# Heads of organisation names (lemmas); a name is a run of words ending in one of these.
ORG_HEADS = {
    "ассамблея", "министрлік", "комитет", "агенттік", "әкімдік", "үкімет", "парламент", "мәжіліс",
    "сенат", "әкімшілік", "қор", "партия", "банк", "сот", "прокуратура", "кеңес", "құрылтай",
    "комиссия", "палата", "департамент", "басқарма", "академия", "университет", "корпорация",
    "холдинг", "компания", "одақ", "ұйым", "орталық", "инспекция", "мәслихат", "институт",
    "елшілік", "хатшылық", "аурухана", "бөлім", "кәсіпорын", "технопарк",
}
ORG_HEAD_PATTERNS = [re.compile(p) for p in (
    r"^ассамблея", r"^министрлі[кг]", r"^комитет", r"^агентті[кг]", r"^әкімді[кг]", r"^үкімет",
    r"^парламент", r"^мәжіліс", r"^сенат(?!ор)", r"^әкімшілі[кг]", r"^партия", r"^прокуратура",
    r"^құрылта[йи]", r"^комиссия", r"^мәслихат", r"^департамент", r"^корпорация", r"^холдинг", r"^институт",
    r"^басқарма(?!ған|йды|йтын)", r"^елшілі[кг]", r"^хатшылы[қғ]", r"^аурухана", r"^кітапхана(?!лар)", r"^университет", r"^академия",
    r"^бөлімі", r"^кәсіпорн", r"^кәсіпорын", r"^паркі", r"^технопарк",
)]
# Single capitalised words that name one body on their own (Үкімет, Мәжіліс ...).
STANDALONE_ORGS = {"үкімет", "парламент", "мәжіліс", "сенат", "ассамблея", "құрылтай", "мәслихат"}

# Posts. Multi-word posts are matched on lemmas of all but the last word.
POSITION_ALIASES = {
    ("мемлекет", "басшы"): "Президент",
    ("президент",): "Президент",
    ("елбасы",): "Елбасы",
    ("премьер-министр",): "Премьер-министр",
    ("министр",): "министр",
    ("әкім",): "әкім",
    ("төраға",): "төраға",
    ("төрайым",): "төраға",
    ("депутат",): "депутат",
    ("сенатор",): "сенатор",
    ("хатшы",): "хатшы",
    ("басшы",): "басшы",
    ("вице-спикер",): "вице-спикер",
    ("орынбасар",): "орынбасар",
    ("кеңесші",): "кеңесші",
    ("спикер",): "спикер",
    ("вице-министр",): "вице-министр",
    ("вице-президент",): "вице-президент",
    ("вице-премьер",): "вице-премьер",
    ("елші",): "елші",
    ("консул",): "консул",
    ("директор",): "директор",
    ("ректор",): "ректор",
    ("проректор",): "проректор",
    ("прокурор",): "прокурор",
    ("судья",): "судья",
    ("бастық",): "бастық",
    ("меңгеруші",): "меңгеруші",
    ("уәкіл",): "уәкіл",
    ("қолбасшы",): "қолбасшы",
    ("өкіл",): "өкіл",
    ("омбудсмен",): "омбудсмен",
}
POSITION_PATTERNS = {
    "президент": re.compile(r"^президент(?!тік)"),
    "премьер-министр": re.compile(r"^премьер-министр"),
    "министр": re.compile(r"^министр(?!лі)"),
    "әкім": re.compile(r"^әкім(?!ді|дік|ші|шілік|ият)"),
    "төраға": re.compile(r"^төраға(?!лы[қғ])|^төрайым"),
    "хатшы": re.compile(r"^хатшы"),
    "басшы": re.compile(r"^басшы(?!лы[қғ])"),
    "депутат": re.compile(r"^депутат"),
    "сенатор": re.compile(r"^сенатор(?!лар)"),
    "елбасы": re.compile(r"^елбасы"),
    "вице-спикер": re.compile(r"^вице-спикер"),
    "орынбасар": re.compile(r"^орынбасар"),
    "кеңесші": re.compile(r"^кеңесші"),
    "вице-министр": re.compile(r"^вице-министр"),
    # posts of appointment news beyond the state's top offices; plurals ("директорлар кеңесі") are not posts
    "вице-президент": re.compile(r"^вице-президент(?!тік)"),
    "вице-премьер": re.compile(r"^вице-премьер"),
    "елші": re.compile(r"^елші(?!лік|лер)"),
    "консул": re.compile(r"^консул(?!дық|дар)"),
    "директор": re.compile(r"^директор(?!лар|лық)"),
    "ректор": re.compile(r"^ректор(?!лар|лық)"),
    "проректор": re.compile(r"^проректор(?!лар|лық)"),
    "прокурор": re.compile(r"^прокурор(?!лар|лық|ы?тұра)"),
    "судья": re.compile(r"^судья(?!лар)"),
    "бастық": re.compile(r"^бастығ|^бастық(?!тар)"),
    "меңгеруші": re.compile(r"^меңгеруші(?!лер)"),
    "уәкіл": re.compile(r"^уәкіл(?!дер|етт)"),
    "қолбасшы": re.compile(r"^қолбасшы(?!лар)"),
    "өкіл": re.compile(r"^өкілі"),  # "Президенттің Парламенттегі өкілі" (but not the plural "өкілдері")
    "дәрігер": re.compile(r"^дәрігері"),  # "ауруханасының бас дәрігері" (possessed: a post, not "дәрігерлер")
    "омбудсмен": re.compile(r"^омбудсмен"),
    "аким": re.compile(r"^губернатор|^мэр(?!ия)"),
}
# Posts that are one office in the state: a bare mention of them means the holder (coreference).
UNIQUE_POSTS = {"Президент", "Елбасы", "Премьер-министр"}

# Event verbs by verb stem (graph.lang.verb_stem), and surface fallbacks.
APPROVAL_STEMS = {"бекіт", "қабылда", "мақұлда"}
SIGNING_STEMS = {"қол қой"}
APPOINTMENT_STEMS = {"тағайында", "сайла"}
DISMISSAL_STEMS = {"босат", "кет"}
ESTABLISH_STEMS = {"құр", "құрыл"}

# Surnames and patronymic endings: a capitalised word ending so is very likely a person's name.
SURNAME = re.compile(
    r"(ов|ев|ёв|ова|ева|ин|ина|ұлы|қызы|баев|баева|бекова|беков|ский|ская|енко|уәли|ұлы)"
    r"(тың|тің|дың|дің|ның|нің|қа|ке|ға|ге|ты|ті|ды|ді|ны|ні|пен|мен|бен|та|те|да|де|тан|тен|дан|ден|нан|нен|а|е|н)?$"
)
INITIALS = re.compile(r"^(?:[А-ЯӘҒҚҢӨҰҮҺІЁ]\.-?){1,3}$")

# Parts of speech (graph.lang tags) that never start or continue a name: Бүгін, Ал, Сондай-ақ, Бұл ...
NON_NAME_POS = {"ADV", "VERB", "AUX", "CCONJ", "SCONJ", "PRON", "DET", "PART", "NUM", "ADP", "INTJ"}
