"""Stage 4: SHACL validation of readout graphs and of the whole store.

The vocabulary has thousands of triples, so a readout's graph is validated
together with only the vocabulary triples about the IRIs it mentions (their
types and labels, the state a person represents and that state's type): a
graph of a couple of hundred triples.

Two engines judge it against ``ontology/shapes.ttl``: ``"core"`` (the
default), kg's compiled SHACL-Core checks (:mod:`kg.shacl_core`, ~1-2 ms per
readout), and ``"pyshacl"``, pySHACL itself (~20 ms). ``"core"`` falls back
to pySHACL, with a warning, when the shapes use a feature it does not
support; ``tests/test_shacl_core.py`` checks that both report the same
violations.

>>> from rdflib import Graph
>>> validate_graph(Graph()).conforms
True
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SH, SKOS

from kg.namespaces import KG, VOCAB_GRAPH

if TYPE_CHECKING:
    from rdflib.term import Node

    from kg.shacl_core import CompiledShapes
    from kg.store import Store

#: Readout graphs validated per pySHACL run by :func:`validate_store`.
BATCH_SIZE = 50
#: The validation engines: kg's compiled SHACL-Core checks, and pySHACL.
ENGINES = ("core", "pyshacl")


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


def context_triples(
    data: Graph | Iterable[tuple[Node, Node, Node]], vocabulary: Graph
) -> list[tuple[Node, Node, Node]]:
    """The vocabulary triples the shapes need to judge ``data`` (a graph or its triples).

    For every IRI ``data`` mentions: its ``rdf:type``, ``skos:prefLabel`` and
    ``kg:represents`` in the vocabulary, plus the types of the states people
    represent.

    >>> from kg.namespaces import state_iri
    >>> voc = Graph(); _ = voc.add((state_iri("CHN"), RDF.type, KG.State))
    >>> data = Graph(); _ = data.add((URIRef("urn:x"), KG.holder, state_iri("CHN")))
    >>> context_triples(data, voc) == [(state_iri("CHN"), RDF.type, KG.State)]
    True
    """
    lookup = _packaged_index() if _is_packaged(vocabulary) else _Lookup(vocabulary)
    mentioned: set[Node] = set()
    represented: set[Node] = set()
    # A set: membership hashes first, where ``p == KG.represents`` ran rdflib's
    # Python-level __eq__ on every triple.
    represents = _REPRESENTS_SET
    for s, p, o in data:
        if isinstance(s, URIRef):
            mentioned.add(s)
        if isinstance(o, URIRef):
            mentioned.add(o)
        if p in represents:
            represented.add(o)
    out: list[tuple[Node, Node, Node]] = []
    for iri in mentioned:
        triples, states = lookup.about(iri)
        if triples:
            out.extend(triples)
            represented.update(states)
    for state in represented - mentioned:
        for obj in lookup.objects(state, _TYPE):
            out.append((state, _TYPE, obj))
    return out


_TYPE = RDF.type
_REPRESENTS = KG.represents
_REPRESENTS_SET = frozenset((_REPRESENTS,))
_CONTEXT_PREDICATES = (_TYPE, SKOS.prefLabel, _REPRESENTS)

Triple = tuple["Node", "Node", "Node"]


class _Lookup:
    """The context of an IRI in a vocabulary graph (any graph, no copy)."""

    def __init__(self, vocabulary: Graph) -> None:
        self._graph = vocabulary

    def objects(self, subject: Node, predicate: Node) -> Iterable[Node]:
        return self._graph.objects(subject, predicate)

    def about(self, subject: Node) -> tuple[Iterable[Triple], Iterable[Node]]:
        """The context triples about ``subject`` and the states it ``kg:represents``."""
        triples = [
            (subject, pred, obj)
            for pred in _CONTEXT_PREDICATES
            for obj in self.objects(subject, pred)
        ]
        return triples, [obj for _, pred, obj in triples if pred == _REPRESENTS]


class _Index(_Lookup):
    """The context triples of a vocabulary by subject, in a dictionary: one look-up
    per IRI instead of rdflib pattern matches on a graph of ~10k triples."""

    def __init__(self, vocabulary: Graph) -> None:
        table: dict[Node, list[Triple]] = {}
        for pred in _CONTEXT_PREDICATES:
            for subject, obj in vocabulary.subject_objects(pred):
                table.setdefault(subject, []).append((subject, pred, obj))
        self._about = {
            subject: (tuple(triples), tuple(o for _, p, o in triples if p is _REPRESENTS))
            for subject, triples in table.items()
        }

    def objects(self, subject: Node, predicate: Node) -> Iterable[Node]:
        triples, _ = self._about.get(subject, _NOTHING)
        return [o for _, p, o in triples if p == predicate]

    def about(self, subject: Node) -> tuple[Iterable[Triple], Iterable[Node]]:
        """The context triples about ``subject`` and the states it ``kg:represents``."""
        return self._about.get(subject, _NOTHING)


_NOTHING: tuple[tuple[Triple, ...], tuple[Node, ...]] = ((), ())


def _is_packaged(vocabulary: Graph) -> bool:
    """Whether ``vocabulary`` is the packaged vocabulary graph (cached, never mutated)."""
    from kg.resources import vocabulary_graph

    return vocabulary is vocabulary_graph()


@cache
def _packaged_index() -> _Index:
    from kg.resources import vocabulary_graph

    return _Index(vocabulary_graph())


@cache
def _shapes() -> Graph:
    """The SHACL shapes in rdflib's context-unaware ``SimpleMemory`` store.

    pySHACL reads the shapes graph hundreds of times per readout graph; the
    default ``Memory`` store spends much of each read on named-graph
    bookkeeping the shapes do not need (validation ~18% faster, measured on
    the benchmark corpus).
    """
    from rdflib.plugins.stores.memory import SimpleMemory

    from kg.resources import shapes_graph

    source = shapes_graph()
    shapes = Graph(store=SimpleMemory())
    for prefix, namespace in source.namespaces():
        shapes.bind(prefix, namespace)
    for triple in source:
        shapes.add(triple)
    return shapes


class _SetBackedList(list):
    """A list whose ``in`` is a set look-up (the list itself is left as it was)."""

    def __init__(self, items: Iterable[object]) -> None:
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item: object) -> bool:
        return item in self._members


@cache
def _speed_up_pyshacl() -> None:
    """Give pySHACL's constraint look-up a set instead of a list (~23% of validation time).

    ``pyshacl.shape.Shape.validate`` asks, for every predicate of every shape it
    evaluates (about 500 shape evaluations per readout graph), whether it is
    ``in`` the module-level *list* of ~40 constraint parameters; those linear
    scans of rdflib ``__eq__`` calls were the largest single item in the profile
    of ``kg ingest``. pySHACL caches that list in the module attribute
    ``CONSTRAINT_PARAMS`` on first use; this sets it beforehand to the same
    list with set-backed membership. Copies of it (which pySHACL makes for
    advanced or JS validation) are plain lists, so those paths are unchanged.
    Nothing happens when pySHACL's internals do not look as expected.
    """
    try:
        import pyshacl.shape as shape_module
        from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
    except ImportError:  # pragma: no cover - another pySHACL layout: run it as it is
        return
    current = getattr(shape_module, "CONSTRAINT_PARAMS", None) or (None, None)
    if isinstance(ALL_CONSTRAINT_PARAMETERS, list) and type(current[0]) in (type(None), list):
        shape_module.CONSTRAINT_PARAMS = (  # type: ignore[attr-defined]
            _SetBackedList(ALL_CONSTRAINT_PARAMETERS),
            CONSTRAINT_PARAMETERS_MAP,
        )


@cache
def _compiled() -> CompiledShapes | None:
    """kg's shapes compiled to SHACL-Core checks, or None (with a warning) when they
    use a feature :mod:`kg.shacl_core` does not support: pySHACL then validates."""
    from kg.errors import UnsupportedShapesError
    from kg.shacl_core import compile_shapes

    try:
        return compile_shapes(_shapes())
    except UnsupportedShapesError as err:
        warnings.warn(f"{err}; validating with pySHACL", stacklevel=2)
        return None


def _check_engine(engine: str) -> None:
    if engine not in ENGINES:
        raise ValueError(f"unknown validation engine {engine!r}: use one of {', '.join(ENGINES)}")


def _pyshacl(data: Graph, shapes: Graph | None = None) -> list[Violation]:
    """Validate ``data`` (consumed: pySHACL works on it in place) against ``shapes``
    (by default kg's)."""
    import pyshacl

    _speed_up_pyshacl()
    conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=_shapes() if shapes is None else shapes,
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


def validate_graph(
    data: Graph,
    vocabulary: Graph | None = None,
    *,
    in_place: bool = False,
    engine: str = "core",
) -> ValidationReport:
    """Validate one readout's graph against the shapes, with the vocabulary's context.

    ``vocabulary`` defaults to the packaged vocabulary
    (:func:`kg.resources.vocabulary_graph`). ``engine`` is ``"core"`` (kg's
    compiled checks; pySHACL when the shapes cannot be compiled) or
    ``"pyshacl"``. ``data`` is not modified. The core engine reads its
    triples once; for pySHACL it is by default copied with its context, and
    with ``in_place=True`` the context triples it lacks are added to ``data``
    for the validation and removed afterwards, which saves the copy (for a
    caller that owns ``data`` and shares it with no other thread, as
    :func:`kg.ingest.prepare` does).

    >>> from kg.namespaces import ID
    >>> g = Graph(); _ = g.add((ID["position/x"], RDF.type, KG.Position))
    >>> report = validate_graph(g)
    >>> report.conforms, len(report.violations) > 0
    (False, True)
    >>> len(validate_graph(g, in_place=True).violations) == len(report.violations), len(g)
    (True, 1)
    >>> validate_graph(g, engine="pyshacl").violations == report.violations
    True
    """
    _check_engine(engine)
    if vocabulary is None:
        from kg.resources import vocabulary_graph

        vocabulary = vocabulary_graph()
    compiled = _compiled() if engine == "core" else None
    if compiled is not None:
        from kg.graph import readout_triples

        # one pass over the rdflib graph (or none, for a graph build_graph made), then tuples
        triples = readout_triples(data)
        if triples is None:
            triples = list(data)
        return _report(compiled.validate(triples + context_triples(triples, vocabulary)))
    if not in_place:
        work = Graph()
        for triple in data:
            work.add(triple)
        for triple in context_triples(data, vocabulary):
            work.add(triple)
        return _report(_pyshacl(work))
    added = [t for t in dict.fromkeys(context_triples(data, vocabulary)) if t not in data]
    for triple in added:
        data.add(triple)
    try:
        return _report(_pyshacl(data))
    finally:
        for triple in added:
            data.remove(triple)


def validate_store(
    store: Store, *, batch_size: int = BATCH_SIZE, engine: str = "core"
) -> ValidationReport:
    """Validate everything in the store (``kg validate``) with ``engine`` (see :func:`validate_graph`).

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
    _check_engine(engine)
    vocabulary = store.graph(VOCAB_GRAPH)
    compiled = _compiled() if engine == "core" else None
    violations: list[Violation] = []
    names = store.readout_iris()
    for start in range(0, len(names), batch_size):
        chunk = names[start : start + batch_size]
        if compiled is not None:
            # The compiled checks take triples: no merged rdflib graph to build (adding
            # triples to one was ~40% of `kg validate` on a 1k-readout store).
            triples = [t for name in chunk for t in store.graph(name)]
            violations.extend(compiled.validate(triples + context_triples(triples, vocabulary)))
            continue
        batch = Graph()
        for name in chunk:
            for triple in store.graph(name):
                batch.add(triple)
        violations.extend(validate_graph(batch, vocabulary, engine=engine).violations)
    entities = _entities(store)
    violations.extend(compiled.validate(entities) if compiled is not None else _pyshacl(entities))
    return _report(violations)


# Each side first finds the distinct entities, then reads their triples: a minted
# topic or person is described in every readout that mentions it, and joining the
# type pattern with ``?s ?p ?o`` directly multiplied those copies (on a 10k-readout
# store the old form ran 13 min and grew past 14 GB; this one takes about 1 s).
_ENTITIES = """
SELECT DISTINCT ?s ?p ?o WHERE {
  { { SELECT DISTINCT ?s WHERE { VALUES ?class { kg:Person kg:Topic } ?s a ?class } }
    ?s ?p ?o . }
  UNION
  { { SELECT DISTINCT ?s WHERE { ?person a kg:Person ; kg:represents ?s } }
    ?s a ?o . BIND(rdf:type AS ?p) }
}
"""


def _entities(store: Store) -> Graph:
    """People and topics across all graphs, with the types of the states people represent."""
    from kg.sparql import PREFIXES

    graph = Graph()
    for row in store.select(_ENTITIES, prefixes=PREFIXES):
        graph.add((row["s"], row["p"], row["o"]))
    return graph
