"""Noun and verb suffix allomorphs, by the final-letter class of what precedes (KAZAKH.md §3).

Each table maps a class to the (back, front) pair of allomorphs.  Classes: V vowel, S1 м н ң,
L л, S2 р й у и, Z ж з, T voiceless (and б в г д).  Two pseudo-classes: P3, after the 3rd-person
possessive -ы/-і/-сы/-сі, where cases take a linking н (Ассамблеясының, қаласында, кітабын);
P12, after the 1sg/2sg possessive, where the dative is -а/-е (атыма).
"""

ALL = ("V", "S1", "L", "S2", "Z", "T")
CONS = ("S1", "L", "S2", "Z", "T")


def _t(**cells):
    """Expand a compact row: keys are class names joined by '_', values "back/front"."""
    table = {}
    for key, val in cells.items():
        back, front = val.split("/")
        for cls in key.split("_"):
            table[cls] = (back, front)
    return table


# --- nominal layers, innermost first -----------------------------------------------------------
PLURAL = _t(V_S2="лар/лер", S1_L_Z="дар/дер", T="тар/тер")

POSSESSIVE = {
    "Poss3": _t(V="сы/сі", S1_L_S2_Z_T="ы/і"),
    "Poss1sg": _t(V="м/м", S1_L_S2_Z_T="ым/ім"),
    "Poss2sg": _t(V="ң/ң", S1_L_S2_Z_T="ың/ің"),
    "Poss2pol": _t(V="ңыз/ңіз", S1_L_S2_Z_T="ыңыз/іңіз"),
    "Poss1pl": _t(V="мыз/міз", S1_L_S2_Z_T="ымыз/іміз"),
}
# The class that follows each possessive (what the next case sees).
AFTER_POSSESSIVE = {"Poss3": "P3", "Poss1sg": "P12", "Poss2sg": "P12"}

CASES = {
    "Gen": _t(V_S1_P3="ның/нің", L_S2_Z="дың/дің", T="тың/тің"),
    "Acc": _t(V="ны/ні", S1_L_S2_Z="ды/ді", T="ты/ті", P3="н/н", P12="ды/ді"),
    "Dat": _t(V_S1_L_S2_Z="ға/ге", T="қа/ке", P3="на/не", P12="а/е"),
    "Loc": _t(V_S1_L_S2_Z="да/де", T="та/те", P3="нда/нде"),
    "Abl": _t(V_L_S2_Z="дан/ден", S1_P3="нан/нен", T="тан/тен"),
    "Ins": _t(V_S1_L_S2_P3="мен/мен", Z="бен/бен", T="пен/пен"),
    # Similative -дай/-дей (өзіндей); lemma is the bare stem in KTB.
    "Sim": _t(V_S1_L_S2_Z="дай/дей", T="тай/тей", P3="ндай/ндей"),
}
# P12 falls back to the ordinary consonant class (м, ң are S1) except where listed.
for _case, _table in CASES.items():
    _table.setdefault("P12", _table["S1"])
    _table.setdefault("P3", _table["V"])

# Rare long instrumental -менен/-бенен/-пенен.
INS_LONG = _t(V_S1_L_S2_P3="менен/менен", Z="бенен/бенен", T="пенен/пенен")

# Relative -ғы/-гі: after a locative (-дағы, қаласындағы) or on time words (жылғы, бүгінгі).
RELATIVE = _t(V_S1_L_S2_Z="ғы/гі", T="қы/кі")

# Ordinal -ыншы/-інші, -ншы/-нші after a vowel (бірінші, екінші): KTB lemma is the cardinal.
ORDINAL = _t(V="ншы/нші", S1_L_S2_Z_T="ыншы/інші")

# Comparative -ырақ/-ірек, -рақ/-рек after a vowel (анығырақ, кейінірек): KTB lemma is the base.
COMPARATIVE = _t(V="рақ/рек", S1_L_S2_Z_T="ырақ/ірек")

# --- verbal layers ------------------------------------------------------------------------------
# Passive voice (берілді -> бер, жарияланды -> жарияла, алынды -> ал): KTB lemmas drop it.
PASSIVE = _t(V="л/л", S1_S2_Z_T="ыл/іл", L="ын/ін")
PASSIVE_N = _t(V="н/н")  # жарияланды, қабылданды
# Reciprocal -ыс/-іс/-с (айтысып, келісті): KTB strips it from some lemmas and keeps it in
# lexicalised ones (кездес-), so it is offered and left to the ranking.
RECIPROCAL = _t(V="с/с", S1_L_S2_Z_T="ыс/іс")
NEGATION = _t(V_S2_L="ма/ме", S1_Z="ба/бе", T="па/пе")

