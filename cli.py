"""The ``kazkg`` command: parse options, call one function in ``graph``, map errors to exit codes."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from kazkg.graph.errors import KazkgError


def _user_errors(fn):
    """Turn a KazkgError (or a missing file) into one line on stderr and its exit code, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        from kazkg.graph.signals import Terminated

        try:
            return fn(*args, **kwargs)
        except KazkgError as exc:
            click.echo(f"kazkg: {exc}", err=True)
            sys.exit(exc.exit_code)
        except BrokenPipeError:  # `kazkg info g.ttl | head -1`: the reader left; end quietly, as cat does
            _silence_stdout()
            sys.exit(141)
        except (OSError, UnicodeError) as exc:
            click.echo(f"kazkg: [K001] {exc}", err=True)
            sys.exit(2)
        except KeyboardInterrupt:
            click.echo("kazkg: interrupted; no output written", err=True)
            sys.exit(130)
        except Terminated:
            click.echo("kazkg: terminated; no output written", err=True)
            sys.exit(143)

    return wrapper


def _silence_stdout() -> None:
    """Point stdout at /dev/null so Python's final flush does not report the broken pipe again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _echo(text: str) -> None:
    """click.echo, but a reader that left (``| head``) ends the command quietly."""
    try:
        click.echo(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(141)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kazkg")
def main() -> None:
    """Build, query, validate and draw knowledge graphs from Kazakh news and official texts."""
    from kazkg.graph.signals import catch_sigterm

    catch_sigterm()


def _seeds() -> Path:
    """The bundled seed folder (package data, so it is there in a plain install too)."""
    from kazkg.seeds import SEEDS_DIR

    return Path(str(SEEDS_DIR))


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Output file (default kazkg.ttl when there is no --store); the format follows the suffix: "
                   ".ttl .trig .nt .nq .jsonld .rdf")
@click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Add the articles to the store in this folder (created if absent); unchanged files are skipped.")
@click.option("--sync", is_flag=True, help="With --store: remove stored articles whose files are not among PATHS.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Extract on the Dask cluster at ADDRESS (tcp://host:8786); needs the kazkg[dask] extra.")
@click.option("-j", "--jobs", type=int, default=0, help="Worker processes (default: all cores).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("--max-size", type=float, default=5.0, show_default=True,
              help="Largest input file, in MB (a bigger one is reported and skipped); 0 for no limit.")
@_user_errors
def build(paths: tuple[Path, ...], output: Path | None, store_dir: Path | None, sync: bool, scheduler: str | None,
          jobs: int, progress: bool | None, max_size: float) -> None:
    """Build the knowledge graph of PATHS (files or folders; default: the bundled seeds/) into a file or a store.

    Exit code 0 when every file was read; 1 when some failed (each named once on stderr; the graph of
    the others is written); 2 when none could be read or the output cannot be written.
    """
    import os

    from kazkg.graph.build import expand
    from kazkg.graph.corpus import build_into
    from kazkg.graph.errors import InputError, PartialBuild
    from kazkg.graph.export import format_of
    from kazkg.graph.outputs import check_output

    if sync and store_dir is None:
        raise InputError("--sync needs --store DIR")
    if output is None and store_dir is None:
        output = Path("kazkg.ttl")
    files = expand(list(paths) or [_seeds()])
    if output is not None:
        format_of(output)  # refuse an unknown suffix before any work
        check_output(output, files)  # before a long build, not after it
    jobs = jobs or os.cpu_count() or 1
    show = sys.stderr.isatty() if progress is None else progress
    result, line = build_into(files, output, store_dir, sync=sync, jobs=jobs, progress=show,
                              scheduler=scheduler, max_bytes=int(max_size * 1_000_000))
    for file, warning in result.warnings:
        click.echo(f"kazkg: warning: {file}: {warning}", err=True)
    for file, reason in result.failures:
        click.echo(f"kazkg: {reason}" if file in reason else f"kazkg: {file}: {reason}", err=True)
    click.echo(line)
    if result.failures:
        kept = result.added + result.skipped
        raise PartialBuild(f"{_n(len(result.failures), 'input file')} could not be read (named above); "
                           f"{output if output is not None else store_dir} holds the other {_n(kept, 'article')}")


def _n(count: int, one: str, many: str | None = None) -> str:
    from kazkg.graph.corpus import plural

    return plural(count, one, many)


@main.command()
@click.argument("store_dir", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="Output file; the format follows the suffix: .ttl .trig .nt .nq .jsonld .rdf")
@_user_errors
def export(store_dir: Path, output: Path) -> None:
    """Write the store STORE_DIR to a file (TriG and N-Quads keep each article's named graph)."""
    from kazkg.graph.export import format_of
    from kazkg.graph.store_export import write_store
    from kazkg.graph.outputs import check_output
    from kazkg.graph.store import KgStore

    format_of(output)
    check_output(output, [store_dir])
    store = KgStore.open(store_dir, read_only=True)
    write_store(store, output)
    click.echo(f"{output}: {store.article_count()} articles, {len(store)} quads")


@main.command()
@click.argument("graph_file", type=click.Path(path_type=Path))
@click.argument("sparql")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Stop the query after this many seconds (0: no limit).")
@click.option("--limit", type=int, default=10_000, show_default=True, help="Print at most this many rows (0: no limit).")
@click.option("--allow-remote", is_flag=True,
              help="Let the query (SERVICE, FROM) and the graph file (a JSON-LD @context URL) reach the network.")
@_user_errors
def query(graph_file: Path, sparql: str, fmt: str, timeout: float, limit: int, allow_remote: bool) -> None:
    """Run SPARQL (text, a .rq file, or a bundled query: provenance, mentions, approvals) on GRAPH_FILE or a store."""
    from kazkg.graph.export import load_graph
    from kazkg.graph.offline import blocked
    from kazkg.graph.query import execute, prepare, render, resolve

    text = resolve(sparql)
    prepare(text, allow_remote)  # a malformed or remote query is refused before the graph is read
    if graph_file.is_dir():  # a store: Oxigraph runs the query (no SERVICE: prepare refused it unless allowed)
        from kazkg.graph.query import execute_store
        from kazkg.graph.store import KgStore

        answer = execute_store(KgStore.open(graph_file, read_only=True), text, timeout=timeout, limit=limit)
    else:
        g = load_graph(graph_file, allow_remote=allow_remote)
        with blocked(not allow_remote):
            answer = execute(g, text, timeout=timeout, limit=limit, allow_remote=allow_remote)
    _echo(render(answer, fmt))
    if answer.truncated:
        click.echo(f"kazkg: stopped at the row limit ({limit:,}); --limit N for more, --limit 0 for all", err=True)


@main.command()
@click.argument("graph_file", type=click.Path(path_type=Path))
@_user_errors
def validate(graph_file: Path) -> None:
    """Check GRAPH_FILE (or a store) against the kazkg SHACL shapes; exit 1 with a report on violations."""
    from kazkg.graph.errors import ValidationFailed
    from kazkg.graph.export import load_graph
    from kazkg.graph.validate import validate as run_validation

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
    """Draw GRAPH_FILE (or a store) as an explorer page (one HTML file that works offline), or as .graphml / .gexf."""
    from kazkg.graph.draw import draw as draw_graph
    from kazkg.graph.outputs import check_output

    check_output(output, [graph_file])
    n = draw_graph(graph_file, output)
    click.echo(f"{output}: {n} nodes")


@main.command()
@click.argument("graph_file", type=click.Path(path_type=Path))
@_user_errors
def info(graph_file: Path) -> None:
    """Count the triples of GRAPH_FILE (or a store) and its nodes by class."""
    if graph_file.is_dir():
        from kazkg.graph.info import store_counts
        from kazkg.graph.store import KgStore

        store = KgStore.open(graph_file, read_only=True)
        click.echo(f"articles\t{store.article_count()}\nquads\t{len(store)}")
        for cls, n in store_counts(store).items():
            click.echo(f"{cls}\t{n}")
        return
    from kazkg.graph.export import load_graph
    from kazkg.graph.info import counts

    g = load_graph(graph_file)
    _echo(f"triples\t{len(g)}")
    for cls, n in counts(g).items():
        _echo(f"{cls}\t{n}")


@main.command()
@click.argument("store_dir", type=click.Path(path_type=Path))
@click.option("--port", type=int, default=7878, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--explorer-port", type=int, default=None, help="Port of the explorer page  [default: PORT + 1].")
@click.option("--no-explorer", is_flag=True, help="Serve only the SPARQL endpoint.")
@_user_errors
def serve(store_dir: Path, port: int, host: str, explorer_port: int | None, no_explorer: bool) -> None:
    """Serve the store STORE_DIR read-only as a SPARQL 1.1 endpoint (http://HOST:PORT/query) with Oxigraph,
    and its explorer page (the page kazkg draw writes) at http://HOST:PORT+1/."""
    from kazkg.graph.serve import serve as run_server, server_command

    server_command(store_dir, host, port)  # refuse a missing program or store before printing anything
    page = None if no_explorer else (explorer_port or port + 1)
    click.echo(f"SPARQL endpoint: http://{host}:{port}/query  (Ctrl-C stops it)", err=True)
    if page is not None:
        click.echo(f"Explorer page:   http://{host}:{page}/", err=True)
    run_server(store_dir, host, port, page)


@main.command()
@click.argument("store_dir", type=click.Path(path_type=Path))
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph) or "
                   "http://127.0.0.1:8890/sparql-graph-crud-auth (Virtuoso).")
