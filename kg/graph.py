"""Stage 3: an :class:`~kg.extract.Extraction` -> the readout's RDF graph.

IRIs are deterministic: the readout's IRI comes from the hash of its
normalised text, each position's from that hash and the position's key, so
extracting the same readout twice gives the same graph, and re-ingesting it
changes nothing.

>>> from kg.readout import parse_readout
>>> from kg.extract import extract
>>> r = parse_readout("---\\ndate: 2020-05-26\\n---\\nChina supports multilateralism.", "x.txt")
>>> g = build_graph(extract(r))
>>> (readout_node(r), RDF.type, KG.Readout) in g
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS
from rdflib.plugins.stores.memory import SimpleMemory

from kg.namespaces import (
    ID,
    KG,
    encounter_iri,
    extraction_iri,
    person_iri,
    position_iri,
    readout_iri,
    stance_iri,
    state_iri,
    topic_iri,
)

if TYPE_CHECKING:
    from rdflib.graph import _ContextIdentifierType, _ContextType, _TriplePatternType, _TripleType
    from rdflib.namespace import NamespaceManager
    from rdflib.store import Store

    from kg.extract import Extraction
    from kg.readout import Readout

#: Topics minted from a readout's words live under their own scheme until curated.
UNCURATED_SCHEME = ID["scheme/uncurated-topics"]
TOPIC_SCHEME = ID["scheme/topics"]

# Terms bound once: a DefinedNamespace attribute builds a new URIRef on every access.
_TYPE = RDF.type
_DATE = DCTERMS.date
_XSD_DATE = XSD.date
_PREF_LABEL = SKOS.prefLabel
_IN_SCHEME = SKOS.inScheme
_CONCEPT = SKOS.Concept
_USED = PROV.used
_GENERATED_BY = PROV.wasGeneratedBy
_READOUT = KG.Readout
_ENCOUNTER = KG.Encounter
_EXTRACTION = KG.Extraction
_POSITION = KG.Position
_TOPIC = KG.Topic
_PERSON = KG.Person
_CONTENT_HASH = KG.contentHash
_REPORTS = KG.reports
_ENCOUNTER_KIND = KG.encounterKind
_PARTICIPANT = KG.participant
_EXTRACTOR_VERSION = KG.extractorVersion
_HOLDER = KG.holder
_STANCE = KG.stance
_ABOUT = KG.topic
_ADDRESSEE = KG.addressee
_VOICED_BY = KG.voicedBy
_REPORTED_IN = KG.reportedIn
_EVIDENCE = KG.evidence
_EVIDENCE_START = KG.evidenceStart
_EVIDENCE_END = KG.evidenceEnd
_REPRESENTS = KG.represents
_CURATED = KG.curated
_FALSE = Literal(False)


def readout_node(readout: Readout) -> URIRef:
    """The IRI of a readout (also the name of its graph in the store)."""
    return readout_iri(readout.content_hash)


def bind_prefixes(graph: Graph) -> Graph:
    """Bind kg's prefixes for readable Turtle."""
    graph.bind("kg", KG._NS)
    graph.bind("id", ID)
    graph.bind("dcterms", DCTERMS)
    graph.bind("prov", PROV)
    graph.bind("skos", SKOS)
    return graph


@lru_cache(maxsize=65536, typed=True)
def _offset(value: int) -> Literal:
    """An evidence offset as a literal (offsets repeat across readouts; Literal() is slow)."""
    return Literal(value)


@lru_cache(maxsize=4096)
def _day(value: dt.date) -> Literal:
    """A date as an ``xsd:date`` literal (a readout's positions share its date)."""
    return Literal(value.isoformat(), datatype=_XSD_DATE)


class _ReadoutStore(SimpleMemory):
    """A ``SimpleMemory`` that receives a readout's triples at once and indexes them
    only when a pattern other than "everything" is asked for.

    Ingest only reads a readout graph whole (validation, N-Quads for the writer),
    and filling SimpleMemory's three indexes was most of the cost of building it.
    """

    def __init__(self, triples: dict[_TripleType, None]) -> None:
        super().__init__()
        self._pending: dict[_TripleType, None] | None = triples

    def _indexed(self) -> None:
        pending, self._pending = self._pending, None
        if pending:
            add = super().add
            for triple in pending:
                add(triple, None)  # type: ignore[arg-type]

    def add(self, triple: _TripleType, context: _ContextType, quoted: bool = False) -> None:
        """Add a triple (kept pending while the store is not indexed)."""
        if self._pending is not None:
            self._pending[triple] = None
        else:
            super().add(triple, context, quoted)

    def remove(
        self, triple_pattern: _TriplePatternType, context: _ContextType | None = None
    ) -> None:
        """Remove the triples matching a pattern."""
        self._indexed()
        super().remove(triple_pattern, context)

    def triples(
        self, triple_pattern: _TriplePatternType, context: _ContextType | None = None
    ) -> Iterator[tuple[_TripleType, Iterator[_ContextType | None]]]:
        """The triples matching a pattern, as SimpleMemory gives them."""
        pending = self._pending
        if pending is not None:
            s, p, o = triple_pattern
            if s is None and p is None and o is None:
                return ((t, iter(())) for t in pending)
            self._indexed()
        return super().triples(triple_pattern, context)

    def __len__(self, context: _ContextType | None = None) -> int:
        pending = self._pending
        return len(pending) if pending is not None else super().__len__(context)


