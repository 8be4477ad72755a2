"""Read one news text file into an Article: headline, date line, view count, body paragraphs, offsets.

The article text kept for provenance (``Article.text``) is the file's text with the BOM and a leading
``url:`` ... ``---`` corpus header removed, newlines normalised to ``\\n`` and NFC applied; every offset in
the graph counts code points in that string. Site boilerplate (``Бөлісу:`` and what follows) is cut.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kazkg.graph.errors import InputError

# Lines from which the rest of the page is site chrome, not article (share buttons, tags, comments).
BOILERPLATE = re.compile(
    r"^\s*(Бөлісу|Поделиться|Share|Тегтер|Теги|Пікірлер|Пікір қалдыру|Комментарии|Оқи отырыңыз|Ұқсас жаңалықтар"
    r"|Тақырыпқа қатысты|Тағы оқыңыз|Әлеуметтік желілерде бөлісу)\s*:?\s*$",
    re.IGNORECASE,
)
# A date line under the headline: "22 Қыркүйек 2022, 17:44 923", "20.03.2023, 17:20", "02-04-2025".
# Also "23 сәуір 2026 ж., 10:32", "14.10.2026 | 19:10", "Жарияланған 11 тамыз 2026 11:05", "2026 жылғы 28 мамыр, 16:20",
# "Сейсенбі, 14 сәуір 2026" (weekday first), "28 сәуір 2026 / 12:10", "2026.06.04 18:30" (year first),
# "11 наурыз 2026 жыл, 18:05", "16 қыркүйек, 2025 | 13:50", "Жарияланған уақыты: 09:40, 14 сәуір 2027" (time
# first), "Жаңартылды: 18.06.2027 11:05", "21 шілде 2027 жыл, сәрсенбі" (weekday last), "10 тамыз 2027 | 15:45 | 1932".
WEEKDAY = r"(?i:Дүйсенбі|Сейсенбі|Сәрсенбі|Бейсенбі|Жұма|Сенбі|Жексенбі)"
DATE_LINE = re.compile(
    r"^\s*(?:(?:Жарияланған(?:\s+(?:уақыты|күні))?|Жарияланды|Жарияланым уақыты|Жаңартылды|Жаңартылған(?:\s+уақыты)?"
    r"|Күні|Уақыты)\s*:?\s*)?"
    rf"(?:{WEEKDAY}\s*,?\s*)?"
    r"(?:(?P<time>\d{1,2}:\d{2})\s*[,|/•·]?\s*)?"
    r"(?P<date>(?:\d{1,2}[ .\-/][^\s,|/]+,?[ .\-/]\d{4}|\d{4}[.\-/]\d{2}[.\-/]\d{2}|\d{4}\s+жылғы\s+\d{1,2}\s+[^\s,|]+"
    r"|[А-ЯӘҒҚҢӨҰҮҺІа-яәғқңөұүһі]{3,}\s+\d{1,2},\s+\d{4}|\d{4}\s+ж\.\s+\d{1,2}\s+[^\s,|]+)"
    r"(?:\s*(?:жыл|ж\.?))?(?:\s*[,|/•·]?\s*\d{1,2}:\d{2})?)"
    rf"(?:\s*,?\s*{WEEKDAY})?"
    r"(?:\s*[|•·]?\s*(?P<views>\d+))?\s*$"
)
# The tolerant reading of a date line the pattern above does not know: a short line under the headline
# whose only date is a full one and whose other words are times, weekdays, a view count or reading time,
# separators, "Label:" words, or one rubric word ("Саясат | 14 қыркүйек 2027, 10:20", "2027-10-05T16:40",
# "26.11.27, 18:10", "Күні: 21 қазан 2027 жыл | Қаралым: 1207", "Сейсенбі • 18.01.2028 • 12:45").
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?\b")
SHORT_YEAR = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2})$")
TIME = re.compile(r"\b(\d{1,2}):(\d{2})\b")
VIEWS = re.compile(r"(?:Қаралым|Қаралды|Көрілім|Просмотры)\s*:?\s*(\d+)", re.IGNORECASE)
META_WORDS = re.compile(r"(?i)\b(?:жыл|ж|мин|минут|оқу|уақыты|дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі|date|published)\b\.?")  # "date 2026-03-04": a stored page's field
LABEL = re.compile(r"[А-ЯӘҒҚҢӨҰҮҺІа-яәғқңөұүһі ]{2,30}:")
HEADER_KEY = re.compile(r"^(?P<key>[A-Za-z][\w-]*):\s*(?P<value>.*)$")


@dataclass
class Article:
    path: Path
    text: str
    url: str | None = None
    headline: tuple[int, int] | None = None
    published: str | None = None  # ISO date or dateTime
    published_span: tuple[int, int] | None = None
    views: int | None = None
    views_span: tuple[int, int] | None = None
    # Headline and body paragraphs: what the language layer analyses (the date line is left out).
    regions: list[tuple[int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # things the user should know (text left unread)
    language: str = "kk"  # BCP 47; the header's ``lang:`` line when given

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def headline_text(self) -> str | None:
        return self.text[self.headline[0]:self.headline[1]] if self.headline else None


def decode(data: bytes, path: Path) -> str:
    """UTF-8 with or without BOM; anything else is refused with a reason, never guessed."""
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or _utf16_like(data[:4096]):
        raise InputError(f"{path}: UTF-16 text, expected UTF-8; convert it first (iconv -f UTF-16 -t UTF-8)")
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: binary file, expected UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start}); convert it to UTF-8 first") from None
    controls = sum(1 for ch in text[:4096] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > 8:
        raise InputError(f"{path}: binary file, expected UTF-8 text")
    return text


def _utf16_like(head: bytes) -> bool:
    """UTF-16 without a BOM: in Kazakh or English text every other byte is a high byte 0 (ASCII) or 4 (Cyrillic)."""
    for high in (head[0::2], head[1::2]):
        if len(high) >= 8 and high.count(0) and high.count(0) + high.count(4) >= 0.9 * len(high):
            return True
    return False


def xml_safe_text(text: str) -> str:
    """Characters XML 1.0 forbids, replaced one for one so offsets hold: a vertical tab or form feed (a
    line break typed in a word processor) by a newline, other control characters and U+FFFE/U+FFFF by a space."""
    if not NOT_XML.search(text):
        return text
    return NOT_XML.sub(lambda m: "\n" if m.group() in "\x0b\x0c" else " ", text)


NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def read_text_file(path: str | Path) -> str:
    """The UTF-8 text of a file, or one InputError line saying why not (missing, empty, binary, encoding)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    return decode(path.read_bytes(), path)