@click.option("--merged-graph", default="https://w3id.org/kazkg/id/corpus", show_default=True, metavar="IRI",
              help="Named graph for the merged entity descriptions; 'default' replaces the server's default graph.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@_user_errors
def push(store_dir: Path, endpoint: str, merged_graph: str, progress: bool | None) -> None:
    """Upload every article's named graph of STORE_DIR to a SPARQL server (Graph Store HTTP Protocol, PUT:
    pushing again replaces). Credentials: KAZKG_PUSH_USER and KAZKG_PUSH_PASSWORD in the environment."""
    from kazkg.graph.push import push as run_push
    from kazkg.graph.store import KgStore

    store = KgStore.open(store_dir, read_only=True)
    show = sys.stderr.isatty() if progress is None else progress
    r = run_push(store, endpoint, None if merged_graph == "default" else merged_graph, progress=show)
    click.echo(f"{endpoint}: {r.graphs} graphs, {r.triples} triples pushed in {r.seconds:.1f} s")


@main.command()
def extractors() -> None:
    """List the registered extractors and passes in the order they run."""
    from kazkg.graph.extractors import PASSES, load, registered

    after: dict[str, list[str]] = {}
    for pname in PASSES:
        after.setdefault(load(pname).after, []).append(pname)
    for name, target in registered().items():
        cls = load(name)
        click.echo(f"{name}\t{target}\trequires: {', '.join(cls.requires)}")
        for pname in after.get(name, ()):
            click.echo(f"{pname}\t{PASSES[pname]}\tpass, edits: {', '.join(load(pname).edits)}")


# --- language layer (issue 3) ---------------------------------------------------------------
@main.command()
@click.argument("tokens_file", type=click.Path(dir_okay=False))
@click.option("-o", "--out", required=True, type=click.Path(dir_okay=False), help="Where to write 'token<TAB>lemma' lines.")
@_user_errors
def lemmatize(tokens_file: str, out: str) -> None:
    """Lemmatise TOKENS_FILE (one token per line, blank line between sentences) into OUT."""
    from kazkg.graph.lang.textio import lemmatize_file
    from kazkg.graph.outputs import check_output

    check_output(out, [tokens_file])
    n = lemmatize_file(tokens_file, out)
    click.echo(f"lemmatised {n} tokens -> {out}", err=True)


@main.command()
@click.argument("text_file", type=click.Path(dir_okay=False))
@click.option("--base-date", default=None, help="Document date (YYYY-MM-DD) for relative dates such as биыл.")
@_user_errors
def analyse(text_file: str, base_date: str | None) -> None:
    """Print the sentences, tokens (offsets, lemma, tags) and dates of TEXT_FILE."""
    from kazkg.graph.lang.textio import format_analysis, read_text

    click.echo(format_analysis(read_text(text_file), base_date))


# --- named-entity tagger (issue 4) ----------------------------------------------------------
@main.command("train-ner")
@click.argument("data", type=click.Path(dir_okay=False))
@click.option("-o", "--out", "model", required=True, type=click.Path(dir_okay=False), help="Model file to write.")
@click.option("--c1", type=float, default=None, help="L1 penalty (default: the tuned value).")
@click.option("--c2", type=float, default=None, help="L2 penalty (default: the tuned value).")
@_user_errors
def train_ner(data: str, model: str, c1: float | None, c2: float | None) -> None:
    """Train the KazNERD tagger on an IOB2 file (token LABEL per line) and write MODEL.

    MODEL ending in .npz trains the BiLSTM-CRF (needs the ner-train extra: torch); any other name the CRF.
    """
    from kazkg.graph.ner.training.crf import read_conll, train
    from kazkg.graph.outputs import check_output

    check_output(model, [data])
    sents = read_conll(data)
    if model.endswith(".npz"):
        try:
            from kazkg.graph.ner.training import neural as neural_train
        except ImportError as exc:
            from kazkg.graph.errors import ModelError

            raise ModelError(f"training a .npz model needs torch: pip install -e '.[ner-train]' ({exc})") from exc
        path = neural_train.train(sents, model)
    else:
        params = {k: v for k, v in (("c1", c1), ("c2", c2)) if v is not None}
        path = train(sents, model, params)
    click.echo(f"trained on {len(sents)} sentences -> {path}")


@main.command("tag")
@click.argument("tokens_file", type=click.Path(dir_okay=False))
@click.option("-o", "--out", required=True, type=click.Path(dir_okay=False), help="Where to write 'token LABEL' lines.")
@click.option("-m", "--model", default=None, type=click.Path(dir_okay=False), help="Model file (default: shipped).")
@_user_errors
def tag(tokens_file: str, out: str, model: str | None) -> None:
    """Tag TOKENS_FILE (one token per line, blank line between sentences) with KazNERD IOB2 labels."""
    from kazkg.graph.ner.tagger import tag_file
    from kazkg.graph.outputs import check_output

    check_output(out, [tokens_file] + ([model] if model else []))
    n = tag_file(tokens_file, out, model)
    click.echo(f"tagged {n} tokens -> {out}", err=True)


# --- corpus evaluation (issue 5) ------------------------------------------------------------
@main.command()
@click.argument("gold_dir")
@click.option("--texts", "texts", multiple=True,
              help="Folder holding the NAME.txt articles (repeatable; default: beside the gold files).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON (with missed/spurious items).")
@_user_errors
def evaluate(gold_dir: str, texts: tuple[str, ...], as_json: bool) -> None:
    """Score the graph of each NAME.txt against GOLD_DIR/NAME.gold.json: entity and relation P/R/F1.

    Matching rules: graph/evaluate.py; annotation guidelines: bench/gold/README.md.
    """
    import json

    from kazkg.graph.evaluate import evaluate_dir

    report = evaluate_dir(gold_dir, list(texts) or None)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
    else:
        click.echo(report.to_text(), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
