"""Kazakh abbreviations written with a full stop, so the stop does not end a sentence.

ж. жыл "year", жж. жылдар, т.б. тағы басқа "etc.", т.с.с. тағы сол сияқты, млн миллион,
млрд миллиард, б.з.б./б.з. (before) our era, ғ. ғасыр "century", к. көше "street", etc.
Upper-case acronyms (ҚР, ҚХА, БҰҰ, АҚШ) need no list: they are written without stops.
"""

# Lower-cased, with their stops.  Multi-dot ones are matched as a whole before single letters.
DOTTED = (
    "т.б.", "т.с.с.", "т.с.", "б.з.б.", "б.з.", "т.т.", "ж.т.б.",
)
SINGLE = (
    "ж.", "жж.", "млн.", "млрд.", "мың.", "трлн.", "ғ.", "ғғ.", "к.", "көш.", "ш.", "обл.", "қ.", "а.",
    "ауд.", "им.", "проф.", "акад.", "доц.", "т.", "бб.", "б.", "бет.", "сағ.", "мин.", "см.", "мм.",
    "км.", "кг.", "гр.", "тг.", "теңг.", "руб.", "доп.", "мл.", "шм.", "ж.ж.", "e.g.", "др.", "г.",
)
