"""Cyrillic -> 2021 Kazakh Latin alphabet (31 letters; KAZAKH.md §6).

The 2021 alphabet has no letters for Ё Ц Ч Щ Ъ Ь Э Ю Я (Russian loans).  Project convention
(recorded here, as KAZAKH.md suggests): Ё->io, Ц->ts, Ч->ç, Щ->şç, Ъ Ь->"", Э->e, Ю->iu, Я->ia;
title case İo, Ts, Ç, Şç, E, İu, İa.  Note І->I/ı (dotless), И and Й -> İ/i.
Separate upper- and lower-case tables: Python's str.upper/lower are wrong for İ/ı.
"""

LOWER = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ж": "j",
    "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ",
    "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü",
    "ф": "f", "х": "h", "һ": "h", "ш": "ş", "ы": "y", "і": "ı",
    "ё": "io", "ц": "ts", "ч": "ç", "щ": "şç", "ъ": "", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}
# Title-case value of each upper-case letter (used when the next letter is lower case).
TITLE = {
    "А": "A", "Ә": "Ä", "Б": "B", "В": "V", "Г": "G", "Ғ": "Ğ", "Д": "D", "Е": "E", "Ж": "J",
    "З": "Z", "И": "İ", "Й": "İ", "К": "K", "Қ": "Q", "Л": "L", "М": "M", "Н": "N", "Ң": "Ñ",
    "О": "O", "Ө": "Ö", "П": "P", "Р": "R", "С": "S", "Т": "T", "У": "U", "Ұ": "Ū", "Ү": "Ü",
    "Ф": "F", "Х": "H", "Һ": "H", "Ш": "Ş", "Ы": "Y", "І": "I",
    "Ё": "İo", "Ц": "Ts", "Ч": "Ç", "Щ": "Şç", "Ъ": "", "Ь": "", "Э": "E", "Ю": "İu", "Я": "İa",
}
# All-caps value (used inside an all-caps word such as ҚХА or ЮНЕСКО).
UPPER = dict(TITLE, Ё="İO", Ц="TS", Щ="ŞÇ", Ю="İU", Я="İA")
