"""The days an article names: each day-precise date of the body (``2026 жылғы 15 наурызда``, ``24 маусымда``,
``наурыздың 22-сі``) as ``kz:reportsDate`` of the article, so a reader can ask what happened when.

A yearless day whose month and day a dated mention of the same article repeats is that date (the text
said the year once); a day range ``14-15 қараша`` names both days.
"""

from __future__ import annotations

import re

from kazkg.graph.extractors.base import Context
from kazkg.graph.facts import ARTICLE, Value

RANGE_START = re.compile(r"(?<![\d.])([0-3]?\d)\s*[-–]\s*$")  # "14-" before "15 қараша"


class ReportedDateExtractor:
    name = "reported_dates"
    requires = ("dates", "NewsArticle")
    provides = ("reportsDate",)

    def __call__(self, ctx: Context) -> None:
        days = [d for d in ctx.doc.dates if d.kind in ("date", "datetime", "monthday")]
        dated = {d.value[5:10] for d in days if d.kind != "monthday"}
        for d in days:
            if d.kind == "monthday":
                if d.value[2:] in dated:
                    continue
                values = [(d.value, "gMonthDay")]
                m = RANGE_START.search(ctx.text[max(0, d.start - 6):d.start])
                if m and 1 <= int(m.group(1)) < int(d.value[-2:]):
                    values.append((f"{d.value[:5]}{int(m.group(1)):02d}", "gMonthDay"))
            else:
                values = [(d.value[:10], "date")]
            for value, datatype in values:
                ctx.facts.relate(ARTICLE, "reportsDate", Value(value, datatype), ctx.span(d.start, d.end))
