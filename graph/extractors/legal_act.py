"""Legal acts: a document word (Жарлық, Қаулы, Бұйрық, Заң, Кодекс) with what stands before it in the
sentence: the date (2022 жылғы 15 қыркүйектегі), the number (№ 285), the title («... туралы») and,
in the genitive, who issued it (Тоқаевтың, Президентінің, Үкіметтің).

The label is the act's nominative name: "2022 жылғы 15 қыркүйектегі Жарлық", "«X туралы» Заң"; an act
named by its word alone is one per article ("жарлыққа қол қойды ... осы жарлықтан").
"""

from __future__ import annotations

import re

from kazkg.graph.doc import Sentence
from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import Entity, Value, norm
from kazkg.graph.grammar.documents import AGREEMENTS, THIS, act_type
from kazkg.graph.grammar.lexicon import DOC_NOMINATIVE, LEGAL_ACT_TYPES, UNIQUE_POSTS
from kazkg.graph.grammar.operative import enacting_verb
from kazkg.graph.grammar.titles import drafted, expand_country, fix_script, kind_of, same_titles, unquoted_title
from kazkg.graph.grammar.match import (
    CASES,
    CLOSING_QUOTES,
    OPENING_QUOTES,
    fold,
    in_quotes,
    is_genitive,
)
from kazkg.graph.grammar.post_reader import post_before
from kazkg.graph.grammar.posts import holder

FINITE = {"Past", "Pres", "Fut"}  # (not Opt/Imp: "бірегей" is read as an optative)

# DateMention kind -> literal datatype of kz:dateOfIssue
DATATYPE = {"date": "date", "year": "gYear", "monthday": "gMonthDay"}
NUMBER = re.compile(r"№\s*((?:[А-ЯӘҒҚҢӨҰҮҺІA-Z]{1,3}-)?\d[\d\-/]*(?:/[А-ЯӘҒҚҢӨҰҮҺІA-Z]{1,4}(?: [А-ЯӘҒҚҢӨҰҮҺІA-Z]{1,4})?-\d+)?(?:-?[а-яәғқңөұүһіА-ЯӘҒҚҢӨҰҮҺІ]{1,3}(?:/[а-яәғқңөұүһі]{1,3})?(?=\s|$))?)\s*$")  # № 285, № 312-к, № 402-ж/қ, № А-2/118, № 214-НҚ
COUNTRY_GAP = re.compile(r"ҚР|Қазақстан Республикасы(ның)?")
BETWEEN = {"өз", "тиісті", "тағы", "бір", "жаңа", "арнайы", "кезекті", "осы", "сол", "бұл"}
MEDIA = ("газет", "журнал", "телеарна", "арна", "портал", "сайт", "басылым", "радио")
TOPIC = "LegalAct:Code:topic::"  # key prefix of a code named by its topic (Салық кодексі)
NOT_TOPICS = {"жаңа", "бұл", "осы", "сол", "аталған", "бүкіл", "барлық", "қолданыстағы", "өз"}
ADVERBIAL_DATE = re.compile(r"(да|де|та|те|нда|нде|ға|ге|қа|ке|нан|нен|дан|ден|тан|тен)$")


PERSONNEL_VERBS = ("тағайындал", "босатыл", "сайлан", "тағайындады", "босатты")


def personnel_instrument(sent: Sentence, k: int) -> bool:
    """Is the act word at k the instrument ("Жарлығымен") of an appointment or release in its sentence?"""
    word = sent.tokens[k].text.casefold()
    return word.endswith(("мен", "бен", "пен")) and any(
        t.text.casefold().startswith(PERSONNEL_VERBS) for t in sent.tokens[k + 1:])


