"""What an act or document provides: "Құжатқа сәйкес, платформалар контентті таңбалауға міндетті
болады", "Сондай-ақ деректерді жинауға тыйым салынады", "айыппұл салу көзделген" -> a Goal of the act.

A provision is a sentence that ends in an obligation, a ban or a provision ("міндетті болады",
"тыйым салынады", "көзделген", "қарастырылған", "құқылы") next to the act: in a sentence naming it
(also as "Құжатқа сәйкес") or right after one that did. "Құжатқа сәйкес, министрлік есеп береді"
says who reports, not what the act obliges: no provision.
"""

from __future__ import annotations

import re

from graph.extractors.base import Context
from graph.extractors.clauses import heading, last_words, mentioned, statement_node
from graph.extractors.lexicon import LEGAL_ACT_TYPES
from graph.extractors.goals import past
from graph.extractors.planned_measures import in_force
from graph.extractors.policy_document import POLICY_CLASSES

DOCUMENTS = set(LEGAL_ACT_TYPES.values()) | POLICY_CLASSES
LAWS = {"Law", "Code", "Agreement"}
ACCORDING = re.compile(r"^\W*(заң|кодекс|келісім|құжат)\w*\s+сәйкес", re.IGNORECASE)
# "Сонымен қатар екі елдің салық органдары ... енгізеді" right after a provision continues it
FURTHER = re.compile(r"^\W*(сонымен қатар|сонымен бірге|сондай-ақ|бұдан бөлек|бұған қоса)\b", re.IGNORECASE)
AIMS = {"Goal", "Principle", "Role", "ExpectedResult", "PlannedMeasure"}
PROVIDES = ("міндетті", "тыйым", "көзделген", "көзделеді", "қарастырылған", "қарастырылады", "құқылы")


class ProvisionExtractor:
    name = "provisions"
    requires = ("sentences", "legal_act", "policy_document")
    provides = ("Goal", "hasGoal")

    def __call__(self, ctx: Context) -> None:
        previous, continued = None, False
        for sent in ctx.sentences:
            docs = mentioned(ctx, sent, DOCUMENTS)
            provides = any(w.startswith(PROVIDES) for w in last_words(sent, 3))
            target = docs[0] if docs else previous
            if not provides and target is not None and target.type in LAWS and ACCORDING.match(sent.text):
                provides = True  # "Заңға сәйкес, кооперативтер салықты азайтылған мөлшерде төлейтін болады"
            if not provides and not docs and target is not None and target.type in LAWS and continued \
                    and FURTHER.match(sent.text) and not past(sent):
                provides = True
            if provides and target is not None and not in_force(sent) and not heading(sent) and not self._taken(ctx, sent):
                statement_node(ctx, sent, "Goal", target, "hasGoal")
                previous, continued = target, True
            else:
                previous, continued = (docs[0] if docs else None), False

    @staticmethod
    def _taken(ctx: Context, sent) -> bool:
        """Another extractor already made this sentence an aim, measure, result or role."""
        return any(e.type in AIMS and any(sent.start <= m.start < sent.end for m in e.mentions)
                   for e in ctx.facts.entities.values())
