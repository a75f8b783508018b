"""kg on a SPARQL server: RemoteStore against a real Oxigraph server, in parity with the embedded store.

The servers are started here (``oxigraph serve`` from the ``oxigraph`` package,
on 127.0.0.1 with a free port and a temporary directory) and stopped at the
end of the session; the tests are skipped when the binary is not installed.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import Result
from conftest import make_runner
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS

from kg.analysis import fetch_positions
from kg.cli import cli
from kg.errors import EXIT_ERROR, EXIT_OK, QueryError, StoreError
from kg.export import export
from kg.ingest import ingest
from kg.namespaces import ID, KG, VOCAB_GRAPH, state_iri
from kg.remote import RemoteStore, bind_values, parse_store_url
from kg.resources import vocabulary_graph
from kg.sparql import PREFIXES
from kg.store import Store, open_store, readout_nquads
from kg.validate import validate_store

ORDERED = """
SELECT ?pos ?holder ?stance ?topic ?date WHERE {
  ?pos a kg:Position ; kg:holder ?holder ; kg:stance ?stance ; kg:topic ?topic ; dcterms:date ?date
} ORDER BY ?pos ?topic
"""


# ---------------------------------------------------------------- servers


def _oxigraph_binary() -> str | None:
    found = shutil.which("oxigraph")
    if found:
        return found
    beside = Path(sys.executable).parent / "oxigraph"  # a venv's bin/ when PATH lacks it
    return str(beside) if beside.is_file() and os.access(beside, os.X_OK) else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


def _serve(binary: str, directory: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Start ``oxigraph serve`` on a free port; retry when another process took the port."""
    log = directory / "server.log"
    for _attempt in range(3):
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        with open(log, "wb") as out:
            proc = subprocess.Popen(
                [
                    binary,
                    "serve",
                    "--location",
                    str(directory / "db"),
                    "--bind",
                    f"127.0.0.1:{port}",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 20
        while proc.poll() is None and time.monotonic() < deadline:
            if _answers(url):
                return proc, url
            time.sleep(0.05)
        _stop(proc)
    pytest.fail(f"oxigraph serve did not answer: {log.read_text(errors='replace')[-500:]}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="session")
def oxigraph() -> str:
    """The path of the ``oxigraph`` binary; skips the tests when it is not installed."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    return binary


@pytest.fixture(scope="session")
def server(oxigraph: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An Oxigraph server holding the seeds, for the session; its base URL."""
    proc, url = _serve(oxigraph, tmp_path_factory.mktemp("oxigraph-seeded"))
    try:
        yield url
    finally:
        _stop(proc)


@pytest.fixture(scope="session")
def remote_url(server: str, seeds_dir: Path) -> str:
    """``server`` with ``seeds/`` ingested through RemoteStore (read it, or restore it)."""
    with RemoteStore.open(server) as store:
        report = ingest(store, [str(seeds_dir)])
    assert report.ok, report.failures
    assert report.readouts == len(sorted(seeds_dir.glob("*.txt")))
    return server


@pytest.fixture(scope="session")
def scratch_server(oxigraph: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A second, empty Oxigraph server for tests that write."""
    proc, url = _serve(oxigraph, tmp_path_factory.mktemp("oxigraph-scratch"))
    try:
        yield url
    finally:
        _stop(proc)


@pytest.fixture
def scratch(scratch_server: str) -> Iterator[RemoteStore]:
    """A RemoteStore on the emptied scratch server."""
    request = urllib.request.Request(f"{scratch_server}/store", method="DELETE")
    urllib.request.urlopen(request, timeout=10).read()  # Oxigraph: DELETE /store clears all
    with RemoteStore.open(scratch_server) as store:
        yield store


def run(store: Path | str, *args: str) -> Result:
    result = make_runner().invoke(cli, ["--store", str(store), *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"kg {' '.join(args)} raised {result.exception!r}") from (
            result.exception
        )
    return result


def ground(triples: set) -> set:
    """The triples without blank nodes (pyoxigraph terms)."""
    return {t for t in triples if not any(isinstance(n, ox.BlankNode) for n in t)}


def canonical(nquads: bytes) -> ox.Dataset:
    """A dataset with canonical blank-node labels (RDFC-1.0), comparable across stores."""
    dataset = ox.Dataset(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return dataset


def assert_one_line_error(result: Result, *needles: str) -> None:
    assert result.exit_code == EXIT_ERROR, (result.exit_code, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


# ---------------------------------------------------------------- URLs and VALUES (no server)


def test_url_forms() -> None:
    plain = parse_store_url("http://127.0.0.1:7878")
    assert (plain.query, plain.update, plain.store, plain.union) == (
        "http://127.0.0.1:7878/query",
        "http://127.0.0.1:7878/update",
        "http://127.0.0.1:7878/store",
        "oxigraph",
    )
    fuseki = parse_store_url(
        "sparql+http://host:3030/ds?query=/ds/query&update=/ds/update&store=/ds/data"
        "&union=urn:x-arq:UnionGraph&timeout-param="
    )
    assert (fuseki.query, fuseki.update, fuseki.store) == (
        "http://host:3030/ds/query",
        "http://host:3030/ds/update",
        "http://host:3030/ds/data",
    )
    assert (fuseki.union, fuseki.timeout_param) == ("urn:x-arq:UnionGraph", "")
    relative = parse_store_url(
        "SPARQL+HTTPS://h/repositories/kg/?store=rdf-graphs/service&union=server"
    )
    assert relative.store == "https://h/repositories/kg/rdf-graphs/service"
    assert relative.query == "https://h/repositories/kg/query"
    full = parse_store_url("sparql+http://h/x?query=https://other:1/sparql")
    assert full.query == "https://other:1/sparql"


def test_credentials_stay_out_of_messages() -> None:
    endpoints = parse_store_url("http://alice:s%40cret@127.0.0.1:7878/")
    assert endpoints.authorization == "Basic YWxpY2U6c0BjcmV0"  # alice:s@cret
    assert "cret" not in repr(endpoints)
    assert "cret" not in repr(RemoteStore(endpoints))


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://h/", "not a SPARQL endpoint URL"),
        ("http:///query", "names no host"),
        ("http://h:99999", "invalid port"),
        ("http://h/?quary=/q", "unknown option 'quary'"),
        ("http://h/?union=not an iri", "neither oxigraph, server nor an IRI"),
    ],
)
def test_bad_urls_are_store_errors(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        parse_store_url(url)


def test_values_block_opens_the_where_group() -> None:
    x = {"x": Literal('a "} SERVICE <http://127.0.0.1:9/> {', lang="en"), "?y": state_iri("CHN")}
    values = (
        ' VALUES (?x ?y) { ("a \\"} SERVICE <http://127.0.0.1:9/> {"@en '
        f"<{state_iri('CHN')}>) }}"
    )
    tricky = 'PREFIX a: <urn:a#> SELECT (CONCAT("{", ?x) AS ?z) # {\nWHERE { ?s ?p ?x }'
    assert bind_values(tricky, x) == tricky.replace("WHERE {", "WHERE {" + values)
    construct = "CONSTRUCT { ?s ?p ?x } WHERE { ?s ?p ?x }"
    assert bind_values(construct, x) == construct.replace("WHERE {", "WHERE {" + values)
    sub = "SELECT * { SELECT ?x WHERE { ?s ?p ?x } }"
    assert bind_values(sub, x) == "SELECT * {" + values + " { SELECT ?x WHERE { ?s ?p ?x } } }"
    assert bind_values("ASK { ?s ?p ?x }", None) == "ASK { ?s ?p ?x }"


@pytest.mark.parametrize(
    ("query", "bindings", "message"),
    [
        ("SELECT * WHERE { ?x ?p ?o }", {"x": BNode()}, "blank node"),
        ("SELECT * WHERE { ?x ?p ?o }", {"x y": KG.Position}, "not a variable name"),
        ("SELECT * WHERE { ?x ?p ?o }", {"x": URIRef("urn:a> } DROP ALL #")}, "cannot be bound"),
        ("SELECT * WHERE { ?x ?p ?o }", {"x": Literal("\\u0022")}, "escape sequence"),
        ("CONSTRUCT WHERE { ?x ?p ?o }", {"x": KG.Position}, "not the short form"),
        ("DESCRIBE ?x", {"x": KG.Position}, "WHERE"),
        ("INSERT DATA { }", {"x": KG.Position}, "SELECT, ASK, CONSTRUCT and DESCRIBE"),
    ],
)
def test_unsafe_or_unplaceable_bindings_are_refused(
    query: str, bindings: dict[str, object], message: str
) -> None:
    with pytest.raises(QueryError, match=message):
        bind_values(query, bindings)  # type: ignore[arg-type]


# ---------------------------------------------------------------- parity with the embedded store


def test_open_store_picks_the_kind_of_store(remote_url: str, seed_store: Path) -> None:
    with (
        open_store(remote_url, read_only=True) as remote,
        open_store(seed_store, read_only=True) as local,
    ):
        assert isinstance(remote, RemoteStore) and isinstance(local, Store)
        assert remote.readout_iris() == local.readout_iris()
        assert remote.readout_count() == local.readout_count() == 2
        assert all(remote.has_readout(iri) for iri in local.readout_iris())
        assert remote.vocabulary_hash() == local.vocabulary_hash()
        assert len(remote.graph(VOCAB_GRAPH)) == len(local.graph(VOCAB_GRAPH))  # same hash above
        for iri in local.readout_iris():
            assert isomorphic(remote.graph(iri), local.graph(iri))


def test_select_and_positions_match(remote_url: str, seed_store: Path) -> None:
    with (
        RemoteStore.open(remote_url, read_only=True) as remote,
        Store.open(seed_store, read_only=True) as local,
    ):
        rows = local.select(ORDERED, prefixes=PREFIXES)
        assert rows and remote.select(ORDERED, prefixes=PREFIXES) == rows
        assert remote.select(ORDERED, prefixes=PREFIXES, timeout=10) == rows
        bound = {"holder": state_iri("KGZ"), "stance": KG.support}
        assert remote.select(ORDERED, bound, prefixes=PREFIXES) == local.select(
            ORDERED, bound, prefixes=PREFIXES
        )
        assert fetch_positions(remote) == fetch_positions(local)
        assert fetch_positions(remote, holder="KGZ", stance="support") == fetch_positions(
            local, holder="KGZ", stance="support"
        )
        ask = "ASK { ?p kg:holder ?h }"
        assert remote.ask(ask, {"h": state_iri("KGZ")}, prefixes=PREFIXES) is True
        assert remote.ask(ask, {"h": state_iri("ZZZ")}, prefixes=PREFIXES) is False
        for fmt in ("json", "csv", "tsv", "xml"):
            assert remote.query_raw(ORDERED, result_format=fmt, prefixes=PREFIXES) == (
                local.query_raw(ORDERED, result_format=fmt, prefixes=PREFIXES)
            )


def test_validate_and_export_match(remote_url: str, seed_store: Path) -> None:
    with (
        RemoteStore.open(remote_url, read_only=True) as remote,
        Store.open(seed_store, read_only=True) as local,
    ):
        assert validate_store(remote) == validate_store(local)
        for fmt in ("nt", "turtle"):
            assert export(remote, fmt) == export(local, fmt)
        assert export(remote, "nt", include_vocabulary=False) == export(
            local, "nt", include_vocabulary=False
        )
        remote_triples, local_triples = remote.triples(), local.triples()
        assert len(remote_triples) == len(local_triples)
        assert ground(remote_triples) == ground(local_triples)  # blank-node labels differ
        assert isomorphic(
            remote.to_rdflib(include_vocabulary=False), local.to_rdflib(include_vocabulary=False)
        )
        assert canonical(remote.dump("nquads")) == canonical(local.dump("nquads"))


def test_export_reads_alike_by_subject(
    remote_url: str, seed_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The streaming export's reads, and an export in many small batches, match."""
    import kg.export

    def iris(store: Store | RemoteStore, **kwargs: bool) -> list[str]:
        return [s for s in store.subjects(**kwargs) if s.startswith("<")]

    def triples(data: bytes) -> set:
        return {q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)}

    with (
        RemoteStore.open(remote_url, read_only=True) as remote,
        Store.open(seed_store, read_only=True) as local,
    ):
        subjects = iris(local)
        assert iris(remote) == subjects and len(subjects) > 20
        assert iris(remote, include_vocabulary=False) == iris(local, include_vocabulary=False)
        some = subjects[::7]
        assert ground(triples(remote.ntriples(subjects=some))) == ground(
            triples(local.ntriples(subjects=some))
        )
        assert canonical(remote.blank_node_ntriples()) == canonical(local.blank_node_ntriples())
        monkeypatch.setattr(kg.export, "_SUBJECTS_PER_QUERY", 7)
        assert export(remote, "turtle") == export(local, "turtle")


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_cli_ask_matches(remote_url: str, seed_store: Path, fmt: str) -> None:
    question = ("ask", "who supports one-China", "--format", fmt)
    remote, local = run(remote_url, *question), run(seed_store, *question)
    assert remote.exit_code == local.exit_code == EXIT_OK, remote.stderr
    assert "Kyrgyzstan" in remote.stdout
    assert remote.stdout == local.stdout


def test_cli_sparql_matches(remote_url: str, seed_store: Path, tmp_path: Path) -> None:
    for args in (
        ("sparql", ORDERED, "--format", "json"),
        ("sparql", ORDERED, "--format", "csv"),
        ("sparql", ORDERED),
        ("sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "json"),
        ("sparql", "ASK { ?p a kg:Position }", "--format", "json", "--timeout", "5"),
    ):
        remote, local = run(remote_url, *args), run(seed_store, *args)
        assert remote.exit_code == local.exit_code == EXIT_OK, remote.stderr
        assert remote.stdout == local.stdout, args
    rows = json.loads(run(remote_url, "sparql", ORDERED, "--format", "json").stdout)
    assert rows["results"]["bindings"]
    query_file = tmp_path / "construct.rq"
    query_file.write_text(
        "CONSTRUCT { ?p kg:holder ?h } WHERE { ?p kg:holder ?h }", encoding="utf-8"
    )
    remote = run(remote_url, "sparql", "-f", str(query_file), "--format", "table")
    local = run(seed_store, "sparql", "-f", str(query_file), "--format", "table")
    assert remote.exit_code == EXIT_OK, remote.stderr
    assert sorted(remote.stdout.splitlines()) == sorted(local.stdout.splitlines())


def test_cli_validate_and_export_match(remote_url: str, seed_store: Path) -> None:
    remote, local = run(remote_url, "validate"), run(seed_store, "validate")
    assert remote.exit_code == local.exit_code == EXIT_OK
    assert (remote.stdout, remote.stderr) == (local.stdout, local.stderr)
    remote, local = (
        run(remote_url, "export", "--format", "nt"),
        run(seed_store, "export", "--format", "nt"),
    )
    assert remote.exit_code == local.exit_code == EXIT_OK
    assert remote.stdout_bytes and remote.stdout_bytes == local.stdout_bytes


def test_reingest_changes_nothing(remote_url: str, seeds_dir: Path) -> None:
    with RemoteStore.open(remote_url, read_only=True) as store:
        before = export(store, "nt")
        digest = store.vocabulary_hash()
    result = run(remote_url, "ingest", str(seeds_dir))
    assert result.exit_code == EXIT_OK, result.stderr
    assert "2 readout(s) stored (2 unchanged)" in result.stderr
    with RemoteStore.open(remote_url) as store:
        assert store.ensure_vocabulary(vocabulary_graph()) is False
        assert store.vocabulary_hash() == digest
        assert export(store, "nt") == before


def test_delete_readout_removes_one_graph(remote_url: str, seed_store: Path, make_readout) -> None:
    iri, graph = make_readout(7)
    with RemoteStore.open(remote_url) as store:
        before = export(store, "nt")
        assert store.put_readout(iri, graph) is True
        try:
            assert store.put_readout(iri, graph) is False
            assert store.has_readout(iri) and store.readout_count() == 3
            assert isomorphic(store.graph(iri), graph)
        finally:
            assert store.delete_readout(iri) is True
        assert store.delete_readout(iri) is False
        assert not store.has_readout(iri) and store.readout_count() == 2
        assert export(store, "nt") == before
    with Store.open(seed_store, read_only=True) as local:
        assert before == export(local, "nt")


# ---------------------------------------------------------------- the store contract on a scratch server


def test_put_readouts_replace_whole_graphs(scratch: RemoteStore, make_readout) -> None:
    items = [make_readout(i, positions=3) for i in range(3)]
    assert scratch.put_readouts(items + [items[0]]) == [False, True, True, True]
    assert scratch.put_readouts(items) == [False] * 3
    iri, smaller = make_readout(0, positions=1)
    assert scratch.put_readout(iri, smaller) is True
    assert isomorphic(scratch.graph(iri), smaller)
    assert scratch.readout_iris() == sorted(i for i, _ in items)


def test_blank_nodes_and_escapes_round_trip(scratch: RemoteStore, vocab: Graph) -> None:
    iri = ID["readout/escapes"]
    g = Graph()
    term = BNode()
    g.add((iri, RDF.type, KG.Readout))
    g.add((iri, KG.heldOffice, term))
    g.add((term, KG.office, Literal("Minister")))
    for i, text in enumerate(
        [
            'quote " and \\ backslash',
            "new\nline\r\ttab",
            "\\u0041 is not A",
            "é 中文 😀",
            "}} ; DROP ALL",
        ]
    ):
        g.add((iri, KG.evidence, Literal(text)))
        g.add((iri, SKOS.prefLabel, Literal(text, lang="EN")))
        g.add((iri, KG.evidenceStart, Literal(i)))
    assert scratch.put_readout(iri, g) is True
    assert scratch.put_readout(iri, g) is False  # blank nodes compared canonically
    assert len(scratch.graph(iri)) == len(g)
    assert scratch.ensure_vocabulary(vocab) is True
    assert scratch.ensure_vocabulary(vocab) is False
    assert scratch.readout_count() == 1  # the vocabulary is not a readout
    with pytest.raises(StoreError, match="vocabulary graph"):
        scratch.put_readout(VOCAB_GRAPH, g)
    with pytest.raises(StoreError, match="invalid RDF term"):
        scratch.put_readout(
            ID["readout/bad"], Graph().add((URIRef("urn:a b"), RDF.type, KG.Readout))
        )


def test_bound_literal_is_data_not_query(scratch: RemoteStore) -> None:
    sneaky = Literal('x" } SERVICE <http://127.0.0.1:9/> { ?a ?b ?c } #', lang="en")
    rows = scratch.select("SELECT ?v WHERE { BIND(?v AS ?w) }", {"v": sneaky})
    assert rows == [{"v": sneaky}]


def test_updates_and_strays(scratch: RemoteStore) -> None:
    stray = ID["graph/test-stray"]
    scratch.update(
        f"INSERT DATA {{ GRAPH <{stray}> {{ <{state_iri('CHN')}> a kg:State }} }}",
        prefixes=PREFIXES,
    )
    assert {q.graph_name.value for q in scratch.quads()} == {str(stray)}
    assert scratch.readout_count() == 0
    scratch.update(f"DROP GRAPH <{stray}>")
    assert list(scratch.quads()) == []
    with pytest.raises(QueryError, match="LOAD is refused"):
        scratch.update("LOAD <http://127.0.0.1:9/data.ttl>")


def test_read_only_and_closed_stores_refuse(scratch_server: str, make_readout) -> None:
    with RemoteStore.open(scratch_server, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.put_readout(*make_readout(1))
        with pytest.raises(StoreError, match="read-only"):
            store.update("CLEAR ALL")
    with pytest.raises(StoreError, match="closed"):
        store.readout_count()
    with pytest.raises(StoreError, match="created read-only"):
        RemoteStore.open(scratch_server, create=True, read_only=True)


# ---------------------------------------------------------------- errors


def test_service_is_refused(remote_url: str) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    assert_one_line_error(run(remote_url, "sparql", query), "SERVICE clauses are refused")
    with RemoteStore.open(remote_url, read_only=True) as store:
        with pytest.raises(QueryError, match="SERVICE"):
            store.select(query)
        hidden = "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
        with pytest.raises(QueryError, match="SERVICE"):
            store.select(hidden)
        with pytest.raises(QueryError, match="refused the query"):
            store.select("SELECT ?x WHERE { ?x }")  # rejected by the server itself
        with pytest.raises(QueryError, match="ASK queries only"):
            store.ask("SELECT * WHERE { ?s ?p ?o } LIMIT 1")


def test_unreachable_server_is_exit_3_with_one_line(seeds_dir: Path) -> None:
    url = f"http://127.0.0.1:{_free_port()}"
    for args in (("ask", "who supports one-China"), ("ingest", str(seeds_dir))):
        assert_one_line_error(
            run(url, *args),
            f"cannot reach the SPARQL endpoint at {url}/query: connection refused",
            "is the server running?",
        )


def test_wrong_path_is_a_store_error(remote_url: str) -> None:
    assert_one_line_error(run(f"{remote_url}/nowhere", "validate"), "no SPARQL endpoint at", "404")


def test_silent_server_hits_the_time_limits() -> None:
    with socket.socket() as silent:  # accepts connections (backlog), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        store = RemoteStore(parse_store_url(url), http_timeout=0.2)
        with pytest.raises(QueryError, match="exceeded the 0.1 s time limit"):
            store.select("SELECT * WHERE { ?s ?p ?o }", timeout=0.1)
        with pytest.raises(StoreError, match="did not answer within 0.2 s"):
            store.readout_count()


def test_concurrent_reader_never_sees_a_partial_readout(scratch: RemoteStore, make_readout) -> None:
    iri, big = make_readout(1, positions=400)
    _, small = make_readout(1, positions=2)
    scratch.put_readout(iri, big)
    sizes = {len(big), len(small)}
    seen: set[int] = set()
    done = threading.Event()

    def read() -> None:
        with RemoteStore.open(scratch.url, read_only=True) as reader:
            query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
            while not done.is_set():
                seen.add(int(reader.select(query, {"g": iri})[0]["n"]))

    thread = threading.Thread(target=read)
    thread.start()
    try:
        for k in range(6):
            scratch.put_readout(iri, small if k % 2 == 0 else big)
    finally:
        done.set()
        thread.join()
    assert seen <= sizes, seen


def test_rejected_put_leaves_the_old_graph(scratch: RemoteStore, make_readout) -> None:
    """kg relies on the server replacing a graph in one step: a PUT it rejects changes nothing."""
    iri, graph = make_readout(2)
    scratch.put_readout(iri, graph)
    broken = f'<{iri}> <{RDF.type}> "unterminated .\n'.encode()
    query = urllib.parse.urlencode({"graph": str(iri)})
    request = urllib.request.Request(
        f"{scratch.endpoints.store}?{query}",
        data=broken,
        method="PUT",
        headers={"Content-Type": "application/n-triples"},
    )
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=10)
    assert caught.value.code == 400
    assert isomorphic(scratch.graph(iri), graph)


def test_parallel_ingest_writes_the_same_graph(
    scratch: RemoteStore, seeds_dir: Path, seed_store: Path, make_readout
) -> None:
    result = run(scratch.url, "ingest", str(seeds_dir), "--jobs", "2")
    assert result.exit_code == EXIT_OK, result.stderr
    assert "2 readout(s) stored (0 unchanged)" in result.stderr
    with Store.open(seed_store, read_only=True) as local:
        assert export(scratch, "nt") == export(local, "nt")
    name, graph = make_readout(1)
    assert scratch.put_readout_nquads(name, readout_nquads(name, graph)) is True
    assert scratch.put_readout(name, graph) is False
    with pytest.raises(StoreError, match="another graph"):
        scratch.put_readout_nquads(ID["readout/other"], readout_nquads(name, graph))
