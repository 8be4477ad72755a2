"""Deterministic, flat IRIs: the same corpus always mints the same names (no counters, no paths).

Entities are named by class family and the transliterated merge key (``person-qasym-jomart-toqaev``);
long keys (statements used as labels) by a hash. Articles by a hash of their text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from kazkg.graph import lang, terms
from kazkg.graph.vocab import RES


def digest(*parts: str, n: int = 12) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def slug(text: str, limit: int = 60) -> str:
    latin = lang.transliterate(text)
    ascii_ = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")
    return s if 0 < len(s) <= limit else ""


def entity_iri(type_: str, key: str) -> URIRef:
    family = terms.family(type_) or type_.lower()
    body = key.split(":", 1)[1] if ":" in key else key
    s = slug(body) if family not in ("act", "event") else ""
    return RES[f"{family}-{s}" if s else f"{family}-{digest(key)}"]


def article_id(text: str) -> str:
    return f"article-{digest(text)}"


def article_iri(aid: str) -> URIRef:
    return RES[aid]


def sentence_iri(aid: str, index: int) -> URIRef:
    return RES[f"s-{aid[8:]}-{index}"]


def mention_iri(aid: str, start: int, end: int) -> URIRef:
    return RES[f"m-{aid[8:]}-{start}-{end}"]


def evidence_iri(statement: str, aid: str, start: int, end: int) -> URIRef:
    return RES[f"ev-{statement}-{aid[8:]}-{start}-{end}"]


def statement_id(s: str, p: str, o: str) -> str:
    return f"st-{digest(s, p, o, n=16)}"
