"""Kazakh month names (KAZAKH.md §4) and relative-year words.

Stems are given in the shape they take before any suffix: қыркүйек voices to қыркүйег- before a
vowel (қыркүйегі, қыркүйегінде), so the pattern stem is қыркүйе[кг].
"""

MONTHS = {
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6,
    "шілде": 7, "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}
# regex stem -> month number (voicing alternation included)
MONTH_STEMS = {
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6,
    "шілде": 7, "тамыз": 8, "қыркүйе[кг]": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}
# Short forms as in dateparser's kk data; only accepted between a day and a year.
MONTH_SHORT = {
    "қаң": 1, "ақп": 2, "нау": 3, "сәу": 4, "мам": 5, "мау": 6,
    "шіл": 7, "там": 8, "қыр": 9, "қаз": 10, "қар": 11, "жел": 12,
}
# Words that name a year relative to the document date: value = offset in years.
RELATIVE_YEARS = {
    "биыл": 0, "биылғы": 0, "ағымдағы": 0, "осы": 0, "былтыр": -1, "былтырғы": -1,
    "өткен": -1, "келесі": 1, "алдағы": 1,
}
# Case endings of a month or year word that turn "on" into "since" / "until" (with бастап/дейін).
ABLATIVE_ENDINGS = ("нан", "нен", "дан", "ден", "тан", "тен")
DATIVE_ENDINGS = ("ға", "ге", "қа", "ке", "на", "не", "а", "е")
