"""An organisation's roles: sentences whose subject is the organisation (named, abbreviated or
referred to, in the nominative, at the start of the clause) and whose predicate is a present-future
verb of function: "ықпал етеді" (contributes), "... тетігі/алаңы болады" (will be the mechanism/platform),
"атқарады" (performs), "қамтамасыз етеді" (ensures)."""

from __future__ import annotations

from kazkg.graph.extractors.base import Context
from kazkg.graph.grammar.match import fold, is_genitive
from kazkg.graph.grammar.statements import (
    OPENERS,
    heading,
    last_words,
    reporting,
    statement_node,
)

PREDICATES = ("етеді", "болады", "атқарады", "табылады", "береді", "асырады", "қатысады", "жасайды")
TIME_WORDS = {"бірінші", "екінші", "алдағы", "биыл", "келесі", "жақын", "алғашқы"}
TASK_WORDS = ("міндеті", "міндеттері", "мақсаты", "функциясы", "функциялары")


class RoleExtractor:
    name = "roles"
    requires = ("sentences", "Organization")
    provides = ("Role", "hasRole")

    def __call__(self, ctx: Context) -> None:
        for sent in ctx.sentences:
            if heading(sent) or reporting(sent):
                continue  # "КДДА-ның негізгі міндеттері:" opens a list; "... есеп береді" is to whom it reports
            if self._task(ctx, sent):
                continue
            if not any(w.startswith(PREDICATES) for w in last_words(sent, 1)):
                continue
            for tok in sent.tokens[:6]:
                if tok.is_punct or fold(tok.text) in OPENERS:
                    continue
                ent = ctx.facts.covering(tok.start, tok.end)
                if ent is not None and ent.type == "Organization" and not is_genitive(tok) \
                        and "-" not in tok.text:
                    statement_node(ctx, sent, "Role", ent, "hasRole")
                elif ent is None and (set(tok.tags) & {"Loc", "Abl"} or fold(tok.text) in TIME_WORDS):
                    continue  # "Бірінші кезеңде Қор ... іске асырады": a time adverbial before the subject
                break

    @staticmethod
    def _task(ctx: Context, sent) -> bool:
        """"СҚҰО-ның негізгі міндеті – ...", "Орталықтың мақсаты – ...": the body's task, said of it by name."""
        toks = [t for t in sent.tokens if fold(t.text) not in OPENERS]
        for i, tok in enumerate(toks[:4]):
            ent = ctx.facts.covering(tok.start, tok.end)
            if ent is None or ent.type != "Organization" or not is_genitive(tok):
                continue
            rest = [fold(t.text) for t in toks[i + 1:i + 4]]
            if any(w.startswith(TASK_WORDS) for w in rest):
                statement_node(ctx, sent, "Role", ent, "hasRole")
                return True
        return False