def read_article(path: str | Path) -> Article:
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, expected a text file")
    data = path.read_bytes()
    if path.suffix.lower() in {".html", ".htm"} or data.lstrip()[:15].lower().startswith((b"<!doctype", b"<html")):
        from kazkg.graph.html import html_to_text

        text, url = html_to_text(decode(data, path), path)
        return parse_article(text, path, url=url)
    return parse_article(decode(data, path), path)


def parse_article(raw: str, path: str | Path = "<text>", url: str | None = None) -> Article:
    text = xml_safe_text(unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n")))
    text, header = _strip_header(text)
    url = url or header.get("url")
    text, warning = _cut_boilerplate(text)
    if not text.strip():
        raise InputError(f"{path}: no article text")
    art = Article(path=Path(path), text=text, url=url, language=header.get("lang") or "kk",
                  warnings=[warning] if warning else [])
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    first = 0
    if lines:
        s, e = lines[0]
        first_line = text[s:e].strip()
        second = text[lines[1][0]:lines[1][1]] if len(lines) > 1 else ""
        next_is_date = bool(second) and (DATE_LINE.match(second) or loose_date_line(second))
        if len(first_line) <= 200 and (not first_line.endswith((".", "…")) or next_is_date):
            art.headline = _trim(text, s, e)
            first = 1
    for i, (s, e) in enumerate(lines[first:first + 2], start=first):
        m = DATE_LINE.match(text[s:e])
        if m:
            _read_date_line(art, m, s)
            lines.pop(i)
            break
        loose = loose_date_line(text[s:e])
        if loose:
            value, (a, b), views, views_span = loose
            art.published, art.published_span = value, (s + a, s + b)
            if views is not None:
                art.views, art.views_span = views, (s + views_span[0], s + views_span[1])
            lines.pop(i)
            break
    art.regions = [_trim(text, s, e) for s, e in lines]
    return art


def loose_date_line(line: str) -> tuple[str, tuple[int, int], int | None, tuple[int, int] | None] | None:
    """(published value, its span in the line, views, their span) of a date line the pattern misses."""
    from kazkg.graph.lang import find_dates

    if not line.strip() or len(line) > 90 or line.rstrip().endswith((".", "!", "?")) and not line.rstrip().endswith("ж."):
        return None
    views = VIEWS.search(line)
    body = line[: views.start()] if views else line
    iso = ISO_DATE.search(body)
    if iso:
        value = f"{iso.group(1)}-{iso.group(2)}-{iso.group(3)}"
        if iso.group(4):
            value += f"T{iso.group(4)}:{iso.group(5)}:00"
        span = iso.span()
    else:
        # "26.11.27, 18:10": a two-digit year, alone in its part of the line (before a comma)
        heads = (p.split(",")[0].strip() for p in re.split(r"[|•·/]", body))
        short = next((m for m in map(SHORT_YEAR.match, heads) if m), None)
        found = [d for d in find_dates(body) if d.kind in ("date", "datetime")]
        if short:
            value = f"20{short.group(3)}-{int(short.group(2)):02d}-{int(short.group(1)):02d}"
            start = body.index(short.group(0))
            span = (start, start + len(short.group(0)))
        elif len(found) == 1:
            value, span = found[0].value[:10], (found[0].start, found[0].end)
        else:
            return None
    rest = body[: span[0]] + " " + body[span[1]:]
    rest = TIME.sub(" ", LABEL.sub(" ", META_WORDS.sub(" ", rest)))
    words = re.findall(r"[^\W\d_]{2,}", rest)
    if len(words) > 1 or (words and not re.match(r"^\s*[^\W\d_]+\s*[|•·]", body)):
        return None  # more than a rubric before a separator: a sentence, not a date line
    time = TIME.search(body)
    if time and "T" not in value:
        value = f"{value}T{int(time.group(1)):02d}:{time.group(2)}:00"
    return value, span, (int(views.group(1)) if views else None), (views.span(1) if views else None)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _read_date_line(art: Article, m: re.Match, offset: int) -> None:
    from kazkg.graph.lang import find_dates

    phrase = re.sub(r"(\d{4})\s+жыл\b", r"\1", m.group("date"))  # "11 наурыз 2026 жыл, 18:05"
    phrase = re.sub(r"^(\d{1,2}\s+[^\s\d,]+),\s+(\d{4})", r"\1 \2", phrase)  # "16 қыркүйек, 2025 | 13:50"
    phrase = re.sub(r"\s*(?:ж\.)?\s*[,|/•·]\s*(?=\d{1,2}:\d{2})", ", ", phrase)  # "ж., 10:32", "| 19:10"
    phrase = re.sub(r"^(\d{4})[.\-/](\d{2})[.\-/](\d{2})", r"\3.\2.\1", phrase)  # "2026.06.04" (year first)
    phrase = re.sub(r"(\d{4})\s+(\d{1,2}:\d{2})$", r"\1, \2", phrase)  # "11 тамыз 2026 11:05"
    phrase = re.sub(r"^(\w+)\s+(\d{1,2}),\s+(\d{4})", r"\2 \1 \3", phrase)  # "Маусым 11, 2026" (month first)
    phrase = re.sub(r"^(\d{4})\s+ж\.\s+", r"\1 жылғы ", phrase)  # "2026 ж. 14 қазан" (year first, abbreviated)
    if m.group("time") and not re.search(r"\d{1,2}:\d{2}", phrase):
        phrase = f"{phrase.rstrip(' ,')}, {m.group('time')}"  # "09:40, 14 сәуір 2027": the time stood first
    found = [d for d in find_dates(phrase) if d.kind in ("date", "datetime")]
    value = _numeric_date(phrase) or (found[0].value if found else None)
    if value:
        art.published = value
        art.published_span = (offset + m.start("date"), offset + m.end("date"))
    if m.group("views"):
        art.views = int(m.group("views"))
        art.views_span = (offset + m.start("views"), offset + m.end("views"))


NUMERIC = re.compile(r"^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})(?:\s*ж\.?)?(?:,?\s*(\d{1,2}):(\d{2}))?$")


def _numeric_date(phrase: str) -> str | None:
    """dd.mm.yyyy / dd-mm-yyyy[, HH:MM] as on Kazakh news sites (day first)."""
    m = NUMERIC.match(phrase.strip())
    if not m or not (1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31):
        return None
    day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
    date = f"{year}-{month:02d}-{day:02d}"
    return f"{date}T{int(m.group(4)):02d}:{m.group(5)}:00" if m.group(4) else date


def _strip_header(text: str) -> tuple[str, dict[str, str]]:
    """Drop a leading ``key: value`` block closed by a ``---`` line (the corpus header)."""
    lines = text.split("\n")
    header: dict[str, str] = {}
    for i, line in enumerate(lines[:20]):
        if line.strip() == "---" and header:
            return "\n".join(lines[i + 1:]), header
        m = HEADER_KEY.match(line.strip())
        if not m or m.group("key").lower() not in {"url", "retrieved-from", "source", "date", "title", "lang"}:
            break
        header[m.group("key").lower()] = m.group("value").strip()
    return text, {}


def _cut_boilerplate(text: str) -> tuple[str, str | None]:
    """The text up to the site's footer, and a warning when what follows looks like another article
    (a date line, or more text than a footer holds): one file is read as one article."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i > 0 and BOILERPLATE.match(line):
            rest = [x for x in lines[i + 1:] if x.strip() and not BOILERPLATE.match(x)]
            more = sum(len(x) for x in rest)
            warning = None
            if any(DATE_LINE.match(x) for x in rest[:2000]) or more > FOOTER_CHARS:
                warning = (f"{more:,} characters after the footer at line {i + 1} ({line.strip()[:20]}) were not read; "
                           "a file is read as one article, put each article in its own file")
            return "\n".join(lines[:i]).rstrip() + "\n", warning
    return text, None


FOOTER_CHARS = 3000  # more text than this after a footer is not a footer (tags, share buttons, related links)
