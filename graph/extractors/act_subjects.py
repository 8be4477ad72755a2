"""What an act or document is about (``kz:concerns``, GOLD.md): the bodies, places, posts, events and other
acts its title names (``Сенат депутаттарын тағайындау туралы Жарлық`` concerns the Senate and the post of
its deputies; ``Октябрь ауданының атауын ... өзгерту туралы`` the district).

Measured and left out: everything the operative items of a printed act name (``... тағайындалсын``):
on the real tuning articles 0 of 14 such links were in the gold (bodies tasked, places of polling).

An act in the instrumental before a passive past verb is about what that clause names (``Жарлығымен
Ұлттық құрылтай құрылды``, ``қаулысымен Қарағанды облысында төтенше жағдай режимі тоқтатылды``, ``Жарлығымен
X Сенат депутаты болып тағайындалды``): GOLD.md's "a decree that sets or establishes"; what was
``бекітілді`` the act approved instead (extractors/approval.py). People are no subjects (they are the
appointees), nor the act's issuer and the issuer's post, nor possessors and bodies in the locative
(``subject_case``); only the outer names count there, and an act followed by a participle
(``бұйрығымен бекітілген``) is that participle's.

A name inside another name counts once, as the outer one (``Парламенті Мәжілісі``, not also ``Парламент``);
the act's own issuer is no subject of it.
"""

from __future__ import annotations

from kazkg.graph.extractors.base import Context
import re

from kazkg.graph.grammar.clause import as_actor, genitive_issuer, issuer_of, named_in
from kazkg.graph.grammar.documents import POLICY_CLASSES
from kazkg.graph.grammar.lexicon import LEGAL_ACT_TYPES
from kazkg.graph.grammar.match import fold

ACT_CLASSES = set(LEGAL_ACT_TYPES.values())
DOCUMENTS = POLICY_CLASSES | ACT_CLASSES
SUBJECTS = {"Organization", "Place", "Position", "Event"} | DOCUMENTS
ABOUT = " туралы"
# passive past of a derived stem (тағайындалды, бекітілді, құрылды, жарияланды); short active forms
# such as "алды", "келді" are not it
PASSIVE_PAST = re.compile(r"(ыл|іл|ал|ел|ын|ін|ан|ен)(ды|ді)$")
APPROVES = ("бекітіл",)  # GOLD.md: "approved where the text says бекітілді" (the approval extractor's)
COUNTRY = {"Қазақстан", "Қазақстан Республикасы"}  # the country every act of the state is about


def subject_case(e, toks, b: int) -> bool:
    """Is the name ending at token ``b`` what the passive clause is about: its subject or a post ("X Сенат
    депутаты болып", "министрі қызметінен"), a place where ("облыстарында")? Not a possessor ("мәслихаты
    депутаттарының келісімімен", "министрлігінің кәсіпорны") nor a body where ("министрлігінде тіркелді")."""
    tags = set(toks[b].tags)  # the tagger's case only: a name's own ending is no case ("Қазақстан", not -тан)
    if tags & {"Gen", "Ins", "Dat", "Abl"} or ("Loc" in tags and e.type != "Place"):
        return False
    return not (b + 1 < len(toks) and "Gen" in toks[b + 1].tags)


class ActSubjectExtractor:
    name = "act_subjects"
    requires = ("sentences", "LegalAct", "PolicyDocument", "Organization", "Place", "Position", "Event")
    provides = ("concerns",)

    def __call__(self, ctx: Context) -> None:
        for act in [e for e in ctx.facts.entities.values() if e.type in DOCUMENTS]:
            if ABOUT not in f" {fold(act.label)}":
                continue
            for m in act.mentions:
                about = fold(ctx.text[m.start:m.end]).rfind("туралы")
                if about > 0:
                    self._named_within(ctx, act, m.start, m.start + about)

        for sent in ctx.doc.sentences:
            self._by_instrument(ctx, sent)

    @staticmethod
    def _by_instrument(ctx: Context, sent) -> None:
        toks = sent.tokens
        lo = 0
        for v, tok in enumerate(toks):
            if "VERB" not in tok.tags or "Past" not in tok.tags or "Ger" in tok.tags:
                continue
            if "Pass" not in tok.tags and not (len(tok.text) >= 8 and PASSIVE_PAST.search(fold(tok.text))):
                lo = v + 1
                continue
            named = named_in(ctx, sent, ACT_CLASSES, lo, v)
            acts = [(a, i, j) for a, i, j in named if "Ins" in toks[j].tags]
            if acts and not fold(tok.text).startswith(APPROVES):
                act, i, j = acts[-1]
                if any("VERB" in t.tags and "Ger" not in t.tags and ctx.facts.covering(t.start, t.end) is None
                       for t in toks[j + 1:v]):
                    lo = v + 1
                    continue  # "бұйрығымен бекітілген қағидалар ... тіркелді": the act is the participle's
                barred = {act.key, *ctx.facts.objects(act.key, "issuedBy")}
                for actor in (issuer_of(ctx, act), genitive_issuer(ctx, sent, i)):
                    if actor is not None:
                        barred.add(actor.key)
                found = [(e, a, b) for e, a, b in named_in(ctx, sent, SUBJECTS, lo, v) if a > i or b < i - 1]
                for e, a, b in found:
                    actor = as_actor(ctx, e) if e.type in ("Position", "Person") else None
                    if e.key in barred or (actor is not None and actor.key in barred) or (
                            e.type == "Place" and e.label in COUNTRY):
                        continue
                    if not subject_case(e, toks, b):
                        continue
                    if any(o is not e and oa <= a and b <= ob for o, oa, ob in found):
                        continue  # a name inside a longer one is that one's
                    ctx.facts.relate(act.key, "concerns", e.key, ctx.span(toks[lo].start, tok.end))
            lo = v + 1

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
