"""kg.validate and ontology/shapes.ttl: SHACL on readout graphs and the whole store."""

from __future__ import annotations

import time
from pathlib import Path

import rdflib.namespace as ns
from rdflib import Graph, Literal, URIRef

from kg.namespaces import ID, KG, person_iri, state_iri, topic_iri
from kg.resources import shapes_graph, vocabulary_graph
from kg.store import Store
from kg.validate import ValidationReport, Violation, context_triples, validate_graph, validate_store


def first_position(graph: Graph) -> URIRef:
    return sorted(graph.subjects(ns.RDF.type, KG.Position))[0]


def messages(report: ValidationReport) -> set[str]:
    return {v.message for v in report.violations}


def assert_single_violation(
    report: ValidationReport, focus: URIRef, path: URIRef, start: str
) -> None:
    assert not report.conforms
    assert len(report.violations) == 1, report.text
    v = report.violations[0]
    assert (v.focus, v.path, v.severity) == (str(focus), str(path), "Violation")
    assert v.message.startswith(start), v.message
    assert report.text == v.line() and "\n" not in report.text


def test_shapes_parse_and_every_shape_has_a_message() -> None:
    shapes = shapes_graph()
    props = set(shapes.subjects(ns.RDF.type, ns.SH.PropertyShape))
    assert len(props) >= 20
    for shape in props:
        assert shapes.value(shape, ns.SH.message) is not None, shape


def test_a_good_readout_conforms(make_readout, vocab: Graph) -> None:
    _, graph = make_readout(1, positions=6)
    report = validate_graph(graph, vocab)
    assert report.conforms, report.text
    assert report.violations == () and report.text == "Conforms: no violations."


def test_validation_does_not_touch_the_data(make_readout, vocab: Graph) -> None:
    _, graph = make_readout(1)
    before = set(graph)
    validate_graph(graph, vocab)
    assert set(graph) == before


def test_missing_holder(make_readout, vocab: Graph) -> None:
    _, g = make_readout(1, positions=1)
    pos = first_position(g)
    g.remove((pos, KG.holder, None))
    assert_single_violation(
        validate_graph(g, vocab), pos, KG.holder, "Position has no holder state"
    )


def test_holder_that_is_not_a_state(make_readout, vocab: Graph) -> None:
    _, g = make_readout(1, positions=1)
    pos = first_position(g)
    g.set((pos, KG.holder, state_iri("XXX")))
    assert_single_violation(
        validate_graph(g, vocab), pos, KG.holder, "Position's holder is not a known kg:State"
    )


def test_stance_outside_the_closed_set(make_readout, vocab: Graph) -> None:
    _, g = make_readout(1, positions=1)
    pos = first_position(g)
    g.set((pos, KG.stance, URIRef(str(KG.support) + "s")))
    assert_single_violation(
        validate_graph(g, vocab), pos, KG.stance, "Position needs exactly one kg:stance"
    )


def test_topic_must_exist_and_be_a_topic(make_readout, vocab: Graph) -> None:
    _, g = make_readout(1, positions=1)
    pos = first_position(g)
    g.set((pos, KG.topic, topic_iri("never-described")))
    assert_single_violation(
        validate_graph(g, vocab), pos, KG.topic, "Position's topic is not a kg:Topic"
    )
    g.remove((pos, KG.topic, None))
    assert_single_violation(validate_graph(g, vocab), pos, KG.topic, "Position has no topic")


def test_at_most_one_addressee_and_speaker(make_readout, vocab: Graph) -> None:
    _, g = make_readout(1, positions=1)
    pos = first_position(g)
    g.add((pos, KG.addressee, state_iri("USA")))
    g.add((pos, KG.voicedBy, person_iri("someone")))
    report = validate_graph(g, vocab)
    assert messages(report) >= {
        "Position has more than one addressee: the extractor must keep at most one kg:addressee state",
    }
    assert any(m.startswith("Position has more than one speaker") for m in messages(report))
    assert any(m.startswith("Position's speaker is not a kg:Person") for m in messages(report))


def test_evidence_date_and_offsets(make_readout, vocab: Graph) -> None:
    _, g = make_readout(1, positions=1)
    pos = first_position(g)
    g.set((pos, KG.evidence, Literal("")))
    assert_single_violation(
        validate_graph(g, vocab), pos, KG.evidence, "Position needs exactly one non-empty"
    )
    g.set((pos, KG.evidence, Literal("China supports it.", lang="en")))
    assert validate_graph(g, vocab).conforms
    g.set((pos, ns.DCTERMS.date, Literal("16 November 2020")))
    assert_single_violation(
        validate_graph(g, vocab), pos, ns.DCTERMS.date, "Position needs exactly one dcterms:date"
    )
    g.set((pos, ns.DCTERMS.date, Literal("2020-11-16", datatype=ns.XSD.date)))
    g.set((pos, KG.evidenceStart, Literal(500)))
    g.set((pos, KG.evidenceEnd, Literal(20)))
    assert_single_violation(
        validate_graph(g, vocab), pos, KG.evidenceStart, "Position's kg:evidenceStart"
    )
    g.set((pos, KG.evidenceStart, Literal(-1)))
    assert_single_violation(
        validate_graph(g, vocab), pos, KG.evidenceStart, "Position's kg:evidenceStart"
    )


