"""Derive graph/lang/data/lexicon.tsv.gz from ../shared/ud_kk_ktb and ../shared/kaznerd (issue 3).

The data files themselves are never copied: only lemma/POS pairs, form->lemma pairs, induced stems,
proper-noun spellings and suffix-chain reliabilities are written (a small gzipped word list).

Usage: python scripts/build_lexicon.py [--shared ../shared] [-o graph/lang/data/lexicon.tsv.gz]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kazkg.graph.lang.lexicon import LEXICON_FILE, build_lexicon, read_conllu, read_kaznerd  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("-o", "--out", default=str(ROOT / "graph" / "lang" / "data" / LEXICON_FILE))
    args = ap.parse_args()
    shared = Path(args.shared)
    ud = []
    for f in sorted((shared / "ud_kk_ktb").glob("*.conllu")):
        ud += read_conllu(f)
    ner = []
    for f in sorted((shared / "kaznerd").glob("IOB2_*.txt")):
        ner += read_kaznerd(f)
    lex = build_lexicon(ud, ner)
    out = Path(args.out)
    tmp = out.with_suffix(".tmp")
    lex.dump(tmp)
    tmp.replace(out)
    print(f"{out}: {out.stat().st_size:,} bytes; {len(lex.lemmas)} lemmas, {len(lex.forms)} forms, "
          f"{len(lex.stems)} stems, {len(lex.words)} words, {len(lex.propn)} proper nouns, "
          f"{len(lex.prior)} chains")


if __name__ == "__main__":
    main()
