"""The ``kg`` command line: parse arguments, call one library function, render.

Stdout carries data (Turtle, JSON, tables, answers); stderr carries talk
(progress, summaries, warnings, errors). Every :class:`~kg.errors.KGError` is
caught in one place (:class:`KGGroup`) and becomes a one-line message.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click

from kg import __version__
from kg.errors import EXIT_ERROR, EXIT_OK, EXIT_VIOLATIONS, KGError

EPILOG = """\b
Exit codes:
  0  success; the store conforms to the shapes
  1  SHACL violations, or some inputs failed (the rest was done)
  2  usage error (bad option or argument)
  3  kg's own errors: bad input, missing or locked store, refused query
\b
The store is a directory (default: $KG_STORE, else ~/.local/share/kg/store).
"""


class KGGroup(click.Group):
    """A click group that turns kg's errors into one line and exit code 3."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KGError as err:
            click.echo(f"kg: error: {err}", err=True)
            ctx.exit(EXIT_ERROR)
        except (KeyboardInterrupt, BrokenPipeError):
            ctx.exit(130)
        except OSError as err:
            click.echo(
                f"kg: error: {err.strerror or err}: {err.filename or ''}".rstrip(": "), err=True
            )
            ctx.exit(EXIT_ERROR)


class Settings:
    """Global options, passed to commands through the click context."""

    def __init__(self, store: str | None) -> None:
        self.store_location = store

    def open_store(self, *, write: bool = False):  # noqa: ANN201 - Store or RemoteStore
        """Open the store (a directory or a SPARQL endpoint URL): writers may create it, readers never do."""
        from kg.store import open_store

        if write:
            return open_store(self.store_location, create=True)
        return open_store(self.store_location, read_only=True)


pass_settings = click.make_pass_decorator(Settings)


def date_option(f: Callable) -> Callable:
    """``--date``: the date to use for readouts whose text gives none."""
    return click.option(
        "--date",
        "default_date",
        type=click.DateTime(formats=["%Y-%m-%d"]),
        default=None,
        help="Date (YYYY-MM-DD) for readouts that state none in front matter or dateline.",
    )(f)


def _positive_seconds(_ctx: click.Context, _param: click.Parameter, value: float) -> float:
    """``--timeout``: more than 0 and at most a day (NaN and infinity refused)."""
    if not 0 < value <= 86400:
        raise click.BadParameter("give a number of seconds, more than 0 and at most 86400")
    return value


def format_option(*choices: str, default: str) -> Callable[[Callable], Callable]:
    """``--format`` restricted to ``choices``."""

    def decorate(f: Callable) -> Callable:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(choices, case_sensitive=False),
            default=default,
            show_default=True,
            help="Output format.",
        )(f)

    return decorate


def _day(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value else None


def render_table(
    columns: Sequence[str], rows: Sequence[Sequence[object]], *, width: int = 60
) -> str:
    """A plain-text table, cells cut to ``width`` characters.

    >>> print(render_table(["a", "b"], [[1, "x"]]))
    a  b
    -  -
    1  x
    """
    cells = [[("" if v is None else str(v)).replace("\n", " ") for v in row] for row in rows]
    cells = [[c if len(c) <= width else c[: width - 1] + "\u2026" for c in row] for row in cells]
    widths = [len(c) for c in columns]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=False)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=False)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)).rstrip() for row in cells
    ]
    return "\n".join(lines)


