"""What the two kg stores share: the read API, written once, and the term conversions.

:class:`kg.store.Store` (embedded pyoxigraph) and :class:`kg.remote.RemoteStore`
(a SPARQL 1.1 server) are both a :class:`StoreBase`. Each supplies a few
primitives: run a user's query (:meth:`StoreBase._execute`), run a query kg
wrote itself (:meth:`StoreBase._construct_ntriples`,
:meth:`StoreBase._select_terms`), name its graphs and read one, list its quads,
and the writes. From those the base answers ``select``, ``ask``, ``query_raw``,
``ntriples``, ``subjects``, ``dump``, ``to_rdflib`` and the rest the same way
for both, so callers (``kg.cli``, ``kg.analysis``, ``kg.export`` ...) need not
know which store they hold.

>>> import tempfile
>>> from kg.store import Store
>>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as store:
...     isinstance(store, StoreBase), store.ask("ASK { ?s ?p ?o }")
(True, False)
"""

from __future__ import annotations

import abc
import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import pyoxigraph as ox
import rdflib.namespace
from rdflib import BNode, Literal, URIRef

from kg.errors import QueryError, StoreError
from kg.namespaces import ID, VOCAB_GRAPH

if TYPE_CHECKING:
    from typing import TypeAlias

    from rdflib import Graph
    from rdflib.term import Node

    #: Values pre-bound to query variables (variable name -> rdflib term).
    Bindings: TypeAlias = Mapping[str, Node] | None
    #: Prefixes declared for a query (name -> namespace IRI).
    Prefixes: TypeAlias = Mapping[str, str] | None

_XSD_STRING = str(rdflib.namespace.XSD.string)
_READOUT_PREFIX = str(ID["readout/"])
_VOCAB = ox.NamedNode(str(VOCAB_GRAPH))

#: Result formats: name -> (SPARQL results format for SELECT/ASK, RDF format for
#: CONSTRUCT/DESCRIBE); None where the result kind cannot be written that way.
RESULT_FORMATS: dict[str, tuple[str | None, str | None]] = {
    "json": ("JSON", "JSON_LD"),
    "csv": ("CSV", None),
    "tsv": ("TSV", None),
    "xml": ("XML", "RDF_XML"),
    "nt": (None, "N_TRIPLES"),
    "turtle": (None, "TURTLE"),
    "jsonld": (None, "JSON_LD"),
}
DUMP_FORMATS = {
    "nt": ox.RdfFormat.N_TRIPLES,
    "turtle": ox.RdfFormat.TURTLE,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}

# Words that may hide a SERVICE or LOAD; only queries containing one pay for the
# full parse in kg.sparql (the public entry kg.sparql.run_query always parses).
_NEEDS_GUARD = re.compile(r"service|load|\\u|\\U", re.IGNORECASE)


def to_ox(term: Node) -> Any:
    """An rdflib term as a pyoxigraph term (language tags lower-cased, as Oxigraph stores them).

    >>> to_ox(URIRef("http://example.org/a"))
    <NamedNode value=http://example.org/a>
    """
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language.lower())
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise StoreError(
        f"cannot store the term {term!r}; only IRIs, literals and blank nodes are kept"
    )


