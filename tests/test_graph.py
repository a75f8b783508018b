"""Stage 3: an extraction -> the readout's RDF graph, with deterministic IRIs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.extract import RuleExtractor, extract
from kg.graph import UNCURATED_SCHEME, build_graph, readout_node
from kg.namespaces import ID, KG, STANCES, readout_iri, stance_iri, state_iri, topic_iri
from kg.readout import Readout, content_hash, load_file, normalise, parse_readout
from kg.resources import vocabulary_graph
from kg.validate import validate_graph

READOUT = """---
title: Foreign Ministers Discuss Orchards by Phone
date: 2021-03-08
publisher: Ministry of Tests
source: https://example.org/readouts/7
---
On 8 March, Chinese Foreign Minister Wang Yi spoke with Kyrgyz Foreign Minister Ruslan Kazakbaev on the phone.

Wang said China firmly supports multilateralism and opposes unilateral sanctions. China is ready to offer vaccines to Kyrgyzstan.

Kazakbaev said Kyrgyzstan firmly adheres to the one-China policy and supports the construction of glittering apricot orchards.
"""

# The same readout with its whitespace disturbed: the same normalised text.
READOUT_RESPACED = (
    READOUT.replace("\n\nWang said", "\n\n\n\n  Wang  said")
    .replace("supports multilateralism", "supports\nmultilateralism")
    .replace("the phone.", "the   phone.   ")
)

STANCE_IRIS = {stance_iri(s) for s in STANCES}
# (rdflib's XSD namespace is not imported at module level: pytest's collection probes
# module attributes and XSD warns on unknown names)
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")


def graph_of(text: str, *, extractor: RuleExtractor | None = None) -> tuple[Readout, Graph]:
    readout = parse_readout(text, "orchards.txt")
    return readout, build_graph(extract(readout, extractor))


def diff_text(a: Graph, b: Graph) -> str:
    _both, first, second = graph_diff(to_isomorphic(a), to_isomorphic(b))
    lines = ["only in the first graph:"]
    lines += sorted(f"  {' '.join(t.n3() for t in triple)}" for triple in first)
    lines += ["only in the second graph:"]
    lines += sorted(f"  {' '.join(t.n3() for t in triple)}" for triple in second)
    return "\n".join(lines)


def kg_iris(graph: Graph) -> set[URIRef]:
    """The instance IRIs (``id:``) a graph mentions."""
    return {n for t in graph for n in t if isinstance(n, URIRef) and str(n).startswith(str(ID))}


@pytest.fixture(scope="module")
def built() -> tuple[Readout, Graph]:
    return graph_of(READOUT)


def test_respaced_readout_has_the_same_normalised_text() -> None:
    assert READOUT_RESPACED != READOUT
    assert normalise(READOUT_RESPACED) == normalise(READOUT)


def test_same_readout_twice_is_isomorphic(built: tuple[Readout, Graph]) -> None:
    _readout, first = built
    # a fresh extractor with its own lexicon: no cached state shared between the runs
    _readout2, second = graph_of(READOUT, extractor=RuleExtractor())
    assert len(first) > 20
    assert isomorphic(first, second), diff_text(first, second)
    assert set(first) == set(second), "no blank nodes expected: the triples are equal"


def test_different_text_gives_a_different_readout(built: tuple[Readout, Graph]) -> None:
    readout, graph = built
    other, other_graph = graph_of(READOUT.replace("glittering", "shining"))
    assert readout_node(other) != readout_node(readout)
    assert not isomorphic(graph, other_graph)


def test_readout_iri_comes_from_the_normalised_text(built: tuple[Readout, Graph]) -> None:
    readout, graph = built
    body = READOUT.split("---\n", 2)[2]
    assert readout_node(readout) == readout_iri(content_hash(body))
    assert (readout_node(readout), RDF.type, KG.Readout) in graph
    assert (readout_node(readout), KG.contentHash, Literal(readout.content_hash)) in graph


def test_readout_level_iris_ignore_whitespace(built: tuple[Readout, Graph]) -> None:
    readout, graph = built
    respaced, respaced_graph = graph_of(READOUT_RESPACED)
    assert respaced.content_hash == readout.content_hash
    same = {n for n in kg_iris(graph) if "/position/" not in str(n)}
    assert same == {n for n in kg_iris(respaced_graph) if "/position/" not in str(n)}
    assert readout_node(readout) in same


def test_position_iris_ignore_whitespace(built: tuple[Readout, Graph]) -> None:
    """IRIs depend on the normalised text only: re-spacing a readout keeps its positions."""
    _readout, graph = built
    _respaced, respaced_graph = graph_of(READOUT_RESPACED)
    positions = set(graph.subjects(RDF.type, KG.Position))
    respaced_positions = set(respaced_graph.subjects(RDF.type, KG.Position))
    assert len(positions) == len(respaced_positions) > 0
    assert positions == respaced_positions


def test_readout_metadata(built: tuple[Readout, Graph]) -> None:
    readout, graph = built
    doc = readout_node(readout)
    day = Literal("2021-03-08", datatype=XSD_DATE)
    assert graph.value(doc, DCTERMS.title) == Literal("Foreign Ministers Discuss Orchards by Phone")
    assert graph.value(doc, DCTERMS.publisher) == Literal("Ministry of Tests")
    assert graph.value(doc, DCTERMS.source) == Literal("https://example.org/readouts/7")
    assert graph.value(doc, DCTERMS.date) == day
    assert graph.value(doc, DCTERMS.issued) is None  # published on the day of the encounter
    enc = graph.value(doc, KG.reports)
    assert (enc, RDF.type, KG.Encounter) in graph
    assert graph.value(enc, DCTERMS.date) == day
    participants = set(graph.objects(enc, KG.participant))
    assert {state_iri("CHN"), state_iri("KGZ")} <= participants
    runs = set(graph.subjects(RDF.type, KG.Extraction))
    assert len(runs) == 1
    assert (next(iter(runs)), PROV.used, doc) in graph


def test_issued_date_when_published_later() -> None:
    text = (
        "DUSHANBE, 06.05.2020. (Agency) \u2013 Yesterday the foreign ministers of Tajikistan "
        "and China spoke by phone. China firmly supports multilateralism."
    )
    readout = parse_readout(text, "dushanbe.txt")
    graph = build_graph(extract(readout))
    doc = readout_node(readout)
    assert graph.value(doc, DCTERMS.date) == Literal("2020-05-05", datatype=XSD_DATE)
    assert graph.value(doc, DCTERMS.issued) == Literal("2020-05-06", datatype=XSD_DATE)


def test_every_position_is_complete(built: tuple[Readout, Graph]) -> None:
    readout, graph = built
    extraction = extract(readout)
    positions = set(graph.subjects(RDF.type, KG.Position))
    assert len(positions) == len(extraction.positions) >= 4
    doc = readout_node(readout)
    run = next(iter(graph.subjects(RDF.type, KG.Extraction)))
    vocab = vocabulary_graph()
    for pos in positions:
        for prop in (
            KG.holder,
            KG.stance,
            KG.topic,
            DCTERMS.date,
            KG.evidence,
            KG.evidenceStart,
            KG.evidenceEnd,
            KG.reportedIn,
            PROV.wasGeneratedBy,
        ):
            assert len(list(graph.objects(pos, prop))) == 1, f"{pos} needs one {prop}"
        assert (graph.value(pos, KG.holder), RDF.type, KG.State) in vocab
        assert graph.value(pos, KG.stance) in STANCE_IRIS
        topic = graph.value(pos, KG.topic)
        assert (topic, RDF.type, KG.Topic) in graph or (topic, RDF.type, KG.Topic) in vocab
        assert graph.value(pos, DCTERMS.date) == Literal(
            readout.date.isoformat(), datatype=XSD_DATE
        )
        assert graph.value(pos, KG.reportedIn) == doc
        assert graph.value(pos, PROV.wasGeneratedBy) == run
        start = graph.value(pos, KG.evidenceStart).toPython()
        end = graph.value(pos, KG.evidenceEnd).toPython()
        evidence = str(graph.value(pos, KG.evidence))
        assert isinstance(start, int) and isinstance(end, int)
        assert 0 <= start < end <= len(readout.text)
        assert readout.text[start:end] == evidence


def test_expected_positions(built: tuple[Readout, Graph]) -> None:
    _readout, graph = built
    found = {
        (graph.value(p, KG.holder), graph.value(p, KG.stance), graph.value(p, KG.topic))
        for p in graph.subjects(RDF.type, KG.Position)
    }
    assert (state_iri("CHN"), KG.support, topic_iri("multilateralism")) in found
    assert (state_iri("KGZ"), KG.support, topic_iri("one-china-policy")) in found
    assert any(h == state_iri("CHN") and s == KG.offer for h, s, _t in found)
    assert not any(h == state_iri("KGZ") and s == KG.oppose for h, s, _t in found)


def test_evidence_offsets_survive_whitespace_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "respaced.txt"
    path.write_text(READOUT_RESPACED, encoding="utf-8")
    readout = load_file(path)[0]
    graph = build_graph(extract(readout))
    for pos in graph.subjects(RDF.type, KG.Position):
        start = graph.value(pos, KG.evidenceStart).toPython()
        end = graph.value(pos, KG.evidenceEnd).toPython()
        assert readout.text[start:end] == str(graph.value(pos, KG.evidence))


def test_minted_topics_are_uncurated(built: tuple[Readout, Graph]) -> None:
    readout, graph = built
    vocab = vocabulary_graph()
    minted = {t.topic.slug for t in extract(readout).positions if not t.topic.curated}
    assert minted, "the orchards topic should be minted, not found in the scheme"
    topics = set(graph.objects(None, KG.topic))
    for topic in topics:
        slug = str(topic).rsplit("/", 1)[1]
        if slug in minted:
            assert graph.value(topic, KG.curated) == Literal(False)
            assert (topic, RDF.type, KG.Topic) in graph
            assert (topic, SKOS.inScheme, UNCURATED_SCHEME) in graph
            label = graph.value(topic, SKOS.prefLabel)
            assert label is not None and label.language == "en" and str(label)
            assert (topic, RDF.type, KG.Topic) not in vocab
        else:
            assert (topic, KG.curated, Literal(False)) not in graph
            assert (topic, RDF.type, KG.Topic) in vocab
    labels = {str(graph.value(t, SKOS.prefLabel)) for t in topics if graph.value(t, KG.curated)}
    assert labels == set()  # curated topics are described in the vocabulary, not here
    assert any("apricot" in str(o) for o in graph.objects(None, SKOS.prefLabel))


def test_curated_flags_are_all_false_in_readout_graphs(built: tuple[Readout, Graph]) -> None:
    _readout, graph = built
    assert set(graph.objects(None, KG.curated)) == {Literal(False)}


def test_readout_graph_validates(built: tuple[Readout, Graph]) -> None:
    _readout, graph = built
    report = validate_graph(graph)
    assert report.conforms, report.text


def test_broken_graph_does_not_validate(built: tuple[Readout, Graph]) -> None:
    _readout, graph = built
    broken = Graph()
    for triple in graph:
        broken.add(triple)
    victim = sorted(broken.subjects(RDF.type, KG.Position))[0]
    broken.remove((victim, KG.evidence, None))
    report = validate_graph(broken)
    assert not report.conforms
    assert any(str(victim) == v.focus for v in report.violations)


@pytest.mark.parametrize("seed", ["000_da30aceaa011c281.txt", "004_844dcf78143066f1.txt"])
def test_seed_graphs_validate(seeds_dir: Path, seed: str) -> None:
    readouts = load_file(seeds_dir / seed)
    assert len(readouts) == 1
    extraction = extract(readouts[0])
    assert extraction.positions
    graph = build_graph(extraction)
    report = validate_graph(graph)
    assert report.conforms, report.text


def test_seed_dates(seeds_dir: Path) -> None:
    assert load_file(seeds_dir / "000_da30aceaa011c281.txt")[0].date == dt.date(2020, 5, 26)
    assert load_file(seeds_dir / "004_844dcf78143066f1.txt")[0].date == dt.date(2020, 11, 16)


def test_minted_topics_differing_in_punctuation_get_distinct_iris():
    """Regression: two readouts minting "country, two systems" and "country two systems"
    made one topic IRI with two English prefLabels, so `kg validate` failed on the store."""
    from kg.extract import default_extractor

    ext = default_extractor()
    a, b = ext._topic("country, two systems"), ext._topic("country two systems")
    assert a is not None and b is not None and not a.curated and not b.curated
    assert a.label != b.label and a.slug != b.slug
    assert ext._topic("country, two systems").slug == a.slug  # still deterministic
