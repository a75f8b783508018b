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
from typing import TYPE_CHECKING, Any

import click

from kg import __version__
from kg.errors import EXIT_ERROR, EXIT_OK, EXIT_VIOLATIONS, KGError

if TYPE_CHECKING:
    from kg.llm import LLMExtractor

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

    def open_store(self, *, write: bool = False, create: bool = True):  # noqa: ANN201 - Store or RemoteStore
        """Open the store (a directory or a SPARQL endpoint URL): writers may create it, readers never do."""
        from kg.store import open_store

        if write:
            return open_store(self.store_location, create=create)
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


def llm_options(f: Callable) -> Callable:
    """``--extractor`` and the language model's ``--llm-*`` options (each with an env var)."""
    f = click.option(
        "--llm-timeout",
        envvar="KG_LLM_TIMEOUT",
        type=float,
        default=300.0,
        show_default=True,
        callback=_positive_seconds,
        help="Seconds to wait for the model's answer to one readout [env: KG_LLM_TIMEOUT].",
    )(f)
    f = click.option(
        "--llm-api-key",
        envvar="KG_LLM_API_KEY",
        metavar="KEY",
        help="Bearer token, if the server wants one [env: KG_LLM_API_KEY].",
    )(f)
    f = click.option(
        "--llm-model",
        envvar="KG_LLM_MODEL",
        metavar="NAME",
        help="Model name the server knows (as in its /v1/models) [env: KG_LLM_MODEL].",
    )(f)
    f = click.option(
        "--llm-url",
        envvar="KG_LLM_URL",
        metavar="URL",
        help="Base URL of an OpenAI-compatible API, e.g. http://localhost:8080/v1 "
        "[env: KG_LLM_URL].",
    )(f)
    f = click.option(
        "--extractor",
        "extractor_name",
        type=click.Choice(["rules", "llm"]),
        default="rules",
        show_default=True,
        help="rules: the rule extractor; llm: a language model behind an OpenAI-compatible "
        "API (needs --llm-url and --llm-model).",
    )(f)
    return f


