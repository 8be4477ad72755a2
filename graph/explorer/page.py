"""The explorer page: one self-contained HTML file (data, vis-network and the page's script inlined).

vis-network comes from the copy pyvis ships, so the page works offline and makes no request at all.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from string import Template

import pyvis

VIS = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / "vis-network.min.js"


def _static(name: str) -> str:
    return (files("kazkg.graph.explorer") / "static" / name).read_text(encoding="utf-8")


def render(payload: dict, title: str = "kazkg explorer") -> str:
    """The page for ``payload`` (see kazkg.graph.explorer.payload)."""
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    data = data.replace("</", "<\\/")  # never close the script element from inside the data
    return Template(_static("page.html")).substitute(
        title=title, css=_static("explorer.css"), data=data, vis=VIS.read_text(encoding="utf-8"), js=_static("explorer.js"))