class _ReadoutGraph(Graph):
    """A readout's graph, whose prefixes (rdflib's ~30 and kg's) are bound when first
    asked for: binding them took as long as building the rest of the graph, and ingest
    never asks."""

    _prefixes_bound = False

    @property
    def namespace_manager(self) -> NamespaceManager:
        """The graph's namespace manager, with kg's prefixes bound (:func:`bind_prefixes`)."""
        manager = Graph.namespace_manager.fget(self)  # type: ignore[attr-defined]
        if not self._prefixes_bound:
            self._prefixes_bound = True
            bind_prefixes(self)
        return manager

    @namespace_manager.setter
    def namespace_manager(self, manager: NamespaceManager) -> None:
        self._prefixes_bound = True
        Graph.namespace_manager.fset(self, manager)  # type: ignore[attr-defined]

    def __reduce__(self) -> tuple[type[Graph], tuple[Store, _ContextIdentifierType]]:
        self.namespace_manager  # noqa: B018 - a pickle carries the prefixes in the store
        return super().__reduce__()


def readout_triples(graph: Graph) -> list[_TripleType] | None:
    """The triples of a graph :func:`build_graph` made, without going through rdflib;
    None for any other graph."""
    store = graph.store
    if type(store) is _ReadoutStore:
        pending = store._pending
        if pending is not None:
            return list(pending)
    return None


def build_graph(extraction: Extraction) -> Graph:
    """The RDF graph of one readout: readout, encounter, extraction, positions.

    States, curated topics and known officials are referenced by IRI and
    described in the vocabulary graph; topics and officials minted from the
    text are described here, with ``kg:curated false`` for topics.
    """
    r = extraction.readout
    # The triples go straight into the store's dict (an insertion-ordered set), which
    # indexes them only if asked to: building the graph went from 4.5 to 0.9 ms.
    triples: dict[_TripleType, None] = {}
    g = _ReadoutGraph(store=_ReadoutStore(triples))
    add = triples.setdefault
    doc = readout_node(r)
    day = _day(r.date)
    add((doc, _TYPE, _READOUT))
    add((doc, _DATE, day))
    add((doc, _CONTENT_HASH, Literal(r.content_hash)))
    if r.title:
        add((doc, DCTERMS.title, Literal(r.title)))
    if r.publisher:
        add((doc, DCTERMS.publisher, Literal(r.publisher)))
    if r.source:
        add((doc, DCTERMS.source, Literal(r.source)))
    if r.published and r.published != r.date:
        add((doc, DCTERMS.issued, _day(r.published)))

    # topics and people minted from the text, each described once
    topics_described: set[tuple[str, str]] = set()
    people_described: set[tuple[str, str, str]] = set()

    def topic_node(slug: str, label: str, curated: bool) -> URIRef:
        node = topic_iri(slug)
        if not curated and (slug, label) not in topics_described:
            topics_described.add((slug, label))
            add((node, _TYPE, _TOPIC))
            add((node, _TYPE, _CONCEPT))
            add((node, _PREF_LABEL, Literal(label, lang="en")))
            add((node, _IN_SCHEME, UNCURATED_SCHEME))
            add((node, _CURATED, _FALSE))
        return node

    def person_node(slug: str, name: str, state: str, curated: bool) -> URIRef:
        node = person_iri(slug)
        if not curated and (slug, name, state) not in people_described:
            people_described.add((slug, name, state))
            add((node, _TYPE, _PERSON))
            add((node, _PREF_LABEL, Literal(name, lang="en")))
            add((node, _REPRESENTS, state_iri(state)))
        return node

    enc = encounter_iri(r.content_hash)
    add((doc, _REPORTS, enc))
    add((enc, _TYPE, _ENCOUNTER))
    add((enc, _DATE, day))
    add((enc, _ENCOUNTER_KIND, Literal(extraction.encounter_kind)))
    for state in extraction.states:
        add((enc, _PARTICIPANT, state_iri(state.code)))
    for person in extraction.participants:
        node = person_node(person.slug, person.name, person.state, person.curated)
        add((enc, _PARTICIPANT, node))

    run = extraction_iri(r.content_hash, extraction.extractor)
    add((run, _TYPE, _EXTRACTION))
    add((run, _USED, doc))
    add((run, _EXTRACTOR_VERSION, Literal(extraction.extractor)))

    evidence: dict[str, Literal] = {}
    content_hash = r.content_hash
    for pos in extraction.positions:
        node = position_iri(content_hash, pos.key)
        topic = pos.topic
        add((node, _TYPE, _POSITION))
        add((node, _HOLDER, state_iri(pos.holder.code)))
        add((node, _STANCE, stance_iri(pos.stance)))
        add((node, _ABOUT, topic_node(topic.slug, topic.label, topic.curated)))
        if pos.addressee:
            add((node, _ADDRESSEE, state_iri(pos.addressee.code)))
        voice = pos.voiced_by
        if voice:
            add((node, _VOICED_BY, person_node(voice.slug, voice.name, voice.state, voice.curated)))
        add((node, _DATE, _day(pos.date)))
        add((node, _REPORTED_IN, doc))
        text = evidence.get(pos.evidence)
        if text is None:
            text = evidence[pos.evidence] = Literal(pos.evidence)
        add((node, _EVIDENCE, text))
        add((node, _EVIDENCE_START, _offset(pos.start)))
        add((node, _EVIDENCE_END, _offset(pos.end)))
        add((node, _GENERATED_BY, run))
    return g
