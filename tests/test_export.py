"""kg.export: deterministic RDF exports, the GraphML projection, atomic writes."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

import kg.export as export_module
from kg.errors import ExportError
from kg.export import export, project_positions, sorted_ntriples, write_atomic
from kg.namespaces import KG, person_iri, state_iri, topic_iri
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


def test_export_to_file_is_what_render_gives(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    assert export(store, "turtle", out) is None
    assert out.read_bytes() == export(store, "turtle")
    assert oct(out.stat().st_mode & 0o777) == oct(0o644)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_unknown_format(store: Store) -> None:
    with pytest.raises(ExportError, match="unknown export format 'rdfxml'; use one of"):
        export(store, "rdfxml")


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


def test_failed_render_leaves_the_old_file(
    store: Store, good_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("serializer crashed")

    monkeypatch.setattr(export_module, "sorted_ntriples", boom)
    with pytest.raises(RuntimeError):
        export(store, "turtle", good_file)
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
