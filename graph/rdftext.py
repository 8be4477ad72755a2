"""Text every RDF output of kazkg gets: no character XML 1.0 forbids, language tags spelt as BCP 47 does.

Shared by the file writer (``kazkg.graph.export``) and the store's serialised graphs
(``kazkg.graph.blobs``), so a file build and a store export write the same literals.
"""

from __future__ import annotations

import re

import pyoxigraph as ox

# XML 1.0 forbids these characters (C0 controls but tab and newlines, U+FFFE, U+FFFF, lone surrogates):
# a literal holding one makes .rdf unreadable, so every format gets a space in its place (one character
# for one, so mention offsets into kz:text stay right). Article texts are cleaned when read
# (kazkg.graph.article); this catches anything else (a file name, a URL).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# rdflib keeps a language tag as written ("kk-Latn"); Oxigraph lower-cases it. BCP 47's case
# conventions (RFC 5646 2.1.1: language lower, script title, region upper) are what users type in
# FILTER(lang(?l) = "kk-Latn"), so every tag is written back in that spelling, in every format.


def bcp47_case(tag: str) -> str:
    """``kk-latn`` -> ``kk-Latn``, ``en-us`` -> ``en-US`` (RFC 5646 2.1.1); subtags after a singleton stay lower."""
    parts = tag.lower().split("-")
    out = [parts[0]]
    for i, p in enumerate(parts[1:], start=1):
        if len(parts[i - 1]) == 1 or any(len(q) == 1 for q in parts[1:i]):
            out.append(p)  # an extension or private use (-x-...): no case convention
        elif len(p) == 4 and p.isalpha():
            out.append(p.title())
        elif len(p) == 2 and p.isalpha():
            out.append(p.upper())
        else:
            out.append(p)
    return "-".join(out)


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 forbids replaced by a space (same length)."""
    return NOT_XML.sub(" ", text)


# A literal in Oxigraph's Turtle, TriG, N-Triples and N-Quads is always one "..." string with \" and \\
# escaped, so matching whole strings from the start never mistakes a quote inside one for the end.
_STRING_TAG = re.compile(rb'"(?:[^"\\]|\\.)*"(@[A-Za-z0-9-]+)?')
# In RDF/XML text "<" is always escaped, so a "<" starts a tag and xml:lang inside it is an attribute.
_XML_LANG = re.compile(rb'(<[^<>]*\sxml:lang=")([A-Za-z0-9-]+)(")')
# Oxigraph lower-cases every tag, which is BCP 47's spelling of a one-subtag tag ("kk"): only a tag with
# subtags can need another case, and it always shows as "@xx- after a string, so text without that
# needs no pass (most of an article's graph: a quick test instead of matching every string).
_SUBTAG = re.compile(rb'"@[A-Za-z0-9]+-')


def _tag_case(data: bytes, fmt) -> bytes:
    def case(tag: bytes) -> bytes:
        return bcp47_case(tag.decode("ascii")).encode("ascii")

    if fmt == ox.RdfFormat.RDF_XML:
        return _XML_LANG.sub(lambda m: m.group(1) + case(m.group(2)) + m.group(3), data)

    def fix(m: re.Match) -> bytes:
        tag = m.group(1)
        return m.group(0)[: -len(tag)] + b"@" + case(tag[1:]) if tag else m.group(0)

    return _STRING_TAG.sub(fix, data) if _SUBTAG.search(data) else data


def _clean(statements: list) -> list:
    """Triples or quads with every literal's XML-forbidden characters replaced (see ``xml_safe``)."""
    out = []
    for t in statements:
        o = t.object
        if isinstance(o, ox.Literal) and NOT_XML.search(o.value):
            o = ox.Literal(xml_safe(o.value), language=o.language) if o.language else ox.Literal(xml_safe(o.value), datatype=o.datatype)
            t = ox.Quad(t.subject, t.predicate, o, t.graph_name) if isinstance(t, ox.Quad) else ox.Triple(t.subject, t.predicate, o)
        out.append(t)
    return out


