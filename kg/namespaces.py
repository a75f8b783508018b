"""RDF namespaces of kg: the ontology terms as a closed ``DefinedNamespace``.

Every IRI kg writes is built here; no other module spells an IRI string.
``tests/test_namespaces.py`` checks that ``KG`` lists exactly the terms that
``ontology/ontology.ttl`` declares.

>>> str(KG.Position)
'https://w3id.org/kg-readouts/ontology#Position'
"""

from __future__ import annotations

from functools import lru_cache

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

KG_IRI = "https://w3id.org/kg-readouts/ontology#"
ID_IRI = "https://w3id.org/kg-readouts/id/"


class KG(DefinedNamespace):
    """The kg ontology (``ontology/ontology.ttl``); unknown terms raise AttributeError."""

    _NS = Namespace(KG_IRI)
    _fail = True

    # classes
    Readout: URIRef
    Encounter: URIRef
    State: URIRef
    Person: URIRef
    OfficeTerm: URIRef
    OfficeKind: URIRef
    Topic: URIRef
    Stance: URIRef
    Position: URIRef
    Extraction: URIRef
    StanceCue: URIRef
    WordList: URIRef
    CueForm: URIRef
    # stances
    support: URIRef
    oppose: URIRef
    offer: URIRef
    request: URIRef
    appreciate: URIRef
    commit: URIRef
    # office kinds
    HeadOfState: URIRef
    HeadOfGovernment: URIRef
    DeputyHeadOfGovernment: URIRef
    ForeignMinister: URIRef
    DeputyForeignMinister: URIRef
    NationalSecurityAdvisor: URIRef
    Spokesperson: URIRef
    OtherOffice: URIRef
    # cue forms
    VerbCue: URIRef
    NounCue: URIRef
    FrameCue: URIRef
    # properties
    contentHash: URIRef
    fileName: URIRef
    reports: URIRef
    encounterKind: URIRef
    participant: URIRef
    holder: URIRef
    stance: URIRef
    topic: URIRef
    addressee: URIRef
    voicedBy: URIRef
    reportedIn: URIRef
    evidence: URIRef
    evidenceStart: URIRef
    evidenceEnd: URIRef
    extractorVersion: URIRef
    demonym: URIRef
    capital: URIRef
    governmentSeat: URIRef
    newsAgency: URIRef
    isoAlpha3: URIRef
    represents: URIRef
    heldOffice: URIRef
    office: URIRef
    officeKind: URIRef
    startDate: URIRef
    endDate: URIRef
    curated: URIRef
    phrase: URIRef
    cueStance: URIRef
    cueForm: URIRef


#: Instances: states, people, topics, readouts, positions, schemes.
ID = Namespace(ID_IRI)
WD = Namespace("http://www.wikidata.org/entity/")

STANCES: tuple[str, ...] = ("support", "oppose", "offer", "request", "appreciate", "commit")


@lru_cache(maxsize=8192)  # 1.4 us to build, 0.06 us to look up
def stance_iri(name: str) -> URIRef:
    """The IRI of a stance individual.

    >>> stance_iri("support") == KG.support
    True
    """
    if name not in STANCES:
        raise ValueError(f"unknown stance {name!r}")
    return KG[name]


@lru_cache(maxsize=8192)  # 1.4 us to build, 0.06 us to look up
def state_iri(code: str) -> URIRef:
    """IRI of a state from its ISO 3166-1 alpha-3 code (``state_iri("CHN")``)."""
    return ID[f"state/{code}"]


@lru_cache(maxsize=8192)  # 1.4 us to build, 0.06 us to look up
def person_iri(slug: str) -> URIRef:
    """IRI of a person from a lowercase slug (``person_iri("wang-yi")``)."""
    return ID[f"person/{slug}"]


@lru_cache(maxsize=8192)  # 1.4 us to build, 0.06 us to look up
def topic_iri(slug: str) -> URIRef:
    """IRI of a topic from a lowercase slug (``topic_iri("taiwan")``)."""
    return ID[f"topic/{slug}"]


def readout_iri(content_hash: str) -> URIRef:
    """IRI of a readout from its content hash (first 16 hex digits)."""
    return ID[f"readout/{content_hash[:16]}"]


def position_iri(content_hash: str, key: str) -> URIRef:
    """IRI of a position: readout hash plus a hash of the position's key."""
    return ID[f"position/{content_hash[:16]}-{key}"]


def encounter_iri(content_hash: str) -> URIRef:
    """IRI of the encounter a readout reports."""
    return ID[f"encounter/{content_hash[:16]}"]


def extraction_iri(content_hash: str, extractor: str) -> URIRef:
    """IRI of one extraction run (readout + extractor name and version)."""
    safe = "".join(c if c.isalnum() else "-" for c in extractor)
    return ID[f"extraction/{content_hash[:16]}-{safe}"]


#: The named graph that holds the vocabularies (states, people, topics) in the store.
VOCAB_GRAPH = ID["graph/vocabulary"]
