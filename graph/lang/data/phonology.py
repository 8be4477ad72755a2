"""Letter classes that decide vowel harmony and the first consonant of a suffix (KAZAKH.md §3)."""

BACK_VOWELS = frozenset("аоұыяёю")
FRONT_VOWELS = frozenset("әеөүіэ")
# Vowels for the final-letter class.  у and и are NOT here: at the end of a stem they behave like
# the sonorants л р й (судың, Мәскеудің, дамуы).
VOWELS = frozenset("аәеоөұүыіэюяё")

# Final-letter classes.  "L" is split from the other sonorants because after л the plural is
# -дар/-дер (жылдар, елдер) while after р й у и it is -лар/-лер.
CLASS_OF = {}
for _ch in VOWELS:
    CLASS_OF[_ch] = "V"
for _ch in "мнң":
    CLASS_OF[_ch] = "S1"
CLASS_OF["л"] = "L"
for _ch in "рйуи":
    CLASS_OF[_ch] = "S2"
for _ch in "жз":
    CLASS_OF[_ch] = "Z"
# Voiceless consonants, plus б в г д ғ which take voiceless suffixes at the end of a stem
# (Тоқаевтың, Бағдадқа, Гонконгте).
for _ch in "кқпстфхцчшщбвгдғһ":
    CLASS_OF[_ch] = "T"

# Final voicing before a vowel-initial suffix (жарлық -> жарлығы, мүмкіндік -> мүмкіндігі,
# кітап -> кітабы); stripping undoes it.
UNVOICE = {"ғ": "қ", "г": "к", "б": "п"}

# Stems that drop their last vowel before a vowel-initial suffix (a closed list: халық -> халқы,
# орын -> орны, ауыз -> аузы, ерін -> ерні).  Maps the shortened stem to the full one.
VOWEL_DROP = {
    "халқ": "халық",
    "орн": "орын",
    "ауз": "ауыз",
    "ерн": "ерін",
    "мұрн": "мұрын",
    "бөрк": "бөрік",
    "ерк": "ерік",
    "қарн": "қарын",
    "көңл": "көңіл",
    "мүлк": "мүлік",
    "көрк": "көрік",
    "қалп": "қалып",
    "ойн": "ойын",
    "қойн": "қойын",
    "мойн": "мойын",
    "құлқ": "құлық",
    "нарқ": "нарық",
    "даус": "дауыс",
    "әрп": "әріп",
    "ғұмр": "ғұмыр",
    "зауқ": "зауық",
    "ақл": "ақыл",
    "парз": "парыз",
}