def test_position_must_point_to_a_readout(make_readout, vocab: Graph) -> None:
    iri, g = make_readout(1, positions=1)
    pos = first_position(g)
    g.set((pos, KG.reportedIn, ID["readout/elsewhere"]))
    assert_single_violation(
        validate_graph(g, vocab), pos, KG.reportedIn, "Position's kg:reportedIn"
    )


def test_readout_date_and_hash(make_readout, vocab: Graph) -> None:
    iri, g = make_readout(1, positions=1)
    g.set((iri, KG.contentHash, Literal("ABC")))
    assert_single_violation(
        validate_graph(g, vocab), iri, KG.contentHash, "Readout needs exactly one kg:contentHash"
    )
    g.set((iri, KG.contentHash, Literal("a" * 64)))
    g.remove((iri, ns.DCTERMS.date, None))
    assert_single_violation(
        validate_graph(g, vocab), iri, ns.DCTERMS.date, "Readout needs exactly one dcterms:date"
    )


def test_minted_person_must_represent_one_state(make_readout, vocab: Graph) -> None:
    _, g = make_readout(1, positions=1)
    pos = first_position(g)
    new = person_iri("new-envoy")
    g.set((pos, KG.voicedBy, new))
    g.add((new, ns.RDF.type, KG.Person))
    g.add((new, ns.SKOS.prefLabel, Literal("New Envoy", lang="en")))
    assert_single_violation(
        validate_graph(g, vocab), new, KG.represents, "Person must represent exactly one state"
    )
    g.add((new, KG.represents, state_iri("KGZ")))
    assert validate_graph(g, vocab).conforms
    g.add((new, KG.represents, state_iri("USA")))
    assert_single_violation(
        validate_graph(g, vocab), new, KG.represents, "Person must represent exactly one state"
    )


def test_topic_needs_exactly_one_english_label(make_readout, vocab: Graph) -> None:
    _, g = make_readout(7, positions=1)
    minted = topic_iri("new-topic-7")
    g.add((minted, ns.SKOS.prefLabel, Literal("nouveau sujet", lang="fr")))
    assert validate_graph(g, vocab).conforms
    g.add((minted, ns.SKOS.prefLabel, Literal("another name", lang="en")))
    report = validate_graph(g, vocab)
    assert not report.conforms
    assert any(
        m.startswith("Topic needs exactly one English skos:prefLabel") for m in messages(report)
    )
    g.remove((minted, ns.SKOS.prefLabel, None))
    g.add((minted, ns.SKOS.prefLabel, Literal("sujet", lang="fr")))
    assert any(
        m.startswith("Topic needs exactly one English") for m in messages(validate_graph(g, vocab))
    )


def test_context_is_only_what_the_graph_mentions(make_readout) -> None:
    _, g = make_readout(1)
    vocabulary = vocabulary_graph()
    context = context_triples(g, vocabulary)
    assert 0 < len(context) < 40
    subjects = {s for s, _, _ in context}
    assert state_iri("CHN") in subjects and state_iri("USA") not in subjects


def test_violation_line() -> None:
    v = Violation(
        str(ID["position/ab-k1"]), str(KG.holder), "Position has no holder state", "Violation"
    )
    assert v.line() == "Violation: position:ab-k1 kg:holder: Position has no holder state"


def test_validation_is_fast_with_the_packaged_vocabulary(make_readout) -> None:
    vocabulary = vocabulary_graph()
    graphs = [make_readout(i, positions=13)[1] for i in range(10)]
    validate_graph(graphs[0], vocabulary)  # imports pyshacl, parses the shapes
    start = time.perf_counter()
    for g in graphs:
        validate_graph(g, vocabulary)
    per_graph = (time.perf_counter() - start) / len(graphs)
    assert per_graph < 0.15, f"{per_graph * 1000:.0f} ms per readout graph"


def test_packaged_vocabulary_conforms() -> None:
    report = validate_graph(vocabulary_graph(), Graph())
    assert report.conforms, report.text


# ---------------------------------------------------------------- the whole store


def test_validate_store(tmp_path: Path, make_readout, vocab: Graph) -> None:
    with Store.open(tmp_path / "s", create=True) as store:
        store.ensure_vocabulary(vocab)
        store.put_readouts([make_readout(i) for i in range(4)])
        assert validate_store(store, batch_size=3).conforms
        # each readout alone conforms, but they disagree about whom the envoy represents
        envoy = person_iri("envoy")
        for i, state in ((10, "KGZ"), (11, "USA")):
            iri, g = make_readout(i, positions=1)
            g.set((first_position(g), KG.voicedBy, envoy))
            g.add((envoy, ns.RDF.type, KG.Person))
            g.add((envoy, ns.SKOS.prefLabel, Literal("Envoy", lang="en")))
            g.add((envoy, KG.represents, state_iri(state)))
            assert validate_graph(g, vocab).conforms
            store.put_readout(iri, g)
        # a bad graph that went in without validation
        iri, bad = make_readout(12, positions=1)
        bad.remove((first_position(bad), KG.holder, None))
        store.put_readout(iri, bad)
        report = validate_store(store, batch_size=3)
    assert not report.conforms
    assert {(v.focus, v.path) for v in report.violations} == {
        (str(envoy), str(KG.represents)),
        (str(first_position(bad)), str(KG.holder)),
    }
    assert report.text.count("\n") == 1
