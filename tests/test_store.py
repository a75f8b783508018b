"""kg.store: the embedded pyoxigraph store on disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import SKOS

from kg.errors import QueryError, StoreError
from kg.namespaces import ID, KG, VOCAB_GRAPH, state_iri
from kg.sparql import PREFIXES
from kg.store import DATA_DIR, LOCK_FILE, MARKER_FILE, Store, default_location

LOCKED = "is locked by another kg process; wait for it to finish"


def assert_isomorphic(expected: Graph, actual: Graph) -> None:
    if not isomorphic(expected, actual):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        pytest.fail(
            "graphs differ\nonly expected:\n"
            + only_expected.serialize(format="nt")
            + "\nonly actual:\n"
            + only_actual.serialize(format="nt")
        )


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "store", create=True) as s:
        yield s


# ---------------------------------------------------------------- opening


def test_create_writes_marker_and_reopens_read_only(tmp_path: Path, make_readout) -> None:
    location = tmp_path / "new" / "store"
    iri, graph = make_readout(1)
    with Store.open(location, create=True) as s:
        s.put_readout(iri, graph)
    marker = json.loads((location / MARKER_FILE).read_text())
    assert marker["format"] == "kg-store" and marker["version"] == 1
    assert (location / DATA_DIR).is_dir()
    with Store.open(location, read_only=True) as s:
        assert s.read_only
        assert s.readout_count() == 1
        assert s.has_readout(iri)


@pytest.mark.parametrize("read_only", [True, False])
def test_missing_store_is_an_error_and_nothing_is_created(tmp_path: Path, read_only: bool) -> None:
    location = tmp_path / "nowhere"
    with pytest.raises(
        StoreError, match=r"^no kg store at .*nowhere; create one with `kg ingest`$"
    ):
        Store.open(location, read_only=read_only)
    assert not location.exists()


def test_foreign_directory_is_refused_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "etc"
    foreign.mkdir()
    (foreign / "passwd").write_text("root:x:0:0\n")
    with pytest.raises(StoreError, match="no kg store at"):
        Store.open(foreign, read_only=True)
    with pytest.raises(StoreError, match="is not a kg store and is not empty"):
        Store.open(foreign, create=True)
    assert sorted(p.name for p in foreign.iterdir()) == ["passwd"]


def test_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        Store.open(target, create=True)


def test_wrong_format_version_is_refused(tmp_path: Path) -> None:
    location = tmp_path / "s"
    Store.open(location, create=True).close()
    (location / MARKER_FILE).write_text(json.dumps({"format": "kg-store", "version": 99}))
    with pytest.raises(StoreError, match="format version 99"):
        Store.open(location, read_only=True)


def test_default_location_honours_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KG_STORE", str(tmp_path / "x"))
    assert default_location() == tmp_path / "x"
    monkeypatch.delenv("KG_STORE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_location() == tmp_path / "data" / "kg" / "store"


def test_closed_store_and_read_only_writes_are_refused(tmp_path: Path, make_readout) -> None:
    location = tmp_path / "s"
    s = Store.open(location, create=True)
    s.close()
    s.close()  # idempotent
    with pytest.raises(StoreError, match="is closed"):
        s.readout_count()
    with Store.open(location, read_only=True) as ro, pytest.raises(StoreError, match="read-only"):
        ro.put_readout(*make_readout(1))


# ---------------------------------------------------------------- locking

_HOLDER = textwrap.dedent(
    """
    import sys
    from kg.store import Store
    s = Store.open(sys.argv[1], read_only=sys.argv[2] == "read", create=sys.argv[2] == "write")
    print("ready", flush=True)
    sys.stdin.read()
    s.close()
    """
)


def _hold(location: Path, mode: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(location), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def _release(proc: subprocess.Popen) -> None:
    proc.communicate("", timeout=20)
    assert proc.returncode == 0


def test_second_writer_is_refused_with_lock_message(tmp_path: Path) -> None:
    location = tmp_path / "s"
    Store.open(location, create=True).close()
    writer = _hold(location, "write")
    try:
        start = time.monotonic()
        with pytest.raises(StoreError) as err:
            Store.open(location, create=True, lock_timeout=0.3)
        assert str(err.value) == f"store {location} {LOCKED}"
        assert time.monotonic() - start < 3
        with pytest.raises(StoreError, match=LOCKED):  # readers wait for the writer too
            Store.open(location, read_only=True, lock_timeout=0.2)
    finally:
        _release(writer)
    with Store.open(location, create=True, lock_timeout=2):  # free again
        pass


def test_readers_share_the_store_but_exclude_writers(tmp_path: Path) -> None:
    location = tmp_path / "s"
    Store.open(location, create=True).close()
    reader = _hold(location, "read")
    try:
        with Store.open(location, read_only=True, lock_timeout=1) as s:
            assert s.readout_count() == 0
        with pytest.raises(StoreError, match=LOCKED):
            Store.open(location, lock_timeout=0.2)
    finally:
        _release(reader)
    assert (location / LOCK_FILE).exists()


def test_lock_waits_for_a_short_writer(tmp_path: Path) -> None:
    location = tmp_path / "s"
    Store.open(location, create=True).close()
    writer = _hold(location, "write")
    subprocess.Popen(["sh", "-c", "sleep 0.3"]).wait()
    writer.stdin.close()  # type: ignore[union-attr]
    with Store.open(location, lock_timeout=10):
        pass
    writer.wait(timeout=10)


# ---------------------------------------------------------------- readouts


def test_put_readout_round_trips(store: Store, make_readout) -> None:
    iri, graph = make_readout(1, positions=5)
    assert store.put_readout(iri, graph) is True
    assert_isomorphic(graph, store.graph(iri))
    assert store.readout_iris() == [iri]


def test_reputting_the_same_readout_changes_nothing(store: Store, make_readout) -> None:
    iri, graph = make_readout(1)
    store.put_readout(iri, graph)
    before = store.dump("nquads")
    _, again = make_readout(1)  # a fresh rdflib graph with the same triples
    assert store.put_readout(iri, again) is False
    assert store.dump("nquads") == before
    assert store.dump("nt") == store.dump("nt")


def test_put_readout_replaces_the_whole_graph(store: Store, make_readout) -> None:
    iri, graph = make_readout(1, positions=6)
    store.put_readout(iri, graph)
    _, smaller = make_readout(1, positions=2)
    smaller.add((iri, KG.fileName, Literal("b.txt")))
    assert store.put_readout(iri, smaller) is True
    assert_isomorphic(smaller, store.graph(iri))


def test_blank_nodes_compare_by_structure(store: Store) -> None:
    iri = ID["readout/bnodes"]

    def build() -> Graph:
        g = Graph()
        term = BNode()
        g.add((iri, RDF.type, KG.Readout))
        g.add((iri, KG.heldOffice, term))
        g.add((term, KG.office, Literal("Minister")))
        return g

    assert store.put_readout(iri, build()) is True
    assert store.put_readout(iri, build()) is False
    assert_isomorphic(build(), store.graph(iri))


def test_put_readouts_is_one_batch(store: Store, make_readout) -> None:
    items = [make_readout(i) for i in range(5)]
    assert store.put_readouts(items) == [True] * 5
    assert store.readout_count() == 5
    assert store.put_readouts(items + [items[0]]) == [False] * 6
    _, changed = make_readout(0, positions=1)
    assert store.put_readouts([items[0], (items[0][0], changed)]) == [False, True]
    assert_isomorphic(changed, store.graph(items[0][0]))


def test_delete_readout(store: Store, make_readout) -> None:
    iri, graph = make_readout(1)
    store.put_readout(iri, graph)
    assert store.delete_readout(iri) is True
    assert store.delete_readout(iri) is False
    assert not store.has_readout(iri) and store.readout_count() == 0


def test_literals_survive_escaping(store: Store) -> None:
    iri = ID["readout/escapes"]
    g = Graph()
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
        g.add((iri, SKOS.prefLabel, Literal(text, lang="en")))
        g.add((iri, KG.evidenceStart, Literal(i)))
    g.add((iri, KG.curated, Literal(False)))
    store.put_readout(iri, g)
    assert_isomorphic(g, store.graph(iri))
    assert store.put_readout(iri, g) is False


def test_invalid_iri_is_a_store_error(store: Store) -> None:
    g = Graph()
    g.add((URIRef("http://example.org/a b"), RDF.type, KG.Readout))
    with pytest.raises(StoreError, match="invalid RDF term"):
        store.put_readout(ID["readout/bad"], g)
    assert store.readout_count() == 0


def test_vocabulary_graph_is_replaced_only_when_it_changes(store: Store, vocab: Graph) -> None:
    assert store.ensure_vocabulary(vocab) is True
    digest = store.vocabulary_hash()
    assert store.ensure_vocabulary(vocab) is False
    assert_isomorphic(vocab, store.graph(VOCAB_GRAPH))
    assert store.readout_count() == 0  # the vocabulary is not a readout
    vocab.add((state_iri("FRA"), RDF.type, KG.State))
    assert store.ensure_vocabulary(vocab) is True
    assert store.vocabulary_hash() != digest
    assert_isomorphic(vocab, store.graph(VOCAB_GRAPH))


# ---------------------------------------------------------------- queries


def test_select_sees_the_union_and_binds_safely(store: Store, make_readout, vocab: Graph) -> None:
    store.ensure_vocabulary(vocab)
    for i in range(3):
        store.put_readout(*make_readout(i, positions=2))
    query = """
        SELECT ?pos ?holder ?label WHERE { ?pos kg:holder ?holder . ?holder skos:prefLabel ?label }
    """
    rows = store.select(query, {"holder": state_iri("CHN")}, prefixes=PREFIXES)
    assert len(rows) == 6
    assert {r["label"] for r in rows} == {Literal("China", lang="en")}
    assert store.select(query, {"holder": state_iri("USA")}, prefixes=PREFIXES) == []
    hostile = Literal('x" } ; DROP ALL ; SELECT * { "')
    assert store.select("SELECT ?x WHERE { ?s ?p ?x }", {"x": hostile}) == []
    assert store.readout_count() == 3 and len(store.select("SELECT * WHERE { ?s ?p ?o }")) > 0


def test_select_leaves_unbound_variables_out(store: Store) -> None:
    rows = store.select("SELECT ?a ?b WHERE { BIND(1 AS ?a) }")
    assert rows == [{"a": Literal(1)}]


def test_bad_query_is_a_query_error(store: Store) -> None:
    with pytest.raises(QueryError, match="syntax error"):
        store.select("SELECT WHERE {")
    with pytest.raises(QueryError, match="SERVICE"):
        store.select("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")


def test_query_raw_formats(store: Store, make_readout) -> None:
    store.put_readout(*make_readout(1, positions=2))
    q = f"SELECT ?s WHERE {{ ?s a <{KG.Position}> }} ORDER BY ?s"
    data = json.loads(store.query_raw(q, result_format="json"))
    assert data["head"]["vars"] == ["s"] and len(data["results"]["bindings"]) == 2
    assert store.query_raw(q, result_format="csv").splitlines()[0] == b"s"
    assert store.query_raw(q, result_format="tsv").splitlines()[0] == b"?s"
    construct = "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t }"
    assert b"ontology#Position" in store.query_raw(construct, result_format="nt")
    with pytest.raises(QueryError, match="are RDF"):
        store.query_raw(construct, result_format="csv")
    with pytest.raises(QueryError, match="unknown result format"):
        store.query_raw(q, result_format="yaml")


def test_timed_query_matches_in_process(store: Store, make_readout) -> None:
    for i in range(3):
        store.put_readout(*make_readout(i))
    q = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
    assert store.select(q, timeout=20) == store.select(q)
    bound = {"p": KG.holder}
    assert store.select(q, bound, timeout=20) == store.select(q, bound)
    assert store.query_raw(q, result_format="csv", timeout=20) == store.query_raw(
        q, result_format="csv"
    )
    with pytest.raises(QueryError, match="syntax error|SPARQL error"):
        store.select("SELECT ?x WHERE { ?x ?y }", timeout=20)


def _children() -> set[int]:
    pids: set[int] = set()
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        text = (task / "children").read_text().split()
        pids.update(int(p) for p in text)
    return pids


def test_runaway_query_is_killed_at_the_deadline(store: Store) -> None:
    g = Graph()
    for i in range(3000):
        g.add((ID[f"x/{i}"], KG.evidence, Literal(i)))
    store.put_readout(ID["readout/big"], g)
    before = _children()
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    start = time.monotonic()
    with pytest.raises(QueryError) as err:
        store.select(runaway, timeout=1.0)
    elapsed = time.monotonic() - start
    assert str(err.value) == "query exceeded the 1 s time limit; narrow it or raise --timeout"
    assert elapsed < 4
    assert _children() <= before  # the worker is gone
    assert store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == [{"n": Literal(3000)}]


def test_dump_formats_and_to_rdflib(store: Store, make_readout, vocab: Graph) -> None:
    iri, graph = make_readout(1)
    store.ensure_vocabulary(vocab)
    store.put_readout(iri, graph)
    union = graph + vocab
    assert_isomorphic(union, store.to_rdflib())
    assert_isomorphic(graph, store.to_rdflib(include_vocabulary=False))
    for fmt, rdflib_fmt in (("nt", "nt"), ("turtle", "turtle")):
        assert_isomorphic(union, Graph().parse(data=store.dump(fmt), format=rdflib_fmt))
    assert str(VOCAB_GRAPH).encode() in store.dump("nquads")
    assert str(VOCAB_GRAPH).encode() not in store.dump("trig", include_vocabulary=False)
    with pytest.raises(StoreError, match="unknown dump format"):
        store.dump("rdfxml")


def test_reading_the_union_by_subject(store: Store, make_readout, vocab: Graph) -> None:
    """What the streaming export reads: subjects, their triples, the blank-node triples."""
    iri, graph = make_readout(1)
    store.ensure_vocabulary(vocab)
    store.put_readout(iri, graph)
    subjects = store.subjects()
    assert subjects == sorted(subjects) and len(subjects) == len(set(subjects))
    union = graph + vocab
    assert {s for s in subjects if s.startswith("<")} == {
        f"<{s}>" for s in union.subjects() if isinstance(s, URIRef)
    }
    assert sum(s.startswith("_:") for s in subjects) == 1  # wang-yi's office term
    assert store.subjects(include_vocabulary=False) == sorted({f"<{s}>" for s in graph.subjects()})

    # every subject's triples, in two batches, are the whole union but the blank nodes
    iris = [s for s in subjects if s.startswith("<")]
    parts = [store.ntriples(subjects=iris[:5]), store.ntriples(subjects=iris[5:])]
    blank = store.blank_node_ntriples()
    assert len(Graph().parse(data=blank, format="nt")) == 4  # the office term, and its link
    # one document: the embedded store's blank-node labels hold across its answers
    assert_isomorphic(union, Graph().parse(data=b"".join([*parts, blank]), format="nt"))
    assert store.blank_node_ntriples(include_vocabulary=False) == b""
    assert store.ntriples(subjects=[]) == b""

    for bad in ("_:b0", "urn:x:a", "<urn:x:a> } ; DROP ALL ; { <urn:x:b>", "<not an iri>"):
        with pytest.raises(StoreError, match="cannot select the subject"):
            store.ntriples(subjects=[bad])


def test_both_stores_share_one_read_api() -> None:
    """The queries, dumps and reads are written once, in kg.storebase."""
    from kg.remote import RemoteStore
    from kg.storebase import StoreBase

    with pytest.raises(TypeError, match="abstract"):
        StoreBase(read_only=True)  # type: ignore[abstract]
    shared = ["select", "ask", "query_raw", "readout_iris", "readout_count", "graph"]
    shared += ["triples", "ntriples", "subjects", "dump", "to_rdflib", "__enter__", "__exit__"]
    for cls in (Store, RemoteStore):
        assert issubclass(cls, StoreBase)
        assert not cls.__abstractmethods__
        for name in shared:
            assert getattr(cls, name) is getattr(StoreBase, name), f"{cls.__name__}.{name}"


def test_timed_queries_interleave_with_writes(store: Store, make_readout) -> None:
    """The worker reads a store this process is writing: it must see every write."""
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?p a <{KG.Position}> }}"
    for i in range(6):
        store.put_readouts([make_readout(10 * i + k, positions=13) for k in range(10)])
        assert store.select(count, timeout=20) == [{"n": Literal(130 * (i + 1))}]
    assert store.put_readout(*make_readout(999)) is True  # still writable afterwards
