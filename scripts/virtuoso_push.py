"""Push a kazkg store into a real Virtuoso (Debian's ``virtuoso-opensource``) on loopback, twice, and
read the counts back: installs Virtuoso if absent (apt-get, needs root), starts a private instance in a
temporary folder on free ports, pushes with ``kazkg push``, queries, stops it and removes the folder.

    python scripts/virtuoso_push.py [--store DIR | PATH ...]   # default: builds seeds/ and bench/heldout

Exit 0 when Virtuoso holds exactly the store's quads after each push, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
OURS = "https://w3id.org/kazkg/id/"
COUNT = f'SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{OURS}")) }}'
GRAPHS = f'SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{OURS}")) }}'


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def install() -> None:
    if shutil.which("virtuoso-t"):
        return
    print("installing virtuoso-opensource (apt-get)", flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "install", "-y", "-q", "virtuoso-opensource"], check=True, env=env,
                   stdout=subprocess.DEVNULL)


def configure(work: Path, sql_port: int, http_port: int) -> Path:
    """The packaged ini with every file in ``work`` and our ports (so the system instance is untouched)."""
    text = INI.read_text()
    text = re.sub(r"/var/lib/virtuoso-opensource-7/db/", f"{work}/", text)
    text = re.sub(r"(?m)^ServerPort(\s*)=\s*1111", rf"ServerPort\g<1>= {sql_port}", text)
    text = re.sub(r"(?m)^ServerPort(\s*)=\s*8890", rf"ServerPort\g<1>= {http_port}", text)
    text = re.sub(r"(?m)^DirsAllowed(\s*)=\s*(.*)$", rf"DirsAllowed\g<1>= \g<2>, {work}", text)
    ini = work / "virtuoso.ini"
    ini.write_text(text)
    return ini


def sparql(base: str, query: str) -> int:
    url = f"{base}/sparql?{urllib.parse.urlencode({'query': query})}"
    req = urllib.request.Request(url, headers={"Accept": "text/csv"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return int(resp.read().decode().splitlines()[1].strip('"'))


def wait_up(base: str, seconds: float = 120) -> None:
    end = time.time() + seconds
    while time.time() < end:
        try:
            sparql(base, "SELECT (1 AS ?n) {}")
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit("virtuoso did not answer")


def kazkg(*args: str, env=None) -> str:
    cmd = [sys.executable, "-c", "from kazkg.cli import main; main()", *args]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT, env=env)
    return out.stdout.strip()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--store", type=Path)
    args = ap.parse_args()
    install()
    work = Path(tempfile.mkdtemp(prefix="kazkg-virtuoso-"))
    store = args.store or work / "store"
    if args.store is None:
        paths = [str(p) for p in (args.paths or [ROOT / "seeds", ROOT / "bench" / "heldout"])]
        print(kazkg("build", *paths, "--store", str(store)), flush=True)
    sys.path.insert(0, str(ROOT))
    from kazkg.graph.store import KgStore

    expected = len(KgStore.open(store, read_only=True))
    sql_port, http_port = free_port(), free_port()
    base = f"http://127.0.0.1:{http_port}"
    ini = configure(work, sql_port, http_port)
    version = subprocess.run(["virtuoso-t", "-?"], capture_output=True, text=True).stderr.splitlines()
    print(f"virtuoso            {next((v.strip() for v in version if 'Version' in v), '?')}; ports {sql_port}/{http_port}")
    subprocess.run(["virtuoso-t", "+configfile", str(ini), "+wait"], check=True, cwd=work,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ok = True
    try:
        wait_up(base)
        env = dict(os.environ, KAZKG_PUSH_USER="dba", KAZKG_PUSH_PASSWORD="dba")
        for attempt in (1, 2):
            print(f"push {attempt}              {kazkg('push', str(store), '--endpoint', f'{base}/sparql-graph-crud-auth', env=env)}")
            got, graphs = sparql(base, COUNT), sparql(base, GRAPHS)
            print(f"  read back         {got} quads in {graphs} graphs (store: {expected} quads) -> "
                  f"{'counts match' if got == expected else 'MISMATCH'}")
            ok &= got == expected
    finally:
        subprocess.run(["isql-vt", str(sql_port), "dba", "dba", "-K"], capture_output=True)
        time.sleep(2)
        shutil.rmtree(work, ignore_errors=True)
        print("virtuoso            stopped, its folder removed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
