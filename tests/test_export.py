"""kg.export: deterministic RDF exports, the GraphML projection, atomic writes."""

from __future__ import annotations

import io
import os
import re
import tracemalloc
from collections import Counter
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

import kg.export as export_module
from kg.errors import ExportError
from kg.export import (
    export,
    graphml_bytes,
    project_positions,
    sorted_ntriples,
    write_atomic,
)
from kg.namespaces import ID, KG, person_iri, state_iri, topic_iri
from kg.store import Store


def assert_isomorphic(expected: Graph, actual: Graph) -> None:
    if not isomorphic(expected, actual):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        pytest.fail(
            "graphs differ\nonly expected:\n"
            + only_expected.serialize(format="nt")
            + "\nonly actual:\n"
            + only_actual.serialize(format="nt")
        )


def _fill(location: Path, items, vocab: Graph) -> Store:
    store = Store.open(location, create=True)
    store.ensure_vocabulary(vocab)
    for iri, graph in items:
        store.put_readout(iri, graph)
    return store


@pytest.fixture
def store(tmp_path: Path, make_readout, vocab: Graph):
    with _fill(tmp_path / "s", [make_readout(i) for i in range(3)], vocab) as s:
        yield s


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize(
    ("fmt", "rdflib_format"), [("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")]
)
def test_rdf_exports_round_trip(store: Store, fmt: str, rdflib_format: str) -> None:
    data = export(store, fmt)
    assert isinstance(data, bytes)
    assert_isomorphic(store.to_rdflib(), Graph().parse(data=data, format=rdflib_format))


def test_exports_are_deterministic_across_stores(
    tmp_path: Path, make_readout, vocab: Graph
) -> None:
    items = [make_readout(i) for i in range(4)]
    with _fill(tmp_path / "a", items, vocab) as a:
        first = {fmt: export(a, fmt) for fmt in ("turtle", "nt", "jsonld", "graphml")}
    # another insertion order, another vocabulary parse (new blank-node ids)
    fresh_vocab = Graph().parse(data=vocab.serialize(format="nt"), format="nt")
    with _fill(tmp_path / "b", list(reversed(items)), fresh_vocab) as b:
        second = {fmt: export(b, fmt) for fmt in ("turtle", "nt", "jsonld", "graphml")}
    assert first == second


def test_nt_is_sorted_canonical_and_deduplicated(store: Store) -> None:
    lines = sorted_ntriples(store).splitlines()
    assert len(lines) == len(set(lines)) == len(store.to_rdflib())
    subjects = [line.split(b" ", 1)[0] for line in lines]
    assert subjects == sorted(subjects)
    bnodes = {line.split(b" ", 1)[0] for line in lines if line.startswith(b"_:")}
    assert bnodes == {b"_:c14n0"}  # wang-yi's office term, canonically named
    rdf_type = f"<{RDF.type}>".encode()
    seen_other: set[bytes] = set()
    for line in lines:
        subject, predicate, _ = line.split(b" ", 2)
        if predicate == rdf_type:
            assert subject not in seen_other, "rdf:type must come first for each subject"
        else:
            seen_other.add(subject)


def test_turtle_uses_kg_prefixes(store: Store) -> None:
    text = export(store, "turtle").decode()
    head = [line for line in text.splitlines() if line.startswith("@prefix")]
    assert head == sorted(head)
    assert "state:CHN" in text and "kg:Position" in text and "position:" in text


def test_vocabulary_can_be_left_out(store: Store) -> None:
    without = Graph().parse(data=export(store, "nt", include_vocabulary=False), format="nt")
    assert_isomorphic(store.to_rdflib(include_vocabulary=False), without)


