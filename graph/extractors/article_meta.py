"""The article itself: headline, publication date-time, view count and the cited source (publisher)."""

from __future__ import annotations

import re

from kazkg.graph import lang
from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import ARTICLE, Value, entity_key

# "..., деп хабарлайды El.kz." / "деп хабарлайды «Адырна» тілшісі" / "деп жазады Kazinform"
CITED = re.compile(
    r"\bдеп\s+(?:хабарлайды|хабарлады|жазады|жазды|мәлімдейді|хабарлайды)\s+"
    r"(?P<src>«[^»\n]{2,60}»|\"[^\"\n]{2,60}\"|[a-z0-9][a-z0-9\-]*\.(?:kz|com|ru|org|net|info|media)\b|[A-ZА-ЯӘҒҚҢӨҰҮҺІ][\w\-]*(?:\.(?:[a-z]{2,6}|[A-Z]{2,4})\b)?(?:\s+ресми\s+сайты|(?:[ \t]+[A-ZА-ЯӘҒҚҢӨҰҮҺІ][\w\-]*(?:\.(?:[a-z]{2,6}|[A-Z]{2,4})\b)?)?))"
)
# Agency datelines: "АСТАНА. KAZINFORM – ...", "АЛМАТЫ. ҚазАқпарат - ..."
DATELINE = re.compile(r"(?m)^[A-ZА-ЯӘҒҚҢӨҰҮҺІЁ\-]{3,}\.\s+(?P<src>[A-ZА-ЯӘҒҚҢӨҰҮҺІ][\w\.]{2,30})\s+[–—-]\s")
# "НҰР-СҰЛТАН, 21 тамыз - Sputnik. ...", "Нұр-Сұлтан, BAQ.KZ. ...": a place, maybe a date, then a Latin source
CITY_DATELINE = re.compile(r"(?m)^[A-ZА-ЯӘҒҚҢӨҰҮҺІЁ][\w\-]{2,},\s+(?:\d{1,2}\s+\w+\s+[–—-]\s+)?"
                           r"(?P<src>[A-Za-z][A-Za-z0-9.\-]*[A-Za-z])\.\s")
# "HALYQLINE.KZ Бүгін ...", a line "Taulik.kz": an outlet's domain opening a paragraph
DOMAIN_LINE = re.compile(r"(?m)^(?P<src>[A-Za-z][A-Za-z0-9\-]*\.(?:kz|KZ|com|ru|org|net))(?=[ \t]+[А-ЯӘҒҚҢӨҰҮҺІЁ]|[ \t]*$)")
# "деп хабарлайды Qazaqstan tarihy порталы": a Latin name of several words before its kind
PORTAL = re.compile(r"(?P<rest>(?:[ \t]+[a-z][\w\-]*)+)[ \t]+(?:порталы|сайты|агенттігі|басылымы)")
# "АСТАНА, 30 наурыз – Sputnik.": a city, the day (the year left out) and the agency, opening the body
DAY_DATELINE = re.compile(r"(?m)^[A-ZА-ЯӘҒҚҢӨҰҮҺІЁ\-]{3,},\s+(?P<date>\d{1,2}\s+[а-яәғқңөұүһі]+(?:\s+\d{4})?)\s+[–—-]\s+"
                          r"(?P<src>[A-ZА-ЯӘҒҚҢӨҰҮҺІ][\w\.]{2,30})\.")
PRESS_SERVICE = re.compile(r"\s*баспасөз\s+қызмет")
VIA = re.compile(r"(?:\s+тілшісі)?\s+(?P<via>[A-ZА-ЯӘҒҚҢӨҰҮҺІ][\w.\-]*(?:\s+ресми\s+сайтына)?|[a-z0-9][\w\-]*\.kz(?:\s+сайтына)?)"
                 r"\s+сілтеме\s+жасап")


