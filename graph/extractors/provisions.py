"""What an act or document provides: "Құжатқа сәйкес, платформалар контентті таңбалауға міндетті
болады", "Сондай-ақ деректерді жинауға тыйым салынады", "айыппұл салу көзделген" -> a Goal of the act.

A provision is a sentence that ends in an obligation, a ban or a provision ("міндетті болады",
"тыйым салынады", "көзделген", "қарастырылған", "құқылы") next to the act: in a sentence naming it
(also as "Құжатқа сәйкес") or right after one that did. "Құжатқа сәйкес, министрлік есеп береді"
says who reports, not what the act obliges: no provision.
"""

from __future__ import annotations

import re

from kazkg.graph.extractors.base import Context
from kazkg.graph.grammar.documents import LAWS, POLICY_CLASSES
from kazkg.graph.grammar.lexicon import LEGAL_ACT_TYPES
from kazkg.graph.grammar.statements import (
    EFFECT,
    heading,
    in_force,
    item_count,
    last_token,
    last_words,
    mentioned,
    past,
    reporting,
    stated,
    statement_node,
)

DOCUMENTS = set(LEGAL_ACT_TYPES.values()) | POLICY_CLASSES
ACCORDING = re.compile(r"^\W*(заң|кодекс|келісім|құжат)\w*\s+сәйкес", re.IGNORECASE)
# "Сонымен қатар екі елдің салық органдары ... енгізеді" right after a provision continues it
FURTHER = re.compile(r"^\W*(сонымен қатар|сонымен бірге|сондай-ақ|бұдан бөлек|бұған қоса)\b", re.IGNORECASE)
NOW = re.compile(r"^\W*(енді|осыған байланысты|осылайша)\b", re.IGNORECASE)
PROVIDES = ("міндетті", "тыйым", "көзделген", "көзделеді", "қарастырылған", "қарастырылады", "құқылы")
MUST = "тиіс"  # "... аспауы тиіс" (must not exceed), the word itself: "тиісті" is "relevant"


def passive_future(sent) -> bool:
    """The clause ends in a passive present-future verb (енгізіледі, күшейтіледі): what the law will make happen."""
    last = last_token(sent)
    return last is not None and {"Pass", "Pres"} <= set(last.tags)


def amended_in(ctx: Context, sent, doc) -> bool:
    """Is ``doc`` named in this sentence only as what is amended (in the dative: "кодекске", "Кодексіне")?"""
    toks = [t for t in sent.tokens if any(m.start <= t.start < m.end for m in doc.mentions)]
    return bool(toks) and "Dat" in toks[-1].tags


class ProvisionExtractor:
    name = "provisions"
    requires = ("sentences", "LegalAct", "PolicyDocument")
    provides = ("Goal", "hasGoal")

    def __call__(self, ctx: Context) -> None:
        previous, continued = None, False
        for sent in ctx.sentences:
            docs = mentioned(ctx, sent, DOCUMENTS)
            provides = any(w.startswith(PROVIDES) or w == MUST for w in last_words(sent, 3))
            target = docs[0] if docs else previous
            if not provides and target is not None and target.type in LAWS and ACCORDING.match(sent.text):
                provides = True  # "Заңға сәйкес, кооперативтер салықты азайтылған мөлшерде төлейтін болады"
            if not provides and not docs and target is not None and target.type in LAWS and continued \
                    and FURTHER.match(sent.text) and not past(sent):
                provides = True
            amended = [d for d in docs if amended_in(ctx, sent, d)]
            if not provides and amended and len(amended) == len(docs) and previous is not None and passive_future(sent):
                target = previous  # "... Әкімшілік құқық бұзушылық туралы кодекске түзетулер енгізіледі": the law amends it
            now = NOW.match(sent.text) and bool(EFFECT.search(last_words(sent, 1)[0] if last_words(sent, 1) else ""))
            if not provides and target is not None and target.type in LAWS and not past(sent) and (now or (
                    passive_future(sent) and (previous is not None or (docs and not amended)))):
                provides = True  # "Енді сабақтар ... қаржыландыру арқылы өтеледі", "Осыған байланысты ... енгізіледі"
            if provides and target is not None and not in_force(sent) and not heading(sent) and not reporting(sent) \
                    and not stated(ctx, sent.start, sent.end) and not item_count(ctx, sent, PROVIDES):
                statement_node(ctx, sent, "Goal", target, "hasGoal")
                previous, continued = target, True
            else:
                previous, continued = (docs[0] if docs else None), False
