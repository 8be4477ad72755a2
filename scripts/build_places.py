"""Derive graph/data/places.tsv.gz (and places.source.json) from ../shared/gazetteer/kato.tsv (issue 12, point 5).

KATO, the official classifier of administrative-territorial objects, lists every region, district, city,
rural okrug and settlement with its Kazakh and Russian name and its parent's code. Kept here: regions,
cities of republican and regional significance, districts (of regions and of cities), towns, urban
settlements (кент) and villages (ауыл); left out: rural okrugs (news names the village, not the okrug)
and the 3,343 unclassed points (winter quarters, stations, farms: "Лагер", "ЛСП", "12 км"). The
akimats of a city, town or кент (Семей Қ.Ә., Аягөз қ.ә.) are one place with the settlement they govern.

Canonical labels follow graph/extractors/place.py and graph/data/gazetteer.tsv: regions and districts keep
their noun (Абай облысы, Аягөз ауданы), settlements do not (Семей, Қараауыл); where the linking
gazetteer lists the same place, its label and its other names are taken (Ақсу қаласы, Нұр-Сұлтан).

Usage: python scripts/build_places.py [--kato ../shared/gazetteer/kato.tsv] [-o graph/data/places.tsv.gz]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kazkg.graph.atomic import atomic_write  # noqa: E402
from kazkg.graph.places import COLUMNS  # noqa: E402

# KATO's name endings -> (our kind, the Kazakh unit noun news writes after the bare name).
# Longest first; "Қ.Ә."/"Г.А." a city akimat, "қ.ә." a town akimat, "к.ә." a кент akimat.
SUFFIXES = [
    ("атын.ауданы", "district", "ауданы"), ("ауданы", "district", "ауданы"), ("облысы", "region", "облысы"),
    ("Қ.Ә.", "city_akimat", ""), ("Г.А.", "city_akimat", ""), ("қ.ә.", "town_akimat", ""),
    ("к.ә.", "settlement_akimat", ""), ("атын.а.", "village", "атындағы ауыл"),
    ("атындағы а.", "village", "атындағы ауыл"), ("ат.ауыл", "village", "атындағы ауыл"),
    ("қ.", "city", "қаласы"), ("к.", "settlement", "кенті"), ("а.", "village", "ауылы"), ("а", "village", "ауылы"),
]
# Districts whose official Kazakh name is not the one news writes (the project's own extractor reads
# "Бөкей ордасы ауданы"): the news form is the label, the official one an other name.
NEWS_LABELS = {"Бөкейордасы ауданы": "Бөкей ордасы ауданы", "Казталовка ауданы": "Қазталов ауданы",
               "Әл Фараби ауданы": "Әл-Фараби ауданы"}
AKIMAT = {"city_akimat": "city", "town_akimat": "town", "settlement_akimat": "settlement"}
KEEP_NOUN = {"region", "district"}  # as place.py labels them; settlements are named alone


def classify(row: dict) -> tuple[str, str, str] | None:
    """(kind, bare name, noun) of a KATO row, or None for what is not kept (okrugs, unclassed points)."""
    name = " ".join(row["name_kk"].split())
    level = row["level"]
    if level == "1":
        return ("region", name.removesuffix(" облысы"), "облысы") if row["kind"] == "oblast" \
            else ("city", name.removesuffix(" қ."), "қаласы")
    if row["kind"] in ("rural_okrug", "district_or_rural_akimat"):
        return None
    for suffix, kind, noun in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            bare = name[: -len(suffix)].rstrip(" .")
            if kind == "city" and level != "1":
                kind = "city" if row["kind"] == "city" and level == "3" else "town"
            return kind, bare, noun
    return None


def read_kato(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def derive(rows: list[dict], villages: bool = True) -> list[dict]:
    """Places with their nearest kept parent and their region, in KATO code order."""
    by_code = {r["code"]: r for r in rows}
    kept: dict[str, dict] = {}
    for r in rows:
        got = classify(r)
        if got is None or (got[0] == "village" and not villages):
            continue
        kind, bare, noun = got
        alt = [f"{bare} атындағы аудан"] if r["name_kk"].endswith("атын.ауданы") else []  # the official form
        kept[r["code"]] = {"code": r["code"], "kind": kind, "bare": bare, "noun": noun,
                           "ru": " ".join(r["name_ru"].split()), "kato_parent": r["parent_code"], "alt": alt,
                           "gazetteer": ""}
    # An akimat is the settlement it governs: Семей Қ.Ә. -> Семей қ., Шемонаиха қ.ә. -> Шемонайха қ.
    alias: dict[str, str] = {}
    for code, p in list(kept.items()):
        if p["kind"] not in AKIMAT:
            continue
        kids = [k for k in kept.values() if k["kato_parent"] == code and k["kind"] in ("city", "town", "settlement")]
        same = [k for k in kids if k["bare"] == p["bare"]] or kids
        if len(same) == 1:
            child = same[0]
            child["kind"] = AKIMAT[p["kind"]]
            if p["bare"] != child["bare"]:
                child["alt"].append(p["bare"])
            alias[code] = child["code"]
            del kept[code]
        else:
            p["kind"] = AKIMAT[p["kind"]]
    for p in kept.values():
        p["parent"] = _kept_parent(p, by_code, kept, alias)
    for p in kept.values():
        p["region"] = _region(p, kept)
        p["label"] = f'{p["bare"]} {p["noun"]}' if p["kind"] in KEEP_NOUN or "атындағы" in p["noun"] else p["bare"]
        if p["label"] in NEWS_LABELS:
            p["alt"].append(p["label"])
            p["label"] = NEWS_LABELS[p["label"]]
            p["bare"] = p["label"].removesuffix(" ауданы")
    return [kept[c] for c in sorted(kept)]


def _kept_parent(p: dict, by_code: dict, kept: dict, alias: dict) -> str:
    code = p["kato_parent"]
    while code:
        target = alias.get(code, code)
        # a village's KATO parent may be the okrug's central village (Жидебай under Кеңгірбай би): skip it
        if target in kept and target != p["code"] and kept[target]["kind"] != "village":
            return target
        code = by_code[code]["parent_code"] if code in by_code else ""
    return ""


def _region(p: dict, kept: dict) -> str:
    while p["parent"]:
        p = kept[p["parent"]]
    return p["code"]


RANK = {"city": 0, "town": 1, "settlement": 2, "village": 3}


def apply_linking_gazetteer(places: list[dict], path: Path) -> list[str]:
    """Take the linking gazetteer's label and other names for the places it lists, so the two files never
    disagree on a canonical label. Returns the gazetteer's Kazakh places that KATO does not name."""
    by_label: dict[str, list[dict]] = {}
    by_bare: dict[str, list[dict]] = {}
    for p in places:
        by_label.setdefault(p["label"].casefold(), []).append(p)
        if p["kind"] in RANK:
            by_bare.setdefault(p["bare"].casefold(), []).append(p)
    unmatched = []
    with path.open(encoding="utf-8", newline="") as fh:
        for e in csv.DictReader(fh, delimiter="\t"):
            if e["type"] != "Place":
                continue
            names = [e["kk"], *[a for a in (e["kk_alt"] or "").split("|") if a]]
            hit = _match(names, by_label, by_bare)
            if hit is None:
                unmatched.append(e["kk"])
                continue
            hit["label"] = e["kk"]
            hit["gazetteer"] = e["id"]
            hit["alt"] += [n for n in names[1:] if n not in hit["alt"]]
    return unmatched


