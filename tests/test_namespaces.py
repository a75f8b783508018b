"""KG lists exactly the terms ontology/ontology.ttl declares; IRI builders are stable."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from rdflib import OWL, RDF, Graph, URIRef

from kg.namespaces import (
    ID,
    ID_IRI,
    KG,
    KG_IRI,
    STANCES,
    position_iri,
    readout_iri,
    stance_iri,
    state_iri,
)


@pytest.fixture(scope="module")
def ontology(repo_root: Path) -> Graph:
    return Graph().parse(repo_root / "ontology" / "ontology.ttl", format="turtle")


def _local_names(nodes: Iterable[object]) -> set[str]:
    return {
        str(n)[len(KG_IRI) :] for n in nodes if isinstance(n, URIRef) and str(n).startswith(KG_IRI)
    }


def declared_terms(ontology: Graph) -> set[str]:
    """Local names of the subjects in the KG namespace, the ontology resource itself excepted."""
    ontology_nodes = set(ontology.subjects(RDF.type, OWL.Ontology))
    assert URIRef(KG_IRI) in ontology_nodes, "ontology.ttl no longer declares kg: a owl:Ontology"
    return _local_names(s for s in set(ontology.subjects()) if s not in ontology_nodes)


def kg_terms() -> set[str]:
    """The terms KG lists (``dir(KG)`` gives their IRIs)."""
    return _local_names(dir(KG))


def test_ontology_declares_something(ontology: Graph) -> None:
    terms = declared_terms(ontology)
    assert {"Position", "holder", "support", "ForeignMinister"} <= terms


def test_every_kg_term_is_declared(ontology: Graph) -> None:
    missing = kg_terms() - declared_terms(ontology)
    assert not missing, f"KG has terms ontology.ttl does not declare: {sorted(missing)}"


def test_every_declared_term_is_in_kg(ontology: Graph) -> None:
    missing = declared_terms(ontology) - kg_terms()
    assert not missing, f"ontology.ttl declares terms KG lacks: {sorted(missing)}"


def test_kg_listing_matches_annotations() -> None:
    assert kg_terms() == set(KG.__annotations__)
    for name in KG.__annotations__:
        assert getattr(KG, name) == URIRef(KG_IRI + name)


def test_every_kg_iri_used_in_ontology_files_is_a_kg_term(repo_root: Path) -> None:
    """Vocabularies, cues and shapes use only declared terms."""
    known = kg_terms()
    for path in sorted((repo_root / "ontology").glob("*.ttl")):
        g = Graph().parse(path, format="turtle")
        used = _local_names(node for triple in g for node in triple) - {""}
        assert used <= known, f"{path.name} uses undeclared kg terms: {sorted(used - known)}"


def test_terms_resolve_to_iris() -> None:
    assert KG.Position == URIRef(KG_IRI + "Position")
    assert KG["holder"] == URIRef(KG_IRI + "holder")
    assert "voicedBy" in KG
    assert "nonexistent" not in KG


@pytest.mark.parametrize("name", ["nonexistent", "position", "Holder", "supports"])
def test_unknown_term_raises_attribute_error(name: str) -> None:
    with pytest.raises(AttributeError):
        getattr(KG, name)


def test_unknown_term_by_key_raises() -> None:
    with pytest.raises((AttributeError, KeyError)):
        KG["nonexistent"]


def test_stances() -> None:
    assert STANCES == ("support", "oppose", "offer", "request", "appreciate", "commit")
    assert [stance_iri(s) for s in STANCES] == [
        KG.support,
        KG.oppose,
        KG.offer,
        KG.request,
        KG.appreciate,
        KG.commit,
    ]
    with pytest.raises(ValueError):
        stance_iri("endorse")


def test_instance_iris() -> None:
    digest = "0123456789abcdef" + "f" * 48
    assert state_iri("CHN") == URIRef(ID_IRI + "state/CHN")
    assert readout_iri(digest) == ID["readout/0123456789abcdef"]
    assert position_iri(digest, "k1") == ID["position/0123456789abcdef-k1"]
    assert not str(readout_iri(digest)).startswith(KG_IRI)
