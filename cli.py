"""The ``kazkg`` command: parse options, call one function in ``graph``, map errors to exit codes."""

from __future__ import annotations

import functools
import sys

import click

from graph.errors import KazkgError


def _user_errors(fn):
    """Turn a KazkgError (or a missing file) into one line on stderr and its exit code, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KazkgError as exc:
            click.echo(f"kazkg: {exc}", err=True)
            sys.exit(exc.exit_code)
        except (OSError, UnicodeError) as exc:
            click.echo(f"kazkg: [K001] {exc}", err=True)
            sys.exit(2)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kazkg")
def main() -> None:
    """Build, query, validate and draw knowledge graphs from Kazakh news and official texts."""


# --- language layer (issue 3) ---------------------------------------------------------------


# --- named-entity tagger (issue 4) ----------------------------------------------------------


# --- corpus evaluation (issue 5) ------------------------------------------------------------


if __name__ == "__main__":  # pragma: no cover
    main()
