"""No network unless asked: kazkg promises to run offline, and an untrusted query or graph file must not
make the user's machine send requests (a SPARQL ``SERVICE`` or ``FROM <http://…>``, a JSON-LD
``@context`` URL, an XML external entity).

Two layers: queries and RDF/XML are checked before they run (a clear message naming what was refused),
and a Python audit hook refuses any socket connection while ``blocked()`` is in force, whatever library
tries it. Audit hooks cannot be removed, so the hook only acts while the flag is set.
"""

from __future__ import annotations

import contextlib
import sys

_STATE = {"blocked": False, "hooked": False}


class RemoteAccessRefused(OSError):
    """Raised inside a library that tried to reach the network while kazkg runs offline."""


def _hook(event: str, args) -> None:
    if not _STATE["blocked"]:
        return
    if event == "socket.getaddrinfo" or event == "socket.connect" and _is_inet(args):
        target = args[0] if event == "socket.getaddrinfo" else args[1]
        raise RemoteAccessRefused(f"remote access to {target} refused (kazkg runs offline)")
    if event == "urllib.Request":
        raise RemoteAccessRefused(f"remote access to {args[0]} refused (kazkg runs offline)")


def _is_inet(args) -> bool:
    import socket

    sock = args[0]
    return getattr(sock, "family", None) in (socket.AF_INET, socket.AF_INET6)


def block(on: bool = True) -> None:
    """Refuse (or, with ``on=False``, allow again) network access from this process."""
    if not _STATE["hooked"]:
        sys.addaudithook(_hook)
        _STATE["hooked"] = True
    _STATE["blocked"] = on


@contextlib.contextmanager
def blocked(on: bool = True):
    previous = _STATE["blocked"]
    block(on)
    try:
        yield
    finally:
        _STATE["blocked"] = previous