def from_ox(term: Any) -> Node:
    """A pyoxigraph term as an rdflib term (``xsd:string`` literals become plain literals).

    >>> from_ox(ox.Literal("x", language="en"))
    rdflib.term.Literal('x', lang='en')
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise StoreError(f"the store holds a term kg cannot read: {term!r}")


class _Converter:
    """rdflib -> pyoxigraph with a cache: a readout graph repeats its IRIs a lot."""

    def __init__(self) -> None:
        self.cache: dict[Node, Any] = {}

    def __call__(self, term: Node) -> Any:
        try:
            return self.cache[term]
        except KeyError:
            try:
                value = self.cache[term] = to_ox(term)
            except ValueError as err:
                raise StoreError(
                    f"invalid RDF term {str(term)[:80]!r} ({err}); fix the graph builder"
                ) from err
            return value


def _has_bnode(quads: Iterable[Any]) -> bool:
    return any(
        isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode) for q in quads
    )


def _canonical(quads: Iterable[Any]) -> Any:
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return dataset


def _union_pattern(include_vocabulary: bool) -> str:
    """The group matching the triples of the union, optionally without the vocabulary graph.

    >>> _union_pattern(True)
    '?s ?p ?o'
    """
    if include_vocabulary:
        return "?s ?p ?o"
    return f"GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {_VOCAB})"


def union_construct(include_vocabulary: bool, subjects: Sequence[str] | None = None) -> str:
    """The CONSTRUCT query of the union's triples, optionally of ``subjects`` only.

    ``subjects`` are IRIs in N-Triples form, each checked (a blank node
    cannot be named in a query, and no text but an IRI gets in).

    >>> union_construct(True, ["<urn:x:a>"])
    'CONSTRUCT { ?s ?p ?o } WHERE { VALUES ?s { <urn:x:a> } ?s ?p ?o }'
    """
    values = ""
    if subjects is not None:
        terms = []
        for subject in subjects:
            try:
                if not (subject.startswith("<") and subject.endswith(">")):
                    raise ValueError("not an IRI in N-Triples form")
                terms.append(str(ox.NamedNode(subject[1:-1])))
            except ValueError as err:
                raise StoreError(f"cannot select the subject {subject[:80]!r}: {err}") from None
        values = f"VALUES ?s {{ {' '.join(terms)} }} "
    return f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {values}{_union_pattern(include_vocabulary)} }}"


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


def solution_rows(results: Any) -> list[dict[str, Node]]:
    """pyoxigraph SELECT solutions as rdflib rows; unbound variables are left out.

    Terms are converted once each (answers repeat the same states and topics).
    """
    if not isinstance(results, ox.QuerySolutions):
        raise QueryError("select() runs SELECT queries only; use ask() or query_raw()")
    names = [v.value for v in results.variables]
    cache: dict[Any, Node] = {}
    rows: list[dict[str, Node]] = []
    for solution in results:
        row: dict[str, Node] = {}
        for name, value in zip(names, solution, strict=True):
            if value is not None:
                try:
                    row[name] = cache[value]
                except KeyError:
                    row[name] = cache[value] = from_ox(value)
        rows.append(row)
    return rows


def graph_hash(quads: Iterable[Any]) -> str:
    """SHA-256 of the canonical, sorted N-Quads of ``quads`` (blank nodes canonicalized).

    >>> graph_hash([]) == hashlib.sha256(b"").hexdigest()
    True
    """
    quads = list(quads)
    if _has_bnode(quads):
        quads = list(_canonical(quads))
    lines = sorted(f"{q} .\n" for q in quads)
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


def _result_format(name: str) -> tuple[str | None, str | None]:
    try:
        return RESULT_FORMATS[name]
    except KeyError:
        raise QueryError(
            f"unknown result format {name!r}; use one of {', '.join(RESULT_FORMATS)}"
        ) from None


def _wrong_format(name: str, *, graph: bool) -> str:
    if graph:
        return f"CONSTRUCT/DESCRIBE results are RDF, not {name}; use turtle, nt or json"
    return f"SELECT/ASK results are tables, not {name}; use json, csv, tsv or table"


_S = TypeVar("_S", bound="StoreBase")


# ---------------------------------------------------------------- the shared base


class StoreBase(abc.ABC):
    """A kg store: one named graph per readout plus the vocabulary graph; queries see their union.

    Subclasses supply the primitives marked abstract; the methods written
    here hold for both stores. Use one as a context manager.
    """

    def __init__(self, *, read_only: bool) -> None:
        self._read_only = read_only

    @property
    def read_only(self) -> bool:
        """True when opened for reading only."""
        return self._read_only

    @abc.abstractmethod
    def close(self) -> None:
        """Release the store; idempotent."""

    def __enter__(self: _S) -> _S:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ what each store supplies

    @abc.abstractmethod
    def _execute(
        self, query: str, bindings: Bindings, prefixes: Prefixes, timeout: float | None
    ) -> Any:
        """Run a user's query over the union: guarded (no SERVICE, no LOAD), ``bindings``
        bound as values. pyoxigraph's QuerySolutions or QueryBoolean, or the
        triples of a CONSTRUCT/DESCRIBE (QueryTriples or a list)."""

    @abc.abstractmethod
    def _construct_ntriples(self, query: str, *, union: bool) -> bytes:
        """Run a CONSTRUCT kg wrote itself (not guarded); its triples as N-Triples.

        ``union``: the default graph is the union of the graphs; else the
        query names its graphs (``GRAPH ?g``) and sees the named graphs only.
        """

    @abc.abstractmethod
    def _select_terms(self, query: str, *, union: bool) -> list[str]:
        """Run a one-variable SELECT kg wrote itself; its values in N-Triples form."""

    @abc.abstractmethod
    def _graph_names(self) -> Iterable[str]:
        """The IRIs of the named graphs."""

    @abc.abstractmethod
    def _graph_triples(self, name: URIRef) -> Iterable[Any]:
        """The triples (pyoxigraph) of the named graph ``name``; none when it is absent."""

    @abc.abstractmethod
    def quads(self, *, include_vocabulary: bool = True) -> Iterator[Any]:
        """Every stored quad (pyoxigraph terms), optionally without the vocabulary graph."""

    # ------------------------------------------------------------ writes (each store its own)

    @abc.abstractmethod
    def put_readout(self, readout_iri: URIRef, graph: Graph) -> bool:
        """Store ``graph`` as the named graph ``readout_iri``; False when it held exactly that."""

    @abc.abstractmethod
    def put_readout_nquads(self, readout_iri: URIRef, data: bytes) -> bool:
        """:meth:`put_readout` for a graph serialized by :func:`kg.store.readout_nquads`."""

    def put_readout_ntriples(self, readout_iri: URIRef, data: bytes) -> bool:
        """:meth:`put_readout` for a graph serialized by :func:`kg.store.readout_ntriples`.

        Here the triples go to :meth:`put_readout_nquads` in the graph
        ``readout_iri``; :class:`kg.store.Store` loads them directly.
        """
        quads = readout_ntriples_quads(readout_iri, data, to_ox(readout_iri))
        return self.put_readout_nquads(
            readout_iri, ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
        )

    @abc.abstractmethod
    def put_readouts(self, items: Iterable[tuple[URIRef, Graph]]) -> list[bool]:
        """:meth:`put_readout` for many readouts; one flag per item."""

    @abc.abstractmethod
    def has_readout(self, readout_iri: URIRef) -> bool:
        """True when the store holds the readout's graph."""

    @abc.abstractmethod
    def delete_readout(self, readout_iri: URIRef) -> bool:
        """Remove a readout's graph; False when it was not there."""

    @abc.abstractmethod
    def vocabulary_hash(self) -> str | None:
        """The content hash of the stored vocabulary, None before the first ingest."""

    @abc.abstractmethod
    def ensure_vocabulary(self, graph: Graph) -> bool:
        """Store ``graph`` as :data:`VOCAB_GRAPH` unless the same content is there already."""

    @abc.abstractmethod
    def update(self, update: str, *, prefixes: Mapping[str, str] | None = None) -> None:
        """Apply a SPARQL update; SERVICE and LOAD are refused (see :func:`guard_update`)."""

    # ------------------------------------------------------------ queries

    def select(
        self,
        query: str,
        bindings: Mapping[str, Node] | None = None,
        *,
        timeout: float | None = None,
        prefixes: Mapping[str, str] | None = None,
    ) -> list[dict[str, Node]]:
        """Run a SELECT over the union of all graphs; one dict per row, unbound variables left out.

        ``bindings`` pre-bind variables: a ``VALUES`` block of serialized terms
        (never raw text); a bound variable must be projected (``SELECT *`` or
        listed). ``timeout`` (seconds) bounds the query: see each store.

        >>> import tempfile
        >>> from kg.store import Store
        >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
        ...     s.select("SELECT ?x WHERE { BIND(1 AS ?x) }")
        [{'x': rdflib.term.Literal('1', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer'))}]
        """
        return solution_rows(self._execute(query, bindings, prefixes, timeout))

    def ask(
        self,
        query: str,
        bindings: Mapping[str, Node] | None = None,
        *,
        prefixes: Mapping[str, str] | None = None,
    ) -> bool:
        """Run an ASK query over the union of all graphs.

        >>> import tempfile
        >>> from kg.store import Store
        >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
        ...     s.ask("ASK { ?s ?p ?o }")
        False
        """
        result = self._execute(query, bindings, prefixes, None)
        if not isinstance(result, ox.QueryBoolean):
            raise QueryError("ask() runs ASK queries only; use select() or query_raw()")
        return bool(result)

    def query_raw(
        self,
        query: str,
        bindings: Mapping[str, Node] | None = None,
        *,
        result_format: str = "json",
        timeout: float | None = None,
        prefixes: Mapping[str, str] | None = None,
    ) -> bytes:
        """Run a query and serialize its results with pyoxigraph (the same bytes from both stores).

        SELECT/ASK: ``json`` (W3C SPARQL JSON), ``csv``, ``tsv``, ``xml``.
        CONSTRUCT/DESCRIBE: ``turtle``, ``nt``, ``jsonld`` (also ``json``), ``xml`` (RDF/XML).

        >>> import tempfile
        >>> from kg.store import Store
        >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
        ...     s.query_raw("SELECT ?x WHERE { BIND(1 AS ?x) }", result_format="csv")
        b'x\\r\\n1\\r\\n'
        """
        _result_format(result_format)  # an unknown format is refused before the query runs
        return self._serialized(query, bindings, prefixes, timeout, result_format)

    def _serialized(
        self, query: str, bindings: Bindings, prefixes: Prefixes, timeout: float | None, fmt: str
    ) -> bytes:
        """The bytes of :meth:`query_raw` (a store serializing elsewhere overrides this)."""
        return serialize_result(self._execute(query, bindings, prefixes, timeout), fmt)

    # ------------------------------------------------------------ graphs

    def readout_iris(self) -> list[URIRef]:
        """The IRIs of the stored readouts (their graphs' names), sorted."""
        return sorted(URIRef(n) for n in self._graph_names() if n.startswith(_READOUT_PREFIX))

    def readout_count(self) -> int:
        """How many readouts the store holds (``len(store.readout_iris())``)."""
        return sum(1 for n in self._graph_names() if n.startswith(_READOUT_PREFIX))

    def graph(self, name: URIRef) -> Graph:
        """One named graph as an rdflib graph (a readout's, or :data:`VOCAB_GRAPH`)."""
        return _rdflib_graph(self._graph_triples(name))

    # ------------------------------------------------------------ the union, whole or by subject

    def triples(self, *, include_vocabulary: bool = True) -> set[Any]:
        """The union of the stored graphs as a set of pyoxigraph triples."""
        return {q.triple for q in self.quads(include_vocabulary=include_vocabulary)}

    def ntriples(
        self, *, include_vocabulary: bool = True, subjects: Sequence[str] | None = None
    ) -> bytes:
        """The union of the stored graphs as N-Triples, unsorted, possibly with repeats.

        ``subjects`` (IRIs as N-Triples writes them, ``<...>``) keeps only
        their triples: :mod:`kg.export` reads the store so, a batch of
        :meth:`subjects` at a time. Without the vocabulary, the store's own
        default graph is left out too.

        >>> import tempfile
        >>> from kg.store import Store
        >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
        ...     s.ntriples(subjects=["<urn:x:a>"])
        b''
        """
        query = union_construct(include_vocabulary, subjects)
        return self._construct_ntriples(query, union=include_vocabulary)

    def _distinct(self, variable: str, include_vocabulary: bool) -> list[str]:
        """The distinct terms at ``?variable`` (``s`` or ``o``) of the union, in N-Triples form."""
        query = f"SELECT DISTINCT ?{variable} WHERE {{ {_union_pattern(include_vocabulary)} }}"
        return self._select_terms(query, union=include_vocabulary)

    def subjects(self, *, include_vocabulary: bool = True) -> list[str]:
        """The distinct subjects of the union in N-Triples form (``<iri>``, ``_:label``), sorted.

        >>> import tempfile
        >>> from rdflib import Graph, RDF
        >>> from kg.namespaces import KG
        >>> from kg.store import Store
        >>> g = Graph(); _ = g.add((ID["readout/1"], RDF.type, KG.Readout))
        >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
        ...     _ = s.put_readout(ID["readout/1"], g)
        ...     s.subjects()
        ['<https://w3id.org/kg-readouts/id/readout/1>']
        """
        return sorted(self._distinct("s", include_vocabulary))

    def blank_node_ntriples(
        self, *, include_vocabulary: bool = True, subjects: Iterable[str] | None = None
    ) -> bytes:
        """Every triple of the union with a blank node as subject or object, as N-Triples.

        One query, filtered on ``isBlank``: a server's blank-node labels hold
        within one answer only. ``subjects``, the result of :meth:`subjects`
        when the caller has it, lets a store save a scan (the embedded one does).

        >>> import tempfile
        >>> from kg.store import Store
        >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
        ...     s.blank_node_ntriples()
        b''
        """
        where = _union_pattern(include_vocabulary)
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} FILTER(isBlank(?s) || isBlank(?o)) }}"
        return self._construct_ntriples(query, union=include_vocabulary)

    def dump(self, fmt: str = "nquads", *, include_vocabulary: bool = True) -> bytes:
        """Serialize the store with pyoxigraph (not sorted; :mod:`kg.export` sorts).

        ``nquads``/``trig`` keep the named graphs; ``nt``/``turtle`` write their union.

        >>> import tempfile
        >>> from kg.store import Store
        >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
        ...     s.dump("nt")
        b''
        """
        try:
            rdf_format = DUMP_FORMATS[fmt]
        except KeyError:
            raise StoreError(
                f"unknown dump format {fmt!r}; use one of {', '.join(DUMP_FORMATS)}"
            ) from None
        if rdf_format.supports_datasets:
            return self._dump_dataset(rdf_format, include_vocabulary)
        data = self.ntriples(include_vocabulary=include_vocabulary)
        if rdf_format == ox.RdfFormat.N_TRIPLES:
            return data
        from kg.sparql import PREFIXES

        return ox.serialize(
            ox.parse(data, format=ox.RdfFormat.N_TRIPLES), format=rdf_format, prefixes=PREFIXES
        )

    def _dump_dataset(self, rdf_format: Any, include_vocabulary: bool) -> bytes:
        """The named graphs in ``rdf_format`` (N-Quads or TriG)."""
        return ox.serialize(self.quads(include_vocabulary=include_vocabulary), format=rdf_format)

    def to_rdflib(self, *, include_vocabulary: bool = True) -> Graph:
        """The union of the stored graphs as an in-memory rdflib graph (for SHACL, NetworkX).

        >>> import tempfile
        >>> from kg.store import Store
        >>> with Store.open(tempfile.mkdtemp() + "/s", create=True) as s:
        ...     len(s.to_rdflib())
        0
        """
        data = self.ntriples(include_vocabulary=include_vocabulary)
        return _rdflib_graph(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))