def render_csv(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """CSV text with a header row."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buf.getvalue()


@click.group(cls=KGGroup, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--store",
    envvar="KG_STORE",
    default=None,
    metavar="PATH|URL",
    help="Store directory, or a SPARQL server: http://HOST:7878 (Oxigraph server) or "
    "sparql+http://HOST/PATH?query=..&update=..&store=.. (see kg.remote) "
    "[env: KG_STORE; default ~/.local/share/kg/store].",
)
@click.version_option(__version__, prog_name="kg")
@click.pass_context
def cli(ctx: click.Context, store: str | None) -> None:
    """kg: a knowledge graph of the positions states take in diplomatic readouts.

    \b
    Quick start:
      kg ingest seeds/
      kg ask "who supports one-China"
    """
    ctx.obj = Settings(store)


# ---------------------------------------------------------------- ingest / extract


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@date_option
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for extraction and validation (the store has one writer).",
)
@pass_settings
def ingest(
    settings: Settings, paths: tuple[str, ...], default_date: dt.datetime | None, jobs: int
) -> None:
    """Load, extract, validate and store readouts (files or directories).

    Bad files are reported and skipped; the rest lands. Exit 1 if any failed.

    Example: kg ingest seeds/ more/readout.txt --jobs 2
    """
    from kg.ingest import ingest as run_ingest
    from kg.readout import expand_paths

    files = expand_paths(list(paths))
    if not files:
        from kg.errors import ReadoutError

        raise ReadoutError(
            f"no readout files in {', '.join(paths)} (.txt, .md, .html, .jsonl); nothing ingested"
        )
    with settings.open_store(write=True) as store:
        if len(files) > 1 and sys.stderr.isatty():
            with click.progressbar(length=len(files), label="ingesting", file=sys.stderr) as bar:
                report = run_ingest(
                    store,
                    files,
                    default_date=_day(default_date),
                    progress=lambda _p: bar.update(1),
                    jobs=jobs,
                )
        else:
            report = run_ingest(store, files, default_date=_day(default_date), jobs=jobs)
    for failure in report.failures:
        click.echo(f"kg: skipped {failure.message}", err=True)
    click.echo(
        f"{report.readouts} readout(s) stored ({report.unchanged} unchanged), "
        f"{report.positions} position(s), {len(report.failures)} rejected",
        err=True,
    )
    sys.exit(EXIT_OK if report.ok else EXIT_VIOLATIONS)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@format_option("json", "turtle", default="json")
@date_option
def extract(paths: tuple[str, ...], fmt: str, default_date: dt.datetime | None) -> None:
    """Extract positions from readouts without storing anything.

    JSON is an array of positions: file, date, holder, stance, topic,
    topic_labels, addressee, voiced_by, evidence, start, end.

    Example: kg extract seeds/*.txt --format json > out.json
    """
    from kg.extract import default_extractor, position_record
    from kg.graph import bind_prefixes, build_graph
    from kg.readout import expand_paths, load_batch

    records: list[dict[str, object]] = []
    graph = None
    failed = 0
    extractor = default_extractor()
    for path in expand_paths(list(paths)):
        try:
            batch = load_batch(path, default_date=_day(default_date))
        except KGError as err:
            click.echo(f"kg: skipped {err}", err=True)
            failed += 1
            continue
        for problem in batch.problems:
            click.echo(f"kg: skipped {problem}", err=True)
            failed += 1
        for readout in batch.readouts:
            extraction = extractor.extract(readout)
            if fmt == "json":
                records.extend(position_record(p, readout) for p in extraction.positions)
            else:
                from rdflib import Graph

                graph = graph if graph is not None else bind_prefixes(Graph())
                graph += build_graph(extraction)
    if fmt == "json":
        click.echo(json.dumps(records, indent=1, ensure_ascii=False))
    elif graph is not None:
        click.echo(graph.serialize(format="turtle"))
    sys.exit(EXIT_VIOLATIONS if failed else EXIT_OK)


# ---------------------------------------------------------------- validate / sparql / export


@cli.command()
@pass_settings
def validate(settings: Settings) -> None:
    """Validate the whole store against the SHACL shapes (exit 1 on violations).

    Example: kg validate
    """
    from kg.validate import validate_store

    with settings.open_store() as store:
        report = validate_store(store)
    if report.conforms:
        click.echo("conforms", err=True)
        sys.exit(EXIT_OK)
    click.echo(report.text)
    sys.exit(EXIT_VIOLATIONS)


@cli.command()
@click.argument("query", required=False)
@click.option(
    "-f", "--file", "query_file", type=click.File("r"), help="Read the query from a file."
)
@format_option("table", "json", "csv", "tsv", default="table")
@click.option(
    "--timeout",
    type=float,
    default=30.0,
    show_default=True,
    callback=_positive_seconds,
    help="Seconds before the query is stopped.",
)
@click.option(
    "--allow-update", is_flag=True, help="Permit SPARQL Update; the store is validated afterwards."
)
@pass_settings
def sparql(
    settings: Settings,
    query: str | None,
    query_file: io.TextIOBase | None,
    fmt: str,
    timeout: float,
    allow_update: bool,
) -> None:
    """Run a read-only SPARQL query over all stored readouts.

    JSON output is the W3C SPARQL 1.1 Query Results JSON format. SERVICE and
    LOAD are always refused; updates only with --allow-update.

    Example: kg sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format json
    """
    from kg.sparql import run_query

    if (query is None) == (query_file is None):
        raise click.UsageError("give a QUERY argument or -f FILE (one of them)")
    try:
        text = query if query is not None else query_file.read()  # type: ignore[union-attr]
    except UnicodeDecodeError as err:
        from kg.errors import QueryError

        raise QueryError(
            f"{query_file.name}: not UTF-8 text ({err.reason}); save the query as UTF-8"  # type: ignore[union-attr]
        ) from None
    with settings.open_store(write=allow_update) as store:
        result = run_query(store, text, fmt=fmt, timeout=timeout, allow_update=allow_update)
    if isinstance(result, bytes):
        sys.stdout.buffer.write(result)
        if not result.endswith(b"\n"):
            sys.stdout.buffer.write(b"\n")
    elif hasattr(result, "columns"):
        click.echo(render_table(result.columns, result.rows))
    else:
        click.echo(getattr(result, "text", "") or "conforms")
    conforms = getattr(result, "conforms", True)
    sys.exit(EXIT_OK if conforms else EXIT_VIOLATIONS)


@cli.command()
@format_option("turtle", "nt", "jsonld", "graphml", default="turtle")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Write to this file (atomically)."
)
@pass_settings
def export(settings: Settings, fmt: str, output: str | None) -> None:
    """Export the whole graph: Turtle (deterministic), N-Triples, JSON-LD or GraphML.

    Example: kg export --format turtle -o graph.ttl
    """
    from pathlib import Path

    from kg.export import export as run_export

    with settings.open_store() as store:
        data = run_export(store, fmt, Path(output) if output else None)
    if output is None and data is not None:
        sys.stdout.buffer.write(data)
    elif output:
        click.echo(f"wrote {output}", err=True)


# ---------------------------------------------------------------- positions / ask / topics


def _position_filters(f: Callable) -> Callable:
    f = click.option("--holder", help="State (name, demonym or official).")(f)
    f = click.option("--topic", help="Topic label (narrower topics included).")(f)
    f = click.option(
        "--stance",
        type=click.Choice(["support", "oppose", "offer", "request", "appreciate", "commit"]),
    )(f)
    f = click.option(
        "--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="On or after this date."
    )(f)
    f = click.option(
        "--until", type=click.DateTime(formats=["%Y-%m-%d"]), help="On or before this date."
    )(f)
    return f


@cli.command()
@_position_filters
@format_option("table", "json", "csv", default="table")
@pass_settings
def positions(
    settings: Settings,
    holder: str | None,
    topic: str | None,
    stance: str | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    fmt: str,
) -> None:
    """List stored positions with date and evidence, optionally filtered.

    Example: kg positions --holder Kyrgyzstan --stance support --format table
    """
    from kg.analysis import fetch_positions
    from kg.ask import resolve_state, resolve_topics
    from kg.errors import QueryError

    code = None
    if holder:
        code = resolve_state(holder)
        if code is None:
            raise QueryError(f"unknown state {holder!r}; give a state name, demonym or official")
    topics = None
    if topic:
        topics = resolve_topics(topic)
        if topics is None:
            raise QueryError(f"unknown topic {topic!r}; see `kg topics` for the labels known")
    with settings.open_store() as store:
        rows = fetch_positions(
            store, holder=code, stance=stance, topics=topics, since=_day(since), until=_day(until)
        )
    columns = ["date", "holder", "stance", "topic", "addressee", "voiced_by", "evidence"]
    data = [
        [
            r.date,
            r.holder_label,
            r.stance,
            r.topic_label,
            r.addressee_label,
            r.person_label,
            r.evidence,
        ]
        for r in rows
    ]
    if fmt == "json":
        click.echo(
            json.dumps(
                [
                    dict(zip(columns + ["readout"], d + [r.readout], strict=False))
                    for d, r in zip(data, rows, strict=False)
                ],
                indent=1,
                ensure_ascii=False,
            )
        )
    elif fmt == "csv":
        click.echo(render_csv(columns, data), nl=False)
    else:
        click.echo(render_table(columns, data))


def _endpoint_option(f: Callable) -> Callable:
    return click.option(
        "--endpoint",
        metavar="URL",
        help="Read a remote SPARQL endpoint instead of the store (its default graph "
        "the union of the readouts, vocabularies included).",
    )(f)


def _source(settings: Settings, endpoint: str | None):  # noqa: ANN202 - Store or SparqlEndpoint
    """The store to read: a remote endpoint with ``--endpoint``, else the embedded store."""
    if endpoint:
        from kg.analysis import SparqlEndpoint

        return SparqlEndpoint(endpoint)
    return settings.open_store()


def _position_record(r: Any) -> dict[str, object]:
    return {
        "holder": r.holder_label,
        "stance": r.stance,
        "topic": r.topic_label,
        "addressee": r.addressee_label,
        "voiced_by": r.person_label,
        "date": r.date,
        "evidence": r.evidence,
        "readout": r.readout_name,
    }


@cli.command()
@click.argument("question")
@format_option("text", "json", default="text")
@_endpoint_option
@pass_settings
def ask(settings: Settings, question: str, fmt: str, endpoint: str | None) -> None:
    """Answer a question in plain English, with dates, readouts and evidence.

    \b
    Forms (a trailing "in 2020", "since DATE", "between DATE and DATE" narrows most):
      who supports|opposes|offers|requests|appreciates|commits to X [on Y]
      what did X support|oppose|offer|ask for|appreciate|commit to [from Y]
      when did X [first|last] support Y [on Z]
      what positions did X affirm|reaffirm
      what changed in X's positions [between DATE and DATE]
      who is aligned with X
      does X back Y's T and Y back X's
      what did X say about|to Y;  who spoke for X
      timeline of X;  timeline of topic T

    Example: kg ask "who supports one-China"
    """
    from kg.ask import answer_question, describe

    with _source(settings, endpoint) as store:
        answer = answer_question(store, question)
    if fmt == "json":
        click.echo(
            json.dumps(
                {
                    "question": question,
                    "form": answer.question.kind,
                    "summary": answer.summary,
                    "groups": [
                        {
                            "heading": g.heading,
                            "answers": [_position_record(r) for r in g.rows],
                        }
                        for g in answer.groups
                    ],
                    "answers": [_position_record(r) for r in answer.rows],
                },
                indent=1,
                ensure_ascii=False,
            )
        )
        return
    click.echo(answer.summary)
    for group in answer.groups:
        click.echo(f"\n{group.heading}:")
        for r in group.rows:
            by = f"  [{r.person_label}]" if r.person_label else ""
            click.echo(f"  {r.date}  {describe(r)}{by}")
            click.echo(f"    \u201c{r.evidence}\u201d")
            click.echo(f"    \u2014 {r.readout_name}")


@cli.command()
@click.option(
    "--uncurated", is_flag=True, help="Only topics minted from readouts, awaiting review."
)
@format_option("table", "json", default="table")
@pass_settings
def topics(settings: Settings, uncurated: bool, fmt: str) -> None:
    """List the topics positions are about, with how many positions each.

    Example: kg topics --uncurated
    """
    from kg.analysis import fetch_positions

    with settings.open_store() as store:
        rows = fetch_positions(store)
    counts: dict[tuple[str, str, bool], int] = {}
    for r in rows:
        if uncurated and r.curated:
            continue
        k = (r.topic, r.topic_label, r.curated)
        counts[k] = counts.get(k, 0) + 1
    data = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][1]))
    if fmt == "json":
        click.echo(
            json.dumps(
                [{"topic": k[1], "id": k[0], "curated": k[2], "positions": n} for k, n in data],
                indent=1,
                ensure_ascii=False,
            )
        )
    else:
        click.echo(
            render_table(["topic", "curated", "positions"], [[k[1], k[2], n] for k, n in data])
        )


def main() -> None:
    """Console-script entry point; ``KG_DEBUG=1`` shows tracebacks of internal errors."""
    try:
        cli.main(prog_name="kg")
    except SystemExit:
        raise
    except Exception as err:  # a bug in kg, not bad input: one line unless debugging
        if os.environ.get("KG_DEBUG"):
            raise
        click.echo(
            f"kg: internal error: {type(err).__name__}: {err} (set KG_DEBUG=1 for details)",
            err=True,
        )
        sys.exit(EXIT_ERROR)


if __name__ == "__main__":
    main()