class ArticleMetaExtractor:
    name = "article_meta"
    requires = ("sentences",)
    provides = ("NewsArticle", "headline", "datePublished", "viewCount", "citesSource", "Publisher")

    def __call__(self, ctx: Context) -> None:
        art, facts = ctx.article, ctx.facts
        if art.headline:
            facts.relate(ARTICLE, "headline", Value(art.headline_text, "kk"), ctx.span(*art.headline))
        if art.published:
            kind = "dateTime" if "T" in art.published else "date"
            facts.relate(ARTICLE, "datePublished", Value(art.published, kind), ctx.span(*art.published_span))
        if art.views is not None:
            facts.relate(ARTICLE, "viewCount", Value(str(art.views), "integer"), ctx.span(*art.views_span))
        days = {m.start() for m in DAY_DATELINE.finditer(ctx.text)}
        for m in DAY_DATELINE.finditer(ctx.text):
            self._day_dateline(ctx, m)
        lines = [*DATELINE.finditer(ctx.text), *CITY_DATELINE.finditer(ctx.text), *DOMAIN_LINE.finditer(ctx.text)]
        for m in (m for m in lines if m.start() not in days):
            start, end = m.span("src")
            pub = facts.entity("Publisher", m.group("src"), ctx.span(start, end), key=entity_key("Publisher", m.group("src")))
            facts.relate(ARTICLE, "citesSource", pub.key, ctx.span(m.start(), end))
        for m in CITED.finditer(ctx.text):
            start, end = m.span("src")
            label = m.group("src").strip("«»\"")
            first = label.split()[0]
            if "." in first.rstrip(".") and " " in label:
                label, end = first, start + len(first)  # "Tengrinews.kz Ақорда ...": the domain is the source
            if label.endswith("."):
                label, end = label[:-1], end - 1
            portal = PORTAL.match(ctx.text, end) if label.isascii() and " " not in label else None
            if portal is not None:
                label, end = label + portal.group("rest"), portal.end("rest")
            if PRESS_SERVICE.match(ctx.text, end):
                continue  # "деп хабарлайды Ақорданың баспасөз қызметі": a body that reported, not a publisher
            if m.group("src")[0] in "«\"":
                start, end = start + 1, start + 1 + len(label)
            elif not label.isascii() and not label.endswith("ресми сайты"):
                label = lang.nominative(label.split())  # "Ақорданың" -> "Ақорда"
            pub = facts.entity("Publisher", label, ctx.span(start, end), key=entity_key("Publisher", label))
            facts.relate(ARTICLE, "citesSource", pub.key, ctx.span(m.start(), end))
            self._quoted_source(ctx, end)

    @staticmethod
    def _day_dateline(ctx: Context, m: re.Match) -> None:
        """The agency that opens the body is the article's source; its day is the publication's when the
        page gives no other (a yearless day stays yearless: xsd:gMonthDay)."""
        start, end = m.span("src")
        pub = ctx.facts.entity("Publisher", m.group("src"), ctx.span(start, end), key=entity_key("Publisher", m.group("src")))
        ctx.facts.relate(ARTICLE, "citesSource", pub.key, ctx.span(m.start(), end))
        found = lang.find_dates(m.group("date"))
        if ctx.article.published or not found or found[0].kind not in ("date", "monthday"):
            return
        kind = "date" if found[0].kind == "date" else "gMonthDay"
        ctx.facts.relate(ARTICLE, "datePublished", Value(found[0].value, kind), ctx.span(*m.span("date")))

    @staticmethod
    def _quoted_source(ctx: Context, end: int) -> None:
        """"деп хабарлайды Kazinform тілшісі Ақорданың ресми сайтына сілтеме жасап": the site the
        reporter cites is a second source of the text."""
        m = VIA.match(ctx.text, end)
        if m is None:
            return
        start, stop = m.span("via")
        label = m.group("via")
        if label.endswith("сайтына"):
            label = label[: -len("сайтына")] + "сайты"
        else:
            label = lang.nominative(label.split())
        pub = ctx.facts.entity("Publisher", label, ctx.span(start, stop), key=entity_key("Publisher", label))
        ctx.facts.relate(ARTICLE, "citesSource", pub.key, ctx.span(start, m.end()))