# ---------------------------------------------------------------- shared helpers


def guard_query(text: str) -> str:
    """The text a store runs for a user's query: checked by :func:`kg.sparql.check_query`
    (SERVICE and LOAD refused) when it contains a word that may hide either.

    >>> guard_query("ASK { ?s ?p ?o }")
    'ASK { ?s ?p ?o }'
    """
    if _NEEDS_GUARD.search(text):
        from kg.sparql import check_query, expand_escapes

        text = expand_escapes(text)  # the store must run the text the guard checked
        check_query(text)
    return text


def guard_update(text: str) -> str:
    """The text a store runs for an update, after :func:`kg.sparql.check_query`.

    >>> guard_update("LOAD <http://example.org/x>")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: LOAD is refused: kg never fetches data from URLs; use `kg ingest`
    """
    from kg.sparql import check_query, expand_escapes

    text = expand_escapes(text)  # the store must run the text the guard checked
    check_query(text, allow_update=True)
    return text


def serialize_result(result: Any, result_format: str) -> bytes:
    """A query's result (from :meth:`StoreBase._execute`) in one of :data:`RESULT_FORMATS`.

    >>> serialize_result(ox.Store().query("ASK {}"), "json")
    b'{"head":{},"boolean":true}'
    """
    table, rdf = _result_format(result_format)
    if isinstance(result, ox.QuerySolutions | ox.QueryBoolean):
        if table is None:
            raise QueryError(_wrong_format(result_format, graph=False))
        return result.serialize(format=getattr(ox.QueryResultsFormat, table))
    if rdf is None:
        raise QueryError(_wrong_format(result_format, graph=True))
    if isinstance(result, ox.QueryTriples):  # serialized in Rust, no Python object per triple
        return result.serialize(format=getattr(ox.RdfFormat, rdf))
    return ox.serialize(result, format=getattr(ox.RdfFormat, rdf))


