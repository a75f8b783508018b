"""Stage 4: SHACL validation of readout graphs and of the whole store.

pySHACL is slow on big graphs and the vocabulary has thousands of triples, so
a readout's graph is validated together with only the vocabulary triples
about the IRIs it mentions (their types and labels, the state a person
represents and that state's type): a graph of a couple of hundred triples.

>>> from rdflib import Graph
>>> validate_graph(Graph()).conforms
True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SH, SKOS

from kg.namespaces import KG, VOCAB_GRAPH

if TYPE_CHECKING:
    from rdflib.term import Node

    from kg.store import Store

#: Readout graphs validated per pySHACL run by :func:`validate_store`.
BATCH_SIZE = 50


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node at fault, the property, the shape's message, the severity."""

    focus: str
    path: str | None
    message: str
    severity: str

    def line(self) -> str:
        """The violation as one line of text.

        >>> from kg.namespaces import ID
        >>> Violation(str(ID["position/a"]), None, "bad", "Violation").line()
        'Violation: position:a: bad'
        """
        where = _compact(self.focus)
        if self.path:
            where += f" {_compact(self.path)}"
        return f"{self.severity}: {where}: {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of a validation: conformance, the violations, a readable text."""

    conforms: bool
    violations: tuple[Violation, ...]
    text: str


def _compact(iri: str) -> str:
    from kg.sparql import PREFIXES

    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")):
            best = prefix
    return f"{best}:{iri[len(PREFIXES[best]) :]}" if best else iri


def _report(violations: Iterable[Violation]) -> ValidationReport:
    unique = sorted(set(violations), key=lambda v: (v.focus, v.path or "", v.message, v.severity))
    conforms = not any(v.severity == "Violation" for v in unique)
    text = "\n".join(v.line() for v in unique) if unique else "Conforms: no violations."
    return ValidationReport(conforms, tuple(unique), text)


def context_triples(data: Graph, vocabulary: Graph) -> list[tuple[Node, Node, Node]]:
    """The vocabulary triples the shapes need to judge ``data``.

    For every IRI ``data`` mentions: its ``rdf:type``, ``skos:prefLabel`` and
    ``kg:represents`` in the vocabulary, plus the types of the states people
    represent.

    >>> from kg.namespaces import state_iri
    >>> voc = Graph(); _ = voc.add((state_iri("CHN"), RDF.type, KG.State))
    >>> data = Graph(); _ = data.add((URIRef("urn:x"), KG.holder, state_iri("CHN")))
    >>> context_triples(data, voc) == [(state_iri("CHN"), RDF.type, KG.State)]
    True
    """
    mentioned = {n for t in data for n in (t[0], t[2]) if isinstance(n, URIRef)}
    out: list[tuple[Node, Node, Node]] = []
    represented: set[Node] = set(data.objects(None, KG.represents))
    for iri in mentioned:
        for pred in (RDF.type, SKOS.prefLabel, KG.represents):
            for obj in vocabulary.objects(iri, pred):
                out.append((iri, pred, obj))
                if pred == KG.represents:
                    represented.add(obj)
    for state in represented - mentioned:
        for obj in vocabulary.objects(state, RDF.type):
            out.append((state, RDF.type, obj))
    return out


def _pyshacl(data: Graph) -> list[Violation]:
    """Validate ``data`` (consumed: pySHACL works on it in place) against kg's shapes."""
    import pyshacl

    from kg.resources import shapes_graph

    conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph(),
        inference="none",
        advanced=False,
        meta_shacl=False,
        abort_on_first=False,
        allow_warnings=True,
        inplace=True,
    )
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        severity = results.value(result, SH.resultSeverity)
        violations.append(
            Violation(
                focus=str(focus),
                path=str(path) if isinstance(path, URIRef) else None,
                message=str(message) if message is not None else "does not conform to the shapes",
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            )
        )
    return violations


def validate_graph(data: Graph, vocabulary: Graph | None = None) -> ValidationReport:
    """Validate one readout's graph against the shapes, with the vocabulary's context.

    ``vocabulary`` defaults to the packaged vocabulary
    (:func:`kg.resources.vocabulary_graph`). ``data`` is not modified.

    >>> from kg.namespaces import ID
    >>> g = Graph(); _ = g.add((ID["position/x"], RDF.type, KG.Position))
    >>> report = validate_graph(g)
    >>> report.conforms, len(report.violations) > 0
    (False, True)
    """
    if vocabulary is None:
        from kg.resources import vocabulary_graph

        vocabulary = vocabulary_graph()
    work = Graph()
    for triple in data:
        work.add(triple)
    for triple in context_triples(data, vocabulary):
        work.add(triple)
    return _report(_pyshacl(work))


def validate_store(store: Store, *, batch_size: int = BATCH_SIZE) -> ValidationReport:
    """Validate everything in the store (``kg validate``).

    Readout graphs are validated in batches, each with its vocabulary
    context; people and topics are then validated once over the union of
    all graphs, which catches contradictions between readouts (a person
    minted in two readouts as representing two states).

    >>> import tempfile
    >>> from kg.store import Store
    >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
    ...     validate_store(s).conforms
    True
    """
    vocabulary = store.graph(VOCAB_GRAPH)
    violations: list[Violation] = []
    names = store.readout_iris()
    for start in range(0, len(names), batch_size):
        batch = Graph()
        for name in names[start : start + batch_size]:
            for triple in store.graph(name):
                batch.add(triple)
        violations.extend(validate_graph(batch, vocabulary).violations)
    violations.extend(_pyshacl(_entities(store)))
    return _report(violations)


_ENTITIES = """
SELECT ?s ?p ?o WHERE {
  { ?s a ?class . VALUES ?class { kg:Person kg:Topic } ?s ?p ?o . }
  UNION
  { ?person a kg:Person ; kg:represents ?s . ?s a ?o . BIND(rdf:type AS ?p) }
}
"""


def _entities(store: Store) -> Graph:
    """People and topics across all graphs, with the types of the states people represent."""
    from kg.sparql import PREFIXES

    graph = Graph()
    for row in store.select(_ENTITIES, prefixes=PREFIXES):
        graph.add((row["s"], row["p"], row["o"]))
    return graph
