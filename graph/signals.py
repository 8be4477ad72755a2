"""Clean interruption: Ctrl-C (SIGINT) and SIGTERM stop a build with exit 130 / 143, no traceback.

The main process turns SIGTERM into an exception, as Python already does for SIGINT, so the same
clean-up path (stop the workers, leave the previous output as it was) runs for both. Workers ignore
SIGINT (the terminal sends it to the whole process group; only the main process should act on it)
and die at once on SIGTERM, which is how the pool is stopped.
"""

from __future__ import annotations

import signal


class Terminated(BaseException):
    """SIGTERM received: unwinds like KeyboardInterrupt, so ``finally`` blocks and atomic writes clean up."""


def _raise_terminated(signum, frame):
    raise Terminated()


def catch_sigterm() -> None:
    """In the main process: SIGTERM raises ``Terminated`` instead of killing the process mid-write."""
    try:
        signal.signal(signal.SIGTERM, _raise_terminated)
    except ValueError:  # not the main thread (an embedding program): leave its handlers alone
        pass


def worker_init() -> None:
    """Pool initializer: leave SIGINT to the main process; SIGTERM (pool.terminate) ends the worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
