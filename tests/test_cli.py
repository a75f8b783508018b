"""The ``kg`` command line, in process (click's CliRunner) and once as the installed script."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import Result
from conftest import make_runner
from rdflib import RDF, BNode, Graph

from kg.cli import cli
from kg.errors import EXIT_ERROR, EXIT_OK, EXIT_USAGE, EXIT_VIOLATIONS
from kg.namespaces import KG
from kg.readout import load_file
from kg.text import split_sentences

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
CONTRACT_KEYS = {
    "file",
    "date",
    "holder",
    "stance",
    "topic",
    "topic_labels",
    "addressee",
    "voiced_by",
    "evidence",
}
READ_ONLY_COMMANDS = [
    pytest.param(["validate"], id="validate"),
    pytest.param(["sparql", COUNT], id="sparql"),
    pytest.param(["export", "--format", "nt"], id="export"),
    pytest.param(["positions"], id="positions"),
    pytest.param(["ask", "who supports one-China"], id="ask"),
    pytest.param(["topics"], id="topics"),
]


def kg(store: Path | str, *args: str) -> Result:
    result = make_runner().invoke(cli, ["--store", str(store), *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"kg {' '.join(args)} raised {result.exception!r}") from (
            result.exception
        )
    return result


def seed(seeds_dir: Path, prefix: str) -> Path:
    (path,) = sorted(seeds_dir.glob(f"{prefix}*.txt"))
    return path


def one_china_sentence(seeds_dir: Path) -> str:
    """The sentence of the 2020-05-26 seed in which Kyrgyzstan states its one-China stance."""
    readout = load_file(seed(seeds_dir, "000"))[0]
    found = [
        s.text
        for s in split_sentences(readout.text)
        if "one-China" in s.text and "Kyrgyzstan" in s.text
    ]
    assert len(found) == 1, found
    return found[0]


def ground_triples(graph: Graph) -> set[tuple[object, object, object]]:
    return {t for t in graph if not any(isinstance(n, BNode) for n in t)}


def assert_one_line_error(result: Result) -> None:
    assert result.exit_code == EXIT_ERROR, (result.exit_code, result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: error: ")
    assert "Traceback" not in result.stderr


# ---------------------------------------------------------------- ingest / validate


def test_ingest_seeds(tmp_path: Path, seeds_dir: Path) -> None:
    store = tmp_path / "store"
    result = kg(store, "ingest", str(seeds_dir))
    assert result.exit_code == EXIT_OK, result.stderr
    assert result.stdout == ""
    m = re.fullmatch(
        r"2 readout\(s\) stored \(0 unchanged\), (\d+) position\(s\), 0 rejected\n",
        result.stderr,
    )
    assert m, result.stderr
    assert int(m.group(1)) > 0
    assert (store / "kg-store.json").is_file()

    again = kg(store, "ingest", str(seeds_dir))
    assert again.exit_code == EXIT_OK
    assert "2 readout(s) stored (2 unchanged)" in again.stderr
    assert f"{m.group(1)} position(s)" in again.stderr


def test_validate(seed_store: Path) -> None:
    result = kg(seed_store, "validate")
    assert result.exit_code == EXIT_OK, result.stdout
    assert result.stdout == ""
    assert result.stderr.strip() == "conforms"


def test_ingest_bad_file_among_good(tmp_path: Path, seeds_dir: Path) -> None:
    bad = tmp_path / "undated.txt"
    bad.write_text("The two ministers spoke by phone about trade.\n", encoding="utf-8")
    store = tmp_path / "store"
    result = kg(store, "ingest", str(seeds_dir), str(bad))
    assert result.exit_code == EXIT_VIOLATIONS, result.stderr
    assert f"kg: skipped {bad}: no date found" in result.stderr
    assert "2 readout(s) stored" in result.stderr
    assert "1 rejected" in result.stderr
    assert "Traceback" not in result.stderr
    positions = kg(store, "positions", "--format", "json")
    assert positions.exit_code == EXIT_OK
    assert len(json.loads(positions.stdout)) > 0


def test_ingest_with_date_option(tmp_path: Path) -> None:
    undated = tmp_path / "undated.txt"
    undated.write_text("China firmly supports multilateralism.\n", encoding="utf-8")
    store = tmp_path / "store"
    assert kg(store, "ingest", str(undated)).exit_code == EXIT_VIOLATIONS
    result = kg(store, "ingest", "--date", "2022-02-22", str(undated))
    assert result.exit_code == EXIT_OK, result.stderr
    rows = json.loads(kg(store, "positions", "--format", "json").stdout)
    assert rows and {r["date"] for r in rows} == {"2022-02-22"}


# ---------------------------------------------------------------- sparql


def _count_from_json(seed_store: Path) -> int:
    result = kg(seed_store, "sparql", COUNT, "--format", "json")
    assert result.exit_code == EXIT_OK, result.stderr
    data = json.loads(result.stdout)
    assert data["head"]["vars"] == ["n"]
    (binding,) = data["results"]["bindings"]
    assert binding["n"]["type"] == "literal"
    assert binding["n"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    return int(binding["n"]["value"])


def test_sparql_json(seed_store: Path) -> None:
    assert _count_from_json(seed_store) > 1000


@pytest.mark.parametrize("fmt", ["csv", "tsv", "table"])
def test_sparql_tabular_formats(seed_store: Path, fmt: str) -> None:
    expected = _count_from_json(seed_store)
    result = kg(seed_store, "sparql", COUNT, "--format", fmt)
    assert result.exit_code == EXIT_OK, result.stderr
    lines = [line.strip() for line in result.stdout.strip().splitlines()]
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(result.stdout)))
        assert rows == [["n"], [str(expected)]]
    elif fmt == "tsv":
        assert lines == ["?n", str(expected)]
    else:
        assert lines[0] == "n"
        assert set(lines[1]) == {"-"}
        assert lines[2] == str(expected)


def test_sparql_select_positions(seed_store: Path) -> None:
    query = (
        "SELECT ?evidence WHERE { ?p a kg:Position ; kg:holder state:KGZ ; "
        "kg:topic topic:one-china-policy ; kg:evidence ?evidence }"
    )
    result = kg(seed_store, "sparql", query, "--format", "json")
    assert result.exit_code == EXIT_OK, result.stderr
    bindings = json.loads(result.stdout)["results"]["bindings"]
    assert bindings
    assert all("one-China" in b["evidence"]["value"] for b in bindings)


def test_sparql_query_from_file(tmp_path: Path, seed_store: Path) -> None:
    query = tmp_path / "q.rq"
    query.write_text("ASK { ?r a kg:Readout }", encoding="utf-8")
    result = kg(seed_store, "sparql", "-f", str(query), "--format", "json")
    assert result.exit_code == EXIT_OK, result.stderr
    assert json.loads(result.stdout)["boolean"] is True


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <urn:kg:test:s> <urn:kg:test:p> <urn:kg:test:o> }",
        "DELETE WHERE { ?s ?p ?o }",
        "DROP ALL",
    ],
)
def test_sparql_update_refused(seed_store: Path, update: str) -> None:
    before = _count_from_json(seed_store)
    result = kg(seed_store, "sparql", update)
    assert_one_line_error(result)
    assert "refused" in result.stderr
    assert "--allow-update" in result.stderr
    assert _count_from_json(seed_store) == before


def test_sparql_syntax_error(seed_store: Path) -> None:
    result = kg(seed_store, "sparql", "SELECT WHERE {")
    assert_one_line_error(result)
    assert "syntax" in result.stderr.lower()


def test_sparql_needs_a_query(seed_store: Path) -> None:
    result = kg(seed_store, "sparql")
    assert result.exit_code == EXIT_USAGE


# ---------------------------------------------------------------- export


def test_export_turtle_to_file(tmp_path: Path, seed_store: Path) -> None:
    out = tmp_path / "graph.ttl"
    result = kg(seed_store, "export", "--format", "turtle", "-o", str(out))
    assert result.exit_code == EXIT_OK, result.stderr
    assert result.stdout == ""
    assert str(out) in result.stderr
    ttl = Graph().parse(out, format="turtle")
    assert len(set(ttl.subjects(RDF.type, KG.Readout))) == 2
    assert len(set(ttl.subjects(RDF.type, KG.Position))) > 0
    nt = kg(seed_store, "export", "--format", "nt")
    assert nt.exit_code == EXIT_OK
    from_nt = Graph().parse(data=nt.stdout, format="nt")
    # the same graph: same size and the same triples apart from blank nodes (a full
    # isomorphism check over the vocabulary's blank nodes takes seconds)
    assert len(ttl) == len(from_nt)
    assert ground_triples(ttl) == ground_triples(from_nt)


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize("fmt", ["jsonld", "graphml"])
def test_export_other_formats(seed_store: Path, fmt: str) -> None:
    result = kg(seed_store, "export", "--format", fmt)
    assert result.exit_code == EXIT_OK, result.stderr
    if fmt == "jsonld":
        assert len(Graph().parse(data=result.stdout, format="json-ld")) > 1000
    else:
        assert result.stdout.lstrip().startswith("<?xml")
        assert "<graphml" in result.stdout


def test_export_nt_stable_across_reingest(tmp_path: Path, seeds_dir: Path) -> None:
    store = tmp_path / "store"
    assert kg(store, "ingest", str(seeds_dir)).exit_code == EXIT_OK
    first = kg(store, "export", "--format", "nt")
    assert kg(store, "ingest", str(seeds_dir)).exit_code == EXIT_OK
    second = kg(store, "export", "--format", "nt")
    assert first.exit_code == second.exit_code == EXIT_OK
    assert len(first.stdout_bytes) > 1000
    assert first.stdout_bytes == second.stdout_bytes


# ---------------------------------------------------------------- ask / positions / topics


def test_ask_who_supports_one_china(seed_store: Path, seeds_dir: Path) -> None:
    result = kg(seed_store, "ask", "who supports one-China")
    assert result.exit_code == EXIT_OK, result.stderr
    assert result.stdout.splitlines()[0] == "Kyrgyzstan"
    assert "Kyrgyzstan supports one-China policy" in result.stdout
    assert "2020-05-26" in result.stdout
    assert one_china_sentence(seeds_dir) in result.stdout


def test_ask_json(seed_store: Path, seeds_dir: Path) -> None:
    result = kg(seed_store, "ask", "who supports one-China", "--format", "json")
    assert result.exit_code == EXIT_OK, result.stderr
    data = json.loads(result.stdout)
    assert data["question"] == "who supports one-China"
    assert data["summary"] == "Kyrgyzstan"
    assert data["answers"]
    for answer in data["answers"]:
        assert answer["holder"] == "Kyrgyzstan"
        assert answer["stance"] == "support"
        assert answer["date"] == "2020-05-26"
    evidence = {a["evidence"] for a in data["answers"]}
    assert one_china_sentence(seeds_dir) in evidence


def test_ask_unparseable_question(seed_store: Path) -> None:
    result = kg(seed_store, "ask", "how tall is the embassy")
    assert_one_line_error(result)
    assert "cannot parse" in result.stderr
    for form in ("who supports", "what did", "when did"):
        assert form in result.stderr


def test_positions_by_holder_json(seed_store: Path, seeds_dir: Path) -> None:
    result = kg(seed_store, "positions", "--holder", "Kyrgyzstan", "--format", "json")
    assert result.exit_code == EXIT_OK, result.stderr
    rows = json.loads(result.stdout)
    assert rows
    texts = " ".join(load_file(p)[0].text for p in sorted(seeds_dir.glob("*.txt")))
    for row in rows:
        assert {"date", "holder", "stance", "topic", "evidence", "readout"} <= set(row)
        assert row["holder"] == "Kyrgyzstan"
        assert row["date"] in ("2020-05-26", "2020-11-16")
        assert row["evidence"] in texts
    assert any(r["topic"] == "one-China policy" and r["stance"] == "support" for r in rows)
    everyone = json.loads(kg(seed_store, "positions", "--format", "json").stdout)
    assert len(everyone) > len(rows)


def test_positions_filters_and_formats(seed_store: Path) -> None:
    result = kg(
        seed_store, "positions", "--holder", "Chinese", "--stance", "support", "--format", "csv"
    )
    assert result.exit_code == EXIT_OK, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows
    assert {r["holder"] for r in rows} == {"China"}
    assert {r["stance"] for r in rows} == {"support"}
    table = kg(seed_store, "positions", "--until", "2020-06-01")
    assert table.exit_code == EXIT_OK
    assert "2020-05-26" in table.stdout and "2020-11-16" not in table.stdout


def test_positions_unknown_holder(seed_store: Path) -> None:
    result = kg(seed_store, "positions", "--holder", "Atlantis")
    assert_one_line_error(result)
    assert "Atlantis" in result.stderr


def test_topics_uncurated(seed_store: Path) -> None:
    every = json.loads(kg(seed_store, "topics", "--format", "json").stdout)
    assert {t["curated"] for t in every} == {True, False}
    result = kg(seed_store, "topics", "--uncurated", "--format", "json")
    assert result.exit_code == EXIT_OK, result.stderr
    uncurated = json.loads(result.stdout)
    assert uncurated
    assert all(t["curated"] is False for t in uncurated)
    assert all(t["positions"] >= 1 for t in uncurated)
    assert {t["id"] for t in uncurated} == {t["id"] for t in every if not t["curated"]}
    table = kg(seed_store, "topics", "--uncurated")
    assert table.exit_code == EXIT_OK
    lines = table.stdout.strip().splitlines()
    assert lines[0].split() == ["topic", "curated", "positions"]
    assert len(lines) == 2 + len(uncurated)
    assert all(re.search(r"\sFalse\s+\d+$", line) for line in lines[2:])
    assert "one-China policy" not in table.stdout


# ---------------------------------------------------------------- extract


def test_extract_json_contract(seeds_dir: Path) -> None:
    path = seed(seeds_dir, "004")
    result = make_runner().invoke(cli, ["extract", str(path), "--format", "json"])
    assert result.exit_code == EXIT_OK, result.stderr
    records = json.loads(result.stdout)
    assert records
    text = load_file(path)[0].text
    for record in records:
        assert set(record) >= CONTRACT_KEYS, CONTRACT_KEYS - set(record)
        assert record["file"] == str(path)
        assert record["date"] == "2020-11-16"
        assert record["stance"] in ("support", "oppose", "offer", "request", "appreciate", "commit")
        assert (
            isinstance(record["topic_labels"], list) and record["topic"] in record["topic_labels"]
        )
        assert record["evidence"] in text
    assert any(r["holder"] == "China" and r["topic"] == "multilateralism" for r in records)


def test_extract_turtle_parses(seeds_dir: Path) -> None:
    result = make_runner().invoke(
        cli, ["extract", str(seed(seeds_dir, "004")), "--format", "turtle"]
    )
    assert result.exit_code == EXIT_OK, result.stderr
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert len(set(graph.subjects(RDF.type, KG.Readout))) == 1
    positions = set(graph.subjects(RDF.type, KG.Position))
    json_records = json.loads(
        make_runner()
        .invoke(cli, ["extract", str(seed(seeds_dir, "004")), "--format", "json"])
        .stdout
    )
    assert len(positions) == len(json_records) > 0


def test_extract_bad_file_among_good(tmp_path: Path, seeds_dir: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = make_runner().invoke(
        cli, ["extract", str(bad), str(seed(seeds_dir, "000")), "--format", "json"]
    )
    assert result.exit_code == EXIT_VIOLATIONS
    assert f"kg: skipped {bad}" in result.stderr
    assert json.loads(result.stdout)


# ---------------------------------------------------------------- errors and help


@pytest.mark.parametrize("args", READ_ONLY_COMMANDS)
def test_read_only_command_on_missing_store(tmp_path: Path, args: list[str]) -> None:
    missing = tmp_path / "no" / "store"
    result = kg(missing, *args)
    assert_one_line_error(result)
    assert "no kg store" in result.stderr
    assert str(missing) in result.stderr
    assert not missing.exists()
    assert not missing.parent.exists()


def test_help_shows_exit_codes() -> None:
    result = make_runner().invoke(cli, ["--help"])
    assert result.exit_code == EXIT_OK
    text = result.stdout
    assert "Exit codes:" in text
    for code in (EXIT_OK, EXIT_VIOLATIONS, EXIT_USAGE, EXIT_ERROR):
        assert re.search(rf"^\s+{code}\s+\S", text, re.M), f"exit code {code} not explained"
    for command in (
        "ingest",
        "extract",
        "validate",
        "sparql",
        "export",
        "positions",
        "ask",
        "topics",
    ):
        assert re.search(rf"^\s+{command}\b", text, re.M), f"{command} not listed"


def test_usage_error_exit_code(seed_store: Path) -> None:
    result = kg(seed_store, "export", "--format", "pdf")
    assert result.exit_code == EXIT_USAGE


# ---------------------------------------------------------------- the installed script


def test_installed_console_script(tmp_path: Path, repo_root: Path, seeds_dir: Path) -> None:
    script = Path(sys.executable).parent / "kg"
    if not script.is_file():
        found = shutil.which("kg", path=str(Path(sys.executable).parent))
        if found is None:
            pytest.skip(f"no installed kg script next to {sys.executable}")
        script = Path(found)
    env = {k: v for k, v in os.environ.items() if k not in ("KG_STORE", "KG_DEBUG")}
    store = tmp_path / "store"
    ingest = subprocess.run(
        [str(script), "--store", str(store), "ingest", str(seeds_dir)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert ingest.returncode == EXIT_OK, ingest.stderr
    assert ingest.stdout == ""
    assert "2 readout(s) stored" in ingest.stderr
    ask = subprocess.run(
        [str(script), "--store", str(store), "ask", "who supports one-China"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert ask.returncode == EXIT_OK, ask.stderr
    assert ask.stdout.splitlines()[0] == "Kyrgyzstan"
    assert "2020-05-26" in ask.stdout
    assert one_china_sentence(seeds_dir) in ask.stdout
    missing = subprocess.run(
        [str(script), "--store", str(tmp_path / "missing"), "topics"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert missing.returncode == EXIT_ERROR
    assert missing.stderr.startswith("kg: error: ") and missing.stderr.count("\n") == 1
    assert not (tmp_path / "missing").exists()
