"""Date phrases of Kazakh news normalised to xsd values (KAZAKH.md §4 "Patterns to support").

Inflected month and year words defeat generic date parsers (dateparser returns None on
``2022 жылғы 15 қыркүйектегі``), so the phrases are matched by our own precompiled patterns, tried
in priority order; a later pattern never overlaps an earlier match.  The case ending on the last
word gives the relation: ablative (+бастап/бері) = since, dative + дейін = until (KAZAKH.md §3).
Relative years (биыл, былтыр, ағымдағы жыл) need ``base_date``; a day-month phrase without a year
gives ``--MM-DD`` (kind "monthday") whatever the base date: the text does not say the year.
"""

from __future__ import annotations

import re

from kazkg.graph.doc import DateMention
from kazkg.graph.lang.data.months import (
    ABLATIVE_ENDINGS,
    MONTH_SHORT,
    MONTH_STEMS,
    RELATIVE_YEARS,
)

_Y = r"(?:1[89]|20)\d{2}"
_MONTH = "|".join(MONTH_STEMS)
_SHORT = "|".join(MONTH_SHORT)
_REL = "|".join(sorted(RELATIVE_YEARS, key=len, reverse=True))
_W = r"[^\W\d_]"
_YEARWORD = r"(?:жылғы|жылдың|жылы|жыл|ж\.)"
_RELWORD = r"(?P<rw>бастап|дейін|шейін|бері|арналған)"

_F = re.IGNORECASE | re.VERBOSE
DAY_MONTH = re.compile(
    rf"""
    (?:(?P<yp>{_Y})\s*{_YEARWORD}\s*
      |(?P<rel>{_REL})\s+(?:жылдың|жылғы|жылы|жыл)?\s*)?
    (?<![\d.])(?P<d>[0-3]?\d)(?:-{_W}{{1,4}})?\s+
    (?:(?P<m>{_MONTH})(?P<msuf>{_W}*)|(?P<ms>{_SHORT})\.?(?=\s+{_Y}))
    (?:\s+(?P<ys>{_Y})(?!\d)(?:\s*(?:ж\.|жылы|жыл)(?!\w))?)?
    (?:,?\s+(?:сағ\.?\s*)?(?P<hh>[0-2]?\d):(?P<mi>[0-5]\d)(?!\d))?
    (?:\s+{_RELWORD})?
    """,
    _F,
)
NUMERIC = re.compile(
    rf"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<mo>[01]?\d)\.(?P<y>{_Y})(?![\d])"
    rf"|(?<![\d-])(?P<iy>{_Y})-(?P<imo>[01]\d)-(?P<id>[0-3]\d)(?:[T ](?P<hh>[0-2]\d):(?P<mi>[0-5]\d))?(?!\d)",
)
INTERVAL = re.compile(
    rf"(?<![\d.])(?P<y1>{_Y})\s*[-–—]\s*(?P<y2>{_Y})(?!\d)(?:-{_W}+)?"
    rf"(?:\s*(?P<yw>жылдар{_W}*|жж\.?|ж\.?))?(?:\s+(?P<rw>арналған|аралығында|аралығы))?",
    re.IGNORECASE,
)
YEAR_MONTH = re.compile(
    rf"(?:(?P<y>{_Y})\s*(?:жылдың|жылғы|ж\.)|(?P<rel>{_REL})\s+(?:жылдың|жылғы))\s+"
    rf"(?P<m>{_MONTH})(?P<msuf>{_W}*)(?:\s+{_RELWORD})?",
    re.IGNORECASE,
)
YEAR = re.compile(
    rf"(?<![\d.\-–])(?P<y>{_Y})(?:-{_W}{{1,5}})?\s*(?P<yw>жыл{_W}*|ж\.)(?:\s+{_RELWORD})?",
    re.IGNORECASE,
)
# "наурыздың 22-сі", "1991 жылғы наурыздың 16-сы": the day as the month's possessed ordinal, the
# wording of decrees and of news quoting them
MONTH_GEN_DAY = re.compile(
    rf"(?:(?P<y>{_Y})\s*(?:жылғы|жылдың)\s+)?(?P<m>{_MONTH})(?:ның|нің|дың|дің|тың|тің)\s+"
    rf"(?P<d>[0-3]?\d)-(?:сі|сы|ші|шы|і|ы)(?P<suf>{_W}*)(?:\s+{_RELWORD})?",
    re.IGNORECASE,
)
REL_YEAR = re.compile(rf"(?<!\w)(?P<rel>биыл|былтыр)(?P<suf>{_W}*)(?:\s+(?:жылы|жылдың|жылғы))?", re.IGNORECASE)


# Every pattern needs a digit or a relative-year word: skip texts without either.
_CHEAP = re.compile(r"\d|биыл|былтыр", re.IGNORECASE)
# Cheap necessary conditions, one per costly pattern: a piece of text that every match of the
# pattern contains.  DAY_MONTH and YEAR_MONTH start with optional groups, so the engine tries
# them at every position of a line; a line without a day before a month name (or a year word
# before one) cannot match and is not scanned.  Numeric dates need digit, dot or hyphen, digit.
_HAS_DAY_MONTH = re.compile(rf"\d(?:-{_W}{{1,4}})?\s+(?:{_MONTH}|{_SHORT})", re.IGNORECASE)
_HAS_YEAR_MONTH = re.compile(rf"(?:жылдың|жылғы|ж\.)\s+(?:{_MONTH})", re.IGNORECASE)
_HAS_NUMERIC = re.compile(r"\d[.-]\d")


