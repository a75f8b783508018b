"""kg.sparql: the read-only guard and run_query."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import Listener
from rdflib import Literal

from kg.errors import QueryError
from kg.namespaces import KG, KG_IRI, state_iri
from kg.sparql import PREFIXES, Table, check_query, run_query
from kg.store import Store
from kg.validate import ValidationReport

KG_PREFIX = f"PREFIX kg: <{KG_IRI}>\n"


@pytest.fixture
def store(tmp_path: Path, make_readout, vocab) -> Iterator[Store]:
    with Store.open(tmp_path / "store", create=True) as s:
        s.ensure_vocabulary(vocab)
        for i in range(2):
            s.put_readout(*make_readout(i, positions=3))
        yield s


# ---------------------------------------------------------------- check_query


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
        ("ask { ?s ?p ?o }", "ASK"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("DESCRIBE <http://example.org/a>", "DESCRIBE"),
        (KG_PREFIX + "SELECT ?p WHERE { ?p a kg:Position }  # SERVICE in a comment", "SELECT"),
        ("SELECT * WHERE { ?s ?p 'SERVICE <http://x/> { }' }", "SELECT"),
        ("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", "SELECT"),
    ],
)
def test_read_queries_are_allowed(query: str, kind: str) -> None:
    assert check_query(query) == kind


@pytest.mark.parametrize(
    ("update", "op"),
    [
        ("INSERT DATA { <http://a/s> <http://a/p> 1 }", "INSERT DATA"),
        ("DELETE DATA { <http://a/s> <http://a/p> 1 }", "DELETE DATA"),
        ("DELETE WHERE { ?s ?p ?o }", "DELETE WHERE"),
        ("delete { ?s ?p ?o } insert { ?s ?p 2 } where { ?s ?p ?o }", "DELETE/INSERT"),
        ("CLEAR ALL", "CLEAR"),
        ("DROP GRAPH <http://a/g>", "DROP"),
        ("CREATE GRAPH <http://a/g>", "CREATE"),
        ("ADD <http://a/g> TO <http://a/h>", "ADD"),
        ("MOVE DEFAULT TO <http://a/h>", "MOVE"),
        ("COPY <http://a/g> TO <http://a/h>", "COPY"),
    ],
)
def test_updates_are_refused_unless_allowed(update: str, op: str) -> None:
    with pytest.raises(QueryError) as err:
        check_query(update)
    assert str(err.value) == (
        f"updates are refused ({op}); kg sparql is read-only unless you pass --allow-update"
    )
    assert check_query(update, allow_update=True) == "UPDATE"


@pytest.mark.parametrize(
    "query",
    [
        "LOAD <http://127.0.0.1:9/data.ttl>",
        "load silent <file:///etc/passwd> into graph <http://a/g>",
        "INSERT DATA { <http://a/s> <http://a/p> 1 } ; LOAD <http://127.0.0.1:9/x>",
    ],
)
def test_load_is_always_refused(query: str) -> None:
    for allow in (False, True):
        with pytest.raises(QueryError, match="LOAD is refused"):
            check_query(query, allow_update=allow)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "select * where { ?a ?b ?c . service silent <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "SELECT * WHERE { ?x ?y ?z SERVICE ?endpoint { ?s ?p ?o } }",
        "SELECT * WHERE { OPTIONAL { { SELECT ?s WHERE { SERVICE <http://a/> { ?s ?p ?o } } } } }",
        "ASK { SERV\\u0049CE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        KG_PREFIX
        + "SELECT * WHERE { ?p a kg:Position . SERVICE <http://127.0.0.1:9/> { ?p ?q ?r } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://a/> { ?s ?p ?o } }",
        "# comment\nSELECT * WHERE {\n  SERVICE <http://a/> {\n ?s ?p ?o } }",
    ],
)
def test_service_is_always_refused(query: str) -> None:
    with pytest.raises(QueryError, match="SERVICE clauses are refused"):
        check_query(query)


def test_service_inside_an_update_is_refused_even_when_updates_are_allowed() -> None:
    update = "DELETE { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"
    with pytest.raises(QueryError, match="SERVICE"):
        check_query(update, allow_update=True)


@pytest.mark.parametrize(
    ("query", "where"),
    [
        ("SELEC * WHERE { ?s ?p ?o }", "line 1, column 1"),
        ("SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o => 3) }", "line 3"),
        ("SELECT * WHERE { ?s ?p ?o ", "line 1"),
    ],
)
def test_syntax_errors_are_one_line_with_a_position(query: str, where: str) -> None:
    with pytest.raises(QueryError) as err:
        check_query(query)
    message = str(err.value)
    assert message.startswith("SPARQL syntax error at ") and where in message
    assert "\n" not in message and message.endswith("; fix the query")


def test_empty_query_is_refused() -> None:
    with pytest.raises(QueryError, match="empty"):
        check_query("  \n ")


# ---------------------------------------------------------------- no connection ever leaves


def test_listener_sees_unguarded_pyoxigraph_connect(listener: Listener) -> None:
    """The control: without the guard, pyoxigraph does open the connection."""
    with pytest.raises(Exception):  # noqa: B017 - whatever pyoxigraph raises on a closed socket
        list(ox.Store().query(f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"))
    deadline = time.monotonic() + 5
    while listener.connections == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert listener.connections >= 1


def test_guarded_entry_points_never_connect(store: Store, listener: Listener) -> None:
    url = listener.url
    attempts = [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?a ?b ?c . SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        f"ASK {{ SERV\\u0049CE <{url}> {{ ?s ?p ?o }} }}",
        KG_PREFIX + f"SELECT * WHERE {{ ?p a kg:Position . SERVICE <{url}> {{ ?p ?q ?r }} }}",
        f"LOAD <{url}>",
        f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    ]
    for query in attempts:
        for allow in (False, True):
            with pytest.raises(QueryError):
                run_query(store, query, fmt="json", timeout=None, allow_update=allow)
        with pytest.raises(QueryError):
            run_query(store, query, fmt="table", timeout=10)
    for query in attempts[:4]:
        with pytest.raises(QueryError):
            store.select(query)
        with pytest.raises(QueryError):
            store.query_raw(query, timeout=10)
    with pytest.raises(QueryError):
        store.update(f"LOAD <{url}>")
    time.sleep(0.3)
    assert listener.connections == 0


# ---------------------------------------------------------------- run_query


def test_run_query_formats(store: Store) -> None:
    q = "SELECT ?pos ?holder WHERE { ?pos kg:holder ?holder } ORDER BY ?pos"
    table = run_query(store, q, fmt="table", timeout=None)
    assert isinstance(table, Table)
    assert table.columns == ("pos", "holder") and len(table.rows) == 6
    assert {row[1] for row in table.rows} == {state_iri("CHN")}
    assert run_query(store, q, fmt="table", timeout=20) == table
    data = json.loads(run_query(store, q, fmt="json"))
    assert data["head"]["vars"] == ["pos", "holder"] and len(data["results"]["bindings"]) == 6
    csv = run_query(store, q, fmt="csv", timeout=None)
    assert isinstance(csv, bytes) and csv.splitlines()[0] == b"pos,holder"
    assert run_query(store, q, fmt="tsv").splitlines()[0] == b"?pos\t?holder"
    with pytest.raises(QueryError, match="unknown format"):
        run_query(store, q, fmt="yaml")


def test_run_query_ask_and_construct(store: Store) -> None:
    ask = run_query(store, "ASK { ?p kg:stance kg:support }", fmt="table", timeout=None)
    assert ask == Table(("ask",), ((Literal(True),),))
    construct = "CONSTRUCT { ?p kg:holder ?h } WHERE { ?p kg:holder ?h }"
    table = run_query(store, construct, fmt="table")
    assert table.columns == ("subject", "predicate", "object") and len(table.rows) == 6
    assert b"@prefix" not in run_query(store, construct, fmt="nt")
    assert b"ontology#holder" in run_query(store, construct, fmt="turtle")


def test_predeclared_prefixes(store: Store) -> None:
    q = "SELECT ?label WHERE { state:CHN skos:prefLabel ?label }"
    assert run_query(store, q, fmt="table", timeout=None).rows == ((Literal("China", lang="en"),),)
    assert set(PREFIXES) >= {"kg", "id", "state", "topic", "person", "skos", "dcterms", "xsd"}


def test_run_query_timeout(store: Store) -> None:
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with pytest.raises(QueryError, match=r"^query exceeded the 0.5 s time limit"):
        run_query(store, runaway, fmt="json", timeout=0.5)


def test_update_then_validate(store: Store) -> None:
    ok = run_query(
        store,
        "INSERT DATA { GRAPH id:graph\\/notes { state:CHN rdfs:comment 'x' } }",
        allow_update=True,
    )
    assert isinstance(ok, ValidationReport) and ok.conforms
    # updates see the store's real default graph (empty): readouts are named graphs
    quiet = run_query(store, "DELETE WHERE { ?p kg:holder ?h }", allow_update=True)
    assert quiet.conforms
    broken = run_query(store, "DELETE WHERE { GRAPH ?g { ?p kg:holder ?h } }", allow_update=True)
    assert isinstance(broken, ValidationReport) and not broken.conforms
    assert "Position has no holder state" in broken.text
    assert {v.path for v in broken.violations} == {str(KG.holder)}
    with pytest.raises(QueryError, match="updates are refused"):
        run_query(store, "DELETE WHERE { ?s ?p ?o }")