class LegalActExtractor:
    name = "legal_act"
    requires = ("sentences", "lemmas", "dates", "Person", "Position", "Organization")
    provides = ("LegalAct", "Decree", "Resolution", "Order", "Law", "Code", "Agreement", "issuedBy", "dateOfIssue",
                "documentNumber", "Position", "Decision")

    def __call__(self, ctx: Context) -> None:
        named: dict[str, list[Entity]] = {}
        local: list[Entity] = []
        bare_agreements: list[tuple[Sentence, int]] = []
        for sent in ctx.sentences:
            for k, tok in enumerate(sent.tokens):
                word = act_type(tok)
                if word in AGREEMENTS and not self._generic(sent, k) and not self._signed_or_titled(sent, k):
                    # "келісімі бойынша" is consent; "осындай келісімдер" are other agreements
                    if not fold(tok.text).startswith((word + "і", word + "дер", word + "дар")) and not in_quotes(sent, k):
                        bare_agreements.append((sent, k))
                    continue
                if word and (self._generic(sent, k) or self._media_title(sent, k) or enacting_verb(sent, k)):
                    continue  # ("қаулы етемін", I decree, names no act)
                if word == "шешім" and not self._numbered_or_dated(ctx, sent, k) and not unquoted_title(ctx, sent, k):
                    continue  # "шешім қабылдады" (decided) names no act
                if word:
                    act = self._act(ctx, sent, k, word)
                    if act.key.endswith(ctx.article_id):
                        local.append(act)
                    elif act.key.count(":") == 3:
                        pass  # an unnamed personnel decree of its sentence: no other mention refers to it
                    elif act not in named.setdefault(act.type, []):
                        named[act.type].append(act)
        self._join_topic_codes(ctx, named)
        same_titles(ctx, named)
        self._join_title_and_date(ctx, named)
        self._refer_to_agreement(ctx, ctx.facts.of_type("Agreement"), bare_agreements)
        # "Жарлыққа сәйкес": an act named by its word alone is the one act of that kind the article names
        for act in local:
            if ":конституция:" in act.key:
                continue  # the Constitution is no other law the article names
            same = [a for a in named.get(act.type, []) if a.key in ctx.facts.entities
                    and fold(a.label.split()[-1])[:4] == fold(act.label.split()[-1])[:4]]  # a memorandum is no other agreement
            if len(same) > 1 and act.type == "Code":
                # "Көлік кодексі ... Кодекс ... Әкімшілік құқық бұзушылық туралы кодексіне": a bare "Кодекс"
                # is the code the article names first, the one it is about
                same = [min(same, key=lambda a: min(m.start for m in a.mentions))]
            if len(same) == 1 and act.key in ctx.facts.entities:
                ctx.facts.rekey(act.key, same[0].key)

    def _act(self, ctx: Context, sent: Sentence, k: int, word: str) -> Entity:
        toks, text = sent.tokens, ctx.text
        head = toks[k]
        left = head.start
        before = text[sent.start:head.start]
        # title in quotes right before the word: «... туралы» Заңы
        title = None
        m = re.search(r"[«\"“]([^«»\"“”]{3,300})[»\"”]\s*(?:Қазақстан Республикасы(?:ның)?\s+|ҚР\s+)?(?:Конституциялық\s+)?$", before)
        # (a code is named by its topic; an act word inside another act's quoted title is read as before)
        # and a headline's agreement is the one the body names inside the ratifying law's title
        headline = word in AGREEMENTS and ctx.article.headline is not None and sent.start < ctx.article.headline[1]
        bare = unquoted_title(ctx, sent, k) if m is None and word != "кодекс" and not in_quotes(sent, k) \
            and not headline else None
        if m:  # «X туралы» (Қазақстан Республикасының) Заңы
            title = expand_country(m.group(1).strip())
            left = sent.start + m.start()
            before = text[sent.start:left]
        elif bare:  # Сенат депутаттарын тағайындау туралы жарлыққа
            title, left, gap = bare
            before = text[sent.start:left]
        number = None
        joint = re.search(r"\s+бірлескен\s*$", before)  # "№ 441/ҚР ДСМ-152 бірлескен бұйрығымен": a joint order
        if joint:
            before = before[: joint.start()]
        m = NUMBER.search(before)
        if m:
            number = m.group(1)
            left = sent.start + m.start()
            before = text[sent.start:left]
        date = self._date_before(ctx, sent, left)
        if date is not None:
            left = date.start
        issued = None
        if title is None:
            # "Үкіметінің «X туралы» 2026 жылғы 3 ақпандағы № 58 қаулысы": the title before date and number
            # (also with the issuer between: "«X туралы» Қазақстан Республикасы Үкіметінің 2015 жылғы ... қаулысына")
            m = re.search(r"[«\"“]([^«»\"“”]{3,300})[»\"”]\s*(?P<by>(?:[\w-]+\s+){0,3}[\w-]+(?:ның|нің|дың|дің|тың|тің)\s+)?$",
                          text[sent.start:left])
            if m and (date is not None or number is not None):
                title = expand_country(m.group(1).strip())
                issued = self._issuer(ctx, sent, left) if m.group("by") else None
                left = sent.start + m.start()
        issuer = issued or self._issuer(ctx, sent, left)
        if bare and gap is not None:  # "X туралы облыс әкімінің қаулысы": the issuer between title and act
            issuer = self._issuer(ctx, sent, head.start) or issuer
        if issuer is None and k >= 1 and fold(toks[k - 1].text) == "өз":
            issuer = self._subject(ctx, sent, k - 1)  # "Нұрсұлтан Назарбаев 2007 жылы 5 маусым күні өз Жарлығымен"
        if date is None and issuer is not None:
            # "1995 жылғы 1 наурызда ҚР Президентінің жарлығымен": the date stands before the issuer
            date = self._date_before(ctx, sent, issuer[2], attributive=False)
        if word == "заң" and k > 0 and fold(toks[k - 1].text) == "ата":
            word = "конституция"  # "Ата заң", the Basic Law
        cls = LEGAL_ACT_TYPES[word]
        noun = kind_of(sent, k, DOC_NOMINATIVE[word])
        topic = self._code_topic(ctx, sent, k) if word == "кодекс" and not (title or number or date) else None
        if topic is not None:
            # "Салық кодексіне", "Әкімшілік құқық бұзушылық туралы кодекске": a code is named by its topic
            words, left = topic
            name = " ".join(words) + (" кодекс" if fold(words[-1]) == "туралы" else " кодексі")
            return ctx.facts.entity(cls, name, ctx.span(left, head.end), key=f"{TOPIC}{norm(name)}")
        parts = []
        if title:
            pass  # GOLD.md: a titled act is its title and type; its date and number are its relations
        elif date is not None and (date.kind == "year" or not ADVERBIAL_DATE.search(date.text)) \
                and not text[date.end:date.end + 6].strip().startswith("күні"):  # "1 наурыз күні": when, not which
            # the label keeps an attributive date (15 қыркүйектегі); "1 наурызда" only dates the act
            parts.append(" ".join(date.text.split()) if date.kind == "date" else f"{date.value[:4]} жылғы"
                         if date.kind == "year" else " ".join(date.text.split()))
        if number and not title:
            parts.append(f"№ {number}")
        if title:
            parts.append(fix_script(title) if bare else f"«{fix_script(title)}»")
        label = " ".join(parts + [noun])
        draft = drafted(sent, k)
        if draft is not None:  # "заң жобасы", "Конституция жобасы": the act in the making, an act of its own
            label = f"{label} жобасы" if parts or " " in noun else f"{noun.capitalize()} жобасы"
        this = k > 0 and fold(toks[k - 1].text) in THIS and draft is None
        earlier = self._last_named(ctx, cls, head.start) if this and date is None and number is None and title is None else None
        if earlier is not None:
            # "Осы Жарлықпен ол ... босатылды": "this decree" is the one named last before
            earlier.add_mention(ctx.span(head.start, head.end))
            return earlier
        if date is None and number is None and title is None and personnel_instrument(sent, k):
            # "Жарлығымен X тағайындалды. Тағы бір Жарлығымен Y босатылды": one decree per appointment
            key = f"LegalAct:{word}:{ctx.article_id}:{sent.start}"
        elif date is None and number is None and title is None:
            key = f"LegalAct:{word}:{ctx.article_id}"  # one unnamed act of each kind per article
        else:
            key = f"LegalAct:{cls}:{date.value if date else ''}:{number or ''}:{norm(title or '')}"
        if draft is not None:
            key += ":draft"
            head = draft
        act = ctx.facts.entity(cls, label, ctx.span(left, head.end), key=key)
        span = ctx.span(min(left, issuer[2]) if issuer else left, head.end)
        if issuer:
            ctx.facts.relate(act.key, "issuedBy", issuer[0].key, span)
        if date is not None:
            ctx.facts.relate(act.key, "dateOfIssue", Value(date.value, DATATYPE[date.kind]),
                             ctx.span(min(date.start, left), head.end))
        if number:
            ctx.facts.relate(act.key, "documentNumber", Value(number), span)
        return act

    @staticmethod
    def _code_topic(ctx: Context, sent: Sentence, k: int) -> tuple[list[str], int] | None:
        """The words naming a code before its word: from the last capitalised one (Салық, Әкімшілік
        құқық бұзушылық туралы), with no entity, genitive or punctuation among them."""
        run = []
        j = k - 1
        while j >= 0 and len(run) < 6:
            t = sent.tokens[j]
            if not t.text.replace("-", "").isalpha() or is_genitive(t) or FINITE & set(t.tags) \
                    or ctx.facts.covering(t.start, t.end) is not None:
                break
            run.insert(0, t)
            j -= 1
        caps = [n for n, t in enumerate(run) if t.text[:1].isupper()]
        if not caps or any(t.text[:1].isupper() for t in run[caps[-1] + 1:]):
            return None
        named = run[caps[-1]:]
        if named[0].text.isupper() or fold(named[0].text) in NOT_TOPICS:
            return None  # an acronym (ҚР) or a sentence's capitalised "Жаңа" is no topic
        return [t.text for t in named], named[0].start

    def _numbered_or_dated(self, ctx: Context, sent: Sentence, k: int) -> bool:
        """"№ 28-1 шешімімен", "18 желтоқсандағы шешімі": a decision is an act when numbered or dated."""
        head = sent.tokens[k].start
        return bool(NUMBER.search(ctx.text[sent.start:head])) or self._date_before(ctx, sent, head) is not None

    @staticmethod
    def _last_named(ctx: Context, cls: str, before: int) -> Entity | None:
        best = None
        for act in ctx.facts.of_type(cls):
            for m in act.mentions:
                if m.end <= before and (best is None or m.start > best[0]):
                    best = (m.start, act)
        return best[1] if best else None

    @staticmethod
    def _refer_to_agreement(ctx: Context, agreements: list[Entity], refs: list[tuple[Sentence, int]]) -> None:
        """"Ратификацияланған келісім 2025 жылғы 7 қазанда Доха қаласында жасалған": once an article names
        one agreement, a bare "келісім" is that agreement; the date it was concluded (жасалған, қол
        қойылған) in such a sentence is its date."""
        if len(agreements) != 1:
            return
        agreement = agreements[0]
        for sent, k in refs:
            tok = sent.tokens[k]
            agreement.add_mention(ctx.span(tok.start, tok.end))
            concluded = any(fold(t.text).startswith(("жасалған", "жасалды", "қойылған", "қойылды")) for t in sent.tokens[k + 1:])
            if concluded and not ctx.facts.objects(agreement.key, "dateOfIssue"):
                for d in ctx.doc.dates:
                    if tok.end <= d.start < sent.end and d.kind in DATATYPE and d.kind != "year":
                        ctx.facts.relate(agreement.key, "dateOfIssue", Value(d.value, DATATYPE[d.kind]), ctx.span(sent.start, sent.end))
                        break

    @staticmethod
    def _join_topic_codes(ctx: Context, named: dict[str, list[Entity]]) -> None:
        """«Қазақстан Республикасының Көлік кодексі» ... Көлік кодексіне: a code named by its topic is the
        code whose title holds that name."""
        codes = [c for c in named.get("Code", []) if c.key in ctx.facts.entities]
        for topic in [c for c in codes if c.key.startswith(TOPIC)]:
            name = norm(topic.label)
            whole = next((c for c in codes if c is not topic and not c.key.startswith(TOPIC)
                          and name in norm(c.label)), None)
            if whole is not None:
                ctx.facts.rekey(topic.key, whole.key)
                whole.alt_labels.add(topic.label)
                named["Code"] = [c for c in named["Code"] if c is not topic]

    @staticmethod
    def _join_title_and_date(ctx: Context, named: dict[str, list[Entity]]) -> None:
        """«X туралы» Жарлыққа қол қойды ... Президенттің 2026 жылғы 3 маусымдағы № 1284 Жарлығы: an article
        naming one act of a kind by its title and one by its date or number names the same act twice."""
        for cls, acts in named.items():
            parts = {a.key: a.key.split(":", 4) for a in acts if a.key in ctx.facts.entities}
            titled = [k for k, p in parts.items() if len(p) == 5 and p[4] and not (p[2] or p[3])]
            dated = [k for k, p in parts.items() if len(p) == 5 and not p[4] and (p[2] or p[3])]
            if len(titled) == 1 and len(dated) == 1 and len(parts) == 2:
                title = ctx.facts.entities[titled[0]].label
                ctx.facts.rekey(titled[0], dated[0])
                ctx.facts.entities[dated[0]].alt_labels.add(title)
                named[cls] = [ctx.facts.entities[dated[0]]]

    @staticmethod
    def _signed_or_titled(sent: Sentence, k: int) -> bool:
        """An agreement is an act when it is titled ("ынтымақтастық туралы келісім") or signed in the
        sentence ("келісімге қол қойылды"); "келісімі бойынша" and "келісімінсіз" are consent."""
        words = [t.text.casefold() for t in sent.tokens]
        titled = any(w == "туралы" for w in words[max(0, k - 3):k]) or (k > 0 and words[k - 1] in ("»", "”"))
        signing = [words[i + 1] for i, w in enumerate(words[:-1]) if w == "қол"]
        # "келісімге қол қойды" (signed it), "келісім(і) ... қол қойылды" (it was signed)
        signed = bool(signing) and ("Dat" in sent.tokens[k].tags or words[k].endswith(("ге", "ға"))
                                    or (not set(sent.tokens[k].tags) & {"Gen", "Loc", "Abl", "Ins", "Acc"}
                                        and any(w in ("қойылды", "қойылған", "қойылады") for w in signing)))
        return titled or signed

    @staticmethod
    def _media_title(sent: Sentence, k: int) -> bool:
        """«Заң» газеті, «Конституция» телеарнасы: an act word as a quoted paper's or channel's title."""
        toks = sent.tokens
        return 0 < k < len(toks) - 2 and toks[k - 1].text in OPENING_QUOTES and toks[k + 1].text in CLOSING_QUOTES \
            and fold(toks[k + 2].text).startswith(MEDIA)

    @staticmethod
    def _generic(sent: Sentence, k: int) -> bool:
        """"заң талаптарына сәйкес" (the law's requirements), "заң бұзушылық": a bare lower-case act word
        that modifies the next noun names no act (but "заң жобасы", the bill, is the law in the making)."""
        tok = sent.tokens[k]
        if tok.text[:1].isupper() or tok.tags[1:] or k + 1 >= len(sent.tokens):
            return False
        nxt = sent.tokens[k + 1]
        # "заң жобасы" is the law in the making; "келісім күшіне енеді", the agreement entering into force
        return nxt.text[:1].islower() and "Poss3" in nxt.tags and not nxt.text.casefold().startswith(("жоба", "күшіне"))

    @staticmethod
    def _date_before(ctx: Context, sent: Sentence, left: int, attributive: bool = True):
        """A date (or a year: 2013 жылы) ending right before ``left`` in the sentence; with ``attributive``
        only one that modifies the act (15 қыркүйектегі), not one saying when something happened."""
        text = ctx.text
        def adjacent(gap: str) -> bool:  # "1 наурызда ҚР Президентінің": the country may stand between
            words = [w for w in gap.replace(",", " ").split() if w.casefold() not in BETWEEN | {"күні"}]
            return not words or (not attributive and COUNTRY_GAP.fullmatch(" ".join(words)) is not None)

        return next((d for d in ctx.doc.dates if d.kind in DATATYPE and sent.start <= d.start and d.end <= left
                     and adjacent(text[d.end:left]) and not (attributive and ADVERBIAL_DATE.search(d.text))), None)

    @staticmethod
    def _subject(ctx: Context, sent: Sentence, k: int):
        """The person named in the nominative before token k: whose own ("өз") act it is."""
        for tok in reversed(sent.tokens[:k]):
            known = ctx.facts.covering(tok.start, tok.end)
            if known is not None and known.type == "Person" and not set(tok.tags) & CASES \
                    and any(m.end == tok.end for m in known.mentions):
                return (known, tok, min(m.start for m in known.mentions if m.end == tok.end))
        return None

    def _issuer(self, ctx: Context, sent: Sentence, left: int):
        """The genitive person, post or body ending right before the act's name: (entity, token, start)."""
        prev = [t for t in sent.tokens if t.end <= left]
        while prev and prev[-1].text.casefold() in BETWEEN:
            prev = prev[:-1]  # "Президентінің тиісті Жарлығымен", "Мемлекет басшысының тағы бір Жарлығымен"
        if not prev:
            return None
        if fold(prev[-1].text) == "туралы":
            # "Президенттің ... институт – Қазақстан халқы Ассамблеясын құру туралы Жарлығы": an unquoted title
            # between the issuer and the act
            for j in range(len(prev) - 2, max(-1, len(prev) - 30), -1):
                if prev[j].tags[:1] == ("VERB",) and FINITE & set(prev[j].tags) or prev[j].text in (".", ";"):
                    break
                known = ctx.facts.covering(prev[j].start, prev[j].end)
                if is_genitive(prev[j]) and known is not None and known.type in ("Position", "Person") \
                        and any(m.end == prev[j].end for m in known.mentions):
                    prev = prev[:j + 1]
                    break
        tok = prev[-1]
        if not is_genitive(tok):
            # "Президент жарлығымен", "Үкімет қаулысы": a bare post or body word right before the
            # possessed act word (not "Мәжіліс «X туралы» Заңды қабылдады", where it is the subject)
            head = next((t for t in sent.tokens if t.start >= left), None)
            ent = ctx.facts.covering(tok.start, tok.end)
            if head is None or "Poss3" not in head.tags or ctx.text[tok.end:head.start].strip() \
                    or ent is None or ent.type not in ("Position", "Organization") \
                    or not any(m.end == tok.end for m in ent.mentions):
                return None
        ent = ctx.facts.covering(tok.start, tok.end)
        start = tok.start
        if ent is None or ent.type == "Place":
            found = post_before(ctx, sent, len(prev))  # "Атырау облысы әкімінің өкімімен": make the post
            if found is None:
                return None
            ent, first = found
            start = sent.tokens[first].start
        else:
            start = min((m.start for m in ent.mentions if m.start <= tok.start < m.end), default=tok.start)
        if ent.type == "Position" and " " not in ent.label and ent.label not in UNIQUE_POSTS:
            # "Министрдің тағы бір бұйрығымен": the article's one minister, named in full before
            # (not the President: "Тұңғыш Президенті" is another post)
            full = [p for p in ctx.facts.of_type("Position") if p is not ent and " " in p.label
                    and fold(p.label.split()[-1]).startswith(fold(ent.label)[:5])]
            if len(full) == 1:
                ent.mentions[:] = [m for m in ent.mentions if not (m.start <= tok.start < m.end)]
                full[0].add_mention(ctx.span(tok.start, tok.end))
                if not ent.mentions:
                    ctx.facts.rekey(ent.key, full[0].key)
                ent = full[0]
        if ent.type == "Position":
            person = holder(ctx, ent)
            return (person or ent, tok, start)
        if ent.type in ("Person", "Organization"):
            return ent, tok, start
        return None
