"""HTML pages -> article text and URL, by trafilatura (boilerplate removal is a solved problem).

The headline is the page title when the extracted text does not already start with it; paragraphs
are separated by blank lines so the article reader sees the same layout as in a text file. The page's
guessed date is not used: trafilatura falls back to guessing from text, and a wrong date is worse than none.
"""

from __future__ import annotations

from pathlib import Path

from kazkg.graph.errors import InputError


def html_to_text(html: str, path: Path) -> tuple[str, str | None]:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputError(f"{path}: no article text found in this HTML page")
    title = (getattr(doc, "title", None) or "").strip()
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    if title and paragraphs and paragraphs[0] != title:
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs) + "\n", getattr(doc, "url", None)