def test_projection(store: Store) -> None:
    graph = project_positions(store)
    assert isinstance(graph, nx.MultiDiGraph)
    kinds = Counter(d["kind"] for _, _, d in graph.edges(data=True))
    assert kinds == {"position": 9, "addressed": 9, "voiced": 9, "reports": 3}
    china = graph.nodes[str(state_iri("CHN"))]
    assert china == {"kind": "state", "label": "China", "iri": str(state_iri("CHN"))}
    assert graph.nodes[str(person_iri("wang-yi"))]["kind"] == "person"
    assert graph.nodes[str(topic_iri("multilateralism"))]["label"] == "multilateralism"
    edge = next(
        d
        for u, v, d in graph.edges(data=True)
        if d["kind"] == "position" and d["stance"] == "oppose"
    )
    assert edge["date"] == "2020-11-16" and edge["addressee"] == str(state_iri("KGZ"))
    assert edge["evidence"].startswith("China firmly supports item 1")
    assert edge["voiced_by"] == str(person_iri("wang-yi"))


def test_graphml_reads_back(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "graph.graphml"
    assert export(store, "graphml", out) is None
    back = nx.read_graphml(out, force_multigraph=True)
    projected = project_positions(store)
    assert back.number_of_nodes() == projected.number_of_nodes()
    assert back.number_of_edges() == projected.number_of_edges()
    assert back.nodes[str(state_iri("KGZ"))]["label"] == "Kyrgyzstan"


def _networkx_graphml(graph: nx.Graph) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


def _odd_graphs() -> list[nx.Graph]:
    multi = nx.MultiDiGraph(name='odd "graph" & co')
    multi.add_node("lonely")
    multi.add_node("a<b>", label='quote " amp & lt < gt >', flag=True, count=3, ratio=0.5)
    multi.add_node("c\td", label="tab\tnewline\ncr\r é 中 \U0001f600", empty="")
    multi.add_edge("a<b>", "c\td", key="k&1", kind="x", weight=2)
    multi.add_edge("a<b>", "c\td", key="k\n2", kind="y", note="  spaced  ")
    multi.add_edge("lonely", "lonely", key=7)
    simple = nx.Graph()
    simple.add_edge(1, 2, label="one-two")
    simple.add_edge(2, 3)
    return [multi, simple, nx.MultiDiGraph(), nx.Graph(id="g1")]


def test_graphml_is_what_networkx_writes(store: Store) -> None:
    """The streamed GraphML has networkx's bytes, escaping and indentation included."""
    for graph in [project_positions(store), *_odd_graphs()]:
        expected = _networkx_graphml(graph.copy())  # networkx pops the graph's "id"
        assert graphml_bytes(graph) == expected


def test_graphml_refuses_values_it_cannot_type() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("a", when=None)
    with pytest.raises(ExportError, match="GraphML cannot hold the NoneType value of attribute"):
        graphml_bytes(graph)


def test_export_to_file_is_what_render_gives(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    assert export(store, "turtle", out) is None
    assert out.read_bytes() == export(store, "turtle")
    assert oct(out.stat().st_mode & 0o777) == oct(0o644)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_unknown_format(store: Store) -> None:
    with pytest.raises(ExportError, match="unknown export format 'rdfxml'; use one of"):
        export(store, "rdfxml")


# ---------------------------------------------------------------- streaming

_RDF_TYPE = f"<{RDF.type}>".encode()
X = Namespace("urn:x:")


def reference_ntriples(store: Store, *, include_vocabulary: bool = True) -> bytes:
    """The export's N-Triples computed the simple way, all in memory (kg before streaming)."""
    lines = set(store.ntriples(include_vocabulary=include_vocabulary).split(b"\n"))
    lines.discard(b"")
    with_bnodes = {
        line for line in lines if line.startswith(b"_:") or re.search(rb" _:[^ ]+ \.$", line)
    }
    if with_bnodes:
        dataset = ox.Dataset(ox.parse(b"\n".join(with_bnodes), format=ox.RdfFormat.N_TRIPLES))
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        lines = (lines - with_bnodes) | {f"{q.triple} .".encode() for q in dataset}

    def key(line: bytes) -> tuple[bytes, bool, bytes, bytes]:
        subject, predicate, rest = line.split(b" ", 2)
        return (subject, predicate != _RDF_TYPE, predicate, rest)

    return b"".join(line + b"\n" for line in sorted(lines, key=key))


def _awkward_graph() -> Graph:
    """Triples that try the streaming export's corners."""
    g = Graph()
    a, a1, a12 = URIRef("urn:x:a"), URIRef("urn:x:a/1"), URIRef("urn:x:a/1/2")
    # "<urn:x:a/1/2>" sorts before "<urn:x:a/1>" as N-Triples, after it as a string
    for s in (a, a1, a12):
        g.add((s, RDF.type, X.Thing))
        g.add((s, X.name, Literal(str(s))))
    # a subject whose only triples point to blank nodes, and a chain of blank nodes
    only_bnodes, first, second, leaf = URIRef("urn:x:b"), BNode(), BNode(), BNode()
    g.add((only_bnodes, X.part, first))
    g.add((only_bnodes, X.part, second))
    g.add((first, X.next, second))
    g.add((second, RDF.type, X.Node))
    g.add((second, X.leaf, leaf))  # blank nodes that are never subjects
    g.add((a, X.leaf, BNode()))
    g.add((a12, X.part, first))
    # rdf:type as an object, and literals spelling out the rdf:type IRI: the fast sort
    # would put the first "x> ..." note before the second, the right order is after
    g.add((a, X.property, RDF.type))
    text = f"x> <{RDF.type}> <urn:x:z"
    g.add((a1, X.note, Literal(text)))
    g.add((a1, X.note, Literal("x> <a")))
    g.add((first, X.note, Literal(text)))
    g.add((URIRef("urn:x:c"), X.note, Literal('line\nbreak "quoted" \\ é \x01')))
    return g


@pytest.fixture
def awkward(tmp_path: Path, make_readout, vocab: Graph):
    items = [make_readout(i) for i in range(5)]
    items.append((ID["readout/awkward"], _awkward_graph()))
    repeated = Graph()
    for triple in list(_awkward_graph().triples((URIRef("urn:x:a"), None, None))):
        repeated.add(triple)  # the same triples in a second graph
    items.append((ID["readout/repeated"], repeated))
    with _fill(tmp_path / "awkward", items, vocab) as s:
        s.update("INSERT DATA { <urn:x:default> <urn:x:p> 'in the default graph' }")
        yield s


@pytest.mark.parametrize("per_query", [1, 3, 2000])
@pytest.mark.parametrize("include_vocabulary", [True, False])
def test_streamed_ntriples_are_the_simple_sort(
    awkward: Store, monkeypatch: pytest.MonkeyPatch, per_query: int, include_vocabulary: bool
) -> None:
    """Batch boundaries, blank nodes, repeats and the fast sort change nothing in the bytes."""
    monkeypatch.setattr(export_module, "_SUBJECTS_PER_QUERY", per_query)
    expected = reference_ntriples(awkward, include_vocabulary=include_vocabulary)
    assert b"_:c14n" in expected
    # without the vocabulary, only the named graphs of readouts: not the default graph
    assert (b"in the default graph" in expected) == include_vocabulary
    data = export(awkward, "nt", include_vocabulary=include_vocabulary)
    assert data == expected
    assert data == sorted_ntriples(awkward, include_vocabulary=include_vocabulary)


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize(
    ("fmt", "rdflib_format"), [("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")]
)
def test_streamed_exports_round_trip_and_repeat(
    awkward: Store, monkeypatch: pytest.MonkeyPatch, fmt: str, rdflib_format: str, tmp_path: Path
) -> None:
    monkeypatch.setattr(export_module, "_SUBJECTS_PER_QUERY", 2)
    first = tmp_path / f"first.{fmt}"
    export(awkward, fmt, first)
    assert_isomorphic(awkward.to_rdflib(), Graph().parse(first, format=rdflib_format))
    monkeypatch.setattr(export_module, "_SUBJECTS_PER_QUERY", 5)
    assert export(awkward, fmt) == first.read_bytes()  # other batches, same bytes


def test_export_streams_into_an_open_file(awkward: Store, tmp_path: Path) -> None:
    with open(tmp_path / "out.ttl", "wb") as handle:
        assert export(awkward, "turtle", handle) is None
    assert (tmp_path / "out.ttl").read_bytes() == export(awkward, "turtle")


@pytest.mark.parametrize("fmt", ["nt", "turtle"])
def test_export_memory_stays_below_the_size_of_the_graph(
    tmp_path: Path, make_readout, vocab: Graph, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """Regression: the export held the whole graph in memory, 3.7x its N-Triples here
    (0.3x streamed: the subject list and a few batches)."""
    items = [make_readout(i, positions=20) for i in range(150)]
    with _fill(tmp_path / "big", items, vocab) as store:
        size = len(store.ntriples())
        assert size > 6_000_000
        monkeypatch.setattr(export_module, "_SUBJECTS_PER_QUERY", 100)
        out = tmp_path / f"out.{fmt}"
        tracemalloc.start()
        try:
            export(store, fmt, out)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert out.stat().st_size > size // 8  # Turtle is about a quarter of N-Triples
    assert peak < size // 2, f"peak {peak:,} bytes for {size:,} bytes of N-Triples"


# ---------------------------------------------------------------- atomicity


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    target = tmp_path / "out" / "graph.nt"
    target.parent.mkdir()
    target.write_bytes(b"<urn:good> <urn:good> <urn:good> .\n")
    return target


def _assert_untouched(target: Path) -> None:
    assert target.read_bytes() == b"<urn:good> <urn:good> <urn:good> .\n"
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_failed_write_leaves_the_old_file(
    store: Store, good_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError) as err:
        export(store, "nt", good_file)
    assert (
        str(err.value) == f"cannot write {good_file}: No space left on device; nothing was changed"
    )
    _assert_untouched(good_file)


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld"])
def test_failure_mid_export_leaves_the_old_file(
    store: Store, good_file: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """The store fails on its fourth batch, while the export is being written."""
    temporary_files: list[int] = []
    real = store.ntriples
    calls = 0

    def fail_on_the_fourth_batch(**kwargs: object) -> bytes:
        nonlocal calls
        calls += 1
        if calls == 4:
            temporary_files.append(len(list(good_file.parent.glob(".graph.nt.*.tmp"))))
            raise RuntimeError("store crashed")
        return real(**kwargs)

    monkeypatch.setattr(export_module, "_SUBJECTS_PER_QUERY", 1)
    monkeypatch.setattr(store, "ntriples", fail_on_the_fourth_batch)
    with pytest.raises(RuntimeError, match="store crashed"):
        export(store, fmt, good_file)
    assert temporary_files == [1]  # the export was under way, into its temporary file
    _assert_untouched(good_file)


def test_failed_graphml_leaves_the_old_file(
    store: Store, good_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = export_module._graphml_child
    calls = 0

    def fail_on_the_tenth_element(*args: object) -> bytes:
        nonlocal calls
        calls += 1
        if calls == 10:
            raise RuntimeError("serializer crashed")
        return real(*args)

    monkeypatch.setattr(export_module, "_graphml_child", fail_on_the_tenth_element)
    with pytest.raises(RuntimeError, match="serializer crashed"):
        export(store, "graphml", good_file)
    _assert_untouched(good_file)


def test_interrupted_write_leaves_the_old_file(
    good_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(src: object, dst: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(good_file, b"new content")
    _assert_untouched(good_file)


def test_unwritable_targets(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="it is a directory; give a file name"):
        write_atomic(tmp_path, b"x")
    with pytest.raises(ExportError, match="does not exist; create it first"):
        write_atomic(tmp_path / "missing" / "x.ttl", b"x")
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(ExportError, match="choose a writable directory"):
            write_atomic(locked / "x.ttl", b"x")


def test_replacing_keeps_the_old_mode(good_file: Path) -> None:
    good_file.chmod(0o600)
    write_atomic(good_file, b"new")
    assert good_file.read_bytes() == b"new"
    assert good_file.stat().st_mode & 0o777 == 0o600


def test_labels_come_from_the_shipped_vocabulary(tmp_path: Path, make_readout) -> None:
    """A store holding no vocabulary still shows states by name (labels come from the
    packaged vocabularies, not from a join in the store)."""
    with _fill(tmp_path / "s", [make_readout(1, positions=1)], Graph()) as s:
        graph = project_positions(s)
    assert graph.nodes[str(state_iri("CHN"))]["label"] == "China"
    assert KG.Position not in graph
