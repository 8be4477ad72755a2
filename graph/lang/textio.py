"""File-level helpers behind ``kazkg lemmatize`` and ``kazkg analyse`` (the CLI stays thin)."""

from __future__ import annotations

from pathlib import Path


def read_text(path: str | Path) -> str:
    """The UTF-8 text of ``path``; InputError (one line) if missing, binary, not UTF-8 or empty."""
    from kazkg.graph.article import read_text_file

    return read_text_file(path)


def lemmatize_file(tokens_path: str | Path, out_path: str | Path) -> int:
    """Read one token per line (blank line between sentences) and write ``token<TAB>lemma`` lines
    in the same layout; the output is written to a temporary file, then renamed.  Returns the
    number of tokens."""
    from kazkg.graph.lang import lemmatize

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
    from kazkg.graph.atomic import atomic_write

    atomic_write(Path(out_path), ("\n".join(out_lines) + "\n").encode("utf-8"))
    return n


def format_analysis(text: str, base_date: str | None = None) -> str:
    """Sentences, tokens with offsets, lemmas and tags, and dates of ``text``, as plain lines."""
    from kazkg.graph.lang import analyse

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
