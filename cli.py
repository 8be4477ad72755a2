"""The ``kazkg`` command: parse options, call one function in ``graph``, map errors to exit codes."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

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


SEEDS = Path(__file__).resolve().parent / "seeds"


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("kazkg.ttl"), show_default=True,
              help="Output file; the format follows the suffix: .ttl .trig .nt .nq .jsonld .rdf")
@_user_errors
def build(paths: tuple[Path, ...], output: Path) -> None:
    """Build the knowledge graph of PATHS (files or folders; default: the bundled seeds/)."""
    from graph.build import build_graph
    from graph.export import format_of, write_graph

    format_of(output)  # refuse an unknown suffix before any work
    g = build_graph(list(paths) or [SEEDS])
    write_graph(g, output)
    click.echo(f"{output}: {len(g)} triples")


@main.command()
@click.argument("graph_file", type=click.Path(path_type=Path))
@click.argument("sparql")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@_user_errors
def query(graph_file: Path, sparql: str, fmt: str) -> None:
    """Run SPARQL (text, a .rq file, or a bundled query: provenance, mentions, approvals) on GRAPH_FILE."""
    from graph.export import load_graph
    from graph.query import render, resolve, run

    text = resolve(sparql)
    g = load_graph(graph_file)
    click.echo(render(run(g, text), fmt))


@main.command()
@click.argument("graph_file", type=click.Path(path_type=Path))
@_user_errors
def validate(graph_file: Path) -> None:
    """Check GRAPH_FILE against the kazkg SHACL shapes; exit 1 with a report on violations."""
    from graph.errors import ValidationFailed
    from graph.export import load_graph
    from graph.validate import validate as run_validation

    report = run_validation(load_graph(graph_file))
    if not report.conforms:
        click.echo(report.text, err=True)
        raise ValidationFailed(f"{graph_file}: {report.violations} SHACL violation(s)")
    click.echo(f"{graph_file}: conforms to the kazkg shapes")


@main.command()
@click.argument("graph_file", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("kazkg.html"), show_default=True)
@_user_errors
def draw(graph_file: Path, output: Path) -> None:
    """Draw GRAPH_FILE as an interactive network in one HTML file that works offline."""
    from graph.draw import draw as draw_graph
    from graph.export import load_graph

    n = draw_graph(load_graph(graph_file), output)
    click.echo(f"{output}: {n} nodes")


@main.command()
@click.argument("graph_file", type=click.Path(path_type=Path))
@_user_errors
def info(graph_file: Path) -> None:
    """Count the triples of GRAPH_FILE and its nodes by class."""
    from graph.export import load_graph
    from graph.info import counts

    g = load_graph(graph_file)
    click.echo(f"triples\t{len(g)}")
    for cls, n in counts(g).items():
        click.echo(f"{cls}\t{n}")


@main.command()
def extractors() -> None:
    """List the registered extractors in the order they run."""
    from graph.extractors import load, registered

    for name, target in registered().items():
        cls = load(name)
        click.echo(f"{name}\t{target}\trequires: {', '.join(cls.requires)}")


# --- language layer (issue 3) ---------------------------------------------------------------


# --- named-entity tagger (issue 4) ----------------------------------------------------------


# --- corpus evaluation (issue 5) ------------------------------------------------------------


if __name__ == "__main__":  # pragma: no cover
    main()
