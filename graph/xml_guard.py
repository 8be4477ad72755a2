"""RDF/XML files are checked before parsing: entity declarations can make 1.5 KB expand to gigabytes
("billion laughs"; expat and Oxigraph both hang on one) and external entities read other files or URLs.

Plain abbreviations (``<!ENTITY owl "http://www.w3.org/2002/07/owl#">``, as ontology editors write them)
are kept; an entity defined through another entity, a parameter entity, an external one, or
declarations whose expansion would exceed ``MAX_EXPANSION`` are refused.
"""

from __future__ import annotations

import re
import xml.parsers.expat as expat

from kazkg.graph.errors import GraphParseError

MAX_EXPANSION = 16 * 1024 * 1024  # characters all entity references together may add


class _Prolog(Exception):
    """The first element was reached: declarations are over, stop reading."""


def check_entities(data: bytes, name: str) -> None:
    """Refuse an RDF/XML document whose entity declarations could expand without bound or fetch data."""
    if b"<!ENTITY" not in data:
        return
    declared: dict[str, str] = {}
    refused: list[str] = []

    def on_entity(entity, is_parameter, value, base, system_id, public_id, notation):
        if is_parameter:
            refused.append(f"parameter entity %{entity};")
        elif system_id or public_id:
            refused.append(f"external entity &{entity}; ({system_id or public_id})")
        elif value is not None and "&" in value:
            refused.append(f"entity &{entity}; defined through another entity")
        else:
            declared[entity] = value or ""

    def on_start(*args):
        raise _Prolog()

    parser = expat.ParserCreate()
    parser.EntityDeclHandler = on_entity
    parser.StartElementHandler = on_start
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(data, True)
    except _Prolog:
        pass
    except expat.ExpatError:
        pass  # not well-formed: the RDF/XML parser will say where
    if refused:
        raise GraphParseError(f"{name}: refused {refused[0]}: XML entities like this can expand without limit "
                              "or read other files")
    growth = sum(len(value) * len(re.findall(rb"&" + re.escape(e.encode()) + rb";", data)) for e, value in declared.items())
    if growth > MAX_EXPANSION:
        raise GraphParseError(f"{name}: refused: its XML entities would expand to {growth:,} characters")
