"""File-level helpers behind ``kazkg lemmatize`` and ``kazkg analyse`` (the CLI stays thin)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from graph.errors import InputError


def read_text(path: str | Path) -> str:
    """The UTF-8 text of ``path``; InputError (one line) if missing, binary, not UTF-8 or empty."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such file")
    raw = p.read_bytes()
    if b"\x00" in raw:
        raise InputError(f"{p}: binary file, expected UTF-8 text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 (byte {exc.start})") from None
    if not text.strip():
        raise InputError(f"{p}: empty file")
    return text


def lemmatize_file(tokens_path: str | Path, out_path: str | Path) -> int:
    """Read one token per line (blank line between sentences) and write ``token<TAB>lemma`` lines
    in the same layout; the output is written to a temporary file, then renamed.  Returns the
    number of tokens."""
    from graph.lang import lemmatize

    lines = read_text(tokens_path).splitlines()
    out_lines = []
    n = 0
    for line in lines:
        tok = line.strip()
        if not tok:
            out_lines.append("")
            continue
        if "\t" in tok:  # tolerate "token<TAB>anything": the first column is the token
            tok = tok.split("\t", 1)[0]
        out_lines.append(f"{tok}\t{lemmatize(tok)}")
        n += 1
    out = Path(out_path)
    fd, tmp = tempfile.mkstemp(dir=out.parent if str(out.parent) else ".", prefix=f".{out.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("\n".join(out_lines) + "\n")
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n


def format_analysis(text: str, base_date: str | None = None) -> str:
    """Sentences, tokens with offsets, lemmas and tags, and dates of ``text``, as plain lines."""
    from graph.lang import analyse

    doc = analyse(text, base_date=base_date)
    out = []
    for s in doc.sentences:
        out.append(f"# sentence {s.index} [{s.start}:{s.end}] {s.text}")
        for t in s.tokens:
            out.append(f"{t.start}\t{t.end}\t{t.text}\t{t.lemma}\t{'|'.join(t.tags)}")
        out.append("")
    out.append(f"# dates: {len(doc.dates)}")
    for d in doc.dates:
        end = f"..{d.end_value}" if d.end_value else ""
        out.append(f"{d.start}\t{d.end}\t{d.text}\t{d.kind}\t{d.value}{end}\t{d.relation}")
    return "\n".join(out)