def _llm_extractor(
    name: str, url: str | None, model: str | None, api_key: str | None, timeout: float
) -> LLMExtractor | None:
    """The language-model extractor ``--extractor llm`` asks for (None for the rules);
    a missing URL or model is a usage error."""
    if name != "llm":
        return None
    url, model = (url or "").strip(), (model or "").strip()
    missing = [
        option for option, value in (("--llm-url", url), ("--llm-model", model)) if not value
    ]
    if missing:
        raise click.UsageError(
            f"--extractor llm needs {' and '.join(missing)} (or $KG_LLM_URL, $KG_LLM_MODEL); "
            "e.g. --llm-url http://localhost:8080/v1 --llm-model qwen2.5-7b-instruct"
        )
    from kg.errors import ExtractionError
    from kg.llm import LLMConfig, LLMExtractor

    try:
        return LLMExtractor(LLMConfig(url, model, api_key or None, timeout))
    except ExtractionError as err:  # a URL that is no URL: the option is wrong
        raise click.BadParameter(str(err), param_hint="--llm-url") from None


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
@llm_options
@pass_settings
def ingest(
    settings: Settings,
    paths: tuple[str, ...],
    default_date: dt.datetime | None,
    jobs: int,
    extractor_name: str,
    llm_url: str | None,
    llm_model: str | None,
    llm_api_key: str | None,
    llm_timeout: float,
) -> None:
    """Load, extract, validate and store readouts (files or directories).

    Bad files are reported and skipped; the rest lands. Exit 1 if any failed.
    With --extractor llm a language model extracts (one process: the model server
    is the bottleneck); an unreachable server stops the run (exit 3), keeping what
    was stored before.

    \b
    Example: kg ingest seeds/ more/readout.txt --jobs 2
             kg ingest seeds/ --extractor llm --llm-url http://localhost:8080/v1 --llm-model m
    """
    from kg.ingest import ingest as run_ingest
    from kg.readout import expand_paths

    llm = _llm_extractor(extractor_name, llm_url, llm_model, llm_api_key, llm_timeout)
    if llm is not None and jobs > 1:
        raise click.UsageError(
            "--extractor llm runs in one process: drop --jobs (or pass --jobs 1)"
        )

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
                    extractor=llm,
                )
        else:
            report = run_ingest(
                store, files, default_date=_day(default_date), jobs=jobs, extractor=llm
            )
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
@llm_options
def extract(
    paths: tuple[str, ...],
    fmt: str,
    default_date: dt.datetime | None,
    extractor_name: str,
    llm_url: str | None,
    llm_model: str | None,
    llm_api_key: str | None,
    llm_timeout: float,
) -> None:
    """Extract positions from readouts without storing anything.

    JSON is an array of positions: file, date, holder, stance, topic,
    topic_labels (the text's words, the SKOS labels, then the phrase the topic
    was found in), addressee, voiced_by, evidence, start, end.

    With --extractor llm each readout goes to a language model behind an
    OpenAI-compatible API (llama.cpp, vLLM, Ollama); a readout it fails on is
    skipped (exit 1), an unreachable server stops the run (exit 3).

    \b
    Example: kg extract seeds/*.txt --format json > out.json
             kg extract seeds/*.txt --extractor llm --llm-url http://localhost:8080/v1 \\
                 --llm-model qwen2.5-7b-instruct > llm.json
    """
    from kg.errors import ExtractionError, ExtractorUnavailableError
    from kg.extract import default_extractor, position_record
    from kg.graph import bind_prefixes, build_graph
    from kg.readout import expand_paths, load_batch

    llm = _llm_extractor(extractor_name, llm_url, llm_model, llm_api_key, llm_timeout)

    records: list[dict[str, object]] = []
    graph = None
    failed = 0
    extractor = llm or default_extractor()
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
            try:
                if llm is not None:
                    result = llm.run(readout)
                    extraction = result.extraction
                    if result.warning:
                        click.echo(f"kg: warning: {result.warning}", err=True)
                else:
                    extraction = extractor.extract(readout)
            except ExtractorUnavailableError:
                raise  # every further readout would fail alike: one line, exit 3
            except ExtractionError as err:
                click.echo(f"kg: skipped {readout.path}: {err}", err=True)
                failed += 1
                continue
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
@click.option(
    "--engine",
    type=click.Choice(["core", "pyshacl"]),
    default="core",
    show_default=True,
    help="core: kg's compiled SHACL-Core checks; pyshacl: pySHACL itself.",
)
@pass_settings
def validate(settings: Settings, engine: str) -> None:
    """Validate the whole store against the SHACL shapes (exit 1 on violations).

    Example: kg validate --engine pyshacl
    """
    from kg.validate import validate_store

    with settings.open_store() as store:
        report = validate_store(store, engine=engine)
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
    with settings.open_store(write=allow_update, create=False) as store:  # only ingest creates
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
        run_export(store, fmt, Path(output) if output else sys.stdout.buffer)  # streamed
    if output:
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
    if holder is not None:  # an empty --holder "" is an unknown state, not "any state"
        code = resolve_state(holder)
        if code is None:
            raise QueryError(f"unknown state {holder!r}; give a state name, demonym or official")
    topics = None
    if topic is not None:
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
@pass_settings
def ask(settings: Settings, question: str, fmt: str) -> None:
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
      timeline of X;  timeline of topic T;  what is X's position on Y
      did X support Y [on Z];  who did X offer T to

    Example: kg ask "who supports one-China"
    """
    from kg.ask import answer_question, describe

    with settings.open_store() as store:
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


# ---------------------------------------------------------------- analyze / graph

ANALYSES = ("alignment", "reaffirmations", "changes", "reciprocity", "centrality")
STANCE_NAMES = ("support", "oppose", "offer", "request", "appreciate", "commit")


def _state_code(name: str | None, option: str) -> str | None:
    """The ISO code of a state named on the command line (name, demonym or official)."""
    if not name:
        return None
    from kg.ask import resolve_state
    from kg.errors import QueryError

    code = resolve_state(name)
    if code is None:
        raise QueryError(
            f"unknown state {name!r} for {option}; give a state name, demonym or official"
        )
    return code


def _topic_slugs(names: Sequence[str]) -> set[str] | None:
    """The topic slugs (narrower ones included) of topics named on the command line."""
    if not names:
        return None
    from kg.ask import resolve_topics
    from kg.errors import QueryError

    slugs: set[str] = set()
    for name in names:
        found = resolve_topics(name)
        if found is None:
            raise QueryError(f"unknown topic {name!r}; see `kg topics` for the labels known")
        slugs |= found
    return slugs


def _period_options(f: Callable) -> Callable:
    f = click.option(
        "--until",
        metavar="DATE",
        help="Up to this year, month or day (2022, 2022-03, 2022-03-18).",
    )(f)
    f = click.option(
        "--since",
        metavar="DATE",
        help="From this year, month or day (2020, 2020-05, 2020-05-26).",
    )(f)
    return f


def _periods(since: str | None, until: str | None):  # noqa: ANN202 - (Period | None, Period | None)
    from kg.ask import parse_period

    return (parse_period(since) if since else None, parse_period(until) if until else None)


@cli.command()
@click.argument("analysis", type=click.Choice(ANALYSES))
@click.option("--holder", help="The state analysed (required by changes).")
@click.option("--other", help="reciprocity: the second state of the pair.")
@click.option("--topic", help="reciprocity: only positions on this topic (narrower ones included).")
@click.option(
    "--stance",
    type=click.Choice(STANCE_NAMES),
    default="support",
    show_default=True,
    help="reciprocity: the stance counted.",
)
@_period_options
@click.option("--limit", type=click.IntRange(min=1), help="At most this many rows.")
@format_option("table", "json", "csv", default="table")
@pass_settings
def analyze(
    settings: Settings,
    analysis: str,
    holder: str | None,
    other: str | None,
    topic: str | None,
    stance: str,
    since: str | None,
    until: str | None,
    limit: int | None,
    fmt: str,
) -> None:
    """Analyses of the stance network, as a table, JSON or CSV.

    \b
      alignment       states ranked by shared (stance, topic) pairs (Jaccard)
      reaffirmations  the same stance on the same topic on two or more dates
      changes         new, dropped and reversed positions of --holder, from the
                      --since period to the --until period (default: its first
                      and last dates)
      reciprocity     pairs of states and the positions each addressed to the other
      centrality      degree and betweenness centrality of states and topics

    Example: kg analyze alignment --holder China --format json
    """
    from kg import analysis as an
    from kg.errors import QueryError

    code = _state_code(holder, "--holder")
    other_code = _state_code(other, "--other")
    topics = _topic_slugs([topic] if topic else [])
    before, after = _periods(since, until)
    start, end = (before[0] if before else None), (after[1] if after else None)
    with settings.open_store() as store:
        rows = an.fetch_positions(store, since=start, until=end)
    graph = an.project(rows)
    columns: list[str]
    table: list[list[object]] = []
    records: list[dict[str, object]] = []
    if analysis == "alignment":
        columns = ["state", "other", "jaccard", "shared", "shared_positions"]
        for a in an.alignment(graph, code, limit=limit):
            pairs = [f"{s} {label}" for s, _, label in a.shared]
            table.append([a.state_label, a.other_label, a.score, len(a.shared), "; ".join(pairs)])
            records.append(
                {
                    "state": a.state_label,
                    "other": a.other_label,
                    "jaccard": a.score,
                    "shared": [{"stance": s, "topic": label} for s, _, label in a.shared],
                    "evidence": [_position_record(r) for r in a.evidence],
                }
            )
    elif analysis == "reaffirmations":
        columns = ["holder", "stance", "topic", "times", "dates"]
        for x in an.reaffirmations(graph, code)[:limit]:
            table.append(
                [x.holder_label, x.stance, x.topic_label, len(x.dates), ", ".join(x.dates)]
            )
            records.append(
                {
                    "holder": x.holder_label,
                    "stance": x.stance,
                    "topic": x.topic_label,
                    "dates": list(x.dates),
                    "evidence": [_position_record(r) for r in x.rows],
                }
            )
    elif analysis == "changes":
        if code is None:
            raise QueryError("changes needs --holder STATE; e.g. kg analyze changes --holder China")
        ch = an.changes(graph, code, since=start, until=end, before=before, after=after)
        click.echo(
            f"{ch.holder_label}: {', '.join(ch.before_dates) or '-'} -> "
            f"{', '.join(ch.after_dates) or '-'}",
            err=True,
        )
        columns = ["change", "topic", "before", "after", "dates", "evidence"]
        for c in ch.changes[:limit]:
            dates = ", ".join(sorted({r.date for r in c.rows}))
            table.append([c.kind, c.topic_label, c.before, c.after, dates, c.rows[0].evidence])
            records.append(
                {
                    "change": c.kind,
                    "topic": c.topic_label,
                    "before": c.before,
                    "after": c.after,
                    "from_dates": list(ch.before_dates),
                    "to_dates": list(ch.after_dates),
                    "evidence": [_position_record(r) for r in c.rows],
                }
            )
    elif analysis == "reciprocity":
        columns = ["state", "other", "reciprocal", "state_to_other", "other_to_state", "topics"]
        for p in an.reciprocity(graph, code, other_code, stance=stance, topics=topics)[:limit]:
            names = sorted({r.topic_label for r in p.forward + p.backward}, key=str.casefold)
            table.append(
                [
                    p.state_label,
                    p.other_label,
                    p.reciprocal,
                    len(p.forward),
                    len(p.backward),
                    "; ".join(names),
                ]
            )
            records.append(
                {
                    "state": p.state_label,
                    "other": p.other_label,
                    "stance": stance,
                    "reciprocal": p.reciprocal,
                    "state_to_other": [_position_record(r) for r in p.forward],
                    "other_to_state": [_position_record(r) for r in p.backward],
                }
            )
    else:
        columns = ["kind", "name", "positions", "degree", "betweenness"]
        for c in an.centrality(graph)[:limit]:
            table.append([c.kind, c.label, c.positions, c.degree, c.betweenness])
            records.append(dict(zip(columns, table[-1], strict=True)))
    if fmt == "json":
        click.echo(json.dumps(records, indent=1, ensure_ascii=False))
    elif fmt == "csv":
        click.echo(render_csv(columns, table), nl=False)
    else:
        click.echo(render_table(columns, table))


@cli.command("graph")
@click.option("--holder", multiple=True, help="Only this state's positions (repeatable).")
@click.option(
    "--topic", multiple=True, help="Only this topic, narrower ones included (repeatable)."
)
@click.option(
    "--stance",
    type=click.Choice(STANCE_NAMES),
    multiple=True,
    help="Only this stance (repeatable).",
)
@_period_options
@click.option(
    "--max-topics",
    type=click.IntRange(1, 500),
    default=50,
    show_default=True,
    help="Show at most this many topics, those with the most positions.",
)
@click.option("--title", default="Stance network", show_default=True, help="Title of the picture.")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="The file to write: .html (a page) or .svg.",
)
@pass_settings
def graph_command(
    settings: Settings,
    holder: tuple[str, ...],
    topic: tuple[str, ...],
    stance: tuple[str, ...],
    since: str | None,
    until: str | None,
    max_topics: int,
    title: str,
    output: str,
) -> None:
    """Draw the stance network: states and topics, edges coloured by stance and labelled with dates.

    The HTML page and the SVG are self-contained (no script, no network).

    Example: kg graph --holder Kyrgyzstan --since 2020 -o stance-network.html
    """
    from pathlib import Path

    from kg.analysis import fetch_positions
    from kg.errors import QueryError
    from kg.export import write_atomic
    from kg.picture import draw

    suffix = Path(output).suffix.lower()
    if suffix not in (".html", ".htm", ".svg"):
        raise click.BadParameter("give a file name ending in .html or .svg", param_hint="-o")
    codes = {_state_code(h, "--holder") for h in holder}
    topics = _topic_slugs(topic)
    before, after = _periods(since, until)
    with settings.open_store() as store:
        rows = fetch_positions(
            store,
            topics=topics,
            since=before[0] if before else None,
            until=after[1] if after else None,
        )
    rows = [
        r for r in rows if (not codes or r.holder in codes) and (not stance or r.stance in stance)
    ]
    if not rows:
        raise QueryError("no stored position matches these options; widen --holder/--topic/--since")
    picture = draw(rows, max_topics=max_topics, title=title)
    data = picture.svg if suffix == ".svg" else picture.html
    write_atomic(Path(output), data.encode("utf-8"))
    hidden = f" ({picture.hidden_topics} more topics not shown)" if picture.hidden_topics else ""
    click.echo(
        f"wrote {output}: {picture.states} states, {picture.topics} topics, "
        f"{picture.positions} positions{hidden}",
        err=True,
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