def _match(names: list[str], by_label: dict, by_bare: dict) -> dict | None:
    for n in names:
        same = [p for p in by_label.get(n.casefold(), []) if p["kind"] != "village"]
        if len(same) == 1:
            return same[0]
        town = re.sub(r" (қаласы|кенті)$", "", n).casefold()
        if town != n.casefold() or len(same) == 0:
            cands = [p for p in by_bare.get(town, []) if p["kind"] != "village"]
            best = min((RANK[p["kind"]] for p in cands), default=None)
            top = [p for p in cands if RANK[p["kind"]] == best]
            if len(top) == 1:
                return top[0]
    return None


def to_tsv(places: list[dict]) -> bytes:
    buf = io.StringIO()
    buf.write("\t".join(COLUMNS) + "\n")
    for p in places:
        p = {**p, "alt": "|".join(p["alt"])}
        buf.write("\t".join(p[c] for c in COLUMNS) + "\n")
    return buf.getvalue().encode("utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kato", default=str(ROOT.parent / "shared" / "gazetteer" / "kato.tsv"))
    ap.add_argument("-o", "--out", default=str(ROOT / "graph" / "data" / "places.tsv.gz"))
    ap.add_argument("--no-villages", action="store_true", help="leave out villages (ауыл, кент)")
    args = ap.parse_args()
    kato = Path(args.kato)
    if not kato.is_file():
        sys.exit(f"kazkg: {kato}: no such file (the KATO gazetteer of ../shared)")
    try:
        places = derive(read_kato(kato), villages=not args.no_villages)
    except (KeyError, UnicodeDecodeError) as e:
        sys.exit(f"kazkg: {kato}: not KATO's TSV (UTF-8, columns of ../shared/gazetteer/README.md): {e}")
    unmatched = apply_linking_gazetteer(places, ROOT / "graph" / "data" / "gazetteer.tsv")
    data = to_tsv(places)
    out = Path(args.out)
    atomic_write(out, gzip.compress(data, compresslevel=9, mtime=0) if out.suffix == ".gz" else data)
    source = json.loads((kato.parent / "kato.source.json").read_text(encoding="utf-8"))
    meta = {k: source[k] for k in ("publisher", "listing_url", "workbook_url", "kato_version", "in_force_from",
                                   "actualised_at", "sha256")}
    meta["compilation"] = "siaarzh/kz-tax-rates (MIT licence)"
    meta["places"] = len(places)
    atomic_write(out.parent / "places.source.json",
                 (json.dumps(meta, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    kinds: dict[str, int] = {}
    for p in places:
        kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    print(f"{out}: {out.stat().st_size:,} bytes ({len(data):,} uncompressed); {len(places)} places: "
          + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
    print(f"linking gazetteer places not in KATO (foreign, buildings, Kazakhstan): {len(unmatched)}")


if __name__ == "__main__":
    main()
