"""What an act or document is about (``kz:concerns``, GOLD.md): the bodies, places, posts, events and other
acts its title names (``Сенат депутаттарын тағайындау туралы Жарлық`` concerns the Senate and the post of
its deputies; ``Октябрь ауданының атауын ... өзгерту туралы`` the district).

Measured and left out: everything the operative items of a printed act name (``... тағайындалсын``):
on the real tuning articles 0 of 14 such links were in the gold (bodies tasked, places of polling).

A name inside another name counts once, as the outer one (``Парламенті Мәжілісі``, not also ``Парламент``);
the act's own issuer is no subject of it.
"""

from __future__ import annotations

from kazkg.graph.extractors.base import Context
from kazkg.graph.grammar.documents import POLICY_CLASSES
from kazkg.graph.grammar.lexicon import LEGAL_ACT_TYPES
from kazkg.graph.grammar.match import fold

DOCUMENTS = POLICY_CLASSES | set(LEGAL_ACT_TYPES.values())
SUBJECTS = {"Organization", "Place", "Position", "Event"} | DOCUMENTS
ABOUT = " туралы"
COUNTRY = {"Қазақстан", "Қазақстан Республикасы"}  # the country every act of the state is about


class ActSubjectExtractor:
    name = "act_subjects"
    requires = ("LegalAct", "PolicyDocument", "Organization", "Place", "Position", "Event")
    provides = ("concerns",)

    def __call__(self, ctx: Context) -> None:
        for act in [e for e in ctx.facts.entities.values() if e.type in DOCUMENTS]:
            if ABOUT not in f" {fold(act.label)}":
                continue
            for m in act.mentions:
                about = fold(ctx.text[m.start:m.end]).rfind("туралы")
                if about > 0:
                    self._named_within(ctx, act, m.start, m.start + about)

    @staticmethod
    def _named_within(ctx: Context, act, start: int, end: int) -> None:
        issuers = set(ctx.facts.objects(act.key, "issuedBy"))
        found = []
        for e in ctx.facts.entities.values():
            if e is act or e.type not in SUBJECTS or e.key in issuers or (e.type == "Place" and e.label in COUNTRY):
                continue
            spans = [m for m in e.mentions if start <= m.start and m.end <= end]
            if spans:
                found.append((e, spans[0]))
        for e, m in found:
            outer = [o for o, om in found if o is not e and om.start <= m.start and m.end <= om.end
                     and (om.end - om.start) > (m.end - m.start)]
            # a place inside any name, a body inside a body's name, is that name's; a post names its body too
            if not any(e.type == "Place" or o.type != "Position" for o in outer):
                ctx.facts.relate(act.key, "concerns", e.key, ctx.span(start, end))