def vocabulary_quads(graph: Graph) -> list[Any]:
    """``graph``'s triples as pyoxigraph quads in :data:`VOCAB_GRAPH`."""
    convert = _Converter()
    return [ox.Quad(convert(s), convert(p), convert(o), _VOCAB) for s, p, o in graph]


def readout_quads(readout_iri: URIRef, data: bytes, graph_name: Any) -> list[Any]:
    """The quads of N-Quads ``data``, all of which must be in the graph ``graph_name``."""
    try:
        quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
    except SyntaxError as err:
        raise StoreError(f"invalid N-Quads for {readout_iri}: {_first_line(err)}") from err
    if quads and {q.graph_name for q in quads} != {graph_name}:
        raise StoreError(f"N-Quads for {readout_iri} hold quads of another graph")
    return quads


def readout_ntriples_quads(readout_iri: URIRef, data: bytes, graph_name: Any) -> list[Any]:
    """The triples of N-Triples ``data`` as quads in the graph ``graph_name``."""
    try:
        return [
            ox.Quad(t.subject, t.predicate, t.object, graph_name)
            for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
        ]
    except SyntaxError as err:
        raise StoreError(f"invalid N-Triples for {readout_iri}: {_first_line(err)}") from err


def _rdflib_graph(triples: Iterable[Any]) -> Graph:
    """pyoxigraph triples (or quads) as an rdflib graph; each term converted once."""
    from rdflib import Graph

    graph = Graph()
    cache: dict[Any, Node] = {}

    def conv(term: Any) -> Node:
        try:
            return cache[term]
        except KeyError:
            value = cache[term] = from_ox(term)
            return value

    for t in triples:
        graph.add((conv(t.subject), conv(t.predicate), conv(t.object)))
    return graph