def _month(stem: str) -> int:
    low = stem.lower()
    if low.startswith("қыркүйе"):
        return 9
    for pat, num in MONTH_STEMS.items():
        if pat == low:
            return num
    return MONTH_SHORT.get(low.rstrip("."), 0)


def _relation(suffix: str, relword: str | None) -> str:
    """since / until / for / on from the case ending of the last date word and a postposition."""
    rw = (relword or "").lower()
    suf = (suffix or "").lower()
    if rw in ("бастап", "бері") or (suf.endswith(ABLATIVE_ENDINGS) and rw != "дейін"):
        return "since"
    if rw in ("дейін", "шейін"):
        return "until"
    if rw == "арналған":
        return "for"
    return "on"


def _base_year(base_date: str | None) -> int | None:
    if base_date and re.match(r"\d{4}", base_date):
        return int(base_date[:4])
    return None


def _rel_year(word: str | None, base_date: str | None) -> int | None:
    base = _base_year(base_date)
    if word is None or base is None:
        return None
    return base + RELATIVE_YEARS.get(word.lower(), 0)


def find_dates(text: str, base_date: str | None = None) -> list[DateMention]:
    """Every date phrase in ``text``, in text order, normalised (see kazkg.graph.doc.DateMention).

    Date phrases do not cross a line break, so each line is matched on its own, and lines with
    neither a digit nor a relative-year word are skipped (most of a news text)."""
    found: list[DateMention] = []
    pos = 0
    for line in text.split("\n"):
        if _CHEAP.search(line):
            for d in _find_in_line(line, base_date):
                d.start += pos
                d.end += pos
                found.append(d)
        pos += len(line) + 1
    return found


def _find_in_line(text: str, base_date: str | None) -> list[DateMention]:
    found: list[DateMention] = []
    taken = bytearray(len(text))  # 1 where an earlier (higher-priority) match already sits

    def add(m: re.Match, value: str, kind: str, end_value: str | None = None, relation: str = "on"):
        s, e = m.span()
        while e > s and text[e - 1].isspace():
            e -= 1
        if not any(taken[s:e]):
            taken[s:e] = b"\x01" * (e - s)
            found.append(DateMention(text[s:e], s, e, value, kind, end_value, relation))

    for m in DAY_MONTH.finditer(text) if _HAS_DAY_MONTH.search(text) else ():
        day = int(m["d"])
        month = _month(m["m"] or m["ms"])
        if not (1 <= day <= 31 and month):
            continue
        year = m["yp"] or m["ys"]
        # a bare "8 қазанда" keeps no year (--10-08): the year is the text's, never borrowed from the date line
        year = int(year) if year else _rel_year(m["rel"], base_date)
        rel = _relation(m["msuf"], m["rw"])
        if m["hh"] and year:
            add(m, f"{year:04d}-{month:02d}-{day:02d}T{int(m['hh']):02d}:{m['mi']}:00", "datetime", relation=rel)
        elif year:
            add(m, f"{year:04d}-{month:02d}-{day:02d}", "date", relation=rel)
        else:
            add(m, f"--{month:02d}-{day:02d}", "monthday", relation=rel)
    for m in NUMERIC.finditer(text) if _HAS_NUMERIC.search(text) else ():
        if m["y"]:
            d, mo = int(m["d"]), int(m["mo"])
            if 1 <= d <= 31 and 1 <= mo <= 12:
                add(m, f"{m['y']}-{mo:02d}-{d:02d}", "date")
        else:
            mo, d = int(m["imo"]), int(m["id"])
            if 1 <= d <= 31 and 1 <= mo <= 12:
                if m["hh"]:
                    add(m, f"{m['iy']}-{mo:02d}-{d:02d}T{m['hh']}:{m['mi']}:00", "datetime")
                else:
                    add(m, f"{m['iy']}-{mo:02d}-{d:02d}", "date")
    for m in MONTH_GEN_DAY.finditer(text) if "-" in text else ():
        day, month = int(m["d"]), _month(m["m"])
        if 1 <= day <= 31 and month:
            value = f"{int(m['y']):04d}-{month:02d}-{day:02d}" if m["y"] else f"--{month:02d}-{day:02d}"
            add(m, value, "date" if m["y"] else "monthday", relation=_relation(m["suf"], m["rw"]))
    for m in INTERVAL.finditer(text):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if y1 < y2:
            add(m, str(y1), "interval", str(y2), "for" if (m["rw"] or "").lower() == "арналған" else "on")
    for m in YEAR_MONTH.finditer(text) if _HAS_YEAR_MONTH.search(text) else ():
        year = int(m["y"]) if m["y"] else _rel_year(m["rel"], base_date)
        if year is not None:
            add(m, f"{year:04d}-{_month(m['m']):02d}", "month", relation=_relation(m["msuf"], m["rw"]))
    for m in YEAR.finditer(text):
        yw = m["yw"].lower()
        if yw not in ("ж.",) and not re.fullmatch(r"жыл(ы|ғы|дың|дан|нан|ға|да|ында|ына|ынан|дары|дарда)?", yw):
            continue
        add(m, m["y"], "year", relation=_relation(yw, m["rw"]))
    if base_date:
        for m in REL_YEAR.finditer(text):
            year = _rel_year(m["rel"], base_date)
            add(m, str(year), "year", relation=_relation(m["suf"], None))
    found.sort(key=lambda d: d.start)
    return found


def parse_date(phrase: str, base_date: str | None = None) -> DateMention | None:
    """The date that ``phrase`` is (e.g. ``2022 жылғы 15 қыркүйектегі``), or None if it is not one."""
    dates = find_dates(phrase.strip(), base_date)
    return dates[0] if dates else None
