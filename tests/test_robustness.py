"""Bad input, faults and hostile queries: clear errors, nothing lost, nothing leaks.

Each case runs through the command line, in process (click's CliRunner) or, where a
real process is needed (kill -9, two writers, no traceback), as the installed
``kg`` script. What a user must see: one line on stderr, a non-zero exit code,
never a traceback, and a store exactly as it was before the failed input.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import Result
from conftest import Listener, make_runner

from kg.cli import cli
from kg.errors import EXIT_ERROR, EXIT_OK, EXIT_USAGE, EXIT_VIOLATIONS
from kg.readout import MAX_BYTES
from kg.store import Store

KG_SCRIPT = Path(sys.executable).parent / "kg"
READOUT_COUNT = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a kg:Readout }"
POSITION_COUNT = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a kg:Position }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SUMMARY = re.compile(
    r"(\d+) readout\(s\) stored \((\d+) unchanged\), (\d+) position\(s\), (\d+) rejected"
)


# ---------------------------------------------------------------- helpers


def kg(store: Path | str, *args: str, input: str | None = None) -> Result:
    """``kg --store STORE ARGS`` in process; any exception but SystemExit fails the test."""
    result = make_runner().invoke(cli, ["--store", str(store), *args], input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"kg {' '.join(args)} raised {result.exception!r}") from (
            result.exception
        )
    return result


def run_kg(*args: str, timeout: float = 120, **kwargs: object) -> subprocess.CompletedProcess:
    """The installed ``kg`` script in a real process."""
    env = {k: v for k, v in os.environ.items() if k not in ("KG_STORE", "KG_DEBUG")}
    return subprocess.run(
        [str(KG_SCRIPT), *args], capture_output=True, text=True, timeout=timeout, env=env, **kwargs
    )


def assert_one_line_error(result: Result | subprocess.CompletedProcess, code: int = EXIT_ERROR):
    """Exit ``code``, nothing on stdout, one ``kg: error:`` line on stderr; returns that line."""
    exit_code = getattr(result, "exit_code", getattr(result, "returncode", None))
    assert exit_code == code, (exit_code, result.stdout, result.stderr)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: error: "), lines[0]
    return lines[0]


def nt(store: Path) -> bytes:
    """``kg export --format nt``: the store's canonical, sorted N-Triples."""
    result = kg(store, "export", "--format", "nt")
    assert result.exit_code == EXIT_OK, result.stderr
    return result.stdout_bytes


def count(store: Path, query: str = READOUT_COUNT) -> int:
    result = kg(store, "sparql", query, "--format", "csv")
    assert result.exit_code == EXIT_OK, result.stderr
    return int(result.stdout.split()[-1])