# Finite and non-finite forms.  Values are tables; "pers" says which personal set follows.
VERB_FORMS = {
    # past -ды (алды, бекітті) + personal endings of the past set
    "Past": (_t(V_S1_L_S2_Z="ды/ді", T="ты/ті"), "past"),
    # present/future -а/-е/-й + personal endings (болады, келмейді, түсінбеймін)
    "Pres": (_t(S1_L_S2_Z_T="а/е", V="й/й"), "pres"),
    # future of intention -мақ (бармақ, келмекші)
    "Int": (_t(V_S1_L_S2="мақ/мек", Z="бақ/бек", T="пақ/пек"), "int"),
    # conditional -са (болса, келсе)
    "Cnd": (_t(V_S1_L_S2_Z_T="са/се"), "cnd"),
    # evidential past -ыпты (болыпты)
    "Evid": (_t(V="пты/пті", S1_L_S2_Z_T="ыпты/іпті"), "pres"),
    # past participle -ған (болған, бекітілген): takes nominal endings
    "PartPast": (_t(V_S1_L_S2_Z="ған/ген", T="қан/кен"), "nominal"),
    # imperfect participle -атын (отыратын, ашылмайтын)
    "PartImp": (_t(V="йтын/йтін", S1_L_S2_Z_T="атын/етін"), "nominal"),
    # aorist participle -ар/-р, negative -мас (барар, бармас)
    "PartFut": (_t(V="р/р", S1_L_S2_Z_T="ар/ер"), "nominal"),
    "PartNeg": (_t(V_S1_L_S2="мас/мес", Z="бас/бес", T="пас/пес"), "nominal"),
    # participle + abstract -дық (болғандықтан, білгендік)
    "PartPastNom": (_t(V_S1_L_S2_Z="ғандық/гендік", T="қандық/кендік"), "nominal"),
    # agent + abstract -лық (шығарушылық)
    "AgentNom": (_t(V_S1_L_S2_Z_T="ушылық/ушілік"), "nominal"),
    # auxiliary verbs take personal endings straight on the stem (отырмын, жатырмыз)
    "PersDirect": (_t(V_S1_L_S2_Z_T="/"), "direct"),
    # verbal noun -у (бағдарлау, дамуы, шығуды, қорғалуға): takes nominal endings
    "Ger": (_t(V_S1_L_S2_Z_T="у/у"), "nominal"),
    # agent -ушы (айтушы)
    "Agent": (_t(V_S1_L_S2_Z_T="ушы/уші"), "nominal"),
    # converbs: -ып/-п (деп, барып), -а/-й (бере, ойнай), -ғалы, -ғанша
    "ConvP": (_t(V="п/п", S1_L_S2_Z_T="ып/іп"), "none"),
    "ConvA": (_t(V="й/й", S1_L_S2_Z_T="а/е"), "none"),
    "ConvGaly": (_t(V_S1_L_S2_Z="ғалы/гелі", T="қалы/келі"), "none"),
    "ConvGansha": (_t(V_S1_L_S2_Z="ғанша/генше", T="қанша/кенше"), "none"),
    # desiderative -ғысы (барғысы келеді)
    "Desid": (_t(V_S1_L_S2_Z="ғы/гі", T="қы/кі"), "poss"),
    # imperative / optative
    "Imp3": (_t(V_S1_L_S2_Z_T="сын/сін"), "none"),
    "ImpPol": (_t(V="ңыз/ңіз", S1_L_S2_Z_T="ыңыз/іңіз"), "none"),
    "Imp2pl": (_t(V="ңдар/ңдер", S1_L_S2_Z_T="ыңдар/іңдер"), "none"),
    "Opt1sg": (_t(V="йын/йін", S1_L_S2_Z_T="айын/ейін"), "none"),
    "Opt1pl": (_t(V="йық/йік", S1_L_S2_Z_T="айық/ейік"), "none"),
    "Opt": (_t(V_S1_L_S2_Z="ғай/гей", T="қай/кей"), "none"),
}

# Personal endings after a finite verb form, as (back, front) and tag.
PERSONAL = {
    "past": [("м", "м", "1sg"), ("ң", "ң", "2sg"), ("қ", "к", "1pl"), ("ңыз", "ңіз", "2pol"),
             ("ңдар", "ңдер", "2pl"), ("ңыздар", "ңіздер", "2polpl"), ("", "", "3")],
    "pres": [("мын", "мін", "1sg"), ("сың", "сің", "2sg"), ("сыз", "сіз", "2pol"),
             ("мыз", "міз", "1pl"), ("сыңдар", "сіңдер", "2pl"), ("ды", "ді", "3")],
    "int": [("пын", "пін", "1sg"), ("сың", "сің", "2sg"), ("сыз", "сіз", "2pol"),
            ("пыз", "піз", "1pl"), ("шы", "ші", "3"), ("", "", "3")],
    "direct": [("мын", "мін", "1sg"), ("сың", "сің", "2sg"), ("сыз", "сіз", "2pol"), ("мыз", "міз", "1pl"),
               ("сыңдар", "сіңдер", "2pl"), ("сыздар", "сіздер", "2polpl")],
    "cnd": [("м", "м", "1sg"), ("ң", "ң", "2sg"), ("қ", "к", "1pl"), ("ңыз", "ңіз", "2pol"),
            ("", "", "3")],
}