def copy_store(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


@pytest.fixture
def store(seed_store: Path, tmp_path: Path) -> Path:
    """A private copy of the seeded store, to be changed (or not) by the test."""
    return copy_store(seed_store, tmp_path / "store")


@pytest.fixture(scope="module")
def seed_nt(seed_store: Path) -> bytes:
    """The N-Triples of the seeded store, the 'before' of every unchanged-store check."""
    return nt(seed_store)


# ---------------------------------------------------------------- synthetic readouts

STATES = [
    ("Kyrgyzstan", "Kyrgyz"), ("Kazakhstan", "Kazakh"), ("Tajikistan", "Tajik"),
    ("Uzbekistan", "Uzbek"), ("Pakistan", "Pakistani"), ("Cambodia", "Cambodian"),
    ("Serbia", "Serbian"), ("Mongolia", "Mongolian"), ("Laos", "Lao"), ("Nepal", "Nepali"),
]  # fmt: skip
TOPICS = [
    "the one-China policy", "multilateralism", "the Belt and Road Initiative",
    "free trade", "the World Health Organization", "the peaceful use of outer space",
]  # fmt: skip
OFFERS = ["vaccines", "medical supplies", "training for diplomats", "technical assistance"]


def write_corpus(directory: Path, n: int, *, start: int = 0) -> list[Path]:
    """``n`` small readouts with front matter, varied states, dates and topics."""
    directory.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(start, start + n):
        state, adjective = STATES[i % len(STATES)]
        topic = TOPICS[(i // 2) % len(TOPICS)]
        offer = OFFERS[(i // 3) % len(OFFERS)]
        day = dt.date(2018, 1, 1) + dt.timedelta(days=5 * i + i % 3)
        path = directory / f"readout-{i:04d}.txt"
        path.write_text(
            f"---\ntitle: Foreign ministers of China and {state} meet (round {i})\n"
            f"date: {day.isoformat()}\npublisher: Synthetic Desk\n---\n"
            f"On {day.day} {day:%B}, Foreign Minister Wang Yi met the {adjective} foreign "
            f"minister for the {i + 1}th round of consultations.\n\n"
            f"{state} firmly supports {topic} and opposes interference in the internal "
            f"affairs of other countries.\n\n"
            f"China is ready to provide {offer} to {state}, Wang said.\n",
            encoding="utf-8",
        )
        files.append(path)
    return files


# ---------------------------------------------------------------- bad input

BAD_INPUTS = [
    pytest.param("empty.txt", b"", "the file is empty", id="empty"),
    pytest.param("blank.md", b"  \n\t\n\n", "the file is empty", id="blank"),
    pytest.param("image.txt", bytes(range(256)) * 16, "binary file, not a readout", id="binary"),
    pytest.param("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file", id="pdf"),
    pytest.param(
        "latin.txt",
        b"---\ndate: 2020-05-26\n---\nChina supports caf\xe9 diplomacy \x81\x8d.\n",
        "not UTF-8 text; convert it with e.g. 'iconv -t UTF-8'",
        id="non-utf8",
    ),
    pytest.param(
        "huge.txt",
        b"---\ndate: 2020-05-26\n---\n" + b"China supports peace. " * (MAX_BYTES // 20),
        f"is larger than any readout (limit {MAX_BYTES:,})",
        id="too-large",
    ),
    pytest.param(
        "feb30.txt",
        b"---\ndate: 2020-02-30\n---\nChina supports multilateralism.\n",
        "front matter invalid date '2020-02-30': day is out of range for month",
        id="invalid-date",
    ),
    pytest.param(
        "someday.txt",
        b"---\ndate: next Tuesday\n---\nChina supports multilateralism.\n",
        "front matter cannot read the date 'next Tuesday'; write it as YYYY-MM-DD",
        id="unreadable-date",
    ),
    pytest.param(
        "undated.txt",
        b"China supports multilateralism.\n",
        "no date found",
        id="no-date",
    ),
    pytest.param(
        "meta.txt",
        b"---\ntitle: Nothing but metadata\ndate: 2020-05-26\n---\n\n",
        "no readout text",
        id="metadata-only",
    ),
    pytest.param("lines.jsonl", b"{not json\n", "not valid JSON", id="bad-jsonl"),
    pytest.param("missing.txt", None, "no such file", id="missing-path"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_INPUTS)
def test_bad_input_is_one_line_and_leaves_the_store_as_it_was(
    store: Path, seed_nt: bytes, tmp_path: Path, name: str, data: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    result = kg(store, "ingest", str(path))
    assert result.exit_code == EXIT_VIOLATIONS, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("kg: skipped ")]
    assert skipped == [line for line in result.stderr.splitlines() if not SUMMARY.fullmatch(line)]
    assert len(skipped) == 1, result.stderr
    assert skipped[0].startswith(f"kg: skipped {path}")
    assert message in skipped[0]
    assert SUMMARY.fullmatch(result.stderr.splitlines()[-1]).groups() == ("0", "0", "0", "1")
    assert nt(store) == seed_nt


def test_windows_1252_text_is_decoded_as_a_fallback(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    text = (
        "---\ndate: 2020-05-26\n---\nWang said China firmly supports \u201cmultilateralism\u201d.\n"
    )
    path.write_bytes(text.encode("cp1252"))
    store = tmp_path / "store"
    result = kg(store, "ingest", str(path))
    assert result.exit_code == EXIT_OK, result.stderr
    assert SUMMARY.fullmatch(result.stderr.strip()).group(1) == "1"
    evidence = kg(store, "positions", "--format", "json")
    assert "\u201cmultilateralism\u201d" in evidence.stdout


def test_directory_with_bad_files_among_good_ones(
    tmp_path: Path, seeds_dir: Path, seed_nt: bytes
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    (corpus / "nested").mkdir()
    (corpus / "nested" / "empty.md").write_bytes(b"")
    (corpus / "gone.txt").symlink_to("deleted.txt")  # a dangling link is reported, not dropped
    store = tmp_path / "store"
    result = kg(store, "ingest", str(corpus))
    assert result.exit_code == EXIT_VIOLATIONS, result.stderr
    assert "Traceback" not in result.stderr
    skipped = sorted(line for line in result.stderr.splitlines() if line.startswith("kg: skipped"))
    assert skipped == [
        f"kg: skipped {corpus / 'broken.txt'}: binary file, not a readout "
        "(give a text, HTML or JSONL file)",
        f"kg: skipped {corpus / 'gone.txt'}: no such file",
        f"kg: skipped {corpus / 'nested' / 'empty.md'}: the file is empty",
    ]
    assert SUMMARY.search(result.stderr).group(1, 4) == ("2", "3")
    assert nt(store) == seed_nt  # the good ones landed, whole; nothing of the bad ones


def test_directory_without_readouts_is_an_error_and_creates_no_store(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF-1.7")
    store = tmp_path / "store"
    line = assert_one_line_error(kg(store, "ingest", str(empty)))
    assert line == (
        f"kg: error: no readout files in {empty} (.txt, .md, .html, .jsonl); nothing ingested"
    )
    assert not store.exists()


def test_bad_input_in_a_real_process_shows_no_traceback(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 4)
    store = tmp_path / "store"
    proc = run_kg("--store", str(store), "ingest", str(tmp_path / "image.txt"), "nowhere.txt")
    assert proc.returncode == EXIT_VIOLATIONS
    assert "Traceback" not in proc.stderr
    assert proc.stderr.splitlines() == [
        f"kg: skipped {tmp_path / 'image.txt'}: binary file, not a readout "
        "(give a text, HTML or JSONL file)",
        "kg: skipped nowhere.txt: no such file",
        "0 readout(s) stored (0 unchanged), 0 position(s), 2 rejected",
    ]


# ---------------------------------------------------------------- read-only commands

READ_ONLY = [
    pytest.param(["validate"], id="validate"),
    pytest.param(["sparql", READOUT_COUNT], id="sparql"),
    pytest.param(["export", "--format", "nt"], id="export"),
    pytest.param(["positions"], id="positions"),
    pytest.param(["ask", "who supports multilateralism"], id="ask"),
    pytest.param(["topics"], id="topics"),
]


@pytest.mark.parametrize("args", READ_ONLY)
@pytest.mark.parametrize("where", ["missing", "empty-dir", "env"])
def test_read_only_commands_never_create_a_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], where: str
) -> None:
    location = tmp_path / "no" / "store"
    if where == "empty-dir":
        location.mkdir(parents=True)
    if where == "env":
        monkeypatch.setenv("KG_STORE", str(location))
        result = make_runner().invoke(cli, args)
    else:
        result = kg(location, *args)
    line = assert_one_line_error(result)
    assert line == f"kg: error: no kg store at {location}; create one with `kg ingest`"
    if where == "empty-dir":
        assert list(location.iterdir()) == []  # not even a lock file
    else:
        assert not location.parent.exists()


def test_sparql_update_never_creates_a_store(tmp_path: Path) -> None:
    location = tmp_path / "typo"
    line = assert_one_line_error(kg(location, "sparql", "--allow-update", "CLEAR ALL"))
    assert "no kg store at" in line
    assert not location.exists()


# ---------------------------------------------------------------- kg sparql is read-only

UPDATES = [
    pytest.param("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "INSERT DATA", id="insert-data"),
    pytest.param(
        "DELETE DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }", "DELETE DATA", id="delete"
    ),
    pytest.param("DELETE WHERE { GRAPH ?g { ?s ?p ?o } }", "DELETE WHERE", id="delete-where"),
    pytest.param(
        "DELETE { GRAPH ?g { ?p kg:holder ?h } } WHERE { GRAPH ?g { ?p kg:holder ?h } }",
        "DELETE/INSERT",
        id="modify",
    ),
    pytest.param("CLEAR ALL", "CLEAR", id="clear"),
    pytest.param("DROP ALL", "DROP", id="drop"),
    pytest.param("drop silent default", "DROP", id="drop-lowercase"),
    pytest.param("CREATE GRAPH <urn:g>", "CREATE", id="create"),
    pytest.param("ADD DEFAULT TO <urn:g>", "ADD", id="add"),
    pytest.param("MOVE DEFAULT TO <urn:g>", "MOVE", id="move"),
    pytest.param("COPY DEFAULT TO <urn:g>", "COPY", id="copy"),
    pytest.param("PREFIX ex: <http://a/>\nINSERT DATA { ex:a ex:b ex:c }", "INSERT DATA", id="p"),
]


@pytest.mark.parametrize(("update", "kind"), UPDATES)
def test_updates_are_refused(store: Path, seed_nt: bytes, update: str, kind: str) -> None:
    line = assert_one_line_error(kg(store, "sparql", update))
    assert line == (
        f"kg: error: updates are refused ({kind}); kg sparql is read-only unless you pass "
        "--allow-update"
    )
    assert nt(store) == seed_nt


@pytest.mark.parametrize("allow", [False, True], ids=["read-only", "allow-update"])
def test_load_is_refused_even_with_allow_update(store: Path, seed_nt: bytes, allow: bool) -> None:
    flags = ["--allow-update"] if allow else []
    line = assert_one_line_error(kg(store, "sparql", *flags, "LOAD <http://127.0.0.1:9/x.ttl>"))
    assert line == "kg: error: LOAD is refused: kg never fetches data from URLs; use `kg ingest`"
    assert nt(store) == seed_nt


def test_allow_update_validates_the_result(store: Path) -> None:
    # a harmless change: the store still conforms
    ok = kg(
        store,
        "sparql",
        "--allow-update",
        "DELETE { GRAPH ?g { ?r dcterms:publisher ?p } } WHERE { GRAPH ?g { ?r dcterms:publisher ?p } }",
    )
    assert ok.exit_code == EXIT_OK, (ok.stdout, ok.stderr)
    assert ok.stdout.strip() == "Conforms: no violations."
    # a harmful one: positions lose their holder; the report says so, exit 1
    bad = kg(
        store,
        "sparql",
        "--allow-update",
        "DELETE { GRAPH ?g { ?p kg:holder ?h } } WHERE { GRAPH ?g { ?p kg:holder ?h } }",
    )
    assert bad.exit_code == EXIT_VIOLATIONS, (bad.stdout, bad.stderr)
    assert re.search(r"^Violation: position:\S+ kg:holder: ", bad.stdout, re.M), bad.stdout
    assert kg(store, "validate").exit_code == EXIT_VIOLATIONS


@pytest.mark.parametrize(
    "update",
    [
        pytest.param("INSERT DATA { <urn:x> a kg:Position }", id="default-graph"),
        pytest.param("INSERT DATA { GRAPH graph:notes { <urn:x> a kg:Position } }", id="own"),
    ],
)
def test_allow_update_validates_data_outside_readout_graphs(store: Path, update: str) -> None:
    """Regression: validation covered readout graphs only, so these 'conformed'."""
    result = kg(store, "sparql", "--allow-update", update)
    assert result.exit_code == EXIT_VIOLATIONS, (result.stdout, result.stderr)
    assert "Violation: urn:x kg:holder: Position has no holder state" in result.stdout


def test_allow_update_may_annotate_in_a_graph_of_its_own(store: Path) -> None:
    result = kg(
        store,
        "sparql",
        "--allow-update",
        "INSERT DATA { GRAPH graph:notes { state:CHN rdfs:comment 'checked' } }",
    )
    assert result.exit_code == EXIT_OK, (result.stdout, result.stderr)
    assert result.stdout.strip() == "Conforms: no violations."


@pytest.mark.parametrize(
    ("query", "message"),
    [
        pytest.param("#", "the query is empty (only comments or prefixes)", id="comment-only"),
        pytest.param("   ", "the query is empty; give a SPARQL query", id="blank"),
        pytest.param("SELECT * WHERE { ?s ?p }", "SPARQL syntax error at line 1", id="syntax"),
        pytest.param(
            "SELECT * WHERE " + "{" * 2000 + "}" * 2000, "nested too deeply", id="deep-nesting"
        ),
        pytest.param(
            'SELECT * WHERE { ?s ?p "\\u005Cu0041" }', "spells another escape", id="nested-escape"
        ),
    ],
)
def test_bad_queries_are_one_line_errors(seed_store: Path, query: str, message: str) -> None:
    """Regression (comment-only): parsed as an empty update, it raised AttributeError."""
    line = assert_one_line_error(kg(seed_store, "sparql", query))
    assert message in line


def test_query_file_that_is_not_utf8(seed_store: Path, tmp_path: Path) -> None:
    """Regression: a Latin-1 query file was an internal error (UnicodeDecodeError)."""
    query = tmp_path / "q.rq"
    query.write_bytes(b'SELECT * WHERE { ?s ?p "caf\xe9" }')
    line = assert_one_line_error(kg(seed_store, "sparql", "-f", str(query)))
    assert line == (
        f"kg: error: {query}: not UTF-8 text (invalid continuation byte); save the query as UTF-8"
    )


# ---------------------------------------------------------------- no network, ever


def test_the_listener_sees_a_service_call(listener: Listener) -> None:
    """The trap works: pyoxigraph alone does call the endpoint."""
    import pyoxigraph as ox

    with pytest.raises((OSError, RuntimeError)):
        list(ox.Store().query(f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"))
    time.sleep(0.1)
    assert listener.connections >= 1


SERVICE_QUERIES = [
    pytest.param("SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", id="service"),
    pytest.param("select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}", id="silent"),
    pytest.param(
        "SELECT * WHERE {{ VALUES ?e {{ <{url}> }} SERVICE ?e {{ ?s ?p ?o }} }}", id="variable"
    ),
    pytest.param(
        "SELECT * WHERE {{ OPTIONAL {{ {{ SELECT ?s WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }} }}",
        id="nested",
    ),
    pytest.param("SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}", id="escaped-keyword"),
    pytest.param(
        "ASK {{ ?a ?b ?c # comment\n SERVICE <{url}> {{ ?s ?p ?o }} }}", id="after-comment"
    ),
]


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_service_is_refused_and_opens_no_connection(
    seed_store: Path, listener: Listener, template: str
) -> None:
    line = assert_one_line_error(kg(seed_store, "sparql", template.format(url=listener.url)))
    assert line == "kg: error: SERVICE clauses are refused: kg never queries other endpoints"
    time.sleep(0.1)
    assert listener.connections == 0


# rdflib applies \u escapes to the whole text before parsing, Oxigraph only inside
# strings and IRIs: "\u005C" (a backslash) then ended a string for one parser and
# not the other, and the guard passed a SERVICE (or LOAD) it could not see.
SMUGGLED_SERVICE = (
    'SELECT * WHERE {{ BIND("\\u005C" AS ?x) SERVICE <{url}> {{ ?s ?p ?o }} # " AS ?y)\n}}'
)
SMUGGLED_LOAD = (
    'INSERT DATA {{ GRAPH <urn:g> {{ <urn:a> <urn:b> "\\u005C" }} }} ; LOAD <{url}> # " }} }}\n'
)


def test_service_smuggled_through_an_escape_opens_no_connection(
    seed_store: Path, listener: Listener
) -> None:
    """Regression: this query made ``kg sparql`` connect to the listener."""
    result = kg(seed_store, "sparql", SMUGGLED_SERVICE.format(url=listener.url))
    assert result.exit_code in (EXIT_OK, EXIT_ERROR), (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    time.sleep(0.1)
    assert listener.connections == 0


def test_load_smuggled_through_an_escape_opens_no_connection(
    store: Path, listener: Listener
) -> None:
    """Regression: with --allow-update this LOAD reached the listener."""
    result = kg(store, "sparql", "--allow-update", SMUGGLED_LOAD.format(url=listener.url))
    assert "Traceback" not in result.stderr
    time.sleep(0.1)
    assert listener.connections == 0


def test_smuggled_service_through_the_library_opens_no_connection(
    seed_store: Path, listener: Listener
) -> None:
    """The Store methods run the text their guard checked, with or without a time limit."""
    from kg.errors import KGError
    from kg.sparql import run_query

    query = SMUGGLED_SERVICE.format(url=listener.url)
    with Store.open(seed_store, read_only=True) as s:
        for run in (
            lambda: s.select(query),
            lambda: s.select(query, timeout=10),
            lambda: s.query_raw(query),
            lambda: run_query(s, query, timeout=None),
        ):
            with contextlib.suppress(KGError):
                run()
    time.sleep(0.1)
    assert listener.connections == 0


def test_service_refused_in_a_real_process(seed_store: Path, listener: Listener) -> None:
    proc = run_kg(
        "--store", str(seed_store), "sparql", f"ASK {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
    )
    line = assert_one_line_error(proc)
    assert "SERVICE clauses are refused" in line
    assert listener.connections == 0


# ---------------------------------------------------------------- time limit


def test_runaway_query_is_stopped_by_the_time_limit(seed_store: Path) -> None:
    start = time.monotonic()
    proc = run_kg("--store", str(seed_store), "sparql", "--timeout", "1", RUNAWAY)
    elapsed = time.monotonic() - start
    line = assert_one_line_error(proc)
    assert line == "kg: error: query exceeded the 1 s time limit; narrow it or raise --timeout"
    assert elapsed < 15, elapsed


def test_the_time_limit_has_a_documented_default() -> None:
    result = make_runner().invoke(cli, ["sparql", "--help"])
    assert result.exit_code == EXIT_OK
    text = " ".join(result.stdout.split())
    assert "--timeout FLOAT Seconds before the query is stopped. [default: 30.0]" in text, text
    assert "--allow-update Permit SPARQL Update; the store is validated afterwards." in text


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "1e300", "soon"])
def test_bad_time_limits_are_usage_errors(seed_store: Path, value: str) -> None:
    """Regression: 0 and -1 ran into 'exceeded the 0 s time limit'; nan/inf crashed."""
    result = kg(seed_store, "sparql", "--timeout", value, READOUT_COUNT)
    assert result.exit_code == EXIT_USAGE, result.stderr
    assert "Invalid value for '--timeout'" in result.stderr
    assert "Traceback" not in result.stderr


# ---------------------------------------------------------------- no interpolation

HOSTILE = [
    '"} UNION { ?s ?p ?o } #',
    "'; DROP ALL ; #",
    "} } DELETE WHERE { ?s ?p ?o } #",
    "SELECT * WHERE { ?s ?p ?o }",
    "\\u0022 } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } #",
    "<http://127.0.0.1:9/> ?p ?o",
    "' OR 1=1 --",
]


class QueryLog:
    """Every query text the store is asked to run."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.texts: list[str] = []
        for name in ("select", "ask", "query_raw", "update"):
            original = getattr(Store, name)

            def spy(self_, query, *args, _original=original, **kwargs):  # noqa: ANN001
                self.texts.append(query)
                return _original(self_, query, *args, **kwargs)

            monkeypatch.setattr(Store, name, spy)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_question_is_an_unknown_topic(
    seed_store: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    log = QueryLog(monkeypatch)
    line = assert_one_line_error(kg(seed_store, "ask", f"who supports {text}"))
    assert "unknown topic" in line, line
    assert not any(text in q for q in log.texts)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_filters_are_unknown_names(
    seed_store: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    log = QueryLog(monkeypatch)
    topic = assert_one_line_error(kg(seed_store, "positions", "--topic", text))
    assert "unknown topic" in topic, topic
    holder = assert_one_line_error(kg(seed_store, "positions", "--holder", text))
    assert "unknown state" in holder, holder
    assert not any(text in q for q in log.texts)


@pytest.mark.parametrize("option", ["--holder", "--topic"])
@pytest.mark.parametrize("value", ["", "   "])
def test_empty_filters_are_errors_not_wildcards(seed_store: Path, option: str, value: str) -> None:
    """Regression: ``--holder ""`` (an unset shell variable) listed every position."""
    line = assert_one_line_error(kg(seed_store, "positions", option, value))
    assert "unknown state" in line or "unknown topic" in line


def test_quotes_and_braces_around_a_known_topic_are_not_sparql(
    seed_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Punctuation is stripped from a question; what resolves is bound, never spliced in."""
    log = QueryLog(monkeypatch)
    plain = kg(seed_store, "ask", "who supports one-China", "--format", "json")
    hostile_text = 'who supports "one-China" } # {'
    hostile = kg(seed_store, "ask", hostile_text, "--format", "json")
    assert plain.exit_code == hostile.exit_code == EXIT_OK, (plain.stderr, hostile.stderr)
    assert json.loads(plain.stdout)["answers"] == json.loads(hostile.stdout)["answers"]
    assert json.loads(plain.stdout)["answers"]
    assert log.texts and not any("one-China" in q or '"one' in q for q in log.texts)


# ---------------------------------------------------------------- damaged stores


def _garble(store: Path, case: str) -> str:
    if case == "marker-garbage":
        (store / "kg-store.json").write_text("{oops", encoding="utf-8")
        return "kg-store.json is unreadable"
    if case == "marker-foreign":
        (store / "kg-store.json").write_text('{"format": "other"}', encoding="utf-8")
        return "kg-store.json is not a kg store marker; re-create the store"
    if case == "marker-version":
        (store / "kg-store.json").write_text('{"format": "kg-store", "version": 99}')
        return "has format version 99"
    if case == "no-data":
        shutil.rmtree(store / "oxigraph")
        return "has no oxigraph/ directory; re-create it"
    (store / "oxigraph" / "CURRENT").write_text("garbage\n", encoding="utf-8")
    return "cannot open the store at"


@pytest.mark.parametrize(
    "case", ["marker-garbage", "marker-foreign", "marker-version", "no-data", "rocksdb"]
)
@pytest.mark.parametrize("args", [["validate"], ["ingest", "nowhere.txt"]], ids=["read", "write"])
def test_a_damaged_store_is_a_clear_error(store: Path, case: str, args: list[str]) -> None:
    message = _garble(store, case)
    line = assert_one_line_error(kg(store, *args))
    assert message in line, line


# ---------------------------------------------------------------- two writers, locks


def test_a_locked_store_is_a_clear_error(
    store: Path, seed_nt: bytes, seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(Store.open.__func__.__kwdefaults__, "lock_timeout", 0.3)
    extra = write_corpus(tmp_path / "more", 2)
    holder = Store.open(store)  # another writer, holding the store
    try:
        for args in (["ingest", str(extra[0])], ["validate"], ["sparql", READOUT_COUNT]):
            line = assert_one_line_error(kg(store, *args))
            assert line == (
                f"kg: error: store {store} is locked by another kg process; wait for it to finish"
            )
    finally:
        holder.close()
    assert nt(store) == seed_nt


def test_forked_children_do_not_keep_the_store_locked(tmp_path: Path) -> None:
    """Regression: ingest workers inherited the flock and kept it after kill -9 of kg."""
    location = tmp_path / "store"
    with Store.open(location, create=True):
        pid = os.fork()
        if pid == 0:  # the child outlives its parent's hold on the store
            time.sleep(3)
            os._exit(0)
    try:
        with Store.open(location, lock_timeout=0.5) as again:
            assert again.readout_count() == 0
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)


def test_a_creator_that_lost_the_race_opens_the_winners_store(tmp_path: Path) -> None:
    """Regression: a second creator saw the first one's marker file as foreign content."""
    from kg.store import _prepare_new_directory

    location = tmp_path / "store"
    Store.open(location, create=True).close()
    _prepare_new_directory(location)  # what the loser runs after its marker check said "none"
    with Store.open(location, create=True) as s:
        assert s.readout_count() == 0


def test_two_writers_at_once(tmp_path: Path) -> None:
    """Both finish, or the second fails with 'locked'; nothing is lost or corrupted."""
    a = write_corpus(tmp_path / "a", 30)
    b = write_corpus(tmp_path / "b", 30, start=500)
    store = tmp_path / "store"  # created by whichever comes first
    env = {k: v for k, v in os.environ.items() if k not in ("KG_STORE", "KG_DEBUG")}
    procs = [
        subprocess.Popen(
            [str(KG_SCRIPT), "--store", str(store), "ingest", str(d)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for d in (tmp_path / "a", tmp_path / "b")
    ]
    outcomes = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    expected = 0
    for (code, _out, err), files in zip(outcomes, (a, b), strict=True):
        assert "Traceback" not in err
        if code == EXIT_OK:
            assert SUMMARY.search(err).group(1, 4) == (str(len(files)), "0"), err
            expected += len(files)
        else:
            assert code == EXIT_ERROR, (code, err)
            assert err.strip().splitlines() == [
                f"kg: error: store {store} is locked by another kg process; wait for it to finish"
            ]
    assert expected, outcomes  # at least one writer got through
    validate = kg(store, "validate")
    assert validate.exit_code == EXIT_OK, validate.stdout
    assert count(store) == expected


# ---------------------------------------------------------------- kill -9 mid-ingest

CORPUS_SIZE = 250  # several seconds of ingest even with --jobs 2 and a warm cache


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("corpus") / "readouts"
    write_corpus(directory, CORPUS_SIZE)
    return directory


@pytest.fixture(scope="module")
def clean_nt(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The export of a clean, single-run ingest of the corpus."""
    from kg.ingest import ingest

    location = tmp_path_factory.mktemp("clean") / "store"
    with Store.open(location, create=True) as s:
        report = ingest(s, [str(corpus)])
    assert report.ok and report.readouts == CORPUS_SIZE, report.failures
    return nt(location)


def _size(directory: Path) -> int:
    """Bytes of all files under ``directory`` (files vanish while RocksDB compacts)."""
    total = 0
    for path in directory.rglob("*"):
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total


def _processes_using(marker: str) -> list[int]:
    """PIDs whose command line mentions ``marker`` (Linux /proc); [] elsewhere."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if marker.encode() in cmdline and int(entry.name) != os.getpid():
            found.append(int(entry.name))
    return found


@pytest.mark.parametrize("jobs", [1, 2], ids=["jobs-1", "jobs-2"])
def test_kill_9_mid_ingest(tmp_path: Path, corpus: Path, clean_nt: bytes, jobs: int) -> None:
    store = tmp_path / "store"
    env = {k: v for k, v in os.environ.items() if k not in ("KG_STORE", "KG_DEBUG")}
    proc = subprocess.Popen(
        [str(KG_SCRIPT), "--store", str(store), "ingest", "--jobs", str(jobs), str(corpus)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        # the vocabulary is stored first, then the readouts, one transaction each
        deadline = time.monotonic() + 60
        marker = store / "kg-store.json"
        while time.monotonic() < deadline and proc.poll() is None:
            if marker.is_file() and "vocabulary_hash" in marker.read_text(encoding="utf-8"):
                break
            time.sleep(0.05)
        # then wait until readouts are being written (the database grows), and kill
        base = _size(store)
        while time.monotonic() < deadline and proc.poll() is None and _size(store) < base + 200_000:
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the ingest ended before the kill; add readouts"
    # no orphaned worker keeps running, or keeps the store locked
    deadline = time.monotonic() + 5
    while _processes_using(str(store)) and time.monotonic() < deadline:
        time.sleep(0.1)
    leftovers = _processes_using(str(store))
    for pid in leftovers:
        os.kill(pid, signal.SIGKILL)
    assert not leftovers, f"worker processes outlived the killed ingest: {leftovers}"

    # the store opens, validates and answers
    stored = count(store)
    assert 0 < stored < CORPUS_SIZE, stored
    validate = kg(store, "validate")
    assert validate.exit_code == EXIT_OK, validate.stdout + validate.stderr
    assert validate.stderr.strip() == "conforms"
    ask = kg(store, "ask", "who opposes interference")
    assert ask.exit_code == EXIT_OK, ask.stderr
    assert "No stored position" not in ask.stdout and ask.stdout.strip()
    assert count(store, POSITION_COUNT) > 0

    # re-running completes it, without duplicates
    again = kg(store, "ingest", str(corpus))
    assert again.exit_code == EXIT_OK, again.stderr
    assert SUMMARY.search(again.stderr).group(1, 2, 4) == (
        str(CORPUS_SIZE),
        str(stored),
        "0",
    ), again.stderr
    assert count(store) == CORPUS_SIZE
    assert nt(store) == clean_nt
    lines = clean_nt.splitlines()
    assert len(lines) == len(set(lines))


# ---------------------------------------------------------------- exports are atomic


@pytest.fixture
def exported(seed_store: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out" / "graph.nt"
    out.parent.mkdir()
    out.write_bytes(b"<urn:good> <urn:old> <urn:export> .\n")
    return out


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize(
    ("fault", "code"),
    [
        pytest.param(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), EXIT_ERROR, id="disk-full"),
        pytest.param(OSError(errno.EIO, os.strerror(errno.EIO)), EXIT_ERROR, id="io-error"),
        pytest.param(KeyboardInterrupt(), 130, id="interrupted"),
    ],
)
def test_failed_export_leaves_the_old_file(
    seed_store: Path,
    exported: Path,
    monkeypatch: pytest.MonkeyPatch,
    fault: BaseException,
    code: int,
) -> None:
    before = exported.read_bytes()

    def fail(_fd: int) -> None:
        raise fault

    monkeypatch.setattr(os, "fsync", fail)  # the data is written, not yet on disk
    result = kg(seed_store, "export", "--format", "nt", "-o", str(exported))
    assert result.exit_code == code, (result.stdout, result.stderr)
    if code == EXIT_ERROR:
        line = assert_one_line_error(result)
        assert line == f"kg: error: cannot write {exported}: {fault.strerror}; nothing was changed"
    assert exported.read_bytes() == before
    assert _leftovers(exported.parent) == []


def test_export_replaces_the_file_in_one_step(seed_store: Path, exported: Path) -> None:
    result = kg(seed_store, "export", "--format", "nt", "-o", str(exported))
    assert result.exit_code == EXIT_OK, result.stderr
    assert result.stderr.strip() == f"wrote {exported}"
    assert exported.read_bytes() == nt(seed_store)
    assert _leftovers(exported.parent) == []


@pytest.mark.parametrize("case", ["missing-dir", "parent-is-a-file", "proc", "read-only-dir"])
def test_unwritable_export_target_is_a_clear_error(
    seed_store: Path, tmp_path: Path, case: str
) -> None:
    if case == "missing-dir":
        target, message = tmp_path / "no" / "g.nt", "does not exist; create it first"
    elif case == "parent-is-a-file":
        (tmp_path / "file").write_text("x")
        target, message = tmp_path / "file" / "g.nt", "is not a directory"
    elif case == "proc":  # unwritable even for root
        target, message = Path("/proc/kg-robustness-test.nt"), "choose a writable directory"
    else:
        if os.geteuid() == 0:
            pytest.skip("root writes into read-only directories")
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o555)
        target, message = locked / "g.nt", "Permission denied; choose a writable directory"
    line = assert_one_line_error(kg(seed_store, "export", "-o", str(target)))
    assert line.startswith(f"kg: error: cannot write {target}: ")
    assert message in line
    assert not target.exists()


def test_export_to_a_directory_is_a_usage_error(seed_store: Path, tmp_path: Path) -> None:
    result = kg(seed_store, "export", "-o", str(tmp_path))
    assert result.exit_code == EXIT_USAGE
    assert "is a directory" in result.stderr


def test_export_into_a_fifo_writes_through_it(seed_store: Path, tmp_path: Path) -> None:
    """Regression: the temporary file was renamed over the FIFO (as root, over /dev/null)."""
    fifo = tmp_path / "pipe.nt"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = kg(seed_store, "export", "--format", "nt", "-o", str(fifo))
    reader.join(timeout=10)
    assert result.exit_code == EXIT_OK, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode), "the FIFO was replaced by a file"
    assert received == [nt(seed_store)]


def test_export_through_a_symlink_keeps_the_link(seed_store: Path, exported: Path) -> None:
    link = exported.parent / "latest.nt"
    link.symlink_to(exported.name)
    result = kg(seed_store, "export", "--format", "nt", "-o", str(link))
    assert result.exit_code == EXIT_OK, result.stderr
    assert link.is_symlink()
    assert exported.read_bytes() == nt(seed_store)


# ---------------------------------------------------------------- exit codes

EXIT_CODE_LINES = {
    EXIT_OK: "success",
    EXIT_VIOLATIONS: "violations",
    EXIT_USAGE: "usage",
    EXIT_ERROR: "kg's own errors",
}


def test_help_documents_the_exit_codes() -> None:
    text = make_runner().invoke(cli, ["--help"]).stdout
    for code, words in EXIT_CODE_LINES.items():
        assert re.search(rf"^\s+{code}\s+.*{re.escape(words)}", text, re.M | re.I), (code, text)


def test_readme_documents_the_exit_codes(repo_root: Path) -> None:
    readme = repo_root / "README.md"
    assert readme.is_file(), "README.md is missing (pyproject.toml names it as the readme)"
    text = readme.read_text(encoding="utf-8").replace("`", "")
    for code, words in EXIT_CODE_LINES.items():
        assert re.search(rf"^\|\s*{code}\s*\|.*{re.escape(words)}", text, re.M | re.I), (
            code,
            words,
        )


def test_usage_errors_exit_2(seed_store: Path) -> None:
    for args in (["ingest"], ["--bogus"], ["export", "--format", "pdf"], ["sparql"]):
        result = kg(seed_store, *args)
        assert result.exit_code == EXIT_USAGE, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_internal_errors_are_one_line_exit_3(
    seed_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import kg.validate
    from kg.cli import main

    def boom(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(kg.validate, "validate_store", boom)
    monkeypatch.delenv("KG_DEBUG", raising=False)
    monkeypatch.setattr(sys, "argv", ["kg", "--store", str(seed_store), "validate"])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "kg: internal error: RuntimeError: boom (set KG_DEBUG=1 for details)"
    ]
